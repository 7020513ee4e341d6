//! The person's routines folder on disk: saving with a backup, trash and restore,
//! import and export. The routine editor and the command line both go through here.
//!
//! Nothing is deleted or overwritten without a copy: every save first copies the
//! previous version to `backups/<id>/<time>.ron`; "delete" moves the file to `trash/`;
//! an import whose id is taken either keeps both (new id) or replaces with a backup.
//! Files are written atomically, as pretty, stable RON ([`to_ron_string`]).

use std::path::{Path, PathBuf};

use crate::files::{
    Mode, ReadError, occupied, read_regular_in_folder, write_atomically, write_new,
};
use crate::paths::DataDir;

use super::load::{MAX_ROUTINE_FILE_BYTES, Origin, Problem, load_dir, load_file};
use super::validate::ID_MAX_CHARS;
use super::validate::validate;
use super::{Routine, to_ron_string};
use crate::files::describe_io_error;

/// Something went wrong with a routine file. The path comes last.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("the routine has {} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
    #[error("a routine with the id \"{id}\" already exists: {}", .existing.display())]
    IdTaken { id: String, existing: PathBuf },
    #[error("{what} ({}): {}", describe_io_error(.source), .path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{what} ({reason}): {}", .path.display())]
    Read {
        what: &'static str,
        path: PathBuf,
        reason: ReadError,
    },
    #[error("the file already exists; choose another name or move it first: {}", .0.display())]
    Exists(PathBuf),
    #[error("could not write the routine as text: {0}")]
    Encode(#[from] ron::Error),
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> FolderError + 'a {
    move |source| FolderError::Io {
        what,
        path: path.to_path_buf(),
        source,
    }
}

/// What to do when an imported routine's id is already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnClash {
    /// Refuse, so the person can be asked.
    Ask,
    /// Replace the existing routine (its previous version goes to backups).
    Replace,
    /// Keep both: the imported routine gets a new id.
    KeepBoth,
}

/// The routines, backups and trash folders of a data folder.
#[derive(Debug, Clone)]
pub struct RoutineFolder {
    routines: PathBuf,
    backups: PathBuf,
    trash: PathBuf,
    /// The local time of this operation, naming backups and trashed files.
    stamp: String,
}

/// `dir/name.ext`, or `dir/name-2.ext`, `-3`… if taken.
fn unique(dir: &Path, name: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{name}.{ext}"));
    if !occupied(&first) {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{name}-{n}.{ext}")))
        .find(|p| !occupied(p))
        .unwrap_or(first)
}

/// `base-2`, `base-3`… the first that is free, shortened so it stays a valid id
/// (at most [`ID_MAX_CHARS`]).
fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (2u32..10_000)
        .map(|n| {
            let suffix = format!("-{n}");
            let keep = ID_MAX_CHARS.saturating_sub(suffix.len());
            let stem: String = base.chars().take(keep).collect();
            format!("{}{suffix}", stem.trim_end_matches('-'))
        })
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

impl RoutineFolder {
    /// The folders of `data_dir`, for an operation at the local time `now` (from the
    /// clock), which names any backup or trashed file it makes.
    pub fn new(data_dir: &DataDir, now: chrono::DateTime<chrono::FixedOffset>) -> Self {
        Self {
            routines: data_dir.routines(),
            backups: data_dir.backups(),
            trash: data_dir.trash(),
            stamp: now.format("%Y%m%dT%H%M%S").to_string(),
        }
    }

    /// Where a routine with this id is saved: `routines/<id>.ron`.
    pub fn path_for(&self, id: &str) -> PathBuf {
        self.routines.join(format!("{id}.ron"))
    }

    /// Saves a valid routine (to `at`, or to its own path), first copying the previous
    /// version to `backups/<id>/`. Returns the path saved and the backup made (none
    /// when there was no file, or it already had exactly this content).
    pub fn save(
        &self,
        routine: &Routine,
        at: Option<&Path>,
    ) -> Result<(PathBuf, Option<PathBuf>), FolderError> {
        let invalid = validate(routine);
        if !invalid.is_empty() {
            let origin =
                Origin::File(at.map_or_else(|| self.path_for(&routine.id), Path::to_path_buf));
            let problems = invalid
                .into_iter()
                .map(|i| Problem {
                    path: origin.display_path(),
                    line_col: None,
                    severity: super::Severity::Error,
                    message: format!("{} ({})", i.message, i.path),
                    snippet: None,
                    hint: i.hint,
                })
                .collect();
            return Err(FolderError::Invalid(problems));
        }
        let target = at.map_or_else(|| self.path_for(&routine.id), Path::to_path_buf);
        let text = to_ron_string(routine)?;
        if read_regular_in_folder(&target, MAX_ROUTINE_FILE_BYTES)
            .is_ok_and(|old| old == text.as_bytes())
        {
            // Nothing changed: no write, and no backup identical to the file.
            return Ok((target, None));
        }
        let backup = self.back_up(&target, &routine.id)?;
        write_atomically(&target, &text).map_err(io("could not save the routine", &target))?;
        Ok((target, backup))
    }

    /// Copies an existing file to `backups/<id>/<time>.ron`.
    /// A link, a FIFO or a folder at `path` is refused (never read, never replaced).
    fn back_up(&self, path: &Path, id: &str) -> Result<Option<PathBuf>, FolderError> {
        if !occupied(path) {
            return Ok(None);
        }
        let old = read_regular_in_folder(path, MAX_ROUTINE_FILE_BYTES).map_err(|reason| {
            FolderError::Read {
                what: "could not back up the previous version",
                path: path.to_path_buf(),
                reason,
            }
        })?;
        let dir = self.backups.join(id);
        std::fs::create_dir_all(&dir).map_err(io("could not make the backups folder", &dir))?;
        let backup = unique(&dir, &self.stamp, "ron");
        write_new(&backup, &old, Mode::Shared)
            .map_err(io("could not back up the previous version", path))?;
        Ok(Some(backup))
    }

    /// Moves a routine file to `trash/` (restorable). Returns where it went.
    pub fn trash(&self, path: &Path) -> Result<PathBuf, FolderError> {
        std::fs::create_dir_all(&self.trash)
            .map_err(io("could not make the trash folder", &self.trash))?;
        let name = path.file_stem().map_or_else(
            || "routine".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let target = unique(&self.trash, &format!("{name}.{}", self.stamp), "ron");
        std::fs::rename(path, &target)
            .map_err(io("could not move the routine to the trash", path))?;
        Ok(target)
    }

    /// Routines in the trash, newest first.
    pub fn trashed(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.trash)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files.reverse();
        files
    }

    /// Moves a trashed routine back to `routines/<id>.ron`; refuses if that id is taken.
    pub fn restore(&self, trashed: &Path) -> Result<PathBuf, FolderError> {
        let routine = load_file(trashed).map_err(FolderError::Invalid)?.routine;
        let target = self.path_for(&routine.id);
        if occupied(&target) {
            return Err(FolderError::IdTaken {
                id: routine.id,
                existing: target,
            });
        }
        std::fs::create_dir_all(&self.routines)
            .map_err(io("could not make the routines folder", &self.routines))?;
        std::fs::rename(trashed, &target).map_err(io("could not restore the routine", trashed))?;
        Ok(target)
    }

    /// Validates a routine file from anywhere and copies it in. `taken` says whether an
    /// id is already used (by the person's routines or the bundled ones).
    pub fn import(
        &self,
        file: &Path,
        on_clash: OnClash,
        taken: impl Fn(&str) -> bool,
    ) -> Result<(Routine, PathBuf), FolderError> {
        let mut routine = load_file(file).map_err(FolderError::Invalid)?.routine;
        if taken(&routine.id) {
            match on_clash {
                OnClash::Ask => {
                    return Err(FolderError::IdTaken {
                        existing: self.path_for(&routine.id),
                        id: routine.id,
                    });
                }
                OnClash::Replace => {
                    // Replace the file that holds the id, whatever its name.
                    let at = self.file_holding(&routine.id);
                    let (path, _) = self.save(&routine, at.as_deref())?;
                    return Ok((routine, path));
                }
                OnClash::KeepBoth => {
                    routine.id =
                        free_id(&routine.id, |id| taken(id) || occupied(&self.path_for(id)));
                }
            }
        }
        let (path, _) = self.save(&routine, None)?;
        Ok((routine, path))
    }

    /// The file in the routines folder that holds a routine with this id, if one does
    /// (it may have any name, e.g. `Hand Made.ron` holding `hand-made`).
    pub fn file_holding(&self, id: &str) -> Option<PathBuf> {
        let report = load_dir(&self.routines, true);
        match &report.get(id)?.origin {
            Origin::File(path) => Some(path.clone()),
            Origin::Bundled { .. } => None,
        }
    }

    /// Where the previous versions of routine `id` are kept: `backups/<id>/`.
    pub fn backups_of(&self, id: &str) -> PathBuf {
        self.backups.join(id)
    }

    /// Saves `text` (a routine file's exact text, e.g. a minimal edit that keeps its
    /// comments) to `at`, which must parse to a valid routine, first copying the
    /// previous version to `backups/<id>/`. Returns the backup made.
    pub fn save_text(&self, text: &str, at: &Path) -> Result<Option<PathBuf>, FolderError> {
        let origin = Origin::File(at.to_path_buf());
        let routine = super::load::parse_routine(&origin, text.as_bytes())
            .map_err(FolderError::Invalid)?
            .routine;
        if std::fs::read(at).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(None);
        }
        let backup = self.back_up(at, &routine.id)?;
        write_atomically(at, text).map_err(io("could not save the routine", at))?;
        Ok(backup)
    }

    /// Writes a routine to a file anywhere, never over an existing file or a link.
    pub fn export(routine: &Routine, out: &Path) -> Result<(), FolderError> {
        if occupied(out) {
            return Err(FolderError::Exists(out.to_path_buf()));
        }
        let text = to_ron_string(routine)?;
        write_new(out, text.as_bytes(), Mode::Shared).map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                FolderError::Exists(out.to_path_buf())
            } else {
                FolderError::Io {
                    what: "could not write the routine",
                    path: out.to_path_buf(),
                    source,
                }
            }
        })
    }
}
