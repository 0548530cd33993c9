//! Biomechanics of the calf: joint angles -> musculotendon paths, lengths and moment arms, and a
//! Hill-type muscle model -> fibre length and force. This is why a calf cramp points the foot
//! and why a bent-knee stretch reaches the soleus but not the gastrocnemius.
//!
//! Geometry and parameters come from `assets/anatomy/leg.muscles.ron` (OpenSim gait2392, see
//! its header). Muscle mechanics follow Thelen DG, J Biomech Eng 2003;125:70-77 (force-length,
//! passive, tendon and activation curves) with a constant-thickness pennation model.

use glam::{DAffine3, DVec3};
use serde::Deserialize;

use crate::anatomy::Segment;
use crate::data_error::{DataError, parse_ron};

/// Range of motion the model and the controls allow.
pub const KNEE_FLEXION_RANGE_DEG: (f64, f64) = (0.0, 140.0);
/// Dorsiflexion goes further with the knee bent (the gastrocnemius no longer holds it back):
/// a weight-bearing lunge commonly reaches 30 degrees or more.
pub const ANKLE_DORSIFLEXION_RANGE_DEG: (f64, f64) = (-50.0, 30.0);

/// The pose of the leg: the two joint angles that move the shank and the foot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
pub struct JointAngles {
    /// 0 = straight knee; positive bends it.
    pub knee_flexion_deg: f64,
    /// Positive lifts the toes towards the shin (dorsiflexion); negative points the foot
    /// (plantarflexion).
    pub ankle_dorsiflexion_deg: f64,
}

impl JointAngles {
    pub fn new(knee_flexion_deg: f64, ankle_dorsiflexion_deg: f64) -> Self {
        Self {
            knee_flexion_deg,
            ankle_dorsiflexion_deg,
        }
    }

    /// The same pose limited to the joints' range of motion (NaN becomes neutral).
    pub fn clamped(self) -> Self {
        let clamp = |v: f64, (lo, hi): (f64, f64)| {
            if v.is_nan() {
                0.0f64.clamp(lo, hi)
            } else {
                v.clamp(lo, hi)
            }
        };
        Self {
            knee_flexion_deg: clamp(self.knee_flexion_deg, KNEE_FLEXION_RANGE_DEG),
            ankle_dorsiflexion_deg: clamp(
                self.ankle_dorsiflexion_deg,
                ANKLE_DORSIFLEXION_RANGE_DEG,
            ),
        }
    }
}

/// A joint of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joint {
    Knee,
    Ankle,
}

/// One point of a muscle path, fixed to a segment, given in the rest pose (straight knee, foot at
/// 90 degrees).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathPoint {
    pub body: Segment,
    pub position: [f64; 3],
    /// A via point that only takes part within this knee range, as in OpenSim's conditional
    /// path points (the gastrocnemius wraps over the femoral condyles near extension).
    #[serde(default)]
    pub knee_flexion_range_deg: Option<(f64, f64)>,
}

/// Hill-type parameters and path of one muscle-tendon unit.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MusculotendonUnit {
    pub id: String,
    pub source: String,
    pub max_isometric_force_n: f64,
    pub optimal_fiber_length_m: f64,
    pub tendon_slack_length_m: f64,
    pub pennation_at_optimal_deg: f64,
    pub path: Vec<PathPoint>,
}

/// The whole model file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MusculoskeletalModel {
    pub ankle_centre: [f64; 3],
    pub ankle_axis: [f64; 3],
    pub muscles: Vec<MusculotendonUnit>,
}

impl MusculoskeletalModel {
    pub fn from_ron(file: &str, bytes: &[u8]) -> Result<Self, Vec<DataError>> {
        let mut model: Self = parse_ron(file, bytes).map_err(|e| vec![e])?;
        let mut problems = Vec::new();
        let axis_length = DVec3::from(model.ankle_axis).length();
        if !(axis_length > 0.5 && axis_length < 1.5) {
            problems.push(DataError::new(
                file,
                format!("ankle_axis has length {axis_length}; expected a unit vector"),
            ));
        } else {
            model.ankle_axis = (DVec3::from(model.ankle_axis) * (1.0 / axis_length)).to_array();
        }
        for muscle in &model.muscles {
            let id = &muscle.id;
            if muscle.path.len() < 2 {
                problems.push(DataError::new(
                    file,
                    format!("muscle {id:?} needs at least an origin and an insertion"),
                ));
            }
            for (name, value) in [
                ("max_isometric_force_n", muscle.max_isometric_force_n),
                ("optimal_fiber_length_m", muscle.optimal_fiber_length_m),
                ("tendon_slack_length_m", muscle.tendon_slack_length_m),
            ] {
                if !(value.is_finite() && value > 0.0) {
                    problems.push(DataError::new(
                        file,
                        format!("muscle {id:?}: {name} = {value}; expected a positive number"),
                    ));
                }
            }
            if !(0.0..60.0).contains(&muscle.pennation_at_optimal_deg) {
                problems.push(DataError::new(
                    file,
                    format!("muscle {id:?}: pennation must be 0 to 60 degrees"),
                ));
            }
        }
        if problems.is_empty() {
            Ok(model)
        } else {
            Err(problems)
        }
    }

    pub fn muscle(&self, id: &str) -> Option<&MusculotendonUnit> {
        self.muscles.iter().find(|m| m.id == id)
    }

    /// The rigid motion of a segment for a pose, in the anatomy frame. The thigh is fixed; the
    /// shank turns about the knee axis (+X through the origin); the foot turns about the ankle
    /// axis through `ankle_centre`, then with the shank.
    pub fn segment_transform(&self, segment: Segment, pose: JointAngles) -> DAffine3 {
        let knee = DAffine3::from_rotation_x(pose.knee_flexion_deg.to_radians());
        match segment {
            Segment::Thigh => DAffine3::IDENTITY,
            Segment::Shank => knee,
            Segment::Foot => {
                let centre = DVec3::from(self.ankle_centre);
                // Dorsiflexion is a positive turn about the axis pointing laterally (-X).
                let ankle = DAffine3::from_axis_angle(
                    DVec3::from(self.ankle_axis),
                    pose.ankle_dorsiflexion_deg.to_radians(),
                );
                knee * DAffine3::from_translation(centre)
                    * ankle
                    * DAffine3::from_translation(-centre)
            }
        }
    }

    /// Where a point fixed to `body` (given in the rest pose) is in the posed leg.
    pub fn place(&self, body: Segment, rest: [f64; 3], pose: JointAngles) -> [f64; 3] {
        self.segment_transform(body, pose)
            .transform_point3(DVec3::from(rest))
            .to_array()
    }

    /// The posed polyline of a muscle: origin, active via points, insertion.
    pub fn path_points(&self, muscle: &MusculotendonUnit, pose: JointAngles) -> Vec<[f64; 3]> {
        muscle
            .path
            .iter()
            .filter(|p| {
                p.knee_flexion_range_deg
                    .is_none_or(|(lo, hi)| (lo..=hi).contains(&pose.knee_flexion_deg))
            })
            .map(|p| self.place(p.body, p.position, pose))
            .collect()
    }

    /// Musculotendon length in metres: the length of the path.
    pub fn mtu_length(&self, muscle: &MusculotendonUnit, pose: JointAngles) -> f64 {
        self.path_points(muscle, pose)
            .windows(2)
            .map(|w| DVec3::from(w[1]).distance(DVec3::from(w[0])))
            .sum()
    }

    /// Moment arm about `joint` in metres: -dL/dθ (θ in radians), by central differences.
    /// Positive: the muscle turns the joint towards positive angles (knee flexion, ankle
    /// dorsiflexion); plantarflexors have negative ankle moment arms.
    pub fn moment_arm(&self, muscle: &MusculotendonUnit, pose: JointAngles, joint: Joint) -> f64 {
        let h_deg = 0.25;
        let shifted = |d: f64| match joint {
            Joint::Knee => JointAngles::new(pose.knee_flexion_deg + d, pose.ankle_dorsiflexion_deg),
            Joint::Ankle => {
                JointAngles::new(pose.knee_flexion_deg, pose.ankle_dorsiflexion_deg + d)
            }
        };
        let dl = self.mtu_length(muscle, shifted(h_deg)) - self.mtu_length(muscle, shifted(-h_deg));
        -dl / (2.0 * h_deg).to_radians()
    }
}

/// Thelen (2003) curves, forces normalised by the maximum isometric force and lengths by the
/// optimal fibre length (muscle) or slack length (tendon).
pub mod curves {
    /// Active force-length: a Gaussian of width 0.45 around the optimal length.
    pub fn active_force_length(normalized_fiber_length: f64) -> f64 {
        (-(normalized_fiber_length - 1.0).powi(2) / 0.45).exp()
    }

    /// Passive force of the stretched fibre (zero at or below the optimal length).
    pub fn passive_force_length(normalized_fiber_length: f64) -> f64 {
        const K: f64 = 4.0;
        const STRAIN_AT_ONE: f64 = 0.6;
        if normalized_fiber_length <= 1.0 {
            0.0
        } else {
            ((K * (normalized_fiber_length - 1.0) / STRAIN_AT_ONE).exp() - 1.0) / (K.exp() - 1.0)
        }
    }

    /// Tendon force from strain: exponential toe region then linear, reaching 1 at 4 % strain.
    pub fn tendon_force(strain: f64) -> f64 {
        const STRAIN_AT_ONE: f64 = 0.04;
        const TOE_STRAIN: f64 = 0.609 * STRAIN_AT_ONE;
        const TOE_FORCE: f64 = 0.333_333;
        const K_TOE: f64 = 3.0;
        let k_lin = (1.0 - TOE_FORCE) / (STRAIN_AT_ONE - TOE_STRAIN);
        if strain <= 0.0 {
            0.0
        } else if strain < TOE_STRAIN {
            TOE_FORCE * ((K_TOE * strain / TOE_STRAIN).exp() - 1.0) / (K_TOE.exp() - 1.0)
        } else {
            TOE_FORCE + k_lin * (strain - TOE_STRAIN)
        }
    }

    /// Force-velocity multiplier for normalised fibre velocity (optimal lengths per second,
    /// positive = lengthening), with a maximum shortening speed of 10 lengths/s.
    pub fn force_velocity(normalized_velocity: f64) -> f64 {
        const V_MAX: f64 = 10.0;
        let v = normalized_velocity / V_MAX;
        if v <= -1.0 {
            0.0
        } else if v <= 0.0 {
            // Hill's hyperbola, curvature 0.25.
            (1.0 + v) / (1.0 - v / 0.25)
        } else {
            // Eccentric: rises towards 1.8 times isometric, twice as steep at v = 0 as the
            // concentric branch (Katz 1939).
            1.8 - 0.8 / (1.0 + 12.5 * v)
        }
        .clamp(0.0, 1.8)
    }
}

/// How much a muscle belly bulges when its length changes by `stretch` (new length / rest
/// length): its cross-section is scaled by `1 + bulge * sin(pi * u)` along the belly (`u` from 0
/// at one end to 1 at the other; the ends stay attached), with `bulge` chosen so the volume is
/// unchanged: `stretch * ∫(1 + b sin πu)² du = 1`, i.e. `b²/2 + 4b/π + 1 - 1/stretch = 0`.
pub fn belly_bulge(stretch: f64) -> f64 {
    if !(stretch.is_finite() && stretch > 0.0) {
        return 0.0;
    }
    let k = 4.0 / std::f64::consts::PI;
    -k + (k * k + 2.0 * (1.0 / stretch - 1.0)).max(0.0).sqrt()
}

/// How a shared tendon's pull divides among the muscles that insert on it: each muscle's share
/// is its own tendon force over their sum (Newton's third law at the common insertion). With no
/// force at all (or bad numbers) every muscle gets an equal share, so a slack tendon still moves
/// with the bellies.
pub fn shared_tendon_shares(forces_n: &[f64]) -> Vec<f64> {
    let usable: Vec<f64> = forces_n
        .iter()
        .map(|f| if f.is_finite() { f.max(0.0) } else { 0.0 })
        .collect();
    let total: f64 = usable.iter().sum();
    if total > 1e-9 {
        usable.iter().map(|f| f / total).collect()
    } else if usable.is_empty() {
        Vec::new()
    } else {
        vec![1.0 / usable.len() as f64; usable.len()]
    }
}

/// The state of one muscle-tendon unit at one instant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MuscleState {
    pub mtu_length_m: f64,
    pub fiber_length_m: f64,
    pub tendon_length_m: f64,
    pub pennation_deg: f64,
    /// Tendon force, which is what pulls on the bone.
    pub force_n: f64,
    pub activation: f64,
}

impl MuscleState {
    pub fn normalized_fiber_length(&self, muscle: &MusculotendonUnit) -> f64 {
        self.fiber_length_m / muscle.optimal_fiber_length_m
    }
}

impl MusculotendonUnit {
    /// Fibre pennation angle at a fibre length (constant muscle thickness).
    fn pennation_rad(&self, fiber_length: f64) -> f64 {
        let height = self.optimal_fiber_length_m * self.pennation_at_optimal_deg.to_radians().sin();
        (height / fiber_length.max(height * 1.0001))
            .clamp(0.0, 0.99)
            .asin()
    }

    /// Static equilibrium of fibre and tendon for a musculotendon length and activation: the
    /// tendon force equals the fibre force along the tendon. Fibre velocity effects are applied
    /// by [`MusculotendonUnit::with_velocity`].
    pub fn equilibrium(&self, mtu_length_m: f64, activation: f64) -> MuscleState {
        let activation = activation.clamp(0.0, 1.0);
        let lopt = self.optimal_fiber_length_m;
        let slack = self.tendon_slack_length_m;
        let fmax = self.max_isometric_force_n;
        let state_for = |fiber: f64| {
            let alpha = self.pennation_rad(fiber);
            let tendon = mtu_length_m - fiber * alpha.cos();
            let tendon_force = curves::tendon_force((tendon - slack) / slack) * fmax;
            let ln = fiber / lopt;
            let fiber_force = (activation * curves::active_force_length(ln)
                + curves::passive_force_length(ln))
                * fmax;
            (
                tendon_force - fiber_force * alpha.cos(),
                alpha,
                tendon,
                tendon_force,
            )
        };
        // Bisection on fibre length: the residual falls as the fibre lengthens.
        let mut lo = 0.3 * lopt;
        let mut hi = ((mtu_length_m - 0.9 * slack).max(0.31 * lopt))
            .min(2.5 * lopt)
            .max(lo * 1.01);
        if state_for(hi).0 > 0.0 {
            hi = 2.5 * lopt;
        }
        for _ in 0..60 {
            let mid = 0.5 * (lo + hi);
            if state_for(mid).0 > 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let fiber = 0.5 * (lo + hi);
        let (_, alpha, tendon, force) = state_for(fiber);
        MuscleState {
            mtu_length_m,
            fiber_length_m: fiber,
            tendon_length_m: tendon,
            pennation_deg: alpha.to_degrees(),
            force_n: force,
            activation,
        }
    }

    /// Adds the force-velocity effect to an equilibrium state, given the fibre length a time
    /// step earlier: a shortening fibre pulls less, a lengthening one more.
    pub fn with_velocity(
        &self,
        state: MuscleState,
        previous_fiber_length_m: f64,
        dt_s: f64,
    ) -> MuscleState {
        if dt_s <= 0.0 {
            return state;
        }
        let lopt = self.optimal_fiber_length_m;
        let velocity = (state.fiber_length_m - previous_fiber_length_m) / dt_s / lopt;
        let ln = state.fiber_length_m / lopt;
        let alpha = state.pennation_deg.to_radians();
        let active =
            state.activation * curves::active_force_length(ln) * curves::force_velocity(velocity);
        let force =
            (active + curves::passive_force_length(ln)) * self.max_isometric_force_n * alpha.cos();
        MuscleState {
            force_n: force,
            ..state
        }
    }
}

/// First-order activation dynamics (Thelen 2003): activation follows the neural excitation,
/// rising with a 15 ms and falling with a 50 ms time constant (both scaled by activation).
pub fn activation_step(activation: f64, excitation: f64, dt_s: f64) -> f64 {
    const TAU_ACTIVATION: f64 = 0.015;
    const TAU_DEACTIVATION: f64 = 0.050;
    let a = activation.clamp(0.0, 1.0);
    let u = excitation.clamp(0.0, 1.0);
    let tau = if u > a {
        TAU_ACTIVATION * (0.5 + 1.5 * a)
    } else {
        TAU_DEACTIVATION / (0.5 + 1.5 * a)
    };
    // Exact step of the linear ODE over dt, so large steps stay stable.
    u + (a - u) * (-dt_s.max(0.0) / tau).exp()
}

#[cfg(test)]
mod bulge_tests {
    use super::belly_bulge;

    /// A belly of unit cross-section and length, shortened to `stretch` and bulged by the
    /// profile: its volume by numerical integration.
    fn volume(stretch: f64) -> f64 {
        let b = belly_bulge(stretch);
        let n = 10_000;
        (0..n)
            .map(|i| {
                let u = (i as f64 + 0.5) / n as f64;
                let scale = 1.0 + b * (std::f64::consts::PI * u).sin();
                scale * scale * stretch / n as f64
            })
            .sum()
    }

    #[test]
    fn a_shortening_belly_thickens_and_keeps_its_volume() {
        for stretch in [0.6, 0.8, 0.9, 1.0, 1.1, 1.3] {
            assert!(
                (volume(stretch) - 1.0).abs() < 1e-6,
                "{stretch}: {}",
                volume(stretch)
            );
        }
        assert!(belly_bulge(0.8) > 0.0 && belly_bulge(1.2) < 0.0);
        assert_eq!(belly_bulge(f64::NAN), 0.0);
    }
}

#[cfg(test)]
mod kinematics_tests {
    use glam::DVec3;

    use super::{JointAngles, MusculoskeletalModel};
    use crate::anatomy::Segment;

    /// The ankle of `assets/anatomy/leg.muscles.ron` (gait2392's axis, turned out with the foot).
    fn model() -> MusculoskeletalModel {
        let axis = DVec3::new(-0.9304, -0.1740, -0.3226).normalize();
        MusculoskeletalModel {
            ankle_centre: [-0.0041, -0.3813, -0.0024],
            ankle_axis: axis.to_array(),
            muscles: Vec::new(),
        }
    }

    /// Rodrigues' rotation formula, written out on its own as the reference.
    fn rodrigues(v: DVec3, axis: DVec3, angle_deg: f64) -> DVec3 {
        let (s, c) = angle_deg.to_radians().sin_cos();
        v * c + axis.cross(v) * s + axis * axis.dot(v) * (1.0 - c)
    }

    const POSES: [(f64, f64); 5] = [
        (0.0, 0.0),
        (0.0, 25.0),
        (45.0, -40.0),
        (90.0, 10.0),
        (140.0, -50.0),
    ];

    #[test]
    fn segment_motion_is_the_knee_turn_after_the_ankle_turn_and_place_follows_it() {
        let model = model();
        let centre = DVec3::from(model.ankle_centre);
        let axis = DVec3::from(model.ankle_axis);
        let toe = [0.02, -0.42, 0.15];
        for (knee, ankle) in POSES {
            let pose = JointAngles::new(knee, ankle);
            let about_ankle = centre + rodrigues(DVec3::from(toe) - centre, axis, ankle);
            let expected = rodrigues(about_ankle, DVec3::X, knee);
            let moved = model
                .segment_transform(Segment::Foot, pose)
                .transform_point3(DVec3::from(toe));
            assert!(
                moved.distance(expected) < 1e-12,
                "{pose:?}: {moved} vs {expected}"
            );
            let placed = DVec3::from(model.place(Segment::Foot, toe, pose));
            assert!(placed.distance(expected) < 1e-12, "{pose:?}: {placed}");
            let shank = DVec3::from(model.place(Segment::Shank, toe, pose));
            assert!(shank.distance(rodrigues(DVec3::from(toe), DVec3::X, knee)) < 1e-12);
            assert_eq!(model.place(Segment::Thigh, toe, pose), toe);
        }
    }

    #[test]
    fn a_bent_knee_swings_the_shank_back_and_dorsiflexion_lifts_the_toes() {
        let model = model();
        let bent = JointAngles::new(90.0, 0.0);
        let ankle = DVec3::from(model.place(Segment::Shank, [0.0, -0.4, 0.0], bent));
        // +Z is anterior: at 90 degrees of flexion the ankle is behind the knee, level with it.
        assert!(
            ankle.distance(DVec3::new(0.0, 0.0, -0.4)) < 1e-12,
            "{ankle}"
        );
        let toe = [0.0, -0.42, 0.15];
        let up = model.place(Segment::Foot, toe, JointAngles::new(0.0, 20.0));
        let down = model.place(Segment::Foot, toe, JointAngles::new(0.0, -20.0));
        assert!(
            up[1] > toe[1] + 0.03 && down[1] < toe[1] - 0.03,
            "{up:?} {down:?}"
        );
    }

    #[test]
    fn the_ankle_centre_stays_put_on_the_shank_whatever_the_foot_does() {
        let model = model();
        let centre = DVec3::from(model.ankle_centre);
        for (knee, ankle) in POSES {
            let pose = JointAngles::new(knee, ankle);
            let shank = model.segment_transform(Segment::Shank, pose);
            let foot = model.segment_transform(Segment::Foot, pose);
            let relative = shank.inverse() * foot;
            assert!(relative.transform_point3(centre).distance(centre) < 1e-12);
            // ...while points away from the axis do move.
            let heel = centre + DVec3::new(0.0, -0.04, -0.05);
            assert_eq!(
                relative.transform_point3(heel).distance(heel) > 1e-3,
                ankle != 0.0
            );
        }
    }
}
