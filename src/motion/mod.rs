//! Motion: joints, scenarios and the timeline. The view state names the scenario and whether
//! it is paused (and where) or playing (and which part); [`Playback`] keeps only the running
//! clock and the user's speed. Each frame the clock (or the manual sliders) gives joint angles
//! and muscle drive; the biomechanics core turns them into muscle states; the bones are posed
//! and the soft tissues deformed from them (`deform`).

#[cfg(not(target_arch = "wasm32"))]
pub mod data;
mod deform;
mod panel;

use std::collections::{BTreeMap, VecDeque};

use bevy::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
pub use data::{Export, run_export};
pub use panel::{SPEEDS, motion_panel};

use crate::anatomy::SegmentBody;
use crate::core::anatomy::Segment;
use crate::core::biomech::{JointAngles, MuscleState, MusculoskeletalModel};
use crate::core::scenario::{SIMULATION_STEP_S, ScenarioLibrary, ScenarioSample, Simulation};
use crate::data::MotionData;
use crate::state::{ApplyView, CurrentView, ViewApplied, ViewUpdate};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Playback>()
        .init_resource::<ManualControls>()
        .add_systems(
            Update,
            take_motion_data
                .run_if(resource_exists_and_changed::<MotionData>)
                .after(crate::data::DataLoading),
        )
        .add_systems(
            Update,
            (follow_view_state, advance, pose_segments)
                .chain()
                .in_set(MotionSet)
                .after(ViewUpdate)
                .run_if(resource_exists::<Biomechanics>),
        )
        .add_plugins((deform::plugin, panel::plugin));
}

/// The systems that move the leg; appearance and deformation run after them.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct MotionSet;

/// The loaded model and scenarios, with the muscles' rest states.
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

/// What the view state does not say about the timeline: where the running clock is, and how
/// fast it runs.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Playback {
    /// The scenario's clock, seconds (the view state's `time` while paused).
    pub time_s: f64,
    pub speed: f64,
    /// Start again at the end (else stop there, paused).
    pub looping: bool,
}

impl Default for Playback {
    fn default() -> Self {
        Self {
            time_s: 0.0,
            speed: 1.0,
            looping: true,
        }
    }
}

/// Whether the view state's scenario is playing (not paused at a moment).
pub fn is_playing(view: &crate::core::view_state::ViewState) -> bool {
    view.scenario.is_some() && view.time.is_none()
}

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

fn take_motion_data(mut commands: Commands, data: Res<MotionData>) {
    let model = data.model.clone();
    let rest: Vec<MuscleState> = model
        .muscles
        .iter()
        .map(|m| m.equilibrium(model.mtu_length(m, JointAngles::default()), 0.0))
        .collect();
    commands.insert_resource(LegPose {
        pose: JointAngles::default(),
        states: rest.clone(),
        caption: None,
        history: VecDeque::new(),
        simulated_s: f64::NAN,
    });
    commands.insert_resource(Biomechanics {
        model,
        library: data.scenarios.clone(),
        rest,
    });
}

/// Sets the clock from a new view state: a paused moment, the start of a new scenario or of
/// the part to play, or where it was when play resumes.
fn follow_view_state(
    mut applied: MessageReader<ViewApplied>,
    view: Res<CurrentView>,
    mut playback: ResMut<Playback>,
    mut last_scenario: Local<Option<String>>,
) {
    for applied in applied.read() {
        let state = &view.0;
        let new_scenario = *last_scenario != state.scenario;
        *last_scenario = state.scenario.clone();
        let start = state.range.map_or(0.0, |(from, _)| from);
        let clock = match state.time {
            Some(time) => time,
            None if new_scenario || applied.restart_clock => start,
            None => match state.range {
                Some((from, to)) if !(from..=to).contains(&playback.time_s) => from,
                _ => playback.time_s,
            },
        };
        if playback.time_s != clock {
            playback.time_s = clock;
        }
    }
}

/// Moves the clock and the simulation to the current time. `LegPose` is marked changed only
/// when something moved, so an idle leg costs nothing downstream.
fn advance(
    time: Res<Time>,
    bio: Res<Biomechanics>,
    view: Res<CurrentView>,
    mut playback: ResMut<Playback>,
    manual: Res<ManualControls>,
    mut leg: ResMut<LegPose>,
    mut requests: MessageWriter<ApplyView>,
) {
    let dt = f64::from(time.delta_secs()).min(0.1);
    let scenario = view
        .0
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
    let (start, end) = view.0.range.unwrap_or((0.0, duration));
    if is_playing(&view.0) {
        let mut t = playback.time_s + dt * playback.speed;
        if t > end {
            if playback.looping || view.0.range.is_some() {
                t = start;
            } else {
                // The end of an unlooped scenario is a pause there.
                t = end;
                requests.write(ApplyView::edit(&view, |state| state.time = Some(end)));
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
    added: Query<(), Added<SegmentBody>>,
) {
    if !leg.is_changed() && added.is_empty() {
        return;
    }
    for (segment, mut transform) in &mut segments {
        let wanted = segment_transform(&bio.model, segment.0, leg.pose);
        if *transform != wanted {
            *transform = wanted;
        }
    }
}
