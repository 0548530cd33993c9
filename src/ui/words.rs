//! The interface's words. Every panel asks its `ui` for them (`ui.t("learn-title")`), so the
//! panels stay functions of (`ui`, data, state) and the language comes with the egui context:
//! the app puts the chosen language's [`Strings`] there whenever it changes; a panel drawn
//! without them (a test) gets the built-in English.

use std::sync::{Arc, OnceLock};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::core::dataset::BuiltIn;
use crate::core::dataset::DEFAULT_LOCALE;
use crate::core::i18n::{Catalog, FluentValue, Strings, args, ui_path};
use crate::data::{BuiltInData, UiStrings};

/// The words of the interface, from anything that knows the egui context.
pub trait Words {
    /// The text of a key in the current language (English when the language lacks it).
    fn t(&self, key: &str) -> String;
    /// The text of a key with arguments: `ui.tf("quiz-score", &[("right", 3.into())])`.
    fn tf(&self, key: &str, values: &[(&str, FluentValue<'_>)]) -> String;
    /// A number with the language's decimal separator.
    fn num(&self, value: f64, digits: usize) -> String;
    /// The current language's strings.
    fn strings(&self) -> Arc<Strings>;
}

fn id() -> egui::Id {
    egui::Id::new("cramp-explorer-strings")
}

/// The English built into the binary.
pub fn built_in_english() -> Arc<Strings> {
    static ENGLISH: OnceLock<Arc<Strings>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            let mut english = Catalog::new(DEFAULT_LOCALE);
            let path = ui_path(DEFAULT_LOCALE);
            english.add_file(&path, BuiltInData.built_in(&path));
            Arc::new(Strings::new(None, english))
        })
        .clone()
}

/// Puts a language's strings into an egui context (the app does this when the language
/// changes; tests do it to draw a panel in a language).
pub fn install(ctx: &egui::Context, strings: Arc<Strings>) {
    ctx.data_mut(|d| d.insert_temp(id(), strings));
}

impl Words for egui::Context {
    fn strings(&self) -> Arc<Strings> {
        self.data(|d| d.get_temp::<Arc<Strings>>(id()))
            .unwrap_or_else(built_in_english)
    }

    fn t(&self, key: &str) -> String {
        self.strings().text(key)
    }

    fn tf(&self, key: &str, values: &[(&str, FluentValue<'_>)]) -> String {
        self.strings().format(key, Some(&args(values)))
    }

    fn num(&self, value: f64, digits: usize) -> String {
        self.strings().number(value, digits)
    }
}

impl Words for egui::Ui {
    fn strings(&self) -> Arc<Strings> {
        self.ctx().strings()
    }

    fn t(&self, key: &str) -> String {
        self.ctx().t(key)
    }

    fn tf(&self, key: &str, values: &[(&str, FluentValue<'_>)]) -> String {
        self.ctx().tf(key, values)
    }

    fn num(&self, value: f64, digits: usize) -> String {
        self.ctx().num(value, digits)
    }
}

/// Hands the chosen language to egui when it changes (a pointer comparison per frame).
pub(super) fn install_strings(strings: Option<Res<UiStrings>>, mut contexts: EguiContexts) {
    let Some(strings) = strings else { return };
    if let Ok(ctx) = contexts.ctx_mut() {
        let installed = ctx.data(|d| d.get_temp::<Arc<Strings>>(id()));
        if !installed.is_some_and(|i| Arc::ptr_eq(&i, &strings.0)) {
            install(ctx, strings.0.clone());
        }
    }
}
