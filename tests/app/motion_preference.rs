//! Reduced motion (WCAG 2.3.3): a "show me" or a tour step shows its end state instead of
//! playing, the choice is remembered, and the system's preference decides on "auto".

use std::time::Duration;

use bevy::prelude::*;
use cramp_explorer::LaunchConfig;
use cramp_explorer::content::ShowMeRequest;
use cramp_explorer::core::content::ShowMe;
use cramp_explorer::core::reduced_motion::MotionChoice;
use cramp_explorer::data::MotionData;
use cramp_explorer::launch::SettingsFile;
use cramp_explorer::settings::Settings;
use cramp_explorer::state::CurrentView;
use cramp_explorer::ui::UiSettings;

fn app(system_prefers_reduced_motion: bool) -> App {
    let mut app = cramp_explorer::build_headless_app(LaunchConfig {
        assets_dir: Some(crate::repo_path("assets")),
        settings: SettingsFile::InMemory,
        system_prefers_reduced_motion,
        ..default()
    });
    for _ in 0..800 {
        app.update();
        if app.world().get_resource::<MotionData>().is_some() {
            app.update();
            return app;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the data never arrived");
}

fn show_me_the_cramp(app: &mut App) -> Option<f64> {
    app.world_mut()
        .write_message(ShowMeRequest(vec![ShowMe::Play("calf_cramp".into())]));
    for _ in 0..4 {
        app.update();
    }
    let view = &app.world().resource::<CurrentView>().0;
    assert_eq!(view.scenario.as_deref(), Some("calf_cramp"));
    view.time
}

#[test]
fn with_reduced_motion_a_show_me_shows_the_key_moment_instead_of_playing() {
    let mut moving = app(false);
    assert_eq!(show_me_the_cramp(&mut moving), None, "plays");

    let mut still = app(true);
    let key_time = still
        .world()
        .resource::<MotionData>()
        .scenarios
        .get("calf_cramp")
        .expect("calf_cramp")
        .key_time_s;
    assert_eq!(
        show_me_the_cramp(&mut still),
        Some(key_time),
        "paused at the key moment"
    );
}

#[test]
fn the_users_choice_overrides_the_system_and_is_remembered() {
    let mut app = app(true);
    app.world_mut().resource_mut::<UiSettings>().motion = MotionChoice::Full;
    app.update();
    assert_eq!(
        app.world().resource::<Settings>().get("motion"),
        Some("full")
    );
    assert!(!app.world().resource::<UiSettings>().reduce_motion());
    assert_eq!(
        show_me_the_cramp(&mut app),
        None,
        "plays: the user chose full motion"
    );
}
