//! `--check-content [DIR]`: the data files under an asset root, through the same
//! [`assemble`] the app uses, once per language. Prints every problem with file, line and
//! column; exit status 0 when all is valid, 1 otherwise. Unlike the app, a missing file is a
//! problem here: an author checking a folder wants to know.

use std::path::Path;

use crate::core::dataset::{DEFAULT_LOCALE, FileRead, assemble};

/// One data file from an asset folder on disk (the command-line tools read files this way).
pub fn read_from_folder(assets: &Path, relative: &str) -> FileRead {
    match std::fs::read(assets.join(relative)) {
        Ok(bytes) => FileRead::Read(bytes),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => FileRead::Missing,
        Err(error) => FileRead::Failed(error.to_string()),
    }
}

pub fn run_check(assets: &Path) -> i32 {
    let mut locales: Vec<String> = std::fs::read_dir(assets.join("content"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .collect();
    locales.sort();
    if !locales.iter().any(|l| l == DEFAULT_LOCALE) {
        locales.insert(0, DEFAULT_LOCALE.to_owned());
    }
    let mut read = |relative: &str| read_from_folder(assets, relative);
    let mut problems: Vec<String> = Vec::new();
    let mut summary = String::new();
    for locale in &locales {
        match assemble(locale, &mut read, &super::BuiltInData) {
            Ok((data, found)) => {
                for problem in found {
                    let line = problem.to_string();
                    // The files shared by every language are reported once.
                    if !problems.contains(&line) {
                        problems.push(line);
                    }
                }
                if summary.is_empty() {
                    summary = format!(
                        "{} structures, {} muscles, {} scenarios, {} tours, {} quiz questions",
                        data.atlas.structures.len(),
                        data.model.muscles.len(),
                        data.scenarios.scenarios.len(),
                        data.tours.tours.len(),
                        data.quiz.questions.len()
                    );
                }
            }
            Err(found) => problems.extend(found.iter().map(ToString::to_string)),
        }
    }
    if problems.is_empty() {
        println!(
            "content ok: {summary}, content in {} checked in {}",
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
