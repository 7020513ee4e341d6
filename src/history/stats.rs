//! Statistics over session records: what Home shows (this week, last done, due today).
//!
//! Pure functions of the records and a "today" passed in, so tests use fixed dates.

use chrono::{Datelike as _, Duration as Days, NaiveDate};

use super::record::SessionRecord;

/// The Monday that starts the week of `day`.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The local date a record started on.
pub fn record_day(record: &SessionRecord) -> NaiveDate {
    record.started.date_naive()
}

/// Records that started in the week (Monday to Sunday) of `today`.
pub fn this_week(records: &[SessionRecord], today: NaiveDate) -> Vec<&SessionRecord> {
    let start = week_start(today);
    let end = start + Days::days(7);
    records
        .iter()
        .filter(|r| (start..end).contains(&record_day(r)))
        .collect()
}

/// When a routine was last done (finished or not).
pub fn last_done(records: &[SessionRecord], routine_id: &str) -> Option<NaiveDate> {
    records
        .iter()
        .filter(|r| r.routine_id == routine_id)
        .map(record_day)
        .max()
}

/// Sessions of a routine this week, and whether one is still due today: the
/// prescription has sessions left this week and none was done today.
pub fn due_today(
    records: &[SessionRecord],
    routine_id: &str,
    times_per_week: u32,
    today: NaiveDate,
) -> (u32, bool) {
    let week = this_week(records, today);
    let done: Vec<&&SessionRecord> = week.iter().filter(|r| r.routine_id == routine_id).collect();
    let count = u32::try_from(done.len()).unwrap_or(u32::MAX);
    let done_today = done.iter().any(|r| record_day(r) == today);
    (count, count < times_per_week && !done_today)
}

/// "today", "yesterday", "3 days ago", "on 2 March".
pub fn describe_day(day: NaiveDate, today: NaiveDate) -> String {
    match (today - day).num_days() {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        n @ 2..=6 => format!("{n} days ago"),
        _ => day.format("on %-d %B").to_string(),
    }
}
