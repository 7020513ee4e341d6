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
//!
//! Two computers may change settings while apart (a synced data folder): every save
//! keeps, per field, when it was last changed (`Settings::changed`), and a sync tool's
//! conflict copy (`settings.sync-conflict-*.ron`, Dropbox's or Nextcloud's "conflicted
//! copy") is read, merged field by field — the later change wins, "Not today" entries
//! are a set — written, and moved to `trash/`.

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

/// Calls `$then!` with every field of [`Settings`] that merges as one value (all but
/// `not_today`, a set, and `changed`, the change times). A new field does not compile
/// until it is named here or in `merge`'s destructuring.
macro_rules! with_plain_fields {
    ($then:ident) => {
        $then!(
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
            reminders,
            autostart,
            spoken_prompts,
            eyes_free,
            person_name,
            birth_date,
            resumed_after_fall,
            speech_rate,
            voice_level
        )
    };
}

/// `disk`, with every field that `mine` changed from `before` taken from `mine`, and
/// its change time set to `now`.
fn merge(
    disk: Settings,
    before: &Settings,
    mine: &Settings,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Settings {
    // Destructured without `..`: a new field does not compile until it is merged here.
    let Settings {
        text_scale_percent: _,
        theme: _,
        volume_percent: _,
        muted: _,
        get_ready_secs: _,
        reduce_motion: _,
        language: _,
        clinician_name: _,
        clinician_phone: _,
        sounds_explained: _,
        daily_budget_minutes: _,
        heat_sensitive: _,
        not_today,
        reminders: _,
        autostart: _,
        spoken_prompts: _,
        eyes_free: _,
        person_name: _,
        birth_date: _,
        resumed_after_fall: _,
        speech_rate: _,
        voice_level: _,
        changed: _,
    } = mine.clone();
    let mut out = disk;
    macro_rules! take_changed {
        ($($field:ident),*) => {
            $(
                if mine.$field != before.$field {
                    out.$field = mine.$field.clone();
                    out.changed.insert(stringify!($field).to_owned(), now);
                }
            )*
        };
    }
    with_plain_fields!(take_changed);
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
        out.changed.insert("not_today".to_owned(), now);
    }
    out
}

/// Two copies of the settings file (one a sync tool's conflict copy), merged field by
/// field: the value whose change time is later wins (a field without one is the
/// oldest; on a tie `a`'s stays), and "Not today" entries are merged as a set.
pub fn merge_copies(a: &Settings, b: &Settings) -> Settings {
    let mut out = a.clone();
    macro_rules! take_later {
        ($($field:ident),*) => {
            $(
                let name = stringify!($field);
                if let Some(when) = b.changed.get(name)
                    && a.changed.get(name).is_none_or(|mine| when > mine)
                {
                    out.$field = b.$field.clone();
                    out.changed.insert(name.to_owned(), *when);
                }
            )*
        };
    }
    with_plain_fields!(take_later);
    for p in &b.not_today {
        if !out.not_today.contains(p) {
            out.not_today.push(p.clone());
        }
    }
    out.not_today
        .sort_by(|x, y| (x.day, &x.routine_id).cmp(&(y.day, &y.routine_id)));
    if let Some(when) = b.changed.get("not_today")
        && a.changed.get("not_today").is_none_or(|mine| when > mine)
    {
        out.changed.insert("not_today".to_owned(), *when);
    }
    out.clamped()
}

/// Whether `name` is a sync tool's conflict copy of `settings.ron`: Syncthing's
/// `settings.sync-conflict-<date>-<time>-<device>.ron`, or Dropbox's and Nextcloud's
/// `settings (… conflicted copy …).ron`.
pub fn is_conflict_copy(name: &str) -> bool {
    let Some(middle) = name
        .strip_prefix("settings")
        .and_then(|rest| rest.strip_suffix(".ron"))
    else {
        return false;
    };
    middle.starts_with(".sync-conflict-")
        // i18n: not shown (Dropbox's and Nextcloud's file names)
        || (middle.starts_with(" (") && middle.ends_with(')') && middle.contains("conflicted copy"))
}

/// The readable conflict copies of the settings file at `path`, in name order (an
/// unreadable one is left where it is).
fn conflict_copies(path: &Path) -> Vec<(PathBuf, Settings)> {
    let Some(dir) = path.parent() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut copies: Vec<(PathBuf, Settings)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(is_conflict_copy))
        .filter_map(|e| match read(&e.path()) {
            OnDisk::Read(settings) => Some((e.path(), settings)),
            OnDisk::Missing | OnDisk::Unreadable(_) => None,
        })
        .collect();
    copies.sort_by(|a, b| a.0.cmp(&b.0));
    copies
}

/// Moves merged conflict copies to the data folder's `trash/` (`settings-<name>`,
/// never over a file there). Best effort: a copy that cannot be moved is merged again
/// next time, which changes nothing.
fn trash_copies(path: &Path, copies: &[(PathBuf, Settings)]) {
    let Some(trash) = path.parent().map(|d| d.join("trash")) else {
        return;
    };
    if std::fs::create_dir_all(&trash).is_err() {
        return;
    }
    for (copy, _) in copies {
        let name = copy
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let target = (1..100)
            .filter_map(|n| {
                let name = if n == 1 {
                    format!("settings-{name}")
                } else {
                    format!("settings-{n}-{name}")
                };
                crate::files::join_inside(&trash, &name)
            })
            .find(|p| !crate::files::occupied(p));
        if let Some(target) = target {
            let _ = std::fs::rename(copy, target);
        }
    }
}

impl SettingsFile {
    /// Reads the settings; on a problem returns the defaults and a sentence for the
    /// person.
    ///
    /// A sync tool's conflict copies beside it (`settings.sync-conflict-*.ron`, "…
    /// conflicted copy …") are merged in ([`merge_copies`]), the result written, and the
    /// copies moved to `trash/`.
    pub fn load(path: &Path) -> (Self, Settings, Option<String>) {
        let (settings, unreadable, problem) = match read(path) {
            OnDisk::Missing => (Settings::default(), false, None),
            OnDisk::Read(settings) => (settings, false, None),
            OnDisk::Unreadable(why) => (Settings::default(), true, Some(why)),
        };
        let mut file = Self {
            path: path.to_path_buf(),
            unreadable,
            known: settings.clone(),
        };
        if unreadable {
            return (file, settings, problem);
        }
        let copies = conflict_copies(path);
        if copies.is_empty() {
            return (file, settings, problem);
        }
        match file.absorb(&copies) {
            Ok(merged) => {
                trash_copies(path, &copies);
                (file, merged, problem)
            }
            Err(e) => (file, settings, Some(format!("{e:#}"))),
        }
    }

    /// The settings as they are on disk now (another window or a sync tool wrote
    /// them; conflict copies are merged in and moved to the trash), which this window
    /// shows from then on; `None` when the file is missing or cannot be read (the
    /// window keeps what it has, and the next save sets an unreadable file aside).
    pub fn reload(&mut self) -> Option<Settings> {
        let OnDisk::Read(disk) = read(&self.path) else {
            return None;
        };
        self.unreadable = false;
        let copies = conflict_copies(&self.path);
        if copies.is_empty() {
            self.known = disk.clone();
            return Some(disk);
        }
        let merged = self.absorb(&copies).ok()?;
        trash_copies(&self.path, &copies);
        Some(merged)
    }

    /// Writes the settings on disk merged with `copies` (under the settings lock) and
    /// returns them.
    fn absorb(&mut self, copies: &[(PathBuf, Settings)]) -> anyhow::Result<Settings> {
        let _turn = self.turn();
        let disk = match read(&self.path) {
            OnDisk::Read(disk) => disk,
            OnDisk::Missing => Settings::default(),
            OnDisk::Unreadable(why) => anyhow::bail!(why),
        };
        let merged = copies
            .iter()
            .fold(disk, |all, (_, copy)| merge_copies(&all, copy));
        self.write(&merged)?;
        self.known = merged.clone();
        Ok(merged)
    }

    /// Two windows saving at the same moment take turns (`state/settings.lock` beside
    /// the file's folder); a lock that cannot be taken does not stop the save.
    fn turn(&self) -> Option<std::fs::File> {
        self.path.parent().and_then(|dir| {
            crate::files::lock(&dir.join("state/settings.lock"), crate::files::Wait::Yes)
                .ok()
                .flatten()
        })
    }

    /// Writes `settings` atomically; an error is one sentence in plain words (no "os
    /// error 30"), the path last.
    fn write(&self, settings: &Settings) -> anyhow::Result<()> {
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let text = ron::ser::to_string_pretty(settings, config)?;
        crate::files::write_atomically_with(
            &self.path,
            (text + "\n").as_bytes(),
            crate::files::Mode::Private,
        )
        .map_err(|e| {
            anyhow::anyhow!(crate::t!(
                "settings-save-failed",
                why = crate::i18n::io_error(&e),
                path = self.path.display().to_string()
            ))
        })
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
        let _turn = self.turn();
        let mut to_write = match read(&self.path) {
            OnDisk::Read(disk) if !self.unreadable => merge(disk, &self.known, settings, now),
            OnDisk::Read(_) | OnDisk::Missing => {
                merge(settings.clone(), &self.known, settings, now)
            }
            OnDisk::Unreadable(_) => {
                self.unreadable = true;
                merge(settings.clone(), &self.known, settings, now)
            }
        };
        // Conflict copies a sync tool left since the window opened are merged too.
        let copies = if self.unreadable {
            Vec::new()
        } else {
            conflict_copies(&self.path)
        };
        to_write = copies
            .iter()
            .fold(to_write, |all, (_, copy)| merge_copies(&all, copy));
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
            std::fs::rename(&self.path, &aside).map_err(|e| {
                anyhow::anyhow!(crate::t!(
                    "settings-keep-copy-failed",
                    why = crate::i18n::io_error(&e),
                    path = aside.display().to_string()
                ))
            })?;
        }
        self.unreadable = false;
        self.write(&to_write)?;
        trash_copies(&self.path, &copies);
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

    #[test]
    fn conflict_copies_of_syncthing_dropbox_and_nextcloud_are_recognised() {
        for name in [
            "settings.sync-conflict-20260105-090000-ABCDEFG.ron",
            "settings (conflicted copy 2026-01-05).ron",
            "settings (Anna's conflicted copy 2026-01-05).ron",
            "settings (conflicted copy 2026-01-05 090000).ron",
        ] {
            assert!(is_conflict_copy(name), "{name}");
        }
        for name in [
            "settings.ron",
            "settings.ron.unreadable-20260105T090000",
            "legs.sync-conflict-20260105-090000-ABCDEFG.ron",
            "settings (copy).ron",
        ] {
            assert!(!is_conflict_copy(name), "{name}");
        }
    }

    #[test]
    fn copies_merge_field_by_field_by_change_time_and_not_today_as_a_set() {
        use crate::history::planner::PutOff;
        let at = |minute: i64| now() + chrono::Duration::minutes(minute);
        let day = now().date_naive();
        let a = Settings {
            theme: crate::state::Theme::Light,
            daily_budget_minutes: 45,
            not_today: vec![PutOff {
                day,
                routine_id: "legs".to_owned(),
            }],
            changed: [("theme", at(1)), ("daily_budget_minutes", at(5))]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            ..Settings::default()
        };
        let b = Settings {
            theme: crate::state::Theme::HighContrast,
            daily_budget_minutes: 15,
            // Never stamped: the oldest.
            clinician_name: "Dr. Weber".to_owned(),
            not_today: vec![PutOff {
                day,
                routine_id: "arms".to_owned(),
            }],
            changed: [("theme", at(2)), ("daily_budget_minutes", at(3))]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            ..Settings::default()
        };
        let merged = merge_copies(&a, &b);
        // By hand: b's theme (changed later), a's budget (changed later), a's empty
        // clinician name (b's has no change time), both put-offs, sorted by routine.
        assert_eq!(merged.theme, crate::state::Theme::HighContrast);
        assert_eq!(merged.daily_budget_minutes, 45);
        assert_eq!(merged.clinician_name, "");
        assert_eq!(
            merged
                .not_today
                .iter()
                .map(|p| p.routine_id.as_str())
                .collect::<Vec<_>>(),
            vec!["arms", "legs"]
        );
        assert_eq!(merged.changed["theme"], at(2));
        // The same whichever copy comes first.
        let other_way = merge_copies(&b, &a);
        assert_eq!(
            (
                other_way.theme,
                other_way.daily_budget_minutes,
                other_way.not_today
            ),
            (
                merged.theme,
                merged.daily_budget_minutes,
                merged.not_today.clone()
            )
        );
    }

    #[test]
    fn a_settings_save_that_fails_says_why_in_plain_words_with_the_path_last() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("file"), "").unwrap();
        // Its folder is a file: the OS says "Not a directory (os error 20)".
        let path = dir.path().join("file").join("settings.ron");
        let (mut file, settings, _) = SettingsFile::load(&path);
        let message = format!("{:#}", file.save(&settings, now()).unwrap_err());
        assert!(!message.contains("os error"), "{message}");
        assert!(
            message.starts_with("could not save your settings ("),
            "{message}"
        );
        assert!(message.ends_with(&path.display().to_string()), "{message}");
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
