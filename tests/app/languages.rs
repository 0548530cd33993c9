//! Languages: every word on screen comes from the language files (the pseudo-locale test), a
//! missing string falls back to English, and `--lang` / `lang=` choose the language.

use std::sync::Arc;

use bevy_egui::egui;
use cramp_explorer::core::anatomy::AnatomyAtlas;
use cramp_explorer::core::biomech::MusculoskeletalModel;
use cramp_explorer::core::content::{Content, KnownIds, Register};
use cramp_explorer::core::data_error::parse_ron;
use cramp_explorer::core::i18n::texts::{TextData, for_each_text};
use cramp_explorer::core::i18n::{Catalog, Strings, pseudo};
use cramp_explorer::core::quiz::{Answer, Given, QuizBank, QuizProgress, QuizRound};
use cramp_explorer::core::scenario::ScenarioLibrary;
use cramp_explorer::core::tour::{TourLibrary, TourPosition};
use cramp_explorer::core::view_state::ViewState;
use cramp_explorer::explore::panel::{CardExtras, MuscleReadout, RelatedLink, side_panel};
use cramp_explorer::help::{disclaimer_window, help_window};
use cramp_explorer::motion::{ManualControls, Playback, motion_panel};
use cramp_explorer::present::presenter::{Pen, PresenterScreen, presenter_view};
use cramp_explorer::present::quiz_window::quiz_panel;
use cramp_explorer::ui::UiSettings;
use cramp_explorer::ui::words::install;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(crate::repo_path(&format!("assets/{relative}"))).expect(relative)
}

fn english_catalog() -> Catalog {
    let mut english = Catalog::new("en");
    let problems = english.add_file("locales/en/ui.ftl", &read("locales/en/ui.ftl"));
    assert!(problems.is_empty(), "{problems:?}");
    english
}

/// Every data file, with every translatable text in the pseudo-locale.
struct PseudoData {
    atlas: AnatomyAtlas,
    scenarios: ScenarioLibrary,
    tours: TourLibrary,
    quiz: QuizBank,
    content: Content,
}

fn pseudo_data() -> PseudoData {
    let mut atlas =
        AnatomyAtlas::from_ron("anatomy", &read("anatomy/leg.anatomy.ron")).expect("anatomy");
    let model =
        MusculoskeletalModel::from_ron("muscles", &read("anatomy/leg.muscles.ron")).expect("model");
    let mut scenarios =
        ScenarioLibrary::from_ron("scenarios", &read("scenarios/leg.scenarios.ron"), &model)
            .expect("scenarios");
    let mut tours: TourLibrary = parse_ron("tours", &read("tours/leg.tours.ron")).expect("tours");
    let mut quiz: QuizBank = parse_ron("quiz", &read("quiz/leg.quiz.ron")).expect("quiz");
    for_each_text(
        TextData {
            atlas: &mut atlas,
            quiz: &mut quiz,
            tours: &mut tours,
            scenarios: &mut scenarios,
        },
        &mut |_, _, text| *text = pseudo(text),
    );
    // Latin names are not translated, but they are data, not interface: spelt like the rest so
    // the check below can speak about the interface.
    for structure in &mut atlas.structures {
        structure.latin = pseudo(&structure.latin);
    }
    let structures: Vec<String> = atlas.structures.iter().map(|s| s.id.clone()).collect();
    let scenario_ids: Vec<String> = scenarios.scenarios.iter().map(|s| s.id.clone()).collect();
    let known = KnownIds {
        structures: &structures,
        scenarios: &scenario_ids,
    };
    let mut content =
        Content::from_ron("content", &read("locales/en/content.ron"), &known).expect("content");
    content.disclaimer = pseudo(&content.disclaimer);
    for entry in &mut content.glossary {
        for text in [&mut entry.term, &mut entry.plain, &mut entry.clinical] {
            *text = pseudo(text);
        }
    }
    for section in &mut content.sections {
        section.title = pseudo(&section.title);
        for item in &mut section.items {
            for text in [&mut item.title, &mut item.plain, &mut item.clinical] {
                *text = pseudo(text);
            }
            for step in &mut item.steps {
                step.text = pseudo(&step.text);
            }
        }
    }
    for reference in &mut content.references {
        reference.citation = pseudo(&reference.citation);
    }
    PseudoData {
        atlas,
        scenarios,
        tours,
        quiz,
        content,
    }
}

/// Every text a screen reader (and the test) finds that has a plain ASCII letter: a word that
/// did not come from the language files.
fn plain_words<State>(harness: &Harness<'_, State>) -> Vec<String> {
    let mut found = Vec::new();
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        for text in [node.label(), node.value()].into_iter().flatten() {
            if text.chars().any(|c| c.is_ascii_alphabetic()) && !found.contains(&text) {
                found.push(text);
            }
        }
    }
    found
}

#[track_caller]
fn assert_all_from_language_files<State>(harness: &Harness<'_, State>, what: &str) {
    let plain = plain_words(harness);
    assert!(
        plain.is_empty(),
        "{what}: these texts did not come from the language files:\n{plain:#?}"
    );
}

fn pseudo_strings() -> Arc<Strings> {
    Arc::new(Strings::new(None, english_catalog()).pseudo())
}

#[test]
fn every_panel_takes_every_word_from_the_language_files() {
    let data = pseudo_data();
    let strings = pseudo_strings();

    // The side panel with a muscle selected, its card, live numbers and links, a notice, and
    // the settings opened.
    let readout = MuscleReadout {
        length_m: 0.43,
        rest_length_m: 0.45,
        fiber_fraction: 0.9,
        activation: 0.5,
        force_n: 800.0,
        force_history: vec![[0.0, 0.0], [1.0, 800.0]],
    };
    let extras = CardExtras {
        readout: Some(readout),
        related: vec![RelatedLink {
            label: format!("▶ {}", data.scenarios.scenarios[0].title),
            show_me: Vec::new(),
        }],
    };
    let notices = vec![strings.text("notice-no-scenario")];
    let mut view = ViewState {
        select: Some("soleus".into()),
        xray: true,
        hide: vec!["skin".into()],
        ..ViewState::default()
    };
    view.colour = cramp_explorer::core::view_state::ColourMode::Stretch;
    let mut side = Harness::builder()
        .with_size(egui::vec2(420.0, 2400.0))
        .build_ui_state(
            |ui, (view, settings): &mut (ViewState, UiSettings)| {
                install(ui.ctx(), strings.clone());
                side_panel(ui, Some(&data.atlas), &notices, view, settings, &extras);
            },
            (view, UiSettings::default()),
        );
    side.run();
    side.get_by_label(&pseudo("Settings")).click();
    side.run();
    assert_all_from_language_files(&side, "the side panel");

    // The Learn panel in both registers.
    for register in [Register::Plain, Register::Clinical] {
        let mut learn = Harness::builder()
            .with_size(egui::vec2(400.0, 4000.0))
            .build_ui_state(
                |ui, register: &mut Register| {
                    install(ui.ctx(), strings.clone());
                    cramp_explorer::content::learn_panel(ui, &data.content, register, None);
                },
                register,
            );
        learn.run();
        assert_all_from_language_files(&learn, "the Learn panel");
    }

    // The animation panel playing a scenario, and in manual mode.
    let muscles = [(
        "soleus",
        data.atlas
            .structure("soleus")
            .expect("soleus")
            .name
            .as_str(),
    )];
    for scenario in [Some("calf_cramp".to_owned()), None] {
        let state = (
            ViewState {
                scenario: scenario.clone(),
                ..ViewState::default()
            },
            Playback::default(),
            ManualControls::default(),
        );
        let mut motion = Harness::builder()
            .with_size(egui::vec2(1000.0, 300.0))
            .build_ui_state(
                |ui, state: &mut (ViewState, Playback, ManualControls)| {
                    install(ui.ctx(), strings.clone());
                    motion_panel(
                        ui,
                        &data.scenarios,
                        &muscles,
                        &mut state.0,
                        &mut state.1,
                        &mut state.2,
                        None,
                    );
                },
                state,
            );
        motion.run();
        assert_all_from_language_files(&motion, "the animation panel");
    }

    // The quiz: a question, its verdict, and the end of a round.
    let mut round = QuizRound::new(&data.quiz, &QuizProgress::default(), 11);
    let name_of = |id: &str| {
        data.atlas
            .structure(id)
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let mut quiz_states = vec![round.clone()];
    let first = round.current().expect("a question");
    let wrong = match &data.quiz.questions[first].answer {
        Answer::Choice { correct, choices } => Given::Choice((correct + 1) % choices.len()),
        Answer::Find(_) => Given::Structure("fibula".into()),
    };
    round.answer(&data.quiz, wrong);
    quiz_states.push(round.clone());
    while round.current().is_some() {
        round.next();
        if let Some(current) = round.current() {
            let given = match &data.quiz.questions[current].answer {
                Answer::Find(id) => Given::Structure(id.clone()),
                Answer::Choice { correct, .. } => Given::Choice(*correct),
            };
            round.answer(&data.quiz, given);
        }
    }
    quiz_states.push(round);
    for round in quiz_states {
        let mut quiz = Harness::builder()
            .with_size(egui::vec2(360.0, 900.0))
            .build_ui_state(
                |ui, round: &mut QuizRound| {
                    install(ui.ctx(), strings.clone());
                    quiz_panel(ui, &data.quiz, round, &QuizProgress::default(), &name_of);
                },
                round,
            );
        quiz.run();
        assert_all_from_language_files(&quiz, "the quiz");
    }

    // The presenter, on a step and as a handout.
    let tour = &data.tours.tours[0];
    for handout in [false, true] {
        let mut presenter = Harness::builder()
            .with_size(egui::vec2(1280.0, 720.0))
            .build_ui_state(
                |ui, pen: &mut Pen| {
                    install(ui.ctx(), strings.clone());
                    let position = TourPosition::start(tour, Some(2));
                    let screen = PresenterScreen {
                        tour,
                        position: &position,
                        clinic: None,
                        overlay: Some(cramp_explorer::core::overlay::Overlay::Massage),
                        handout,
                        fullscreen: false,
                    };
                    presenter_view(ui, &screen, pen);
                },
                Pen::default(),
            );
        presenter.run();
        assert_all_from_language_files(&presenter, "the presenter");
    }

    // Help and the first-start notice.
    let mut help = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui(|ui| {
            install(ui.ctx(), strings.clone());
            help_window(ui.ctx(), &mut true);
        });
    help.run();
    assert_all_from_language_files(&help, "the help window");
    let mut notice = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui(|ui| {
            install(ui.ctx(), strings.clone());
            disclaimer_window(ui.ctx(), &data.content.disclaimer);
        });
    notice.run();
    assert_all_from_language_files(&notice, "the first-start notice");
}

/// The check above can fail: an English word put on screen without the language files is
/// caught.
#[test]
fn the_pseudo_locale_check_catches_a_hard_coded_word() {
    let strings = pseudo_strings();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(300.0, 100.0))
        .build_ui(|ui| {
            install(ui.ctx(), strings.clone());
            ui.label(strings.text("learn-title"));
            let _ = ui.button("Hard-coded");
        });
    harness.run();
    assert_eq!(plain_words(&harness), vec!["Hard-coded".to_owned()]);
}

/// A language that lacks a string shows the English for that string only.
#[test]
fn a_missing_spanish_string_shows_in_english_and_the_rest_in_spanish() {
    let mut spanish = Catalog::new("es");
    spanish.add_file(
        "locales/es/ui.ftl",
        "learn-title = Sobre los calambres\n".as_bytes(),
    );
    let strings = Arc::new(Strings::new(Some(spanish), english_catalog()));
    let content = pseudo_data().content;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(400.0, 400.0))
        .build_ui(|ui| {
            install(ui.ctx(), strings.clone());
            let mut register = Register::Plain;
            cramp_explorer::content::learn_panel(ui, &content, &mut register, None);
        });
    harness.run();
    harness.get_by_label("Sobre los calambres");
    harness.get_by_label("Plain words");
}

mod in_the_app {
    use std::time::Duration;

    use bevy::prelude::*;
    use cramp_explorer::LaunchConfig;
    use cramp_explorer::core::view_state::ViewState;
    use cramp_explorer::data::{Atlas, LearningContent, Locale, UiStrings};
    use cramp_explorer::launch::SettingsFile;
    use cramp_explorer::state::{ApplyView, CurrentView, Notices};

    fn app(query: &str, system_language: Option<&str>) -> App {
        let app = app_with_link_problems(query, system_language);
        let notices = &app.world().resource::<Notices>().0;
        assert!(notices.is_empty(), "{notices:?}");
        app
    }

    fn app_with_link_problems(query: &str, system_language: Option<&str>) -> App {
        let (initial_view, notices) = ViewState::from_query(query);
        let mut app = cramp_explorer::build_headless_app(LaunchConfig {
            assets_dir: Some(crate::repo_path("assets")),
            initial_view,
            notices,
            system_language: system_language.map(str::to_owned),
            settings: SettingsFile::InMemory,
            ..default()
        });
        run_until_texts(&mut app);
        app
    }

    /// Frames until the texts of the language asked for are in.
    fn run_until_texts(app: &mut App) {
        for _ in 0..800 {
            app.update();
            let world = app.world();
            if let (Some(locale), Some(strings)) = (
                world.get_resource::<Locale>(),
                world.get_resource::<UiStrings>(),
            ) && strings.0.locale() == locale.0
                && world.get_resource::<Atlas>().is_some()
            {
                app.update();
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        panic!("the texts never arrived");
    }

    fn soleus_name(app: &App) -> String {
        let atlas = app.world().resource::<Atlas>();
        atlas.0.structure("soleus").expect("soleus").name.clone()
    }

    // The Spanish names are those of the Spanish edition of Terminologia Anatomica
    // ("músculo sóleo"), not something the app makes up.
    #[test]
    fn lang_es_in_the_address_shows_spanish_names_texts_and_interface() {
        let app = app("lang=es&select=soleus", None);
        assert_eq!(app.world().resource::<Locale>().0, "es");
        assert!(
            soleus_name(&app).starts_with("músculo sóleo"),
            "{}",
            soleus_name(&app)
        );
        let strings = &app.world().resource::<UiStrings>().0;
        assert_eq!(strings.text("learn-plain"), "Lenguaje sencillo");
        assert_eq!(strings.number(2.5, 1), "2,5");
        let content = &app.world().resource::<LearningContent>().0;
        assert_eq!(content.locale, "es");
        assert_eq!(
            app.world().resource::<CurrentView>().0.lang.as_deref(),
            Some("es")
        );
    }

    #[test]
    fn the_system_language_chooses_at_first_start_and_a_link_overrides_it() {
        let app_es = app("", Some("es-MX"));
        assert_eq!(app_es.world().resource::<Locale>().0, "es");
        let app_fr = app("", Some("fr-FR"));
        assert_eq!(app_fr.world().resource::<Locale>().0, "en");
        assert_eq!(soleus_name(&app_fr), "Soleus");
        let app_en = app("lang=en", Some("es-ES"));
        assert_eq!(app_en.world().resource::<Locale>().0, "en");
    }

    fn soleus_entity(app: &mut App) -> Entity {
        let world = app.world_mut();
        let mut query = world.query::<(Entity, &cramp_explorer::StructureId)>();
        query
            .iter(world)
            .find(|(_, id)| id.0 == "soleus")
            .map(|(entity, _)| entity)
            .expect("the soleus is on screen")
    }

    #[test]
    fn switching_language_keeps_the_place_and_an_unknown_one_is_a_notice() {
        let mut app = app("select=soleus&view=posterior", None);
        let leg = soleus_entity(&mut app);
        let before = app.world().resource::<CurrentView>().0.clone();
        let current = app.world().resource::<CurrentView>().clone();
        app.world_mut()
            .write_message(ApplyView::edit(&current, |s| s.lang = Some("es".into())));
        run_until_texts(&mut app);
        let after = app.world().resource::<CurrentView>().0.clone();
        assert_eq!(app.world().resource::<Locale>().0, "es");
        assert_eq!(after.select, before.select);
        assert_eq!(after.view, before.view);
        assert!(soleus_name(&app).starts_with("músculo sóleo"));
        app.update();
        assert_eq!(
            soleus_entity(&mut app),
            leg,
            "the same leg: only the words changed"
        );

        let current = app.world().resource::<CurrentView>().clone();
        app.world_mut()
            .write_message(ApplyView::edit(&current, |s| s.lang = Some("xx".into())));
        app.update();
        app.update();
        assert_eq!(app.world().resource::<Locale>().0, "es");
        let strings = app.world().resource::<UiStrings>().0.clone();
        let notices = app.world().resource::<Notices>().worded(&strings);
        // Said in the language showing.
        assert!(
            notices
                .iter()
                .any(|n| n.contains("«xx»") && n.contains("idiomas")),
            "{notices:?}"
        );
    }

    /// What a link got wrong is said in the language showing, and said again in the new one
    /// when the language changes.
    #[test]
    fn a_bad_link_value_is_said_in_the_language_showing() {
        let mut app = app_with_link_problems("lang=es&view=upside-down&select=soleus", None);
        let worded = |app: &App| {
            let strings = app.world().resource::<UiStrings>().0.clone();
            app.world().resource::<Notices>().worded(&strings)
        };
        assert_eq!(
            worded(&app),
            [
                "Se ignoró: view=«upside-down» no es ninguno de estos: anterior, posterior, medial, lateral"
            ]
        );
        let current = app.world().resource::<CurrentView>().clone();
        app.world_mut()
            .write_message(ApplyView::edit(&current, |s| s.lang = Some("en".into())));
        run_until_texts(&mut app);
        assert_eq!(
            worded(&app),
            ["Ignored: view=\"upside-down\" is not one of anterior, posterior, medial, lateral"]
        );
    }

    /// A build run without its language files (no assets folder: English is built in) that
    /// is asked for Spanish says so and shows English, keeping the place.
    #[test]
    fn a_language_whose_files_are_missing_falls_back_to_english_with_a_notice() {
        let mut app = cramp_explorer::build_headless_app(LaunchConfig {
            assets_dir: Some(std::env::temp_dir().join("cramp-no-assets-here")),
            initial_view: ViewState::from_query("lang=es&select=soleus").0,
            ..default()
        });
        for _ in 0..50 {
            app.update();
        }
        run_until_texts(&mut app);
        assert_eq!(app.world().resource::<Locale>().0, "en");
        let view = &app.world().resource::<CurrentView>().0;
        assert_eq!(view.lang.as_deref(), Some("en"));
        assert_eq!(view.select.as_deref(), Some("soleus"), "the place is kept");
        let strings = app.world().resource::<UiStrings>().0.clone();
        let notices = app.world().resource::<Notices>().worded(&strings);
        assert!(
            notices
                .iter()
                .any(|n| n == "The texts in \"Español\" could not be found; showing English."),
            "{notices:?}"
        );
    }
}

/// The web page's loading and error screens take their words from each language's `page.ftl`
/// (web/page.js reads it before the app starts), so a new language needs no change to the page.
/// The page's reader knows Fluent's one-line messages only, and the English written into
/// index.html (shown until the words are read) is the English of `page.ftl`.
#[test]
fn the_web_page_words_come_from_each_language_folder() {
    use cramp_explorer::data::LOCALES;

    let one_line = |text: &str| -> Vec<(String, String)> {
        text.lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let (key, value) = line
                    .split_once(" = ")
                    .unwrap_or_else(|| panic!("not a one-line message: {line:?}"));
                assert!(
                    key.starts_with("page-")
                        && key.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{key}"
                );
                assert!(!value.trim().is_empty(), "{key} is empty");
                (key.to_owned(), value.to_owned())
            })
            .collect()
    };
    let english = one_line(&String::from_utf8(read("locales/en/page.ftl")).expect("UTF-8"));
    for locale in LOCALES {
        let words = one_line(
            &String::from_utf8(read(&format!("locales/{locale}/page.ftl"))).expect("UTF-8"),
        );
        assert_eq!(words.len(), english.len(), "{locale}: every page word");
    }
    let page = std::fs::read_to_string(crate::repo_path("index.html")).expect("index.html");
    let mut marked = 0;
    for (key, value) in &english {
        let element = format!("data-words=\"{key}\">{value}<");
        let label = format!("aria-label=\"{value}\" data-words-label=\"{key}\"");
        if page.contains(&element) || page.contains(&label) {
            marked += 1;
        }
    }
    let in_page = page.matches("data-words").count();
    assert_eq!(
        marked, in_page,
        "every marked element shows page.ftl's English"
    );
}

/// Every character of every language file, data file and source file can be drawn with the
/// app's fonts (egui's text font and the symbols cut from its emoji fonts by
/// scripts/subset-fonts.py): a new symbol or a language with new letters fails here, not as
/// an empty box on a student's screen.
#[test]
fn the_apps_fonts_draw_every_character_of_every_text() {
    fn files(folder: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(folder).expect("folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, found);
            } else if path
                .extension()
                .is_some_and(|e| e == "ftl" || e == "ron" || e == "rs")
            {
                found.push(path);
            }
        }
    }
    let root = crate::repo_path("");
    let mut paths = Vec::new();
    files(&root.join("assets"), &mut paths);
    files(&root.join("src"), &mut paths);
    assert!(paths.len() > 20, "{paths:?}");
    let ctx = egui::Context::default();
    ctx.set_fonts(cramp_explorer::ui::fonts::definitions());
    let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
    let mut missing = std::collections::BTreeMap::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("UTF-8");
        for c in text
            .chars()
            .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        {
            for font in [
                egui::FontId::proportional(14.0),
                egui::FontId::monospace(14.0),
            ] {
                if !ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                    missing.insert(c, path.strip_prefix(&root).expect("in the repo").to_owned());
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no glyph (run scripts/subset-fonts.py): {missing:?}"
    );
    // The check can fail: a symbol the fonts were not cut for.
    assert!(!ctx.fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(14.0), '🦵')));
}
