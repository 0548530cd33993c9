//! The egui panels, as plain functions of (ui, data, state) so tests can render them without a
//! window. They read data and edit the view state; they never touch meshes.

use bevy_egui::egui::{self, Color32, RichText};

use crate::core::anatomy::{AnatomyAtlas, BodySystem, Structure};
use crate::core::view_state::{ViewPreset, ViewState};
use crate::explore::layers::Layers;

/// What the user asked for in this frame, beyond plain edits of the state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PanelRequests {
    /// A view button was pressed (even the current one: the camera goes back to it).
    pub move_camera: bool,
}

const WARNING: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x4C);

/// The left panel: title, notices, views, layers, the structure list and the selected
/// structure's card.
pub fn side_panel(
    ui: &mut egui::Ui,
    atlas: Option<&AnatomyAtlas>,
    notices: &[String],
    view: &mut ViewState,
    layers: &mut Layers,
) -> PanelRequests {
    let mut requests = PanelRequests::default();
    ui.add_space(4.0);
    ui.heading("Cramp Explorer");
    ui.label(RichText::new("The lower leg and what happens in a calf cramp.").weak());
    ui.label(
        RichText::new("For learning only — not medical advice.")
            .small()
            .weak(),
    );
    ui.separator();

    if !notices.is_empty() {
        egui::CollapsingHeader::new(
            RichText::new(format!("⚠ {} notice(s)", notices.len())).color(WARNING),
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

    ui.horizontal_wrapped(|ui| {
        ui.label("View:");
        for preset in ViewPreset::ALL {
            let current = view.view == Some(preset);
            if ui
                .selectable_label(current, capitalised(preset.name()))
                .clicked()
            {
                view.view = Some(preset);
                requests.move_camera = true;
            }
        }
        if ui
            .button("Reset")
            .on_hover_text("Back to the opening view")
            .clicked()
        {
            view.view = None;
            requests.move_camera = true;
        }
    });

    ui.horizontal_wrapped(|ui| {
        ui.label("Show:");
        for system in BodySystem::ALL {
            let mut shown = layers.is_shown(system);
            if ui.checkbox(&mut shown, system.label()).changed() {
                layers.0.insert(system, shown);
            }
        }
    });
    ui.separator();

    let Some(atlas) = atlas else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Loading the leg…");
        });
        return requests;
    };

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(selected) = view.select.as_deref().and_then(|id| atlas.structure(id)) {
                structure_card(ui, selected);
                if ui.button("Deselect (Esc)").clicked() {
                    view.select = None;
                }
                ui.separator();
            } else {
                ui.label(
                    RichText::new("Click a structure on the model, or pick one below.").italics(),
                );
                ui.add_space(4.0);
            }
            structure_list(ui, atlas, view);
        });
    requests
}

/// Everything the atlas says about one structure.
pub fn structure_card(ui: &mut egui::Ui, structure: &Structure) {
    ui.label(RichText::new(&structure.name).heading().strong());
    ui.label(RichText::new(&structure.latin).italics());
    let mut kind = structure.system.label().trim_end_matches('s').to_owned();
    if let Some(compartment) = structure.compartment {
        kind.push_str(" · ");
        kind.push_str(compartment.label());
    }
    ui.label(RichText::new(kind).weak());
    if !structure.synonyms.is_empty() {
        ui.label(RichText::new(format!("Also called: {}", structure.synonyms.join(", "))).small());
    }
    ui.add_space(4.0);
    ui.label(&structure.description);
    if let Some(facts) = &structure.muscle {
        ui.add_space(4.0);
        egui::Grid::new(("facts", &structure.id))
            .num_columns(2)
            .spacing([8.0, 4.0])
            .striped(true)
            .show(ui, |ui| {
                for (label, text) in [
                    ("Origin", &facts.origin),
                    ("Insertion", &facts.insertion),
                    ("Action", &facts.action),
                    ("Nerve", &facts.innervation),
                    ("Blood supply", &facts.blood_supply),
                ] {
                    ui.label(RichText::new(label).strong());
                    ui.add(egui::Label::new(text).wrap());
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        ui.label(RichText::new("In a cramp").strong());
        ui.label(&facts.cramp_role);
    }
}

fn structure_list(ui: &mut egui::Ui, atlas: &AnatomyAtlas, view: &mut ViewState) {
    for system in BodySystem::ALL {
        let mut members: Vec<&Structure> = atlas
            .structures
            .iter()
            .filter(|s| s.system == system)
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by(|a, b| a.name.cmp(&b.name));
        egui::CollapsingHeader::new(format!("{} ({})", system.label(), members.len()))
            .id_salt(system.label())
            .default_open(system == BodySystem::Muscle)
            .show(ui, |ui| {
                for structure in members {
                    let selected = view.select.as_deref() == Some(structure.id.as_str());
                    if ui
                        .selectable_label(selected, &structure.name)
                        .on_hover_text(&structure.latin)
                        .clicked()
                    {
                        view.select = if selected {
                            None
                        } else {
                            Some(structure.id.clone())
                        };
                    }
                }
            });
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
