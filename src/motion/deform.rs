//! Soft tissue follows the bones and the muscles: every non-bone vertex is skinned to the thigh,
//! shank and foot by its height (so tendons and vessels bend at the joints), and muscle bellies
//! shorten and thicken (or lengthen and thin) with their fibres, keeping their volume.

use bevy::camera::visibility::NoFrustumCulling;
use bevy::prelude::*;

use super::{LegPose, segment_transform};
use crate::anatomy::{RestShape, StructureId};
use crate::core::anatomy::Segment;
use crate::core::biomech::{MuscleState, belly_bulge, shared_tendon_shares};
use crate::data::MotionData;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (prepare_soft_tissue, deform_soft_tissue)
            .chain()
            .after(super::advance)
            .run_if(resource_exists::<MotionData>),
    );
}

/// Heights (m) between which soft tissue blends from the thigh to the shank.
const KNEE_BLEND: (f32, f32) = (-0.012, 0.028);
/// Half the height over which soft tissue blends from the shank to the foot, about the
/// ankle centre.
const ANKLE_BLEND_HALF: f32 = 0.02;

fn smoothstep(edge0: f32, edge1: f32, x: f32) -> f32 {
    let u = ((x - edge0) / (edge1 - edge0)).clamp(0.0, 1.0);
    u * u * (3.0 - 2.0 * u)
}

/// How a structure changes shape besides following the bones.
enum Contraction {
    None,
    /// A muscle belly between heights `bottom` and `top` (its path), driven by one muscle.
    Belly {
        muscle: usize,
        top: f32,
        bottom: f32,
        /// Per vertex: the centre line's (x, z) at the vertex's height.
        centre: Vec<[f32; 2]>,
    },
    /// A tendon pulled up by the muscles it belongs to, each by its share of the tendon force.
    Tendon {
        muscles: Vec<usize>,
    },
}

#[derive(Component)]
pub(super) struct SoftTissue {
    /// Per vertex: weights of thigh, shank, foot.
    weights: Vec<[f32; 3]>,
    contraction: Contraction,
}

/// Along-the-line length of the fibres: what the visible belly length follows.
fn belly_length(state: &MuscleState) -> f32 {
    (state.fiber_length_m * state.pennation_deg.to_radians().cos()) as f32
}

/// The centre line's (x, z) at height `y`, from a path that runs mostly up-down.
fn centre_at(path: &[[f32; 3]], y: f32) -> [f32; 2] {
    for w in path.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (lo, hi) = (a[1].min(b[1]), a[1].max(b[1]));
        if (lo..=hi).contains(&y) && hi > lo {
            let f = (y - a[1]) / (b[1] - a[1]);
            return [a[0] + (b[0] - a[0]) * f, a[2] + (b[2] - a[2]) * f];
        }
    }
    let nearest = path
        .iter()
        .min_by(|a, b| (a[1] - y).abs().total_cmp(&(b[1] - y).abs()))
        .copied()
        .unwrap_or([0.0; 3]);
    [nearest[0], nearest[2]]
}

fn prepare_soft_tissue(
    mut commands: Commands,
    bio: Res<MotionData>,
    new: Query<(Entity, &StructureId, &RestShape), Without<SoftTissue>>,
) {
    let ankle_y = bio.model.ankle_centre[1] as f32;
    let ankle_blend = (ankle_y - ANKLE_BLEND_HALF, ankle_y + ANKLE_BLEND_HALF);
    for (entity, id, rest) in &new {
        let weights = rest
            .positions
            .iter()
            .map(|p| {
                let thigh = smoothstep(KNEE_BLEND.0, KNEE_BLEND.1, p[1]);
                let foot = 1.0 - smoothstep(ankle_blend.0, ankle_blend.1, p[1]);
                [thigh, 1.0 - thigh - foot, foot]
            })
            .collect();
        let contraction = if let Some(muscle) = bio.muscle_index(&id.0) {
            let top = rest.path.iter().map(|p| p[1]).fold(f32::MIN, f32::max);
            let bottom = rest.path.iter().map(|p| p[1]).fold(f32::MAX, f32::min);
            Contraction::Belly {
                muscle,
                top,
                bottom,
                centre: rest
                    .positions
                    .iter()
                    .map(|p| centre_at(&rest.path, p[1]))
                    .collect(),
            }
        } else if id.0 == "calcaneal_tendon" {
            // The shared tendon of the triceps surae.
            let muscles = ["soleus", "gastrocnemius_medial", "gastrocnemius_lateral"]
                .into_iter()
                .filter_map(|m| bio.muscle_index(m))
                .collect();
            Contraction::Tendon { muscles }
        } else {
            Contraction::None
        };
        commands.entity(entity).insert((
            SoftTissue {
                weights,
                contraction,
            },
            NoFrustumCulling,
        ));
    }
}

fn deform_soft_tissue(
    bio: Res<MotionData>,
    leg: Res<LegPose>,
    tissues: Query<(Ref<SoftTissue>, &RestShape, &Mesh3d, Ref<Visibility>)>,
    mut meshes: ResMut<Assets<Mesh>>,
) {
    let segments = [Segment::Thigh, Segment::Shank, Segment::Foot]
        .map(|s| segment_transform(&bio.model, s, leg.pose));
    let matrices = segments.map(|t| t.to_matrix());
    let rotations = segments.map(|t| t.rotation);
    let shortening = |muscle: usize| -> f32 {
        match (bio.rest.get(muscle), leg.states.get(muscle)) {
            (Some(rest), Some(now)) => belly_length(rest) - belly_length(now),
            _ => 0.0,
        }
    };
    for (tissue, rest, mesh, visibility) in &tissues {
        // Hidden tissue (the skin, unless shown) is not reshaped while the leg moves, which
        // would upload its mesh every frame for nothing; it catches up when it is shown.
        let hidden = *visibility == Visibility::Hidden;
        if hidden || !(leg.is_changed() || tissue.is_added() || visibility.is_changed()) {
            continue;
        }
        let Some(mut mesh) = meshes.get_mut(&mesh.0) else {
            continue;
        };
        // A shared tendon follows its muscles, each by its share of the live tendon force.
        let tendon_pull: f32 = match &tissue.contraction {
            Contraction::Tendon { muscles } => {
                let forces: Vec<f64> = muscles
                    .iter()
                    .map(|m| leg.states.get(*m).map_or(0.0, |s| s.force_n))
                    .collect();
                muscles
                    .iter()
                    .zip(shared_tendon_shares(&forces))
                    .map(|(m, share)| shortening(*m) * share as f32)
                    .sum()
            }
            _ => 0.0,
        };
        let mut positions = Vec::with_capacity(rest.positions.len());
        let mut normals = Vec::with_capacity(rest.normals.len());
        for (index, (p, n)) in rest.positions.iter().zip(&rest.normals).enumerate() {
            let mut p = Vec3::from(*p);
            let w = tissue.weights[index];
            match &tissue.contraction {
                Contraction::None => {}
                Contraction::Belly {
                    muscle,
                    top,
                    bottom,
                    centre,
                } => {
                    let span = (top - bottom).max(0.01);
                    let d = shortening(*muscle);
                    let stretch = (1.0 - d / span).clamp(0.5, 1.5);
                    let u = ((top - p.y) / span).clamp(0.0, 1.0);
                    // Thicker in the middle of the belly, attached at the ends, volume kept.
                    let radial = 1.0
                        + belly_bulge(f64::from(stretch)) as f32 * (std::f32::consts::PI * u).sin();
                    let [cx, cz] = centre[index];
                    p.x = cx + (p.x - cx) * radial;
                    p.z = cz + (p.z - cz) * radial;
                    // The distal end moves towards the origin by the shortening.
                    p.y += d * u * (1.0 - w[2]);
                }
                Contraction::Tendon { .. } => {
                    p.y += tendon_pull * (1.0 - w[2]);
                }
            }
            let skinned = (0..3).fold(Vec3::ZERO, |sum, k| {
                sum + matrices[k].transform_point3(p) * w[k]
            });
            let normal = (0..3).fold(Vec3::ZERO, |sum, k| {
                sum + rotations[k] * Vec3::from(*n) * w[k]
            });
            positions.push(skinned.to_array());
            normals.push(normal.normalize_or(Vec3::Y).to_array());
        }
        mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, positions);
        mesh.insert_attribute(Mesh::ATTRIBUTE_NORMAL, normals);
    }
}
