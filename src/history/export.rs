//! CSV export of history: one row per session, or one row per exercise per session
//! with the session's fields repeated. RFC 4180 (quoted as needed, CRLF line ends),
//! ISO 8601 dates, UTF-8 with a byte order mark so spreadsheet programs read accents
//! right.

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

const SESSION_COLUMNS: [&str; 20] = [
    "session_id",
    "routine_id",
    "routine_title",
    "started",
    "ended",
    "outcome",
    "end_reason",
    "lighter",
    "active_secs",
    "pauses",
    "paused_secs",
    "effort",
    "fatigue",
    "energy",
    "feeling_hot",
    "new_weakness",
    "exercises",
    "sets_done",
    "note",
    "app_version",
];

const EXERCISE_COLUMNS: [&str; 10] = [
    "exercise",
    "dose_kind",
    "planned_sets",
    "planned_reps",
    "planned_secs",
    "sets_done",
    "reps_done",
    "secs_done",
    "sets_skipped",
    "planned",
];

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn session_fields(r: &SessionRecord) -> Vec<String> {
    let (outcome, reason) = match r.outcome {
        Outcome::Completed => ("completed", String::new()),
        Outcome::EndedEarly(reason) => ("ended_early", format!("{reason:?}")),
    };
    vec![
        r.id.clone(),
        r.routine_id.clone(),
        r.routine_title.clone(),
        r.started.to_rfc3339(),
        r.ended.to_rfc3339(),
        outcome.to_owned(),
        reason,
        r.lighter.to_string(),
        r.active_secs.to_string(),
        r.pauses.to_string(),
        r.paused_secs.to_string(),
        opt(r.effort),
        opt(r.fatigue),
        opt(r.check_in.energy.map(|e| e.label().to_lowercase())),
        opt(r.check_in.feeling_hot),
        opt(r.check_in.new_weakness),
        r.exercises.len().to_string(),
        r.exercises
            .iter()
            .map(|e| e.sets_done)
            .sum::<u32>()
            .to_string(),
        r.note.clone(),
        r.app_version.clone(),
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
    }
}

/// Writes the records as CSV.
pub fn write_csv<W: Write>(mut out: W, records: &[&SessionRecord], rows: Rows) -> csv::Result<()> {
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
        let session = session_fields(r);
        match rows {
            Rows::Sessions => w.write_record(&session)?,
            Rows::Exercises => {
                for e in &r.exercises {
                    let [kind, sets, reps, secs] = dose_fields(&e.planned);
                    let mut row = session.clone();
                    row.extend([
                        e.name.clone(),
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
