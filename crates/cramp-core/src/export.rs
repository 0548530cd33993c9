//! CSV exports for checking the model against other tools (e.g. OpenSim): the kinematic sweep
//! and a simulated scenario.

use std::fmt::Write;

use crate::biomech::{Joint, JointAngles, MusculoskeletalModel};
use crate::scenario::Scenario;

pub const KINEMATICS_HEADER: &str = "muscle,knee_flexion_deg,ankle_dorsiflexion_deg,mtu_length_m,ankle_moment_arm_m,knee_moment_arm_m";
pub const SCENARIO_HEADER: &str = "time_s,knee_flexion_deg,ankle_dorsiflexion_deg,muscle,activation,mtu_length_m,fiber_length_m,force_n";

/// Knee flexion 0..=120 step 10, ankle dorsiflexion -40..=20 step 5 (degrees), one row per
/// muscle per pose. Moment arm = -dL/dθ in metres per radian.
pub fn kinematics_csv(model: &MusculoskeletalModel) -> String {
    let mut csv = String::from(KINEMATICS_HEADER);
    csv.push('\n');
    for muscle in &model.muscles {
        for knee in (0..=120).step_by(10) {
            for ankle in (-40..=20).step_by(5) {
                let pose = JointAngles::new(f64::from(knee), f64::from(ankle));
                let _ = writeln!(
                    csv,
                    "{},{knee},{ankle},{:.6},{:.6},{:.6}",
                    muscle.id,
                    model.mtu_length(muscle, pose),
                    model.moment_arm(muscle, pose, Joint::Ankle),
                    model.moment_arm(muscle, pose, Joint::Knee),
                );
            }
        }
    }
    csv
}

/// The scenario simulated every 10 ms, one row per muscle per time.
pub fn scenario_csv(model: &MusculoskeletalModel, scenario: &Scenario) -> String {
    let mut csv = String::from(SCENARIO_HEADER);
    csv.push('\n');
    let mut next_row_s = 0.0;
    scenario.simulate(model, scenario.duration_s(), |t, sample, states| {
        if t + 1e-9 < next_row_s {
            return;
        }
        next_row_s += 0.01;
        for (muscle, state) in model.muscles.iter().zip(states) {
            let _ = writeln!(
                csv,
                "{t:.3},{:.3},{:.3},{},{:.4},{:.6},{:.6},{:.2}",
                sample.pose.knee_flexion_deg,
                sample.pose.ankle_dorsiflexion_deg,
                muscle.id,
                state.activation,
                state.mtu_length_m,
                state.fiber_length_m,
                state.force_n,
            );
        }
    });
    csv
}
