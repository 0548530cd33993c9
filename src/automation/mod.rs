//! Knowing when the first complete picture is on screen, and what the desktop flags do with it:
//! `--screenshot` saves it and exits, `--benchmark` times frames and prints JSON.

#[cfg(not(target_arch = "wasm32"))]
mod export_meshes;
#[cfg(not(target_arch = "wasm32"))]
pub use export_meshes::export_meshes;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bevy::platform::time::Instant;
use bevy::prelude::*;
use bevy::render::render_resource::{CachedPipelineState, PipelineCache};
use bevy::render::{Render, RenderApp, RenderSystems};

use crate::anatomy::AnatomyStatus;
use crate::data::DataStatus;
use crate::launch::LaunchConfig;

pub(super) fn plugin(app: &mut App) {
    count_compiling_shaders(app);
    app.insert_resource(SceneReadiness::new())
        .add_systems(First, track_readiness)
        .add_systems(Update, (take_screenshot, run_benchmark));
}

/// Shaders still compiling in the render world; drawing is incomplete until this is zero.
#[derive(Resource, Clone)]
pub struct PipelinesWaiting(Arc<AtomicUsize>);

impl PipelinesWaiting {
    /// Pipelines still being compiled (`usize::MAX` before the renderer has counted).
    pub fn compiling(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
}

/// Keeps [`PipelinesWaiting`] up to date in the main world (where there is a renderer). The
/// baseline scene of the benchmark counts the same way.
pub fn count_compiling_shaders(app: &mut App) {
    let waiting = PipelinesWaiting(Arc::new(AtomicUsize::new(usize::MAX)));
    if let Some(render_app) = app.get_sub_app_mut(RenderApp) {
        render_app.insert_resource(waiting.clone()).add_systems(
            Render,
            count_waiting_pipelines.in_set(RenderSystems::Cleanup),
        );
        app.insert_resource(waiting);
    }
}

/// Counts pipelines being compiled. Pipelines queued for a shader that never arrives (features
/// a platform lacks, as on WebGL2) are not counted: they would wait forever.
fn count_waiting_pipelines(cache: Res<PipelineCache>, waiting: Res<PipelinesWaiting>) {
    let compiling = cache
        .pipelines()
        .filter(|p| matches!(p.state, CachedPipelineState::Creating(_)))
        .count();
    waiting.0.store(compiling, Ordering::Relaxed);
}

/// Frames after which the picture is complete: data loaded, meshes spawned, shaders compiled.
#[derive(Resource, Debug)]
pub struct SceneReadiness {
    started: Instant,
    /// Consecutive frames with the anatomy spawned and no shader waiting.
    settled_frames: u32,
    /// Milliseconds from start to the first complete frame, once there was one.
    pub first_complete_frame_ms: Option<f64>,
    /// Frames counted since start, for timeouts.
    frames: u64,
}

/// A complete picture needs a few quiet frames: egui lays out, materials upload.
const SETTLE_FRAMES: u32 = 3;

impl SceneReadiness {
    fn new() -> Self {
        Self {
            started: Instant::now(),
            settled_frames: 0,
            first_complete_frame_ms: None,
            frames: 0,
        }
    }

    pub fn is_complete(&self) -> bool {
        self.first_complete_frame_ms.is_some()
    }
}

fn track_readiness(
    data: Res<DataStatus>,
    status: Res<AnatomyStatus>,
    motion: Option<Res<crate::motion::LegPose>>,
    waiting: Option<Res<PipelinesWaiting>>,
    mut readiness: ResMut<SceneReadiness>,
) {
    readiness.frames += 1;
    let shaders_done = waiting.is_none_or(|w| w.compiling() == 0);
    let data_ready = data.is_ready() && status.is_ready() && motion.is_some();
    if data_ready && shaders_done {
        readiness.settled_frames += 1;
    } else if readiness.first_complete_frame_ms.is_none() {
        readiness.settled_frames = 0;
    }
    if readiness.first_complete_frame_ms.is_none() && readiness.settled_frames >= SETTLE_FRAMES {
        let ms = readiness.started.elapsed().as_secs_f64() * 1000.0;
        readiness.first_complete_frame_ms = Some(ms);
        info!("first complete frame after {ms:.0} ms");
    }
}

/// Give up on `--screenshot`/`--benchmark` if nothing is complete after this long.
const READY_TIMEOUT_S: f32 = 300.0;

fn timed_out(readiness: &SceneReadiness) -> bool {
    !readiness.is_complete() && readiness.started.elapsed().as_secs_f32() > READY_TIMEOUT_S
}

fn take_screenshot(
    mut commands: Commands,
    config: Option<Res<LaunchConfig>>,
    readiness: Res<SceneReadiness>,
    mut requested: Local<bool>,
) {
    let Some(path) = config.and_then(|c| c.screenshot.clone()) else {
        return;
    };
    if *requested {
        return;
    }
    if timed_out(&readiness) {
        eprintln!("error: the scene was not ready after {READY_TIMEOUT_S} s; no screenshot saved");
        commands.write_message(AppExit::error());
        *requested = true;
        return;
    }
    if !readiness.is_complete() {
        return;
    }
    *requested = true;
    commands
        .spawn(bevy::render::view::screenshot::Screenshot::primary_window())
        .observe(
            move |captured: On<bevy::render::view::screenshot::ScreenshotCaptured>,
                  mut commands: Commands| {
                let exit = match save_png(&captured.image, &path) {
                    Ok(()) => {
                        println!("screenshot saved to {}", path.display());
                        AppExit::Success
                    }
                    Err(message) => {
                        eprintln!(
                            "error: could not save the screenshot to {}: {message}",
                            path.display()
                        );
                        AppExit::error()
                    }
                };
                commands.write_message(exit);
            },
        );
}

fn save_png(image: &Image, path: &std::path::Path) -> Result<(), String> {
    let rgb = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| e.to_string())?
        .to_rgb8();
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    }
    rgb.save(path).map_err(|e| e.to_string())
}

/// Frame times measured between successive `Update` runs once the scene is complete.
#[derive(Default)]
struct BenchmarkRun {
    last: Option<Instant>,
    frame_ms: Vec<f64>,
    done: bool,
}

fn run_benchmark(
    mut commands: Commands,
    config: Option<Res<LaunchConfig>>,
    readiness: Res<SceneReadiness>,
    mut run: Local<BenchmarkRun>,
) {
    let Some(frames) = config.and_then(|c| c.benchmark_frames) else {
        return;
    };
    if run.done {
        return;
    }
    if timed_out(&readiness) {
        eprintln!("error: the scene was not ready after {READY_TIMEOUT_S} s; no benchmark");
        commands.write_message(AppExit::error());
        run.done = true;
        return;
    }
    let Some(first_frame_ms) = readiness.first_complete_frame_ms else {
        return;
    };
    let now = Instant::now();
    if let Some(last) = run.last {
        run.frame_ms.push((now - last).as_secs_f64() * 1000.0);
    }
    run.last = Some(now);
    if run.frame_ms.len() >= frames as usize {
        println!(
            "{}",
            benchmark_json(first_frame_ms, &run.frame_ms, peak_rss_mb())
        );
        commands.write_message(AppExit::Success);
        run.done = true;
    }
}

/// The one JSON line `--benchmark` prints (milliseconds and megabytes, two decimals).
pub fn benchmark_json(first_frame_ms: f64, frame_ms: &[f64], peak_rss_mb: Option<f64>) -> String {
    let mut sorted = frame_ms.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mean = sorted.iter().sum::<f64>() / sorted.len().max(1) as f64;
    // Nearest-rank 95th percentile.
    let rank = ((0.95 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len().max(1));
    let p95 = sorted.get(rank - 1).copied().unwrap_or(0.0);
    let round = |v: f64| (v * 100.0).round() / 100.0;
    serde_json::json!({
        "frames": sorted.len(),
        "first_frame_ms": round(first_frame_ms),
        "mean_frame_ms": round(mean),
        "p95_frame_ms": round(p95),
        "peak_rss_mb": peak_rss_mb.map(round),
    })
    .to_string()
}

/// Peak resident memory (Linux `VmHWM`), where the platform tells it.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::benchmark_json;

    #[test]
    fn benchmark_line_has_the_documented_fields_and_percentile() {
        let frames: Vec<f64> = (1..=20).map(f64::from).collect();
        let line: serde_json::Value =
            serde_json::from_str(&benchmark_json(1234.5, &frames, Some(300.0))).expect("JSON");
        assert_eq!(line["frames"], 20);
        assert_eq!(line["first_frame_ms"], 1234.5);
        assert_eq!(line["mean_frame_ms"], 10.5);
        // Nearest rank: the 19th of 20 sorted frames.
        assert_eq!(line["p95_frame_ms"], 19.0);
        assert_eq!(line["peak_rss_mb"], 300.0);
        let line: serde_json::Value =
            serde_json::from_str(&benchmark_json(1.0, &[5.0], None)).expect("JSON");
        assert!(line["peak_rss_mb"].is_null());
    }
}
