//! Which structures are shown: the body-system layers of the view state, structures the user
//! hid, isolation.

use bevy::prelude::*;

use crate::anatomy::{StructureId, SystemOf};
use crate::core::anatomy::BodySystem;
use crate::core::view_state::ViewState;
use crate::state::{CurrentView, ViewUpdate};

pub(super) fn plugin(app: &mut App) {
    // Before the leg moves: the deformation reshapes only what is shown (`motion::deform`).
    app.add_systems(
        Update,
        apply_visibility
            .after(ViewUpdate)
            .before(crate::motion::MotionSet),
    );
}

/// Shown = its layer is on, the user has not hidden it, and, when isolating, it is the
/// selected structure (an isolated structure is shown even if its layer is off).
pub fn is_visible(id: &str, system: BodySystem, view: &ViewState) -> bool {
    let selected = view.select.as_deref() == Some(id);
    if view.isolate && view.select.is_some() {
        return selected;
    }
    view.layers.contains(&system) && !view.hide.iter().any(|h| h == id)
}

fn apply_visibility(
    view: Res<CurrentView>,
    mut structures: Query<(&StructureId, Ref<SystemOf>, &mut Visibility)>,
) {
    for (id, system, mut visibility) in &mut structures {
        if view.is_changed() || system.is_added() {
            let wanted = if is_visible(&id.0, system.0, &view.0) {
                Visibility::Inherited
            } else {
                Visibility::Hidden
            };
            visibility.set_if_neq(wanted);
        }
    }
}
