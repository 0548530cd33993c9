//! Choosing between fits: each axis and multi-outline choice is scored against the reference
//! piece, with the branches the main piece misses fitted on their own.

use std::collections::HashMap;

use cramp_core::fitted::FittedPiece;
use cramp_core::glam::DVec3;
use cramp_core::ply::PlyMesh;

use crate::axis::AxisMode;
use crate::fit::{Fit, fit_piece};
use crate::outline::Several;
use crate::surface::Surface;

/// Tries the axis and multi-outline choices that suit the piece and keeps the one whose
/// surface follows the reference best (mean plus a quarter of the 95th percentile).
pub(crate) fn best_fit(surface: &Surface, fit: Fit, reference: &str) -> Vec<FittedPiece> {
    let axes: &[AxisMode] = match fit.mode {
        AxisMode::Vertical => &[AxisMode::Vertical],
        // Bones: also straight cuts along each world axis.
        AxisMode::World(_) => &[
            AxisMode::Geodesic,
            AxisMode::Principal,
            AxisMode::World(0),
            AxisMode::World(1),
            AxisMode::World(2),
        ],
        _ => &[AxisMode::Geodesic, AxisMode::Principal],
    };
    let target = PlyMesh {
        positions: surface.p.iter().map(|p| p.as_vec3().to_array()).collect(),
        triangles: surface.t.iter().map(|t| t.map(|i| i as u32)).collect(),
    };
    let openings = Openings::of(surface);
    let mut best: Option<(f64, Vec<FittedPiece>)> = None;
    for &mode in axes {
        for several in [Several::Envelope, Several::Bridge, Several::Largest] {
            let Some(piece) = fit_piece(
                surface,
                Fit {
                    mode,
                    several,
                    ..fit
                },
                reference,
            ) else {
                continue;
            };
            // Branches the main piece misses (a tributary, a tendon slip) get pieces of their
            // own, cut along their own length; the choice is judged with them.
            let branches: Vec<FittedPiece> = missed_branches(surface, &piece)
                .iter()
                .filter_map(|branch| {
                    let branch_fit = Fit {
                        mode: AxisMode::Geodesic,
                        several: Several::Largest,
                        ..fit
                    };
                    fit_piece(branch, branch_fit, reference)
                })
                .collect();
            let pieces: Vec<FittedPiece> = std::iter::once(piece).chain(branches).collect();
            let meshes: Vec<PlyMesh> = pieces.iter().map(|p| PlyMesh::from(&p.mesh())).collect();
            let d = score_against(&meshes, &target, &openings);
            let score = d.mean_mm + 0.25 * d.p95_mm;
            if std::env::var_os("FIT_WHERE").is_some() {
                use cramp_core::fidelity::{SurfaceIndex, surface_samples};
                let all = meshes.iter().fold(PlyMesh::default(), |mut a, m| {
                    a.append(m);
                    a
                });
                for (name, from, to) in [("ours", &all, &target), ("reference", &target, &all)] {
                    let index = SurfaceIndex::new(to);
                    let far: Vec<DVec3> = surface_samples(from, 0.001)
                        .into_iter()
                        .filter(|(p, _)| index.distance(*p) > 0.004)
                        .map(|(p, _)| p)
                        .collect();
                    let mut ys: Vec<i64> =
                        far.iter().map(|p| (p[1] * 100.0).floor() as i64).collect();
                    ys.sort_unstable();
                    ys.dedup();
                    eprintln!(
                        "  {name} samples > 4 mm off: {}, at y (cm) {ys:?}",
                        far.len()
                    );
                }
            }
            if std::env::var_os("FIT_DEBUG").is_some() {
                eprintln!(
                    "{reference}: {} triangles, {:?} axis, {several:?}: mean {:.2} p95 {:.2}",
                    surface.t.len(),
                    match mode {
                        AxisMode::Geodesic => "geodesic",
                        AxisMode::Vertical => "vertical",
                        AxisMode::Principal => "principal",
                        AxisMode::World(0) => "x",
                        AxisMode::World(1) => "y",
                        AxisMode::World(_) => "z",
                    },
                    d.mean_mm,
                    d.p95_mm
                );
            }
            if best.as_ref().is_none_or(|(b, _)| score < *b) {
                best = Some((score, pieces));
            }
        }
    }
    best.map(|(_, pieces)| pieces).unwrap_or_default()
}

/// The parts of `surface` that `fitted` leaves more than 3 mm away, each grown by a few
/// millimetres so it joins what is already there; specks are ignored.
fn missed_branches(surface: &Surface, fitted: &FittedPiece) -> Vec<Surface> {
    let ours = cramp_core::fidelity::SurfaceIndex::new(&PlyMesh::from(&fitted.mesh()));
    let far: Vec<bool> = surface
        .p
        .iter()
        .map(|&p| ours.distance(p) > 0.003)
        .collect();
    let near_far: Vec<bool> = surface
        .p
        .iter()
        .map(|&p| ours.distance(p) > 0.0015)
        .collect();
    let missed = Surface {
        p: surface.p.clone(),
        t: surface
            .t
            .iter()
            .copied()
            .filter(|t| t.iter().any(|&v| far[v]) && t.iter().all(|&v| near_far[v]))
            .collect(),
    };
    let total: f64 = surface.t.iter().map(|t| surface.area_of(t)).sum();
    if std::env::var_os("FIT_DEBUG").is_some() {
        eprintln!(
            "missed: {} of {} vertices farther than 3 mm; {} triangles missed",
            far.iter().filter(|f| **f).count(),
            far.len(),
            missed.t.len()
        );
    }
    missed
        .components()
        .into_iter()
        .filter(|b| {
            b.t.iter().map(|t| b.area_of(t)).sum::<f64>() > 0.005 * total && b.t.len() >= 20
        })
        .collect()
}

/// Bones whose parts are best cut in different directions, fitted apart with 10 mm of
/// overlap: `(reference, cuts)`, each cut `(world axis, value, applies to parts whose centre
/// lies below this height)`. The femur: shaft and condyles; the tibia: shaft and the plateau
/// block.
type Cut = (usize, f64, f64);
const SPLITS: &[(&str, &[Cut])] = &[
    ("femur", &[(1, 0.05, f64::MAX)]),
    ("tibia", &[(1, -0.04, f64::MAX)]),
];

/// The piece as overlapping parts (see `SPLITS`).
pub(crate) fn split_at(surface: &Surface, reference: &str) -> Vec<Surface> {
    let Some(&(_, cuts)) = SPLITS.iter().find(|(r, _)| *r == reference) else {
        return vec![surface.clone()];
    };
    let mut parts = vec![surface.clone()];
    for &(axis, value, below) in cuts {
        let mut next = Vec::new();
        for part in parts {
            let n = part.p.len().max(1) as f64;
            let centre_y = part.p.iter().map(|p| p[1]).sum::<f64>() / n;
            if centre_y >= below {
                next.push(part);
                continue;
            }
            let side = |keep: &dyn Fn(f64) -> bool| Surface {
                p: part.p.clone(),
                t: part
                    .t
                    .iter()
                    .copied()
                    .filter(|t| t.iter().any(|&v| keep(part.p[v][axis])))
                    .collect(),
            };
            // Each side keeps only its own vertices (specks are dropped).
            next.extend(side(&|c| c >= value - 0.005).components());
            next.extend(side(&|c| c <= value + 0.005).components());
        }
        parts = next;
    }
    parts
}

/// Points along a surface's open edges (where it was cropped or split), to tell our surface that
/// closes such an opening from a real misfit.
struct Openings {
    cell: f64,
    grid: HashMap<[i64; 3], Vec<DVec3>>,
}

impl Openings {
    fn of(surface: &Surface) -> Self {
        let mut count: HashMap<(usize, usize), u32> = HashMap::new();
        for t in &surface.t {
            for k in 0..3 {
                let (a, b) = (t[k], t[(k + 1) % 3]);
                *count.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
        let cell = 0.004;
        let mut grid: HashMap<[i64; 3], Vec<DVec3>> = HashMap::new();
        for (&(a, b), &n) in &count {
            if n != 1 {
                continue;
            }
            let (pa, pb) = (surface.p[a], surface.p[b]);
            let steps = (pb.distance(pa) / 0.0005).ceil().max(1.0) as usize;
            for s in 0..=steps {
                let p = pa + (pb - pa) * (s as f64 / steps as f64);
                grid.entry(p.to_array().map(|c| (c / cell).floor() as i64))
                    .or_default()
                    .push(p);
            }
        }
        Openings { cell, grid }
    }

    /// Distance to the nearest open edge (infinite when there is none within a few cells).
    fn distance(&self, p: DVec3) -> f64 {
        let c = p.to_array().map(|v| (v / self.cell).floor() as i64);
        let mut best = f64::INFINITY;
        for dx in -2..=2 {
            for dy in -2..=2 {
                for dz in -2..=2 {
                    if let Some(points) = self.grid.get(&[c[0] + dx, c[1] + dy, c[2] + dz]) {
                        for q in points {
                            best = best.min(p.distance(*q));
                        }
                    }
                }
            }
        }
        best
    }
}

/// How well our pieces follow a reference piece: the symmetric surface distance, leaving out
/// our surface where it closes an opening the reference has (a crop or a split) and the parts
/// of one piece hidden inside another.
fn score_against(
    meshes: &[PlyMesh],
    target: &PlyMesh,
    openings: &Openings,
) -> cramp_core::fidelity::SurfaceDistance {
    use cramp_core::fidelity::{SPACING_M, SurfaceIndex, distance_between, union_samples};
    let to_target = SurfaceIndex::new(target);
    let samples = union_samples(meshes, SPACING_M)
        .into_iter()
        .filter(|(p, _)| {
            let d = to_target.distance(*p);
            // Facing an opening: the nearest reference point is on its open edge.
            !(d > 0.001 && openings.distance(*p) <= d + 0.0005)
        })
        .collect();
    let mut all = PlyMesh::default();
    for m in meshes {
        all.append(m);
    }
    distance_between(samples, &all, target)
}
