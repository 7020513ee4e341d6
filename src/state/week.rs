//! The week as Home, Review and `steady plan` show it: the planner's input gathered
//! from the person's program, the loaded routines, the history, today's check-in and
//! the settings; the plan; and a best time of day for today's sessions from the strong
//! hours, with why. Plain data; the shells put it in words.

use chrono::NaiveDate;

use crate::history::planner::{
    self, DayPlan, Done, PlanInput, PlanRoutine, PutOff, TodayLimit, TooMuch,
};
use crate::history::stats::{DayPart, StrongHours, strong_hours_verdict};
use crate::history::{DayRecord, SessionRecord};
use crate::program::{Program, TimeOfDay};
use crate::routine::Routine;
use crate::session::Plan;

/// The part of the day a program's time of day starts in.
pub fn part_of(time: TimeOfDay) -> Option<DayPart> {
    match time {
        TimeOfDay::Any => None,
        TimeOfDay::Morning => Some(DayPart::Morning),
        TimeOfDay::Afternoon => Some(DayPart::Afternoon),
        TimeOfDay::Evening => Some(DayPart::Evening),
    }
}

/// The planner's view of the program: each routine in it that the library has, with
/// its normal session's length (whole session time), its days and part of the day;
/// each check with its cadence. Only the program is planned.
pub fn plan_routines<'a>(
    program: &Program,
    routine: impl Fn(&str) -> Option<&'a Routine>,
    get_ready_secs: u32,
) -> Vec<PlanRoutine> {
    let minutes = |r: &Routine| Plan::normal_day(r, get_ready_secs).estimated_minutes();
    let prescribed = program.routines.iter().filter_map(|p| {
        let r = routine(&p.routine)?;
        let mut planned = PlanRoutine::of(r, minutes(r));
        planned.per_week = p.when.per_week();
        planned.days = p.when.days().map(<[_]>::to_vec);
        planned.every_weeks = 1;
        planned.part = part_of(p.time);
        Some(planned)
    });
    let checks = program.checks.iter().filter_map(|c| {
        let r = routine(&c.routine)?;
        let mut planned = PlanRoutine::of(r, minutes(r));
        planned.per_week = 1;
        planned.days = None;
        planned.every_weeks = c.every_weeks.max(1);
        // A check measures; it is not strength training, so it needs no rest day.
        planned.strength = false;
        Some(planned)
    });
    prescribed.chain(checks).collect()
}

/// Routine ids the program names that no loaded routine has.
pub fn missing(program: &Program, known: impl Fn(&str) -> bool) -> Vec<&str> {
    program.ids().filter(|id| !known(id)).collect()
}

/// The minutes a day the plan may fill: the program's daily time, else the person's
/// own setting.
pub fn budget(program: Option<&Program>, setting: u32) -> u32 {
    program.and_then(|p| p.daily_minutes).unwrap_or(setting)
}

/// How long standing and balance work pause after a fall reported at check-in.
pub const FALL_PAUSE_HOURS: i64 = 48;

/// The end of the pause of standing and balance work after the latest fall reported
/// at a check-in, if it is still on at `now`: 48 hours from that check-in, unless the
/// person confirmed after it that their clinician says they can go on (`resumed`).
pub fn fall_pause(
    records: &[SessionRecord],
    days: &[DayRecord],
    now: chrono::DateTime<chrono::FixedOffset>,
    resumed: Option<chrono::DateTime<chrono::FixedOffset>>,
) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let fell = records
        .iter()
        .filter(|r| r.check_in.fell == Some(true))
        .map(|r| r.started)
        .chain(
            days.iter()
                .filter(|d| d.check_in.fell == Some(true))
                .map(|d| d.at),
        )
        .filter(|at| *at <= now)
        .max()?;
    if resumed.is_some_and(|r| r >= fell) {
        return None;
    }
    let until = fell + chrono::Duration::hours(FALL_PAUSE_HOURS);
    (now < until).then_some(until)
}

/// What today's check-ins (with a session or on their own) allow: nothing after a
/// fever, only seated or lying work after a fall, new weakness or dizziness.
pub fn today_limit(records: &[SessionRecord], days: &[DayRecord], today: NaiveDate) -> TodayLimit {
    let check_ins = records
        .iter()
        .filter(|r| r.started.date_naive() == today)
        .map(|r| &r.check_in)
        .chain(
            days.iter()
                .filter(|d| d.at.date_naive() == today)
                .map(|d| &d.check_in),
        );
    let mut limit = TodayLimit::Any;
    for c in check_ins {
        if c.rules_out_today() {
            return TodayLimit::Nothing;
        }
        if c.rules_out_standing() || c.fell == Some(true) || c.new_weakness == Some(true) {
            limit = TodayLimit::SeatedOnly;
        }
    }
    limit
}

/// What the week is made from, as Home, reminders and `steady plan` have it.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub program: Option<&'a Program>,
    pub library: &'a crate::routine::LoadReport,
    pub records: &'a [SessionRecord],
    pub days: &'a [DayRecord],
    pub settings: &'a crate::state::Settings,
    pub today: NaiveDate,
    /// The local time now (the 48 hours after a fall).
    pub now: chrono::DateTime<chrono::FixedOffset>,
}

/// The week planned from the program.
#[derive(Debug, Clone, Default)]
pub struct Week {
    /// The program's routines as the planner sees them (empty without a program).
    pub routines: Vec<PlanRoutine>,
    /// Today first.
    pub days: Vec<DayPlan>,
    pub limit: TodayLimit,
    pub budget: u32,
    /// Standing and balance work paused after a fall, until then.
    pub paused_until: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// The plan for `days` days from today, from the program only (nothing without one).
pub fn plan_program(inputs: Inputs<'_>, days: u32) -> Week {
    let paused_until = fall_pause(
        inputs.records,
        inputs.days,
        inputs.now,
        inputs.settings.resumed_after_fall,
    );
    let mut limit = today_limit(inputs.records, inputs.days, inputs.today);
    if paused_until.is_some() && limit == TodayLimit::Any {
        limit = TodayLimit::SeatedOnly;
    }
    let budget = budget(inputs.program, inputs.settings.daily_budget_minutes);
    let Some(program) = inputs.program else {
        return Week {
            limit,
            budget,
            paused_until,
            ..Week::default()
        };
    };
    let routines = plan_routines(
        program,
        |id| inputs.library.get(id).map(|l| &l.routine),
        inputs.settings.get_ready_secs,
    );
    let done: Vec<Done> = inputs.records.iter().map(Done::of).collect();
    let mut days = planner::plan(
        &PlanInput {
            routines: &routines,
            done: &done,
            put_off: &inputs.settings.not_today,
            today: inputs.today,
            budget_minutes: budget,
            today_limit: limit,
            seated_only_until: paused_until.map(|u| u.date_naive()),
        },
        days,
    );
    // Nothing is planned before the program starts.
    if let Some(starts) = program.starts {
        for d in days.iter_mut().filter(|d| d.day < starts) {
            d.sessions.clear();
        }
    }
    Week {
        routines,
        days,
        limit,
        budget,
        paused_until,
    }
}

/// The plan for `days` days from `today` (today first).
pub fn week_plan(
    routines: &[PlanRoutine],
    records: &[SessionRecord],
    put_off: &[PutOff],
    today: NaiveDate,
    budget_minutes: u32,
    today_limit: TodayLimit,
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
            today_limit,
            seated_only_until: None,
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

/// Start times for a day's planned sessions: the first at its part of the day (from
/// the program), else at the best time (10:00 without one); each next one at its own
/// part of the day or 15 minutes after the one before ends, whichever is later. Never
/// past midnight: a time that would wrap stays at 23:59.
pub fn start_times(day: &DayPlan, best: Option<BestTime>) -> Vec<chrono::NaiveTime> {
    let default = best.map_or(start_of(DayPart::Night), |b| start_of(b.part()));
    let last = chrono::NaiveTime::from_hms_opt(23, 59, 0).unwrap_or_default();
    let mut at: Option<chrono::NaiveTime> = None;
    day.sessions
        .iter()
        .map(|s| {
            let own = s.part.map_or(default, start_of);
            let this = at.map_or(own, |a| a.max(own));
            let (next, wrapped) =
                this.overflowing_add_signed(chrono::Duration::minutes(i64::from(s.minutes) + 15));
            at = Some(if wrapped != 0 { last } else { next });
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
                    part: None,
                    over_budget: false,
                },
                Planned {
                    routine_id: "b".into(),
                    minutes: 12,
                    part: None,
                    over_budget: false,
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
