//! Turns landmark data into triangle meshes: a smooth centre line (centripetal Catmull-Rom)
//! through the landmarks, swept with an elliptical cross-section whose size varies along it,
//! closed with rounded caps. Pure maths, no engine types, so it is tested directly.

use glam::Vec3;
use serde::Deserialize;

mod sweep;

pub use sweep::sweep_mesh;

/// A tube swept along a smooth centre line through `path`, with an elliptical cross-section.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SweepShape {
    /// Centre-line landmarks in metres (at least two).
    pub path: Vec<[f32; 3]>,
    /// Cross-section half-sizes along the line: `(t, half_width, half_depth)` with `t` from 0
    /// (first landmark) to 1 (last), sorted by `t`. Width runs medial-lateral, depth
    /// front-back (for a horizontal path, depth runs up-down).
    pub sections: Vec<(f32, f32, f32)>,
    /// Rotates the cross-section about the centre line, degrees.
    #[serde(default)]
    pub twist_deg: f32,
}

impl SweepShape {
    pub(crate) fn check(&self) -> Result<(), String> {
        if self.path.len() < 2 {
            return Err(format!(
                "`path` has {} landmark(s); expected at least 2",
                self.path.len()
            ));
        }
        if self.path.iter().flatten().any(|v| !v.is_finite()) {
            return Err("`path` has a coordinate that is not a finite number".into());
        }
        if self
            .path
            .windows(2)
            .any(|w| Vec3::from(w[0]).distance(Vec3::from(w[1])) < 1e-5)
        {
            return Err("`path` has two consecutive landmarks at the same place".into());
        }
        if self.sections.is_empty() {
            return Err("`sections` is empty; expected (t, half_width, half_depth) entries".into());
        }
        for (t, w, d) in &self.sections {
            if !(0.0..=1.0).contains(t) {
                return Err(format!("section t = {t} is outside 0..=1"));
            }
            if !(*w > 0.0 && *d > 0.0 && *w < 0.2 && *d < 0.2) {
                return Err(format!(
                    "section at t = {t} has half sizes {w} x {d} m; expected each between 0 and 0.2 m"
                ));
            }
        }
        if self.sections.windows(2).any(|w| w[1].0 < w[0].0) {
            return Err("`sections` are not sorted by t".into());
        }
        Ok(())
    }
}

/// An indexed triangle list with smooth per-vertex normals, counter-clockwise seen from outside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TriangleMesh {
    pub positions: Vec<[f32; 3]>,
    pub normals: Vec<[f32; 3]>,
    /// Per vertex, 0..1: a stripe pattern running along the centre line, used to hint at
    /// muscle fibre direction.
    pub fibre: Vec<f32>,
    pub indices: Vec<u32>,
}

impl TriangleMesh {
    pub fn triangle_count(&self) -> usize {
        self.indices.len() / 3
    }

    /// Appends another mesh (indices are shifted).
    pub fn append(&mut self, other: &TriangleMesh) {
        let offset = self.positions.len() as u32;
        self.positions.extend_from_slice(&other.positions);
        self.normals.extend_from_slice(&other.normals);
        self.fibre.extend_from_slice(&other.fibre);
        self.indices
            .extend(other.indices.iter().map(|i| i + offset));
    }

    /// Axis-aligned bounds `(min, max)`; `None` for an empty mesh.
    pub fn bounds(&self) -> Option<([f32; 3], [f32; 3])> {
        let first = *self.positions.first()?;
        Some(self.positions.iter().fold((first, first), |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1]), lo[2].min(p[2])],
                [hi[0].max(p[0]), hi[1].max(p[1]), hi[2].max(p[2])],
            )
        }))
    }

    /// Enclosed volume (divergence theorem); positive when the faces point outwards.
    pub fn signed_volume(&self) -> f32 {
        self.indices
            .chunks_exact(3)
            .map(|t| {
                let [a, b, c] = [0, 1, 2].map(|k| Vec3::from(self.positions[t[k] as usize]));
                a.dot(b.cross(c)) / 6.0
            })
            .sum()
    }

    /// Smallest triangle area, to catch degenerate (zero-area) faces.
    pub fn min_triangle_area(&self) -> f32 {
        self.indices
            .chunks_exact(3)
            .map(|t| {
                let [a, b, c] = [0, 1, 2].map(|k| Vec3::from(self.positions[t[k] as usize]));
                0.5 * (b - a).cross(c - a).length()
            })
            .fold(f32::INFINITY, f32::min)
    }

    /// Removes vertices no triangle uses (left by dropping degenerate faces).
    pub(crate) fn drop_unused_vertices(&mut self) {
        let mut used = vec![false; self.positions.len()];
        for &i in &self.indices {
            used[i as usize] = true;
        }
        let mut new_index = vec![0u32; self.positions.len()];
        let mut next = 0u32;
        for (i, keep) in used.iter().enumerate() {
            if *keep {
                new_index[i] = next;
                self.positions[next as usize] = self.positions[i];
                if let Some(f) = self.fibre.get(i).copied() {
                    self.fibre[next as usize] = f;
                }
                next += 1;
            }
        }
        self.positions.truncate(next as usize);
        self.fibre.truncate(next as usize);
        for i in &mut self.indices {
            *i = new_index[*i as usize];
        }
    }

    pub(crate) fn compute_smooth_normals(&mut self) {
        let mut normals = vec![Vec3::ZERO; self.positions.len()];
        // Where faces cancel out (a fold, a zero-width bridge), the largest face decides.
        let mut largest = vec![(Vec3::ZERO, 0.0f32); self.positions.len()];
        for t in self.indices.chunks_exact(3) {
            let [a, b, c] = [0, 1, 2].map(|k| Vec3::from(self.positions[t[k] as usize]));
            // Not normalised: larger faces weigh more.
            let face = (b - a).cross(c - a);
            let size = face.length();
            for &i in t {
                normals[i as usize] += face;
                if size > largest[i as usize].1 {
                    largest[i as usize] = (face, size);
                }
            }
        }
        self.normals = normals
            .into_iter()
            .zip(largest)
            .map(|(n, (face, size))| {
                if n.length() > 1e-3 * size && n.length() > 0.0 {
                    n.normalize_or_zero()
                } else if size > 0.0 {
                    face.normalize_or_zero()
                } else {
                    Vec3::Y
                }
                .to_array()
            })
            .collect();
    }
}
