//! The egui panels, as plain functions of (ui, data, state) so tests can render them without a
//! window. They read data and edit the view state; they never touch meshes.

use bevy_egui::egui::{self, Color32, RichText};

use crate::core::anatomy::{AnatomyAtlas, BodySystem, Compartment, Structure};
use crate::core::biomech::{ANKLE_DORSIFLEXION_RANGE_DEG, KNEE_FLEXION_RANGE_DEG};
use crate::core::content::{Content, Register, ShowMe};
use crate::core::scenario::ScenarioLibrary;
use crate::core::search::search;
use crate::core::view_state::{ViewPreset, ViewState};
use crate::explore::appearance::ColourBy;
use crate::explore::camera::CameraCommand;
use crate::explore::layers::Layers;
use crate::explore::shortcuts::SHORTCUTS;
use crate::motion::{ManualControls, Playback, SPEEDS};

/// What the user asked for in this frame, beyond plain edits of the state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PanelRequests {
    /// A camera move (a view button, even the current one; "focus").
    pub camera: Option<CameraCommand>,
    /// A link of the selected structure's card was followed.
    pub show_me: Option<Vec<ShowMe>>,
}

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

/// Panel settings that are not part of the view state.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelControls {
    pub search: String,
    pub xray_opacity: f32,
    pub ui_scale: f32,
    pub help_open: bool,
    pub labels: bool,
    pub learn_open: bool,
    pub colour_by: ColourBy,
}

impl Default for PanelControls {
    fn default() -> Self {
        Self {
            search: String::new(),
            xray_opacity: 0.15,
            ui_scale: 1.0,
            help_open: false,
            labels: false,
            learn_open: false,
            colour_by: ColourBy::Atlas,
        }
    }
}

const WARNING: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x4C);

/// The left panel: title, notices, search, views, layers, tools for the selection, the
/// structure list and the selected structure's card.
pub fn side_panel(
    ui: &mut egui::Ui,
    atlas: Option<&AnatomyAtlas>,
    notices: &[String],
    view: &mut ViewState,
    layers: &mut Layers,
    controls: &mut PanelControls,
    extras: &CardExtras,
) -> PanelRequests {
    let mut requests = PanelRequests::default();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Cramp Explorer");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("?")
                .on_hover_text("Keyboard shortcuts (F1)")
                .clicked()
            {
                controls.help_open = !controls.help_open;
            }
        });
    });
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

    if let Some(atlas) = atlas {
        search_box(ui, atlas, view, controls, &mut requests);
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
                requests.camera = Some(CameraCommand::ShowView(Some(preset)));
            }
        }
        if ui
            .button("Reset")
            .on_hover_text("Back to the opening view (0)")
            .clicked()
        {
            view.view = None;
            requests.camera = Some(CameraCommand::ShowView(None));
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
        ui.checkbox(&mut controls.labels, "Labels");
    });
    ui.horizontal(|ui| {
        ui.label("Muscle colour:");
        egui::ComboBox::from_id_salt("colour_by")
            .selected_text(controls.colour_by.label())
            .show_ui(ui, |ui| {
                for mode in ColourBy::ALL {
                    ui.selectable_value(&mut controls.colour_by, mode, mode.label());
                }
            });
    });
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
            if let Some(selected) = view
                .select
                .clone()
                .as_deref()
                .and_then(|id| atlas.structure(id))
            {
                selection_tools(ui, &selected.id, view, controls, &mut requests);
                ui.add_space(4.0);
                structure_card(ui, selected);
                if let Some(readout) = &extras.readout {
                    ui.add_space(4.0);
                    muscle_readout(ui, readout);
                }
                if !extras.related.is_empty() {
                    ui.add_space(4.0);
                    ui.label(RichText::new("See also").strong());
                    for link in &extras.related {
                        if ui.button(&link.label).clicked() {
                            requests.show_me = Some(link.show_me.clone());
                        }
                    }
                }
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
            ui.separator();
            egui::CollapsingHeader::new("Settings")
                .id_salt("settings")
                .show(ui, |ui| {
                    ui.add(
                        egui::Slider::new(&mut controls.ui_scale, 0.75..=2.0)
                            .text("text size")
                            .fixed_decimals(2),
                    );
                });
        });
    requests
}

/// Search by any name; Enter picks the best match.
fn search_box(
    ui: &mut egui::Ui,
    atlas: &AnatomyAtlas,
    view: &mut ViewState,
    controls: &mut PanelControls,
    requests: &mut PanelRequests,
) {
    let response = ui.add(
        egui::TextEdit::singleline(&mut controls.search)
            .hint_text("🔍 Search, e.g. achilles")
            .desired_width(f32::INFINITY),
    );
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let results = search(atlas, &controls.search);
    let mut chosen = None;
    if !controls.search.trim().is_empty() {
        if results.is_empty() {
            ui.label(RichText::new("Nothing found.").weak());
        }
        for structure in results.iter().take(8) {
            if ui
                .selectable_label(false, &structure.name)
                .on_hover_text(&structure.latin)
                .clicked()
            {
                chosen = Some(structure.id.clone());
            }
        }
        if entered {
            chosen = results.first().map(|s| s.id.clone());
        }
    }
    if let Some(id) = chosen {
        view.select = Some(id);
        view.isolate = false;
        controls.search.clear();
        requests.camera = Some(CameraCommand::FocusSelection);
    }
    ui.add_space(2.0);
}

/// Focus, hide, isolate and x-ray for the selected structure.
fn selection_tools(
    ui: &mut egui::Ui,
    id: &str,
    view: &mut ViewState,
    controls: &mut PanelControls,
    requests: &mut PanelRequests,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button("Focus (F)").clicked() {
            requests.camera = Some(CameraCommand::FocusSelection);
        }
        if ui.button("Hide (H)").clicked() {
            view.hide.push(id.to_owned());
            view.select = None;
            view.isolate = false;
        }
        ui.toggle_value(&mut view.isolate, "Isolate (I)");
        ui.toggle_value(&mut view.xray, "X-ray (X)");
    });
    if view.xray {
        ui.add(
            egui::Slider::new(&mut controls.xray_opacity, 0.05..=0.6)
                .text("x-ray opacity")
                .fixed_decimals(2),
        );
    }
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
                if system == BodySystem::Muscle {
                    // Muscles by compartment, as an anatomist groups them.
                    for compartment in Compartment::ALL {
                        ui.label(RichText::new(compartment.label()).small().weak());
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

/// A checkbox that shows or hides the structure, and its name, which selects it.
fn structure_row(ui: &mut egui::Ui, structure: &Structure, view: &mut ViewState) {
    ui.horizontal(|ui| {
        let mut shown = !view.hide.contains(&structure.id);
        if ui
            .checkbox(&mut shown, "")
            .on_hover_text(format!("Show or hide {}", structure.name))
            .changed()
        {
            if shown {
                view.hide.retain(|id| id != &structure.id);
            } else {
                view.hide.push(structure.id.clone());
            }
        }
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
    });
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
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
    ui.label(RichText::new("Right now").strong());
    let percent = 100.0 * readout.length_m / readout.rest_length_m.max(1e-9);
    egui::Grid::new("readout")
        .num_columns(2)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            ui.label("Length");
            ui.label(format!("{:.3} m ({percent:.0}% of rest)", readout.length_m));
            ui.end_row();
            ui.label("Fibres");
            ui.label(format!(
                "{:.0}% of their best length",
                100.0 * readout.fiber_fraction
            ));
            ui.end_row();
            ui.label("Activation");
            ui.add(
                egui::ProgressBar::new(readout.activation as f32)
                    .text(format!("{:.0}%", 100.0 * readout.activation)),
            );
            ui.end_row();
            ui.label("Force");
            ui.label(format!("{:.0} N", readout.force_n));
            ui.end_row();
        });
    if readout.force_history.len() > 1 {
        egui_plot::Plot::new("force_plot")
            .height(110.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .include_y(0.0)
            .x_axis_label("s")
            .y_axis_label("N")
            .show(ui, |plot| {
                plot.line(egui_plot::Line::new("force", readout.force_history.clone()));
            });
    }
}

/// The muscles with their own slider in the main row of manual mode.
const MAIN_DRIVES: [(&str, &str); 4] = [
    ("gastrocnemius_medial", "gastroc. inner"),
    ("gastrocnemius_lateral", "gastroc. outer"),
    ("soleus", "soleus"),
    ("tibialis_anterior", "shin muscle"),
];

fn drive_slider(ui: &mut egui::Ui, manual: &mut ManualControls, id: &str, label: &str) {
    let value = manual.excitation.entry(id.to_owned()).or_insert(0.0);
    ui.add(
        egui::Slider::new(value, 0.0..=1.0)
            .text(label)
            .fixed_decimals(2),
    );
}

/// The timeline: scenario choice, play/pause, reset, speed, loop, scrubbing, the caption of the
/// moment; in manual mode, sliders for the joints and the calf muscles.
pub fn motion_panel(
    ui: &mut egui::Ui,
    library: &ScenarioLibrary,
    muscles: &[&str],
    playback: &mut Playback,
    manual: &mut ManualControls,
    caption: Option<&str>,
) {
    let scenario = playback.scenario.as_deref().and_then(|id| library.get(id));
    ui.horizontal_wrapped(|ui| {
        let current = scenario.map_or("Manual (sliders)", |s| s.title.as_str());
        egui::ComboBox::from_id_salt("scenario")
            .selected_text(current)
            .width(260.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(scenario.is_none(), "Manual (sliders)")
                    .clicked()
                {
                    playback.scenario = None;
                    playback.playing = false;
                    playback.range = None;
                }
                for s in &library.scenarios {
                    let chosen = playback.scenario.as_deref() == Some(s.id.as_str());
                    if ui
                        .selectable_label(chosen, &s.title)
                        .on_hover_text(&s.description)
                        .clicked()
                        && !chosen
                    {
                        playback.scenario = Some(s.id.clone());
                        playback.time_s = 0.0;
                        playback.playing = true;
                        playback.range = None;
                    }
                }
            });
        if scenario.is_some() {
            let label = if playback.playing {
                "⏸ Pause"
            } else {
                "▶ Play"
            };
            if ui.button(label).on_hover_text("Space").clicked() {
                playback.playing = !playback.playing;
            }
            if ui.button("⏮ Restart").clicked() {
                playback.time_s = 0.0;
            }
            egui::ComboBox::from_id_salt("speed")
                .selected_text(format!("{}×", playback.speed))
                .width(60.0)
                .show_ui(ui, |ui| {
                    for speed in SPEEDS {
                        ui.selectable_value(&mut playback.speed, speed, format!("{speed}×"));
                    }
                });
            ui.checkbox(&mut playback.looping, "Loop");
        } else if ui.button("Reset pose").clicked() {
            *manual = ManualControls::default();
        }
    });
    match scenario {
        Some(scenario) => {
            let duration = scenario.duration_s();
            ui.horizontal(|ui| {
                ui.spacing_mut().slider_width = (ui.available_width() - 90.0).max(80.0);
                let mut t = playback.time_s;
                let slider = egui::Slider::new(&mut t, 0.0..=duration)
                    .suffix(" s")
                    .fixed_decimals(1);
                if ui.add(slider).changed() {
                    playback.time_s = t;
                    playback.playing = false;
                }
            });
            ui.label(RichText::new(caption.unwrap_or(&scenario.description)).size(16.0));
        }
        None => {
            ui.horizontal_wrapped(|ui| {
                let (knee_lo, knee_hi) = KNEE_FLEXION_RANGE_DEG;
                let (ankle_lo, ankle_hi) = ANKLE_DORSIFLEXION_RANGE_DEG;
                ui.add(
                    egui::Slider::new(&mut manual.pose.knee_flexion_deg, knee_lo..=knee_hi)
                        .text("knee bend°"),
                );
                ui.add(
                    egui::Slider::new(&mut manual.pose.ankle_dorsiflexion_deg, ankle_lo..=ankle_hi)
                        .text("ankle° (+ toes up, − pointed)"),
                );
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Drive:");
                for (id, label) in MAIN_DRIVES {
                    drive_slider(ui, manual, id, label);
                }
            });
            let others: Vec<&str> = muscles
                .iter()
                .copied()
                .filter(|id| !MAIN_DRIVES.iter().any(|(main, _)| main == id))
                .collect();
            if !others.is_empty() {
                egui::CollapsingHeader::new("Other muscles")
                    .id_salt("other_drives")
                    .show(ui, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            for id in others {
                                drive_slider(ui, manual, id, &id.replace('_', " "));
                            }
                        });
                    });
            }
        }
    }
}

const RED_FLAG: Color32 = Color32::from_rgb(0xF0, 0x6A, 0x5F);

/// Text with `[[glossary terms]]`: the terms are underlined and explain themselves on hover
/// (or a tap on touch screens).
pub fn text_with_glossary(ui: &mut egui::Ui, text: &str, content: &Content, register: Register) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        let mut rest = text;
        loop {
            let (before, term, after) = match rest
                .find("[[")
                .and_then(|s| rest[s + 2..].find("]]").map(|e| (s, s + 2 + e)))
            {
                Some((start, end)) => (
                    &rest[..start],
                    Some(&rest[start + 2..end]),
                    &rest[end + 2..],
                ),
                None => (rest, None, ""),
            };
            for word in before.split_inclusive(' ') {
                ui.label(word);
            }
            let Some(term) = term else { break };
            let explanation = content.glossary_entry(term).map(|g| match register {
                Register::Plain => g.plain.as_str(),
                Register::Clinical => g.clinical.as_str(),
            });
            let response = ui
                .add(egui::Label::new(RichText::new(term).underline()).sense(egui::Sense::click()));
            if let Some(explanation) = explanation {
                response.on_hover_text(explanation);
            }
            rest = after;
        }
    });
}

/// The "Learn" panel: every section of the content, in the chosen register, with "show me"
/// buttons. Returns the links of a pressed "show me".
/// The "Learn" panel. `playing` is the scenario on the timeline and its time: the steps of the
/// item that plays it follow the animation (the current step is marked).
pub fn learn_panel(
    ui: &mut egui::Ui,
    content: &Content,
    register: &mut Register,
    playing: Option<(&str, f64)>,
) -> Option<Vec<ShowMe>> {
    let mut show_me = None;
    ui.add_space(4.0);
    ui.heading("About leg cramps");
    ui.horizontal(|ui| {
        ui.selectable_value(register, Register::Plain, "Plain words");
        ui.selectable_value(register, Register::Clinical, "Clinical words");
    });
    ui.label(RichText::new(&content.disclaimer).small().weak());
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("learn_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for section in &content.sections {
                let is_flags = section.items.iter().all(|i| i.red_flag);
                let title = if is_flags {
                    RichText::new(format!("⚠ {}", section.title))
                        .color(RED_FLAG)
                        .strong()
                } else {
                    RichText::new(&section.title).strong()
                };
                egui::CollapsingHeader::new(title)
                    .id_salt(&section.id)
                    .default_open(is_flags || section.id == "what")
                    .show(ui, |ui| {
                        for item in &section.items {
                            let heading = RichText::new(&item.title).strong();
                            ui.label(if item.red_flag {
                                heading.color(RED_FLAG)
                            } else {
                                heading
                            });
                            text_with_glossary(ui, item.text(*register), content, *register);
                            let current_step = playing
                                .filter(|(id, _)| item.played_scenario() == Some(*id))
                                .and_then(|(_, time)| item.step_at(time));
                            for (n, step) in item.steps.iter().enumerate() {
                                let mut line = format!("{}. {}", n + 1, step.text);
                                if let Some(hold) = step.hold_s {
                                    line.push_str(&format!(" Hold {}.", duration_words(hold)));
                                }
                                if let Some(reps) = step.repetitions {
                                    line.push_str(&format!(" × {reps}"));
                                }
                                if current_step == Some(n) {
                                    ui.label(
                                        RichText::new(format!("▶ {line}"))
                                            .strong()
                                            .background_color(CURRENT_STEP),
                                    );
                                } else {
                                    ui.label(line);
                                }
                            }
                            ui.horizontal(|ui| {
                                if !item.show_me.is_empty() && ui.button("▶ Show me").clicked() {
                                    show_me = Some(item.show_me.clone());
                                }
                                if !item.references.is_empty() {
                                    let citations: Vec<&str> = item
                                        .references
                                        .iter()
                                        .filter_map(|id| {
                                            content.references.iter().find(|r| &r.id == id)
                                        })
                                        .map(|r| r.citation.as_str())
                                        .collect();
                                    ui.label(
                                        RichText::new(format!("Sources ({})", citations.len()))
                                            .small()
                                            .weak(),
                                    )
                                    .on_hover_text(citations.join("\n\n"));
                                }
                            });
                            ui.add_space(6.0);
                        }
                    });
            }
        });
    show_me
}

/// Behind the step the animation is showing.
const CURRENT_STEP: egui::Color32 = egui::Color32::from_rgba_premultiplied(40, 80, 40, 160);

/// "30 seconds", "2 minutes".
fn duration_words(seconds: f32) -> String {
    if seconds >= 60.0 {
        format!("{:.0} minutes", seconds / 60.0)
    } else {
        format!("{seconds:.0} seconds")
    }
}

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
