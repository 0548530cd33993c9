//! The swept tube: a centripetal Catmull-Rom centre line, rotation-minimising frames along it,
//! elliptical rings sized by the sections, and rounded caps.

use std::f32::consts::{FRAC_PI_2, TAU};

use glam::Vec3;

use super::{SweepShape, TriangleMesh};

/// A point of the swept centre line with its rotation-minimising frame.
#[derive(Clone, Copy, Debug)]
struct Frame {
    centre: Vec3,
    tangent: Vec3,
    /// Cross-section "depth" direction.
    normal: Vec3,
    /// Cross-section "width" direction.
    binormal: Vec3,
}

/// Centripetal Catmull-Rom through `points` (end points duplicated), `per_segment` samples each.
fn smooth_centre_line(points: &[Vec3], per_segment: usize) -> Vec<Vec3> {
    let n = points.len();
    let at = |i: isize| points[i.clamp(0, n as isize - 1) as usize];
    let mut out = Vec::with_capacity((n - 1) * per_segment + 1);
    for seg in 0..n - 1 {
        let i = seg as isize;
        let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
        // Knot spacing sqrt(distance); a duplicated end gets a tiny interval instead of zero.
        let knot = |a: Vec3, b: Vec3| (b - a).length().sqrt().max(1e-4);
        let t0 = 0.0;
        let t1 = t0 + knot(p0, p1);
        let t2 = t1 + knot(p1, p2);
        let t3 = t2 + knot(p2, p3);
        let lerp = |a: Vec3, b: Vec3, ta: f32, tb: f32, t: f32| {
            a * ((tb - t) / (tb - ta)) + b * ((t - ta) / (tb - ta))
        };
        for k in 0..per_segment {
            let t = t1 + (t2 - t1) * k as f32 / per_segment as f32;
            let a1 = lerp(p0, p1, t0, t1, t);
            let a2 = lerp(p1, p2, t1, t2, t);
            let a3 = lerp(p2, p3, t2, t3, t);
            let b1 = lerp(a1, a2, t0, t2, t);
            let b2 = lerp(a2, a3, t1, t3, t);
            out.push(lerp(b1, b2, t1, t2, t));
        }
    }
    out.push(points[n - 1]);
    out
}

/// Resamples a polyline into `count` points evenly spaced along its length, with the
/// fraction of length (0..=1) at each.
fn resample(line: &[Vec3], count: usize) -> Vec<(f32, Vec3)> {
    let mut cumulative = vec![0.0f32];
    for w in line.windows(2) {
        cumulative.push(cumulative.last().copied().unwrap_or(0.0) + (w[1] - w[0]).length());
    }
    let total = cumulative.last().copied().unwrap_or(0.0).max(1e-9);
    let mut seg = 0;
    (0..count)
        .map(|k| {
            let s = total * k as f32 / (count - 1) as f32;
            while seg + 1 < line.len() - 1 && cumulative[seg + 1] < s {
                seg += 1;
            }
            let span = (cumulative[seg + 1] - cumulative[seg]).max(1e-9);
            let f = ((s - cumulative[seg]) / span).clamp(0.0, 1.0);
            (s / total, line[seg] + (line[seg + 1] - line[seg]) * f)
        })
        .collect()
}

/// Rotation-minimising frames (double reflection, Wang et al. 2008) along `centres`.
fn frames(centres: &[Vec3], twist_rad: f32) -> Vec<Frame> {
    let n = centres.len();
    let tangent = |i: usize| {
        let a = centres[i.saturating_sub(1)];
        let b = centres[(i + 1).min(n - 1)];
        (b - a).normalize_or_zero()
    };
    let t0 = tangent(0);
    // A mostly vertical line has its depth axis anterior (+Z); a mostly horizontal one, up (+Y).
    let reference = if t0.y.abs() > 0.7 { Vec3::Z } else { Vec3::Y };
    let mut normal = (reference - t0 * reference.dot(t0)).normalize_or_zero();
    let (s, c) = twist_rad.sin_cos();
    let mut out = Vec::with_capacity(n);
    let mut previous_tangent = t0;
    for i in 0..n {
        let t = tangent(i);
        if i > 0 {
            let v1 = centres[i] - centres[i - 1];
            let c1 = v1.dot(v1);
            if c1 > 1e-12 {
                let r_l = normal - v1 * (2.0 / c1 * v1.dot(normal));
                let t_l = previous_tangent - v1 * (2.0 / c1 * v1.dot(previous_tangent));
                let v2 = t - t_l;
                let c2 = v2.dot(v2);
                normal = if c2 > 1e-12 {
                    r_l - v2 * (2.0 / c2 * v2.dot(r_l))
                } else {
                    r_l
                };
            }
            normal = (normal - t * normal.dot(t)).normalize_or_zero();
        }
        previous_tangent = t;
        let binormal = t.cross(normal);
        out.push(Frame {
            centre: centres[i],
            tangent: t,
            normal: normal * c + binormal * s,
            binormal: binormal * c + normal * -s,
        });
    }
    out
}

/// Half sizes `(width, depth)` at fraction `t`, interpolated smoothly (Catmull-Rom on the keys,
/// never below a small positive size).
fn section_at(sections: &[(f32, f32, f32)], t: f32) -> (f32, f32) {
    let n = sections.len();
    if n == 1 || t <= sections[0].0 {
        return (sections[0].1, sections[0].2);
    }
    if t >= sections[n - 1].0 {
        return (sections[n - 1].1, sections[n - 1].2);
    }
    let i = sections
        .iter()
        .rposition(|s| s.0 <= t)
        .unwrap_or(0)
        .min(n - 2);
    let (k0, k1) = (sections[i], sections[i + 1]);
    let span = (k1.0 - k0.0).max(1e-6);
    let u = (t - k0.0) / span;
    let prev = sections[i.saturating_sub(1)];
    let next = sections[(i + 2).min(n - 1)];
    let hermite = |p0: f32, p1: f32, p2: f32, p3: f32| {
        let m1 = (p2 - p0) * 0.5;
        let m2 = (p3 - p1) * 0.5;
        let (u2, u3) = (u * u, u * u * u);
        (2.0 * u3 - 3.0 * u2 + 1.0) * p1
            + (u3 - 2.0 * u2 + u) * m1
            + (-2.0 * u3 + 3.0 * u2) * p2
            + (u3 - u2) * m2
    };
    let min = 0.0004;
    (
        hermite(prev.1, k0.1, k1.1, next.1).max(min),
        hermite(prev.2, k0.2, k1.2, next.2).max(min),
    )
}

/// Builds the closed mesh of one sweep. `radial` is the number of vertices around the section.
pub fn sweep_mesh(shape: &SweepShape) -> TriangleMesh {
    let path: Vec<Vec3> = shape.path.iter().copied().map(Vec3::from).collect();
    let line = smooth_centre_line(&path, 12);
    let line_length: f32 = line.windows(2).map(|w| (w[1] - w[0]).length()).sum();
    let largest = shape
        .sections
        .iter()
        .map(|s| s.1.max(s.2))
        .fold(0.0f32, f32::max);
    // Finer rings where the shape is thick; thin nerves and vessels need few vertices around.
    let rings = ((line_length / 0.006).ceil() as usize).clamp(6, 120);
    let radial: usize = if largest < 0.004 {
        10
    } else if largest < 0.012 {
        16
    } else {
        28
    };
    let samples = resample(&line, rings);
    let centres: Vec<Vec3> = samples.iter().map(|s| s.1).collect();
    let frames = frames(&centres, shape.twist_deg.to_radians());

    let mut mesh = TriangleMesh::default();
    let ring = |frame: &Frame, half: (f32, f32), shrink: f32, along: f32| -> Vec<[f32; 3]> {
        let centre = frame.centre + frame.tangent * along;
        (0..radial)
            .map(|j| {
                let angle = TAU * j as f32 / radial as f32;
                let offset = frame.normal * (half.1 * shrink * angle.cos())
                    + frame.binormal * (half.0 * shrink * angle.sin());
                (centre + offset).to_array()
            })
            .collect()
    };

    // Rounded caps: a quarter ellipse of rings beyond each end, then a pole vertex.
    const CAP_RINGS: usize = 3;
    let first = frames[0];
    let last = frames[frames.len() - 1];
    let first_half = section_at(&shape.sections, 0.0);
    let last_half = section_at(&shape.sections, 1.0);
    let cap_len = |half: (f32, f32)| half.0.min(half.1);

    let mut ring_list: Vec<Vec<[f32; 3]>> = Vec::new();
    for k in (1..=CAP_RINGS).rev() {
        let phi = FRAC_PI_2 * k as f32 / (CAP_RINGS + 1) as f32;
        ring_list.push(ring(
            &first,
            first_half,
            phi.cos(),
            -cap_len(first_half) * phi.sin(),
        ));
    }
    for (frame, (t, _)) in frames.iter().zip(&samples) {
        ring_list.push(ring(frame, section_at(&shape.sections, *t), 1.0, 0.0));
    }
    for k in 1..=CAP_RINGS {
        let phi = FRAC_PI_2 * k as f32 / (CAP_RINGS + 1) as f32;
        ring_list.push(ring(
            &last,
            last_half,
            phi.cos(),
            cap_len(last_half) * phi.sin(),
        ));
    }

    let start_pole = first.centre + first.tangent * -cap_len(first_half);
    let end_pole = last.centre + last.tangent * cap_len(last_half);
    mesh.positions.push(start_pole.to_array());
    for r in &ring_list {
        mesh.positions.extend_from_slice(r);
    }
    mesh.positions.push(end_pole.to_array());
    // Whole number of stripes around, so the pattern meets itself at the seam.
    let stripes = (radial / 4) as f32;
    mesh.fibre.push(0.5);
    for _ in &ring_list {
        mesh.fibre.extend(
            (0..radial).map(|j| 0.5 + 0.5 * (stripes * TAU * j as f32 / radial as f32).sin()),
        );
    }
    mesh.fibre.push(0.5);

    let radial_u = radial as u32;
    let ring_start = |r: usize| 1 + (r * radial) as u32;
    for j in 0..radial_u {
        let j1 = (j + 1) % radial_u;
        mesh.indices
            .extend_from_slice(&[0, ring_start(0) + j1, ring_start(0) + j]);
    }
    for r in 0..ring_list.len() - 1 {
        for j in 0..radial_u {
            let j1 = (j + 1) % radial_u;
            let (a, b) = (ring_start(r) + j, ring_start(r) + j1);
            let (c, d) = (ring_start(r + 1) + j, ring_start(r + 1) + j1);
            mesh.indices.extend_from_slice(&[a, b, c, b, d, c]);
        }
    }
    let pole = (mesh.positions.len() - 1) as u32;
    let last_ring = ring_start(ring_list.len() - 1);
    for j in 0..radial_u {
        let j1 = (j + 1) % radial_u;
        mesh.indices
            .extend_from_slice(&[last_ring + j, last_ring + j1, pole]);
    }
    mesh.compute_smooth_normals();
    mesh
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cylinder(half_width: f32, half_depth: f32) -> SweepShape {
        SweepShape {
            path: vec![[0.0, 0.0, 0.0], [0.0, -0.1, 0.0], [0.0, -0.2, 0.0]],
            sections: vec![(0.0, half_width, half_depth), (1.0, half_width, half_depth)],
            twist_deg: 0.0,
        }
    }

    #[test]
    fn sweep_is_closed_outward_and_has_the_expected_volume() {
        let mesh = sweep_mesh(&cylinder(0.02, 0.01));
        // Elliptic cylinder 0.2 m long plus two half-ellipsoid caps of depth 0.01 m.
        let expected = std::f32::consts::PI * 0.02 * 0.01 * (0.2 + 4.0 / 3.0 * 0.01);
        let volume = mesh.signed_volume();
        assert!(volume > 0.0, "faces point inwards");
        assert!(
            (volume - expected).abs() / expected < 0.06,
            "{volume} vs {expected}"
        );
    }

    #[test]
    fn normals_are_unit_and_point_away_from_the_centre_line() {
        let mesh = sweep_mesh(&cylinder(0.02, 0.02));
        for (p, n) in mesh.positions.iter().zip(&mesh.normals) {
            let n = Vec3::from(*n);
            assert!((n.length() - 1.0).abs() < 1e-4);
            assert!(n.is_finite());
            // Radial offset from the y axis, or along y at the caps.
            let radial = Vec3::new(p[0], 0.0, p[2]);
            let outward = if radial.length() > 0.01 {
                radial
            } else {
                Vec3::new(0.0, p[1] + 0.1, 0.0)
            };
            assert!(n.dot(outward) > 0.0, "normal {n:?} at {p:?}");
        }
    }

    #[test]
    fn no_degenerate_triangles_even_for_thin_tapered_shapes() {
        let shape = SweepShape {
            path: vec![[0.0, 0.0, 0.0], [0.01, -0.15, 0.02], [0.0, -0.3, -0.05]],
            sections: vec![
                (0.0, 0.001, 0.001),
                (0.5, 0.03, 0.02),
                (1.0, 0.0005, 0.0005),
            ],
            twist_deg: 20.0,
        };
        let mesh = sweep_mesh(&shape);
        assert!(mesh.min_triangle_area() > 1e-12);
        assert!(mesh.signed_volume() > 0.0);
    }

    #[test]
    fn width_runs_medial_lateral_and_depth_front_back_on_a_vertical_path() {
        let mesh = sweep_mesh(&cylinder(0.03, 0.01));
        let (lo, hi) = mesh.bounds().expect("mesh has vertices");
        assert!(
            (hi[0] - lo[0] - 0.06).abs() < 0.002,
            "x extent {}",
            hi[0] - lo[0]
        );
        assert!(
            (hi[2] - lo[2] - 0.02).abs() < 0.002,
            "z extent {}",
            hi[2] - lo[2]
        );
    }

    #[test]
    fn sections_interpolate_between_keys_without_going_negative() {
        let keys = [(0.0, 0.001, 0.001), (0.5, 0.04, 0.03), (1.0, 0.001, 0.001)];
        let (w, d) = section_at(&keys, 0.5);
        assert!((w - 0.04).abs() < 1e-6 && (d - 0.03).abs() < 1e-6);
        for k in 0..=100 {
            let (w, d) = section_at(&keys, k as f32 / 100.0);
            assert!(w > 0.0 && d > 0.0);
        }
    }
}
