//! The person's routines folder on disk: saving with a backup, trash and restore,
//! import and export. The routine editor and the command line both go through here.
//!
//! Nothing is deleted or overwritten without a copy: every save first copies the
//! previous version to `backups/<id>/<time>.ron`; "delete" moves the file to `trash/`;
//! an import whose id is taken either keeps both (new id) or replaces with a backup.
//! Files are written atomically. An imported file is copied byte for byte, comments
//! and all (keep-both changes only its `id` and `title` values, by a minimal text
//! edit); a routine the editor saves is written as compact, stable RON
//! ([`to_ron_string`]).
//!
//! Each routine has its own id, and this is the one place that enforces it: before
//! every write, [`RoutineFolder`] asks who holds the id ([`Taken`]: the bundled
//! routines, or a file in the folder, whatever its name) and refuses with
//! [`FolderError::BundledId`] or [`FolderError::IdTaken`]; the command line and the
//! editor only report those. Every write (save, import, trash, restore) holds the
//! folder's lock (`state/routines.lock`) from the check and the backup to the write,
//! so two Steadys at once (a window and `steady import`, or twenty imports) never
//! replace a version without its backup.

use std::path::{Path, PathBuf};

use crate::files::{
    Mode, ReadError, Wait, occupied, read_regular_in_folder, write_atomically, write_new,
};
use crate::paths::DataDir;

use super::bundled::load_bundled;
use super::load::{
    LoadReport, LoadedRoutine, MAX_ROUTINE_FILE_BYTES, Origin, Problem, load_dir, load_file,
};
use super::validate::validate;
use super::validate::{ID_MAX_CHARS, TITLE_MAX_CHARS};
use super::{Routine, to_ron_string};
use crate::files::describe_io_error;

/// Something went wrong with a routine file. The path comes last.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("the routine has {} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
    #[error(
        "\"{id}\" is the id of a routine bundled with Steady, which cannot be replaced; give yours another id"
    )]
    BundledId { id: String },
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

/// Who holds a routine id: the one answer to "is this id free?". The folder checks it
/// on disk, under its lock, before every write; a screen may show it early from the
/// library it loaded ([`Taken::in_library`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// No routine has this id.
    Free,
    /// A routine bundled with Steady: it can never be replaced.
    Bundled,
    /// A file in the routines folder (whatever its name).
    File(PathBuf),
}

impl Taken {
    /// Who holds `id` among the routines of `library` (bundled and the person's, as
    /// loaded).
    pub fn in_library(library: &LoadReport, id: &str) -> Self {
        match library.get(id).map(|loaded| &loaded.origin) {
            None => Self::Free,
            Some(Origin::Bundled { .. }) => Self::Bundled,
            Some(Origin::File(path)) => Self::File(path.clone()),
        }
    }

    /// Whether a routine with this id may be written to `at` (`None`: a new file):
    /// the id is free, or `at` is the very file that holds it.
    pub fn allows(&self, at: Option<&Path>) -> bool {
        match self {
            Self::Free => true,
            Self::Bundled => false,
            Self::File(existing) => at == Some(existing.as_path()),
        }
    }

    /// The refusal for writing a routine with `id` to `at`, if it is refused.
    fn refusal(self, id: &str, at: Option<&Path>) -> Result<(), FolderError> {
        if self.allows(at) {
            return Ok(());
        }
        match self {
            Self::File(existing) => Err(FolderError::IdTaken {
                id: id.to_owned(),
                existing,
            }),
            Self::Bundled => Err(FolderError::BundledId { id: id.to_owned() }),
            Self::Free => Ok(()),
        }
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
    /// Held (exclusively) by whoever writes in these folders: `state/routines.lock`.
    lock: PathBuf,
    /// The local time of this operation, naming backups and trashed files.
    stamp: String,
    /// The word in a kept-both copy's title, "Title (copy 2)", in the person's
    /// language (the shells give it; the core speaks no language of its own).
    copy_word: String,
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
    free_numbered_id(base, taken).map_or_else(|| base.to_owned(), |(id, _)| id)
}

/// [`free_id`] with its number (`base-2` → 2), if one is free.
fn free_numbered_id(base: &str, taken: impl Fn(&str) -> bool) -> Option<(String, u32)> {
    (2u32..10_000)
        .map(|n| {
            let suffix = format!("-{n}");
            let keep = ID_MAX_CHARS.saturating_sub(suffix.len());
            let stem: String = base.chars().take(keep).collect();
            (format!("{}{suffix}", stem.trim_end_matches('-')), n)
        })
        .find(|(id, _)| !taken(id))
}

/// "Title (copy 2)": the title of the `n`th copy, with `word` ("copy", "Kopie"),
/// shortened so it stays within [`TITLE_MAX_CHARS`].
pub fn copy_title(title: &str, n: u32, word: &str) -> String {
    let suffix = format!("({word} {n})");
    let room = TITLE_MAX_CHARS.saturating_sub(suffix.chars().count() + 1);
    let kept: String = title.chars().take(room).collect();
    format!("{} {suffix}", kept.trim_end())
}

/// What an import did: the routine as it is in the folder now, its file, and the
/// backup of the routine it replaced (with [`OnClash::Replace`]).
#[derive(Debug, Clone)]
pub struct Imported {
    pub routine: Routine,
    pub path: PathBuf,
    pub backup: Option<PathBuf>,
    /// Whether the file was copied byte for byte (always, except a kept-both copy whose
    /// id and title could not be changed in place and was written anew, without its
    /// comments).
    pub as_written: bool,
}

/// The text a routine was loaded from: its file's, or the bundled routine's own.
fn source_text(origin: &Origin) -> Option<String> {
    match origin {
        Origin::File(path) => crate::files::read_regular_capped(path, MAX_ROUTINE_FILE_BYTES)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok()),
        Origin::Bundled { file_name } => super::bundled::BUNDLED
            .iter()
            .chain(super::bundled::BUNDLED_DE)
            .find(|(name, _)| name == file_name)
            .map(|(_, text)| (*text).to_owned()),
    }
}

/// The `.ron` files in `dir` (none if it cannot be read), in no particular order.
pub(crate) fn ron_files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

impl RoutineFolder {
    /// The folders of `data_dir`, for an operation at the local time `now` (from the
    /// clock), which names any backup or trashed file it makes.
    pub fn new(data_dir: &DataDir, now: chrono::DateTime<chrono::FixedOffset>) -> Self {
        Self {
            routines: data_dir.routines(),
            backups: data_dir.backups(),
            trash: data_dir.trash(),
            lock: data_dir.state().join("routines.lock"),
            stamp: now.format("%Y%m%dT%H%M%S").to_string(),
            copy_word: "copy".to_owned(),
        }
    }

    /// The word a kept-both copy's title gets, "(Kopie 2)" rather than "(copy 2)".
    #[must_use]
    pub fn with_copy_word(mut self, word: &str) -> Self {
        if !word.trim().is_empty() {
            word.trim().clone_into(&mut self.copy_word);
        }
        self
    }

    /// Where a routine with this id is saved: `routines/<id>.ron`.
    pub fn path_for(&self, id: &str) -> PathBuf {
        self.routines.join(format!("{id}.ron"))
    }

    /// Holds the folder's lock (waiting for another Steady's write to end) until the
    /// returned file is dropped.
    fn lock(&self) -> Result<std::fs::File, FolderError> {
        let what = "could not lock the routines folder";
        match crate::files::lock(&self.lock, Wait::Yes) {
            Ok(Some(file)) => Ok(file),
            Ok(None) => Err(FolderError::Io {
                what,
                path: self.lock.clone(),
                source: std::io::ErrorKind::WouldBlock.into(),
            }),
            Err(source) => Err(io(what, &self.lock)(source)),
        }
    }

    /// The bundled routines and the person's, read now.
    fn ids(&self) -> LoadReport {
        let mut ids = load_bundled();
        ids.merge(load_dir(&self.routines, true));
        ids
    }

    fn taken_in(&self, ids: &LoadReport, id: &str) -> Taken {
        match Taken::in_library(ids, id) {
            // A file named for the id that does not load (broken, a link) still holds it.
            Taken::Free if occupied(&self.path_for(id)) => Taken::File(self.path_for(id)),
            taken => taken,
        }
    }

    /// Who holds `id` now, on disk: a bundled routine, a file in the routines folder
    /// (whatever its name), or no one.
    pub fn taken(&self, id: &str) -> Taken {
        self.taken_in(&self.ids(), id)
    }

    /// Whether an id is taken, for choosing a new one (the folder read once). The
    /// write still checks again, under the lock.
    pub fn taken_ids(&self) -> impl Fn(&str) -> bool + '_ {
        let ids = self.ids();
        move |id| self.taken_in(&ids, id) != Taken::Free
    }

    /// Saves a valid routine (to `at`, or to its own path), first copying the previous
    /// version to `backups/<id>/`. Returns the path saved and the backup made (none
    /// when there was no file, or it already had exactly this content). Refused if the
    /// id is a bundled routine's or another file holds it.
    pub fn save(
        &self,
        routine: &Routine,
        at: Option<&Path>,
    ) -> Result<(PathBuf, Option<PathBuf>), FolderError> {
        let _lock = self.lock()?;
        self.save_locked(routine, at)
    }

    /// The problems of an invalid routine, as if in the file at `at`.
    fn check_valid(routine: &Routine, at: &Path) -> Result<(), FolderError> {
        let invalid = validate(routine);
        if !invalid.is_empty() {
            let origin = Origin::File(at.to_path_buf());
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
        Ok(())
    }

    fn save_locked(
        &self,
        routine: &Routine,
        at: Option<&Path>,
    ) -> Result<(PathBuf, Option<PathBuf>), FolderError> {
        let target = at.map_or_else(|| self.path_for(&routine.id), Path::to_path_buf);
        Self::check_valid(routine, &target)?;
        self.taken(&routine.id)
            .refusal(&routine.id, Some(&target))?;
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
        // Named by the time, `-2`, `-3`… when taken; under the folder's lock no other
        // Steady takes the same name between the choice and the write.
        let backup = unique(&dir, &self.stamp, "ron");
        write_new(&backup, &old, Mode::Shared)
            .map_err(io("could not back up the previous version", path))?;
        Ok(Some(backup))
    }

    /// Writes `routine` into `backups/<id>/` as a version of its own (e.g. a last good
    /// version known only in memory, its file broken), named by the time. Returns the
    /// file.
    pub fn keep_in_backups(&self, routine: &Routine) -> Result<PathBuf, FolderError> {
        let _lock = self.lock()?;
        let dir = self.backups.join(&routine.id);
        let backup = unique(&dir, &self.stamp, "ron");
        Self::check_valid(routine, &backup)?;
        let text = to_ron_string(routine)?;
        std::fs::create_dir_all(&dir).map_err(io("could not make the backups folder", &dir))?;
        write_new(&backup, text.as_bytes(), Mode::Shared)
            .map_err(io("could not keep a copy in backups", &backup))?;
        Ok(backup)
    }

    /// Moves a routine file to `trash/` (restorable). Returns where it went.
    pub fn trash(&self, path: &Path) -> Result<PathBuf, FolderError> {
        let _lock = self.lock()?;
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
        let mut files = ron_files_in(&self.trash);
        files.sort();
        files.reverse();
        files
    }

    /// Moves a trashed routine back to `routines/<id>.ron`; refuses if that id is taken
    /// (by a bundled routine or any file).
    pub fn restore(&self, trashed: &Path) -> Result<PathBuf, FolderError> {
        let _lock = self.lock()?;
        let routine = load_file(trashed).map_err(FolderError::Invalid)?.routine;
        let target = self.path_for(&routine.id);
        self.taken(&routine.id).refusal(&routine.id, None)?;
        std::fs::create_dir_all(&self.routines)
            .map_err(io("could not make the routines folder", &self.routines))?;
        std::fs::rename(trashed, &target).map_err(io("could not restore the routine", trashed))?;
        Ok(target)
    }

    /// Validates a routine file from anywhere and copies it in (see
    /// [`Self::import_file`]).
    pub fn import(
        &self,
        file: &Path,
        on_clash: OnClash,
    ) -> Result<(Routine, PathBuf), FolderError> {
        self.import_file(file, on_clash)
            .map(|imported| (imported.routine, imported.path))
    }

    /// Validates a routine file from anywhere and copies it, byte for byte, to
    /// `routines/<id>.ron`: its comments, layout and escapes stay as the therapist
    /// wrote them. If its id is taken: [`OnClash::Ask`] refuses
    /// ([`FolderError::IdTaken`], or [`FolderError::BundledId`]);
    /// [`OnClash::Replace`] replaces the file that holds the id, whatever its name,
    /// after a backup (a bundled routine is never replaced); [`OnClash::KeepBoth`] gives
    /// the copy a free id (`id-2`) and title ("Title (copy 2)"), changing only those
    /// two values in its text.
    pub fn import_file(&self, file: &Path, on_clash: OnClash) -> Result<Imported, FolderError> {
        let (parsed, bytes) =
            super::load::load_file_with_bytes(file).map_err(FolderError::Invalid)?;
        let routine = parsed.routine;
        // It parsed, so it is UTF-8.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _lock = self.lock()?;
        let imported = |routine, path, backup, as_written| Imported {
            routine,
            path,
            backup,
            as_written,
        };
        match (self.taken(&routine.id), on_clash) {
            (Taken::Free, _) => {}
            (Taken::File(existing), OnClash::Replace) => {
                let backup = self.save_text_locked(&text, &existing)?;
                return Ok(imported(routine, existing, backup, true));
            }
            (_, OnClash::KeepBoth) => {
                let ids = self.ids();
                let mut copy = routine.clone();
                if let Some((id, n)) =
                    free_numbered_id(&routine.id, |id| self.taken_in(&ids, id) != Taken::Free)
                {
                    copy.id = id;
                    copy.title = copy_title(&routine.title, n, &self.copy_word);
                }
                let (text, as_written) = match super::text_edit::retitle(&text, &copy) {
                    Some(edited) => (edited, true),
                    None => (to_ron_string(&copy)?, false),
                };
                let path = self.write_new_routine(&copy, &text)?;
                return Ok(imported(copy, path, None, as_written));
            }
            (taken @ (Taken::Bundled | Taken::File(_)), OnClash::Ask | OnClash::Replace) => {
                taken.refusal(&routine.id, None)?;
            }
        }
        let path = self.write_new_routine(&routine, &text)?;
        Ok(imported(routine, path, None, true))
    }

    /// Adds a routine as a new file, `routines/<id>.ron`. If its id is taken:
    /// [`OnClash::Ask`] refuses ([`FolderError::IdTaken`], or
    /// [`FolderError::BundledId`]); [`OnClash::Replace`] replaces the file that holds
    /// the id, whatever its name, after a backup (a bundled routine is never replaced);
    /// [`OnClash::KeepBoth`] gives it a free id. Returns the routine as saved and its
    /// file.
    pub fn add(
        &self,
        mut routine: Routine,
        on_clash: OnClash,
    ) -> Result<(Routine, PathBuf), FolderError> {
        let _lock = self.lock()?;
        match (self.taken(&routine.id), on_clash) {
            (Taken::Free, _) => {}
            (Taken::File(existing), OnClash::Replace) => {
                let (path, _) = self.save_locked(&routine, Some(&existing))?;
                return Ok((routine, path));
            }
            (_, OnClash::KeepBoth) => {
                let ids = self.ids();
                routine.id = free_id(&routine.id, |id| self.taken_in(&ids, id) != Taken::Free);
            }
            (taken @ (Taken::Bundled | Taken::File(_)), OnClash::Ask | OnClash::Replace) => {
                taken.refusal(&routine.id, None)?;
            }
        }
        let text = to_ron_string(&routine)?;
        let path = self.write_new_routine(&routine, &text)?;
        Ok((routine, path))
    }

    /// Writes a routine's text as a new file, `routines/<id>.ron`, if its id is free.
    /// The caller holds the lock.
    fn write_new_routine(&self, routine: &Routine, text: &str) -> Result<PathBuf, FolderError> {
        let target = self.path_for(&routine.id);
        Self::check_valid(routine, &target)?;
        self.taken(&routine.id).refusal(&routine.id, None)?;
        write_new(&target, text.as_bytes(), Mode::Shared).map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                FolderError::IdTaken {
                    id: routine.id.clone(),
                    existing: target.clone(),
                }
            } else {
                io("could not save the routine", &target)(source)
            }
        })?;
        Ok(target)
    }

    /// Saves `text` (a routine file's exact text, e.g. a minimal edit that keeps its
    /// comments) as a new file, `routines/<id>.ron`, if its id is free.
    pub fn save_text_new(&self, text: &str) -> Result<PathBuf, FolderError> {
        let _lock = self.lock()?;
        let routine = self.parse_text(text, None)?;
        self.write_new_routine(&routine, text)
    }

    fn parse_text(&self, text: &str, at: Option<&Path>) -> Result<Routine, FolderError> {
        let origin = Origin::File(at.map_or_else(|| self.routines.clone(), Path::to_path_buf));
        Ok(super::load::parse_routine(&origin, text.as_bytes())
            .map_err(FolderError::Invalid)?
            .routine)
    }

    /// Where the previous versions of routine `id` are kept: `backups/<id>/`.
    pub fn backups_of(&self, id: &str) -> PathBuf {
        self.backups.join(id)
    }

    /// Saves `text` (a routine file's exact text, e.g. a minimal edit that keeps its
    /// comments) to `at`, which must parse to a valid routine, first copying the
    /// previous version to `backups/<id>/`. Returns the backup made. Refused if the id
    /// is a bundled routine's or another file holds it.
    pub fn save_text(&self, text: &str, at: &Path) -> Result<Option<PathBuf>, FolderError> {
        let _lock = self.lock()?;
        self.save_text_locked(text, at)
    }

    /// [`Self::save_text`]; the caller holds the lock.
    fn save_text_locked(&self, text: &str, at: &Path) -> Result<Option<PathBuf>, FolderError> {
        let routine = self.parse_text(text, Some(at))?;
        self.taken(&routine.id).refusal(&routine.id, Some(at))?;
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
        Self::export_text(&text, out)
    }

    /// Writes a loaded routine to a file anywhere as its file is written, byte for byte
    /// (comments and all): the person's file, or the bundled routine's own text. If the
    /// file changed since it was loaded (it no longer holds this routine), the routine
    /// as loaded is written instead. Never over an existing file or a link.
    pub fn export_as_written(loaded: &LoadedRoutine, out: &Path) -> Result<(), FolderError> {
        if occupied(out) {
            return Err(FolderError::Exists(out.to_path_buf()));
        }
        let text = match source_text(&loaded.origin) {
            Some(text)
                if super::load::parse_routine(&loaded.origin, text.as_bytes())
                    .is_ok_and(|parsed| parsed.routine == loaded.routine) =>
            {
                text
            }
            _ => to_ron_string(&loaded.routine)?,
        };
        Self::export_text(&text, out)
    }

    fn export_text(text: &str, out: &Path) -> Result<(), FolderError> {
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use crate::clock::{Clock as _, FakeClock};

    fn folder(data: &Path) -> RoutineFolder {
        RoutineFolder::new(&DataDir::at(data), FakeClock::new().wall())
    }

    fn routine(id: &str, title: &str) -> Routine {
        let mut r = load_bundled()
            .get("seated-leg-strength")
            .unwrap()
            .routine
            .clone();
        r.id = id.to_owned();
        r.title = title.to_owned();
        r
    }

    fn backups(data: &Path, id: &str) -> usize {
        std::fs::read_dir(data.join("backups").join(id)).map_or(0, Iterator::count)
    }

    #[test]
    fn a_bundled_routine_cannot_be_replaced() {
        let data = tempfile::tempdir().unwrap();
        let folder = folder(data.path());
        let mine = routine("paced-stepping", "Mine");
        assert_eq!(folder.taken("paced-stepping"), Taken::Bundled);
        // Not by a save (to its own path or any other), an import, nor a restore.
        for at in [None, Some(data.path().join("routines/other-name.ron"))] {
            assert!(matches!(
                folder.save(&mine, at.as_deref()),
                Err(FolderError::BundledId { id }) if id == "paced-stepping"
            ));
        }
        for on_clash in [OnClash::Ask, OnClash::Replace] {
            assert!(matches!(
                folder.add(mine.clone(), on_clash),
                Err(FolderError::BundledId { .. })
            ));
        }
        assert!(matches!(
            folder.save_text_new(&to_ron_string(&mine).unwrap()),
            Err(FolderError::BundledId { .. })
        ));
        let outside = data.path().join("trash/paced-stepping.x.ron");
        std::fs::create_dir_all(outside.parent().unwrap()).unwrap();
        std::fs::write(&outside, to_ron_string(&mine).unwrap()).unwrap();
        assert!(matches!(
            folder.restore(&outside),
            Err(FolderError::BundledId { .. })
        ));
        assert!(
            !data
                .path()
                .join("routines")
                .join("paced-stepping.ron")
                .exists()
        );
        // Keep both gives it a new id.
        let (kept, path) = folder.add(mine, OnClash::KeepBoth).unwrap();
        assert_eq!(kept.id, "paced-stepping-2");
        assert_eq!(path, folder.path_for("paced-stepping-2"));
    }

    #[test]
    fn a_kept_copy_is_titled_in_the_given_word_within_the_title_limit() {
        assert_eq!(copy_title("Beine", 2, "Kopie"), "Beine (Kopie 2)");
        let long = "x".repeat(TITLE_MAX_CHARS);
        let titled = copy_title(&long, 12, "copy");
        assert!(titled.ends_with(" (copy 12)"), "{titled}");
        assert_eq!(titled.chars().count(), TITLE_MAX_CHARS);
        // An imported file whose id is taken, kept both, in German.
        let data = tempfile::tempdir().unwrap();
        let german = folder(data.path()).with_copy_word("Kopie");
        let file = data.path().join("sams.ron");
        let text = to_ron_string(&routine("sams-version", "Sams Fassung")).unwrap();
        std::fs::write(&file, &text).unwrap();
        german.import_file(&file, OnClash::Ask).unwrap();
        let kept = german.import_file(&file, OnClash::KeepBoth).unwrap();
        assert_eq!(kept.routine.title, "Sams Fassung (Kopie 2)");
        // A blank word keeps the default rather than "( 2)".
        assert_eq!(folder(data.path()).with_copy_word("  ").copy_word, "copy");
    }

    #[test]
    fn an_id_held_by_another_file_is_taken() {
        let data = tempfile::tempdir().unwrap();
        let folder = folder(data.path());
        // A hand-made file whose name is not its id.
        let other = data.path().join("routines/Hand Made.ron");
        std::fs::create_dir_all(other.parent().unwrap()).unwrap();
        std::fs::write(&other, to_ron_string(&routine("legs", "Theirs")).unwrap()).unwrap();
        assert_eq!(folder.taken("legs"), Taken::File(other.clone()));
        let mine = routine("legs", "Mine");
        // A new file with that id is refused, whatever writes it.
        assert!(matches!(
            folder.save(&mine, None),
            Err(FolderError::IdTaken { existing, .. }) if existing == other
        ));
        assert!(matches!(
            folder.add(mine.clone(), OnClash::Ask),
            Err(FolderError::IdTaken { existing, .. }) if existing == other
        ));
        assert!(matches!(
            folder.save_text_new(&to_ron_string(&mine).unwrap()),
            Err(FolderError::IdTaken { .. })
        ));
        assert!(!folder.path_for("legs").exists());
        // The file that holds it may be saved, and replace replaces it (after a backup).
        folder.save(&mine, Some(&other)).unwrap();
        assert_eq!(backups(data.path(), "legs"), 1);
        let (_, path) = folder
            .add(routine("legs", "Replaced"), OnClash::Replace)
            .unwrap();
        assert_eq!(path, other);
        assert_eq!(backups(data.path(), "legs"), 2);
        // A broken file named for the id holds it too.
        std::fs::write(folder.path_for("broken"), "Routine(").unwrap();
        assert!(matches!(
            folder.add(routine("broken", "New"), OnClash::Ask),
            Err(FolderError::IdTaken { .. })
        ));
        assert_eq!(folder.taken("free-one"), Taken::Free);
    }

    #[test]
    fn the_folder_lock_is_held_while_writing_and_released_after() {
        let data = tempfile::tempdir().unwrap();
        let folder = folder(data.path());
        folder.save(&routine("legs", "Mine"), None).unwrap();
        let lock = data.path().join("state/routines.lock");
        // Nobody holds it between writes.
        let held = crate::files::lock(&lock, Wait::No).unwrap();
        assert!(held.is_some());
        // While another holder has it, a second one cannot take it.
        assert!(crate::files::lock(&lock, Wait::No).unwrap().is_none());
        drop(held);
        assert!(crate::files::lock(&lock, Wait::No).unwrap().is_some());
    }
}
