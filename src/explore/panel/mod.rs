//! The side panel on the left: title, notices, search, views, layers and display, tools for
//! the selection, the structure tree and the selected structure's card. [`side_panel`] is a
//! function of (ui, data, state) so tests can render it without a window.

mod card;
mod display;
mod search;
mod tree;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui::RichText;

pub use card::{CardExtras, MuscleReadout, RelatedLink, muscle_readout, structure_card};

use crate::content::ShowMeRequest;
use crate::core::anatomy::AnatomyAtlas;
use crate::core::content::ShowMe;
use crate::core::quality::Quality;
use crate::core::reduced_motion::MotionChoice;
use crate::core::view_state::ViewState;
use crate::data::Atlas;
use crate::data::LearningContent;
use crate::data::MotionData;
use crate::motion::LegPose;
use crate::state::{ApplyView, CameraMove, CurrentView, Notices, presenting};
use crate::ui::{
    ScenePanels, UI_SCALE_RANGE, UiPass, UiSettings, WARNING, Words, is_narrow, language_choice,
    name_for_screen_readers, panel_root, with_decimals,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_side_panel
            .in_set(UiPass::LeftPanel)
            .run_if(not(presenting)),
    );
}

/// What the user asked for in this frame, beyond plain edits of the state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PanelRequests {
    /// A camera move (a view button, even the current one; "focus").
    pub camera: CameraMove,
    /// A link of the selected structure's card was followed.
    pub show_me: Option<Vec<ShowMe>>,
}

/// The left panel, drawn into `ui`: edits the view state and the panel settings.
pub fn side_panel(
    ui: &mut egui::Ui,
    atlas: Option<&AnatomyAtlas>,
    notices: &[String],
    view: &mut ViewState,
    settings: &mut UiSettings,
    extras: &CardExtras,
) -> PanelRequests {
    let mut requests = PanelRequests::default();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(ui.t("app-name"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Square: as wide as the controls are high (a finger-sized target on a phone).
            let square = egui::Vec2::splat(ui.spacing().interact_size.y);
            let help = ui.t("side-shortcuts-hover");
            let button = ui.add(egui::Button::new("?").min_size(square));
            // Said as its hover text, not as "question mark".
            name_for_screen_readers(&button, egui::WidgetType::Button, &help);
            if button.on_hover_text(&help).clicked() {
                settings.help_open = !settings.help_open;
            }
        });
    });
    ui.label(RichText::new(ui.t("side-tagline")).weak());
    ui.label(RichText::new(ui.t("side-not-advice")).small().weak());
    ui.separator();
    if !notices.is_empty() {
        egui::CollapsingHeader::new(
            RichText::new(ui.tf("side-notices", &[("count", (notices.len() as i64).into())]))
                .color(WARNING),
        )
        .id_salt("notices")
        .default_open(true)
        .show(ui, |ui| {
            for notice in notices {
                ui.label(RichText::new(notice).small());
            }
        });
        ui.separator();
    }
    if let Some(atlas) = atlas {
        search::search_box(ui, atlas, view, settings, &mut requests);
    }
    display::display_controls(ui, view, settings, &mut requests);
    ui.separator();
    let Some(atlas) = atlas else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(ui.t("side-loading"));
        });
        return requests;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(selected) = view
                .select
                .clone()
                .as_deref()
                .and_then(|id| atlas.structure(id))
            {
                display::selection_tools(ui, &selected.id, view, settings, &mut requests);
                ui.add_space(4.0);
                card::card(ui, selected, extras, &mut requests);
                if ui.button(ui.t("side-deselect")).clicked() {
                    view.select = None;
                }
                ui.separator();
            } else {
                ui.label(RichText::new(ui.t("side-pick-hint")).italics());
                ui.add_space(4.0);
            }
            tree::structure_tree(ui, atlas, view);
            ui.separator();
            egui::CollapsingHeader::new(ui.t("settings-title"))
                .id_salt("settings")
                .show(ui, |ui| {
                    ui.add(
                        with_decimals(
                            ui,
                            egui::Slider::new(&mut settings.ui_scale, UI_SCALE_RANGE),
                            2,
                        )
                        .text(ui.t("settings-text-size")),
                    );
                    let quality = ("settings-quality", "quality", Quality::ALL.as_slice());
                    choice_row(ui, quality, &mut settings.quality, Quality::name);
                    let high_contrast = ui.t("settings-high-contrast");
                    ui.checkbox(&mut settings.high_contrast, high_contrast)
                        .on_hover_text(ui.t("settings-high-contrast-hover"));
                    let motion = (
                        "settings-motion",
                        "motion-choice",
                        MotionChoice::ALL.as_slice(),
                    );
                    choice_row(ui, motion, &mut settings.motion, MotionChoice::name);
                    language_choice(ui, view);
                });
        });
    requests
}

/// A setting chosen among named values: its label (`<label>`, hover text `<label>-hover`),
/// then a button per value, named by the message `<prefix>-<value name>`.
fn choice_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    (label, prefix, all): (&str, &str, &[T]),
    value: &mut T,
    name: fn(T) -> &'static str,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(ui.t(label));
        let hover = ui.t(&format!("{label}-hover"));
        for &choice in all {
            let text = ui.t(&format!("{prefix}-{}", name(choice)));
            ui.selectable_value(value, choice, text)
                .on_hover_text(&hover);
        }
    });
}

/// The card's related links, worked out again only when the selection or the data change
/// (they simulate every scenario's key moment).
#[derive(Default)]
struct RelatedCache {
    selection: Option<String>,
    links: Vec<RelatedLink>,
}

fn draw_side_panel(
    mut contexts: EguiContexts,
    atlas: Option<Res<Atlas>>,
    content: Option<Res<LearningContent>>,
    bio: Option<Res<MotionData>>,
    leg: Option<Res<LegPose>>,
    notices: Res<Notices>,
    view: Res<CurrentView>,
    mut settings: ResMut<UiSettings>,
    mut panels: ResMut<ScenePanels>,
    mut requests: MessageWriter<ApplyView>,
    mut show_me: MessageWriter<ShowMeRequest>,
    mut related: Local<RelatedCache>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let narrow = is_narrow(ctx);
    let screen = ctx.viewport_rect();
    let mut state = view.0.clone();
    let mut new_settings = settings.clone();
    let id = state.select.as_deref();
    let data_changed = content.as_ref().is_some_and(|c| c.is_changed())
        || bio.as_ref().is_some_and(|b| b.is_changed());
    if data_changed || related.selection.as_deref() != id {
        related.links = card::related_links(id, content.as_deref(), bio.as_deref());
        related.selection = id.map(str::to_owned);
    }
    let extras = CardExtras {
        readout: card::readout_for(id, bio.as_deref(), leg.as_deref()),
        related: related.links.clone(),
    };
    let mut asks = PanelRequests::default();
    if new_settings.side_open == Some(true) {
        // Worded only when shown (a folded panel shows none).
        let notices = notices.worded(&ctx.strings());
        let mut root = panel_root(ctx, &panels, "side_root");
        let width = egui::Panel::left("side_panel")
            .resizable(true)
            .default_size(if narrow { screen.width() * 0.85 } else { 330.0 })
            .size_range(200.0..=(screen.width() * 0.9).max(210.0))
            .show_inside(&mut root, |ui| {
                if narrow && ui.button(ui.t("close")).clicked() {
                    new_settings.side_open = Some(false);
                }
                asks = side_panel(
                    ui,
                    atlas.as_deref().map(|a| &a.0),
                    &notices,
                    &mut state,
                    &mut new_settings,
                    &extras,
                );
            })
            .response
            .rect
            .width();
        if !narrow {
            panels.left = width;
        }
    } else {
        let buttons = egui::Area::new(egui::Id::new("open_side_panel"))
            .fixed_pos(egui::pos2(8.0, 8.0))
            .show(ctx, |ui| {
                // One row where they fit, two with very large text on a phone.
                ui.set_max_width(screen.width() - 16.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button(ui.t("side-open")).clicked() {
                        new_settings.side_open = Some(true);
                    }
                    // With the side panel folded, its "Learn" toggle is out of reach.
                    if new_settings.learn_open != Some(true)
                        && ui.button(ui.t("learn-open")).clicked()
                    {
                        new_settings.learn_open = Some(true);
                    }
                });
            });
        panels.open_buttons_bottom = buttons.response.rect.bottom();
    }
    settings.set_if_neq(new_settings);
    if state != view.0 || asks.camera != CameraMove::Keep {
        requests.write(ApplyView::new(state).with_camera(asks.camera));
    }
    if let Some(links) = asks.show_me {
        show_me.write(ShowMeRequest(links));
    }
    Ok(())
}
