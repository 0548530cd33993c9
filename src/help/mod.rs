//! Dialogs over everything: the keyboard shortcuts with "about and credits", and the
//! first-start notice that the app is for learning, not medical advice.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::content::{DisclaimerAccepted, accept_disclaimer};
use crate::data::LearningContent;
use crate::explore::shortcuts::SHORTCUTS;
use crate::settings::Settings;
use crate::ui::{UiPass, UiSettings, Words, close_button};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (draw_help, draw_disclaimer).chain().in_set(UiPass::Windows),
    );
}

/// The keyboard shortcuts, in a window over the view ([`SHORTCUTS`] holds the messages of the
/// keys' names and of what they do).
pub fn help_window(ctx: &egui::Context, open: &mut bool) {
    if !*open {
        return;
    }
    egui::Window::new(ctx.t("help-title"))
        .id(egui::Id::new("help_window"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            if close_button(ui) {
                *open = false;
            }
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for (keys, action) in SHORTCUTS {
                        ui.label(RichText::new(ui.t(keys)).strong().monospace());
                        ui.label(ui.t(action));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label(RichText::new(ui.t("help-mouse")).small());
            ui.label(RichText::new(ui.t("help-touch")).small());
            ui.add_space(8.0);
            let about = ui.t("help-about");
            egui::CollapsingHeader::new(about)
                .id_salt("about_and_credits")
                .show(ui, |ui| {
                    for line in CREDITS {
                        ui.add(egui::Label::new(RichText::new(ui.t(line)).small()).wrap());
                    }
                });
        });
}

/// Where the app's data come from, with their licences (also in CREDITS.md): the message keys
/// of the lines, in order.
pub const CREDITS: &[&str] = &[
    "help-credits-not-advice",
    "help-credits-anatomy",
    "help-credits-muscles",
    "help-credits-fonts",
    "help-credits-code",
];

/// The first-start notice, modal: nothing else can be clicked until it is read. Returns true
/// when the user accepts it.
pub fn disclaimer_window(ctx: &egui::Context, disclaimer: &str) -> bool {
    let mut accepted = false;
    egui::Modal::new(egui::Id::new("disclaimer")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.heading(ui.t("help-disclaimer-title"));
        ui.add_space(4.0);
        ui.label(disclaimer);
        ui.add_space(8.0);
        if ui.button(ui.t("help-disclaimer-accept")).clicked() {
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
    let text = content.as_deref().map_or_else(
        || ctx.t("help-disclaimer-fallback"),
        |c| c.0.disclaimer.clone(),
    );
    if disclaimer_window(ctx, &text) {
        accept_disclaimer(&mut accepted, &mut settings);
    }
    Ok(())
}
