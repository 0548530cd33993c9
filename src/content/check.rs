//! `--check-content [DIR]`: validates every data file under an asset root and reports every
//! problem with file, line and column. Exit status 0 when all is valid, 1 otherwise.

#[cfg(not(target_arch = "wasm32"))]
pub fn run_check(assets: &std::path::Path) -> i32 {
    use crate::anatomy::{ANATOMY_PATH, SHAPES_PATH};
    use crate::core::anatomy::AnatomyAtlas;
    use crate::core::biomech::MusculoskeletalModel;
    use crate::core::clinic::{CLINIC_PATH, ClinicSettings};
    use crate::core::content::{Content, KnownIds};
    use crate::core::fitted::FittedAtlas;
    use crate::core::quiz::QuizBank;
    use crate::core::scenario::ScenarioLibrary;
    use crate::core::tour::{TourLibrary, TourTargets};
    use crate::motion::data::{MODEL_PATH, SCENARIOS_PATH};
    use crate::present::quiz::QUIZ_PATH;
    use crate::present::tours::TOURS_PATH;

    let mut problems: Vec<String> = Vec::new();
    let anatomy = read_checked(assets, ANATOMY_PATH, &mut problems);
    let shapes = read_checked(assets, SHAPES_PATH, &mut problems);
    let model = read_checked(assets, MODEL_PATH, &mut problems);
    let scenarios = read_checked(assets, SCENARIOS_PATH, &mut problems);
    // Every language folder under content/ (at least the default one must be there).
    let mut locales: Vec<String> = std::fs::read_dir(assets.join("content"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .collect();
    locales.sort();
    if !locales.iter().any(|l| l == super::DEFAULT_LOCALE) {
        locales.insert(0, super::DEFAULT_LOCALE.to_owned());
    }
    let contents: Vec<(String, String, Vec<u8>)> = locales
        .iter()
        .filter_map(|locale| {
            let path = super::content_path(locale);
            read_checked(assets, &path, &mut problems).map(|bytes| (locale.clone(), path, bytes))
        })
        .collect();
    let mut report = |errors: Vec<crate::core::data_error::DataError>| {
        problems.extend(errors.iter().map(ToString::to_string));
    };
    let mut atlas = anatomy.and_then(|b| {
        AnatomyAtlas::from_ron(ANATOMY_PATH, &b)
            .map_err(&mut report)
            .ok()
    });
    let fitted = shapes.and_then(|b| {
        FittedAtlas::from_ron(SHAPES_PATH, &b)
            .map_err(&mut report)
            .ok()
    });
    if let (Some(atlas), Some(fitted)) = (atlas.as_mut(), &fitted) {
        report(atlas.attach_shapes(fitted, SHAPES_PATH));
    }
    let model = model.and_then(|b| {
        MusculoskeletalModel::from_ron(MODEL_PATH, &b)
            .map_err(&mut report)
            .ok()
    });
    let library = match (&model, scenarios) {
        (Some(model), Some(bytes)) => ScenarioLibrary::from_ron(SCENARIOS_PATH, &bytes, model)
            .map_err(&mut report)
            .ok(),
        _ => None,
    };
    let structures: Vec<String> = atlas
        .iter()
        .flat_map(|a| a.structures.iter().map(|s| s.id.clone()))
        .collect();
    let scenario_ids: Vec<String> = library
        .iter()
        .flat_map(|l| l.scenarios.iter().map(|s| s.id.clone()))
        .collect();
    for (locale, path, bytes) in &contents {
        if atlas.is_some() && library.is_some() {
            let known = KnownIds {
                structures: &structures,
                scenarios: &scenario_ids,
            };
            match Content::from_ron(path, bytes, &known) {
                Ok(content) if &content.locale != locale => {
                    report(vec![crate::core::data_error::DataError::new(
                        path.as_str(),
                        format!(
                            "locale is {:?} but the file is in the folder {locale:?}",
                            content.locale
                        ),
                    )])
                }
                Ok(_) => {}
                Err(errors) => report(errors),
            }
        } else if let Err(error) = crate::core::data_error::parse_ron::<Content>(path, bytes) {
            // Links cannot be checked without valid anatomy and scenarios, but the text can.
            report(vec![error]);
        }
    }
    let scenario_times: Vec<(String, f64)> = library
        .iter()
        .flat_map(|l| l.scenarios.iter().map(|s| (s.id.clone(), s.duration_s())))
        .collect();
    let (mut tour_count, mut question_count) = (0, 0);
    if let Some(bytes) = read_checked(assets, TOURS_PATH, &mut problems) {
        let targets = TourTargets {
            structures: &structures,
            scenarios: &scenario_times,
        };
        match TourLibrary::from_ron(TOURS_PATH, &bytes, &targets) {
            Ok(tours) => tour_count = tours.tours.len(),
            Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
        }
    }
    if let Some(bytes) = read_checked(assets, QUIZ_PATH, &mut problems) {
        match QuizBank::from_ron(QUIZ_PATH, &bytes, &structures) {
            Ok(bank) => question_count = bank.questions.len(),
            Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
        }
    }
    // The clinic file may be left out: checked when it is there.
    if let Ok(bytes) = std::fs::read(assets.join(CLINIC_PATH))
        && let Err(errors) = ClinicSettings::from_ron(CLINIC_PATH, &bytes)
    {
        problems.extend(errors.iter().map(ToString::to_string));
    }
    if problems.is_empty() {
        println!(
            "content ok: {} structures, {} muscles, {} scenarios, {} tours, {} quiz questions, content in {} checked in {}",
            structures.len(),
            model.map_or(0, |m| m.muscles.len()),
            scenario_ids.len(),
            tour_count,
            question_count,
            locales.join(", "),
            assets.display()
        );
        0
    } else {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!("{} problem(s) found", problems.len());
        1
    }
}

/// Reads a required file, noting a problem if it cannot be read.
#[cfg(not(target_arch = "wasm32"))]
fn read_checked(
    assets: &std::path::Path,
    relative: &str,
    problems: &mut Vec<String>,
) -> Option<Vec<u8>> {
    std::fs::read(assets.join(relative))
        .map_err(|error| problems.push(format!("{relative}: cannot be read: {error}")))
        .ok()
}
