//! `--export-meshes DIR`: runs the app without a window or GPU until the leg is built and posed
//! (rest pose, or `--scenario ID --time S`), then writes every structure's mesh as it is now,
//! in the anatomy frame, as `DIR/<id>.ply` (binary little-endian, like the reference meshes).

use std::path::Path;
use std::time::Duration;

use bevy::asset::AssetPlugin;
use bevy::input::InputPlugin;
use bevy::mesh::VertexAttributeValues;
use bevy::prelude::*;

use crate::LaunchConfig;
use crate::anatomy::{AnatomyStatus, StructureId};
use crate::core::geometry::TriangleMesh;
use crate::core::ply::to_ply;
use crate::motion::Biomechanics;

/// The app's own plugins on a minimal Bevy: no window, no renderer.
pub fn build_headless_app(config: LaunchConfig) -> App {
    let mut app = App::new();
    let asset_root = config
        .assets_dir
        .as_ref()
        .map(|dir| dir.to_string_lossy().into_owned())
        .unwrap_or_else(|| "assets".to_owned());
    app.add_plugins((
        MinimalPlugins,
        AssetPlugin {
            file_path: asset_root,
            meta_check: bevy::asset::AssetMetaCheck::Never,
            ..default()
        },
        InputPlugin,
        // Bones ride on their segments: their world positions need propagating.
        bevy::transform::TransformPlugin,
    ));
    app.init_asset::<Mesh>().init_asset::<StandardMaterial>();
    app.insert_resource(config);
    app.add_plugins(crate::plugin);
    app
}

/// Writes the meshes; returns the process exit status (0 written, 1 failed).
pub fn export_meshes(config: LaunchConfig, dir: &Path) -> i32 {
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!(
            "error: cannot use {} for the meshes: {error}",
            dir.display()
        );
        return 1;
    }
    let mut app = build_headless_app(config);
    let mut ready = false;
    // Both the anatomy and the muscle model must be in before the leg can be posed.
    for _ in 0..2000 {
        app.update();
        let world = app.world();
        if world.resource::<AnatomyStatus>().is_ready() && world.contains_resource::<Biomechanics>()
        {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    if !ready {
        eprintln!("error: the anatomy did not load");
        return 1;
    }
    // More frames: the scenario seeks to its time, the soft tissue deforms, transforms
    // propagate.
    for _ in 0..10 {
        app.update();
    }
    let world = app.world_mut();
    let mut query = world.query::<(&StructureId, &Mesh3d, &GlobalTransform)>();
    let found: Vec<(String, Handle<Mesh>, GlobalTransform)> = query
        .iter(world)
        .map(|(id, mesh, transform)| (id.0.clone(), mesh.0.clone(), *transform))
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
