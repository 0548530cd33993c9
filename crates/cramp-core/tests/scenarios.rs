//! The scenarios tell the cramp story correctly: a cramp points the foot with a hard calf
//! contraction, a stretch lengthens the calf and the contraction fades, a bent knee spares the
//! gastrocnemius, a heel raise is a controlled, weaker contraction. The physiology tests read
//! the exported series (`--export-scenario`), the same numbers a user can export.

mod common;

use cramp_core::biomech::{MuscleState, MusculoskeletalModel};
use cramp_core::export::{KINEMATICS_HEADER, SCENARIO_HEADER, kinematics_csv, scenario_csv};
use cramp_core::scenario::{Scenario, ScenarioLibrary};

fn model() -> MusculoskeletalModel {
    let bytes = std::fs::read(common::repo_path("assets/anatomy/leg.muscles.ron")).expect("file");
    MusculoskeletalModel::from_ron("musculotendon.ron", &bytes).expect("valid")
}

fn library(model: &MusculoskeletalModel) -> ScenarioLibrary {
    let bytes =
        std::fs::read(common::repo_path("assets/scenarios/leg.scenarios.ron")).expect("file");
    ScenarioLibrary::from_ron("scenarios.ron", &bytes, model).unwrap_or_else(|e| panic!("{e:?}"))
}

fn state_at(model: &MusculoskeletalModel, scenario: &Scenario, t: f64, id: &str) -> MuscleState {
    let states = scenario.simulate(model, t, |_, _, _| {});
    let index = model.muscles.iter().position(|m| m.id == id).expect(id);
    states[index]
}

#[test]
fn every_scenario_exists_with_titles_and_descriptions() {
    let model = model();
    let library = library(&model);
    for id in [
        "calf_cramp",
        "cramp_relief_stretch",
        "standing_calf_stretch",
        "bent_knee_stretch",
        "heel_raise",
        "heel_raise_series",
    ] {
        let scenario = library.get(id).unwrap_or_else(|| panic!("{id}"));
        assert!(
            !scenario.title.is_empty() && scenario.description.len() > 40,
            "{id}"
        );
    }
}

/// One muscle's rows of the exported scenario series: (time, knee, ankle, activation, MTU
/// length, fibre length, force).
fn exported(
    model: &MusculoskeletalModel,
    scenario: &Scenario,
    id: &str,
) -> Vec<(f64, f64, f64, f64, f64, f64, f64)> {
    scenario_csv(model, scenario)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            if cells.get(3) != Some(&id) {
                return None;
            }
            let n = |i: usize| cells[i].parse::<f64>().expect("number");
            Some((n(0), n(1), n(2), n(4), n(5), n(6), n(7)))
        })
        .collect()
}

const CALF: [&str; 3] = ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"];

#[test]
fn a_cramp_is_a_strong_submaximal_patchy_contraction_that_points_the_foot_and_then_eases() {
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
    // Strong: many times the resting force, and the fibres shorten (the belly thickens) ...
    assert!(
        during.force_n > 10.0 * before.force_n.max(5.0),
        "force {} vs {}",
        during.force_n,
        before.force_n
    );
    assert!(during.fiber_length_m < 0.9 * before.fiber_length_m);
    // ... but submaximal: cramp EMG stays well below a maximal contraction (Minetto 2013).
    for id in CALF {
        let peak = exported(&model, cramp, id)
            .iter()
            .map(|row| row.3)
            .fold(0.0, f64::max);
        assert!(
            (0.4..=0.8).contains(&peak),
            "{id} peaks at activation {peak}"
        );
    }
    // Patchy: which head works harder changes during the cramp.
    let medial = exported(&model, cramp, "gastrocnemius_medial");
    let lateral = exported(&model, cramp, "gastrocnemius_lateral");
    let differences: Vec<f64> = medial
        .iter()
        .zip(&lateral)
        .filter(|(m, _)| (2.5..=8.0).contains(&m.0))
        .map(|(m, l)| m.3 - l.3)
        .collect();
    let spread = differences.iter().copied().fold(f64::MIN, f64::max)
        - differences.iter().copied().fold(f64::MAX, f64::min);
    assert!(
        spread > 0.1,
        "the heads' activations move together (spread {spread})"
    );
    assert!(after.activation < 0.1);
    assert!(
        cramp.sample(cramp.key_time_s).twitch > 0.5,
        "a cramp twitches"
    );
}

#[test]
fn the_relief_stretch_lengthens_the_calf_while_the_drive_falls() {
    let model = model();
    let library = library(&model);
    let stretch = library.get("cramp_relief_stretch").expect("stretch");
    for id in CALF {
        let rows = exported(&model, stretch, id);
        let start = rows.first().expect("rows");
        // The moment the ankle first reaches its most dorsiflexed angle: the full stretch.
        let top = rows.iter().map(|r| r.2).fold(f64::MIN, f64::max);
        let full = rows
            .iter()
            .find(|r| r.2 >= top - 1e-6)
            .expect("full stretch");
        assert!(
            full.4 > start.4 + 0.02,
            "{id} lengthens {} -> {}",
            start.4,
            full.4
        );
        assert!(start.3 > 0.4, "{id} starts cramping ({})", start.3);
        // The ankle is not forced up against a fully active calf.
        assert!(
            full.3 < 0.15,
            "{id} activation {} at the full stretch",
            full.3
        );
        // While the ankle goes up, the calf's activation falls: each half second's mean is
        // below the one before (the twitching makes single samples jitter).
        let means: Vec<f64> = rows
            .iter()
            .filter(|r| r.0 >= 1.5 && r.0 <= full.0)
            .collect::<Vec<_>>()
            .chunks(50)
            .map(|chunk| chunk.iter().map(|r| r.3).sum::<f64>() / chunk.len() as f64)
            .collect();
        assert!(means.len() >= 4, "{id}: the stretch is too short to judge");
        assert!(
            means.windows(2).all(|w| w[1] < w[0]),
            "{id}: activation rises during the stretch {means:?}"
        );
    }
}

#[test]
fn the_bent_knee_stretch_stretches_soleus_more_and_gastrocnemius_less() {
    let model = model();
    let library = library(&model);
    let standing = library.get("standing_calf_stretch").expect("standing");
    let bent = library.get("bent_knee_stretch").expect("bent");
    let at = |s: &Scenario, id| state_at(&model, s, s.key_time_s, id);
    let rest = |id| state_at(&model, standing, 0.0, id);
    // Bending the knee lets the ankle go further ...
    assert!(
        bent.sample(bent.key_time_s).pose.ankle_dorsiflexion_deg
            > standing
                .sample(standing.key_time_s)
                .pose
                .ankle_dorsiflexion_deg
                + 5.0
    );
    // ... so the soleus fibres are stretched more than in the straight-knee stretch ...
    let soleus_fibre = |s| at(s, "soleus").fiber_length_m;
    assert!(
        soleus_fibre(bent) > soleus_fibre(standing) * 1.05,
        "soleus fibres {} (bent) vs {} (standing)",
        soleus_fibre(bent),
        soleus_fibre(standing)
    );
    assert!(soleus_fibre(standing) > rest("soleus").fiber_length_m);
    // ... and gastrocnemius less: the straight knee is what stretches it.
    for id in ["gastrocnemius_medial", "gastrocnemius_lateral"] {
        assert!(at(standing, id).mtu_length_m > rest(id).mtu_length_m + 0.01);
        assert!(at(bent, id).mtu_length_m < at(standing, id).mtu_length_m - 0.005);
    }
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
fn endless_or_out_of_range_timelines_are_refused_at_load() {
    let model = model();
    let scenario = |keyframes: &str, key_time_s: &str| {
        let text = format!(
            r#"(scenarios: [(id: "x", title: "X", description: "d", key_time_s: {key_time_s},
                keyframes: [{keyframes}])])"#
        );
        ScenarioLibrary::from_ron("s.ron", text.as_bytes(), &model)
            .map(drop)
            .map_err(|problems| {
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
    };
    let key = |t: &str| format!("(t: {t}, knee_flexion_deg: 0.0, ankle_dorsiflexion_deg: 0.0)");
    let two = |last: &str| format!("{}, {}", key("0.0"), key(last));
    assert_eq!(scenario(&two("120.0"), "1.0"), Ok(()));
    // A typo for 3.0: a scenario fifty minutes long.
    let typo = scenario(&two("3000"), "1.0").expect_err("too long");
    assert!(
        typo.contains("lasts 3000 s; a scenario lasts at most 120 s"),
        "{typo}"
    );
    let endless = scenario(&two("inf"), "1.0").expect_err("infinite");
    assert!(endless.contains("expected a finite number"), "{endless}");
    let early = scenario(&format!("{}, {}", key("-1.0"), key("2.0")), "1.0").expect_err("t < 0");
    assert!(early.contains("0 s or later"), "{early}");
    let late_key = scenario(&two("2.0"), "2.5").expect_err("key time");
    assert!(
        late_key.contains("key_time_s is outside the timeline"),
        "{late_key}"
    );
    let twitchy = scenario(
        "(t: 0.0, knee_flexion_deg: 0.0, ankle_dorsiflexion_deg: 0.0, twitch: 1.5)",
        "0.0",
    )
    .expect_err("twitch");
    assert!(twitchy.contains("twitch must be 0..1"), "{twitchy}");
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
