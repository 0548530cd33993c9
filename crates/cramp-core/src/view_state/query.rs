//! The view state as a web address query, both ways (percent-encoded with `form_urlencoded`).

use super::keys::system_name;
use super::{ColourMode, ViewState, default_layers};
use crate::i18n::Message;

impl ViewState {
    /// Parses a URL query (`?select=soleus&view=posterior`), percent-decoding values.
    pub fn from_query(query: &str) -> (Self, Vec<Message>) {
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
        let values: [(&'static str, Option<Option<String>>); 17] = [
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
            ("quiz", switch(self.quiz)),
            ("lang", self.lang.clone().map(Some)),
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
}

/// Times to a tenth of a millisecond, without trailing zeros.
fn format_seconds(seconds: f64) -> String {
    let rounded = (seconds * 10_000.0).round() / 10_000.0;
    format!("{rounded}")
}
