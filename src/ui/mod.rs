//! The egui layer: the side panel and the hover label. Panels are functions in [`panels`];
//! this plugin only wires them to the app's resources.

mod labels;
pub mod panels;
pub mod presenter;
pub mod quiz;

use bevy::camera::CameraOutputMode;
use bevy::camera::visibility::RenderLayers;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::render::render_resource::BlendState;
use bevy_egui::{
    EguiContexts, EguiGlobalSettings, EguiPrimaryContextPass, PrimaryEguiContext, egui,
};

use crate::anatomy::Atlas;
use crate::content::{
    DisclaimerAccepted, LOCALES, LearningContent, Locale, ShowMeRequest, accept_disclaimer,
    choose_locale,
};
use crate::core::content::{Register, ShowMe};
use crate::explore::appearance::{ColourBy, XrayOpacity};
use crate::explore::camera::{CameraCommand, ScenePanels};
use crate::explore::layers::Layers;
use crate::explore::selection::Hovered;
use crate::explore::shortcuts::HelpVisible;
use crate::motion::{Biomechanics, LegPose, ManualControls, Playback};
use crate::present::clinic::Clinic;
use crate::present::handout::{HandoutCapture, HandoutRequest};
use crate::present::quiz::{Quiz, QuizCommand, QuizQuestions};
use crate::present::tours::{Presenter, TourCommand, Tours};
use crate::state::{CurrentView, Notices};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UiState>()
        .init_resource::<labels::LabelsShown>()
        .init_resource::<PenDrawing>()
        .add_systems(Startup, spawn_ui_camera)
        .add_systems(
            EguiPrimaryContextPass,
            (
                draw_panels.run_if(not(presenting)),
                draw_presenter.run_if(presenting),
                draw_toolbar.run_if(not(presenting)),
                draw_quiz,
                draw_disclaimer,
                labels::draw_labels,
                draw_hover_label,
            )
                .chain(),
        );
}

/// egui draws through its own camera over the whole window, so the 3D camera can keep to the
/// part the panel leaves free.
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

/// The selected muscle's live numbers, if a muscle is selected and the model knows it.
fn readout_for(
    id: Option<&str>,
    bio: Option<&Biomechanics>,
    leg: Option<&LegPose>,
) -> Option<panels::MuscleReadout> {
    let (bio, leg) = (bio?, leg?);
    let index = bio.muscle_index(id?)?;
    let muscle = &bio.model.muscles[index];
    let state = leg.states.get(index)?;
    Some(panels::MuscleReadout {
        length_m: state.mtu_length_m,
        rest_length_m: bio.rest.get(index)?.mtu_length_m,
        fiber_fraction: state.normalized_fiber_length(muscle),
        activation: state.activation,
        force_n: state.force_n,
        force_history: leg
            .history
            .iter()
            .filter_map(|(t, states)| states.get(index).map(|s| [*t, s.force_n]))
            .collect(),
    })
}

/// Panel state that lives only in the UI: the search text, text size, whether the side panel
/// is open (it folds away on narrow screens such as phones).
#[derive(Resource, Clone, Debug)]
pub struct UiState {
    pub search: String,
    pub ui_scale: f32,
    /// `None` until the first frame decides from the screen width.
    pub side_open: Option<bool>,
    /// Likewise for the "Learn" panel, open at the start on wide screens.
    pub learn_open: Option<bool>,
    pub register: Register,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            search: String::new(),
            ui_scale: 1.0,
            side_open: None,
            learn_open: None,
            register: Register::Plain,
        }
    }
}

/// The content resources the "Learn" panel uses.
#[derive(SystemParam)]
struct LearnUi<'w> {
    content: Option<Res<'w, LearningContent>>,
    show_me: MessageWriter<'w, ShowMeRequest>,
    locale: ResMut<'w, Locale>,
}

/// The motion resources the panels read and edit.
#[derive(SystemParam)]
struct MotionUi<'w> {
    bio: Option<Res<'w, Biomechanics>>,
    leg: Option<Res<'w, LegPose>>,
    playback: ResMut<'w, Playback>,
    manual: ResMut<'w, ManualControls>,
}

/// From this width (logical pixels) the "Learn" panel is open at the start.
const WIDE_SCREEN: f32 = 1100.0;

/// Below this width (logical pixels) the side panel starts folded and overlays the view.
const NARROW_SCREEN: f32 = 720.0;

/// Links from a structure's card: the texts that show it, and the scenarios in which it is
/// driven or stretched by at least a centimetre (worked out with the muscle model).
fn related_links(
    id: Option<&str>,
    content: Option<&LearningContent>,
    bio: Option<&Biomechanics>,
) -> Vec<panels::RelatedLink> {
    let Some(id) = id else { return Vec::new() };
    let mut links = Vec::new();
    if let Some(bio) = bio
        && let Some(muscle) = bio.model.muscle(id)
    {
        let rest = bio.model.mtu_length(muscle, Default::default());
        for scenario in &bio.library.scenarios {
            let key = scenario.sample(scenario.key_time_s);
            let driven = key.excitation.get(id).is_some_and(|e| *e > 0.3);
            let stretched = bio.model.mtu_length(muscle, key.pose) - rest > 0.01;
            if driven || stretched {
                links.push(panels::RelatedLink {
                    label: format!("▶ {}", scenario.title),
                    show_me: vec![ShowMe::Play(scenario.id.clone())],
                });
            }
        }
    }
    if let Some(content) = content {
        for item in content.0.items() {
            let mentions = item.show_me.iter().any(|link| match link {
                ShowMe::Select(s) => s == id,
                ShowMe::Spotlight(list) => list.iter().any(|s| s == id),
                _ => false,
            });
            if mentions {
                links.push(panels::RelatedLink {
                    label: format!("📖 {}", item.title),
                    show_me: item.show_me.clone(),
                });
            }
        }
    }
    links
}

/// The card's related links, worked out again only when the selection or the data change (they
/// simulate every scenario's key moment).
#[derive(Default)]
struct RelatedCache {
    /// (selection, content language, model loaded)
    key: Option<(Option<String>, Option<String>, bool)>,
    links: Vec<panels::RelatedLink>,
}

impl RelatedCache {
    fn get(
        &mut self,
        id: Option<&str>,
        content: Option<&LearningContent>,
        bio: Option<&Biomechanics>,
    ) -> &[panels::RelatedLink] {
        let key = Some((
            id.map(str::to_owned),
            content.map(|c| c.0.locale.clone()),
            bio.is_some(),
        ));
        if self.key != key {
            self.links = related_links(id, content, bio);
            self.key = key;
        }
        &self.links
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_panels(
    mut contexts: EguiContexts,
    atlas: Option<Res<Atlas>>,
    notices: Res<Notices>,
    mut view: ResMut<CurrentView>,
    mut layers: ResMut<Layers>,
    mut panels: ResMut<ScenePanels>,
    motion: MotionUi,
    learn: LearnUi,
    mut ui_state: ResMut<UiState>,
    mut xray: ResMut<XrayOpacity>,
    mut help: ResMut<HelpVisible>,
    mut labels_shown: ResMut<labels::LabelsShown>,
    mut colour_by: ResMut<ColourBy>,
    mut camera: MessageWriter<CameraCommand>,
    mut related_cache: Local<RelatedCache>,
) -> Result {
    let MotionUi {
        bio,
        leg,
        mut playback,
        mut manual,
    } = motion;
    let ctx = contexts.ctx_mut()?;
    apply_text_size(ctx, ui_state.ui_scale);
    let screen = ctx.viewport_rect();
    let narrow = screen.width() < NARROW_SCREEN;
    let side_open = *ui_state.side_open.get_or_insert(!narrow);
    let learn_open = *ui_state
        .learn_open
        .get_or_insert(screen.width() >= WIDE_SCREEN);
    let LearnUi {
        content,
        mut show_me,
        mut locale,
    } = learn;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(screen),
    );
    // Edit copies, so change detection fires only on real changes.
    let mut state = view.0.clone();
    let mut new_layers = layers.clone();
    let mut controls = panels::PanelControls {
        search: ui_state.search.clone(),
        xray_opacity: xray.0,
        ui_scale: ui_state.ui_scale,
        help_open: help.0,
        labels: labels_shown.0,
        learn_open,
        colour_by: *colour_by,
    };
    let mut requests = panels::PanelRequests::default();
    let extras = panels::CardExtras {
        readout: readout_for(state.select.as_deref(), bio.as_deref(), leg.as_deref()),
        related: related_cache
            .get(state.select.as_deref(), content.as_deref(), bio.as_deref())
            .to_vec(),
    };
    let mut left = 0.0;
    if side_open {
        left = egui::Panel::left("side_panel")
            .resizable(true)
            .default_size(if narrow { screen.width() * 0.85 } else { 330.0 })
            .size_range(200.0..=(screen.width() * 0.9).max(210.0))
            .show_inside(&mut root, |ui| {
                if narrow && ui.button("🗙 Close").clicked() {
                    ui_state.side_open = Some(false);
                }
                requests = panels::side_panel(
                    ui,
                    atlas.as_deref().map(|a| &a.0),
                    &notices.0,
                    &mut state,
                    &mut new_layers,
                    &mut controls,
                    &extras,
                );
            })
            .response
            .rect
            .width();
    } else {
        egui::Area::new(egui::Id::new("open_side_panel"))
            .fixed_pos(egui::pos2(8.0, 8.0))
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    if ui.button("☰ Structures").clicked() {
                        ui_state.side_open = Some(true);
                    }
                    // With the side panel folded, its "Learn" toggle is out of reach.
                    if !learn_open && ui.button("📖 Learn").clicked() {
                        controls.learn_open = true;
                    }
                });
            });
    }
    let mut right = 0.0;
    if let (true, Some(content)) = (learn_open, content.as_deref()) {
        let mut register = ui_state.register;
        right = egui::Panel::right("learn_panel")
            .resizable(true)
            .default_size(if narrow { screen.width() * 0.9 } else { 360.0 })
            .size_range(220.0..=(screen.width() * 0.95).max(230.0))
            .show_inside(&mut root, |ui| {
                if narrow && ui.button("🗙 Close").clicked() {
                    controls.learn_open = false;
                }
                // A language folder more than English: offer the choice.
                if LOCALES.len() > 1 {
                    ui.horizontal(|ui| {
                        ui.label("Language");
                        for code in LOCALES {
                            if ui
                                .selectable_label(locale.0 == *code, code.to_uppercase())
                                .clicked()
                            {
                                choose_locale(&mut locale, code);
                            }
                        }
                    });
                }
                let playing = playback.scenario.as_deref().map(|id| (id, playback.time_s));
                if let Some(links) = panels::learn_panel(ui, &content.0, &mut register, playing) {
                    show_me.write(ShowMeRequest(links));
                }
            })
            .response
            .rect
            .width();
        ui_state.register = register;
    }
    let mut bottom = 0.0;
    if let Some(bio) = bio.as_deref() {
        let mut new_playback = playback.clone();
        let mut new_manual = manual.clone();
        bottom = egui::Panel::bottom("motion_panel")
            .resizable(false)
            .show_inside(&mut root, |ui| {
                ui.add_space(4.0);
                let muscles: Vec<&str> = bio.model.muscles.iter().map(|m| m.id.as_str()).collect();
                panels::motion_panel(
                    ui,
                    &bio.library,
                    &muscles,
                    &mut new_playback,
                    &mut new_manual,
                    leg.as_deref().and_then(|l| l.caption.as_deref()),
                );
                ui.add_space(2.0);
            })
            .response
            .rect
            .height();
        playback.set_if_neq(new_playback);
        manual.set_if_neq(new_manual);
    }
    panels::help_window(ctx, &mut controls.help_open);
    if state != view.0 {
        view.0 = state;
    }
    if let Some(command) = requests.camera {
        camera.write(command);
    }
    if let Some(links) = requests.show_me {
        show_me.write(ShowMeRequest(links));
    }
    layers.set_if_neq(new_layers);
    ui_state.search = controls.search;
    ui_state.learn_open = Some(controls.learn_open);
    ui_state.ui_scale = controls.ui_scale;
    xray.set_if_neq(XrayOpacity(controls.xray_opacity));
    help.set_if_neq(HelpVisible(controls.help_open));
    labels_shown.set_if_neq(labels::LabelsShown(controls.labels));
    colour_by.set_if_neq(controls.colour_by);
    // On a narrow screen the open panel covers the view rather than squeezing it.
    panels.set_if_neq(ScenePanels {
        left: if narrow { 0.0 } else { left },
        right: if narrow { 0.0 } else { right },
        bottom,
        ..default()
    });
    Ok(())
}

/// The name of the structure under the pointer, next to the pointer.
fn draw_hover_label(
    mut contexts: EguiContexts,
    hovered: Res<Hovered>,
    atlas: Option<Res<Atlas>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(id), Some(atlas)) = (hovered.0.as_deref(), atlas) else {
        return Ok(());
    };
    let (Some(structure), Some(pointer)) = (atlas.0.structure(id), ctx.pointer_hover_pos()) else {
        return Ok(());
    };
    if ctx.is_pointer_over_egui() {
        return Ok(());
    }
    egui::Area::new(egui::Id::new("hover_label"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + egui::vec2(16.0, 12.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(egui::Color32::from_black_alpha(200))
                .corner_radius(4.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(&structure.name).color(egui::Color32::WHITE));
                });
        });
    Ok(())
}

/// The text size setting, applied to egui only when it changed.
fn apply_text_size(ctx: &egui::Context, scale: f32) {
    if (ctx.zoom_factor() - scale).abs() > 1e-3 {
        ctx.set_zoom_factor(scale);
    }
}

/// Whether a tour is being presented (the presenter view replaces the panels).
fn presenting(presenter: Res<Presenter>) -> bool {
    presenter.position.is_some()
}

/// The presenter's pen strokes (kept while the step stays the same).
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct PenDrawing(pub presenter::Pen);

/// The tour resources the presenter view reads and drives.
#[derive(SystemParam)]
struct PresenterUi<'w, 's> {
    tours: Option<Res<'w, Tours>>,
    presenter: Res<'w, Presenter>,
    clinic: Res<'w, Clinic>,
    handout: Res<'w, HandoutCapture>,
    tour_commands: MessageWriter<'w, TourCommand>,
    handout_requests: MessageWriter<'w, HandoutRequest>,
    windows: Query<'w, 's, &'static mut Window, With<bevy::window::PrimaryWindow>>,
}

fn draw_presenter(
    mut contexts: EguiContexts,
    view: Res<CurrentView>,
    ui_state: Res<UiState>,
    mut present: PresenterUi,
    mut pen: ResMut<PenDrawing>,
    mut panels: ResMut<ScenePanels>,
    mut last_step: Local<Option<(String, usize)>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    apply_text_size(ctx, ui_state.ui_scale);
    let (Some(tours), Some(position)) = (
        present.tours.as_deref(),
        present.presenter.position.as_ref(),
    ) else {
        return Ok(());
    };
    let Some(tour) = tours.0.get(&position.tour) else {
        present.tour_commands.write(TourCommand::Stop);
        return Ok(());
    };
    // A new step is a new picture: the drawing on the last one goes.
    let here = Some((position.tour.clone(), position.step));
    if *last_step != here {
        pen.0.clear();
        *last_step = here;
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        "presenter_root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let screen = presenter::PresenterScreen {
        tour,
        position,
        clinic: present.clinic.0.as_ref(),
        overlay: view.0.overlay,
        handout: present.handout.in_progress(),
        fullscreen: present
            .windows
            .single()
            .is_ok_and(|w| w.mode != bevy::window::WindowMode::Windowed),
    };
    let output = presenter::presenter_view(&mut root, &screen, &mut pen.0);
    match output.action {
        Some(presenter::PresenterAction::Next) => {
            present.tour_commands.write(TourCommand::Go(1));
        }
        Some(presenter::PresenterAction::Previous) => {
            present.tour_commands.write(TourCommand::Go(-1));
        }
        Some(presenter::PresenterAction::GoTo(step)) => {
            present.tour_commands.write(TourCommand::GoTo(step));
        }
        Some(presenter::PresenterAction::Exit) => {
            present.tour_commands.write(TourCommand::Stop);
        }
        Some(presenter::PresenterAction::ToggleFullscreen) => {
            if let Ok(mut window) = present.windows.single_mut() {
                window.mode = if window.mode == bevy::window::WindowMode::Windowed {
                    bevy::window::WindowMode::BorderlessFullscreen(
                        bevy::window::MonitorSelection::Current,
                    )
                } else {
                    bevy::window::WindowMode::Windowed
                };
            }
        }
        Some(presenter::PresenterAction::Handout) => {
            present.handout_requests.write(HandoutRequest(
                crate::present::handout::handout_file_name(&position.tour, position.step + 1),
            ));
        }
        None => {}
    }
    panels.set_if_neq(ScenePanels {
        top: output.top,
        bottom: output.bottom,
        ..default()
    });
    Ok(())
}

/// Buttons over the top right of the view: present a tour, open the quiz; and the legend of the
/// overlay shown, if any.
// A Bevy system takes what it reads; grouping would only hide it.
#[allow(clippy::too_many_arguments)]
fn draw_toolbar(
    mut contexts: EguiContexts,
    tours: Option<Res<Tours>>,
    quiz_questions: Option<Res<QuizQuestions>>,
    quiz: Res<Quiz>,
    panels: Res<ScenePanels>,
    mut view: ResMut<CurrentView>,
    mut tour_commands: MessageWriter<TourCommand>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let screen = ctx.viewport_rect();
    egui::Area::new(egui::Id::new("toolbar"))
        .pivot(egui::Align2::RIGHT_TOP)
        .fixed_pos(egui::pos2(screen.right() - panels.right - 8.0, 8.0))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if let Some(tours) = tours.as_deref() {
                    ui.menu_button("🎬 Present", |ui| {
                        ui.label(egui::RichText::new("Guided tours, full screen").weak());
                        for tour in &tours.0.tours {
                            let label = format!("{} ({})", tour.title, tour.audience.label());
                            if ui.button(label).on_hover_text(&tour.summary).clicked() {
                                tour_commands.write(TourCommand::Start {
                                    tour: tour.id.clone(),
                                    step: None,
                                });
                            }
                        }
                    });
                }
                if quiz_questions.is_some() && ui.selectable_label(quiz.open, "❓ Quiz").clicked()
                {
                    quiz_commands.write(if quiz.open {
                        QuizCommand::Close
                    } else {
                        QuizCommand::Open
                    });
                }
            });
        });
    if let Some(overlay) = view.0.overlay {
        let mut close = false;
        egui::Area::new(egui::Id::new("overlay_legend"))
            .pivot(egui::Align2::CENTER_BOTTOM)
            .fixed_pos(egui::pos2(
                (screen.left() + panels.left + screen.right() - panels.right) / 2.0,
                screen.bottom() - panels.bottom - 8.0,
            ))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(
                        (screen.width() - panels.left - panels.right - 40.0).clamp(200.0, 460.0),
                    );
                    ui.label(overlay.legend());
                    close = ui.small_button("🗙 Hide (Esc)").clicked();
                });
            });
        if close {
            view.0.overlay = None;
        }
    }
    Ok(())
}

fn draw_quiz(
    mut contexts: EguiContexts,
    quiz: Res<Quiz>,
    bank: Option<Res<QuizQuestions>>,
    atlas: Option<Res<Atlas>>,
    panels: Res<ScenePanels>,
    mut quiz_commands: MessageWriter<QuizCommand>,
) -> Result {
    let (true, Some(bank), Some(round)) = (quiz.open, bank.as_deref(), quiz.round.as_ref()) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let name_of = |id: &str| {
        atlas
            .as_deref()
            .and_then(|a| a.0.structure(id))
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let mut open = true;
    let screen = ctx.viewport_rect();
    egui::Window::new("❓ Quiz")
        .open(&mut open)
        .resizable(false)
        .collapsible(true)
        .default_width(340.0)
        .default_pos(egui::pos2(screen.right() - panels.right - 360.0, 48.0))
        .show(ctx, |ui| {
            ui.set_max_width(340.0);
            if let Some(command) = quiz::quiz_panel(ui, &bank.0, round, &quiz.progress, &name_of) {
                quiz_commands.write(command);
            }
        });
    if !open {
        quiz_commands.write(QuizCommand::Close);
    }
    Ok(())
}

/// The first-start notice, over whatever is on screen, until it is accepted.
fn draw_disclaimer(
    mut contexts: EguiContexts,
    content: Option<Res<LearningContent>>,
    mut accepted: ResMut<DisclaimerAccepted>,
) -> Result {
    if accepted.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let text = content.as_deref().map_or(
        "Cramp Explorer is for learning. It is not medical advice.",
        |c| c.0.disclaimer.as_str(),
    );
    if panels::disclaimer_window(ctx, text) {
        accept_disclaimer(&mut accepted);
    }
    Ok(())
}
