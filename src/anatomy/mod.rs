//! Anatomy: loads the structure data (`assets/anatomy/leg.anatomy.ron`) and the shapes fitted
//! to the measured reference leg (`assets/anatomy/leg.shapes.ron`) through the asset system,
//! turns each structure into a mesh, and spawns one pickable entity per structure under the bone
//! segment it moves with.

pub mod materials;

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::platform::time::Instant;
use bevy::prelude::*;

use crate::core::anatomy::{AnatomyAtlas, BodySystem, Segment};
use crate::core::data_error::parse_or_built_in;
use crate::core::fitted::FittedAtlas;
use crate::core::geometry::TriangleMesh;
use crate::data_files::{DataBytes, finished_load};

/// The anatomy file inside the asset root.
pub const ANATOMY_PATH: &str = "anatomy/leg.anatomy.ron";

/// The same file compiled into the binary: used when the file on disk is missing or broken,
/// so the app always has a leg to show.
const BUILT_IN_ANATOMY: &[u8] = include_bytes!("../../assets/anatomy/leg.anatomy.ron");

/// The fitted shapes inside the asset root, and their built-in copy.
pub const SHAPES_PATH: &str = "anatomy/leg.shapes.ron";
const BUILT_IN_SHAPES: &[u8] = include_bytes!("../../assets/anatomy/leg.shapes.ron");

/// Parses the anatomy and the fitted shapes (each falling back to its built-in copy) and joins
/// them. Returns the atlas and every problem met.
pub fn load_anatomy(
    anatomy: Result<Vec<u8>, String>,
    shapes: Result<Vec<u8>, String>,
) -> (AnatomyAtlas, Vec<String>) {
    let (atlas, mut problems) = parse_or_built_in(
        ANATOMY_PATH,
        anatomy,
        BUILT_IN_ANATOMY,
        AnatomyAtlas::from_ron,
    );
    let (fitted, shape_problems) =
        parse_or_built_in(SHAPES_PATH, shapes, BUILT_IN_SHAPES, FittedAtlas::from_ron);
    problems.extend(shape_problems);
    // Only a broken build has no valid built-in copy; tests guard it.
    let mut atlas = atlas.unwrap_or(AnatomyAtlas {
        sources: Vec::new(),
        structures: Vec::new(),
    });
    if let Some(fitted) = fitted {
        problems.extend(
            atlas
                .attach_shapes(&fitted, SHAPES_PATH)
                .iter()
                .map(ToString::to_string),
        );
    }
    (atlas, problems)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AnatomyStatus>()
        .add_systems(Startup, start_loading)
        .add_systems(
            Update,
            spawn_when_loaded.run_if(resource_exists::<PendingAnatomy>),
        );
}

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

/// The loaded anatomy data, for panels and lookups.
#[derive(Resource, Clone, Debug)]
pub struct Atlas(pub AnatomyAtlas);

/// Whether the anatomy is on screen yet, and what went wrong loading it.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub enum AnatomyStatus {
    #[default]
    Loading,
    /// Spawned. `problems` is empty when the data file loaded cleanly; otherwise it explains why
    /// the built-in copy is shown instead.
    Ready {
        problems: Vec<String>,
        triangles: usize,
        build_ms: f32,
    },
}

impl AnatomyStatus {
    pub fn is_ready(&self) -> bool {
        matches!(self, AnatomyStatus::Ready { .. })
    }
}

#[derive(Resource)]
struct PendingAnatomy {
    anatomy: Handle<DataBytes>,
    shapes: Handle<DataBytes>,
}

fn start_loading(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(PendingAnatomy {
        anatomy: assets.load(ANATOMY_PATH),
        shapes: assets.load(SHAPES_PATH),
    });
}

fn spawn_when_loaded(
    mut commands: Commands,
    pending: Res<PendingAnatomy>,
    server: Res<AssetServer>,
    files: Res<Assets<DataBytes>>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    mut status: ResMut<AnatomyStatus>,
) {
    let (Some(anatomy), Some(shapes)) = (
        finished_load(&server, &files, &pending.anatomy),
        finished_load(&server, &files, &pending.shapes),
    ) else {
        return;
    };
    let (atlas, problems) = load_anatomy(anatomy, shapes);
    commands.remove_resource::<PendingAnatomy>();
    for problem in &problems {
        warn!("anatomy: {problem}");
    }

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
        let mesh = structure.mesh();
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
    commands.insert_resource(Atlas(atlas));
    *status = AnatomyStatus::Ready {
        problems,
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
