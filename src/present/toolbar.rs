//! Buttons over the top right of the view: present a guided tour, open the quiz.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::quiz::QuizCommand;
use super::tours::TourCommand;
use crate::core::tour::Audience;
use crate::data::{QuizQuestions, Tours};
use crate::state::{CurrentView, presenting};
use crate::ui::{ScenePanels, UiPass, Words, is_narrow};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_toolbar.in_set(UiPass::Windows).run_if(not(presenting)),
    );
}

fn draw_toolbar(
    mut contexts: EguiContexts,
    tours: Option<Res<Tours>>,
    quiz_questions: Option<Res<QuizQuestions>>,
    view: Res<CurrentView>,
    panels: Res<ScenePanels>,
    mut tour_commands: MessageWriter<TourCommand>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let screen = ctx.viewport_rect();
    // On a phone the buttons that open the side panels take the first row (top left): the
    // toolbar goes below them rather than over them.
    let top = if is_narrow(ctx) {
        panels.open_buttons_bottom.max(8.0) + 8.0
    } else {
        8.0
    };
    egui::Area::new(egui::Id::new("toolbar"))
        .pivot(egui::Align2::RIGHT_TOP)
        .fixed_pos(egui::pos2(screen.right() - panels.right - 8.0, top))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if let Some(tours) = tours.as_deref() {
                    let present = ui.t("toolbar-present");
                    ui.menu_button(present, |ui| {
                        ui.label(egui::RichText::new(ui.t("toolbar-present-heading")).weak());
                        for tour in &tours.0.tours {
                            let audience = match tour.audience {
                                Audience::Patient => "patient",
                                Audience::Student => "student",
                            };
                            let label = ui.tf(
                                "toolbar-tour",
                                &[
                                    ("title", tour.title.as_str().into()),
                                    ("audience", audience.into()),
                                ],
                            );
                            if ui.button(label).on_hover_text(&tour.summary).clicked() {
                                tour_commands.write(TourCommand::Start {
                                    tour: tour.id.clone(),
                                    step: None,
                                });
                            }
                        }
                    });
                }
                if quiz_questions.is_some()
                    && ui
                        .selectable_label(view.0.quiz, ui.t("toolbar-quiz"))
                        .clicked()
                {
                    quiz_commands.write(if view.0.quiz {
                        QuizCommand::Close
                    } else {
                        QuizCommand::Open
                    });
                }
            });
        });
    Ok(())
}
