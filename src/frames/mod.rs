//! When frames are drawn, and how richly. The app draws only when something changes: input or a
//! window event (winit wakes it), a scenario playing, muscles still settling, the camera still
//! gliding, the massage overlay moving, data loading, a handout being taken. Idle, it draws
//! nothing, so a clinic laptop left open costs no CPU. On a software renderer (no GPU) the
//! automatic quality draws more cheaply (`core::quality::Quality::settings`); the user can
//! choose in the settings.

use std::time::Duration;

use bevy::core_pipeline::core_3d::DEPTH_PREPASS_TEXTURE_SUPPORTED;
use bevy::core_pipeline::prepass::DepthPrepass;
use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;
use bevy::render::renderer::RenderAdapterInfo;
use bevy::render::view::Msaa;
use bevy::render::view::screenshot::{Captured, Screenshot};
use bevy::window::{CursorMoved, RequestRedraw};
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_panorbit_camera::PanOrbitCamera;

use crate::anatomy::LegDetail;
use crate::automation::SceneReadiness;
use crate::core::overlay::Overlay;
use crate::core::quality::{Quality, is_software_renderer};
use crate::data::DataStatus;
use crate::explore::camera::{MainCamera, SceneLighting};
use crate::launch::LaunchConfig;
use crate::motion::{LegPose, is_playing};
use crate::present::handout::HandoutCapture;
use crate::state::CurrentView;
use crate::ui::UiSettings;

/// Windowed apps only: a headless app has no event loop to pace.
pub fn plugin(app: &mut App) {
    let automated = app
        .world()
        .get_resource::<LaunchConfig>()
        .is_some_and(LaunchConfig::is_automated);
    // Pictures and benchmarks measure frames: they run flat out.
    app.insert_resource(if automated {
        WinitSettings::continuous()
    } else {
        WinitSettings {
            focused_mode: UpdateMode::reactive_low_power(Duration::MAX),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::MAX),
        }
    })
    .init_resource::<SoftwareRenderer>()
    .add_systems(PostUpdate, keep_drawing_while_something_moves)
    .add_systems(Update, apply_quality);
}

/// Whether the renderer is a software one; `None` until it is known.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct SoftwareRenderer(pub Option<bool>);

fn apply_quality(
    adapter: Option<Res<RenderAdapterInfo>>,
    ui_settings: Res<UiSettings>,
    mut software_renderer: ResMut<SoftwareRenderer>,
    // One camera draws the window, the leg and egui (`explore::camera`).
    mut main_camera: Query<(Entity, &mut Msaa), With<MainCamera>>,
    mut leg_detail: ResMut<LegDetail>,
    mut lighting: ResMut<SceneLighting>,
    mut commands: Commands,
    camera_added: Query<(), Added<MainCamera>>,
    mut applied: Local<Option<(Quality, bool)>>,
) {
    if software_renderer.0.is_none()
        && let Some(adapter) = adapter
    {
        let software = is_software_renderer(&adapter.name, &format!("{:?}", adapter.device_type));
        let prepass = if DEPTH_PREPASS_TEXTURE_SUPPORTED {
            "a depth prepass, "
        } else {
            ""
        };
        info!(
            "renderer: {} ({:?}){}",
            adapter.name,
            adapter.device_type,
            if software {
                format!(
                    ": software, by default no multisampling, {prepass}a lighter mesh, a headlight"
                )
            } else {
                String::new()
            }
        );
        software_renderer.0 = Some(software);
    }
    let software = software_renderer.0.unwrap_or(false);
    let now = (ui_settings.quality, software);
    if *applied == Some(now) && camera_added.is_empty() {
        return;
    }
    *applied = Some(now);
    let settings = ui_settings.quality.settings(software);
    let wanted = if settings.msaa_samples > 1 {
        Msaa::Sample4
    } else {
        Msaa::Off
    };
    // Bevy's depth prepass copies the depth texture every frame, which WebGL2 cannot do (Bevy's
    // `DEPTH_PREPASS_TEXTURE_SUPPORTED`): Chromium logged a GL error a frame, and without the
    // prepass the cramp plays as fast there (SwiftShader, 2026-11-27: 4.4 frames a second
    // either way).
    for (camera, mut msaa) in &mut main_camera {
        msaa.set_if_neq(wanted);
        if settings.depth_prepass && DEPTH_PREPASS_TEXTURE_SUPPORTED {
            commands.entity(camera).insert(DepthPrepass);
        } else {
            commands.entity(camera).remove::<DepthPrepass>();
        }
    }
    leg_detail.set_if_neq(LegDetail(settings.mesh_detail));
    lighting.set_if_neq(SceneLighting(settings.lighting));
}

/// Any input this frame: a click, a key, a touch, the wheel, the pointer moving.
#[derive(bevy::ecs::system::SystemParam)]
struct InputThisFrame<'w, 's> {
    buttons: MessageReader<'w, 's, MouseButtonInput>,
    keys: MessageReader<'w, 's, KeyboardInput>,
    touches: MessageReader<'w, 's, TouchInput>,
    wheel: MessageReader<'w, 's, MouseWheel>,
    cursor: MessageReader<'w, 's, CursorMoved>,
}

impl InputThisFrame<'_, '_> {
    fn any(&mut self) -> bool {
        // `|`, not `||`: every reader is read, so each message counts once.
        (self.buttons.read().count()
            | self.keys.read().count()
            | self.touches.read().count()
            | self.wheel.read().count()
            | self.cursor.read().count())
            > 0
    }
}

/// Asks for the next frame while anything on screen is still moving, and for one frame after
/// any input: what a click changes (a dialog closing, a panel opening) is drawn a frame later.
fn keep_drawing_while_something_moves(
    mut input: InputThisFrame,
    status: Res<DataStatus>,
    readiness: Res<SceneReadiness>,
    view: Res<CurrentView>,
    leg: Option<Res<LegPose>>,
    handout: Res<HandoutCapture>,
    screenshots_waiting: Query<(), (With<Screenshot>, Without<Captured>)>,
    cameras: Query<&PanOrbitCamera, With<MainCamera>>,
    mut frames_waiting_for_a_picture: Local<u32>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let loading = !status.is_ready() || !readiness.is_complete();
    let animating = is_playing(&view.0)
        || view.0.overlay == Some(Overlay::Massage)
        || leg.is_some_and(|leg| leg.is_changed());
    let camera_moving = cameras.iter().any(is_gliding);
    let after_input = input.any();
    if loading
        || animating
        || camera_moving
        || after_input
        || handout.in_progress()
        || waiting_for_a_picture(&screenshots_waiting, &mut frames_waiting_for_a_picture)
        || view.is_changed()
    {
        redraw.write(RequestRedraw);
    }
}

/// Frames a screenshot may wait for its picture: Bevy skips a window it cannot draw to (one
/// minimised, say) and never retries, and an app waiting for that picture would never go idle.
const PICTURE_WAIT_FRAMES: u32 = 120;

/// Whether a screenshot is on its way. The picture comes back from the GPU frames after it is
/// taken, and is saved (or downloaded) in the frame that receives it: with no frame asked for,
/// a handout waited for the pointer's next move.
fn waiting_for_a_picture(
    screenshots_waiting: &Query<(), (With<Screenshot>, Without<Captured>)>,
    frames_waited: &mut u32,
) -> bool {
    if screenshots_waiting.is_empty() {
        *frames_waited = 0;
        return false;
    }
    *frames_waited = frames_waited.saturating_add(1);
    *frames_waited <= PICTURE_WAIT_FRAMES
}

/// Whether the orbit camera is still on its way to where it was sent.
fn is_gliding(camera: &PanOrbitCamera) -> bool {
    let apart = |a: Option<f32>, b: f32| a.is_none_or(|a| (a - b).abs() > 1e-4);
    apart(camera.yaw, camera.target_yaw)
        || apart(camera.pitch, camera.target_pitch)
        || apart(camera.radius, camera.target_radius)
        || camera.focus.distance(camera.target_focus) > 1e-5
}
