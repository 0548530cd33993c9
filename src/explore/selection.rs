//! Picking: hovering names a structure, a click or tap selects it, a double click focuses on
//! it, a click on empty space deselects. The selection lives in the one view state; each pick
//! is also announced ([`Picked`]) for whoever waits for one (the quiz).

use bevy::camera::NormalizedRenderTarget;
use bevy::picking::PickingSystems;
use bevy::picking::backend::{HitData, PointerHits};
use bevy::picking::events::{Click, Out, Over, Pointer, Press};
use bevy::picking::pointer::{PointerId, PointerLocation};
use bevy::prelude::*;

use super::camera::{MainCamera, scene_rect};
use crate::anatomy::StructureId;
use crate::launch::LaunchConfig;
use crate::state::{ApplyView, CameraMove, CurrentView};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Hovered>()
        .add_message::<Picked>()
        .init_resource::<PressPosition>()
        .add_systems(
            PreUpdate,
            panels_cover_the_leg
                .in_set(PickingSystems::Backend)
                .run_if(resource_exists::<Messages<PointerHits>>),
        )
        .add_observer(on_press)
        .add_observer(on_click)
        .add_observer(on_over)
        .add_observer(on_out);
}

/// The structure under the pointer, if any.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Hovered(pub Option<String>);

/// The user picked this structure on the model (or empty space: `None`).
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Picked(pub Option<String>);

/// Where the last press happened, to tell a click from the end of a camera drag.
#[derive(Resource, Clone, Copy, Debug, Default)]
struct PressPosition(Option<Vec2>);

/// A press and release further apart than this (logical pixels) orbited the camera.
const CLICK_SLOP_PX: f32 = 6.0;

/// The camera draws the whole window, the leg behind the panels too (`camera`): a pointer over
/// a panel picks nothing behind it, as on an empty spot (the window, above the leg).
fn panels_cover_the_leg(
    pointers: Query<(&PointerId, &PointerLocation)>,
    cameras: Query<(Entity, &Camera), With<MainCamera>>,
    mut hits: MessageWriter<PointerHits>,
) {
    let Ok((camera_entity, camera)) = cameras.single() else {
        return;
    };
    let Some(scene) = scene_rect(camera) else {
        return;
    };
    for (pointer, location) in &pointers {
        let Some(location) = &location.location else {
            continue;
        };
        let NormalizedRenderTarget::Window(window) = location.target else {
            continue;
        };
        if scene.contains(location.position) {
            continue;
        }
        let window = window.entity();
        // Above the leg's hits (the camera's order), below egui's own.
        hits.write(PointerHits::new(
            *pointer,
            vec![(window, HitData::new(camera_entity, 0.0, None, None))],
            camera.order as f32 + 0.5,
        ));
    }
}

fn on_press(press: On<Pointer<Press>>, mut position: ResMut<PressPosition>) {
    position.0 = Some(press.pointer_location.position);
}

fn on_click(
    click: On<Pointer<Click>>,
    structures: Query<&StructureId>,
    windows: Query<(), With<Window>>,
    press: Res<PressPosition>,
    hovered: Res<Hovered>,
    view: Res<CurrentView>,
    mut requests: MessageWriter<ApplyView>,
    mut picked: MessageWriter<Picked>,
) {
    if click.button != PointerButton::Primary {
        return;
    }
    let moved = press
        .0
        .map(|at| at.distance(click.pointer_location.position))
        .unwrap_or(0.0);
    if moved > CLICK_SLOP_PX {
        return;
    }
    let id = if let Ok(id) = structures.get(click.entity) {
        Some(id.0.clone())
    } else if windows.contains(click.entity) && hovered.0.is_none() {
        // The window is clicked too when a structure is (Bevy's window backend sees every
        // pointer); only a click with nothing under the pointer deselects.
        None
    } else {
        return;
    };
    info!("picked {}", id.as_deref().unwrap_or("nothing"));
    let camera = if id.is_some() && click.count >= 2 {
        CameraMove::FocusSelection
    } else {
        CameraMove::Keep
    };
    requests.write(
        ApplyView::edit(&view, |state| state.select_structure(id.clone())).with_camera(camera),
    );
    picked.write(Picked(id));
}

fn on_over(
    over: On<Pointer<Over>>,
    structures: Query<&StructureId>,
    config: Option<Res<LaunchConfig>>,
    mut hovered: ResMut<Hovered>,
) {
    // A screenshot shows the state it was asked for, not wherever the pointer happens to rest.
    if config.is_some_and(|c| c.screenshot.is_some()) {
        return;
    }
    if let Ok(id) = structures.get(over.entity) {
        hovered.0 = Some(id.0.clone());
    }
}

fn on_out(out: On<Pointer<Out>>, structures: Query<&StructureId>, mut hovered: ResMut<Hovered>) {
    if let Ok(id) = structures.get(out.entity)
        && hovered.0.as_ref() == Some(&id.0)
    {
        hovered.0 = None;
    }
}
