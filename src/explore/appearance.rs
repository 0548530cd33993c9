//! How each structure looks beyond its atlas colour: the selected one glows warm, the hovered
//! one faintly, and in x-ray mode everything but the selection fades to a ghost.

use bevy::prelude::*;

use super::selection::Hovered;
use crate::anatomy::materials::for_system;
use crate::anatomy::{StructureId, SystemOf};
use crate::core::colour;
use crate::core::overlay::{Overlay, workload_on_scale};
use crate::core::view_state::ColourMode;
use crate::data::MotionData;
use crate::motion::LegPose;
use crate::overlays::Workload;
use crate::state::{CurrentView, ViewUpdate};
use crate::ui::UiSettings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        update_materials
            .after(crate::motion::MotionSet)
            .after(ViewUpdate),
    );
}

fn srgb([r, g, b]: [f32; 3]) -> Color {
    Color::srgb(r, g, b)
}

/// Heat-map colour of one muscle, if the mode and the muscle have one.
fn heat_colour(
    mode: ColourMode,
    id: &str,
    bio: Option<&MotionData>,
    leg: Option<&LegPose>,
) -> Option<Color> {
    let (bio, leg) = (bio?, leg?);
    let index = bio.muscle_index(id)?;
    let state = leg.states.get(index)?;
    let colour = match mode {
        ColourMode::Atlas => return None,
        ColourMode::Activation => colour::heat(state.activation as f32),
        ColourMode::Stretch => {
            colour::stretch(state.normalized_fiber_length(&bio.model.muscles[index]) as f32)
        }
    };
    Some(srgb(colour))
}

const SELECTED_GLOW: LinearRgba = LinearRgba::rgb(0.35, 0.28, 0.05);
const HOVER_GLOW: LinearRgba = LinearRgba::rgb(0.12, 0.12, 0.12);

fn update_materials(
    view: Res<CurrentView>,
    hovered: Res<Hovered>,
    ui_settings: Res<UiSettings>,
    workload: Res<Workload>,
    bio: Option<Res<MotionData>>,
    leg: Option<Res<LegPose>>,
    structures: Query<(
        Ref<StructureId>,
        &SystemOf,
        &MeshMaterial3d<StandardMaterial>,
    )>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let any_new = structures.iter().any(|(id, _, _)| id.is_added());
    let colour_by = view.0.colour;
    let spotlight = &view.0.spotlight;
    let xray_opacity = ui_settings.xray_opacity;
    if !(view.is_changed()
        || hovered.is_changed()
        || ui_settings.is_changed()
        || workload.is_changed()
        || ((colour_by != ColourMode::Atlas || view.0.overlay == Some(Overlay::Stretch))
            && leg.as_ref().is_some_and(|l| l.is_changed()))
        || any_new)
    {
        return;
    }
    let selected = view.0.select.as_deref();
    for (id, system, handle) in &structures {
        let spotlit = spotlight.contains(&id.0);
        let is_selected = selected == Some(id.0.as_str()) || spotlit;
        let emissive = if is_selected {
            SELECTED_GLOW
        } else if hovered.0.as_deref() == Some(id.0.as_str()) {
            HOVER_GLOW
        } else {
            LinearRgba::BLACK
        };
        let mut atlas = for_system(system.0);
        // The stretch overlay colours like the panel's "fibre stretch" choice.
        let mode = match view.0.overlay {
            Some(Overlay::Stretch) => ColourMode::Stretch,
            _ => colour_by,
        };
        if let Some(heat) = heat_colour(mode, &id.0, bio.as_deref(), leg.as_deref()) {
            atlas.base_color = heat;
        }
        // The workload overlay paints every modelled muscle on one fixed scale.
        if view.0.overlay == Some(Overlay::Workload)
            && let Some(load) = bio.as_deref().and_then(|b| workload.of(b, &id.0))
        {
            atlas.base_color = srgb(colour::heat(workload_on_scale(load) as f32));
        }
        // A spotlight always fades the rest; a selection only in x-ray mode.
        let faded = (!spotlight.is_empty() || (view.0.xray && selected.is_some())) && !is_selected;
        let (base_color, alpha_mode) = if faded {
            let alpha = atlas.base_color.alpha().min(xray_opacity);
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
