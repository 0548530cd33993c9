//! The words inside the shared data files (anatomy, quiz, tours, scenarios), each with a stable
//! translation key. The English stays in the data files, where authors write it; another
//! language translates them in `locales/<lang>/<file>.ftl` under the same keys:
//!
//! ```text
//! soleus =
//!     .name = músculo sóleo
//! ```
//!
//! One walker gives every text with its key, so extracting keys (for the completeness check),
//! translating and the pseudo-locale test can never disagree about which words exist.

use crate::anatomy::AnatomyAtlas;
use crate::quiz::{Answer, QuizBank};
use crate::scenario::ScenarioLibrary;
use crate::tour::TourLibrary;

/// A data file whose words are translated in a Fluent file of the same name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextFile {
    Anatomy,
    Quiz,
    Tours,
    Scenarios,
}

impl TextFile {
    pub const ALL: [TextFile; 4] = [
        TextFile::Anatomy,
        TextFile::Quiz,
        TextFile::Tours,
        TextFile::Scenarios,
    ];

    /// The translation file of a language, inside the asset root.
    pub fn path(self, locale: &str) -> String {
        let name = match self {
            TextFile::Anatomy => "anatomy",
            TextFile::Quiz => "quiz",
            TextFile::Tours => "tours",
            TextFile::Scenarios => "scenarios",
        };
        format!("locales/{locale}/{name}.ftl")
    }

    /// The data file the English comes from.
    pub fn source(self) -> &'static str {
        match self {
            TextFile::Anatomy => crate::dataset::ANATOMY_PATH,
            TextFile::Quiz => crate::dataset::QUIZ_PATH,
            TextFile::Tours => crate::dataset::TOURS_PATH,
            TextFile::Scenarios => crate::dataset::SCENARIOS_PATH,
        }
    }
}

/// Mutable views of the data whose words are translated.
pub struct TextData<'a> {
    pub atlas: &'a mut AnatomyAtlas,
    pub quiz: &'a mut QuizBank,
    pub tours: &'a mut TourLibrary,
    pub scenarios: &'a mut ScenarioLibrary,
}

/// Synonyms are one text to translate (a language has its own, not one per English synonym),
/// written with this separator.
pub const SYNONYM_SEPARATOR: &str = ", ";

/// Calls `visit(file, key, text)` for every translatable text. `visit` may change the text.
/// Synonyms are visited as one text joined by [`SYNONYM_SEPARATOR`] and split again after.
pub fn for_each_text(data: TextData<'_>, visit: &mut dyn FnMut(TextFile, &str, &mut String)) {
    for structure in &mut data.atlas.structures {
        let id = structure.id.clone();
        let mut at = |field: &str, text: &mut String| {
            visit(TextFile::Anatomy, &format!("{id}.{field}"), text)
        };
        at("name", &mut structure.name);
        at("description", &mut structure.description);
        if !structure.synonyms.is_empty() {
            let mut joined = structure.synonyms.join(SYNONYM_SEPARATOR);
            at("synonyms", &mut joined);
            structure.synonyms = joined
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
        }
        if let Some(facts) = &mut structure.muscle {
            at("origin", &mut facts.origin);
            at("insertion", &mut facts.insertion);
            at("action", &mut facts.action);
            at("innervation", &mut facts.innervation);
            at("blood-supply", &mut facts.blood_supply);
            at("cramp-role", &mut facts.cramp_role);
        }
    }
    for question in &mut data.quiz.questions {
        let id = question.id.clone();
        let mut at =
            |field: &str, text: &mut String| visit(TextFile::Quiz, &format!("{id}.{field}"), text);
        at("prompt", &mut question.prompt);
        at("explanation", &mut question.explanation);
        if let Answer::Choice { choices, .. } = &mut question.answer {
            for (index, choice) in choices.iter_mut().enumerate() {
                at(&format!("choice-{}", index + 1), choice);
            }
        }
    }
    for tour in &mut data.tours.tours {
        let id = tour.id.clone();
        visit(TextFile::Tours, &format!("{id}.title"), &mut tour.title);
        visit(TextFile::Tours, &format!("{id}.summary"), &mut tour.summary);
        for (index, step) in tour.steps.iter_mut().enumerate() {
            let message = format!("{id}-step-{}", index + 1);
            visit(
                TextFile::Tours,
                &format!("{message}.title"),
                &mut step.title,
            );
            visit(
                TextFile::Tours,
                &format!("{message}.caption"),
                &mut step.caption,
            );
        }
    }
    for scenario in &mut data.scenarios.scenarios {
        let id = scenario.id.clone();
        visit(
            TextFile::Scenarios,
            &format!("{id}.title"),
            &mut scenario.title,
        );
        visit(
            TextFile::Scenarios,
            &format!("{id}.description"),
            &mut scenario.description,
        );
        for (index, keyframe) in scenario.keyframes.iter_mut().enumerate() {
            if let Some(caption) = &mut keyframe.caption {
                visit(
                    TextFile::Scenarios,
                    &format!("{id}.caption-{}", index + 1),
                    caption,
                );
            }
        }
    }
}

/// The 1-based line of the first `"id"` of a key's message in a data file's text, so a
/// missing translation can point at the English it translates.
pub fn source_line(source: &str, key: &str) -> usize {
    let message = key.split('.').next().unwrap_or(key);
    // Tour steps (`tour-step-3`) are found under their tour.
    let id = message.split("-step-").next().unwrap_or(message);
    let quoted = format!("\"{id}\"");
    source
        .lines()
        .position(|line| line.contains(&quoted))
        .map_or(1, |index| index + 1)
}
