//! The orbit camera (mouse, wheel and touch via `bevy_panorbit_camera`), its preset views, and
//! the off-centre projection that keeps the leg centred beside the panels.

use bevy::camera::primitives::{Aabb, Frustum};
use bevy::camera::visibility::VisibilitySystems;
use bevy::camera::{CameraUpdateSystems, SubCameraView};
use bevy::core_pipeline::tonemapping::Tonemapping;
use bevy::input::gestures::PinchGesture;
use bevy::input::mouse::MouseWheel;
use bevy::math::primitives::ViewFrustum;
use bevy::prelude::*;
use bevy::transform::TransformSystems;
use bevy::window::PrimaryWindow;
use bevy_egui::PrimaryEguiContext;
use bevy_panorbit_camera::{
    ActiveCameraData, EguiWantsFocus, PanOrbitCamera, PanOrbitCameraSystemSet,
};

use crate::anatomy::StructureId;
use crate::core::quality::Lighting;
use crate::core::view_state::ViewPreset;
use crate::state::{CameraMove, CurrentView, ViewApplied, ViewUpdate};
use crate::ui::{ScenePanels, UiSettings};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SceneLighting>()
        .add_systems(Startup, spawn_camera_and_lights)
        .add_systems(
            PostUpdate,
            (
                aim_orbit_input
                    .before(PanOrbitCameraSystemSet)
                    .run_if(resource_exists::<EguiWantsFocus>),
                light_the_leg
                    .after(PanOrbitCameraSystemSet)
                    .before(TransformSystems::Propagate),
                cull_with_the_frustum_drawn
                    .after(VisibilitySystems::UpdateFrusta)
                    .after(CameraUpdateSystems)
                    .before(VisibilitySystems::CheckVisibility),
            ),
        )
        .add_systems(
            Update,
            (follow_view_state, centre_the_leg_beside_panels)
                .chain()
                .after(ViewUpdate),
        );
}

/// The middle of the leg shown (10 cm above the knee centre to the sole, 0.54 m), a little
/// low so that a pointed foot stays in view, where the camera looks.
const LEG_CENTRE: Vec3 = Vec3::new(-0.01, -0.18, 0.03);
/// Close enough that the leg fills most of the view's height (a 45 degree field of view sees
/// 0.71 m at this distance), far enough to keep a pointed foot in.
const HOME_RADIUS: f32 = 0.86;
/// The opening view: from behind and a little to the inside, where the two gastrocnemius heads
/// and the soleus beneath them are seen together.
const HOME_YAW_PITCH: (f32, f32) = (std::f32::consts::PI - 0.45, 0.12);

#[derive(Component)]
pub struct MainCamera;

fn spawn_camera_and_lights(mut commands: Commands) {
    // Which camera takes the pointer is set here (`aim_orbit_input`), not by the orbit plugin.
    commands.insert_resource(ActiveCameraData {
        manual: true,
        ..default()
    });
    let (yaw, pitch) = HOME_YAW_PITCH;
    commands.spawn((
        MainCamera,
        Camera3d::default(),
        // egui draws through this camera too: one pass over the window, not two.
        PrimaryEguiContext,
        // Bevy's default, TonyMcMapface, reads a lookup table; this analytic transform by the
        // same author looks the same here (side by side, 2026-11-27) and keeps the tables and
        // their decoder (0.6 MB gzip) out of the web download.
        Tonemapping::SomewhatBoringDisplayTransform,
        Transform::from_translation(LEG_CENTRE + Vec3::new(0.0, 0.0, HOME_RADIUS))
            .looking_at(LEG_CENTRE, Vec3::Y),
        PanOrbitCamera {
            focus: LEG_CENTRE,
            radius: Some(HOME_RADIUS),
            yaw: Some(yaw),
            pitch: Some(pitch),
            // The leg can't be lost: no zooming through it or away to a speck.
            zoom_lower_limit: 0.25,
            zoom_upper_limit: Some(3.0),
            focus_bounds_origin: LEG_CENTRE,
            focus_bounds_shape: Some(Sphere::new(0.5).into()),
            button_pan: MouseButton::Right,
            touch_enabled: true,
            ..default()
        },
        // Soft even light from the camera's side, so nothing the user turns to is in the dark.
        AmbientLight {
            color: Color::srgb(0.85, 0.9, 1.0),
            brightness: 350.0,
            ..default()
        },
    ));
    // Key light from above front-medial (or the headlight: `light_the_leg`).
    commands.spawn((
        KeyLight,
        DirectionalLight {
            illuminance: KEY_LUX,
            shadow_maps_enabled: false,
            ..default()
        },
        key_light_in_the_studio(),
    ));
    // Fill from behind-lateral: a point light, as WebGL2 allows only one directional light.
    commands.spawn((
        FillOrRimLight,
        PointLight {
            intensity: 400_000.0,
            range: 10.0,
            shadow_maps_enabled: false,
            ..default()
        },
        Transform::from_xyz(-1.2, 0.5, -1.8),
    ));
    // Rim from high behind-medial: a bright edge that lifts the calf's outline off the
    // background.
    commands.spawn((
        FillOrRimLight,
        PointLight {
            color: Color::srgb(1.0, 0.96, 0.9),
            intensity: 250_000.0,
            range: 10.0,
            shadow_maps_enabled: false,
            ..default()
        },
        Transform::from_xyz(0.9, 1.0, -1.2),
    ));
}

/// How the leg is lit now (`frames` sets it from the picture quality).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct SceneLighting(pub Lighting);

/// The directional light: the studio's key light, or the headlight.
#[derive(Component)]
struct KeyLight;

/// The studio's fill and rim lights, hidden under the headlight.
#[derive(Component)]
struct FillOrRimLight;

const KEY_LUX: f32 = 9_000.0;
/// A little brighter than the key light, standing in for the fill and rim as well.
const HEADLIGHT_LUX: f32 = 10_000.0;
/// The headlight's rays, turned from the camera's view by a yaw and a pitch (radians): 20
/// degrees to the left and 26 down, so the light comes from over the viewer's right shoulder
/// and surfaces keep their shading instead of looking flat.
const HEADLIGHT_RAYS_TURN: (f32, f32) = (0.35, -0.45);

fn key_light_in_the_studio() -> Transform {
    Transform::from_xyz(0.6, 1.2, 1.0).looking_at(Vec3::ZERO, Vec3::Y)
}

/// Sets up the chosen lighting, and turns the headlight with the camera.
fn light_the_leg(
    lighting: Res<SceneLighting>,
    camera: Single<Ref<Transform>, (With<MainCamera>, Without<KeyLight>)>,
    mut key: Single<(&mut Transform, &mut DirectionalLight), With<KeyLight>>,
    mut studio: Query<&mut Visibility, With<FillOrRimLight>>,
) {
    let headlight = lighting.0 == Lighting::Headlight;
    if lighting.is_changed() {
        let shown = if headlight {
            Visibility::Hidden
        } else {
            Visibility::Inherited
        };
        for mut visibility in &mut studio {
            visibility.set_if_neq(shown);
        }
        let (transform, light) = &mut *key;
        light.illuminance = if headlight { HEADLIGHT_LUX } else { KEY_LUX };
        if !headlight {
            **transform = key_light_in_the_studio();
        }
    }
    if headlight && (lighting.is_changed() || camera.is_changed()) {
        let (yaw, pitch) = HEADLIGHT_RAYS_TURN;
        let rotation = camera.rotation * Quat::from_euler(EulerRot::YXZ, yaw, pitch, 0.0);
        key.0.set_if_neq(Transform::from_rotation(rotation));
    }
}

fn glide_to_view(camera: &mut PanOrbitCamera, preset: Option<ViewPreset>) {
    let (yaw, pitch) = preset.map_or(HOME_YAW_PITCH, ViewPreset::yaw_pitch);
    camera.target_yaw = yaw;
    camera.target_pitch = pitch;
    camera.target_focus = LEG_CENTRE;
    camera.target_radius = HOME_RADIUS;
}

/// Moves the camera as a newly applied view asks: jumps to the launch view, glides to a new
/// preset (or to the same one when asked), or closes in on the selection.
fn follow_view_state(
    mut applied: MessageReader<ViewApplied>,
    view: Res<CurrentView>,
    structures: Query<(&StructureId, &GlobalTransform, &Aabb)>,
    mut cameras: Query<&mut PanOrbitCamera, With<MainCamera>>,
    mut last_preset: Local<Option<ViewPreset>>,
    ui_settings: Res<UiSettings>,
) {
    let reduced = ui_settings.reduce_motion();
    if ui_settings.is_changed() {
        // Reduced motion: the camera follows a drag or the wheel at once, without easing.
        let eased = PanOrbitCamera::default();
        let (orbit, pan, zoom) = if reduced {
            (0.0, 0.0, 0.0)
        } else {
            (
                eased.orbit_smoothness,
                eased.pan_smoothness,
                eased.zoom_smoothness,
            )
        };
        for mut camera in &mut cameras {
            camera.orbit_smoothness = orbit;
            camera.pan_smoothness = pan;
            camera.zoom_smoothness = zoom;
        }
    }
    for applied in applied.read() {
        let preset_changed = *last_preset != view.0.view;
        *last_preset = view.0.view;
        for mut camera in &mut cameras {
            match applied.camera {
                CameraMove::FocusSelection => {
                    let target = view
                        .0
                        .select
                        .as_deref()
                        .and_then(|id| structures.iter().find(|(s, _, _)| s.0 == id));
                    if let Some((_, transform, aabb)) = target {
                        let centre = transform.transform_point(Vec3::from(aabb.center));
                        let size = Vec3::from(aabb.half_extents).length() * 2.0;
                        camera.target_focus = centre;
                        camera.target_radius = (size * 2.2).clamp(0.3, 1.2);
                    }
                }
                CameraMove::Glide => glide_to_view(&mut camera, view.0.view),
                CameraMove::Keep if preset_changed => glide_to_view(&mut camera, view.0.view),
                CameraMove::Keep => {}
                CameraMove::Jump => glide_to_view(&mut camera, view.0.view),
            }
            if applied.camera == CameraMove::Jump || reduced {
                // Current = target, and the camera must redraw from them (it only moves its
                // transform when something differs).
                camera.yaw = Some(camera.target_yaw);
                camera.pitch = Some(camera.target_pitch);
                camera.radius = Some(camera.target_radius);
                camera.focus = camera.target_focus;
                camera.force_update = true;
            }
        }
    }
}

/// Centres the leg in the part of the window the panels leave free, at the scale it would
/// have if only that part were drawn: the camera draws the whole window (egui with it), with an
/// off-centre projection whose full image is the free part.
fn centre_the_leg_beside_panels(
    panels: Res<ScenePanels>,
    ui_settings: Res<UiSettings>,
    window: Single<&Window, With<PrimaryWindow>>,
    mut cameras: Query<&mut Camera, With<MainCamera>>,
) {
    // The panels are measured in egui points, which the text size (egui's zoom) enlarges.
    let scale = window.scale_factor() * ui_settings.ui_scale;
    let (width, height) = (window.physical_width(), window.physical_height());
    let left = (panels.left * scale) as u32;
    let right = (panels.right * scale) as u32;
    let top = (panels.top * scale) as u32;
    let bottom = (panels.bottom * scale) as u32;
    let view = (width > left + right + 1 && height > top + bottom + 1).then(|| SubCameraView {
        full_size: UVec2::new(width - left - right, height - top - bottom),
        offset: Vec2::new(-(left as f32), -(top as f32)),
        size: UVec2::new(width, height),
    });
    for mut camera in &mut cameras {
        if camera.sub_camera_view != view {
            camera.sub_camera_view = view;
        }
    }
}

/// bevy_panorbit_camera would take input anywhere in its camera's viewport, which is the whole
/// window: a wheel over the Learn panel would zoom the leg. The orbit takes only input that
/// starts where the leg is drawn (a drag that starts there goes on over a panel), and pans at
/// the scale the leg is drawn at, so the leg follows the pointer.
fn aim_orbit_input(
    mut active: ResMut<ActiveCameraData>,
    mouse: Res<ButtonInput<MouseButton>>,
    mut wheel: MessageReader<MouseWheel>,
    mut pinch: MessageReader<PinchGesture>,
    touches: Res<Touches>,
    egui_focus: Res<EguiWantsFocus>,
    window: Single<&Window, With<PrimaryWindow>>,
    cameras: Query<(Entity, &Camera), With<MainCamera>>,
) {
    // As the plugin does: a touch decides only when every finger down has just landed (a
    // second finger joining a pinch does not re-decide).
    let touch_starts =
        touches.any_just_pressed() && touches.iter_just_pressed().count() == touches.iter().count();
    let starts = mouse.get_just_pressed().next().is_some()
        || !wheel.is_empty()
        || !pinch.is_empty()
        || touch_starts;
    wheel.clear();
    pinch.clear();
    let (Ok((camera_entity, camera)), true) = (cameras.single(), starts) else {
        return;
    };
    let Some(scene) = scene_rect(camera) else {
        return;
    };
    let at = window
        .cursor_position()
        .or_else(|| touches.first_pressed_position());
    let on_the_leg =
        at.is_some_and(|at| scene.contains(at)) && !egui_focus.prev && !egui_focus.curr;
    // The plugin pans by the view's angle over this size: the window's shape at the height
    // the picture is drawn for.
    let size = window.size();
    let drawn = Vec2::new(size.x * scene.height() / size.y.max(1.0), scene.height());
    active.set_if_neq(ActiveCameraData {
        entity: on_the_leg.then_some(camera_entity),
        viewport_size: Some(drawn),
        window_size: Some(size),
        manual: true,
    });
}

/// The part of the window the leg is centred in (what the panels leave free), in logical
/// pixels, as `Camera::world_to_viewport` answers.
pub(super) fn scene_rect(camera: &Camera) -> Option<Rect> {
    let Some(view) = camera.sub_camera_view else {
        return camera.logical_viewport_rect();
    };
    let scale = camera.target_scaling_factor()?;
    let min = -view.offset / scale;
    Some(Rect::from_corners(
        min,
        min + view.full_size.as_vec2() / scale,
    ))
}

/// Bevy culls with the projection's centred frustum, which ignores the off-centre projection
/// (`SubCameraView`): in a tall narrow window it would cull bones at the sides of the leg.
/// This gives culling the frustum of the picture drawn.
fn cull_with_the_frustum_drawn(
    mut cameras: Query<
        (&Camera, &GlobalTransform, &Projection, &mut Frustum),
        (
            With<MainCamera>,
            Or<(
                Changed<Camera>,
                Changed<GlobalTransform>,
                Changed<Projection>,
            )>,
        ),
    >,
) {
    for (camera, transform, projection, mut frustum) in &mut cameras {
        if camera.sub_camera_view.is_none() {
            continue;
        }
        let clip_from_world = camera.clip_from_view() * transform.affine().inverse();
        frustum.0 = ViewFrustum::from_clip_from_world_custom_far(
            &clip_from_world,
            &transform.translation(),
            &transform.back(),
            projection.far(),
        );
    }
}
