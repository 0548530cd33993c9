//! Every data file together. The caller reads the files (the app through the asset system,
//! `--check-content` from the disk, tests from memory); [`assemble`] parses each, checks them
//! against each other (content links against the anatomy and the scenarios, tours and the quiz
//! against the structures) and falls back per file to the copy built into the binary. The app
//! and the content check go through this one function, so they can never disagree.

use std::fmt;

use crate::anatomy::AnatomyAtlas;
use crate::biomech::MusculoskeletalModel;
use crate::clinic::ClinicSettings;
use crate::content::{Content, KnownIds};
use crate::data_error::DataError;
use crate::fitted::FittedAtlas;
use crate::i18n::texts::{TextData, TextFile, for_each_text};
use crate::i18n::{Catalog, Strings, page_path, ui_path};
use crate::quiz::QuizBank;
use crate::scenario::ScenarioLibrary;
use crate::tour::{TourLibrary, TourTargets};

pub const ANATOMY_PATH: &str = "anatomy/leg.anatomy.ron";
pub const SHAPES_PATH: &str = "anatomy/leg.shapes.ron";
pub const MODEL_PATH: &str = "anatomy/leg.muscles.ron";
pub const SCENARIOS_PATH: &str = "scenarios/leg.scenarios.ron";
pub const TOURS_PATH: &str = "tours/leg.tours.ron";
pub const QUIZ_PATH: &str = "quiz/leg.quiz.ron";
pub use crate::clinic::CLINIC_PATH;

/// The language used when none is chosen, and the language of the built-in texts.
pub const DEFAULT_LOCALE: &str = "en";

/// The content file of a language inside the asset root.
pub fn content_path(locale: &str) -> String {
    format!("locales/{locale}/content.ron")
}

/// The files of a language's folder that [`assemble`] reads: its interface words, its content
/// and, for a language other than English, the translations of the data files' words. English
/// is always read too (the fallback for every missing string).
pub fn locale_paths(locale: &str) -> Vec<String> {
    let mut paths = vec![ui_path(DEFAULT_LOCALE), content_path(DEFAULT_LOCALE)];
    if locale != DEFAULT_LOCALE {
        paths.push(ui_path(locale));
        paths.push(content_path(locale));
        paths.extend(TextFile::ALL.iter().map(|f| f.path(locale)));
    }
    paths
}

/// Every file [`assemble`] reads for a language, in loading order.
pub fn data_paths(locale: &str) -> Vec<String> {
    [
        ANATOMY_PATH,
        SHAPES_PATH,
        MODEL_PATH,
        SCENARIOS_PATH,
        TOURS_PATH,
        QUIZ_PATH,
        CLINIC_PATH,
    ]
    .into_iter()
    .map(str::to_owned)
    .chain(locale_paths(locale))
    .collect()
}

/// What reading one file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRead {
    Read(Vec<u8>),
    /// There is no such file (not an error for the app: the built-in copy is the same data).
    Missing,
    /// The file is there but could not be read, with the reason.
    Failed(String),
}

/// One thing wrong with the data files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A file is not there; its built-in copy is used.
    Missing { file: String },
    /// A file is there but broken (unreadable, invalid, or inconsistent with the others); its
    /// built-in copy is used.
    Broken(DataError),
}

impl Problem {
    /// Whether the user should be told: a broken file, yes; a missing one only means the
    /// built-in copy (the shipped data) is shown.
    pub fn is_broken(&self) -> bool {
        matches!(self, Problem::Broken(_))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing { file } => write!(f, "{file}: missing; the built-in copy is used"),
            Problem::Broken(error) => write!(f, "{error}"),
        }
    }
}

/// All the data the app shows, valid and consistent, in one language.
#[derive(Debug)]
pub struct DataSet {
    pub atlas: AnatomyAtlas,
    pub model: MusculoskeletalModel,
    pub scenarios: ScenarioLibrary,
    pub content: Content,
    pub tours: TourLibrary,
    pub quiz: QuizBank,
    /// `None`: no clinic configured (as shipped, or the file left out).
    pub clinic: Option<ClinicSettings>,
    /// The interface words in the language, falling back to English.
    pub strings: Strings,
}

/// The built-in copies, by path (a content path of any language gives the built-in texts).
pub trait BuiltIn {
    fn built_in(&self, path: &str) -> &[u8];
}

/// Parses one file; if it is missing or invalid, its built-in copy. `Err` only when the
/// built-in copy is broken too (a broken build: the tests catch it before it ships).
fn one<T>(
    path: &str,
    read: &mut dyn FnMut(&str) -> FileRead,
    built_in: &dyn BuiltIn,
    problems: &mut Vec<Problem>,
    parse: impl Fn(&str, &[u8]) -> Result<T, Vec<DataError>>,
) -> Result<T, Vec<Problem>> {
    match read(path) {
        FileRead::Read(bytes) => match parse(path, &bytes) {
            Ok(value) => return Ok(value),
            Err(errors) => problems.extend(errors.into_iter().map(Problem::Broken)),
        },
        FileRead::Missing => problems.push(Problem::Missing {
            file: path.to_owned(),
        }),
        FileRead::Failed(reason) => problems.push(Problem::Broken(DataError::new(
            path,
            format!("cannot be read: {reason}"),
        ))),
    }
    parse(&format!("built-in {path}"), built_in.built_in(path))
        .map_err(|errors| errors.into_iter().map(Problem::Broken).collect())
}

/// Reads, parses and cross-checks every file for a language. Returns the data (each broken or
/// missing file replaced by its built-in copy) and every problem met.
pub fn assemble(
    locale: &str,
    read: &mut dyn FnMut(&str) -> FileRead,
    built_in: &dyn BuiltIn,
) -> Result<(DataSet, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut atlas = one(
        ANATOMY_PATH,
        read,
        built_in,
        &mut problems,
        AnatomyAtlas::from_ron,
    )?;
    let fitted = one(
        SHAPES_PATH,
        read,
        built_in,
        &mut problems,
        FittedAtlas::from_ron,
    )?;
    let shape_errors = atlas.attach_shapes(&fitted, SHAPES_PATH);
    problems.extend(shape_errors.into_iter().map(Problem::Broken));
    let model = one(
        MODEL_PATH,
        read,
        built_in,
        &mut problems,
        MusculoskeletalModel::from_ron,
    )?;
    let scenarios = one(SCENARIOS_PATH, read, built_in, &mut problems, |f, b| {
        ScenarioLibrary::from_ron(f, b, &model)
    })?;
    let structures: Vec<String> = atlas.structures.iter().map(|s| s.id.clone()).collect();
    let scenario_ids: Vec<String> = scenarios.scenarios.iter().map(|s| s.id.clone()).collect();
    let durations: Vec<(String, f64)> = scenarios
        .scenarios
        .iter()
        .map(|s| (s.id.clone(), s.duration_s()))
        .collect();
    let known = KnownIds {
        structures: &structures,
        scenarios: &scenario_ids,
    };
    let parse_content = |locale: &str, f: &str, b: &[u8]| {
        let content = Content::from_ron(f, b, &known)?;
        if content.locale != locale && !f.starts_with("built-in") {
            return Err(vec![DataError::new(
                f,
                format!(
                    "locale is {:?} but the file is in the folder {locale:?}",
                    content.locale
                ),
            )]);
        }
        Ok(content)
    };
    let english_content = one(
        &content_path(DEFAULT_LOCALE),
        read,
        built_in,
        &mut problems,
        |f, b| parse_content(DEFAULT_LOCALE, f, b),
    )?;
    let content = if locale == DEFAULT_LOCALE {
        english_content
    } else {
        let mut content = one(
            &content_path(locale),
            read,
            built_in,
            &mut problems,
            |f, b| parse_content(locale, f, b),
        )?;
        // Whatever the language lacks is shown in English.
        content.fill_from(&english_content);
        content
    };
    let targets = TourTargets {
        structures: &structures,
        scenarios: &durations,
    };
    let tours = one(TOURS_PATH, read, built_in, &mut problems, |f, b| {
        TourLibrary::from_ron(f, b, &targets)
    })?;
    let mut quiz = one(QUIZ_PATH, read, built_in, &mut problems, |f, b| {
        QuizBank::from_ron(f, b, &structures)
    })?;
    let mut tours = tours;
    let mut scenarios = scenarios;
    let english_ui = catalog(
        DEFAULT_LOCALE,
        &[ui_path(DEFAULT_LOCALE)],
        read,
        built_in,
        &mut problems,
    );
    let strings = if locale == DEFAULT_LOCALE {
        Strings::new(None, english_ui)
    } else {
        let data_words: Vec<(TextFile, Catalog)> = TextFile::ALL
            .iter()
            .map(|&file| {
                let paths = [file.path(locale)];
                (file, catalog(locale, &paths, read, built_in, &mut problems))
            })
            .collect();
        translate(
            TextData {
                atlas: &mut atlas,
                quiz: &mut quiz,
                tours: &mut tours,
                scenarios: &mut scenarios,
            },
            &data_words,
        );
        let chosen = catalog(locale, &[ui_path(locale)], read, built_in, &mut problems);
        Strings::new(Some(chosen), english_ui)
    };
    // The clinic file may be left out (no clinic), and a broken one is not replaced by
    // someone else's details: it is reported and no clinic is shown.
    let clinic = match read(CLINIC_PATH) {
        FileRead::Read(bytes) => {
            ClinicSettings::from_ron(CLINIC_PATH, &bytes).unwrap_or_else(|errors| {
                problems.extend(errors.into_iter().map(Problem::Broken));
                None
            })
        }
        FileRead::Missing => None,
        FileRead::Failed(reason) => {
            problems.push(Problem::Broken(DataError::new(
                CLINIC_PATH,
                format!("cannot be read: {reason}"),
            )));
            None
        }
    };
    let data = DataSet {
        atlas,
        model,
        scenarios,
        content,
        tours,
        quiz,
        clinic,
        strings,
    };
    Ok((data, problems))
}

/// A language's catalog from its Fluent files. A missing file is an empty catalog (every
/// string falls back to English); an unreadable one is reported; syntax errors are reported
/// and the entries that parse are kept. English comes from the built-in copy when its file is
/// missing or broken.
fn catalog(
    locale: &str,
    paths: &[String],
    read: &mut dyn FnMut(&str) -> FileRead,
    built_in: &dyn BuiltIn,
    problems: &mut Vec<Problem>,
) -> Catalog {
    let mut catalog = Catalog::new(locale);
    for path in paths {
        match read(path) {
            FileRead::Read(bytes) => {
                let mut scratch = Catalog::new(locale);
                let errors = scratch.add_file(path, &bytes);
                if errors.is_empty() || locale != DEFAULT_LOCALE {
                    problems.extend(errors.into_iter().map(Problem::Broken));
                    catalog.add_file(path, &bytes);
                    continue;
                }
                problems.extend(errors.into_iter().map(Problem::Broken));
            }
            FileRead::Missing => problems.push(Problem::Missing { file: path.clone() }),
            FileRead::Failed(reason) => problems.push(Problem::Broken(DataError::new(
                path,
                format!("cannot be read: {reason}"),
            ))),
        }
        if locale == DEFAULT_LOCALE {
            catalog.add_file(&format!("built-in {path}"), built_in.built_in(path));
        }
    }
    catalog
}

/// Puts a language's words into the data, each where the language has it.
fn translate(data: TextData<'_>, words: &[(TextFile, Catalog)]) {
    for_each_text(data, &mut |file, key, text| {
        if let Some((_, catalog)) = words.iter().find(|(f, _)| *f == file)
            && let Some(translated) = catalog.format(key, None)
        {
            *text = translated;
        }
    });
}

/// Everything a language lacks or has wrong against the English, with file and line: every
/// missing and extra key, every placeholder mismatch, and content items that are missing or
/// differ in what must be kept. `english` is the English data ([`assemble`] with
/// [`DEFAULT_LOCALE`]). Empty for English itself.
pub fn translation_problems(
    locale: &str,
    read: &mut dyn FnMut(&str) -> FileRead,
    built_in: &dyn BuiltIn,
    english: &DataSet,
) -> Vec<DataError> {
    use std::collections::BTreeMap;

    use crate::i18n::{KeyInfo, compare, texts::source_line};

    if locale == DEFAULT_LOCALE {
        return Vec::new();
    }
    let mut problems = Vec::new();
    let mut ignored = Vec::new();
    let english_ui = catalog(
        DEFAULT_LOCALE,
        &[ui_path(DEFAULT_LOCALE)],
        read,
        built_in,
        &mut ignored,
    );
    let ui = catalog(locale, &[ui_path(locale)], read, built_in, &mut ignored);
    problems.extend(compare(english_ui.keys(), &ui_path(locale), &ui));
    // The web page's words: not read by the app, but by the page before the app starts.
    let page = |lang: &str, read: &mut dyn FnMut(&str) -> FileRead, ignored: &mut Vec<_>| {
        catalog(lang, &[page_path(lang)], read, built_in, ignored)
    };
    let mut page_problems = Vec::new();
    let english_page = page(DEFAULT_LOCALE, read, &mut page_problems);
    let page_words = page(locale, read, &mut page_problems);
    problems.extend(page_problems.into_iter().map(|problem| match problem {
        Problem::Broken(error) => error,
        Problem::Missing { file } => DataError::new(file, "is missing"),
    }));
    problems.extend(compare(
        english_page.keys(),
        &page_path(locale),
        &page_words,
    ));

    // The English keys of the data files, each placed on its id in the data file.
    let mut keys: BTreeMap<TextFile, BTreeMap<String, KeyInfo>> = BTreeMap::new();
    let sources: BTreeMap<TextFile, String> = TextFile::ALL
        .iter()
        .map(|&file| {
            let text = match read(file.source()) {
                FileRead::Read(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                _ => String::from_utf8_lossy(built_in.built_in(file.source())).into_owned(),
            };
            (file, text)
        })
        .collect();
    let (mut atlas, mut quiz, mut tours, mut scenarios) = (
        english.atlas.clone(),
        english.quiz.clone(),
        english.tours.clone(),
        english.scenarios.clone(),
    );
    for_each_text(
        TextData {
            atlas: &mut atlas,
            quiz: &mut quiz,
            tours: &mut tours,
            scenarios: &mut scenarios,
        },
        &mut |file, key, text| {
            if text.trim().is_empty() {
                return;
            }
            let info = KeyInfo {
                file: file.source().to_owned(),
                line: source_line(&sources[&file], key),
                placeholders: Default::default(),
            };
            keys.entry(file).or_default().insert(key.to_owned(), info);
        },
    );
    for file in TextFile::ALL {
        let path = file.path(locale);
        let translated = catalog(
            locale,
            std::slice::from_ref(&path),
            read,
            built_in,
            &mut ignored,
        );
        problems.extend(compare(
            &keys.remove(&file).unwrap_or_default(),
            &path,
            &translated,
        ));
    }
    // Syntax errors and unreadable files (a missing file shows as its missing keys).
    problems.extend(ignored.into_iter().filter_map(|p| match p {
        Problem::Broken(error) => Some(error),
        Problem::Missing { .. } => None,
    }));

    let content_file = content_path(locale);
    match read(&content_file) {
        FileRead::Read(bytes) => {
            let structures: Vec<String> = english
                .atlas
                .structures
                .iter()
                .map(|s| s.id.clone())
                .collect();
            let scenario_ids: Vec<String> = english
                .scenarios
                .scenarios
                .iter()
                .map(|s| s.id.clone())
                .collect();
            let known = KnownIds {
                structures: &structures,
                scenarios: &scenario_ids,
            };
            match Content::from_ron(&content_file, &bytes, &known) {
                Ok(content) => problems.extend(content.compare_translation(
                    &english.content,
                    &content_file,
                    &String::from_utf8_lossy(&bytes),
                )),
                Err(errors) => problems.extend(errors),
            }
        }
        FileRead::Missing => problems.push(DataError::new(
            &content_file,
            "missing: the Learn texts are shown in English",
        )),
        FileRead::Failed(reason) => problems.push(DataError::new(
            &content_file,
            format!("cannot be read: {reason}"),
        )),
    }
    problems
}
