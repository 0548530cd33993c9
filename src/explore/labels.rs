//! Name labels on the model with leader lines: the muscles and the Achilles tendon the user can
//! see (not hidden behind others), stacked in two columns beside the leg so they never pile up.

use bevy::camera::primitives::Aabb;
use bevy::picking::mesh_picking::ray_cast::{MeshRayCast, MeshRayCastSettings, RayCastVisibility};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::camera::{MainCamera, scene_rect};
use crate::anatomy::{StructureId, SystemOf};
use crate::core::anatomy::BodySystem;
use crate::data::Atlas;
use crate::motion::LegPose;
use crate::state::CurrentView;
use crate::ui::UiPass;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (draw_labels, draw_hover_label).in_set(UiPass::Overlays),
    );
}

/// Vertical room for one label, logical pixels.
const ROW: f32 = 18.0;
/// Horizontal distance of the label columns from the leg's centre, logical pixels.
const COLUMN_OFFSET: f32 = 150.0;

#[derive(Clone)]
struct Anchor {
    at: egui::Pos2,
    text: String,
}

/// The labels worked out for one camera position and one state of the model: casting a ray
/// per structure is kept for when something moved.
#[derive(Default)]
pub(super) struct LabelCache {
    /// Camera placement, projection, the part of the window drawn for, changes counted.
    key: Option<(Mat4, Mat4, egui::Rect, u64)>,
    changes: u64,
    centre_x: f32,
    left: Vec<Anchor>,
    right: Vec<Anchor>,
}

/// Stacks labels downwards from their anchors' heights, at least one row apart.
fn stack(mut anchors: Vec<Anchor>) -> Vec<(Anchor, f32)> {
    anchors.sort_by(|a, b| a.at.y.total_cmp(&b.at.y));
    let mut next = f32::MIN;
    anchors
        .into_iter()
        .map(|anchor| {
            let y = anchor.at.y.max(next);
            next = y + ROW;
            (anchor, y)
        })
        .collect()
}

fn draw_labels(
    mut contexts: EguiContexts,
    atlas: Option<Res<Atlas>>,
    cameras: Query<(&Camera, &GlobalTransform), With<MainCamera>>,
    structures: StructureQuery,
    mut ray_cast: MeshRayCast,
    leg: Option<Res<LegPose>>,
    view: Res<CurrentView>,
    shown_or_hidden: Query<(), (With<StructureId>, Changed<InheritedVisibility>)>,
    mut cache: Local<LabelCache>,
) -> Result {
    let (Some(atlas), true) = (atlas, view.0.labels) else {
        return Ok(());
    };
    // A new language renames everything. What is shown follows a new view a frame later
    // (Bevy works out visibility after this system has run): a structure shown or hidden may
    // reveal or cover another's label, as the skin covers every muscle.
    if leg.is_some_and(|l| l.is_changed())
        || view.is_changed()
        || atlas.is_changed()
        || !shown_or_hidden.is_empty()
    {
        cache.changes += 1;
    }
    let Ok((camera, camera_transform)) = cameras.single() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let Some(viewport) = scene_rect(camera) else {
        return Ok(());
    };
    // `world_to_viewport` answers in logical window pixels; egui works in points.
    let zoom = ctx.zoom_factor();
    let to_egui = |p: Vec2| egui::pos2(p.x / zoom, p.y / zoom);
    let view_rect = egui::Rect::from_min_max(to_egui(viewport.min), to_egui(viewport.max));
    let Ok(leg_centre) = camera.world_to_viewport(camera_transform, Vec3::new(0.0, -0.2, 0.0))
    else {
        return Ok(());
    };
    // The projection too: a panel that opens or closes moves the leg's picture (`camera`), and
    // Bevy may work the new projection out after this system has run.
    let key = Some((
        camera_transform.to_matrix(),
        camera.clip_from_view(),
        view_rect,
        cache.changes,
    ));
    if cache.key != key {
        cache.key = key;
        cache.centre_x = to_egui(leg_centre).x;
        (cache.left, cache.right) = visible_anchors(
            &atlas,
            camera,
            camera_transform,
            &structures,
            &mut ray_cast,
            cache.centre_x,
            zoom,
        );
    }
    let centre_x = cache.centre_x;
    let (left, right) = (cache.left.clone(), cache.right.clone());
    let painter = ctx
        .layer_painter(egui::LayerId::new(
            egui::Order::Middle,
            egui::Id::new("labels"),
        ))
        .with_clip_rect(view_rect);
    let font = egui::FontId::proportional(13.0);
    for (column, side) in [(stack(left), -1.0f32), (stack(right), 1.0)] {
        for (anchor, y) in column {
            let x = centre_x + side * COLUMN_OFFSET;
            let align = if side < 0.0 {
                egui::Align2::RIGHT_CENTER
            } else {
                egui::Align2::LEFT_CENTER
            };
            let text_at = egui::pos2(x + side * 4.0, y);
            painter.circle_filled(anchor.at, 2.5, egui::Color32::WHITE);
            painter.line_segment(
                [anchor.at, egui::pos2(x, y)],
                egui::Stroke::new(1.0, egui::Color32::from_white_alpha(150)),
            );
            // A dark backing keeps the text readable over red muscle.
            let galley =
                painter.layout_no_wrap(anchor.text.clone(), font.clone(), egui::Color32::WHITE);
            let rect = align.anchor_size(text_at, galley.size());
            painter.rect_filled(rect.expand(3.0), 3.0, egui::Color32::from_black_alpha(170));
            painter.galley(rect.min, galley, egui::Color32::WHITE);
        }
    }
    Ok(())
}

type StructureQuery<'w, 's> = Query<
    'w,
    's,
    (
        Entity,
        &'static StructureId,
        &'static SystemOf,
        &'static GlobalTransform,
        &'static Aabb,
        &'static InheritedVisibility,
    ),
>;

/// The labelled structures the user can see, split into the left and the right column.
fn visible_anchors(
    atlas: &Atlas,
    camera: &Camera,
    camera_transform: &GlobalTransform,
    structures: &StructureQuery,
    ray_cast: &mut MeshRayCast,
    centre_x: f32,
    zoom: f32,
) -> (Vec<Anchor>, Vec<Anchor>) {
    let to_egui = |p: Vec2| egui::pos2(p.x / zoom, p.y / zoom);
    let eye = camera_transform.translation();
    // Only structures count as in the way: overlays (packs, pads) are see-through aids.
    let is_structure = |entity: Entity| structures.contains(entity);
    let settings = MeshRayCastSettings::default()
        .with_visibility(RayCastVisibility::Visible)
        .with_filter(&is_structure);
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for (entity, id, system, transform, aabb, visible) in structures {
        let labelled = system.0 == BodySystem::Muscle || id.0 == "calcaneal_tendon";
        if !labelled || !visible.get() {
            continue;
        }
        let anchor = transform.transform_point(Vec3::from(aabb.center));
        // Only structures the user can see: the first thing a ray from the eye towards the
        // structure's centre meets must be the structure itself.
        let Ok(direction) = Dir3::new(anchor - eye) else {
            continue;
        };
        let first_hit = ray_cast
            .cast_ray(Ray3d::new(eye, direction), &settings)
            .first()
            .map(|(hit, _)| *hit);
        if first_hit != Some(entity) {
            continue;
        }
        let (Ok(screen), Some(structure)) = (
            camera.world_to_viewport(camera_transform, anchor),
            atlas.0.structure(&id.0),
        ) else {
            continue;
        };
        let at = to_egui(screen);
        let item = Anchor {
            at,
            text: structure.name.clone(),
        };
        if at.x < centre_x {
            left.push(item)
        } else {
            right.push(item)
        }
    }
    (left, right)
}

/// The name of the structure under the pointer, next to the pointer.
fn draw_hover_label(
    mut contexts: EguiContexts,
    hovered: Res<super::selection::Hovered>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_labels_never_overlap_and_keep_their_order() {
        let anchors = [30.0, 31.0, 32.0, 100.0, 10.0]
            .into_iter()
            .map(|y| Anchor {
                at: egui::pos2(0.0, y),
                text: format!("{y}"),
            })
            .collect();
        let placed = stack(anchors);
        let ys: Vec<f32> = placed.iter().map(|(_, y)| *y).collect();
        assert_eq!(ys, vec![10.0, 30.0, 48.0, 66.0, 100.0]);
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= ROW));
    }
}
