//! Fits our anatomy shapes to the BodyParts3D reference meshes and writes them as compact
//! section data (`assets/anatomy/leg.shapes.ron`), then prints how closely each structure
//! follows its reference.
//!
//! ```sh
//! cargo run --release -p fit-anatomy -- [REFERENCE_DIR] [OUTPUT]
//! # defaults: ../shared/reference/bodyparts3d  assets/anatomy/leg.shapes.ron
//! cargo run --release -p fit-anatomy -- paths              # muscle paths onto the fitted bones
//! cargo run --release -p fit-anatomy -- render [OUT.png]   # docs/anatomy.png
//! ```
//!
//! The reference is a measuring reference: nothing of it (files, vertices, triangles) is
//! written out. What is written are our own sections: each piece's axis is found from the
//! surface (geodesic rings from one end, then centroids of slabs across the axis), and at each
//! station the surface is cut by the plane across the axis; the cut outline is resampled to a
//! fixed number of points by arc length.

mod render;

use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cramp_core::fitted::{FittedAtlas, FittedPiece, REFERENCE_PARTS, section_frames};
use cramp_core::glam::{DVec3, Vec3};
use cramp_core::ply::{PlyMesh, parse_ply};

/// Everything above this height (metres) is left out: the skin reference is cut there.
const CROP_Y: f64 = 0.10;

/// A reference mesh (or one connected piece of it) in f64.
#[derive(Clone)]
struct Surface {
    p: Vec<DVec3>,
    t: Vec<[usize; 3]>,
}

impl Surface {
    fn from_ply(mesh: &PlyMesh) -> Self {
        Surface {
            p: mesh
                .positions
                .iter()
                .map(|p| DVec3::from(p.map(f64::from)))
                .collect(),
            t: mesh
                .triangles
                .iter()
                .map(|t| t.map(|i| i as usize))
                .collect(),
        }
    }

    fn area_of(&self, t: &[usize; 3]) -> f64 {
        let [a, b, c] = t.map(|i| self.p[i]);
        0.5 * (b - a).cross(c - a).length()
    }

    /// Connected pieces (by shared vertices), largest first; specks are dropped.
    fn components(&self) -> Vec<Surface> {
        let mut parent: Vec<usize> = (0..self.p.len()).collect();
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for t in &self.t {
            let a = find(&mut parent, t[0]);
            for &v in &t[1..] {
                let b = find(&mut parent, v);
                parent[b] = a;
            }
        }
        let mut groups: HashMap<usize, Vec<[usize; 3]>> = HashMap::new();
        for t in &self.t {
            let root = find(&mut parent, t[0]);
            groups.entry(root).or_default().push(*t);
        }
        let total: f64 = self.t.iter().map(|t| self.area_of(t)).sum();
        let mut pieces: Vec<Surface> = groups
            .into_values()
            .filter(|tris| tris.iter().map(|t| self.area_of(t)).sum::<f64>() > 0.01 * total)
            .map(|tris| {
                let mut map = HashMap::new();
                let mut p = Vec::new();
                let t = tris
                    .iter()
                    .map(|t| {
                        t.map(|v| {
                            *map.entry(v).or_insert_with(|| {
                                p.push(self.p[v]);
                                p.len() - 1
                            })
                        })
                    })
                    .collect();
                Surface { p, t }
            })
            .collect();
        pieces.sort_by_key(|s| std::cmp::Reverse(s.t.len()));
        pieces
    }
}

/// Edge-path distances from `start` over the mesh.
fn geodesic(surface: &Surface, start: usize) -> Vec<f64> {
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); surface.p.len()];
    for t in &surface.t {
        for k in 0..3 {
            let (a, b) = (t[k], t[(k + 1) % 3]);
            let d = surface.p[a].distance(surface.p[b]);
            adjacency[a].push((b, d));
            adjacency[b].push((a, d));
        }
    }
    #[derive(PartialEq)]
    struct Item(f64, usize);
    impl Eq for Item {}
    impl PartialOrd for Item {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Item {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            other.0.total_cmp(&self.0)
        }
    }
    let mut distance = vec![f64::INFINITY; surface.p.len()];
    distance[start] = 0.0;
    let mut heap = BinaryHeap::from([Item(0.0, start)]);
    while let Some(Item(d, v)) = heap.pop() {
        if d > distance[v] {
            continue;
        }
        for &(w, step) in &adjacency[v] {
            if d + step < distance[w] {
                distance[w] = d + step;
                heap.push(Item(d + step, w));
            }
        }
    }
    distance
}

/// How a piece's axis is found.
#[derive(Clone, Copy, PartialEq)]
enum AxisMode {
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
fn project(polyline: &[DVec3], lengths: &[f64], p: DVec3) -> f64 {
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

fn cumulative(polyline: &[DVec3]) -> Vec<f64> {
    let mut out = vec![0.0];
    for w in polyline.windows(2) {
        out.push(out.last().copied().unwrap_or(0.0) + w[1].distance(w[0]));
    }
    out
}

/// The point at arc length `s` (linear beyond the ends).
fn point_at(polyline: &[DVec3], lengths: &[f64], s: f64) -> DVec3 {
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
fn find_axis(surface: &Surface, mode: AxisMode, step: f64) -> Vec<DVec3> {
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

/// Where a cut crosses a mesh edge: the edge (its two vertices) and the point in the plane.
type Crossing = ([usize; 2], [f64; 2]);
/// Outlines in a section's plane.
type Outline = Vec<[f64; 2]>;

/// One cut through the surface: closed (or, at open edges, open) outlines in the section plane.
fn cut(
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
fn near_axis(loops: Vec<Vec<[f64; 2]>>, reach: f64) -> Vec<Vec<[f64; 2]>> {
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

fn signed_area(outline: &[[f64; 2]]) -> f64 {
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
fn outline_points(loops: Vec<Vec<[f64; 2]>>, k: usize, several: Several) -> Option<Vec<[f64; 2]>> {
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
enum Several {
    /// The envelope round all of them.
    Envelope,
    /// One outline running round each, joined by bridges.
    Bridge,
    /// The largest alone.
    Largest,
}

/// Settings for one kind of structure.
#[derive(Clone, Copy)]
struct Fit {
    mode: AxisMode,
    /// Spacing of the sections along the axis, metres.
    step: f64,
    /// Points per outline.
    points: usize,
    /// A station is dropped when its neighbours describe it within this, metres.
    tolerance: f64,
    several: Several,
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
fn fit_piece(surface: &Surface, fit: Fit, reference: &str) -> Option<FittedPiece> {
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

/// Tries the axis and multi-outline choices that suit the piece and keeps the one whose
/// surface follows the reference best (mean plus a quarter of the 95th percentile).
fn best_fit(surface: &Surface, fit: Fit, reference: &str) -> Vec<FittedPiece> {
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
fn split_at(surface: &Surface, reference: &str) -> Vec<Surface> {
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

/// Metres to millimetres, to 0.1 mm.
fn round_mm(metres: f64) -> f32 {
    ((metres * 10_000.0).round() / 10.0) as f32
}

/// Splits a muscle piece where it becomes its tendon: from the distal end, the sections whose
/// outline encloses less than `tendon_area_mm2`.
fn split_tendon(piece: FittedPiece, tendon_area_mm2: f64) -> (FittedPiece, Option<FittedPiece>) {
    let k = piece.points_per_section;
    let sections = piece.axis_mm.len() / 3;
    let area = |i: usize| {
        let outline: Vec<[f64; 2]> = piece.outlines_mm[2 * k * i..2 * k * (i + 1)]
            .chunks_exact(2)
            .map(|c| [f64::from(c[0]), f64::from(c[1])])
            .collect();
        signed_area(&outline).abs()
    };
    let y = |i: usize| piece.axis_mm[3 * i + 1];
    // The distal end is the lower one.
    let distal_last = y(sections - 1) < y(0);
    let order: Vec<usize> = if distal_last {
        (0..sections).rev().collect()
    } else {
        (0..sections).collect()
    };
    let thin = order
        .iter()
        .take_while(|&&i| area(i) < tendon_area_mm2)
        .count();
    if thin < 2 || thin + 2 > sections {
        return (piece, None);
    }
    let junction = order[thin - 1];
    let (belly_range, tendon_range) = if distal_last {
        (0..=junction, junction..=sections - 1)
    } else {
        (junction..=sections - 1, 0..=junction)
    };
    // The parts keep the frames the outlines were measured in.
    let axis: Vec<Vec3> = piece.axis().into_iter().map(Vec3::from).collect();
    let frames = section_frames(&axis, Vec3::from(piece.first_u));
    let take = |range: std::ops::RangeInclusive<usize>, tips: ([f32; 3], [f32; 3])| FittedPiece {
        first_u: frames[*range.start()].u.to_array(),
        reference: piece.reference.clone(),
        axis_mm: piece.axis_mm[3 * range.start()..3 * (range.end() + 1)].to_vec(),
        points_per_section: k,
        outlines_mm: piece.outlines_mm[2 * k * range.start()..2 * k * (range.end() + 1)].to_vec(),
        tips_mm: tips,
    };
    // Where belly and tendon meet, both close flat on the junction section's centre.
    let junction_tip = [
        piece.axis_mm[3 * junction],
        piece.axis_mm[3 * junction + 1],
        piece.axis_mm[3 * junction + 2],
    ];
    let (first_tip, last_tip) = piece.tips_mm;
    let (belly, tendon) = if distal_last {
        (
            take(belly_range, (first_tip, junction_tip)),
            take(tendon_range, (junction_tip, last_tip)),
        )
    } else {
        (
            take(belly_range, (junction_tip, last_tip)),
            take(tendon_range, (first_tip, junction_tip)),
        )
    };
    (belly, Some(tendon))
}

fn settings_for(group: &str, reference: &str) -> Fit {
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("render") {
        let out = args.get(1).map_or("docs/anatomy.png", String::as_str);
        if let Err(message) = render::run(
            Path::new(out),
            Path::new("../shared/reference/bodyparts3d"),
            Path::new("assets/anatomy/leg.shapes.ron"),
        ) {
            eprintln!("fit-anatomy render: {message}");
            std::process::exit(1);
        }
        return;
    }
    if args.first().map(String::as_str) == Some("paths") {
        let result = paths::run(
            Path::new("assets/anatomy/leg.muscles.ron"),
            Path::new("assets/anatomy/leg.anatomy.ron"),
            Path::new("assets/anatomy/leg.shapes.ron"),
        );
        if let Err(message) = result {
            eprintln!("fit-anatomy paths: {message}");
            std::process::exit(1);
        }
        return;
    }
    let reference_dir = PathBuf::from(
        args.first()
            .map_or("../shared/reference/bodyparts3d", String::as_str),
    );
    let output = PathBuf::from(
        args.get(1)
            .map_or("assets/anatomy/leg.shapes.ron", String::as_str),
    );
    if let Err(message) = run(&reference_dir, &output) {
        eprintln!("fit-anatomy: {message}");
        std::process::exit(1);
    }
}

fn read_reference(dir: &Path, id: &str) -> Result<PlyMesh, String> {
    let path = dir.join("meshes").join(format!("{id}.ply"));
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_ply(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(reference_dir: &Path, output: &Path) -> Result<(), String> {
    let manifest_path = reference_dir.join("manifest.csv");
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let groups = cramp_core::fidelity::manifest_groups(&manifest);
    let started = std::time::Instant::now();
    let mut structures: BTreeMap<String, Vec<FittedPiece>> = BTreeMap::new();
    let only = std::env::var("FIT_ONLY").ok();
    for &(reference, ours, tendon) in REFERENCE_PARTS {
        if only.as_deref().is_some_and(|o| o != reference) {
            continue;
        }
        let group = groups
            .get(reference)
            .ok_or(format!("{reference} is not in the manifest"))?;
        let mesh = read_reference(reference_dir, reference)?.cropped_below(CROP_Y as f32);
        let surface = Surface::from_ply(&mesh);
        let fit = settings_for(group, reference);
        let parts: Vec<Surface> = surface
            .components()
            .into_iter()
            .flat_map(|piece| split_at(&piece, reference))
            .collect();
        for piece in parts {
            let mut fitted = best_fit(&piece, fit, reference).into_iter();
            let Some(main_piece) = fitted.next() else {
                eprintln!("fit-anatomy: {reference}: a piece could not be fitted");
                continue;
            };
            let branches: Vec<FittedPiece> = fitted.collect();
            match tendon {
                Some(tendon_id) => {
                    let (belly, tendon_part) = split_tendon(main_piece, 45.0);
                    structures.entry(ours.to_string()).or_default().push(belly);
                    if let Some(t) = tendon_part {
                        structures.entry(tendon_id.to_string()).or_default().push(t);
                    }
                    structures
                        .entry(tendon_id.to_string())
                        .or_default()
                        .extend(branches);
                }
                None => structures
                    .entry(ours.to_string())
                    .or_default()
                    .extend(std::iter::once(main_piece).chain(branches)),
            }
        }
    }
    let atlas = FittedAtlas {
        credit: "Shapes fitted to BodyParts3D, (c) The Database Center for Life Science, \
                 licensed under CC Attribution-Share Alike 2.1 Japan"
            .into(),
        crop_above_y_m: CROP_Y as f32,
        structures,
    };
    let text = write_ron(&atlas);
    std::fs::write(output, &text).map_err(|e| format!("{}: {e}", output.display()))?;
    println!(
        "fit-anatomy: wrote {} ({} KB) in {:.1} s",
        output.display(),
        text.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    // Read back what was written, so the table is of the shipped data.
    let atlas = FittedAtlas::from_ron("leg.shapes.ron", text.as_bytes())
        .map_err(|e| format!("the written file does not read back: {e:?}"))?;
    println!("{}", fidelity_table(&atlas, reference_dir)?);
    Ok(())
}

/// The comparison table (markdown), one row per group of structures.
fn fidelity_table(atlas: &FittedAtlas, reference_dir: &Path) -> Result<String, String> {
    let rows = cramp_core::fidelity::fidelity_table(atlas, |id| read_reference(reference_dir, id))?;
    Ok(cramp_core::fidelity::fidelity_markdown(&rows))
}

/// The RON file: one line per section, so diffs stay readable.
fn write_ron(atlas: &FittedAtlas) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Cramp Explorer anatomy shapes, written by `cargo run --release -p fit-anatomy`; do not\n\
         // edit by hand. Frame: metres in the app (millimetres here), origin at the knee centre,\n\
         // +X medial, +Y up, +Z anterior. Each piece is a chain of sections along an axis:\n\
         // `axis_mm` holds the section centres (x y z), `outlines_mm` each section's outline\n\
         // (u v pairs in the section plane, see core::fitted::section_frames).\n\
         // Our own data, fitted to BodyParts3D (c) The Database Center for Life Science,\n\
         // CC BY-SA 2.1 JP; shared under the same licence (LICENSE.md beside this file).\n(\n    credit: {:?},\n    crop_above_y_m: {},\n    structures: {{",
        atlas.credit, atlas.crop_above_y_m
    );
    let number = |v: f32| {
        let s = format!("{v:.1}");
        s.strip_suffix(".0").map_or(s.clone(), |t| format!("{t}.0"))
    };
    for (id, pieces) in &atlas.structures {
        let _ = writeln!(out, "        {id:?}: [");
        for piece in pieces {
            let tip =
                |t: [f32; 3]| format!("({}, {}, {})", number(t[0]), number(t[1]), number(t[2]));
            let _ = writeln!(
                out,
                "            (reference: {:?}, points_per_section: {}, first_u: ({:.5}, {:.5}, {:.5}), tips_mm: ({}, {}),",
                piece.reference,
                piece.points_per_section,
                piece.first_u[0],
                piece.first_u[1],
                piece.first_u[2],
                tip(piece.tips_mm.0),
                tip(piece.tips_mm.1)
            );
            let axis: Vec<String> = piece.axis_mm.iter().map(|v| number(*v)).collect();
            let _ = writeln!(out, "             axis_mm: [{}],", axis.join(", "));
            let _ = writeln!(out, "             outlines_mm: [");
            for section in piece.outlines_mm.chunks(2 * piece.points_per_section) {
                let values: Vec<String> = section.iter().map(|v| number(*v)).collect();
                let _ = writeln!(out, "                {},", values.join(", "));
            }
            let _ = writeln!(out, "             ]),");
        }
        let _ = writeln!(out, "        ],");
    }
    out.push_str("    },\n)\n");
    out
}

/// `fit-anatomy paths`: moves the gait2392 muscle paths (`leg.muscles.ron`) onto the fitted
/// bones. Points are scaled about the knee centre by the ratio of the ankle heights; the foot's
/// points and the ankle axis are turned outwards by the reference foot's toe-out; every origin
/// and insertion is then put on the nearest fitted bone of its segment when it lies more than
/// 4 mm off it. The file's text is kept; only the numbers change.
mod paths {
    use super::*;
    use cramp_core::anatomy::{AnatomyAtlas, BodySystem, Segment};
    use cramp_core::biomech::MusculoskeletalModel;
    use cramp_core::fidelity::SurfaceIndex;

    /// The gait2392 ankle centre sat 0.405 m below the knee centre in the previous frame; the
    /// reference leg's malleolar midpoint is here.
    pub const OLD_ANKLE_Y: f64 = -0.405;
    pub const ANKLE_CENTRE: DVec3 = DVec3::new(-0.0041, -0.3813, -0.0024);
    /// The reference foot points this far outwards (README of the reference), degrees.
    pub const TOE_OUT_DEG: f64 = 13.0;

    fn turn_about_vertical(p: DVec3, centre: DVec3, degrees: f64) -> DVec3 {
        let (s, c) = (-degrees.to_radians()).sin_cos();
        let d = p - centre;
        centre + DVec3::new(d.x * c + d.z * s, d.y, -d.x * s + d.z * c)
    }

    pub fn run(muscles_path: &Path, anatomy_path: &Path, shapes_path: &Path) -> Result<(), String> {
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
        let muscles_text = String::from_utf8(read(muscles_path)?).map_err(|e| e.to_string())?;
        let model = MusculoskeletalModel::from_ron("leg.muscles.ron", muscles_text.as_bytes())
            .map_err(|e| format!("{e:?}"))?;
        let mut atlas = AnatomyAtlas::from_ron("leg.anatomy.ron", &read(anatomy_path)?)
            .map_err(|e| format!("{e:?}"))?;
        let shapes = FittedAtlas::from_ron("leg.shapes.ron", &read(shapes_path)?)
            .map_err(|e| format!("{e:?}"))?;
        let problems = atlas.attach_shapes(&shapes, "leg.shapes.ron");
        if !problems.is_empty() {
            return Err(format!("{problems:?}"));
        }
        let bones_of = |segment: Segment| -> SurfaceIndex {
            let mut all = PlyMesh::default();
            for s in atlas.structures.iter().filter(|s| {
                s.system == BodySystem::Bone
                    && (s.segment == segment || (segment == Segment::Thigh && s.id == "patella"))
            }) {
                all.append(&PlyMesh::from(&s.mesh()));
            }
            SurfaceIndex::new(&all)
        };
        let bones = [Segment::Thigh, Segment::Shank, Segment::Foot].map(bones_of);
        let index_of = |s: Segment| match s {
            Segment::Thigh => 0,
            Segment::Shank => 1,
            Segment::Foot => 2,
        };
        let scale_factor = ANKLE_CENTRE.y / OLD_ANKLE_Y;
        let old_ankle = DVec3::from(model.ankle_centre) * scale_factor;
        let shift = ANKLE_CENTRE - old_ankle;
        let mut new_points: Vec<DVec3> = Vec::new();
        for muscle in &model.muscles {
            let last = muscle.path.len() - 1;
            for (i, point) in muscle.path.iter().enumerate() {
                let mut p = DVec3::from(point.position) * scale_factor;
                if point.body == Segment::Foot {
                    p = turn_about_vertical(p + shift, ANKLE_CENTRE, TOE_OUT_DEG);
                }
                if i == 0 || i == last {
                    let bone = &bones[index_of(point.body)];
                    let d = bone.distance(p);
                    if d > 0.004 {
                        let q = bone.closest(p);
                        eprintln!(
                            "{} {}: {:.1} mm off its bone; moved onto it",
                            muscle.id,
                            if i == 0 { "origin" } else { "insertion" },
                            d * 1000.0
                        );
                        p = q;
                    }
                }
                new_points.push(p);
            }
        }
        // Rewrite the numbers in place, in file order.
        let mut out = String::new();
        let mut rest = muscles_text.as_str();
        let mut points = new_points.iter();
        let fmt = |p: DVec3| format!("({:.4}, {:.4}, {:.4})", p.x, p.y, p.z);
        while let Some(at) = rest.find("position: (") {
            out.push_str(&rest[..at + "position: ".len()]);
            let close = rest[at..].find(')').ok_or("unclosed position")? + at;
            let p = points.next().ok_or("more positions than path points")?;
            out.push_str(&fmt(*p));
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        let replace = |text: String, key: &str, value: DVec3| -> Result<String, String> {
            let at = text.find(&format!("{key}: (")).ok_or(format!("no {key}"))?;
            let close = text[at..].find(')').ok_or("unclosed")? + at;
            Ok(format!(
                "{}{key}: {}{}",
                &text[..at],
                fmt(value),
                &text[close + 1..]
            ))
        };
        // Fibre and tendon slack lengths scale with each muscle's rest length (knee straight,
        // foot at 90 degrees), as OpenSim's scale tool does, so every muscle keeps its
        // fibre length and tendon strain in that pose.
        let mut rescaled = model.clone();
        rescaled.ankle_centre = ANKLE_CENTRE.to_array();
        rescaled.ankle_axis = {
            let a = turn_about_vertical(DVec3::from(model.ankle_axis), DVec3::ZERO, TOE_OUT_DEG);
            (a * (1.0 / a.length())).to_array()
        };
        let mut points = new_points.iter();
        for muscle in &mut rescaled.muscles {
            for point in &mut muscle.path {
                point.position = points
                    .next()
                    .ok_or("fewer points than expected")?
                    .to_array();
            }
        }
        let rest = cramp_core::biomech::JointAngles::new(0.0, 0.0);
        let factors: Vec<f64> = model
            .muscles
            .iter()
            .zip(&rescaled.muscles)
            .map(|(old, new)| rescaled.mtu_length(new, rest) / model.mtu_length(old, rest))
            .collect();
        let mut scaled = String::new();
        let mut muscle_index = 0usize;
        for line in out.lines() {
            let trimmed = line.trim_start();
            let key = ["optimal_fiber_length_m: ", "tendon_slack_length_m: "]
                .into_iter()
                .find(|k| trimmed.starts_with(k));
            match key {
                Some(key) => {
                    let value: f64 = trimmed[key.len()..]
                        .trim_end_matches(',')
                        .parse()
                        .map_err(|_| format!("bad number in {line:?}"))?;
                    let factor = factors
                        .get(muscle_index)
                        .copied()
                        .ok_or("too many muscles")?;
                    let indent = &line[..line.len() - trimmed.len()];
                    scaled.push_str(&format!("{indent}{key}{:.4},\n", value * factor));
                    // The tendon line comes after the fibre line: then the next muscle starts.
                    if key.starts_with("tendon") {
                        muscle_index += 1;
                    }
                }
                None => {
                    scaled.push_str(line);
                    scaled.push('\n');
                }
            }
        }
        for (muscle, factor) in model.muscles.iter().zip(&factors) {
            eprintln!("{}: rest length x {factor:.3}", muscle.id);
        }
        let out = replace(scaled, "ankle_centre", ANKLE_CENTRE)?;
        let out = replace(
            out,
            "ankle_axis",
            DVec3::from(rescaled.ankle_axis.map(|v| (v * 1e5).round() / 1e5)),
        )?;
        std::fs::write(muscles_path, out).map_err(|e| e.to_string())?;
        println!("fit-anatomy paths: rewrote {}", muscles_path.display());
        Ok(())
    }
}
