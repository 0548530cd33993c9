//! What differs between the web and the desktop. On the web the launch state comes from the
//! address bar and the page's loading screen is told when the first complete frame is drawn;
//! on the desktop both come from the command line (`cli`).

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    #[cfg(target_arch = "wasm32")]
    app.add_systems(
        Update,
        (
            web::announce_first_frame,
            web::write_state_to_address,
            web::write_title,
        ),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = app;
}

#[cfg(target_arch = "wasm32")]
pub use web::{launch_config_from_page, load_setting, save_setting};

#[cfg(not(target_arch = "wasm32"))]
pub use desktop::{load_setting, save_setting};

/// The wall clock in milliseconds, to vary what should differ between visits (the quiz's
/// question order). Not for timing: use `bevy::platform::time::Instant` for that.
pub fn clock_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
}

/// Desktop settings: `key = value` lines in `$XDG_CONFIG_HOME/cramp-explorer/settings.txt`
/// (or `~/.config/...`). Unreadable or odd files are treated as empty, never an error.
#[cfg(not(target_arch = "wasm32"))]
mod desktop {
    use std::path::PathBuf;

    fn settings_file() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
        Some(base.join("cramp-explorer").join("settings.txt"))
    }

    fn read_all() -> Vec<(String, String)> {
        let text = settings_file()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .unwrap_or_default();
        text.lines()
            .filter_map(|line| line.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    }

    pub fn load_setting(key: &str) -> Option<String> {
        read_all()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Best effort: a read-only home just means the choice is asked again next time.
    pub fn save_setting(key: &str, value: &str) {
        let Some(file) = settings_file() else { return };
        let mut entries: Vec<(String, String)> =
            read_all().into_iter().filter(|(k, _)| k != key).collect();
        entries.push((key.to_owned(), value.to_owned()));
        let text: String = entries
            .iter()
            .map(|(k, v)| format!("{k} = {v}\n"))
            .collect();
        if let Some(folder) = file.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        let _ = std::fs::write(file, text);
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use bevy::prelude::*;

    use crate::LaunchConfig;
    use crate::automation::SceneReadiness;
    use crate::core::view_state::ViewState;
    use crate::motion::Playback;
    use crate::state::CurrentView;

    /// Reads `?select=…&view=…` from the address; bad values become notices, never a crash.
    pub fn launch_config_from_page() -> LaunchConfig {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let (initial_view, notices) = ViewState::from_query(&query);
        LaunchConfig {
            initial_view,
            notices,
            ..default()
        }
    }

    /// Hides the page's loading screen and records the time to first frame on `<body>` (the
    /// browser check reads `data-first-frame-ms`).
    pub(super) fn announce_first_frame(readiness: Res<SceneReadiness>, mut done: Local<bool>) {
        let (false, Some(ms)) = (*done, readiness.first_complete_frame_ms) else {
            return;
        };
        *done = true;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(loading) = document.get_element_by_id("loading") {
            loading.remove();
        }
        if let Some(body) = document.body() {
            let _ = body.set_attribute("data-first-frame-ms", &format!("{ms:.0}"));
        }
    }

    /// Keeps the address bar in step with what is on screen, so a copied link reproduces it.
    /// The time is written only while paused (a playing animation would rewrite it every frame).
    pub(super) fn write_state_to_address(
        view: Res<CurrentView>,
        playback: Res<Playback>,
        mut last: Local<String>,
    ) {
        if !(view.is_changed() || playback.is_changed()) {
            return;
        }
        let mut state = view.0.clone();
        state.scenario = playback.scenario.clone();
        state.time = (playback.scenario.is_some() && !playback.playing)
            .then(|| (playback.time_s * 10.0).round() / 10.0);
        let query = state.to_query();
        if *last == query {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let path = window.location().pathname().unwrap_or_default();
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        *last = query;
    }

    /// The tab's title names the tour step being presented (the browser check reads it too).
    pub(super) fn write_title(
        presenter: Res<crate::present::tours::Presenter>,
        tours: Option<Res<crate::present::tours::Tours>>,
    ) {
        if !presenter.is_changed() {
            return;
        }
        let title = presenter
            .position
            .as_ref()
            .and_then(|p| Some((p, tours.as_deref()?.0.get(&p.tour)?)))
            .map_or_else(
                || "Cramp Explorer".to_owned(),
                |(p, tour)| {
                    format!(
                        "{} · step {} of {} · Cramp Explorer",
                        tour.title,
                        p.step + 1,
                        p.steps
                    )
                },
            );
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    }

    /// Browser storage, under `cramp-explorer.<key>`; private modes without storage just forget.
    pub fn load_setting(key: &str) -> Option<String> {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.get_item(&format!("cramp-explorer.{key}")).ok()?
    }

    pub fn save_setting(key: &str, value: &str) {
        if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
            let _ = storage.set_item(&format!("cramp-explorer.{key}"), value);
        }
    }
}
