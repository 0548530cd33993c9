//! Motion: joints, scenarios and the timeline. Each frame the playback (or the manual sliders)
//! gives joint angles and muscle drive; the biomechanics core turns them into muscle states;
//! the bones are posed and the soft tissues deformed from them (`deform`).

pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub use data::run_export;
mod deform;

use std::collections::{BTreeMap, VecDeque};

use bevy::prelude::*;

use crate::LaunchConfig;
use crate::anatomy::SegmentBody;
use crate::core::anatomy::Segment;
use crate::core::biomech::{JointAngles, MuscleState, MusculoskeletalModel};
use crate::core::scenario::{SIMULATION_STEP_S, ScenarioLibrary, ScenarioSample, Simulation};
use crate::data_files::{DataBytes, finished_load};
use crate::state::Notices;
use data::{MODEL_PATH, SCENARIOS_PATH};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Playback>()
        .init_resource::<ManualControls>()
        .add_systems(Startup, start_loading)
        .add_systems(
            Update,
            finish_loading.run_if(resource_exists::<PendingMotionData>),
        )
        .add_systems(
            Update,
            (advance, pose_segments)
                .chain()
                .in_set(MotionSet)
                .run_if(resource_exists::<Biomechanics>),
        )
        .add_plugins(deform::plugin);
}

/// The systems that move the leg; appearance and deformation run after them.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct MotionSet;

/// The loaded model and scenarios.
#[derive(Resource)]
pub struct Biomechanics {
    pub model: MusculoskeletalModel,
    pub library: ScenarioLibrary,
    /// Muscle states at the neutral pose with no drive: what "rest length" means.
    pub rest: Vec<MuscleState>,
}

impl Biomechanics {
    pub fn muscle_index(&self, id: &str) -> Option<usize> {
        self.model.muscles.iter().position(|m| m.id == id)
    }
}

/// The timeline. `scenario: None` is manual mode (sliders).
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Playback {
    pub scenario: Option<String>,
    pub time_s: f64,
    pub playing: bool,
    pub speed: f64,
    pub looping: bool,
    /// Play only this part of the scenario, seconds (a tour step's range).
    pub range: Option<(f64, f64)>,
}

impl Default for Playback {
    fn default() -> Self {
        Self {
            scenario: None,
            time_s: 0.0,
            playing: false,
            speed: 1.0,
            looping: true,
            range: None,
        }
    }
}

/// Playback speeds offered (0.25x to 2x).
pub const SPEEDS: [f64; 5] = [0.25, 0.5, 1.0, 1.5, 2.0];

/// The sliders of manual mode: joint angles and drive per muscle.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct ManualControls {
    pub pose: JointAngles,
    pub excitation: BTreeMap<String, f64>,
}

/// What the leg is doing now: the output of the simulation, read by the deformation and the UI.
#[derive(Resource, Clone, Debug)]
pub struct LegPose {
    pub pose: JointAngles,
    pub states: Vec<MuscleState>,
    pub caption: Option<String>,
    /// Recent history for plots: (timeline seconds, states).
    pub history: VecDeque<(f64, Vec<MuscleState>)>,
    /// Where the simulation is on the timeline (it steps in fixed increments).
    simulated_s: f64,
}

/// How many seconds of history the plots show.
pub const HISTORY_S: f64 = 12.0;

#[derive(Resource)]
struct PendingMotionData {
    model: Handle<DataBytes>,
    scenarios: Handle<DataBytes>,
}

fn start_loading(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(PendingMotionData {
        model: assets.load(MODEL_PATH),
        scenarios: assets.load(SCENARIOS_PATH),
    });
}

fn finish_loading(
    mut commands: Commands,
    pending: Res<PendingMotionData>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    config: Option<Res<LaunchConfig>>,
    mut notices: ResMut<Notices>,
    mut playback: ResMut<Playback>,
) {
    let read = |handle| finished_load(&server, &files, handle);
    let (Some(model_file), Some(scenario_file)) = (read(&pending.model), read(&pending.scenarios))
    else {
        return;
    };
    commands.remove_resource::<PendingMotionData>();
    let data = data::parse_or_built_in(model_file, scenario_file);
    notices.0.extend(data.problems);
    let rest: Vec<MuscleState> = data
        .model
        .muscles
        .iter()
        .map(|m| m.equilibrium(data.model.mtu_length(m, JointAngles::default()), 0.0))
        .collect();
    // A scenario named by a flag or link starts paused at its time (or plays from the start).
    if let Some(launch) = config.as_ref().map(|c| &c.initial_view)
        && let Some(id) = &launch.scenario
    {
        if data.library.get(id).is_some() {
            playback.scenario = Some(id.clone());
            playback.time_s = launch.time.unwrap_or(0.0);
            playback.playing = launch.time.is_none();
        } else {
            notices
                .0
                .push(format!("There is no scenario called {id:?}."));
        }
    }
    commands.insert_resource(LegPose {
        pose: JointAngles::default(),
        states: rest.clone(),
        caption: None,
        history: VecDeque::new(),
        simulated_s: f64::NAN,
    });
    commands.insert_resource(Biomechanics {
        model: data.model,
        library: data.library,
        rest,
    });
}

/// Moves the timeline and the simulation to the current time. `LegPose` is marked changed only
/// when something moved, so an idle leg costs nothing downstream.
fn advance(
    time: Res<Time>,
    bio: Res<Biomechanics>,
    mut playback: ResMut<Playback>,
    manual: Res<ManualControls>,
    mut leg: ResMut<LegPose>,
) {
    let dt = f64::from(time.delta_secs()).min(0.1);
    let scenario = playback
        .scenario
        .as_deref()
        .and_then(|id| bio.library.get(id));
    let Some(scenario) = scenario else {
        // Manual mode: the sliders are the prescription; activation still takes its time.
        let sample = ScenarioSample {
            pose: manual.pose.clamped(),
            excitation: manual.excitation.clone(),
            twitch: 0.0,
            caption: None,
        };
        let mut simulation = Simulation::resume(&bio.model, leg.states.clone());
        simulation.step(&sample, 0.0, dt.max(1e-3));
        let moved = sample.pose != leg.pose
            || leg.caption.is_some()
            || simulation.states.iter().zip(&leg.states).any(|(a, b)| {
                (a.activation - b.activation).abs() > 1e-5 || (a.force_n - b.force_n).abs() > 1e-3
            });
        if moved {
            leg.states = simulation.states;
            leg.pose = sample.pose;
            leg.caption = None;
            leg.simulated_s = f64::NAN;
        }
        return;
    };
    let duration = scenario.duration_s();
    let (start, end) = playback.range.map_or((0.0, duration), |(from, to)| {
        (from.clamp(0.0, duration), to.clamp(0.0, duration))
    });
    if playback.playing {
        let mut t = playback.time_s + dt * playback.speed;
        if t > end {
            if playback.looping {
                t = start;
            } else {
                t = end;
                playback.playing = false;
            }
        }
        playback.time_s = t;
    }
    let target = playback.time_s.clamp(0.0, duration);
    let leg_now = leg.bypass_change_detection();
    let mut moved = false;
    // Going backwards (scrub, loop) restarts the simulation from the beginning.
    if leg_now.simulated_s.is_nan() || leg_now.simulated_s > target {
        let start = scenario.sample(0.0);
        leg_now.states = Simulation::new(&bio.model, &start).states;
        leg_now.simulated_s = 0.0;
        leg_now.history.clear();
        moved = true;
    }
    let mut simulation = Simulation::resume(&bio.model, std::mem::take(&mut leg_now.states));
    let mut t = leg_now.simulated_s;
    while t + SIMULATION_STEP_S <= target + 1e-9 {
        t += SIMULATION_STEP_S;
        let sample = scenario.sample(t);
        simulation.step(&sample, t, SIMULATION_STEP_S);
        moved = true;
        // 20 samples a second are plenty for a plot.
        if leg_now
            .history
            .back()
            .is_none_or(|(last, _)| t - last >= 0.05)
        {
            leg_now.history.push_back((t, simulation.states.clone()));
        }
    }
    while leg_now
        .history
        .front()
        .is_some_and(|(first, _)| t - first > HISTORY_S)
    {
        leg_now.history.pop_front();
    }
    let sample = scenario.sample(target);
    leg_now.states = simulation.states;
    leg_now.simulated_s = t;
    if moved || leg_now.pose != sample.pose || leg_now.caption != sample.caption {
        leg_now.pose = sample.pose;
        leg_now.caption = sample.caption;
        leg.set_changed();
    }
}

/// The rigid transforms of the shank and the foot for a pose (the thigh does not move).
pub fn segment_transform(
    model: &MusculoskeletalModel,
    segment: Segment,
    pose: JointAngles,
) -> Transform {
    let knee = Quat::from_rotation_x(pose.knee_flexion_deg.to_radians() as f32);
    match segment {
        Segment::Thigh => Transform::IDENTITY,
        Segment::Shank => Transform::from_rotation(knee),
        Segment::Foot => {
            let [x, y, z] = model.ankle_axis.map(|v| v as f32);
            let centre = Vec3::from(model.ankle_centre.map(|v| v as f32));
            let ankle = Quat::from_axis_angle(
                Vec3::new(x, y, z),
                pose.ankle_dorsiflexion_deg.to_radians() as f32,
            );
            // Turn about the ankle centre, then with the shank about the knee.
            let about_ankle = Transform::from_translation(centre)
                * Transform::from_rotation(ankle)
                * Transform::from_translation(-centre);
            Transform::from_rotation(knee) * about_ankle
        }
    }
}

fn pose_segments(
    bio: Res<Biomechanics>,
    leg: Res<LegPose>,
    mut segments: Query<(&SegmentBody, &mut Transform)>,
) {
    if !leg.is_changed() {
        return;
    }
    for (segment, mut transform) in &mut segments {
        let wanted = segment_transform(&bio.model, segment.0, leg.pose);
        if *transform != wanted {
            *transform = wanted;
        }
    }
}
