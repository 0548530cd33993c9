//! Clinical safety of the texts: the red flags, caveats, evidence and references that a clinician
//! reviewed (docs/clinical-review.md). Each test names one fact that must not be dropped from the
//! content (both registers where the review asks for it), the tours or the quiz.
//!
//! The texts are read with the schema only (no link checks), so these tests speak about the words;
//! the links are checked by `tests/app/content.rs` and the core crate's tests, and by
//! `the_deep_veins_the_dvt_item_shows_exist_in_the_anatomy` below.

use cramp_explorer::core::anatomy::{AnatomyAtlas, BodySystem};
use cramp_explorer::core::content::{Content, Item, Register, ShowMe};
use cramp_explorer::core::data_error::parse_ron;
use cramp_explorer::core::overlay::Overlay;
use cramp_explorer::core::quiz::{Answer, Question, QuizBank};
use cramp_explorer::core::tour::{Audience, TourLibrary};

fn read(path: &str) -> Vec<u8> {
    std::fs::read(crate::repo_path(path)).expect(path)
}

fn content() -> Content {
    parse_ron("content", &read("assets/locales/en/content.ron")).unwrap_or_else(|e| panic!("{e}"))
}

fn tours() -> TourLibrary {
    parse_ron("tours", &read("assets/tours/leg.tours.ron")).unwrap_or_else(|e| panic!("{e}"))
}

fn quiz() -> QuizBank {
    parse_ron("quiz", &read("assets/quiz/leg.quiz.ron")).unwrap_or_else(|e| panic!("{e}"))
}

fn item<'a>(content: &'a Content, id: &str) -> &'a Item {
    content
        .items()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("the content has no item {id:?}"))
}

fn question<'a>(bank: &'a QuizBank, id: &str) -> &'a Question {
    bank.questions
        .iter()
        .find(|q| q.id == id)
        .unwrap_or_else(|| panic!("the quiz has no question {id:?}"))
}

const BOTH: [Register; 2] = [Register::Plain, Register::Clinical];

/// Every phrase (case-insensitive) is in the text; the message names what is missing.
#[track_caller]
fn says(text: &str, phrases: &[&str], what: &str) {
    let lower = text.to_lowercase();
    let missing: Vec<&&str> = phrases
        .iter()
        .filter(|p| !lower.contains(&p.to_lowercase()))
        .collect();
    assert!(missing.is_empty(), "{what} lacks {missing:?}:\n{text}");
}

/// An item says these phrases in the given register.
#[track_caller]
fn item_says(content: &Content, id: &str, register: Register, phrases: &[&str]) {
    says(
        item(content, id).text(register),
        phrases,
        &format!("{id} ({register:?})"),
    );
}

/// The clot caveat every stretch and massage instruction carries.
fn has_clot_caveat(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["swollen", "warm", "red", "darkened"]
        .iter()
        .all(|w| lower.contains(w))
        && (lower.contains("checked") || lower.contains("exclude dvt") || lower.contains("help"))
}

/// What a question asserts: the prompt, the right answer and the explanation (the wrong choices
/// are meant to be wrong).
fn asserted(q: &Question) -> String {
    let right = match &q.answer {
        Answer::Choice { choices, correct } => choices.get(*correct).cloned().unwrap_or_default(),
        Answer::Find(id) => id.clone(),
    };
    format!("{} {} {}", q.prompt, right, q.explanation)
}

/// Everything a patient or student can read: item titles and texts in both registers, steps,
/// section titles, the disclaimer, tour titles and captions, and the quiz.
fn every_text() -> Vec<(String, String)> {
    let content = content();
    let mut texts = vec![("disclaimer".to_owned(), content.disclaimer.clone())];
    for section in &content.sections {
        texts.push((format!("section {}", section.id), section.title.clone()));
        for i in &section.items {
            texts.push((format!("{} title", i.id), i.title.clone()));
            texts.push((format!("{} plain", i.id), i.plain.clone()));
            texts.push((format!("{} clinical", i.id), i.clinical.clone()));
            for (n, step) in i.steps.iter().enumerate() {
                texts.push((format!("{} step {}", i.id, n + 1), step.text.clone()));
            }
        }
    }
    for tour in &tours().tours {
        texts.push((format!("tour {} summary", tour.id), tour.summary.clone()));
        for (n, step) in tour.steps.iter().enumerate() {
            let at = format!("tour {} step {}", tour.id, n + 1);
            texts.push((format!("{at} title"), step.title.clone()));
            texts.push((at, step.caption.clone()));
        }
    }
    for q in &quiz().questions {
        texts.push((format!("quiz {}", q.id), asserted(q)));
    }
    texts
}

// ---------------------------------------------------------------- red flags, as the NHS gives them

#[test]
fn the_red_flags_are_there_and_marked_red() {
    let content = content();
    for id in [
        "flag_dvt",
        "flag_urgent_cramp",
        "flag_pad_urgent",
        "flag_claudication",
        "flag_neuro",
        "flag_medicine",
        "flag_frequent",
    ] {
        assert!(item(&content, id).red_flag, "{id} must be a red flag");
    }
    let section = content
        .sections
        .iter()
        .find(|s| s.id == "red_flags")
        .expect("red flag section");
    assert!(section.items.iter().all(|i| i.red_flag));
    assert_eq!(
        section.items[0].id, "flag_dvt",
        "a possible clot comes first"
    );
}

#[test]
fn a_cramp_over_10_minutes_or_after_a_wound_or_toxin_is_urgent() {
    let content = content();
    for register in BOTH {
        item_says(
            &content,
            "flag_urgent_cramp",
            register,
            &[
                "longer than 10 minutes",
                "stretch",
                "tetanus",
                "wound",
                "toxi",
            ],
        );
    }
    item_says(
        &content,
        "flag_urgent_cramp",
        Register::Plain,
        &["urgent GP appointment", "111"],
    );
}

#[test]
fn weakness_numbness_and_wasting_are_a_red_flag() {
    let content = content();
    item_says(
        &content,
        "flag_neuro",
        Register::Plain,
        &["weakness", "numbness", "wasting"],
    );
    item_says(
        &content,
        "flag_neuro",
        Register::Clinical,
        &[
            "weakness",
            "sensory loss",
            "atrophy",
            "motor neuron disease",
        ],
    );
}

#[test]
fn statin_muscle_pain_means_call_and_dark_urine_makes_it_urgent() {
    let content = content();
    item_says(
        &content,
        "flag_medicine",
        Register::Plain,
        &[
            "new medicine",
            "statin",
            "cannot explain",
            "weakness",
            "call your doctor or 111",
            "dark urine",
            "urgent",
        ],
    );
    item_says(
        &content,
        "flag_medicine",
        Register::Clinical,
        &[
            "statin",
            "unexplained",
            "weakness",
            "dark urine",
            "rhabdomyolysis",
            "urgently",
        ],
    );
    let bank = quiz();
    let q = question(&bank, "flag_statin_dark_urine");
    says(
        &asserted(q),
        &["statin", "dark", "urgent"],
        "quiz flag_statin_dark_urine",
    );
}

// ---------------------------------------------------------------- deep vein thrombosis

#[test]
fn the_dvt_flag_describes_the_clot_and_lists_the_risk_factors() {
    let content = content();
    item_says(
        &content,
        "flag_dvt",
        Register::Plain,
        &[
            "[[deep vein thrombosis]]",
            "throbbing or cramping",
            "one leg",
            "swelling",
            "warm",
            "red or darkened",
            "harder to see on brown or black skin",
            "pull your foot up",
            // Risk factors.
            "operation",
            "long journey",
            "bed rest",
            "pregnancy",
            "oestrogen",
            "cancer",
            "clot before",
            // What to do.
            "do not stretch or rub",
            "same day",
            "999",
        ],
    );
    item_says(
        &content,
        "flag_dvt",
        Register::Clinical,
        &[
            "throbbing or cramping",
            "unilateral",
            "swelling",
            "warmth",
            "darker discoloration",
            "brown or black skin",
            "dorsiflexion",
            "surgery",
            "long journeys",
            "bed rest",
            "pregnancy",
            "oestrogen",
            "cancer",
            "previous venous thromboembolism",
            "Wells",
            "NG158",
            "pulmonary embolism",
        ],
    );
    assert!(
        item(&content, "flag_dvt")
            .references
            .iter()
            .any(|r| r == "nhs_dvt")
    );
}

#[test]
fn nothing_anywhere_says_a_clot_or_other_pain_is_not_a_cramp() {
    for (at, text) in every_text() {
        let lower = text.to_lowercase();
        for banned in ["not a cramp", "not cramp", "isn't a cramp", "is no cramp"] {
            assert!(!lower.contains(banned), "{at} says {banned:?}: {text}");
        }
    }
}

#[test]
fn dvt_show_me_and_quiz_point_to_the_deep_veins() {
    const DEEP: [&str; 4] = [
        "popliteal_vein",
        "posterior_tibial_vein",
        "fibular_vein",
        "anterior_tibial_vein",
    ];
    let deep: Vec<String> = DEEP.iter().map(|s| (*s).to_owned()).collect();
    let content = content();
    let dvt = item(&content, "flag_dvt");
    assert!(
        dvt.show_me.contains(&ShowMe::Spotlight(deep.clone())),
        "{:?}",
        dvt.show_me
    );
    assert!(dvt.show_me.iter().any(|l| matches!(l, ShowMe::View(_))));
    // The patient tour's "when to get help" step lights the deep veins, not the saphenous ones.
    let tours = tours();
    let cramp = tours.get("cramp_for_patients").expect("patient tour");
    let help = cramp.steps.last().expect("a last step");
    says(
        &help.caption,
        &["deep veins", "swollen", "darkened"],
        "tour help step",
    );
    assert_eq!(help.spotlight, deep);
    // A clot in a saphenous (surface) vein is superficial thrombophlebitis, never called DVT.
    let bank = quiz();
    let find = question(&bank, "find_popliteal_vein");
    assert_eq!(find.answer, Answer::Find("popliteal_vein".into()));
    says(
        &find.explanation,
        &["deep vein thrombosis"],
        "find_popliteal_vein",
    );
    let surface = question(&bank, "flag_superficial_vein");
    says(
        &asserted(surface),
        &[
            "small saphenous",
            "superficial thrombophlebitis",
            "not dvt",
            "deep veins",
        ],
        "flag_superficial_vein",
    );
    for q in &bank.questions {
        let text = asserted(q).to_lowercase();
        if text.contains("saphenous") && (text.contains("clot") || text.contains("thromb")) {
            assert!(
                text.contains("superficial")
                    && (text.contains("not a deep vein thrombosis") || text.contains("not dvt")),
                "{}: a saphenous clot must be called superficial, not DVT: {text}",
                q.id
            );
        }
    }
    let phlebitis = item(&content, "superficial_thrombophlebitis");
    for register in BOTH {
        says(
            phlebitis.text(register),
            &["saphenous", "not", "deep"],
            "superficial_thrombophlebitis",
        );
    }
}

#[test]
fn the_deep_veins_the_dvt_item_shows_exist_in_the_anatomy() {
    let atlas = AnatomyAtlas::from_ron("anatomy", &read("assets/anatomy/leg.anatomy.ron"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    for id in [
        "popliteal_vein",
        "posterior_tibial_vein",
        "fibular_vein",
        "anterior_tibial_vein",
        "small_saphenous_vein",
        "great_saphenous_vein",
    ] {
        let structure = atlas
            .structures
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("the anatomy has no {id}"));
        assert_eq!(structure.system, BodySystem::Vein, "{id}");
    }
}

// ---------------------------------------------------------------- peripheral arterial disease

#[test]
fn claudication_and_the_urgent_signs_of_arterial_disease() {
    let content = content();
    item_says(
        &content,
        "flag_claudication",
        Register::Plain,
        &["walk", "rest", "[[claudication]]"],
    );
    item_says(
        &content,
        "flag_pad_urgent",
        Register::Plain,
        &[
            "resting",
            "at night",
            "suddenly gets worse",
            "do not heal",
            "cold",
            "pale",
            "numb",
            "emergency",
            "999",
        ],
    );
    item_says(
        &content,
        "flag_pad_urgent",
        Register::Clinical,
        &[
            "rest pain",
            "nocturnal",
            "non-healing",
            "sudden worsening",
            "cold, pale",
            "acute limb ischaemia",
            "emergency",
        ],
    );
    for id in ["flag_claudication", "flag_pad_urgent"] {
        assert!(
            item(&content, id)
                .references
                .iter()
                .any(|r| r == "acc_aha_pad2024"),
            "{id} cites the current PAD guideline"
        );
    }
    says(
        &asserted(question(&quiz(), "flag_cold_foot")),
        &["emergency", "999", "at rest", "do not heal"],
        "quiz flag_cold_foot",
    );
}

// ---------------------------------------------------------------- caveats where advice can harm

#[test]
fn every_stretch_and_massage_instruction_carries_the_clot_caveat() {
    let content = content();
    let named = [
        "treat_stretch",
        "treat_massage",
        "physio_stretching",
        "physio_bent_knee",
        "physio_massage",
        "prevent_everyday",
        "pregnancy_cramps",
        "thigh_foot_cramps",
    ];
    let mut checked = 0;
    for i in content.items() {
        let instructs = named.contains(&i.id.as_str())
            || !i.steps.is_empty()
            || i.show_me.contains(&ShowMe::Overlay(Overlay::Massage));
        if !instructs {
            continue;
        }
        checked += 1;
        for register in BOTH {
            assert!(
                has_clot_caveat(i.text(register)),
                "{} ({register:?}) must say: not if one calf is swollen, warm, red or darkened; get it checked",
                i.id
            );
        }
    }
    assert!(
        checked >= named.len(),
        "only {checked} instructions checked"
    );
    // In the tours: every patient step that plays a stretch or shows massage strokes, and the
    // opening of the stretches tour.
    let tours = tours();
    for tour in tours
        .tours
        .iter()
        .filter(|t| t.audience == Audience::Patient)
    {
        for (n, step) in tour.steps.iter().enumerate() {
            let state = step.view_state();
            let stretch = step.play.is_some()
                && state
                    .scenario
                    .as_deref()
                    .is_some_and(|s| s.contains("stretch"));
            let massage = state.overlay == Some(Overlay::Massage);
            if stretch || massage {
                assert!(
                    has_clot_caveat(&step.caption),
                    "tour {} step {} must carry the clot caveat: {}",
                    tour.id,
                    n + 1,
                    step.caption
                );
            }
        }
    }
    let stretches = tours.get("stretches_for_patients").expect("stretch tour");
    assert!(has_clot_caveat(&stretches.steps[0].caption));
    // In the quiz: first aid and massage explanations.
    let bank = quiz();
    for id in ["treat_first_aid", "treat_massage_direction"] {
        let q = question(&bank, id);
        let lower = q.explanation.to_lowercase();
        assert!(
            ["swollen", "warm", "red", "darkened"]
                .iter()
                .all(|w| lower.contains(w)),
            "quiz {id}: {}",
            q.explanation
        );
    }
}

#[test]
fn heat_is_not_for_diabetes_numb_skin_or_poor_circulation_in_both_registers() {
    let content = content();
    for id in ["treat_heat_cold", "physio_heat_cold"] {
        for register in BOTH {
            item_says(&content, id, register, &["diabetes", "circulation"]);
        }
        item_says(&content, id, Register::Plain, &["numb skin", "burn"]);
    }
    // Any item that shows the heat pack carries the caveat.
    for i in content
        .items()
        .filter(|i| i.show_me.contains(&ShowMe::Overlay(Overlay::Heat)))
    {
        for register in BOTH {
            says(i.text(register), &["diabetes"], &i.id);
        }
    }
    let tours = tours();
    let massage = tours
        .get("stretches_for_patients")
        .and_then(|t| t.steps.iter().find(|s| s.caption.contains("warm pack")))
        .expect("the warm pack step");
    says(
        &massage.caption,
        &["diabetes", "poor circulation"],
        "warm pack step",
    );
    says(
        &asserted(question(&quiz(), "treat_heat_caution")),
        &["diabetes", "numb skin", "poor circulation"],
        "quiz treat_heat_caution",
    );
}

#[test]
fn standing_on_the_leg_at_night_comes_with_the_falls_caveat() {
    let content = content();
    item_says(
        &content,
        "treat_stretch",
        Register::Plain,
        &[
            "at night",
            "sitting or lying",
            "falls",
            "older people",
            "hold on to something",
        ],
    );
    item_says(
        &content,
        "treat_stretch",
        Register::Clinical,
        &["at night", "falls"],
    );
    let stand = item(&content, "treat_stretch")
        .steps
        .iter()
        .find(|s| s.text.contains("stand"))
        .expect("the standing step");
    says(&stand.text, &["steady", "holding on"], "standing step");
}

#[test]
fn drinking_more_is_not_advised_to_people_told_to_limit_fluids() {
    let content = content();
    for id in ["treat_hydration", "physio_nutrition"] {
        item_says(&content, id, Register::Plain, &["limit how much you drink"]);
        item_says(&content, id, Register::Clinical, &["fluid", "restrict"]);
    }
    item_says(
        &content,
        "treat_hydration",
        Register::Plain,
        &["heart failure", "kidney disease"],
    );
}

#[test]
fn potassium_rich_food_comes_with_the_kidney_and_medicine_caveat() {
    let content = content();
    item_says(
        &content,
        "physio_nutrition",
        Register::Plain,
        &[
            "potassium",
            "kidney disease",
            "blood-pressure",
            "spironolactone",
            "ask your doctor",
        ],
    );
    item_says(
        &content,
        "physio_nutrition",
        Register::Clinical,
        &[
            "chronic kidney disease",
            "ACE inhibitors",
            "angiotensin receptor blockers",
            "spironolactone",
        ],
    );
    item_says(
        &content,
        "cause_minerals",
        Register::Plain,
        &["supplements", "kidney disease", "blood-pressure"],
    );
}

// ---------------------------------------------------------------- medicines

#[test]
fn painkillers_are_too_slow_and_muscle_relaxants_have_no_good_evidence() {
    let content = content();
    item_says(
        &content,
        "treat_medicines",
        Register::Plain,
        &[
            "too slowly",
            "soreness afterwards",
            "no good evidence",
            "muscle relaxants",
        ],
    );
    item_says(
        &content,
        "treat_medicines",
        Register::Clinical,
        &[
            "too slowly",
            "soreness",
            "no good evidence",
            "muscle relaxants",
        ],
    );
    // No text claims anything for muscle relaxants without saying there is no good evidence.
    for (at, text) in every_text() {
        let lower = text.to_lowercase();
        if lower.contains("muscle relaxant") {
            assert!(lower.contains("no good evidence"), "{at}: {text}");
        }
    }
    says(
        &asserted(question(&quiz(), "treat_painkillers")),
        &["too slowly", "soreness"],
        "quiz treat_painkillers",
    );
}

#[test]
fn quinine_as_the_nhs_and_the_mhra_put_it() {
    let content = content();
    let quinine = item(&content, "treat_quinine");
    says(
        &quinine.plain,
        &[
            "not a routine treatment",
            "very bad",
            "have not worked",
            "4 weeks",
            "stopped",
            "never take quinine",
            "pregnant",
            "heart's rhythm",
            "blood problems",
            "bruising or bleeding",
            "other medicines",
        ],
        "treat_quinine plain",
    );
    says(
        &quinine.clinical,
        &[
            "not for routine use",
            "very painful or frequent",
            "non-drug measures",
            "4 weeks",
            "no benefit",
            "not for cramps in pregnancy",
            "QT prolongation",
            "thrombocytopenia",
            "atrioventricular block",
            "phenobarbital",
            "carbamazepine",
        ],
        "treat_quinine clinical",
    );
    for reference in ["mhra_quinine2010", "mhra_quinine2017", "nhs_quinine"] {
        assert!(
            quinine.references.iter().any(|r| r == reference),
            "{reference}"
        );
    }
    says(
        &asserted(question(&quiz(), "treat_quinine")),
        &[
            "not routinely",
            "4 weeks",
            "never in pregnancy",
            "QT",
            "platelets",
            "interactions",
        ],
        "quiz treat_quinine",
    );
    // Pregnancy: never quinine.
    for register in BOTH {
        item_says(&content, "pregnancy_cramps", register, &["quinine"]);
    }
}

#[test]
fn the_aan_options_are_information_not_advice() {
    let content = content();
    item_says(
        &content,
        "treat_doctor_options",
        Register::Plain,
        &[
            "information, not advice",
            "naftidrofuryl",
            "vitamin B complex",
            "diltiazem",
            "evidence is weak",
            "do not start them yourself",
        ],
    );
    item_says(
        &content,
        "treat_doctor_options",
        Register::Clinical,
        &[
            "not a recommendation",
            "naftidrofuryl",
            "vitamin B complex",
            "diltiazem",
            "possibly effective",
            "Level C",
        ],
    );
    assert_eq!(
        item(&content, "treat_doctor_options").references,
        ["katzberg2010"]
    );
}

// ---------------------------------------------------------------- evidence as the studies ran

#[test]
fn the_stretching_trials_are_stated_as_they_ran() {
    let content = content();
    let stretching = item(&content, "physio_stretching");
    says(
        &stretching.plain,
        &[
            "over 55",
            "hamstrings",
            "before bed",
            "6 weeks",
            "10 seconds",
            "3 times",
            "another trial",
            "no difference",
        ],
        "physio_stretching plain",
    );
    says(
        &stretching.clinical,
        &[
            "Hallegraeff 2012",
            "80 adults over 55",
            "calf and hamstring",
            "before sleep",
            "6 weeks",
            "10 seconds",
            "3 times",
            "1.2 cramps per night",
            "Coppin 2005",
            "no significant effect",
        ],
        "physio_stretching clinical",
    );
    for reference in ["hallegraeff2012", "coppin2005"] {
        assert!(
            stretching.references.iter().any(|r| r == reference),
            "{reference}"
        );
    }
    // The preventive stretch is timed as in the trial.
    assert_eq!(stretching.steps[0].hold_s, Some(10.0));
    assert_eq!(stretching.steps[0].repetitions, Some(3));
    // The tour and the quiz say the same.
    let tours = tours();
    let trial = tours
        .get("stretches_for_patients")
        .and_then(|t| t.steps.iter().find(|s| s.caption.contains("trial")))
        .expect("the trial step");
    says(
        &trial.caption,
        &[
            "over 55",
            "10 seconds",
            "3 times",
            "6 weeks",
            "another trial",
        ],
        "tour trial step",
    );
    says(
        &asserted(question(&quiz(), "treat_hold_time")),
        &["10 seconds", "3 times", "6 weeks", "Coppin"],
        "quiz treat_hold_time",
    );
    // No text still promises a 30-second preventive hold on the trial's authority.
    for (at, text) in every_text() {
        if text.contains("trial") {
            assert!(!text.contains("30 seconds"), "{at}: {text}");
        }
    }
}

#[test]
fn the_diuretic_link_follows_garrison_2012() {
    let content = content();
    let medicines = item(&content, "cause_medications");
    says(
        &medicines.plain,
        &[
            "water tablets that keep potassium",
            "not simply about losing potassium",
            "inhalers",
        ],
        "cause_medications plain",
    );
    says(
        &medicines.clinical,
        &[
            "potassium-sparing",
            "2.12",
            "thiazide-like",
            "loop diuretics",
            "not significant",
            "argues against potassium loss",
        ],
        "cause_medications clinical",
    );
    assert!(medicines.references.iter().any(|r| r == "garrison2012"));
}

#[test]
fn low_potassium_weakens_and_low_calcium_or_magnesium_over_excite() {
    let content = content();
    item_says(
        &content,
        "cause_minerals",
        Register::Plain,
        &[
            "low calcium or low magnesium",
            "over-excitable",
            "low potassium",
            "weak",
        ],
    );
    item_says(
        &content,
        "cause_minerals",
        Register::Clinical,
        &[
            "hypocalcaemia increases neuromuscular excitability",
            "hypomagnesaemia",
            "hypokalaemia hyperpolarises",
            "reduces excitability",
            "weakness",
        ],
    );
    // No sentence anywhere says low potassium over-excites nerves.
    let excites = [
        "fire too easily",
        "over-excit",
        "hyperexcit",
        "increases neuromuscular excitability",
    ];
    for (at, text) in every_text() {
        for sentence in text.split(['.', ';', ':']) {
            let lower = sentence.to_lowercase();
            if (lower.contains("potassium") || lower.contains("hypokal"))
                && excites.iter().any(|e| lower.contains(e))
            {
                assert!(lower.contains("not"), "{at}: {sentence}");
            }
        }
    }
    says(
        &asserted(question(&quiz(), "cause_potassium")),
        &["weak", "low calcium or low magnesium"],
        "quiz cause_potassium",
    );
}

#[test]
fn the_mechanism_stays_a_hypothesis_everywhere() {
    let content = content();
    item_says(
        &content,
        "mechanism",
        Register::Plain,
        &["think", "not a settled fact"],
    );
    item_says(
        &content,
        "mechanism",
        Register::Clinical,
        &["hypothes", "unproven", "does not simulate"],
    );
    // Any text that explains cramp or its relief by nerve signals says it is a hypothesis.
    let mechanism = [
        "golgi",
        "ib inhibition",
        "tension sensor",
        "spindle",
        "nerve keeps firing",
        "fire on their own",
        "nerve terminals",
    ];
    let hedges = [
        "hypothes",
        "thought",
        "think",
        "plausible",
        "proposed",
        "debated",
        "not settled",
        "not a settled",
        "unproven",
        "one idea",
        "not fully understood",
    ];
    for (at, text) in every_text() {
        let lower = text.to_lowercase();
        if mechanism.iter().any(|m| lower.contains(m)) {
            assert!(
                hedges.iter().any(|h| lower.contains(h)),
                "{at} states a mechanism as fact: {text}"
            );
        }
    }
    // The model prescribes the fall of the drive during the relief stretch; it is not a reflex.
    item_says(
        &content,
        "treat_stretch",
        Register::Clinical,
        &["not a simulated reflex", "10 degrees"],
    );
    let tours = tours();
    let relief = tours
        .get("cramp_for_patients")
        .and_then(|t| {
            t.steps
                .iter()
                .find(|s| s.view_state().scenario.as_deref() == Some("cramp_relief_stretch"))
        })
        .expect("the relief stretch step");
    says(
        &relief.caption,
        &["not a simulated reflex", "seen in people"],
        "tour relief step",
    );
    says(
        &asserted(question(&quiz(), "bio_stretch_stops_cramp")),
        &["hypothesis", "does not simulate"],
        "quiz bio_stretch_stops_cramp",
    );
}

// ---------------------------------------------------------------- the texts match the model

#[test]
fn the_texts_describe_the_model_as_it_is() {
    let content = content();
    let texts = every_text();
    for (at, text) in &texts {
        let lower = text.to_lowercase();
        // The model has no toe joints: curling toes are only ever mentioned with that caveat.
        if lower.contains("curl") {
            assert!(lower.contains("toe joints"), "{at}: {text}");
        }
        // The cramp is submaximal; the overlay is workload, not fatigue.
        for banned in [
            "as hard as it can",
            "near maximum",
            "heat map of effort",
            "overlay=fatigue",
        ] {
            assert!(!lower.contains(banned), "{at} says {banned:?}: {text}");
        }
    }
    // The workload overlay is described honestly.
    let overuse = item(&content, "cause_overuse");
    assert!(
        overuse
            .show_me
            .contains(&ShowMe::Overlay(Overlay::Workload))
    );
    says(
        &overuse.plain,
        &["ten heel raises", "force", "not a measure of tiredness"],
        "cause_overuse plain",
    );
    says(
        &overuse.clinical,
        &[
            "force-time integral",
            "ten heel raises",
            "fixed scale",
            "not a model of fatigue",
        ],
        "cause_overuse clinical",
    );
    says(
        &asserted(question(&quiz(), "bio_workload")),
        &["force", "ten heel raises", "not a measure of fatigue"],
        "quiz bio_workload",
    );
    // Standing stretch: knee straight, ankle 20 degrees, gastrocnemius most. Bent knee: 40 and
    // 30 degrees, soleus stretched more than standing, gastrocnemius less.
    item_says(
        &content,
        "physio_stretching",
        Register::Plain,
        &["20 degrees", "gastrocnemius is stretched most"],
    );
    for register in BOTH {
        item_says(
            &content,
            "physio_bent_knee",
            register,
            &[
                "40 degrees",
                "30 degrees",
                "20 degrees",
                "soleus is stretched more",
                "gastrocnemius less",
            ],
        );
    }
    says(
        &asserted(question(&quiz(), "bio_bent_knee_soleus")),
        &["40 degrees", "30 degrees", "20", "more"],
        "quiz bio_bent_knee_soleus",
    );
    let tours = tours();
    for (tour, phrases) in [
        ("stretches_for_patients", ["30 degrees", "stretched more"]),
        ("triceps_surae", ["30 degrees", "stretched more"]),
    ] {
        let step = tours
            .get(tour)
            .and_then(|t| {
                t.steps.iter().find(|s| {
                    s.view_state().scenario.as_deref() == Some("bent_knee_stretch")
                        && s.play.is_some()
                })
            })
            .unwrap_or_else(|| panic!("{tour}: bent-knee step"));
        says(&step.caption, &phrases, tour);
    }
    // The Achilles tendon carries the sum of the calf muscles' forces.
    says(
        &asserted(question(&quiz(), "bio_achilles_force")),
        &["sum of the forces"],
        "quiz bio_achilles_force",
    );
}

// ---------------------------------------------------------------- what a clinician expects

#[test]
fn other_causes_pregnancy_prevention_checks_look_alikes_and_thigh_and_foot_are_covered() {
    let content = content();
    item_says(
        &content,
        "cause_other_conditions",
        Register::Plain,
        &[
            "age",
            "pregnancy",
            "kidney",
            "liver",
            "diabetes",
            "neuropathy",
            "thyroid",
            "alcohol",
            "lower back",
            "motor neurone disease",
        ],
    );
    item_says(
        &content,
        "cause_other_conditions",
        Register::Clinical,
        &[
            "haemodialysis",
            "cirrhosis",
            "hypothyroidism",
            "radiculopathy",
            "lumbar canal stenosis",
            "amyotrophic lateral sclerosis",
        ],
    );
    for register in BOTH {
        item_says(
            &content,
            "pregnancy_cramps",
            register,
            &["pregnan", "6 weeks", "swollen"],
        );
    }
    item_says(
        &content,
        "prevent_everyday",
        Register::Plain,
        &["bedclothes", "shoes", "during the day", "sit still"],
    );
    item_says(
        &content,
        "doctor_checks",
        Register::Plain,
        &[
            "medicines",
            "pulses",
            "nerves",
            "blood tests",
            "kidneys",
            "thyroid",
        ],
    );
    item_says(
        &content,
        "doctor_checks",
        Register::Clinical,
        &[
            "drug history",
            "pulses",
            "[[ankle-brachial index]]",
            "neurological examination",
            "calcium and magnesium",
            "creatine kinase",
        ],
    );
    for id in [
        "bakers_cyst",
        "superficial_thrombophlebitis",
        "cellulitis",
        "compartment_syndrome",
        "achilles_rupture",
        "periodic_limb_movements",
        "restless_legs",
    ] {
        let i = item(&content, id);
        assert!(!i.red_flag, "{id} is a look-alike");
        assert!(!i.show_me.is_empty() && !i.references.is_empty(), "{id}");
    }
    for register in BOTH {
        item_says(&content, "bakers_cyst", register, &["DVT"]);
        item_says(
            &content,
            "thigh_foot_cramps",
            register,
            &["thigh", "foot", "toe joints"],
        );
    }
    let look_alikes = content
        .sections
        .iter()
        .find(|s| s.id == "look_alikes")
        .expect("look-alikes");
    assert_eq!(look_alikes.title, "Things that can feel like a cramp");
}

// ---------------------------------------------------------------- references

#[test]
fn the_sources_the_review_rests_on_are_cited_in_full_without_web_addresses() {
    let content = content();
    let citation = |id: &str| {
        content
            .references
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.citation.as_str())
            .unwrap_or_else(|| panic!("no reference {id:?}"))
    };
    for (id, phrases) in [
        (
            "acc_aha_pad2024",
            &[
                "Gornik HL",
                "2024 ACC/AHA",
                "Lower Extremity Peripheral Artery Disease",
                "Circulation 2024;149:e1313-e1410",
            ][..],
        ),
        ("nice_ng158", &["NG158", "2020", "updated 2023"][..]),
        (
            "coppin2005",
            &[
                "Coppin RJ",
                "calf-stretching",
                "factorial randomised controlled trial",
                "British Journal of General Practice 2005;55(512):186-191",
            ][..],
        ),
        (
            "hallegraeff2012",
            &["Hallegraeff", "Journal of Physiotherapy 2012"][..],
        ),
        (
            "mhra_quinine2017",
            &[
                "Medicines and Healthcare products Regulatory Agency",
                "QT",
                "Drug Safety Update",
                "2017",
            ][..],
        ),
        (
            "mhra_quinine2010",
            &["not to be used routinely", "2010"][..],
        ),
        (
            "katzberg2010",
            &["American Academy of Neurology", "Neurology 2010"][..],
        ),
        ("garrison2012", &["sequence symmetry", "2012"][..]),
        ("nhs_leg_cramps", &["NHS", "Leg cramps"][..]),
        ("nhs_dvt", &["NHS", "DVT (deep vein thrombosis)"][..]),
        ("nhs_pad", &["NHS", "Peripheral arterial disease"][..]),
        ("nhs_quinine", &["NHS", "Quinine"][..]),
    ] {
        says(citation(id), phrases, id);
    }
    // The 2016 PAD guideline was replaced by the 2024 one.
    assert!(
        content
            .references
            .iter()
            .all(|r| !r.citation.contains("2016 AHA/ACC"))
    );
    for r in &content.references {
        let lower = r.citation.to_lowercase();
        assert!(
            !lower.contains("http") && !lower.contains("www.") && !lower.contains(".org/"),
            "{}: no web addresses in citations",
            r.id
        );
        // Every reference is cited by some item (a listed source supports something).
        assert!(
            content.items().any(|i| i.references.contains(&r.id)),
            "reference {} is cited by no item",
            r.id
        );
    }
    // Every item cites at least one source, and only sources that are listed.
    for i in content.items() {
        assert!(!i.references.is_empty(), "{} cites no source", i.id);
        for r in &i.references {
            assert!(
                content.references.iter().any(|known| &known.id == r),
                "{} cites unknown {r}",
                i.id
            );
        }
    }
    // The NHS is cited where the NHS is the source of a red flag.
    for (id, nhs) in [
        ("flag_dvt", "nhs_dvt"),
        ("flag_urgent_cramp", "nhs_leg_cramps"),
        ("flag_pad_urgent", "nhs_pad"),
        ("flag_medicine", "nhs_statins"),
        ("treat_quinine", "nhs_quinine"),
        ("pregnancy_cramps", "nhs_pregnancy_cramps"),
    ] {
        assert!(
            item(&content, id).references.iter().any(|r| r == nhs),
            "{id} cites {nhs}"
        );
    }
}

#[test]
fn the_clinical_review_maps_each_red_flag_treatment_and_reference() {
    let review = String::from_utf8(read("docs/clinical-review.md")).expect("utf-8");
    says(
        &review,
        &[
            "2026-11-26",
            "Red flags",
            "Treatments",
            "Evidence",
            "Mechanism",
        ],
        "docs/clinical-review.md",
    );
    let content = content();
    for i in content.items().filter(|i| {
        i.red_flag
            || i.id.starts_with("treat_")
            || i.id.starts_with("physio_")
            || i.id == "mechanism"
    }) {
        assert!(
            review.contains(&format!("`{}`", i.id)),
            "the clinical review does not cover {}",
            i.id
        );
    }
    for r in &content.references {
        assert!(
            review.contains(&format!("`{}`", r.id)),
            "the clinical review does not list the reference {}",
            r.id
        );
    }
}
