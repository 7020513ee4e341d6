//! Days without a session: the check-in answers of a day the person chose to rest
//! ("Rest today", "Skip today"), kept so that a report of new weakness or a hot day is
//! never lost, and shown in Review and the CSV beside the sessions.
//!
//! Like session records, each day record is one immutable file, written once
//! atomically (mode 0600) as `checkins/YYYY/MM/<time>_<id>.ron`, so a sync tool never
//! makes a conflict copy; reading is tolerant (a bad file is listed, never touched) and
//! only regular files inside the folder are read, capped in size.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike as _, FixedOffset};
use serde::{Deserialize, Serialize};

use super::record::CheckIn;
use super::store::{HistoryError, HistoryProblem, read_all, write_new_record};
use crate::routine::validate::is_valid_id;

/// The format of day records this Steady writes and reads.
pub const DAY_FORMAT: u32 = 1;

/// A day record larger than this is not one.
pub const MAX_DAY_BYTES: u64 = 64 * 1024;

/// A day the person checked in and chose not to exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayRecord {
    pub format: u32,
    pub id: String,
    /// When, in local time with its UTC offset.
    pub at: DateTime<FixedOffset>,
    /// The routine whose check-in it was.
    pub routine_id: String,
    pub check_in: CheckIn,
}

impl DayRecord {
    pub fn new(routine_id: &str, check_in: CheckIn, at: DateTime<FixedOffset>) -> Self {
        Self {
            format: DAY_FORMAT,
            id: super::record::new_id(at),
            at,
            routine_id: routine_id.to_owned(),
            check_in,
        }
    }

    /// Values in range: a known format, ids that may become file names, a date within
    /// the years history accepts.
    pub fn check(&self) -> Result<(), String> {
        if self.format != DAY_FORMAT {
            return Err(if self.format > DAY_FORMAT {
                "made by a newer Steady".to_owned()
            } else {
                format!("unknown format {}", self.format)
            });
        }
        if !is_valid_id(&self.id) {
            return Err("its id is not a valid id".to_owned());
        }
        if !is_valid_id(&self.routine_id) {
            return Err("its routine id is not a valid id".to_owned());
        }
        if !super::record::RECORD_YEARS.contains(&self.at.year()) {
            return Err(format!("its date {} is out of range", self.at));
        }
        Ok(())
    }
}

/// The `checkins/` folder.
#[derive(Debug, Clone)]
pub struct DayStore {
    dir: PathBuf,
}

impl DayStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Where a record is kept: `YYYY/MM/<time>_<id>.ron`.
    pub fn path_for(&self, day: &DayRecord) -> Option<PathBuf> {
        super::store::record_path(&self.dir, day.at, &day.id)
    }

    /// Writes a new day record; never over an existing file.
    pub fn save(&self, day: &DayRecord) -> Result<PathBuf, HistoryError> {
        day.check()
            .map_err(|reason| HistoryError::Invalid { reason })?;
        let path = self.path_for(day).ok_or_else(|| HistoryError::Invalid {
            reason: "the day record's id is not a valid id".to_owned(),
        })?;
        let text = super::store::to_pretty_text(day).map_err(|e| HistoryError::Invalid {
            reason: e.to_string(),
        })?;
        write_new_record(path, &text)
    }

    /// Every day record that could be read, oldest first, and every file that could not.
    pub fn load(&self) -> (Vec<DayRecord>, Vec<HistoryProblem>) {
        let (mut days, problems) = read_all(&self.dir, read_day);
        days.sort_by_key(|d| d.at);
        days.dedup_by(|a, b| a.id == b.id && a.at == b.at);
        (days, problems)
    }
}

fn read_day(path: &Path) -> Result<DayRecord, String> {
    let bytes =
        crate::files::read_regular_in_folder(path, MAX_DAY_BYTES).map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let day: DayRecord = super::store::record_options()
        .from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
    day.check()?;
    Ok(day)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::history::Energy;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_day_record_is_saved_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = DayStore::new(dir.path());
        let answers = CheckIn {
            energy: Some(Energy::Low),
            feeling_hot: Some(true),
            new_weakness: Some(true),
            progression: None,
            ..CheckIn::default()
        };
        let day = DayRecord::new(
            "sit-to-stand-practice",
            answers,
            at("2026-03-07T08:00:00-08:00"),
        );
        let path = store.save(&day).unwrap();
        assert!(path.starts_with(dir.path().join("2026").join("03")));
        assert!(matches!(store.save(&day), Err(HistoryError::Exists { .. })));
        let (days, problems) = store.load();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(days, vec![day]);
    }

    #[test]
    fn bad_day_records_are_listed_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let month = dir.path().join("2026").join("03");
        std::fs::create_dir_all(&month).unwrap();
        let bad = [
            ("a.ron", "not a record".to_owned()),
            (
                "b.ron",
                "DayRecord(format: 1, id: \"../../x\", at: \"2026-03-07T08:00:00+00:00\", routine_id: \"r\", check_in: CheckIn())".to_owned(),
            ),
            (
                "c.ron",
                "DayRecord(format: 9, id: \"abc\", at: \"2026-03-07T08:00:00+00:00\", routine_id: \"r\", check_in: CheckIn())".to_owned(),
            ),
            (
                "d.ron",
                "DayRecord(format: 1, id: \"abc\", at: \"-262143-01-01T00:00:00+00:00\", routine_id: \"r\", check_in: CheckIn())".to_owned(),
            ),
        ];
        for (name, text) in &bad {
            std::fs::write(month.join(name), text).unwrap();
        }
        let (days, problems) = DayStore::new(dir.path()).load();
        assert!(days.is_empty());
        assert_eq!(problems.len(), bad.len(), "{problems:#?}");
        assert!(problems.iter().any(|p| p.reason.contains("newer Steady")));
        for (name, text) in &bad {
            assert_eq!(&std::fs::read_to_string(month.join(name)).unwrap(), text);
        }
    }
}
