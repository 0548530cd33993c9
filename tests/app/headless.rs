//! The app's own plugins in a headless Bevy app (no window, no GPU): loading, fallback,
//! selection, layers.

use std::path::Path;
use std::time::Duration;

use bevy::prelude::*;
use cramp_explorer::LaunchConfig;
use cramp_explorer::anatomy::{AnatomyStatus, LegDetail, RestShape, StructureId};
use cramp_explorer::core::anatomy::{BodySystem, Segment};
use cramp_explorer::core::biomech::JointAngles;
use cramp_explorer::core::quality::{Lighting, MeshDetail};
use cramp_explorer::core::view_state::ViewState;
use cramp_explorer::data::{MotionData, UiStrings};
use cramp_explorer::explore::camera::{MainCamera, SceneLighting};
use cramp_explorer::motion::{LegPose, Playback, segment_transform};
use cramp_explorer::state::{ApplyView, CurrentView, Notices};

fn headless_app(assets: &Path, initial_view: ViewState) -> App {
    cramp_explorer::build_headless_app(LaunchConfig {
        assets_dir: Some(assets.to_path_buf()),
        initial_view,
        ..default()
    })
}

/// The app on the repository's own data files.
fn app_on_the_shipped_data(initial_view: ViewState) -> App {
    headless_app(&crate::repo_path("assets"), initial_view)
}

/// Runs frames until the anatomy is spawned (asset loading is asynchronous).
fn run_until_ready(app: &mut App) {
    for _ in 0..500 {
        app.update();
        if app.world().resource::<AnatomyStatus>().is_ready() {
            app.update();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("anatomy never became ready");
}

fn structure_ids(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut query = world.query::<&StructureId>();
    query.iter(world).map(|id| id.0.clone()).collect()
}

/// Changes what is on screen the one way the app does: an `ApplyView` message.
fn apply(app: &mut App, edit: impl FnOnce(&mut ViewState)) {
    let current = app.world().resource::<CurrentView>().clone();
    app.world_mut()
        .write_message(ApplyView::edit(&current, edit));
    app.update();
    app.update();
}

/// The notices as the panel words them.
fn notices(app: &App) -> Vec<String> {
    let strings = app.world().resource::<UiStrings>().0.clone();
    app.world().resource::<Notices>().worded(&strings)
}

#[test]
fn spawns_one_entity_per_structure_from_the_asset_file() {
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_ready(&mut app);
    let ids = structure_ids(&mut app);
    for id in [
        "soleus",
        "gastrocnemius_medial",
        "calcaneal_tendon",
        "tibia",
        "tibial_nerve",
        "skin",
    ] {
        assert_eq!(ids.iter().filter(|i| *i == id).count(), 1, "{id}");
    }
    assert!(ids.len() >= 33);
    assert!(notices(&app).is_empty(), "{:?}", notices(&app));
    let AnatomyStatus::Ready { triangles, .. } = app.world().resource::<AnatomyStatus>().clone()
    else {
        unreachable!()
    };
    assert!(triangles > 20_000);
}

/// Run away from its assets (another folder, a copied binary), the app shows the shipped
/// data built into it, without a wall of notices: nothing is broken.
#[test]
fn a_missing_asset_folder_quietly_uses_the_built_in_data() {
    let mut app = headless_app(Path::new("/nonexistent/cramp-assets"), ViewState::default());
    run_until_ready(&mut app);
    assert!(structure_ids(&mut app).contains(&"soleus".to_owned()));
    assert!(
        app.world()
            .get_resource::<cramp_explorer::data::Tours>()
            .is_some()
    );
    assert_eq!(notices(&app), Vec::<String>::new());
}

/// What is on screen, written as a link and opened in a fresh app, is what is on screen there:
/// every key of the view state survives the trip.
#[test]
fn a_copied_link_reproduces_the_view_in_a_fresh_app() {
    use cramp_explorer::core::overlay::Overlay;
    use cramp_explorer::core::view_state::{ColourMode, ViewPreset};
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_motion_ready(&mut app);
    apply(&mut app, |state| {
        state.select_structure(Some("soleus".into()));
        state.view = Some(ViewPreset::Medial);
        state.hide = vec!["fibula".into()];
        state.xray = true;
        state.overlay = Some(Overlay::Stretch);
        state.colour = ColourMode::Activation;
        state.labels = true;
        state.layers.insert(BodySystem::Skin);
        state.scenario = Some("bent_knee_stretch".into());
        state.time = Some(3.25);
    });
    let on_screen = app.world().resource::<CurrentView>().0.clone();
    assert_eq!(on_screen.time, Some(3.25));
    let link = on_screen.to_query();
    let (from_link, problems) = ViewState::from_query(&link);
    assert!(problems.is_empty(), "{problems:?}");
    let mut fresh = app_on_the_shipped_data(from_link);
    run_until_motion_ready(&mut fresh);
    assert_eq!(
        fresh.world().resource::<CurrentView>().0,
        on_screen,
        "{link}"
    );
    assert_eq!(fresh.world().resource::<Playback>().time_s, 3.25);
}

/// Ids in a link that the anatomy does not have are dropped with a notice, not kept.
#[test]
fn unknown_ids_in_hide_and_spotlight_are_dropped_with_a_notice() {
    let (state, _) = ViewState::from_query("hide=fibula,kneecap_of_a_cat&spotlight=nope");
    let mut app = app_on_the_shipped_data(state);
    run_until_ready(&mut app);
    let view = app.world().resource::<CurrentView>().0.clone();
    assert_eq!(view.hide, ["fibula"]);
    assert!(view.spotlight.is_empty());
    let notices = notices(&app);
    assert!(
        notices.iter().any(|n| n.contains("kneecap_of_a_cat")),
        "{notices:?}"
    );
    assert!(
        notices.iter().any(|n| n.contains("\"nope\"")),
        "{notices:?}"
    );
}

#[test]
fn a_broken_anatomy_file_reports_file_line_and_column_and_the_app_still_shows_a_leg() {
    let dir = std::env::temp_dir().join(format!("cramp-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("anatomy")).expect("temp dir");
    std::fs::write(
        dir.join("anatomy/leg.anatomy.ron"),
        "(\n  sources: [],\n  structures: [ (id: 5) ],\n)",
    )
    .expect("write");
    let mut app = headless_app(&dir, ViewState::default());
    run_until_ready(&mut app);
    assert!(structure_ids(&mut app).contains(&"soleus".to_owned()));
    let notices = notices(&app);
    assert!(
        notices
            .iter()
            .any(|n| n.contains("anatomy/leg.anatomy.ron:3:")),
        "{notices:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_selection_from_the_launch_state_is_kept_and_the_skin_starts_hidden() {
    let state = ViewState {
        select: Some("soleus".into()),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_ready(&mut app);
    app.update();
    assert_eq!(
        app.world().resource::<CurrentView>().0.select.as_deref(),
        Some("soleus")
    );
    let world = app.world_mut();
    let mut query = world.query::<(&StructureId, &Visibility)>();
    let skin = query
        .iter(world)
        .find(|(id, _)| id.0 == "skin")
        .map(|(_, v)| *v);
    assert_eq!(skin, Some(Visibility::Hidden));
}

#[test]
fn an_unknown_structure_in_a_link_is_dropped_with_a_notice() {
    let state = ViewState {
        select: Some("quadriceps".into()),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_ready(&mut app);
    assert_eq!(app.world().resource::<CurrentView>().0.select, None);
    assert!(notices(&app).iter().any(|n| n.contains("\"quadriceps\"")));
}

#[test]
fn hiding_a_layer_hides_exactly_its_structures() {
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_ready(&mut app);
    apply(&mut app, |state| {
        state.layers.remove(&BodySystem::Bone);
    });
    let world = app.world_mut();
    let mut query = world.query::<(
        &StructureId,
        &cramp_explorer::anatomy::SystemOf,
        &Visibility,
    )>();
    for (id, system, visibility) in query.iter(world) {
        let hidden = *visibility == Visibility::Hidden;
        let expect_hidden = matches!(system.0, BodySystem::Bone | BodySystem::Skin);
        assert_eq!(hidden, expect_hidden, "{}", id.0);
    }
}

/// Runs frames until the motion data is loaded and the leg has been posed.
fn run_until_motion_ready(app: &mut App) {
    run_until_ready(app);
    for _ in 0..500 {
        app.update();
        if app.world().get_resource::<LegPose>().is_some() {
            app.update();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("motion data never loaded");
}

/// The app on the shipped data with the calf cramp at `time_s`, the leg posed.
fn app_in_the_calf_cramp_at(time_s: f64) -> App {
    let state = ViewState {
        scenario: Some("calf_cramp".into()),
        time: Some(time_s),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_motion_ready(&mut app);
    app
}

/// The leg's pose, checked to have the foot pointed as at the height of the cramp.
fn the_pointed_foot(app: &App) -> JointAngles {
    let pose = app.world().resource::<LegPose>().pose;
    assert!(
        pose.ankle_dorsiflexion_deg < -35.0,
        "the foot points: {pose:?}"
    );
    pose
}

/// The vertex positions of a structure's current mesh.
fn positions(app: &mut App, id: &str) -> Vec<[f32; 3]> {
    current_mesh(app.world_mut(), id)
        .attribute(Mesh::ATTRIBUTE_POSITION)
        .and_then(|a| a.as_float3())
        .map(<[[f32; 3]]>::to_vec)
        .expect("positions")
}

/// (length along the shank, medial-lateral width) of a structure's current mesh.
fn belly_size(app: &mut App, id: &str) -> (f32, f32) {
    let pose = app.world().resource::<LegPose>().pose;
    let model = &app.world().resource::<MotionData>().model;
    let to_shank = segment_transform(model, Segment::Shank, pose)
        .to_matrix()
        .inverse();
    let (mut lo, mut hi) = (Vec3::splat(f32::MAX), Vec3::splat(f32::MIN));
    for p in positions(app, id) {
        let p = to_shank.transform_point3(Vec3::from(p));
        lo = lo.min(p);
        hi = hi.max(p);
    }
    (hi.y - lo.y, hi.x - lo.x)
}

#[test]
fn advancing_through_a_calf_cramp_shortens_and_thickens_the_gastrocnemius() {
    let mut app = app_in_the_calf_cramp_at(1.0);
    assert_eq!(
        app.world().resource::<CurrentView>().0.scenario.as_deref(),
        Some("calf_cramp")
    );
    let (rest_length, rest_width) = belly_size(&mut app, "gastrocnemius_medial");
    apply(&mut app, |state| state.time = Some(4.0));
    assert_eq!(app.world().resource::<Playback>().time_s, 4.0);
    the_pointed_foot(&app);
    let (cramp_length, cramp_width) = belly_size(&mut app, "gastrocnemius_medial");
    assert!(
        cramp_length < rest_length - 0.01,
        "length {rest_length} -> {cramp_length}"
    );
    assert!(
        cramp_width > rest_width * 1.02,
        "width {rest_width} -> {cramp_width}"
    );
}

/// The current mesh of a structure.
fn current_mesh<'a>(world: &'a mut World, id: &str) -> &'a Mesh {
    let mut query = world.query::<(&StructureId, &Mesh3d)>();
    let handle = query
        .iter(world)
        .find(|(s, _)| s.0 == id)
        .map(|(_, m)| m.0.clone())
        .expect(id);
    world.resource::<Assets<Mesh>>().get(&handle).expect("mesh")
}

/// Enclosed volume of a structure's current mesh.
fn mesh_volume(app: &mut App, id: &str) -> f32 {
    let positions = positions(app, id);
    let indices: Vec<usize> = current_mesh(app.world_mut(), id)
        .indices()
        .expect("indices")
        .iter()
        .collect();
    indices
        .chunks_exact(3)
        .map(|t| {
            let [a, b, c] = [0, 1, 2].map(|k| Vec3::from(positions[t[k]]));
            a.dot(b.cross(c)) / 6.0
        })
        .sum()
}

/// A contracting belly shortens and thickens but keeps its volume (muscle is incompressible).
#[test]
fn a_cramping_calf_keeps_its_volume_within_three_percent() {
    let mut app = app_in_the_calf_cramp_at(1.0);
    let rest: Vec<f32> = ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"]
        .map(|id| mesh_volume(&mut app, id))
        .to_vec();
    app.world_mut().resource_mut::<Playback>().time_s = 4.0;
    app.update();
    app.update();
    for (id, before) in ["gastrocnemius_medial", "gastrocnemius_lateral", "soleus"]
        .into_iter()
        .zip(rest)
    {
        let after = mesh_volume(&mut app, id);
        assert!(
            (after / before - 1.0).abs() < 0.03,
            "{id}: {before} -> {after} m³"
        );
    }
}

/// The skin starts hidden, and hidden tissue is not reshaped while the leg moves (a frame's
/// work saved); shown after the foot has pointed, it is drawn pointed too, not in the pose it
/// was hidden in.
#[test]
fn the_skin_shown_after_the_foot_pointed_is_pointed_too() {
    let mut app = app_in_the_calf_cramp_at(1.0);
    let hidden_before = positions(&mut app, "skin");
    apply(&mut app, |state| state.time = Some(4.0));
    // Hidden, the skin is not reshaped (nor uploaded) while the leg moves.
    assert!(positions(&mut app, "skin") == hidden_before);
    apply(&mut app, |state| {
        state.layers.insert(BodySystem::Skin);
    });
    let pose = the_pointed_foot(&app);
    let foot = segment_transform(
        &app.world().resource::<MotionData>().model,
        Segment::Foot,
        pose,
    );
    let mut query = app.world_mut().query::<(&StructureId, &RestShape)>();
    let rest = query
        .iter(app.world())
        .find(|(id, _)| id.0 == "skin")
        .map(|(_, rest)| rest.positions.clone())
        .expect("the skin");
    // The lowest point of the sole rides wholly on the foot.
    let (sole, sole_at_rest) = rest
        .iter()
        .map(|p| Vec3::from(*p))
        .enumerate()
        .min_by(|a, b| a.1.y.total_cmp(&b.1.y))
        .expect("vertices");
    let posed = foot.transform_point(sole_at_rest);
    assert!(
        posed.distance(sole_at_rest) > 0.03,
        "the pose moves the sole"
    );
    let shown = Vec3::from(positions(&mut app, "skin")[sole]);
    assert!(
        shown.distance(posed) < 0.001,
        "the sole is drawn at {shown}, the pointed foot puts it at {posed}"
    );
}

#[test]
fn a_scenario_flag_for_a_scenario_that_does_not_exist_is_a_notice() {
    let state = ViewState {
        scenario: Some("moonwalk".into()),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_motion_ready(&mut app);
    assert_eq!(app.world().resource::<CurrentView>().0.scenario, None);
    assert!(notices(&app).iter().any(|n| n.contains("\"moonwalk\"")));
}

/// Each structure as it is drawn: its id, whether it is shown, and its material.
fn structures_as_drawn(app: &mut App) -> Vec<(String, Visibility, StandardMaterial)> {
    let world = app.world_mut();
    let mut query = world.query::<(&StructureId, &Visibility, &MeshMaterial3d<StandardMaterial>)>();
    let rows: Vec<(String, Visibility, Handle<StandardMaterial>)> = query
        .iter(world)
        .map(|(id, v, m)| (id.0.clone(), *v, m.0.clone()))
        .collect();
    let materials = world.resource::<Assets<StandardMaterial>>();
    rows.into_iter()
        .map(|(id, visibility, handle)| {
            let material = materials.get(&handle).expect("material").clone();
            (id, visibility, material)
        })
        .collect()
}

#[test]
fn the_lighter_leg_of_a_software_renderer_keeps_the_selection_and_what_is_hidden() {
    let state = ViewState {
        select: Some("soleus".into()),
        hide: vec!["tibia".into()],
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_ready(&mut app);
    let triangles = |app: &App| match app.world().resource::<AnatomyStatus>() {
        AnatomyStatus::Ready { triangles, .. } => *triangles,
        AnatomyStatus::Loading => 0,
    };
    let full = triangles(&app);
    let ids = structure_ids(&mut app).len();
    // What the picture quality sets on a software renderer (`frames`).
    app.world_mut()
        .insert_resource(LegDetail(MeshDetail::Reduced));
    app.update();
    app.update();
    assert!(
        triangles(&app) * 3 <= full,
        "{} of {full} triangles",
        triangles(&app)
    );
    assert_eq!(
        structure_ids(&mut app).len(),
        ids,
        "one entity per structure"
    );
    assert_eq!(
        app.world().resource::<CurrentView>().0.select.as_deref(),
        Some("soleus")
    );
    for (id, visibility, material) in structures_as_drawn(&mut app) {
        let hidden = id == "tibia" || id == "skin";
        assert_eq!(visibility == Visibility::Hidden, hidden, "{id}");
        let glows = material.emissive != LinearRgba::BLACK;
        assert_eq!(glows, id == "soleus", "{id}: only the selection glows");
    }
}

#[test]
fn isolating_shows_only_the_selection_and_xray_fades_the_rest() {
    let state = ViewState {
        select: Some("soleus".into()),
        isolate: true,
        xray: true,
        hide: vec!["tibia".into()],
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_ready(&mut app);
    app.update();
    for (id, visibility, material) in structures_as_drawn(&mut app) {
        if id == "soleus" {
            assert_eq!(visibility, Visibility::Inherited);
            assert_eq!(material.alpha_mode, AlphaMode::Opaque);
            assert!(
                material.emissive != LinearRgba::BLACK,
                "the selection glows"
            );
        } else {
            assert_eq!(
                visibility,
                Visibility::Hidden,
                "{id} should be hidden while isolating"
            );
            assert!(
                material.base_color.alpha() < 0.5,
                "{id} should be faded in x-ray"
            );
        }
    }
    // Ending isolation brings back everything but what the user hid.
    apply(&mut app, |state| state.isolate = false);
    let world = app.world_mut();
    let mut query = world.query::<(&StructureId, &Visibility)>();
    for (id, visibility) in query.iter(world) {
        let hidden = id.0 == "tibia" || id.0 == "skin";
        assert_eq!(*visibility == Visibility::Hidden, hidden, "{}", id.0);
    }
}

#[test]
fn colouring_by_activation_lights_up_the_cramping_calf_and_leaves_the_shin_muscle_dark() {
    use cramp_explorer::core::colour::relative_luminance;
    use cramp_explorer::core::view_state::ColourMode;
    let state = ViewState {
        scenario: Some("calf_cramp".into()),
        time: Some(4.0),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_motion_ready(&mut app);
    apply(&mut app, |state| state.colour = ColourMode::Activation);
    let world = app.world_mut();
    let mut query = world.query::<(&StructureId, &MeshMaterial3d<StandardMaterial>)>();
    let handles: Vec<(String, Handle<StandardMaterial>)> = query
        .iter(world)
        .map(|(id, m)| (id.0.clone(), m.0.clone()))
        .collect();
    let materials = world.resource::<Assets<StandardMaterial>>();
    let colour = |id: &str| {
        let handle = &handles.iter().find(|(i, _)| i == id).expect(id).1;
        materials
            .get(handle)
            .expect("material")
            .base_color
            .to_srgba()
    };
    let calf = colour("gastrocnemius_medial");
    let shin = colour("tibialis_anterior");
    // The heat map (viridis) grows lighter with activation, from dark purple at rest: the
    // strongly driven calf is far lighter than the resting shin muscle, which is purple.
    let luminance = |c: Srgba| relative_luminance([c.red, c.green, c.blue]);
    assert!(
        luminance(calf) > 5.0 * luminance(shin),
        "calf {calf:?}, shin {shin:?}"
    );
    assert!(
        shin.blue > shin.red && shin.red > shin.green,
        "shin {shin:?}"
    );
}

/// Runs frames until the tours are loaded (they wait for the anatomy and the motion data).
fn run_until_tours_ready(app: &mut App) {
    run_until_motion_ready(app);
    for _ in 0..500 {
        app.update();
        if app
            .world()
            .get_resource::<cramp_explorer::data::Tours>()
            .is_some()
        {
            app.update();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("tours never loaded");
}

/// Stepping through every shipped tour puts each step's state on screen: the camera turns to
/// the step's view, the selection, visibility, overlay and spotlight are the step's, and the
/// animation plays the step's range (or holds its moment).
#[test]
fn stepping_through_each_tour_applies_its_camera_selection_and_animation() {
    use bevy_panorbit_camera::PanOrbitCamera;
    use cramp_explorer::data::Tours;
    use cramp_explorer::present::tours::TourCommand;
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_tours_ready(&mut app);
    let tours = app.world().resource::<Tours>().0.clone();
    assert!(tours.tours.len() >= 3);
    for tour in &tours.tours {
        app.world_mut().write_message(TourCommand::Start {
            tour: tour.id.clone(),
            step: None,
        });
        for (index, step) in tour.steps.iter().enumerate() {
            if index > 0 {
                app.world_mut().write_message(TourCommand::Go(1));
            }
            app.update();
            app.update();
            let at = format!("{} step {}", tour.id, index + 1);
            let wanted = step.view_state();
            let view = app.world().resource::<CurrentView>().0.clone();
            assert_eq!(view.select, wanted.select, "{at}");
            assert_eq!(view.view, wanted.view, "{at}");
            assert_eq!(view.overlay, wanted.overlay, "{at}");
            assert_eq!(
                (view.isolate, view.xray),
                (wanted.isolate, wanted.xray),
                "{at}"
            );
            assert_eq!(view.hide, wanted.hide, "{at}");
            assert_eq!(view.tour.as_deref(), Some(tour.id.as_str()), "{at}");
            assert_eq!(view.step, Some(index + 1), "{at}");
            assert_eq!(view.spotlight, step.spotlight, "{at}");
            let playback = app.world().resource::<Playback>().clone();
            assert_eq!(view.scenario, wanted.scenario, "{at}");
            match (step.play, wanted.time) {
                (Some((from, to)), _) => {
                    assert_eq!(view.time, None, "{at} plays");
                    assert_eq!(view.range, Some((from, to)), "{at}");
                    assert!((from..=to).contains(&playback.time_s), "{at}");
                }
                (None, Some(time)) => {
                    assert_eq!(view.time, Some(time), "{at} holds a moment");
                    assert!((playback.time_s - time).abs() < 1e-9, "{at}");
                }
                (None, None) => assert_eq!(view.range, None, "{at}"),
            }
            let world = app.world_mut();
            let mut cameras = world.query_filtered::<&PanOrbitCamera, With<MainCamera>>();
            let camera = cameras.single(world).expect("one main camera");
            if let Some(preset) = wanted.view {
                let (yaw, pitch) = preset.yaw_pitch();
                assert!((camera.target_yaw - yaw).abs() < 1e-4, "{at} yaw");
                assert!((camera.target_pitch - pitch).abs() < 1e-4, "{at} pitch");
            }
        }
        // Past the last step the tour stays on it; Stop leaves the presenter.
        app.world_mut().write_message(TourCommand::Go(1));
        app.update();
        let last = app.world().resource::<CurrentView>().0.step;
        assert_eq!(last, Some(tour.steps.len()));
        app.world_mut().write_message(TourCommand::Stop);
        app.update();
        assert_eq!(app.world().resource::<CurrentView>().0.tour, None);
    }
}

/// `--tour ID --step N` (and `?tour=ID&step=N`) open the presenter at that step; a step past the
/// end opens the last one; an unknown tour is a notice, not a crash.
#[test]
fn a_tour_link_opens_that_step_and_a_bad_one_says_why() {
    let view = |app: &App| app.world().resource::<CurrentView>().0.clone();
    let (state, _) = ViewState::from_query("tour=cramp_for_patients&step=2");
    let mut app = app_on_the_shipped_data(state);
    run_until_tours_ready(&mut app);
    app.update();
    let shown = view(&app);
    assert_eq!(
        (shown.tour.as_deref(), shown.step),
        (Some("cramp_for_patients"), Some(2))
    );
    assert!(shown.spotlight.contains(&"calcaneal_tendon".to_owned()));

    let (state, _) = ViewState::from_query("tour=triceps_surae&step=99");
    let mut app = app_on_the_shipped_data(state);
    run_until_tours_ready(&mut app);
    app.update();
    let steps = app
        .world()
        .resource::<cramp_explorer::data::Tours>()
        .0
        .get("triceps_surae")
        .map(|t| t.steps.len());
    assert_eq!(view(&app).step, steps, "a step past the end opens the last");

    let (state, _) = ViewState::from_query("tour=no_such_tour");
    let mut app = app_on_the_shipped_data(state);
    run_until_tours_ready(&mut app);
    app.update();
    assert_eq!(view(&app).tour, None);
    let notices = notices(&app);
    assert!(
        notices
            .iter()
            .any(|n| n.contains("no_such_tour") && n.contains("cramp_for_patients")),
        "{notices:?}"
    );
}

/// The overlays a "show me" or a tour step asks for appear on the calf, and only those.
#[test]
fn an_overlay_in_the_view_state_shows_its_parts_and_hides_the_others() {
    use cramp_explorer::core::overlay::Overlay;
    use cramp_explorer::overlays::OverlayPart;
    let state = ViewState {
        overlay: Some(Overlay::Tens),
        ..default()
    };
    let mut app = app_on_the_shipped_data(state);
    run_until_motion_ready(&mut app);
    app.update();
    let shown = |app: &mut App| {
        let world = app.world_mut();
        let mut query = world.query::<(&OverlayPart, &Visibility)>();
        let mut parts: Vec<(Overlay, bool)> = query
            .iter(world)
            .map(|(part, visibility)| (part.0, *visibility != Visibility::Hidden))
            .collect();
        parts.sort_by_key(|(overlay, _)| overlay.name());
        parts
    };
    let parts = shown(&mut app);
    assert_eq!(
        parts.iter().filter(|(o, _)| *o == Overlay::Tens).count(),
        2,
        "two pads"
    );
    assert_eq!(
        parts.iter().filter(|(o, _)| *o == Overlay::Massage).count(),
        3,
        "three strokes"
    );
    for (overlay, visible) in &parts {
        assert_eq!(*visible, *overlay == Overlay::Tens, "{overlay}");
    }
    apply(&mut app, |state| state.overlay = Some(Overlay::Massage));
    for (overlay, visible) in shown(&mut app) {
        assert_eq!(visible, overlay == Overlay::Massage, "{overlay}");
    }
}

/// A clinic's settings file turns on its name and the appointment button; the shipped file
/// (`None`) leaves them off.
#[test]
fn clinic_settings_are_read_from_the_asset_folder() {
    use cramp_explorer::data::Clinic;
    let dir = std::env::temp_dir().join(format!("cramp-clinic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(
        crate::repo_path("docs/clinic.settings.example.ron"),
        dir.join("clinic.settings.ron"),
    )
    .expect("copy");
    let mut app = headless_app(&dir, ViewState::default());
    run_until_ready(&mut app);
    for _ in 0..50 {
        app.update();
    }
    let clinic = app
        .world()
        .resource::<Clinic>()
        .0
        .clone()
        .expect("a clinic");
    assert_eq!(clinic.name, "Riverside Physiotherapy");
    assert!(clinic.appointment_link.is_some());
    let _ = std::fs::remove_dir_all(dir);

    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_ready(&mut app);
    for _ in 0..50 {
        app.update();
    }
    assert_eq!(app.world().resource::<Clinic>().0, None);
}

/// While a "find the structure" question waits, only a pick on the model answers it: another
/// change of view (a key, a panel, a link) does not.
#[test]
fn only_a_pick_on_the_model_answers_a_find_question() {
    use cramp_explorer::core::quiz::{Answer, QuizProgress, QuizRound};
    use cramp_explorer::data::QuizQuestions;
    use cramp_explorer::explore::selection::Picked;
    use cramp_explorer::present::quiz::Quiz;
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_ready(&mut app);
    let bank = app.world().resource::<QuizQuestions>().0.clone();
    // A round that opens on a "find" question.
    let round = (0..500)
        .map(|seed| QuizRound::new(&bank, &QuizProgress::default(), seed))
        .find(|round| {
            round
                .current()
                .is_some_and(|i| matches!(bank.questions[i].answer, Answer::Find(_)))
        })
        .expect("the bank has find questions");
    *app.world_mut().resource_mut::<Quiz>() = Quiz {
        round: Some(round),
        progress: QuizProgress::default(),
    };
    apply(&mut app, |state| state.quiz = true);
    let answered = |app: &App| {
        let quiz = app.world().resource::<Quiz>();
        quiz.round
            .as_ref()
            .and_then(|r| r.current_result())
            .is_some()
    };
    apply(&mut app, |state| state.select = Some("soleus".into()));
    apply(&mut app, |state| state.xray = true);
    assert!(!answered(&app), "a view change is not an answer");
    app.world_mut().write_message(Picked(Some("soleus".into())));
    app.update();
    app.update();
    assert!(answered(&app), "a pick is the answer");
}

/// The entity showing a structure.
fn entity_of(app: &mut App, structure: &str) -> Option<Entity> {
    let world = app.world_mut();
    let mut query = world.query::<(Entity, &StructureId)>();
    query
        .iter(world)
        .find(|(_, id)| id.0 == structure)
        .map(|(entity, _)| entity)
}

/// A data file edited while the app runs (what the `dev` feature's file watcher reports) is
/// read again: the new text is shown, and the leg is not rebuilt for a change of tours.
#[test]
fn an_edited_data_file_is_reloaded_while_the_app_runs() {
    use cramp_explorer::data::{DataFile, Tours};
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_tours_ready(&mut app);
    let soleus_before = entity_of(&mut app, "soleus");
    let handle = app
        .world()
        .resource::<AssetServer>()
        .get_handle::<DataFile>("tours/leg.tours.ron")
        .expect("the tours file was loaded");
    {
        let mut files = app.world_mut().resource_mut::<Assets<DataFile>>();
        let mut file = files.get_mut(&handle).expect("loaded bytes");
        let text = String::from_utf8(file.0.clone()).expect("UTF-8");
        let edited = text.replace(
            "What happens in your calf during a cramp",
            "What happens in your calf (edited)",
        );
        assert_ne!(edited, text, "the title to edit is in the file");
        file.0 = edited.into_bytes();
    }
    for _ in 0..5 {
        app.update();
    }
    let tours = app.world().resource::<Tours>();
    assert!(
        tours
            .0
            .tours
            .iter()
            .any(|t| t.title == "What happens in your calf (edited)"),
        "the edited title is shown"
    );
    let soleus_after = entity_of(&mut app, "soleus");
    assert_eq!(soleus_before, soleus_after, "the leg was not rebuilt");
}

/// Where the light's rays go, and the camera's transform.
fn light_and_camera(app: &mut App) -> (Vec3, Transform) {
    let world = app.world_mut();
    let mut lights = world.query_filtered::<&Transform, With<DirectionalLight>>();
    let light = lights
        .single(world)
        .expect("one directional light")
        .forward();
    let mut cameras = world.query_filtered::<&Transform, With<MainCamera>>();
    let camera = *cameras.single(world).expect("one 3D camera");
    (*light, camera)
}

/// The rays go the way the camera looks (within 45 degrees), and to its left and down: the
/// light comes from over the viewer's right shoulder.
fn assert_lit_from_over_the_shoulder(light: Vec3, camera: &Transform) {
    assert!(
        light.dot(*camera.forward()) > 0.7,
        "light {light}, camera {camera:?}"
    );
    assert!(light.dot(*camera.right()) < 0.0, "from the right: {light}");
    assert!(light.dot(*camera.up()) < 0.0, "from above: {light}");
}

fn fill_and_rim_shown(app: &mut App) -> Vec<bool> {
    let world = app.world_mut();
    let mut lights = world.query_filtered::<&Visibility, With<PointLight>>();
    lights
        .iter(world)
        .map(|v| *v != Visibility::Hidden)
        .collect()
}

/// A software renderer's headlight lights the side the user looks at, from wherever they look;
/// back to studio lighting, the fixed key light and the fill and rim return. (The lighting is
/// set here as `frames` sets it from the picture quality; a headless app has no renderer.)
#[test]
fn the_headlight_turns_with_the_camera_and_the_studio_lights_come_back() {
    let mut app = app_on_the_shipped_data(ViewState::default());
    run_until_ready(&mut app);
    let (studio_key, _) = light_and_camera(&mut app);
    assert_eq!(fill_and_rim_shown(&mut app), [true, true]);

    app.world_mut()
        .insert_resource(SceneLighting(Lighting::Headlight));
    app.update();
    assert_eq!(fill_and_rim_shown(&mut app), [false, false]);
    let (light, camera) = light_and_camera(&mut app);
    assert_lit_from_over_the_shoulder(light, &camera);
    // The user turns the leg round: the light goes round with them.
    let world = app.world_mut();
    let mut cameras = world.query_filtered::<&mut Transform, With<MainCamera>>();
    for mut camera in cameras.iter_mut(world) {
        *camera =
            Transform::from_xyz(0.0, -0.2, -0.9).looking_at(Vec3::new(0.0, -0.2, 0.0), Vec3::Y);
    }
    app.update();
    let (turned, camera) = light_and_camera(&mut app);
    assert_lit_from_over_the_shoulder(turned, &camera);
    assert!(
        turned.dot(light) < 0.0,
        "the light turned round with the camera"
    );

    app.world_mut()
        .insert_resource(SceneLighting(Lighting::Studio));
    app.update();
    assert_eq!(fill_and_rim_shown(&mut app), [true, true]);
    let (key, _) = light_and_camera(&mut app);
    assert!(
        key.dot(studio_key) > 0.999,
        "the key light is back in its place"
    );
}
