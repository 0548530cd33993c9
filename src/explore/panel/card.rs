//! The selected structure's card: what the atlas says about it, the live numbers of a muscle
//! with a force plot, and links to the texts and animations that show it.

use bevy_egui::egui::{self, RichText};

use super::PanelRequests;
use crate::core::anatomy::Structure;
use crate::core::content::ShowMe;
use crate::data::LearningContent;
use crate::data::MotionData;
use crate::motion::LegPose;
use crate::ui::Words;

/// A link from a structure's card to an explanation or an animation.
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedLink {
    pub label: String,
    pub show_me: Vec<ShowMe>,
}

/// What the card of the selected structure shows beyond the atlas facts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardExtras {
    pub readout: Option<MuscleReadout>,
    pub related: Vec<RelatedLink>,
}

/// The card with its extras.
pub(super) fn card(
    ui: &mut egui::Ui,
    structure: &Structure,
    extras: &CardExtras,
    requests: &mut PanelRequests,
) {
    structure_card(ui, structure);
    if let Some(readout) = &extras.readout {
        ui.add_space(4.0);
        muscle_readout(ui, readout);
    }
    if !extras.related.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(ui.t("card-see-also")).strong());
        for link in &extras.related {
            if ui.button(&link.label).clicked() {
                requests.show_me = Some(link.show_me.clone());
            }
        }
    }
}

/// Everything the atlas says about one structure.
pub fn structure_card(ui: &mut egui::Ui, structure: &Structure) {
    ui.label(RichText::new(&structure.name).heading().strong());
    ui.label(RichText::new(&structure.latin).italics());
    let mut kind = ui.t(&structure.system.key().replacen("system-", "kind-", 1));
    if let Some(compartment) = structure.compartment {
        kind.push_str(" · ");
        kind.push_str(&ui.t(compartment.key()));
    }
    ui.label(RichText::new(kind).weak());
    if !structure.synonyms.is_empty() {
        let names = structure.synonyms.join(", ");
        ui.label(RichText::new(ui.tf("card-also-called", &[("names", names.into())])).small());
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
                    ("card-origin", &facts.origin),
                    ("card-insertion", &facts.insertion),
                    ("card-action", &facts.action),
                    ("card-nerve", &facts.innervation),
                    ("card-blood-supply", &facts.blood_supply),
                ] {
                    ui.label(RichText::new(ui.t(label)).strong());
                    ui.add(egui::Label::new(text).wrap());
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        ui.label(RichText::new(ui.t("card-in-a-cramp")).strong());
        ui.label(&facts.cramp_role);
    }
}

/// Live numbers of the selected muscle, from the simulation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MuscleReadout {
    pub length_m: f64,
    pub rest_length_m: f64,
    /// Fibre length as a fraction of its optimal length.
    pub fiber_fraction: f64,
    pub activation: f64,
    pub force_n: f64,
    /// (timeline seconds, force in newtons).
    pub force_history: Vec<[f64; 2]>,
}

/// "Now" numbers and a force plot for the selected muscle.
pub fn muscle_readout(ui: &mut egui::Ui, readout: &MuscleReadout) {
    ui.label(RichText::new(ui.t("card-right-now")).strong());
    let percent = 100.0 * readout.length_m / readout.rest_length_m.max(1e-9);
    egui::Grid::new("readout")
        .num_columns(2)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            ui.label(ui.t("card-length"));
            let (metres, percent) = (ui.num(readout.length_m, 3), ui.num(percent, 0));
            ui.label(ui.tf(
                "card-length-value",
                &[("metres", metres.into()), ("percent", percent.into())],
            ));
            ui.end_row();
            ui.label(ui.t("card-fibres"));
            let percent = ui.num(100.0 * readout.fiber_fraction, 0);
            ui.label(ui.tf("card-fibres-value", &[("percent", percent.into())]));
            ui.end_row();
            ui.label(ui.t("card-activation"));
            ui.add(
                egui::ProgressBar::new(readout.activation as f32).text(ui.tf(
                    "percent",
                    &[("percent", ui.num(100.0 * readout.activation, 0).into())],
                )),
            );
            ui.end_row();
            ui.label(ui.t("card-force"));
            let newtons = ui.num(readout.force_n, 0);
            ui.label(ui.tf("card-force-value", &[("newtons", newtons.into())]));
            ui.end_row();
        });
    if readout.force_history.len() > 1 {
        egui_plot::Plot::new("force_plot")
            .height(110.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .include_y(0.0)
            .x_axis_label(ui.t("unit-seconds"))
            .y_axis_label(ui.t("unit-newtons"))
            .show(ui, |plot| {
                plot.line(egui_plot::Line::new("force", readout.force_history.clone()));
            });
    }
}

/// The selected muscle's live numbers, if a muscle is selected and the model knows it.
pub(super) fn readout_for(
    id: Option<&str>,
    bio: Option<&MotionData>,
    leg: Option<&LegPose>,
) -> Option<MuscleReadout> {
    let (bio, leg) = (bio?, leg?);
    let index = bio.muscle_index(id?)?;
    let muscle = &bio.model.muscles[index];
    let state = leg.states.get(index)?;
    Some(MuscleReadout {
        length_m: state.mtu_length_m,
        rest_length_m: bio.rest.get(index)?.mtu_length_m,
        fiber_fraction: state.normalized_fiber_length(muscle),
        activation: state.activation,
        force_n: state.force_n,
        force_history: leg
            .history()
            .filter_map(|(t, states)| states.get(index).map(|s| [t, s.force_n]))
            .collect(),
    })
}

/// Links from a structure's card: the texts that show it, and the scenarios in which it is
/// driven or stretched by at least a centimetre (worked out with the muscle model).
pub(super) fn related_links(
    id: Option<&str>,
    content: Option<&LearningContent>,
    bio: Option<&MotionData>,
) -> Vec<RelatedLink> {
    let Some(id) = id else { return Vec::new() };
    let mut links = Vec::new();
    if let Some(bio) = bio
        && let Some(muscle) = bio.model.muscle(id)
    {
        let rest = bio.model.mtu_length(muscle, Default::default());
        for scenario in &bio.scenarios.scenarios {
            let key = scenario.sample(scenario.key_time_s);
            let driven = key.excitation.get(id).is_some_and(|e| *e > 0.3);
            let stretched = bio.model.mtu_length(muscle, key.pose) - rest > 0.01;
            if driven || stretched {
                links.push(RelatedLink {
                    label: format!("▶ {}", scenario.title),
                    show_me: vec![ShowMe::Play(scenario.id.clone())],
                });
            }
        }
    }
    if let Some(content) = content {
        for item in content.0.items() {
            let mentions = item.show_me.iter().any(|link| match link {
                ShowMe::Select(s) => s == id,
                ShowMe::Spotlight(list) => list.iter().any(|s| s == id),
                _ => false,
            });
            if mentions {
                links.push(RelatedLink {
                    label: format!("📖 {}", item.title),
                    show_me: item.show_me.clone(),
                });
            }
        }
    }
    links
}
