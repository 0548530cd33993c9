//! Presenting and learning: guided tours a physiotherapist steps through with a patient (with a
//! pen to draw on the view and a handout to take home), the clinic's details, and the quiz.

pub mod clinic;
pub mod handout;
pub mod quiz;
pub mod tours;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((tours::plugin, quiz::plugin, clinic::plugin, handout::plugin));
}
