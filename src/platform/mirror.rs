//! The teaching text as plain document blocks, for screen readers on the web: egui draws into
//! a canvas that a screen reader cannot read, so the page carries a visually hidden copy of the
//! selected structure's card and of the Learn texts, kept in step with the app
//! (`web::write_mirror`). Built here without the browser, so it is tested natively.

use crate::core::anatomy::Structure;
use crate::core::content::{Content, Register, glossary_terms};
use crate::core::i18n::{Strings, args};

/// One block of the accessible copy.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Paragraph(String),
    /// A warning sign: said with a word, not only shown in red.
    Warning(String),
    List(Vec<String>),
}

/// A text with its `[[glossary term]]` marks written as plain words.
fn plain_text(text: &str) -> String {
    let mut out = text.to_owned();
    for term in glossary_terms(text) {
        out = out.replacen(&format!("[[{term}]]"), term, 1);
    }
    out
}

/// The selected structure's card, then the Learn texts in the register chosen.
pub fn blocks(
    strings: &Strings,
    selected: Option<&Structure>,
    content: Option<&Content>,
    register: Register,
) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(1, strings.text("app-name"))];
    if let Some(structure) = selected {
        blocks.push(Block::Heading(
            2,
            strings.format(
                "a11y-selected",
                Some(&args(&[("name", structure.name.as_str().into())])),
            ),
        ));
        blocks.push(Block::Paragraph(structure.latin.clone()));
        blocks.push(Block::Paragraph(structure.description.clone()));
        if let Some(facts) = &structure.muscle {
            blocks.push(Block::List(
                [
                    ("card-origin", &facts.origin),
                    ("card-insertion", &facts.insertion),
                    ("card-action", &facts.action),
                    ("card-nerve", &facts.innervation),
                    ("card-blood-supply", &facts.blood_supply),
                    ("card-in-a-cramp", &facts.cramp_role),
                ]
                .into_iter()
                .map(|(key, text)| format!("{}: {text}", strings.text(key)))
                .collect(),
            ));
        }
    }
    let Some(content) = content else {
        return blocks;
    };
    blocks.push(Block::Heading(2, strings.text("learn-title")));
    blocks.push(Block::Paragraph(content.disclaimer.clone()));
    for section in &content.sections {
        blocks.push(Block::Heading(3, section.title.clone()));
        for item in &section.items {
            if item.red_flag {
                blocks.push(Block::Warning(strings.format(
                    "a11y-warning",
                    Some(&args(&[("title", item.title.as_str().into())])),
                )));
            } else {
                blocks.push(Block::Heading(4, item.title.clone()));
            }
            blocks.push(Block::Paragraph(plain_text(item.text(register))));
            if !item.steps.is_empty() {
                blocks.push(Block::List(
                    item.steps.iter().map(|s| plain_text(&s.text)).collect(),
                ));
            }
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anatomy::AnatomyAtlas;
    use crate::core::i18n::Catalog;

    fn english() -> Strings {
        let mut catalog = Catalog::new("en");
        catalog.add_file("ui.ftl", include_bytes!("../../assets/locales/en/ui.ftl"));
        Strings::new(None, catalog)
    }

    #[test]
    fn the_copy_names_the_selection_and_says_each_warning_in_words() {
        let atlas = AnatomyAtlas::from_ron(
            "anatomy",
            include_bytes!("../../assets/anatomy/leg.anatomy.ron"),
        )
        .expect("anatomy");
        let content: Content = crate::core::data_error::parse_ron(
            "content",
            include_bytes!("../../assets/locales/en/content.ron"),
        )
        .expect("content");
        let soleus = atlas.structure("soleus");
        let blocks = blocks(&english(), soleus, Some(&content), Register::Plain);
        assert!(blocks.contains(&Block::Heading(2, "Selected: Soleus".to_owned())));
        let warnings = blocks
            .iter()
            .filter(|b| matches!(b, Block::Warning(t) if t.starts_with("Warning sign: ")))
            .count();
        let red_flags = content.items().filter(|i| i.red_flag).count();
        assert!(red_flags > 0);
        assert_eq!(warnings, red_flags);
        // Glossary marks are read as words.
        assert!(blocks.iter().all(|b| match b {
            Block::Paragraph(t) | Block::Warning(t) => !t.contains("[["),
            Block::List(items) => items.iter().all(|t| !t.contains("[[")),
            Block::Heading(..) => true,
        }));
    }
}
