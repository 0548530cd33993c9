//! The biomechanics the app teaches, checked against published values.
//!
//! References for the expected ranges:
//! - Maganaris CN et al., J Physiol 1998;510:977-985: Achilles tendon moment arm ~4-6 cm at rest.
//! - Manal K, Cowder JD, Buchanan TS, Physiol Rep 2013;1:e00139: Achilles tendon moment arm at
//!   rest 34.6 ± 1.8 mm (20° dorsiflexion) to 36.9 ± 1.9 mm (10° plantarflexion).
//! - Maganaris CN et al., J Physiol 1999;517:591-600: tibialis anterior moment arm ~3-4.5 cm.
//! - Buford WL et al., IEEE Trans Rehabil Eng 1997;5:367-379: gastrocnemius knee moment arm ~1-3 cm.
//! - Spoor CW et al., J Biomech 1990;23:1247-1259 (cadaver tendon excursion): gastrocnemius
//!   medialis and lateralis knee moment arms 12-20 mm, largest near extension and falling with
//!   flexion; Li L et al., J Electromyogr Kinesiol 2002;12:385-390: little knee flexion moment
//!   from the gastrocnemius at 90 degrees.
//! - Maximal plantarflexion torque of healthy adults ~100-250 N m (e.g. Maganaris 1998, Fig. 4).

mod common;

use cramp_core::anatomy::{AnatomyAtlas, BodySystem};
use cramp_core::biomech::{Joint, JointAngles, MusculoskeletalModel, activation_step, curves};

fn model() -> MusculoskeletalModel {
    let bytes = std::fs::read(common::repo_path("assets/anatomy/leg.muscles.ron")).expect("file");
    MusculoskeletalModel::from_ron("musculotendon.ron", &bytes).unwrap_or_else(|e| panic!("{e:?}"))
}

const NEUTRAL: JointAngles = JointAngles {
    knee_flexion_deg: 0.0,
    ankle_dorsiflexion_deg: 0.0,
};

#[test]
fn every_leg_muscle_of_the_anatomy_has_a_path() {
    let model = model();
    let bytes = std::fs::read(common::repo_path("assets/anatomy/leg.anatomy.ron")).expect("file");
    let atlas = AnatomyAtlas::from_ron("leg.anatomy.ron", &bytes).expect("valid");
    let muscles: Vec<&str> = atlas
        .structures
        .iter()
        .filter(|s| s.system == BodySystem::Muscle)
        .map(|s| s.id.as_str())
        .collect();
    // The 13 of the first model and fibularis tertius.
    assert_eq!(muscles.len(), 14);
    for id in muscles {
        assert!(model.muscle(id).is_some(), "{id} has no musculotendon path");
    }
}

#[test]
fn calf_muscles_point_the_foot_and_the_shin_muscle_lifts_it() {
    let model = model();
    for id in [
        "gastrocnemius_medial",
        "gastrocnemius_lateral",
        "soleus",
        "tibialis_posterior",
        "flexor_hallucis_longus",
        "fibularis_longus",
    ] {
        let r = model.moment_arm(model.muscle(id).expect(id), NEUTRAL, Joint::Ankle);
        assert!(r < 0.0, "{id} ankle moment arm {r}");
    }
    for id in [
        "tibialis_anterior",
        "extensor_digitorum_longus",
        "extensor_hallucis_longus",
    ] {
        let r = model.moment_arm(model.muscle(id).expect(id), NEUTRAL, Joint::Ankle);
        assert!(r > 0.0, "{id} ankle moment arm {r}");
    }
}

#[test]
fn moment_arms_have_published_sizes() {
    let model = model();
    let soleus = model.moment_arm(
        model.muscle("soleus").expect("soleus"),
        NEUTRAL,
        Joint::Ankle,
    );
    // In vivo at rest, ultrasound with motion capture: 34.6 ± 1.8 mm at 20 degrees of
    // dorsiflexion to 36.9 ± 1.9 mm at 10 degrees of plantarflexion (Manal 2013); other in vivo
    // methods up to about 6 cm (Maganaris 1998).
    assert!(
        (-0.06..=-0.030).contains(&soleus),
        "Achilles moment arm {soleus} m"
    );
    let tib_ant = model.moment_arm(
        model.muscle("tibialis_anterior").expect("ta"),
        NEUTRAL,
        Joint::Ankle,
    );
    assert!(
        (0.025..=0.05).contains(&tib_ant),
        "tibialis anterior {tib_ant} m"
    );
    let gastroc = model.muscle("gastrocnemius_medial").expect("gm");
    let knee = model.moment_arm(gastroc, JointAngles::new(20.0, 0.0), Joint::Knee);
    assert!(
        (0.008..=0.035).contains(&knee),
        "gastrocnemius knee moment arm {knee} m"
    );
}

#[test]
fn soleus_does_not_cross_the_knee_but_gastrocnemius_does() {
    let model = model();
    let soleus = model.muscle("soleus").expect("soleus");
    for knee in [0.0, 45.0, 90.0, 130.0] {
        let arm = model.moment_arm(soleus, JointAngles::new(knee, 10.0), Joint::Knee);
        assert!(
            arm.abs() < 1e-9,
            "soleus knee moment arm {arm} at {knee} degrees"
        );
    }
    let gastroc = model.muscle("gastrocnemius_lateral").expect("gl");
    let straight = model.mtu_length(gastroc, JointAngles::new(0.0, 10.0));
    let bent = model.mtu_length(gastroc, JointAngles::new(90.0, 10.0));
    assert!(
        straight - bent > 0.01,
        "bending the knee shortens gastrocnemius by {} m",
        straight - bent
    );
}

/// The femoral attachments sit where gait2392 puts them (not ~6 mm further forward), so the
/// knee moment arm and the shortening with knee flexion have the published size.
#[test]
fn gastrocnemius_knee_moment_arm_and_shortening_match_cadaver_measurements() {
    let model = model();
    for id in ["gastrocnemius_medial", "gastrocnemius_lateral"] {
        let gastroc = model.muscle(id).expect(id);
        let arm = |knee: f64| model.moment_arm(gastroc, JointAngles::new(knee, 0.0), Joint::Knee);
        // Spoor 1990: 12-20 mm in the first part of flexion.
        let early = arm(20.0);
        assert!(
            (0.012..=0.020).contains(&early),
            "{id}: {early} m at 20 degrees"
        );
        // It falls steadily with flexion and is small at 90 degrees, below the range measured
        // near extension (Spoor 1990; Li 2002: little knee flexion moment at 90 degrees).
        let (middle, bent) = (arm(60.0), arm(90.0));
        assert!(
            early > middle && middle > bent && bent.abs() < 0.012,
            "{id}: {early} m at 20, {middle} m at 60, {bent} m at 90 degrees"
        );
        // Shortening: a 12-20 mm moment arm over the first 45-60 degrees and a small one after
        // gives 1.5-3.5 cm from a straight knee to 90 and to 120 degrees.
        let length = |knee: f64| model.mtu_length(gastroc, JointAngles::new(knee, 0.0));
        for bent in [90.0, 120.0] {
            let shortening = length(0.0) - length(bent);
            assert!(
                (0.015..=0.035).contains(&shortening),
                "{id}: shortens {shortening} m from 0 to {bent} degrees"
            );
        }
    }
}

#[test]
fn a_bent_knee_stretch_slackens_gastrocnemius_and_still_stretches_soleus() {
    let model = model();
    let gastroc = model.muscle("gastrocnemius_medial").expect("gm");
    let soleus = model.muscle("soleus").expect("soleus");
    // Both at the same ankle angle here: the knee alone decides what gastrocnemius feels.
    let standing_stretch = JointAngles::new(0.0, 20.0);
    let bent_knee_stretch = JointAngles::new(90.0, 20.0);
    let relaxed = |m| model.mtu_length(m, NEUTRAL);
    // Soleus is lengthened equally by both stretches ...
    let soleus_gain = model.mtu_length(soleus, bent_knee_stretch) - relaxed(soleus);
    assert!(soleus_gain > 0.01, "soleus gains {soleus_gain} m");
    assert!(
        (model.mtu_length(soleus, standing_stretch) - model.mtu_length(soleus, bent_knee_stretch))
            .abs()
            < 1e-9
    );
    // ... but gastrocnemius only by the straight-knee one: bent, it is shorter than at rest.
    assert!(model.mtu_length(gastroc, standing_stretch) > relaxed(gastroc) + 0.01);
    assert!(model.mtu_length(gastroc, bent_knee_stretch) < relaxed(gastroc));
}

#[test]
fn lengths_are_those_of_an_adult_leg() {
    let model = model();
    let gm = model.mtu_length(model.muscle("gastrocnemius_medial").expect("gm"), NEUTRAL);
    assert!((0.38..=0.47).contains(&gm), "gastrocnemius {gm} m");
    let sol = model.mtu_length(model.muscle("soleus").expect("sol"), NEUTRAL);
    assert!((0.24..=0.32).contains(&sol), "soleus {sol} m");
}

#[test]
fn a_full_calf_contraction_outpulls_the_shin_muscle_many_times_over() {
    let model = model();
    let moment = |id: &str| {
        let muscle = model.muscle(id).expect(id);
        let state = muscle.equilibrium(model.mtu_length(muscle, NEUTRAL), 1.0);
        state.force_n * model.moment_arm(muscle, NEUTRAL, Joint::Ankle)
    };
    let triceps: f64 = ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"]
        .iter()
        .map(|id| moment(id))
        .sum();
    assert!(
        (-300.0..=-100.0).contains(&triceps),
        "triceps surae moment {triceps} N m"
    );
    let tibialis = moment("tibialis_anterior");
    assert!(
        tibialis > 0.0 && -triceps > 3.0 * tibialis,
        "tibialis anterior {tibialis} N m"
    );
}

#[test]
fn equilibrium_balances_tendon_and_fibre_and_responds_to_activation() {
    let model = model();
    let soleus = model.muscle("soleus").expect("soleus");
    let length = model.mtu_length(soleus, NEUTRAL);
    let relaxed = soleus.equilibrium(length, 0.0);
    let active = soleus.equilibrium(length, 1.0);
    assert!(active.force_n > 10.0 * relaxed.force_n.max(1.0));
    // Contracting against a fixed length shortens the fibres and stretches the tendon.
    assert!(active.fiber_length_m < relaxed.fiber_length_m);
    assert!(active.tendon_length_m > relaxed.tendon_length_m);
    let along =
        active.fiber_length_m * active.pennation_deg.to_radians().cos() + active.tendon_length_m;
    assert!((along - length).abs() < 1e-6);
    // Pennation grows as fibres shorten (constant thickness).
    assert!(active.pennation_deg > relaxed.pennation_deg);
    // Dorsiflexing stretches the fibres.
    let stretched = soleus.equilibrium(model.mtu_length(soleus, JointAngles::new(0.0, 20.0)), 0.0);
    assert!(stretched.normalized_fiber_length(soleus) > relaxed.normalized_fiber_length(soleus));
}

#[test]
fn muscle_curves_have_their_textbook_shape() {
    assert!((curves::active_force_length(1.0) - 1.0).abs() < 1e-12);
    assert!(curves::active_force_length(0.5) < 0.6 && curves::active_force_length(1.5) < 0.6);
    assert_eq!(curves::passive_force_length(0.9), 0.0);
    assert!((curves::passive_force_length(1.6) - 1.0).abs() < 1e-9);
    assert_eq!(curves::tendon_force(-0.01), 0.0);
    assert!((curves::tendon_force(0.04) - 1.0).abs() < 1e-6);
    assert!((curves::force_velocity(0.0) - 1.0).abs() < 1e-12);
    assert_eq!(curves::force_velocity(-10.0), 0.0);
    assert!(
        curves::force_velocity(-2.0) < 1.0
            && curves::force_velocity(2.0) > 1.0
            && curves::force_velocity(100.0) <= 1.8
    );
}

#[test]
fn activation_rises_in_tens_of_milliseconds_and_falls_more_slowly() {
    let run =
        |from: f64, to: f64, ms: u32| (0..ms).fold(from, |a, _| activation_step(a, to, 0.001));
    assert!(run(0.0, 1.0, 60) > 0.9);
    assert!(run(1.0, 0.0, 60) > 0.1);
    assert!(run(1.0, 0.0, 400) < 0.02);
}

#[test]
fn poses_outside_the_range_of_motion_are_clamped() {
    let pose = JointAngles::new(200.0, -90.0).clamped();
    assert_eq!(
        (pose.knee_flexion_deg, pose.ankle_dorsiflexion_deg),
        (140.0, -50.0)
    );
    let nan = JointAngles::new(f64::NAN, f64::NAN).clamped();
    assert_eq!(
        (nan.knee_flexion_deg, nan.ankle_dorsiflexion_deg),
        (0.0, 0.0)
    );
}

/// The Achilles tendon carries the sum of its muscles' forces, so each muscle's share of its pull
/// is its force over that sum (not a fixed split): in a bent-knee heel raise the soleus carries
/// nearly all of it, with a straight knee the gastrocnemius takes a real part.
#[test]
fn the_achilles_tendon_pull_is_shared_by_the_muscles_actual_forces() {
    use cramp_core::biomech::shared_tendon_shares;
    let model = model();
    let force = |id: &str, pose: JointAngles| {
        let muscle = model.muscle(id).expect(id);
        muscle
            .equilibrium(model.mtu_length(muscle, pose), 0.6)
            .force_n
    };
    let triceps = ["soleus", "gastrocnemius_medial", "gastrocnemius_lateral"];
    let shares_at = |pose: JointAngles| shared_tendon_shares(&triceps.map(|id| force(id, pose)));
    let straight = shares_at(JointAngles::new(0.0, 0.0));
    let bent = shares_at(JointAngles::new(90.0, 0.0));
    assert!((straight.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    // Bending the knee slackens gastrocnemius: the soleus's share grows.
    assert!(bent[0] > straight[0] + 0.05, "{bent:?} vs {straight:?}");
    assert!(
        straight[1] > 0.15,
        "gastrocnemius medialis share {}",
        straight[1]
    );
    // No force (or bad numbers): equal shares, never NaN.
    assert_eq!(
        shared_tendon_shares(&[0.0, f64::NAN, -3.0]),
        vec![1.0 / 3.0; 3]
    );
}
