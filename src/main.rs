//! Starts Cramp Explorer: on the desktop from the command line, on the web from the address.

use bevy::app::AppExit;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use clap::Parser;
    // clap prints usage and exits with status 2 on unknown or malformed arguments.
    let cli = cramp_explorer::cli::Cli::parse();
    if let Some(dir) = &cli.check_content {
        let dir = std::env::current_dir().unwrap_or_default().join(dir);
        std::process::exit(cramp_explorer::data::run_check(&dir));
    }
    if let Some(export) = cli.export() {
        let assets = cli.assets.clone().unwrap_or_else(|| "assets".into());
        std::process::exit(cramp_explorer::motion::run_export(&export, &assets));
    }
    if let Some(dir) = cli.export_meshes.clone() {
        let dir = std::env::current_dir().unwrap_or_default().join(dir);
        let app = cramp_explorer::build_headless_app(cli.into_launch_config());
        std::process::exit(cramp_explorer::automation::export_meshes(app, &dir));
    }
    let config = cli.into_launch_config();
    let exit = cramp_explorer::build_app(config).run();
    std::process::exit(match exit {
        AppExit::Success => 0,
        AppExit::Error(code) => i32::from(code.get()),
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {
    let config = cramp_explorer::platform::launch_config_from_page();
    let _: AppExit = cramp_explorer::build_app(config).run();
}
