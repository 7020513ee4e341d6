//! Statistics over session records: what Home shows (this week, last done, due today)
//! and what the review shows (adherence to the prescription, weekly trends, reasons for
//! ending early, and "strong hours": when in the day sessions go best).
//!
//! Pure functions of the records and a "today" passed in, so tests use fixed dates.
//! Date arithmetic is checked everywhere: any date chrono can hold, from a crafted
//! record or a wrong clock, gives an answer, never a panic.

use chrono::{Datelike as _, Days, NaiveDate};

use super::record::{Outcome, SessionRecord};
use crate::session::progress::EndReason;

/// The Monday that starts the week of `day`.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday())))
        .unwrap_or(NaiveDate::MIN)
}

/// Whether `day` is in the week that starts on `start` (the 7 days from it).
fn in_week(start: NaiveDate, day: NaiveDate) -> bool {
    // Subtracting two dates cannot overflow (it is a `TimeDelta` of days).
    (0..7).contains(&day.signed_duration_since(start).num_days())
}

/// The local date a record started on.
pub fn record_day(record: &SessionRecord) -> NaiveDate {
    record.started.date_naive()
}

/// Records that started in the week (Monday to Sunday) of `today`.
pub fn this_week(records: &[SessionRecord], today: NaiveDate) -> Vec<&SessionRecord> {
    let start = week_start(today);
    records
        .iter()
        .filter(|r| in_week(start, record_day(r)))
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

/// Sessions of a routine this week that count toward its prescription (at least half
/// of the planned sets done: [`SessionRecord::counts_toward_prescription`]), and
/// whether one is still due today: the prescription has sessions left this week and
/// none was done today.
pub fn due_today(
    records: &[SessionRecord],
    routine_id: &str,
    times_per_week: u32,
    today: NaiveDate,
) -> (u32, bool) {
    let week = this_week(records, today);
    let done: Vec<&&SessionRecord> = week
        .iter()
        .filter(|r| r.routine_id == routine_id && r.counts_toward_prescription())
        .collect();
    let count = u32::try_from(done.len()).unwrap_or(u32::MAX);
    let done_today = done.iter().any(|r| record_day(r) == today);
    (count, count < times_per_week && !done_today)
}

/// "today", "yesterday", "3 days ago", "on 2 March".
pub fn describe_day(day: NaiveDate, today: NaiveDate) -> String {
    match today.signed_duration_since(day).num_days() {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        n @ 2..=6 => format!("{n} days ago"),
        _ => day.format("on %-d %B").to_string(),
    }
}

/// A routine as the review needs it: id, title and prescription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prescribed {
    pub routine_id: String,
    pub title: String,
    pub times_per_week: u32,
}

impl Prescribed {
    /// A routine of the person's program, `times_per_week` as the program says.
    pub fn new(routine_id: &str, title: &str, times_per_week: u32) -> Self {
        Self {
            routine_id: routine_id.to_owned(),
            title: title.to_owned(),
            times_per_week,
        }
    }

    pub fn of(routine: &crate::routine::Routine) -> Self {
        Self {
            routine_id: routine.id.clone(),
            title: routine.title.clone(),
            times_per_week: routine.prescription.times_per_week,
        }
    }
}

/// One week of one routine: sessions done against prescribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekCount {
    pub week_start: NaiveDate,
    pub done: u32,
    pub prescribed: u32,
}

/// Adherence of one routine over recent weeks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adherence {
    pub routine_id: String,
    pub title: String,
    pub times_per_week: u32,
    /// Oldest first; the last is the current week (so far).
    pub weeks: Vec<WeekCount>,
    /// Over the full weeks (the current one left out), sessions done (at most the
    /// prescription each week) against prescribed, in whole percent. `None` before a
    /// full week has passed.
    pub percent: Option<u32>,
}

/// Weeks counted: from the week of the first session on record, at most `max_weeks`,
/// ending with the current week.
fn review_weeks(records: &[SessionRecord], today: NaiveDate, max_weeks: usize) -> Vec<NaiveDate> {
    let this = week_start(today);
    let first = records
        .iter()
        .map(record_day)
        .min()
        .map_or(this, week_start);
    let weeks_between = this.signed_duration_since(first).num_days().max(0) / 7;
    let span = usize::try_from(weeks_between)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let n = span.min(max_weeks.max(1));
    (0..n)
        .rev()
        .filter_map(|k| this.checked_sub_days(Days::new(7u64.saturating_mul(k as u64))))
        .collect()
}

/// Adherence per prescribed routine that has been done at least once.
pub fn adherence(
    records: &[SessionRecord],
    routines: &[Prescribed],
    today: NaiveDate,
    max_weeks: usize,
) -> Vec<Adherence> {
    let weeks = review_weeks(records, today, max_weeks);
    routines
        .iter()
        .filter(|p| records.iter().any(|r| r.routine_id == p.routine_id))
        .map(|p| {
            let counts: Vec<WeekCount> = weeks
                .iter()
                .map(|&start| {
                    let done = records
                        .iter()
                        .filter(|r| {
                            r.routine_id == p.routine_id
                                && in_week(start, record_day(r))
                                && r.counts_toward_prescription()
                        })
                        .count();
                    WeekCount {
                        week_start: start,
                        done: u32::try_from(done).unwrap_or(u32::MAX),
                        prescribed: p.times_per_week,
                    }
                })
                .collect();
            let full = &counts[..counts.len().saturating_sub(1)];
            let prescribed = full
                .iter()
                .fold(0u32, |sum, w| sum.saturating_add(w.prescribed));
            let done = full
                .iter()
                .fold(0u32, |sum, w| sum.saturating_add(w.done.min(w.prescribed)));
            Adherence {
                routine_id: p.routine_id.clone(),
                title: p.title.clone(),
                times_per_week: p.times_per_week,
                percent: percent(done, prescribed),
                weeks: counts,
            }
        })
        .collect()
}

/// All routines together, over full weeks: `None` before a full week has passed.
pub fn overall_percent(adherence: &[Adherence]) -> Option<u32> {
    let (done, prescribed) = adherence.iter().fold((0u32, 0u32), |(d, p), a| {
        let full = &a.weeks[..a.weeks.len().saturating_sub(1)];
        full.iter().fold((d, p), |(d, p), w| {
            (
                d.saturating_add(w.done.min(w.prescribed)),
                p.saturating_add(w.prescribed),
            )
        })
    });
    percent(done, prescribed)
}

/// `done` of `prescribed` in whole percent, rounded; `None` when nothing was prescribed.
fn percent(done: u32, prescribed: u32) -> Option<u32> {
    (prescribed > 0).then(|| {
        let p = (u64::from(done) * 100 + u64::from(prescribed) / 2) / u64::from(prescribed);
        u32::try_from(p).unwrap_or(u32::MAX)
    })
}

/// One week of all sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekTrend {
    pub week_start: NaiveDate,
    pub sessions: u32,
    pub minutes: u32,
    pub avg_effort: Option<f32>,
    pub avg_fatigue: Option<f32>,
}

fn average(values: impl Iterator<Item = u8>) -> Option<f32> {
    let (sum, n) = values.fold((0u64, 0u64), |(s, n), v| (s + u64::from(v), n + 1));
    (n > 0).then(|| sum as f32 / n as f32)
}

/// Minutes, sessions, and average effort and fatigue, per week.
pub fn trends(records: &[SessionRecord], today: NaiveDate, max_weeks: usize) -> Vec<WeekTrend> {
    review_weeks(records, today, max_weeks)
        .into_iter()
        .map(|start| {
            let week: Vec<&SessionRecord> = records
                .iter()
                .filter(|r| in_week(start, record_day(r)))
                .collect();
            WeekTrend {
                week_start: start,
                sessions: u32::try_from(week.len()).unwrap_or(u32::MAX),
                minutes: week
                    .iter()
                    .fold(0u32, |sum, r| sum.saturating_add(r.active_minutes())),
                avg_effort: average(week.iter().filter_map(|r| r.effort)),
                avg_fatigue: average(week.iter().filter_map(|r| r.fatigue)),
            }
        })
        .collect()
}

/// How often each reason ended a session early, most frequent first.
pub fn end_reasons(records: &[SessionRecord]) -> Vec<(EndReason, u32)> {
    let mut counts: Vec<(EndReason, u32)> = Vec::new();
    for r in records {
        if let Outcome::EndedEarly(reason) = r.outcome {
            match counts.iter_mut().find(|(k, _)| *k == reason) {
                Some((_, n)) => *n = n.saturating_add(1),
                None => counts.push((reason, 1)),
            }
        }
    }
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    counts
}

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayPart {
    /// 05:00–10:59
    Morning,
    /// 11:00–13:59
    Midday,
    /// 14:00–17:59
    Afternoon,
    /// 18:00–21:59
    Evening,
    /// 22:00–04:59
    Night,
}

impl DayPart {
    pub const ALL: [Self; 5] = [
        Self::Morning,
        Self::Midday,
        Self::Afternoon,
        Self::Evening,
        Self::Night,
    ];

    pub fn of_hour(hour: u32) -> Self {
        match hour {
            5..=10 => Self::Morning,
            11..=13 => Self::Midday,
            14..=17 => Self::Afternoon,
            18..=21 => Self::Evening,
            _ => Self::Night,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Morning => "morning",
            Self::Midday => "midday",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
            Self::Night => "night",
        }
    }
}

/// How sessions went in one part of the day.
#[derive(Debug, Clone, PartialEq)]
pub struct DayPartStats {
    pub part: DayPart,
    pub sessions: u32,
    pub completed: u32,
    pub avg_effort: Option<f32>,
    pub avg_fatigue: Option<f32>,
    /// Higher is better: the share finished, less for effort and fatigue (0–100).
    pub score: Option<f32>,
}

/// Sessions needed before Steady names strong hours.
pub const STRONG_HOURS_MIN_SESSIONS: usize = 4;
/// Sessions in a part of the day before it can be judged at all: fewer say nothing.
pub const STRONG_HOURS_MIN_PER_PART: u32 = 3;

/// The "fatigue window map": how sessions go by part of the day, and a sentence.
/// What the strong-hours statistics say, for the shells to put in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrongHours {
    /// Fewer than [`STRONG_HOURS_MIN_SESSIONS`] sessions so far.
    TooFew { so_far: usize },
    /// No part of the day has [`STRONG_HOURS_MIN_PER_PART`] sessions.
    Spread,
    /// Only one part of the day has [`STRONG_HOURS_MIN_PER_PART`] or more sessions.
    MostlyIn(DayPart),
    /// One part clearly better than another.
    BestAndHarder { best: DayPart, worst: DayPart },
    /// No clear difference.
    Even,
}

impl StrongHours {
    /// In English (the CLI and tests; the window says it in the person's language).
    pub fn describe(self) -> String {
        match self {
            Self::TooFew { so_far } => format!(
                "After {STRONG_HOURS_MIN_SESSIONS} sessions Steady can show when in the day yours go best ({so_far} so far)."
            ),
            Self::Spread => {
                "Your sessions are spread over the day; no time stands out yet.".to_owned()
            }
            Self::MostlyIn(part) => format!("Most of your sessions are in the {}.", part.label()),
            Self::BestAndHarder { best, worst } => format!(
                "Your sessions go best in the {}, and are harder in the {}.",
                best.label(),
                worst.label()
            ),
            Self::Even => {
                "Your sessions go about as well at any time of day you exercise.".to_owned()
            }
        }
    }
}

/// Statistics per part of the day and a sentence about them, in English.
pub fn strong_hours(records: &[SessionRecord]) -> (Vec<DayPartStats>, String) {
    let (stats, verdict) = strong_hours_verdict(records);
    (stats, verdict.describe())
}

/// Statistics per part of the day and what they say.
pub fn strong_hours_verdict(records: &[SessionRecord]) -> (Vec<DayPartStats>, StrongHours) {
    let stats: Vec<DayPartStats> = DayPart::ALL
        .iter()
        .map(|&part| {
            let in_part: Vec<&SessionRecord> = records
                .iter()
                .filter(|r| DayPart::of_hour(chrono::Timelike::hour(&r.started)) == part)
                .collect();
            let sessions = u32::try_from(in_part.len()).unwrap_or(u32::MAX);
            let completed = u32::try_from(
                in_part
                    .iter()
                    .filter(|r| r.completed() && r.counts_toward_prescription())
                    .count(),
            )
            .unwrap_or(u32::MAX);
            let avg_effort = average(in_part.iter().filter_map(|r| r.effort));
            let avg_fatigue = average(in_part.iter().filter_map(|r| r.fatigue));
            let score = (sessions > 0).then(|| {
                let finished = completed as f32 / sessions as f32 * 100.0;
                finished - 3.0 * avg_fatigue.unwrap_or(5.0) - 2.0 * avg_effort.unwrap_or(5.0)
            });
            DayPartStats {
                part,
                sessions,
                completed,
                avg_effort,
                avg_fatigue,
                score,
            }
        })
        .collect();
    if records.len() < STRONG_HOURS_MIN_SESSIONS {
        return (
            stats,
            StrongHours::TooFew {
                so_far: records.len(),
            },
        );
    }
    let ranked: Vec<&DayPartStats> = {
        let mut v: Vec<&DayPartStats> = stats
            .iter()
            .filter(|s| s.sessions >= STRONG_HOURS_MIN_PER_PART)
            .collect();
        v.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        v
    };
    let summary = match ranked.as_slice() {
        [] => StrongHours::Spread,
        [only] => StrongHours::MostlyIn(only.part),
        [best, .., worst] if best.score.unwrap_or(0.0) - worst.score.unwrap_or(0.0) >= 10.0 => {
            StrongHours::BestAndHarder {
                best: best.part,
                worst: worst.part,
            }
        }
        _ => StrongHours::Even,
    };
    (stats, summary)
}

/// How far back the review and the clinician's report look.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Period {
    Weeks4,
    #[default]
    Weeks12,
    Months6,
    Year,
    /// From the first session on record.
    Everything,
}

impl Period {
    pub const ALL: [Self; 5] = [
        Self::Weeks4,
        Self::Weeks12,
        Self::Months6,
        Self::Year,
        Self::Everything,
    ];

    /// The first day of the period that ends on `today`: the Monday that starts its
    /// first week (the current week counts as one), or for everything, the Monday of
    /// the week of the first session (`earliest`; today's week without one).
    pub fn first_day(self, today: NaiveDate, earliest: Option<NaiveDate>) -> NaiveDate {
        let weeks = match self {
            Self::Weeks4 => 4,
            Self::Weeks12 => 12,
            Self::Months6 => 26,
            Self::Year => 52,
            Self::Everything => return week_start(earliest.unwrap_or(today).min(today)),
        };
        week_start(today)
            .checked_sub_days(Days::new(7 * (weeks - 1)))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// The most years a report covers ([`Span::bounded`]).
pub const MAX_SPAN_YEARS: u32 = 10;

/// The days a review or a report covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    /// The period ending today; it starts no earlier than the week of the first
    /// session, so a short history does not show empty weeks before it began.
    pub fn of(period: Period, records: &[SessionRecord], today: NaiveDate) -> Self {
        let earliest = records.iter().map(record_day).min();
        let from = period.first_day(today, earliest);
        let from = earliest.map_or(from, |e| from.max(week_start(e.min(today))));
        Self { from, to: today }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// A span the person asked for, narrowed to the history that exists (`history`: the
    /// first and last day with a session, rest day or self-test): from no earlier than
    /// the week of the first such day, to no later than the last such day or `today`,
    /// whichever is later. A span with no history in it stays as asked. `Err` (with the
    /// span left) when it is still longer than [`MAX_SPAN_YEARS`]: the work and the
    /// document stay bounded.
    pub fn bounded(
        self,
        history: Option<(NaiveDate, NaiveDate)>,
        today: NaiveDate,
    ) -> Result<Self, Self> {
        let narrowed = history.map(|(first, last)| Self {
            from: self.from.max(week_start(first)),
            to: self.to.min(last.max(today)),
        });
        let span = match narrowed {
            Some(narrowed) if narrowed.from <= narrowed.to => narrowed,
            _ => self,
        };
        let limit = span
            .from
            .checked_add_months(chrono::Months::new(12 * MAX_SPAN_YEARS));
        if limit.is_none_or(|limit| span.to >= limit) {
            Err(span)
        } else {
            Ok(span)
        }
    }

    /// Whole days in the span.
    pub fn days(&self) -> i64 {
        self.to.signed_duration_since(self.from).num_days() + 1
    }

    /// Weeks up to six months (27 weeks: 26 full ones and the one under way) are shown
    /// one by one, longer spans by month, so a chart keeps readable bars.
    pub fn grain(&self) -> Grain {
        if self.days() > 27 * 7 {
            Grain::Month
        } else {
            Grain::Week
        }
    }

    /// The Mondays of the weeks that overlap the span, oldest first.
    fn mondays(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut week = week_start(self.from);
        while week <= self.to {
            out.push(week);
            match week.checked_add_days(Days::new(7)) {
                Some(next) => week = next,
                None => break,
            }
        }
        out
    }
}

/// How a span is cut into bars: weeks, or months (of the weeks that start in them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Week,
    Month,
}

/// A week or a month of one routine: sessions that count against prescribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodCount {
    /// The first Monday in it.
    pub start: NaiveDate,
    /// Weeks in it (1 for a week).
    pub weeks: u32,
    /// Sessions that count toward the prescription.
    pub done: u32,
    /// The prescription times its weeks.
    pub prescribed: u32,
    /// Sessions done, at most the prescription each week, in its full weeks.
    pub done_in_full_weeks: u32,
    /// Prescribed in its full weeks.
    pub prescribed_in_full_weeks: u32,
}

/// Adherence of one routine over a span, week by week or month by month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodAdherence {
    pub routine_id: String,
    pub title: String,
    pub times_per_week: u32,
    pub grain: Grain,
    /// Oldest first.
    pub counts: Vec<PeriodCount>,
    /// Over the full weeks, as [`Adherence::percent`].
    pub percent: Option<u32>,
    /// Full weeks counted in `percent`.
    pub full_weeks: u32,
}

/// Whether the week starting `monday` lies wholly in the span and is over by `today`.
fn full_week(span: &Span, monday: NaiveDate, today: NaiveDate) -> bool {
    let sunday = monday
        .checked_add_days(Days::new(6))
        .unwrap_or(NaiveDate::MAX);
    monday >= span.from && sunday <= span.to && sunday < today
}

/// Sessions of routines outside the program (`in_program` says no), in the span,
/// per routine (id and count), most first: extra work, never counted as missed.
pub fn extra_sessions(
    records: &[SessionRecord],
    span: Span,
    in_program: impl Fn(&str) -> bool,
) -> Vec<(String, u32)> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for r in records
        .iter()
        .filter(|r| span.contains(record_day(r)) && !in_program(&r.routine_id))
    {
        match counts.iter_mut().find(|(id, _)| *id == r.routine_id) {
            Some((_, n)) => *n = n.saturating_add(1),
            None => counts.push((r.routine_id.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

/// Adherence per prescribed routine (every routine of the program, done or not), cut
/// by [`Span::grain`]. A week is full when it lies wholly in the span and is over by
/// `today`; only full weeks count in the percentage. For the last 12 weeks this
/// gives the same weeks and percentages as [`adherence`].
pub fn adherence_over(
    records: &[SessionRecord],
    routines: &[Prescribed],
    span: Span,
    today: NaiveDate,
) -> Vec<PeriodAdherence> {
    let grain = span.grain();
    let mondays = span.mondays();
    let in_span: Vec<&SessionRecord> = records
        .iter()
        .filter(|r| span.contains(record_day(r)))
        .collect();
    routines
        .iter()
        .map(|p| {
            let mut counts: Vec<PeriodCount> = Vec::new();
            for &monday in &mondays {
                let done = in_span
                    .iter()
                    .filter(|r| {
                        r.routine_id == p.routine_id
                            && in_week(monday, record_day(r))
                            && r.counts_toward_prescription()
                    })
                    .count();
                let done = u32::try_from(done).unwrap_or(u32::MAX);
                let full = full_week(&span, monday, today);
                let week = PeriodCount {
                    start: monday,
                    weeks: 1,
                    done,
                    prescribed: p.times_per_week,
                    done_in_full_weeks: if full { done.min(p.times_per_week) } else { 0 },
                    prescribed_in_full_weeks: if full { p.times_per_week } else { 0 },
                };
                match counts.last_mut() {
                    Some(last)
                        if grain == Grain::Month
                            && (last.start.year(), last.start.month())
                                == (monday.year(), monday.month()) =>
                    {
                        last.weeks += 1;
                        last.done = last.done.saturating_add(week.done);
                        last.prescribed = last.prescribed.saturating_add(week.prescribed);
                        last.done_in_full_weeks = last
                            .done_in_full_weeks
                            .saturating_add(week.done_in_full_weeks);
                        last.prescribed_in_full_weeks = last
                            .prescribed_in_full_weeks
                            .saturating_add(week.prescribed_in_full_weeks);
                    }
                    _ => counts.push(week),
                }
            }
            let full_weeks = u32::try_from(
                mondays
                    .iter()
                    .filter(|m| full_week(&span, **m, today))
                    .count(),
            )
            .unwrap_or(u32::MAX);
            let (done, prescribed) = counts.iter().fold((0u32, 0u32), |(d, pr), c| {
                (
                    d.saturating_add(c.done_in_full_weeks),
                    pr.saturating_add(c.prescribed_in_full_weeks),
                )
            });
            PeriodAdherence {
                routine_id: p.routine_id.clone(),
                title: p.title.clone(),
                times_per_week: p.times_per_week,
                grain,
                percent: percent(done, prescribed),
                full_weeks,
                counts,
            }
        })
        .collect()
}

/// All routines together over the span's full weeks.
pub fn overall_percent_over(adherence: &[PeriodAdherence]) -> Option<u32> {
    let (done, prescribed) =
        adherence
            .iter()
            .flat_map(|a| &a.counts)
            .fold((0u32, 0u32), |(d, p), c| {
                (
                    d.saturating_add(c.done_in_full_weeks),
                    p.saturating_add(c.prescribed_in_full_weeks),
                )
            });
    percent(done, prescribed)
}

/// Sessions, minutes and average effort and fatigue per week or month of the span
/// (as [`trends`], cut by [`Span::grain`]).
pub fn trends_over(records: &[SessionRecord], span: Span) -> Vec<WeekTrend> {
    let grain = span.grain();
    let mut groups: Vec<(NaiveDate, Vec<&SessionRecord>)> = Vec::new();
    for monday in span.mondays() {
        let week = records.iter().filter(|r| {
            let day = record_day(r);
            span.contains(day) && in_week(monday, day)
        });
        match groups.last_mut() {
            Some((start, list))
                if grain == Grain::Month
                    && (start.year(), start.month()) == (monday.year(), monday.month()) =>
            {
                list.extend(week);
            }
            _ => groups.push((monday, week.collect())),
        }
    }
    groups
        .into_iter()
        .map(|(start, list)| WeekTrend {
            week_start: start,
            sessions: u32::try_from(list.len()).unwrap_or(u32::MAX),
            minutes: list
                .iter()
                .fold(0u32, |sum, r| sum.saturating_add(r.active_minutes())),
            avg_effort: average(list.iter().filter_map(|r| r.effort)),
            avg_fatigue: average(list.iter().filter_map(|r| r.fatigue)),
        })
        .collect()
}

/// The records that started within the span.
pub fn records_in(records: &[SessionRecord], span: Span) -> Vec<SessionRecord> {
    records
        .iter()
        .filter(|r| span.contains(record_day(r)))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_span_asked_for_is_narrowed_to_the_history_and_bounded_to_ten_years() {
        let today = day(2026, 3, 4); // a Wednesday
        let widest = Span {
            from: NaiveDate::MIN,
            to: NaiveDate::MAX,
        };
        // History from Thursday 2025-01-02 to 2026-02-20: from the Monday of that week
        // (2024-12-30) to today, the later of the last day and today.
        let history = Some((day(2025, 1, 2), day(2026, 2, 20)));
        assert_eq!(
            widest.bounded(history, today),
            Ok(Span {
                from: day(2024, 12, 30),
                to: today
            })
        );
        // No history: the widest span is refused, a 10-year one is not.
        assert!(widest.bounded(None, today).is_err());
        let ten_years = Span {
            from: day(2016, 3, 5),
            to: today,
        };
        assert_eq!(ten_years.bounded(None, today), Ok(ten_years));
        let one_day_more = Span {
            from: day(2016, 3, 4),
            to: today,
        };
        assert_eq!(one_day_more.bounded(None, today), Err(one_day_more));
        // A span with no history in it stays as asked.
        let before = Span {
            from: day(2000, 1, 1),
            to: day(2000, 12, 31),
        };
        assert_eq!(before.bounded(history, today), Ok(before));
        // History over more than ten years (1990 to today) is still refused when asked.
        assert!(
            widest
                .bounded(Some((day(1990, 1, 1), today)), today)
                .is_err()
        );
    }
}
