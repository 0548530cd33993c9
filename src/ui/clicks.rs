//! Clicks on slow machines. egui tells a click from a press-and-hold by the time between the
//! frames that see the press and the release, so on a renderer that takes a second to draw a
//! frame, a quick click is measured as a long press and lost. Seen in headless Chromium with
//! SwiftShader (2026-11-27): a press and release 0.3 s apart reached the app 1.2 s apart, and
//! "I understand" on the first-start notice did nothing. egui also uses the limit to decide
//! when a press that has not moved becomes a drag, and when a held touch becomes a secondary
//! click (a context menu; the app has none): with a longer one, a slider or the camera starts
//! dragging at the first move of the pointer anyway, so nothing the user does changes.

use bevy_egui::egui;

/// The longest press, in seconds, that still counts as a click: a quick click plus a frame of
/// up to two seconds (egui's own limit is 0.8).
const MAX_CLICK_SECONDS: f64 = 2.5;

/// Makes `ctx` take a press released within [`MAX_CLICK_SECONDS`] as a click.
pub(super) fn tolerate_slow_frames(ctx: &egui::Context) {
    ctx.options_mut(|options| options.input_options.max_click_duration = MAX_CLICK_SECONDS);
}
