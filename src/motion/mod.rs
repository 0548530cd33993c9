//! Motion: joints, scenarios and the timeline. The view state names the scenario and whether
//! it is paused (and where) or playing (and which part); [`Playback`] keeps only the running
//! clock and the user's speed. Each frame the clock (or the manual sliders) gives joint angles
//! and muscle drive; the biomechanics core turns them into muscle states; the bones are posed
//! and the soft tissues deformed from them (`deform`).

#[cfg(not(target_arch = "wasm32"))]
pub mod data;
mod deform;
mod panel;

use std::collections::BTreeMap;

use bevy::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
pub use data::{Export, run_export};
pub use panel::{SPEEDS, motion_panel};

use crate::anatomy::SegmentBody;
use crate::core::anatomy::Segment;
use crate::core::biomech::{JointAngles, MuscleState, MusculoskeletalModel};
use crate::core::scenario::{Scenario, ScenarioSample, Simulation};
use crate::core::timeline::Timeline;
use crate::data::MotionData;
use crate::state::{ApplyView, CurrentView, ViewApplied, ViewUpdate};
use crate::ui::UiSettings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Playback>()
        .init_resource::<ManualControls>()
        .add_systems(
            Update,
            rest_the_leg
                .run_if(resource_exists_and_changed::<MotionData>)
                .after(crate::data::DataLoading),
        )
        .add_systems(
            Update,
            (follow_view_state, advance, pose_segments)
                .chain()
                .in_set(MotionSet)
                .after(ViewUpdate)
                .run_if(resource_exists::<LegPose>),
        )
        .add_plugins((deform::plugin, panel::plugin));
}

/// The systems that move the leg; appearance and deformation run after them.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct MotionSet;

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
    /// The scenario being simulated (its id, and whether it is the still version of reduced
    /// motion), kept with its checkpoints so scrubbing is cheap; `None` in manual mode.
    timeline: Option<((String, bool), Timeline)>,
}

impl LegPose {
    /// Recent states for plots: (timeline seconds, states), the last 12 s.
    pub fn history(&self) -> impl Iterator<Item = (f64, &[MuscleState])> {
        self.timeline
            .iter()
            .flat_map(|(_, timeline)| timeline.history())
    }
}

/// A (re)loaded model starts the leg at rest.
fn rest_the_leg(mut commands: Commands, data: Res<MotionData>) {
    commands.insert_resource(LegPose {
        pose: JointAngles::default(),
        states: data.rest.clone(),
        caption: None,
        timeline: None,
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
    bio: Res<MotionData>,
    view: Res<CurrentView>,
    mut playback: ResMut<Playback>,
    manual: Res<ManualControls>,
    mut leg: ResMut<LegPose>,
    mut requests: MessageWriter<ApplyView>,
    ui_settings: Res<UiSettings>,
    mut still: Local<Option<Scenario>>,
) {
    let dt = f64::from(time.delta_secs()).min(0.1);
    let scenario = view
        .0
        .scenario
        .as_deref()
        .and_then(|id| bio.scenarios.get(id));
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
            leg.timeline = None;
        }
        return;
    };
    // Reduced motion: a cramp without the shimmer of its twitching (made once per scenario).
    let reduced = ui_settings.reduce_motion();
    let scenario = if reduced {
        let stale = still
            .as_ref()
            .is_none_or(|s| s.id != scenario.id || s.keyframes.len() != scenario.keyframes.len());
        if stale {
            *still = Some(scenario.without_twitch());
        }
        still.as_ref().unwrap_or(scenario)
    } else {
        scenario
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
    let same_scenario = leg_now
        .timeline
        .as_ref()
        .is_some_and(|((id, was_reduced), _)| *id == scenario.id && *was_reduced == reduced);
    if !same_scenario {
        leg_now.timeline = Some((
            (scenario.id.clone(), reduced),
            Timeline::new(&bio.model, scenario),
        ));
        moved = true;
    }
    if let Some((_, timeline)) = leg_now.timeline.as_mut() {
        // Backwards (a scrub, a loop) restarts from the nearest checkpoint, not from 0.
        moved |= timeline.seek(&bio.model, scenario, target);
        if moved {
            leg_now.states = timeline.states().to_vec();
        }
    }
    let sample = scenario.sample(target);
    if moved || leg_now.pose != sample.pose || leg_now.caption != sample.caption {
        leg_now.pose = sample.pose;
        leg_now.caption = sample.caption;
        leg.set_changed();
    }
}

/// The rigid motion of a segment for a pose, from the core's one copy of the joint kinematics.
pub fn segment_transform(
    model: &MusculoskeletalModel,
    segment: Segment,
    pose: JointAngles,
) -> Transform {
    let affine = model.segment_transform(segment, pose);
    let (scale, rotation, translation) = affine.to_scale_rotation_translation();
    Transform {
        translation: translation.as_vec3(),
        rotation: rotation.as_quat(),
        scale: scale.as_vec3(),
    }
}

fn pose_segments(
    bio: Res<MotionData>,
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
