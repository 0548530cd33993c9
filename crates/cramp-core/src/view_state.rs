//! What the user sees, as one small value. The command line (`--select soleus --view posterior`)
//! and the web address (`?select=soleus&view=posterior`) are two spellings of it, parsed here by
//! the same code with the same messages.

use std::fmt;

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

/// The state a link, a flag set or a tour step describes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// Id of the selected structure.
    pub select: Option<String>,
    /// Camera preset; `None` keeps the default three-quarter view of the calf.
    pub view: Option<ViewPreset>,
    /// Animation scenario id, e.g. `calf_cramp`.
    pub scenario: Option<String>,
    /// Moment in the scenario, seconds.
    pub time: Option<f64>,
    /// Show only the selected structure.
    pub isolate: bool,
    /// Fade everything but the selected structure.
    pub xray: bool,
    /// Structures the user hid, by id.
    pub hide: Vec<String>,
    /// A teaching overlay on the model (massage strokes, heat or cold, TENS pads, workload map).
    pub overlay: Option<Overlay>,
    /// A guided tour, by id, and its step (1 is the first).
    pub tour: Option<String>,
    pub step: Option<usize>,
}

/// The keys a [`ViewState`] is written with, shared by flags (`--select`) and URLs (`select=`).
pub const STATE_KEYS: &[&str] = &[
    "select", "view", "scenario", "time", "isolate", "xray", "hide", "overlay", "tour", "step",
];

impl ViewState {
    /// Sets one value by its key. The message says what was expected.
    pub fn set(&mut self, key: &str, value: Option<&str>) -> Result<(), String> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match (key, value) {
            ("select", Some(id)) if is_plausible_id(id) => self.select = Some(id.to_owned()),
            ("select", Some(id)) => {
                return Err(format!(
                    "select={id:?} is not a structure id (letters, digits and _)"
                ));
            }
            ("view", Some(view)) => self.view = Some(view.parse()?),
            ("scenario", Some(id)) if is_plausible_id(id) => self.scenario = Some(id.to_owned()),
            ("scenario", Some(id)) => {
                return Err(format!(
                    "scenario={id:?} is not a scenario id (letters, digits and _)"
                ));
            }
            ("time", Some(text)) => match text.parse::<f64>() {
                Ok(seconds) if (0.0..=3600.0).contains(&seconds) => self.time = Some(seconds),
                _ => {
                    return Err(format!(
                        "time={text:?} is not a number of seconds from 0 to 3600"
                    ));
                }
            },
            ("isolate", value) => self.isolate = parse_switch("isolate", value)?,
            ("xray", value) => self.xray = parse_switch("xray", value)?,
            ("hide", Some(list)) => {
                let ids: Vec<&str> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .collect();
                if let Some(bad) = ids.iter().find(|id| !is_plausible_id(id)) {
                    return Err(format!("hide: {bad:?} is not a structure id"));
                }
                self.hide = ids.into_iter().map(str::to_owned).collect();
            }
            ("overlay", Some(name)) => self.overlay = Some(name.parse()?),
            ("tour", Some(id)) if is_plausible_id(id) => self.tour = Some(id.to_owned()),
            ("tour", Some(id)) => {
                return Err(format!(
                    "tour={id:?} is not a tour id (letters, digits and _)"
                ));
            }
            ("step", Some(text)) => match text.parse::<usize>() {
                Ok(step) if (1..=999).contains(&step) => self.step = Some(step),
                _ => {
                    return Err(format!(
                        "step={text:?} is not a step number (1 is the first step)"
                    ));
                }
            },
            (key, None) if STATE_KEYS.contains(&key) => {
                return Err(format!("{key} needs a value, e.g. {key}=…"));
            }
            (key, _) => return Err(format!("unknown setting {key:?}")),
        }
        Ok(())
    }

    /// Applies `key=value` pairs. Values that cannot be understood are skipped with a message
    /// (never an error that stops the app), so a mistyped link still opens.
    pub fn apply_pairs<'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> Vec<String> {
        pairs
            .into_iter()
            .filter_map(|(key, value)| self.set(key, value).err())
            .map(|message| format!("ignored {message}"))
            .collect()
    }

    /// Parses a URL query (`?select=soleus&view=posterior`), percent-decoding values.
    pub fn from_query(query: &str) -> (Self, Vec<String>) {
        let decoded: Vec<(String, Option<String>)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|part| !part.is_empty())
            .map(|part| match part.split_once('=') {
                Some((k, v)) => (percent_decode(k), Some(percent_decode(v))),
                None => (percent_decode(part), None),
            })
            .collect();
        let mut state = Self::default();
        let notices = state.apply_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_deref())));
        (state, notices)
    }

    /// Writes the state as a URL query (without the `?`), in [`STATE_KEYS`] order.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.select {
            parts.push(format!("select={id}"));
        }
        if let Some(view) = self.view {
            parts.push(format!("view={view}"));
        }
        if let Some(id) = &self.scenario {
            parts.push(format!("scenario={id}"));
        }
        if let Some(seconds) = self.time {
            parts.push(format!("time={seconds}"));
        }
        if self.isolate {
            parts.push("isolate".to_owned());
        }
        if self.xray {
            parts.push("xray".to_owned());
        }
        if !self.hide.is_empty() {
            parts.push(format!("hide={}", self.hide.join(",")));
        }
        if let Some(overlay) = self.overlay {
            parts.push(format!("overlay={overlay}"));
        }
        if let Some(id) = &self.tour {
            parts.push(format!("tour={id}"));
        }
        if let Some(step) = self.step {
            parts.push(format!("step={step}"));
        }
        parts.join("&")
    }
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

fn is_plausible_id(id: &str) -> bool {
    id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn hex(digit: u8) -> Option<u8> {
    (digit as char).to_digit(16).map(|d| d as u8)
}

/// Decodes `%XX` escapes and `+`; invalid escapes are kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trips() {
        let state = ViewState {
            select: Some("soleus".into()),
            view: Some(ViewPreset::Posterior),
            scenario: Some("calf_cramp".into()),
            time: Some(2.5),
            isolate: true,
            xray: true,
            hide: vec!["skin".into(), "fibula".into()],
            overlay: Some(Overlay::Massage),
            tour: Some("calf_cramp_for_patients".into()),
            step: Some(3),
        };
        let (parsed, notices) = ViewState::from_query(&format!("?{}", state.to_query()));
        assert_eq!(parsed, state);
        assert!(notices.is_empty());
    }

    #[test]
    fn bad_values_are_skipped_with_a_notice_and_good_ones_kept() {
        let (state, notices) = ViewState::from_query("view=upside-down&select=soleus&zoom=3&view");
        assert_eq!(state.select.as_deref(), Some("soleus"));
        assert_eq!(state.view, None);
        assert_eq!(notices.len(), 3, "{notices:?}");
        assert!(notices[0].contains("anterior, posterior, medial, lateral"));
        let (state, notices) = ViewState::from_query("scenario=calf_cramp&time=-1&time=abc");
        assert_eq!(state.scenario.as_deref(), Some("calf_cramp"));
        assert_eq!(state.time, None);
        assert_eq!(notices.len(), 2);
        let (state, notices) = ViewState::from_query("tour=cramp&step=0&overlay=sauna");
        assert_eq!(state.tour.as_deref(), Some("cramp"));
        assert_eq!(state.step, None, "steps count from 1");
        assert_eq!(state.overlay, None);
        assert_eq!(notices.len(), 2);
        assert!(notices[1].contains("massage"), "{notices:?}");
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
        ] {
            let _ = ViewState::from_query(query);
        }
        assert_eq!(
            ViewState::from_query("view=%50osterior").0.view,
            Some(ViewPreset::Posterior)
        );
    }
}
