//! The history folder: writing records atomically and reading them tolerantly.
//!
//! Writes go through `atomic-write-file` (temporary file in the same folder, fsync,
//! rename, fsync of the folder), so a crash leaves either the whole record or nothing.
//! An existing path is never written again. Reading lists every record that parses and
//! every file that does not, with its reason; nothing is deleted or modified.

use std::path::{Path, PathBuf};

use chrono::Datelike as _;

use super::record::{RECORD_FORMAT, SessionRecord};
use crate::files::{Mode, ReadError, describe_io_error, join_inside, write_atomically_with};

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
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true);
    let mut text = record_options().to_string_pretty(record, config)?;
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
        let start = record.started;
        let month = self
            .dir
            .join(format!("{:04}", start.year()))
            .join(format!("{:02}", start.month()));
        let name = format!("{}_{}.ron", start.format("%Y%m%dT%H%M%S"), record.id);
        join_inside(&month, &name).filter(|path| path.starts_with(&self.dir))
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
        if crate::files::occupied(&path) {
            return Err(HistoryError::Exists { path });
        }
        let text = encode(record)?;
        write_atomically_with(&path, text.as_bytes(), Mode::Private).map_err(|source| {
            HistoryError::Write {
                path: path.clone(),
                source,
            }
        })?;
        Ok(path)
    }

    /// Reads every record. A missing folder is an empty history.
    pub fn load(&self) -> HistoryReport {
        let mut report = HistoryReport::default();
        let mut files = Vec::new();
        collect_files(&self.dir, 0, &mut files, &mut report.problems);
        files.sort();
        let mut read: Vec<(PathBuf, SessionRecord)> = Vec::new();
        for path in files {
            match read_record(&path) {
                Ok(record) => read.push((path, record)),
                Err(reason) => report.problems.push(HistoryProblem { path, reason }),
            }
        }
        // Copies of a record (a sync tool's conflict copy, a backup) have the same id
        // and start: the file with the record's own name counts, the others are listed.
        // A different session that merely shares an id is kept, and listed.
        let mut groups: Vec<Vec<(PathBuf, SessionRecord)>> = Vec::new();
        let mut group_of: std::collections::HashMap<
            (String, chrono::DateTime<chrono::FixedOffset>),
            usize,
        > = std::collections::HashMap::new();
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
            let (kept_path, record) = group.remove(own);
            for (copy, _) in group {
                report.problems.push(HistoryProblem {
                    path: copy,
                    reason: format!(
                        "a copy of the session in {} (perhaps made by a sync tool); it is counted once",
                        kept_path.display()
                    ),
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

/// `.ron` files under `dir`, at most three folders deep, hidden files (temporary
/// files of atomic writes among them) left out.
fn collect_files(
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
    Err(format!(
        "cannot be read at line {}, column {}: {}",
        error.span.start.line, error.span.start.col, error.code
    ))
}
