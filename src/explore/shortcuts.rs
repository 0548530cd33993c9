//! Keyboard shortcuts. They never fire while the user types in a text field.

use bevy::prelude::*;
use bevy_egui::EguiContext;

use super::camera::CameraCommand;
use crate::core::view_state::ViewPreset;
use crate::motion::Playback;
use crate::present::tours::Presenter;
use crate::state::CurrentView;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HelpVisible>()
        .add_systems(Update, handle_shortcuts);
}

/// Whether the shortcut help overlay is open.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct HelpVisible(pub bool);

/// Every shortcut, for the help overlay: (keys, what it does).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("F1 or ?", "Show or hide this help"),
    ("Esc", "Deselect; clear an overlay"),
    ("F", "Focus on the selection"),
    ("H", "Hide the selection"),
    ("I", "Isolate the selection (again: show all)"),
    ("X", "X-ray: fade all but the selection"),
    ("A", "Show all structures"),
    ("1 2 3 4", "Anterior, posterior, medial, lateral view"),
    ("0 or Home", "Back to the opening view"),
    ("Space", "Play or pause the animation"),
    ("Right, Down, Page Down, Space", "Tour: next step"),
    ("Left, Up, Page Up", "Tour: previous step"),
    ("C", "Tour: clear the pen drawing"),
    ("Esc", "Tour: end the presentation"),
];

fn handle_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    mut egui_contexts: Query<&mut EguiContext>,
    mut view: ResMut<CurrentView>,
    mut help: ResMut<HelpVisible>,
    mut camera: MessageWriter<CameraCommand>,
    mut playback: ResMut<Playback>,
    presenter: Option<Res<Presenter>>,
) {
    if egui_contexts
        .iter_mut()
        .any(|mut ctx| ctx.get_mut().egui_wants_keyboard_input())
    {
        return;
    }
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    if keys.just_pressed(KeyCode::F1) || (shift && keys.just_pressed(KeyCode::Slash)) {
        help.0 = !help.0;
    }
    if keys.just_pressed(KeyCode::Escape) {
        super::selection::select(&mut view, None);
        view.0.overlay = None;
    }
    // In a presentation Space is "next step" (see `present::tours`).
    let presenting = presenter.is_some_and(|p| p.position.is_some());
    if keys.just_pressed(KeyCode::Space) && playback.scenario.is_some() && !presenting {
        playback.playing = !playback.playing;
    }
    let selected = view.0.select.clone();
    if keys.just_pressed(KeyCode::KeyF) && selected.is_some() {
        camera.write(CameraCommand::FocusSelection);
    }
    if keys.just_pressed(KeyCode::KeyH)
        && let Some(id) = selected.clone()
    {
        view.0.hide.push(id);
        view.0.select = None;
        view.0.isolate = false;
    }
    if keys.just_pressed(KeyCode::KeyI) && selected.is_some() {
        view.0.isolate = !view.0.isolate;
    }
    if keys.just_pressed(KeyCode::KeyX) {
        view.0.xray = !view.0.xray;
    }
    if keys.just_pressed(KeyCode::KeyA) {
        view.0.hide.clear();
        view.0.isolate = false;
    }
    let presets = [
        (KeyCode::Digit1, Some(ViewPreset::Anterior)),
        (KeyCode::Digit2, Some(ViewPreset::Posterior)),
        (KeyCode::Digit3, Some(ViewPreset::Medial)),
        (KeyCode::Digit4, Some(ViewPreset::Lateral)),
        (KeyCode::Digit0, None),
        (KeyCode::Home, None),
    ];
    for (key, preset) in presets {
        if keys.just_pressed(key) {
            view.0.view = preset;
            camera.write(CameraCommand::ShowView(preset));
        }
    }
}
