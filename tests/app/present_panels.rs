//! The presenter view and the quiz window rendered by egui_kittest, without a window: what a
//! physiotherapist and a student read and click.

use bevy_egui::egui;
use cramp_explorer::core::clinic::ClinicSettings;
use cramp_explorer::core::data_error::parse_ron;
use cramp_explorer::core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound};
use cramp_explorer::core::tour::{TourLibrary, TourPosition};
use cramp_explorer::present::presenter::{Pen, PresenterAction, PresenterScreen, presenter_view};
use cramp_explorer::present::quiz::QuizCommand;
use cramp_explorer::present::quiz_window::quiz_panel;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(crate::repo_path(&format!("assets/{relative}"))).expect(relative)
}

pub(crate) fn tours() -> TourLibrary {
    parse_ron("tours", &read("tours/leg.tours.ron")).expect("tours")
}

pub(crate) struct Shown {
    pub(crate) step: usize,
    pub(crate) clinic: Option<ClinicSettings>,
    pub(crate) handout: bool,
    pub(crate) pen: Pen,
    pub(crate) action: Option<PresenterAction>,
}

impl Shown {
    /// A step of the tour (0 is the first), no clinic, no handout, the pen unused.
    pub(crate) fn at_step(step: usize) -> Self {
        Self {
            step,
            clinic: None,
            handout: false,
            pen: Pen::default(),
            action: None,
        }
    }
}

pub(crate) fn presenter_harness(tours: &TourLibrary, shown: Shown) -> Harness<'_, Shown> {
    let tour = tours.get("cramp_for_patients").expect("tour");
    Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(
            move |ui, shown: &mut Shown| {
                let mut position = TourPosition::start(tour, Some(1));
                position.go(shown.step as isize);
                let screen = PresenterScreen {
                    tour,
                    position: &position,
                    clinic: shown.clinic.as_ref(),
                    overlay: None,
                    handout: shown.handout,
                    fullscreen: false,
                };
                let output = presenter_view(ui, &screen, &mut shown.pen);
                if output.action.is_some() {
                    shown.action = output.action;
                }
            },
            shown,
        )
}

#[test]
fn the_presenter_shows_the_step_caption_and_moves_on() {
    let tours = tours();
    let tour = tours.get("cramp_for_patients").expect("tour");
    let mut harness = presenter_harness(&tours, Shown::at_step(1));
    harness.run();
    harness.get_by_label(&format!("Step 2 of {}", tour.steps.len()));
    harness.get_by_label(&tour.steps[1].caption);
    // No clinic settings: no appointment link.
    assert!(harness.query_by_label("📅 Make an appointment").is_none());
    harness.get_by_label("Next ▶").click();
    harness.run();
    assert_eq!(harness.state().action, Some(PresenterAction::Next));
    harness.get_by_label("◀ Back").click();
    harness.run();
    assert_eq!(harness.state().action, Some(PresenterAction::Previous));
    // A progress dot jumps to its step.
    harness
        .get_by_label(&format!("Go to step {}", tour.steps.len()))
        .click();
    harness.run();
    assert_eq!(
        harness.state().action,
        Some(PresenterAction::GoTo(tour.steps.len() - 1))
    );
    harness.get_by_label("💾 Handout").click();
    harness.run();
    assert_eq!(harness.state().action, Some(PresenterAction::Handout));
    harness.get_by_label("⛶ Full screen").click();
    harness.run();
    assert_eq!(
        harness.state().action,
        Some(PresenterAction::ToggleFullscreen)
    );
}

#[test]
fn a_clinic_adds_the_appointment_link_and_a_handout_has_no_buttons() {
    let tours = tours();
    let clinic = ClinicSettings::from_ron(
        "clinic",
        br#"(name: "Riverside Physio", contact: "01234 567890", appointment_link: "https://riverside.example/book")"#,
    )
    .expect("valid");
    let mut harness = presenter_harness(
        &tours,
        Shown {
            clinic: clinic.clone(),
            ..Shown::at_step(0)
        },
    );
    harness.run();
    harness.get_by_label("📅 Make an appointment");
    harness.state_mut().handout = true;
    harness.run();
    // The picture keeps the caption and the clinic, not the controls.
    harness.get_by_label("Riverside Physio · 01234 567890");
    assert!(harness.query_by_label("Next ▶").is_none());
    assert!(harness.query_by_label("💾 Handout").is_none());
    assert!(harness.query_by_label("⛶ Full screen").is_none());
    assert!(harness.query_by_label("📅 Make an appointment").is_none());
    harness.get_by_label("Cramp Explorer · for learning, not medical advice");
}

#[test]
fn the_pen_draws_and_c_clears() {
    let tours = tours();
    let mut harness = presenter_harness(&tours, Shown::at_step(0));
    harness.run();
    harness.get_by_label("✏ Pen").click();
    harness.run();
    assert!(harness.state().pen.on);
    // A drag over the view draws one stroke.
    harness.drag_at(egui::pos2(500.0, 250.0));
    harness.run();
    for x in [520.0, 560.0, 600.0] {
        harness.hover_at(egui::pos2(x, 270.0));
        harness.run();
    }
    harness.drop_at(egui::pos2(620.0, 280.0));
    harness.run();
    let strokes = harness.state().pen.strokes.clone();
    assert_eq!(strokes.len(), 1, "{strokes:?}");
    assert!(strokes[0].len() >= 2);
    harness.key_press(egui::Key::C);
    harness.run();
    assert!(harness.state().pen.strokes.is_empty());
}

pub(crate) fn bank() -> QuizBank {
    parse_ron("quiz", &read("quiz/leg.quiz.ron")).expect("bank")
}

pub(crate) struct QuizShown {
    pub(crate) round: QuizRound,
    pub(crate) command: Option<QuizCommand>,
}

pub(crate) fn quiz_harness(bank: &QuizBank, round: QuizRound) -> Harness<'_, QuizShown> {
    Harness::builder()
        .with_size(egui::vec2(360.0, 700.0))
        .build_ui_state(
            move |ui, shown: &mut QuizShown| {
                let name_of = |id: &str| id.replace('_', " ");
                if let Some(command) =
                    quiz_panel(ui, bank, &shown.round, &QuizProgress::default(), &name_of)
                {
                    shown.command = Some(command);
                }
            },
            QuizShown {
                round,
                command: None,
            },
        )
}

/// A round whose first question is multiple choice.
pub(crate) fn choice_round(bank: &QuizBank) -> (QuizRound, usize) {
    let mut round = QuizRound::new(bank, &QuizProgress::default(), 11);
    let index = bank
        .questions
        .iter()
        .position(|q| matches!(q.answer, Answer::Choice { .. }))
        .expect("a choice question");
    // First in the round, and only once.
    match round.order.iter().position(|&q| q == index) {
        Some(at) => round.order.swap(0, at),
        None => round.order[0] = index,
    }
    (round, index)
}

#[test]
fn a_choice_is_marked_right_or_wrong_with_its_explanation() {
    let bank = bank();
    let (round, index) = choice_round(&bank);
    let question = &bank.questions[index];
    let Answer::Choice { choices, correct } = &question.answer else {
        unreachable!()
    };
    let mut harness = quiz_harness(&bank, round);
    harness.run();
    harness.get_by_label(&question.prompt);
    let wrong = (correct + 1) % choices.len();
    harness.get_by_label(&choices[wrong]).click();
    harness.run();
    assert_eq!(
        harness.state().command,
        Some(QuizCommand::Answer(Given::Choice(wrong)))
    );
    // The app records the answer; the window then shows the verdict and why.
    let state = harness.state_mut();
    state.round.answer(&bank, Given::Choice(wrong));
    harness.run();
    harness.get_by_label(&format!(
        "✖ Not quite. You chose \u{201c}{}\u{201d}; the answer is \u{201c}{}\u{201d}.",
        choices[wrong], choices[*correct]
    ));
    harness.get_by_label(&question.explanation);
    harness.get_by_label("Next question ▶").click();
    harness.run();
    assert_eq!(harness.state().command, Some(QuizCommand::Next));
}

#[test]
fn the_end_of_a_round_shows_the_score_and_reviews_the_mistakes() {
    let bank = bank();
    let (mut round, index) = choice_round(&bank);
    // Everything right except the first question.
    while let Some(current) = round.current() {
        let given = match &bank.questions[current].answer {
            Answer::Find(id) => Given::Structure(id.clone()),
            Answer::Choice { correct, choices } if current == index => {
                Given::Choice((correct + 1) % choices.len())
            }
            Answer::Choice { correct, .. } => Given::Choice(*correct),
        };
        round.answer(&bank, given);
        round.next();
    }
    let mut harness = quiz_harness(&bank, round);
    harness.run();
    harness.get_by_label("You got 9 of 10 right (90 %)");
    harness.get_by_label("Review your mistakes");
    harness.get_by_label(&bank.questions[index].prompt);
    harness.get_by_label("New round").click();
    harness.run();
    assert_eq!(harness.state().command, Some(QuizCommand::NewRound));
}
