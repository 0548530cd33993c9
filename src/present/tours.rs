//! Guided tours: loaded from `assets/tours/`, started from the panel, a link (`?tour=…&step=…`)
//! or the command line (`--tour … --step …`), and stepped with the arrow keys, Page Up/Down (the
//! keys presentation clickers send), Space, or the on-screen buttons. Each step puts its view
//! state on screen: camera, selection, visibility, overlay, spotlight and animation.

use bevy::prelude::*;
use bevy_egui::EguiContext;

use crate::LaunchConfig;
use crate::anatomy::Atlas;
use crate::content::Spotlight;
use crate::core::data_error::parse_or_built_in;
use crate::core::tour::{TourLibrary, TourPosition, TourTargets};
use crate::data_files::{DataBytes, finished_load};
use crate::explore::camera::CameraCommand;
use crate::motion::{Biomechanics, Playback};
use crate::state::{CurrentView, Notices};

pub const TOURS_PATH: &str = "tours/leg.tours.ron";
const BUILT_IN_TOURS: &[u8] = include_bytes!("../../assets/tours/leg.tours.ron");

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Presenter>()
        .add_message::<TourCommand>()
        .add_systems(Startup, start_loading)
        .add_systems(
            Update,
            finish_loading.run_if(resource_exists::<PendingTours>),
        )
        .add_systems(
            Update,
            (presenter_keys, run_tour_commands)
                .chain()
                .run_if(resource_exists::<Tours>),
        )
        .add_systems(Update, leave_fullscreen_when_done);
}

/// The loaded tours.
#[derive(Resource, Clone, Debug)]
pub struct Tours(pub TourLibrary);

/// The tour being presented, if any. While it is set the app shows the presenter view.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Presenter {
    pub position: Option<TourPosition>,
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

#[derive(Resource)]
struct PendingTours(Handle<DataBytes>);

fn start_loading(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(PendingTours(assets.load(TOURS_PATH)));
}

/// Parses the tours against the anatomy and the scenarios (falling back to the built-in copy),
/// then starts the tour a link or flag asked for.
// A Bevy system takes what it reads; grouping would only hide it.
#[allow(clippy::too_many_arguments)]
fn finish_loading(
    mut commands: Commands,
    pending: Res<PendingTours>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    atlas: Option<Res<Atlas>>,
    bio: Option<Res<Biomechanics>>,
    config: Option<Res<LaunchConfig>>,
    mut notices: ResMut<Notices>,
    mut tour_commands: MessageWriter<TourCommand>,
) {
    let (Some(atlas), Some(bio)) = (atlas, bio) else {
        return;
    };
    let Some(file) = finished_load(&server, &files, &pending.0) else {
        return;
    };
    commands.remove_resource::<PendingTours>();
    let structures: Vec<String> = atlas.0.structures.iter().map(|s| s.id.clone()).collect();
    let scenarios: Vec<(String, f64)> = bio
        .library
        .scenarios
        .iter()
        .map(|s| (s.id.clone(), s.duration_s()))
        .collect();
    let targets = TourTargets {
        structures: &structures,
        scenarios: &scenarios,
    };
    let (library, problems) = parse_or_built_in(TOURS_PATH, file, BUILT_IN_TOURS, |f, b| {
        TourLibrary::from_ron(f, b, &targets)
    });
    notices.0.extend(problems);
    let Some(library) = library else { return };
    if let Some(launch) = config.as_ref().map(|c| &c.initial_view)
        && let Some(id) = &launch.tour
    {
        if library.get(id).is_some() {
            tour_commands.write(TourCommand::Start {
                tour: id.clone(),
                step: launch.step,
            });
        } else {
            let ids: Vec<&str> = library.tours.iter().map(|t| t.id.as_str()).collect();
            notices.0.push(format!(
                "There is no tour called {id:?}; the tours are {}.",
                ids.join(", ")
            ));
        }
    }
    commands.insert_resource(Tours(library));
}

/// Arrow keys, Page Up/Down and Space step through the tour; Esc ends it.
fn presenter_keys(
    keys: Res<ButtonInput<KeyCode>>,
    presenter: Res<Presenter>,
    mut egui_contexts: Query<&mut EguiContext>,
    mut tour_commands: MessageWriter<TourCommand>,
) {
    if presenter.position.is_none()
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
    mut presenter: ResMut<Presenter>,
    mut view: ResMut<CurrentView>,
    mut spotlight: ResMut<Spotlight>,
    mut playback: ResMut<Playback>,
    mut camera: MessageWriter<CameraCommand>,
) {
    let mut changed = false;
    for command in tour_commands.read() {
        match command {
            TourCommand::Start { tour, step } => {
                if let Some(tour) = tours.0.get(tour) {
                    presenter.position = Some(TourPosition::start(tour, *step));
                    changed = true;
                }
            }
            TourCommand::Go(delta) => {
                if let Some(position) = presenter.position.as_mut() {
                    changed |= position.go(*delta);
                }
            }
            TourCommand::GoTo(step) => {
                if let Some(position) = presenter.position.as_mut() {
                    changed |= position.go(*step as isize - position.step as isize);
                }
            }
            TourCommand::Stop => {
                if presenter.position.take().is_some() {
                    view.0.tour = None;
                    view.0.step = None;
                    view.0.overlay = None;
                    spotlight.0.clear();
                    playback.range = None;
                }
            }
        }
    }
    let Some(position) = presenter.position.as_ref().filter(|_| changed) else {
        return;
    };
    let Some(step) = tours
        .0
        .get(&position.tour)
        .and_then(|t| t.steps.get(position.step))
    else {
        return;
    };
    let mut state = step.view_state();
    state.tour = Some(position.tour.clone());
    state.step = Some(position.step + 1);
    camera.write(CameraCommand::ShowView(state.view));
    spotlight.set_if_neq(Spotlight(step.spotlight.clone()));
    *playback = step_playback(&state, step.play, &playback);
    view.0 = state;
}

/// The timeline a step asks for: a range played in a loop, a paused moment, the whole scenario,
/// or no scenario (the leg at rest).
fn step_playback(
    state: &crate::core::view_state::ViewState,
    play: Option<(f64, f64)>,
    current: &Playback,
) -> Playback {
    let mut playback = Playback {
        speed: current.speed,
        ..default()
    };
    let Some(id) = &state.scenario else {
        return playback;
    };
    playback.scenario = Some(id.clone());
    match (play, state.time) {
        (Some((from, to)), _) => {
            playback.range = Some((from, to));
            playback.time_s = from;
            playback.playing = true;
        }
        (None, Some(time)) => playback.time_s = time,
        (None, None) => playback.playing = true,
    }
    playback
}

/// A presentation that filled the screen gives the window back when it ends.
fn leave_fullscreen_when_done(
    presenter: Res<Presenter>,
    mut windows: Query<&mut Window, With<bevy::window::PrimaryWindow>>,
) {
    if !presenter.is_changed() || presenter.position.is_some() {
        return;
    }
    for mut window in &mut windows {
        if window.mode != bevy::window::WindowMode::Windowed {
            window.mode = bevy::window::WindowMode::Windowed;
        }
    }
}
