//! How closely a shape of ours follows a measured one: the symmetric surface distance between
//! two triangle meshes. Both surfaces are sampled evenly (about one point per square
//! millimetre); each sample's distance to the other surface is taken; the two sets together give
//! the mean and the 95th percentile, so a missing bump and an extra one count alike.

use crate::ply::PlyMesh;

type V3 = [f64; 3];

fn sub(a: V3, b: V3) -> V3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}
fn dot(a: V3, b: V3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}
fn add_scaled(a: V3, b: V3, s: f64) -> V3 {
    [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s]
}
fn cross(a: V3, b: V3) -> V3 {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

/// The closest point of triangle `abc` to `p` (Ericson, Real-Time Collision Detection, 5.1.5).
fn closest_on_triangle(p: V3, a: V3, b: V3, c: V3) -> V3 {
    let ab = sub(b, a);
    let ac = sub(c, a);
    let ap = sub(p, a);
    let d1 = dot(ab, ap);
    let d2 = dot(ac, ap);
    if d1 <= 0.0 && d2 <= 0.0 {
        return a;
    }
    let bp = sub(p, b);
    let d3 = dot(ab, bp);
    let d4 = dot(ac, bp);
    if d3 >= 0.0 && d4 <= d3 {
        return b;
    }
    let vc = d1 * d4 - d3 * d2;
    if vc <= 0.0 && d1 >= 0.0 && d3 <= 0.0 {
        return add_scaled(a, ab, d1 / (d1 - d3));
    }
    let cp = sub(p, c);
    let d5 = dot(ab, cp);
    let d6 = dot(ac, cp);
    if d6 >= 0.0 && d5 <= d6 {
        return c;
    }
    let vb = d5 * d2 - d1 * d6;
    if vb <= 0.0 && d2 >= 0.0 && d6 <= 0.0 {
        return add_scaled(a, ac, d2 / (d2 - d6));
    }
    let va = d3 * d6 - d5 * d4;
    if va <= 0.0 && (d4 - d3) >= 0.0 && (d5 - d6) >= 0.0 {
        let w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        return add_scaled(b, sub(c, b), w);
    }
    let denom = 1.0 / (va + vb + vc);
    let v = vb * denom;
    let w = vc * denom;
    add_scaled(add_scaled(a, ab, v), ac, w)
}

/// Triangles bucketed in a uniform grid, for nearest-surface queries.
pub struct SurfaceIndex {
    triangles: Vec<[V3; 3]>,
    cell: f64,
    origin: V3,
    dims: [usize; 3],
    buckets: Vec<Vec<u32>>,
}

impl SurfaceIndex {
    pub fn new(mesh: &PlyMesh) -> Self {
        let triangles: Vec<[V3; 3]> = mesh
            .triangles
            .iter()
            .map(|t| t.map(|i| mesh.positions[i as usize].map(f64::from)))
            .collect();
        let cell = 0.004;
        let mut lo = [f64::MAX; 3];
        let mut hi = [f64::MIN; 3];
        for t in &triangles {
            for p in t {
                for k in 0..3 {
                    lo[k] = lo[k].min(p[k]);
                    hi[k] = hi[k].max(p[k]);
                }
            }
        }
        if triangles.is_empty() {
            lo = [0.0; 3];
            hi = [0.0; 3];
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
    pub fn distance(&self, p: V3) -> f64 {
        if self.triangles.is_empty() {
            return f64::INFINITY;
        }
        let centre = [0, 1, 2].map(|k| ((p[k] - self.origin[k]) / self.cell).floor() as i64);
        let mut best = f64::INFINITY;
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
                            let d = sub(p, q);
                            best = best.min(dot(d, d).sqrt());
                        }
                    }
                }
            }
        }
        best
    }
}

/// Points spread evenly over a surface, each with the area it stands for.
pub fn surface_samples(mesh: &PlyMesh, spacing_m: f64) -> Vec<(V3, f64)> {
    let mut samples = Vec::new();
    for t in &mesh.triangles {
        let [a, b, c] = t.map(|i| mesh.positions[i as usize].map(f64::from));
        let area = 0.5 * dot(cross(sub(b, a), sub(c, a)), cross(sub(b, a), sub(c, a))).sqrt();
        if area <= 0.0 {
            continue;
        }
        // n*n sub-triangles of about spacing² each; their centroids are the samples.
        let n = ((area / (spacing_m * spacing_m)).sqrt().ceil() as usize).clamp(1, 64);
        let weight = area / (n * n) as f64;
        let at = |i: f64, j: f64| {
            let (u, v) = (i / n as f64, j / n as f64);
            add_scaled(add_scaled(a, sub(b, a), u), sub(c, a), v)
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

fn centroid(p: [V3; 3]) -> V3 {
    [0, 1, 2].map(|k| (p[0][k] + p[1][k] + p[2][k]) / 3.0)
}

/// Mean and 95th percentile of the symmetric surface distance, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SurfaceDistance {
    pub mean_mm: f64,
    pub p95_mm: f64,
    /// The larger of the two one-way means (ours to the reference, the reference to ours).
    pub worst_direction_mean_mm: f64,
}

/// The symmetric surface distance between `ours` and `reference`.
pub fn surface_distance(ours: &PlyMesh, reference: &PlyMesh) -> SurfaceDistance {
    const SPACING_M: f64 = 0.001;
    let one_way = |from: &PlyMesh, to: &SurfaceIndex| -> Vec<(f64, f64)> {
        surface_samples(from, SPACING_M)
            .into_iter()
            .map(|(p, w)| (to.distance(p) * 1000.0, w))
            .collect()
    };
    let forward = one_way(ours, &SurfaceIndex::new(reference));
    let backward = one_way(reference, &SurfaceIndex::new(ours));
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
    fn closest_points_on_a_triangle() {
        let (a, b, c) = ([0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]);
        let inside = closest_on_triangle([0.2, 0.2, 1.0], a, b, c);
        assert!((0..3).all(|k| (inside[k] - [0.2, 0.2, 0.0][k]).abs() < 1e-12));
        assert_eq!(closest_on_triangle([-1.0, -1.0, 0.0], a, b, c), a);
        let q = closest_on_triangle([1.0, 1.0, 0.0], a, b, c);
        assert!((q[0] - 0.5).abs() < 1e-12 && (q[1] - 0.5).abs() < 1e-12);
    }
}
