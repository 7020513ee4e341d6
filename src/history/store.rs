//! The history folder: writing records atomically and reading them tolerantly.
//!
//! Writes go through `atomic-write-file` (temporary file in the same folder, fsync,
//! rename, fsync of the folder), so a crash leaves either the whole record or nothing.
//! An existing path is never written again. Reading lists every record that parses and
//! every file that does not, with its reason; nothing is deleted or modified.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike as _, FixedOffset};

use super::record::{RECORD_FORMAT, SessionRecord};
use crate::files::{Mode, ReadError, describe_io_error, join_inside};

/// A record file larger than this is not a record.
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// Something went wrong writing history. The path comes last, for people.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("could not save the session record: {}: {}", describe_io_error(.source), .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not save the session record: a record already exists at {}", .path.display())]
    Exists { path: PathBuf },
    #[error("could not write the session record as text: {0}")]
    Encode(#[from] ron::Error),
    /// The record has an invalid id or a value out of range (e.g. read from a crafted
    /// file): it never becomes a path.
    #[error("could not save the session record: {reason}")]
    Invalid { reason: String },
}

/// A history file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryProblem {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for HistoryProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Every record that could be read, oldest first, and every file that could not.
#[derive(Debug, Clone, Default)]
pub struct HistoryReport {
    pub records: Vec<SessionRecord>,
    /// Days with a check-in and no session ([`super::days`]), oldest first.
    pub days: Vec<super::DayRecord>,
    pub problems: Vec<HistoryProblem>,
}

/// The `history/` folder.
#[derive(Debug, Clone)]
pub struct HistoryStore {
    dir: PathBuf,
}

pub(crate) fn record_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A record as pretty RON text.
pub fn encode(record: &SessionRecord) -> Result<String, ron::Error> {
    to_pretty_text(record)
}

/// Any of history's files (session records, sessions in progress, day records) as
/// pretty RON text: struct names, four-space indents, `\n` newlines, a final newline.
pub(crate) fn to_pretty_text(value: &impl serde::Serialize) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true);
    let mut text = record_options().to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

impl HistoryStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where a record lives: `YYYY/MM/<YYYYMMDDTHHMMSS>_<id>.ron`; `None` when the
    /// record's id breaks the id rule, so that a path never leaves the folder.
    pub fn path_for(&self, record: &SessionRecord) -> Option<PathBuf> {
        if !crate::routine::validate::is_valid_id(&record.id) {
            return None;
        }
        record_path(&self.dir, record.started, &record.id)
    }

    /// Saves a new record (mode 0600). Never overwrites: an existing path is an error.
    /// A record with an invalid id or a value out of range ([`SessionRecord::check`])
    /// is refused: it would not be read back.
    pub fn save(&self, record: &SessionRecord) -> Result<PathBuf, HistoryError> {
        record
            .check()
            .map_err(|reason| HistoryError::Invalid { reason })?;
        let path = self.path_for(record).ok_or_else(|| HistoryError::Invalid {
            reason: "the session id is not a valid id".to_owned(),
        })?;
        write_new_record(path, &encode(record)?)
    }

    /// Reads every record. A missing folder is an empty history.
    pub fn load(&self) -> HistoryReport {
        let mut report = HistoryReport::default();
        let (read, problems) = read_all(&self.dir, |path| {
            read_record(path).map(|record| (path.to_path_buf(), record))
        });
        report.problems = problems;
        // Copies of a record (a sync tool's conflict copy, a backup) have the same id
        // and start: the file with the record's own name counts, the others are listed.
        // A different session that merely shares an id is kept, and listed.
        let mut groups: Vec<Vec<(PathBuf, SessionRecord)>> = Vec::new();
        let mut group_of: std::collections::HashMap<(String, DateTime<FixedOffset>), usize> =
            std::collections::HashMap::new();
        for (path, record) in read {
            let i = *group_of
                .entry((record.id.clone(), record.started))
                .or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
            groups[i].push((path, record));
        }
        let mut first_with_id: std::collections::HashMap<String, PathBuf> =
            std::collections::HashMap::new();
        for mut group in groups {
            let own = group
                .iter()
                .position(|(path, record)| {
                    self.path_for(record)
                        .is_some_and(|own| path.file_name() == own.file_name())
                })
                .unwrap_or(0);
            let (kept_path, mut record) = group.remove(own);
            for (copy, other) in group {
                // A copy's answers are never lost: what it adds is merged in.
                let merged = record.merged_with(&other);
                let added = merged.as_ref().is_some_and(|m| *m != record);
                if let Some(merged) = merged {
                    record = merged;
                }
                report.problems.push(HistoryProblem {
                    path: copy,
                    reason: if added {
                        format!(
                            "a copy of the session in {} (perhaps made by a sync tool) with more in it; the two are counted once, together",
                            kept_path.display()
                        )
                    } else {
                        format!(
                            "a copy of the session in {} (perhaps made by a sync tool); it is counted once",
                            kept_path.display()
                        )
                    },
                });
            }
            match first_with_id.get(&record.id) {
                Some(other) => report.problems.push(HistoryProblem {
                    path: kept_path,
                    reason: format!(
                        "has the same id as a different session (another start) in {}; both are kept",
                        other.display()
                    ),
                }),
                None => {
                    first_with_id.insert(record.id.clone(), kept_path);
                }
            }
            report.records.push(record);
        }
        report.records.sort_by_key(|r| r.started);
        report
    }
}

impl HistoryStore {
    /// Removes the hidden temporaries (`.<start>_<id>.ron.XXXXXX`) that an atomic write
    /// leaves in `YYYY/MM/` when Steady is killed while saving a record: regular files
    /// last changed before `cutoff` (the start of this process, so a save under way in
    /// another Steady is left alone). Returns what was removed; nothing else is touched.
    pub fn remove_stale_temporaries(&self, cutoff: DateTime<FixedOffset>) -> Vec<PathBuf> {
        let cutoff = std::time::SystemTime::from(cutoff);
        let mut removed = Vec::new();
        let mut dirs = vec![(self.dir.clone(), 0)];
        while let Some((dir, depth)) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.filter_map(Result::ok) {
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let name = entry.file_name();
                if kind.is_dir() && depth < 2 {
                    dirs.push((entry.path(), depth + 1));
                } else if kind.is_file()
                    && name.to_str().is_some_and(is_record_temporary)
                    && entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|m| m < cutoff)
                    && std::fs::remove_file(entry.path()).is_ok()
                {
                    removed.push(entry.path());
                }
            }
        }
        removed.sort();
        removed
    }
}

/// Whether a name is `.<YYYYMMDDTHHMMSS>_<id>.ron.<random>`: an atomic write's
/// temporary of a record.
fn is_record_temporary(name: &str) -> bool {
    let Some((stem, random)) = name
        .strip_prefix('.')
        .and_then(|rest| rest.split_once(".ron."))
    else {
        return false;
    };
    let Some((stamp, id)) = stem.split_once('_') else {
        return false;
    };
    let stamp_ok = stamp.len() == 15
        && stamp
            .chars()
            .enumerate()
            .all(|(i, c)| if i == 8 { c == 'T' } else { c.is_ascii_digit() });
    stamp_ok
        && crate::routine::validate::is_valid_id(id)
        && !random.is_empty()
        && random.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `.ron` files under `dir`, at most three folders deep, hidden files (temporary
/// files of atomic writes among them) left out.
/// Where a record of `at` with this id is kept: `dir/YYYY/MM/<time>_<id>.ron`, or
/// `None` when the id would lead outside `dir`. Sessions, check-in days and self-test
/// results are all kept so.
pub(crate) fn record_path(dir: &Path, at: DateTime<FixedOffset>, id: &str) -> Option<PathBuf> {
    let month = dir
        .join(format!("{:04}", at.year()))
        .join(format!("{:02}", at.month()));
    let name = format!("{}_{}.ron", at.format("%Y%m%dT%H%M%S"), id);
    join_inside(&month, &name).filter(|path| path.starts_with(dir))
}

/// Writes a record's text as a new file (mode 0600, whole or not at all): never over
/// an existing one, also when another process writes the same path at the same moment
/// ([`crate::files::write_new`]). Sessions, check-in days and self-test results are
/// all written so.
pub(crate) fn write_new_record(path: PathBuf, text: &str) -> Result<PathBuf, HistoryError> {
    match crate::files::write_new(&path, text.as_bytes(), Mode::Private) {
        Ok(()) => Ok(path),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(HistoryError::Exists { path })
        }
        Err(source) => Err(HistoryError::Write { path, source }),
    }
}

/// Every record file under `dir` read with `read`, in file-name order: what could be
/// read, and each file that could not (with why), listed and left alone.
pub(crate) fn read_all<T>(
    dir: &Path,
    read: impl Fn(&Path) -> Result<T, String>,
) -> (Vec<T>, Vec<HistoryProblem>) {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    collect_files(dir, 0, &mut files, &mut problems);
    files.sort();
    let mut records = Vec::new();
    for path in files {
        match read(&path) {
            Ok(record) => records.push(record),
            Err(reason) => problems.push(HistoryProblem { path, reason }),
        }
    }
    (records, problems)
}

pub(crate) fn collect_files(
    dir: &Path,
    depth: usize,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<HistoryProblem>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            problems.push(HistoryProblem {
                path: dir.to_path_buf(),
                reason: format!("cannot read the folder: {}", describe_io_error(&e)),
            });
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        // Links are not followed: everything read stays inside the data folder.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() && depth < 3 {
            collect_files(&path, depth + 1, files, problems);
        } else if !kind.is_dir() && name.to_ascii_lowercase().ends_with(".ron") {
            // Links and special files are listed as problems by `read_record`, unopened.
            files.push(path);
        }
    }
}

/// Reads one record file: a regular file (no link), at most [`MAX_RECORD_BYTES`],
/// that parses and whose values are in range ([`SessionRecord::check`]).
pub fn read_record(path: &Path) -> Result<SessionRecord, String> {
    let bytes =
        crate::files::read_regular_in_folder(path, MAX_RECORD_BYTES).map_err(|e| match e {
            ReadError::TooLarge { len, .. } => match len {
                Some(len) => format!(
                    "the file is {}, too large to be a session record (at most {})",
                    crate::files::sizes(len, MAX_RECORD_BYTES).0,
                    crate::files::sizes(len, MAX_RECORD_BYTES).1
                ),
                None => "the file is too large to be a session record".to_owned(),
            },
            other => other.to_string(),
        })?;
    let record = parse_record(&bytes)?;
    record.check()?;
    Ok(record)
}

/// Parses the bytes of a record file (no range check).
pub(crate) fn parse_record(bytes: &[u8]) -> Result<SessionRecord, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_owned())?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err("the file is empty (a write was interrupted?)".to_owned());
    }
    // The common case first: one strict parse. Only a file that fails is probed for
    // its format version, to say "made by a newer Steady" instead of a parse error.
    let newer = |format: u64| {
        format!("made by a newer Steady (record format {format}); update Steady to read it")
    };
    let error = match record_options().from_str::<SessionRecord>(text) {
        Ok(record) if record.format > RECORD_FORMAT => return Err(newer(record.format.into())),
        Ok(record) => return Ok(record),
        Err(e) => e,
    };
    #[derive(serde::Deserialize)]
    #[serde(rename = "SessionRecord")]
    struct Probe {
        // Wider than the field itself, so that a huge number still says "newer".
        format: Option<u64>,
    }
    if let Ok(Probe {
        format: Some(format),
    }) = record_options().from_str::<Probe>(text)
        && format > u64::from(RECORD_FORMAT)
    {
        return Err(newer(format));
    }
    #[derive(serde::Deserialize)]
    #[serde(rename = "SessionRecord")]
    struct HugeProbe {
        format: Option<f64>,
    }
    if let Ok(HugeProbe {
        format: Some(format),
    }) = record_options().from_str::<HugeProbe>(text)
        && format > u64::MAX as f64
    {
        return Err(format!(
            "made by a newer Steady (record format larger than {}); update Steady to read it",
            u64::MAX
        ));
    }
    Err(format!(
        "cannot be read at line {}, column {}: {}",
        error.span.start.line, error.span.start.col, error.code
    ))
}

/// What [`HistoryStore::save_or_merge`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// No record of this session was on disk: it is saved here.
    New(PathBuf),
    /// The record on disk already holds everything this one does (same id and start,
    /// at least as much done, every answer): nothing was written.
    AlreadyKept(PathBuf),
    /// A record of this session was on disk (saved on another computer, or brought by
    /// a sync tool) and this one adds to it: the two are merged
    /// ([`SessionRecord::merged_with`]) and written at `path`; the version that was on
    /// disk is kept in `trashed`.
    Merged { path: PathBuf, trashed: PathBuf },
    /// The file on disk was not a readable record, or not of the same session (other
    /// exercises): it was moved to `trashed`, and this record saved at `path`.
    Replaced { path: PathBuf, trashed: PathBuf },
}

impl Saved {
    /// Where the session's record now is.
    pub fn path(&self) -> &Path {
        match self {
            Self::New(path)
            | Self::AlreadyKept(path)
            | Self::Merged { path, .. }
            | Self::Replaced { path, .. } => path,
        }
    }
}

impl HistoryStore {
    /// Saves a record, merging it with the record of the same session already on disk.
    /// "A record with this id exists" is never taken as proof that the session is kept,
    /// and never makes an answer disappear: the two are merged
    /// ([`SessionRecord::merged_with`]: the most done, every check-out answer, both
    /// notes). When the merge adds nothing, nothing is written
    /// ([`Saved::AlreadyKept`]); otherwise the version on disk is first kept in
    /// `trash_dir` (a hard link, else a copy) and then replaced atomically. A file at
    /// the path that is not a regular file (a link, a FIFO) is left alone and the save
    /// refused. Returns what was done and the record as it now is on disk.
    pub fn save_or_merge(
        &self,
        record: &SessionRecord,
        trash_dir: &Path,
    ) -> Result<(Saved, SessionRecord), HistoryError> {
        record
            .check()
            .map_err(|reason| HistoryError::Invalid { reason })?;
        let path = self.path_for(record).ok_or_else(|| HistoryError::Invalid {
            reason: "the session id is not a valid id".to_owned(),
        })?;
        for _ in 0..3 {
            if !crate::files::occupied(&path) {
                match self.save(record) {
                    Ok(path) => return Ok((Saved::New(path), record.clone())),
                    // Written by another Steady meanwhile: merge with it.
                    Err(HistoryError::Exists { .. }) => continue,
                    Err(e) => return Err(e),
                }
            }
            let regular = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
            if !regular {
                return Err(HistoryError::Exists { path });
            }
            let write_err = |source| HistoryError::Write {
                path: path.clone(),
                source,
            };
            let merged = read_record(&path)
                .ok()
                .and_then(|existing| existing.merged_with(record).map(|m| (existing, m)));
            let Some((existing, merged)) = merged else {
                // Not a readable record, or not the same session (other exercises):
                // keep it in the trash, then save this one.
                let trashed = move_to_trash(&path, trash_dir).map_err(write_err)?;
                let path = self.save(record)?;
                return Ok((Saved::Replaced { path, trashed }, record.clone()));
            };
            if merged == existing {
                return Ok((Saved::AlreadyKept(path), existing));
            }
            let trashed = keep_in_trash(&path, trash_dir).map_err(write_err)?;
            crate::files::write_atomically_with(&path, encode(&merged)?.as_bytes(), Mode::Private)
                .map_err(write_err)?;
            return Ok((Saved::Merged { path, trashed }, merged));
        }
        Err(HistoryError::Exists { path })
    }
}

/// Keeps the current version of a history file in `trash_dir/history-<name>` without
/// moving it: a hard link (the file stays where it is), else a copy.
fn keep_in_trash(path: &Path, trash_dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(trash_dir)?;
    let target = free_trash_name(path, trash_dir)?;
    if std::fs::hard_link(path, &target).is_err() {
        let bytes = crate::files::read_regular_in_folder(path, MAX_RECORD_BYTES)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        crate::files::write_new(&target, &bytes, Mode::Private)?;
    }
    Ok(target)
}

fn free_trash_name(path: &Path, trash_dir: &Path) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .map_or_else(|| "record.ron".into(), |n| n.to_string_lossy().into_owned());
    (1..1000)
        .filter_map(|n| {
            let name = if n == 1 {
                format!("history-{name}")
            } else {
                format!("history-{n}-{name}")
            };
            join_inside(trash_dir, &name)
        })
        .find(|p| !crate::files::occupied(p))
        .ok_or_else(|| std::io::Error::other("the trash has no free name for the record"))
}

/// Moves a history file to `trash_dir/history-<name>` (`-2`, `-3`… if taken).
fn move_to_trash(path: &Path, trash_dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(trash_dir)?;
    let target = free_trash_name(path, trash_dir)?;
    std::fs::rename(path, &target)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::history::{CheckIn, ExerciseRecord, Outcome};
    use chrono::{FixedOffset, TimeZone as _};

    fn record(sets_done: u32) -> SessionRecord {
        let started = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 3, 2, 9, 30, 0)
            .unwrap();
        SessionRecord {
            format: 1,
            id: "0123456789abcdef".to_owned(),
            routine_id: "legs".to_owned(),
            routine_title: "Legs".to_owned(),
            level: Default::default(),
            routine_hash: "0".to_owned(),
            started,
            ended: started,
            outcome: Outcome::Completed,
            check_in: CheckIn::default(),
            lighter: false,
            exercises: vec![ExerciseRecord {
                name: "Sit to stand".to_owned(),
                planned: crate::routine::Dose::Reps {
                    sets: 3,
                    reps: 8,
                    tempo: None,
                },
                sets_done,
                reps_done: sets_done * 8,
                secs_done: sets_done * 30,
                sets_skipped: 0,
            }],
            pauses: 0,
            paused_secs: 0,
            active_secs: 600,
            effort: None,
            fatigue: None,
            note: String::new(),
            app_version: "0.1.0".to_owned(),
            corrects: None,
        }
    }

    #[test]
    fn a_record_that_holds_everything_is_kept_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let store = HistoryStore::new(dir.path().join("history"));
        let trash = dir.path().join("trash");
        let full = record(3);
        let (Saved::New(path), _) = store.save_or_merge(&full, &trash).unwrap() else {
            panic!("a new record is saved");
        };
        let before = std::fs::read(&path).unwrap();
        // The same, or less: already kept.
        for smaller in [record(3), record(1)] {
            assert_eq!(
                store.save_or_merge(&smaller, &trash).unwrap(),
                (Saved::AlreadyKept(path.clone()), full.clone())
            );
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert!(!trash.exists());
    }

    #[test]
    fn a_smaller_record_on_disk_is_kept_in_the_trash_and_the_fuller_one_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let store = HistoryStore::new(dir.path().join("history"));
        let trash = dir.path().join("trash");
        let small = record(1);
        let path = store.save(&small).unwrap();
        let full = record(3);
        let (
            Saved::Merged {
                path: saved,
                trashed,
            },
            now,
        ) = store.save_or_merge(&full, &trash).unwrap()
        else {
            panic!("the fuller record replaces the smaller");
        };
        assert_eq!(saved, path);
        assert_eq!(now, full);
        assert_eq!(read_record(&saved).unwrap(), full);
        assert_eq!(read_record(&trashed).unwrap(), small);
        assert!(trashed.starts_with(&trash));
        // The store reads one record for the session.
        assert_eq!(store.load().records, vec![full]);
    }

    #[test]
    fn check_out_answers_saved_after_another_computer_kept_the_session_are_added() {
        let dir = tempfile::tempdir().unwrap();
        let store = HistoryStore::new(dir.path().join("history"));
        let trash = dir.path().join("trash");
        // The other computer recovered the session as interrupted, 2 of 3 sets done.
        let mut recovered = record(2);
        recovered.outcome = Outcome::EndedEarly(crate::session::EndReason::Interrupted);
        recovered.note = "Felt fine".to_owned();
        store.save(&recovered).unwrap();
        // This computer finished it (3 sets) and gives the check-out answers.
        let mut finished = record(3);
        finished.effort = Some(7);
        finished.fatigue = Some(7);
        finished.note = "Left knee hurt on hold 4, tell physio".to_owned();
        let (saved, now) = store.save_or_merge(&finished, &trash).unwrap();
        assert!(matches!(saved, Saved::Merged { .. }), "{saved:?}");
        // Worked out by hand: the finished version's work and answers, both notes.
        let mut expected = record(3);
        expected.effort = Some(7);
        expected.fatigue = Some(7);
        expected.note = "Felt fine\nLeft knee hurt on hold 4, tell physio".to_owned();
        assert_eq!(now, expected);
        assert_eq!(store.load().records, vec![expected.clone()]);
        // Saving either version again adds nothing.
        for again in [finished, recovered] {
            assert_eq!(
                store.save_or_merge(&again, &trash).unwrap().0,
                Saved::AlreadyKept(saved.path().to_path_buf())
            );
        }
    }

    #[test]
    fn a_sync_conflict_copy_with_answers_is_merged_when_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = HistoryStore::new(dir.path().join("history"));
        let plain = record(3);
        let path = store.save(&plain).unwrap();
        let mut answered = record(2);
        answered.fatigue = Some(6);
        let copy = path.with_file_name(format!(
            "{}.sync-conflict-20260302-093000-ABCDEFG.ron",
            path.file_stem().unwrap().to_string_lossy()
        ));
        std::fs::write(&copy, encode(&answered).unwrap()).unwrap();
        let report = store.load();
        let mut expected = record(3);
        expected.fatigue = Some(6);
        assert_eq!(report.records, vec![expected]);
        assert_eq!(report.problems.len(), 1);
        assert_eq!(report.problems[0].path, copy);
    }

    #[test]
    fn a_record_of_format_0_or_ending_before_it_starts_is_refused() {
        let mut zero = record(3);
        zero.format = 0;
        assert_eq!(
            zero.check(),
            Err("unknown record format 0 (Steady writes format 1)".to_owned())
        );
        let mut backwards = record(3);
        backwards.ended = backwards.started - chrono::Duration::seconds(1);
        assert_eq!(
            backwards.check(),
            Err("it ends (2026-03-02 09:29:59 +01:00) before it starts (2026-03-02 09:30:00 +01:00)".to_owned())
        );
        assert_eq!(record(3).check(), Ok(()));
    }

    #[test]
    fn a_different_session_with_the_same_id_is_not_taken_for_a_copy() {
        let a = record(3);
        let mut b = record(1);
        b.started += chrono::Duration::hours(2);
        assert!(!a.holds_everything_of(&b));
        assert!(a.holds_everything_of(&record(2)));
        assert!(!record(2).holds_everything_of(&a));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_where_the_record_goes_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = HistoryStore::new(dir.path().join("history"));
        let r = record(3);
        let path = store.path_for(&r).unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), &path).unwrap();
        assert!(matches!(
            store.save_or_merge(&r, &dir.path().join("trash")),
            Err(HistoryError::Exists { .. })
        ));
        assert!(!dir.path().join("elsewhere").exists());
    }
}
