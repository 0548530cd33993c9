//! `fit-anatomy render OUT.png`: the comparison picture for `docs/anatomy.md`. Four views
//! (anterior, posterior, medial, lateral), our fitted shapes in the top row and the reference
//! meshes below, drawn the same way: orthographic, same scale, flat colour per tissue with a
//! light from the viewer, skin left out so the structures show.

use std::path::Path;

use cramp_core::fitted::{FittedAtlas, REFERENCE_PARTS};
use cramp_core::glam::DVec3;
use cramp_core::ply::{PlyMesh, parse_ply};

const PANEL_W: usize = 380;
const PANEL_H: usize = 620;
/// Pixels per metre: the shown part of the leg (0.55 m) fills the panel's height.
const SCALE: f64 = 1080.0;
const CENTRE_Y: f64 = -0.172;

type Rgb = [f64; 3];

fn colour_of(group: &str) -> Option<Rgb> {
    match group {
        "bone" => Some([0.93, 0.89, 0.77]),
        "muscle" => Some([0.72, 0.20, 0.17]),
        "tendon" | "membrane" => Some([0.95, 0.95, 0.92]),
        "artery" => Some([0.85, 0.10, 0.12]),
        "vein" => Some([0.20, 0.33, 0.80]),
        _ => None,
    }
}

/// Views: (name, direction the viewer looks along, right-hand screen direction).
const VIEWS: [(&str, DVec3, DVec3); 4] = [
    ("anterior", DVec3::NEG_Z, DVec3::NEG_X),
    ("posterior", DVec3::Z, DVec3::X),
    ("medial", DVec3::NEG_X, DVec3::Z),
    ("lateral", DVec3::X, DVec3::NEG_Z),
];

fn draw(image: &mut [Rgb], depth: &mut [f64], ox: usize, meshes: &[(PlyMesh, Rgb)], view: usize) {
    let (_, forward, right) = VIEWS[view];
    for (mesh, colour) in meshes {
        for t in &mesh.triangles {
            let p = t.map(|i| DVec3::from(mesh.positions[i as usize].map(f64::from)));
            let n = (p[1] - p[0]).cross(p[2] - p[0]);
            let len = n.length().max(1e-30);
            // Two-sided: light from the viewer.
            let facing = (-n.dot(forward) / len).abs();
            let shade = 0.35 + 0.65 * facing;
            let screen = p.map(|q| {
                (
                    PANEL_W as f64 / 2.0 + q.dot(right) * SCALE,
                    PANEL_H as f64 / 2.0 - (q.y - CENTRE_Y) * SCALE,
                    q.dot(forward),
                )
            });
            let min_x = screen
                .iter()
                .map(|s| s.0)
                .fold(f64::MAX, f64::min)
                .floor()
                .max(0.0) as usize;
            let max_x = (screen.iter().map(|s| s.0).fold(f64::MIN, f64::max).ceil() as usize)
                .min(PANEL_W - 1);
            let min_y = screen
                .iter()
                .map(|s| s.1)
                .fold(f64::MAX, f64::min)
                .floor()
                .max(0.0) as usize;
            let max_y = (screen.iter().map(|s| s.1).fold(f64::MIN, f64::max).ceil() as usize)
                .min(PANEL_H - 1);
            let [a, b, c] = screen;
            let area = (b.0 - a.0) * (c.1 - a.1) - (c.0 - a.0) * (b.1 - a.1);
            if area.abs() < 1e-12 {
                continue;
            }
            for y in min_y..=max_y {
                for x in min_x..=max_x {
                    let (px, py) = (x as f64 + 0.5, y as f64 + 0.5);
                    let w0 = ((b.0 - px) * (c.1 - py) - (c.0 - px) * (b.1 - py)) / area;
                    let w1 = ((c.0 - px) * (a.1 - py) - (a.0 - px) * (c.1 - py)) / area;
                    let w2 = 1.0 - w0 - w1;
                    if w0 < 0.0 || w1 < 0.0 || w2 < 0.0 {
                        continue;
                    }
                    let z = w0 * a.2 + w1 * b.2 + w2 * c.2;
                    let at = y * PANEL_W * 4 + ox + x;
                    if z < depth[at] {
                        depth[at] = z;
                        image[at] = colour.map(|c| c * shade);
                    }
                }
            }
        }
    }
}

pub fn run(out: &Path, reference_dir: &Path, shapes_path: &Path) -> Result<(), String> {
    let manifest = std::fs::read_to_string(reference_dir.join("manifest.csv"))
        .map_err(|e| format!("manifest: {e}"))?;
    let groups = cramp_core::fidelity::manifest_groups(&manifest);
    let shapes = FittedAtlas::from_ron(
        "leg.shapes.ron",
        &std::fs::read(shapes_path).map_err(|e| format!("{}: {e}", shapes_path.display()))?,
    )
    .map_err(|e| format!("{e:?}"))?;
    let crop = shapes.crop_above_y_m;
    let mut ours = Vec::new();
    let mut reference = Vec::new();
    let mut drawn = std::collections::HashSet::new();
    for &(ref_id, our_id, tendon) in REFERENCE_PARTS {
        let group = groups.get(ref_id).copied().unwrap_or("");
        let Some(colour) = colour_of(group) else {
            continue;
        };
        let bytes = std::fs::read(reference_dir.join("meshes").join(format!("{ref_id}.ply")))
            .map_err(|e| format!("{ref_id}: {e}"))?;
        reference.push((parse_ply(&bytes)?.cropped_below(crop), colour));
        for (id, c) in
            std::iter::once((our_id, colour)).chain(tendon.map(|t| (t, [0.95, 0.95, 0.92])))
        {
            if drawn.insert(id) {
                for piece in shapes.structures.get(id).into_iter().flatten() {
                    ours.push((PlyMesh::from(&piece.mesh()), c));
                }
            }
        }
    }
    let width = PANEL_W * 4;
    let mut image = vec![[1.0, 1.0, 1.0]; width * PANEL_H * 2];
    for (row, meshes) in [&ours, &reference].into_iter().enumerate() {
        let mut panel = vec![[1.0, 1.0, 1.0]; width * PANEL_H];
        let mut depth = vec![f64::MAX; width * PANEL_H];
        for view in 0..4 {
            draw(&mut panel, &mut depth, view * PANEL_W, meshes, view);
        }
        image[row * width * PANEL_H..(row + 1) * width * PANEL_H].copy_from_slice(&panel);
    }
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut encoder = png::Encoder::new(
        std::io::BufWriter::new(file),
        width as u32,
        (PANEL_H * 2) as u32,
    );
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    let bytes: Vec<u8> = image
        .iter()
        .flat_map(|c| c.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8))
        .collect();
    writer.write_image_data(&bytes).map_err(|e| e.to_string())?;
    println!("fit-anatomy render: wrote {}", out.display());
    Ok(())
}
