//! App-wide state: the one [`ViewState`] that flags, links and tours describe, and the
//! messages the user should read (bad link values, broken data files).

use bevy::prelude::*;

use crate::LaunchConfig;
use crate::anatomy::{AnatomyStatus, Atlas};
use crate::core::view_state::ViewState;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notices>()
        .add_systems(PreStartup, take_launch_state)
        .add_systems(
            Update,
            (check_selection_exists, report_anatomy_problems).run_if(resource_added::<Atlas>),
        );
}

/// What is on screen, as one value (see `core::view_state`).
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct CurrentView(pub ViewState);

/// Messages shown to the user in the panel, newest last.
#[derive(Resource, Clone, Debug, Default)]
pub struct Notices(pub Vec<String>);

fn take_launch_state(
    mut commands: Commands,
    config: Option<Res<LaunchConfig>>,
    mut notices: ResMut<Notices>,
) {
    let config = config.map(|c| c.clone()).unwrap_or_default();
    notices.0.extend(config.notices.iter().cloned());
    commands.insert_resource(CurrentView(config.initial_view.clone()));
}

/// A link or flag may name a structure this anatomy does not have: say so and select nothing.
fn check_selection_exists(
    atlas: Res<Atlas>,
    mut view: ResMut<CurrentView>,
    mut notices: ResMut<Notices>,
) {
    if let Some(id) = view.0.select.clone()
        && atlas.0.structure(&id).is_none()
    {
        notices.0.push(format!(
            "There is no structure called {id:?}; nothing is selected."
        ));
        view.0.select = None;
    }
}

fn report_anatomy_problems(status: Res<AnatomyStatus>, mut notices: ResMut<Notices>) {
    if let AnatomyStatus::Ready { problems, .. } = &*status {
        notices.0.extend(problems.iter().cloned());
    }
}
