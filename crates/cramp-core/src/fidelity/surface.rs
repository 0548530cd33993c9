//! Surfaces as point sets: the nearest point of a triangle mesh (bucketed in a grid), even
//! samples over a surface, and inside tests by winding number.

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

#[cfg(test)]
mod tests {
    use super::*;

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
