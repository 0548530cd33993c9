//! Every structure, by body system (muscles by compartment, as an anatomist groups them), each
//! with a checkbox that shows or hides it and a name that selects it.

use crate::ui::Words;
use bevy_egui::egui::{self, RichText};

use crate::core::anatomy::{AnatomyAtlas, BodySystem, Compartment, Structure};
use crate::core::view_state::ViewState;

pub(super) fn structure_tree(ui: &mut egui::Ui, atlas: &AnatomyAtlas, view: &mut ViewState) {
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
        let heading = ui.tf(
            "tree-system",
            &[
                ("system", ui.t(&system.key()).into()),
                ("count", (members.len() as i64).into()),
            ],
        );
        egui::CollapsingHeader::new(heading)
            .id_salt(system.key())
            .default_open(system == BodySystem::Muscle)
            .show(ui, |ui| {
                if system == BodySystem::Muscle {
                    for compartment in Compartment::ALL {
                        ui.label(RichText::new(ui.t(compartment.key())).small().weak());
                        for structure in members
                            .iter()
                            .filter(|s| s.compartment == Some(compartment))
                        {
                            structure_row(ui, structure, view);
                        }
                    }
                } else {
                    for structure in members {
                        structure_row(ui, structure, view);
                    }
                }
            });
    }
}

fn structure_row(ui: &mut egui::Ui, structure: &Structure, view: &mut ViewState) {
    ui.horizontal(|ui| {
        let mut shown = !view.hide.contains(&structure.id);
        let show_hide = ui.tf(
            "tree-show-hide",
            &[("name", structure.name.as_str().into())],
        );
        let checkbox = ui.checkbox(&mut shown, "");
        // A checkbox without a text: a screen reader says what it shows or hides.
        checkbox.widget_info(|| {
            egui::WidgetInfo::selected(egui::WidgetType::Checkbox, true, shown, &show_hide)
        });
        if checkbox.on_hover_text(&show_hide).changed() {
            if shown {
                view.hide.retain(|id| id != &structure.id);
            } else {
                view.hide_structure(&structure.id);
            }
        }
        let selected = view.select.as_deref() == Some(structure.id.as_str());
        if ui
            .selectable_label(selected, &structure.name)
            .on_hover_text(&structure.latin)
            .clicked()
        {
            view.select_structure((!selected).then(|| structure.id.clone()));
        }
    });
}
