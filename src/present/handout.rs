//! Handout export: a PNG of the view with the step's caption (and the clinic's name), for the
//! patient to take home. The presenter's buttons are left out of the picture. On the desktop the
//! file goes to the Downloads folder (or the current folder); on the web it is a download.

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use crate::settings::downloads_folder;
use crate::state::{Notice, Notices};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HandoutCapture>()
        .add_message::<HandoutRequest>()
        .add_systems(Update, (start_capture, take_picture).chain());
}

/// Save a handout under this file name (no folder).
#[derive(Message, Clone, Debug, PartialEq)]
pub struct HandoutRequest(pub String);

/// A handout being made: while `frames_left > 0` the presenter draws the handout layout.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct HandoutCapture {
    pub frames_left: u8,
    pub file_name: String,
}

impl HandoutCapture {
    pub fn in_progress(&self) -> bool {
        self.frames_left > 0
    }
}

/// Frames the handout layout is drawn before the picture is taken (egui lays out a frame late).
const SETTLE_FRAMES: u8 = 4;

fn start_capture(mut requests: MessageReader<HandoutRequest>, mut capture: ResMut<HandoutCapture>) {
    if let Some(HandoutRequest(name)) = requests.read().last()
        && !capture.in_progress()
    {
        *capture = HandoutCapture {
            frames_left: SETTLE_FRAMES,
            file_name: name.clone(),
        };
    }
}

fn take_picture(
    mut commands: Commands,
    mut capture: ResMut<HandoutCapture>,
    mut notices: ResMut<Notices>,
) {
    if !capture.in_progress() {
        return;
    }
    capture.frames_left -= 1;
    if capture.frames_left != 1 {
        return;
    }
    let path = downloads_folder().join(&capture.file_name);
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path.clone()));
    notices.0.push(if cfg!(target_arch = "wasm32") {
        Notice::say("handout-downloaded", &[("file", &capture.file_name)])
    } else {
        Notice::say("handout-saved", &[("path", &path.display().to_string())])
    });
}

/// A file name for a handout of a tour step, e.g. `cramp-explorer-cramp_for_patients-step-2.png`.
pub fn handout_file_name(tour: &str, step_1_based: usize) -> String {
    let safe: String = tour
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("cramp-explorer-{safe}-step-{step_1_based}.png")
}
