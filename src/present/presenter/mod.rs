//! The presenter view a physiotherapist shows a patient while a tour is on: the view full
//! screen with the step's caption, big buttons, a pen, a handout and the clinic's details.

mod view;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub use view::{Pen, PresenterAction, PresenterOutput, PresenterScreen, presenter_view};

use super::handout::{HandoutCapture, HandoutRequest, handout_file_name};
use super::tours::{TourCommand, tour_position};
use crate::data::{Clinic, Tours};
use crate::state::{CurrentView, presenting};
use crate::ui::{ScenePanels, UiPass};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PenDrawing>().add_systems(
        EguiPrimaryContextPass,
        draw_presenter.in_set(UiPass::LeftPanel).run_if(presenting),
    );
}

/// The presenter's pen strokes (kept while the step stays the same).
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct PenDrawing(pub Pen);

/// What the presenter view reads and drives.
#[derive(SystemParam)]
struct PresenterUi<'w, 's> {
    tours: Option<Res<'w, Tours>>,
    clinic: Option<Res<'w, Clinic>>,
    handout: Res<'w, HandoutCapture>,
    tour_commands: MessageWriter<'w, TourCommand>,
    handout_requests: MessageWriter<'w, HandoutRequest>,
    windows: Query<'w, 's, &'static mut Window, With<bevy::window::PrimaryWindow>>,
}

fn draw_presenter(
    mut contexts: EguiContexts,
    view: Res<CurrentView>,
    mut present: PresenterUi,
    mut pen: ResMut<PenDrawing>,
    mut panels: ResMut<ScenePanels>,
    mut last_step: Local<Option<(String, usize)>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(tours) = present.tours.as_deref() else {
        return Ok(());
    };
    let Some((tour, position)) = tour_position(&view.0, tours)
        .and_then(|position| Some((tours.0.get(&position.tour)?, position)))
    else {
        present.tour_commands.write(TourCommand::Stop);
        return Ok(());
    };
    // A new step is a new picture: the drawing on the last one goes.
    let here = Some((position.tour.clone(), position.step));
    if *last_step != here {
        pen.0.clear();
        *last_step = here;
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        "presenter_root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let screen = PresenterScreen {
        tour,
        position: &position,
        clinic: present.clinic.as_deref().and_then(|c| c.0.as_ref()),
        overlay: view.0.overlay,
        handout: present.handout.in_progress(),
        fullscreen: present
            .windows
            .single()
            .is_ok_and(|w| w.mode != bevy::window::WindowMode::Windowed),
    };
    let output = presenter_view(&mut root, &screen, &mut pen.0);
    match output.action {
        Some(PresenterAction::Next) => {
            present.tour_commands.write(TourCommand::Go(1));
        }
        Some(PresenterAction::Previous) => {
            present.tour_commands.write(TourCommand::Go(-1));
        }
        Some(PresenterAction::GoTo(step)) => {
            present.tour_commands.write(TourCommand::GoTo(step));
        }
        Some(PresenterAction::Exit) => {
            present.tour_commands.write(TourCommand::Stop);
        }
        Some(PresenterAction::ToggleFullscreen) => {
            if let Ok(mut window) = present.windows.single_mut() {
                window.mode = if window.mode == bevy::window::WindowMode::Windowed {
                    bevy::window::WindowMode::BorderlessFullscreen(
                        bevy::window::MonitorSelection::Current,
                    )
                } else {
                    bevy::window::WindowMode::Windowed
                };
            }
        }
        Some(PresenterAction::Handout) => {
            present
                .handout_requests
                .write(HandoutRequest(handout_file_name(
                    &position.tour,
                    position.step + 1,
                )));
        }
        None => {}
    }
    panels.top = output.top;
    panels.bottom = output.bottom;
    Ok(())
}
