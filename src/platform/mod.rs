//! What differs on the web: the launch state comes from the address bar, the address bar
//! follows what is on screen (so a copied link reproduces it), and the page's loading screen
//! shows what is still loading and is told when the first complete frame is drawn. On the
//! desktop all of this is the command line's (`cli`).

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    #[cfg(target_arch = "wasm32")]
    app.add_systems(
        Update,
        (
            web::show_loading_progress,
            web::announce_first_frame,
            web::write_state_to_address.after(crate::state::ViewUpdate),
            web::write_tab_title,
        ),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = app;
}

#[cfg(target_arch = "wasm32")]
pub use web::launch_config_from_page;

#[cfg(target_arch = "wasm32")]
mod web {
    use bevy::prelude::*;

    use crate::automation::SceneReadiness;
    use crate::core::view_state::ViewState;
    use crate::data::DataStatus;
    use crate::launch::LaunchConfig;
    use crate::state::CurrentView;

    /// Reads `?select=…&view=…` from the address; bad values become notices, never a crash.
    pub fn launch_config_from_page() -> LaunchConfig {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let (initial_view, notices) = ViewState::from_query(&query);
        let system_language = web_sys::window().and_then(|w| w.navigator().language());
        LaunchConfig {
            initial_view,
            notices,
            system_language,
            ..default()
        }
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    /// Tells the loading screen which files are still on their way (it shows this after a long
    /// wait, so a slow network is not mistaken for a hang).
    pub(super) fn show_loading_progress(status: Res<DataStatus>) {
        if !status.is_changed() {
            return;
        }
        let Some(loading) = document().and_then(|d| d.get_element_by_id("loading")) else {
            return;
        };
        // The page words it in its language (web/page.js).
        let progress = match &*status {
            DataStatus::Starting => "starting",
            DataStatus::Loading { waiting, total } => {
                let loaded = total - waiting.len().min(*total);
                let _ = loading.set_attribute("data-loaded", &loaded.to_string());
                let _ = loading.set_attribute("data-total", &total.to_string());
                let _ = loading.set_attribute("data-waiting", &waiting.join(", "));
                "loading"
            }
            DataStatus::Ready => "ready",
        };
        let _ = loading.set_attribute("data-progress", progress);
    }

    /// Hides the page's loading screen and records the time to first frame on `<body>` (the
    /// browser check reads `data-first-frame-ms`).
    pub(super) fn announce_first_frame(readiness: Res<SceneReadiness>, mut done: Local<bool>) {
        let (false, Some(ms)) = (*done, readiness.first_complete_frame_ms) else {
            return;
        };
        *done = true;
        let Some(document) = document() else { return };
        if let Some(loading) = document.get_element_by_id("loading") {
            loading.remove();
        }
        if let Some(body) = document.body() {
            let _ = body.set_attribute("data-first-frame-ms", &format!("{ms:.0}"));
        }
    }

    /// The browser tab shows the window's title (the tour step being presented; the browser
    /// check reads it too).
    pub(super) fn write_tab_title(
        windows: Query<&Window, (With<bevy::window::PrimaryWindow>, Changed<Window>)>,
    ) {
        let (Ok(window), Some(document)) = (windows.single(), document()) else {
            return;
        };
        if document.title() != window.title {
            document.set_title(&window.title);
        }
    }

    /// Keeps the address bar in step with what is on screen, so a copied link reproduces it.
    pub(super) fn write_state_to_address(view: Res<CurrentView>, mut last: Local<String>) {
        if !view.is_changed() {
            return;
        }
        let query = view.0.to_query();
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
}
