//! The command line a user types: help lists every flag, bad input exits with status 2.

use std::process::Command;

use clap::Parser;
use cramp_explorer::cli::Cli;
use cramp_explorer::core::view_state::ViewPreset;

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("cramp-explorer").chain(args.iter().copied()))
}

#[test]
fn defaults_are_a_1280x720_window_and_the_assets_folder() {
    let config = parse(&[]).expect("no flags is valid").into_launch_config();
    assert_eq!(config.window_size, (1280, 720));
    assert!(config.screenshot.is_none() && config.benchmark_frames.is_none());
    assert_eq!(
        config.asset_root(),
        "assets",
        "the assets folder beside the app"
    );
}

#[test]
fn view_state_flags_use_the_same_vocabulary_as_urls() {
    let config = parse(&[
        "--select",
        "soleus",
        "--view",
        "Posterior",
        "--window-size",
        "800x600",
    ])
    .expect("valid")
    .into_launch_config();
    assert_eq!(config.initial_view.select.as_deref(), Some("soleus"));
    assert_eq!(config.initial_view.view, Some(ViewPreset::Posterior));
    assert_eq!(config.window_size, (800, 600));
    assert!(config.notices.is_empty());
    let config = parse(&["--scenario", "calf_cramp", "--time", "2.5"])
        .expect("valid")
        .into_launch_config();
    assert_eq!(config.initial_view.scenario.as_deref(), Some("calf_cramp"));
    assert_eq!(config.initial_view.time, Some(2.5));
    let config = parse(&[
        "--tour",
        "cramp_for_patients",
        "--step",
        "2",
        "--overlay",
        "massage",
    ])
    .expect("valid")
    .into_launch_config();
    let (from_link, _) = cramp_explorer::core::view_state::ViewState::from_query(
        "tour=cramp_for_patients&step=2&overlay=massage",
    );
    assert_eq!(
        config.initial_view, from_link,
        "a flag set and a link are the same state"
    );
}

#[test]
fn lang_chooses_the_language_like_the_address_does() {
    let config = parse(&["--lang", "es-MX"])
        .expect("valid")
        .into_launch_config();
    assert_eq!(config.initial_view.lang.as_deref(), Some("es"));
    let (linked, _) = cramp_explorer::core::view_state::ViewState::from_query("lang=es-MX");
    assert_eq!(linked.lang, config.initial_view.lang);
    // Pictures do not follow the machine's language.
    let picture = parse(&["--screenshot", "a.png"])
        .expect("valid")
        .into_launch_config();
    assert_eq!(picture.system_language, None);
}

#[test]
fn malformed_values_are_usage_errors() {
    for args in [
        &["--window-size", "big"][..],
        &["--window-size", "10x10"],
        &["--screenshot", "shot.jpg"],
        &["--benchmark", "0"],
        &["--benchmark", "many"],
        &["--view", "upside-down"],
        &["--select", "soleus;rm"],
        &["--no-such-flag"],
        &["--screenshot", "a.png", "--benchmark", "10"],
        &["--scenario", "calf_cramp", "--time", "-3"],
        &["--isolate=maybe"],
        &["--tour", "cramp_for_patients", "--step", "0"],
        &["--overlay", "sauna"],
        &["--lang", "español!"],
        &["--text-size", "300"],
        &["--text-size", "NaN"],
        &["--export-scenario", "calf_cramp"],
        &["--export-kinematics", "k.csv", "--screenshot", "a.png"],
    ] {
        let error = parse(args).expect_err(&format!("{args:?} must be rejected"));
        assert_eq!(error.exit_code(), 2, "{args:?}");
    }
    let config = parse(&["--text-size", "200"])
        .expect("valid")
        .into_launch_config();
    assert_eq!(config.text_size, Some(2.0));
    // A view-state flag's error is the link's message, in words (not a message key).
    let error = parse(&["--view", "upside-down"]).expect_err("rejected");
    assert!(
        error
            .to_string()
            .contains("\"upside-down\" is not one of anterior, posterior, medial, lateral"),
        "{error}"
    );
}

/// A time without a scenario (or a step without a tour) means the same on the command line as
/// in a link: dropped, with the same notice, the rest kept.
#[test]
fn flags_and_links_follow_the_same_rules_between_keys() {
    for (args, query) in [
        (
            &["--time", "2", "--select", "soleus"][..],
            "time=2&select=soleus",
        ),
        (&["--step", "2"][..], "step=2"),
        (&["--xray", "--labels"][..], "xray&labels"),
        (&["--xray=0"][..], "xray=0"),
    ] {
        let config = parse(args).expect("accepted").into_launch_config();
        let (from_link, link_notices) =
            cramp_explorer::core::view_state::ViewState::from_query(query);
        assert_eq!(config.initial_view, from_link, "{args:?}");
        assert_eq!(config.notices, link_notices, "{args:?}");
    }
    let config = parse(&["--time", "2"])
        .expect("accepted")
        .into_launch_config();
    assert_eq!(config.initial_view.time, None);
    assert_eq!(
        config.notices[0].key, "link-needs-scenario",
        "{:?}",
        config.notices
    );
}

#[test]
fn relative_paths_are_taken_from_the_current_directory() {
    let config = parse(&["--screenshot", "out/shot.png", "--assets", "my-assets"])
        .expect("valid")
        .into_launch_config();
    let cwd = std::env::current_dir().expect("cwd");
    assert_eq!(config.screenshot, Some(cwd.join("out/shot.png")));
    assert_eq!(config.assets_dir, Some(cwd.join("my-assets")));
}

#[test]
fn the_binary_prints_help_and_exits_2_on_bad_arguments() {
    let exe = env!("CARGO_BIN_EXE_cramp-explorer");
    let help = Command::new(exe).arg("--help").output().expect("runs");
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--window-size",
        "--screenshot",
        "--benchmark",
        "--assets",
        "--select",
        "--view",
    ] {
        assert!(text.contains(flag), "--help does not mention {flag}");
    }
    assert!(text.contains("not medical advice"));
    let bad = Command::new(exe)
        .arg("--view")
        .arg("sideways")
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("anterior, posterior, medial, lateral"));
}

#[test]
fn exports_write_csv_files_without_opening_a_window() {
    let exe = env!("CARGO_BIN_EXE_cramp-explorer");
    let dir = std::env::temp_dir().join(format!("cramp-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let assets = crate::repo_path("assets");
    let assets = assets.to_str().expect("a UTF-8 path");
    let kinematics = dir.join("k.csv");
    let status = Command::new(exe)
        .args(["--assets", assets, "--export-kinematics"])
        .arg(&kinematics)
        .status()
        .expect("runs");
    assert!(status.success());
    let text = std::fs::read_to_string(&kinematics).expect("written");
    assert!(text.starts_with("muscle,knee_flexion_deg,ankle_dorsiflexion_deg,mtu_length_m,ankle_moment_arm_m,knee_moment_arm_m\n"));
    let scenario = dir.join("s.csv");
    let status = Command::new(exe)
        .args(["--assets", assets, "--export-scenario", "heel_raise"])
        .arg(&scenario)
        .status()
        .expect("runs");
    assert!(status.success());
    assert!(
        std::fs::read_to_string(&scenario)
            .expect("written")
            .starts_with("time_s,")
    );
    let unknown = Command::new(exe)
        .args(["--assets", assets, "--export-scenario", "moonwalk"])
        .arg(dir.join("x.csv"))
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("calf_cramp"));
    let _ = std::fs::remove_dir_all(dir);
}

/// `--export-meshes DIR` writes each structure's mesh as PLY without a window; in a scenario's
/// pose the cramping calf is shorter; a directory that cannot be made is an error.
#[test]
fn mesh_export_writes_one_ply_per_structure_in_rest_and_in_a_pose() {
    use cramp_explorer::core::ply::parse_ply;
    let exe = env!("CARGO_BIN_EXE_cramp-explorer");
    let dir = std::env::temp_dir().join(format!("cramp-meshes-{}", std::process::id()));
    let assets = crate::repo_path("assets");
    let assets = assets.to_str().expect("a UTF-8 path");
    let rest = dir.join("rest");
    let status = Command::new(exe)
        .args(["--assets", assets, "--export-meshes"])
        .arg(&rest)
        .status()
        .expect("runs");
    assert!(status.success());
    let read = |dir: &std::path::Path, id: &str| {
        parse_ply(&std::fs::read(dir.join(format!("{id}.ply"))).expect(id)).expect("valid PLY")
    };
    for id in [
        "tibia",
        "soleus",
        "gastrocnemius_medial",
        "skin",
        "tibial_nerve",
    ] {
        assert!(!read(&rest, id).triangles.is_empty(), "{id}");
    }
    // The tibia's lowest point is the tip of the medial malleolus, 0.372 m below the knee
    // centre in the reference (landmarks.csv).
    let tibia_low = read(&rest, "tibia")
        .positions
        .iter()
        .map(|p| p[1])
        .fold(f32::MAX, f32::min);
    assert!(
        (tibia_low + 0.372).abs() < 0.004,
        "tibia reaches {tibia_low}"
    );
    // During a cramp the foot points: the heel rises towards the calf.
    let cramp = dir.join("cramp");
    let status = Command::new(exe)
        .args([
            "--assets",
            assets,
            "--scenario",
            "calf_cramp",
            "--time",
            "3.5",
            "--export-meshes",
        ])
        .arg(&cramp)
        .status()
        .expect("runs");
    assert!(status.success());
    let top_of = |dir: &std::path::Path| {
        read(dir, "calcaneus")
            .positions
            .iter()
            .map(|p| p[1])
            .fold(f32::MIN, f32::max)
    };
    assert!(top_of(&cramp) > top_of(&rest) + 0.01);
    // A file where the directory should be: exit 1 with a message.
    let blocker = dir.join("blocker");
    std::fs::write(&blocker, b"not a directory").expect("file");
    let bad = Command::new(exe)
        .args(["--assets", assets, "--export-meshes"])
        .arg(blocker.join("meshes"))
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot use"));
    let _ = std::fs::remove_dir_all(dir);
}
