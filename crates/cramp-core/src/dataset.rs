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
    format!("content/{locale}/leg-cramp.content.ron")
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
    .chain(std::iter::once(content_path(locale)))
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

/// All the data the app shows, valid and consistent.
#[derive(Clone, Debug)]
pub struct DataSet {
    pub atlas: AnatomyAtlas,
    pub model: MusculoskeletalModel,
    pub scenarios: ScenarioLibrary,
    pub content: Content,
    pub tours: TourLibrary,
    pub quiz: QuizBank,
    /// `None`: no clinic configured (as shipped, or the file left out).
    pub clinic: Option<ClinicSettings>,
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
    let content_file = content_path(locale);
    let content = one(&content_file, read, built_in, &mut problems, |f, b| {
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
    })?;
    let targets = TourTargets {
        structures: &structures,
        scenarios: &durations,
    };
    let tours = one(TOURS_PATH, read, built_in, &mut problems, |f, b| {
        TourLibrary::from_ron(f, b, &targets)
    })?;
    let quiz = one(QUIZ_PATH, read, built_in, &mut problems, |f, b| {
        QuizBank::from_ron(f, b, &structures)
    })?;
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
    };
    Ok((data, problems))
}
