//! The motion panel along the bottom: scenario choice, play/pause, restart, speed, loop,
//! scrubbing and the caption of the moment; in manual mode, sliders for the joints and the
//! calf muscles.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{LegPose, ManualControls, Playback, is_playing};
use crate::core::biomech::{ANKLE_DORSIFLEXION_RANGE_DEG, KNEE_FLEXION_RANGE_DEG};
use crate::core::scenario::ScenarioLibrary;
use crate::core::view_state::ViewState;
use crate::data::MotionData;
use crate::state::{ApplyView, CurrentView, presenting};
use crate::ui::{ScenePanels, UiPass, panel_root};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_motion_panel
            .in_set(UiPass::BottomPanel)
            .run_if(resource_exists::<MotionData>)
            .run_if(not(presenting)),
    );
}

/// Playback speeds offered (0.25x to 2x).
pub const SPEEDS: [f64; 5] = [0.25, 0.5, 1.0, 1.5, 2.0];

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

/// The panel, as a function of what it shows: edits the view state (scenario, pause, moment),
/// the clock and speed, and the manual sliders.
pub fn motion_panel(
    ui: &mut egui::Ui,
    library: &ScenarioLibrary,
    muscles: &[&str],
    view: &mut ViewState,
    playback: &mut Playback,
    manual: &mut ManualControls,
    caption: Option<&str>,
) {
    let scenario = view.scenario.as_deref().and_then(|id| library.get(id));
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
                    view.scenario = None;
                    view.time = None;
                    view.range = None;
                }
                for s in &library.scenarios {
                    let chosen = view.scenario.as_deref() == Some(s.id.as_str());
                    if ui
                        .selectable_label(chosen, &s.title)
                        .on_hover_text(&s.description)
                        .clicked()
                        && !chosen
                    {
                        view.scenario = Some(s.id.clone());
                        view.time = None;
                        view.range = None;
                    }
                }
            });
        if scenario.is_some() {
            let playing = is_playing(view);
            let label = if playing { "⏸ Pause" } else { "▶ Play" };
            if ui.button(label).on_hover_text("Space").clicked() {
                view.time = if playing { Some(playback.time_s) } else { None };
            }
            if ui.button("⏮ Restart").clicked() {
                let start = view.range.map_or(0.0, |(from, _)| from);
                playback.time_s = start;
                if view.time.is_some() {
                    view.time = Some(start);
                }
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
                let slid = ui.add(slider);
                // Only the user moves the timeline: the slider also reports its own rounding of
                // the running clock to a tenth as a change, which must not pause playback.
                let by_user = slid.dragged() || slid.clicked() || slid.has_focus();
                if slid.changed() && by_user {
                    // Scrubbing pauses at the moment chosen.
                    view.time = Some(t);
                    playback.time_s = t;
                }
            });
            ui.label(egui::RichText::new(caption.unwrap_or(&scenario.description)).size(16.0));
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

fn draw_motion_panel(
    mut contexts: EguiContexts,
    bio: Res<MotionData>,
    leg: Option<Res<LegPose>>,
    view: Res<CurrentView>,
    mut playback: ResMut<Playback>,
    mut manual: ResMut<ManualControls>,
    mut panels: ResMut<ScenePanels>,
    mut requests: MessageWriter<ApplyView>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = panel_root(ctx, &panels, "motion_root");
    // Edit copies, so change detection fires only on real changes.
    let mut state = view.0.clone();
    let mut new_playback = playback.clone();
    let mut new_manual = manual.clone();
    let height = egui::Panel::bottom("motion_panel")
        .resizable(false)
        .show_inside(&mut root, |ui| {
            ui.add_space(4.0);
            let muscles: Vec<&str> = bio.model.muscles.iter().map(|m| m.id.as_str()).collect();
            motion_panel(
                ui,
                &bio.scenarios,
                &muscles,
                &mut state,
                &mut new_playback,
                &mut new_manual,
                leg.as_deref().and_then(|l| l.caption.as_deref()),
            );
            ui.add_space(2.0);
        })
        .response
        .rect
        .height();
    panels.bottom = height;
    playback.set_if_neq(new_playback);
    manual.set_if_neq(new_manual);
    if state != view.0 {
        requests.write(ApplyView::new(state));
    }
    Ok(())
}
