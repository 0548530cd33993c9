//! How the app was asked to start: from the command line on the desktop, from the address bar
//! on the web, or by a test.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::core::i18n::Message;
use crate::core::view_state::ViewState;

/// Where the user's settings (language, first-start notice, quiz progress) are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SettingsFile {
    /// The platform's place: the config folder on the desktop, browser storage on the web.
    #[default]
    Platform,
    /// Nowhere: forgotten at exit (tests, pictures, benchmarks never read the user's own).
    InMemory,
    /// This file (desktop).
    At(PathBuf),
}

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
    pub notices: Vec<Message>,
    pub settings: SettingsFile,
    /// The system's or browser's language tag (`es-ES`), for the first start.
    pub system_language: Option<String>,
    /// The system's or browser's "reduce motion" preference.
    pub system_prefers_reduced_motion: bool,
    /// Text and control size for this run (1 = 100 %), over the remembered one.
    pub text_size: Option<f32>,
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
            settings: SettingsFile::Platform,
            system_language: None,
            system_prefers_reduced_motion: false,
            text_size: None,
        }
    }
}

impl LaunchConfig {
    /// Pictures and benchmarks show the app as configured: no first-start dialog, no hover.
    pub fn is_automated(&self) -> bool {
        self.screenshot.is_some() || self.benchmark_frames.is_some()
    }

    /// The asset root as Bevy's asset plugin takes it.
    pub fn asset_root(&self) -> String {
        self.assets_dir
            .as_ref()
            .map(|dir| dir.to_string_lossy().into_owned())
            .unwrap_or_else(|| "assets".to_owned())
    }
}
