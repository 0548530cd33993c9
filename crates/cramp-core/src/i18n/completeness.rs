//! Is a language complete? Its keys against English's: every missing key, every extra key (a
//! typo, or a text the English no longer has) and every placeholder that differs, each with the
//! file and line to fix.

use std::collections::BTreeMap;

use super::catalog::{Catalog, KeyInfo};
use crate::data_error::DataError;

/// One difference between a translation and the English.
pub type KeyProblem = DataError;

/// Compares a language's catalog for one file with the English keys of that file.
/// `translation_file` is where the missing keys belong (`locales/es/ui.ftl`).
pub fn compare(
    english: &BTreeMap<String, KeyInfo>,
    translation_file: &str,
    translation: &Catalog,
) -> Vec<KeyProblem> {
    let mut problems = Vec::new();
    for (key, source) in english {
        match translation.keys().get(key) {
            None => problems.push(DataError::new(
                translation_file,
                format!(
                    "missing translation of `{key}` (English at {}:{}); the English is shown",
                    source.file, source.line
                ),
            )),
            Some(translated) if translated.placeholders != source.placeholders => {
                let list = |info: &KeyInfo| {
                    let names: Vec<String> = info
                        .placeholders
                        .iter()
                        .map(|p| format!("{{ ${p} }}"))
                        .collect();
                    if names.is_empty() {
                        "no placeholder".to_owned()
                    } else {
                        names.join(", ")
                    }
                };
                problems.push(
                    DataError::new(
                        &translated.file,
                        format!(
                            "`{key}` uses {} but the English ({}:{}) uses {}; expected the same placeholders",
                            list(translated),
                            source.file,
                            source.line,
                            list(source)
                        ),
                    )
                    .at(translated.line, 1),
                );
            }
            Some(_) => {}
        }
    }
    for (key, translated) in translation.keys() {
        if !english.contains_key(key) {
            problems.push(
                DataError::new(
                    &translated.file,
                    format!(
                        "`{key}` is not an English key; expected one of the keys the English has (a typo, or a text the English no longer has)"
                    ),
                )
                .at(translated.line, 1),
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(locale: &str, file: &str, text: &str) -> Catalog {
        let mut c = Catalog::new(locale);
        assert!(c.add_file(file, text.as_bytes()).is_empty());
        c
    }

    #[test]
    fn missing_extra_and_placeholder_problems_are_each_placed() {
        let en = catalog(
            "en",
            "locales/en/ui.ftl",
            "help = Help\nscore = { $right } of { $total }\nquit = Quit\n",
        );
        let es = catalog(
            "es",
            "locales/es/ui.ftl",
            "help = Ayuda\nscore = { $right } de { $todos }\nhelpp = Ayuda\n",
        );
        let problems = compare(en.keys(), "locales/es/ui.ftl", &es);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 3, "{text:#?}");
        assert!(
            text.iter().any(|p| p.starts_with(
                "locales/es/ui.ftl: missing translation of `quit` (English at locales/en/ui.ftl:3)"
            )),
            "{text:#?}"
        );
        assert!(
            text.iter().any(
                |p| p.starts_with("locales/es/ui.ftl:2:1: `score` uses { $right }, { $todos }")
            ),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|p| p.starts_with("locales/es/ui.ftl:3:1: `helpp` is not an English key")),
            "{text:#?}"
        );
    }

    #[test]
    fn a_complete_translation_has_no_problem() {
        let en = catalog(
            "en",
            "en.ftl",
            "help = Help\nsoleus =\n    .name = Soleus\n",
        );
        let es = catalog(
            "es",
            "es.ftl",
            "soleus =\n    .name = músculo sóleo\nhelp = Ayuda\n",
        );
        assert!(compare(en.keys(), "es.ftl", &es).is_empty());
    }
}
