//! Presenter and learning data: the tours, the quiz bank and its scoring, the clinic settings,
//! and where the teaching overlays sit on the calf. Plain Rust, no engine.

mod common;

use cramp_core::anatomy::AnatomyAtlas;
use cramp_core::biomech::MusculoskeletalModel;
use cramp_core::clinic::ClinicSettings;
use cramp_core::overlay::{
    OverlayPlacement, WORKLOAD_FULL_SCALE_NS, bounds_of, workload, workload_on_scale,
};
use cramp_core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound, ROUND_LENGTH, Topic};
use cramp_core::scenario::ScenarioLibrary;
use cramp_core::tour::{Audience, REQUIRED_TOURS, TourLibrary, TourPosition, TourTargets};

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(common::repo_path(&format!("assets/{relative}"))).expect(relative)
}

fn atlas() -> AnatomyAtlas {
    let mut atlas =
        AnatomyAtlas::from_ron("anatomy", &read("anatomy/leg.anatomy.ron")).expect("valid anatomy");
    let shapes =
        cramp_core::fitted::FittedAtlas::from_ron("shapes", &read("anatomy/leg.shapes.ron"))
            .expect("valid shapes");
    assert!(atlas.attach_shapes(&shapes, "shapes").is_empty());
    atlas
}

fn structures() -> Vec<String> {
    atlas().structures.iter().map(|s| s.id.clone()).collect()
}

fn model() -> MusculoskeletalModel {
    MusculoskeletalModel::from_ron("muscles", &read("anatomy/leg.muscles.ron")).expect("model")
}

fn scenario_times() -> Vec<(String, f64)> {
    let model = model();
    ScenarioLibrary::from_ron("scenarios", &read("scenarios/leg.scenarios.ron"), &model)
        .expect("scenarios")
        .scenarios
        .iter()
        .map(|s| (s.id.clone(), s.duration_s()))
        .collect()
}

fn tours_from(bytes: &[u8]) -> Result<TourLibrary, Vec<String>> {
    let structures = structures();
    let scenarios = scenario_times();
    let targets = TourTargets {
        structures: &structures,
        scenarios: &scenarios,
    };
    TourLibrary::from_ron("tours.ron", bytes, &targets)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn bank() -> QuizBank {
    QuizBank::from_ron("quiz", &read("quiz/leg.quiz.ron"), &structures()).expect("valid bank")
}

#[test]
fn the_three_promised_tours_are_there_for_their_audiences() {
    let tours = tours_from(&read("tours/leg.tours.ron")).expect("valid tours");
    for id in REQUIRED_TOURS {
        let tour = tours.get(id).unwrap_or_else(|| panic!("{id}"));
        assert!(tour.steps.len() >= 4, "{id} is a real tour");
    }
    assert_eq!(
        tours.get("cramp_for_patients").map(|t| t.audience),
        Some(Audience::Patient)
    );
    assert_eq!(
        tours.get("stretches_for_patients").map(|t| t.audience),
        Some(Audience::Patient)
    );
    assert_eq!(
        tours.get("triceps_surae").map(|t| t.audience),
        Some(Audience::Student)
    );
    // The cramp tour animates the cramp and then the stretch that relieves it.
    let cramp = tours.get("cramp_for_patients").expect("cramp tour");
    let played: Vec<String> = cramp
        .steps
        .iter()
        .filter_map(|s| s.view_state().scenario)
        .collect();
    assert!(played.contains(&"calf_cramp".to_owned()));
    assert!(played.contains(&"cramp_relief_stretch".to_owned()));
}

#[test]
fn broken_tours_report_every_problem_with_what_was_expected() {
    let broken = br#"(tours: [
        (id: "t", title: "T", audience: Patient, summary: "s", steps: [
            (title: "a", caption: "c", show: "select=no_such_muscle&view=sideways"),
            (title: "b", caption: "c", show: "view=posterior", play: Some((0.0, 2.0))),
            (title: "c", caption: "c", show: "scenario=calf_cramp", play: Some((5.0, 99.0))),
        ]),
    ])"#;
    let problems = tours_from(broken).expect_err("invalid");
    let has = |text: &str| problems.iter().any(|p| p.contains(text));
    assert!(has("unknown structure \"no_such_muscle\""), "{problems:?}");
    assert!(has("anterior, posterior, medial, lateral"), "{problems:?}");
    assert!(has("play needs a scenario"), "{problems:?}");
    assert!(has("within the scenario's 0 to 12 s"), "{problems:?}");
    assert!(has("the tour \"triceps_surae\" is missing"), "{problems:?}");
    let syntax = tours_from(b"(tours: [ (id: \"t\", title: ").expect_err("truncated");
    assert!(syntax[0].starts_with("tours.ron:1:"), "{syntax:?}");
}

#[test]
fn a_tour_position_never_leaves_the_tour() {
    let tours = tours_from(&read("tours/leg.tours.ron")).expect("valid tours");
    let tour = tours.get("cramp_for_patients").expect("tour");
    let mut position = TourPosition::start(tour, Some(2));
    assert_eq!(position.step, 1, "step 2 of a link is index 1");
    assert!(position.go(-5), "moving back from step 2 moves");
    assert_eq!(position.step, 0, "and stops at the first step");
    assert!(!position.go(-1), "no step before the first");
    assert!(position.go(100));
    assert!(position.is_last());
    assert_eq!(TourPosition::start(tour, Some(0)).step, 0);
}

/// The bank asks enough "find the structure" questions to practise on the model, and a bank
/// thin on a topic is refused with a message naming the topic.
#[test]
fn the_quiz_bank_has_enough_questions_on_every_topic() {
    let bank = bank();
    let finds = bank
        .questions
        .iter()
        .filter(|q| matches!(q.answer, Answer::Find(_)))
        .count();
    assert!(finds >= 8, "find-the-structure questions: {finds}");
    let mut thin = bank.clone();
    let mut kept = 0;
    thin.questions.retain(|q| {
        if q.topic != Topic::RedFlags {
            return true;
        }
        kept += 1;
        kept <= 2
    });
    let problems: Vec<String> = thin
        .validate("quiz", &structures())
        .iter()
        .map(ToString::to_string)
        .collect();
    let wanted = format!("expected at least 3 questions on {:?}", Topic::RedFlags);
    assert!(problems.iter().any(|p| p.contains(&wanted)), "{problems:?}");
}

#[test]
fn a_bad_quiz_bank_says_what_is_wrong() {
    let bytes = br#"(questions: [
        (id: "a", topic: Anatomy, prompt: "p", answer: Find("nowhere"), explanation: "e"),
        (id: "a", topic: Causes, prompt: "p", answer: Choice(choices: ["x", "y"], correct: 2), explanation: "e"),
    ])"#;
    let problems: Vec<String> = QuizBank::from_ron("quiz.ron", bytes, &structures())
        .expect_err("invalid")
        .iter()
        .map(ToString::to_string)
        .collect();
    let has = |text: &str| problems.iter().any(|p| p.contains(text));
    assert!(has("unknown structure \"nowhere\""), "{problems:?}");
    assert!(has("used twice"), "{problems:?}");
    assert!(
        has("correct: 2 but choices are numbered 0 to 1"),
        "{problems:?}"
    );
    assert!(has("expected at least 30"), "{problems:?}");
}

/// Answers every question of a round, right when `right(i)` says so.
fn play_round(bank: &QuizBank, round: &mut QuizRound, right: impl Fn(usize) -> bool) {
    let mut n = 0;
    while let Some(index) = round.current() {
        let question = &bank.questions[index];
        let given = match (&question.answer, right(n)) {
            (Answer::Find(id), true) => Given::Structure(id.clone()),
            (Answer::Find(_), false) => Given::Structure("tibia".into()),
            (Answer::Choice { correct, .. }, true) => Given::Choice(*correct),
            (Answer::Choice { correct, choices }, false) => {
                Given::Choice((correct + 1) % choices.len())
            }
        };
        round.answer(bank, given);
        round.next();
        n += 1;
    }
}

#[test]
fn a_round_scores_right_answers_and_keeps_the_first_answer_only() {
    let bank = bank();
    let mut round = QuizRound::new(&bank, &QuizProgress::default(), 1);
    assert_eq!(round.order.len(), ROUND_LENGTH);
    let mut distinct = round.order.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), ROUND_LENGTH, "no question twice in a round");
    // Moving on is refused until the question is answered.
    round.next();
    assert_eq!(round.position, 0);
    let first = &bank.questions[round.current().expect("a question")];
    let wrong = match &first.answer {
        Answer::Find(_) => Given::Structure("femur".into()),
        Answer::Choice { correct, choices } => Given::Choice((correct + 1) % choices.len()),
    };
    assert_eq!(round.answer(&bank, wrong), Some(false));
    let right = match &first.answer {
        Answer::Find(id) => Given::Structure(id.clone()),
        Answer::Choice { correct, .. } => Given::Choice(*correct),
    };
    assert_eq!(round.answer(&bank, right), Some(false), "no second guess");
    round.next();
    play_round(&bank, &mut round, |n| n % 2 == 0);
    assert!(round.is_over());
    let (score, answered) = round.score();
    assert_eq!(answered, ROUND_LENGTH);
    // Question 1 was missed; of the other 9, those at even positions (0, 2, ... 8) were right.
    assert_eq!(score, 5);
    assert_eq!(round.mistakes().count(), 5);
}

#[test]
fn progress_is_kept_and_missed_questions_come_back_first_but_never_straight_away() {
    let bank = bank();
    let mut progress = QuizProgress::default();
    let mut round = QuizRound::new(&bank, &progress, 7);
    play_round(&bank, &mut round, |n| n != 3 && n != 9);
    progress.record(&bank, &round);
    assert_eq!(
        (progress.rounds, progress.answered, progress.correct),
        (1, 10, 8)
    );
    assert_eq!(progress.best_percent, 80);
    let missed_ids: Vec<String> = [3, 9]
        .iter()
        .map(|&i| bank.questions[round.order[i]].id.clone())
        .collect();
    assert_eq!(progress.missed, missed_ids);
    // Stored as text and read back, as between two visits.
    let restored = QuizProgress::from_setting(&progress.to_setting());
    assert_eq!(restored, progress);
    // The missed questions come first next time, but the last question asked (also missed)
    // is not asked again straight away.
    let next = QuizRound::new(&bank, &restored, 8);
    let first_two: Vec<String> = next.order[..2]
        .iter()
        .map(|&i| bank.questions[i].id.clone())
        .collect();
    assert!(first_two.contains(&missed_ids[0]));
    assert_ne!(
        Some(&bank.questions[next.order[0]].id),
        restored.last.as_ref(),
        "no immediate repeat"
    );
    // Garbage in storage is not a crash and not progress.
    assert_eq!(
        QuizProgress::from_setting("rounds=x;;=;correct=9999"),
        QuizProgress::default()
    );
}

#[test]
fn the_right_choice_is_not_always_shown_in_the_same_place() {
    let bank = bank();
    let round = QuizRound::new(&bank, &QuizProgress::default(), 3);
    let places: std::collections::HashSet<usize> = bank
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| match &q.answer {
            Answer::Choice { choices, correct } => round
                .choice_order(i, choices.len())
                .iter()
                .position(|c| c == correct),
            Answer::Find(_) => None,
        })
        .collect();
    assert!(
        places.len() >= 3,
        "right answers shown at places {places:?}"
    );
}

#[test]
fn clinic_settings_accept_a_booking_link_and_refuse_a_script() {
    let good = br#"(name: "Riverside Physio", contact: "01234 567890", appointment_link: "https://example.org/book")"#;
    let clinic = ClinicSettings::from_ron("clinic", good).expect("valid");
    assert_eq!(
        clinic.and_then(|c| c.appointment_link).as_deref(),
        Some("https://example.org/book")
    );
    // As shipped: no clinic, so no appointment button.
    let shipped = read("clinic.settings.ron");
    assert_eq!(ClinicSettings::from_ron("clinic", &shipped), Ok(None));
    let bad = br#"(name: "", appointment_link: "javascript:alert(1)")"#;
    let problems = ClinicSettings::from_ron("clinic", bad).expect_err("invalid");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(ClinicSettings::from_ron("clinic", b"\xff\xfe").is_err());
}

#[test]
fn massage_strokes_and_tens_pads_sit_on_the_back_of_the_calf() {
    let atlas = atlas();
    let place = OverlayPlacement::for_calf(&atlas).expect("calf muscles");
    let calf = bounds_of(
        &atlas,
        &["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"],
    )
    .expect("bounds");
    assert_eq!(place.massage_strokes.len(), 3);
    assert_eq!(place.tens_pads.len(), 2);
    for mark in place.massage_strokes.iter().chain(&place.tens_pads) {
        // Behind the muscles (posterior is -Z), within the calf's height and width.
        assert!(mark.centre[2] < calf.min[2], "{mark:?}");
        assert!(
            (calf.min[1]..calf.max[1]).contains(&mark.centre[1]),
            "{mark:?}"
        );
        assert!(
            (calf.min[0]..calf.max[0]).contains(&mark.centre[0]),
            "{mark:?}"
        );
    }
    // The strokes run a good length of the calf; the upper pad is over the gastrocnemius belly.
    assert!(place.massage_strokes[0].length > 0.1);
    assert!(place.tens_pads[0].centre[1] > place.tens_pads[1].centre[1]);
}

/// The workload map shows a quantity the model computes, on a fixed scale: ten heel raises give
/// ten times one raise's load, and the colours are not stretched so the top muscle is red.
#[test]
fn the_workload_map_adds_up_force_over_a_real_series_of_heel_raises() {
    let model = model();
    let library =
        ScenarioLibrary::from_ron("scenarios", &read("scenarios/leg.scenarios.ron"), &model)
            .expect("scenarios");
    let series = library.get("heel_raise_series").expect("ten heel raises");
    let load = workload(&model, series);
    let of = |id: &str| load[model.muscles.iter().position(|m| m.id == id).expect(id)];
    // Independent check by hand: each raise holds about 0.35-0.6 of the soleus's 3549 N for
    // about 3 s, so ten raises are tens of kN·s; the shin muscles get almost nothing.
    assert!(
        (20_000.0..=80_000.0).contains(&of("soleus")),
        "soleus {} N·s",
        of("soleus")
    );
    assert!(of("gastrocnemius_medial") > 5.0 * of("tibialis_anterior"));
    // A fixed scale: the most loaded muscle is not simply painted at the top of the ramp
    // unless it reached the scale's end, and half the load shows half as bright.
    assert!(workload_on_scale(of("soleus") / 2.0) < workload_on_scale(of("soleus")));
    assert_eq!(workload_on_scale(f64::NAN), 0.0);
    assert_eq!(workload_on_scale(WORKLOAD_FULL_SCALE_NS * 3.0), 1.0);
    // The series really repeats the raise: its load is close to ten single raises' worth.
    let single = library.get("heel_raise").expect("one heel raise");
    let one = workload(&model, single);
    let soleus = model
        .muscles
        .iter()
        .position(|m| m.id == "soleus")
        .expect("soleus");
    let ratio = of("soleus") / one[soleus];
    assert!(
        (5.0..=12.0).contains(&ratio),
        "ten raises are {ratio} single raises"
    );
}
