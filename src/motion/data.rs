//! Command-line exports of the motion model: muscle lengths and moment arms over a sweep of
//! joint angles, or a simulated scenario, as CSV. The data come through the same assembly as
//! the app's (files on disk, falling back to the built-in copies).

use std::path::{Path, PathBuf};

use crate::core::dataset::assemble;
use crate::core::export::{kinematics_csv, scenario_csv};

/// A data export asked for on the command line, run without opening a window.
#[derive(Clone, Debug, PartialEq)]
pub enum Export {
    Kinematics(PathBuf),
    Scenario { id: String, file: PathBuf },
}

/// Runs a command-line export; returns the process exit status (0 written, 1 failed).
pub fn run_export(export: &Export, assets: &Path) -> i32 {
    let mut read = |relative: &str| crate::data::read_from_folder(assets, relative);
    let data = match assemble(
        crate::core::dataset::DEFAULT_LOCALE,
        &mut read,
        &crate::data::BuiltInData,
    ) {
        Ok((data, problems)) => {
            for problem in problems.iter().filter(|p| p.is_broken()) {
                eprintln!("warning: {problem}");
            }
            data
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            return 1;
        }
    };
    let (csv, file) = match export {
        Export::Kinematics(file) => (kinematics_csv(&data.model), file),
        Export::Scenario { id, file } => match data.scenarios.get(id) {
            Some(scenario) => (scenario_csv(&data.model, scenario), file),
            None => {
                let known: Vec<&str> = data
                    .scenarios
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
