//! The look of the panels: egui's dark theme with text and controls brought up to WCAG 2.2 AA
//! contrast (text ≥ 4.5:1 on every background it sits on, control outlines ≥ 3:1), and a
//! high-contrast variant (Settings). Colours that carry meaning are declared here, so one test
//! checks them all against the backgrounds they are drawn on.

use bevy_egui::egui::{self, Color32, Stroke};

/// Amber for notices.
pub const WARNING: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x4C);
/// Red for red flags (always with a ⚠ sign and words, never colour alone).
pub const RED_FLAG: Color32 = Color32::from_rgb(0xF0, 0x6A, 0x5F);
/// Quiz feedback text: right (with ✔) and wrong (with ✖).
pub const RIGHT: Color32 = Color32::from_rgb(110, 205, 130);
pub const WRONG: Color32 = Color32::from_rgb(245, 125, 110);
/// Quiz answer buttons once answered: the right answer, and a wrong choice.
pub const RIGHT_FILL: Color32 = Color32::from_rgb(28, 92, 48);
pub const WRONG_FILL: Color32 = Color32::from_rgb(120, 36, 30);
/// The presenter's bars over the view, their step titles and captions.
pub const PRESENTER_BAR: Color32 = Color32::from_rgb(16, 20, 26);
pub const PRESENTER_TITLE: Color32 = Color32::from_rgb(255, 214, 120);
pub const PRESENTER_TEXT: Color32 = Color32::from_gray(235);
/// Progress dots: the current step, the others (controls: ≥ 3:1 on the bar).
pub const DOT_CURRENT: Color32 = Color32::from_gray(235);
pub const DOT_OTHER: Color32 = Color32::from_gray(140);

/// The panels' visuals, normal or high contrast.
pub fn visuals(high_contrast: bool) -> egui::Visuals {
    let mut visuals = egui::Visuals::dark();
    if high_contrast {
        let outline = Stroke::new(1.5, Color32::WHITE);
        visuals.panel_fill = Color32::BLACK;
        visuals.window_fill = Color32::BLACK;
        visuals.extreme_bg_color = Color32::BLACK;
        visuals.faint_bg_color = Color32::from_gray(24);
        visuals.code_bg_color = Color32::from_gray(24);
        visuals.window_stroke = outline;
        // Text is white through each widget state's colour, not `override_text_color`: an
        // override would also paint a selected button's text white, on yellow.
        visuals.weak_text_color = Some(Color32::from_gray(215));
        visuals.hyperlink_color = Color32::from_rgb(130, 200, 255);
        visuals.selection.bg_fill = Color32::from_rgb(255, 214, 0);
        visuals.selection.stroke = Stroke::new(2.0, Color32::BLACK);
        for widget in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.fg_stroke.color = Color32::WHITE;
            widget.bg_stroke = outline;
        }
        visuals.widgets.noninteractive.bg_fill = Color32::BLACK;
        visuals.widgets.noninteractive.weak_bg_fill = Color32::BLACK;
        visuals.widgets.inactive.bg_fill = Color32::from_gray(30);
        visuals.widgets.inactive.weak_bg_fill = Color32::from_gray(30);
        visuals.widgets.hovered.bg_fill = Color32::from_gray(60);
        visuals.widgets.hovered.weak_bg_fill = Color32::from_gray(60);
        visuals.widgets.hovered.bg_stroke = Stroke::new(2.0, Color32::from_rgb(255, 214, 0));
        visuals.widgets.active.bg_fill = Color32::from_gray(80);
        visuals.widgets.active.weak_bg_fill = Color32::from_gray(80);
    } else {
        // egui's grey body text and its half-strength "weak" text are too faint on the dark
        // panels (weak text measured 2.4:1); buttons and boxes have no outline (1.6:1).
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(200);
        visuals.weak_text_color = Some(Color32::from_gray(158));
        visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(215);
        visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(118));
        visuals.widgets.hovered.bg_stroke = Stroke::new(1.0, Color32::from_gray(190));
    }
    visuals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::colour::{contrast_ratio, from_rgb8};

    /// Contrast of `text` as it shows over `background` (egui blends its premultiplied colours).
    fn ratio(text: Color32, background: Color32) -> f64 {
        let srgb = |c: Color32| from_rgb8(c.r(), c.g(), c.b());
        contrast_ratio(srgb(background.blend(text)), srgb(background))
    }

    /// WCAG 2.2 AA, checked from the visuals the app sets: 4.5:1 for text (1.4.3), 3:1 for the
    /// outlines of controls and for meaningful graphics (1.4.11), on every background used.
    #[test]
    fn text_and_controls_meet_wcag_aa_contrast_in_both_themes() {
        for high_contrast in [false, true] {
            let v = visuals(high_contrast);
            let backgrounds = [
                ("panel", v.panel_fill),
                ("window", v.window_fill),
                ("striped row", v.faint_bg_color),
                ("text box", v.text_edit_bg_color()),
            ];
            let mut failures = Vec::new();
            let mut check = |what: &str, fg: Color32, bg: Color32, minimum: f64| {
                let r = ratio(fg, bg);
                if r < minimum {
                    failures.push(format!("{what}: {r:.2}:1 < {minimum}:1"));
                }
            };
            for (name, bg) in backgrounds {
                check(&format!("text on {name}"), v.text_color(), bg, 4.5);
                check(
                    &format!("weak text on {name}"),
                    v.weak_text_color(),
                    bg,
                    4.5,
                );
                check(
                    &format!("strong text on {name}"),
                    v.strong_text_color(),
                    bg,
                    4.5,
                );
                check(&format!("link on {name}"), v.hyperlink_color, bg, 4.5);
                check(&format!("notice on {name}"), WARNING, bg, 4.5);
                check(&format!("red flag on {name}"), RED_FLAG, bg, 4.5);
                check(&format!("quiz right on {name}"), RIGHT, bg, 4.5);
                check(&format!("quiz wrong on {name}"), WRONG, bg, 4.5);
            }
            let panel = v.panel_fill;
            for (name, widget) in [
                ("inactive", v.widgets.inactive),
                ("hovered", v.widgets.hovered),
                ("active", v.widgets.active),
            ] {
                let fill = panel.blend(widget.weak_bg_fill);
                check(
                    &format!("{name} button text"),
                    widget.fg_stroke.color,
                    fill,
                    4.5,
                );
                check(
                    &format!("{name} control outline"),
                    widget.bg_stroke.color,
                    panel,
                    3.0,
                );
            }
            // As egui draws a selected button's text: in the selection colour, unless an
            // override colour is set for all text.
            let style = egui::Style {
                visuals: v.clone(),
                ..Default::default()
            };
            let selected_text = v.override_text_color.unwrap_or(
                style
                    .button_style(egui::widget_style::WidgetState::Inactive, true)
                    .text_style
                    .color,
            );
            check("selected text", selected_text, v.selection.bg_fill, 4.5);
            for fill in [RIGHT_FILL, WRONG_FILL] {
                check(
                    "answered quiz button",
                    v.widgets.inactive.fg_stroke.color,
                    fill,
                    4.5,
                );
            }
            assert!(
                failures.is_empty(),
                "high contrast {high_contrast}: {failures:#?}"
            );
        }
        for (what, fg, minimum) in [
            ("presenter title", PRESENTER_TITLE, 4.5),
            ("presenter caption", PRESENTER_TEXT, 4.5),
            ("current step dot", DOT_CURRENT, 3.0),
            ("other step dot", DOT_OTHER, 3.0),
        ] {
            let r = ratio(fg, PRESENTER_BAR);
            assert!(r >= minimum, "{what}: {r:.2}:1");
        }
    }
}
