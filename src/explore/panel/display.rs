//! How the model is shown: camera views, body-system layers, labels, muscle colour, what is
//! hidden; and the tools for the selected structure (focus, hide, isolate, x-ray).

use bevy_egui::egui::{self, RichText};

use super::PanelRequests;
use crate::core::anatomy::BodySystem;
use crate::core::colour;
use crate::core::view_state::{ColourMode, ViewPreset, ViewState};
use crate::overlays::{ACTIVATION_WORDS, STRETCH_WORDS, stretch_along_scale};
use crate::state::CameraMove;
use crate::ui::{UiSettings, Words, colour_scale, name_for_screen_readers};

pub(super) fn display_controls(
    ui: &mut egui::Ui,
    view: &mut ViewState,
    settings: &mut UiSettings,
    requests: &mut PanelRequests,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(ui.t("display-view"));
        for preset in ViewPreset::ALL {
            let current = view.view == Some(preset);
            if ui
                .selectable_label(current, ui.t(&format!("view-{}", preset.name())))
                .clicked()
            {
                view.view = Some(preset);
                requests.camera = CameraMove::Glide;
            }
        }
        if ui
            .button(ui.t("display-reset"))
            .on_hover_text(ui.t("display-reset-hover"))
            .clicked()
        {
            view.view = None;
            requests.camera = CameraMove::Glide;
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(ui.t("display-show"));
        for system in BodySystem::ALL {
            let mut shown = view.layers.contains(&system);
            if ui.checkbox(&mut shown, ui.t(&system.key())).changed() {
                if shown {
                    view.layers.insert(system);
                } else {
                    view.layers.remove(&system);
                }
            }
        }
        let labels = ui.t("display-labels");
        ui.checkbox(&mut view.labels, labels);
    });
    ui.horizontal(|ui| {
        let label = ui.t("display-colour");
        ui.label(&label);
        let current = ui.t(&view.colour.key());
        let name = format!("{label} {current}");
        let chooser = egui::ComboBox::from_id_salt("colour_by")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for mode in ColourMode::ALL {
                    let name = ui.t(&mode.key());
                    ui.selectable_value(&mut view.colour, mode, name);
                }
            });
        name_for_screen_readers(&chooser.response, egui::WidgetType::ComboBox, &name);
        let mut learn = settings.learn_open == Some(true);
        if ui.toggle_value(&mut learn, ui.t("learn-open")).changed() {
            settings.learn_open = Some(learn);
        }
    });
    // What the muscle colours mean, in words as well as colours.
    match view.colour {
        ColourMode::Atlas => {}
        ColourMode::Activation => colour_scale(ui, colour::heat, ACTIVATION_WORDS),
        ColourMode::Stretch => colour_scale(ui, stretch_along_scale, STRETCH_WORDS),
    }
    if !view.hide.is_empty() || view.isolate {
        let hidden = if view.isolate {
            ui.t("display-isolating")
        } else {
            ui.tf(
                "display-hidden",
                &[("count", (view.hide.len() as i64).into())],
            )
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(hidden).weak());
            if ui.button(ui.t("display-show-all")).clicked() {
                view.hide.clear();
                view.isolate = false;
            }
        });
    }
}

/// Focus, hide, isolate and x-ray for the selected structure.
pub(super) fn selection_tools(
    ui: &mut egui::Ui,
    id: &str,
    view: &mut ViewState,
    settings: &mut UiSettings,
    requests: &mut PanelRequests,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(ui.t("tool-focus")).clicked() {
            requests.camera = CameraMove::FocusSelection;
        }
        if ui.button(ui.t("tool-hide")).clicked() {
            view.hide_structure(id);
        }
        let (isolate, xray) = (ui.t("tool-isolate"), ui.t("tool-xray"));
        ui.toggle_value(&mut view.isolate, isolate);
        ui.toggle_value(&mut view.xray, xray);
    });
    if view.xray {
        ui.add(
            egui::Slider::new(&mut settings.xray_opacity, 0.05..=0.6)
                .text(ui.t("tool-xray-opacity"))
                .fixed_decimals(2),
        );
    }
}
