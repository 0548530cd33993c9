//! Scenarios: timelines of joint angles and muscle excitations (RON, `assets/scenarios/`), and
//! the simulation that turns one into muscle states with the biomechanics model.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::biomech::{JointAngles, MuscleState, MusculoskeletalModel, activation_step};
use crate::data_error::{DataError, parse_ron};

/// All scenarios, as in `assets/scenarios/leg.scenarios.ron`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScenarioLibrary {
    pub scenarios: Vec<Scenario>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The moment that best shows what the scenario is about (for pictures and "show me").
    pub key_time_s: f64,
    pub keyframes: Vec<Keyframe>,
}

/// The leg at one moment. Between keyframes everything eases smoothly.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Keyframe {
    pub t: f64,
    pub knee_flexion_deg: f64,
    pub ankle_dorsiflexion_deg: f64,
    /// Neural drive per muscle id, 0..1; muscles not named get none.
    #[serde(default)]
    pub excitation: BTreeMap<String, f64>,
    /// 0..1: how strongly the active muscles twitch (fasciculation), as in a cramp.
    #[serde(default)]
    pub twitch: f64,
    /// Optional caption for this phase, shown with the timeline.
    #[serde(default)]
    pub caption: Option<String>,
}

/// What a scenario prescribes at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioSample {
    pub pose: JointAngles,
    pub excitation: BTreeMap<String, f64>,
    pub twitch: f64,
    pub caption: Option<String>,
}

impl ScenarioLibrary {
    /// Parses and checks scenarios against the muscle model: every named muscle must exist,
    /// times must run forwards from 0 for at most [`MAX_SCENARIO_S`], and every value must be
    /// in its range.
    pub fn from_ron(
        file: &str,
        bytes: &[u8],
        model: &MusculoskeletalModel,
    ) -> Result<Self, Vec<DataError>> {
        let library: Self = parse_ron(file, bytes).map_err(|e| vec![e])?;
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for scenario in &library.scenarios {
            if !seen.insert(scenario.id.as_str()) {
                problems.push(DataError::new(
                    file,
                    format!("scenario id {:?} is used twice", scenario.id),
                ));
            }
            problems.extend(
                scenario
                    .problems(model)
                    .into_iter()
                    .map(|problem| DataError::new(file, problem)),
            );
        }
        if problems.is_empty() {
            Ok(library)
        } else {
            Err(problems)
        }
    }

    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }
}

fn smoothstep(u: f64) -> f64 {
    let u = u.clamp(0.0, 1.0);
    u * u * (3.0 - 2.0 * u)
}

/// The longest a scenario may last, seconds: each one shows a single event, and a typo such as
/// `t: 3000` would otherwise make the app simulate for minutes.
pub const MAX_SCENARIO_S: f64 = 120.0;

impl Scenario {
    /// What is wrong with this scenario, one message each.
    fn problems(&self, model: &MusculoskeletalModel) -> Vec<String> {
        let id = &self.id;
        let mut problems = Vec::new();
        let keys = &self.keyframes;
        if keys.is_empty() {
            problems.push(format!("scenario {id:?} has no keyframes"));
        }
        if keys.iter().any(|k| !k.t.is_finite() || k.t < 0.0) {
            problems.push(format!(
                "scenario {id:?}: keyframe times must be finite and 0 s or later"
            ));
        }
        if keys.windows(2).any(|w| w[1].t <= w[0].t) {
            problems.push(format!("scenario {id:?}: keyframe times must increase"));
        }
        if self.duration_s() > MAX_SCENARIO_S {
            problems.push(format!(
                "scenario {id:?} lasts {} s; a scenario lasts at most {MAX_SCENARIO_S} s",
                self.duration_s()
            ));
        }
        if !(0.0..=self.duration_s()).contains(&self.key_time_s) {
            problems.push(format!(
                "scenario {id:?}: key_time_s is outside the timeline"
            ));
        }
        for key in keys {
            let at = format!("scenario {id:?} at {} s", key.t);
            for (muscle, value) in &key.excitation {
                if model.muscle(muscle).is_none() {
                    problems.push(format!("{at}: unknown muscle {muscle:?}"));
                }
                if !(0.0..=1.0).contains(value) {
                    problems.push(format!("{at}: excitation of {muscle} must be 0..1"));
                }
            }
            if !(0.0..=1.0).contains(&key.twitch) {
                problems.push(format!("{at}: twitch must be 0..1"));
            }
            let pose = JointAngles::new(key.knee_flexion_deg, key.ankle_dorsiflexion_deg);
            if !(pose.knee_flexion_deg.is_finite() && pose.ankle_dorsiflexion_deg.is_finite()) {
                problems.push(format!("{at}: joint angles must be finite numbers"));
            } else if pose.clamped() != pose {
                problems.push(format!("{at}: angles outside the range of motion"));
            }
        }
        problems
    }

    pub fn duration_s(&self) -> f64 {
        self.keyframes.last().map_or(0.0, |k| k.t)
    }

    /// The prescribed state at `time_s` (clamped to the timeline), eased between keyframes.
    pub fn sample(&self, time_s: f64) -> ScenarioSample {
        let keys = &self.keyframes;
        let Some(first) = keys.first() else {
            return ScenarioSample {
                pose: JointAngles::default(),
                excitation: BTreeMap::new(),
                twitch: 0.0,
                caption: None,
            };
        };
        let t = if time_s.is_finite() {
            time_s.clamp(first.t, self.duration_s())
        } else {
            first.t
        };
        let next = keys.iter().position(|k| k.t > t).unwrap_or(keys.len() - 1);
        let (a, b) = (&keys[next.saturating_sub(1)], &keys[next]);
        let u = if b.t > a.t {
            smoothstep((t - a.t) / (b.t - a.t))
        } else {
            1.0
        };
        let mix = |x: f64, y: f64| x + (y - x) * u;
        let mut excitation = BTreeMap::new();
        for muscle in a.excitation.keys().chain(b.excitation.keys()) {
            let from = a.excitation.get(muscle).copied().unwrap_or(0.0);
            let to = b.excitation.get(muscle).copied().unwrap_or(0.0);
            excitation.insert(muscle.clone(), mix(from, to));
        }
        let caption = keys
            .iter()
            .rev()
            .find(|k| k.t <= t)
            .and_then(|k| k.caption.clone());
        ScenarioSample {
            pose: JointAngles::new(
                mix(a.knee_flexion_deg, b.knee_flexion_deg),
                mix(a.ankle_dorsiflexion_deg, b.ankle_dorsiflexion_deg),
            ),
            excitation,
            twitch: mix(a.twitch, b.twitch),
            caption,
        }
    }
}

/// Twitching as irregular dips of drive in the active muscles: a sum of incommensurate sines,
/// different for each muscle, deterministic so exports and pictures repeat exactly.
pub fn twitch_excitation(excitation: f64, twitch: f64, time_s: f64, muscle_index: usize) -> f64 {
    if twitch <= 0.0 || excitation <= 0.0 {
        return excitation;
    }
    let phase = muscle_index as f64 * 1.7;
    let wave = (time_s * 23.0 + phase).sin() * 0.5
        + (time_s * 37.3 + 2.0 * phase).sin() * 0.3
        + (time_s * 9.1 + phase).sin() * 0.2;
    (excitation * (1.0 - 0.35 * twitch * (0.5 + 0.5 * wave))).clamp(0.0, 1.0)
}

/// Runs a whole scenario with a fixed step, muscle by muscle: activation follows excitation,
/// length follows the pose, force and fibre length come from the Hill-type model.
pub struct Simulation<'a> {
    model: &'a MusculoskeletalModel,
    pub states: Vec<MuscleState>,
}

impl<'a> Simulation<'a> {
    /// Continues from earlier states (one per model muscle, in model order).
    pub fn resume(model: &'a MusculoskeletalModel, states: Vec<MuscleState>) -> Self {
        Self { model, states }
    }

    /// Starts at rest at the scenario's first pose, activations at their first excitation.
    pub fn new(model: &'a MusculoskeletalModel, sample: &ScenarioSample) -> Self {
        let states = model
            .muscles
            .iter()
            .map(|m| {
                let a = sample.excitation.get(&m.id).copied().unwrap_or(0.0);
                m.equilibrium(model.mtu_length(m, sample.pose), a)
            })
            .collect();
        Self { model, states }
    }

    /// Advances by `dt_s` to the prescribed `sample` at `time_s`.
    pub fn step(&mut self, sample: &ScenarioSample, time_s: f64, dt_s: f64) {
        for (index, (muscle, state)) in self
            .model
            .muscles
            .iter()
            .zip(self.states.iter_mut())
            .enumerate()
        {
            let drive = sample.excitation.get(&muscle.id).copied().unwrap_or(0.0);
            let excitation = twitch_excitation(drive, sample.twitch, time_s, index);
            let activation = activation_step(state.activation, excitation, dt_s);
            let equilibrium =
                muscle.equilibrium(self.model.mtu_length(muscle, sample.pose), activation);
            *state = muscle.with_velocity(equilibrium, state.fiber_length_m, dt_s);
        }
    }
}

/// Time step of scenario simulations (and exports), seconds.
pub const SIMULATION_STEP_S: f64 = 0.005;

impl Scenario {
    /// The same scenario without the twitching (for reduced motion): the drive holds steady.
    pub fn without_twitch(&self) -> Scenario {
        let mut still = self.clone();
        for keyframe in &mut still.keyframes {
            keyframe.twitch = 0.0;
        }
        still
    }

    /// Simulates from the start to `until_s`, calling `visit` at every step (time, prescription,
    /// muscle states in model order). Returns the states at `until_s`.
    pub fn simulate(
        &self,
        model: &MusculoskeletalModel,
        until_s: f64,
        mut visit: impl FnMut(f64, &ScenarioSample, &[MuscleState]),
    ) -> Vec<MuscleState> {
        let start = self.sample(0.0);
        let mut simulation = Simulation::new(model, &start);
        visit(0.0, &start, &simulation.states);
        let until = until_s.clamp(0.0, self.duration_s());
        let steps = (until / SIMULATION_STEP_S).round() as usize;
        for k in 1..=steps {
            let t = k as f64 * SIMULATION_STEP_S;
            let sample = self.sample(t);
            simulation.step(&sample, t, SIMULATION_STEP_S);
            visit(t, &sample, &simulation.states);
        }
        simulation.states
    }
}
