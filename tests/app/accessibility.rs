//! Usable without a mouse and on a phone: the side panel, the Learn panel, the quiz and the
//! presenter reached and driven by the keyboard alone, and every control big enough for a
//! finger at phone size (WCAG 2.5.5: 44 × 44 px).

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

/// Presses Tab until the control in focus is one `wanted` accepts (at most 80 presses), and
/// returns its label; `None` when Tab never got there.
fn tab_to<State>(
    harness: &mut Harness<'_, State>,
    wanted: impl Fn(&str) -> bool,
) -> Option<String> {
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if let Some(label) = focused_label(harness).filter(|l| wanted(l)) {
            return Some(label);
        }
    }
    None
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
        &std::fs::read(crate::repo_path("assets/quiz/leg.quiz.ron")).expect("quiz"),
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

/// The Learn panel without a mouse: Tab reaches the register switch and a "Show me" link, and
/// Enter (or Space) uses them.
#[test]
fn the_keyboard_alone_switches_the_register_and_follows_a_show_me() {
    use cramp_explorer::content::learn_panel;
    use cramp_explorer::core::content::{Register, ShowMe};
    let content = super::panels::content();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(420.0, 3000.0))
        .build_ui_state(
            |ui, state: &mut (Register, Option<Vec<ShowMe>>)| {
                if let Some(links) = learn_panel(ui, &content, &mut state.0, None) {
                    state.1 = Some(links);
                }
            },
            (Register::Plain, None),
        );
    harness.run();
    tab_to(&mut harness, |l| l == "Clinical words").expect("Tab reaches the register");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().0, Register::Clinical);
    tab_to(&mut harness, |l| l.contains("Show me")).expect("Tab reaches a Show me");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(harness.state().1.is_some(), "Space follows the link");
}

/// A quiz question answered without a mouse: Tab to a choice, Enter to give it.
#[test]
fn the_keyboard_alone_answers_a_quiz_question() {
    use cramp_explorer::core::quiz::{Answer, Given};
    use cramp_explorer::present::quiz::QuizCommand;
    let bank = super::present_panels::bank();
    let (round, index) = super::present_panels::choice_round(&bank);
    let Answer::Choice { choices, .. } = &bank.questions[index].answer else {
        unreachable!()
    };
    let mut harness = super::present_panels::quiz_harness(&bank, round);
    harness.run();
    let focused =
        tab_to(&mut harness, |l| choices.iter().any(|c| c == l)).expect("Tab reaches the choices");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let chosen = choices
        .iter()
        .position(|c| *c == focused)
        .expect("a choice");
    assert_eq!(
        harness.state().command,
        Some(QuizCommand::Answer(Given::Choice(chosen)))
    );
}

/// The presenter without a mouse: Tab reaches "Next", Enter moves on.
#[test]
fn the_keyboard_alone_moves_the_presenter_on() {
    use cramp_explorer::present::presenter::PresenterAction;
    let tours = super::present_panels::tours();
    let mut harness =
        super::present_panels::presenter_harness(&tours, super::present_panels::Shown::at_step(1));
    harness.run();
    tab_to(&mut harness, |l| l == "Next ▶").expect("Tab reaches Next");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().action, Some(PresenterAction::Next));
}

/// A reader who needs large text sets it once: the text size is remembered across starts, and a
/// settings file with a number out of range (or not a number) leaves the default.
#[test]
fn the_text_size_is_remembered_and_a_bad_remembered_value_is_ignored() {
    use bevy::prelude::*;
    use cramp_explorer::LaunchConfig;
    use cramp_explorer::launch::SettingsFile;
    use cramp_explorer::settings::Settings;
    use cramp_explorer::ui::UiSettings;

    let folder = std::env::temp_dir().join(format!("cramp-text-size-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let file = folder.join("settings.txt");
    let start = |contents: &str| {
        std::fs::write(&file, contents).expect("settings file");
        let mut app = cramp_explorer::build_headless_app(LaunchConfig {
            assets_dir: Some(crate::repo_path("assets")),
            ..default()
        });
        // A headless app keeps its settings in memory; this one reads and writes a file.
        app.insert_resource(Settings::open(SettingsFile::At(file.clone())));
        app.update();
        app.update();
        app
    };
    for (contents, expected) in [
        ("text_size = 2.00\n", 2.0),
        ("text_size = 9\n", 1.0),
        ("text_size = NaN\n", 1.0),
        ("text_size = big\n", 1.0),
    ] {
        let app = start(contents);
        assert_eq!(
            app.world().resource::<UiSettings>().ui_scale,
            expected,
            "{contents:?}"
        );
    }
    let mut app = start("");
    app.world_mut().resource_mut::<UiSettings>().ui_scale = 1.5;
    app.update();
    let saved = std::fs::read_to_string(&file).expect("saved");
    assert!(saved.contains("text_size = 1.50"), "{saved}");
    // Dragging the slider (the button held) changes the size every frame but writes nothing;
    // letting go writes the size reached.
    app.world_mut().init_resource::<ButtonInput<MouseButton>>();
    app.world_mut()
        .resource_mut::<ButtonInput<MouseButton>>()
        .press(MouseButton::Left);
    for size in [1.6, 1.7, 1.8] {
        app.world_mut().resource_mut::<UiSettings>().ui_scale = size;
        app.update();
        let during = std::fs::read_to_string(&file).expect("saved");
        assert!(
            during.contains("text_size = 1.50"),
            "while dragging: {during}"
        );
    }
    app.world_mut()
        .resource_mut::<ButtonInput<MouseButton>>()
        .release(MouseButton::Left);
    app.update();
    let saved = std::fs::read_to_string(&file).expect("saved");
    assert!(saved.contains("text_size = 1.80"), "{saved}");
    drop(app);
    let again = start(&saved);
    assert_eq!(again.world().resource::<UiSettings>().ui_scale, 1.8);
    std::fs::remove_dir_all(&folder).ok();
}

/// A screen reader says every control's name: no button, checkbox, drop-down, text box or
/// slider of the side panel (with a muscle's card open) or the motion panel is nameless.
#[test]
fn every_control_has_a_name_a_screen_reader_can_say() {
    use cramp_explorer::core::scenario::ScenarioLibrary;
    use cramp_explorer::motion::{ManualControls, Playback, motion_panel};
    fn nameless<State>(harness: &Harness<'_, State>) -> Vec<String> {
        harness
            .root()
            .children_recursive()
            .map(|n| n.accesskit_node())
            .filter(|n| {
                matches!(
                    n.role(),
                    Role::Button
                        | Role::CheckBox
                        | Role::ComboBox
                        | Role::TextInput
                        | Role::Slider
                        | Role::RadioButton
                ) && n.label().is_none_or(|l| l.trim().is_empty())
            })
            .map(|n| format!("{:?} {:?}", n.role(), n.value()))
            .collect()
    }
    let atlas = atlas();
    let extras = CardExtras::default();
    let mut side = side(&atlas, &extras, 420.0, false);
    side.run();
    side.get_by_label("Soleus").click();
    side.run();
    assert_eq!(nameless(&side), Vec::<String>::new(), "side panel");

    let library: ScenarioLibrary = cramp_explorer::core::data_error::parse_ron(
        "scenarios",
        &std::fs::read(crate::repo_path("assets/scenarios/leg.scenarios.ron")).expect("scenarios"),
    )
    .expect("valid");
    for scenario in [None, Some("calf_cramp")] {
        let mut motion = Harness::builder()
            .with_size(egui::vec2(1000.0, 300.0))
            .build_ui_state(
                |ui, (view, playback, manual): &mut (ViewState, Playback, ManualControls)| {
                    motion_panel(ui, &library, &[], view, playback, manual, None);
                },
                (
                    ViewState {
                        scenario: scenario.map(str::to_owned),
                        ..ViewState::default()
                    },
                    Playback::default(),
                    ManualControls::default(),
                ),
            );
        motion.run();
        assert_eq!(
            nameless(&motion),
            Vec::<String>::new(),
            "motion panel {scenario:?}"
        );
    }
}
