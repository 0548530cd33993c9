//! The one [`ViewState`] on screen and the one way to change it: every feature that wants
//! something else shown (the command line, the web address, a tour step, a "show me", the quiz,
//! the keyboard, the panels) writes an [`ApplyView`] message; [`apply_view`] checks it against
//! the data, puts it in [`CurrentView`] and announces it ([`ViewApplied`]) for the camera and
//! the timeline. Also the messages for the user ([`Notices`]) and the window title.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use crate::core::dataset::DEFAULT_LOCALE;
use crate::core::i18n::{Message, Strings, args};
use crate::core::tour::TourPosition;
use crate::core::view_state::ViewState;
use crate::data::{
    Atlas, DataLoading, DataProblems, DataStatus, LANGUAGE_NAMES, LOCALES, LanguageMissing, Locale,
    MotionData, Tours, UiStrings, choose_locale,
};
use crate::launch::LaunchConfig;
use crate::settings::Settings;
use crate::ui::UiSettings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notices>()
        .init_resource::<CurrentView>()
        .add_message::<ApplyView>()
        .add_message::<ViewApplied>()
        .add_systems(PreStartup, take_launch_notices)
        .add_systems(
            Update,
            (
                apply_launch_view.run_if(resource_changed::<DataStatus>),
                apply_view,
                // After the launch's view is in, so only the language changes.
                back_to_english.run_if(resource_changed::<LanguageMissing>),
            )
                .chain()
                .in_set(ViewUpdate)
                .after(DataLoading),
        )
        .add_systems(
            Update,
            (
                report_data_problems.run_if(resource_changed::<DataProblems>),
                write_window_title.after(ViewUpdate),
            ),
        );
}

/// The system that applies view changes; readers of [`CurrentView`] run after it.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ViewUpdate;

/// What is on screen, as one value. Read it anywhere; change it only with [`ApplyView`].
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct CurrentView(pub ViewState);

/// Whether a tour is being presented (the presenter view replaces the panels).
pub fn presenting(view: Res<CurrentView>) -> bool {
    view.0.tour.is_some()
}

/// Messages shown to the user in the panel, newest last.
#[derive(Resource, Clone, Debug, Default)]
pub struct Notices(pub Vec<Notice>);

impl Notices {
    /// The notices in a language.
    pub fn worded(&self, strings: &Strings) -> Vec<String> {
        self.0.iter().map(|notice| notice.word(strings)).collect()
    }
}

/// A message for the user, kept as a key and its values so it is worded when shown: it reads
/// in the language showing, and changes with it.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An interface message.
    Say(Message),
    /// A value of a link or a flag that was skipped, and why.
    LinkIgnored(Message),
    /// A data file's problem, with its file and line: for the people who write the data, in
    /// the words of the check that found it.
    DataProblem(String),
}

impl Notice {
    pub fn say(key: &'static str, values: &[(&'static str, &str)]) -> Self {
        Self::Say(Message::new(key, values))
    }

    pub fn word(&self, strings: &Strings) -> String {
        match self {
            Notice::Say(message) => strings.message(message),
            Notice::LinkIgnored(problem) => strings.message(&Message::new(
                "notice-link-ignored",
                &[("problem", &strings.message(problem))],
            )),
            Notice::DataProblem(text) => text.clone(),
        }
    }
}

/// What the camera does when a view is applied.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CameraMove {
    /// Stay where the user put it, unless the preset changed.
    #[default]
    Keep,
    /// Glide to the state's preset (or the opening view), even if it is the current one.
    Glide,
    /// Be at the state's preset at once (the launch view).
    Jump,
    /// Centre on the selected structure and come closer.
    FocusSelection,
}

/// "Put this on screen."
#[derive(Message, Clone, Debug, PartialEq)]
pub struct ApplyView {
    pub state: ViewState,
    pub camera: CameraMove,
    /// Start the scenario's clock again (a tour step, a "show me"), even if the scenario is
    /// the one already playing.
    pub restart_clock: bool,
}

impl ApplyView {
    pub fn new(state: ViewState) -> Self {
        Self {
            state,
            camera: CameraMove::Keep,
            restart_clock: false,
        }
    }

    /// The current state changed by `edit`.
    pub fn edit(current: &CurrentView, edit: impl FnOnce(&mut ViewState)) -> Self {
        let mut state = current.0.clone();
        edit(&mut state);
        Self::new(state)
    }

    pub fn with_camera(mut self, camera: CameraMove) -> Self {
        self.camera = camera;
        self
    }

    pub fn restarting(mut self) -> Self {
        self.restart_clock = true;
        self
    }
}

/// A view was applied: [`CurrentView`] holds it now.
#[derive(Message, Clone, Copy, Debug, PartialEq)]
pub struct ViewApplied {
    pub camera: CameraMove,
    pub restart_clock: bool,
}

fn take_launch_notices(config: Option<Res<LaunchConfig>>, mut notices: ResMut<Notices>) {
    if let Some(config) = config {
        notices
            .0
            .extend(config.notices.iter().cloned().map(Notice::LinkIgnored));
    }
}

/// The state a flag or link asked for, once the data it names is in.
fn apply_launch_view(
    status: Res<DataStatus>,
    config: Option<Res<LaunchConfig>>,
    mut applied_once: Local<bool>,
    mut requests: MessageWriter<ApplyView>,
) {
    if *applied_once || !status.is_ready() {
        return;
    }
    *applied_once = true;
    let state = config.map(|c| c.initial_view.clone()).unwrap_or_default();
    // Restarting: a scenario the launch names starts from its beginning, or, with reduced
    // motion, shows its key moment.
    requests.write(
        ApplyView::new(state)
            .with_camera(CameraMove::Jump)
            .restarting(),
    );
}

/// The data the view state is checked against.
#[derive(bevy::ecs::system::SystemParam)]
pub struct ViewTargets<'w> {
    atlas: Option<Res<'w, Atlas>>,
    motion: Option<Res<'w, MotionData>>,
    tours: Option<Res<'w, Tours>>,
}

impl ViewTargets<'_> {
    /// Reduced motion: the camera jumps instead of gliding, and what a "show me" or a tour
    /// step would play is shown at its end (the end of its range, else its key moment).
    fn hold_still(&self, state: &mut ViewState, camera: &mut CameraMove, restarting: bool) {
        if *camera == CameraMove::Glide {
            *camera = CameraMove::Jump;
        }
        let scenario = state
            .scenario
            .as_deref()
            .and_then(|id| self.motion.as_deref()?.scenarios.get(id));
        if let (true, None, Some(scenario)) = (restarting, state.time, scenario) {
            state.time = Some(state.range.map_or(scenario.key_time_s, |(_, to)| to));
        }
    }

    /// A state naming only a tour (and a step) opens the step as the tour shows it.
    fn expand_tour_step(&self, state: &ViewState) -> Option<ViewState> {
        let tour = self.tours.as_deref()?.0.get(state.tour.as_deref()?)?;
        let position = TourPosition::start(tour, state.step);
        let mut expanded = tour.steps.get(position.step)?.view_state();
        expanded.tour = Some(position.tour);
        expanded.step = Some(position.step + 1);
        Some(expanded)
    }

    /// Drops what the data does not have, saying so.
    fn check(&self, state: &mut ViewState) -> Vec<Notice> {
        let mut notices = Vec::new();
        if let Some(atlas) = self.atlas.as_deref() {
            let known = |id: &String| atlas.0.structure(id).is_some();
            if let Some(id) = state.select.clone()
                && !known(&id)
            {
                notices.push(Notice::say("notice-no-structure-selected", &[("id", &id)]));
                state.select = None;
            }
            for list in [&mut state.hide, &mut state.spotlight] {
                for id in list.iter().filter(|id| !known(id)) {
                    notices.push(Notice::say("notice-no-structure-ignored", &[("id", id)]));
                }
                list.retain(known);
            }
        }
        if let Some(motion) = self.motion.as_deref()
            && let Some(id) = state.scenario.clone()
        {
            match motion.scenarios.get(&id) {
                Some(scenario) => {
                    let end = scenario.duration_s();
                    if let Some(time) = state.time.as_mut() {
                        *time = time.clamp(0.0, end);
                    }
                    if let Some((from, to)) = state.range {
                        let (from, to) = (from.clamp(0.0, end), to.clamp(0.0, end));
                        state.range = (from < to).then_some((from, to));
                    }
                }
                None => {
                    notices.push(Notice::say("notice-no-scenario", &[("id", &id)]));
                    state.scenario = None;
                    state.time = None;
                    state.range = None;
                }
            }
        }
        if let Some(tours) = self.tours.as_deref()
            && let Some(id) = state.tour.clone()
        {
            match tours.0.get(&id) {
                Some(tour) => {
                    state.step = Some(TourPosition::start(tour, state.step).step + 1);
                }
                None => {
                    let ids: Vec<&str> = tours.0.tours.iter().map(|t| t.id.as_str()).collect();
                    let ids = ids.join(", ");
                    notices.push(Notice::say(
                        "notice-no-tour",
                        &[("id", &id), ("tours", &ids)],
                    ));
                    state.tour = None;
                    state.step = None;
                }
            }
        }
        notices
    }
}

/// The language, which a view state may name.
#[derive(bevy::ecs::system::SystemParam)]
struct Language<'w> {
    locale: ResMut<'w, Locale>,
    settings: ResMut<'w, Settings>,
}

/// The one place the view state changes.
fn apply_view(
    mut requests: MessageReader<ApplyView>,
    targets: ViewTargets,
    mut view: ResMut<CurrentView>,
    mut applied: MessageWriter<ViewApplied>,
    mut notices: ResMut<Notices>,
    mut language: Language,
    ui_settings: Res<UiSettings>,
) {
    for request in requests.read() {
        let mut camera = request.camera;
        let mut restart_clock = request.restart_clock;
        let mut state = request.state.clone();
        if state.is_bare_tour_step()
            && let Some(expanded) = targets.expand_tour_step(&state)
        {
            state = expanded;
            if camera == CameraMove::Keep {
                camera = CameraMove::Glide;
            }
            restart_clock = true;
        }
        notices.0.extend(targets.check(&mut state));
        if ui_settings.reduce_motion() {
            targets.hold_still(&mut state, &mut camera, restart_clock);
        }
        // A state that names no language keeps the one showing.
        match state.lang.clone() {
            Some(lang) if LOCALES.contains(&lang.as_str()) => {
                // Only a new language touches `Locale` (a change reloads the texts).
                if language.locale.0 != lang {
                    choose_locale(&mut language.locale, &mut language.settings, &lang);
                }
            }
            Some(lang) => {
                notices.0.push(Notice::say(
                    "notice-no-language",
                    &[("lang", &lang), ("languages", &LOCALES.join(", "))],
                ));
                state.lang = view.0.lang.clone();
            }
            None => state.lang = view.0.lang.clone(),
        }
        if state != view.0 || camera != CameraMove::Keep || restart_clock {
            info!("view applied: {}", state.to_query());
            view.set_if_neq(CurrentView(state));
            applied.write(ViewApplied {
                camera,
                restart_clock,
            });
        }
    }
}

/// A language whose files are not there: say so, and show English (through the view state,
/// so a link written from now on says English too).
fn back_to_english(
    missing: Res<LanguageMissing>,
    view: Res<CurrentView>,
    mut notices: ResMut<Notices>,
    mut requests: MessageWriter<ApplyView>,
) {
    let Some(lang) = missing.0.as_deref() else {
        return;
    };
    let name = LOCALES
        .iter()
        .position(|l| *l == lang)
        .map_or(lang, |i| LANGUAGE_NAMES[i]);
    notices.0.push(Notice::say(
        "notice-language-missing",
        &[("language", name)],
    ));
    requests.write(ApplyView::edit(&view, |s| {
        s.lang = Some(DEFAULT_LOCALE.to_owned());
    }));
}

fn report_data_problems(problems: Res<DataProblems>, mut notices: ResMut<Notices>) {
    notices
        .0
        .extend(problems.0.iter().cloned().map(Notice::DataProblem));
}

/// The window's (and the browser tab's) title names the tour step being presented.
fn write_window_title(
    view: Res<CurrentView>,
    tours: Option<Res<Tours>>,
    strings: Option<Res<UiStrings>>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
) {
    let Some(strings) = strings else { return };
    if !view.is_changed() && !strings.is_changed() {
        return;
    }
    let step = view
        .0
        .tour
        .as_deref()
        .zip(view.0.step)
        .and_then(|(id, step)| {
            let tour = tours.as_deref()?.0.get(id)?;
            Some(strings.0.format(
                "window-title-tour",
                Some(&args(&[
                    ("tour", tour.title.as_str().into()),
                    ("step", (step as i64).into()),
                    ("total", (tour.steps.len() as i64).into()),
                ])),
            ))
        });
    let title = step.unwrap_or_else(|| strings.0.text("app-name"));
    for mut window in &mut windows {
        if window.title != title {
            window.title = title.clone();
        }
    }
}
