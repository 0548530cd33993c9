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
        .add_systems(Startup, spawn_ui_camera)
        .add_systems(EguiPrimaryContextPass, begin_frame.in_set(UiPass::Begin));
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

/// Amber for notices.
pub const WARNING: egui::Color32 = egui::Color32::from_rgb(0xF2, 0xB1, 0x4C);
/// Red for red flags (always with a ⚠ sign and words, never colour alone).
pub const RED_FLAG: egui::Color32 = egui::Color32::from_rgb(0xF0, 0x6A, 0x5F);

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

/// "posterior" → "Posterior".
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
