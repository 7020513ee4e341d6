//! CSV export of history: one row per session, or one row per exercise per session
//! with the session's fields repeated. RFC 4180 (quoted as needed, CRLF line ends),
//! ISO 8601 dates, UTF-8 with a byte order mark so spreadsheet programs read accents
//! right. Every column name is unique (see `docs/history-csv.md`), and text from
//! records that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'`
//! in front, as OWASP recommends against formula injection, so a spreadsheet shows it
//! as text and never runs it.

use std::io::Write;

use chrono::NaiveDate;

use super::record::{Outcome, SessionRecord};
use crate::routine::Dose;

/// Which rows to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    Sessions,
    Exercises,
}

/// Records that started between `from` and `to` (inclusive, local dates).
pub fn in_range(
    records: &[SessionRecord],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Vec<&SessionRecord> {
    records
        .iter()
        .filter(|r| {
            let day = r.started.date_naive();
            from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
        })
        .collect()
}

const SESSION_COLUMNS: [&str; 28] = [
    "session_id",
    "routine_id",
    "routine_title",
    "in_program",
    "started",
    "ended",
    "outcome",
    "end_reason",
    "lighter",
    "level",
    "step_offered",
    "step_taken",
    "active_secs",
    "pauses",
    "paused_secs",
    "effort",
    "fatigue",
    "energy",
    "feeling_hot",
    "new_weakness",
    "fever",
    "poor_sleep",
    "dizzy",
    "fell",
    "exercises",
    "sets_done",
    "note",
    "app_version",
];

/// The per-exercise columns, after the session's. Their names never repeat a session
/// column's (`sets_done` there is the session's total): readers that look columns up
/// by name (Python's `csv.DictReader`, pandas) get the right one.
const EXERCISE_COLUMNS: [&str; 10] = [
    "exercise",
    "dose_kind",
    "planned_sets",
    "planned_reps",
    "planned_secs",
    "exercise_sets_done",
    "exercise_reps_done",
    "exercise_secs_done",
    "exercise_sets_skipped",
    "planned",
];

/// Text from a record, made safe for a spreadsheet: a cell that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP, "CSV Injection").
pub fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn session_fields(r: &SessionRecord) -> Vec<String> {
    let (outcome, reason) = match r.outcome {
        Outcome::Completed => ("completed", String::new()),
        Outcome::EndedEarly(reason) => ("ended_early", format!("{reason:?}")),
    };
    vec![
        text_cell(&r.id),
        text_cell(&r.routine_id),
        text_cell(&r.routine_title),
        r.started.to_rfc3339(),
        r.ended.to_rfc3339(),
        outcome.to_owned(),
        reason,
        r.lighter.to_string(),
        r.level.label().to_owned(),
        opt(r.check_in.progression.map(|a| a.to.label())),
        opt(r.check_in.progression.map(|a| a.accepted)),
        r.active_secs.to_string(),
        r.pauses.to_string(),
        r.paused_secs.to_string(),
        opt(r.effort),
        opt(r.fatigue),
        opt(r.check_in.energy.map(|e| e.label().to_lowercase())),
        opt(r.check_in.feeling_hot),
        opt(r.check_in.new_weakness),
        opt(r.check_in.fever),
        opt(r.check_in.poor_sleep),
        opt(r.check_in.dizzy),
        opt(r.check_in.fell),
        r.exercises.len().to_string(),
        r.exercises
            .iter()
            .fold(0u32, |sum, e| sum.saturating_add(e.sets_done))
            .to_string(),
        text_cell(&r.note),
        text_cell(&r.app_version),
    ]
}

fn dose_fields(dose: &Dose) -> [String; 4] {
    match *dose {
        Dose::Reps { sets, reps, .. } => [
            "reps".into(),
            sets.to_string(),
            reps.to_string(),
            String::new(),
        ],
        Dose::Hold { sets, hold_secs } => [
            "hold".into(),
            sets.to_string(),
            String::new(),
            hold_secs.to_string(),
        ],
        Dose::Stepping { duration_secs, .. } => [
            "stepping".into(),
            "1".into(),
            String::new(),
            duration_secs.to_string(),
        ],
        Dose::Timed {
            sets, work_secs, ..
        } => [
            "timed".into(),
            sets.to_string(),
            String::new(),
            work_secs.to_string(),
        ],
        Dose::Test { kind } => [
            format!("test: {}", kind.label()),
            "1".into(),
            String::new(),
            String::new(),
        ],
    }
}

/// Writes the records as CSV. `in_program` says whether a routine is in the person's
/// program (`None` without a program): a session outside it is extra, never missed.
pub fn write_csv<W: Write>(
    mut out: W,
    records: &[&SessionRecord],
    rows: Rows,
    in_program: &dyn Fn(&str) -> Option<bool>,
) -> csv::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let mut header: Vec<&str> = SESSION_COLUMNS.to_vec();
    if rows == Rows::Exercises {
        header.extend(EXERCISE_COLUMNS);
    }
    w.write_record(&header)?;
    for r in records {
        let mut session = session_fields(r);
        let prescribed = match in_program(&r.routine_id) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        session.insert(3, prescribed.to_owned());
        match rows {
            Rows::Sessions => w.write_record(&session)?,
            Rows::Exercises => {
                for e in &r.exercises {
                    let [kind, sets, reps, secs] = dose_fields(&e.planned);
                    let mut row = session.clone();
                    row.extend([
                        text_cell(&e.name),
                        kind,
                        sets,
                        reps,
                        secs,
                        e.sets_done.to_string(),
                        e.reps_done.to_string(),
                        e.secs_done.to_string(),
                        e.sets_skipped.to_string(),
                        e.planned.describe(),
                    ]);
                    w.write_record(&row)?;
                }
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// The columns of the days-without-a-session CSV (`docs/history-csv.md`).
pub const DAY_COLUMNS: [&str; 10] = [
    "day_id",
    "routine_id",
    "checked_in",
    "energy",
    "feeling_hot",
    "new_weakness",
    "fever",
    "poor_sleep",
    "dizzy",
    "fell",
];

/// Writes days with a check-in and no session as CSV (same conventions as the
/// session CSV: BOM, CRLF, ISO 8601 times with their offset, neutralised text cells).
pub fn write_days_csv<W: Write>(mut out: W, days: &[&super::DayRecord]) -> csv::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(DAY_COLUMNS)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    for d in days {
        w.write_record([
            text_cell(&d.id),
            text_cell(&d.routine_id),
            d.at.to_rfc3339(),
            opt(d.check_in.energy.map(|e| e.label().to_lowercase())),
            opt(d.check_in.feeling_hot.map(|b| b.to_string())),
            opt(d.check_in.new_weakness.map(|b| b.to_string())),
            opt(d.check_in.fever.map(|b| b.to_string())),
            opt(d.check_in.poor_sleep.map(|b| b.to_string())),
            opt(d.check_in.dizzy.map(|b| b.to_string())),
            opt(d.check_in.fell.map(|b| b.to_string())),
        ])?;
    }
    w.flush()?;
    Ok(())
}

// ---- self-tests ----

const TEST_COLUMNS: [&str; 17] = [
    "test_id",
    "at",
    "test",
    "stance",
    "value",
    "unit",
    "aids",
    "condition",
    "routine_id",
    "level",
    "energy",
    "feeling_hot",
    "new_weakness",
    "fever",
    "poor_sleep",
    "dizzy",
    "fell",
];

/// Self-test results, one row per result (`steady export --csv --tests`): the local
/// date-time with its offset, the test, the stance (and side) for balance, the value
/// with one decimal, its unit, the aids used, the routine and level when the test was
/// part of one, and the day's check-in answers.
pub fn write_tests_csv<W: Write>(
    mut out: W,
    records: &[&super::selftests::TestRecord],
) -> csv::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(TEST_COLUMNS)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    for r in records {
        let check_in = r.check_in.unwrap_or_default();
        w.write_record([
            text_cell(&r.id),
            r.at.to_rfc3339(),
            r.kind.label().to_owned(),
            opt(r.stance.map(|s| s.label().to_owned())),
            format!("{}.{}", r.tenths / 10, r.tenths % 10),
            r.kind.unit().to_owned(),
            r.aids
                .iter()
                .map(|a| a.label())
                .collect::<Vec<_>>()
                .join("; "),
            super::test_stats::condition_label(r.kind, &r.aids),
            opt(r.routine_id.as_deref().map(text_cell)),
            opt(r.level.map(|l| l.label().to_owned())),
            opt(check_in.energy.map(|e| e.label().to_lowercase())),
            opt(check_in.feeling_hot.map(|b| b.to_string())),
            opt(check_in.new_weakness.map(|b| b.to_string())),
            opt(check_in.fever.map(|b| b.to_string())),
            opt(check_in.poor_sleep.map(|b| b.to_string())),
            opt(check_in.dizzy.map(|b| b.to_string())),
            opt(check_in.fell.map(|b| b.to_string())),
        ])?;
    }
    w.flush()?;
    Ok(())
}
