//! `--export-meshes DIR`: runs the app without a window or GPU until the leg is built and posed
//! (rest pose, or `--scenario ID --time S`), then writes every structure's mesh as it is now,
//! in the anatomy frame, as `DIR/<id>.ply` (binary little-endian, like the reference meshes).

use std::path::Path;
use std::time::Duration;

use bevy::mesh::VertexAttributeValues;
use bevy::prelude::*;

use crate::anatomy::{AnatomyStatus, StructureId, SystemOf};
use crate::core::anatomy::BodySystem;
use crate::core::geometry::TriangleMesh;
use crate::core::ply::to_ply;
use crate::data::Atlas;
use crate::data::MotionData;
use crate::launch::LaunchConfig;
use crate::motion::{LegPose, segment_transform};
use crate::state::CurrentView;

/// Writes the meshes; returns the process exit status (0 written, 1 failed).
/// `app` is the headless app (`build_headless_app`) started with the pose to export.
pub fn export_meshes(mut app: App, dir: &Path) -> i32 {
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!(
            "error: cannot use {} for the meshes: {error}",
            dir.display()
        );
        return 1;
    }
    // Every structure is shown, so every one is posed (hidden soft tissue is not reshaped).
    if let Some(mut config) = app.world_mut().get_resource_mut::<LaunchConfig>() {
        let view = &mut config.initial_view;
        view.layers = BodySystem::ALL.into_iter().collect();
        view.hide.clear();
        view.isolate = false;
    }
    // The anatomy and the muscle model must be in, and the leg posed, before it is written.
    let wanted = app
        .world()
        .get_resource::<LaunchConfig>()
        .and_then(|c| c.initial_view.scenario.clone());
    let mut ready = false;
    for _ in 0..2000 {
        app.update();
        let world = app.world();
        let posed = world.contains_resource::<MotionData>()
            && world.contains_resource::<LegPose>()
            && world.resource::<CurrentView>().0.scenario == wanted;
        if world.resource::<AnatomyStatus>().is_ready() && posed {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    if !ready {
        eprintln!("error: the anatomy did not load");
        return 1;
    }
    // More frames: the scenario seeks to its time, the soft tissue deforms.
    for _ in 0..10 {
        app.update();
        std::thread::sleep(Duration::from_millis(2));
    }
    let world = app.world_mut();
    // Bones ride rigidly on their segment, posed as the motion module poses it; soft tissue
    // is already deformed in the anatomy frame.
    let pose = world.resource::<LegPose>().pose;
    let model = world.resource::<MotionData>().model.clone();
    let mut query = world.query::<(&StructureId, &Mesh3d, &SystemOf)>();
    let placed: Vec<(String, Handle<Mesh>, BodySystem)> = query
        .iter(world)
        .map(|(id, mesh, system)| (id.0.clone(), mesh.0.clone(), system.0))
        .collect();
    let segment_of = |id: &str| world.resource::<Atlas>().0.structure(id).map(|s| s.segment);
    let found: Vec<(String, Handle<Mesh>, Transform)> = placed
        .into_iter()
        .map(|(id, mesh, system)| {
            let transform = match (system, segment_of(&id)) {
                (BodySystem::Bone, Some(segment)) => segment_transform(&model, segment, pose),
                _ => Transform::IDENTITY,
            };
            (id, mesh, transform)
        })
        .collect();
    let meshes = world.resource::<Assets<Mesh>>();
    let mut written = 0;
    for (id, handle, transform) in found {
        let Some(mesh) = meshes.get(&handle) else {
            continue;
        };
        let Some(VertexAttributeValues::Float32x3(positions)) =
            mesh.attribute(Mesh::ATTRIBUTE_POSITION)
        else {
            continue;
        };
        let indices: Vec<u32> = match mesh.indices() {
            Some(indices) => indices.iter().map(|i| i as u32).collect(),
            None => continue,
        };
        let ours = TriangleMesh {
            positions: positions
                .iter()
                .map(|p| transform.transform_point(Vec3::from(*p)).to_array())
                .collect(),
            indices,
            ..default()
        };
        let path = dir.join(format!("{id}.ply"));
        let comment = "Cramp Explorer; shapes fitted to BodyParts3D (c) DBCLS, CC BY-SA 2.1 JP; anatomy frame, metres";
        if let Err(error) = std::fs::write(&path, to_ply(&ours, comment)) {
            eprintln!("error: could not write {}: {error}", path.display());
            return 1;
        }
        written += 1;
    }
    println!("wrote {written} meshes to {}", dir.display());
    0
}
