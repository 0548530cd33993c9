//! Which structures are shown: body-system layers, structures the user hid, isolation. Skin starts hidden so the calf muscles are what a user sees
//! first, and hides itself when a structure under it is selected.

use std::collections::BTreeMap;

use bevy::prelude::*;

use crate::anatomy::{StructureId, SystemOf};
use crate::core::anatomy::BodySystem;
use crate::core::view_state::ViewState;
use crate::state::CurrentView;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Layers>()
        .add_systems(Update, (hide_skin_on_selection, apply_layers).chain());
}

#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Layers(pub BTreeMap<BodySystem, bool>);

impl Default for Layers {
    fn default() -> Self {
        Self(
            BodySystem::ALL
                .into_iter()
                .map(|s| (s, s != BodySystem::Skin))
                .collect(),
        )
    }
}

impl Layers {
    pub fn is_shown(&self, system: BodySystem) -> bool {
        self.0.get(&system).copied().unwrap_or(true)
    }
}

fn hide_skin_on_selection(view: Res<CurrentView>, mut layers: ResMut<Layers>) {
    if view.is_changed()
        && view.0.select.as_deref().is_some_and(|id| id != "skin")
        && layers.is_shown(BodySystem::Skin)
    {
        layers.0.insert(BodySystem::Skin, false);
    }
}

/// Shown = its layer is on, the user has not hidden it, and, when isolating, it is the
/// selected structure.
pub fn is_visible(id: &str, system: BodySystem, layers: &Layers, view: &ViewState) -> bool {
    let isolated_out = view.isolate
        && view
            .select
            .as_deref()
            .is_some_and(|selected| selected != id);
    layers.is_shown(system) && !view.hide.iter().any(|h| h == id) && !isolated_out
}

fn apply_layers(
    layers: Res<Layers>,
    view: Res<CurrentView>,
    mut structures: Query<(&StructureId, Ref<SystemOf>, &mut Visibility)>,
) {
    let everything = layers.is_changed() || view.is_changed();
    for (id, system, mut visibility) in &mut structures {
        if everything || system.is_added() {
            // An isolated structure is shown even if its layer is off.
            let isolated = view.0.isolate && view.0.select.as_deref() == Some(id.0.as_str());
            let wanted = if isolated || is_visible(&id.0, system.0, &layers, &view.0) {
                Visibility::Inherited
            } else {
                Visibility::Hidden
            };
            visibility.set_if_neq(wanted);
        }
    }
}
