//! What the user sees, as one value. The command line (`--select soleus --view posterior`), the
//! web address (`?select=soleus&view=posterior`), a tour step and a "show me" link are spellings
//! of it. The keys are declared once ([`STATE_KEYS`]) and parsed by the same code with the same
//! messages, whichever spelling they come in.

use std::collections::BTreeSet;
use std::fmt;

use crate::anatomy::BodySystem;
use crate::i18n::Message;
pub use crate::overlay::Overlay;

mod keys;
mod query;

pub(crate) use keys::not_one_of;
pub use keys::{STATE_KEYS, StateKey, system_name};

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
    type Err = Message;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase();
        ViewPreset::ALL
            .into_iter()
            .find(|v| v.name() == wanted)
            .ok_or_else(|| not_one_of("view", text, &ViewPreset::ALL.map(ViewPreset::name)))
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

    /// The interface message naming the mode.
    pub fn key(self) -> String {
        format!("colour-{}", self.name())
    }
}

impl std::str::FromStr for ColourMode {
    type Err = Message;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase();
        ColourMode::ALL
            .into_iter()
            .find(|c| c.name() == wanted)
            .ok_or_else(|| not_one_of("colour", text, &ColourMode::ALL.map(ColourMode::name)))
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
    /// The quiz window is open (a link can open the quiz).
    pub quiz: bool,
    /// Language of the texts (`es`); `None` keeps the one showing.
    pub lang: Option<String>,
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
            quiz: false,
            lang: None,
        }
    }
}

impl ViewState {
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
