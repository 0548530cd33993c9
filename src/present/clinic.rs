//! The clinic's details (`assets/clinic.settings.ron`). When it names a clinic the presenter
//! shows the clinic's name and a "Make an appointment" button; when it says `None` (as shipped)
//! or is missing, neither appears. A broken file is reported.

use bevy::prelude::*;

use crate::core::clinic::{CLINIC_PATH, ClinicSettings};
use crate::data_files::{DataBytes, finished_load};
use crate::state::Notices;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Clinic>()
        .add_systems(Startup, start_loading)
        .add_systems(
            Update,
            finish_loading.run_if(resource_exists::<PendingClinic>),
        );
}

/// The clinic, if one is configured.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Clinic(pub Option<ClinicSettings>);

#[derive(Resource)]
struct PendingClinic(Handle<DataBytes>);

fn start_loading(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(PendingClinic(assets.load(CLINIC_PATH)));
}

fn finish_loading(
    mut commands: Commands,
    pending: Res<PendingClinic>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    mut clinic: ResMut<Clinic>,
    mut notices: ResMut<Notices>,
) {
    let Some(file) = finished_load(&server, &files, &pending.0) else {
        return;
    };
    commands.remove_resource::<PendingClinic>();
    // A missing file means no clinic, as does the shipped `None`.
    let Ok(bytes) = file else { return };
    match ClinicSettings::from_ron(CLINIC_PATH, &bytes) {
        Ok(settings) => clinic.0 = settings,
        Err(errors) => {
            notices.0.extend(errors.iter().map(ToString::to_string));
            notices
                .0
                .push("The clinic settings are not used until the file is fixed.".to_owned());
        }
    }
}
