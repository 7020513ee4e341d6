//! The settings file: the person's [`Settings`] are kept in `settings.ron` in the data
//! folder and written atomically. A settings file that cannot be read is never overwritten: it is set aside as
//! `settings.ron.unreadable-<time>` before the first save, and the person is told.
//!
//! Two windows may be open on one data folder. Saving re-reads the file and writes
//! over it only the fields this window changed since it last read or wrote them
//! (compared field by field with what it knew); every other field keeps the value on
//! disk, so a window never writes back a stale value over another window's change.
//! The settings written are returned, for the window to show from then on. Two saves
//! at the same moment take turns on `state/settings.lock`.

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
    /// The settings as this window last read or wrote them: a field that differs from
    /// this when saving is one the person changed here.
    known: Settings,
}

/// What is in the settings file now.
enum OnDisk {
    Missing,
    Read(Settings),
    /// It exists but cannot be read: why, for the person.
    Unreadable(String),
}

fn read(path: &Path) -> OnDisk {
    // A regular file only (never a link, a pipe or a device), and small.
    let read = crate::files::read_regular_in_folder(path, MAX_SETTINGS_BYTES).and_then(|b| {
        String::from_utf8(b).map_err(|_| {
            crate::files::ReadError::Io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                crate::t!("settings-not-utf8"),
            ))
        })
    });
    let text = match read {
        Ok(text) => text,
        Err(crate::files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return OnDisk::Missing;
        }
        Err(e) => {
            return OnDisk::Unreadable(crate::t!(
                "settings-unreadable",
                why = e.to_string(),
                path = path.display().to_string()
            ));
        }
    };
    match ron::from_str::<Settings>(text.trim_start_matches('\u{feff}')) {
        Ok(settings) => OnDisk::Read(settings.clamped()),
        Err(e) => OnDisk::Unreadable(crate::t!(
            "settings-unreadable-syntax",
            line = e.span.start.line,
            column = e.span.start.col,
            why = e.code.to_string(),
            path = path.display().to_string()
        )),
    }
}

/// `disk`, with every field that `mine` changed from `before` taken from `mine`.
fn merge(disk: Settings, before: &Settings, mine: &Settings) -> Settings {
    // Destructured without `..`: a new field does not compile until it is merged here.
    let Settings {
        text_scale_percent,
        theme,
        volume_percent,
        muted,
        get_ready_secs,
        reduce_motion,
        language,
        clinician_name,
        clinician_phone,
        sounds_explained,
        daily_budget_minutes,
        heat_sensitive,
        not_today,
        reminders,
        autostart,
        spoken_prompts,
        eyes_free,
    } = mine.clone();
    let mut out = disk;
    if text_scale_percent != before.text_scale_percent {
        out.text_scale_percent = text_scale_percent;
    }
    if theme != before.theme {
        out.theme = theme;
    }
    if volume_percent != before.volume_percent {
        out.volume_percent = volume_percent;
    }
    if muted != before.muted {
        out.muted = muted;
    }
    if get_ready_secs != before.get_ready_secs {
        out.get_ready_secs = get_ready_secs;
    }
    if reduce_motion != before.reduce_motion {
        out.reduce_motion = reduce_motion;
    }
    if language != before.language {
        out.language = language;
    }
    if clinician_name != before.clinician_name {
        out.clinician_name = clinician_name;
    }
    if clinician_phone != before.clinician_phone {
        out.clinician_phone = clinician_phone;
    }
    if sounds_explained != before.sounds_explained {
        out.sounds_explained = sounds_explained;
    }
    if daily_budget_minutes != before.daily_budget_minutes {
        out.daily_budget_minutes = daily_budget_minutes;
    }
    if heat_sensitive != before.heat_sensitive {
        out.heat_sensitive = heat_sensitive;
    }
    if reminders != before.reminders {
        out.reminders = reminders;
    }
    if autostart != before.autostart {
        out.autostart = autostart;
    }
    if not_today != before.not_today {
        // This window's list, and what another window added since (a set: a double
        // press or two windows never count twice; old days this window dropped stay
        // dropped).
        let mut all = not_today;
        for p in &out.not_today {
            if !before.not_today.contains(p) && !all.contains(p) {
                all.push(p.clone());
            }
        }
        out.not_today = all;
    }
    if spoken_prompts != before.spoken_prompts {
        out.spoken_prompts = spoken_prompts;
    }
    if eyes_free != before.eyes_free {
        out.eyes_free = eyes_free;
    }
    out
}

impl SettingsFile {
    /// Reads the settings; on a problem returns the defaults and a sentence for the
    /// person.
    pub fn load(path: &Path) -> (Self, Settings, Option<String>) {
        let (settings, unreadable, problem) = match read(path) {
            OnDisk::Missing => (Settings::default(), false, None),
            OnDisk::Read(settings) => (settings, false, None),
            OnDisk::Unreadable(why) => (Settings::default(), true, Some(why)),
        };
        let file = Self {
            path: path.to_path_buf(),
            unreadable,
            known: settings.clone(),
        };
        (file, settings, problem)
    }

    /// Saves atomically the fields of `settings` this window changed, over the file as
    /// it is now (another window's changes stay). An unreadable file is first set aside
    /// (named with the local time `now`), never overwritten; then `settings` is written
    /// whole. Returns the settings written, which the window shows from then on.
    pub fn save(
        &mut self,
        settings: &Settings,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> anyhow::Result<Settings> {
        use anyhow::Context as _;
        // Two windows saving at the same moment take turns (`state/settings.lock` beside
        // the file's folder); a lock that cannot be taken does not stop the save.
        let _turn = self.path.parent().and_then(|dir| {
            crate::files::lock(&dir.join("state/settings.lock"), crate::files::Wait::Yes)
                .ok()
                .flatten()
        });
        let to_write = match read(&self.path) {
            OnDisk::Read(disk) if !self.unreadable => merge(disk, &self.known, settings),
            OnDisk::Read(_) | OnDisk::Missing => settings.clone(),
            OnDisk::Unreadable(_) => {
                self.unreadable = true;
                settings.clone()
            }
        };
        // `occupied`, not `exists`: a dangling or looping link is set aside too.
        if self.unreadable && crate::files::occupied(&self.path) {
            let stamp = now.format("%Y%m%dT%H%M%S"); // i18n: not shown
            let name = self.path.file_name().map_or_else(
                || "settings.ron".into(),
                |n| n.to_string_lossy().into_owned(),
            );
            let aside = self
                .path
                .with_file_name(format!("{name}.unreadable-{stamp}"));
            std::fs::rename(&self.path, &aside).with_context(|| {
                crate::t!(
                    "settings-keep-copy-failed",
                    path = aside.display().to_string()
                )
            })?;
        }
        self.unreadable = false;
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let text = ron::ser::to_string_pretty(&to_write, config)?;
        crate::files::write_atomically_with(
            &self.path,
            (text + "\n").as_bytes(),
            crate::files::Mode::Private,
        )
        .with_context(|| {
            crate::t!(
                "settings-save-failed",
                path = self.path.display().to_string()
            )
        })?;
        self.known = to_write.clone();
        Ok(to_write)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-03-02T09:30:00+01:00").unwrap()
    }

    /// A dangling link and a link to itself at `settings.ron` are unreadable like any
    /// other bad file: set aside on the first save, which then works.
    #[cfg(unix)]
    #[test]
    fn a_dangling_or_looping_settings_link_is_set_aside_and_saving_works() {
        for looping in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("settings.ron");
            let target = if looping {
                path.clone()
            } else {
                dir.path().join("gone.ron")
            };
            std::os::unix::fs::symlink(&target, &path).unwrap();
            let (mut file, settings, problem) = SettingsFile::load(&path);
            assert!(problem.is_some(), "the link is named as a problem");
            let mut changed = settings.clone();
            changed.daily_budget_minutes = 45;
            let saved = file.save(&changed, now()).unwrap();
            assert_eq!(saved.daily_budget_minutes, 45);
            assert!(std::fs::symlink_metadata(&path).unwrap().is_file());
            let aside = dir.path().join("settings.ron.unreadable-20260302T093000");
            assert!(std::fs::symlink_metadata(&aside).unwrap().is_symlink());
            let (_, again, problem) = SettingsFile::load(&path);
            assert_eq!((again.daily_budget_minutes, problem), (45, None));
        }
    }
}
