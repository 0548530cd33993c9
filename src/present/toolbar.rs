//! Buttons over the top right of the view: present a guided tour, open the quiz.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::quiz::{Quiz, QuizCommand};
use super::tours::TourCommand;
use crate::data::{QuizQuestions, Tours};
use crate::state::presenting;
use crate::ui::{ScenePanels, UiPass};

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
    quiz: Res<Quiz>,
    panels: Res<ScenePanels>,
    mut tour_commands: MessageWriter<TourCommand>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let screen = ctx.viewport_rect();
    egui::Area::new(egui::Id::new("toolbar"))
        .pivot(egui::Align2::RIGHT_TOP)
        .fixed_pos(egui::pos2(screen.right() - panels.right - 8.0, 8.0))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if let Some(tours) = tours.as_deref() {
                    ui.menu_button("🎬 Present", |ui| {
                        ui.label(egui::RichText::new("Guided tours, full screen").weak());
                        for tour in &tours.0.tours {
                            let label = format!("{} ({})", tour.title, tour.audience.label());
                            if ui.button(label).on_hover_text(&tour.summary).clicked() {
                                tour_commands.write(TourCommand::Start {
                                    tour: tour.id.clone(),
                                    step: None,
                                });
                            }
                        }
                    });
                }
                if quiz_questions.is_some() && ui.selectable_label(quiz.open, "❓ Quiz").clicked()
                {
                    quiz_commands.write(if quiz.open {
                        QuizCommand::Close
                    } else {
                        QuizCommand::Open
                    });
                }
            });
        });
    Ok(())
}
