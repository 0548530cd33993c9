//! Usable without a mouse and on a phone: the side panel reached and driven by the keyboard
//! alone, and every control big enough for a finger at phone size (WCAG 2.5.5: 44 × 44 px).

use super::panels::atlas;
use bevy_egui::egui;
use bevy_egui::egui::accesskit::Role;
use cramp_explorer::core::anatomy::AnatomyAtlas;
use cramp_explorer::core::view_state::{ViewPreset, ViewState};
use cramp_explorer::explore::panel::{CardExtras, side_panel};
use cramp_explorer::ui::{TOUCH_TARGET, UiSettings, touch_sized};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn side<'a>(
    atlas: &'a AnatomyAtlas,
    extras: &'a CardExtras,
    width: f32,
    narrow: bool,
) -> Harness<'a, (ViewState, UiSettings)> {
    Harness::builder()
        .with_size(egui::vec2(width, 1600.0))
        .build_ui_state(
            move |ui, (view, settings): &mut (ViewState, UiSettings)| {
                touch_sized(ui.ctx(), narrow);
                side_panel(ui, Some(atlas), &[], view, settings, extras);
            },
            (ViewState::default(), UiSettings::default()),
        )
}

fn focused_label<State>(harness: &Harness<'_, State>) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// Tab moves through the panel's controls in order; Enter presses the one in focus.
#[test]
fn the_keyboard_alone_reaches_and_presses_a_view_button_and_selects_from_the_list() {
    let atlas = atlas();
    let extras = CardExtras::default();
    let mut harness = side(&atlas, &extras, 420.0, false);
    harness.run();
    let mut visited = Vec::new();
    for _ in 0..40 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let label = focused_label(&harness);
        if label.as_deref() == Some("Posterior") {
            break;
        }
        visited.push(label);
    }
    assert_eq!(
        focused_label(&harness).as_deref(),
        Some("Posterior"),
        "Tab went through {visited:?}"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().0.view, Some(ViewPreset::Posterior));
    // The focus is drawn: egui outlines the focused control (checked in the contrast test).
    assert!(
        !visited.is_empty(),
        "the search box and other controls come first"
    );
}

/// At phone size every button, checkbox and slider is at least 44 × 44 px.
#[test]
fn at_phone_size_every_control_is_big_enough_for_a_finger() {
    let atlas = atlas();
    let extras = CardExtras::default();
    let mut harness = side(&atlas, &extras, 390.0, true);
    harness.run();
    harness.get_by_label("Soleus").click();
    harness.run();
    let mut small = Vec::new();
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        if !matches!(
            node.role(),
            Role::Button | Role::CheckBox | Role::Slider | Role::RadioButton
        ) {
            continue;
        }
        if let Some(rect) = node.bounding_box() {
            let (w, h) = (rect.width() as f32, rect.height() as f32);
            if w + 0.5 < TOUCH_TARGET || h + 0.5 < TOUCH_TARGET {
                small.push(format!(
                    "{:?} {:?}: {w:.0} × {h:.0}",
                    node.role(),
                    node.label()
                ));
            }
        }
    }
    assert!(
        small.is_empty(),
        "too small for a finger:\n{}",
        small.join("\n")
    );
}

/// A "find the structure" question can be answered without the model: from a list, by name.
#[test]
fn a_find_question_can_be_answered_from_a_list() {
    use cramp_explorer::core::data_error::parse_ron;
    use cramp_explorer::core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound};
    use cramp_explorer::present::quiz::QuizCommand;
    use cramp_explorer::present::quiz_window::quiz_panel;
    let bank: QuizBank = parse_ron(
        "quiz",
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/quiz/leg.quiz.ron"
        ))
        .expect("quiz"),
    )
    .expect("bank");
    let atlas = atlas();
    let round = (0..500)
        .map(|seed| QuizRound::new(&bank, &QuizProgress::default(), seed))
        .find(|r| {
            r.current()
                .is_some_and(|i| matches!(bank.questions[i].answer, Answer::Find(_)))
        })
        .expect("a round opening on a find question");
    let Answer::Find(wanted) = &bank.questions[round.current().expect("question")].answer else {
        unreachable!()
    };
    let name = atlas.structure(wanted).expect("in the atlas").name.clone();
    let name_of = |id: &str| {
        atlas
            .structure(id)
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(360.0, 900.0))
        .build_ui_state(
            |ui, command: &mut Option<QuizCommand>| {
                if let Some(c) = quiz_panel(ui, &bank, &round, &QuizProgress::default(), &name_of) {
                    *command = Some(c);
                }
            },
            None,
        );
    harness.run();
    harness.get_by_label("Or choose it from the list…").click();
    harness.run();
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(
        *harness.state(),
        Some(QuizCommand::Answer(Given::Structure(wanted.clone())))
    );
}
