//! A message for the user that is worded later, in the language showing: a key of `ui.ftl`
//! and its arguments. Parsers in the core (a link, a flag) say what went wrong this way, so
//! the app words it in the chosen language and rewords it when the language changes.

use std::fmt;

use fluent_bundle::FluentArgs;

use super::Strings;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// A key of `ui.ftl`.
    pub key: &'static str,
    /// The placeholders' values: words the user typed or ids, never English to translate.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str, args: &[(&'static str, &str)]) -> Self {
        Self {
            key,
            args: args
                .iter()
                .map(|(name, value)| (*name, (*value).to_owned()))
                .collect(),
        }
    }

    /// The value of one placeholder.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// For the data checks, which report to the people writing the data, in a log: the key and
/// its values (`link-not-id (key="select", value="so leus")`).
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key)?;
        let values: Vec<String> = self
            .args
            .iter()
            .map(|(name, value)| format!("{name}={value:?}"))
            .collect();
        if !values.is_empty() {
            write!(f, " ({})", values.join(", "))?;
        }
        Ok(())
    }
}

impl Strings {
    /// A message in these strings' language.
    pub fn message(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            args.set(*name, value.as_str());
        }
        self.format(message.key, Some(&args))
    }
}
