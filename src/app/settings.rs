//! The settings file: the person's [`Settings`] are kept in `settings.ron` in the data
//! folder and written atomically. A settings file that cannot be read is never overwritten: it is set aside as
//! `settings.ron.unreadable-<time>` before the first save, and the person is told.

use std::path::{Path, PathBuf};

use crate::state::Settings;

/// A settings file larger than this is not read.
const MAX_SETTINGS_BYTES: u64 = 64 * 1024;

/// Where settings live, and whether the file there could be read.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    path: PathBuf,
    /// The file exists but could not be read; it is set aside before the first save.
    unreadable: bool,
}

impl SettingsFile {
    /// Reads the settings; on a problem returns the defaults and a sentence for the
    /// person.
    pub fn load(path: &Path) -> (Self, Settings, Option<String>) {
        let mut file = Self {
            path: path.to_path_buf(),
            unreadable: false,
        };
        // A regular file only (never a link, a pipe or a device), and small.
        let read = crate::files::read_regular_in_folder(path, MAX_SETTINGS_BYTES).and_then(|b| {
            String::from_utf8(b).map_err(|_| {
                crate::files::ReadError::Io(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "it is not UTF-8 text",
                ))
            })
        });
        let text = match read {
            Ok(text) => text,
            Err(crate::files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return (file, Settings::default(), None);
            }
            Err(e) => {
                file.unreadable = true;
                let why = format!(
                    "Your settings could not be read ({e}), so the defaults are used: {}",
                    path.display()
                );
                return (file, Settings::default(), Some(why));
            }
        };
        match ron::from_str::<Settings>(text.trim_start_matches('\u{feff}')) {
            Ok(settings) => (file, settings.clamped(), None),
            Err(e) => {
                file.unreadable = true;
                let why = format!(
                    "Your settings could not be read (line {}, column {}: {}), so the defaults are used. The file will be kept as a copy: {}",
                    e.span.start.line,
                    e.span.start.col,
                    e.code,
                    path.display()
                );
                (file, Settings::default(), Some(why))
            }
        }
    }

    /// Saves atomically; an unreadable file is first set aside (named with the local
    /// time `now`), never overwritten.
    pub fn save(
        &mut self,
        settings: &Settings,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> anyhow::Result<()> {
        use anyhow::Context as _;
        if self.unreadable && self.path.exists() {
            let stamp = now.format("%Y%m%dT%H%M%S");
            let name = self.path.file_name().map_or_else(
                || "settings.ron".into(),
                |n| n.to_string_lossy().into_owned(),
            );
            let aside = self
                .path
                .with_file_name(format!("{name}.unreadable-{stamp}"));
            std::fs::rename(&self.path, &aside).with_context(|| {
                format!(
                    "could not keep a copy of the old settings: {}",
                    aside.display()
                )
            })?;
        }
        self.unreadable = false;
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let text = ron::ser::to_string_pretty(settings, config)?;
        crate::files::write_atomically_with(
            &self.path,
            (text + "\n").as_bytes(),
            crate::files::Mode::Private,
        )
        .with_context(|| format!("could not save your settings: {}", self.path.display()))
    }
}
