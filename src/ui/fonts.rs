//! The fonts the panels are drawn with: egui's text font (Ubuntu Light, whole) and the few
//! symbols the app shows (▶ ⚠ 💾 …) cut out of egui's two emoji fonts by
//! `scripts/subset-fonts.py`. egui's full set is ~0.8 MB of the web download (gzip); this is
//! ~0.18 MB. A test checks every character of every text can be drawn.

use std::sync::Arc;

use bevy_egui::egui::{FontData, FontDefinitions, FontFamily, FontTweak};

const TEXT: &str = "Ubuntu-Light";
const SYMBOLS: &str = "NotoEmoji-Regular-subset";
const MORE_SYMBOLS: &str = "emoji-icon-font-subset";

/// The app's fonts, in egui's order of preference (the symbols slightly smaller, as egui has
/// them). Monospace text (shortcut keys) uses the same fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    let mut add = |name: &str, bytes: &'static [u8], scale: f32| {
        let data = FontData::from_static(bytes).tweak(FontTweak {
            scale,
            ..Default::default()
        });
        fonts.font_data.insert(name.to_owned(), Arc::new(data));
    };
    add(TEXT, epaint_default_fonts::UBUNTU_LIGHT, 1.0);
    add(
        SYMBOLS,
        include_bytes!("fonts/NotoEmoji-Regular-subset.ttf"),
        0.81,
    );
    add(
        MORE_SYMBOLS,
        include_bytes!("fonts/emoji-icon-font-subset.ttf"),
        0.90,
    );
    let order: Vec<String> = [TEXT, SYMBOLS, MORE_SYMBOLS].map(str::to_owned).into();
    fonts
        .families
        .insert(FontFamily::Proportional, order.clone());
    fonts.families.insert(FontFamily::Monospace, order);
    fonts
}
