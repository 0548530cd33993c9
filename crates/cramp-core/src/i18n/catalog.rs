//! One language's messages from Fluent files (`assets/locales/<lang>/*.ftl`), with where each key
//! is written (file and line) and which placeholders it uses, so the completeness check can point
//! a translator at the line to fix.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use crate::data_error::{DataError, line_column};

/// Where a key is written and what it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    pub file: String,
    /// 1-based line of the message or attribute.
    pub line: usize,
    /// Variables the text uses (`{ $count }`), without the `$`.
    pub placeholders: BTreeSet<String>,
}

/// The messages of one language. A key is a message id (`panel-learn`) or a message id and an
/// attribute (`soleus.name`).
pub struct Catalog {
    pub locale: String,
    bundle: FluentBundle<FluentResource>,
    keys: BTreeMap<String, KeyInfo>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .field("keys", &self.keys.len())
            .finish()
    }
}

impl Catalog {
    pub fn new(locale: &str) -> Self {
        let language = locale
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Unicode isolation marks around placeables would show as boxes in the app's fonts.
        bundle.set_use_isolating(false);
        Self {
            locale: locale.to_owned(),
            bundle,
            keys: BTreeMap::new(),
        }
    }

    /// Adds one Fluent file. Returns its problems (syntax errors with line and column, keys
    /// already defined); the entries that parsed are kept, so one typo loses one message.
    pub fn add_file(&mut self, file: &str, bytes: &[u8]) -> Vec<DataError> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(error) => {
                let (line, column) = line_column(&bytes[..error.valid_up_to()]);
                return vec![
                    DataError::new(file, "the file is not valid UTF-8 text (save it as UTF-8)")
                        .at(line, column),
                ];
            }
        };
        let mut problems = Vec::new();
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // The broken entry's start reads better than where the parser gave up.
                    let start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                    let (line, column) = line_column(&text.as_bytes()[..start.min(text.len())]);
                    problems.push(
                        DataError::new(
                            file,
                            format!(
                                "Fluent syntax: {}; expected `key = text` or `    .attribute = text`",
                                error.kind
                            ),
                        )
                        .at(line, column),
                    );
                }
                resource
            }
        };
        let lines = key_lines(&text);
        // A key written twice in one file: its first and second definitions, in order.
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let mut found = Vec::new();
            if let Some(value) = &message.value {
                found.push((id.to_owned(), placeholders(value)));
            }
            for attribute in &message.attributes {
                found.push((
                    format!("{id}.{}", attribute.id.name),
                    placeholders(&attribute.value),
                ));
            }
            for (key, placeholders) in found {
                let nth = seen.entry(key.clone()).or_default();
                let line = lines
                    .get(&key)
                    .and_then(|l| l.get(*nth).or(l.last()))
                    .copied()
                    .unwrap_or(1);
                *nth += 1;
                if let Some(earlier) = self.keys.get(&key) {
                    problems.push(
                        DataError::new(
                            file,
                            format!(
                                "{key} is already defined at {}:{}; expected each key once",
                                earlier.file, earlier.line
                            ),
                        )
                        .at(line, 1),
                    );
                    continue;
                }
                self.keys.insert(
                    key,
                    KeyInfo {
                        file: file.to_owned(),
                        line,
                        placeholders,
                    },
                );
            }
        }
        // Duplicates were reported above; the bundle keeps the first definition.
        let _ = self.bundle.add_resource(resource);
        problems
    }

    pub fn keys(&self) -> &BTreeMap<String, KeyInfo> {
        &self.keys
    }

    pub fn has(&self, key: &str) -> bool {
        self.keys.contains_key(key)
    }

    /// The text of a key with its arguments, or `None` when this language lacks the key.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        if !self.has(key) {
            return None;
        }
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }
}

/// The lines of every message and attribute in a Fluent file, by key, in order.
fn key_lines(text: &str) -> BTreeMap<String, Vec<usize>> {
    let mut lines = BTreeMap::new();
    let mut message: Option<&str> = None;
    for (index, line) in text.lines().enumerate() {
        let identifier = |s: &str| -> Option<usize> {
            let end = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(s.len());
            (end > 0
                && s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s[end..].trim_start().starts_with('='))
            .then_some(end)
        };
        if let Some(end) = identifier(line) {
            let id = &line[..end];
            message = Some(id);
            lines
                .entry(id.to_owned())
                .or_insert_with(Vec::new)
                .push(index + 1);
        } else if let Some(rest) = line.trim_start().strip_prefix('.')
            && line.starts_with(' ')
            && let Some(end) = identifier(rest)
            && let Some(id) = message
        {
            lines
                .entry(format!("{id}.{}", &rest[..end]))
                .or_insert_with(Vec::new)
                .push(index + 1);
        }
    }
    lines
}

/// The variables a pattern uses, in selectors and in every variant.
fn placeholders(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    fn inline(expression: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, found);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, found),
            _ => {}
        }
    }
    fn expr(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(expression) => inline(expression, found),
            ast::Expression::Select { selector, variants } => {
                inline(selector, found);
                for variant in variants {
                    walk(&variant.value, found);
                }
            }
        }
    }
    fn walk(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, found);
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(pattern, &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const ES: &str = "\
# Spanish
quiz-score = { $right ->
    [one] { $right } acierto de { $total }
   *[other] { $right } aciertos de { $total }
}
soleus =
    .name = músculo sóleo
    .description = Músculo ancho y plano
        bajo los gemelos.
";

    #[test]
    fn keys_know_their_line_and_placeholders() {
        let mut catalog = Catalog::new("es");
        assert!(
            catalog
                .add_file("locales/es/ui.ftl", ES.as_bytes())
                .is_empty()
        );
        let score = &catalog.keys()["quiz-score"];
        assert_eq!(score.line, 2);
        assert_eq!(
            score.placeholders,
            BTreeSet::from(["right".to_owned(), "total".to_owned()])
        );
        assert_eq!(catalog.keys()["soleus.description"].line, 8);
        assert_eq!(
            catalog.format("soleus.name", None).as_deref(),
            Some("músculo sóleo")
        );
    }

    #[test]
    fn spanish_plurals_follow_the_count() {
        let mut catalog = Catalog::new("es");
        catalog.add_file("ui.ftl", ES.as_bytes());
        let score = |right: i64| {
            let mut args = FluentArgs::new();
            args.set("right", right);
            args.set("total", 10);
            catalog.format("quiz-score", Some(&args))
        };
        assert_eq!(score(1).as_deref(), Some("1 acierto de 10"));
        assert_eq!(score(3).as_deref(), Some("3 aciertos de 10"));
        assert_eq!(score(0).as_deref(), Some("0 aciertos de 10"));
    }

    #[test]
    fn a_syntax_error_is_placed_and_the_rest_is_kept() {
        let mut catalog = Catalog::new("es");
        let text = "ok = bien\nbroken = { $x\nlater = luego\n";
        let problems = catalog.add_file("locales/es/ui.ftl", text.as_bytes());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].position.map(|p| p.0), Some(2));
        assert!(catalog.has("ok") && catalog.has("later") && !catalog.has("broken"));
    }

    #[test]
    fn a_key_defined_twice_in_one_file_points_at_the_second() {
        let mut catalog = Catalog::new("es");
        let problems = catalog.add_file("ui.ftl", b"hello = hola\nbye = adios\nhello = buenas\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].position, Some((3, 1)));
        assert!(problems[0].message.contains("ui.ftl:1"), "{}", problems[0]);
    }

    #[test]
    fn a_key_defined_twice_is_reported_with_both_places() {
        let mut catalog = Catalog::new("es");
        catalog.add_file("a.ftl", b"hello = hola\n");
        let problems = catalog.add_file("b.ftl", b"\n\nhello = buenas\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].position, Some((3, 1)));
        assert!(problems[0].message.contains("a.ftl:1"), "{}", problems[0]);
        assert_eq!(catalog.format("hello", None).as_deref(), Some("hola"));
    }
}
