//! The keys of the view state: declared once, parsed the same way from a link and from flags.

use std::collections::BTreeSet;

use super::ViewState;
use crate::anatomy::BodySystem;
use crate::i18n::Message;

/// One key of the view state, as the command line and the web address both spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateKey {
    pub name: &'static str,
    /// What the value looks like; `None` for a switch (on when named alone).
    pub value_name: Option<&'static str>,
    pub help: &'static str,
}

/// Every key, in the order links are written.
pub const STATE_KEYS: &[StateKey] = &[
    StateKey {
        name: "select",
        value_name: Some("ID"),
        help: "Select a structure by id, e.g. soleus or calcaneal_tendon",
    },
    StateKey {
        name: "view",
        value_name: Some("VIEW"),
        help: "Camera view: anterior, posterior, medial or lateral",
    },
    StateKey {
        name: "hide",
        value_name: Some("ID,ID"),
        help: "Hide structures, by comma-separated ids (e.g. skin,fibula)",
    },
    StateKey {
        name: "isolate",
        value_name: None,
        help: "Show only the selected structure",
    },
    StateKey {
        name: "xray",
        value_name: None,
        help: "X-ray: fade everything except the selected structure",
    },
    StateKey {
        name: "spotlight",
        value_name: Some("ID,ID"),
        help: "Make these structures stand out and fade the rest",
    },
    StateKey {
        name: "overlay",
        value_name: Some("NAME"),
        help: "Teaching overlay on the calf: workload, stretch, massage, heat, cold or tens",
    },
    StateKey {
        name: "colour",
        value_name: Some("MODE"),
        help: "Colour the muscles by: atlas, activation or stretch",
    },
    StateKey {
        name: "labels",
        value_name: None,
        help: "Name labels on the model",
    },
    StateKey {
        name: "layers",
        value_name: Some("SYSTEM,SYSTEM"),
        help: "Body systems shown: muscle, tendon, bone, nerve, artery, vein, skin (or none)",
    },
    StateKey {
        name: "scenario",
        value_name: Some("ID"),
        help: "Play a scenario: calf_cramp, cramp_relief_stretch, standing_calf_stretch, bent_knee_stretch, heel_raise or heel_raise_series",
    },
    StateKey {
        name: "time",
        value_name: Some("SECONDS"),
        help: "Pause the scenario at this moment (seconds)",
    },
    StateKey {
        name: "range",
        value_name: Some("FROM,TO"),
        help: "Play only this part of the scenario (seconds), looping",
    },
    StateKey {
        name: "tour",
        value_name: Some("ID"),
        help: "Present a guided tour: cramp_for_patients, stretches_for_patients or triceps_surae",
    },
    StateKey {
        name: "step",
        value_name: Some("N"),
        help: "Open the tour at this step (1 is the first)",
    },
    StateKey {
        name: "quiz",
        value_name: None,
        help: "Open the quiz",
    },
    StateKey {
        name: "lang",
        value_name: Some("LANG"),
        help: "Language of the texts, e.g. en or es (default: the system's language, then the last one chosen)",
    },
];

/// The longest moment a link may name, seconds (scenarios are shorter still).
const MAX_TIME_S: f64 = 3600.0;

impl ViewState {
    /// Sets one value by its key. The message says what was expected.
    pub fn set(&mut self, key: &str, value: Option<&str>) -> Result<(), Message> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match (key, value) {
            ("select", Some(id)) => self.select = Some(parse_id("select", id)?),
            ("view", Some(view)) => self.view = Some(view.parse()?),
            ("hide", Some(list)) => self.hide = parse_id_list("hide", list)?,
            ("isolate", value) => self.isolate = parse_switch("isolate", value)?,
            ("xray", value) => self.xray = parse_switch("xray", value)?,
            ("spotlight", Some(list)) => self.spotlight = parse_id_list("spotlight", list)?,
            ("overlay", Some(name)) => self.overlay = Some(name.parse()?),
            ("colour", Some(name)) => self.colour = name.parse()?,
            ("labels", value) => self.labels = parse_switch("labels", value)?,
            ("layers", Some(list)) => self.layers = parse_layers(list)?,
            ("scenario", Some(id)) => self.scenario = Some(parse_id("scenario", id)?),
            ("time", Some(text)) => self.time = Some(parse_seconds("time", text)?),
            ("range", Some(text)) => {
                let bad = || Message::new("link-bad-range", &[("value", text)]);
                let (from, to) = text.split_once(',').ok_or_else(bad)?;
                let (from, to) = (parse_seconds("range", from)?, parse_seconds("range", to)?);
                if from >= to {
                    return Err(bad());
                }
                self.range = Some((from, to));
            }
            ("tour", Some(id)) => self.tour = Some(parse_id("tour", id)?),
            ("step", Some(text)) => match text.parse::<usize>() {
                Ok(step) if (1..=999).contains(&step) => self.step = Some(step),
                _ => return Err(Message::new("link-bad-step", &[("value", text)])),
            },
            ("quiz", value) => self.quiz = parse_switch("quiz", value)?,
            ("lang", Some(code)) => {
                let primary = code.split(['-', '_']).next().unwrap_or_default();
                if (2..=3).contains(&primary.len())
                    && primary.chars().all(|c| c.is_ascii_alphabetic())
                {
                    self.lang = Some(primary.to_ascii_lowercase());
                } else {
                    return Err(Message::new("link-bad-lang", &[("value", code)]));
                }
            }
            (key, None) if STATE_KEYS.iter().any(|k| k.name == key) => {
                return Err(Message::new("link-needs-value", &[("key", key)]));
            }
            (key, _) => return Err(Message::new("link-unknown-key", &[("key", key)])),
        }
        Ok(())
    }

    /// Applies `key=value` pairs, then the rules between keys (a time needs a scenario, a step
    /// needs a tour). Values that cannot be understood are skipped, each with a message of
    /// what was ignored (never an error that stops the app), so a mistyped link still opens.
    pub fn apply_pairs<'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> Vec<Message> {
        let mut notices: Vec<Message> = pairs
            .into_iter()
            .filter_map(|(key, value)| self.set(key, value).err())
            .collect();
        notices.extend(self.drop_orphans());
        notices
    }

    /// Values that mean nothing without another one are dropped, with a message.
    fn drop_orphans(&mut self) -> Vec<Message> {
        let mut notices = Vec::new();
        if self.scenario.is_none() {
            if self.time.take().is_some() {
                notices.push(Message::new("link-needs-scenario", &[("key", "time")]));
            }
            if self.range.take().is_some() {
                notices.push(Message::new("link-needs-scenario", &[("key", "range")]));
            }
        }
        if self.tour.is_none() && self.step.take().is_some() {
            notices.push(Message::new("link-needs-tour", &[("key", "step")]));
        }
        notices
    }
}

fn parse_seconds(key: &str, text: &str) -> Result<f64, Message> {
    match text.trim().parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && (0.0..=MAX_TIME_S).contains(&seconds) => Ok(seconds),
        _ => Err(Message::new(
            "link-not-seconds",
            &[
                ("key", key),
                ("value", text),
                ("max", &MAX_TIME_S.to_string()),
            ],
        )),
    }
}

/// A value that is not one of a few names: the message lists them.
pub(crate) fn not_one_of(key: &str, value: &str, names: &[&str]) -> Message {
    Message::new(
        "link-not-one-of",
        &[
            ("key", key),
            ("value", value),
            ("expected", &names.join(", ")),
        ],
    )
}

/// The name a body system has in links (`layers=muscle,bone`).
pub fn system_name(system: BodySystem) -> &'static str {
    match system {
        BodySystem::Skin => "skin",
        BodySystem::Muscle => "muscle",
        BodySystem::Tendon => "tendon",
        BodySystem::Bone => "bone",
        BodySystem::Nerve => "nerve",
        BodySystem::Artery => "artery",
        BodySystem::Vein => "vein",
    }
}

fn parse_layers(list: &str) -> Result<BTreeSet<BodySystem>, Message> {
    if list.eq_ignore_ascii_case("none") {
        return Ok(BTreeSet::new());
    }
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| {
            let wanted = name.to_ascii_lowercase();
            BodySystem::ALL
                .into_iter()
                .find(|s| system_name(*s) == wanted.trim_end_matches('s'))
                .ok_or_else(|| {
                    let mut names: Vec<&str> =
                        BodySystem::ALL.into_iter().map(system_name).collect();
                    names.push("none");
                    not_one_of("layers", name, &names)
                })
        })
        .collect()
}

/// A switch is on when named alone (`?xray`) or with a yes-value (`xray=1`, `true`, `on`).
fn parse_switch(key: &str, value: Option<&str>) -> Result<bool, Message> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(Message::new(
            "link-bad-switch",
            &[("key", key), ("value", other)],
        )),
    }
}

fn parse_id(key: &str, id: &str) -> Result<String, Message> {
    if is_plausible_id(id) {
        Ok(id.to_owned())
    } else {
        Err(Message::new("link-not-id", &[("key", key), ("value", id)]))
    }
}

/// Comma-separated ids, each once, in the order given.
fn parse_id_list(key: &str, list: &str) -> Result<Vec<String>, Message> {
    let mut ids: Vec<String> = Vec::new();
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if !is_plausible_id(id) {
            return Err(Message::new("link-not-id", &[("key", key), ("value", id)]));
        }
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    Ok(ids)
}

fn is_plausible_id(id: &str) -> bool {
    id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
