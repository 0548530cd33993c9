//! Cramp Explorer: a 3D lower leg that teaches what a calf cramp is.
//!
//! `core` is the Bevy-free crate (facts, geometry, biomechanics, view state). Each module here
//! is one Bevy plugin owning its components, resources, systems and panels; a module uses only
//! modules listed above it (`docs/architecture.md`, checked by `tests/architecture.rs`):
//!
//! - leaves: `launch` (how the app was started), `settings` (the user's stored choices),
//!   `data` (every data file, one loader), `ui` (what all panels share)
//! - `state` (the one view state and the one way to change it)
//! - features: `anatomy`, `motion`, `overlays`, `content`, `explore`, `present`, `help`
//! - around them: `automation` (pictures, benchmarks, exports), `frames` (draw only when
//!   something moves; quality), `platform` (the web page), `cli` (the desktop command line)

use bevy::prelude::*;

pub mod anatomy;
pub mod automation;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod content;
/// The Bevy-free core crate, under its old name so `crate::core::…` paths read as before.
pub use cramp_core as core;
pub mod data;
pub mod explore;
pub mod frames;
pub mod help;
pub mod launch;
pub mod motion;
pub mod overlays;
pub mod platform;
pub mod present;
pub mod settings;
pub mod state;
pub mod ui;

pub use anatomy::StructureId;
pub use launch::LaunchConfig;
pub use state::{CurrentView, Notices};

/// The app's own features, without the engine: tests add these to a headless app.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        settings::plugin,
        data::plugin,
        ui::plugin,
        state::plugin,
        anatomy::plugin,
        motion::plugin,
        overlays::plugin,
        content::plugin,
        explore::plugin,
        present::plugin,
        help::plugin,
        automation::plugin,
        platform::plugin,
    ));
}

/// Data files from the configured folder (a folder on the desktop, the server on the web).
fn asset_plugin(config: &LaunchConfig) -> AssetPlugin {
    AssetPlugin {
        file_path: config.asset_root(),
        // Data files are small; a missing .meta file must not cost a request each.
        meta_check: bevy::asset::AssetMetaCheck::Never,
        ..default()
    }
}

/// The full windowed app.
pub fn build_app(config: LaunchConfig) -> App {
    let mut app = App::new();
    let (width, height) = config.window_size;
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Cramp Explorer".into(),
                    resolution: (width, height).into(),
                    // Web: draw into the page's canvas, which CSS sizes to the whole page.
                    canvas: Some("#cramp-explorer".into()),
                    fit_canvas_to_parent: true,
                    prevent_default_event_handling: true,
                    ..default()
                }),
                ..default()
            })
            .set(asset_plugin(&config)),
    );
    app.add_plugins((
        bevy_egui::EguiPlugin::default(),
        MeshPickingPlugin,
        bevy_panorbit_camera::PanOrbitCameraPlugin,
    ));
    // Panels are egui Panels: hovering one must not orbit the camera.
    app.insert_resource(bevy_panorbit_camera::EguiFocusIncludesHover(true));
    app.insert_resource(ClearColor(Color::srgb(0.13, 0.15, 0.18)));
    app.insert_resource(config);
    app.add_plugins((plugin, frames::plugin));
    app
}

/// The app's own plugins on a minimal Bevy: no window, no renderer, settings only in memory
/// (a test never reads or writes the user's own).
#[cfg(not(target_arch = "wasm32"))]
pub fn build_headless_app(mut config: LaunchConfig) -> App {
    let mut app = App::new();
    config.settings = launch::SettingsFile::InMemory;
    app.add_plugins((
        MinimalPlugins,
        asset_plugin(&config),
        bevy::input::InputPlugin,
    ));
    app.init_asset::<Mesh>().init_asset::<StandardMaterial>();
    app.insert_resource(config);
    app.add_plugins(plugin);
    app
}
