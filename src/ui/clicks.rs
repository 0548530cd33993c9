//! Clicks on slow machines. egui tells a click from a press-and-hold by the time between the
//! frames that see the press and the release, so on a renderer that takes a second to draw a
//! frame, a quick click is measured as a long press and lost. Seen in headless Chromium with
//! SwiftShader (2026-11-27): a press and release 0.3 s apart reached the app 1.2 s apart, and
//! "I understand" on the first-start notice did nothing. egui uses the limit only to tell
//! clicks from holds (a held touch opens a context menu; the app has none), so a longer one
//! costs nothing here.

use bevy_egui::egui;

/// The longest press, in seconds, that still counts as a click: a quick click plus a frame of
/// up to two seconds (egui's own limit is 0.8).
pub const MAX_CLICK_SECONDS: f64 = 2.5;

/// Makes `ctx` take a press released within [`MAX_CLICK_SECONDS`] as a click.
pub fn tolerate_slow_frames(ctx: &egui::Context) {
    ctx.options_mut(|options| options.input_options.max_click_duration = MAX_CLICK_SECONDS);
}
