//! `fit-anatomy paths`: moves the gait2392 muscle paths (`leg.muscles.ron`) onto the fitted
//! bones. Points are scaled about the knee centre by the ratio of the ankle heights; the foot's
//! points and the ankle axis are turned outwards by the reference foot's toe-out; every origin
//! and insertion is then put on the nearest fitted bone of its segment when it lies more than
//! 4 mm off it. The file's text is kept; only the numbers change.

use std::path::Path;

use cramp_core::anatomy::{AnatomyAtlas, Segment};
use cramp_core::biomech::MusculoskeletalModel;
use cramp_core::fidelity::SurfaceIndex;
use cramp_core::fitted::FittedAtlas;
use cramp_core::glam::DVec3;

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
    let bones_of = |segment: Segment| SurfaceIndex::new(&atlas.bone_surface(segment));
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
