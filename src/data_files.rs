//! The data files under `assets/` (anatomy, muscles, scenarios, texts, tours, quiz, clinic) are
//! read as raw bytes through Bevy's asset system, so they load the same way from a folder on the
//! desktop and over HTTP on the web. Each feature parses its own files with the core schema,
//! reporting problems and falling back to the copy built into the binary.

use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<DataBytes>()
        .init_asset_loader::<DataBytesLoader>();
}

/// The raw bytes of a data file; parsed together with the files it refers to.
#[derive(Asset, TypePath, Debug)]
pub struct DataBytes(pub Vec<u8>);

#[derive(Default, TypePath)]
struct DataBytesLoader;

impl AssetLoader for DataBytesLoader {
    type Asset = DataBytes;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<Self::Asset, Self::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(DataBytes(bytes))
    }

    fn extensions(&self) -> &[&str] {
        &[
            "anatomy.ron",
            "shapes.ron",
            "muscles.ron",
            "scenarios.ron",
            "content.ron",
            "tours.ron",
            "quiz.ron",
            "settings.ron",
        ]
    }
}

/// The bytes of a data file once its load has finished: `Some(Ok)` loaded, `Some(Err)` failed
/// (with the reason), `None` still loading.
pub fn finished_load(
    server: &AssetServer,
    files: &Assets<DataBytes>,
    handle: &Handle<DataBytes>,
) -> Option<Result<Vec<u8>, String>> {
    match server.load_state(handle) {
        bevy::asset::LoadState::Loaded => files.get(handle).map(|file| Ok(file.0.clone())),
        bevy::asset::LoadState::Failed(error) => Some(Err(error.to_string())),
        _ => None,
    }
}
