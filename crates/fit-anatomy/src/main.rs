//! Fits our anatomy shapes to the BodyParts3D reference meshes and writes them as compact
//! section data (`assets/anatomy/leg.shapes.ron`), then prints how closely each structure
//! follows its reference.
//!
//! ```sh
//! cargo run --release -p fit-anatomy -- [REFERENCE_DIR] [OUTPUT]
//! # defaults: ../shared/reference/bodyparts3d  assets/anatomy/leg.shapes.ron
//! cargo run --release -p fit-anatomy -- paths              # muscle paths onto the fitted bones
//! cargo run --release -p fit-anatomy -- render [OUT.png]   # docs/anatomy.png
//! ```
//!
//! The reference is a measuring reference: nothing of it (files, vertices, triangles) is
//! written out. What is written are our own sections: each piece's axis is found from the
//! surface (geodesic rings from one end, then centroids of slabs across the axis), and at each
//! station the surface is cut by the plane across the axis; the cut outline is resampled to a
//! fixed number of points by arc length.

mod axis;
mod choose;
mod fit;
mod outline;
mod paths;
mod render;
mod surface;
mod tendon;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cramp_core::fitted::{FittedAtlas, FittedPiece, REFERENCE_PARTS};
use cramp_core::ply::{PlyMesh, parse_ply};
use cramp_core::quality::MeshDetail;

use choose::{best_fit, split_at};
use fit::settings_for;
use surface::Surface;
use tendon::split_tendon;

/// Everything above this height (metres) is left out: the skin reference is cut there.
const CROP_Y: f64 = 0.10;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("render") {
        let out = args.get(1).map_or("docs/anatomy.png", String::as_str);
        if let Err(message) = render::run(
            Path::new(out),
            Path::new("../shared/reference/bodyparts3d"),
            Path::new("assets/anatomy/leg.shapes.ron"),
        ) {
            eprintln!("fit-anatomy render: {message}");
            std::process::exit(1);
        }
        return;
    }
    if args.first().map(String::as_str) == Some("paths") {
        let result = paths::run(
            Path::new("assets/anatomy/leg.muscles.ron"),
            Path::new("assets/anatomy/leg.anatomy.ron"),
            Path::new("assets/anatomy/leg.shapes.ron"),
        );
        if let Err(message) = result {
            eprintln!("fit-anatomy paths: {message}");
            std::process::exit(1);
        }
        return;
    }
    let reference_dir = PathBuf::from(
        args.first()
            .map_or("../shared/reference/bodyparts3d", String::as_str),
    );
    let output = PathBuf::from(
        args.get(1)
            .map_or("assets/anatomy/leg.shapes.ron", String::as_str),
    );
    if let Err(message) = run(&reference_dir, &output) {
        eprintln!("fit-anatomy: {message}");
        std::process::exit(1);
    }
}

fn read_reference(dir: &Path, id: &str) -> Result<PlyMesh, String> {
    let path = dir.join("meshes").join(format!("{id}.ply"));
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_ply(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(reference_dir: &Path, output: &Path) -> Result<(), String> {
    let manifest_path = reference_dir.join("manifest.csv");
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let groups = cramp_core::fidelity::manifest_groups(&manifest);
    let started = std::time::Instant::now();
    let mut structures: BTreeMap<String, Vec<FittedPiece>> = BTreeMap::new();
    let only = std::env::var("FIT_ONLY").ok();
    for &(reference, ours, tendon) in REFERENCE_PARTS {
        if only.as_deref().is_some_and(|o| o != reference) {
            continue;
        }
        let group = groups
            .get(reference)
            .ok_or(format!("{reference} is not in the manifest"))?;
        let mesh = read_reference(reference_dir, reference)?.cropped_below(CROP_Y as f32);
        let surface = Surface::from_ply(&mesh);
        let fit = settings_for(group, reference);
        let parts: Vec<Surface> = surface
            .components()
            .into_iter()
            .flat_map(|piece| split_at(&piece, reference))
            .collect();
        for piece in parts {
            let mut fitted = best_fit(&piece, fit, reference).into_iter();
            let Some(main_piece) = fitted.next() else {
                eprintln!("fit-anatomy: {reference}: a piece could not be fitted");
                continue;
            };
            let branches: Vec<FittedPiece> = fitted.collect();
            match tendon {
                Some(tendon_id) => {
                    let (belly, tendon_part) = split_tendon(main_piece, 45.0);
                    structures.entry(ours.to_string()).or_default().push(belly);
                    if let Some(t) = tendon_part {
                        structures.entry(tendon_id.to_string()).or_default().push(t);
                    }
                    structures
                        .entry(tendon_id.to_string())
                        .or_default()
                        .extend(branches);
                }
                None => structures
                    .entry(ours.to_string())
                    .or_default()
                    .extend(std::iter::once(main_piece).chain(branches)),
            }
        }
    }
    let atlas = FittedAtlas {
        credit: "Shapes fitted to BodyParts3D, (c) The Database Center for Life Science, \
                 licensed under CC Attribution-Share Alike 2.1 Japan"
            .into(),
        crop_above_y_m: CROP_Y as f32,
        structures,
    };
    let text = write_ron(&atlas);
    std::fs::write(output, &text).map_err(|e| format!("{}: {e}", output.display()))?;
    println!(
        "fit-anatomy: wrote {} ({} KB) in {:.1} s",
        output.display(),
        text.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    // Read back what was written, so the table is of the shipped data.
    let atlas = FittedAtlas::from_ron("leg.shapes.ron", text.as_bytes())
        .map_err(|e| format!("the written file does not read back: {e:?}"))?;
    println!("{}", fidelity_table(&atlas, reference_dir)?);
    Ok(())
}

/// The comparison table (markdown), one row per group of structures.
fn fidelity_table(atlas: &FittedAtlas, reference_dir: &Path) -> Result<String, String> {
    let rows = cramp_core::fidelity::fidelity_table(atlas, MeshDetail::Full, |id| {
        read_reference(reference_dir, id)
    })?;
    Ok(cramp_core::fidelity::fidelity_markdown(&rows))
}

/// The RON file: one line per section, so diffs stay readable.
fn write_ron(atlas: &FittedAtlas) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Cramp Explorer anatomy shapes, written by `cargo run --release -p fit-anatomy`; do not\n\
         // edit by hand. Frame: metres in the app (millimetres here), origin at the knee centre,\n\
         // +X medial, +Y up, +Z anterior. Each piece is a chain of sections along an axis:\n\
         // `axis_mm` holds the section centres (x y z), `outlines_mm` each section's outline\n\
         // (u v pairs in the section plane, see core::fitted::section_frames).\n\
         // Our own data, fitted to BodyParts3D (c) The Database Center for Life Science,\n\
         // CC BY-SA 2.1 JP; shared under the same licence (LICENSE.md beside this file).\n(\n    credit: {:?},\n    crop_above_y_m: {},\n    structures: {{",
        atlas.credit, atlas.crop_above_y_m
    );
    let number = |v: f32| {
        let s = format!("{v:.1}");
        s.strip_suffix(".0").map_or(s.clone(), |t| format!("{t}.0"))
    };
    for (id, pieces) in &atlas.structures {
        let _ = writeln!(out, "        {id:?}: [");
        for piece in pieces {
            let tip =
                |t: [f32; 3]| format!("({}, {}, {})", number(t[0]), number(t[1]), number(t[2]));
            let _ = writeln!(
                out,
                "            (reference: {:?}, points_per_section: {}, first_u: ({:.5}, {:.5}, {:.5}), tips_mm: ({}, {}),",
                piece.reference,
                piece.points_per_section,
                piece.first_u[0],
                piece.first_u[1],
                piece.first_u[2],
                tip(piece.tips_mm.0),
                tip(piece.tips_mm.1)
            );
            let axis: Vec<String> = piece.axis_mm.iter().map(|v| number(*v)).collect();
            let _ = writeln!(out, "             axis_mm: [{}],", axis.join(", "));
            let _ = writeln!(out, "             outlines_mm: [");
            for section in piece.outlines_mm.chunks(2 * piece.points_per_section) {
                let values: Vec<String> = section.iter().map(|v| number(*v)).collect();
                let _ = writeln!(out, "                {},", values.join(", "));
            }
            let _ = writeln!(out, "             ]),");
        }
        let _ = writeln!(out, "        ],");
    }
    out.push_str("    },\n)\n");
    out
}
