//! Content: the explanatory texts (causes, symptoms, treatment, physiotherapy, red flags), loaded
//! from `assets/content/<locale>/` and checked against the anatomy and the scenarios; "show me"
//! links that act on the model; the first-start notice that this is not medical advice.

mod check;

use bevy::prelude::*;

use crate::LaunchConfig;
use crate::anatomy::Atlas;
use crate::core::content::{Content, KnownIds, ShowMe};
use crate::core::data_error::parse_or_built_in;
use crate::data_files::{DataBytes, finished_load};
use crate::explore::camera::CameraCommand;
use crate::motion::Biomechanics;
use crate::motion::Playback;
use crate::state::{CurrentView, Notices};
#[cfg(not(target_arch = "wasm32"))]
pub use check::run_check;

// `LOCALES`, written by build.rs from the folders of assets/content/.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when none is chosen, and the built-in fallback.
pub const DEFAULT_LOCALE: &str = "en";
const BUILT_IN_CONTENT: &[u8] = include_bytes!("../../assets/content/en/leg-cramp.content.ron");

/// The content file of a language inside the asset root.
pub fn content_path(locale: &str) -> String {
    format!("content/{locale}/leg-cramp.content.ron")
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Spotlight>()
        .init_resource::<DisclaimerAccepted>()
        .insert_resource(Locale(saved_locale()))
        .add_message::<ShowMeRequest>()
        .add_systems(Startup, load_disclaimer_choice)
        .add_systems(
            Update,
            (
                start_loading.run_if(resource_changed::<Locale>),
                finish_loading.run_if(resource_exists::<PendingContent>),
            )
                .chain(),
        )
        .add_systems(Update, (apply_show_me, clear_spotlight_on_selection));
}

/// The content language (a folder of `assets/content/`); changing it loads that language.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Locale(pub String);

/// Setting key under which the chosen language is remembered.
const LOCALE_KEY: &str = "language";

fn saved_locale() -> String {
    crate::platform::load_setting(LOCALE_KEY)
        .filter(|l| LOCALES.contains(&l.as_str()))
        .unwrap_or_else(|| DEFAULT_LOCALE.to_owned())
}

/// Chooses a language and remembers the choice.
pub fn choose_locale(locale: &mut Locale, wanted: &str) {
    if locale.0 != wanted {
        locale.0 = wanted.to_owned();
        crate::platform::save_setting(LOCALE_KEY, wanted);
    }
}

/// The loaded content.
#[derive(Resource, Clone, Debug)]
pub struct LearningContent(pub Content);

/// Structures a "show me" link made stand out (the rest fade as in x-ray).
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Spotlight(pub Vec<String>);

/// Whether the user has read the first-start notice (remembered between runs).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct DisclaimerAccepted(pub bool);

/// A "show me" button was pressed on the item with these links.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct ShowMeRequest(pub Vec<ShowMe>);

#[derive(Resource)]
struct PendingContent {
    handle: Handle<DataBytes>,
    path: String,
}

/// Setting key under which the first-start choice is remembered.
const DISCLAIMER_KEY: &str = "disclaimer_accepted";

fn start_loading(mut commands: Commands, assets: Res<AssetServer>, locale: Res<Locale>) {
    let path = content_path(&locale.0);
    commands.insert_resource(PendingContent {
        handle: assets.load(path.clone()),
        path,
    });
}

fn load_disclaimer_choice(
    config: Option<Res<LaunchConfig>>,
    mut accepted: ResMut<DisclaimerAccepted>,
) {
    // Pictures and benchmarks show the app as configured, without a dialog on top.
    let automated = config.is_some_and(|c| c.screenshot.is_some() || c.benchmark_frames.is_some());
    accepted.0 =
        automated || crate::platform::load_setting(DISCLAIMER_KEY).as_deref() == Some("yes");
}

/// Remembers that the notice was read.
pub fn accept_disclaimer(accepted: &mut DisclaimerAccepted) {
    accepted.0 = true;
    crate::platform::save_setting(DISCLAIMER_KEY, "yes");
}

fn finish_loading(
    mut commands: Commands,
    pending: Res<PendingContent>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    atlas: Option<Res<Atlas>>,
    bio: Option<Res<Biomechanics>>,
    mut notices: ResMut<Notices>,
) {
    // Links are checked against the anatomy and the scenarios, so wait for both.
    let (Some(atlas), Some(bio)) = (atlas, bio) else {
        return;
    };
    let Some(file) = finished_load(&server, &files, &pending.handle) else {
        return;
    };
    commands.remove_resource::<PendingContent>();
    let structures: Vec<String> = atlas.0.structures.iter().map(|s| s.id.clone()).collect();
    let scenarios: Vec<String> = bio.library.scenarios.iter().map(|s| s.id.clone()).collect();
    let known = KnownIds {
        structures: &structures,
        scenarios: &scenarios,
    };
    // A missing or broken language falls back to the built-in English texts.
    let (content, problems) = parse_or_built_in(&pending.path, file, BUILT_IN_CONTENT, |f, b| {
        Content::from_ron(f, b, &known)
    });
    notices.0.extend(problems);
    if let Some(content) = content {
        commands.insert_resource(LearningContent(content));
    }
}

fn apply_show_me(
    mut requests: MessageReader<ShowMeRequest>,
    mut view: ResMut<CurrentView>,
    mut spotlight: ResMut<Spotlight>,
    mut playback: ResMut<Playback>,
    mut camera: MessageWriter<CameraCommand>,
) {
    for ShowMeRequest(links) in requests.read() {
        let mut new_spotlight = Vec::new();
        // Each "show me" replaces the previous one's overlay.
        let mut overlay = None;
        for link in links {
            match link {
                ShowMe::Select(id) => {
                    view.0.select = Some(id.clone());
                    camera.write(CameraCommand::FocusSelection);
                }
                ShowMe::Spotlight(ids) => {
                    view.0.select = None;
                    new_spotlight.extend(ids.iter().cloned());
                }
                ShowMe::Play(id) => {
                    playback.scenario = Some(id.clone());
                    playback.time_s = 0.0;
                    playback.playing = true;
                    playback.range = None;
                }
                ShowMe::View(name) => {
                    if let Ok(preset) = name.parse() {
                        view.0.view = Some(preset);
                        camera.write(CameraCommand::ShowView(Some(preset)));
                    }
                }
                ShowMe::Overlay(shown) => overlay = Some(*shown),
            }
        }
        if view.0.overlay != overlay {
            view.0.overlay = overlay;
        }
        spotlight.set_if_neq(Spotlight(new_spotlight));
    }
}

/// Picking a structure ends a spotlight: the user has moved on.
fn clear_spotlight_on_selection(view: Res<CurrentView>, mut spotlight: ResMut<Spotlight>) {
    if view.is_changed() && view.0.select.is_some() && !spotlight.0.is_empty() {
        spotlight.0.clear();
    }
}
