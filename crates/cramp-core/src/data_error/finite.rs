//! The check that every number in a data file is finite: RON reads `inf`, `NaN` and literals
//! too large for a float (`1e999`) into float fields without complaint.

/// A number token of a RON text, with its 1-based line and column (in characters).
#[derive(Debug, PartialEq)]
pub(super) struct NumberToken {
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// RON's spellings of infinity and not-a-number, which it reads into any float field.
const NON_FINITE_WORDS: [&str; 6] = ["inf", "inff32", "inff64", "NaN", "NaNf32", "NaNf64"];

/// The first number in a RON text that is not finite: `inf`, `NaN`, or a literal beyond the
/// range of f32 (such as `1e999`, which RON reads as infinity; the data has f32 fields, and no
/// quantity in it comes near 3e38). Strings, characters and comments are skipped (prose says
/// "infection" and "inf."), and only whole tokens count, so `info` is a name, not `inf`.
pub(super) fn first_non_finite_number(text: &str) -> Option<NumberToken> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let token_at = |start: usize, end: usize| {
        let before = &chars[..start];
        NumberToken {
            text: chars[start..end].iter().collect(),
            line: before.iter().filter(|&&c| c == '\n').count() + 1,
            column: start - before.iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1) + 1,
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            // RON's block comments nest.
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_quoted(&chars, i + 1, '"');
        } else if c == '\'' {
            i = skip_quoted(&chars, i + 1, '\'');
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            let raw_string = raw_string_hashes(&chars, i);
            if let Some((opening, hashes)) = raw_string {
                i = skip_raw_string(&chars, i + opening, hashes);
                continue;
            }
            if c == 'b' && at(i + 1) == '"' {
                i = skip_quoted(&chars, i + 2, '"');
                continue;
            }
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if NON_FINITE_WORDS.contains(&word.as_str()) {
                return Some(token_at(start, i));
            }
        } else if c.is_ascii_digit() || (c == '.' && at(i + 1).is_ascii_digit()) {
            let start = i;
            while i < chars.len() {
                let d = chars[i];
                let exponent_sign = (d == '+' || d == '-')
                    && matches!(chars[i - 1], 'e' | 'E')
                    && !is_hex(&chars[start..i]);
                if is_word(d) || d == '.' || exponent_sign {
                    i += 1;
                } else {
                    break;
                }
            }
            let literal: String = chars[start..i].iter().collect();
            if !number_is_finite(&literal) {
                return Some(token_at(start, i));
            }
        } else {
            i += 1;
        }
    }
    None
}

fn is_hex(digits: &[char]) -> bool {
    matches!(digits, ['0', 'x' | 'X', ..])
}

/// Whether a number literal is finite within f32's range; literals that are not decimal
/// numbers (hex, octal, binary, malformed) are left to RON to judge.
fn number_is_finite(literal: &str) -> bool {
    if literal.len() > 1
        && literal.starts_with('0')
        && literal[1..].starts_with(['x', 'X', 'o', 'b'])
    {
        return true;
    }
    let digits = literal.replace('_', "");
    let suffixes = [
        "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64",
        "u128", "usize",
    ];
    let number = suffixes
        .iter()
        .find_map(|suffix| digits.strip_suffix(suffix))
        .unwrap_or(&digits);
    match number.parse::<f64>() {
        Ok(value) => value.abs() <= f64::from(f32::MAX),
        Err(_) => true,
    }
}

/// The index after a quoted string or character whose body starts at `i`.
fn skip_quoted(chars: &[char], mut i: usize, quote: char) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// At `r"`, `r#"`, `br"`, `br##"` and so on: the length of the opening before the body, and
/// the number of `#`.
fn raw_string_hashes(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let after_prefix = match (chars.get(i), chars.get(i + 1)) {
        (Some('r'), _) => i + 1,
        (Some('b'), Some('r')) => i + 2,
        _ => return None,
    };
    let hashes = chars[after_prefix..]
        .iter()
        .take_while(|&&c| c == '#')
        .count();
    (chars.get(after_prefix + hashes) == Some(&'"'))
        .then_some((after_prefix + hashes + 1 - i, hashes))
}

/// The index after a raw string whose body starts at `i` and which closes with `"` and `hashes`
/// times `#`.
fn skip_raw_string(chars: &[char], mut i: usize, hashes: usize) -> usize {
    while i < chars.len() {
        if chars[i] == '"'
            && chars[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == '#')
                .count()
                == hashes
        {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::first_non_finite_number;
    use crate::data_error::parse_ron;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Reading {
        note: String,
        t: f64,
    }

    #[test]
    fn non_finite_numbers_are_rejected_with_their_place() {
        for (value, shown) in [
            ("inf", "inf"),
            ("-inf", "inf"),
            ("+inf", "inf"),
            ("NaN", "NaN"),
            ("inff64", "inff64"),
            ("1e999", "1e999"),
            ("-1.5e+400", "1.5e+400"),
            ("1_0e3_99", "1_0e3_99"),
            ("4e38f32", "4e38f32"),
        ] {
            let text = format!("(\n  note: \"x\",\n  t: {value},\n)");
            let error = parse_ron::<Reading>("s.ron", text.as_bytes()).expect_err(value);
            assert_eq!(
                error.to_string(),
                format!(
                    "s.ron:3:{}: `{shown}` is not a finite number; expected a finite number",
                    6 + value.len() - shown.len()
                )
            );
        }
    }

    #[test]
    fn words_strings_and_comments_that_mention_inf_are_not_numbers() {
        let text = r##"// inf NaN 1e999
            /* NaN /* nested: inf */ 1e999 */
            (
                note: "inf, NaN, 1e999, information, infection, \"inf\"",
                t: 1.5e3, // -inf
            )"##;
        let reading: Reading = parse_ron("a.ron", text.as_bytes()).expect("finite");
        assert_eq!(reading.t, 1500.0);
        for text in [
            r#"(note: r"inf 1e999", t: 0)"#,
            r##"(note: r#"a "quoted" inf"#, t: -3.4e38)"##,
            r#"(note: "\u{1F600} NaN", t: 7)"#,
        ] {
            assert!(
                parse_ron::<Reading>("a.ron", text.as_bytes()).is_ok(),
                "{text}"
            );
        }
        assert_eq!(
            first_non_finite_number("(info: 1, inflow: NaNny, c: 'i', h: 0xFFE1, b: 0b101)"),
            None
        );
    }
}
