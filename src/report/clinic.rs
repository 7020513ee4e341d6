//! The adherence report for a clinician: one HTML file over a span of days, with the
//! period and routines, adherence per routine against its prescription (bars with
//! the target line, and the numbers in a table), effort and fatigue with every
//! session marked, lighter days, sessions stopped early and why, a calendar strip of
//! check-in flags, strong hours, self-test results against the person's usual (left
//! out when there are none), the person's notes, and the versions of the routines
//! done. Every number comes from `history::stats`, so the report says what
//! the Review screen says.

use crate::history::flags::{Flag, FlagKind};
use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use maud::{Markup, html};

use super::chart::{self, Bar, Day, Point};
use super::{one_decimal, page};
use crate::history::levels::ProgressionAnswer;
use crate::history::record::routine_hash;
use crate::history::stats::{
    Grain, PeriodAdherence, Prescribed, Span, adherence_over, end_reasons, overall_percent_over,
    record_day, records_in, strong_hours_verdict, trends_over, week_start,
};
use crate::history::{DayRecord, Outcome, SessionRecord};
use crate::routine::{Level, Routine};
use crate::t;

/// Notes listed, newest first (a year of daily notes would fill pages).
pub const MAX_NOTES: usize = 60;
/// Sessions stopped early listed one by one, newest first.
pub const MAX_STOPPED: usize = 25;
/// Weeks on the calendar strip (the last of the span).
pub const CALENDAR_WEEKS: usize = 53;

/// What a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// Every session on record (the report picks the span's).
    pub records: &'a [SessionRecord],
    /// Days with a check-in and no session.
    pub days: &'a [DayRecord],
    /// The routines as they are now (bundled and the person's).
    pub routines: &'a [Routine],
    pub span: Span,
    /// Today, for which weeks are over.
    pub today: NaiveDate,
    /// When the report is made.
    pub made: DateTime<FixedOffset>,
    /// Every self-test result on record (the report shows the span's; the usual is
    /// from the first three ever).
    pub tests: &'a [crate::history::selftests::TestRecord],
    /// The person's program: adherence is counted against it only.
    pub program: Option<&'a crate::program::Program>,
    /// Who the report is about, as the person entered it (Settings → About me; kept
    /// only on this computer): name and date of birth, each may be empty.
    pub person: &'a Person,
}

/// The person, as entered in Settings → About me.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub born: Option<NaiveDate>,
    /// The clinician's name and contact (the program's, else the person's own entry).
    pub clinician: String,
    /// When the person said, after a fall, that their clinician lets them go on with
    /// standing and balance work before the 48 hours were over.
    pub resumed_after_fall: Option<DateTime<FixedOffset>>,
}

/// The whole report as one HTML document.
pub fn render_report(input: &ReportInput<'_>) -> String {
    let span = input.span;
    let records = records_in(input.records, span);
    let days: Vec<&DayRecord> = input
        .days
        .iter()
        .filter(|d| span.contains(d.at.date_naive()))
        .collect();
    // Adherence against the program only; its checks have their own section.
    let title_of = |id: &str| {
        input
            .routines
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.title.clone())
    };
    let prescribed: Vec<Prescribed> = input
        .program
        .map(|p| p.prescribed(title_of))
        .unwrap_or_default();
    let mut counted = span;
    if let Some(from) = input.program.and_then(crate::program::Program::counts_from) {
        counted.from = counted.from.max(from);
    }
    let adherence = adherence_over(&records, &prescribed, counted, input.today);
    let extra: Vec<(String, u32)> = crate::history::stats::extra_sessions(&records, span, |id| {
        input.program.is_some_and(|p| p.contains(id))
    })
    .into_iter()
    .map(|(id, n)| (title_of(&id).unwrap_or(id), n))
    .collect();
    let title = t!("report-title");
    let body = html! {
        div class="sheet" {
            (header(input, &records, &title))
            (safety_section(input, &records, &days, span))
            (adherence_section(&adherence, span, input.program.is_some(), &extra))
            (levels_section(input, span))
        }
        div class="sheet" {
            (check_ins_section(&records, &days, span))
            (effort_section(&records, span))
        }
        div class="sheet" {
            (lighter_section(&records, span))
            (stopped_section(&records))
            (calendar_section(&records, &days, span))
            (hours_section(&records))
            (tests_section(input.tests, span))
        }
        div class="sheet" {
            (notes_section(&records))
            (versions_section(input.routines, &records))
        }
    };
    page(&title, "report", &body)
}

fn date(day: NaiveDate) -> String {
    crate::i18n::day(day, &t!("date-day-month-year-short"))
}

/// A flag in words.
fn flag_words(kind: FlagKind) -> String {
    match kind {
        FlagKind::Fall => t!("report-flag-fall"),
        FlagKind::Fever => t!("report-flag-fever"),
        FlagKind::NewWeakness => t!("report-flagged-weakness"),
        FlagKind::Dizzy => t!("report-flag-dizzy"),
        FlagKind::StoppedForPain => t!("report-flag-pain"),
        FlagKind::StoppedUnsafe => t!("report-flag-unsafe"),
        FlagKind::TestWorse {
            kind,
            stance,
            tenths,
        } => {
            let name = match stance {
                Some(s) => format!(
                    "{} ({})",
                    crate::i18n::test_name(kind),
                    crate::i18n::stance(s)
                ),
                None => crate::i18n::test_name(kind),
            };
            t!(
                "report-flag-test-worse",
                test = name,
                value = crate::i18n::test_value(kind, tenths)
            )
        }
        FlagKind::PoorSleep => t!("report-flag-sleep"),
        FlagKind::Hot => t!("report-flagged-hot"),
        FlagKind::Step { from, to, accepted } => {
            let (from, to) = (crate::i18n::level(from), crate::i18n::level(to));
            if accepted {
                t!("report-flag-step-taken", from = from, to = to)
            } else {
                t!("report-flag-step-declined", from = from, to = to)
            }
        }
    }
}

/// Page 1's first answer: what happened that matters for safety, with dates, and
/// whether there were falls at all.
fn safety_section(
    input: &ReportInput<'_>,
    records: &[SessionRecord],
    days: &[&DayRecord],
    span: Span,
) -> Markup {
    let days: Vec<DayRecord> = days.iter().map(|d| (*d).clone()).collect();
    let flags = crate::history::flags::flags(records, &days, input.tests, span);
    let title_of = |id: &Option<String>| {
        id.as_deref().map(|id| {
            input
                .routines
                .iter()
                .find(|r| r.id == id)
                .map_or_else(|| id.to_owned(), |r| r.title.clone())
        })
    };
    let falls = flags.iter().filter(|f| f.kind == FlagKind::Fall).count();
    let (safety, other): (Vec<&Flag>, Vec<&Flag>) = flags.iter().partition(|f| f.kind.is_safety());
    html! {
        section id="report-safety" {
            h2 { (t!("report-safety")) }
            p class="falls" {
                @if falls == 0 { strong { (t!("report-no-falls")) } }
                @else { strong { (t!("report-falls", count = falls)) } }
            }
            @if safety.is_empty() {
                p { (t!("report-no-safety-flags")) }
            } @else {
                ul class="flags" {
                    @for f in &safety {
                        li data-flag=(format!("{:?}", f.kind).split([' ', '{']).next().unwrap_or_default()) {
                            strong { (crate::i18n::dates(&f.at, &t!("date-day-month-year-short"))) } ": "
                            (flag_words(f.kind))
                            @if let Some(title) = title_of(&f.routine_id) { " (" (title) ")" }
                        }
                    }
                }
            }
            @if let Some(at) = input.person.resumed_after_fall.filter(|at| span.contains(at.date_naive())) {
                p id="report-resumed" {
                    strong { (crate::i18n::dates(&at, &t!("date-day-month-year-short"))) } ": "
                    (t!("report-resumed-after-fall"))
                }
            }
            @if !other.is_empty() {
                h3 { (t!("report-other-flags")) }
                ul class="flags" {
                    // Heat and poor sleep: one line each, with their dates.
                    @for kind in [FlagKind::PoorSleep, FlagKind::Hot] {
                        @let dates: Vec<String> = other.iter().filter(|f| f.kind == kind)
                            .map(|f| crate::i18n::dates(&f.at, &t!("date-day-month-short"))).collect();
                        @if !dates.is_empty() {
                            li { (flag_words(kind)) ": " (dates.join(", ")) }
                        }
                    }
                    @for f in other.iter().filter(|f| !matches!(f.kind, FlagKind::PoorSleep | FlagKind::Hot)) {
                        li {
                            (crate::i18n::dates(&f.at, &t!("date-day-month-year-short"))) ": "
                            (flag_words(f.kind))
                            @if let Some(title) = title_of(&f.routine_id) { " (" (title) ")" }
                        }
                    }
                }
            }
            p class="small" { (t!("report-safety-explained")) }
        }
    }
}

/// The person's level per routine of the program now, with the steps of the period.
fn levels_section(input: &ReportInput<'_>, span: Span) -> Markup {
    let Some(program) = input.program else {
        return html! {};
    };
    let rows: Vec<(String, String, String)> = program
        .routines
        .iter()
        .map(|p| {
            let title = input
                .routines
                .iter()
                .find(|r| r.id == p.routine)
                .map_or_else(|| p.routine.clone(), |r| r.title.clone());
            let level = crate::history::levels::current_level_with_days(
                input.records,
                input.days,
                &p.routine,
            );
            let steps: Vec<String> = input
                .records
                .iter()
                .filter(|r| r.routine_id == p.routine && span.contains(r.started.date_naive()))
                .filter_map(|r| r.check_in.progression.map(|a| (r.started, a)))
                .chain(
                    input
                        .days
                        .iter()
                        .filter(|d| d.routine_id == p.routine && span.contains(d.at.date_naive()))
                        .filter_map(|d| d.check_in.progression.map(|a| (d.at, a))),
                )
                .map(|(at, a)| {
                    format!(
                        "{}: {}",
                        crate::i18n::dates(&at, &t!("date-day-month-short")),
                        flag_words(FlagKind::Step {
                            from: a.from,
                            to: a.to,
                            accepted: a.accepted
                        })
                    )
                })
                .collect();
            (title, crate::i18n::level(level), steps.join("; "))
        })
        .collect();
    html! {
        section id="report-levels" {
            h2 { (t!("report-levels")) }
            table class="levels" {
                thead { tr {
                    th { (t!("report-levels-routine")) }
                    th { (t!("report-levels-now")) }
                    th { (t!("report-levels-steps")) }
                } }
                tbody {
                    @for (title, level, steps) in &rows {
                        tr { td { (title) } td class="level" { (level) } td { (steps) } }
                    }
                }
            }
        }
    }
}

/// The check-in answers, a row per week.
fn check_ins_section(records: &[SessionRecord], days: &[&DayRecord], span: Span) -> Markup {
    let days: Vec<DayRecord> = days.iter().map(|d| (*d).clone()).collect();
    let weeks = crate::history::flags::check_in_weeks(records, &days, span);
    html! {
        section id="report-check-ins" {
            h2 { (t!("report-check-ins")) }
            @if weeks.is_empty() {
                p { (t!("report-no-check-ins")) }
            } @else {
                table class="check-ins" {
                    thead { tr {
                        th { (t!("report-week")) }
                        th class="n" { (t!("report-ci-count")) }
                        th class="n" { (t!("report-ci-low-energy")) }
                        th class="n" { (t!("report-ci-hot")) }
                        th class="n" { (t!("report-ci-fever")) }
                        th class="n" { (t!("report-ci-sleep")) }
                        th class="n" { (t!("report-ci-dizzy")) }
                        th class="n" { (t!("report-ci-falls")) }
                        th class="n" { (t!("report-ci-weakness")) }
                    } }
                    tbody {
                        @for w in &weeks {
                            tr {
                                td { (crate::i18n::day(w.week_start, &t!("date-day-month-short"))) }
                                td class="n" { (w.check_ins) }
                                td class="n" { (w.low_energy) }
                                td class="n" { (w.hot) }
                                td class="n" { (w.fever) }
                                td class="n" { (w.poor_sleep) }
                                td class="n" { (w.dizzy) }
                                td class="n" { (w.falls) }
                                td class="n" { (w.new_weakness) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn header(input: &ReportInput<'_>, records: &[SessionRecord], title: &str) -> Markup {
    let span = input.span;
    // Each routine by its title now (in the person's language), else as recorded.
    let mut done: Vec<(&str, &str)> = records
        .iter()
        .map(|r| {
            let title = input
                .routines
                .iter()
                .find(|routine| routine.id == r.routine_id)
                .map_or(r.routine_title.as_str(), |routine| routine.title.as_str());
            (r.routine_id.as_str(), title)
        })
        .collect();
    done.sort_unstable();
    done.dedup_by_key(|(id, _)| *id);
    let counted = records
        .iter()
        .filter(|r| r.counts_toward_prescription())
        .count();
    html! {
        header id="report-period" {
            h1 { (title) }
            p {
                (t!("report-period", from = date(span.from), to = date(span.to), days = span.days()))
            }
            p class="small" {
                (t!("report-made", when = crate::i18n::dates(&input.made, &t!("date-short-with-time"))))
            }
            @if !input.person.name.trim().is_empty() || input.person.born.is_some() {
                p id="report-person" {
                    @if !input.person.name.trim().is_empty() {
                        strong { (input.person.name.trim()) }
                    }
                    @if let Some(born) = input.person.born {
                        " · " (t!("report-born", date = date(born)))
                    }
                }
            }
            @if !input.person.clinician.trim().is_empty() {
                p { (t!("report-clinician", clinician = input.person.clinician.trim())) }
            }
            p { (t!("report-sessions-total", sessions = records.len(), counted = counted)) }
            @if !done.is_empty() {
                p {
                    (t!("report-routines-done")) " "
                    @for (i, (_, title)) in done.iter().enumerate() {
                        @if i > 0 { ", " }
                        strong { bdi { (title) } }
                    }
                }
            }
            p class="small" { (t!("report-not-medical")) }
        }
    }
}

/// A bar's label: the week's Monday, or the month's name.
fn bucket_label(start: NaiveDate, grain: Grain) -> String {
    match grain {
        Grain::Week => crate::i18n::day(start, &t!("date-day-month-short")),
        Grain::Month => crate::i18n::day(start, &t!("report-date-month-year")),
    }
}

fn adherence_section(
    adherence: &[PeriodAdherence],
    span: Span,
    has_program: bool,
    extra: &[(String, u32)],
) -> Markup {
    let grain = span.grain();
    let extra_list: Vec<String> = extra.iter().map(|(t, n)| format!("{t} ×{n}")).collect();
    html! {
        section id="report-adherence" {
            h2 { (t!("report-adherence")) }
            @if !has_program {
                p { (t!("program-review-none")) }
            } @else if adherence.is_empty() {
                p { (t!("report-no-sessions")) }
            } @else {
                p {
                    @match overall_percent_over(adherence) {
                        Some(p) => (t!("report-overall", percent = p)),
                        None => (t!("report-percent-later")),
                    }
                }
                p class="small" { (t!("report-adherence-explained")) }
            }
            @if !extra.is_empty() {
                p id="report-extra" { (t!("program-extra", list = extra_list.join(", "))) }
            }
            @for a in adherence {
                @let bars: Vec<Bar> = a.counts.iter().map(|c| Bar {
                    label: bucket_label(c.start, grain),
                    done: c.done,
                    target: c.prescribed,
                }).collect();
                figure class="routine-adherence" data-routine=(a.routine_id) {
                    h3 { (a.title) }
                    p {
                        (t!("report-prescribed", times = a.times_per_week)) " "
                        @match a.percent {
                            Some(p) => (t!("report-percent", percent = p, weeks = a.full_weeks)),
                            None => (t!("report-percent-later")),
                        }
                    }
                    (chart::bars(&bars, &t!("report-chart-spoken", routine = a.title.as_str(), prescribed = a.times_per_week)))
                    figcaption { (t!("report-bars-legend")) }
                    details open {
                        summary { (t!("report-numbers")) }
                        table class="adherence-numbers" {
                            thead { tr {
                                th { @match grain { Grain::Week => (t!("report-week")), Grain::Month => (t!("report-month")) } }
                                th class="n" { (t!("report-done")) }
                                th class="n" { (t!("report-target")) }
                            } }
                            tbody {
                                @for c in &a.counts {
                                    tr data-start=(c.start.to_string()) {
                                        td { (bucket_label(c.start, grain)) }
                                        td class="n done" { (c.done) }
                                        td class="n target" { (c.prescribed) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn day_offset(span: Span, day: NaiveDate) -> f32 {
    day.signed_duration_since(span.from).num_days() as f32
}

/// Where a record falls on the time axis: its day plus the hour as a fraction.
fn at(span: Span, r: &SessionRecord) -> f32 {
    day_offset(span, record_day(r)) + chrono::Timelike::hour(&r.started) as f32 / 24.0
}

fn effort_section(records: &[SessionRecord], span: Span) -> Markup {
    let effort: Vec<Point> = records
        .iter()
        .filter_map(|r| r.effort.map(|v| (at(span, r), f32::from(v))))
        .collect();
    let fatigue: Vec<Point> = records
        .iter()
        .filter_map(|r| r.fatigue.map(|v| (at(span, r), f32::from(v))))
        .collect();
    let trends = trends_over(records, span);
    let grain = span.grain();
    // Each average sits in the middle of its week or month.
    let middle = |i: usize| {
        let start = trends
            .get(i)
            .map_or(span.from, |t| t.week_start.max(span.from));
        let end = trends
            .get(i + 1)
            .map_or(span.to, |t| t.week_start.pred_opt().unwrap_or(t.week_start))
            .min(span.to);
        (day_offset(span, start) + day_offset(span, end) + 1.0) / 2.0
    };
    let effort_trend: Vec<Point> = trends
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.avg_effort.map(|v| (middle(i), v)))
        .collect();
    let fatigue_trend: Vec<Point> = trends
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.avg_fatigue.map(|v| (middle(i), v)))
        .collect();
    let every = trends.len().div_ceil(8).max(1);
    let ticks: Vec<(f32, String)> = trends
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, t)| (middle(i), bucket_label(t.week_start, grain)))
        .collect();
    html! {
        section id="report-effort" {
            h2 { (t!("report-effort")) }
            @if effort.is_empty() && fatigue.is_empty() {
                p { (t!("report-no-effort")) }
            } @else {
                figure {
                    (chart::trend(span.days() as f32, &effort, &fatigue, &effort_trend, &fatigue_trend, &ticks, &t!("report-effort-spoken")))
                    figcaption { (t!("report-effort-legend")) }
                }
                details open {
                    summary { (t!("report-numbers")) }
                    table class="trend-numbers" {
                        thead { tr {
                            th { @match grain { Grain::Week => (t!("report-week")), Grain::Month => (t!("report-month")) } }
                            th class="n" { (t!("report-sessions")) }
                            th class="n" { (t!("report-minutes")) }
                            th class="n" { (t!("report-effort-average")) }
                            th class="n" { (t!("report-fatigue-average")) }
                        } }
                        tbody {
                            @for t in &trends {
                                tr {
                                    td { (bucket_label(t.week_start, grain)) }
                                    td class="n" { (t.sessions) }
                                    td class="n" { (t.minutes) }
                                    td class="n" { (one_decimal(t.avg_effort)) }
                                    td class="n" { (one_decimal(t.avg_fatigue)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn lighter_section(records: &[SessionRecord], span: Span) -> Markup {
    let grain = span.grain();
    let trends = trends_over(records, span);
    let lighter = records.iter().filter(|r| r.lighter).count();
    let in_bucket = |i: usize, r: &&SessionRecord| {
        let day = record_day(r);
        trends.get(i).is_some_and(|t| day >= t.week_start)
            && trends.get(i + 1).is_none_or(|t| day < t.week_start)
    };
    let harder = records.iter().filter(|r| r.level == Level::Harder).count();
    // Each answer to an offer to step up or down, newest first.
    let answers: Vec<(&SessionRecord, ProgressionAnswer)> = records
        .iter()
        .rev()
        .filter_map(|r| r.check_in.progression.map(|a| (r, a)))
        .collect();
    html! {
        section id="report-lighter" {
            h2 { (t!("report-lighter-levels")) }
            p { (t!("report-lighter-count", lighter = lighter, sessions = records.len())) }
            @if harder > 0 {
                p id="report-harder-count" { (t!("report-harder-count", harder = harder, sessions = records.len())) }
            }
            @if !answers.is_empty() {
                h3 { (t!("report-level-changes")) }
                table id="report-level-changes" {
                    thead { tr {
                        th { (t!("report-when")) }
                        th { (t!("report-routine")) }
                        th { (t!("report-offered")) }
                        th { (t!("report-answer")) }
                    } }
                    tbody {
                        @for (r, a) in &answers {
                            tr {
                                td { (date(record_day(r))) }
                                td { (r.routine_title) }
                                td { (crate::i18n::level(a.from)) " → " (crate::i18n::level(a.to)) }
                                td { @if a.accepted { (t!("report-answer-yes")) } @else { (t!("report-answer-not-yet")) } }
                            }
                        }
                    }
                }
            }
            @if lighter > 0 || harder > 0 {
                table class="lighter-numbers" {
                    thead { tr {
                        th { @match grain { Grain::Week => (t!("report-week")), Grain::Month => (t!("report-month")) } }
                        th class="n" { (t!("report-sessions")) }
                        th class="n" { (t!("report-lighter-days")) }
                        th class="n" { (t!("report-harder-days")) }
                    } }
                    tbody {
                        @for (i, t) in trends.iter().enumerate() {
                            @let n = records.iter().filter(|r| r.lighter && in_bucket(i, r)).count();
                            @let h = records.iter().filter(|r| r.level == Level::Harder && in_bucket(i, r)).count();
                            @if t.sessions > 0 {
                                tr {
                                    td { (bucket_label(t.week_start, grain)) }
                                    td class="n" { (t.sessions) }
                                    td class="n" { (n) }
                                    td class="n" { (h) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn stopped_section(records: &[SessionRecord]) -> Markup {
    let reasons = end_reasons(records);
    let stopped: Vec<&SessionRecord> = records
        .iter()
        .rev()
        .filter(|r| matches!(r.outcome, Outcome::EndedEarly(_)))
        .collect();
    html! {
        section id="report-stopped" {
            h2 { (t!("report-stopped")) }
            @if reasons.is_empty() {
                p { (t!("report-none-stopped")) }
            } @else {
                table class="reasons" {
                    thead { tr { th { (t!("report-reason")) } th class="n" { (t!("report-times")) } } }
                    tbody {
                        @for (reason, n) in &reasons {
                            tr { td { (crate::i18n::end_reason(*reason)) } td class="n" { (n) } }
                        }
                    }
                }
                h3 { (t!("report-stopped-list")) }
                table class="stopped" {
                    thead { tr {
                        th { (t!("report-when")) }
                        th { (t!("report-routine")) }
                        th { (t!("report-reason")) }
                        th class="n" { (t!("report-sets")) }
                    } }
                    tbody {
                        @for r in stopped.iter().take(MAX_STOPPED) {
                            @let (done, planned) = r.sets_done_of_planned();
                            tr {
                                td { (crate::i18n::dates(&r.started, &t!("date-short-with-time"))) }
                                td { (r.routine_title) }
                                td { @if let Outcome::EndedEarly(reason) = r.outcome { (crate::i18n::end_reason(reason)) } }
                                td class="n" { (t!("report-sets-of", done = done, planned = planned)) }
                            }
                        }
                    }
                }
                @if stopped.len() > MAX_STOPPED {
                    p class="small" { (t!("report-more-not-listed", count = stopped.len().saturating_sub(MAX_STOPPED))) }
                }
            }
        }
    }
}

fn calendar_section(records: &[SessionRecord], days: &[&DayRecord], span: Span) -> Markup {
    let last = week_start(span.to);
    let first = week_start(span.from).max(
        last.checked_sub_days(Days::new(7 * (CALENDAR_WEEKS as u64 - 1)))
            .unwrap_or(NaiveDate::MIN),
    );
    let mut weeks: Vec<(String, [Option<Day>; 7])> = Vec::new();
    let mut week = first;
    while week <= last {
        let mut cells = [None; 7];
        for (i, cell) in cells.iter_mut().enumerate() {
            let Some(day) = week.checked_add_days(Days::new(i as u64)) else {
                continue;
            };
            if !span.contains(day) {
                continue;
            }
            let on_day: Vec<&SessionRecord> =
                records.iter().filter(|r| record_day(r) == day).collect();
            let rest: Vec<&&DayRecord> = days.iter().filter(|d| d.at.date_naive() == day).collect();
            let counted = on_day
                .iter()
                .filter(|r| r.counts_toward_prescription())
                .count();
            let answers = on_day
                .iter()
                .map(|r| r.check_in)
                .chain(rest.iter().map(|d| d.check_in));
            let (mut weakness, mut hot) = (false, false);
            for a in answers {
                weakness |= a.new_weakness == Some(true);
                hot |= a.feeling_hot == Some(true);
            }
            *cell = Some(Day {
                counted: u32::try_from(counted).unwrap_or(u32::MAX),
                short: u32::try_from(on_day.len() - counted).unwrap_or(u32::MAX),
                lighter: on_day.iter().any(|r| r.lighter),
                rested: !rest.is_empty() && on_day.is_empty(),
                new_weakness: weakness,
                hot,
            });
        }
        weeks.push((crate::i18n::day(week, &t!("date-day-month-short")), cells));
        match week.checked_add_days(Days::new(7)) {
            Some(next) => week = next,
            None => break,
        }
    }
    let flagged = |pick: fn(&Day) -> bool| -> Vec<String> {
        weeks
            .iter()
            .enumerate()
            .flat_map(|(w, (_, cells))| {
                cells.iter().enumerate().filter_map(move |(i, c)| {
                    c.filter(&pick)
                        .and_then(|_| first.checked_add_days(Days::new((w * 7 + i) as u64)))
                })
            })
            .map(date)
            .collect()
    };
    let weakness = flagged(|d| d.new_weakness);
    let hot = flagged(|d| d.hot);
    let rested = flagged(|d| d.rested);
    let shown_from = first.max(span.from);
    html! {
        section id="report-calendar" {
            h2 { (t!("report-calendar")) }
            @if shown_from > span.from {
                p class="small" { (t!("report-calendar-from", from = date(shown_from))) }
            }
            figure {
                (chart::calendar(&weeks, &t!("report-calendar-spoken", weakness = weakness.len(), hot = hot.len(), rested = rested.len())))
                figcaption { (t!("report-calendar-legend")) }
            }
            ul class="flags" {
                li class="flag-weakness" { (t!("report-flag-weakness", count = weakness.len())) @if !weakness.is_empty() { ": " (weakness.join(", ")) } }
                li class="flag-hot" { (t!("report-flag-hot", count = hot.len())) @if !hot.is_empty() { ": " (hot.join(", ")) } }
                li class="flag-rested" { (t!("report-flag-rested", count = rested.len())) @if !rested.is_empty() { ": " (rested.join(", ")) } }
            }
        }
    }
}

fn hours_section(records: &[SessionRecord]) -> Markup {
    let (parts, verdict) = strong_hours_verdict(records);
    html! {
        section id="report-hours" {
            h2 { (t!("review-strong-hours")) }
            p { (crate::i18n::strong_hours(verdict)) }
            @if parts.iter().any(|p| p.sessions > 0) {
                table {
                    thead { tr {
                        th { (t!("report-part-of-day")) }
                        th class="n" { (t!("report-sessions")) }
                        th class="n" { (t!("report-completed")) }
                        th class="n" { (t!("report-effort-average")) }
                        th class="n" { (t!("report-fatigue-average")) }
                    } }
                    tbody {
                        @for p in parts.iter().filter(|p| p.sessions > 0) {
                            tr {
                                td { (crate::i18n::day_part(p.part)) }
                                td class="n" { (p.sessions) }
                                td class="n" { (p.completed) }
                                td class="n" { (one_decimal(p.avg_effort)) }
                                td class="n" { (one_decimal(p.avg_fatigue)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Self-tests: per test (per stance for balance) the span's results against the
/// person's usual and its real-change band, as a chart and a table with the time of
/// day. Left out when the span has no results.
fn tests_section(tests: &[crate::history::selftests::TestRecord], span: Span) -> Markup {
    use crate::history::test_stats::{Change, series};
    let all = series(tests);
    let shown: Vec<_> = all
        .iter()
        .filter(|s| s.points.iter().any(|p| span.contains(p.at.date_naive())))
        .collect();
    if shown.is_empty() {
        return html! {};
    }
    let days = span.days() as f32;
    let at = |p: &crate::history::test_stats::SeriesPoint| {
        day_offset(span, p.at.date_naive()) + chrono::Timelike::hour(&p.at) as f32 / 24.0
    };
    html! {
        section id="report-tests" {
            h2 { (t!("selftest-charts-title")) }
            p { (t!("report-tests-about")) }
            @for s in &shown {
                @let name = crate::i18n::test_series(s);
                @let in_span: Vec<_> = s.points.iter().filter(|p| span.contains(p.at.date_naive())).collect();
                @let marks: Vec<(f32, f32, chart::Mark)> = in_span.iter().map(|p| (at(p), p.tenths as f32 / 10.0, match p.change {
                    Change::Better => chart::Mark::Better,
                    Change::Worse => chart::Mark::Worse,
                    _ => chart::Mark::Dot,
                })).collect();
                @let top = if s.kind == crate::routine::TestKind::StandingBalance { 30.0 } else {
                    in_span.iter().map(|p| p.tenths as f32 / 10.0).fold(s.baseline.map_or(0.0, |b| b.tenths as f32 / 10.0 * 1.3), f32::max) * 1.1
                };
                @let band = s.baseline.map(|b| ((b.low as f32 / 10.0).min(top), b.tenths as f32 / 10.0, (b.high as f32 / 10.0).min(top)));
                @let summary = crate::i18n::test_summary(s);
                h3 { (name) }
                figure {
                    (chart::selftest(days, top, band, &marks, &[], &t!("selftest-chart-name", series = name.as_str(), summary = summary.as_str())))
                    figcaption { (summary) " " (t!("report-tests-legend")) }
                }
                table {
                    thead { tr {
                        th { (t!("report-tests-when")) }
                        th class="n" { (t!("report-tests-result")) }
                        th { (t!("report-tests-compared")) }
                    } }
                    tbody {
                        @for p in &in_span {
                            tr {
                                td { (crate::i18n::test_when(&p.at)) }
                                td class="n" { (crate::i18n::test_value_with_condition(s.kind, p.tenths, &s.aids)) }
                                td { (crate::i18n::test_change(s.kind, p.change).unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn notes_section(records: &[SessionRecord]) -> Markup {
    let notes: Vec<&SessionRecord> = records
        .iter()
        .rev()
        .filter(|r| !r.note.trim().is_empty())
        .collect();
    html! {
        section id="report-notes" {
            h2 { (t!("report-notes")) }
            @if notes.is_empty() {
                p { (t!("report-no-notes")) }
            } @else {
                dl {
                    @for r in notes.iter().take(MAX_NOTES) {
                        dt { (crate::i18n::dates(&r.started, &t!("date-short-with-time"))) " · " bdi { (r.routine_title) } }
                        dd { (r.note) }
                    }
                }
                @if notes.len() > MAX_NOTES {
                    p class="small" { (t!("report-more-not-listed", count = notes.len().saturating_sub(MAX_NOTES))) }
                }
            }
        }
    }
}

/// The first eight hex digits of a routine hash: enough to tell versions apart.
fn short(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}

fn versions_section(routines: &[Routine], records: &[SessionRecord]) -> Markup {
    // Per routine id and hash done in the span: title, sessions, first and last day.
    let mut done: Vec<(&str, &str, &str, usize, NaiveDate, NaiveDate)> = Vec::new();
    for r in records {
        let day = record_day(r);
        match done
            .iter_mut()
            .find(|d| d.0 == r.routine_id && d.1 == r.routine_hash)
        {
            Some(d) => {
                d.3 += 1;
                d.4 = d.4.min(day);
                d.5 = d.5.max(day);
            }
            None => done.push((
                &r.routine_id,
                &r.routine_hash,
                &r.routine_title,
                1,
                day,
                day,
            )),
        }
    }
    done.sort_by(|a, b| (a.0, a.4).cmp(&(b.0, b.4)));
    let current = |id: &str| {
        routines
            .iter()
            .find(|r| r.id == id)
            .map(routine_hash)
            .unwrap_or_default()
    };
    html! {
        section id="report-versions" {
            h2 { (t!("report-versions")) }
            p class="small" { (t!("report-versions-explained")) }
            table class="versions" {
                thead { tr {
                    th { (t!("report-routine")) }
                    th { (t!("report-version")) }
                    th class="n" { (t!("report-sessions")) }
                    th { (t!("report-when")) }
                } }
                tbody {
                    @for (id, hash, title, count, first, last) in &done {
                        @let now = current(id);
                        tr {
                            td { (title) }
                            td {
                                code { (short(hash)) }
                                @if now == *hash { " " (t!("report-version-current")) }
                            }
                            td class="n" { (count) }
                            td { (date(*first)) " – " (date(*last)) }
                        }
                    }
                }
            }
        }
    }
}
