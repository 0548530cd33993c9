//! The motion panel along the bottom: scenario choice, play/pause, restart, speed, loop,
//! scrubbing and the caption of the moment; in manual mode, sliders for the joints and the
//! calf muscles.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{LegPose, ManualControls, Playback, is_playing};
use crate::core::biomech::{ANKLE_DORSIFLEXION_RANGE_DEG, KNEE_FLEXION_RANGE_DEG};
use crate::core::scenario::ScenarioLibrary;
use crate::core::view_state::ViewState;
use crate::data::{Atlas, MotionData};
use crate::state::{ApplyView, CurrentView, presenting};
use crate::ui::{
    ScenePanels, UiPass, Words, is_narrow, name_for_screen_readers, panel_root, with_decimals,
};

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

/// The muscles with their own slider in the main row of manual mode, with the interface
/// message of their short slider label.
const MAIN_DRIVES: [(&str, &str); 4] = [
    ("gastrocnemius_medial", "drive-gastrocnemius-medial"),
    ("gastrocnemius_lateral", "drive-gastrocnemius-lateral"),
    ("soleus", "drive-soleus"),
    ("tibialis_anterior", "drive-tibialis-anterior"),
];

/// Playback speeds show as few decimals as they need ("0.25×", "2×").
fn speed_digits(speed: f64) -> usize {
    (0..=2)
        .find(|d| ((speed * 10f64.powi(*d as i32)).fract()).abs() < 1e-9)
        .unwrap_or(2)
}

fn drive_slider(ui: &mut egui::Ui, manual: &mut ManualControls, id: &str, label: &str) {
    let value = manual.excitation.entry(id.to_owned()).or_insert(0.0);
    labelled_slider(ui, egui::Slider::new(value, 0.0..=1.0), 2, label);
}

/// A slider with its number (the language's way) and its label; in a wrapping row it starts a
/// new row when it would not fit: egui lays the three out as one group, which a wrapping row
/// cannot break.
fn labelled_slider(ui: &mut egui::Ui, slider: egui::Slider<'_>, digits: usize, label: &str) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_width = ui.fonts_mut(|f| {
        f.layout_no_wrap(label.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    });
    let spacing = ui.spacing();
    let needed =
        spacing.slider_width + spacing.interact_size.x + label_width + 4.0 * spacing.item_spacing.x;
    if ui.layout().main_wrap && ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
    ui.add(with_decimals(ui, slider, digits).text(label));
}

/// The panel, as a function of what it shows: edits the view state (scenario, pause, moment),
/// the clock and speed, and the manual sliders.
pub fn motion_panel(
    ui: &mut egui::Ui,
    library: &ScenarioLibrary,
    muscles: &[(&str, &str)],
    view: &mut ViewState,
    playback: &mut Playback,
    manual: &mut ManualControls,
    caption: Option<&str>,
) {
    let scenario = view.scenario.as_deref().and_then(|id| library.get(id));
    ui.horizontal_wrapped(|ui| {
        let manual_name = ui.t("motion-manual");
        let current = scenario.map_or(manual_name.as_str(), |s| s.title.as_str());
        let chooser = egui::ComboBox::from_id_salt("scenario")
            .selected_text(current)
            .width(260.0_f32.min(ui.available_width() - 24.0))
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(scenario.is_none(), &manual_name)
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
        let name = format!("{}: {current}", ui.t("motion-scenario-name"));
        name_for_screen_readers(&chooser.response, egui::WidgetType::ComboBox, &name);
        if scenario.is_some() {
            let playing = is_playing(view);
            let label = ui.t(if playing {
                "motion-pause"
            } else {
                "motion-play"
            });
            if ui.button(label).on_hover_text(ui.t("key-space")).clicked() {
                view.time = if playing { Some(playback.time_s) } else { None };
            }
            if ui.button(ui.t("motion-restart")).clicked() {
                let start = view.range.map_or(0.0, |(from, _)| from);
                playback.time_s = start;
                if view.time.is_some() {
                    view.time = Some(start);
                }
            }
            let speed_now = ui.tf(
                "motion-speed",
                &[(
                    "speed",
                    ui.num(playback.speed, speed_digits(playback.speed)).into(),
                )],
            );
            let speed_name = format!("{}: {speed_now}", ui.t("motion-speed-name"));
            let speed_chooser = egui::ComboBox::from_id_salt("speed")
                .selected_text(speed_now)
                .width(60.0)
                .show_ui(ui, |ui| {
                    for speed in SPEEDS {
                        let text = ui.tf(
                            "motion-speed",
                            &[("speed", ui.num(speed, speed_digits(speed)).into())],
                        );
                        ui.selectable_value(&mut playback.speed, speed, text);
                    }
                });
            name_for_screen_readers(
                &speed_chooser.response,
                egui::WidgetType::ComboBox,
                &speed_name,
            );
            let looping = ui.t("motion-loop");
            ui.checkbox(&mut playback.looping, looping);
        } else if ui.button(ui.t("motion-reset-pose")).clicked() {
            *manual = ManualControls::default();
        }
    });
    match scenario {
        Some(scenario) => {
            let duration = scenario.duration_s();
            ui.horizontal(|ui| {
                ui.spacing_mut().slider_width = (ui.available_width() - 90.0).max(80.0);
                let mut t = playback.time_s;
                let slider = with_decimals(ui, egui::Slider::new(&mut t, 0.0..=duration), 1)
                    .suffix(format!(" {}", ui.t("unit-seconds")));
                let slid = ui.add(slider);
                let name = ui.t("motion-time-name");
                slid.widget_info(|| egui::WidgetInfo::slider(true, t, &name));
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
        // On a phone, or with large text, the sliders fold away (open on a tap), so the leg
        // keeps the screen.
        None if is_narrow(ui.ctx()) => {
            let stack = ui.available_width() < 480.0;
            egui::CollapsingHeader::new(ui.t("motion-sliders"))
                .id_salt("manual_sliders")
                .show(ui, |ui| manual_sliders(ui, muscles, manual, stack));
        }
        None => manual_sliders(ui, muscles, manual, false),
    }
}

/// The joint angles and each muscle's drive: side by side where there is room, one under
/// another on a phone (`stack`).
fn manual_sliders(
    ui: &mut egui::Ui,
    muscles: &[(&str, &str)],
    manual: &mut ManualControls,
    stack: bool,
) {
    let rows = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
        if stack {
            ui.vertical(|ui| add(ui));
        } else {
            ui.horizontal_wrapped(|ui| add(ui));
        }
    };
    rows(ui, &mut |ui| {
        let (knee_lo, knee_hi) = KNEE_FLEXION_RANGE_DEG;
        let (ankle_lo, ankle_hi) = ANKLE_DORSIFLEXION_RANGE_DEG;
        let (knee, ankle) = (ui.t("motion-knee"), ui.t("motion-ankle"));
        let pose = &mut manual.pose;
        let knee_slider = egui::Slider::new(&mut pose.knee_flexion_deg, knee_lo..=knee_hi);
        labelled_slider(ui, knee_slider, 1, &knee);
        let ankle_slider = egui::Slider::new(&mut pose.ankle_dorsiflexion_deg, ankle_lo..=ankle_hi);
        labelled_slider(ui, ankle_slider, 1, &ankle);
    });
    rows(ui, &mut |ui| {
        ui.label(ui.t("motion-drive"));
        for (id, key) in MAIN_DRIVES {
            let label = ui.t(key);
            drive_slider(ui, manual, id, &label);
        }
    });
    let others: Vec<(&str, &str)> = muscles
        .iter()
        .copied()
        .filter(|(id, _)| !MAIN_DRIVES.iter().any(|(main, _)| main == id))
        .collect();
    if !others.is_empty() {
        egui::CollapsingHeader::new(ui.t("motion-other-muscles"))
            .id_salt("other_drives")
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for (id, name) in others {
                        drive_slider(ui, manual, id, name);
                    }
                });
            });
    }
}

fn draw_motion_panel(
    mut contexts: EguiContexts,
    bio: Res<MotionData>,
    atlas: Option<Res<Atlas>>,
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
            // Each muscle's slider says its name in the language showing.
            let muscles: Vec<(&str, &str)> = bio
                .model
                .muscles
                .iter()
                .map(|m| {
                    let name = atlas
                        .as_deref()
                        .and_then(|a| a.0.structure(&m.id))
                        .map_or(m.id.as_str(), |s| s.name.as_str());
                    (m.id.as_str(), name)
                })
                .collect();
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
