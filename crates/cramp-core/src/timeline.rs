//! Scrubbing through a scenario: the simulation runs on demand as the user moves the time, and
//! keeps the states it passed every [`CHECKPOINT_INTERVAL_S`]. Those checkpoints are the plots'
//! history and the restart points when the user goes back, so a step back replays a few steps,
//! not the whole scenario from 0.

use crate::biomech::{MuscleState, MusculoskeletalModel};
use crate::scenario::{SIMULATION_STEP_S, Scenario, Simulation};

/// How much of the past the plots show, seconds.
pub const HISTORY_S: f64 = 12.0;
/// Simulation steps between two checkpoints: 10 steps of 5 ms, 20 checkpoints a second (as
/// many as the plots need; each is a few hundred bytes).
const STEPS_PER_CHECKPOINT: u64 = 10;
/// Time between two checkpoints, seconds.
pub const CHECKPOINT_INTERVAL_S: f64 = STEPS_PER_CHECKPOINT as f64 * SIMULATION_STEP_S;

/// One scenario simulated on demand, with checkpoints so that seeking backwards restarts from
/// the nearest earlier checkpoint, not from 0.
#[derive(Clone, Debug)]
pub struct Timeline {
    /// Steps from the start to `states`. The time is always `step * SIMULATION_STEP_S`,
    /// counted and never summed, so one time always gives the very same states.
    step: u64,
    states: Vec<MuscleState>,
    /// The states at every `STEPS_PER_CHECKPOINT`-th step (index `i` is step
    /// `i * STEPS_PER_CHECKPOINT`), from 0 to the furthest point simulated: a scenario lasts at
    /// most two minutes, so at most 2,400 of them. The simulation is deterministic, so they stay
    /// valid whichever way the user scrubs.
    checkpoints: Vec<Vec<MuscleState>>,
    steps_taken: u64,
}

impl Timeline {
    /// The scenario at t = 0.
    pub fn new(model: &MusculoskeletalModel, scenario: &Scenario) -> Self {
        let states = Simulation::new(model, &scenario.sample(0.0)).states;
        Self {
            step: 0,
            checkpoints: vec![states.clone()],
            states,
            steps_taken: 0,
        }
    }

    /// Moves the simulation to `time_s` (clamped to 0..=duration; NaN leaves it where it is),
    /// stepping [`SIMULATION_STEP_S`] up to the last step at or before that time. Returns true
    /// when the states changed.
    pub fn seek(&mut self, model: &MusculoskeletalModel, scenario: &Scenario, time_s: f64) -> bool {
        if time_s.is_nan() {
            return false;
        }
        let time_s = time_s.clamp(0.0, scenario.duration_s().max(0.0));
        // The tolerance keeps a time that is a whole number of steps on that step.
        let target = ((time_s + 1e-9) / SIMULATION_STEP_S).floor() as u64;
        if target == self.step {
            return false;
        }
        // Start from the latest checkpoint at or before the target when going back, or when
        // one lies ahead of the current step (after an earlier jump back).
        let kept = ((target / STEPS_PER_CHECKPOINT) as usize).min(self.checkpoints.len() - 1);
        let kept_step = kept as u64 * STEPS_PER_CHECKPOINT;
        if self.step > target || kept_step > self.step {
            self.step = kept_step;
            self.states.clone_from(&self.checkpoints[kept]);
        }
        let mut simulation = Simulation::resume(model, std::mem::take(&mut self.states));
        while self.step < target {
            self.step += 1;
            let t = self.step as f64 * SIMULATION_STEP_S;
            simulation.step(&scenario.sample(t), t, SIMULATION_STEP_S);
            self.steps_taken += 1;
            let first_time_here =
                (self.step / STEPS_PER_CHECKPOINT) as usize == self.checkpoints.len();
            if self.step.is_multiple_of(STEPS_PER_CHECKPOINT) && first_time_here {
                self.checkpoints.push(simulation.states.clone());
            }
        }
        self.states = simulation.states;
        true
    }

    /// The time of the current states, seconds.
    pub fn time_s(&self) -> f64 {
        self.step as f64 * SIMULATION_STEP_S
    }

    /// The muscle states now, one per model muscle, in model order.
    pub fn states(&self) -> &[MuscleState] {
        &self.states
    }

    /// Recent samples for plots: (time s, states), 20 per second, oldest first, over the last
    /// [`HISTORY_S`] up to the current time.
    pub fn history(&self) -> impl Iterator<Item = (f64, &[MuscleState])> {
        let newest = ((self.step / STEPS_PER_CHECKPOINT) as usize).min(self.checkpoints.len() - 1);
        let span = (HISTORY_S / CHECKPOINT_INTERVAL_S).round() as usize;
        let oldest = newest.saturating_sub(span);
        self.checkpoints[oldest..=newest]
            .iter()
            .enumerate()
            .map(move |(i, states)| {
                let step = (oldest + i) as u64 * STEPS_PER_CHECKPOINT;
                (step as f64 * SIMULATION_STEP_S, states.as_slice())
            })
    }

    /// Simulation steps computed since [`Timeline::new`] (what scrubbing costs).
    pub fn steps_taken(&self) -> u64 {
        self.steps_taken
    }
}
