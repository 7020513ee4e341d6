//! The person's settings: text size, theme, sound, countdown, motion.
//!
//! Kept in `settings.ron` in the data folder and written atomically. A settings file
//! that cannot be read is never overwritten: it is set aside as
//! `settings.ron.unreadable-<time>` before the first save, and the person is told.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_atomically;
use crate::routine::load::describe_io_error;

/// The colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    Light,
    #[default]
    Dark,
    HighContrast,
}

impl Theme {
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    pub fn label(self) -> &'static str {
        match self {
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::HighContrast => "High contrast",
        }
    }
}

pub const TEXT_SCALE_PERCENT: std::ops::RangeInclusive<u16> = 100..=200;
pub const GET_READY_CHOICES_SECS: [u32; 5] = [0, 5, 10, 15, 20];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Text and control size, 100–200 %.
    pub text_scale_percent: u16,
    pub theme: Theme,
    pub volume_percent: u8,
    pub muted: bool,
    /// Length of the get-ready countdown before the first exercise.
    pub get_ready_secs: u32,
    /// No animated tempo bar.
    pub reduce_motion: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale_percent: 100,
            theme: Theme::default(),
            volume_percent: 80,
            muted: false,
            get_ready_secs: crate::session::plan::DEFAULT_GET_READY_SECS,
            reduce_motion: false,
        }
    }
}

impl Settings {
    /// Keeps every value in its range.
    #[must_use]
    pub fn clamped(mut self) -> Self {
        self.text_scale_percent = self
            .text_scale_percent
            .clamp(*TEXT_SCALE_PERCENT.start(), *TEXT_SCALE_PERCENT.end());
        self.volume_percent = self.volume_percent.min(100);
        self.get_ready_secs = self.get_ready_secs.min(60);
        self
    }

    pub fn zoom(&self) -> f32 {
        f32::from(self.text_scale_percent) / 100.0
    }
}

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
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (file, Settings::default(), None);
            }
            Err(e) => {
                file.unreadable = true;
                let why = format!(
                    "Your settings could not be read ({}), so the defaults are used: {}",
                    describe_io_error(&e),
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

    /// Saves atomically; an unreadable file is first set aside, never overwritten.
    pub fn save(&mut self, settings: &Settings) -> anyhow::Result<()> {
        use anyhow::Context as _;
        if self.unreadable && self.path.exists() {
            let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
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
        write_atomically(&self.path, &(text + "\n"))
            .with_context(|| format!("could not save your settings: {}", self.path.display()))
    }
}
