//! The program on disk: `program.ron` in the data folder, read (a regular file, capped,
//! BOM stripped, the `format` probed first so a newer file says so, then a strict
//! parse and every check at once, each problem at `path:line:col`), saved (atomically,
//! the previous version copied to `backups/program/` first, under the data folder's
//! program lock), exported as one file that carries the person's own routines inside
//! (never over an existing file), and imported: what would change is worked out first
//! ([`ImportPlan`]), written only when the person says so ([`apply_import`]).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Program, RoutineFile};
use crate::files::{Mode, Wait, join_inside, read_regular_capped, write_atomically_with};
use crate::paths::DataDir;
use crate::routine::folder::RoutineFolder;
use crate::routine::load::MAX_ROUTINE_FILE_BYTES;
use crate::routine::load::{LoadReport, Origin, Problem, parse_routine};
use crate::routine::{Severity, validate::is_valid_id};

/// The largest program file read: its routines inside included.
pub const MAX_PROGRAM_BYTES: u64 = 4 * 1024 * 1024;
/// The most routine files carried in one program.
pub const MAX_ROUTINE_FILES: usize = 40;

/// What the data folder holds.
#[derive(Debug, Clone)]
pub enum Stored {
    /// No program yet.
    Missing,
    Loaded(Program),
    /// `program.ron` could not be read or is not valid: its problems.
    Broken(Vec<Problem>),
}

impl Stored {
    pub fn program(&self) -> Option<&Program> {
        match self {
            Self::Loaded(p) => Some(p),
            Self::Missing | Self::Broken(_) => None,
        }
    }
}

/// A program read from a file, with the routines it carries (parsed).
#[derive(Debug, Clone)]
pub struct Read {
    pub program: Program,
    /// Each carried routine file with its routine.
    pub carried: Vec<(RoutineFile, crate::routine::Routine)>,
    /// Warnings of the carried routines (cautions).
    pub warnings: Vec<Problem>,
}

fn problem(path: &Path, line_col: Option<(usize, usize)>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line_col,
        severity: Severity::Error,
        message: message.into(),
        snippet: None,
        hint: None,
    }
}

/// The line and column of a field path like `routines[1].when` in the file's text:
/// found by walking the text for the field names in order (good enough for a file a
/// person wrote; `None` when not found).
fn locate(text: &str, field: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut pos = 0;
    for part in field.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let at = text[from..].find(&format!("{name}:"))? + from;
        pos = at;
        from = at + name.len() + 1;
        if let Some(i) = index {
            // The i-th struct in the list: count opening parentheses of entries.
            let mut seen = 0;
            let mut depth = 0i32;
            let mut found = None;
            for (k, ch) in text[from..].char_indices() {
                match ch {
                    '(' | '[' => {
                        if depth == 1 && ch == '(' {
                            if seen == i {
                                found = Some(from + k);
                                break;
                            }
                            seen += 1;
                        }
                        depth += 1;
                    }
                    ')' | ']' => {
                        depth -= 1;
                        if depth <= 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            // Back to the entry's name (`Prescribed(`).
            let open = found?;
            let start = text[..open]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |s| s + 1);
            from = start;
            pos = start;
        }
    }
    let before = &text[..pos.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.len(), |n| before.len() - n - 1)
        + 1;
    Some((line, col))
}

/// Reads and checks a program file. `known` says whether a routine id exists outside
/// the file (bundled or in the routines folder).
pub fn read(path: &Path, known: &dyn Fn(&str) -> bool) -> Result<Read, Vec<Problem>> {
    let bytes = read_regular_capped(path, MAX_PROGRAM_BYTES)
        .map_err(|e| vec![problem(path, None, format!("could not be read: {e}"))])?;
    parse(path, &bytes, known)
}

/// [`read`] of text already in memory; `path` names it in problems.
pub fn parse(
    path: &Path,
    bytes: &[u8],
    known: &dyn Fn(&str) -> bool,
) -> Result<Read, Vec<Problem>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![problem(
            path,
            None,
            format!(
                "is not UTF-8 text (a bad byte at {}); save it as UTF-8",
                e.valid_up_to()
            ),
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    #[derive(Deserialize)]
    #[serde(rename = "Program")]
    struct Probe {
        format: u32,
    }
    let spanned = |e: &ron::error::SpannedError| {
        problem(
            path,
            Some((e.span.start.line, e.span.start.col)),
            e.code.to_string(),
        )
    };
    match ron::from_str::<Probe>(text) {
        Ok(probe) if probe.format > super::PROGRAM_FORMAT => {
            return Err(vec![problem(
                path,
                locate(text, "format"),
                format!(
                    "is a program of format {}, made by a newer Steady; this one reads format {}",
                    probe.format,
                    super::PROGRAM_FORMAT
                ),
            )]);
        }
        Err(e)
            if e.code
                == ron::Error::MissingStructField {
                    field: "format",
                    outer: Some("Program".into()),
                } =>
        {
            return Err(vec![problem(
                path,
                Some((1, 1)),
                "has no `format: 1,` line; add it after `Program(`",
            )]);
        }
        // Otherwise the strict parse says what is wrong.
        Ok(_) | Err(_) => {}
    }
    let program: Program = ron::from_str(text).map_err(|e| vec![spanned(&e)])?;
    let mut problems = Vec::new();
    let mut carried = Vec::new();
    let mut warnings = Vec::new();
    if program.routine_files.len() > MAX_ROUTINE_FILES {
        problems.push(problem(
            path,
            locate(text, "routine_files"),
            format!("carries more than {MAX_ROUTINE_FILES} routines"),
        ));
    }
    for (i, file) in program
        .routine_files
        .iter()
        .enumerate()
        .take(MAX_ROUTINE_FILES)
    {
        let field = format!("routine_files[{i}]");
        let id = file.name.strip_suffix(".ron").unwrap_or_default();
        if !is_valid_id(id) || join_inside(Path::new("."), &file.name).is_none() {
            problems.push(problem(
                path,
                locate(text, &field),
                format!(
                    "carries a routine named \"{}\": a name must be <id>.ron (lowercase letters, digits and dashes)",
                    file.name.escape_debug()
                ),
            ));
            continue;
        }
        if file.text.len() as u64 > MAX_ROUTINE_FILE_BYTES {
            problems.push(problem(
                path,
                locate(text, &field),
                format!("carries a routine \"{id}\" larger than a routine file may be"),
            ));
            continue;
        }
        // Problems inside a carried routine point into the program file: the text
        // is there verbatim (a raw string), so its lines are offset by where it starts.
        let offset = text
            .find(file.text.as_str())
            .filter(|_| !file.text.is_empty());
        let (line0, col0) = offset.map_or((0, 0), |at| {
            let before = &text[..at];
            let line = before.matches('\n').count();
            let col = before
                .rfind('\n')
                .map_or(before.len(), |n| before.len() - n - 1);
            (line, col)
        });
        let shift = |mut p: Problem| {
            p.path = path.to_path_buf();
            p.message = format!("in the routine {} inside it: {}", file.name, p.message);
            p.line_col = match (offset, p.line_col) {
                (Some(_), Some((1, c))) => Some((line0 + 1, col0 + c)),
                (Some(_), Some((l, c))) => Some((line0 + l, c)),
                (_, lc) => lc.or_else(|| locate(text, &field)),
            };
            p
        };
        let origin = Origin::File(path.join(&file.name));
        match parse_routine(&origin, file.text.as_bytes()) {
            Ok(parsed) if parsed.routine.id != id => problems.push(problem(
                path,
                locate(text, &field),
                format!(
                    "carries {} whose id is \"{}\": the name and the id must agree",
                    file.name, parsed.routine.id
                ),
            )),
            Ok(parsed) => {
                warnings.extend(parsed.warnings.into_iter().map(shift));
                carried.push((file.clone(), parsed.routine));
            }
            Err(found) => problems.extend(found.into_iter().map(shift)),
        }
    }
    let known_here = |id: &str| known(id) || carried.iter().any(|(_, r)| r.id == id);
    for invalid in program.validate(&known_here) {
        problems.push(problem(
            path,
            locate(text, &invalid.field),
            format!("{}: {}", invalid.field, invalid.message),
        ));
    }
    if problems.is_empty() {
        Ok(Read {
            program,
            carried,
            warnings,
        })
    } else {
        Err(problems)
    }
}

/// Whether an id is a routine of `library` (bundled or the person's).
pub fn known_in(library: &LoadReport) -> impl Fn(&str) -> bool + '_ {
    move |id| library.get(id).is_some()
}

/// The data folder's program.
pub fn load(dir: &DataDir, library: &LoadReport) -> Stored {
    let path = dir.program();
    if !crate::files::occupied(&path) {
        return Stored::Missing;
    }
    match read(&path, &known_in(library)) {
        Ok(read) => Stored::Loaded(read.program),
        Err(problems) => Stored::Broken(problems),
    }
}

/// Why the program could not be saved or exported.
#[derive(Debug, thiserror::Error)]
pub enum ProgramError {
    #[error("{what}: {source} ({path})", path = path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the program could not be written as text: {0}")]
    Encode(#[from] ron::Error),
    #[error("{path} already exists; choose another name", path = .0.display())]
    Exists(PathBuf),
    #[error("the routine {id} could not be read to go inside the program: {problem}")]
    Carried { id: String, problem: String },
    #[error("{0}")]
    Routine(#[from] crate::routine::folder::FolderError),
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> ProgramError + 'a {
    move |source| ProgramError::Io {
        what,
        path: path.to_path_buf(),
        source,
    }
}

/// Saves the program as the data folder's `program.ron` (without carried routines),
/// first copying the previous version to `backups/program/program-<stamp>.ron`.
/// Returns the backup made. `now` (from the clock) names the backup.
pub fn save(
    dir: &DataDir,
    program: &Program,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Option<PathBuf>, ProgramError> {
    let path = dir.program();
    let lock_path = dir.state().join("program.lock");
    let _lock = crate::files::lock(&lock_path, Wait::Yes)
        .map_err(io("could not lock the program", &lock_path))?;
    let mut to_save = program.clone();
    to_save.routine_files.clear();
    to_save.format = super::PROGRAM_FORMAT;
    let text = to_save.to_ron_string()?;
    let backup = match crate::files::read_regular_in_folder(&path, MAX_PROGRAM_BYTES) {
        Ok(old) if old == text.as_bytes() => return Ok(None),
        Ok(old) => {
            let target = free_backup_name(&dir.backups().join("program"), now);
            crate::files::write_new(&target, &old, Mode::Private)
                .map_err(io("could not keep the previous program", &target))?;
            Some(target)
        }
        Err(crate::files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => None,
        // An unreadable old file is set aside by the write (atomic rename over it) only
        // if it is a regular file; a link or folder is refused there.
        Err(_) => None,
    };
    write_atomically_with(&path, text.as_bytes(), Mode::Private)
        .map_err(io("could not save the program", &path))?;
    Ok(backup)
}

/// Moves the data folder's program to `backups/program/` (Undo of a first program):
/// the person then has none, and nothing is lost.
pub fn set_aside(
    dir: &DataDir,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Option<PathBuf>, ProgramError> {
    let path = dir.program();
    if !crate::files::occupied(&path) {
        return Ok(None);
    }
    let folder = dir.backups().join("program");
    std::fs::create_dir_all(&folder).map_err(io("could not make the backups folder", &folder))?;
    let target = free_backup_name(&folder, now);
    std::fs::rename(&path, &target).map_err(io("could not set the program aside", &path))?;
    Ok(Some(target))
}

/// `program-<stamp>.ron` in `folder`, numbered if taken.
fn free_backup_name(folder: &Path, now: chrono::DateTime<chrono::FixedOffset>) -> PathBuf {
    let stamp = now.format("%Y%m%dT%H%M%S").to_string();
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("program-{stamp}.ron")
        } else {
            format!("program-{stamp}-{n}.ron")
        };
        let candidate = folder.join(name);
        if !crate::files::occupied(&candidate) {
            return candidate;
        }
        n += 1;
    }
}

/// The program as one file to hand over: the person's own routines it names are
/// carried inside, byte for byte (bundled ones every Steady has). Never over an
/// existing file. Returns how many routines it carries.
pub fn export(program: &Program, library: &LoadReport, out: &Path) -> Result<usize, ProgramError> {
    if crate::files::occupied(out) {
        return Err(ProgramError::Exists(out.to_path_buf()));
    }
    let mut bundle = program.clone();
    bundle.routine_files.clear();
    for id in program.ids() {
        let Some(loaded) = library.get(id) else {
            continue;
        };
        let Origin::File(path) = &loaded.origin else {
            continue;
        };
        let text = read_regular_capped(path, MAX_ROUTINE_FILE_BYTES)
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()))
            .map_err(|problem| ProgramError::Carried {
                id: id.to_owned(),
                problem,
            })?;
        bundle.routine_files.push(RoutineFile {
            name: format!("{id}.ron"),
            text,
        });
    }
    let text = bundle.to_ron_string()?;
    crate::files::write_new(out, text.as_bytes(), Mode::Shared).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            ProgramError::Exists(out.to_path_buf())
        } else {
            io("could not write the program", out)(e)
        }
    })?;
    Ok(bundle.routine_files.len())
}

/// What importing a carried routine does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoutineChange {
    /// A new routine for the folder.
    Add { id: String },
    /// Replaces the person's routine of that id (its file goes to backups first).
    Replace { id: String, existing: PathBuf },
    /// The same routine, byte for byte, is already there: nothing to do.
    Same { id: String },
    /// A bundled routine has this id; the bundled one is kept.
    Bundled { id: String },
}

/// What importing a program changes in the person's program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryChange {
    Added(String),
    Changed(String),
    Removed(String),
}

/// Everything an import would do, worked out before anything is written.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    pub program: Program,
    pub routines: Vec<RoutineChange>,
    /// Carried texts to write, by id.
    texts: Vec<(String, String)>,
    pub entries: Vec<EntryChange>,
    pub warnings: Vec<Problem>,
}

/// Reads a program file and works out what importing it would change.
pub fn plan_import(
    file: &Path,
    library: &LoadReport,
    current: Option<&Program>,
) -> Result<ImportPlan, Vec<Problem>> {
    let read = read(file, &known_in(library))?;
    let mut routines = Vec::new();
    let mut texts = Vec::new();
    for (carried, routine) in &read.carried {
        let id = routine.id.clone();
        match library.get(&id).map(|l| &l.origin) {
            None => {
                routines.push(RoutineChange::Add { id: id.clone() });
                texts.push((id, carried.text.clone()));
            }
            Some(Origin::Bundled { .. }) => routines.push(RoutineChange::Bundled { id }),
            Some(Origin::File(path)) => {
                let same = read_regular_capped(path, MAX_ROUTINE_FILE_BYTES)
                    .is_ok_and(|old| old == carried.text.as_bytes());
                if same {
                    routines.push(RoutineChange::Same { id });
                } else {
                    routines.push(RoutineChange::Replace {
                        id: id.clone(),
                        existing: path.clone(),
                    });
                    texts.push((id, carried.text.clone()));
                }
            }
        }
    }
    let mut program = read.program;
    program.routine_files.clear();
    let mut entries = Vec::new();
    let empty = Program::default();
    let old = current.unwrap_or(&empty);
    for id in program.ids() {
        let now = (program.entry(id), program.check(id));
        let before = (old.entry(id), old.check(id));
        if before == (None, None) {
            entries.push(EntryChange::Added(id.to_owned()));
        } else if before != now {
            entries.push(EntryChange::Changed(id.to_owned()));
        }
    }
    for id in old.ids() {
        if !program.contains(id) {
            entries.push(EntryChange::Removed(id.to_owned()));
        }
    }
    Ok(ImportPlan {
        program,
        routines,
        texts,
        entries,
        warnings: read.warnings,
    })
}

/// What an applied import did.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// Backups made: of replaced routines and of the previous program.
    pub backups: Vec<PathBuf>,
}

/// Writes what [`plan_import`] worked out: the carried routines (replaced ones backed
/// up first), then the program (the previous one backed up).
pub fn apply_import(
    dir: &DataDir,
    plan: &ImportPlan,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Applied, ProgramError> {
    let folder = RoutineFolder::new(dir, now);
    let mut applied = Applied::default();
    for change in &plan.routines {
        let text = |id: &str| {
            plan.texts
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, t)| t.as_str())
        };
        match change {
            RoutineChange::Add { id } => {
                if let Some(text) = text(id) {
                    folder.save_text_new(text)?;
                }
            }
            RoutineChange::Replace { id, existing } => {
                if let Some(text) = text(id)
                    && let Some(backup) = folder.save_text(text, existing)?
                {
                    applied.backups.push(backup);
                }
            }
            RoutineChange::Same { .. } | RoutineChange::Bundled { .. } => {}
        }
    }
    if let Some(backup) = save(dir, &plan.program, now)? {
        applied.backups.push(backup);
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_path_is_found_in_the_text() {
        let text = "Program(\n    format: 1,\n    routines: [\n        Prescribed(routine: \"a\", when: TimesAWeek(2)),\n        Prescribed(\n            routine: \"b\",\n            when: Days([]),\n        ),\n    ],\n)\n";
        assert_eq!(locate(text, "format"), Some((2, 5)));
        assert_eq!(locate(text, "routines[0].routine"), Some((4, 20)));
        assert_eq!(locate(text, "routines[1].when"), Some((7, 13)));
        assert_eq!(locate(text, "nothing"), None);
    }
}
