//! How closely a shape of ours follows a measured one: the symmetric surface distance between
//! two triangle meshes. Both surfaces are sampled evenly (about one point per square
//! millimetre); each sample's distance to the other surface is taken; the two sets together give
//! the mean and the 95th percentile, so a missing bump and an extra one count alike.

use glam::DVec3;

use crate::ply::PlyMesh;

mod surface;

pub use surface::{InsideIndex, SurfaceIndex, inside, surface_samples, union_samples};

/// Mean and 95th percentile of the symmetric surface distance, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SurfaceDistance {
    pub mean_mm: f64,
    pub p95_mm: f64,
    /// The larger of the two one-way means (ours to the reference, the reference to ours).
    pub worst_direction_mean_mm: f64,
}

/// The symmetric surface distance between the union of our closed `pieces` and `reference`,
/// counting only our surface at or below `max_y` (where the reference was cropped).
pub fn union_surface_distance(
    pieces: &[PlyMesh],
    reference: &PlyMesh,
    max_y: f64,
) -> SurfaceDistance {
    let mut all = PlyMesh::default();
    for piece in pieces {
        all.append(piece);
    }
    let samples = union_samples(pieces, SPACING_M)
        .into_iter()
        .filter(|(p, _)| p.y <= max_y)
        .collect();
    distance_between(samples, &all, reference)
}

/// Sampling spacing of the surfaces compared: about one point per square millimetre.
pub const SPACING_M: f64 = 0.001;

/// The symmetric surface distance between `ours` and `reference`.
pub fn surface_distance(ours: &PlyMesh, reference: &PlyMesh) -> SurfaceDistance {
    distance_between(surface_samples(ours, SPACING_M), ours, reference)
}

/// The distances of our samples to the reference and of the reference's to `ours`.
pub fn distance_between(
    our_samples: Vec<(DVec3, f64)>,
    ours: &PlyMesh,
    reference: &PlyMesh,
) -> SurfaceDistance {
    let to_reference = SurfaceIndex::new(reference);
    let forward: Vec<(f64, f64)> = our_samples
        .into_iter()
        .map(|(p, w)| (to_reference.distance(p) * 1000.0, w))
        .collect();
    let to_ours = SurfaceIndex::new(ours);
    let backward: Vec<(f64, f64)> = surface_samples(reference, SPACING_M)
        .into_iter()
        .map(|(p, w)| (to_ours.distance(p) * 1000.0, w))
        .collect();
    let mean = |set: &[(f64, f64)]| {
        let total: f64 = set.iter().map(|s| s.1).sum();
        if total > 0.0 {
            set.iter().map(|s| s.0 * s.1).sum::<f64>() / total
        } else {
            f64::INFINITY
        }
    };
    // Each direction counts equally, whatever the two surfaces' areas.
    let (mean_forward, mean_backward) = (mean(&forward), mean(&backward));
    let area_forward: f64 = forward.iter().map(|s| s.1).sum();
    let area_backward: f64 = backward.iter().map(|s| s.1).sum();
    let mut all: Vec<(f64, f64)> = forward
        .iter()
        .map(|&(d, w)| (d, w / area_forward.max(f64::MIN_POSITIVE)))
        .chain(
            backward
                .iter()
                .map(|&(d, w)| (d, w / area_backward.max(f64::MIN_POSITIVE))),
        )
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = all.iter().map(|s| s.1).sum();
    let mut running = 0.0;
    let mut p95 = all.last().map_or(f64::INFINITY, |s| s.0);
    for (d, w) in &all {
        running += w;
        if running >= 0.95 * total {
            p95 = *d;
            break;
        }
    }
    SurfaceDistance {
        mean_mm: 0.5 * (mean_forward + mean_backward),
        p95_mm: p95,
        worst_direction_mean_mm: mean_forward.max(mean_backward),
    }
}

/// The reference's `manifest.csv` as `id -> group` (bone, muscle, tendon, membrane, artery,
/// vein, skin).
pub fn manifest_groups(manifest_csv: &str) -> std::collections::HashMap<&str, &str> {
    manifest_csv
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.split(',');
            Some((cells.next()?, cells.next()?))
        })
        .collect()
}

/// One row of the fidelity table: our structures compared together with their reference meshes.
#[derive(Clone, Debug)]
pub struct FidelityRow {
    pub structures: Vec<&'static str>,
    pub references: Vec<&'static str>,
    pub triangles: usize,
    pub distance: SurfaceDistance,
}

/// The fidelity table of fitted shapes, built at `detail`, against the reference meshes (read by
/// `reference`, by reference id), both cropped at the shapes' crop height less a millimetre.
pub fn fidelity_table(
    shapes: &crate::fitted::FittedAtlas,
    detail: crate::quality::MeshDetail,
    reference: impl Fn(&str) -> Result<PlyMesh, String>,
) -> Result<Vec<FidelityRow>, String> {
    let crop = shapes.crop_above_y_m - 0.001;
    let mut rows = Vec::new();
    for (structures, references) in crate::fitted::comparison_groups() {
        let mut measured = PlyMesh::default();
        for id in &references {
            measured.append(&reference(id)?.cropped_below(crop));
        }
        let pieces: Vec<PlyMesh> = structures
            .iter()
            .filter_map(|id| shapes.structures.get(*id))
            .flatten()
            .map(|piece| PlyMesh::from(&piece.mesh_at(detail)))
            .collect();
        let triangles = pieces.iter().map(|p| p.triangles.len()).sum();
        let distance = union_surface_distance(&pieces, &measured, f64::from(crop));
        rows.push(FidelityRow {
            structures,
            references,
            triangles,
            distance,
        });
    }
    Ok(rows)
}

/// The table as markdown.
pub fn fidelity_markdown(rows: &[FidelityRow]) -> String {
    let mut out = String::from(
        "| structure | reference meshes | triangles | mean (mm) | p95 (mm) |\n|---|---|---|---|---|\n",
    );
    for row in rows {
        out.push_str(&format!(
            "| {} | {} | {} | {:.2} | {:.2} |\n",
            row.structures.join(" + "),
            row.references.len(),
            row.triangles,
            row.distance.mean_mm,
            row.distance.p95_mm
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cube(size: f32, offset: f32) -> PlyMesh {
        cuboid([size, size, size], offset)
    }

    /// A box `size` long on each axis, its low corner at (offset, 0, 0), faces outwards.
    fn cuboid(size: [f32; 3], offset: f32) -> PlyMesh {
        let [x, y, z] = size;
        let positions = vec![
            [0.0, 0.0, 0.0],
            [x, 0.0, 0.0],
            [x, y, 0.0],
            [0.0, y, 0.0],
            [0.0, 0.0, z],
            [x, 0.0, z],
            [x, y, z],
            [0.0, y, z],
        ]
        .into_iter()
        .map(|p: [f32; 3]| [p[0] + offset, p[1], p[2]])
        .collect();
        let triangles = vec![
            [0, 2, 1],
            [0, 3, 2],
            [4, 5, 6],
            [4, 6, 7],
            [0, 1, 5],
            [0, 5, 4],
            [2, 3, 7],
            [2, 7, 6],
            [1, 2, 6],
            [1, 6, 5],
            [0, 4, 7],
            [0, 7, 3],
        ];
        PlyMesh {
            positions,
            triangles,
        }
    }

    #[test]
    fn a_surface_is_at_zero_distance_from_itself() {
        let d = surface_distance(&cube(0.02, 0.0), &cube(0.02, 0.0));
        assert!(d.mean_mm < 1e-9 && d.p95_mm < 1e-9, "{d:?}");
    }

    #[test]
    fn a_shifted_cube_is_as_far_as_the_shift_on_the_faces_that_moved() {
        // Shifted 2 mm along x: the two x faces are 2 mm off, the four side faces 0 mm
        // (they slide within their own planes, except near the edges).
        let d = surface_distance(&cube(0.02, 0.002), &cube(0.02, 0.0));
        assert!(d.mean_mm > 0.4 && d.mean_mm < 1.0, "{d:?}");
        assert!((d.p95_mm - 2.0).abs() < 0.05, "{d:?}");
    }

    #[test]
    fn hidden_parts_of_overlapping_pieces_do_not_count() {
        // Two overlapping cubes (x 0-20 mm and 10-30 mm) against the box they make together:
        // as one union, only what is visible counts and it lies on the box; counted as plain
        // surfaces, the faces buried in the other cube are up to 10 mm inside the box.
        let (a, b) = (cube(0.02, 0.0), cube(0.02, 0.01));
        assert!(inside(&a, [0.01, 0.01, 0.01]) && !inside(&a, [0.03, 0.01, 0.01]));
        let together = cuboid([0.03, 0.02, 0.02], 0.0);
        let union = union_surface_distance(&[a.clone(), b.clone()], &together, 1.0);
        assert!(union.p95_mm < 0.1, "the union is the box: {union:?}");
        let mut both = a.clone();
        both.append(&b);
        let buried_counted = surface_distance(&both, &together);
        assert!(
            buried_counted.p95_mm > 1.0 && buried_counted.p95_mm > 10.0 * union.p95_mm,
            "buried faces are far inside the box: {buried_counted:?} vs {union:?}"
        );
    }
}
