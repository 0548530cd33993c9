//! Teaching overlays drawn on the model: where a physiotherapist massages and in which
//! direction, where a heat or cold pack goes, where TENS electrodes sit, and a map of each
//! muscle's workload (a quantity the model computes, not fatigue itself). Placement is worked
//! out here from the anatomy data, so it follows the calf whatever the anatomy file says.

use std::fmt;

use serde::Deserialize;

use crate::anatomy::AnatomyAtlas;
use crate::biomech::MusculoskeletalModel;
use crate::i18n::Message;
use crate::scenario::Scenario;
use crate::view_state::not_one_of;

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
pub enum Overlay {
    /// Muscles coloured by their workload in the playing scenario: the time integral of
    /// activation × maximal isometric force, on a fixed scale (`WORKLOAD_FULL_SCALE_NS`).
    Workload,
    /// Muscles coloured by how stretched their fibres are, live.
    Stretch,
    /// Stroke arrows on the calf, from the ankle towards the knee.
    Massage,
    /// A warm pack wrapped round the calf.
    Heat,
    /// A cold pack wrapped round the calf.
    Cold,
    /// Two TENS electrode pads over the calf muscles.
    Tens,
}

impl Overlay {
    pub const ALL: [Overlay; 6] = [
        Overlay::Workload,
        Overlay::Stretch,
        Overlay::Massage,
        Overlay::Heat,
        Overlay::Cold,
        Overlay::Tens,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Overlay::Workload => "workload",
            Overlay::Stretch => "stretch",
            Overlay::Massage => "massage",
            Overlay::Heat => "heat",
            Overlay::Cold => "cold",
            Overlay::Tens => "tens",
        }
    }

    /// The interface message of the legend beside the model: what the overlay shows and why
    /// (`overlay-legend-massage`; the words are in `assets/locales/<lang>/ui.ftl`).
    pub fn legend_key(self) -> String {
        format!("overlay-legend-{self}")
    }
}

impl std::str::FromStr for Overlay {
    type Err = Message;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase();
        // Links shared before the workload map was named honestly still open it.
        if wanted == "fatigue" {
            return Ok(Overlay::Workload);
        }
        Overlay::ALL
            .into_iter()
            .find(|o| o.name() == wanted)
            .ok_or_else(|| not_one_of("overlay", text, &Overlay::ALL.map(Overlay::name)))
    }
}

impl fmt::Display for Overlay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The calf muscles the physical overlays are placed on.
pub const CALF_MUSCLES: [&str; 3] = ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"];

/// An axis-aligned box in the anatomy frame (metres; +X medial, +Y up, +Z anterior).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: [f32; 3],
    pub max: [f32; 3],
}

impl Bounds {
    pub fn centre(&self) -> [f32; 3] {
        [0, 1, 2].map(|i| (self.min[i] + self.max[i]) / 2.0)
    }

    pub fn size(&self) -> [f32; 3] {
        [0, 1, 2].map(|i| self.max[i] - self.min[i])
    }
}

/// The box round the given structures' surfaces, or `None` if none of them is in the atlas.
pub fn bounds_of(atlas: &AnatomyAtlas, ids: &[&str]) -> Option<Bounds> {
    let mut bounds: Option<Bounds> = None;
    for structure in atlas
        .structures
        .iter()
        .filter(|s| ids.contains(&s.id.as_str()))
    {
        let Some((low, high)) = structure.mesh().bounds() else {
            continue;
        };
        let b = bounds.get_or_insert(Bounds {
            min: low,
            max: high,
        });
        for k in 0..3 {
            b.min[k] = b.min[k].min(low[k]);
            b.max[k] = b.max[k].max(high[k]);
        }
    }
    bounds
}

/// A flat marker on the back of the calf: a massage arrow (pointing up the leg) or a TENS pad.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SurfaceMark {
    /// Centre, in the anatomy frame, just behind the skin of the calf.
    pub centre: [f32; 3],
    /// Length along the leg and width across it, metres.
    pub length: f32,
    pub width: f32,
}

/// Where the physical overlays go, worked out from the calf muscles' shapes.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayPlacement {
    pub calf: Bounds,
    /// Three parallel strokes from above the ankle towards the back of the knee.
    pub massage_strokes: Vec<SurfaceMark>,
    /// Two pads: over the upper (gastrocnemius) and the lower (soleus) part of the calf.
    pub tens_pads: Vec<SurfaceMark>,
}

/// How far behind the muscles the marks float, so they sit on the skin rather than in it.
const SKIN_GAP_M: f32 = 0.012;

impl OverlayPlacement {
    pub fn for_calf(atlas: &AnatomyAtlas) -> Option<Self> {
        let calf = bounds_of(atlas, &CALF_MUSCLES)?;
        let [cx, _, _] = calf.centre();
        let [width, height, _] = calf.size();
        let back = calf.min[2] - SKIN_GAP_M;
        // The belly is the lower two thirds of the box: the top third is the heads at the knee.
        let belly_top = calf.max[1] - height * 0.3;
        let belly_bottom = calf.min[1] + height * 0.1;
        let stroke_length = belly_top - belly_bottom;
        let stroke_y = (belly_top + belly_bottom) / 2.0;
        let massage_strokes = [-0.28, 0.0, 0.28]
            .map(|across| SurfaceMark {
                centre: [cx + across * width, stroke_y, back],
                length: stroke_length,
                width: 0.012,
            })
            .to_vec();
        let pad = (width * 0.55).clamp(0.03, 0.05);
        let tens_pads = [0.72, 0.38]
            .map(|up| SurfaceMark {
                centre: [cx, calf.min[1] + height * up, back],
                length: pad,
                width: pad,
            })
            .to_vec();
        Some(Self {
            calf,
            massage_strokes,
            tens_pads,
        })
    }
}

/// The workload that paints a muscle at full colour, fixed so that colours compare across
/// movements (ten heel raises bring the soleus to about three quarters of it) instead of always
/// painting the busiest muscle of a movement red.
pub const WORKLOAD_FULL_SCALE_NS: f64 = 60_000.0;

/// Each muscle's workload over a whole scenario, N·s: the time integral of activation × maximal
/// isometric force (its active force capacity in use). In model order.
pub fn workload(model: &MusculoskeletalModel, scenario: &Scenario) -> Vec<f64> {
    let mut impulse = vec![0.0; model.muscles.len()];
    let mut previous_t = 0.0;
    scenario.simulate(model, scenario.duration_s(), |t, _, states| {
        let dt = t - previous_t;
        previous_t = t;
        for ((sum, state), muscle) in impulse.iter_mut().zip(states).zip(&model.muscles) {
            *sum += state.activation * muscle.max_isometric_force_n * dt;
        }
    });
    impulse
}

/// A workload as the 0..1 position on the overlay's fixed colour scale.
pub fn workload_on_scale(workload_ns: f64) -> f64 {
    if workload_ns.is_finite() {
        (workload_ns / WORKLOAD_FULL_SCALE_NS).clamp(0.0, 1.0)
    } else {
        0.0
    }
}
