//! Section outlines: cutting the surface with a plane, joining the cut into outlines and
//! resampling them to a fixed number of points.

use std::collections::HashMap;

use cramp_core::glam::DVec3;

use crate::surface::Surface;

/// Where a cut crosses a mesh edge: the edge (its two vertices) and the point in the plane.
type Crossing = ([usize; 2], [f64; 2]);
/// Outlines in a section's plane.
pub(crate) type Outline = Vec<[f64; 2]>;

/// One cut through the surface: closed (or, at open edges, open) outlines in the section plane.
pub(crate) fn cut(
    surface: &Surface,
    candidates: &[usize],
    centre: DVec3,
    normal: DVec3,
    u: DVec3,
    v: DVec3,
) -> Vec<Vec<[f64; 2]>> {
    let side: HashMap<usize, f64> = candidates
        .iter()
        .flat_map(|&t| surface.t[t])
        .map(|i| {
            let d = (surface.p[i] - centre).dot(normal);
            // Nothing lies exactly on the plane: ties go to the positive side.
            (i, if d == 0.0 { 1e-12 } else { d })
        })
        .collect();
    let crossing = |a: usize, b: usize| -> ([usize; 2], [f64; 2]) {
        let (da, db) = (side[&a], side[&b]);
        let f = da / (da - db);
        let p = surface.p[a] + (surface.p[b] - surface.p[a]) * f;
        let rel = p - centre;
        ([a.min(b), a.max(b)], [rel.dot(u), rel.dot(v)])
    };
    // Segments between edge crossings, linked by the edges they share.
    let mut segments: Vec<(Crossing, Crossing)> = Vec::new();
    for &t in candidates {
        let tri = surface.t[t];
        let mut hits = Vec::new();
        for k in 0..3 {
            let (a, b) = (tri[k], tri[(k + 1) % 3]);
            if (side[&a] > 0.0) != (side[&b] > 0.0) {
                hits.push(crossing(a, b));
            }
        }
        if hits.len() == 2 {
            segments.push((hits[0], hits[1]));
        }
    }
    let mut by_edge: HashMap<[usize; 2], Vec<usize>> = HashMap::new();
    for (i, (a, b)) in segments.iter().enumerate() {
        by_edge.entry(a.0).or_default().push(i);
        by_edge.entry(b.0).or_default().push(i);
    }
    let mut used = vec![false; segments.len()];
    let mut loops = Vec::new();
    for start in 0..segments.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let mut points = vec![segments[start].0.1, segments[start].1.1];
        let mut edge = segments[start].1.0;
        loop {
            let next = by_edge
                .get(&edge)
                .and_then(|list| list.iter().copied().find(|&s| !used[s]));
            let Some(s) = next else { break };
            used[s] = true;
            let (a, b) = segments[s];
            let (to_edge, to_point) = if a.0 == edge { (b.0, b.1) } else { (a.0, a.1) };
            points.push(to_point);
            edge = to_edge;
        }
        if points.len() >= 3 {
            loops.push(points);
        }
    }
    join_open_chains(loops)
}

/// Joins chains whose ends meet (within 1.5 mm) into longer ones: meshes with non-manifold
/// edges or small holes break a cut into pieces that belong together.
fn join_open_chains(mut chains: Vec<Vec<[f64; 2]>>) -> Vec<Vec<[f64; 2]>> {
    let gap = |a: [f64; 2], b: [f64; 2]| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
    const JOIN: f64 = 0.0015;
    loop {
        let mut joined = false;
        'search: for i in 0..chains.len() {
            let (first, last) = (chains[i][0], chains[i][chains[i].len() - 1]);
            if gap(first, last) < 1e-9 {
                continue;
            }
            for j in 0..chains.len() {
                if i == j {
                    continue;
                }
                let (a, b) = (chains[j][0], chains[j][chains[j].len() - 1]);
                let other = if gap(last, a) < JOIN {
                    Some(false)
                } else if gap(last, b) < JOIN {
                    Some(true)
                } else {
                    None
                };
                if let Some(reversed) = other {
                    let mut tail = chains.remove(j);
                    if reversed {
                        tail.reverse();
                    }
                    let i = if j < i { i - 1 } else { i };
                    chains[i].extend(tail);
                    joined = true;
                    break 'search;
                }
            }
        }
        if !joined {
            return chains;
        }
    }
}

/// Keeps the outlines that belong to this station: those that enclose the axis point or come
/// within `reach` of it (a bent piece cut twice keeps only the part at its axis).
pub(crate) fn near_axis(loops: Vec<Vec<[f64; 2]>>, reach: f64) -> Vec<Vec<[f64; 2]>> {
    loops
        .into_iter()
        .filter(|l| {
            let closest = l
                .iter()
                .map(|p| (p[0] * p[0] + p[1] * p[1]).sqrt())
                .fold(f64::MAX, f64::min);
            closest < reach || encloses_origin(l)
        })
        .collect()
}

fn encloses_origin(outline: &[[f64; 2]]) -> bool {
    let n = outline.len();
    let mut inside = false;
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        if (a[1] > 0.0) != (b[1] > 0.0) && a[0] + (0.0 - a[1]) * (b[0] - a[0]) / (b[1] - a[1]) > 0.0
        {
            inside = !inside;
        }
    }
    inside
}

pub(crate) fn signed_area(outline: &[[f64; 2]]) -> f64 {
    let n = outline.len();
    (0..n)
        .map(|i| {
            let (a, b) = (outline[i], outline[(i + 1) % n]);
            a[0] * b[1] - b[0] * a[1]
        })
        .sum::<f64>()
        * 0.5
}

fn outline_centroid(outline: &[[f64; 2]]) -> [f64; 2] {
    let n = outline.len() as f64;
    let s = outline
        .iter()
        .fold([0.0, 0.0], |acc, p| [acc[0] + p[0], acc[1] + p[1]]);
    [s[0] / n, s[1] / n]
}

/// Farthest crossing of the ray from `from` at `angle` with the outlines (none: `None`).
fn ray_hit(outlines: &[&Vec<[f64; 2]>], from: [f64; 2], angle: f64) -> Option<f64> {
    let dir = [angle.cos(), angle.sin()];
    let mut best: Option<f64> = None;
    for outline in outlines {
        let n = outline.len();
        for i in 0..n {
            let (a, b) = (outline[i], outline[(i + 1) % n]);
            let e = [b[0] - a[0], b[1] - a[1]];
            let denom = dir[0] * e[1] - dir[1] * e[0];
            if denom.abs() < 1e-15 {
                continue;
            }
            let w = [a[0] - from[0], a[1] - from[1]];
            let t = (w[0] * e[1] - w[1] * e[0]) / denom;
            let s = (w[0] * dir[1] - w[1] * dir[0]) / denom;
            if t >= 0.0 && (0.0..=1.0).contains(&s) {
                best = Some(best.map_or(t, |b: f64| b.max(t)));
            }
        }
    }
    best
}

/// The section outline with `k` points, counter-clockwise, starting where +u leaves it.
pub(crate) fn outline_points(
    loops: Vec<Vec<[f64; 2]>>,
    k: usize,
    several: Several,
) -> Option<Vec<[f64; 2]>> {
    let areas: Vec<f64> = loops.iter().map(|l| signed_area(l).abs()).collect();
    let largest = areas.iter().copied().fold(0.0, f64::max);
    if largest <= 0.0 {
        return None;
    }
    let kept: Vec<&Vec<[f64; 2]>> = loops
        .iter()
        .zip(&areas)
        .filter(|(_, a)| **a >= 0.15 * largest)
        .map(|(l, _)| l)
        .collect();
    let total: f64 = areas.iter().filter(|a| **a >= 0.15 * largest).sum();
    if kept.len() > 1 && largest < 0.85 * total && several == Several::Envelope {
        // Several outlines of similar size (two condyles, toe tendons): their envelope, the
        // farthest crossing along rays from their joint centre.
        let centre = kept.iter().fold([0.0, 0.0], |acc, l| {
            let c = outline_centroid(l);
            let a = signed_area(l).abs() / total;
            [acc[0] + c[0] * a, acc[1] + c[1] * a]
        });
        let mut points = Vec::with_capacity(k);
        for j in 0..k {
            let angle = std::f64::consts::TAU * j as f64 / k as f64;
            let r = ray_hit(&kept, centre, angle)?;
            points.push([centre[0] + r * angle.cos(), centre[1] + r * angle.sin()]);
        }
        return Some(points);
    }
    if kept.len() > 1 && largest < 0.85 * total && several == Several::Bridge {
        // Or one outline that runs round each in turn, joined by zero-width bridges at their
        // closest points.
        let mut pieces: Vec<Vec<[f64; 2]>> = kept
            .iter()
            .map(|l| {
                let mut l = (*l).clone();
                if signed_area(&l) < 0.0 {
                    l.reverse();
                }
                l
            })
            .collect();
        pieces.sort_by(|a, b| signed_area(b).total_cmp(&signed_area(a)));
        let mut joined = pieces.remove(0);
        while !pieces.is_empty() {
            let mut best = (f64::MAX, 0, 0, 0);
            for (p, piece) in pieces.iter().enumerate() {
                for (i, a) in joined.iter().enumerate() {
                    for (j, b) in piece.iter().enumerate() {
                        let d = (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2);
                        if d < best.0 {
                            best = (d, p, i, j);
                        }
                    }
                }
            }
            let (_, p, i, j) = best;
            let piece = pieces.remove(p);
            let mut next = joined[..=i].to_vec();
            next.extend((0..=piece.len()).map(|s| piece[(j + s) % piece.len()]));
            next.extend_from_slice(&joined[i..]);
            joined = next;
        }
        return Some(resample(&joined, k));
    }
    let index = areas
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)?;
    let mut outline = loops[index].clone();
    if signed_area(&outline) < 0.0 {
        outline.reverse();
    }
    Some(resample(&outline, k))
}

/// `k` points evenly spaced along a counter-clockwise outline, starting where the ray from its
/// centre along +u crosses it.
fn resample(outline: &[[f64; 2]], k: usize) -> Vec<[f64; 2]> {
    let centre = outline_centroid(outline);
    let n = outline.len();
    let mut start = (0, 0.0, f64::MIN);
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        let (ya, yb) = (a[1] - centre[1], b[1] - centre[1]);
        if (ya <= 0.0) != (yb <= 0.0) {
            let f = ya / (ya - yb);
            let x = a[0] + f * (b[0] - a[0]);
            if x > start.2 {
                start = (i, f, x);
            }
        }
    }
    let (i0, f0, _) = start;
    let begin = [
        outline[i0][0] + f0 * (outline[(i0 + 1) % n][0] - outline[i0][0]),
        outline[i0][1] + f0 * (outline[(i0 + 1) % n][1] - outline[i0][1]),
    ];
    let mut ring = vec![begin];
    for s in 1..=n {
        ring.push(outline[(i0 + s) % n]);
    }
    ring.push(begin);
    let lengths = ring
        .windows(2)
        .map(|w| ((w[1][0] - w[0][0]).powi(2) + (w[1][1] - w[0][1]).powi(2)).sqrt())
        .collect::<Vec<_>>();
    let perimeter: f64 = lengths.iter().sum();
    let mut points = Vec::with_capacity(k);
    let (mut seg, mut walked) = (0, 0.0);
    for j in 0..k {
        let target = perimeter * j as f64 / k as f64;
        while seg + 1 < lengths.len() && walked + lengths[seg] < target {
            walked += lengths[seg];
            seg += 1;
        }
        let f = ((target - walked) / lengths[seg].max(1e-15)).clamp(0.0, 1.0);
        points.push([
            ring[seg][0] + f * (ring[seg + 1][0] - ring[seg][0]),
            ring[seg][1] + f * (ring[seg + 1][1] - ring[seg][1]),
        ]);
    }
    points
}

/// What a section that cuts the surface in several places becomes.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Several {
    /// The envelope round all of them.
    Envelope,
    /// One outline running round each, joined by bridges.
    Bridge,
    /// The largest alone.
    Largest,
}
