//! The app's integration tests, in one binary: each test binary links Bevy, so one link instead
//! of six (a good part of a CI run). Each module is what its name says.
mod accessibility;
mod cli;
mod clinical_safety;
mod content;
mod headless;
mod languages;
mod motion_preference;
mod panels;
mod present_panels;

/// A file of the repository. The folder comes from Cargo when the test runs, not from the build:
/// test binaries are shared between clones through one target folder and must read the files of
/// the clone they run in.
pub fn repo_path(relative: &str) -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(
            || env!("CARGO_MANIFEST_DIR").into(),
            std::path::PathBuf::from,
        )
        .join(relative)
}
