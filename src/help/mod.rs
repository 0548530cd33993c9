//! Dialogs over everything: the keyboard shortcuts with "about and credits", and the
//! first-start notice that the app is for learning, not medical advice.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::content::{DisclaimerAccepted, accept_disclaimer};
use crate::data::LearningContent;
use crate::explore::shortcuts::SHORTCUTS;
use crate::settings::Settings;
use crate::ui::{UiPass, UiSettings};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (draw_help, draw_disclaimer).chain().in_set(UiPass::Windows),
    );
}

/// The keyboard shortcuts, in a window over the view.
pub fn help_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
                for (keys, action) in SHORTCUTS {
                    ui.label(RichText::new(*keys).strong().monospace());
                    ui.label(*action);
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new("Mouse: drag to turn, right-drag to move, wheel to zoom, double-click to focus.").small());
            ui.label(RichText::new("Touch: one finger turns, two fingers pinch and move.").small());
            ui.add_space(8.0);
            egui::CollapsingHeader::new("About and credits").show(ui, |ui| {
                for line in CREDITS {
                    ui.add(egui::Label::new(RichText::new(*line).small()).wrap());
                }
            });
        });
}

/// Where the app's data come from, with their licences (also in CREDITS.md).
pub const CREDITS: &[&str] = &[
    "Cramp Explorer is educational software, not medical advice.",
    "Anatomy shapes: our own data fitted to BodyParts3D, Copyright © The Database Center for \
     Life Science, licensed under CC Attribution-Share Alike 2.1 Japan. The fitted shapes are \
     shared under the same licence.",
    "Muscle paths and parameters: OpenSim gait2392 (Delp et al. 1990; Anderson and Pandy \
     1999), scaled to the fitted bones.",
    "Fonts: egui's default fonts (Ubuntu Light, Ubuntu Font Licence; Hack, MIT/Bitstream Vera; \
     Noto Emoji, SIL Open Font Licence; emoji-icon-font, MIT) and Bevy's Fira Mono (SIL Open \
     Font Licence).",
    "Code: MIT or Apache-2.0.",
];

/// The first-start notice, modal: nothing else can be clicked until it is read. Returns true
/// when the user accepts it.
pub fn disclaimer_window(ctx: &egui::Context, disclaimer: &str) -> bool {
    let mut accepted = false;
    egui::Modal::new(egui::Id::new("disclaimer")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.heading("Before you start");
        ui.add_space(4.0);
        ui.label(disclaimer);
        ui.add_space(8.0);
        if ui.button("I understand").clicked() {
            accepted = true;
        }
    });
    accepted
}

fn draw_help(mut contexts: EguiContexts, mut settings: ResMut<UiSettings>) -> Result {
    if !settings.help_open {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut open = true;
    help_window(ctx, &mut open);
    if !open {
        settings.help_open = false;
    }
    Ok(())
}

/// The first-start notice, over whatever is on screen, until it is accepted.
fn draw_disclaimer(
    mut contexts: EguiContexts,
    content: Option<Res<LearningContent>>,
    mut accepted: ResMut<DisclaimerAccepted>,
    mut settings: ResMut<Settings>,
) -> Result {
    if accepted.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let text = content.as_deref().map_or(
        "Cramp Explorer is for learning. It is not medical advice.",
        |c| c.0.disclaimer.as_str(),
    );
    if disclaimer_window(ctx, text) {
        accept_disclaimer(&mut accepted, &mut settings);
    }
    Ok(())
}
