//! Content: the explanatory texts (causes, symptoms, treatment, physiotherapy, red flags) in the
//! Learn panel, the "show me" links that put a view on screen, and the first-start notice that
//! this is not medical advice. The texts are loaded with the other data (`data`).

mod panel;

use bevy::prelude::*;

pub use panel::{learn_panel, text_with_glossary};

use crate::core::content::ShowMe;
use crate::core::view_state::ViewState;
use crate::launch::LaunchConfig;
use crate::settings::Settings;
use crate::state::{ApplyView, CameraMove, CurrentView};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DisclaimerAccepted>()
        .add_message::<ShowMeRequest>()
        .add_systems(Startup, load_disclaimer_choice)
        .add_systems(Update, apply_show_me.before(crate::state::ViewUpdate))
        .add_plugins(panel::plugin);
}

/// Whether the user has read the first-start notice (remembered between runs).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct DisclaimerAccepted(pub bool);

/// A "show me" button was pressed on the item with these links.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct ShowMeRequest(pub Vec<ShowMe>);

/// Setting key under which the first-start choice is remembered.
const DISCLAIMER_KEY: &str = "disclaimer_accepted";

fn load_disclaimer_choice(
    config: Option<Res<LaunchConfig>>,
    settings: Res<Settings>,
    mut accepted: ResMut<DisclaimerAccepted>,
) {
    // Pictures and benchmarks show the app as configured, without a dialog on top.
    let automated = config.is_some_and(|c| c.is_automated());
    accepted.0 = automated || settings.get(DISCLAIMER_KEY) == Some("yes");
}

/// Remembers that the notice was read.
pub fn accept_disclaimer(accepted: &mut DisclaimerAccepted, settings: &mut Settings) {
    accepted.0 = true;
    settings.set(DISCLAIMER_KEY, "yes");
}

/// The view a "show me" puts on screen, from the one before it: what it names replaces what
/// was there (each "show me" replaces the previous one's overlay and spotlight).
pub fn show_me_view(current: &ViewState, links: &[ShowMe]) -> (ViewState, CameraMove) {
    let mut state = current.clone();
    state.spotlight.clear();
    state.overlay = None;
    let mut camera = CameraMove::Keep;
    for link in links {
        match link {
            ShowMe::Select(id) => {
                state.select_structure(Some(id.clone()));
                camera = CameraMove::FocusSelection;
            }
            ShowMe::Spotlight(ids) => {
                state.select = None;
                state.spotlight.extend(ids.iter().cloned());
            }
            ShowMe::Play(id) => {
                state.scenario = Some(id.clone());
                state.time = None;
                state.range = None;
            }
            ShowMe::View(name) => {
                if let Ok(preset) = name.parse() {
                    state.view = Some(preset);
                    if camera == CameraMove::Keep {
                        camera = CameraMove::Glide;
                    }
                }
            }
            ShowMe::Overlay(shown) => state.overlay = Some(*shown),
        }
    }
    (state, camera)
}

fn apply_show_me(
    mut show_me: MessageReader<ShowMeRequest>,
    view: Res<CurrentView>,
    mut requests: MessageWriter<ApplyView>,
) {
    for ShowMeRequest(links) in show_me.read() {
        let (state, camera) = show_me_view(&view.0, links);
        requests.write(ApplyView::new(state).with_camera(camera).restarting());
    }
}
