//! What the user sees, as one value. The command line (`--select soleus --view posterior`), the
//! web address (`?select=soleus&view=posterior`), a tour step and a "show me" link are spellings
//! of it. The keys are declared once ([`STATE_KEYS`]) and parsed by the same code with the same
//! messages, whichever spelling they come in.

use std::collections::BTreeSet;
use std::fmt;

use crate::anatomy::BodySystem;
pub use crate::overlay::Overlay;

/// Camera presets, named as an anatomist looks at the right leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewPreset {
    Anterior,
    Posterior,
    Medial,
    Lateral,
}

impl ViewPreset {
    pub const ALL: [ViewPreset; 4] = [
        ViewPreset::Anterior,
        ViewPreset::Posterior,
        ViewPreset::Medial,
        ViewPreset::Lateral,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ViewPreset::Anterior => "anterior",
            ViewPreset::Posterior => "posterior",
            ViewPreset::Medial => "medial",
            ViewPreset::Lateral => "lateral",
        }
    }

    /// Orbit angles `(yaw, pitch)` in radians for the orbit camera around +Y, where yaw 0 looks
    /// from the front (+Z) and positive yaw swings the camera towards +X (medial).
    pub fn yaw_pitch(self) -> (f32, f32) {
        use std::f32::consts::{FRAC_PI_2, PI};
        let pitch = 0.08;
        match self {
            ViewPreset::Anterior => (0.0, pitch),
            ViewPreset::Posterior => (PI, pitch),
            ViewPreset::Medial => (FRAC_PI_2, pitch),
            ViewPreset::Lateral => (-FRAC_PI_2, pitch),
        }
    }
}

impl std::str::FromStr for ViewPreset {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase();
        ViewPreset::ALL
            .into_iter()
            .find(|v| v.name() == wanted)
            .ok_or_else(|| {
                format!(
                    "unknown view {text:?}; expected one of anterior, posterior, medial, lateral"
                )
            })
    }
}

impl fmt::Display for ViewPreset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What the muscles' colour shows: the atlas colour, or a heat map of the simulation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ColourMode {
    #[default]
    Atlas,
    /// Cool (relaxed) to hot (fully active).
    Activation,
    /// Short fibres through best length to stretched fibres.
    Stretch,
}

impl ColourMode {
    pub const ALL: [ColourMode; 3] = [
        ColourMode::Atlas,
        ColourMode::Activation,
        ColourMode::Stretch,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ColourMode::Atlas => "atlas",
            ColourMode::Activation => "activation",
            ColourMode::Stretch => "stretch",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ColourMode::Atlas => "atlas colours",
            ColourMode::Activation => "activation",
            ColourMode::Stretch => "fibre stretch",
        }
    }
}

impl std::str::FromStr for ColourMode {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase();
        ColourMode::ALL
            .into_iter()
            .find(|c| c.name() == wanted)
            .ok_or_else(|| {
                format!("unknown colour {text:?}; expected one of atlas, activation, stretch")
            })
    }
}

/// The body systems shown when nothing says otherwise: all but the skin, so the calf muscles
/// are what a user sees first.
pub fn default_layers() -> BTreeSet<BodySystem> {
    BodySystem::ALL
        .into_iter()
        .filter(|s| *s != BodySystem::Skin)
        .collect()
}

/// The state a link, a flag set, a tour step or a "show me" describes.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// Id of the selected structure.
    pub select: Option<String>,
    /// Camera preset; `None` keeps the default three-quarter view of the calf.
    pub view: Option<ViewPreset>,
    /// Structures the user hid, by id.
    pub hide: Vec<String>,
    /// Show only the selected structure.
    pub isolate: bool,
    /// Fade everything but the selected structure.
    pub xray: bool,
    /// Structures made to stand out, the rest faded (a "show me", a tour step, a quiz answer).
    pub spotlight: Vec<String>,
    /// A teaching overlay on the model (massage strokes, heat or cold, TENS pads, workload map).
    pub overlay: Option<Overlay>,
    /// What the muscles' colour shows.
    pub colour: ColourMode,
    /// Name labels on the model.
    pub labels: bool,
    /// Body systems shown.
    pub layers: BTreeSet<BodySystem>,
    /// Animation scenario id, e.g. `calf_cramp`.
    pub scenario: Option<String>,
    /// Paused at this moment of the scenario (seconds); `None` while it plays.
    pub time: Option<f64>,
    /// Play only this part of the scenario (seconds), looping.
    pub range: Option<(f64, f64)>,
    /// A guided tour, by id, and its step (1 is the first).
    pub tour: Option<String>,
    pub step: Option<usize>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            select: None,
            view: None,
            hide: Vec::new(),
            isolate: false,
            xray: false,
            spotlight: Vec::new(),
            overlay: None,
            colour: ColourMode::Atlas,
            labels: false,
            layers: default_layers(),
            scenario: None,
            time: None,
            range: None,
            tour: None,
            step: None,
        }
    }
}

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
];

/// The longest moment a link may name, seconds (scenarios are shorter still).
const MAX_TIME_S: f64 = 3600.0;

impl ViewState {
    /// Sets one value by its key. The message says what was expected.
    pub fn set(&mut self, key: &str, value: Option<&str>) -> Result<(), String> {
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
                let bad = || format!("range={text:?} is not FROM,TO in seconds with FROM < TO");
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
                _ => {
                    return Err(format!(
                        "step={text:?} is not a step number (1 is the first step)"
                    ));
                }
            },
            (key, None) if STATE_KEYS.iter().any(|k| k.name == key) => {
                return Err(format!("{key} needs a value, e.g. {key}=…"));
            }
            (key, _) => return Err(format!("unknown setting {key:?}")),
        }
        Ok(())
    }

    /// Applies `key=value` pairs, then the rules between keys (a time needs a scenario, a step
    /// needs a tour). Values that cannot be understood are skipped with a message (never an
    /// error that stops the app), so a mistyped link still opens.
    pub fn apply_pairs<'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> Vec<String> {
        let mut notices: Vec<String> = pairs
            .into_iter()
            .filter_map(|(key, value)| self.set(key, value).err())
            .map(|message| format!("ignored {message}"))
            .collect();
        notices.extend(self.drop_orphans());
        notices
    }

    /// Values that mean nothing without another one are dropped, with a message.
    fn drop_orphans(&mut self) -> Vec<String> {
        let mut notices = Vec::new();
        if self.scenario.is_none() {
            if self.time.take().is_some() {
                notices.push("ignored time: it needs a scenario (scenario=…)".to_owned());
            }
            if self.range.take().is_some() {
                notices.push("ignored range: it needs a scenario (scenario=…)".to_owned());
            }
        }
        if self.tour.is_none() && self.step.take().is_some() {
            notices.push("ignored step: it needs a tour (tour=…)".to_owned());
        }
        notices
    }

    /// Parses a URL query (`?select=soleus&view=posterior`), percent-decoding values.
    pub fn from_query(query: &str) -> (Self, Vec<String>) {
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
                .into_owned()
                .collect();
        let mut state = Self::default();
        // A key alone (`?xray`) has an empty value: a switch is on, any other key needs one.
        let notices = state.apply_pairs(pairs.iter().map(|(k, v)| (k.as_str(), Some(v.as_str()))));
        (state, notices)
    }

    /// The state as `key=value` pairs (switches as a key alone), in [`STATE_KEYS`] order,
    /// leaving out what equals the default.
    pub fn to_pairs(&self) -> Vec<(&'static str, Option<String>)> {
        let list = |ids: &[String]| (!ids.is_empty()).then(|| ids.join(","));
        let switch = |on: bool| on.then_some(None);
        let layers = (self.layers != default_layers()).then(|| {
            if self.layers.is_empty() {
                "none".to_owned()
            } else {
                let names: Vec<&str> = self.layers.iter().map(|s| system_name(*s)).collect();
                names.join(",")
            }
        });
        let values: [(&'static str, Option<Option<String>>); 15] = [
            ("select", self.select.clone().map(Some)),
            ("view", self.view.map(|v| Some(v.to_string()))),
            ("hide", list(&self.hide).map(Some)),
            ("isolate", switch(self.isolate)),
            ("xray", switch(self.xray)),
            ("spotlight", list(&self.spotlight).map(Some)),
            ("overlay", self.overlay.map(|o| Some(o.to_string()))),
            (
                "colour",
                (self.colour != ColourMode::Atlas).then(|| Some(self.colour.name().to_owned())),
            ),
            ("labels", switch(self.labels)),
            ("layers", layers.map(Some)),
            ("scenario", self.scenario.clone().map(Some)),
            ("time", self.time.map(|t| Some(format_seconds(t)))),
            (
                "range",
                self.range
                    .map(|(a, b)| Some(format!("{},{}", format_seconds(a), format_seconds(b)))),
            ),
            ("tour", self.tour.clone().map(Some)),
            ("step", self.step.map(|s| Some(s.to_string()))),
        ];
        values
            .into_iter()
            .filter_map(|(key, value)| value.map(|v| (key, v)))
            .collect()
    }

    /// Writes the state as a URL query (without the `?`), values percent-encoded.
    pub fn to_query(&self) -> String {
        self.to_pairs()
            .into_iter()
            .map(|(key, value)| match value {
                None => key.to_owned(),
                Some(value) => {
                    let encoded: String = form_urlencoded::byte_serialize(value.as_bytes())
                        .collect::<String>()
                        // Commas separate ids; leaving them as they are keeps links readable.
                        .replace("%2C", ",");
                    format!("{key}={encoded}")
                }
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Selects a structure as a user picking it expects: the skin hides so the structure under
    /// it can be seen, and a spotlight ends (the user has moved on).
    pub fn select_structure(&mut self, id: Option<String>) {
        if let Some(id) = id.as_deref() {
            if id != "skin" {
                self.layers.remove(&BodySystem::Skin);
            }
            self.spotlight.clear();
        }
        self.select = id;
    }

    /// Hides a structure (once) and, if it was selected, deselects it.
    pub fn hide_structure(&mut self, id: &str) {
        if !self.hide.iter().any(|h| h == id) {
            self.hide.push(id.to_owned());
        }
        if self.select.as_deref() == Some(id) {
            self.select = None;
            self.isolate = false;
        }
    }

    /// A state that names a tour step and nothing else: open the step as its tour shows it.
    pub fn is_bare_tour_step(&self) -> bool {
        let bare = ViewState {
            tour: self.tour.clone(),
            step: self.step,
            ..ViewState::default()
        };
        self.tour.is_some() && *self == bare
    }
}

/// Times to a tenth of a millisecond, without trailing zeros.
fn format_seconds(seconds: f64) -> String {
    let rounded = (seconds * 10_000.0).round() / 10_000.0;
    format!("{rounded}")
}

fn parse_seconds(key: &str, text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && (0.0..=MAX_TIME_S).contains(&seconds) => Ok(seconds),
        _ => Err(format!(
            "{key}={text:?} is not a number of seconds from 0 to {MAX_TIME_S}"
        )),
    }
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

fn parse_layers(list: &str) -> Result<BTreeSet<BodySystem>, String> {
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
                    format!(
                        "layers: {name:?} is not a body system; expected muscle, tendon, bone, nerve, artery, vein, skin or none"
                    )
                })
        })
        .collect()
}

/// A switch is on when named alone (`?xray`) or with a yes-value (`xray=1`, `true`, `on`).
fn parse_switch(key: &str, value: Option<&str>) -> Result<bool, String> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(format!(
            "{key}={other:?}: expected nothing, 1/0, true/false or on/off"
        )),
    }
}

fn parse_id(key: &str, id: &str) -> Result<String, String> {
    if is_plausible_id(id) {
        Ok(id.to_owned())
    } else {
        Err(format!("{key}={id:?} is not an id (letters, digits and _)"))
    }
}

/// Comma-separated ids, each once, in the order given.
fn parse_id_list(key: &str, list: &str) -> Result<Vec<String>, String> {
    let mut ids: Vec<String> = Vec::new();
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if !is_plausible_id(id) {
            return Err(format!("{key}: {id:?} is not a structure id"));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn everything_set() -> ViewState {
        ViewState {
            select: Some("soleus".into()),
            view: Some(ViewPreset::Posterior),
            hide: vec!["skin".into(), "fibula".into()],
            isolate: true,
            xray: true,
            spotlight: vec!["gastrocnemius_medial".into()],
            overlay: Some(Overlay::Massage),
            colour: ColourMode::Stretch,
            labels: true,
            layers: [BodySystem::Muscle, BodySystem::Bone].into_iter().collect(),
            scenario: Some("calf_cramp".into()),
            time: Some(2.5),
            range: Some((1.0, 6.25)),
            tour: Some("calf_cramp_for_patients".into()),
            step: Some(3),
        }
    }

    #[test]
    fn query_round_trips_every_key() {
        let state = everything_set();
        let query = state.to_query();
        for key in STATE_KEYS {
            assert!(
                query.contains(key.name),
                "{} missing from {query}",
                key.name
            );
        }
        let (parsed, notices) = ViewState::from_query(&format!("?{query}"));
        assert_eq!(parsed, state);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(ViewState::default().to_query(), "");
        let no_layers = ViewState {
            layers: BTreeSet::new(),
            ..ViewState::default()
        };
        assert_eq!(ViewState::from_query(&no_layers.to_query()).0, no_layers);
    }

    #[test]
    fn bad_values_are_skipped_with_a_notice_and_good_ones_kept() {
        let (state, notices) = ViewState::from_query("view=upside-down&select=soleus&zoom=3&view");
        assert_eq!(state.select.as_deref(), Some("soleus"));
        assert_eq!(state.view, None);
        assert_eq!(notices.len(), 3, "{notices:?}");
        assert!(notices[0].contains("anterior, posterior, medial, lateral"));
        let (state, notices) =
            ViewState::from_query("scenario=calf_cramp&time=-1&time=abc&time=inf&range=5,2");
        assert_eq!(state.scenario.as_deref(), Some("calf_cramp"));
        assert_eq!((state.time, state.range), (None, None));
        assert_eq!(notices.len(), 4, "{notices:?}");
        let (state, notices) = ViewState::from_query("tour=cramp&step=0&overlay=sauna");
        assert_eq!(state.tour.as_deref(), Some("cramp"));
        assert_eq!(state.step, None, "steps count from 1");
        assert_eq!(state.overlay, None);
        assert_eq!(notices.len(), 2);
        assert!(notices[1].contains("massage"), "{notices:?}");
    }

    #[test]
    fn a_time_without_a_scenario_and_a_step_without_a_tour_are_dropped_with_a_notice() {
        let (state, notices) = ViewState::from_query("time=3&range=1,2&step=2&select=soleus");
        assert_eq!((state.time, state.range, state.step), (None, None, None));
        assert_eq!(state.select.as_deref(), Some("soleus"));
        assert_eq!(notices.len(), 3, "{notices:?}");
        assert!(notices[0].contains("needs a scenario"));
    }

    #[test]
    fn hidden_ids_are_kept_once() {
        let (mut state, _) = ViewState::from_query("hide=skin,fibula,skin&select=soleus");
        assert_eq!(state.hide, ["skin", "fibula"]);
        state.hide_structure("soleus");
        state.hide_structure("soleus");
        assert_eq!(state.hide, ["skin", "fibula", "soleus"]);
        assert_eq!(
            state.select, None,
            "a hidden structure is no longer selected"
        );
    }

    #[test]
    fn picking_a_structure_under_the_skin_hides_the_skin_and_ends_a_spotlight() {
        let mut state = ViewState::from_query("layers=skin,muscle&spotlight=soleus").0;
        state.select_structure(Some("tibia".into()));
        assert!(!state.layers.contains(&BodySystem::Skin));
        assert!(state.spotlight.is_empty());
        let mut state = ViewState::from_query("layers=skin,muscle").0;
        state.select_structure(Some("skin".into()));
        assert!(
            state.layers.contains(&BodySystem::Skin),
            "picking the skin keeps it"
        );
    }

    #[test]
    fn only_a_state_naming_nothing_but_a_tour_step_is_bare() {
        assert!(ViewState::from_query("tour=t&step=2").0.is_bare_tour_step());
        assert!(
            !ViewState::from_query("tour=t&step=2&select=soleus")
                .0
                .is_bare_tour_step()
        );
        assert!(!ViewState::default().is_bare_tour_step());
    }

    #[test]
    fn hostile_queries_never_panic() {
        for query in [
            "%",
            "%%",
            "%zz",
            "select=%E2%82",
            "=&&=",
            "select=<script>",
            "view=%50osterior",
            "select=%C3%A9%",
            "é=%é",
            "layers=,,,",
            "range=,",
        ] {
            let _ = ViewState::from_query(query);
        }
        assert_eq!(
            ViewState::from_query("view=%50osterior").0.view,
            Some(ViewPreset::Posterior)
        );
    }
}
