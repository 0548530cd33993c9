//! The Bevy-free core: the facts the app teaches (anatomy schema), the geometry they become, and
//! the view state. Everything here is plain Rust, unit-tested without an engine.

// The vector types of the public API (the app names them through this).
pub use glam;

pub mod anatomy;
pub mod biomech;
pub mod clinic;
pub mod colour;
pub mod content;
pub mod data_error;
pub mod dataset;
pub mod export;
pub mod fidelity;
pub mod fitted;
pub mod geometry;
pub mod i18n;
pub mod overlay;
pub mod ply;
pub mod quality;
pub mod quiz;
pub mod reduced_motion;
pub mod scenario;
pub mod search;
pub mod timeline;
pub mod tour;
pub mod view_state;
