//! A piece's axis: the polyline its sections are cut across, and positions along it.

use cramp_core::glam::DVec3;

use crate::surface::{Surface, geodesic};

/// How a piece's axis is found.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum AxisMode {
    /// Along the surface: from one end to the other, however it bends.
    Geodesic,
    /// Straight down (the skin: horizontal slices follow the foot like contour lines).
    Vertical,
    /// Straight, along the direction the piece is longest in (compact bones).
    Principal,
    /// Straight, along a world axis (0 = x, 1 = y, 2 = z): the femoral condyles cut
    /// front to back, say.
    World(usize),
}

/// Arc-length parameter of the closest point of `polyline` to `p`.
pub(crate) fn project(polyline: &[DVec3], lengths: &[f64], p: DVec3) -> f64 {
    let mut best = (f64::INFINITY, 0.0);
    for (i, w) in polyline.windows(2).enumerate() {
        let d = w[1] - w[0];
        let len2 = d.dot(d).max(1e-18);
        let raw = (p - w[0]).dot(d) / len2;
        // The end segments extend past the ends, so parameters can run beyond the polyline.
        let lo = if i == 0 { f64::NEG_INFINITY } else { 0.0 };
        let hi = if i == polyline.len() - 2 {
            f64::INFINITY
        } else {
            1.0
        };
        let f = raw.clamp(lo, hi);
        let q = w[0] + d * f;
        let dist = p.distance(q);
        if dist < best.0 {
            best = (dist, lengths[i] + f * len2.sqrt());
        }
    }
    best.1
}

pub(crate) fn cumulative(polyline: &[DVec3]) -> Vec<f64> {
    let mut out = vec![0.0];
    for w in polyline.windows(2) {
        out.push(out.last().copied().unwrap_or(0.0) + w[1].distance(w[0]));
    }
    out
}

/// The point at arc length `s` (linear beyond the ends).
pub(crate) fn point_at(polyline: &[DVec3], lengths: &[f64], s: f64) -> DVec3 {
    let n = polyline.len();
    let i = lengths
        .windows(2)
        .position(|w| s <= w[1])
        .unwrap_or(n - 2)
        .min(n - 2);
    let seg = (lengths[i + 1] - lengths[i]).max(1e-12);
    let f = (s - lengths[i]) / seg;
    polyline[i] + (polyline[i + 1] - polyline[i]) * f
}

fn smooth(polyline: &mut [DVec3]) {
    let n = polyline.len();
    if n < 3 {
        return;
    }
    let old = polyline.to_vec();
    for i in 1..n - 1 {
        polyline[i] = (old[i - 1] + old[i] * 2.0 + old[i + 1]) * 0.25;
    }
}

/// Area-weighted centroids of triangles binned by parameter.
fn binned_centroids(surface: &Surface, params: &[f64], bins: usize) -> Vec<DVec3> {
    let (lo, hi) = params
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &s| (a.min(s), b.max(s)));
    let width = ((hi - lo) / bins as f64).max(1e-9);
    let mut sums = vec![(DVec3::ZERO, 0.0); bins];
    for (t, &s) in surface.t.iter().zip(params) {
        let bin = (((s - lo) / width) as usize).min(bins - 1);
        let area = surface.area_of(t);
        let c = triangle_centre(surface, t);
        sums[bin].0 += c * area;
        sums[bin].1 += area;
    }
    sums.into_iter()
        .filter(|(_, a)| *a > 0.0)
        .map(|(c, a)| c * (1.0 / a))
        .collect()
}

fn triangle_centre(surface: &Surface, t: &[usize; 3]) -> DVec3 {
    (surface.p[t[0]] + surface.p[t[1]] + surface.p[t[2]]) * (1.0 / 3.0)
}

/// The piece's axis as a polyline, from one end to the other.
pub(crate) fn find_axis(surface: &Surface, mode: AxisMode, step: f64) -> Vec<DVec3> {
    if mode == AxisMode::Vertical {
        // A straight vertical axis: every section is horizontal, like contour lines.
        let (lo, hi) = surface
            .p
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p[1]), b.max(p[1])));
        let n = surface.p.len().max(1) as f64;
        let x = surface.p.iter().map(|p| p[0]).sum::<f64>() / n;
        let z = surface.p.iter().map(|p| p[2]).sum::<f64>() / n;
        let _ = step;
        return vec![DVec3::new(x, hi, z), DVec3::new(x, lo, z)];
    }
    if let AxisMode::World(k) = mode {
        let n = surface.p.len().max(1) as f64;
        let c = surface.p.iter().fold(DVec3::ZERO, |a, p| a + *p) * (1.0 / n);
        let (lo, hi) = surface
            .p
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p[k]), b.max(p[k])));
        let mut a = c;
        let mut b = c;
        a[k] = lo;
        b[k] = hi;
        return vec![a, b];
    }
    if mode == AxisMode::Principal {
        let n = surface.p.len().max(1) as f64;
        let c = surface.p.iter().fold(DVec3::ZERO, |a, p| a + *p) * (1.0 / n);
        let mut cov = [DVec3::ZERO; 3];
        for p in &surface.p {
            let d = *p - c;
            for (i, row) in cov.iter_mut().enumerate() {
                *row += d * d[i];
            }
        }
        let mut dir = DVec3::new(0.3, 1.0, 0.2);
        for _ in 0..100 {
            let next = DVec3::from([0, 1, 2].map(|i| cov[i].dot(dir)));
            dir = next * (1.0 / next.length().max(1e-30));
        }
        let (lo, hi) = surface.p.iter().fold((f64::MAX, f64::MIN), |(a, b), p| {
            let s = (*p - c).dot(dir);
            (a.min(s), b.max(s))
        });
        return vec![c + dir * lo, c + dir * hi];
    }
    // Double sweep for the two ends, then rings of equal distance from the first end.
    let far = |d: &[f64]| {
        d.iter()
            .enumerate()
            .filter(|(_, v)| v.is_finite())
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i)
    };
    let first = far(&geodesic(surface, 0));
    let from_first = geodesic(surface, first);
    let length = from_first
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let bins = ((length / step) as usize).clamp(3, 80);
    let params: Vec<f64> = surface
        .t
        .iter()
        .map(|t| t.iter().map(|&v| from_first[v]).sum::<f64>() / 3.0)
        .collect();
    let mut line = binned_centroids(surface, &params, bins);
    smooth(&mut line);
    // Then slabs across the axis: project, re-bin, re-centre.
    for _ in 0..3 {
        if line.len() < 2 {
            break;
        }
        let lengths = cumulative(&line);
        let params: Vec<f64> = surface
            .t
            .iter()
            .map(|t| project(&line, &lengths, triangle_centre(surface, t)))
            .collect();
        let bins = ((lengths.last().copied().unwrap_or(0.0) / step) as usize).clamp(3, 80);
        let next = binned_centroids(surface, &params, bins);
        if next.len() < 2 {
            break;
        }
        line = next;
        smooth(&mut line);
    }
    line
}
