//! Guided tours (`assets/tours/*.tours.ron`): short scripts a physiotherapist steps through with a
//! patient, or a student on their own. A step is a title, a caption to read aloud, and what the
//! model shows, written with the same keys as the web address (`view=posterior&select=soleus`),
//! so a tour step, a link and a set of flags are three spellings of one [`ViewState`].

use std::collections::HashSet;

use serde::Deserialize;

use crate::data_error::{DataError, parse_validated};
use crate::view_state::ViewState;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TourLibrary {
    pub tours: Vec<Tour>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Audience {
    Patient,
    Student,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub id: String,
    pub title: String,
    pub audience: Audience,
    /// One sentence: what the tour explains.
    pub summary: String,
    pub steps: Vec<TourStep>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TourStep {
    pub title: String,
    /// Written to be read aloud: short sentences, plain words.
    pub caption: String,
    /// What the model shows, with the web address keys: `select`, `view`, `scenario`, `time`,
    /// `isolate`, `xray`, `hide`, `overlay`. Everything not named is reset.
    #[serde(default)]
    pub show: String,
    /// Structures to make stand out, fading the rest.
    #[serde(default)]
    pub spotlight: Vec<String>,
    /// Play the scenario of `show` between these times (seconds), looping.
    #[serde(default)]
    pub play: Option<(f64, f64)>,
}

/// What tours may refer to, for validation.
pub struct TourTargets<'a> {
    pub structures: &'a [String],
    /// Scenario ids with their durations, seconds.
    pub scenarios: &'a [(String, f64)],
}

/// Longest caption, in characters: a presenter reads it aloud in under half a minute.
pub const MAX_CAPTION_CHARS: usize = 320;

/// The tours the app promises (README, issue): the checker insists they are there.
pub const REQUIRED_TOURS: &[&str] = &[
    "cramp_for_patients",
    "stretches_for_patients",
    "triceps_surae",
];

impl TourStep {
    /// The state this step puts on screen. Problems were reported when the file was checked,
    /// so any that remain are skipped here.
    pub fn view_state(&self) -> ViewState {
        let mut state = ViewState::from_query(&self.show).0;
        state.spotlight = self.spotlight.clone();
        state.range = self.play;
        state
    }
}

impl TourLibrary {
    pub fn from_ron(
        file: &str,
        bytes: &[u8],
        targets: &TourTargets,
    ) -> Result<Self, Vec<DataError>> {
        parse_validated(file, bytes, |library: &Self| {
            library.validate(file, targets)
        })
    }

    pub fn get(&self, id: &str) -> Option<&Tour> {
        self.tours.iter().find(|t| t.id == id)
    }

    pub fn validate(&self, file: &str, targets: &TourTargets) -> Vec<DataError> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(DataError::new(file, message));
        let mut ids = HashSet::new();
        for tour in &self.tours {
            let id = &tour.id;
            if !ids.insert(id.as_str()) {
                problem(format!("tour id {id:?} is used twice"));
            }
            if tour.steps.is_empty() {
                problem(format!("tour {id:?} has no steps"));
            }
            for (index, step) in tour.steps.iter().enumerate() {
                let at = format!("tour {id:?} step {}", index + 1);
                if step.title.trim().is_empty() || step.caption.trim().is_empty() {
                    problem(format!("{at} needs a title and a caption"));
                }
                let chars = step.caption.chars().count();
                if chars > MAX_CAPTION_CHARS {
                    problem(format!(
                        "{at}: the caption has {chars} characters; keep it under {MAX_CAPTION_CHARS} so it can be read aloud"
                    ));
                }
                let (state, notices) = ViewState::from_query(&step.show);
                for notice in notices {
                    problem(format!("{at}: show {notice}"));
                }
                if state.tour.is_some() || state.step.is_some() {
                    problem(format!("{at}: show may not name a tour or a step"));
                }
                let known = |s: &String| targets.structures.contains(s);
                for s in state
                    .select
                    .iter()
                    .chain(&state.hide)
                    .chain(&step.spotlight)
                {
                    if !known(s) {
                        problem(format!("{at}: unknown structure {s:?}"));
                    }
                }
                let duration = state.scenario.as_ref().map(|s| {
                    targets
                        .scenarios
                        .iter()
                        .find(|(id, _)| id == s)
                        .map(|(_, d)| *d)
                });
                if let Some(None) = duration {
                    problem(format!(
                        "{at}: unknown scenario {:?}",
                        state.scenario.as_deref().unwrap_or_default()
                    ));
                }
                match (step.play, duration.flatten()) {
                    (Some(_), None) if state.scenario.is_none() => problem(format!(
                        "{at}: play needs a scenario in show (e.g. scenario=calf_cramp)"
                    )),
                    (Some((from, to)), Some(duration))
                        if !(0.0 <= from && from < to && to <= duration + 1e-9) =>
                    {
                        problem(format!(
                            "{at}: play ({from}, {to}) must run forwards within the scenario's 0 to {duration} s"
                        ))
                    }
                    _ => {}
                }
                if let (Some(time), Some(duration)) = (state.time, duration.flatten())
                    && time > duration
                {
                    problem(format!(
                        "{at}: time={time} is after the scenario ends ({duration} s)"
                    ));
                }
            }
        }
        for required in REQUIRED_TOURS {
            if !ids.contains(required) {
                problem(format!("the tour {required:?} is missing"));
            }
        }
        problems
    }
}

/// Where a presenter is in a tour: a step index that never leaves the tour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TourPosition {
    pub tour: String,
    /// 0-based.
    pub step: usize,
    pub steps: usize,
}

impl TourPosition {
    /// Starts `tour` at a 1-based step from a link or flag; out-of-range steps are clamped to
    /// the tour (a link to step 9 of a 6-step tour opens step 6).
    pub fn start(tour: &Tour, step_1_based: Option<usize>) -> Self {
        let steps = tour.steps.len();
        let step = step_1_based.unwrap_or(1).clamp(1, steps.max(1)) - 1;
        Self {
            tour: tour.id.clone(),
            step,
            steps,
        }
    }

    /// Moves by `delta` steps; returns whether it moved.
    pub fn go(&mut self, delta: isize) -> bool {
        let last = self.steps.saturating_sub(1) as isize;
        let wanted = (self.step as isize + delta).clamp(0, last) as usize;
        let moved = wanted != self.step;
        self.step = wanted;
        moved
    }

    pub fn is_last(&self) -> bool {
        self.step + 1 >= self.steps
    }
}
