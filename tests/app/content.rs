//! The content: every point of the seed article is covered, every link target exists, and broken
//! files give a message that says where and what.

use std::process::Command;

use cramp_explorer::core::anatomy::AnatomyAtlas;
use cramp_explorer::core::biomech::MusculoskeletalModel;
use cramp_explorer::core::content::{Content, KnownIds, Register, ShowMe};
use cramp_explorer::core::scenario::ScenarioLibrary;

fn read(path: &str) -> Vec<u8> {
    std::fs::read(crate::repo_path(path)).expect(path)
}

fn ids() -> (Vec<String>, Vec<String>) {
    let atlas =
        AnatomyAtlas::from_ron("a", &read("assets/anatomy/leg.anatomy.ron")).expect("anatomy");
    let model = MusculoskeletalModel::from_ron("m", &read("assets/anatomy/leg.muscles.ron"))
        .expect("model");
    let library =
        ScenarioLibrary::from_ron("s", &read("assets/scenarios/leg.scenarios.ron"), &model)
            .expect("scenarios");
    (
        atlas.structures.iter().map(|s| s.id.clone()).collect(),
        library.scenarios.iter().map(|s| s.id.clone()).collect(),
    )
}

fn parse(bytes: &[u8]) -> Result<Content, Vec<String>> {
    let (structures, scenarios) = ids();
    let known = KnownIds {
        structures: &structures,
        scenarios: &scenarios,
    };
    Content::from_ron("locales/en/content.ron", bytes, &known)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn content() -> Content {
    parse(&read("assets/locales/en/content.ron")).unwrap_or_else(|e| panic!("{}", e.join("\n")))
}

/// Red flags are shown prominently and include a clot (a swollen calf) and claudication (pain
/// when walking), as the NHS lists them.
#[test]
fn red_flags_include_a_swollen_calf_and_pain_when_walking() {
    let content = content();
    let flags: Vec<&str> = content
        .items()
        .filter(|i| i.red_flag)
        .map(|i| i.title.as_str())
        .collect();
    assert!(flags.iter().any(|t| t.contains("swollen")), "{flags:?}");
    assert!(flags.iter().any(|t| t.contains("walking")), "{flags:?}");
}

#[test]
fn both_registers_are_written_and_differ() {
    let content = content();
    for item in content.items() {
        assert_ne!(
            item.text(Register::Plain),
            item.text(Register::Clinical),
            "{}",
            item.id
        );
    }
    // Facts beyond the article carry references.
    for id in [
        "mechanism",
        "how_common",
        "treat_medicines",
        "physio_stretching",
        "flag_dvt",
    ] {
        let item = content.items().find(|i| i.id == id).expect(id);
        assert!(!item.references.is_empty(), "{id} has no reference");
    }
}

/// The relief stretch the texts teach is the one the model plays, held for 30 seconds.
#[test]
fn the_relief_stretch_item_plays_the_stretch_and_holds_30_s() {
    let content = content();
    let stretch = content
        .items()
        .find(|i| i.id == "treat_stretch")
        .expect("stretch");
    assert!(
        stretch
            .show_me
            .contains(&ShowMe::Play("cramp_relief_stretch".into()))
    );
    assert!(stretch.steps.iter().any(|s| s.hold_s == Some(30.0)));
}

#[test]
fn broken_files_each_give_the_right_message() {
    let cases: [(&str, &[u8], &str); 6] = [
        ("syntax error", b"(locale: \"en\" disclaimer: \"x\")", "locales/en/content.ron:1:"),
        ("wrong type", b"(locale: 5, disclaimer: \"\", references: [], glossary: [], sections: [])", "string"),
        ("empty", b"", "empty"),
        ("truncated", b"(locale: \"en\", disclaimer: \"x\", references: [", "locales/en/content.ron:1:"),
        ("not UTF-8", b"(locale: \"\xff\")", "UTF-8"),
        (
            "unknown ids",
            br#"(locale: "en", disclaimer: "d", references: [], glossary: [], sections: [(id: "s", title: "t", items: [
                (id: "i", title: "t", plain: "p [[nope]]", clinical: "c", references: ["who"], show_me: [Select("quadriceps"), Play("moonwalk")])])])"#,
            "quadriceps",
        ),
    ];
    for (name, bytes, expected) in cases {
        let errors = parse(bytes).expect_err(name);
        let all = errors.join("\n");
        assert!(
            all.to_lowercase().contains(&expected.to_lowercase()),
            "{name}: {all}"
        );
    }
    // Every problem is reported, not only the first.
    let errors = parse(cases[5].1).expect_err("unknown ids");
    for expected in [
        "quadriceps",
        "moonwalk",
        "[[nope]]",
        "\"who\"",
        "article point",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "missing {expected}: {errors:?}"
        );
    }
}

#[test]
fn check_content_flag_reports_problems_and_exit_status() {
    let exe = env!("CARGO_BIN_EXE_cramp-explorer");
    let assets = crate::repo_path("assets");
    let assets = assets.to_str().expect("a UTF-8 path");
    let ok = Command::new(exe)
        .args(["--check-content", assets])
        .output()
        .expect("runs");
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    // A copy of the assets with a broken scenario file and a broken content file.
    let dir = std::env::temp_dir().join(format!("cramp-check-{}", std::process::id()));
    for sub in ["anatomy", "scenarios", "locales/en", "tours", "quiz"] {
        std::fs::create_dir_all(dir.join(sub)).expect("dir");
    }
    for file in ["anatomy/leg.anatomy.ron", "anatomy/leg.muscles.ron"] {
        std::fs::copy(format!("{assets}/{file}"), dir.join(file)).expect("copy");
    }
    std::fs::write(
        dir.join("scenarios/leg.scenarios.ron"),
        "(scenarios: [(id: 1)])",
    )
    .expect("write");
    std::fs::write(dir.join("locales/en/content.ron"), [0xff, 0xfe, 0x00]).expect("write");
    std::fs::write(
        dir.join("tours/leg.tours.ron"),
        "(tours: [\n  (id: \"x\",\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("quiz/leg.quiz.ron"),
        r#"(questions: [(id: "q", topic: Anatomy, prompt: "p", answer: Find("spleen"), explanation: "e")])"#,
    )
    .expect("write");
    std::fs::write(
        dir.join("clinic.settings.ron"),
        r#"(name: "Clinic", appointment_link: "javascript:alert(1)")"#,
    )
    .expect("write");
    let bad = Command::new(exe)
        .arg("--check-content")
        .arg(&dir)
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("scenarios/leg.scenarios.ron:1:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("locales/en/content.ron:1:1: the file is not valid UTF-8"),
        "{stderr}"
    );
    // Tours (truncated), the quiz bank (unknown structure, too few questions) and the clinic
    // (unsafe link) are checked too, each problem reported.
    assert!(stderr.contains("tours/leg.tours.ron:2:"), "{stderr}");
    assert!(stderr.contains("unknown structure \"spleen\""), "{stderr}");
    assert!(stderr.contains("expected at least 30"), "{stderr}");
    assert!(
        stderr.contains("clinic.settings.ron: appointment_link"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// Each point shows itself on the model the way the issue asks: the overlay or animation a
/// patient would expect for it.
#[test]
fn each_treatment_and_cause_shows_the_right_thing_on_the_model() {
    use cramp_explorer::core::overlay::Overlay;
    let content = content();
    let links = |id: &str| {
        content
            .items()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .show_me
            .clone()
    };
    let expect = [
        ("cause_overuse", ShowMe::Overlay(Overlay::Workload)),
        ("treat_massage", ShowMe::Overlay(Overlay::Massage)),
        ("physio_massage", ShowMe::Overlay(Overlay::Massage)),
        ("treat_heat_cold", ShowMe::Overlay(Overlay::Heat)),
        ("physio_heat_cold", ShowMe::Overlay(Overlay::Cold)),
        ("physio_tens", ShowMe::Overlay(Overlay::Tens)),
        ("treat_stretch", ShowMe::Play("cramp_relief_stretch".into())),
        (
            "physio_stretching",
            ShowMe::Play("standing_calf_stretch".into()),
        ),
        ("physio_bent_knee", ShowMe::Play("bent_knee_stretch".into())),
    ];
    for (id, link) in expect {
        assert!(links(id).contains(&link), "{id} should show {link:?}");
    }
    let spotlit = |id: &str| -> Vec<String> {
        links(id)
            .into_iter()
            .flat_map(|l| match l {
                ShowMe::Spotlight(list) => list,
                _ => Vec::new(),
            })
            .collect()
    };
    let circulation = spotlit("cause_circulation");
    assert!(circulation.iter().any(|s| s.ends_with("_artery")));
    assert!(circulation.iter().any(|s| s.ends_with("_vein")));
    assert!(spotlit("flag_dvt").iter().any(|s| s.ends_with("_vein")));
}

/// The stretch instructions follow the animation: at each moment the panel marks the step the
/// leg is showing.
#[test]
fn stretch_steps_follow_the_animation() {
    let content = content();
    let stretch = content
        .items()
        .find(|i| i.id == "treat_stretch")
        .expect("stretch");
    assert_eq!(stretch.played_scenario(), Some("cramp_relief_stretch"));
    assert_eq!(stretch.step_at(0.5), None, "before the first step");
    assert_eq!(stretch.step_at(2.0), Some(0), "leg straight");
    assert_eq!(stretch.step_at(6.0), Some(1), "toes pulled up and held");
    assert_eq!(stretch.step_at(10.0), Some(3), "release");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Adding a language is adding a folder: `--check-content` checks every language folder, that
/// its content says which language it is, and that it translates every English key, no other,
/// with the same placeholders, pointing at the file and line to fix.
#[test]
fn check_content_checks_every_language_folder_and_what_it_lacks() {
    let exe = env!("CARGO_BIN_EXE_cramp-explorer");
    let dir = std::env::temp_dir().join(format!("cramp-locales-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&crate::repo_path("assets"), &dir);
    let check = |dir: &std::path::Path| {
        Command::new(exe)
            .arg("--check-content")
            .arg(dir)
            .output()
            .expect("runs")
    };
    let shipped = check(&dir);
    assert_eq!(
        shipped.status.code(),
        Some(0),
        "the shipped languages are complete:\n{}",
        String::from_utf8_lossy(&shipped.stderr)
    );
    let stdout = String::from_utf8_lossy(&shipped.stdout);
    assert!(
        stdout.contains("languages: en ") && stdout.contains(", es "),
        "{stdout}"
    );

    // Welsh, begun: the interface with one key missing, one misspelt and one placeholder
    // renamed; the content copied; the data words not started.
    let english_ui = String::from_utf8(read("assets/locales/en/ui.ftl")).expect("utf-8");
    let welsh_ui = english_ui
        .replacen("side-loading = ", "side-loadingg = ", 1)
        .replacen(
            "card-force-value = { $newtons } N",
            "card-force-value = { $newton } N",
            1,
        )
        .replacen("learn-title = About leg cramps\n", "", 1);
    std::fs::create_dir_all(dir.join("locales/cy")).expect("dir");
    std::fs::write(dir.join("locales/cy/ui.ftl"), &welsh_ui).expect("write");
    let english = String::from_utf8(read("assets/locales/en/content.ron")).expect("utf-8");
    let welsh = english.replacen("locale: \"en\"", "locale: \"cy\"", 1);
    std::fs::write(dir.join("locales/cy/content.ron"), &welsh).expect("write");
    let begun = check(&dir);
    assert_eq!(begun.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&begun.stderr);
    let line_of = |text: &str, needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect(needle)
    };
    let expected = [
        format!(
            "locales/cy/ui.ftl: missing translation of `learn-title` (English at locales/en/ui.ftl:{})",
            line_of(&english_ui, "learn-title =")
        ),
        format!(
            "locales/cy/ui.ftl:{}:1: `side-loadingg` is not an English key",
            line_of(&welsh_ui, "side-loadingg =")
        ),
        format!(
            "locales/cy/ui.ftl:{}:1: `card-force-value` uses {{ $newton }} but the English",
            line_of(&welsh_ui, "card-force-value =")
        ),
        format!(
            "locales/cy/anatomy.ftl: missing translation of `soleus.name` (English at anatomy/leg.anatomy.ron:{})",
            line_of(
                &String::from_utf8(read("assets/anatomy/leg.anatomy.ron")).expect("utf-8"),
                "\"soleus\""
            )
        ),
        "locales/cy/quiz.ftl: missing translation of".to_owned(),
    ];
    for wanted in &expected {
        assert!(
            stderr.contains(wanted.as_str()),
            "{wanted}\nnot in:\n{stderr}"
        );
    }
    // Content in the wrong folder, and a broken one, are reported with their place.
    std::fs::create_dir_all(dir.join("locales/fr")).expect("dir");
    std::fs::write(dir.join("locales/fr/ui.ftl"), "").expect("write");
    std::fs::write(dir.join("locales/fr/content.ron"), &english).expect("write");
    std::fs::write(dir.join("locales/cy/content.ron"), "(locale: ").expect("write");
    let bad = check(&dir);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains(
            "locales/fr/content.ron: locale is \"en\" but the file is in the folder \"fr\""
        ),
        "{stderr}"
    );
    assert!(stderr.contains("locales/cy/content.ron:1:"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

/// The issue's promise: every item can "show me" something on the model.
#[test]
fn every_item_shows_something_on_the_model() {
    let content = content();
    let without: Vec<&str> = content
        .items()
        .filter(|i| i.show_me.is_empty())
        .map(|i| i.id.as_str())
        .collect();
    assert!(without.is_empty(), "items without show_me: {without:?}");
}

/// The web reads the shared data and the English texts from the copies built into the
/// download, and the package leaves out exactly the files built in (it takes the list from
/// src/data/built_in.rs) but for the clinic's settings: each copy must be the file itself, and
/// the two lists must agree, or the site would lack a file the app fetches.
#[test]
fn every_file_read_from_the_built_in_copy_on_the_web_is_that_file() {
    use cramp_explorer::core::dataset::{BuiltIn, CLINIC_PATH, DEFAULT_LOCALE, data_paths};
    use cramp_explorer::data::{BuiltInData, built_in_copy_read_on_the_web};
    let source = String::from_utf8(read("src/data/built_in.rs")).expect("utf-8");
    let mut packaged_without: Vec<String> = source
        .split("include_bytes!(\"../../assets/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|path| *path != CLINIC_PATH)
        .map(str::to_owned)
        .collect();
    let mut read_built_in: Vec<String> = data_paths(DEFAULT_LOCALE)
        .into_iter()
        .filter(|path| built_in_copy_read_on_the_web(path))
        .collect();
    packaged_without.sort();
    read_built_in.sort();
    assert_eq!(packaged_without, read_built_in);
    assert!(!built_in_copy_read_on_the_web(CLINIC_PATH));
    for path in read_built_in {
        assert!(
            BuiltInData.built_in(&path) == read(&format!("assets/{path}")).as_slice(),
            "the built-in copy of {path} is not assets/{path}"
        );
    }
}
