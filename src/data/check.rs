//! `--check-content [DIR]`: the data files under an asset root, through the same
//! [`assemble`] the app uses, once per language. Prints every problem with file, line and
//! column; exit status 0 when all is valid, 1 otherwise. Unlike the app, a missing file is a
//! problem here: an author checking a folder wants to know.

use std::path::Path;

use crate::core::dataset::{DEFAULT_LOCALE, FileRead, assemble, translation_problems};

/// One data file from an asset folder on disk (the command-line tools read files this way).
pub fn read_from_folder(assets: &Path, relative: &str) -> FileRead {
    match std::fs::read(assets.join(relative)) {
        Ok(bytes) => FileRead::Read(bytes),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => FileRead::Missing,
        Err(error) => FileRead::Failed(error.to_string()),
    }
}

pub fn run_check(assets: &Path) -> i32 {
    let mut locales: Vec<String> = std::fs::read_dir(assets.join("locales"))
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
    let mut counts: Vec<String> = Vec::new();
    let english = assemble(DEFAULT_LOCALE, &mut read, &super::BuiltInData).ok();
    for locale in &locales {
        // A language is complete when it has every English key, no other, with the same
        // placeholders; each gap is a problem (the app would show English there).
        if let Some((english, _)) = &english {
            let gaps = translation_problems(locale, &mut read, &super::BuiltInData, english);
            problems.extend(gaps.iter().map(ToString::to_string));
        }
        match assemble(locale, &mut read, &super::BuiltInData) {
            Ok((data, found)) => {
                counts.push(format!(
                    "{locale} {} interface strings",
                    data.strings.own_keys()
                ));
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
            "content ok: {summary}; languages: {}; checked in {}",
            counts.join(", "),
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
