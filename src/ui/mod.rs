//! What every panel shares: the egui camera drawn over the 3D view, the UI settings (text
//! size, which panels are open, the words register, x-ray opacity), the space panels take
//! from the view ([`ScenePanels`]) and the order panels are drawn in ([`UiPass`]). Each
//! feature draws its own panel beside its own code.

use bevy::camera::CameraOutputMode;
use bevy::camera::visibility::RenderLayers;
use bevy::prelude::*;
use bevy::render::render_resource::BlendState;
use bevy_egui::{
    EguiContexts, EguiGlobalSettings, EguiPrimaryContextPass, PrimaryEguiContext, egui,
};

use crate::core::content::Register;
use crate::core::quality::Quality;
use crate::core::view_state::ViewState;
use crate::data::{LANGUAGE_NAMES, LOCALES};
use crate::settings::Settings;

pub mod theme;
pub mod words;
pub use theme::{RED_FLAG, WARNING};
pub use words::Words;

pub(super) fn plugin(app: &mut App) {
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
        .add_systems(Startup, (spawn_ui_camera, load_high_contrast))
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

/// Settings of the panels themselves (not of what they show, which is the view state).
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct UiSettings {
    /// Text and control size, 0.75 to 2.
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
}

/// egui draws through its own camera over the whole window, so the 3D camera can keep to the
/// part the panels leave free.
fn spawn_ui_camera(mut commands: Commands, settings: Option<ResMut<EguiGlobalSettings>>) {
    let Some(mut settings) = settings else { return };
    settings.auto_create_primary_context = false;
    commands.spawn((
        PrimaryEguiContext,
        Camera2d,
        RenderLayers::none(),
        Camera {
            order: 1,
            output_mode: CameraOutputMode::Write {
                blend_state: Some(BlendState::ALPHA_BLENDING),
                clear_color: ClearColorConfig::None,
            },
            clear_color: ClearColorConfig::Custom(Color::NONE),
            ..default()
        },
    ));
}

/// Setting key for the high-contrast choice.
const HIGH_CONTRAST_KEY: &str = "high_contrast";

fn load_high_contrast(settings: Res<Settings>, mut ui_settings: ResMut<UiSettings>) {
    ui_settings.high_contrast = settings.get(HIGH_CONTRAST_KEY) == Some("yes");
}

/// The panels' theme (always dark, whatever the system prefers: the contrast is checked for
/// this one), normal or high contrast; a change is remembered.
fn apply_theme(
    mut contexts: EguiContexts,
    ui_settings: Res<UiSettings>,
    mut settings: ResMut<Settings>,
    mut applied: Local<Option<bool>>,
) -> Result {
    let wanted = ui_settings.high_contrast;
    if *applied == Some(wanted) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_theme(egui::Theme::Dark);
    ctx.set_visuals_of(egui::Theme::Dark, theme::visuals(wanted));
    if applied.is_some() {
        settings.set(HIGH_CONTRAST_KEY, if wanted { "yes" } else { "no" });
    }
    *applied = Some(wanted);
    Ok(())
}

/// Text size, first-frame panel choices, and a clean slate for the panels' space.
fn begin_frame(
    mut contexts: EguiContexts,
    mut settings: ResMut<UiSettings>,
    mut panels: ResMut<ScenePanels>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - settings.ui_scale).abs() > 1e-3 {
        ctx.set_zoom_factor(settings.ui_scale);
    }
    let width = ctx.viewport_rect().width();
    if settings.side_open.is_none() || settings.learn_open.is_none() {
        let settings = settings.bypass_change_detection();
        settings.side_open.get_or_insert(width >= NARROW_SCREEN);
        settings.learn_open.get_or_insert(width >= WIDE_SCREEN);
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

/// A window's close button, right-aligned on its own row. egui's title-bar cross is not used:
/// a screen reader would announce it as "Close window" in English whatever the language.
pub fn close_button(ui: &mut egui::Ui) -> bool {
    let label = ui.t("close");
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
        ui.small_button(label).clicked()
    })
    .inner
}
