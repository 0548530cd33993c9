//! Lists the languages: every folder of `assets/locales/` that holds an interface file (`ui.ftl`)
//! is a language (adding a language is adding a folder). The list is compiled in because the
//! web version cannot list folders on a server.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=assets/locales");
    let mut locales: Vec<String> = std::fs::read_dir("assets/locales")
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().join("ui.ftl").is_file())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|name| {
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect();
    locales.sort();
    // Each language's name in itself, from its `language-name` message, so the language switch
    // needs no code for a new language.
    let names: Vec<String> = locales
        .iter()
        .map(|locale| {
            let text = std::fs::read_to_string(format!("assets/locales/{locale}/ui.ftl"))
                .unwrap_or_default();
            text.lines()
                .find_map(|line| line.strip_prefix("language-name ="))
                .map_or_else(|| locale.clone(), |name| name.trim().to_owned())
        })
        .collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join("locales.rs"),
        format!(
            "/// Languages, one per folder of `assets/locales/`.\npub const LOCALES: &[&str] = &{locales:?};\n\
             /// Each language's name in itself (its `language-name`), in the order of [`LOCALES`].\npub const LANGUAGE_NAMES: &[&str] = &{names:?};\n"
        ),
    )
    .expect("OUT_DIR is writable");
}
