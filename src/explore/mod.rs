//! Exploring the model: the orbit camera and its preset views, picking and selection, and
//! which layers (body systems) are shown.

pub mod appearance;
pub mod camera;
pub mod layers;
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
    ));
}
