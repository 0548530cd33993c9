//! Languages. Every word the app shows comes from a language folder, `assets/locales/<lang>/`:
//! - `ui.ftl`: the interface (Fluent messages: plurals and placeholders per language);
//! - `content.ron`: the Learn texts, glossary and disclaimer (whole texts: they are translated
//!   by meaning, not sentence by sentence);
//! - `anatomy.ftl`, `quiz.ftl`, `tours.ftl`, `scenarios.ftl`: the words of the shared data
//!   files, keyed by their ids ([`texts`]); English is written in the data files themselves.
//!
//! A missing string falls back to English one string at a time ([`Strings`]); `--check-content`
//! lists every missing and extra key and every placeholder mismatch ([`completeness`]).

mod catalog;
mod completeness;
mod message;
mod number;
pub mod texts;

pub use catalog::{Catalog, KeyInfo};
pub use completeness::{KeyProblem, compare};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use message::Message;
pub use number::{decimal, decimal_separator};

use crate::dataset::DEFAULT_LOCALE;

/// The interface messages of a language.
pub fn ui_path(locale: &str) -> String {
    format!("locales/{locale}/ui.ftl")
}

/// The words of the web page around the app (loading, error and update screens), which the
/// page reads before the app starts.
pub fn page_path(locale: &str) -> String {
    format!("locales/{locale}/page.ftl")
}

/// The supported language that best matches a system or browser language tag (`es-MX`,
/// `es_ES.UTF-8`, `en-GB`), or `None` when nothing matches.
pub fn best_match<'a>(tag: &str, supported: &[&'a str]) -> Option<&'a str> {
    let primary = tag
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    supported.iter().copied().find(|l| *l == primary)
}

/// The words of the interface in the chosen language, falling back string by string to
/// English. With `pseudo`, every letter of every text is swapped for an accented one (the
/// pseudo-locale test: a plain ASCII letter on screen did not come from the language files).
#[derive(Debug, Default)]
pub struct Strings {
    /// Most wanted first; the last is English.
    catalogs: Vec<Catalog>,
    pseudo: bool,
}

impl Strings {
    /// `chosen` first (skipped when it is English itself), then English.
    pub fn new(chosen: Option<Catalog>, english: Catalog) -> Self {
        Self {
            catalogs: chosen
                .into_iter()
                .filter(|c| c.locale != DEFAULT_LOCALE)
                .chain(std::iter::once(english))
                .collect(),
            pseudo: false,
        }
    }

    /// The same strings, every letter accented ("Help" → "Ĥéľþ").
    pub fn pseudo(mut self) -> Self {
        self.pseudo = true;
        self
    }

    /// The language the strings are in (the chosen one, else English).
    pub fn locale(&self) -> &str {
        self.catalogs
            .first()
            .map_or(DEFAULT_LOCALE, |c| c.locale.as_str())
    }

    /// The text of a key.
    pub fn text(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text of a key with arguments (`{ $count }`). A key no language has comes back
    /// as itself, unmarked, so the pseudo-locale test catches a misspelt key too.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        match self.catalogs.iter().find_map(|c| c.format(key, args)) {
            Some(text) => self.mark(text),
            None => key.to_owned(),
        }
    }

    /// Marks a text that came from a language file when in the pseudo-locale (the language
    /// names, which come from each language's file).
    pub fn mark(&self, text: String) -> String {
        if self.pseudo { pseudo(&text) } else { text }
    }

    /// How many keys the chosen language itself has (English's for English).
    pub fn own_keys(&self) -> usize {
        self.catalogs.first().map_or(0, |c| c.keys().len())
    }

    /// A number with `digits` decimals, with the language's decimal separator.
    pub fn number(&self, value: f64, digits: usize) -> String {
        decimal(value, digits, self.locale())
    }
}

/// The pseudo-locale's spelling: each ASCII letter becomes an accented look-alike, so the text
/// stays readable, keeps its length, and no ASCII letter is left. Applying it twice changes
/// nothing more.
pub fn pseudo(text: &str) -> String {
    const LOWER: [char; 26] = [
        'à', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ľ', 'ɱ', 'ñ', 'ô', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'À', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ľ', 'Ṁ', 'Ñ', 'Ô', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    text.chars()
        .map(|c| match c {
            'a'..='z' => LOWER[(c as u8 - b'a') as usize],
            'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
            other => other,
        })
        .collect()
}

/// Builds Fluent arguments: `args(&[("count", 3.into())])`.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(locale: &str, text: &str) -> Catalog {
        let mut c = Catalog::new(locale);
        assert!(c.add_file("ui.ftl", text.as_bytes()).is_empty());
        c
    }

    #[test]
    fn a_missing_string_falls_back_to_english_one_string_at_a_time() {
        let strings = Strings::new(
            Some(catalog("es", "quiz = Test\n")),
            catalog("en", "quiz = Quiz\nhelp = Help\n"),
        );
        assert_eq!(strings.text("quiz"), "Test");
        assert_eq!(strings.text("help"), "Help");
        assert_eq!(strings.locale(), "es");
    }

    #[test]
    fn the_pseudo_locale_marks_every_string() {
        let strings = Strings::new(None, catalog("en", "help = Help\n")).pseudo();
        assert_eq!(strings.text("help"), "Ĥéľþ");
        assert_eq!(pseudo("Ĥéľþ 2"), "Ĥéľþ 2");
    }

    #[test]
    fn system_language_tags_match_the_supported_languages() {
        let supported = ["en", "es"];
        assert_eq!(best_match("es-MX", &supported), Some("es"));
        assert_eq!(best_match("es_ES.UTF-8", &supported), Some("es"));
        assert_eq!(best_match("EN-gb", &supported), Some("en"));
        assert_eq!(best_match("fr-FR", &supported), None);
        assert_eq!(best_match("", &supported), None);
    }
}
