//! The app's integration tests, in one binary: each test binary links Bevy, so one link instead
//! of one per module (a good part of a CI run). Each module is what its name says.
mod accessibility;
mod cli;
mod clinical_safety;
mod content;
mod headless;
mod languages;
mod motion_preference;
mod panels;
mod present_panels;
mod slow_frames;

#[path = "../common/mod.rs"]
mod repo;
pub use repo::repo_path;
