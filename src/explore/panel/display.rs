//! How the model is shown: camera views, body-system layers, labels, muscle colour, what is
//! hidden; and the tools for the selected structure (focus, hide, isolate, x-ray).

use bevy_egui::egui::{self, RichText};

use super::PanelRequests;
use crate::core::anatomy::BodySystem;
use crate::core::colour;
use crate::core::view_state::{ColourMode, ViewPreset, ViewState};
use crate::overlays::{STRETCH_WORDS, stretch_along_scale};
use crate::state::CameraMove;
use crate::ui::{UiSettings, capitalised, colour_scale};

pub(super) fn display_controls(
    ui: &mut egui::Ui,
    view: &mut ViewState,
    settings: &mut UiSettings,
    requests: &mut PanelRequests,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label("View:");
        for preset in ViewPreset::ALL {
            let current = view.view == Some(preset);
            if ui
                .selectable_label(current, capitalised(preset.name()))
                .clicked()
            {
                view.view = Some(preset);
                requests.camera = CameraMove::Glide;
            }
        }
        if ui
            .button("Reset")
            .on_hover_text("Back to the opening view (0)")
            .clicked()
        {
            view.view = None;
            requests.camera = CameraMove::Glide;
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Show:");
        for system in BodySystem::ALL {
            let mut shown = view.layers.contains(&system);
            if ui.checkbox(&mut shown, system.label()).changed() {
                if shown {
                    view.layers.insert(system);
                } else {
                    view.layers.remove(&system);
                }
            }
        }
        ui.checkbox(&mut view.labels, "Labels");
    });
    ui.horizontal(|ui| {
        ui.label("Muscle colour:");
        egui::ComboBox::from_id_salt("colour_by")
            .selected_text(view.colour.label())
            .show_ui(ui, |ui| {
                for mode in ColourMode::ALL {
                    ui.selectable_value(&mut view.colour, mode, mode.label());
                }
            });
        let mut learn = settings.learn_open == Some(true);
        if ui.toggle_value(&mut learn, "📖 Learn").changed() {
            settings.learn_open = Some(learn);
        }
    });
    // What the muscle colours mean, in words as well as colours.
    match view.colour {
        ColourMode::Atlas => {}
        ColourMode::Activation => colour_scale(ui, colour::heat, ["resting", "half", "full"]),
        ColourMode::Stretch => colour_scale(ui, stretch_along_scale, STRETCH_WORDS),
    }
    if !view.hide.is_empty() || view.isolate {
        let hidden = if view.isolate {
            "Isolating the selection".to_owned()
        } else {
            format!("{} hidden", view.hide.len())
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(hidden).weak());
            if ui.button("Show all (A)").clicked() {
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
        if ui.button("Focus (F)").clicked() {
            requests.camera = CameraMove::FocusSelection;
        }
        if ui.button("Hide (H)").clicked() {
            view.hide_structure(id);
        }
        ui.toggle_value(&mut view.isolate, "Isolate (I)");
        ui.toggle_value(&mut view.xray, "X-ray (X)");
    });
    if view.xray {
        ui.add(
            egui::Slider::new(&mut settings.xray_opacity, 0.05..=0.6)
                .text("x-ray opacity")
                .fixed_decimals(2),
        );
    }
}
