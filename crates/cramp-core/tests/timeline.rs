//! Scrubbing a scenario with `Timeline`: wherever the user has been before, the states at a
//! time are those of one straight run from the start, and going back a little is cheap.

mod common;

use cramp_core::biomech::{MuscleState, MusculoskeletalModel};
use cramp_core::scenario::{SIMULATION_STEP_S, Scenario, ScenarioLibrary};
use cramp_core::timeline::{HISTORY_S, Timeline};

fn model() -> MusculoskeletalModel {
    let bytes =
        std::fs::read(common::repo_path("assets/anatomy/leg.muscles.ron")).expect("model file");
    MusculoskeletalModel::from_ron("leg.muscles.ron", &bytes).expect("valid")
}

/// 110 s of heel raises, one every 5 s, the drive and the pose changing all the time.
fn long_scenario(model: &MusculoskeletalModel) -> Scenario {
    let keyframes: Vec<String> = (0..=22)
        .map(|k| {
            let (drive, ankle) = if k % 2 == 0 { (0.05, -5.0) } else { (0.6, -30.0) };
            format!(
                "(t: {}.0, knee_flexion_deg: {}.0, ankle_dorsiflexion_deg: {ankle}, \
                 excitation: {{\"soleus\": {drive}, \"gastrocnemius_medial\": {drive}}}, twitch: 0.3)",
                5 * k,
                k % 3 * 10
            )
        })
        .collect();
    let text = format!(
        r#"(scenarios: [(id: "raises", title: "Raises", description: "d", key_time_s: 50.0,
            keyframes: [{}])])"#,
        keyframes.join(",\n")
    );
    let library = ScenarioLibrary::from_ron("raises.ron", text.as_bytes(), model)
        .unwrap_or_else(|e| panic!("{e:?}"));
    library.scenarios[0].clone()
}

fn straight_run(
    model: &MusculoskeletalModel,
    scenario: &Scenario,
    until_s: f64,
) -> Vec<MuscleState> {
    scenario.simulate(model, until_s, |_, _, _| {})
}

#[test]
fn scrubbing_back_and_forth_gives_the_states_of_one_straight_run() {
    let model = model();
    let scenario = long_scenario(&model);
    let mut timeline = Timeline::new(&model, &scenario);
    assert_eq!(timeline.states(), straight_run(&model, &scenario, 0.0));
    assert!(timeline.seek(&model, &scenario, 8.0));
    assert!(timeline.seek(&model, &scenario, 3.3));
    assert_eq!(timeline.time_s(), 660.0 * SIMULATION_STEP_S);
    assert_eq!(timeline.states(), straight_run(&model, &scenario, 3.3));
    assert!(timeline.seek(&model, &scenario, 6.02));
    assert_eq!(timeline.states(), straight_run(&model, &scenario, 6.02));
    // Past the last checkpoint reached so far, then back between two checkpoints.
    assert!(timeline.seek(&model, &scenario, 12.5));
    assert!(timeline.seek(&model, &scenario, 7.987));
    assert_eq!(timeline.time_s(), 1597.0 * SIMULATION_STEP_S);
    assert_eq!(timeline.states(), straight_run(&model, &scenario, 7.985));
}

#[test]
fn going_back_half_a_second_replays_less_than_a_second() {
    let model = model();
    let scenario = long_scenario(&model);
    let mut timeline = Timeline::new(&model, &scenario);
    timeline.seek(&model, &scenario, 100.0);
    let to_100 = timeline.steps_taken();
    assert_eq!(to_100, 20_000);
    assert!(timeline.seek(&model, &scenario, 99.5));
    assert!(timeline.seek(&model, &scenario, 99.52));
    let one_second = (1.0 / SIMULATION_STEP_S) as u64;
    assert!(
        timeline.steps_taken() - to_100 <= one_second,
        "{}",
        timeline.steps_taken()
    );
    assert_eq!(timeline.states(), straight_run(&model, &scenario, 99.52));
}

#[test]
fn history_holds_the_last_twelve_seconds_of_the_run_at_twenty_per_second() {
    let model = model();
    let scenario = long_scenario(&model);
    let mut timeline = Timeline::new(&model, &scenario);
    timeline.seek(&model, &scenario, 30.0);
    let history: Vec<(f64, Vec<MuscleState>)> = timeline
        .history()
        .map(|(t, states)| (t, states.to_vec()))
        .collect();
    assert_eq!(history.len(), (HISTORY_S * 20.0) as usize + 1);
    assert!((history[0].0 - 18.0).abs() < 1e-9 && (history[240].0 - 30.0).abs() < 1e-9);
    assert!(
        history
            .windows(2)
            .all(|w| (w[1].0 - w[0].0 - 0.05).abs() < 1e-9)
    );
    for &(t, ref states) in [&history[0], &history[101]] {
        assert_eq!(states, &straight_run(&model, &scenario, t), "at {t} s");
    }
    // Back to 5 s: nothing after 5 s, and from the start since there is no more.
    timeline.seek(&model, &scenario, 5.0);
    let times: Vec<f64> = timeline.history().map(|(t, _)| t).collect();
    assert_eq!(times.len(), 101);
    assert_eq!((times[0], times[100]), (0.0, 5.0));
}

#[test]
fn seeking_stays_within_the_scenario_and_reports_when_nothing_moved() {
    let model = model();
    let scenario = long_scenario(&model);
    let mut timeline = Timeline::new(&model, &scenario);
    assert!(!timeline.seek(&model, &scenario, 0.0));
    assert!(!timeline.seek(&model, &scenario, -4.0));
    assert!(!timeline.seek(&model, &scenario, f64::NAN));
    assert!(!timeline.seek(&model, &scenario, 0.004));
    assert!(timeline.seek(&model, &scenario, 1e9));
    assert_eq!(timeline.time_s(), scenario.duration_s());
    assert!(!timeline.seek(&model, &scenario, f64::INFINITY));
}
