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

use std::fs::File;
use std::path::{Path, PathBuf};

use super::record::SessionRecord;
use super::store::encode;
use crate::files::describe_io_error;
use crate::files::write_atomically;

/// A session being written as it goes. Dropping it releases the lock but keeps the
/// file (a crash looks the same); [`InProgress::finish`] removes it once the record is
/// safely in history.
#[derive(Debug)]
pub struct InProgress {
    path: PathBuf,
    lock_path: PathBuf,
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
    /// Starts keeping `record` (the session so far) in `dir`, locked by this process.
    pub fn start(dir: &Path, record: &SessionRecord) -> Result<Self, InProgressError> {
        std::fs::create_dir_all(dir).map_err(|e| err(dir, &e))?;
        let path = dir.join(format!("{}.ron", record.id));
        let lock_path = dir.join(format!("{}.lock", record.id));
        let lock = File::create(&lock_path).map_err(|e| err(&lock_path, &e))?;
        lock.try_lock().map_err(|e| InProgressError {
            path: lock_path.clone(),
            reason: format!("the lock is taken ({e})"),
        })?;
        let this = Self {
            path,
            lock_path,
            _lock: lock,
        };
        this.update(record)?;
        Ok(this)
    }

    /// Rewrites the session so far, atomically: the old version or the new, never half.
    pub fn update(&self, record: &SessionRecord) -> Result<(), InProgressError> {
        let text = encode(record).map_err(|e| InProgressError {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        write_atomically(&self.path, &text).map_err(|e| err(&self.path, &e))
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
    /// Why it could not be read, if it could not.
    pub problem: Option<String>,
}

/// In-progress files in `dir` that no running Steady holds.
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Orphan> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            !name.starts_with('.') && !is_held(&p.with_extension("lock"))
        })
        .map(|path| match std::fs::read_to_string(&path) {
            Ok(text) => match super::store::record_options().from_str::<SessionRecord>(&text) {
                Ok(record) => Orphan {
                    path,
                    record: Some(record),
                    problem: None,
                },
                Err(e) => Orphan {
                    path,
                    record: None,
                    problem: Some(format!("cannot be read: {}", e.code)),
                },
            },
            Err(e) => Orphan {
                path,
                record: None,
                problem: Some(describe_io_error(&e)),
            },
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// Whether a running process holds this lock file.
fn is_held(lock_path: &Path) -> bool {
    match File::options().write(true).open(lock_path) {
        // Taking the lock means nobody holds it; it is released when `file` drops.
        Ok(file) => file.try_lock().is_err(),
        Err(_) => false,
    }
}

/// Removes an orphan after its record was saved to history.
pub fn forget(orphan: &Orphan) {
    let _ = std::fs::remove_file(&orphan.path);
    let _ = std::fs::remove_file(orphan.path.with_extension("lock"));
}

/// Moves an orphan to `trash_dir` (the person chose to discard it; nothing is deleted).
pub fn discard(orphan: &Orphan, trash_dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(trash_dir)?;
    let name = orphan.path.file_name().map_or_else(
        || "in-progress.ron".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let target = trash_dir.join(format!("in-progress-{name}"));
    std::fs::rename(&orphan.path, &target)?;
    let _ = std::fs::remove_file(orphan.path.with_extension("lock"));
    Ok(target)
}
