//! Self-test results: one immutable record per result (a 5xSTS time, a chair-stand
//! count, one stance of the balance ladder, a fatigue-check total, a walk time).
//!
//! Kept like sessions and check-in days: each record is one file, written once
//! atomically (mode 0600) as `selftests/YYYY/MM/<time>_<id>.ron` through the store's own
//! writer, so a sync tool never makes a conflict copy; reading uses the store's folder
//! walk and capped, regular-file-only reads, and lists a file that does not parse or
//! does not pass [`TestRecord::check`] as a problem, never touching it. Values are
//! integers (tenths of the unit), times local with their UTC offset.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike as _, FixedOffset};
use serde::{Deserialize, Serialize};

use super::record::CheckIn;
use super::store::{HistoryError, HistoryProblem, read_all, write_new_record};
use crate::routine::validate::is_valid_id;
use crate::routine::{Level, TestKind};
use crate::session::selftest::{Aid, Stance, TestResult};

/// The format of self-test records this Steady writes and reads.
pub const TEST_RECORD_FORMAT: u32 = 1;

/// A self-test record larger than this is not one.
pub const MAX_TEST_RECORD_BYTES: u64 = 64 * 1024;

/// The largest plausible value of each test, in tenths of its unit: 10 min for the
/// sit-to-stand and 30 min for the walk, 60 stands, 30 s a stance, 20 points.
pub fn max_tenths(kind: TestKind) -> u32 {
    match kind {
        TestKind::FiveTimesSitToStand => 6_000,
        TestKind::ThirtySecondChairStand => 600,
        TestKind::StandingBalance => 300,
        TestKind::FatigueCheck => 200,
        TestKind::TimedWalk => 18_000,
    }
}

/// One self-test result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestRecord {
    pub format: u32,
    pub id: String,
    /// When the test ended, in local time with its UTC offset.
    pub at: DateTime<FixedOffset>,
    pub kind: TestKind,
    /// The balance stance (and so the side for single-leg stances); `None` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// The value in tenths of `unit`: 123 is 12.3 s.
    pub tenths: u32,
    /// The unit, as [`TestKind::unit`] says (kept so the file reads on its own).
    pub unit: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aids: Vec<Aid>,
    /// The day's check-in answers, when there was a check-in that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<CheckIn>,
    /// The routine the test was part of, and the person's level in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routine_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

/// Where a test was run from: its own place (Home → Self-tests) or inside a routine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestContext {
    pub check_in: Option<CheckIn>,
    pub routine: Option<(String, Level)>,
}

impl TestRecord {
    /// One record per measure of a finished test, all at `at`.
    pub fn from_result(
        result: &TestResult,
        at: DateTime<FixedOffset>,
        context: &TestContext,
    ) -> Vec<Self> {
        result
            .measures
            .iter()
            .map(|m| Self {
                format: TEST_RECORD_FORMAT,
                id: super::record::new_id(at),
                at,
                kind: result.kind,
                stance: m.stance,
                tenths: m.tenths,
                unit: result.kind.unit().to_owned(),
                aids: result.aids.clone(),
                check_in: context.check_in,
                routine_id: context.routine.as_ref().map(|(id, _)| id.clone()),
                level: context.routine.as_ref().map(|(_, level)| *level),
            })
            .collect()
    }

    /// The value in the test's unit: 12.3.
    pub fn value(&self) -> f64 {
        f64::from(self.tenths) / 10.0
    }

    /// Values in range: a known format, ids that may become file names, a date within
    /// the years history accepts, the unit of the test, a stance exactly for the balance
    /// test, a plausible value, only the aids the test has.
    pub fn check(&self) -> Result<(), String> {
        if self.format != TEST_RECORD_FORMAT {
            return Err(if self.format > TEST_RECORD_FORMAT {
                "made by a newer Steady".to_owned()
            } else {
                format!("unknown format {}", self.format)
            });
        }
        if !is_valid_id(&self.id) {
            return Err("its id is not a valid id".to_owned());
        }
        if let Some(routine) = &self.routine_id
            && !is_valid_id(routine)
        {
            return Err("its routine id is not a valid id".to_owned());
        }
        if !super::record::RECORD_YEARS.contains(&self.at.year()) {
            return Err(format!("its date {} is out of range", self.at));
        }
        if self.unit != self.kind.unit() {
            return Err(format!(
                "its unit \"{}\" is not the unit of {} ({})",
                self.unit.chars().take(20).collect::<String>(),
                self.kind.label(),
                self.kind.unit()
            ));
        }
        if self.stance.is_some() != (self.kind == TestKind::StandingBalance) {
            return Err("a stance belongs to the balance test, and only to it".to_owned());
        }
        let max = max_tenths(self.kind);
        if self.tenths > max {
            return Err(format!(
                "its value {} is more than {} for {}",
                self.tenths,
                max,
                self.kind.label()
            ));
        }
        if let Some(aid) = self
            .aids
            .iter()
            .find(|a| !Aid::for_test(self.kind).contains(a))
        {
            return Err(format!(
                "{} is not an aid of {}",
                aid.label(),
                self.kind.label()
            ));
        }
        Ok(())
    }
}

/// The `selftests/` folder.
#[derive(Debug, Clone)]
pub struct TestStore {
    dir: PathBuf,
}

impl TestStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Where a record is kept: `YYYY/MM/<time>_<id>.ron`.
    pub fn path_for(&self, record: &TestRecord) -> Option<PathBuf> {
        super::store::record_path(&self.dir, record.at, &record.id)
    }

    /// Writes a new record; never over an existing file.
    pub fn save(&self, record: &TestRecord) -> Result<PathBuf, HistoryError> {
        record
            .check()
            .map_err(|reason| HistoryError::Invalid { reason })?;
        let path = self.path_for(record).ok_or_else(|| HistoryError::Invalid {
            reason: "the test record's id is not a valid id".to_owned(),
        })?;
        let text = super::store::to_pretty_text(record).map_err(|e| HistoryError::Invalid {
            reason: e.to_string(),
        })?;
        write_new_record(path, &text)
    }

    /// Every record that could be read, oldest first, and every file that could not.
    pub fn load(&self) -> (Vec<TestRecord>, Vec<HistoryProblem>) {
        let (mut records, problems) = read_all(&self.dir, read_test_record);
        records.sort_by_key(|r| (r.at, r.stance.map(Stance::rung)));
        records.dedup_by(|a, b| a.id == b.id && a.at == b.at);
        (records, problems)
    }
}

fn read_test_record(path: &Path) -> Result<TestRecord, String> {
    let bytes = crate::files::read_regular_in_folder(path, MAX_TEST_RECORD_BYTES)
        .map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let record: TestRecord = super::store::record_options()
        .from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
    record.check()?;
    Ok(record)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::history::Energy;
    use crate::routine::Side;
    use crate::session::selftest::Measure;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_balance_ladder_is_one_record_per_stance_saved_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = TestStore::new(dir.path());
        let result = TestResult {
            kind: TestKind::StandingBalance,
            aids: Vec::new(),
            measures: vec![
                Measure {
                    stance: Some(Stance::Tandem),
                    tenths: 300,
                },
                Measure {
                    stance: Some(Stance::SingleLeg(Side::Right)),
                    tenths: 42,
                },
            ],
        };
        let context = TestContext {
            check_in: Some(CheckIn {
                energy: Some(Energy::Okay),
                feeling_hot: Some(false),
                new_weakness: Some(false),
                ..CheckIn::default()
            }),
            routine: Some(("monthly-check".to_owned(), Level::Normal)),
        };
        let records = TestRecord::from_result(&result, at("2026-03-07T16:45:10+01:00"), &context);
        assert_eq!(records.len(), 2);
        for r in &records {
            let path = store.save(r).unwrap();
            assert!(path.starts_with(dir.path().join("2026").join("03")));
            assert!(matches!(store.save(r), Err(HistoryError::Exists { .. })));
        }
        let (mut back, problems) = store.load();
        assert!(problems.is_empty(), "{problems:?}");
        back.sort_by_key(|r| r.stance.map(Stance::rung));
        let mut expected = records.clone();
        expected.sort_by_key(|r| r.stance.map(Stance::rung));
        assert_eq!(back, expected);
        assert_eq!(back[0].at.offset().local_minus_utc(), 3600);
        assert!((back[1].value() - 4.2).abs() < 1e-9 || (back[0].value() - 4.2).abs() < 1e-9);
    }

    #[test]
    fn hostile_test_records_are_listed_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let month = dir.path().join("2026").join("03");
        std::fs::create_dir_all(&month).unwrap();
        let ok = "format: 1, id: \"abc\", at: \"2026-03-07T08:00:00+00:00\"";
        let bad = [
            ("a.ron", "not a record".to_owned()),
            ("b.ron", format!("TestRecord({ok}, kind: FiveTimesSitToStand, tenths: 123, unit: \"stands\")")),
            ("c.ron", format!("TestRecord({ok}, kind: FiveTimesSitToStand, tenths: 999999, unit: \"s\")")),
            ("d.ron", format!("TestRecord({ok}, kind: FiveTimesSitToStand, stance: Some(Tandem), tenths: 1, unit: \"s\")")),
            ("e.ron", format!("TestRecord({ok}, kind: StandingBalance, tenths: 10, unit: \"s\")")),
            ("f.ron", format!("TestRecord({ok}, kind: StandingBalance, stance: Some(Tandem), tenths: 10, unit: \"s\", aids: [Armrests])")),
            ("g.ron", "TestRecord(format: 2, id: \"abc\", at: \"2026-03-07T08:00:00+00:00\", kind: FatigueCheck, tenths: 10, unit: \"points\")".to_owned()),
            ("h.ron", "TestRecord(format: 1, id: \"../../x\", at: \"2026-03-07T08:00:00+00:00\", kind: FatigueCheck, tenths: 10, unit: \"points\")".to_owned()),
            ("i.ron", format!("TestRecord({ok}, kind: FatigueCheck, tenths: -3, unit: \"points\")")),
            ("j.ron", format!("TestRecord({ok}, kind: Marathon, tenths: 3, unit: \"s\")")),
            ("k.ron", format!("TestRecord({ok}, kind: TimedWalk, tenths: 80, unit: \"s\", routine_id: Some(\"/etc\"))")),
        ];
        for (name, text) in &bad {
            std::fs::write(month.join(name), text).unwrap();
        }
        let good = format!(
            "TestRecord({ok}, kind: TimedWalk, tenths: 80, unit: \"s\", aids: [WalkingAid])"
        );
        std::fs::write(month.join("z.ron"), &good).unwrap();
        let (records, problems) = TestStore::new(dir.path()).load();
        assert_eq!(records.len(), 1, "{records:#?}");
        assert_eq!(records[0].tenths, 80);
        assert_eq!(problems.len(), bad.len(), "{problems:#?}");
        assert!(problems.iter().any(|p| p.reason.contains("newer Steady")));
        for (name, text) in &bad {
            assert_eq!(&std::fs::read_to_string(month.join(name)).unwrap(), text);
        }
    }

    #[test]
    fn saving_refuses_an_invalid_record() {
        let dir = tempfile::tempdir().unwrap();
        let result = TestResult {
            kind: TestKind::FatigueCheck,
            aids: Vec::new(),
            measures: vec![Measure {
                stance: None,
                tenths: 250,
            }],
        };
        let records = TestRecord::from_result(
            &result,
            at("2026-03-07T08:00:00+00:00"),
            &TestContext::default(),
        );
        assert!(matches!(
            TestStore::new(dir.path()).save(&records[0]),
            Err(HistoryError::Invalid { .. })
        ));
    }
}
