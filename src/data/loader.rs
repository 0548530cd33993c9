//! The one asset loader for every data file: it reads the bytes (from a folder on the desktop,
//! over HTTP on the web); parsing and checking happen together for all files in
//! `core::dataset::assemble`, because the files are checked against each other.

use bevy::asset::io::AssetReaderError;
use bevy::asset::{AssetLoadError, AssetLoader, LoadContext, LoadState, io::Reader};
use bevy::prelude::*;

use crate::core::dataset::FileRead;

/// One data file's bytes, as read by the asset system.
#[derive(Asset, TypePath, Debug)]
pub struct DataFile(pub Vec<u8>);

#[derive(Default, TypePath)]
pub(super) struct DataFileLoader;

impl AssetLoader for DataFileLoader {
    type Asset = DataFile;
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
        Ok(DataFile(bytes))
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

/// What the asset system's answer for a file means.
pub(super) fn file_read(
    server: &AssetServer,
    files: &Assets<DataFile>,
    handle: &Handle<DataFile>,
) -> Option<FileRead> {
    match server.load_state(handle) {
        LoadState::Loaded => Some(match files.get(handle) {
            Some(file) => FileRead::Read(file.0.clone()),
            None => FileRead::Failed("loaded but not kept".to_owned()),
        }),
        LoadState::Failed(error) => Some(match &*error {
            AssetLoadError::AssetReaderError(AssetReaderError::NotFound(_)) => FileRead::Missing,
            AssetLoadError::AssetReaderError(AssetReaderError::HttpError(404)) => FileRead::Missing,
            other => FileRead::Failed(other.to_string()),
        }),
        _ => None,
    }
}
