//! The presenter view: the model full screen with the step's title and a large caption, progress
//! dots, big previous/next buttons for touch screens, a pen to draw on the view, the handout
//! button and, when a clinic is configured, "Make an appointment". A function of the tour, the
//! position and the pen, so it is tested without a window.

use bevy_egui::egui;

use crate::core::clinic::ClinicSettings;
use crate::core::overlay::Overlay;
use crate::core::tour::{Tour, TourPosition};
use crate::ui::Words;
use crate::ui::theme::{DOT_CURRENT, DOT_OTHER, PRESENTER_BAR, PRESENTER_TEXT, PRESENTER_TITLE};

/// What the presenter asked for this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum PresenterAction {
    Next,
    Previous,
    /// A progress dot: 0-based step.
    GoTo(usize),
    Exit,
    Handout,
    /// Fill the screen (or go back to a window).
    ToggleFullscreen,
}

/// Strokes drawn with the pen, in egui points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pen {
    pub on: bool,
    pub strokes: Vec<Vec<egui::Pos2>>,
}

impl Pen {
    pub fn clear(&mut self) {
        self.strokes.clear();
    }
}

/// Everything the presenter shows.
pub struct PresenterScreen<'a> {
    pub tour: &'a Tour,
    pub position: &'a TourPosition,
    pub clinic: Option<&'a ClinicSettings>,
    pub overlay: Option<Overlay>,
    /// Draw for a handout picture: no buttons, the clinic and the disclaimer in the footer.
    pub handout: bool,
    /// Whether the window fills the screen.
    pub fullscreen: bool,
}

/// The action asked for, and the points the top and bottom bars take from the view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PresenterOutput {
    pub action: Option<PresenterAction>,
    pub top: f32,
    pub bottom: f32,
}

const CAPTION_SIZE: f32 = 26.0;
const PEN_COLOUR: egui::Color32 = egui::Color32::from_rgb(255, 214, 10);

fn big_button(ui: &mut egui::Ui, text: &str, enabled: bool) -> bool {
    ui.add_enabled(
        enabled,
        egui::Button::new(egui::RichText::new(text).size(22.0)).min_size(egui::vec2(120.0, 48.0)),
    )
    .clicked()
}

/// Draws the presenter over `root` (the whole window).
pub fn presenter_view(
    root: &mut egui::Ui,
    screen: &PresenterScreen,
    pen: &mut Pen,
) -> PresenterOutput {
    let mut output = PresenterOutput::default();
    let position = screen.position;
    let Some(step) = screen.tour.steps.get(position.step) else {
        output.action = Some(PresenterAction::Exit);
        return output;
    };
    let ctx = root.ctx().clone();
    let typing = ctx.egui_wants_keyboard_input();
    if !typing && ctx.input(|i| i.key_pressed(egui::Key::C)) {
        pen.clear();
    }
    let bar = egui::Frame::new()
        .fill(PRESENTER_BAR.gamma_multiply(235.0 / 255.0))
        .inner_margin(egui::Margin::symmetric(18, 10));
    // Phones: the title over the buttons, the dots over Back/Next, a smaller caption.
    let narrow = root.available_width() < 700.0;
    output.top = egui::Panel::top("presenter_top")
        .frame(bar)
        .resizable(false)
        .show_inside(root, |ui| {
            let heading = |ui: &mut egui::Ui| {
                ui.label(egui::RichText::new(&screen.tour.title).size(20.0).strong());
                let step_of = ui.tf(
                    "presenter-step-of",
                    &[
                        ("step", ((position.step + 1) as i64).into()),
                        ("total", (position.steps as i64).into()),
                    ],
                );
                ui.label(egui::RichText::new(step_of).size(18.0).weak());
            };
            if narrow {
                ui.horizontal_wrapped(heading);
                ui.horizontal_wrapped(|ui| top_controls(ui, screen, pen, &mut output));
            } else {
                ui.horizontal(|ui| {
                    heading(ui);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        top_controls(ui, screen, pen, &mut output);
                    });
                });
            }
        })
        .response
        .rect
        .height();
    // With large text on a small screen the caption scrolls rather than covering the leg (a
    // handout shows it whole).
    let caption_room = if screen.handout {
        f32::INFINITY
    } else {
        root.available_height() * 0.3
    };
    output.bottom = egui::Panel::bottom("presenter_caption")
        .frame(bar)
        .resizable(false)
        .show_inside(root, |ui| {
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .id_salt("presenter_caption_text")
                .max_height(caption_room)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    ui.label(
                        egui::RichText::new(&step.title)
                            .size(22.0)
                            .strong()
                            .color(PRESENTER_TITLE),
                    );
                    ui.add_space(2.0);
                    ui.label(
                        egui::RichText::new(&step.caption)
                            .size(if narrow { 21.0 } else { CAPTION_SIZE })
                            .color(PRESENTER_TEXT),
                    );
                    if let Some(overlay) = screen.overlay {
                        let legend = ui.t(&overlay.legend_key());
                        ui.label(egui::RichText::new(legend).size(16.0).italics());
                    }
                });
            ui.add_space(8.0);
            if screen.handout {
                let footer = ui.t("presenter-handout-footer");
                ui.label(egui::RichText::new(footer).size(14.0).weak());
                return;
            }
            if narrow {
                ui.vertical_centered(|ui| {
                    ui.horizontal(|ui| progress_dots(ui, screen, &mut output));
                });
            }
            let back = ui.t("presenter-back");
            let next = if position.is_last() {
                ui.t("presenter-done")
            } else {
                ui.t("presenter-next")
            };
            ui.horizontal(|ui| {
                if big_button(ui, &back, position.step > 0) {
                    output.action = Some(PresenterAction::Previous);
                }
                if !narrow {
                    // Progress dots in the middle, one per step; the current one filled.
                    let dots_width = position.steps as f32 * 26.0;
                    let room = ui.available_width() - 132.0;
                    ui.add_space(((room - dots_width) / 2.0).max(8.0));
                    progress_dots(ui, screen, &mut output);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if big_button(ui, &next, true) {
                        output.action = Some(if position.is_last() {
                            PresenterAction::Exit
                        } else {
                            PresenterAction::Next
                        });
                    }
                });
            });
        })
        .response
        .rect
        .height();
    draw_pen(root, pen, screen.handout);
    output
}

/// The buttons of the top bar: end, handout, pen, and the clinic's booking link; in a handout
/// picture, the clinic's name and contact instead.
fn top_controls(
    ui: &mut egui::Ui,
    screen: &PresenterScreen,
    pen: &mut Pen,
    output: &mut PresenterOutput,
) {
    if screen.handout {
        if let Some(clinic) = screen.clinic {
            let line = clinic_line(ui, clinic);
            ui.label(egui::RichText::new(line).size(16.0));
        }
        return;
    }
    let (end, end_hint) = (ui.t("presenter-end"), ui.t("presenter-end-hover"));
    if ui
        .button(egui::RichText::new(end).size(18.0))
        .on_hover_text(end_hint)
        .clicked()
    {
        output.action = Some(PresenterAction::Exit);
    }
    let (handout, handout_hint) = (ui.t("presenter-handout"), ui.t("presenter-handout-hover"));
    if ui
        .button(egui::RichText::new(handout).size(18.0))
        .on_hover_text(handout_hint)
        .clicked()
    {
        output.action = Some(PresenterAction::Handout);
    }
    let (label, hint) = if screen.fullscreen {
        (ui.t("presenter-window"), ui.t("presenter-window-hover"))
    } else {
        (
            ui.t("presenter-full-screen"),
            ui.t("presenter-full-screen-hover"),
        )
    };
    if ui
        .button(egui::RichText::new(label).size(18.0))
        .on_hover_text(hint)
        .clicked()
    {
        output.action = Some(PresenterAction::ToggleFullscreen);
    }
    if !pen.strokes.is_empty() {
        let (clear, clear_hint) = (ui.t("presenter-clear"), ui.t("presenter-clear-hover"));
        if ui
            .button(egui::RichText::new(clear).size(18.0))
            .on_hover_text(clear_hint)
            .clicked()
        {
            pen.clear();
        }
    }
    let (pen_label, pen_hint) = (ui.t("presenter-pen"), ui.t("presenter-pen-hover"));
    ui.toggle_value(&mut pen.on, egui::RichText::new(pen_label).size(18.0))
        .on_hover_text(pen_hint);
    if let Some(clinic) = screen.clinic
        && let Some(link) = &clinic.appointment_link
    {
        let (book, book_hint) = (ui.t("presenter-appointment"), clinic_line(ui, clinic));
        ui.hyperlink_to(egui::RichText::new(book).size(18.0), link)
            .on_hover_text(book_hint);
    }
}

/// The clinic's name and contact on one line.
fn clinic_line(ui: &egui::Ui, clinic: &ClinicSettings) -> String {
    ui.tf(
        "presenter-clinic",
        &[
            ("name", clinic.name.as_str().into()),
            ("contact", clinic.contact.as_str().into()),
        ],
    )
}

/// A dot per step, the current one filled.
fn progress_dots(ui: &mut egui::Ui, screen: &PresenterScreen, output: &mut PresenterOutput) {
    let position = screen.position;
    for index in 0..position.steps {
        let title = screen
            .tour
            .steps
            .get(index)
            .map_or("", |s| s.title.as_str());
        if progress_dot(ui, index, index == position.step, title) {
            output.action = Some(PresenterAction::GoTo(index));
        }
    }
}

/// One progress dot, filled for the current step; a click on another goes there.
fn progress_dot(ui: &mut egui::Ui, index: usize, current: bool, title: &str) -> bool {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(26.0, 26.0), egui::Sense::click());
    let label = ui.tf(
        "presenter-go-to-step",
        &[("step", ((index + 1) as i64).into())],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &label));
    let colour = if current || response.hovered() {
        DOT_CURRENT
    } else {
        DOT_OTHER
    };
    if current {
        ui.painter().circle_filled(rect.center(), 7.0, colour);
    } else {
        ui.painter()
            .circle_stroke(rect.center(), 6.0, egui::Stroke::new(2.0, colour));
    }
    let clicked = response.clicked() && !current;
    let hint = ui.tf(
        "presenter-dot-hover",
        &[
            ("step", ((index + 1) as i64).into()),
            ("title", title.into()),
        ],
    );
    response.on_hover_text(hint);
    clicked
}

/// The pen: while on, drags over the view draw strokes (and the camera stays still, as egui has
/// the pointer); the strokes are drawn on top whether or not the pen is on.
fn draw_pen(root: &mut egui::Ui, pen: &mut Pen, handout: bool) {
    let view = root.available_rect_before_wrap();
    if pen.on && !handout {
        let response = root.allocate_rect(view, egui::Sense::drag());
        if response.drag_started() {
            pen.strokes.push(Vec::new());
        }
        if response.dragged()
            && let (Some(point), Some(stroke)) =
                (response.interact_pointer_pos(), pen.strokes.last_mut())
            && stroke.last().is_none_or(|last| last.distance(point) > 1.5)
        {
            stroke.push(point);
        }
        root.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }
    let painter = root
        .ctx()
        .layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::new("pen"),
        ))
        .with_clip_rect(view);
    for stroke in &pen.strokes {
        painter.add(egui::Shape::line(
            stroke.clone(),
            egui::Stroke::new(5.0, PEN_COLOUR),
        ));
    }
}
