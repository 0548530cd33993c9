//! Anatomy on screen: turns each structure of the loaded atlas (`data::Atlas`: the structure
//! data with the shapes fitted to the measured reference leg) into a mesh, and spawns one
//! pickable entity per structure under the bone segment it moves with. A reloaded atlas
//! replaces the leg.

pub mod materials;

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::platform::time::Instant;
use bevy::prelude::*;

use crate::core::anatomy::{BodySystem, Segment};
use crate::core::geometry::TriangleMesh;
use crate::core::quality::MeshDetail;
use crate::data::Atlas;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AnatomyStatus>()
        .init_resource::<LegDetail>()
        .add_systems(
            Update,
            spawn_leg
                .run_if(
                    resource_exists::<Atlas>
                        .and_then(resource_changed::<Atlas>.or_else(resource_changed::<LegDetail>)),
                )
                .after(crate::data::DataLoading),
        );
}

/// How finely the leg is built; the picture quality sets it (`frames`), a change rebuilds the
/// leg.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LegDetail(pub MeshDetail);

/// Marks an entity as one anatomical structure, by its data id.
#[derive(Component, Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructureId(pub String);

/// The body system a structure entity belongs to (for layer toggles and colours).
#[derive(Component, Clone, Copy, Debug)]
pub struct SystemOf(pub BodySystem);

/// The undeformed mesh of a soft-tissue structure (everything but bone), kept so the motion
/// module can deform it from scratch each time the leg moves. Bones do not need it: they ride
/// rigidly on their segment.
#[derive(Component, Clone, Debug)]
pub struct RestShape {
    pub positions: Vec<[f32; 3]>,
    pub normals: Vec<[f32; 3]>,
    /// The structure's centre line (its first piece's axis).
    pub path: Vec<[f32; 3]>,
}

/// A rigid segment (thigh, shank, foot); joints move these.
#[derive(Component, Clone, Copy, Debug)]
pub struct SegmentBody(pub Segment);

/// Whether the anatomy is on screen yet, and what went wrong loading it.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub enum AnatomyStatus {
    #[default]
    Loading,
    /// Spawned: how many triangles, built in how long.
    Ready { triangles: usize, build_ms: f32 },
}

impl AnatomyStatus {
    pub fn is_ready(&self) -> bool {
        matches!(self, AnatomyStatus::Ready { .. })
    }
}

/// Builds the leg from the atlas, replacing the one on screen if the atlas was reloaded.
fn spawn_leg(
    mut commands: Commands,
    atlas: Res<Atlas>,
    old: Query<Entity, Or<(With<SegmentBody>, With<StructureId>)>>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    mut status: ResMut<AnatomyStatus>,
    detail: Res<LegDetail>,
    mut shown: Local<Option<Atlas>>,
) {
    // A new language changes the names, not the meshes: the leg on screen stays (unless the
    // detail changed too).
    if let Some(shown) = shown.as_ref()
        && !detail.is_changed()
        && shown.0.structures.len() == atlas.0.structures.len()
        && shown
            .0
            .structures
            .iter()
            .zip(&atlas.0.structures)
            .all(|(a, b)| a.same_geometry(b))
    {
        return;
    }
    *shown = Some(atlas.clone());
    for entity in &old {
        commands.entity(entity).try_despawn();
    }
    let atlas = &atlas.0;
    let started = Instant::now();
    let mut triangles = 0;
    let segments: Vec<(Segment, Entity)> = [Segment::Thigh, Segment::Shank, Segment::Foot]
        .into_iter()
        .map(|segment| {
            let entity = commands
                .spawn((
                    Name::new(format!("{segment:?}")),
                    SegmentBody(segment),
                    Transform::IDENTITY,
                    Visibility::Inherited,
                ))
                .id();
            (segment, entity)
        })
        .collect();
    for structure in &atlas.structures {
        let mesh = structure.mesh_at(detail.0);
        triangles += mesh.triangle_count();
        // Bones ride on their segment; soft tissue stays in the rest frame and is deformed.
        let parent = segments
            .iter()
            .find(|(segment, _)| {
                *segment == structure.segment && structure.system == BodySystem::Bone
            })
            .map(|(_, entity)| *entity);
        let mut entity = commands.spawn((
            Name::new(structure.id.clone()),
            StructureId(structure.id.clone()),
            SystemOf(structure.system),
            Mesh3d(meshes.add(to_bevy_mesh(
                &mesh,
                materials::fibre_strength(structure.system),
            ))),
            MeshMaterial3d(materials.add(materials::for_system(structure.system))),
            Transform::IDENTITY,
            Visibility::Inherited,
        ));
        match parent {
            Some(parent) => {
                entity.insert(ChildOf(parent));
            }
            None => {
                entity.insert(RestShape {
                    positions: mesh.positions,
                    normals: mesh.normals,
                    path: structure.centre_line(),
                });
            }
        }
    }
    let build_ms = started.elapsed().as_secs_f32() * 1000.0;
    info!(
        "anatomy: {} structures, {triangles} triangles, meshes built in {build_ms:.1} ms",
        atlas.structures.len()
    );
    *status = AnatomyStatus::Ready {
        triangles,
        build_ms,
    };
}

/// Converts a core mesh. Vertex colours carry a faint stripe along the fibres (`fibre`
/// strength 0 for structures without fibres).
fn to_bevy_mesh(mesh: &TriangleMesh, fibre: f32) -> Mesh {
    let colors: Vec<[f32; 4]> = mesh
        .fibre
        .iter()
        .map(|stripe| {
            let shade = 1.0 - fibre * stripe;
            [shade, shade, shade, 1.0]
        })
        .collect();
    Mesh::new(
        PrimitiveTopology::TriangleList,
        // Kept in the main world too: mesh picking ray-casts against it.
        RenderAssetUsages::MAIN_WORLD | RenderAssetUsages::RENDER_WORLD,
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, mesh.positions.clone())
    .with_inserted_attribute(Mesh::ATTRIBUTE_NORMAL, mesh.normals.clone())
    .with_inserted_attribute(Mesh::ATTRIBUTE_COLOR, colors)
    .with_inserted_indices(Indices::U32(mesh.indices.clone()))
}
