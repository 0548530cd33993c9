//! The user's settings (language, first-start notice, quiz progress), kept where the platform
//! keeps them: `<config folder>/cramp-explorer/settings.txt` on the desktop (the `dirs` crate
//! knows the folder on Linux, macOS and Windows), browser storage on the web, or only in memory
//! for tests and automated runs. Unreadable or odd files are treated as empty, never an error.

use std::collections::BTreeMap;

use bevy::prelude::*;

use crate::launch::{LaunchConfig, SettingsFile};

pub(super) fn plugin(app: &mut App) {
    let config = app
        .world()
        .get_resource::<LaunchConfig>()
        .cloned()
        .unwrap_or_default();
    let location = if config.is_automated() {
        SettingsFile::InMemory
    } else {
        config.settings
    };
    app.insert_resource(Settings::open(location));
}

/// The settings, read once at start; every change is written through at once.
#[derive(Resource, Debug)]
pub struct Settings {
    location: SettingsFile,
    values: BTreeMap<String, String>,
}

impl Settings {
    pub fn open(location: SettingsFile) -> Self {
        let values = match &location {
            SettingsFile::InMemory => BTreeMap::new(),
            stored => store::read_all(stored),
        };
        Self { location, values }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    /// Remembers a value. Best effort: a read-only home or a private browser window just means
    /// the choice is asked again next time.
    pub fn set(&mut self, key: &str, value: &str) {
        if self.get(key) == Some(value) {
            return;
        }
        self.values.insert(key.to_owned(), value.to_owned());
        if self.location != SettingsFile::InMemory {
            store::write(&self.location, key, value, &self.values);
        }
    }
}

/// The wall clock in milliseconds, to vary what should differ between visits (the quiz's
/// question order). Not for timing: use `bevy::platform::time::Instant` for that.
pub fn clock_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
}

/// Where a file the user asked for (a handout) is saved: the Downloads folder, else the
/// current folder. On the web only the file name counts: the browser downloads it.
pub fn downloads_folder() -> std::path::PathBuf {
    #[cfg(target_arch = "wasm32")]
    {
        std::path::PathBuf::new()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        dirs::download_dir()
            .filter(|dir| dir.is_dir())
            .unwrap_or_else(|| std::env::current_dir().unwrap_or_default())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod store {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use crate::launch::SettingsFile;

    fn settings_file(location: &SettingsFile) -> Option<PathBuf> {
        match location {
            SettingsFile::At(file) => Some(file.clone()),
            SettingsFile::Platform => Some(
                dirs::config_dir()?
                    .join("cramp-explorer")
                    .join("settings.txt"),
            ),
            SettingsFile::InMemory => None,
        }
    }

    pub fn read_all(location: &SettingsFile) -> BTreeMap<String, String> {
        let text = settings_file(location)
            .and_then(|f| std::fs::read_to_string(f).ok())
            .unwrap_or_default();
        text.lines()
            .filter_map(|line| line.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    }

    pub fn write(
        location: &SettingsFile,
        _key: &str,
        _value: &str,
        all: &BTreeMap<String, String>,
    ) {
        let Some(file) = settings_file(location) else {
            return;
        };
        let text: String = all.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
        if let Some(folder) = file.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        let _ = std::fs::write(file, text);
    }
}

/// Browser storage, under `cramp-explorer.<key>`.
#[cfg(target_arch = "wasm32")]
mod store {
    use std::collections::BTreeMap;

    const PREFIX: &str = "cramp-explorer.";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub fn read_all(_location: &crate::launch::SettingsFile) -> BTreeMap<String, String> {
        let Some(storage) = storage() else {
            return BTreeMap::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok()?)
            .filter_map(|key| {
                let short = key.strip_prefix(PREFIX)?.to_owned();
                Some((short, storage.get_item(&key).ok()??))
            })
            .collect()
    }

    pub fn write(
        _location: &crate::launch::SettingsFile,
        key: &str,
        value: &str,
        _all: &BTreeMap<String, String>,
    ) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(&format!("{PREFIX}{key}"), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settings_file_keeps_choices_between_runs_and_in_memory_settings_write_nothing() {
        let dir = std::env::temp_dir().join(format!("cramp-settings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let file = dir.join("settings.txt");
        let mut stored = Settings::open(SettingsFile::At(file.clone()));
        stored.set("language", "es");
        stored.set("quiz_progress", "3");
        let again = Settings::open(SettingsFile::At(file.clone()));
        assert_eq!(
            again.get("language"),
            Some("es"),
            "remembered in {}",
            file.display()
        );
        assert_eq!(again.get("quiz_progress"), Some("3"));
        std::fs::remove_file(&file).expect("the file was written");
        let mut memory = Settings::open(SettingsFile::InMemory);
        memory.set("language", "es");
        assert_eq!(memory.get("language"), Some("es"));
        assert!(!file.exists(), "in-memory settings wrote nothing");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
