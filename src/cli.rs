//! The desktop command line. Every flag that describes what is on screen uses the same name as
//! the web address key (`--select soleus` = `?select=soleus`).

use std::path::PathBuf;

use clap::Parser;

use crate::LaunchConfig;
use crate::core::view_state::ViewState;

#[derive(Parser, Debug)]
#[command(
    name = "cramp-explorer",
    version,
    about = "Cramp Explorer: a 3D lower leg that shows what a calf cramp is and why stretching helps.",
    long_about = None,
    after_help = "Educational software, not medical advice.\n\nExamples:\n  cramp-explorer --view posterior --select soleus\n  cramp-explorer --screenshot calf.png --window-size 1600x900\n  cramp-explorer --benchmark 300\n  cramp-explorer --tour cramp_for_patients --step 2"
)]
pub struct Cli {
    /// Window size in logical pixels.
    #[arg(long, value_name = "WxH", default_value = "1280x720", value_parser = parse_window_size)]
    pub window_size: (u32, u32),

    /// Start, wait until everything is loaded and drawn, save a PNG of the window, and exit.
    #[arg(long, value_name = "FILE.png", value_parser = parse_png_path, conflicts_with = "benchmark")]
    pub screenshot: Option<PathBuf>,

    /// Render FRAMES frames after loading, print one JSON line of timings, and exit.
    #[arg(long, value_name = "FRAMES", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub benchmark: Option<u32>,

    /// Folder the data files (anatomy, content) are read from.
    #[arg(long, value_name = "DIR")]
    pub assets: Option<PathBuf>,

    /// Select a structure by id, e.g. soleus or calcaneal_tendon.
    #[arg(long, value_name = "ID", value_parser = state_value("select"))]
    pub select: Option<String>,

    /// Camera view: anterior, posterior, medial or lateral.
    #[arg(long, value_name = "VIEW", value_parser = state_value("view"))]
    pub view: Option<String>,

    /// Play a scenario: calf_cramp, cramp_relief_stretch, standing_calf_stretch,
    /// bent_knee_stretch or heel_raise.
    #[arg(long, value_name = "ID", value_parser = state_value("scenario"))]
    pub scenario: Option<String>,

    /// Start the scenario at this moment (seconds), paused; with --screenshot, picture that moment.
    #[arg(long, value_name = "SECONDS", value_parser = state_value("time"), requires = "scenario")]
    pub time: Option<String>,

    /// Show only the selected structure.
    #[arg(long)]
    pub isolate: bool,

    /// X-ray: fade everything except the selected structure.
    #[arg(long)]
    pub xray: bool,

    /// Hide structures, by comma-separated ids (e.g. skin,fibula).
    #[arg(long, value_name = "ID,ID", value_parser = state_value("hide"))]
    pub hide: Option<String>,

    /// Teaching overlay on the calf: workload, stretch, massage, heat, cold or tens.
    #[arg(long, value_name = "NAME", value_parser = state_value("overlay"))]
    pub overlay: Option<String>,

    /// Present a guided tour full screen: cramp_for_patients, stretches_for_patients or
    /// triceps_surae.
    #[arg(long, value_name = "ID", value_parser = state_value("tour"))]
    pub tour: Option<String>,

    /// Open the tour at this step (1 is the first); with --screenshot, picture that step.
    #[arg(long, value_name = "N", value_parser = state_value("step"), requires = "tour")]
    pub step: Option<String>,

    /// Check every data file (anatomy, muscles, scenarios, content, tours, quiz, clinic) under DIR (default: assets),
    /// print every problem with file, line and column, and exit 0 if all is valid, else 1.
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_missing_value = "assets", conflicts_with_all = ["screenshot", "benchmark"])]
    pub check_content: Option<PathBuf>,

    /// Write muscle lengths and moment arms over a sweep of knee and ankle angles, then exit.
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["screenshot", "benchmark"])]
    pub export_kinematics: Option<PathBuf>,

    /// Write every structure's mesh as DIR/<id>.ply (binary PLY, anatomy frame, metres), in the
    /// rest pose or the pose of --scenario ID --time S, then exit.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["screenshot", "benchmark"])]
    pub export_meshes: Option<PathBuf>,

    /// Write a simulated scenario (activation, lengths, force per muscle every 10 ms), then exit.
    #[arg(long, num_args = 2, value_names = ["ID", "FILE.csv"], conflicts_with_all = ["screenshot", "benchmark"])]
    pub export_scenario: Option<Vec<String>>,
}

/// A data export asked for on the command line, run without opening a window.
#[derive(Clone, Debug, PartialEq)]
pub enum Export {
    Kinematics(PathBuf),
    Scenario { id: String, file: PathBuf },
}

/// Checks a view-state flag with the same parser the web address uses.
fn state_value(key: &'static str) -> impl Fn(&str) -> Result<String, String> + Clone {
    move |value| {
        ViewState::default().set(key, Some(value))?;
        Ok(value.trim().to_owned())
    }
}

fn parse_window_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not WIDTHxHEIGHT, e.g. 1280x720"))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (64..=8192).contains(n))
    };
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(format!(
            "{text:?}: width and height must be whole numbers from 64 to 8192"
        )),
    }
}

fn parse_png_path(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("png") => Ok(path),
        _ => Err(format!(
            "{text:?}: the screenshot file name must end in .png"
        )),
    }
}

impl Cli {
    /// The export to run instead of the app, if any.
    pub fn export(&self) -> Option<Export> {
        let cwd = std::env::current_dir().unwrap_or_default();
        if let Some(file) = &self.export_kinematics {
            return Some(Export::Kinematics(cwd.join(file)));
        }
        match self.export_scenario.as_deref() {
            Some([id, file]) => Some(Export::Scenario {
                id: id.clone(),
                file: cwd.join(file),
            }),
            _ => None,
        }
    }

    /// What the app needs from the command line. Relative paths are taken from the current
    /// directory, as a user typing them expects.
    pub fn into_launch_config(self) -> LaunchConfig {
        let cwd = std::env::current_dir().unwrap_or_default();
        let mut initial_view = ViewState::default();
        // Values were checked by `state_value` while parsing, so nothing is skipped here.
        let notices = initial_view.apply_pairs(
            [
                ("select", self.select.as_deref()),
                ("view", self.view.as_deref()),
                ("scenario", self.scenario.as_deref()),
                ("time", self.time.as_deref()),
                ("hide", self.hide.as_deref()),
                ("overlay", self.overlay.as_deref()),
                ("tour", self.tour.as_deref()),
                ("step", self.step.as_deref()),
            ]
            .into_iter()
            .filter(|(_, v)| v.is_some()),
        );
        // Switches are on when present: the same meaning as `?isolate` in a link.
        initial_view.isolate = self.isolate;
        initial_view.xray = self.xray;
        LaunchConfig {
            window_size: self.window_size,
            screenshot: self.screenshot.map(|p| cwd.join(p)),
            benchmark_frames: self.benchmark,
            assets_dir: self.assets.map(|p| cwd.join(p)),
            initial_view,
            notices,
        }
    }
}
