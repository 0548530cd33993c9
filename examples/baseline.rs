//! The yardstick for the app's frame cost: a minimal Bevy 3D + egui + orbit-camera scene built
//! from the same crates and versions, with Bevy's defaults, a few lit shapes and one egui
//! panel. It prints the same `--benchmark` JSON line as the app, with the same definition of
//! the first complete frame (shapes spawned, no shader still compiling, three quiet frames), so
//! `scripts/bench.sh` can run both alternately under the same renderer.
//!
//! `cargo run --release --example baseline -- --window-size 1280x720 --benchmark 300`

use bevy::core_pipeline::tonemapping::Tonemapping;
use bevy::platform::time::Instant;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use bevy_panorbit_camera::{PanOrbitCamera, PanOrbitCameraPlugin};
use cramp_explorer::automation::{
    PipelinesWaiting, benchmark_json, count_compiling_shaders, peak_rss_mb,
};

#[derive(Resource)]
struct Bench {
    frames: u32,
    started: Instant,
    quiet_frames: u32,
    first_frame_ms: Option<f64>,
    last: Option<Instant>,
    frame_ms: Vec<f64>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let frames = value("--benchmark")
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let (width, height) = value("--window-size")
        .and_then(|v| {
            let (w, h) = v.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        })
        .unwrap_or((1280u32, 720u32));
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "baseline".into(),
            resolution: (width, height).into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins((EguiPlugin::default(), PanOrbitCameraPlugin))
    .insert_resource(Bench {
        frames,
        started: Instant::now(),
        quiet_frames: 0,
        first_frame_ms: None,
        last: None,
        frame_ms: Vec::new(),
    })
    .add_systems(Startup, setup)
    .add_systems(EguiPrimaryContextPass, panel)
    .add_systems(Update, measure);
    count_compiling_shaders(&mut app);
    app.run();
}

fn setup(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    commands.spawn((
        Camera3d::default(),
        // The app's tonemapping: the crates are built without Bevy's lookup tables.
        Tonemapping::SomewhatBoringDisplayTransform,
        Transform::from_xyz(0.0, 0.3, 1.2).looking_at(Vec3::ZERO, Vec3::Y),
        PanOrbitCamera::default(),
    ));
    commands.spawn((
        DirectionalLight::default(),
        Transform::from_xyz(0.6, 1.2, 1.0).looking_at(Vec3::ZERO, Vec3::Y),
    ));
    let red = materials.add(Color::srgb(0.7, 0.25, 0.22));
    let ivory = materials.add(Color::srgb(0.9, 0.86, 0.75));
    commands.spawn((
        Mesh3d(meshes.add(Capsule3d::new(0.06, 0.3))),
        MeshMaterial3d(red),
        Transform::from_xyz(0.0, -0.1, 0.0),
    ));
    commands.spawn((
        Mesh3d(meshes.add(Cylinder::new(0.02, 0.6))),
        MeshMaterial3d(ivory.clone()),
        Transform::from_xyz(0.09, -0.2, 0.0),
    ));
    commands.spawn((
        Mesh3d(meshes.add(Cuboid::new(0.1, 0.04, 0.25))),
        MeshMaterial3d(ivory),
        Transform::from_xyz(0.0, -0.5, 0.05),
    ));
}

fn panel(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::Panel::left("panel")
        .default_size(320.0)
        .show_inside(&mut root, |ui| {
            ui.heading("Baseline");
            ui.label("A minimal Bevy + egui + orbit camera scene.");
        });
    Ok(())
}

fn measure(
    mut bench: ResMut<Bench>,
    waiting: Res<PipelinesWaiting>,
    shapes: Query<(), With<Mesh3d>>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = Instant::now();
    if bench.first_frame_ms.is_none() {
        let settled = !shapes.is_empty() && waiting.compiling() == 0;
        bench.quiet_frames = if settled { bench.quiet_frames + 1 } else { 0 };
        if bench.quiet_frames >= 3 {
            bench.first_frame_ms = Some(bench.started.elapsed().as_secs_f64() * 1000.0);
        }
        return;
    }
    if let Some(last) = bench.last {
        bench.frame_ms.push((now - last).as_secs_f64() * 1000.0);
    }
    bench.last = Some(now);
    if bench.frame_ms.len() >= bench.frames as usize {
        let first = bench.first_frame_ms.unwrap_or_default();
        println!("{}", benchmark_json(first, &bench.frame_ms, peak_rss_mb()));
        exit.write(AppExit::Success);
    }
}
