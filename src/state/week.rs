//! The week as Home, Review and `steady plan` show it: the planner's input gathered
//! from the loaded routines, the history and the settings, the plan, and a best time of
//! day for today's sessions from the strong hours, with why. Plain data; the shells put
//! it in words.

use chrono::NaiveDate;

use crate::history::SessionRecord;
use crate::history::planner::{self, DayPlan, Done, PlanInput, PlanRoutine, PutOff, TooMuch};
use crate::history::stats::{DayPart, StrongHours, strong_hours_verdict};
use crate::routine::Routine;
use crate::session::Plan;

/// The planner's view of the routines: each with its normal session's length.
pub fn plan_routines<'a>(
    routines: impl IntoIterator<Item = &'a Routine>,
    get_ready_secs: u32,
) -> Vec<PlanRoutine> {
    routines
        .into_iter()
        .map(|r| PlanRoutine::of(r, Plan::normal_day(r, get_ready_secs).estimated_minutes()))
        .collect()
}

/// The plan for `days` days from `today` (today first).
pub fn week_plan(
    routines: &[PlanRoutine],
    records: &[SessionRecord],
    put_off: &[PutOff],
    today: NaiveDate,
    budget_minutes: u32,
    days: u32,
) -> Vec<DayPlan> {
    let done: Vec<Done> = records.iter().map(Done::of).collect();
    planner::plan(
        &PlanInput {
            routines,
            done: &done,
            put_off,
            today,
            budget_minutes,
        },
        days,
    )
}

/// Routines done more often this week than prescribed.
pub fn too_much(
    routines: &[PlanRoutine],
    records: &[SessionRecord],
    today: NaiveDate,
) -> Vec<TooMuch> {
    let done: Vec<Done> = records.iter().map(Done::of).collect();
    planner::too_much(routines, &done, today)
}

/// A suggested time of day for today's sessions, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BestTime {
    /// Sessions in `best` went better (finished more often, less tired) than in `worse`.
    Better { best: DayPart, worse: DayPart },
    /// Most sessions are in this part of the day: a habit to keep.
    Usual(DayPart),
    /// Heat: the cooler morning.
    Cooler,
}

impl BestTime {
    /// One sentence for the person: when, and why.
    pub fn describe(self) -> String {
        let part = crate::i18n::day_part;
        match self {
            Self::Better { best, worse } => {
                crate::t!("week-best-better", best = part(best), worse = part(worse))
            }
            Self::Usual(usual) => crate::t!("week-best-usual", part = part(usual)),
            Self::Cooler => crate::t!("week-best-cooler"),
        }
    }

    /// The part of the day suggested.
    pub fn part(self) -> DayPart {
        match self {
            Self::Better { best, .. } => best,
            Self::Usual(part) => part,
            Self::Cooler => DayPart::Morning,
        }
    }
}

/// The best time for today: the cooler morning on a hot day or for a heat-sensitive
/// person, else what the strong hours say (nothing before there are enough sessions or
/// when no time stands out).
pub fn best_time(records: &[SessionRecord], heat: bool) -> Option<BestTime> {
    if heat {
        return Some(BestTime::Cooler);
    }
    match strong_hours_verdict(records).1 {
        StrongHours::BestAndHarder { best, worst } => Some(BestTime::Better { best, worse: worst }),
        StrongHours::MostlyIn(part) => Some(BestTime::Usual(part)),
        StrongHours::TooFew { .. } | StrongHours::Spread | StrongHours::Even => None,
    }
}

/// "Not today" for a routine: added once (a double press changes nothing), older days
/// dropped.
pub fn put_off_today(list: &mut Vec<PutOff>, today: NaiveDate, routine_id: &str) {
    list.retain(|p| p.day >= today);
    let entry = PutOff {
        day: today,
        routine_id: routine_id.to_owned(),
    };
    if !list.contains(&entry) {
        list.push(entry);
    }
}

/// When a session in this part of the day starts, for the calendar and reminders.
pub fn start_of(part: DayPart) -> chrono::NaiveTime {
    let (h, m) = match part {
        DayPart::Morning => (9, 0),
        DayPart::Midday => (12, 0),
        DayPart::Afternoon => (15, 0),
        DayPart::Evening => (18, 30),
        // Nobody is asked to exercise at night: mid-morning then.
        DayPart::Night => (10, 0),
    };
    chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// Start times for a day's planned sessions: the first at the best time (10:00
/// without one), each next one 15 minutes after the one before ends.
pub fn start_times(day: &DayPlan, best: Option<BestTime>) -> Vec<chrono::NaiveTime> {
    let mut at = best.map_or(start_of(DayPart::Night), |b| start_of(b.part()));
    day.sessions
        .iter()
        .map(|s| {
            let this = at;
            at += chrono::Duration::minutes(i64::from(s.minutes) + 15);
            this
        })
        .collect()
}

/// How long after a planned start a reminder is still given: opening Steady in the
/// evening does not remind of the morning's session.
pub const REMINDER_WINDOW_MINUTES: i64 = 60;

/// The first of today's planned sessions whose start time has come (within
/// [`REMINDER_WINDOW_MINUTES`]) and that was not reminded of yet.
pub fn reminder_due<'a>(
    day: &'a DayPlan,
    best: Option<BestTime>,
    now: chrono::NaiveTime,
    reminded: &[(NaiveDate, String)],
) -> Option<&'a planner::Planned> {
    day.sessions
        .iter()
        .zip(start_times(day, best))
        .find(|(s, start)| {
            let since = now.signed_duration_since(*start).num_minutes();
            (0..REMINDER_WINDOW_MINUTES).contains(&since)
                && !reminded
                    .iter()
                    .any(|(d, id)| *d == day.day && *id == s.routine_id)
        })
        .map(|(s, _)| s)
}

/// When the next reminder today falls due after `now`, if any.
pub fn next_reminder(
    day: &DayPlan,
    best: Option<BestTime>,
    now: chrono::NaiveTime,
) -> Option<chrono::NaiveTime> {
    start_times(day, best)
        .into_iter()
        .filter(|t| *t > now)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::planner::Planned;

    fn day() -> DayPlan {
        DayPlan {
            day: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default(),
            sessions: vec![
                Planned {
                    routine_id: "a".into(),
                    minutes: 10,
                },
                Planned {
                    routine_id: "b".into(),
                    minutes: 12,
                },
            ],
        }
    }

    fn at(h: u32, m: u32) -> chrono::NaiveTime {
        chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    #[test]
    fn a_reminder_falls_due_at_the_planned_time_once() {
        let d = day();
        let best = Some(BestTime::Cooler); // 09:00
        assert_eq!(reminder_due(&d, best, at(8, 59), &[]), None);
        assert_eq!(next_reminder(&d, best, at(8, 59)), Some(at(9, 0)));
        let due = reminder_due(&d, best, at(9, 0), &[]).map(|s| s.routine_id.as_str());
        assert_eq!(due, Some("a"));
        let given = [(d.day, "a".to_owned())];
        assert_eq!(reminder_due(&d, best, at(9, 5), &given), None);
        // The second starts 15 minutes after the first ends: 09:25.
        assert_eq!(next_reminder(&d, best, at(9, 5)), Some(at(9, 25)));
        let due = reminder_due(&d, best, at(9, 25), &given).map(|s| s.routine_id.as_str());
        assert_eq!(due, Some("b"));
        // Long after: no reminder for the morning's sessions.
        assert_eq!(reminder_due(&d, best, at(20, 0), &[]), None);
    }
}
