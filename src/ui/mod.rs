//! The egui layer: the side panel and the hover label. Panels are functions in [`panels`];
//! this plugin only wires them to the app's resources.

pub mod panels;

use bevy::camera::CameraOutputMode;
use bevy::camera::visibility::RenderLayers;
use bevy::prelude::*;
use bevy::render::render_resource::BlendState;
use bevy_egui::{
    EguiContexts, EguiGlobalSettings, EguiPrimaryContextPass, PrimaryEguiContext, egui,
};

use crate::anatomy::Atlas;
use crate::explore::camera::ScenePanels;
use crate::explore::layers::Layers;
use crate::explore::selection::Hovered;
use crate::motion::{Biomechanics, LegPose, ManualControls, Playback};
use crate::state::{CurrentView, Notices};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_ui_camera).add_systems(
        EguiPrimaryContextPass,
        (draw_panels, draw_hover_label).chain(),
    );
}

/// egui draws through its own camera over the whole window, so the 3D camera can keep to the
/// part the panel leaves free.
fn spawn_ui_camera(mut commands: Commands, settings: Option<ResMut<EguiGlobalSettings>>) {
    let Some(mut settings) = settings else { return };
    settings.auto_create_primary_context = false;
    commands.spawn((
        PrimaryEguiContext,
        Camera2d,
        RenderLayers::none(),
        Camera {
            order: 1,
            output_mode: CameraOutputMode::Write {
                blend_state: Some(BlendState::ALPHA_BLENDING),
                clear_color: ClearColorConfig::None,
            },
            clear_color: ClearColorConfig::Custom(Color::NONE),
            ..default()
        },
    ));
}

/// The selected muscle's live numbers, if a muscle is selected and the model knows it.
fn readout_for(
    id: Option<&str>,
    bio: Option<&Biomechanics>,
    leg: Option<&LegPose>,
) -> Option<panels::MuscleReadout> {
    let (bio, leg) = (bio?, leg?);
    let index = bio.muscle_index(id?)?;
    let muscle = &bio.model.muscles[index];
    let state = leg.states.get(index)?;
    Some(panels::MuscleReadout {
        length_m: state.mtu_length_m,
        rest_length_m: bio.rest.get(index)?.mtu_length_m,
        fiber_fraction: state.normalized_fiber_length(muscle),
        activation: state.activation,
        force_n: state.force_n,
        force_history: leg
            .history
            .iter()
            .filter_map(|(t, states)| states.get(index).map(|s| [*t, s.force_n]))
            .collect(),
    })
}

#[allow(clippy::too_many_arguments)]
fn draw_panels(
    mut contexts: EguiContexts,
    atlas: Option<Res<Atlas>>,
    notices: Res<Notices>,
    mut view: ResMut<CurrentView>,
    mut layers: ResMut<Layers>,
    mut panels: ResMut<ScenePanels>,
    bio: Option<Res<Biomechanics>>,
    leg: Option<Res<LegPose>>,
    mut playback: ResMut<Playback>,
    mut manual: ResMut<ManualControls>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    // Edit copies, so change detection fires only on real changes.
    let mut state = view.0.clone();
    let mut new_layers = layers.clone();
    let mut requests = panels::PanelRequests::default();
    let readout = readout_for(state.select.as_deref(), bio.as_deref(), leg.as_deref());
    let left = egui::Panel::left("side_panel")
        .resizable(true)
        .default_size(330.0)
        .size_range(240.0..=520.0)
        .show_inside(&mut root, |ui| {
            requests = panels::side_panel(
                ui,
                atlas.as_deref().map(|a| &a.0),
                &notices.0,
                &mut state,
                &mut new_layers,
                readout.as_ref(),
            );
        })
        .response
        .rect
        .width();
    let mut bottom = 0.0;
    if let Some(bio) = bio.as_deref() {
        let mut new_playback = playback.clone();
        let mut new_manual = manual.clone();
        bottom = egui::Panel::bottom("motion_panel")
            .resizable(false)
            .show_inside(&mut root, |ui| {
                ui.add_space(4.0);
                panels::motion_panel(
                    ui,
                    &bio.library,
                    &mut new_playback,
                    &mut new_manual,
                    leg.as_deref().and_then(|l| l.caption.as_deref()),
                );
                ui.add_space(2.0);
            })
            .response
            .rect
            .height();
        playback.set_if_neq(new_playback);
        manual.set_if_neq(new_manual);
    }
    if state != view.0 || requests.move_camera {
        view.0 = state;
    }
    layers.set_if_neq(new_layers);
    panels.set_if_neq(ScenePanels {
        left,
        bottom,
        ..default()
    });
    Ok(())
}

/// The name of the structure under the pointer, next to the pointer.
fn draw_hover_label(
    mut contexts: EguiContexts,
    hovered: Res<Hovered>,
    atlas: Option<Res<Atlas>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(id), Some(atlas)) = (hovered.0.as_deref(), atlas) else {
        return Ok(());
    };
    let (Some(structure), Some(pointer)) = (atlas.0.structure(id), ctx.pointer_hover_pos()) else {
        return Ok(());
    };
    if ctx.is_pointer_over_egui() {
        return Ok(());
    }
    egui::Area::new(egui::Id::new("hover_label"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + egui::vec2(16.0, 12.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(egui::Color32::from_black_alpha(200))
                .corner_radius(4.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(&structure.name).color(egui::Color32::WHITE));
                });
        });
    Ok(())
}
