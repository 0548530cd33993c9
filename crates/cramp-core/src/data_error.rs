//! Errors in the data files under `assets/`, reported the way an author needs to fix them:
//! which file, where in it, what is wrong and what was expected.

use std::fmt;

mod finite;

use finite::first_non_finite_number;

/// One problem found in one data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Path of the file, relative to the asset root where known.
    pub file: String,
    /// 1-based line and column, when the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl DataError {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some((line, column));
        self
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "{}:{}:{}: {}", self.file, line, column, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for DataError {}

/// Parses a RON data file. Any bytes are accepted: invalid UTF-8, truncation and type
/// mismatches all come back as a [`DataError`] with a position, never a panic.
pub fn parse_ron<T: serde::de::DeserializeOwned>(file: &str, bytes: &[u8]) -> Result<T, DataError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = line_column(&bytes[..error.valid_up_to()]);
        DataError::new(file, "the file is not valid UTF-8 text (save it as UTF-8)").at(line, column)
    })?;
    if text.trim().is_empty() {
        return Err(DataError::new(
            file,
            "the file is empty; expected a RON value",
        ));
    }
    if let Some(number) = first_non_finite_number(text) {
        return Err(DataError::new(
            file,
            format!(
                "`{}` is not a finite number; expected a finite number",
                number.text
            ),
        )
        .at(number.line, number.column));
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<T>(text)
        .map_err(|error| {
            DataError::new(file, error.code.to_string())
                .at(error.span.start.line, error.span.start.col)
        })
}

/// Parses a RON data file and checks it with `validate`; `Ok` only when there is no problem.
pub fn parse_validated<T: serde::de::DeserializeOwned>(
    file: &str,
    bytes: &[u8],
    validate: impl FnOnce(&T) -> Vec<DataError>,
) -> Result<T, Vec<DataError>> {
    let value: T = parse_ron(file, bytes).map_err(|error| vec![error])?;
    let problems = validate(&value);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

/// Parses a loaded data file (`Err` = it could not be read, with the reason); if it is missing
/// or invalid, parses the copy built into the binary instead. Returns the value (`None` only if
/// the built-in copy is broken too) and every problem, for the user.
pub fn parse_or_built_in<T>(
    file: &str,
    loaded: Result<Vec<u8>, String>,
    built_in: &[u8],
    parse: impl Fn(&str, &[u8]) -> Result<T, Vec<DataError>>,
) -> (Option<T>, Vec<String>) {
    let mut problems = Vec::new();
    match loaded.map(|bytes| parse(file, &bytes)) {
        Ok(Ok(value)) => return (Some(value), problems),
        Ok(Err(errors)) => problems.extend(errors.iter().map(ToString::to_string)),
        Err(reason) => problems.push(format!("{file}: {reason}")),
    }
    problems.push(format!("Using the built-in copy of {file} instead."));
    match parse(&format!("built-in {file}"), built_in) {
        Ok(value) => (Some(value), problems),
        Err(errors) => {
            problems.extend(errors.iter().map(ToString::to_string));
            (None, problems)
        }
    }
}

/// 1-based line and column of the end of `valid`.
pub fn line_column(valid: &[u8]) -> (usize, usize) {
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        length_m: f32,
    }

    #[test]
    fn syntax_error_reports_file_line_and_column() {
        let error = parse_ron::<Sample>(
            "anatomy/leg.ron",
            b"(\n  name: \"soleus\",\n  length_m: ,\n)",
        )
        .unwrap_err();
        assert_eq!(error.file, "anatomy/leg.ron");
        assert_eq!(error.position.map(|p| p.0), Some(3));
        assert!(
            error.to_string().starts_with("anatomy/leg.ron:3:"),
            "{error}"
        );
    }

    #[test]
    fn wrong_type_names_what_was_expected() {
        let error =
            parse_ron::<Sample>("a.ron", b"(name: \"soleus\", length_m: \"long\")").unwrap_err();
        assert!(
            error.message.to_lowercase().contains("float") || error.message.contains("f32"),
            "{error}"
        );
    }

    #[test]
    fn empty_truncated_and_binary_files_are_errors_not_panics() {
        assert!(
            parse_ron::<Sample>("a.ron", b"")
                .unwrap_err()
                .message
                .contains("empty")
        );
        assert!(parse_ron::<Sample>("a.ron", b"(name: \"sol").is_err());
        let error = parse_ron::<Sample>("a.ron", b"(name: \"\xff\xfe\")").unwrap_err();
        assert!(error.message.contains("UTF-8"));
        assert_eq!(error.position, Some((1, 9)));
    }
}
