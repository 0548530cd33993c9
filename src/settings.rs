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
        let values = match location {
            SettingsFile::Platform => store::read_all(),
            SettingsFile::InMemory => BTreeMap::new(),
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
        if self.location == SettingsFile::Platform {
            store::write(key, value, &self.values);
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

    fn settings_file() -> Option<PathBuf> {
        Some(
            dirs::config_dir()?
                .join("cramp-explorer")
                .join("settings.txt"),
        )
    }

    pub fn read_all() -> BTreeMap<String, String> {
        let text = settings_file()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .unwrap_or_default();
        text.lines()
            .filter_map(|line| line.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    }

    pub fn write(_key: &str, _value: &str, all: &BTreeMap<String, String>) {
        let Some(file) = settings_file() else { return };
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

    pub fn read_all() -> BTreeMap<String, String> {
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

    pub fn write(key: &str, value: &str, _all: &BTreeMap<String, String>) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(&format!("{PREFIX}{key}"), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_settings_remember_within_the_run_and_touch_no_file() {
        let mut settings = Settings::open(SettingsFile::InMemory);
        assert_eq!(settings.get("language"), None);
        settings.set("language", "es");
        assert_eq!(settings.get("language"), Some("es"));
        let fresh = Settings::open(SettingsFile::InMemory);
        assert_eq!(fresh.get("language"), None, "nothing was written anywhere");
    }
}
