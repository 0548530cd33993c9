//! The view state's two spellings: every key survives the trip through a link, bad values are
//! skipped with a message, and the rules between keys hold.

mod common;

use std::collections::BTreeSet;

use cramp_core::anatomy::BodySystem;
use cramp_core::view_state::{ColourMode, Overlay, STATE_KEYS, ViewPreset, ViewState};

fn everything_set() -> ViewState {
    ViewState {
        select: Some("soleus".into()),
        view: Some(ViewPreset::Posterior),
        hide: vec!["skin".into(), "fibula".into()],
        isolate: true,
        xray: true,
        spotlight: vec!["gastrocnemius_medial".into()],
        overlay: Some(Overlay::Massage),
        colour: ColourMode::Stretch,
        labels: true,
        layers: [BodySystem::Muscle, BodySystem::Bone].into_iter().collect(),
        scenario: Some("calf_cramp".into()),
        time: Some(2.5),
        range: Some((1.0, 6.25)),
        tour: Some("calf_cramp_for_patients".into()),
        step: Some(3),
        quiz: true,
        lang: Some("es".into()),
    }
}

#[test]
fn query_round_trips_every_key() {
    let state = everything_set();
    let query = state.to_query();
    for key in STATE_KEYS {
        assert!(
            query.contains(key.name),
            "{} missing from {query}",
            key.name
        );
    }
    let (parsed, notices) = ViewState::from_query(&format!("?{query}"));
    assert_eq!(parsed, state);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(ViewState::default().to_query(), "");
    let no_layers = ViewState {
        layers: BTreeSet::new(),
        ..ViewState::default()
    };
    assert_eq!(ViewState::from_query(&no_layers.to_query()).0, no_layers);
}

#[test]
fn bad_values_are_skipped_with_a_notice_and_good_ones_kept() {
    let (state, notices) = ViewState::from_query("view=upside-down&select=soleus&zoom=3&view");
    assert_eq!(state.select.as_deref(), Some("soleus"));
    assert_eq!(state.view, None);
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert_eq!(notices[0].key, "link-not-one-of");
    assert_eq!(
        notices[0].arg("expected"),
        Some("anterior, posterior, medial, lateral")
    );
    assert_eq!(notices[0].arg("value"), Some("upside-down"));
    assert_eq!(notices[1].key, "link-unknown-key");
    assert_eq!(notices[2].key, "link-needs-value");
    let (state, notices) =
        ViewState::from_query("scenario=calf_cramp&time=-1&time=abc&time=inf&range=5,2");
    assert_eq!(state.scenario.as_deref(), Some("calf_cramp"));
    assert_eq!((state.time, state.range), (None, None));
    assert_eq!(notices.len(), 4, "{notices:?}");
    let (state, notices) = ViewState::from_query("tour=cramp&step=0&overlay=sauna");
    assert_eq!(state.tour.as_deref(), Some("cramp"));
    assert_eq!(state.step, None, "steps count from 1");
    assert_eq!(state.overlay, None);
    assert_eq!(notices.len(), 2);
    assert!(
        notices[1]
            .arg("expected")
            .is_some_and(|e| e.contains("massage")),
        "{notices:?}"
    );
}

#[test]
fn a_time_without_a_scenario_and_a_step_without_a_tour_are_dropped_with_a_notice() {
    let (state, notices) = ViewState::from_query("time=3&range=1,2&step=2&select=soleus");
    assert_eq!((state.time, state.range, state.step), (None, None, None));
    assert_eq!(state.select.as_deref(), Some("soleus"));
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert_eq!(notices[0].key, "link-needs-scenario");
    assert_eq!(notices[0].arg("key"), Some("time"));
    assert_eq!(notices[2].key, "link-needs-tour");
}

#[test]
fn hidden_ids_are_kept_once() {
    let (mut state, _) = ViewState::from_query("hide=skin,fibula,skin&select=soleus");
    assert_eq!(state.hide, ["skin", "fibula"]);
    state.hide_structure("soleus");
    state.hide_structure("soleus");
    assert_eq!(state.hide, ["skin", "fibula", "soleus"]);
    assert_eq!(
        state.select, None,
        "a hidden structure is no longer selected"
    );
}

#[test]
fn picking_a_structure_under_the_skin_hides_the_skin_and_ends_a_spotlight() {
    let mut state = ViewState::from_query("layers=skin,muscle&spotlight=soleus").0;
    state.select_structure(Some("tibia".into()));
    assert!(!state.layers.contains(&BodySystem::Skin));
    assert!(state.spotlight.is_empty());
    let mut state = ViewState::from_query("layers=skin,muscle").0;
    state.select_structure(Some("skin".into()));
    assert!(
        state.layers.contains(&BodySystem::Skin),
        "picking the skin keeps it"
    );
}

#[test]
fn only_a_state_naming_nothing_but_a_tour_step_is_bare() {
    assert!(ViewState::from_query("tour=t&step=2").0.is_bare_tour_step());
    assert!(
        !ViewState::from_query("tour=t&step=2&select=soleus")
            .0
            .is_bare_tour_step()
    );
    assert!(!ViewState::default().is_bare_tour_step());
}

#[test]
fn hostile_queries_never_panic() {
    for query in [
        "%",
        "%%",
        "%zz",
        "select=%E2%82",
        "=&&=",
        "select=<script>",
        "view=%50osterior",
        "select=%C3%A9%",
        "é=%é",
        "layers=,,,",
        "range=,",
    ] {
        let _ = ViewState::from_query(query);
    }
    assert_eq!(
        ViewState::from_query("view=%50osterior").0.view,
        Some(ViewPreset::Posterior)
    );
}

/// Every problem a link or flag can have is a message of the interface, so it reads in the
/// language showing: each key the parser can give is in English's `ui.ftl`, with the same
/// placeholders the parser fills.
#[test]
fn every_link_problem_is_an_interface_message() {
    let english = std::fs::read_to_string(common::repo_path("assets/locales/en/ui.ftl"))
        .expect("the English interface file");
    let mut catalog = cramp_core::i18n::Catalog::new("en");
    catalog.add_file("locales/en/ui.ftl", english.as_bytes());
    let strings = cramp_core::i18n::Strings::new(None, catalog);
    let bad_links = [
        "view=up",
        "colour=pink",
        "overlay=sauna",
        "layers=fur",
        "select=so%20leus",
        "hide=a-b",
        "time=-1&scenario=calf_cramp",
        "range=5,2&scenario=calf_cramp",
        "step=0&tour=t",
        "isolate=maybe",
        "lang=english!",
        "zoom=3",
        "select",
        "time=2",
        "step=2",
    ];
    for link in bad_links {
        let (_, problems) = ViewState::from_query(link);
        assert_eq!(problems.len(), 1, "{link}: {problems:?}");
        let worded = strings.message(&problems[0]);
        assert_ne!(
            worded, problems[0].key,
            "{link}: no English for {}",
            problems[0]
        );
        for (_, value) in &problems[0].args {
            assert!(
                worded.contains(value.as_str()),
                "{link}: {worded} lacks {value}"
            );
        }
    }
}
