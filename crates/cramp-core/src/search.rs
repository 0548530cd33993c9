//! Forgiving search over structure names: plain and Latin names, ids and synonyms, ignoring
//! case, punctuation and small typos ("achilles" and "achiles" both find the calcaneal tendon).

use crate::anatomy::{AnatomyAtlas, Structure};

/// Lower-case words of letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How well one query word matches one name word; 0 is no match.
fn word_score(query: &str, word: &str) -> u32 {
    let query_len = query.chars().count();
    // The start of the word, one letter longer than the query, for typos in a prefix.
    let prefix: String = word.chars().take(query_len + 1).collect();
    if word == query {
        100
    } else if word.starts_with(query) {
        80
    } else if query_len >= 3 && word.contains(query) {
        50
    } else if query_len >= 4 && strsim::levenshtein(query, &prefix) <= 1 {
        40
    } else if query_len >= 6 && strsim::levenshtein(query, word) <= 2 {
        30
    } else {
        0
    }
}

/// Score of a structure for a query: every query word must match some word of some name.
fn structure_score(structure: &Structure, query: &[String]) -> u32 {
    let names = std::iter::once(structure.name.as_str())
        .chain(std::iter::once(structure.latin.as_str()))
        .chain(std::iter::once(structure.id.as_str()))
        .chain(structure.synonyms.iter().map(String::as_str));
    names
        .map(|name| {
            let name_words = words(name);
            let mut total = 0;
            for q in query {
                let best = name_words
                    .iter()
                    .map(|w| word_score(q, w))
                    .max()
                    .unwrap_or(0);
                if best == 0 {
                    return 0;
                }
                total += best;
            }
            total
        })
        .max()
        .unwrap_or(0)
}

/// Structures matching `query`, best first (ties keep the atlas order).
pub fn search<'a>(atlas: &'a AnatomyAtlas, query: &str) -> Vec<&'a Structure> {
    let query = words(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, usize, &Structure)> = atlas
        .structures
        .iter()
        .enumerate()
        .map(|(i, s)| (structure_score(s, &query), i, s))
        .filter(|(score, _, _)| *score > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::word_score;

    #[test]
    fn a_slip_of_one_letter_still_matches_but_a_different_word_does_not() {
        let exact = word_score("soleus", "soleus");
        let prefix = word_score("gastroc", "gastrocnemius");
        // One letter missing from the start of a long word; two letters swapped in a word.
        let slip = word_score("gastrc", "gastrocnemius");
        let swap = word_score("solues", "soleus");
        assert!(slip > 0 && swap > 0, "slips still match: {slip}, {swap}");
        assert!(
            exact > prefix && prefix > slip,
            "{exact} > {prefix} > {slip}"
        );
        assert_eq!(word_score("tibia", "fibula"), 0, "a different word");
        assert_eq!(word_score("sol", "soxxus"), 0, "a different word");
    }
}
