//! What the root package's test binaries share (`tests/app`, `tests/architecture.rs`).

use std::path::PathBuf;

/// A file of the repository. The folder comes from Cargo when the test runs, not from the build:
/// test binaries are shared between clones through one target folder and must read the files of
/// the clone they run in.
pub fn repo_path(relative: &str) -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), PathBuf::from)
        .join(relative)
}
