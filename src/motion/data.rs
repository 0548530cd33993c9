//! The motion data files: the musculotendon model and the scenario library. Read through the
//! asset system in the app and from disk by the exports; a missing or broken file falls back to
//! the copy built into the binary, with the problems reported.

use std::path::Path;

use crate::core::biomech::MusculoskeletalModel;
use crate::core::data_error::parse_or_built_in as fallback;
use crate::core::scenario::ScenarioLibrary;

pub const MODEL_PATH: &str = "anatomy/leg.muscles.ron";
pub const SCENARIOS_PATH: &str = "scenarios/leg.scenarios.ron";
const BUILT_IN_MODEL: &[u8] = include_bytes!("../../assets/anatomy/leg.muscles.ron");
const BUILT_IN_SCENARIOS: &[u8] = include_bytes!("../../assets/scenarios/leg.scenarios.ron");

/// The model and the scenarios, both valid; `problems` says what was wrong with the files if
/// built-in copies had to be used.
pub struct MotionData {
    pub model: MusculoskeletalModel,
    pub library: ScenarioLibrary,
    pub problems: Vec<String>,
}

/// Parses the two files (`Err` = could not be read, with the reason), falling back per file.
pub fn parse_or_built_in(
    model_file: Result<Vec<u8>, String>,
    scenarios_file: Result<Vec<u8>, String>,
) -> MotionData {
    let (model, mut problems) = fallback(
        MODEL_PATH,
        model_file,
        BUILT_IN_MODEL,
        MusculoskeletalModel::from_ron,
    );
    // Only a broken build has no valid built-in copy; tests guard it.
    let model = model.unwrap_or(MusculoskeletalModel {
        ankle_centre: [-0.0041, -0.3813, -0.0024],
        ankle_axis: [-1.0, 0.0, 0.0],
        muscles: Vec::new(),
    });
    // Scenarios are checked against the model they drive.
    let (library, more) = fallback(
        SCENARIOS_PATH,
        scenarios_file,
        BUILT_IN_SCENARIOS,
        |f, b| ScenarioLibrary::from_ron(f, b, &model),
    );
    problems.extend(more);
    MotionData {
        model,
        library: library.unwrap_or(ScenarioLibrary {
            scenarios: Vec::new(),
        }),
        problems,
    }
}

/// Reads both files from an asset folder on disk (for the command-line exports).
pub fn read_from_disk(assets: &Path) -> MotionData {
    let read = |relative: &str| std::fs::read(assets.join(relative)).map_err(|e| e.to_string());
    parse_or_built_in(read(MODEL_PATH), read(SCENARIOS_PATH))
}

/// Runs a command-line export; returns the process exit status (0 written, 1 failed).
#[cfg(not(target_arch = "wasm32"))]
pub fn run_export(export: &crate::cli::Export, assets: &Path) -> i32 {
    use crate::cli::Export;
    use crate::core::export::{kinematics_csv, scenario_csv};
    let data = read_from_disk(assets);
    for problem in &data.problems {
        eprintln!("warning: {problem}");
    }
    let (csv, file) = match export {
        Export::Kinematics(file) => (kinematics_csv(&data.model), file),
        Export::Scenario { id, file } => match data.library.get(id) {
            Some(scenario) => (scenario_csv(&data.model, scenario), file),
            None => {
                let known: Vec<&str> = data
                    .library
                    .scenarios
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect();
                eprintln!(
                    "error: there is no scenario {id:?}; known: {}",
                    known.join(", ")
                );
                return 1;
            }
        },
    };
    match std::fs::write(file, csv) {
        Ok(()) => {
            println!("wrote {}", file.display());
            0
        }
        Err(error) => {
            eprintln!("error: could not write {}: {error}", file.display());
            1
        }
    }
}
