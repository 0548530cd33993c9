//! What every panel shares: egui's set-up (fonts, clicks), the UI settings (text size, which
//! panels are open, the words register, x-ray opacity), the space panels take from the view
//! ([`ScenePanels`]) and the order panels are drawn in ([`UiPass`]). Each feature draws its own
//! panel beside its own code; egui draws through the 3D camera (`explore::camera`).

use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiContexts, EguiPreUpdateSet, EguiPrimaryContextPass, egui};

use crate::core::content::Register;
use crate::core::quality::Quality;
use crate::core::reduced_motion::MotionChoice;
use crate::core::view_state::ViewState;
use crate::data::{LANGUAGE_NAMES, LOCALES};
use crate::launch::LaunchConfig;
use crate::settings::Settings;

mod clicks;
pub mod fonts;
pub mod theme;
pub mod words;
pub use theme::{RED_FLAG, WARNING};
pub use words::Words;

pub(super) fn plugin(app: &mut App) {
    // Before a new context's first pass, which takes the fonts set before it.
    app.add_systems(
        PreUpdate,
        set_up_new_contexts
            .after(EguiPreUpdateSet::InitContexts)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.init_resource::<UiSettings>()
        .init_resource::<ScenePanels>()
        .configure_sets(
            EguiPrimaryContextPass,
            (
                UiPass::Begin,
                UiPass::LeftPanel,
                UiPass::RightPanel,
                UiPass::BottomPanel,
                UiPass::Windows,
                UiPass::Overlays,
            )
                .chain(),
        )
        .add_systems(Startup, load_choices)
        .add_systems(Update, remember_choices)
        .add_systems(
            EguiPrimaryContextPass,
            (begin_frame, apply_theme, words::install_strings).in_set(UiPass::Begin),
        );
}

/// The order panels are laid out in each frame: side panels take their space before the
/// bottom panel, windows and labels float over what is left.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiPass {
    Begin,
    LeftPanel,
    RightPanel,
    BottomPanel,
    Windows,
    Overlays,
}

/// Text and control size: 75 % to 200 % (WCAG 1.4.4 asks for 200 %).
pub const UI_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// Settings of the panels themselves (not of what they show, which is the view state).
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct UiSettings {
    /// Text and control size, within [`UI_SCALE_RANGE`].
    pub ui_scale: f32,
    /// `None` until the first frame decides from the screen width.
    pub side_open: Option<bool>,
    /// Likewise for the "Learn" panel, open at the start on wide screens.
    pub learn_open: Option<bool>,
    pub register: Register,
    /// Opacity of the faded structures in x-ray mode (0.05 to 0.6).
    pub xray_opacity: f32,
    pub help_open: bool,
    pub search: String,
    /// Rendering quality (auto: high on a GPU, low on a software renderer).
    pub quality: Quality,
    /// White on black, bright outlines (remembered).
    pub high_contrast: bool,
    /// Reduced motion: the user's choice (remembered) and the system's preference.
    pub motion: MotionChoice,
    pub system_prefers_reduced_motion: bool,
}

impl UiSettings {
    /// Whether motion is reduced now (the choice, or the system's preference on "auto").
    pub fn reduce_motion(&self) -> bool {
        self.motion.reduces(self.system_prefers_reduced_motion)
    }
}

impl Default for UiSettings {
    fn default() -> Self {
        Self {
            ui_scale: 1.0,
            side_open: None,
            learn_open: None,
            register: Register::Plain,
            xray_opacity: 0.15,
            help_open: false,
            search: String::new(),
            quality: Quality::Auto,
            high_contrast: false,
            motion: MotionChoice::Auto,
            system_prefers_reduced_motion: false,
        }
    }
}

/// From this width (logical pixels) the "Learn" panel is open at the start.
pub const WIDE_SCREEN: f32 = 1100.0;

/// Below this width (logical pixels) side panels start folded and cover the view when open.
pub const NARROW_SCREEN: f32 = 720.0;

/// Logical pixels the egui panels take from each side of the window; the 3D view gets the
/// rest. Rebuilt each frame by the panels as they are drawn.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct ScenePanels {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    /// Where the buttons that open the folded panels end, floating over the view's top left
    /// (what else floats there goes below them on a narrow screen).
    pub open_buttons_bottom: f32,
}

/// What every egui context of the app gets: its fonts and its tolerance of slow frames.
pub fn set_up_context(ctx: &egui::Context) {
    ctx.set_fonts(fonts::definitions());
    clicks::tolerate_slow_frames(ctx);
}

fn set_up_new_contexts(mut contexts: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut context in &mut contexts {
        set_up_context(context.get_mut());
    }
}

/// Setting keys of the choices the settings panel remembers.
const QUALITY_KEY: &str = "quality";
const HIGH_CONTRAST_KEY: &str = "high_contrast";
const MOTION_KEY: &str = "motion";
const TEXT_SIZE_KEY: &str = "text_size";

/// The text size a settings file may hold: a finite number in the slider's range.
fn text_size_from(text: &str) -> Option<f32> {
    text.trim()
        .parse::<f32>()
        .ok()
        .filter(|scale| UI_SCALE_RANGE.contains(scale))
}

/// The remembered choices, and the system's motion preference from the launch.
fn load_choices(
    settings: Res<Settings>,
    config: Option<Res<LaunchConfig>>,
    mut ui_settings: ResMut<UiSettings>,
) {
    ui_settings.quality = settings
        .get(QUALITY_KEY)
        .and_then(Quality::from_name)
        .unwrap_or_default();
    ui_settings.high_contrast = settings.get(HIGH_CONTRAST_KEY) == Some("yes");
    ui_settings.motion = settings
        .get(MOTION_KEY)
        .and_then(MotionChoice::from_name)
        .unwrap_or_default();
    let asked = config.as_ref().and_then(|c| c.text_size);
    if let Some(scale) = asked.or_else(|| settings.get(TEXT_SIZE_KEY).and_then(text_size_from)) {
        ui_settings.ui_scale = scale;
    }
    ui_settings.system_prefers_reduced_motion =
        config.is_some_and(|c| c.system_prefers_reduced_motion);
}

/// Remembers a choice once the user changes it.
fn remember_choices(
    ui_settings: Res<UiSettings>,
    mut settings: ResMut<Settings>,
    mouse: Option<Res<ButtonInput<MouseButton>>>,
    touches: Option<Res<Touches>>,
    mut last: Local<Option<(Quality, bool, MotionChoice, f32)>>,
    mut text_size_unsaved: Local<bool>,
) {
    let now = (
        ui_settings.quality,
        ui_settings.high_contrast,
        ui_settings.motion,
        ui_settings.ui_scale,
    );
    let Some(before) = last.replace(now) else {
        return;
    };
    if before.0 != now.0 {
        settings.set(QUALITY_KEY, now.0.name());
    }
    if before.1 != now.1 {
        settings.set(HIGH_CONTRAST_KEY, if now.1 { "yes" } else { "no" });
    }
    if before.2 != now.2 {
        settings.set(MOTION_KEY, now.2.name());
    }
    *text_size_unsaved |= before.3 != now.3;
    // Dragging the text-size slider changes the size every frame: the file is written once,
    // when the slider is let go, not on every frame of the drag.
    let dragging = mouse.is_some_and(|mouse| mouse.pressed(MouseButton::Left))
        || touches.is_some_and(|touches| touches.iter().next().is_some());
    if *text_size_unsaved && !dragging {
        settings.set(TEXT_SIZE_KEY, &format!("{:.2}", now.3));
        *text_size_unsaved = false;
    }
}

/// The panels' theme (always dark, whatever the system prefers: the contrast is checked for
/// this one), normal or high contrast.
fn apply_theme(
    mut contexts: EguiContexts,
    ui_settings: Res<UiSettings>,
    mut applied: Local<Option<bool>>,
) -> Result {
    let wanted = ui_settings.high_contrast;
    if *applied == Some(wanted) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_theme(egui::Theme::Dark);
    ctx.set_visuals_of(egui::Theme::Dark, theme::visuals(wanted));
    *applied = Some(wanted);
    Ok(())
}

/// Text size, first-frame panel choices, and a clean slate for the panels' space.
/// Until the user opens or closes a panel, which panels are open follows the screen's width
/// (and the text size): a browser's canvas is sized after the first frames, a phone turns, a
/// larger text makes a laptop screen narrow.
fn begin_frame(
    mut contexts: EguiContexts,
    mut settings: ResMut<UiSettings>,
    mut panels: ResMut<ScenePanels>,
    mut chosen_for_width: Local<Option<(bool, bool)>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - settings.ui_scale).abs() > 1e-3 {
        ctx.set_zoom_factor(settings.ui_scale);
    }
    let width = ctx.viewport_rect().width();
    touch_sized(ctx, width < NARROW_SCREEN);
    let for_width = (width >= NARROW_SCREEN, width >= WIDE_SCREEN);
    let untouched = match *chosen_for_width {
        None => settings.side_open.is_none() && settings.learn_open.is_none(),
        Some((side, learn)) => {
            settings.side_open == Some(side) && settings.learn_open == Some(learn)
        }
    };
    if !untouched {
        *chosen_for_width = None;
        let settings = settings.bypass_change_detection();
        settings.side_open.get_or_insert(for_width.0);
        settings.learn_open.get_or_insert(for_width.1);
    } else if *chosen_for_width != Some(for_width) {
        *chosen_for_width = Some(for_width);
        let settings = settings.bypass_change_detection();
        settings.side_open = Some(for_width.0);
        settings.learn_open = Some(for_width.1);
    }
    *panels.bypass_change_detection() = ScenePanels::default();
    Ok(())
}

/// Whether the screen is phone-narrow (panels cover the view instead of squeezing it).
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.viewport_rect().width() < NARROW_SCREEN
}

/// A root to lay a panel out in: the window minus what earlier panels took this frame.
pub fn panel_root(ctx: &egui::Context, panels: &ScenePanels, id: &'static str) -> egui::Ui {
    let screen = ctx.viewport_rect();
    let rect = egui::Rect::from_min_max(
        egui::pos2(screen.left() + panels.left, screen.top() + panels.top),
        egui::pos2(
            (screen.right() - panels.right).max(screen.left() + panels.left + 1.0),
            (screen.bottom() - panels.bottom).max(screen.top() + panels.top + 1.0),
        ),
    );
    egui::Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect),
    )
}

/// A colour scale with words under its ends and middle: what a heat map's colours mean, readable
/// without telling the colours apart. `colour_at` maps 0..=1 along the bar; `words` are
/// interface messages.
pub fn colour_scale(ui: &mut egui::Ui, colour_at: fn(f32) -> [f32; 3], words: [&str; 3]) {
    let words = words.map(|key| ui.t(key));
    const STEPS: usize = 32;
    let width = ui.available_width().min(260.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 12.0), egui::Sense::hover());
    let painter = ui.painter();
    for step in 0..STEPS {
        let [r, g, b] = colour_at((step as f32 + 0.5) / STEPS as f32);
        let left = rect.left() + rect.width() * step as f32 / STEPS as f32;
        let right = rect.left() + rect.width() * (step + 1) as f32 / STEPS as f32;
        painter.rect_filled(
            egui::Rect::from_x_y_ranges(left..=right, rect.y_range()),
            0.0,
            egui::Color32::from_rgb(
                (r * 255.0).round() as u8,
                (g * 255.0).round() as u8,
                (b * 255.0).round() as u8,
            ),
        );
    }
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        ui.columns(3, |columns| {
            columns[0].label(egui::RichText::new(&words[0]).small());
            columns[1].vertical_centered(|ui| ui.label(egui::RichText::new(&words[1]).small()));
            columns[2].with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                ui.label(egui::RichText::new(&words[2]).small())
            });
        });
    });
}

/// The language switch: each language named in itself, so a reader finds theirs whatever
/// language is showing. Choosing one is a view state change (`lang=`), remembered.
pub fn language_choice(ui: &mut egui::Ui, view: &mut ViewState) {
    if LOCALES.len() < 2 {
        return;
    }
    let showing = ui.strings().locale().to_owned();
    ui.horizontal_wrapped(|ui| {
        ui.label(ui.t("settings-language"));
        let strings = ui.strings();
        for (code, name) in LOCALES.iter().zip(LANGUAGE_NAMES) {
            // From the language files, so the pseudo-locale marks it too.
            let name = strings.mark((*name).to_owned());
            if ui.selectable_label(showing == *code, name).clicked() {
                view.lang = Some((*code).to_owned());
            }
        }
    });
}

/// Names a control for screen readers where its visible text does not say what it is: a
/// drop-down showing only its current choice, a one-symbol button.
pub fn name_for_screen_readers(response: &egui::Response, kind: egui::WidgetType, name: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(kind, response.enabled(), name));
}

/// A slider that writes and reads its number the language's way ("2,5" in Spanish).
pub fn with_decimals<'a>(
    ui: &egui::Ui,
    slider: egui::Slider<'a>,
    digits: usize,
) -> egui::Slider<'a> {
    let strings = ui.strings();
    slider
        .custom_formatter(move |value, _| strings.number(value, digits))
        .custom_parser(|text| text.trim().replace(',', ".").parse().ok())
}

/// The smallest control a finger can hit reliably (WCAG 2.5.5: 44 × 44 CSS pixels).
pub const TOUCH_TARGET: f32 = 44.0;

/// On a phone-sized screen every control is at least [`TOUCH_TARGET`] square; on a wider one
/// egui's compact sizes stand. Cheap to call every frame (it changes the style only when the
/// size class changes).
pub fn touch_sized(ctx: &egui::Context, narrow: bool) {
    let wanted = if narrow {
        TOUCH_TARGET
    } else {
        egui::Style::default().spacing.interact_size.y
    };
    if ctx.global_style().spacing.interact_size.y == wanted {
        return;
    }
    ctx.all_styles_mut(|style| {
        let compact = egui::Style::default().spacing;
        if narrow {
            style.spacing.interact_size = egui::vec2(TOUCH_TARGET, TOUCH_TARGET);
            // A one-letter button ("?") is as wide as it is high.
            style.spacing.button_padding = egui::vec2(16.0, 8.0);
            style.spacing.icon_width = 24.0;
            style.spacing.icon_width_inner = 12.0;
        } else {
            style.spacing.interact_size = compact.interact_size;
            style.spacing.button_padding = compact.button_padding;
            style.spacing.icon_width = compact.icon_width;
            style.spacing.icon_width_inner = compact.icon_width_inner;
        }
    });
}

/// A window's close button, right-aligned on its own row. egui's title-bar cross is not used:
/// a screen reader would announce it as "Close window" in English whatever the language.
pub fn close_button(ui: &mut egui::Ui) -> bool {
    let label = ui.t("close");
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
        ui.button(label).clicked()
    })
    .inner
}
