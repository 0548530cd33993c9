//! The quiz window: one question at a time with right/wrong feedback and the explanation, the
//! score, a review of the mistakes at the end of a round, and the progress kept between visits.
//! A function of the bank and the quiz state, tested without a window.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::quiz::{Quiz, QuizCommand};
use crate::core::i18n::FluentValue;
use crate::core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound};
use crate::data::{Atlas, QuizQuestions};
use crate::state::CurrentView;
use crate::ui::theme::{RIGHT, RIGHT_FILL, WRONG, WRONG_FILL};
use crate::ui::{ScenePanels, UiPass, Words, close_button, is_narrow};

/// The body of the quiz window. `name_of` turns a structure id into its plain name.
pub fn quiz_panel(
    ui: &mut egui::Ui,
    bank: &QuizBank,
    round: &QuizRound,
    progress: &QuizProgress,
    name_of: &dyn Fn(&str) -> String,
) -> Option<QuizCommand> {
    let mut command = None;
    let (right, answered) = round.score();
    let Some(index) = round.current() else {
        round_summary(ui, bank, round, progress, name_of, &mut command);
        return command;
    };
    let Some(question) = bank.questions.get(index) else {
        return Some(QuizCommand::NewRound);
    };
    let topic = ui.t(question.topic.key());
    let heading = ui.tf(
        "quiz-question-of",
        &[
            ("number", ((round.position + 1) as i64).into()),
            ("total", (round.order.len() as i64).into()),
            ("topic", FluentValue::from(topic)),
        ],
    );
    let score = ui.tf(
        "quiz-score",
        &[
            ("right", (right as i64).into()),
            ("answered", (answered as i64).into()),
        ],
    );
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(heading).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(score);
        });
    });
    ui.add_space(4.0);
    ui.label(egui::RichText::new(&question.prompt).size(18.0).strong());
    ui.add_space(6.0);
    let result = round.current_result();
    match &question.answer {
        Answer::Find(_) if result.is_none() => {
            ui.label(ui.t("quiz-find-hint"));
            // Without a mouse (or without finding it on the model): choose it from a list of
            // the structures the quiz asks about, by name.
            let mut names: Vec<(String, &str)> = bank
                .questions
                .iter()
                .filter_map(|q| match &q.answer {
                    Answer::Find(id) => Some((name_of(id), id.as_str())),
                    Answer::Choice { .. } => None,
                })
                .collect();
            names.sort();
            names.dedup();
            let prompt = ui.t("quiz-find-list");
            // Labelled, so a screen reader says what the list is for.
            egui::ComboBox::new("quiz_find_list", prompt)
                .selected_text("…")
                .width(ui.available_width().min(160.0))
                .show_ui(ui, |ui| {
                    for (name, id) in &names {
                        if ui.selectable_label(false, name).clicked() {
                            command = Some(QuizCommand::Answer(Given::Structure((*id).to_owned())));
                        }
                    }
                });
        }
        Answer::Find(_) => {}
        Answer::Choice { choices, correct } => {
            for i in round.choice_order(index, choices.len()) {
                let Some(choice) = choices.get(i) else {
                    continue;
                };
                let given = result.map(|r| &r.given) == Some(&Given::Choice(i));
                // Once answered, the right answer and a wrong choice say so in a sign as well
                // as a colour.
                let (label, fill) = if result.is_some() && i == *correct {
                    (
                        ui.tf("quiz-choice-right", &[("choice", choice.as_str().into())]),
                        Some(RIGHT_FILL),
                    )
                } else if given {
                    (
                        ui.tf("quiz-choice-wrong", &[("choice", choice.as_str().into())]),
                        Some(WRONG_FILL),
                    )
                } else {
                    (choice.clone(), None)
                };
                let mut button =
                    egui::Button::new(label).min_size(egui::vec2(ui.available_width(), 30.0));
                if let Some(fill) = fill {
                    button = button.fill(fill);
                }
                // Not greyed out once answered (faded text is hard to read); clicks just do
                // nothing then.
                if ui.add(button).clicked() && result.is_none() {
                    command = Some(QuizCommand::Answer(Given::Choice(i)));
                }
            }
        }
    }
    if let Some(result) = result {
        ui.add_space(6.0);
        if result.correct {
            let verdict = ui.t("quiz-right");
            ui.colored_label(RIGHT, egui::RichText::new(verdict).size(18.0).strong());
        } else {
            let verdict = ui.tf(
                "quiz-not-quite",
                &[
                    (
                        "given",
                        given_text(ui, &question.answer, &result.given, name_of).into(),
                    ),
                    ("answer", answer_text(ui, &question.answer, name_of).into()),
                ],
            );
            ui.colored_label(WRONG, egui::RichText::new(verdict).size(16.0).strong());
        }
        ui.label(&question.explanation);
        ui.add_space(6.0);
        let label = if round.position + 1 >= round.order.len() {
            ui.t("quiz-see-score")
        } else {
            ui.t("quiz-next")
        };
        if ui.button(egui::RichText::new(label).size(16.0)).clicked() {
            command = Some(QuizCommand::Next);
        }
    }
    command
}

/// A choice as quoted in a sentence ("the answer is “…”").
fn quoted(ui: &egui::Ui, choice: Option<&String>) -> String {
    ui.tf(
        "quiz-quoted-choice",
        &[("choice", choice.map_or("", String::as_str).into())],
    )
}

fn answer_text(ui: &egui::Ui, answer: &Answer, name_of: &dyn Fn(&str) -> String) -> String {
    match answer {
        Answer::Find(id) => name_of(id),
        Answer::Choice { choices, correct } => quoted(ui, choices.get(*correct)),
    }
}

fn given_text(
    ui: &egui::Ui,
    answer: &Answer,
    given: &Given,
    name_of: &dyn Fn(&str) -> String,
) -> String {
    match (answer, given) {
        (_, Given::Structure(id)) => name_of(id),
        (Answer::Choice { choices, .. }, Given::Choice(i)) => quoted(ui, choices.get(*i)),
        (Answer::Find(_), Given::Choice(_)) => ui.t("quiz-given-a-choice"),
    }
}

fn round_summary(
    ui: &mut egui::Ui,
    bank: &QuizBank,
    round: &QuizRound,
    progress: &QuizProgress,
    name_of: &dyn Fn(&str) -> String,
    command: &mut Option<QuizCommand>,
) {
    let (right, answered) = round.score();
    let percent = (right * 100).checked_div(answered).unwrap_or(0);
    let total = ui.tf(
        "quiz-round-score",
        &[
            ("right", (right as i64).into()),
            ("answered", (answered as i64).into()),
            ("percent", (percent as i64).into()),
        ],
    );
    ui.label(egui::RichText::new(total).size(20.0).strong());
    if progress.rounds > 0 {
        let all = ui.tf(
            "quiz-all-rounds",
            &[
                ("right", i64::from(progress.correct).into()),
                ("answered", i64::from(progress.answered).into()),
                ("best", i64::from(progress.best_percent).into()),
            ],
        );
        ui.label(egui::RichText::new(all).weak());
    }
    ui.add_space(6.0);
    let mistakes: Vec<_> = round.mistakes().collect();
    if mistakes.is_empty() {
        ui.label(ui.t("quiz-no-mistakes"));
    } else {
        ui.label(egui::RichText::new(ui.t("quiz-review-mistakes")).strong());
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for result in mistakes {
                    let Some(question) = bank.questions.get(result.question) else {
                        continue;
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(&question.prompt).strong());
                        let given = given_text(ui, &question.answer, &result.given, name_of);
                        let you = ui.tf("quiz-review-you", &[("given", given.into())]);
                        ui.colored_label(WRONG, you);
                        let answer = answer_text(ui, &question.answer, name_of);
                        let answer = ui.tf("quiz-review-answer", &[("answer", answer.into())]);
                        ui.colored_label(RIGHT, answer);
                        ui.label(&question.explanation);
                    });
                }
            });
        ui.label(egui::RichText::new(ui.t("quiz-missed-first")).weak());
    }
    ui.add_space(6.0);
    if ui
        .button(egui::RichText::new(ui.t("quiz-new-round")).size(16.0))
        .clicked()
    {
        *command = Some(QuizCommand::NewRound);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_quiz.in_set(UiPass::Windows));
}

fn draw_quiz(
    mut contexts: EguiContexts,
    quiz: Res<Quiz>,
    view: Res<CurrentView>,
    bank: Option<Res<QuizQuestions>>,
    atlas: Option<Res<Atlas>>,
    panels: Res<ScenePanels>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) -> Result {
    let (true, Some(bank), Some(round)) = (view.0.quiz, bank.as_deref(), quiz.round.as_ref())
    else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let name_of = |id: &str| {
        atlas
            .as_deref()
            .and_then(|a| a.0.structure(id))
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let mut open = true;
    let screen = ctx.viewport_rect();
    let window = egui::Window::new(ctx.t("quiz-window-title"))
        .id(egui::Id::new("quiz_window"))
        .resizable(false)
        .collapsible(true);
    // On a phone the quiz sits along the bottom, the whole width, so the leg it asks about
    // stays in view above it.
    let (window, width) = if is_narrow(ctx) {
        let width = screen.width() - 24.0;
        let anchored = window.anchor(egui::Align2::CENTER_BOTTOM, [0.0, -8.0]);
        (anchored.default_width(width), width)
    } else {
        let placed = window.default_pos(egui::pos2(screen.right() - panels.right - 360.0, 48.0));
        (placed.default_width(340.0), 340.0)
    };
    window.show(ctx, |ui| {
        ui.set_max_width(width);
        if close_button(ui) {
            open = false;
        }
        // Scrolls when it is taller than the screen (large text, a phone on its side), and
        // leaves room for the leg a "find" question asks about.
        egui::ScrollArea::vertical()
            .id_salt("quiz_scroll")
            .max_height((screen.height() * 0.6).max(160.0))
            .show(ui, |ui| {
                if let Some(command) = quiz_panel(ui, &bank.0, round, &quiz.progress, &name_of) {
                    quiz_commands.write(command);
                }
            });
    });
    if !open {
        quiz_commands.write(QuizCommand::Close);
    }
    Ok(())
}
