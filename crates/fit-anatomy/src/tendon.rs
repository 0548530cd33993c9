//! Where a fitted muscle becomes its tendon.

use cramp_core::fitted::{FittedPiece, section_frames};
use cramp_core::glam::Vec3;

use crate::outline::signed_area;

/// Splits a muscle piece where it becomes its tendon: from the distal end, the sections whose
/// outline encloses less than `tendon_area_mm2`.
pub(crate) fn split_tendon(
    piece: FittedPiece,
    tendon_area_mm2: f64,
) -> (FittedPiece, Option<FittedPiece>) {
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
