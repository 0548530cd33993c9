//! The "Learn" panel on the right: every section of the content in the chosen register (plain
//! or clinical words), glossary terms that explain themselves, sources, "show me" buttons, and
//! the steps of a stretch following the animation.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui::RichText;

use super::ShowMeRequest;
use crate::core::content::{Content, Register, ShowMe};
use crate::data::LearningContent;
use crate::motion::Playback;
use crate::state::{ApplyView, CurrentView, presenting};
use crate::ui::{
    RED_FLAG, ScenePanels, UiPass, UiSettings, Words, is_narrow, language_choice, panel_root,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_learn_panel
            .in_set(UiPass::RightPanel)
            .run_if(not(presenting)),
    );
}

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

/// Behind the step the animation is showing.
const CURRENT_STEP: egui::Color32 = egui::Color32::from_rgba_premultiplied(40, 80, 40, 160);

/// "30 seconds", "2 minutes".
fn duration_words(ui: &egui::Ui, seconds: f32) -> String {
    if seconds >= 60.0 {
        let minutes = (seconds / 60.0).round() as i64;
        ui.tf("duration-minutes", &[("count", minutes.into())])
    } else {
        ui.tf(
            "duration-seconds",
            &[("count", (seconds.round() as i64).into())],
        )
    }
}

/// The "Learn" panel. `playing` is the scenario on the timeline and its time: the steps of the
/// item that plays it follow the animation (the current step is marked). Returns the links of
/// a pressed "show me".
pub fn learn_panel(
    ui: &mut egui::Ui,
    content: &Content,
    register: &mut Register,
    playing: Option<(&str, f64)>,
) -> Option<Vec<ShowMe>> {
    let mut show_me = None;
    ui.add_space(4.0);
    ui.heading(ui.t("learn-title"));
    ui.horizontal(|ui| {
        let (plain, clinical) = (ui.t("learn-plain"), ui.t("learn-clinical"));
        ui.selectable_value(register, Register::Plain, plain);
        ui.selectable_value(register, Register::Clinical, clinical);
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
                            // A warning says so with a sign and words, not by colour alone.
                            ui.label(if item.red_flag {
                                RichText::new(format!("⚠ {}", item.title))
                                    .strong()
                                    .color(RED_FLAG)
                            } else {
                                RichText::new(&item.title).strong()
                            });
                            text_with_glossary(ui, item.text(*register), content, *register);
                            let current_step = playing
                                .filter(|(id, _)| item.played_scenario() == Some(*id))
                                .and_then(|(_, time)| item.step_at(time));
                            for (n, step) in item.steps.iter().enumerate() {
                                let mut line = format!("{}. {}", n + 1, step.text);
                                if let Some(hold) = step.hold_s {
                                    let hold = duration_words(ui, hold);
                                    line.push(' ');
                                    line.push_str(
                                        &ui.tf("learn-hold", &[("duration", hold.into())]),
                                    );
                                }
                                if let Some(reps) = step.repetitions {
                                    line.push(' ');
                                    line.push_str(&ui.tf(
                                        "learn-repetitions",
                                        &[("count", i64::from(reps).into())],
                                    ));
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
                                if !item.show_me.is_empty() && ui.button(ui.t("show-me")).clicked()
                                {
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
                                        RichText::new(ui.tf(
                                            "learn-sources",
                                            &[("count", (citations.len() as i64).into())],
                                        ))
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

fn draw_learn_panel(
    mut contexts: EguiContexts,
    content: Option<Res<LearningContent>>,
    view: Res<CurrentView>,
    playback: Res<Playback>,
    mut ui_settings: ResMut<UiSettings>,
    mut requests: MessageWriter<ApplyView>,
    mut panels: ResMut<ScenePanels>,
    mut show_me: MessageWriter<ShowMeRequest>,
) -> Result {
    let (Some(true), Some(content)) = (ui_settings.learn_open, content.as_deref()) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let narrow = is_narrow(ctx);
    let screen = ctx.viewport_rect();
    let mut root = panel_root(ctx, &panels, "learn_root");
    let mut register = ui_settings.register;
    let mut close = false;
    let mut state = view.0.clone();
    let width = egui::Panel::right("learn_panel")
        .resizable(true)
        .default_size(if narrow { screen.width() * 0.9 } else { 360.0 })
        .size_range(220.0..=(screen.width() * 0.95).max(230.0))
        .show_inside(&mut root, |ui| {
            if narrow && ui.button(ui.t("close")).clicked() {
                close = true;
            }
            language_choice(ui, &mut state);
            let playing = view.0.scenario.as_deref().map(|id| (id, playback.time_s));
            if let Some(links) = learn_panel(ui, &content.0, &mut register, playing) {
                show_me.write(ShowMeRequest(links));
            }
        })
        .response
        .rect
        .width();
    if !narrow {
        panels.right = width;
    }
    if state != view.0 {
        requests.write(ApplyView::new(state));
    }
    if ui_settings.register != register {
        ui_settings.register = register;
    }
    if close {
        ui_settings.learn_open = Some(false);
    }
    Ok(())
}
