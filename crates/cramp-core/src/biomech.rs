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
#[derive(Clone, Debug, Deserialize, PartialEq)]
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
#[derive(Clone, Debug, Deserialize, PartialEq)]
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
#[derive(Clone, Debug, Deserialize, PartialEq)]
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

mod muscle;

pub use muscle::{MuscleState, activation_step, belly_bulge, curves, shared_tendon_shares};

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
