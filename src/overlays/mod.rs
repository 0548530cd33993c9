//! Teaching overlays on the model, switched by `CurrentView.overlay` (content "show me" links,
//! tour steps, `?overlay=` / `--overlay`): massage strokes that travel up the calf, a warm or a
//! cold pack round it, TENS electrode pads, and each muscle's workload (which the appearance
//! system paints). Placement comes from the anatomy (`core::overlay`).

use bevy::prelude::*;

use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::anatomy::SegmentBody;
use crate::core::anatomy::Segment;
use crate::core::colour;
use crate::core::overlay::{Overlay, OverlayPlacement, bounds_of, workload};
use crate::data::Atlas;
use crate::data::MotionData;
use crate::state::{ApplyView, CurrentView, ViewUpdate, presenting};
use crate::ui::{ScenePanels, UiPass, UiSettings, Words, colour_scale};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Workload>()
        .add_systems(
            Update,
            (
                spawn_overlays,
                show_current_overlay,
                move_massage_strokes,
                update_workload,
            )
                .after(ViewUpdate),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw_legend.in_set(UiPass::Overlays).run_if(not(presenting)),
        );
}

/// One part of an overlay's drawing.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverlayPart(pub Overlay);

/// A massage stroke arrow; it glides up the calf, then starts again at the ankle.
#[derive(Component, Clone, Copy, Debug)]
struct MassageStroke {
    rest: Vec3,
    travel: f32,
    phase: f32,
}

/// Each muscle's workload in the playing scenario (model order, N·s), for the workload map.
/// Worked out once per scenario.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Workload {
    pub scenario: Option<String>,
    pub per_muscle: Vec<f64>,
}

impl Workload {
    pub fn of(&self, bio: &MotionData, id: &str) -> Option<f64> {
        self.per_muscle.get(bio.muscle_index(id)?).copied()
    }
}

/// The structures a warm or cold pack wraps round: the whole calf at the level of its belly.
const WRAPPED: [&str; 5] = [
    "gastrocnemius_medial",
    "gastrocnemius_lateral",
    "soleus",
    "tibia",
    "tibialis_anterior",
];

fn translucent(colour: Color, alpha: f32) -> StandardMaterial {
    StandardMaterial {
        base_color: colour.with_alpha(alpha),
        emissive: LinearRgba::from(colour) * 0.4,
        alpha_mode: AlphaMode::Blend,
        double_sided: true,
        cull_mode: None,
        ..default()
    }
}

/// Overlays ride on the shank: a new leg (a reloaded atlas) gets new overlays.
fn spawn_overlays(
    mut commands: Commands,
    atlas: Option<Res<Atlas>>,
    segments: Query<(Entity, &SegmentBody), Added<SegmentBody>>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let Some(atlas) = atlas else { return };
    let Some(shank) = segments
        .iter()
        .find(|(_, s)| s.0 == Segment::Shank)
        .map(|(e, _)| e)
    else {
        return;
    };
    let (Some(place), Some(wrap)) = (
        OverlayPlacement::for_calf(&atlas.0),
        bounds_of(&atlas.0, &WRAPPED),
    ) else {
        warn!("overlays: the anatomy has no calf muscles to place them on");
        return;
    };
    let tip_mesh = meshes.add(Cone::new(0.026, 0.036));
    let stud_mesh = meshes.add(Cylinder::new(0.005, 0.008));
    // Overlays ride on the shank (the anatomy frame at rest), drawn over the skin.
    let mut part =
        |commands: &mut Commands, overlay: Overlay, mesh: Mesh, material, at: Transform| {
            commands
                .spawn((
                    OverlayPart(overlay),
                    Mesh3d(meshes.add(mesh)),
                    MeshMaterial3d(material),
                    at,
                    Visibility::Hidden,
                    Pickable::IGNORE,
                    ChildOf(shank),
                ))
                .id()
        };
    let arrow = materials.add(StandardMaterial {
        base_color: Color::srgb(1.0, 0.85, 0.3),
        emissive: LinearRgba::rgb(0.8, 0.55, 0.1),
        unlit: true,
        ..default()
    });
    for (i, stroke) in place.massage_strokes.iter().enumerate() {
        let centre = Vec3::from(stroke.centre);
        let head = 0.026;
        let shaft_length = stroke.length * 0.35;
        let root = part(
            &mut commands,
            Overlay::Massage,
            Cuboid::new(stroke.width, shaft_length, 0.002).into(),
            arrow.clone(),
            Transform::from_translation(centre),
        );
        let tip = commands
            .spawn((
                Mesh3d(tip_mesh.clone()),
                MeshMaterial3d(arrow.clone()),
                Transform::from_xyz(0.0, shaft_length / 2.0 + head * 0.6, 0.0)
                    .with_scale(Vec3::new(1.0, 1.0, 0.15)),
                Pickable::IGNORE,
            ))
            .id();
        commands.entity(root).add_child(tip).insert(MassageStroke {
            rest: centre,
            travel: stroke.length - shaft_length,
            phase: i as f32 * 0.2,
        });
    }
    let pad = materials.add(StandardMaterial {
        base_color: Color::srgb(0.93, 0.93, 0.95),
        perceptual_roughness: 0.8,
        ..default()
    });
    let snap = materials.add(StandardMaterial {
        base_color: Color::srgb(0.15, 0.15, 0.18),
        metallic: 0.6,
        ..default()
    });
    for mark in &place.tens_pads {
        let root = part(
            &mut commands,
            Overlay::Tens,
            Cuboid::new(mark.width, mark.length, 0.004).into(),
            pad.clone(),
            Transform::from_translation(Vec3::from(mark.centre)),
        );
        let stud = commands
            .spawn((
                Mesh3d(stud_mesh.clone()),
                MeshMaterial3d(snap.clone()),
                Transform::from_xyz(0.0, 0.0, -0.004)
                    .with_rotation(Quat::from_rotation_x(std::f32::consts::FRAC_PI_2)),
                Pickable::IGNORE,
            ))
            .id();
        commands.entity(root).add_child(stud);
    }
    // The pack: an elliptic sleeve round the calf belly.
    let [cx, _, cz] = wrap.centre();
    let [width, _, depth] = wrap.size();
    let top = place.calf.max[1] - place.calf.size()[1] * 0.25;
    let bottom = place.calf.min[1] + place.calf.size()[1] * 0.2;
    let sleeve = Cylinder::new(0.5, top - bottom);
    let scale = Vec3::new(width * 1.25, 1.0, depth * 1.2);
    for (overlay, colour) in [
        (Overlay::Heat, Color::srgb(1.0, 0.45, 0.1)),
        (Overlay::Cold, Color::srgb(0.35, 0.7, 1.0)),
    ] {
        part(
            &mut commands,
            overlay,
            sleeve.into(),
            materials.add(translucent(colour, 0.38)),
            Transform::from_xyz(cx, (top + bottom) / 2.0, cz).with_scale(scale),
        );
    }
}

fn show_current_overlay(
    view: Res<CurrentView>,
    mut parts: Query<(&OverlayPart, &mut Visibility)>,
    added: Query<(), Added<OverlayPart>>,
) {
    if !view.is_changed() && added.is_empty() {
        return;
    }
    for (part, mut visibility) in &mut parts {
        let wanted = if view.0.overlay == Some(part.0) {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        };
        visibility.set_if_neq(wanted);
    }
}

/// Seconds for one stroke from the ankle to the top of the belly.
const STROKE_S: f32 = 1.6;

fn move_massage_strokes(
    time: Res<Time>,
    view: Res<CurrentView>,
    ui_settings: Res<UiSettings>,
    mut strokes: Query<(&MassageStroke, &mut Transform)>,
) {
    if view.0.overlay != Some(Overlay::Massage) {
        return;
    }
    let t = time.elapsed_secs() / STROKE_S;
    for (stroke, mut transform) in &mut strokes {
        // Reduced motion: the arrows stand still, spread along the calf (their direction
        // still says "upwards").
        let progress = if ui_settings.reduce_motion() {
            0.5
        } else {
            (t + stroke.phase).fract()
        };
        let wanted = stroke.rest + Vec3::Y * stroke.travel * (progress - 0.5);
        if transform.translation != wanted {
            transform.translation = wanted;
        }
    }
}

fn update_workload(
    view: Res<CurrentView>,
    bio: Option<Res<MotionData>>,
    mut load: ResMut<Workload>,
) {
    let Some(bio) = bio else { return };
    if view.0.overlay != Some(Overlay::Workload) || load.scenario == view.0.scenario {
        return;
    }
    let per_muscle = view
        .0
        .scenario
        .as_deref()
        .and_then(|id| bio.scenarios.get(id))
        .map(|scenario| workload(&bio.model, scenario))
        .unwrap_or_default();
    *load = Workload {
        scenario: view.0.scenario.clone(),
        per_muscle,
    };
}

/// The fibre-stretch map along a scale: 0 is half the best length, 1 one and a half times it.
pub fn stretch_along_scale(t: f32) -> [f32; 3] {
    colour::stretch(0.5 + t)
}

/// The words under the stretch scale (interface messages).
pub const STRETCH_WORDS: [&str; 3] = ["scale-short", "scale-best-length", "scale-stretched"];

/// The words under the activation scale.
pub const ACTIVATION_WORDS: [&str; 3] = ["scale-resting", "scale-half", "scale-full"];

/// The words under the workload scale.
pub const WORKLOAD_WORDS: [&str; 3] =
    ["scale-workload-0", "scale-workload-30", "scale-workload-60"];

/// What the overlay on the model means, under the view, with a button to hide it.
fn draw_legend(
    mut contexts: EguiContexts,
    view: Res<CurrentView>,
    panels: Res<ScenePanels>,
    mut requests: MessageWriter<ApplyView>,
) -> Result {
    let Some(overlay) = view.0.overlay else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let screen = ctx.viewport_rect();
    let mut close = false;
    egui::Area::new(egui::Id::new("overlay_legend"))
        .pivot(egui::Align2::CENTER_BOTTOM)
        .fixed_pos(egui::pos2(
            (screen.left() + panels.left + screen.right() - panels.right) / 2.0,
            screen.bottom() - panels.bottom - 8.0,
        ))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(
                    (screen.width() - panels.left - panels.right - 40.0).clamp(200.0, 460.0),
                );
                ui.label(ui.t(&overlay.legend_key()));
                match overlay {
                    Overlay::Workload => {
                        colour_scale(ui, colour::heat, WORKLOAD_WORDS);
                    }
                    Overlay::Stretch => {
                        colour_scale(ui, stretch_along_scale, STRETCH_WORDS);
                    }
                    _ => {}
                }
                close = ui.button(ui.t("overlay-hide")).clicked();
            });
        });
    if close {
        requests.write(ApplyView::edit(&view, |state| state.overlay = None));
    }
    Ok(())
}
