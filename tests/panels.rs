//! The side panel rendered by egui_kittest, without a window: what a user reads and clicks.

use bevy_egui::egui;
use cramp_explorer::core::anatomy::{AnatomyAtlas, BodySystem};
use cramp_explorer::core::view_state::{ViewPreset, ViewState};
use cramp_explorer::explore::layers::Layers;
use cramp_explorer::ui::panels::{PanelRequests, side_panel};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn atlas() -> AnatomyAtlas {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/anatomy/leg.anatomy.ron"
    ))
    .expect("file");
    AnatomyAtlas::from_ron("leg.anatomy.ron", &bytes).expect("valid")
}

#[derive(Default)]
struct PanelState {
    view: ViewState,
    layers: Layers,
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
                state.requests = side_panel(ui, atlas, notices, &mut state.view, &mut state.layers);
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
    assert!(harness.state().requests.move_camera);
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
        !harness.state().layers.is_shown(BodySystem::Skin),
        "skin starts hidden"
    );
    harness.get_by_label("Bones").click();
    harness.get_by_label("Skin").click();
    harness.run();
    assert!(!harness.state().layers.is_shown(BodySystem::Bone));
    assert!(harness.state().layers.is_shown(BodySystem::Skin));
}

#[test]
fn notices_are_listed_and_loading_is_announced() {
    let notices = vec!["anatomy/leg.anatomy.ron:3:18: expected a string".to_owned()];
    let mut harness = harness(None, &notices, PanelState::default());
    // The loading spinner keeps repainting, so step a few frames instead of running to rest.
    harness.run_steps(3);
    harness.get_by_label_contains("1 notice(s)");
    harness.get_by_label("anatomy/leg.anatomy.ron:3:18: expected a string");
    harness.get_by_label("Loading the leg…");
    harness.get_by_label_contains("not medical advice");
}
