//! Reads `*.anatomy.ron` through Bevy's asset system, validating it with the core schema.

use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;

use crate::core::anatomy::AnatomyAtlas;
use crate::core::data_error::DataError;

#[derive(Asset, TypePath, Debug)]
pub struct AnatomyAsset(pub AnatomyAtlas);

#[derive(Default, TypePath)]
pub(super) struct AnatomyLoader;

/// Every problem in the file, one per line, each with file and position.
#[derive(Debug)]
pub(super) struct AnatomyFileError(Vec<DataError>);

impl std::fmt::Display for AnatomyFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for AnatomyFileError {}

impl AssetLoader for AnatomyLoader {
    type Asset = AnatomyAsset;
    type Settings = ();
    type Error = AnatomyFileError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        load_context: &mut LoadContext<'_>,
    ) -> Result<Self::Asset, Self::Error> {
        let file = load_context.path().to_string();
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .await
            .map_err(|error| AnatomyFileError(vec![DataError::new(&file, error.to_string())]))?;
        AnatomyAtlas::from_ron(&file, &bytes)
            .map(AnatomyAsset)
            .map_err(AnatomyFileError)
    }

    fn extensions(&self) -> &[&str] {
        &["anatomy.ron"]
    }
}
