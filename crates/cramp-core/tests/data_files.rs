//! Every data file shipped under `assets/` reads and passes its checks, and a number that is not
//! finite written into one of them is refused with its place.

mod common;

use std::path::{Path, PathBuf};

use cramp_core::anatomy::AnatomyAtlas;
use cramp_core::biomech::MusculoskeletalModel;
use cramp_core::clinic::ClinicSettings;
use cramp_core::content::{Content, KnownIds};
use cramp_core::fitted::FittedAtlas;
use cramp_core::quiz::QuizBank;
use cramp_core::scenario::ScenarioLibrary;
use cramp_core::tour::{TourLibrary, TourTargets};

fn assets() -> PathBuf {
    common::repo_path("assets")
}

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(assets().join(relative)).expect(relative)
}

fn ron_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("assets folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            ron_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "ron") {
            found.push(path);
        }
    }
}

/// What the files refer to each other by: structure ids, the muscle model, scenario times.
struct Links {
    structures: Vec<String>,
    model: MusculoskeletalModel,
    scenario_ids: Vec<String>,
    scenario_times: Vec<(String, f64)>,
}

fn links() -> Links {
    let atlas = AnatomyAtlas::from_ron("leg.anatomy.ron", &read("anatomy/leg.anatomy.ron"))
        .expect("anatomy");
    let model = MusculoskeletalModel::from_ron("leg.muscles.ron", &read("anatomy/leg.muscles.ron"))
        .expect("muscles");
    let library = ScenarioLibrary::from_ron(
        "leg.scenarios.ron",
        &read("scenarios/leg.scenarios.ron"),
        &model,
    )
    .expect("scenarios");
    Links {
        structures: atlas.structures.iter().map(|s| s.id.clone()).collect(),
        scenario_ids: library.scenarios.iter().map(|s| s.id.clone()).collect(),
        scenario_times: library
            .scenarios
            .iter()
            .map(|s| (s.id.clone(), s.duration_s()))
            .collect(),
        model,
    }
}

/// Reads a data file with the parser for its kind (known by its name); the problems as text.
fn parse(name: &str, bytes: &[u8], links: &Links) -> Result<(), Vec<String>> {
    let text = |errors: Vec<cramp_core::data_error::DataError>| {
        errors.iter().map(ToString::to_string).collect::<Vec<_>>()
    };
    let kind = name.rsplit('/').next().unwrap_or(name);
    let result = if kind.ends_with(".anatomy.ron") {
        AnatomyAtlas::from_ron(name, bytes).map(drop)
    } else if kind.ends_with(".muscles.ron") {
        MusculoskeletalModel::from_ron(name, bytes).map(drop)
    } else if kind.ends_with(".shapes.ron") {
        FittedAtlas::from_ron(name, bytes).map(drop)
    } else if kind.ends_with(".scenarios.ron") {
        ScenarioLibrary::from_ron(name, bytes, &links.model).map(drop)
    } else if kind.ends_with(".tours.ron") {
        let targets = TourTargets {
            structures: &links.structures,
            scenarios: &links.scenario_times,
        };
        TourLibrary::from_ron(name, bytes, &targets).map(drop)
    } else if kind.ends_with(".quiz.ron") {
        QuizBank::from_ron(name, bytes, &links.structures).map(drop)
    } else if kind == "content.ron" || kind.ends_with(".content.ron") {
        let known = KnownIds {
            structures: &links.structures,
            scenarios: &links.scenario_ids,
        };
        Content::from_ron(name, bytes, &known).map(drop)
    } else if kind.ends_with(".settings.ron") {
        ClinicSettings::from_ron(name, bytes).map(drop)
    } else {
        return Err(vec![format!("{name}: no parser knows this kind of file")]);
    };
    result.map_err(text)
}

#[test]
fn every_shipped_data_file_reads_and_passes_its_checks() {
    let links = links();
    let mut files = Vec::new();
    ron_files(&assets(), &mut files);
    assert!(files.len() >= 8, "{files:?}");
    let mut problems = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(assets())
            .unwrap_or(path)
            .to_string_lossy();
        let bytes = std::fs::read(path).expect("readable");
        if let Err(errors) = parse(&name, &bytes, &links) {
            problems.extend(errors);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_number_that_is_not_finite_is_refused_in_every_kind_of_file_with_its_place() {
    let links = links();
    // (file, the text just before a number in it)
    let places = [
        ("anatomy/leg.muscles.ron", "max_isometric_force_n: "),
        ("anatomy/leg.shapes.ron", "crop_above_y_m: "),
        ("scenarios/leg.scenarios.ron", "(t: "),
        ("scenarios/leg.scenarios.ron", "key_time_s: "),
        ("locales/en/content.ron", "hold_s: "),
    ];
    for (file, before) in places {
        let text = String::from_utf8(read(file)).expect("UTF-8");
        let start = text.find(before).expect(before) + before.len();
        let end = start
            + text[start..]
                .find([',', ')', ' ', '\n'])
                .expect("end of the number");
        let line = text[..start].matches('\n').count() + 1;
        let column = text[..start]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        for bad in ["inf", "NaN", "1e999"] {
            let broken = format!("{}{bad}{}", &text[..start], &text[end..]);
            let errors = parse(file, broken.as_bytes(), &links).expect_err(bad);
            assert_eq!(
                errors,
                vec![format!(
                    "{file}:{line}:{column}: `{bad}` is not a finite number; expected a finite number"
                )]
            );
        }
    }
}
