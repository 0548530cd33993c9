//! Presenting and learning: guided tours a physiotherapist steps through with a patient (the
//! presenter view, with a pen to draw on the view and a handout to take home), the toolbar that
//! starts them, and the quiz.

pub mod handout;
pub mod presenter;
pub mod quiz;
pub mod quiz_window;
mod toolbar;
pub mod tours;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        tours::plugin,
        quiz::plugin,
        quiz_window::plugin,
        handout::plugin,
        presenter::plugin,
        toolbar::plugin,
    ));
}
