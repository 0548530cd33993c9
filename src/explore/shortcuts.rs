//! Keyboard shortcuts. They never fire while the user types in a text field.

use bevy::prelude::*;
use bevy_egui::EguiContext;

use crate::core::view_state::ViewPreset;
use crate::motion::{Playback, is_playing};
use crate::state::{ApplyView, CameraMove, CurrentView, ViewUpdate};
use crate::ui::UiSettings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_shortcuts.before(ViewUpdate));
}

/// Every shortcut, for the help overlay: the interface messages of (keys, what it does).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("keys-help", "shortcut-help"),
    ("keys-esc", "shortcut-deselect"),
    ("keys-f", "shortcut-focus"),
    ("keys-h", "shortcut-hide"),
    ("keys-i", "shortcut-isolate"),
    ("keys-x", "shortcut-xray"),
    ("keys-a", "shortcut-show-all"),
    ("keys-views", "shortcut-views"),
    ("keys-home", "shortcut-home"),
    ("key-space", "shortcut-play"),
    ("keys-tour-next", "shortcut-tour-next"),
    ("keys-tour-back", "shortcut-tour-back"),
    ("keys-c", "shortcut-tour-clear"),
    ("keys-esc", "shortcut-tour-end"),
];

fn handle_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    mut egui_contexts: Query<&mut EguiContext>,
    view: Res<CurrentView>,
    playback: Res<Playback>,
    mut ui_settings: ResMut<UiSettings>,
    mut requests: MessageWriter<ApplyView>,
) {
    if keys.get_just_pressed().next().is_none()
        || egui_contexts
            .iter_mut()
            .any(|mut ctx| ctx.get_mut().egui_wants_keyboard_input())
    {
        return;
    }
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    if keys.just_pressed(KeyCode::F1) || (shift && keys.just_pressed(KeyCode::Slash)) {
        ui_settings.help_open = !ui_settings.help_open;
    }
    // In a presentation the tour owns the keys (see `present::tours`).
    if view.0.tour.is_some() {
        return;
    }
    let mut state = view.0.clone();
    let mut camera = CameraMove::Keep;
    if keys.just_pressed(KeyCode::Escape) {
        state.select = None;
        state.overlay = None;
    }
    if keys.just_pressed(KeyCode::Space) && state.scenario.is_some() {
        state.time = if is_playing(&state) {
            Some(playback.time_s)
        } else {
            None
        };
    }
    let selected = state.select.clone();
    if keys.just_pressed(KeyCode::KeyF) && selected.is_some() {
        camera = CameraMove::FocusSelection;
    }
    if keys.just_pressed(KeyCode::KeyH)
        && let Some(id) = selected.as_deref()
    {
        state.hide_structure(id);
    }
    if keys.just_pressed(KeyCode::KeyI) && selected.is_some() {
        state.isolate = !state.isolate;
    }
    if keys.just_pressed(KeyCode::KeyX) {
        state.xray = !state.xray;
    }
    if keys.just_pressed(KeyCode::KeyA) {
        state.hide.clear();
        state.isolate = false;
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
            state.view = preset;
            camera = CameraMove::Glide;
        }
    }
    if state != view.0 || camera != CameraMove::Keep {
        requests.write(ApplyView::new(state).with_camera(camera));
    }
}
