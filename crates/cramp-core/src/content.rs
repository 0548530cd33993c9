//! The explanatory content (`assets/content/<locale>/*.content.ron`): sections of items, each in
//! plain language (patients) and clinical language (students), with references, glossary terms
//! written as `[[term]]`, and "show me" links into the 3D model and the animations.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::data_error::{DataError, parse_validated};

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub locale: String,
    /// Shown on first start and in the panel: education, not medical advice.
    pub disclaimer: String,
    pub references: Vec<Reference>,
    pub glossary: Vec<GlossaryEntry>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    pub citation: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub plain: String,
    pub clinical: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub plain: String,
    pub clinical: String,
    /// Points of the seed article this item covers (see `ARTICLE_POINTS`).
    #[serde(default)]
    pub covers: Vec<String>,
    #[serde(default)]
    pub references: Vec<String>,
    /// Shown prominently: a reason to see a doctor.
    #[serde(default)]
    pub red_flag: bool,
    #[serde(default)]
    pub show_me: Vec<ShowMe>,
    /// Step-by-step instructions (treatments).
    #[serde(default)]
    pub steps: Vec<Step>,
}

/// What "show me" does on the model.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum ShowMe {
    /// Select one structure (and focus on it).
    Select(String),
    /// Make these structures stand out and fade the rest.
    Spotlight(Vec<String>),
    /// Play a scenario from its start.
    Play(String),
    /// Turn the camera to a preset view.
    View(String),
    /// Draw a teaching overlay: massage strokes, heat or cold pack, TENS pads, workload map.
    Overlay(crate::overlay::Overlay),
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    #[serde(default)]
    pub hold_s: Option<f32>,
    #[serde(default)]
    pub repetitions: Option<u32>,
    /// When this step starts in the animation the item plays, seconds: the panel marks the
    /// step being shown as the animation runs.
    #[serde(default)]
    pub at_s: Option<f64>,
}

impl Item {
    /// The scenario this item's "show me" plays, if any.
    pub fn played_scenario(&self) -> Option<&str> {
        self.show_me.iter().find_map(|link| match link {
            ShowMe::Play(id) => Some(id.as_str()),
            _ => None,
        })
    }

    /// Which step the animation is at, when `time_s` into the item's scenario.
    pub fn step_at(&self, time_s: f64) -> Option<usize> {
        self.steps
            .iter()
            .rposition(|step| step.at_s.is_some_and(|at| at <= time_s + 1e-9))
    }
}

/// Register: plain words for patients, clinical words for students.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Register {
    #[default]
    Plain,
    Clinical,
}

impl Item {
    pub fn text(&self, register: Register) -> &str {
        match register {
            Register::Plain => &self.plain,
            Register::Clinical => &self.clinical,
        }
    }
}

/// Every point of the seed article (`shared/seed/leg-cramp-article.txt`); the content must cover
/// each of them.
pub const ARTICLE_POINTS: &[&str] = &[
    "definition",
    "common_in_calf",
    "painful_seconds_to_minutes",
    "cause_dehydration",
    "cause_overuse_injury",
    "cause_poor_circulation",
    "cause_mineral_deficiency",
    "cause_medications",
    "symptom_sudden_pain",
    "symptom_tightness",
    "symptom_visible_contraction",
    "treatment_stretching",
    "treatment_massage",
    "treatment_heat_cold",
    "treatment_hydration",
    "treatment_medications",
    "prognosis_good",
    "seek_care_frequent_severe",
    "physio_plan_depends",
    "physio_stretching",
    "physio_massage",
    "physio_heat_cold",
    "physio_electrotherapy",
    "physio_hydration_nutrition",
    "make_appointment",
];

/// What a content file may link to, for validation.
pub struct KnownIds<'a> {
    pub structures: &'a [String],
    pub scenarios: &'a [String],
}

/// Glossary terms written `[[term]]` in a text, in order.
pub fn glossary_terms(text: &str) -> Vec<&str> {
    let mut terms = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("]]") else { break };
        terms.push(&after[..end]);
        rest = &after[end + 2..];
    }
    terms
}

impl Content {
    /// Parses and validates a content file, reporting every problem.
    pub fn from_ron(file: &str, bytes: &[u8], known: &KnownIds) -> Result<Self, Vec<DataError>> {
        parse_validated(file, bytes, |content: &Self| content.validate(file, known))
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn glossary_entry(&self, term: &str) -> Option<&GlossaryEntry> {
        // Case-blind in any script ("Flexión plantar" and "flexión plantar").
        let wanted = term.to_lowercase();
        self.glossary
            .iter()
            .find(|g| g.term.to_lowercase() == wanted)
    }

    /// Fills what a translation lacks from the English, so nothing is missing on screen: a
    /// section or item it does not have (in the English place), an empty text, a glossary term
    /// or reference the English items use.
    pub fn fill_from(&mut self, english: &Content) {
        if self.disclaimer.trim().is_empty() {
            self.disclaimer = english.disclaimer.clone();
        }
        for (index, section) in english.sections.iter().enumerate() {
            let Some(ours) = self.sections.iter_mut().find(|s| s.id == section.id) else {
                let at = index.min(self.sections.len());
                self.sections.insert(at, section.clone());
                continue;
            };
            for (index, item) in section.items.iter().enumerate() {
                let Some(mine) = ours.items.iter_mut().find(|i| i.id == item.id) else {
                    let at = index.min(ours.items.len());
                    ours.items.insert(at, item.clone());
                    continue;
                };
                for (text, theirs) in [
                    (&mut mine.title, &item.title),
                    (&mut mine.plain, &item.plain),
                    (&mut mine.clinical, &item.clinical),
                ] {
                    if text.trim().is_empty() {
                        text.clone_from(theirs);
                    }
                }
            }
        }
        for entry in &english.glossary {
            if self.glossary_entry(&entry.term).is_none() {
                self.glossary.push(entry.clone());
            }
        }
        for reference in &english.references {
            if !self.references.iter().any(|r| r.id == reference.id) {
                self.references.push(reference.clone());
            }
        }
    }

    /// How a translation differs from the English in what it must keep: the same sections and
    /// items, each with the same red flag, links, steps and (at least) the same references.
    /// `source` is the translation's text, to place each problem on its line.
    pub fn compare_translation(
        &self,
        english: &Content,
        file: &str,
        source: &str,
    ) -> Vec<DataError> {
        let line_of = |id: &str| {
            let quoted = format!("id: \"{id}\"");
            source
                .lines()
                .position(|l| l.contains(&quoted))
                .map_or(1, |i| i + 1)
        };
        let mut problems = Vec::new();
        let ours: HashMap<&str, &Item> = self.items().map(|i| (i.id.as_str(), i)).collect();
        let theirs: HashMap<&str, &Item> = english.items().map(|i| (i.id.as_str(), i)).collect();
        for item in english.items() {
            let Some(mine) = ours.get(item.id.as_str()) else {
                problems.push(DataError::new(
                    file,
                    format!("missing item `{}`; the English is shown", item.id),
                ));
                continue;
            };
            let mut differs = |what: &str| {
                problems.push(
                    DataError::new(
                        file,
                        format!(
                            "item `{}`: {what} differs from the English; expected the same",
                            item.id
                        ),
                    )
                    .at(line_of(&item.id), 1),
                );
            };
            if mine.red_flag != item.red_flag {
                differs("red_flag");
            }
            if mine.show_me != item.show_me {
                differs("show_me");
            }
            if mine.covers != item.covers {
                differs("covers");
            }
            let steps = |i: &Item| -> Vec<(Option<f32>, Option<u32>, Option<f64>)> {
                i.steps
                    .iter()
                    .map(|s| (s.hold_s, s.repetitions, s.at_s))
                    .collect()
            };
            if steps(mine) != steps(item) {
                differs("the steps (count, holds, repetitions or times)");
            }
            if item.references.iter().any(|r| !mine.references.contains(r)) {
                differs("references (every English reference must be kept)");
            }
        }
        for item in self.items() {
            if !theirs.contains_key(item.id.as_str()) {
                problems.push(
                    DataError::new(
                        file,
                        format!(
                            "item `{}` is not in the English; expected the English item ids",
                            item.id
                        ),
                    )
                    .at(line_of(&item.id), 1),
                );
            }
        }
        problems
    }

    pub fn validate(&self, file: &str, known: &KnownIds) -> Vec<DataError> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(DataError::new(file, message));
        let mut ids = HashSet::new();
        let references: HashSet<&str> = self.references.iter().map(|r| r.id.as_str()).collect();
        for section in &self.sections {
            if !ids.insert(section.id.as_str()) {
                problem(format!("id {:?} is used twice", section.id));
            }
            if section.items.is_empty() {
                problem(format!("section {:?} has no items", section.id));
            }
            for item in &section.items {
                let id = &item.id;
                if !ids.insert(id.as_str()) {
                    problem(format!("id {id:?} is used twice"));
                }
                if item.plain.trim().is_empty() || item.clinical.trim().is_empty() {
                    problem(format!(
                        "item {id:?} needs both `plain` and `clinical` text"
                    ));
                }
                for reference in &item.references {
                    if !references.contains(reference.as_str()) {
                        problem(format!(
                            "item {id:?} cites {reference:?}, which is not in `references`"
                        ));
                    }
                }
                for point in &item.covers {
                    if !ARTICLE_POINTS.contains(&point.as_str()) {
                        problem(format!(
                            "item {id:?} covers unknown article point {point:?}"
                        ));
                    }
                }
                for text in [&item.plain, &item.clinical] {
                    for term in glossary_terms(text) {
                        if self.glossary_entry(term).is_none() {
                            problem(format!(
                                "item {id:?} uses glossary term [[{term}]], which the glossary lacks"
                            ));
                        }
                    }
                }
                let timed: Vec<f64> = item.steps.iter().filter_map(|s| s.at_s).collect();
                if !timed.is_empty() && item.played_scenario().is_none() {
                    problem(format!(
                        "item {id:?}: steps have at_s times but show_me plays no scenario"
                    ));
                }
                if timed.windows(2).any(|w| w[1] <= w[0]) {
                    problem(format!("item {id:?}: step at_s times must increase"));
                }
                for link in &item.show_me {
                    let structure_ok = |s: &String| known.structures.contains(s);
                    match link {
                        ShowMe::Select(s) if !structure_ok(s) => problem(format!(
                            "item {id:?}: show_me selects unknown structure {s:?}"
                        )),
                        ShowMe::Spotlight(list) => {
                            for s in list.iter().filter(|s| !structure_ok(s)) {
                                problem(format!(
                                    "item {id:?}: show_me spotlights unknown structure {s:?}"
                                ));
                            }
                        }
                        ShowMe::Play(s) if !known.scenarios.contains(s) => {
                            problem(format!("item {id:?}: show_me plays unknown scenario {s:?}"))
                        }
                        ShowMe::View(v) if v.parse::<crate::view_state::ViewPreset>().is_err() => {
                            problem(format!("item {id:?}: unknown view {v:?}"))
                        }
                        _ => {}
                    }
                }
            }
        }
        let covered: HashSet<&str> = self
            .items()
            .flat_map(|i| i.covers.iter().map(String::as_str))
            .collect();
        for point in ARTICLE_POINTS {
            if !covered.contains(point) {
                problem(format!("no item covers the article point {point:?}"));
            }
        }
        problems
    }
}
