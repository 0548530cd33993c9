//! Fitting one connected piece: stations along its axis, an outline at each, and the settings
//! for each kind of structure.

use cramp_core::fitted::{FittedPiece, section_frames};
use cramp_core::glam::{DVec3, Vec3};

use crate::axis::{AxisMode, cumulative, find_axis, point_at, project};
use crate::outline::{Outline, Several, cut, near_axis, outline_points, signed_area};
use crate::surface::Surface;

/// Settings for one kind of structure.
#[derive(Clone, Copy)]
pub(crate) struct Fit {
    pub(crate) mode: AxisMode,
    /// Spacing of the sections along the axis, metres.
    pub(crate) step: f64,
    /// Points per outline.
    pub(crate) points: usize,
    /// A station is dropped when its neighbours describe it within this, metres.
    pub(crate) tolerance: f64,
    pub(crate) several: Several,
}

/// The axis of a piece and every vertex's position along it.
struct Axis {
    line: Vec<DVec3>,
    lengths: Vec<f64>,
    params: Vec<f64>,
    /// Per triangle, the range of its corners' parameters.
    triangle_params: Vec<(f64, f64)>,
}

/// The outlines at `stations`, in the frames those stations give (`None` where the cut found
/// nothing).
fn outlines_at(
    surface: &Surface,
    axis: &Axis,
    fit: Fit,
    stations: &[f64],
) -> (Vec<Vec3>, Vec<Option<Outline>>) {
    let centres: Vec<Vec3> = stations
        .iter()
        .map(|&s| point_at(&axis.line, &axis.lengths, s).as_vec3())
        .collect();
    let frames = section_frames(&centres, start_u(&centres));
    let outlines = frames
        .iter()
        .zip(stations)
        .map(|(frame, &station)| {
            // The surface near this station (a generous window along the axis); of what the
            // plane cuts, the outlines at the axis.
            let window = (8.0 * fit.step).max(0.03);
            let candidates: Vec<usize> = axis
                .triangle_params
                .iter()
                .enumerate()
                .filter(|(_, (a, b))| *b >= station - window && *a <= station + window)
                .map(|(i, _)| i)
                .collect();
            let loops = cut(
                surface,
                &candidates,
                frame.centre.as_dvec3(),
                frame.tangent.as_dvec3(),
                frame.u.as_dvec3(),
                frame.v.as_dvec3(),
            );
            if std::env::var_os("FIT_LOOPS").is_some() {
                let areas: Vec<String> = loops
                    .iter()
                    .map(|l| format!("{:.0}", signed_area(l) * 1e6))
                    .collect();
                eprintln!("station y {:.3}: loops (mm2) {areas:?}", frame.centre[1]);
            }
            outline_points(near_axis(loops, 0.015), fit.points, fit.several)
        })
        .collect();
    (centres, outlines)
}

/// Where the first section's frame starts: the world direction most across the axis there.
fn start_u(centres: &[Vec3]) -> Vec3 {
    let t = match centres {
        [a, b, ..] => *b - *a,
        _ => Vec3::Y,
    };
    [Vec3::Z, Vec3::X, Vec3::Y]
        .into_iter()
        .min_by(|a, b| a.dot(t).abs().total_cmp(&b.dot(t).abs()))
        .unwrap_or(Vec3::Z)
}

/// Turns each outline's start so its points sit as close as possible to the previous
/// section's: the surface between them then runs straight instead of twisting.
fn align_starts(outlines: &mut [Vec<[f64; 2]>]) {
    for i in 1..outlines.len() {
        let k = outlines[i].len();
        let previous = &outlines[i - 1];
        let cost = |shift: usize| -> f64 {
            (0..k)
                .map(|j| {
                    let (a, b) = (outlines[i][(j + shift) % k], previous[j]);
                    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
                })
                .sum()
        };
        let best = (0..k)
            .min_by(|&a, &b| cost(a).total_cmp(&cost(b)))
            .unwrap_or(0);
        outlines[i].rotate_left(best);
    }
}

/// The world positions of a section's outline.
fn world(centre: Vec3, frame_u: DVec3, frame_v: DVec3, outline: &[[f64; 2]]) -> Vec<DVec3> {
    let c = centre.as_dvec3();
    outline
        .iter()
        .map(|p| c + (frame_u * p[0] + frame_v * p[1]))
        .collect()
}

/// Fits one connected piece: stations along its axis, an outline at each; stations that the
/// neighbours already describe to within `tolerance` are dropped.
pub(crate) fn fit_piece(surface: &Surface, fit: Fit, reference: &str) -> Option<FittedPiece> {
    let line = find_axis(surface, fit.mode, fit.step);
    if line.len() < 2 {
        return None;
    }
    let lengths = cumulative(&line);
    let params: Vec<f64> = surface
        .p
        .iter()
        .map(|&p| project(&line, &lengths, p))
        .collect();
    let triangle_params = surface
        .t
        .iter()
        .map(|t| {
            let s = t.map(|v| params[v]);
            (
                s.iter().copied().fold(f64::MAX, f64::min),
                s.iter().copied().fold(f64::MIN, f64::max),
            )
        })
        .collect();
    let axis = Axis {
        line,
        lengths,
        params,
        triangle_params,
    };
    let (lo, hi) = axis
        .params
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &s| (a.min(s), b.max(s)));
    let span = hi - lo;
    let n = ((span / fit.step).round() as usize + 1).clamp(4, 200);
    // Denser near the ends, where rounded tips turn quickly.
    let mut stations: Vec<f64> = (0..n)
        .map(|j| {
            let x = (j as f64 + 0.5) / n as f64;
            lo + span * (0.4 * x + 0.6 * (1.0 - (std::f64::consts::PI * x).cos()) / 2.0)
        })
        .collect();
    // Stations where the cut finds nothing (past a tip) are dropped; frames depend on the
    // stations kept, so cut again until every station has its outline.
    let (mut centres, mut outlines) = (Vec::new(), Vec::new());
    for _ in 0..4 {
        let (c, o) = outlines_at(surface, &axis, fit, &stations);
        if o.iter().all(Option::is_some) {
            centres = c;
            outlines = o.into_iter().flatten().collect();
            break;
        }
        stations = stations
            .iter()
            .zip(&o)
            .filter(|(_, o)| o.is_some())
            .map(|(s, _)| *s)
            .collect();
        if stations.len() < 2 {
            return None;
        }
    }
    if outlines.len() != stations.len() || stations.len() < 2 {
        return None;
    }
    align_starts(&mut outlines);
    // Drop stations that the neighbours' straight blend already gives within the tolerance.
    let tolerance = fit.tolerance;
    let frames = section_frames(&centres, start_u(&centres));
    let positions: Vec<Vec<DVec3>> = frames
        .iter()
        .zip(&outlines)
        .map(|(f, o)| world(f.centre, f.u.as_dvec3(), f.v.as_dvec3(), o))
        .collect();
    let mut keep = vec![true; stations.len()];
    let mut last_kept = 0;
    for i in 1..stations.len() - 1 {
        // Would every station from the last kept one to i+1 be described by a straight
        // blend between those two?
        let described = (last_kept + 1..=i).all(|m| {
            let f = (stations[m] - stations[last_kept]) / (stations[i + 1] - stations[last_kept]);
            positions[m].iter().enumerate().all(|(j, p)| {
                let blended =
                    positions[last_kept][j] + (positions[i + 1][j] - positions[last_kept][j]) * f;
                p.distance(blended) < tolerance
            })
        });
        if described {
            keep[i] = false;
        } else {
            last_kept = i;
        }
    }
    let kept: Vec<f64> = stations
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(s, _)| *s)
        .collect();
    let (centres, outlines) = if kept.len() == stations.len() {
        (centres, outlines)
    } else {
        let (c, o) = outlines_at(surface, &axis, fit, &kept);
        if o.iter().any(Option::is_none) {
            (centres, outlines)
        } else {
            let mut o: Vec<_> = o.into_iter().flatten().collect();
            align_starts(&mut o);
            (c, o)
        }
    };
    // Each end closes on the surface's own farthest point along the axis.
    let tip = |target: f64| -> [f32; 3] {
        let index = axis
            .params
            .iter()
            .enumerate()
            .min_by(|a, b| (a.1 - target).abs().total_cmp(&(b.1 - target).abs()))
            .map_or(0, |(i, _)| i);
        surface.p[index].to_array().map(round_mm)
    };
    let mut axis_mm = Vec::new();
    let mut outlines_mm = Vec::new();
    for (centre, outline) in centres.iter().zip(&outlines) {
        axis_mm.extend(centre.to_array().map(|c| round_mm(f64::from(c))));
        for p in outline {
            outlines_mm.extend([round_mm(p[0]), round_mm(p[1])]);
        }
    }
    Some(FittedPiece {
        reference: reference.to_string(),
        axis_mm,
        points_per_section: fit.points,
        outlines_mm,
        first_u: section_frames(&centres, start_u(&centres))
            .first()
            .map_or([0.0, 0.0, 1.0], |f| f.u.to_array()),
        tips_mm: (tip(lo), tip(hi)),
    })
}

/// Metres to millimetres, to 0.1 mm.
fn round_mm(metres: f64) -> f32 {
    ((metres * 10_000.0).round() / 10.0) as f32
}

pub(crate) fn settings_for(group: &str, reference: &str) -> Fit {
    match (group, reference) {
        (_, "skin_leg") => Fit {
            mode: AxisMode::Vertical,
            step: 0.003,
            points: 64,
            tolerance: 0.0008,
            several: Several::Envelope,
        },
        ("bone", r) if r.starts_with("phalanx") || r.starts_with("sesamoid") => Fit {
            mode: AxisMode::World(1),
            step: 0.002,
            points: 16,
            tolerance: 0.0003,
            several: Several::Envelope,
        },
        ("bone", "femur" | "tibia" | "fibula") => Fit {
            mode: AxisMode::World(1),
            step: 0.006,
            points: 36,
            tolerance: 0.0005,
            several: Several::Envelope,
        },
        ("bone", _) => Fit {
            mode: AxisMode::World(1),
            step: 0.0025,
            points: 28,
            tolerance: 0.0004,
            several: Several::Envelope,
        },
        ("artery" | "vein", _) => Fit {
            mode: AxisMode::Geodesic,
            step: 0.006,
            points: 10,
            tolerance: 0.0004,
            several: Several::Envelope,
        },
        _ => Fit {
            mode: AxisMode::Geodesic,
            step: 0.006,
            points: 32,
            tolerance: 0.0005,
            several: Several::Envelope,
        },
    }
}
