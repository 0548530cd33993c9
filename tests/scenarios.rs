//! The scenarios tell the cramp story correctly: a cramp points the foot with a hard calf
//! contraction, a stretch lengthens the calf and the contraction fades, a bent knee spares the
//! gastrocnemius, a heel raise is a controlled, weaker contraction.

use cramp_explorer::core::biomech::{MuscleState, MusculoskeletalModel};
use cramp_explorer::core::export::{
    KINEMATICS_HEADER, SCENARIO_HEADER, kinematics_csv, scenario_csv,
};
use cramp_explorer::core::scenario::{Scenario, ScenarioLibrary};

fn model() -> MusculoskeletalModel {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/anatomy/leg.muscles.ron"
    ))
    .expect("file");
    MusculoskeletalModel::from_ron("musculotendon.ron", &bytes).expect("valid")
}

fn library(model: &MusculoskeletalModel) -> ScenarioLibrary {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/leg.scenarios.ron"
    ))
    .expect("file");
    ScenarioLibrary::from_ron("scenarios.ron", &bytes, model).unwrap_or_else(|e| panic!("{e:?}"))
}

fn state_at(model: &MusculoskeletalModel, scenario: &Scenario, t: f64, id: &str) -> MuscleState {
    let states = scenario.simulate(model, t, |_, _, _| {});
    let index = model.muscles.iter().position(|m| m.id == id).expect(id);
    states[index]
}

#[test]
fn all_five_scenarios_exist_with_titles_and_descriptions() {
    let model = model();
    let library = library(&model);
    for id in [
        "calf_cramp",
        "cramp_relief_stretch",
        "standing_calf_stretch",
        "bent_knee_stretch",
        "heel_raise",
    ] {
        let scenario = library.get(id).unwrap_or_else(|| panic!("{id}"));
        assert!(
            !scenario.title.is_empty() && scenario.description.len() > 40,
            "{id}"
        );
    }
}

#[test]
fn a_cramp_is_a_hard_calf_contraction_that_points_the_foot_and_then_eases() {
    let model = model();
    let library = library(&model);
    let cramp = library.get("calf_cramp").expect("calf_cramp");
    let before = state_at(&model, cramp, 1.0, "gastrocnemius_medial");
    let during = state_at(&model, cramp, cramp.key_time_s, "gastrocnemius_medial");
    let after = state_at(&model, cramp, cramp.duration_s(), "gastrocnemius_medial");
    assert!(
        cramp.sample(cramp.key_time_s).pose.ankle_dorsiflexion_deg < -30.0,
        "the foot points"
    );
    assert!(during.activation > 0.6, "activation {}", during.activation);
    assert!(
        during.force_n > 10.0 * before.force_n.max(5.0),
        "force {} vs {}",
        during.force_n,
        before.force_n
    );
    // Contracting while the foot points: the fibres shorten (and the belly thickens on screen).
    assert!(during.fiber_length_m < 0.9 * before.fiber_length_m);
    assert!(after.activation < 0.1);
    assert!(
        cramp.sample(cramp.key_time_s).twitch > 0.5,
        "a cramp twitches"
    );
}

#[test]
fn the_relief_stretch_lengthens_the_calf_and_the_contraction_fades() {
    let model = model();
    let library = library(&model);
    let stretch = library.get("cramp_relief_stretch").expect("stretch");
    let start = state_at(&model, stretch, 0.0, "gastrocnemius_medial");
    let held = state_at(&model, stretch, 9.0, "gastrocnemius_medial");
    assert!(
        held.mtu_length_m > start.mtu_length_m + 0.03,
        "{} -> {}",
        start.mtu_length_m,
        held.mtu_length_m
    );
    assert!(held.activation < 0.15 && start.activation > 0.8);
}

#[test]
fn the_bent_knee_stretch_stretches_soleus_but_not_gastrocnemius() {
    let model = model();
    let library = library(&model);
    let standing = library.get("standing_calf_stretch").expect("standing");
    let bent = library.get("bent_knee_stretch").expect("bent");
    let at = |s: &Scenario, id| state_at(&model, s, s.key_time_s, id).mtu_length_m;
    let rest = |id| state_at(&model, standing, 0.0, id).mtu_length_m;
    assert!(at(standing, "gastrocnemius_medial") > rest("gastrocnemius_medial") + 0.01);
    assert!(at(bent, "gastrocnemius_medial") < at(standing, "gastrocnemius_medial") - 0.005);
    assert!((at(bent, "soleus") - at(standing, "soleus")).abs() < 1e-6);
    assert!(at(bent, "soleus") > rest("soleus") + 0.01);
}

#[test]
fn a_heel_raise_is_a_controlled_contraction_weaker_than_a_cramp() {
    let model = model();
    let library = library(&model);
    let raise = library.get("heel_raise").expect("raise");
    let cramp = library.get("calf_cramp").expect("cramp");
    let raised = state_at(&model, raise, raise.key_time_s, "gastrocnemius_medial");
    let cramping = state_at(&model, cramp, cramp.key_time_s, "gastrocnemius_medial");
    assert!(raised.activation > 0.3 && raised.activation < cramping.activation);
    assert_eq!(raise.sample(raise.key_time_s).twitch, 0.0);
}

#[test]
fn unknown_muscles_and_bad_timelines_are_reported() {
    let model = model();
    let text = r#"(scenarios: [(id: "x", title: "X", description: "d", key_time_s: 9.0,
        keyframes: [(t: 1.0, knee_flexion_deg: 0.0, ankle_dorsiflexion_deg: 0.0, excitation: {"quadriceps": 2.0}),
                    (t: 0.5, knee_flexion_deg: 300.0, ankle_dorsiflexion_deg: 0.0)])])"#;
    let problems =
        ScenarioLibrary::from_ron("bad.ron", text.as_bytes(), &model).expect_err("invalid");
    let all = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for expected in [
        "unknown muscle \"quadriceps\"",
        "must be 0..1",
        "must increase",
        "range of motion",
        "outside the timeline",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in\n{all}");
    }
}

#[test]
fn kinematics_export_has_the_documented_header_and_one_row_per_muscle_per_pose() {
    let model = model();
    let csv = kinematics_csv(&model);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(KINEMATICS_HEADER));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), model.muscles.len() * 13 * 13);
    let soleus_neutral = rows
        .iter()
        .find(|r| r.starts_with("soleus,0,0,"))
        .expect("row");
    let ankle_arm: f64 = soleus_neutral
        .split(',')
        .nth(4)
        .and_then(|v| v.parse().ok())
        .expect("number");
    assert!(ankle_arm < -0.03);
}

#[test]
fn scenario_export_samples_every_10_ms() {
    let model = model();
    let library = library(&model);
    let raise = library.get("heel_raise").expect("raise");
    let csv = scenario_csv(&model, raise);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(SCENARIO_HEADER));
    let rows = lines.count();
    let times = (raise.duration_s() / 0.01).round() as usize + 1;
    assert_eq!(rows, times * model.muscles.len());
}
