//! Shapes fitted to a measured human leg (`assets/anatomy/leg.shapes.ron`, written by
//! `cargo run -p fit-anatomy`): each piece is a chain of cross-sections along a curved axis.
//! A section is a closed outline of `points_per_section` points, given in the section's own
//! plane, so it can carry any outline (a crescent soleus, a triangular tibia), not only an
//! ellipse. Rounded ends close on a point along the axis.
//!
//! The data are our own, fitted to BodyParts3D (© The Database Center for Life Science,
//! CC BY-SA 2.1 JP) and shared under the same licence (see `assets/anatomy/LICENSE.md`).

use std::collections::BTreeMap;

use glam::Vec3;
use serde::Deserialize;

use crate::data_error::{DataError, parse_validated};
use crate::geometry::TriangleMesh;
use crate::quality::MeshDetail;

mod references;

pub use references::{REFERENCE_PARTS, comparison_groups};

/// The whole fitted-shape file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FittedAtlas {
    /// Where the shapes come from, shown in the credits.
    pub credit: String,
    /// Everything above this height (metres) is left out, in the fit and the comparison.
    pub crop_above_y_m: f32,
    /// Per structure id, its pieces (several for grouped structures, e.g. the metatarsals).
    pub structures: BTreeMap<String, Vec<FittedPiece>>,
}

/// One fitted piece: sections along an axis.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FittedPiece {
    /// The reference mesh this piece was fitted to (for the comparison).
    pub reference: String,
    /// Section centres along the axis, millimetres, `x y z` after each other.
    pub axis_mm: Vec<f32>,
    /// Points per section outline.
    pub points_per_section: usize,
    /// Per section, its outline: `u v` pairs in millimetres in the section frame
    /// (`section_frames`), counter-clockwise about the axis.
    pub outlines_mm: Vec<f32>,
    /// The direction `u` of the first section's frame (see `section_frames`).
    pub first_u: [f32; 3],
    /// The tips the two ends close on, before the first and after the last section,
    /// millimetres (x y z).
    pub tips_mm: ([f32; 3], [f32; 3]),
}

/// The plane of one section: its centre, the axis direction through it, and two in-plane
/// directions `u`, `v` with `u × v = tangent`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionFrame {
    pub centre: Vec3,
    pub tangent: Vec3,
    pub u: Vec3,
    pub v: Vec3,
}

/// Frames along an axis: tangents by central differences, `u` carried from section to section
/// without twisting (parallel transport), starting from `first_u` (made square to the axis).
/// The fitting tool and the mesh builder both use this, so outlines land where they were
/// measured.
pub fn section_frames(axis: &[Vec3], first_u: Vec3) -> Vec<SectionFrame> {
    let n = axis.len();
    if n == 0 {
        return Vec::new();
    }
    let tangent_at = |i: usize| -> Vec3 {
        let (a, b) = match n {
            1 => return Vec3::Y,
            _ if i == 0 => (axis[0], axis[1]),
            _ if i == n - 1 => (axis[n - 2], axis[n - 1]),
            _ => (axis[i - 1], axis[i + 1]),
        };
        let t = (b - a).normalize_or_zero();
        if t.dot(t) > 0.5 { t } else { Vec3::Y }
    };
    let first = tangent_at(0);
    // A usable start: `first_u` unless it runs along the axis, else the world direction most
    // across it.
    let across = first_u - first * first_u.dot(first);
    let seed = if across.dot(across) > 1e-6 {
        across.normalize_or_zero()
    } else {
        [Vec3::Z, Vec3::X, Vec3::Y]
            .into_iter()
            .min_by(|a, b| a.dot(first).abs().total_cmp(&b.dot(first).abs()))
            .unwrap_or(Vec3::Z)
    };
    let mut u = seed;
    let mut frames = Vec::with_capacity(n);
    for (i, centre) in axis.iter().enumerate() {
        let tangent = tangent_at(i);
        let mut carried = u - tangent * u.dot(tangent);
        if carried.dot(carried) < 1e-12 {
            carried = seed - tangent * seed.dot(tangent);
        }
        u = carried.normalize_or_zero();
        let v = tangent.cross(u);
        frames.push(SectionFrame {
            centre: *centre,
            tangent,
            u,
            v,
        });
    }
    frames
}

impl FittedPiece {
    /// Section centres in metres.
    pub fn axis(&self) -> Vec<[f32; 3]> {
        self.axis_mm
            .chunks_exact(3)
            .map(|c| [c[0] / 1000.0, c[1] / 1000.0, c[2] / 1000.0])
            .collect()
    }

    fn sections(&self) -> usize {
        self.axis_mm.len() / 3
    }

    /// The closed surface in metres, faces outwards, with smooth normals, from every section
    /// and outline point. `fibre` stripes run along the axis (used to hint at muscle fibre
    /// direction).
    pub fn mesh(&self) -> TriangleMesh {
        self.mesh_at(MeshDetail::Full)
    }

    /// The surface at a detail: `Reduced` keeps every other section (the two ends always) and,
    /// on outlines of an even number of points, 16 or more, every other outline point.
    pub fn mesh_at(&self, detail: MeshDetail) -> TriangleMesh {
        let axis: Vec<Vec3> = self.axis().into_iter().map(Vec3::from).collect();
        // Frames from the whole axis, so a kept section's outline lands where it was fitted.
        let frames = section_frames(&axis, Vec3::from(self.first_u));
        let k = self.points_per_section;
        let mut mesh = TriangleMesh::default();
        if frames.len() < 2 || k < 3 {
            return mesh;
        }
        let step = match detail {
            MeshDetail::Full => 1,
            MeshDetail::Reduced => 2,
        };
        let mut sections: Vec<usize> = (0..frames.len()).step_by(step).collect();
        if sections.last() != Some(&(frames.len() - 1)) {
            sections.push(frames.len() - 1);
        }
        let outline_step = if k.is_multiple_of(step) && k / step >= 8 {
            step
        } else {
            1
        };
        let points: Vec<usize> = (0..k).step_by(outline_step).collect();
        let kept = points.len();
        let stripes = (kept / 4).max(1) as f32;
        for &i in &sections {
            let frame = &frames[i];
            for (n, &j) in points.iter().enumerate() {
                let at = 2 * (i * k + j);
                let (u, v) = (
                    self.outlines_mm[at] / 1000.0,
                    self.outlines_mm[at + 1] / 1000.0,
                );
                mesh.positions
                    .push((frame.centre + (frame.u * u + frame.v * v)).to_array());
                mesh.fibre.push(
                    0.5 + 0.5 * (stripes * std::f32::consts::TAU * n as f32 / kept as f32).sin(),
                );
            }
        }
        let k = kept;
        let ring = |i: usize, j: usize| (i * k + j % k) as u32;
        for i in 0..sections.len() - 1 {
            for j in 0..k {
                let (a, b, c, d) = (
                    ring(i, j),
                    ring(i, j + 1),
                    ring(i + 1, j + 1),
                    ring(i + 1, j),
                );
                mesh.indices.extend_from_slice(&[a, b, c, a, c, d]);
            }
        }
        let last = sections.len() - 1;
        let start = self.tips_mm.0.map(|c| c / 1000.0);
        let end = self.tips_mm.1.map(|c| c / 1000.0);
        let start_index = mesh.positions.len() as u32;
        mesh.positions.push(start);
        mesh.positions.push(end);
        mesh.fibre.extend([0.5, 0.5]);
        for j in 0..k {
            mesh.indices
                .extend_from_slice(&[start_index, ring(0, j + 1), ring(0, j)]);
            mesh.indices
                .extend_from_slice(&[start_index + 1, ring(last, j), ring(last, j + 1)]);
        }
        // Bridged outlines and rounding leave some faces without area: drop them.
        let positions = &mesh.positions;
        let area = |t: &[u32]| {
            let [a, b, c] = [0, 1, 2].map(|k| Vec3::from(positions[t[k] as usize]));
            let n = (b - a).cross(c - a);
            n.dot(n)
        };
        mesh.indices = mesh
            .indices
            .chunks_exact(3)
            .filter(|t| area(t) > 1e-18)
            .flatten()
            .copied()
            .collect();
        // Outlines run counter-clockwise about the axis; should a fit have run them the other
        // way, turn the faces so they point outwards.
        if mesh.signed_volume() < 0.0 {
            for t in mesh.indices.chunks_exact_mut(3) {
                t.swap(1, 2);
            }
        }
        mesh.drop_unused_vertices();
        mesh.compute_smooth_normals();
        mesh
    }
}

impl FittedAtlas {
    /// Parses and checks a fitted-shape file: every piece's arrays must agree in size and hold
    /// finite numbers.
    pub fn from_ron(file: &str, bytes: &[u8]) -> Result<Self, Vec<DataError>> {
        parse_validated(file, bytes, |atlas: &Self| atlas.validate(file))
    }

    fn validate(&self, file: &str) -> Vec<DataError> {
        let mut problems = Vec::new();
        for (id, pieces) in &self.structures {
            for (index, piece) in pieces.iter().enumerate() {
                let mut problem = |what: String| {
                    problems.push(DataError::new(file, format!("{id} piece {index}: {what}")))
                };
                let sections = piece.sections();
                if piece.axis_mm.len() % 3 != 0 || sections < 2 {
                    problem("the axis needs at least two x y z points".into());
                }
                if piece.points_per_section < 3 {
                    problem("an outline needs at least three points".into());
                }
                if piece.outlines_mm.len() != 2 * sections * piece.points_per_section {
                    problem(format!(
                        "{} outline numbers; expected {} ({} sections x {} points x 2)",
                        piece.outlines_mm.len(),
                        2 * sections * piece.points_per_section,
                        sections,
                        piece.points_per_section
                    ));
                }
                let finite = piece
                    .axis_mm
                    .iter()
                    .chain(&piece.outlines_mm)
                    .chain(piece.tips_mm.0.iter())
                    .chain(piece.tips_mm.1.iter())
                    .all(|v| v.is_finite());
                if !finite {
                    problem("a number is not finite".into());
                }
            }
        }
        problems
    }

    /// The mesh of one structure: all its pieces together.
    pub fn mesh(&self, id: &str) -> Option<TriangleMesh> {
        let pieces = self.structures.get(id)?;
        let mut mesh = TriangleMesh::default();
        for piece in pieces {
            mesh.append(&piece.mesh());
        }
        Some(mesh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cylinder(sections: usize, k: usize, radius_mm: f32) -> FittedPiece {
        let mut axis_mm = Vec::new();
        let mut outlines_mm = Vec::new();
        for i in 0..sections {
            axis_mm.extend([0.0, -10.0 * i as f32, 0.0]);
            for j in 0..k {
                let a = std::f32::consts::TAU * j as f32 / k as f32;
                outlines_mm.extend([radius_mm * a.cos(), radius_mm * a.sin()]);
            }
        }
        FittedPiece {
            reference: "test".into(),
            axis_mm,
            points_per_section: k,
            outlines_mm,
            first_u: [1.0, 0.0, 0.0],
            tips_mm: ([0.0, 0.0, 0.0], [0.0, -10.0 * (sections - 1) as f32, 0.0]),
        }
    }

    #[test]
    fn a_fitted_cylinder_is_closed_points_outwards_and_has_its_volume() {
        let mesh = cylinder(11, 64, 10.0).mesh();
        // 100 mm long, radius 10 mm: about 31.4 cm³.
        let volume = mesh.signed_volume();
        assert!((volume - 3.14e-5).abs() < 0.05 * 3.14e-5, "{volume}");
        assert!(mesh.min_triangle_area() > 0.0);
        assert_eq!(mesh.normals.len(), mesh.positions.len());
    }

    #[test]
    fn frames_do_not_twist_along_a_bent_axis() {
        let axis: Vec<Vec3> = (0..20)
            .map(|i| {
                let a = i as f32 * 0.08;
                Vec3::new(0.0, -a.sin(), -1.0 + a.cos())
            })
            .collect();
        let frames = section_frames(&axis, Vec3::X);
        for f in &frames {
            assert!(f.u.dot(f.tangent).abs() < 1e-5 && f.v.dot(f.tangent).abs() < 1e-5);
            assert!((f.u.cross(f.v).dot(f.tangent) - 1.0).abs() < 1e-4);
        }
        // The bend is in the y-z plane: u starts along x and stays there.
        assert!(frames.iter().all(|f| f.u.x.abs() > 0.999), "{frames:?}");
    }

    #[test]
    fn mismatched_arrays_are_reported() {
        let text = r#"(credit: "c", crop_above_y_m: 0.1, structures: {"tibia": [(reference: "tibia",
            axis_mm: [0.0, 0.0, 0.0, 0.0, -10.0, 0.0], points_per_section: 3,
            outlines_mm: [1.0, 0.0], first_u: (1.0, 0.0, 0.0), tips_mm: ((0.0, 0.0, 0.0), (0.0, -10.0, 0.0)))]})"#;
        let problems = FittedAtlas::from_ron("shapes.ron", text.as_bytes()).expect_err("bad");
        assert!(
            problems[0].to_string().contains("expected 12"),
            "{problems:?}"
        );
    }
}
