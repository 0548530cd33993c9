//! Cramp Explorer: a 3D lower leg that teaches what a calf cramp is.
//!
//! `core` is plain Rust (facts, geometry, view state). Each other module is one Bevy plugin
//! owning its components, resources and systems; [`plugin`] composes them.

use std::path::PathBuf;

use bevy::prelude::*;

pub mod anatomy;
pub mod automation;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod content;
/// The Bevy-free core crate, under its old name so `crate::core::…` paths read as before.
pub use cramp_core as core;
pub mod data_files;
pub mod explore;
pub mod motion;
pub mod overlays;
pub mod platform;
pub mod present;
pub mod state;
pub mod ui;

pub use anatomy::{AnatomyStatus, StructureId};
pub use state::{CurrentView, Notices};

use crate::core::view_state::ViewState;

/// How the app was asked to start: from the command line on the desktop, from the address
/// bar on the web, or by a test.
#[derive(Resource, Clone, Debug)]
pub struct LaunchConfig {
    pub window_size: (u32, u32),
    /// Save a PNG here once everything is drawn, then exit.
    pub screenshot: Option<PathBuf>,
    /// Render this many frames, print timings as JSON, then exit.
    pub benchmark_frames: Option<u32>,
    /// Asset root; `None` is the `assets/` folder beside the app.
    pub assets_dir: Option<PathBuf>,
    pub initial_view: ViewState,
    /// Messages for the user about the launch itself (e.g. an ignored URL parameter).
    pub notices: Vec<String>,
}

impl Default for LaunchConfig {
    fn default() -> Self {
        Self {
            window_size: (1280, 720),
            screenshot: None,
            benchmark_frames: None,
            assets_dir: None,
            initial_view: ViewState::default(),
            notices: Vec::new(),
        }
    }
}

/// The app's own features, without the engine: tests add these to a headless app.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        data_files::plugin,
        anatomy::plugin,
        motion::plugin,
        content::plugin,
        explore::plugin,
        overlays::plugin,
        present::plugin,
        ui::plugin,
        automation::plugin,
        platform::plugin,
        state::plugin,
    ));
}

/// The full windowed app.
pub fn build_app(config: LaunchConfig) -> App {
    let mut app = App::new();
    let (width, height) = config.window_size;
    let asset_root = config
        .assets_dir
        .as_ref()
        .map(|dir| dir.to_string_lossy().into_owned())
        .unwrap_or_else(|| "assets".to_owned());
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
            .set(AssetPlugin {
                file_path: asset_root,
                // Data files are small; a missing .meta file must not cost a request each.
                meta_check: bevy::asset::AssetMetaCheck::Never,
                ..default()
            }),
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
    app.add_plugins(plugin);
    app
}
