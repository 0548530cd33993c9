//! How richly frames are drawn: on a software renderer (no GPU) the automatic quality drops
//! multisampling; the user can choose in the settings. (Drawing only when something moves is
//! issue 18's next step: a first try with winit's reactive mode left the first-start notice on
//! screen after it was accepted in headless Chromium, so frames are continuous for now.)

use bevy::prelude::*;
use bevy::render::renderer::RenderAdapterInfo;
use bevy::render::view::Msaa;

use crate::core::quality::{Quality, is_software_renderer};
use crate::settings::Settings;
use crate::ui::UiSettings;

/// Windowed apps only: a headless app has no renderer.
pub fn plugin(app: &mut App) {
    app.init_resource::<SoftwareRenderer>()
        .add_systems(Startup, load_quality)
        .add_systems(Update, apply_quality);
}

/// Whether the renderer is a software one; `None` until it is known.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct SoftwareRenderer(pub Option<bool>);

/// Setting key for the quality choice (the panel edits `UiSettings::quality`).
const QUALITY_KEY: &str = "quality";

fn load_quality(settings: Res<Settings>, mut ui_settings: ResMut<UiSettings>) {
    ui_settings.quality = settings
        .get(QUALITY_KEY)
        .and_then(Quality::from_name)
        .unwrap_or_default();
}

fn apply_quality(
    adapter: Option<Res<RenderAdapterInfo>>,
    ui_settings: Res<UiSettings>,
    mut settings: ResMut<Settings>,
    mut software_renderer: ResMut<SoftwareRenderer>,
    // Every camera drawing into the window (the 3D view and egui's overlay) gets the same
    // setting: cameras with different sample counts do not share the window's texture, and the
    // overlay's then kept old pixels (a closed dialog stayed on screen).
    mut cameras: Query<&mut Msaa, With<Camera>>,
    cameras_added: Query<(), Added<Camera>>,
    mut applied: Local<Option<(Quality, bool)>>,
) {
    if software_renderer.0.is_none()
        && let Some(adapter) = adapter
    {
        let software = is_software_renderer(&adapter.name, &format!("{:?}", adapter.device_type));
        info!(
            "renderer: {} ({:?}){}",
            adapter.name,
            adapter.device_type,
            if software {
                ": software, no multisampling by default"
            } else {
                ""
            }
        );
        software_renderer.0 = Some(software);
    }
    let software = software_renderer.0.unwrap_or(false);
    let now = (ui_settings.quality, software);
    if *applied == Some(now) && cameras_added.is_empty() {
        return;
    }
    if applied.is_some_and(|(chosen, _)| chosen != now.0) {
        settings.set(QUALITY_KEY, now.0.name());
    }
    *applied = Some(now);
    let samples = ui_settings.quality.msaa_samples(software);
    let wanted = if samples > 1 {
        Msaa::Sample4
    } else {
        Msaa::Off
    };
    for mut msaa in &mut cameras {
        msaa.set_if_neq(wanted);
    }
}
