//! The desktop command line. The flags that describe what is on screen are made from the view
//! state's key table (`core::view_state::STATE_KEYS`), so they are the web address keys with
//! the same values and rules: `--select soleus` = `?select=soleus`, `--xray` = `?xray`, and a
//! `--time` without a `--scenario` is dropped with the same notice as `?time=` alone.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Parser};

use crate::core::view_state::{STATE_KEYS, ViewState};
use crate::launch::LaunchConfig;
pub use crate::motion::Export;
use crate::ui::words::built_in_english;

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

    /// Text and control size in per cent, 75 to 200, for this run (e.g. 200 on a projector,
    /// or to check a layout); default: the size chosen last in Settings.
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u16).range(75..=200))]
    pub text_size: Option<u16>,

    /// What is on screen: the same keys, values and rules as the web address.
    #[command(flatten)]
    pub state: StateArgs,

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

/// The view-state flags, one per key of the table, as `(key, value)` in the order given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StateArgs(pub Vec<(String, Option<String>)>);

/// Checks a view-state flag with the same parser the web address uses.
fn state_value(key: &'static str) -> impl Fn(&str) -> Result<String, String> + Clone + Send + Sync {
    move |value| {
        ViewState::default()
            .set(key, Some(value))
            .map_err(|problem| built_in_english().message(&problem))?;
        Ok(value.trim().to_owned())
    }
}

impl Args for StateArgs {
    fn augment_args(mut command: clap::Command) -> clap::Command {
        for key in STATE_KEYS {
            let arg = Arg::new(key.name).long(key.name).help(key.help);
            command = command.arg(match key.value_name {
                Some(value_name) => arg
                    .value_name(value_name)
                    .action(ArgAction::Set)
                    .value_parser(state_value(key.name)),
                // A switch: on when named alone, as `?xray` in a link; `--xray=0` is off.
                None => arg
                    .num_args(0..=1)
                    .require_equals(true)
                    .default_missing_value("1")
                    .action(ArgAction::Set)
                    .value_parser(state_value(key.name)),
            });
        }
        command
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

impl FromArgMatches for StateArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut pairs = Vec::new();
        for key in STATE_KEYS {
            if let Some(value) = matches.get_one::<String>(key.name) {
                pairs.push((key.name.to_owned(), Some(value.clone())));
            }
        }
        Ok(Self(pairs))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
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
        // Values were checked while parsing; the rules between keys give the notices.
        let notices = initial_view.apply_pairs(
            self.state
                .0
                .iter()
                .map(|(key, value)| (key.as_str(), value.as_deref())),
        );
        // Pictures and benchmarks do not follow the machine's language.
        let automated = self.screenshot.is_some() || self.benchmark.is_some();
        LaunchConfig {
            window_size: self.window_size,
            screenshot: self.screenshot.map(|p| cwd.join(p)),
            benchmark_frames: self.benchmark,
            assets_dir: self.assets.map(|p| cwd.join(p)),
            initial_view,
            notices,
            system_language: (!automated).then(sys_locale::get_locale).flatten(),
            text_size: self.text_size.map(|percent| f32::from(percent) / 100.0),
            ..LaunchConfig::default()
        }
    }
}
