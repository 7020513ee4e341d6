//! The week planner: from the person's program (each routine with its days or times a
//! week, its part of the day, and the self-test checks' cadence), the sessions already
//! done, the sessions the person put off ("Not today"), today's check-in limits and a
//! daily time budget, the sessions planned for today and the days ahead.
//!
//! Rules, checked by property tests over random programs and histories: only the
//! routines given are planned; a routine on its fixed day is always planned, even when
//! it is longer than the daily time (the shells say so), and one without fixed days
//! longer than the daily time gets a day of its own: a prescribed routine is never
//! silently dropped; otherwise the daily budget (whole session minutes, done ones
//! included) is kept; no routine is planned twice a day, nor on a day it was already
//! done or put off, and a session put off keeps its place empty (nothing is pulled in);
//! strength work never falls on the day after strength work unless the routine's own
//! days name both days; a missed session moves to the next suitable day and never
//! doubles a day's work; checks come every so many weeks; after a fever nothing is
//! planned today, after a fall, new weakness or dizziness only seated or lying work.
//! Pure: data in, a plan out; the shells put it in words.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike as _, Days, NaiveDate};

use super::record::SessionRecord;
use super::stats::{DayPart, record_day, week_start};
use crate::routine::{Focus, Routine, Weekday};

/// At most this many sessions on one day.
pub const MAX_SESSIONS_PER_DAY: usize = 3;

/// The daily budget when the person has not set one, in minutes.
pub const DEFAULT_BUDGET_MINUTES: u32 = 20;

/// What the planner needs of a routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRoutine {
    pub id: String,
    /// Planned length of a normal session, whole minutes (at least 1).
    pub minutes: u32,
    /// Strength or sit-to-stand work: never on the day after strength work.
    pub strength: bool,
    /// Sessions a week.
    pub per_week: u32,
    /// Fixed weekdays from the prescription, if any.
    pub days: Option<Vec<Weekday>>,
    /// Weeks between sessions: 1 for a weekly prescription, more for a check of
    /// self-tests, which is planned only when none was done or planned in that many
    /// weeks before the day.
    pub every_weeks: u32,
    /// Done seated or lying down only: may be planned on a day of dizziness, a fall or
    /// new weakness.
    pub seated: bool,
    /// The part of the day it belongs in, if the program says.
    pub part: Option<DayPart>,
}

impl PlanRoutine {
    /// A routine as the planner sees it; `minutes` is its normal session's length.
    pub fn of(routine: &Routine, minutes: u32) -> Self {
        Self {
            id: routine.id.clone(),
            minutes: minutes.max(1),
            strength: is_strength(routine),
            per_week: routine.prescription.per_week(),
            days: routine.prescription.days.clone(),
            every_weeks: if routine.is_check() {
                crate::routine::CHECK_EVERY_WEEKS
            } else {
                1
            },
            seated: routine.stays_seated_or_lying(),
            part: None,
        }
    }

    /// Whether a session on `day` is too soon after one on `last` (every few weeks).
    fn too_soon(&self, last: Option<NaiveDate>, day: NaiveDate) -> bool {
        self.every_weeks > 1
            && last.is_some_and(|last| {
                day.signed_duration_since(last).num_days() < i64::from(self.every_weeks) * 7
            })
    }

    fn on_fixed_day(&self, day: NaiveDate) -> bool {
        self.days
            .as_ref()
            .is_some_and(|d| d.contains(&Weekday::from_chrono(day.weekday())))
    }
}

/// Strength work: a strength or sit-to-stand routine.
pub fn is_strength(routine: &Routine) -> bool {
    routine
        .focus
        .iter()
        .any(|f| matches!(f, Focus::Strength | Focus::SitToStand))
}

/// A session the person put off on a day ("Not today").
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct PutOff {
    pub day: NaiveDate,
    pub routine_id: String,
}

/// A session done, as the planner counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub day: NaiveDate,
    pub routine_id: String,
    /// Counts toward the prescription (at least half the sets done).
    pub counts: bool,
    /// Whole session minutes, get-ready and rests included, as the person lives them.
    pub minutes: u32,
}

impl Done {
    pub fn of(record: &SessionRecord) -> Self {
        Self {
            day: record_day(record),
            routine_id: record.routine_id.clone(),
            counts: record.counts_toward_prescription(),
            minutes: record.session_minutes(),
        }
    }
}

/// What today's check-in allows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TodayLimit {
    #[default]
    Any,
    /// Dizziness, a fall or new weakness: only seated or lying work.
    SeatedOnly,
    /// A fever or an infection: nothing.
    Nothing,
}

/// What the plan is made from.
#[derive(Debug, Clone)]
pub struct PlanInput<'a> {
    pub routines: &'a [PlanRoutine],
    pub done: &'a [Done],
    pub put_off: &'a [PutOff],
    pub today: NaiveDate,
    /// Minutes a day, at least 1.
    pub budget_minutes: u32,
    /// What today's check-in allows (today only).
    pub today_limit: TodayLimit,
    /// Standing and balance work paused up to this day (after a fall): only seated
    /// or lying work is planned until then.
    pub seated_only_until: Option<NaiveDate>,
}

/// One planned session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub routine_id: String,
    pub minutes: u32,
    /// The part of the day the program puts it in, if any.
    pub part: Option<DayPart>,
    /// Longer than the daily time: planned all the same (the shells say so).
    pub over_budget: bool,
}

/// One day of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPlan {
    pub day: NaiveDate,
    pub sessions: Vec<Planned>,
}

/// More sessions of a routine this week than prescribed ("7 of 3"): rest days help
/// muscles recover, so Steady says so instead of counting it as success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooMuch {
    pub routine_id: String,
    pub done: u32,
    pub prescribed: u32,
}

/// Routines done more often this week (Monday to `today`) than prescribed.
pub fn too_much(routines: &[PlanRoutine], done: &[Done], today: NaiveDate) -> Vec<TooMuch> {
    let start = week_start(today);
    routines
        .iter()
        .filter_map(|r| {
            let n = done
                .iter()
                .filter(|d| d.routine_id == r.id && d.counts && d.day >= start && d.day <= today)
                .count();
            let n = u32::try_from(n).unwrap_or(u32::MAX);
            (n > r.per_week).then(|| TooMuch {
                routine_id: r.id.clone(),
                done: n,
                prescribed: r.per_week,
            })
        })
        .collect()
}

/// Whether the day after `day` is a named day of a strength routine.
fn strength_named_tomorrow(routines: &[PlanRoutine], day: NaiveDate) -> bool {
    day.succ_opt()
        .is_some_and(|t| routines.iter().any(|r| r.strength && r.on_fixed_day(t)))
}

/// The plan for `days` days from `input.today` (today first). Today holds only what is
/// still to do: sessions done today are not planned again, and their minutes count
/// against the budget.
pub fn plan(input: &PlanInput<'_>, days: u32) -> Vec<DayPlan> {
    let budget = input.budget_minutes.max(1);
    // Days with strength work, done or planned.
    let mut strength_days: BTreeSet<NaiveDate> = input
        .done
        .iter()
        .filter(|d| {
            input
                .routines
                .iter()
                .any(|r| r.strength && r.id == d.routine_id)
        })
        .map(|d| d.day)
        .collect();
    // Sessions per routine per week (done, then planned), by the week's Monday.
    let mut count: BTreeMap<(NaiveDate, &str), u32> = BTreeMap::new();
    for d in input.done.iter().filter(|d| d.counts) {
        let key = (week_start(d.day), d.routine_id.as_str());
        let n = count.entry(key).or_insert(0);
        *n = n.saturating_add(1);
    }
    // Routine ids on each planned or done day.
    let mut on_day: BTreeMap<NaiveDate, Vec<&str>> = BTreeMap::new();
    for d in input.done {
        on_day.entry(d.day).or_default().push(d.routine_id.as_str());
    }
    // The last day each routine was done (counting) or planned: a check waits weeks.
    let mut last: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for d in input
        .done
        .iter()
        .filter(|d| d.counts && d.day <= input.today)
    {
        let e = last.entry(d.routine_id.as_str()).or_insert(d.day);
        *e = (*e).max(d.day);
    }
    let put_off: BTreeSet<(NaiveDate, &str)> = input
        .put_off
        .iter()
        .map(|p| (p.day, p.routine_id.as_str()))
        .collect();

    let mut out = Vec::new();
    for offset in 0..days {
        let Some(day) = input.today.checked_add_days(Days::new(u64::from(offset))) else {
            break;
        };
        let week = week_start(day);
        let used: u32 = input
            .done
            .iter()
            .filter(|d| d.day == day)
            .fold(0u32, |s, d| s.saturating_add(d.minutes));
        let mut left = budget.saturating_sub(used);
        let mut slots = MAX_SESSIONS_PER_DAY.saturating_sub(on_day.get(&day).map_or(0, Vec::len));
        let paused = input.seated_only_until.is_some_and(|until| day <= until);
        let limit = match (day == input.today, input.today_limit, paused) {
            (true, TodayLimit::Nothing, _) => TodayLimit::Nothing,
            (true, limit, false) => limit,
            (_, _, true) => TodayLimit::SeatedOnly,
            (false, _, false) => TodayLimit::Any,
        };
        // A routine fits the time left; on its fixed day, or longer than the whole
        // daily time on a day still empty, it is planned all the same.
        let fits = |r: &PlanRoutine, fixed_today: bool, left: u32| {
            fixed_today || r.minutes <= left || (r.minutes > budget && left == budget)
        };
        let yesterday = day.pred_opt();
        let strength_yesterday = yesterday.is_some_and(|y| strength_days.contains(&y));
        let days_left_in_week = 7 - day.weekday().num_days_from_monday();

        // Candidates with their urgency: fixed days first, then the routine furthest
        // behind its prescription this week.
        let mut candidates: Vec<(&PlanRoutine, bool, u32)> = input
            .routines
            .iter()
            .filter_map(|r| {
                let have = count.get(&(week, r.id.as_str())).copied().unwrap_or(0);
                let need = r.per_week.saturating_sub(have);
                let fixed_today = r.on_fixed_day(day);
                if need == 0
                    || r.too_soon(last.get(r.id.as_str()).copied(), day)
                    || on_day
                        .get(&day)
                        .is_some_and(|ids| ids.contains(&r.id.as_str()))
                    || !fits(r, fixed_today, left)
                    || (limit == TodayLimit::SeatedOnly && !r.seated)
                {
                    return None;
                }
                if r.days.is_some() && !fixed_today {
                    // A fixed-day routine moves to another day only to catch up a
                    // missed day: when its named days left this week are too few.
                    let named_left = (0..days_left_in_week)
                        .filter_map(|k| day.checked_add_days(Days::new(u64::from(k))))
                        .filter(|d| r.on_fixed_day(*d))
                        .count();
                    if u32::try_from(named_left).unwrap_or(u32::MAX) >= need {
                        return None;
                    }
                }
                if r.strength && !fixed_today && strength_named_tomorrow(input.routines, day) {
                    // Strength today would push tomorrow's named strength day away.
                    return None;
                }
                if r.strength && strength_yesterday {
                    // Only the routine's own named days may follow each other.
                    let both_named = fixed_today && yesterday.is_some_and(|y| r.on_fixed_day(y));
                    let only_itself = yesterday.is_some_and(|y| {
                        on_day.get(&y).is_some_and(|ids| {
                            ids.iter().all(|id| {
                                *id == r.id
                                    || !input.routines.iter().any(|o| o.strength && o.id == *id)
                            })
                        })
                    });
                    if !(both_named && only_itself) {
                        return None;
                    }
                }
                // Share of the week's prescription still open, in per mille: the
                // routine furthest behind goes first, so daily routines do not crowd
                // out the rest; fewer days left make it more urgent.
                let open = need.saturating_mul(1000) / r.per_week.max(1);
                let urgency = open.saturating_mul(7) / days_left_in_week.max(1);
                Some((r, fixed_today, urgency))
            })
            .collect();
        candidates.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.cmp(&a.2))
                .then(a.0.minutes.cmp(&b.0.minutes))
                .then(a.0.id.cmp(&b.0.id))
        });

        let mut sessions = Vec::new();
        let mut strength_today = false;
        // A strength session put off still holds today's one strength place.
        let mut strength_place_taken = false;
        for (r, fixed_today, _) in candidates {
            if limit == TodayLimit::Nothing {
                break;
            }
            if (slots == 0 && !fixed_today)
                || !fits(r, fixed_today, left)
                || (r.strength && strength_place_taken && !fixed_today)
            {
                continue;
            }
            left = left.saturating_sub(r.minutes);
            slots = slots.saturating_sub(1);
            strength_place_taken |= r.strength;
            if put_off.contains(&(day, r.id.as_str())) {
                // Put off: its place stays empty (nothing is pulled into today), and
                // it moves to the next suitable day.
                continue;
            }
            strength_today |= r.strength;
            let n = count.entry((week, r.id.as_str())).or_insert(0);
            *n = n.saturating_add(1);
            on_day.entry(day).or_default().push(r.id.as_str());
            last.insert(r.id.as_str(), day);
            sessions.push(Planned {
                routine_id: r.id.clone(),
                minutes: r.minutes,
                part: r.part,
                over_budget: r.minutes > budget,
            });
        }
        // In the order of the day: morning first, then the rest as planned.
        sessions.sort_by_key(|s| s.part.unwrap_or(DayPart::Midday));
        if strength_today {
            strength_days.insert(day);
        }
        out.push(DayPlan { day, sessions });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        // 2026-03-02 is a Monday.
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn routine(id: &str, minutes: u32, strength: bool, per_week: u32) -> PlanRoutine {
        PlanRoutine {
            every_weeks: 1,
            id: id.into(),
            minutes,
            strength,
            per_week,
            days: None,
            seated: false,
            part: None,
        }
    }

    #[test]
    fn strength_three_times_a_week_is_spread_over_the_week() {
        let routines = [routine("legs", 12, true, 3)];
        let input = PlanInput {
            routines: &routines,
            done: &[],
            put_off: &[],
            today: day(2),
            budget_minutes: 20,
            today_limit: TodayLimit::Any,
            seated_only_until: None,
        };
        let days: Vec<u32> = plan(&input, 7)
            .iter()
            .filter(|d| !d.sessions.is_empty())
            .map(|d| d.day.day())
            .collect();
        assert_eq!(days, vec![2, 4, 6]);
    }

    #[test]
    fn not_today_moves_the_session_to_tomorrow_without_doubling() {
        let routines = [routine("stretch", 8, false, 7)];
        let put_off = [PutOff {
            day: day(2),
            routine_id: "stretch".into(),
        }];
        let input = PlanInput {
            routines: &routines,
            done: &[],
            put_off: &put_off,
            today: day(2),
            budget_minutes: 20,
            today_limit: TodayLimit::Any,
            seated_only_until: None,
        };
        let p = plan(&input, 2);
        assert!(p[0].sessions.is_empty());
        assert_eq!(p[1].sessions.len(), 1);
    }

    #[test]
    fn fixed_days_are_kept_and_a_missed_one_catches_up_on_the_next_suitable_day() {
        let mut r = routine("legs", 12, true, 2);
        r.days = Some(vec![Weekday::Mon, Weekday::Thu]);
        let routines = [r];
        let plan_from = |today| {
            let input = PlanInput {
                routines: &routines,
                done: &[],
                put_off: &[],
                today,
                budget_minutes: 20,
                today_limit: TodayLimit::Any,
                seated_only_until: None,
            };
            plan(&input, 6)
                .iter()
                .filter(|d| !d.sessions.is_empty())
                .map(|d| d.day.day())
                .collect::<Vec<_>>()
        };
        // From Monday: Monday and Thursday.
        assert_eq!(plan_from(day(2)), vec![2, 5]);
        // Tuesday, Monday missed: Tuesday catches up, Thursday stays.
        assert_eq!(plan_from(day(3)), vec![3, 5]);
        // Mon, Wed, Fri with Monday missed: no day left that is not next to
        // another, so the week is not filled by doubling up.
        let mut r = routine("legs", 12, true, 3);
        r.days = Some(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]);
        let routines = [r];
        let input = PlanInput {
            routines: &routines,
            done: &[],
            put_off: &[],
            today: day(3),
            budget_minutes: 20,
            today_limit: TodayLimit::Any,
            seated_only_until: None,
        };
        let days: Vec<u32> = plan(&input, 6)
            .iter()
            .filter(|d| !d.sessions.is_empty())
            .map(|d| d.day.day())
            .collect();
        assert_eq!(days, vec![4, 6]);
    }

    #[test]
    fn doing_more_than_prescribed_is_noticed() {
        let routines = [routine("legs", 12, true, 3)];
        let done: Vec<Done> = (2..=8)
            .map(|d| Done {
                day: day(d),
                routine_id: "legs".into(),
                counts: true,
                minutes: 12,
            })
            .collect();
        let found = too_much(&routines, &done, day(8));
        assert_eq!(
            found,
            vec![TooMuch {
                routine_id: "legs".into(),
                done: 7,
                prescribed: 3
            }]
        );
    }
}
