//! Previous versions of the person's routines, from `backups/<id>/` (every save
//! through Steady copies the version it replaces there): the list with dates and what
//! restoring each would change, field by field; restoring one (which itself keeps a
//! backup of the version it replaces); a broken file's last good version after a
//! restart; and restoring a trashed routine whose id is now taken, as a new routine.
//! It imports only Steady's routine modules, `paths` and chrono; its file I/O goes
//! through `routine::folder`.

use std::path::{Path, PathBuf};

use super::folder::{FolderError, OnClash, RoutineFolder};
use super::load::{LoadReport, LoadedRoutine, Origin, load_file};
use super::{Dose, Exercise, Routine};

/// One previous version of a routine.
#[derive(Debug, Clone)]
pub struct Version {
    pub path: PathBuf,
    /// When it was replaced, as the person reads it ("23 Nov 2026, 10:46"), or the
    /// file's name if it does not say.
    pub saved: String,
    /// What restoring it would change in the current version (empty: the same); or
    /// why it cannot be read.
    pub changes: Result<Vec<String>, String>,
}

/// The date of a backup named `20261123T104600.ron` (or `…-2.ron`).
fn date_of(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy();
    let stamp = stem.get(..15)?;
    let at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S").ok()?;
    Some(at.format("%-d %b %Y, %H:%M").to_string())
}

/// The backups of routine `id`, newest first.
pub fn backups(folder: &RoutineFolder, id: &str) -> Vec<PathBuf> {
    let mut files = super::folder::ron_files_in(&folder.backups_of(id));
    // By time, then by the number a second backup in the same second gets
    // (`…T104600.ron`, `…T104600-2.ron`, `-3`…).
    files.sort_by_key(|path| {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (stamp, rest) = stem.split_at(stem.len().min(15));
        let n = rest
            .strip_prefix('-')
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(1);
        (stamp.to_owned(), n, stem.clone())
    });
    files.reverse();
    files
}

/// The previous versions of `current`, newest first, each with what restoring it
/// would change.
pub fn versions(folder: &RoutineFolder, current: &Routine) -> Vec<Version> {
    backups(folder, &current.id)
        .into_iter()
        .map(|path| {
            let saved = date_of(&path).unwrap_or_else(|| {
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            let changes = match load_file(&path) {
                Ok(parsed) => Ok(changes(current, &parsed.routine)),
                Err(problems) => Err(problems
                    .first()
                    .map_or_else(|| "it cannot be read".to_owned(), |p| p.message.clone())),
            };
            Version {
                path,
                saved,
                changes,
            }
        })
        .collect()
}

/// A text in quotes, its first words only if it is long; "none" when empty.
fn quoted(text: &str) -> String {
    const MOST: usize = 40;
    let text = text.trim();
    if text.is_empty() {
        "none".to_owned()
    } else if text.chars().count() <= MOST {
        format!("\"{text}\"")
    } else {
        let cut: String = text.chars().take(MOST).collect();
        format!("\"{}…\"", cut.trim_end())
    }
}

/// What going from list `now` to list `then` brings back and drops, or that only the
/// order differs.
fn list_change(name: &str, now: &[String], then: &[String]) -> Option<String> {
    if now == then {
        return None;
    }
    let back: Vec<String> = then
        .iter()
        .filter(|t| !now.contains(t))
        .map(|t| quoted(t))
        .collect();
    let dropped: Vec<String> = now
        .iter()
        .filter(|n| !then.contains(n))
        .map(|n| quoted(n))
        .collect();
    let mut parts = Vec::new();
    if !back.is_empty() {
        parts.push(format!("brings back {}", back.join(", ")));
    }
    if !dropped.is_empty() {
        parts.push(format!("drops {}", dropped.join(", ")));
    }
    if parts.is_empty() {
        parts.push("another order".to_owned());
    }
    Some(format!("{name}: {}", parts.join("; ")))
}

fn dose(d: Option<&Dose>) -> String {
    d.map_or_else(|| "none".to_owned(), Dose::describe)
}

/// Adds "name: then (now now)" if they differ.
#[expect(
    clippy::needless_pass_by_value,
    reason = "every caller builds both texts just for this"
)]
fn field(out: &mut Vec<String>, name: &str, now: String, then: String) {
    if now != then {
        out.push(format!("{name}: {then} (now {now})"));
    }
}

/// What going from `now` to `then` changes, one short line per field.
pub fn changes(now: &Routine, then: &Routine) -> Vec<String> {
    let mut out = Vec::new();
    field(&mut out, "Id", now.id.clone(), then.id.clone());
    field(&mut out, "Title", now.title.clone(), then.title.clone());
    field(
        &mut out,
        "What it is for",
        quoted(&now.summary),
        quoted(&then.summary),
    );
    field(
        &mut out,
        "Trains",
        format!("{:?}", now.focus),
        format!("{:?}", then.focus),
    );
    field(
        &mut out,
        "Starting position",
        now.position.label().to_owned(),
        then.position.label().to_owned(),
    );
    field(
        &mut out,
        "Sessions a week",
        now.prescription.times_per_week.to_string(),
        then.prescription.times_per_week.to_string(),
    );
    let days = |r: &Routine| {
        r.prescription
            .days
            .as_ref()
            .map_or_else(|| "any".to_owned(), |d| format!("{d:?}"))
    };
    field(&mut out, "Fixed days", days(now), days(then));
    field(
        &mut out,
        "Prescription note",
        quoted(&now.prescription.note),
        quoted(&then.prescription.note),
    );
    field(
        &mut out,
        "Rest between exercises",
        format!("{} s", now.rest_between_exercises_secs),
        format!("{} s", then.rest_between_exercises_secs),
    );
    for (name, a, b) in [
        ("Equipment", &now.equipment, &then.equipment),
        ("Safety notes", &now.safety, &then.safety),
        ("Rest prompts", &now.rest_prompts, &then.rest_prompts),
    ] {
        out.extend(list_change(name, a, b));
    }
    field(&mut out, "Notes", quoted(&now.notes), quoted(&then.notes));
    if now.exercises.len() != then.exercises.len() {
        field(
            &mut out,
            "Exercises",
            now.exercises.len().to_string(),
            then.exercises.len().to_string(),
        );
    }
    for (i, b) in then.exercises.iter().enumerate() {
        let n = i + 1;
        let Some(a) = now.exercises.get(i) else {
            out.push(format!("Exercise {n}: \"{}\" (now none)", b.name));
            continue;
        };
        out.extend(exercise_changes(n, a, b));
    }
    out
}

fn exercise_changes(n: usize, a: &Exercise, b: &Exercise) -> Vec<String> {
    let mut out = Vec::new();
    let p = |name: &str| format!("Exercise {n} {name}");
    field(&mut out, &p("name"), a.name.clone(), b.name.clone());
    field(&mut out, &p("dose"), a.dose.describe(), b.dose.describe());
    field(
        &mut out,
        &p("rest between sets"),
        format!("{} s", a.rest_between_sets_secs),
        format!("{} s", b.rest_between_sets_secs),
    );
    field(
        &mut out,
        &p("sides"),
        format!("{:?}", a.sides),
        format!("{:?}", b.sides),
    );
    field(
        &mut out,
        &p("lighter dose"),
        dose(a.lighter.as_ref()),
        dose(b.lighter.as_ref()),
    );
    field(
        &mut out,
        &p("harder dose"),
        dose(a.harder.as_ref()),
        dose(b.harder.as_ref()),
    );
    out.extend(list_change(
        &format!("Exercise {n} steps"),
        &a.steps,
        &b.steps,
    ));
    field(
        &mut out,
        &p("note"),
        quoted(a.note.as_deref().unwrap_or_default()),
        quoted(b.note.as_deref().unwrap_or_default()),
    );
    field(
        &mut out,
        &p("picture"),
        quoted(a.image.as_deref().unwrap_or_default()),
        quoted(b.image.as_deref().unwrap_or_default()),
    );
    out
}

/// Puts a previous version back into `at` (its exact text, comments and all); the
/// version it replaces is kept in backups first. Returns that backup.
pub fn restore_version(
    folder: &RoutineFolder,
    backup: &Path,
    at: &Path,
) -> Result<Option<PathBuf>, FolderError> {
    let text = std::fs::read_to_string(backup).map_err(|source| FolderError::Io {
        what: "could not read the previous version",
        path: backup.to_path_buf(),
        source,
    })?;
    folder.save_text(&text, at)
}

/// Restores a trashed routine whose id is now taken as a new routine ("keep both"):
/// a free id, "(restored)" in its title; the trashed file is removed once the copy is
/// saved. Returns the routine and its new file.
pub fn restore_as_new(
    folder: &RoutineFolder,
    trashed: &Path,
) -> Result<(Routine, PathBuf), FolderError> {
    let mut routine = load_file(trashed).map_err(FolderError::Invalid)?.routine;
    let title: String = routine
        .title
        .chars()
        .take(super::validate::TITLE_MAX_CHARS - 11)
        .collect();
    routine.title = format!("{} (restored)", title.trim_end());
    // A free id is chosen by the folder, under its lock.
    let (routine, path) = folder.add(routine, OnClash::KeepBoth)?;
    std::fs::remove_file(trashed).map_err(|source| FolderError::Io {
        what: "the copy is saved, but the file in the trash could not be removed",
        path: trashed.to_path_buf(),
        source,
    })?;
    Ok((routine, path))
}

/// A broken routine file in the routines folder with no version loaded (as after a
/// restart) gets its newest readable backup (in `backups/<file name>/`), marked as the
/// last good version, beside the file's problem.
pub fn last_good_from_backups(folder: &RoutineFolder, mut report: LoadReport) -> LoadReport {
    let broken: Vec<PathBuf> = report
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.path.clone())
        .filter(|path| path.exists())
        .collect();
    for path in broken {
        let shown = report
            .routines
            .iter()
            .any(|r| r.origin == Origin::File(path.clone()));
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if shown {
            continue;
        }
        let newest = backups(folder, &stem)
            .into_iter()
            .find_map(|backup| load_file(&backup).ok());
        if let Some(parsed) = newest
            && report.get(&parsed.routine.id).is_none()
        {
            report.routines.push(LoadedRoutine {
                routine: parsed.routine,
                origin: Origin::File(path),
                has_comments: parsed.has_comments,
                last_good: true,
            });
        }
    }
    report
}

/// Keeps a copy of a routine that is now only in memory (its file broke) in
/// `backups/<id>/`, so its last good version survives a restart. Does nothing if the
/// newest backup already holds it.
pub fn keep_copy(folder: &RoutineFolder, routine: &Routine) -> Result<(), FolderError> {
    let newest = backups(folder, &routine.id)
        .into_iter()
        .next()
        .and_then(|b| load_file(&b).ok());
    if newest.is_some_and(|p| p.routine == *routine) {
        return Ok(());
    }
    folder.keep_in_backups(routine).map(|_| ())
}
