//! Numbers written the way a language writes them: "2.5 s" in English, "2,5 s" in Spanish
//! (the decimal comma of Spain and most of Latin America; the RAE's Ortografía 2010 accepts
//! both, and the comma is what Spanish school and health texts use).

/// The decimal separator of a language.
pub fn decimal_separator(locale: &str) -> char {
    match locale.split(['-', '_']).next().unwrap_or_default() {
        "es" | "fr" | "de" | "it" | "pt" => ',',
        _ => '.',
    }
}

/// `value` with `digits` decimals and the language's separator. Not-a-number shows as a dash
/// rather than "NaN".
pub fn decimal(value: f64, digits: usize, locale: &str) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{value:.digits$}");
    // "-0.0" reads oddly next to a gauge at rest.
    let text = match text.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
        _ => text,
    };
    match decimal_separator(locale) {
        '.' => text,
        separator => text.replace('.', &separator.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_writes_a_decimal_comma_and_english_a_point() {
        assert_eq!(decimal(2.5, 1, "es"), "2,5");
        assert_eq!(decimal(2.5, 1, "es-MX"), "2,5");
        assert_eq!(decimal(2.5, 1, "en"), "2.5");
        assert_eq!(decimal(0.904, 2, "es"), "0,90");
        assert_eq!(decimal(12.0, 0, "es"), "12");
    }

    #[test]
    fn bad_numbers_show_a_dash_and_minus_zero_shows_zero() {
        assert_eq!(decimal(f64::NAN, 1, "en"), "–");
        assert_eq!(decimal(f64::INFINITY, 1, "es"), "–");
        assert_eq!(decimal(-0.01, 1, "es"), "0,0");
        assert_eq!(decimal(-1.26, 1, "es"), "-1,3");
    }
}
