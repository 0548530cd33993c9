//! The quiz: a round of questions from the bank (`data::QuizQuestions`), and progress
//! remembered between visits. "Find the structure" questions are answered by picking on the
//! model (the first pick while such a question waits is the answer; other view changes are
//! not) or from a list in the quiz window; then the right structure is lit whether the answer
//! was right or not.

use bevy::prelude::*;

use crate::core::quiz::{Answer, Given, QuizProgress, QuizRound};
use crate::data::QuizQuestions;
use crate::explore::selection::Picked;
use crate::settings::{Settings, clock_ms};
use crate::state::{ApplyView, CurrentView, ViewUpdate};

/// Setting key under which quiz progress is kept (browser storage or the settings file).
const PROGRESS_KEY: &str = "quiz_progress";

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Quiz>()
        .add_message::<QuizCommand>()
        .add_systems(Startup, load_progress)
        .add_systems(
            Update,
            (
                answer_by_picking,
                run_quiz_commands,
                start_a_round_when_opened,
            )
                .chain()
                .before(ViewUpdate)
                .run_if(resource_exists::<QuizQuestions>),
        );
}

/// The quiz's round and progress (whether its window is open is in the view state, `quiz`).
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Quiz {
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

fn load_progress(settings: Res<Settings>, mut quiz: ResMut<Quiz>) {
    if let Some(text) = settings.get(PROGRESS_KEY) {
        quiz.progress = QuizProgress::from_setting(text);
    }
}

/// Whether the question on screen waits for a structure to be found.
fn waiting_for_a_pick(quiz: &Quiz, open: bool, bank: &QuizQuestions) -> bool {
    let Some(round) = quiz.round.as_ref().filter(|_| open) else {
        return false;
    };
    round.current_result().is_none()
        && round
            .current()
            .and_then(|i| bank.0.questions.get(i))
            .is_some_and(|q| matches!(q.answer, Answer::Find(_)))
}

/// The structure the user picks on the model while a "find" question waits is their answer.
fn answer_by_picking(
    mut picks: MessageReader<Picked>,
    quiz: Res<Quiz>,
    view: Res<CurrentView>,
    bank: Res<QuizQuestions>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) {
    let waiting = waiting_for_a_pick(&quiz, view.0.quiz, &bank);
    for Picked(id) in picks.read() {
        if let (true, Some(id)) = (waiting, id) {
            quiz_commands.write(QuizCommand::Answer(Given::Structure(id.clone())));
            return;
        }
    }
}

/// Opening the quiz (a button or a link) starts a round unless one is under way.
fn start_a_round_when_opened(
    view: Res<CurrentView>,
    bank: Res<QuizQuestions>,
    mut quiz: ResMut<Quiz>,
    mut was_open: Local<bool>,
) {
    let open = view.0.quiz;
    if open && !*was_open && quiz.round.as_ref().is_none_or(QuizRound::is_over) {
        let seed = round_seed(&quiz.progress);
        quiz.round = Some(QuizRound::new(&bank.0, &quiz.progress, seed));
    }
    *was_open = open;
}

/// A seed that differs from visit to visit and from round to round.
fn round_seed(progress: &QuizProgress) -> u64 {
    clock_ms() ^ (u64::from(progress.rounds) * 7919)
}

fn run_quiz_commands(
    mut quiz_commands: MessageReader<QuizCommand>,
    bank: Res<QuizQuestions>,
    mut quiz: ResMut<Quiz>,
    view: Res<CurrentView>,
    mut settings: ResMut<Settings>,
    mut requests: MessageWriter<ApplyView>,
) {
    if quiz_commands.is_empty() {
        return;
    }
    let mut state = view.0.clone();
    for command in quiz_commands.read() {
        let quiz = &mut *quiz;
        match command {
            QuizCommand::Open => state.quiz = true,
            QuizCommand::Close => {
                state.quiz = false;
                state.spotlight.clear();
            }
            QuizCommand::NewRound => {
                quiz.round = Some(QuizRound::new(
                    &bank.0,
                    &quiz.progress,
                    round_seed(&quiz.progress),
                ));
                state.spotlight.clear();
                state.select = None;
            }
            QuizCommand::Answer(given) => {
                let Some(round) = quiz.round.as_mut() else {
                    continue;
                };
                round.answer(&bank.0, given.clone());
                // Light up the right structure, so a wrong pick still teaches where it is.
                if let Some(Answer::Find(id)) = round
                    .current()
                    .and_then(|i| bank.0.questions.get(i))
                    .map(|q| &q.answer)
                {
                    state.spotlight = vec![id.clone()];
                    // The spotlight shows the answer; a selection would hide it.
                    state.select = None;
                }
            }
            QuizCommand::Next => {
                let Some(round) = quiz.round.as_mut() else {
                    continue;
                };
                round.next();
                state.spotlight.clear();
                state.select = None;
                if round.is_over() {
                    quiz.progress.record(&bank.0, round);
                    settings.set(PROGRESS_KEY, &quiz.progress.to_setting());
                }
            }
        }
    }
    if state != view.0 {
        requests.write(ApplyView::new(state));
    }
}
