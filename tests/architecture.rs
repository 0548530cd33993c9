//! The modules of the app depend downwards only: each top-level module of `src/` may use the
//! modules below it in [`LAYERS`] and nothing above. This test reads the sources (every
//! `crate::<module>` path) and fails on an upward use, so a cycle cannot creep back in.
//! `docs/architecture.md` draws the same order.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

/// Bottom first. Modules on one line of the docs' picture are independent of each other here
/// only if neither uses the other; the order still settles which may.
const LAYERS: &[&str] = &[
    "launch",
    "settings",
    "data",
    "ui",
    "state",
    "anatomy",
    "motion",
    "overlays",
    "content",
    "explore",
    "present",
    "help",
    "automation",
    "frames",
    "platform",
    "cli",
];

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("readable src").flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// Module → the other top-level modules its files name as `crate::<module>`.
fn uses() -> BTreeMap<String, Vec<String>> {
    let src = common::repo_path("src");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src").flatten() {
        let path = entry.path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut files = Vec::new();
        rust_files(&path, &mut files);
        let mut used: Vec<String> = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("utf-8 source");
            for (at, _) in text.match_indices("crate::") {
                let rest = &text[at + "crate::".len()..];
                let module: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if module != name && module != "core" && !used.contains(&module) {
                    used.push(module);
                }
            }
        }
        graph.insert(name, used);
    }
    graph
}

#[test]
fn every_module_is_in_a_layer_and_uses_only_layers_below_it() {
    let graph = uses();
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut upward = Vec::new();
    for (module, used) in &graph {
        let Some(own) = rank(module) else {
            panic!(
                "src/{module} is not in LAYERS: place it in tests/architecture.rs and docs/architecture.md"
            );
        };
        for other in used {
            match rank(other) {
                Some(theirs) if theirs < own => {}
                Some(_) => upward.push(format!("{module} uses {other}, which is above it")),
                None => upward.push(format!("{module} uses crate::{other}, not a known module")),
            }
        }
    }
    assert!(upward.is_empty(), "{}", upward.join("\n"));
    assert!(graph.len() >= 10, "the sources were read: {graph:?}");
}
