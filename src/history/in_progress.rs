//! The session in progress, kept on disk so that a crash loses at most the set under
//! way.
//!
//! While a session runs, its record-so-far (outcome "interrupted") is rewritten
//! atomically to `state/in-progress/<id>.ron` after every finished set. Beside it,
//! `<id>.lock` stays locked by the running process. On the next launch, every
//! in-progress file whose lock can be taken belongs to a session that is no longer
//! running: the app offers to save it as ended early, or to discard it (moved to
//! `trash/`, not deleted). Two Steady windows each have their own file and lock, so
//! they never touch each other's session.
//!
//! Everything read here is a file's content, so it is not trusted: only regular files
//! are read (no links, no FIFOs, at most [`MAX_IN_PROGRESS_BYTES`]), a record must pass
//! [`SessionRecord::check`] (its id follows the routine id rule before it becomes part
//! of a path), and files are written with mode 0600. Hidden temporaries that an
//! atomic write left behind when Steady was killed are removed by
//! [`remove_stale_temporaries`].
//!
//! A lock does not travel through a sync tool, so each file also says who owns it: the
//! computer's name, a heartbeat counter and time, rewritten at least every
//! [`HEARTBEAT`] while the session runs. Another computer does not compare its clock
//! with the heartbeat's time (clocks disagree): it watches the counter with its own
//! monotonic time ([`Liveness`]), and a session whose counter has not changed for
//! [`OBSERVATION_WINDOW`] is left behind, offered as "left on <computer> at <time>". [`forget`] removes a file only while it still holds
//! exactly what was saved: a newer version that arrived since is kept.

use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::record::SessionRecord;
use crate::files::{Mode, describe_io_error, join_inside, write_atomically_with};
use crate::routine::validate::is_valid_id;

/// An in-progress file larger than this is not a session.
pub const MAX_IN_PROGRESS_BYTES: u64 = 1024 * 1024;

/// A running session rewrites its file at least this often, even while paused.
pub const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(30);

/// A session on another computer whose heartbeat counter changed within this time, as
/// measured by this computer's own monotonic clock, is running there.
pub const OBSERVATION_WINDOW: std::time::Duration = std::time::Duration::from_secs(3 * 60);

/// The in-progress file format this build writes (2: with the heartbeat counter).
const IN_PROGRESS_FORMAT: u32 = 2;

/// What an in-progress file holds: the owner, its last heartbeat, and the session so
/// far. (Files from before owners were kept hold the bare record.)
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct InProgressFile {
    format: u32,
    /// The computer whose Steady runs the session.
    host: String,
    heartbeat: DateTime<FixedOffset>,
    /// Counts the writes of this session's file: another computer sees it change while
    /// the session runs, whatever the two clocks say (format 2; 0 in format 1).
    #[serde(default)]
    beat: u64,
    record: SessionRecord,
}

/// An in-progress file's owner and last heartbeat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub host: String,
    /// The owner's wall time at the last heartbeat: shown, never compared.
    pub heartbeat: DateTime<FixedOffset>,
    /// The heartbeat counter.
    pub beat: u64,
}

fn encode_file(
    host: &str,
    now: DateTime<FixedOffset>,
    beat: u64,
    record: &SessionRecord,
) -> Result<String, ron::Error> {
    let file = InProgressFile {
        format: IN_PROGRESS_FORMAT,
        host: host.to_owned(),
        heartbeat: now,
        beat,
        record: record.clone(),
    };
    super::store::to_pretty_text(&file)
}

/// The owner and record of an in-progress file's bytes (an older bare record has no
/// owner).
fn decode_file(bytes: &[u8]) -> Result<(Option<Owner>, SessionRecord), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_owned())?;
    if let Ok(file) = super::store::record_options()
        .from_str::<InProgressFile>(text.trim_start_matches('\u{feff}'))
    {
        let host_ok = !file.host.is_empty()
            && file.host.chars().count() <= 255
            && !file.host.chars().any(char::is_control);
        if !(1..=IN_PROGRESS_FORMAT).contains(&file.format) || !host_ok {
            return Err("its owner is not readable".to_owned());
        }
        return Ok((
            Some(Owner {
                host: file.host,
                heartbeat: file.heartbeat,
                beat: file.beat,
            }),
            file.record,
        ));
    }
    super::store::parse_record(bytes).map(|record| (None, record))
}

/// A session being written as it goes. Dropping it releases the lock but keeps the
/// file (a crash looks the same); [`InProgress::finish`] removes it once the record is
/// safely in history.
#[derive(Debug)]
pub struct InProgress {
    path: PathBuf,
    lock_path: PathBuf,
    /// This computer's name, written into the file as its owner.
    host: String,
    /// The heartbeat counter: one more at every write.
    beat: std::sync::atomic::AtomicU64,
    _lock: File,
}

/// Something went wrong keeping the session on disk. The path comes last.
#[derive(Debug, thiserror::Error)]
#[error("could not keep the session in progress on disk ({reason}): {}", .path.display())]
pub struct InProgressError {
    pub path: PathBuf,
    pub reason: String,
}

fn err(path: &Path, e: &std::io::Error) -> InProgressError {
    InProgressError {
        path: path.to_path_buf(),
        reason: describe_io_error(e),
    }
}

impl InProgress {
    /// Starts keeping `record` (the session so far) in `dir`, locked by this process,
    /// owned by the computer `host`, with a heartbeat at `now`.
    pub fn start(
        dir: &Path,
        record: &SessionRecord,
        host: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<Self, InProgressError> {
        let named = |ext: &str| {
            join_inside(dir, &format!("{}.{ext}", record.id))
                .filter(|_| is_valid_id(&record.id))
                .ok_or_else(|| InProgressError {
                    path: dir.to_path_buf(),
                    reason: "the session id is not a valid id".to_owned(),
                })
        };
        let path = named("ron")?;
        let lock_path = named("lock")?;
        std::fs::create_dir_all(dir).map_err(|e| err(dir, &e))?;
        if std::fs::symlink_metadata(&lock_path).is_ok_and(|m| !m.is_file()) {
            return Err(InProgressError {
                path: lock_path,
                reason: "the lock is not a regular file".to_owned(),
            });
        }
        let lock = private_options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|e| err(&lock_path, &e))?;
        lock.try_lock().map_err(|e| InProgressError {
            path: lock_path.clone(),
            reason: format!("the lock is taken ({e})"),
        })?;
        let this = Self {
            path,
            lock_path,
            host: host.to_owned(),
            beat: std::sync::atomic::AtomicU64::new(0),
            _lock: lock,
        };
        this.update(record, now)?;
        Ok(this)
    }

    /// Rewrites the session so far with a heartbeat at `now`, atomically: the old
    /// version or the new, never half.
    pub fn update(
        &self,
        record: &SessionRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<(), InProgressError> {
        let beat = self
            .beat
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .wrapping_add(1);
        let text = encode_file(&self.host, now, beat, record).map_err(|e| InProgressError {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        write_atomically_with(&self.path, text.as_bytes(), Mode::Private)
            .map_err(|e| err(&self.path, &e))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The session's record is in history: remove the in-progress file and its lock.
    pub fn finish(self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// A session left behind by a Steady that is no longer running.
#[derive(Debug, Clone)]
pub struct Orphan {
    pub path: PathBuf,
    pub record: Option<SessionRecord>,
    /// Who ran it and its last heartbeat (none in files from before owners were kept).
    pub owner: Option<Owner>,
    /// Why it could not be read, if it could not.
    pub problem: Option<String>,
}

impl Orphan {
    /// "on laptop at 09:12, 5 March" for a session left on another computer.
    pub fn left_elsewhere(&self, this_host: &str) -> Option<String> {
        self.owner
            .as_ref()
            .filter(|o| o.host != this_host)
            .map(|o| format!("on {} at {}", o.host, o.heartbeat.format("%H:%M, %-d %B")))
    }
}

/// Which sessions in progress on other computers are still running, judged without
/// trusting any wall clock: this computer watches each file's heartbeat counter with
/// its own monotonic time. A session whose counter changed (or that was first seen)
/// less than [`OBSERVATION_WINDOW`] ago may be running; one whose counter stayed the
/// same for the whole window is left behind, whatever time its heartbeat names (a
/// heartbeat dated in the future is no exception). Sessions of this computer, and
/// files without an owner, are decided by their lock alone. Pure: no I/O, no clock.
#[derive(Debug, Clone, Default)]
pub struct Liveness {
    /// Per file: the counter last seen and when (monotonic) it was first seen so.
    seen: std::collections::HashMap<PathBuf, (u64, DateTime<FixedOffset>, std::time::Duration)>,
    /// When to look again (see [`Self::recheck_at`]).
    recheck: Option<std::time::Duration>,
}

impl Liveness {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `orphan` is still running on another computer, as seen at `now` (this
    /// computer's monotonic time, [`crate::clock::Clock::now`]).
    pub fn running_elsewhere(
        &mut self,
        orphan: &Orphan,
        this_host: &str,
        now: std::time::Duration,
    ) -> bool {
        let Some(owner) = orphan.owner.as_ref().filter(|o| o.host != this_host) else {
            return false;
        };
        let since = match self.seen.get(&orphan.path) {
            Some((beat, heartbeat, since))
                if *beat == owner.beat && *heartbeat == owner.heartbeat =>
            {
                *since
            }
            _ => {
                self.seen
                    .insert(orphan.path.clone(), (owner.beat, owner.heartbeat, now));
                now
            }
        };
        let running = now.saturating_sub(since) < OBSERVATION_WINDOW;
        if running {
            let at = since + OBSERVATION_WINDOW;
            self.recheck = Some(self.recheck.map_or(at, |r| r.min(at)));
        }
        running
    }

    /// When (monotonic) the sessions judged running in the last look are to be looked at
    /// again: the earliest moment one of them could be called left behind.
    pub fn recheck_at(&self) -> Option<std::time::Duration> {
        self.recheck
    }

    /// Starts a new look at `orphans`: forgets files no longer among them (gone, saved
    /// or discarded) and the moment to look again.
    pub fn begin_look(&mut self, orphans: &[Orphan]) {
        self.seen
            .retain(|path, _| orphans.iter().any(|o| &o.path == path));
        self.recheck = None;
    }
}

fn private_options() -> std::fs::OpenOptions {
    #[allow(unused_mut)]
    let mut options = crate::files::nonblocking_options();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options
}

/// In-progress files in `dir` that no running Steady holds. Links and special files
/// named `*.ron` are listed with a problem, unopened (folders are skipped); so is a file that is too
/// large, does not parse, or holds values out of range (an invalid id among them).
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Orphan> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.')
                && Path::new(&*name).extension().is_some_and(|x| x == "ron")
                && !e.file_type().is_ok_and(|t| t.is_dir())
        })
        .map(|e| e.path())
        .filter(|p| !is_held(&p.with_extension("lock")))
        .map(|path| match read_file(&path) {
            Ok((owner, record)) => Orphan {
                path,
                record: Some(record),
                owner,
                problem: None,
            },
            Err(problem) => Orphan {
                path,
                record: None,
                owner: None,
                problem: Some(problem),
            },
        })
        .collect();
    // Oldest session first (files that cannot be read last), so the list on Home keeps
    // one order.
    found.sort_by(|a, b| {
        let start = |o: &Orphan| o.record.as_ref().map(|r| r.started);
        (start(a).is_none(), start(a), &a.path).cmp(&(start(b).is_none(), start(b), &b.path))
    });
    found
}

/// Whether a running process holds this lock file. A lock that is not a regular file
/// (a link, a FIFO) is never opened, and holds nothing.
fn is_held(lock_path: &Path) -> bool {
    if !std::fs::symlink_metadata(lock_path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    match crate::files::nonblocking_options()
        .write(true)
        .open(lock_path)
    {
        // Taking the lock means nobody holds it; it is released when `file` drops.
        Ok(file) => file.try_lock().is_err(),
        Err(_) => false,
    }
}

/// Removes the hidden temporaries (`.<id>.ron.XXXXXX`) that an atomic write leaves when
/// Steady is killed mid-write, and `<id>.lock` files whose `<id>.ron` is gone: regular
/// files in `dir`, last changed before `cutoff` (the start of this process), whose
/// session no running Steady holds. Returns what was removed. Nothing else is touched.
pub fn remove_stale_temporaries(dir: &Path, cutoff: DateTime<FixedOffset>) -> Vec<PathBuf> {
    let cutoff = std::time::SystemTime::from(cutoff);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        // A lock whose session file is gone (its session was saved or discarded
        // elsewhere, or a crash came between the two removals) is removed too.
        if let Some(id) = name
            .to_str()
            .and_then(|n| n.strip_suffix(".lock"))
            .filter(|id| is_valid_id(id))
        {
            let lone = !crate::files::occupied(&dir.join(format!("{id}.ron")));
            let stale = std::fs::symlink_metadata(entry.path())
                .is_ok_and(|m| m.is_file() && m.modified().is_ok_and(|m| m < cutoff));
            if lone
                && stale
                && !is_held(&entry.path())
                && std::fs::remove_file(entry.path()).is_ok()
            {
                removed.push(entry.path());
            }
            continue;
        }
        let Some(id) = name.to_str().and_then(temporary_of) else {
            continue;
        };
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let stale = meta.is_file() && meta.modified().is_ok_and(|m| m < cutoff);
        if stale
            && !is_held(&dir.join(format!("{id}.lock")))
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry.path());
        }
    }
    removed.sort();
    removed
}

/// The session id of a temporary named `.<id>.ron.<random>`, if the name is one.
fn temporary_of(name: &str) -> Option<&str> {
    let rest = name.strip_prefix('.')?;
    let (id, random) = rest.split_once(".ron.")?;
    let random_ok = !random.is_empty() && random.chars().all(|c| c.is_ascii_alphanumeric());
    (is_valid_id(id) && random_ok).then_some(id)
}

fn read_file(path: &Path) -> Result<(Option<Owner>, SessionRecord), String> {
    let bytes = crate::files::read_regular_in_folder(path, MAX_IN_PROGRESS_BYTES)
        .map_err(|e| e.to_string())?;
    let (owner, record) = decode_file(&bytes)?;
    record.check()?;
    Ok((owner, record))
}

/// Removes an orphan after its record was saved to history, but only while the file
/// still holds that record: if a newer version arrived since it was read (its session
/// went on elsewhere), the file stays and `false` is returned.
pub fn forget(orphan: &Orphan) -> bool {
    let unchanged = match (&orphan.record, read_file(&orphan.path)) {
        (Some(saved), Ok((_, now_on_disk))) => *saved == now_on_disk,
        // Gone already, or unreadable as before: nothing newer to keep.
        (_, Err(_)) => true,
        (None, Ok(_)) => false,
    };
    if unchanged {
        let _ = std::fs::remove_file(&orphan.path);
        let _ = std::fs::remove_file(orphan.path.with_extension("lock"));
    }
    unchanged
}

/// Moves an orphan to `trash_dir` (the person chose to discard it; nothing is deleted).
pub fn discard(orphan: &Orphan, trash_dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(trash_dir)?;
    let name = orphan.path.file_name().map_or_else(
        || "in-progress.ron".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    // Never over a file already in the trash: `in-progress-<name>`, then `-2`, `-3`…
    let target = (1..1000)
        .filter_map(|n| {
            let prefix = if n == 1 {
                "in-progress-".to_owned()
            } else {
                format!("in-progress-{n}-")
            };
            join_inside(trash_dir, &format!("{prefix}{name}"))
        })
        .find(|p| !crate::files::occupied(p))
        .ok_or_else(|| std::io::Error::other("the file name cannot be used in the trash"))?;
    std::fs::rename(&orphan.path, &target)?;
    let _ = std::fs::remove_file(orphan.path.with_extension("lock"));
    Ok(target)
}
