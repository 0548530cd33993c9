//! How each structure looks beyond its atlas colour: the selected one glows warm, the hovered
//! one faintly, and in x-ray mode everything but the selection fades to a ghost.

use bevy::prelude::*;

use super::selection::Hovered;
use crate::anatomy::materials::for_system;
use crate::anatomy::{StructureId, SystemOf};
use crate::content::Spotlight;
use crate::state::CurrentView;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<XrayOpacity>()
        .add_systems(Update, update_materials);
}

/// Opacity of the faded structures in x-ray mode (0.05 to 0.6).
#[derive(Resource, Clone, Copy, Debug, PartialEq)]
pub struct XrayOpacity(pub f32);

impl Default for XrayOpacity {
    fn default() -> Self {
        Self(0.15)
    }
}

const SELECTED_GLOW: LinearRgba = LinearRgba::rgb(0.35, 0.28, 0.05);
const HOVER_GLOW: LinearRgba = LinearRgba::rgb(0.12, 0.12, 0.12);

fn update_materials(
    view: Res<CurrentView>,
    hovered: Res<Hovered>,
    xray: Res<XrayOpacity>,
    spotlight: Res<Spotlight>,
    structures: Query<(
        Ref<StructureId>,
        &SystemOf,
        &MeshMaterial3d<StandardMaterial>,
    )>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let any_new = structures.iter().any(|(id, _, _)| id.is_added());
    if !(view.is_changed()
        || hovered.is_changed()
        || xray.is_changed()
        || spotlight.is_changed()
        || any_new)
    {
        return;
    }
    let selected = view.0.select.as_deref();
    for (id, system, handle) in &structures {
        let spotlit = spotlight.0.contains(&id.0);
        let is_selected = selected == Some(id.0.as_str()) || spotlit;
        let emissive = if is_selected {
            SELECTED_GLOW
        } else if hovered.0.as_deref() == Some(id.0.as_str()) {
            HOVER_GLOW
        } else {
            LinearRgba::BLACK
        };
        let atlas = for_system(system.0);
        // A spotlight always fades the rest; a selection only in x-ray mode.
        let faded =
            (!spotlight.0.is_empty() || (view.0.xray && selected.is_some())) && !is_selected;
        let (base_color, alpha_mode) = if faded {
            let alpha = atlas.base_color.alpha().min(xray.0);
            (atlas.base_color.with_alpha(alpha), AlphaMode::Blend)
        } else {
            (atlas.base_color, atlas.alpha_mode)
        };
        let Some(material) = materials.get(&handle.0) else {
            continue;
        };
        let differs = material.emissive != emissive
            || material.base_color != base_color
            || material.alpha_mode != alpha_mode;
        if differs && let Some(mut material) = materials.get_mut(&handle.0) {
            material.emissive = emissive;
            material.base_color = base_color;
            material.alpha_mode = alpha_mode;
        }
    }
}
