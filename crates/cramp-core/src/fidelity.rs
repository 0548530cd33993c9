//! How closely a shape of ours follows a measured one: the symmetric surface distance between
//! two triangle meshes. Both surfaces are sampled evenly (about one point per square
//! millimetre); each sample's distance to the other surface is taken; the two sets together give
//! the mean and the 95th percentile, so a missing bump and an extra one count alike.

use glam::DVec3;

use crate::ply::PlyMesh;

/// The corners of a mesh's triangles in f64.
fn triangle_corners(mesh: &PlyMesh) -> Vec<[DVec3; 3]> {
    mesh.triangles
        .iter()
        .map(|t| t.map(|i| DVec3::from(mesh.positions[i as usize].map(f64::from))))
        .collect()
}

/// The closest point of triangle `abc` to `p` (Ericson, Real-Time Collision Detection, 5.1.5).
fn closest_on_triangle(p: DVec3, a: DVec3, b: DVec3, c: DVec3) -> DVec3 {
    let ab = b - a;
    let ac = c - a;
    let ap = p - a;
    let d1 = ab.dot(ap);
    let d2 = ac.dot(ap);
    if d1 <= 0.0 && d2 <= 0.0 {
        return a;
    }
    let bp = p - b;
    let d3 = ab.dot(bp);
    let d4 = ac.dot(bp);
    if d3 >= 0.0 && d4 <= d3 {
        return b;
    }
    let vc = d1 * d4 - d3 * d2;
    if vc <= 0.0 && d1 >= 0.0 && d3 <= 0.0 {
        return a + ab * (d1 / (d1 - d3));
    }
    let cp = p - c;
    let d5 = ab.dot(cp);
    let d6 = ac.dot(cp);
    if d6 >= 0.0 && d5 <= d6 {
        return c;
    }
    let vb = d5 * d2 - d1 * d6;
    if vb <= 0.0 && d2 >= 0.0 && d6 <= 0.0 {
        return a + ac * (d2 / (d2 - d6));
    }
    let va = d3 * d6 - d5 * d4;
    if va <= 0.0 && (d4 - d3) >= 0.0 && (d5 - d6) >= 0.0 {
        let w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        return b + (c - b) * w;
    }
    let denom = 1.0 / (va + vb + vc);
    let v = vb * denom;
    let w = vc * denom;
    a + ab * v + ac * w
}

/// Triangles bucketed in a uniform grid, for nearest-surface queries.
pub struct SurfaceIndex {
    triangles: Vec<[DVec3; 3]>,
    cell: f64,
    origin: DVec3,
    dims: [usize; 3],
    buckets: Vec<Vec<u32>>,
}

impl SurfaceIndex {
    pub fn new(mesh: &PlyMesh) -> Self {
        let triangles = triangle_corners(mesh);
        let cell = 0.004;
        let mut lo = DVec3::MAX;
        let mut hi = DVec3::MIN;
        for t in &triangles {
            for p in t {
                for k in 0..3 {
                    lo[k] = lo[k].min(p[k]);
                    hi[k] = hi[k].max(p[k]);
                }
            }
        }
        if triangles.is_empty() {
            lo = DVec3::ZERO;
            hi = DVec3::ZERO;
        }
        let dims = [0, 1, 2].map(|k| (((hi[k] - lo[k]) / cell).floor() as usize + 1).min(4096));
        let mut buckets = vec![Vec::new(); dims[0] * dims[1] * dims[2]];
        for (index, t) in triangles.iter().enumerate() {
            let cell_of =
                |v: f64, k: usize| (((v - lo[k]) / cell).floor() as usize).min(dims[k] - 1);
            let range = |k: usize| {
                let a = t.iter().map(|p| p[k]).fold(f64::MAX, f64::min);
                let b = t.iter().map(|p| p[k]).fold(f64::MIN, f64::max);
                cell_of(a, k)..=cell_of(b, k)
            };
            for x in range(0) {
                for y in range(1) {
                    for z in range(2) {
                        buckets[(x * dims[1] + y) * dims[2] + z].push(index as u32);
                    }
                }
            }
        }
        SurfaceIndex {
            triangles,
            cell,
            origin: lo,
            dims,
            buckets,
        }
    }

    /// Distance from `p` to the nearest point of the surface (infinite for an empty mesh).
    pub fn distance(&self, p: impl Into<DVec3>) -> f64 {
        let p = p.into();
        let q = self.closest(p);
        if q.x.is_finite() {
            p.distance(q)
        } else {
            f64::INFINITY
        }
    }

    /// The nearest point of the surface to `p` (infinite coordinates for an empty mesh).
    pub fn closest(&self, p: impl Into<DVec3>) -> DVec3 {
        let p = p.into();
        if self.triangles.is_empty() {
            return DVec3::INFINITY;
        }
        let centre = [0, 1, 2].map(|k| ((p[k] - self.origin[k]) / self.cell).floor() as i64);
        let mut best = f64::INFINITY;
        let mut nearest = p;
        let max_ring = self.dims.iter().copied().max().unwrap_or(1) as i64 + 1;
        for ring in 0..=max_ring {
            // Every cell outside this ring is at least `ring` cells from `p`'s own cell.
            if best <= (ring as f64 - 1.0) * self.cell {
                break;
            }
            for x in centre[0] - ring..=centre[0] + ring {
                for y in centre[1] - ring..=centre[1] + ring {
                    for z in centre[2] - ring..=centre[2] + ring {
                        let on_shell = (x - centre[0]).abs() == ring
                            || (y - centre[1]).abs() == ring
                            || (z - centre[2]).abs() == ring;
                        if !on_shell {
                            continue;
                        }
                        let inside = |v: i64, k: usize| v >= 0 && (v as usize) < self.dims[k];
                        if !(inside(x, 0) && inside(y, 1) && inside(z, 2)) {
                            continue;
                        }
                        let bucket =
                            (x as usize * self.dims[1] + y as usize) * self.dims[2] + z as usize;
                        for &t in &self.buckets[bucket] {
                            let [a, b, c] = self.triangles[t as usize];
                            let q = closest_on_triangle(p, a, b, c);
                            let length = p.distance(q);
                            if length < best {
                                best = length;
                                nearest = q;
                            }
                        }
                    }
                }
            }
        }
        nearest
    }
}

/// Points spread evenly over a surface, each with the area it stands for.
pub fn surface_samples(mesh: &PlyMesh, spacing_m: f64) -> Vec<(DVec3, f64)> {
    let mut samples = Vec::new();
    for [a, b, c] in triangle_corners(mesh) {
        let area = 0.5 * (b - a).cross(c - a).length();
        if area <= 0.0 {
            continue;
        }
        // n*n sub-triangles of about spacing² each; their centroids are the samples.
        let n = ((area / (spacing_m * spacing_m)).sqrt().ceil() as usize).clamp(1, 64);
        let weight = area / (n * n) as f64;
        let at = |i: f64, j: f64| {
            let (u, v) = (i / n as f64, j / n as f64);
            a + (b - a) * u + (c - a) * v
        };
        for i in 0..n {
            for j in 0..n - i {
                let (fi, fj) = (i as f64, j as f64);
                let up = [at(fi, fj), at(fi + 1.0, fj), at(fi, fj + 1.0)];
                samples.push((centroid(up), weight));
                if i + j + 1 < n {
                    let down = [at(fi + 1.0, fj), at(fi + 1.0, fj + 1.0), at(fi, fj + 1.0)];
                    samples.push((centroid(down), weight));
                }
            }
        }
    }
    samples
}

fn centroid(p: [DVec3; 3]) -> DVec3 {
    (p[0] + p[1] + p[2]) / 3.0
}

/// Mean and 95th percentile of the symmetric surface distance, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SurfaceDistance {
    pub mean_mm: f64,
    pub p95_mm: f64,
    /// The larger of the two one-way means (ours to the reference, the reference to ours).
    pub worst_direction_mean_mm: f64,
}

/// Inside tests against a closed surface by its generalised winding number (the solid angle it
/// subtends, over 4π): robust to the small defects a fitted piece can have (a fan folding over,
/// a sliver missing), where counting ray crossings would flip.
pub struct InsideIndex {
    triangles: Vec<[DVec3; 3]>,
    low: DVec3,
    high: DVec3,
}

impl InsideIndex {
    pub fn new(mesh: &PlyMesh) -> Self {
        let (low, high) = bounds(mesh);
        InsideIndex {
            triangles: triangle_corners(mesh),
            low,
            high,
        }
    }

    /// Is `p` inside the surface?
    pub fn contains(&self, p: impl Into<DVec3>) -> bool {
        let p = p.into();
        if (0..3).any(|k| p[k] < self.low[k] || p[k] > self.high[k]) {
            return false;
        }
        let mut solid_angle = 0.0;
        for [a, b, c] in &self.triangles {
            // Van Oosterom and Strackee's formula.
            let (ra, rb, rc) = (*a - p, *b - p, *c - p);
            let (la, lb, lc) = (ra.length(), rb.length(), rc.length());
            let numerator = ra.dot(rb.cross(rc));
            let denominator = la * lb * lc + ra.dot(rb) * lc + ra.dot(rc) * lb + rb.dot(rc) * la;
            solid_angle += 2.0 * numerator.atan2(denominator);
        }
        (solid_angle / (4.0 * std::f64::consts::PI)).abs() > 0.5
    }
}

/// Is `p` inside the closed surface `mesh`?
pub fn inside(mesh: &PlyMesh, p: impl Into<DVec3>) -> bool {
    InsideIndex::new(mesh).contains(p)
}

fn bounds(mesh: &PlyMesh) -> (DVec3, DVec3) {
    mesh.positions
        .iter()
        .fold((DVec3::MAX, DVec3::MIN), |(lo, hi), p| {
            let p = DVec3::from(p.map(f64::from));
            (lo.min(p), hi.max(p))
        })
}

/// The surface of a union of closed pieces: samples of each piece that lie inside another piece
/// are hidden and left out.
pub fn union_samples(pieces: &[PlyMesh], spacing_m: f64) -> Vec<(DVec3, f64)> {
    let boxes: Vec<_> = pieces.iter().map(bounds).collect();
    let mut samples = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let others: Vec<usize> = (0..pieces.len())
            .filter(|&j| {
                j != i
                    && (0..3)
                        .all(|k| boxes[i].0[k] <= boxes[j].1[k] && boxes[j].0[k] <= boxes[i].1[k])
            })
            .collect();
        let tests: Vec<InsideIndex> = others
            .iter()
            .map(|&j| InsideIndex::new(&pieces[j]))
            .collect();
        samples.extend(
            surface_samples(piece, spacing_m)
                .into_iter()
                .filter(|(p, _)| !tests.iter().any(|t| t.contains(*p))),
        );
    }
    samples
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

/// The fidelity table of fitted shapes against the reference meshes (read by `reference`, by
/// reference id), both cropped at the shapes' crop height less a millimetre.
pub fn fidelity_table(
    shapes: &crate::fitted::FittedAtlas,
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
            .map(|piece| PlyMesh::from(&piece.mesh()))
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
        let s = size;
        let positions = vec![
            [0.0, 0.0, 0.0],
            [s, 0.0, 0.0],
            [s, s, 0.0],
            [0.0, s, 0.0],
            [0.0, 0.0, s],
            [s, 0.0, s],
            [s, s, s],
            [0.0, s, s],
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
        // Two overlapping cubes against their union's outline: the faces buried in the other
        // cube would be up to 10 mm off; left out, the union matches the reference exactly where
        // it is visible.
        let (a, b) = (cube(0.02, 0.0), cube(0.02, 0.01));
        assert!(inside(&a, [0.01, 0.01, 0.01]) && !inside(&a, [0.03, 0.01, 0.01]));
        let apart = surface_distance(&a, &b);
        let together = union_surface_distance(&[a.clone(), b.clone()], &a, 1.0);
        assert!(apart.mean_mm > 1.0);
        assert!(
            together.p95_mm > 5.0,
            "the union sticks out 10 mm past `a`: {together:?}"
        );
        let itself = union_surface_distance(&[a.clone(), a.clone()], &a, 1.0);
        assert!(itself.mean_mm < 1e-9, "{itself:?}");
    }

    #[test]
    fn closest_points_on_a_triangle() {
        let (a, b, c) = (DVec3::ZERO, DVec3::X, DVec3::Y);
        let inside = closest_on_triangle(DVec3::new(0.2, 0.2, 1.0), a, b, c);
        assert!(inside.distance(DVec3::new(0.2, 0.2, 0.0)) < 1e-12);
        assert_eq!(closest_on_triangle(DVec3::new(-1.0, -1.0, 0.0), a, b, c), a);
        let q = closest_on_triangle(DVec3::new(1.0, 1.0, 0.0), a, b, c);
        assert!((q.x - 0.5).abs() < 1e-12 && (q.y - 0.5).abs() < 1e-12);
    }
}
