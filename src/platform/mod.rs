//! What differs on the web: the launch state comes from the address bar, the address bar
//! follows what is on screen (so a copied link reproduces it), and the page's loading screen
//! shows what is still loading and is told when the first complete frame is drawn. On the
//! desktop all of this is the command line's (`cli`).

use bevy::prelude::*;

pub mod mirror;

pub(super) fn plugin(app: &mut App) {
    #[cfg(target_arch = "wasm32")]
    app.add_systems(
        Update,
        (
            web::show_loading_progress,
            web::announce_first_frame,
            web::write_state_to_address.after(crate::state::ViewUpdate),
            web::write_tab_title,
            web::write_mirror.after(crate::state::ViewUpdate),
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

    use super::mirror::{Block, blocks};
    use crate::core::content::Register;
    use crate::data::{Atlas, LearningContent, UiStrings};
    use crate::ui::UiSettings;

    /// The page's copy of the card and the Learn texts for screen readers (`#a11y-mirror`),
    /// and a polite announcement of each new selection (`#a11y-live`). Built with DOM nodes
    /// and text, never markup, so no text can inject anything.
    pub(super) fn write_mirror(
        view: Res<CurrentView>,
        atlas: Option<Res<Atlas>>,
        content: Option<Res<LearningContent>>,
        strings: Option<Res<UiStrings>>,
        settings: Res<UiSettings>,
        mut last: Local<Option<(Option<String>, Register, String)>>,
    ) {
        let (Some(atlas), Some(strings), Some(document)) = (atlas, strings, document()) else {
            return;
        };
        let changed = content.as_ref().is_some_and(|c| c.is_changed())
            || strings.is_changed()
            || atlas.is_changed();
        if !changed && !view.is_changed() && !settings.is_changed() {
            return;
        }
        if let Some(root) = document.document_element() {
            // Screen readers pick their voice from the page's language.
            let _ = root.set_attribute("lang", strings.0.locale());
        }
        let now = (
            view.0.select.clone(),
            settings.register,
            strings.0.locale().to_owned(),
        );
        if !changed && last.as_ref() == Some(&now) {
            return;
        }
        let selected = view
            .0
            .select
            .as_deref()
            .and_then(|id| atlas.0.structure(id));
        let new_selection = last.as_ref().map(|l| &l.0) != Some(&now.0);
        if new_selection
            && let (Some(structure), Some(live)) =
                (selected, document.get_element_by_id("a11y-live"))
        {
            live.set_text_content(Some(&strings.0.format(
                "a11y-selected",
                Some(&crate::core::i18n::args(&[(
                    "name",
                    structure.name.as_str().into(),
                )])),
            )));
        }
        *last = Some(now);
        let Some(mirror) = document.get_element_by_id("a11y-mirror") else {
            return;
        };
        mirror.set_text_content(None);
        let _ = mirror.set_attribute("lang", strings.0.locale());
        for block in blocks(
            &strings.0,
            selected,
            content.as_deref().map(|c| &c.0),
            settings.register,
        ) {
            let element = match &block {
                Block::Heading(level, text) => element(&document, &format!("h{level}"), text),
                Block::Paragraph(text) => element(&document, "p", text),
                Block::Warning(text) => element(&document, "h4", text),
                Block::List(items) => document.create_element("ul").ok().inspect(|list| {
                    for item in items {
                        if let Some(li) = element(&document, "li", item) {
                            let _ = list.append_child(&li);
                        }
                    }
                }),
            };
            if let Some(element) = element {
                let _ = mirror.append_child(&element);
            }
        }
    }

    fn element(document: &web_sys::Document, tag: &str, text: &str) -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    }

    /// Reads `?select=…&view=…` from the address; bad values become notices, never a crash.
    pub fn launch_config_from_page() -> LaunchConfig {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let (initial_view, notices) = ViewState::from_query(&query);
        let system_language = web_sys::window().and_then(|w| w.navigator().language());
        let system_prefers_reduced_motion = web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|query| query.matches());
        LaunchConfig {
            initial_view,
            notices,
            system_language,
            system_prefers_reduced_motion,
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
