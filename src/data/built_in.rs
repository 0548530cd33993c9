//! The data files compiled into the binary: the fallback when a file is missing or broken, so
//! the app always has a leg to show and texts to read.

use crate::core::dataset::{
    ANATOMY_PATH, CLINIC_PATH, DEFAULT_LOCALE, MODEL_PATH, QUIZ_PATH, SCENARIOS_PATH, SHAPES_PATH,
    TOURS_PATH,
};
use crate::core::i18n::ui_path;

/// The copies of the shipped files (the English texts stand in for any language).
pub struct BuiltInData;

impl crate::core::dataset::BuiltIn for BuiltInData {
    fn built_in(&self, path: &str) -> &[u8] {
        match path {
            ANATOMY_PATH => include_bytes!("../../assets/anatomy/leg.anatomy.ron"),
            SHAPES_PATH => include_bytes!("../../assets/anatomy/leg.shapes.ron"),
            MODEL_PATH => include_bytes!("../../assets/anatomy/leg.muscles.ron"),
            SCENARIOS_PATH => include_bytes!("../../assets/scenarios/leg.scenarios.ron"),
            TOURS_PATH => include_bytes!("../../assets/tours/leg.tours.ron"),
            QUIZ_PATH => include_bytes!("../../assets/quiz/leg.quiz.ron"),
            CLINIC_PATH => include_bytes!("../../assets/clinic.settings.ron"),
            p if p == ui_path(DEFAULT_LOCALE) => include_bytes!("../../assets/locales/en/ui.ftl"),
            p if p.ends_with(".ftl") => b"",
            _ => include_bytes!("../../assets/locales/en/content.ron"),
        }
    }
}
