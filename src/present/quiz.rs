//! The quiz: the bank from `assets/quiz/`, the round being played, and progress remembered
//! between visits. "Find the structure" questions are answered by clicking the model: the first
//! structure selected while such a question is open is the answer; then the right one is lit
//! (spotlight) whether the answer was right or not.

use bevy::prelude::*;

use crate::anatomy::Atlas;
use crate::content::Spotlight;
use crate::core::data_error::parse_or_built_in;
use crate::core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound};
use crate::data_files::{DataBytes, finished_load};
use crate::state::{CurrentView, Notices};

pub const QUIZ_PATH: &str = "quiz/leg.quiz.ron";
const BUILT_IN_QUIZ: &[u8] = include_bytes!("../../assets/quiz/leg.quiz.ron");

/// Setting key under which quiz progress is kept (browser storage or the settings file).
const PROGRESS_KEY: &str = "quiz_progress";

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Quiz>()
        .add_message::<QuizCommand>()
        .add_systems(Startup, (start_loading, load_progress))
        .add_systems(
            Update,
            finish_loading.run_if(resource_exists::<PendingQuiz>),
        )
        .add_systems(
            Update,
            (answer_by_clicking, run_quiz_commands)
                .chain()
                .run_if(resource_exists::<QuizQuestions>),
        );
}

/// The loaded question bank.
#[derive(Resource, Clone, Debug)]
pub struct QuizQuestions(pub QuizBank);

/// The quiz as the user sees it.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Quiz {
    pub open: bool,
    pub round: Option<QuizRound>,
    pub progress: QuizProgress,
}

/// What the quiz window asks for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum QuizCommand {
    Open,
    Close,
    NewRound,
    Answer(Given),
    Next,
}

#[derive(Resource)]
struct PendingQuiz(Handle<DataBytes>);

fn start_loading(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(PendingQuiz(assets.load(QUIZ_PATH)));
}

fn load_progress(mut quiz: ResMut<Quiz>) {
    if let Some(text) = crate::platform::load_setting(PROGRESS_KEY) {
        quiz.progress = QuizProgress::from_setting(&text);
    }
}

fn finish_loading(
    mut commands: Commands,
    pending: Res<PendingQuiz>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    atlas: Option<Res<Atlas>>,
    mut notices: ResMut<Notices>,
) {
    let Some(atlas) = atlas else { return };
    let Some(file) = finished_load(&server, &files, &pending.0) else {
        return;
    };
    commands.remove_resource::<PendingQuiz>();
    let structures: Vec<String> = atlas.0.structures.iter().map(|s| s.id.clone()).collect();
    let (bank, problems) = parse_or_built_in(QUIZ_PATH, file, BUILT_IN_QUIZ, |f, b| {
        QuizBank::from_ron(f, b, &structures)
    });
    notices.0.extend(problems);
    if let Some(bank) = bank {
        commands.insert_resource(QuizQuestions(bank));
    }
}

/// The structure the user picks while a "find" question waits is their answer.
fn answer_by_clicking(
    view: Res<CurrentView>,
    quiz: Res<Quiz>,
    bank: Res<QuizQuestions>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) {
    let Some(round) = quiz.round.as_ref().filter(|_| quiz.open) else {
        return;
    };
    let waiting_for_click = round.current_result().is_none()
        && round
            .current()
            .and_then(|i| bank.0.questions.get(i))
            .is_some_and(|q| matches!(q.answer, Answer::Find(_)));
    if waiting_for_click
        && view.is_changed()
        && let Some(id) = &view.0.select
    {
        quiz_commands.write(QuizCommand::Answer(Given::Structure(id.clone())));
    }
}

/// A seed that differs from visit to visit and from round to round.
fn round_seed(progress: &QuizProgress) -> u64 {
    crate::platform::clock_ms() ^ (u64::from(progress.rounds) * 7919)
}

fn run_quiz_commands(
    mut quiz_commands: MessageReader<QuizCommand>,
    bank: Res<QuizQuestions>,
    mut quiz: ResMut<Quiz>,
    mut view: ResMut<CurrentView>,
    mut spotlight: ResMut<Spotlight>,
) {
    for command in quiz_commands.read() {
        let quiz = &mut *quiz;
        match command {
            QuizCommand::Open => {
                quiz.open = true;
                if quiz.round.as_ref().is_none_or(QuizRound::is_over) {
                    quiz.round = Some(QuizRound::new(
                        &bank.0,
                        &quiz.progress,
                        round_seed(&quiz.progress),
                    ));
                }
            }
            QuizCommand::Close => {
                quiz.open = false;
                spotlight.0.clear();
            }
            QuizCommand::NewRound => {
                quiz.round = Some(QuizRound::new(
                    &bank.0,
                    &quiz.progress,
                    round_seed(&quiz.progress),
                ));
                spotlight.0.clear();
                view.0.select = None;
            }
            QuizCommand::Answer(given) => {
                let Some(round) = quiz.round.as_mut() else {
                    continue;
                };
                round.answer(&bank.0, given.clone());
                // Light up the right structure, so a wrong click still teaches where it is.
                if let Some(Answer::Find(id)) = round
                    .current()
                    .and_then(|i| bank.0.questions.get(i))
                    .map(|q| &q.answer)
                {
                    spotlight.0 = vec![id.clone()];
                    // The spotlight shows the answer; a selection would switch it off.
                    view.0.select = None;
                }
            }
            QuizCommand::Next => {
                let Some(round) = quiz.round.as_mut() else {
                    continue;
                };
                round.next();
                spotlight.0.clear();
                view.0.select = None;
                if round.is_over() {
                    quiz.progress.record(&bank.0, round);
                    crate::platform::save_setting(PROGRESS_KEY, &quiz.progress.to_setting());
                }
            }
        }
    }
}
