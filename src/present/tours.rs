//! Guided tours: started from the toolbar, a link (`?tour=…&step=…`) or the command line
//! (`--tour … --step …`), stepped with the arrow keys, Page Up/Down (the keys presentation
//! clickers send), Space, or the on-screen buttons. A step is a view state: moving to one
//! applies it (camera, selection, visibility, overlay, spotlight and animation) through the one
//! view-state path, which opens a bare `tour`+`step` as the tour shows it.

use bevy::prelude::*;
use bevy_egui::EguiContext;

use crate::core::tour::TourPosition;
use crate::core::view_state::ViewState;
use crate::data::Tours;
use crate::state::{ApplyView, CurrentView, ViewUpdate};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<TourCommand>()
        .add_systems(
            Update,
            (presenter_keys, run_tour_commands)
                .chain()
                .before(ViewUpdate)
                .run_if(resource_exists::<Tours>),
        )
        .add_systems(Update, leave_fullscreen_when_done.after(ViewUpdate));
}

/// What the presenter (keys, buttons, links) asks for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum TourCommand {
    /// Start a tour at a 1-based step (`None`: the first).
    Start { tour: String, step: Option<usize> },
    /// Move by this many steps (clamped to the tour).
    Go(isize),
    /// Jump to a 0-based step (a progress dot).
    GoTo(usize),
    /// Leave the presenter view.
    Stop,
}

/// Where the presenter is, from the view state and the tours.
pub fn tour_position(view: &ViewState, tours: &Tours) -> Option<TourPosition> {
    let tour = tours.0.get(view.tour.as_deref()?)?;
    Some(TourPosition::start(tour, view.step))
}

/// Arrow keys, Page Up/Down and Space step through the tour; Esc ends it.
fn presenter_keys(
    keys: Res<ButtonInput<KeyCode>>,
    view: Res<CurrentView>,
    mut egui_contexts: Query<&mut EguiContext>,
    mut tour_commands: MessageWriter<TourCommand>,
) {
    if view.0.tour.is_none()
        || egui_contexts
            .iter_mut()
            .any(|mut ctx| ctx.get_mut().egui_wants_keyboard_input())
    {
        return;
    }
    let next = [
        KeyCode::ArrowRight,
        KeyCode::PageDown,
        KeyCode::Space,
        KeyCode::ArrowDown,
    ];
    let previous = [KeyCode::ArrowLeft, KeyCode::PageUp, KeyCode::ArrowUp];
    if keys.any_just_pressed(next) {
        tour_commands.write(TourCommand::Go(1));
    }
    if keys.any_just_pressed(previous) {
        tour_commands.write(TourCommand::Go(-1));
    }
    if keys.just_pressed(KeyCode::Escape) {
        tour_commands.write(TourCommand::Stop);
    }
}

fn run_tour_commands(
    mut tour_commands: MessageReader<TourCommand>,
    tours: Res<Tours>,
    view: Res<CurrentView>,
    mut requests: MessageWriter<ApplyView>,
) {
    if tour_commands.is_empty() {
        return;
    }
    let mut position = tour_position(&view.0, &tours);
    let mut moved = false;
    for command in tour_commands.read() {
        match command {
            TourCommand::Start { tour, step } => {
                if let Some(tour) = tours.0.get(tour) {
                    position = Some(TourPosition::start(tour, *step));
                    moved = true;
                }
            }
            TourCommand::Go(delta) => {
                if let Some(position) = position.as_mut() {
                    moved |= position.go(*delta);
                }
            }
            TourCommand::GoTo(step) => {
                if let Some(position) = position.as_mut() {
                    moved |= position.go(*step as isize - position.step as isize);
                }
            }
            TourCommand::Stop => {
                if position.take().is_some() {
                    // The model stays as the last step left it, minus the presentation's aids.
                    requests.write(ApplyView::edit(&view, |state| {
                        state.tour = None;
                        state.step = None;
                        state.overlay = None;
                        state.spotlight.clear();
                        state.range = None;
                    }));
                }
                moved = false;
            }
        }
    }
    if let (true, Some(position)) = (moved, position) {
        // A bare tour step: the view-state path opens it as the tour shows it.
        requests.write(ApplyView::new(ViewState {
            tour: Some(position.tour),
            step: Some(position.step + 1),
            ..ViewState::default()
        }));
    }
}

/// A presentation that filled the screen gives the window back when it ends.
fn leave_fullscreen_when_done(
    view: Res<CurrentView>,
    mut windows: Query<&mut Window, With<bevy::window::PrimaryWindow>>,
) {
    if !view.is_changed() || view.0.tour.is_some() {
        return;
    }
    for mut window in &mut windows {
        if window.mode != bevy::window::WindowMode::Windowed {
            window.mode = bevy::window::WindowMode::Windowed;
        }
    }
}
