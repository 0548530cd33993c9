//! The data files under `assets/` (anatomy, shapes, muscles, scenarios, texts, tours, quiz,
//! clinic), loaded through one path: one asset loader reads each file's bytes (from a folder on
//! the desktop, over HTTP on the web), [`core::dataset::assemble`] parses and cross-checks them
//! all with file:line:column errors and falls back per file to the copy built into the binary,
//! and the result becomes typed resources ([`Atlas`], [`MotionData`], [`LearningContent`],
//! [`Tours`], [`QuizQuestions`], [`Clinic`]). `--check-content` runs the same function on the
//! files on disk. With the `dev` feature, editing a file on the desktop reloads it at once.

mod built_in;
#[cfg(not(target_arch = "wasm32"))]
mod check;
mod loader;

use std::collections::BTreeMap;

use bevy::prelude::*;

pub use built_in::BuiltInData;
#[cfg(not(target_arch = "wasm32"))]
pub use check::{read_from_folder, run_check};
pub use loader::DataFile;
use loader::{DataFileLoader, file_read};

use crate::core::anatomy::AnatomyAtlas;
use crate::core::biomech::{JointAngles, MuscleState, MusculoskeletalModel};
use crate::core::clinic::ClinicSettings;
use crate::core::content::Content;
use crate::core::dataset::{
    BuiltIn, CLINIC_PATH, DEFAULT_LOCALE, DataSet, FileRead, Problem, assemble, data_paths,
};
use crate::core::i18n::best_match;
use crate::core::quiz::QuizBank;
use crate::core::scenario::ScenarioLibrary;
use crate::core::tour::TourLibrary;
use crate::launch::LaunchConfig;
use crate::settings::Settings;

// `LOCALES`, written by build.rs from the folders of assets/locales/.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<DataFile>()
        .init_asset_loader::<DataFileLoader>()
        .init_resource::<DataStatus>()
        .init_resource::<DataProblems>()
        .init_resource::<LanguageMissing>()
        .add_systems(PreStartup, choose_saved_locale)
        .add_systems(
            Update,
            (
                start_loading.run_if(resource_changed::<Locale>),
                (
                    take_loaded_files,
                    reload_changed_files,
                    assemble_when_complete,
                )
                    .chain(),
            )
                .chain()
                .in_set(DataLoading),
        );
}

/// The systems that load data; everything that reads data runs after them.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct DataLoading;

/// The language (a folder of `assets/locales/`); changing it loads that language.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Locale(pub String);

/// Setting key under which the chosen language is remembered.
const LOCALE_KEY: &str = "language";

/// The first language: the one the launch asks for (`--lang`, `lang=`), else the one chosen
/// last time, else the system's or browser's, else English.
fn choose_saved_locale(
    mut commands: Commands,
    settings: Res<Settings>,
    config: Option<Res<LaunchConfig>>,
) {
    let asked = config
        .as_deref()
        .and_then(|c| c.initial_view.lang.as_deref());
    let system = config.as_deref().and_then(|c| c.system_language.as_deref());
    let locale = asked
        .filter(|l| LOCALES.contains(l))
        .or(settings.get(LOCALE_KEY).filter(|l| LOCALES.contains(l)))
        .or(system.and_then(|tag| best_match(tag, LOCALES)))
        .unwrap_or(DEFAULT_LOCALE);
    commands.insert_resource(Locale(locale.to_owned()));
}

/// Chooses a language and remembers the choice.
pub fn choose_locale(locale: &mut Locale, settings: &mut Settings, wanted: &str) {
    if locale.0 != wanted && LOCALES.contains(&wanted) {
        locale.0 = wanted.to_owned();
        settings.set(LOCALE_KEY, wanted);
    }
}

/// The anatomy, with the fitted shapes attached.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Atlas(pub AnatomyAtlas);

/// The musculotendon model, the scenarios it plays, and its muscles at rest.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct MotionData {
    pub model: MusculoskeletalModel,
    pub scenarios: ScenarioLibrary,
    /// Muscle states at the neutral pose with no drive (model order): what "rest length" means.
    pub rest: Vec<MuscleState>,
}

impl MotionData {
    pub fn new(model: MusculoskeletalModel, scenarios: ScenarioLibrary) -> Self {
        let rest = model
            .muscles
            .iter()
            .map(|m| m.equilibrium(model.mtu_length(m, JointAngles::default()), 0.0))
            .collect();
        Self {
            model,
            scenarios,
            rest,
        }
    }

    pub fn muscle_index(&self, id: &str) -> Option<usize> {
        self.model.muscles.iter().position(|m| m.id == id)
    }
}

/// The interface's words in the chosen language (English where it lacks one).
#[derive(Resource, Clone, Debug)]
pub struct UiStrings(pub std::sync::Arc<crate::core::i18n::Strings>);

/// The explanatory texts in the chosen language.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct LearningContent(pub Content);

#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Tours(pub TourLibrary);

#[derive(Resource, Clone, Debug, PartialEq)]
pub struct QuizQuestions(pub QuizBank);

/// The clinic, if one is configured.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Clinic(pub Option<ClinicSettings>);

/// How far loading has got, for the loading screen.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub enum DataStatus {
    #[default]
    Starting,
    Loading {
        /// Files still on their way.
        waiting: Vec<String>,
        total: usize,
    },
    /// Every resource above is in.
    Ready,
}

impl DataStatus {
    pub fn is_ready(&self) -> bool {
        *self == DataStatus::Ready
    }
}

/// A language was chosen whose interface file is not there (a build run without its assets
/// folder has English only): the app says so and goes back to English.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct LanguageMissing(pub Option<String>);

/// What is wrong with the data files now (broken files only: a missing file just means the
/// built-in copy, the shipped data, is shown). Replaced at each load.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct DataProblems(pub Vec<String>);

/// The files being loaded and what each gave so far.
#[derive(Resource, Default)]
struct Loading {
    handles: Vec<(String, Handle<DataFile>)>,
    files: BTreeMap<String, FileRead>,
    /// Assemble once every handle has finished.
    pending: bool,
}

fn asset_folder_exists(config: Option<&LaunchConfig>) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = config;
        true
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let root = config
            .map(LaunchConfig::asset_root)
            .unwrap_or_else(|| "assets".into());
        bevy::asset::io::file::FileAssetReader::get_base_path()
            .join(root)
            .is_dir()
    }
}

/// Whether the web reads this file from the copy built into the download rather than fetching
/// it: the shared data and the English texts are the same files (the package leaves them out),
/// and fetching them would add their bytes to the wait before the first frame. Not the clinic's
/// settings: a clinic puts its details into a built site by editing that file (README). On the
/// desktop every file is read from the folder, so an edited file is used.
pub fn built_in_copy_read_on_the_web(path: &str) -> bool {
    path != CLINIC_PATH && data_paths(DEFAULT_LOCALE).iter().any(|p| p == path)
}

fn built_in_on_the_web(path: &str) -> bool {
    cfg!(target_arch = "wasm32") && built_in_copy_read_on_the_web(path)
}

fn start_loading(
    mut commands: Commands,
    server: Res<AssetServer>,
    locale: Res<Locale>,
    config: Option<Res<LaunchConfig>>,
    loading: Option<ResMut<Loading>>,
    mut status: ResMut<DataStatus>,
) {
    let mut loading = loading
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default();
    let paths = data_paths(&locale.0);
    if !asset_folder_exists(config.as_deref()) {
        // A binary run away from its assets: the built-in copies are exactly the shipped data.
        info!("no asset folder beside the app: using the built-in data");
        loading.files = paths
            .iter()
            .map(|p| (p.clone(), FileRead::Missing))
            .collect();
        loading.handles.clear();
    } else {
        // Files already loaded (a language change) are kept; the others are asked for.
        loading.files.retain(|path, _| paths.contains(path));
        let (built_in, fetched): (Vec<&String>, Vec<&String>) =
            paths.iter().partition(|path| built_in_on_the_web(path));
        loading.handles = fetched
            .into_iter()
            .map(|path| (path.clone(), server.load::<DataFile>(path.clone())))
            .collect();
        for path in built_in {
            let copy = FileRead::Read(BuiltInData.built_in(path).to_vec());
            loading.files.insert(path.clone(), copy);
        }
    }
    let waiting = paths
        .into_iter()
        .filter(|path| !loading.files.contains_key(path))
        .collect();
    *status = DataStatus::Loading {
        waiting,
        total: loading.handles.len().max(1),
    };
    loading.pending = true;
    commands.insert_resource(loading);
}

fn take_loaded_files(
    server: Res<AssetServer>,
    files: Res<Assets<DataFile>>,
    loading: Option<ResMut<Loading>>,
    mut status: ResMut<DataStatus>,
) {
    let Some(mut loading) = loading else { return };
    if !loading.pending {
        return;
    }
    let loading = &mut *loading;
    for (path, handle) in &loading.handles {
        if !loading.files.contains_key(path)
            && let Some(read) = file_read(&server, &files, handle)
        {
            loading.files.insert(path.clone(), read);
        }
    }
    let waiting: Vec<String> = loading
        .handles
        .iter()
        .map(|(path, _)| path)
        .filter(|path| !loading.files.contains_key(*path))
        .cloned()
        .collect();
    let total = loading.handles.len().max(1);
    status.set_if_neq(DataStatus::Loading { waiting, total });
}

/// A file edited while the app runs (the `dev` feature watches the folder) is read again.
fn reload_changed_files(
    mut events: MessageReader<AssetEvent<DataFile>>,
    files: Res<Assets<DataFile>>,
    loading: Option<ResMut<Loading>>,
) {
    let Some(mut loading) = loading else { return };
    for event in events.read() {
        let AssetEvent::Modified { id } = event else {
            continue;
        };
        let Some(path) = loading
            .handles
            .iter()
            .find(|(_, handle)| handle.id() == *id)
            .map(|(path, _)| path.clone())
        else {
            continue;
        };
        if let Some(file) = files.get(*id)
            && loading.files.get(&path) != Some(&FileRead::Read(file.0.clone()))
        {
            info!("{path} changed: reloading the data");
            loading.files.insert(path, FileRead::Read(file.0.clone()));
            loading.pending = true;
        }
    }
}

/// Once every file has answered: parse, check, fall back, and put the data in.
fn assemble_when_complete(
    mut commands: Commands,
    loading: Option<ResMut<Loading>>,
    locale: Res<Locale>,
    current: CurrentData,
    mut problems: ResMut<DataProblems>,
    mut language_missing: ResMut<LanguageMissing>,
    mut status: ResMut<DataStatus>,
) {
    let Some(mut loading) = loading else { return };
    let complete = loading
        .handles
        .iter()
        .all(|(path, _)| loading.files.contains_key(path));
    if !(loading.pending && complete) {
        return;
    }
    loading.pending = false;
    let files = &loading.files;
    let mut read = |path: &str| files.get(path).cloned().unwrap_or(FileRead::Missing);
    match assemble(&locale.0, &mut read, &BuiltInData) {
        Ok((data, found)) => {
            for problem in found.iter().filter(|p| !p.is_broken()) {
                info!("{problem}");
            }
            let broken: Vec<String> = found
                .iter()
                .filter(|p| p.is_broken())
                .map(ToString::to_string)
                .collect();
            for problem in &broken {
                warn!("{problem}");
            }
            problems.set_if_neq(DataProblems(broken));
            let interface = crate::core::i18n::ui_path(&locale.0);
            let missing = found
                .iter()
                .any(|p| matches!(p, Problem::Missing { file } if *file == interface));
            if locale.0 != DEFAULT_LOCALE && missing {
                warn!("{interface} is missing: back to English");
                language_missing.0 = Some(locale.0.clone());
            }
            current.replace(&mut commands, data);
            status.set_if_neq(DataStatus::Ready);
        }
        // Only a broken build lands here: its own copies do not parse.
        Err(found) => {
            let all: Vec<String> = found.iter().map(Problem::to_string).collect();
            error!("the built-in data is broken: {}", all.join("; "));
            problems.set_if_neq(DataProblems(all));
        }
    }
}

/// The data resources as they are, so a reload replaces only what changed (a new language
/// does not respawn the leg).
#[derive(bevy::ecs::system::SystemParam)]
struct CurrentData<'w> {
    atlas: Option<Res<'w, Atlas>>,
    motion: Option<Res<'w, MotionData>>,
    content: Option<Res<'w, LearningContent>>,
    tours: Option<Res<'w, Tours>>,
    quiz: Option<Res<'w, QuizQuestions>>,
    clinic: Option<Res<'w, Clinic>>,
}

impl CurrentData<'_> {
    /// Puts in each resource that differs from the one there (a new language replaces the
    /// texts, not the leg).
    fn replace(&self, commands: &mut Commands, data: DataSet) {
        fn put<T: Resource + PartialEq>(commands: &mut Commands, old: Option<&T>, new: T) {
            if old != Some(&new) {
                commands.insert_resource(new);
            }
        }
        put(commands, self.atlas.as_deref(), Atlas(data.atlas));
        let motion = MotionData::new(data.model, data.scenarios);
        put(commands, self.motion.as_deref(), motion);
        put(
            commands,
            self.content.as_deref(),
            LearningContent(data.content),
        );
        put(commands, self.tours.as_deref(), Tours(data.tours));
        put(commands, self.quiz.as_deref(), QuizQuestions(data.quiz));
        put(commands, self.clinic.as_deref(), Clinic(data.clinic));
        commands.insert_resource(UiStrings(std::sync::Arc::new(data.strings)));
    }
}
