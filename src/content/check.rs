//! `--check-content [DIR]`: validates every data file under an asset root and reports every
//! problem with file, line and column. Exit status 0 when all is valid, 1 otherwise.

#[cfg(not(target_arch = "wasm32"))]
pub fn run_check(assets: &std::path::Path) -> i32 {
    use crate::anatomy::ANATOMY_PATH;
    use crate::core::anatomy::AnatomyAtlas;
    use crate::core::biomech::MusculoskeletalModel;
    use crate::core::content::{Content, KnownIds};
    use crate::core::scenario::ScenarioLibrary;
    use crate::motion::data::{MODEL_PATH, SCENARIOS_PATH};

    let mut problems: Vec<String> = Vec::new();
    let mut read = |relative: &str| match std::fs::read(assets.join(relative)) {
        Ok(bytes) => Some(bytes),
        Err(error) => {
            problems.push(format!("{relative}: cannot be read: {error}"));
            None
        }
    };
    let anatomy = read(ANATOMY_PATH);
    let model = read(MODEL_PATH);
    let scenarios = read(SCENARIOS_PATH);
    let content = read(super::CONTENT_PATH);
    let mut report = |errors: Vec<crate::core::data_error::DataError>| {
        problems.extend(errors.iter().map(ToString::to_string));
    };
    let atlas = anatomy.and_then(|b| {
        AnatomyAtlas::from_ron(ANATOMY_PATH, &b)
            .map_err(&mut report)
            .ok()
    });
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
    if let Some(bytes) = content {
        if atlas.is_some() && library.is_some() {
            let known = KnownIds {
                structures: &structures,
                scenarios: &scenario_ids,
            };
            if let Err(errors) = Content::from_ron(super::CONTENT_PATH, &bytes, &known) {
                report(errors);
            }
        } else if let Err(error) =
            crate::core::data_error::parse_ron::<Content>(super::CONTENT_PATH, &bytes)
        {
            // Links cannot be checked without valid anatomy and scenarios, but the text can.
            report(vec![error]);
        }
    }
    if problems.is_empty() {
        println!(
            "content ok: {} structures, {} muscles, {} scenarios, content checked in {}",
            structures.len(),
            model.map_or(0, |m| m.muscles.len()),
            scenario_ids.len(),
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
