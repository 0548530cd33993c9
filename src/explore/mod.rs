//! Exploring the model: the orbit camera and its preset views, picking and selection, which
//! layers (body systems) are shown and how, name labels, keyboard shortcuts, and the side panel
//! (search, structure tree, the selected structure's card).

pub mod appearance;
pub mod camera;
mod labels;
pub mod layers;
pub mod panel;
pub mod selection;
pub mod shortcuts;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        camera::plugin,
        selection::plugin,
        layers::plugin,
        appearance::plugin,
        shortcuts::plugin,
        labels::plugin,
        panel::plugin,
    ));
}
