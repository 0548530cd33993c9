//! The side panel rendered by egui_kittest, without a window: what a user reads and clicks.

use bevy_egui::egui;
use cramp_explorer::core::anatomy::{AnatomyAtlas, BodySystem};
use cramp_explorer::core::biomech::MusculoskeletalModel;
use cramp_explorer::core::scenario::ScenarioLibrary;
use cramp_explorer::core::view_state::{ViewPreset, ViewState};
use cramp_explorer::explore::panel::{
    CardExtras, MuscleReadout, PanelRequests, RelatedLink, muscle_readout, side_panel,
};
use cramp_explorer::motion::{ManualControls, Playback, motion_panel};
use cramp_explorer::state::CameraMove;
use cramp_explorer::ui::UiSettings;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

pub(super) fn atlas() -> AnatomyAtlas {
    let bytes = std::fs::read(crate::repo_path("assets/anatomy/leg.anatomy.ron")).expect("file");
    AnatomyAtlas::from_ron("leg.anatomy.ron", &bytes).expect("valid")
}

#[derive(Default)]
struct PanelState {
    view: ViewState,
    settings: UiSettings,
    extras: CardExtras,
    requests: PanelRequests,
}

fn harness<'a>(
    atlas: Option<&'a AnatomyAtlas>,
    notices: &'a [String],
    state: PanelState,
) -> Harness<'a, PanelState> {
    Harness::builder()
        .with_size(egui::vec2(420.0, 1400.0))
        .build_ui_state(
            move |ui, state: &mut PanelState| {
                state.requests = side_panel(
                    ui,
                    atlas,
                    notices,
                    &mut state.view,
                    &mut state.settings,
                    &state.extras,
                );
            },
            state,
        )
}

#[test]
fn clicking_a_muscle_in_the_list_selects_it_and_shows_its_card() {
    let atlas = atlas();
    let mut harness = harness(Some(&atlas), &[], PanelState::default());
    harness.run();
    harness.get_by_label("Soleus").click();
    harness.run();
    assert_eq!(harness.state().view.select.as_deref(), Some("soleus"));
    // The card: Latin name, nerve with roots, and the cramp role.
    harness.get_by_label("Musculus soleus");
    harness.get_by_label("Tibial nerve (S1, S2).");
    harness.get_by_label("In a cramp");
    harness.get_by_label("Deselect (Esc)").click();
    harness.run();
    assert_eq!(harness.state().view.select, None);
}

#[test]
fn view_buttons_set_the_preset_and_ask_the_camera_to_move() {
    let atlas = atlas();
    let mut harness = harness(Some(&atlas), &[], PanelState::default());
    harness.run();
    harness.get_by_label("Posterior").click();
    harness.step();
    assert_eq!(harness.state().view.view, Some(ViewPreset::Posterior));
    assert_eq!(harness.state().requests.camera, CameraMove::Glide);
    harness.get_by_label("Reset").click();
    harness.step();
    assert_eq!(harness.state().view.view, None);
}

#[test]
fn layer_checkboxes_toggle_body_systems() {
    let atlas = atlas();
    let mut harness = harness(Some(&atlas), &[], PanelState::default());
    harness.run();
    assert!(
        !harness.state().view.layers.contains(&BodySystem::Skin),
        "skin starts hidden"
    );
    harness.get_by_label("Bones").click();
    harness.run();
    harness.get_by_label("Skin").click();
    harness.run();
    assert!(!harness.state().view.layers.contains(&BodySystem::Bone));
    assert!(harness.state().view.layers.contains(&BodySystem::Skin));
}

/// A heat map is explained in words as well as colours, and the high-contrast choice is one
/// click away in Settings.
#[test]
fn muscle_colours_come_with_a_worded_scale_and_high_contrast_is_a_setting() {
    use cramp_explorer::core::view_state::ColourMode;
    let atlas = atlas();
    let mut harness = harness(Some(&atlas), &[], PanelState::default());
    harness.run();
    assert!(
        harness.query_by_label("resting").is_none(),
        "atlas colours need no scale"
    );
    harness.state_mut().view.colour = ColourMode::Activation;
    harness.run();
    harness.get_by_label("resting");
    harness.get_by_label("full");
    harness.state_mut().view.colour = ColourMode::Stretch;
    harness.run();
    harness.get_by_label("short");
    harness.get_by_label("stretched");
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("High contrast").click();
    harness.run();
    assert!(harness.state().settings.high_contrast);
}

#[test]
fn notices_are_listed_and_loading_is_announced() {
    let notices = vec!["anatomy/leg.anatomy.ron:3:18: expected a string".to_owned()];
    let mut harness = harness(None, &notices, PanelState::default());
    // The loading spinner keeps repainting, so step a few frames instead of running to rest.
    harness.run_steps(3);
    harness.get_by_label_contains("1 notice");
    harness.get_by_label("anatomy/leg.anatomy.ron:3:18: expected a string");
    harness.get_by_label("Loading the leg…");
    harness.get_by_label_contains("not medical advice");
}

fn library() -> ScenarioLibrary {
    let model_bytes =
        std::fs::read(crate::repo_path("assets/anatomy/leg.muscles.ron")).expect("file");
    let model = MusculoskeletalModel::from_ron("leg.muscles.ron", &model_bytes).expect("valid");
    let bytes =
        std::fs::read(crate::repo_path("assets/scenarios/leg.scenarios.ron")).expect("file");
    ScenarioLibrary::from_ron("leg.scenarios.ron", &bytes, &model).expect("valid")
}

#[test]
fn choosing_a_scenario_starts_it_and_pause_stops_it() {
    let library = library();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 300.0))
        .build_ui_state(
            |ui, state: &mut (ViewState, Playback, ManualControls)| {
                motion_panel(
                    ui,
                    &library,
                    &[("soleus", "Soleus"), ("popliteus", "Popliteus")],
                    &mut state.0,
                    &mut state.1,
                    &mut state.2,
                    None,
                );
            },
            (
                ViewState::default(),
                Playback::default(),
                ManualControls::default(),
            ),
        );
    harness.run();
    // Manual mode first: joint sliders are offered.
    assert!(
        harness
            .query_all_by_label_contains("knee bend")
            .next()
            .is_some()
    );
    // Muscles without a slider of their own are under "Other muscles".
    harness.get_by_label("Other muscles").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("Popliteus")
            .next()
            .is_some()
    );
    harness.get_by_role(egui::accesskit::Role::ComboBox).click();
    harness.run();
    harness.get_by_label("A calf cramp").click();
    harness.run();
    assert_eq!(harness.state().0.scenario.as_deref(), Some("calf_cramp"));
    assert_eq!(harness.state().0.time, None, "a chosen scenario plays");
    harness.state_mut().1.time_s = 2.5;
    harness.get_by_label("⏸ Pause").click();
    harness.run();
    assert_eq!(
        harness.state().0.time,
        Some(2.5),
        "pausing keeps the moment in the view state, so a link reproduces it"
    );
    // The scenario's description stands in for a caption.
    harness.get_by_label_contains("Suddenly the calf muscles");
}

/// A playing scenario keeps playing while the panel is drawn: the timeline slider shows the clock
/// to a tenth of a second, and that rounding is not the user scrubbing.
#[test]
fn drawing_the_timeline_does_not_pause_a_playing_scenario() {
    let library = library();
    let view = ViewState {
        scenario: Some("calf_cramp".into()),
        ..ViewState::default()
    };
    let playback = Playback {
        time_s: 0.148_334_885,
        ..Playback::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 300.0))
        .build_ui_state(
            |ui, state: &mut (ViewState, Playback, ManualControls)| {
                motion_panel(
                    ui,
                    &library,
                    &[("soleus", "Soleus")],
                    &mut state.0,
                    &mut state.1,
                    &mut state.2,
                    None,
                );
            },
            (view, playback, ManualControls::default()),
        );
    harness.run_steps(3);
    assert_eq!(harness.state().0.time, None, "still playing");
    assert_eq!(
        harness.state().1.time_s,
        0.148_334_885,
        "the clock is not rounded"
    );
}

#[test]
fn the_muscle_readout_states_length_activation_and_force() {
    let readout = MuscleReadout {
        length_m: 0.4,
        rest_length_m: 0.42,
        fiber_fraction: 0.8,
        activation: 0.9,
        force_n: 1234.0,
        force_history: vec![[0.0, 10.0], [1.0, 1234.0]],
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(400.0, 400.0))
        .build_ui(|ui| muscle_readout(ui, &readout));
    harness.run();
    harness.get_by_label("0.400 m (95% of rest)");
    harness.get_by_label("1234 N");
    harness.get_by_label("80% of their best length");
    harness.get_by_label_contains("90%");
}

#[test]
fn searching_achilles_selects_the_calcaneal_tendon_and_focuses_it() {
    let atlas = atlas();
    let mut harness = harness(Some(&atlas), &[], PanelState::default());
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .click();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("achiles");
    harness.run();
    harness.get_by_label("Achilles tendon").click();
    harness.step();
    assert_eq!(
        harness.state().view.select.as_deref(),
        Some("calcaneal_tendon")
    );
    assert_eq!(harness.state().requests.camera, CameraMove::FocusSelection);
    assert!(
        harness.state().settings.search.is_empty(),
        "the search box clears after a pick"
    );
}

#[test]
fn selection_tools_hide_isolate_and_xray() {
    let atlas = atlas();
    let state = PanelState {
        view: ViewState {
            select: Some("soleus".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut harness = harness(Some(&atlas), &[], state);
    harness.run();
    harness.get_by_label("Isolate (I)").click();
    harness.run();
    harness.get_by_label("X-ray (X)").click();
    harness.run();
    assert!(harness.state().view.isolate && harness.state().view.xray);
    assert!(
        harness
            .query_all_by_label_contains("x-ray opacity")
            .next()
            .is_some()
    );
    harness.get_by_label("Hide (H)").click();
    harness.run();
    assert_eq!(harness.state().view.hide, vec!["soleus".to_owned()]);
    assert_eq!(harness.state().view.select, None);
    harness.get_by_label("Show all (A)").click();
    harness.run();
    assert!(harness.state().view.hide.is_empty() && !harness.state().view.isolate);
}

/// The English content, checked against the anatomy and the scenarios.
pub(crate) fn content() -> cramp_explorer::core::content::Content {
    use cramp_explorer::core::content::{Content, KnownIds};
    let structures: Vec<String> = atlas().structures.iter().map(|s| s.id.clone()).collect();
    let scenarios: Vec<String> = library().scenarios.iter().map(|s| s.id.clone()).collect();
    let bytes = std::fs::read(crate::repo_path("assets/locales/en/content.ron")).expect("file");
    let known = KnownIds {
        structures: &structures,
        scenarios: &scenarios,
    };
    Content::from_ron("content", &bytes, &known).expect("valid")
}

#[test]
fn the_learn_panel_shows_red_flags_glossary_terms_and_show_me() {
    use cramp_explorer::content::learn_panel;
    use cramp_explorer::core::content::Register;
    let content = content();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(420.0, 3000.0))
        .build_ui_state(
            |ui, state: &mut (Register, Option<Vec<cramp_explorer::core::content::ShowMe>>)| {
                if let Some(links) = learn_panel(ui, &content, &mut state.0, None) {
                    state.1 = Some(links);
                }
            },
            (Register::Plain, None),
        );
    harness.run();
    // Red flags are open from the start, marked with a sign as well as a colour; glossary
    // terms are there to hover.
    harness.get_by_label("⚠ One swollen, warm, red or darkened, painful calf");
    harness.get_by_label("deep vein thrombosis");
    harness.get_by_label("Clinical words").click();
    harness.run();
    assert_eq!(harness.state().0, Register::Clinical);
    harness
        .get_all_by_label("▶ Show me")
        .next()
        .expect("a show-me button")
        .click();
    harness.run();
    assert!(harness.state().1.is_some());
}

#[test]
fn the_card_links_to_animations_and_explanations() {
    use cramp_explorer::core::content::ShowMe;
    let atlas = atlas();
    let state = PanelState {
        view: ViewState {
            select: Some("soleus".into()),
            ..Default::default()
        },
        extras: CardExtras {
            readout: None,
            related: vec![RelatedLink {
                label: "▶ Bent-knee calf stretch (soleus)".into(),
                show_me: vec![ShowMe::Play("bent_knee_stretch".into())],
            }],
        },
        ..Default::default()
    };
    let mut harness = harness(Some(&atlas), &[], state);
    harness.run();
    harness
        .get_by_label("▶ Bent-knee calf stretch (soleus)")
        .click();
    harness.step();
    assert_eq!(
        harness.state().requests.show_me,
        Some(vec![ShowMe::Play("bent_knee_stretch".into())])
    );
}

#[test]
fn the_treatment_step_the_animation_shows_is_marked() {
    use cramp_explorer::content::learn_panel;
    use cramp_explorer::core::content::Register;
    let content = content();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(420.0, 4000.0))
        .build_ui_state(
            |ui, time: &mut f64| {
                learn_panel(
                    ui,
                    &content,
                    &mut Register::Plain,
                    Some(("cramp_relief_stretch", *time)),
                );
            },
            6.0,
        );
    harness.run();
    harness.get_by_label("What helps during a cramp").click();
    harness.run();
    let pull = "Pull the toes and foot up towards the shin, gently and steadily. Hold 30 seconds.";
    harness.get_by_label(&format!("▶ 2. {pull}"));
    harness.get_by_label("1. Sit or lie with the leg straight.");
    // Later in the animation the mark moves on to releasing.
    *harness.state_mut() = 10.0;
    harness.run();
    harness.get_by_label(&format!("2. {pull}"));
    harness.get_by_label("▶ 4. Release slowly; if you stand up, hold on to something.");
}
