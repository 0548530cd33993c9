//! Which body systems are shown. Skin starts hidden so the calf muscles are what a user sees
//! first, and hides itself when a structure under it is selected.

use std::collections::BTreeMap;

use bevy::prelude::*;

use crate::anatomy::SystemOf;
use crate::core::anatomy::BodySystem;
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

fn apply_layers(layers: Res<Layers>, mut structures: Query<(Ref<SystemOf>, &mut Visibility)>) {
    for (system, mut visibility) in &mut structures {
        if layers.is_changed() || system.is_added() {
            let wanted = if layers.is_shown(system.0) {
                Visibility::Inherited
            } else {
                Visibility::Hidden
            };
            visibility.set_if_neq(wanted);
        }
    }
}
