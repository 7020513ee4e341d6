//! What a clinician must see first: the safety events and changes of a period, each
//! with its date. Falls, fever or infection, dizziness, very poor sleep, new or worse
//! weakness and hot days from every check-in (with a session or on its own);
//! sessions stopped for pain or because balance felt unsafe; self-test results worse
//! than the usual by more than day-to-day variation; and every level step offered,
//! taken or declined. Also the check-in answers week by week. Pure: records in, plain
//! data out; the report puts it in words.

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate};

use super::days::DayRecord;
use super::record::{CheckIn, Energy, Outcome, SessionRecord};
use super::selftests::TestRecord;
use super::stats::{Span, week_start};
use super::test_stats::{Change, series};
use crate::routine::{Level, TestKind};
use crate::session::EndReason;
use crate::session::selftest::Stance;

/// One thing to flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    Fall,
    Fever,
    NewWeakness,
    Dizzy,
    StoppedForPain,
    /// Stopped because balance felt unsafe.
    StoppedUnsafe,
    TestWorse {
        kind: TestKind,
        stance: Option<Stance>,
        tenths: u32,
    },
    PoorSleep,
    Hot,
    Step {
        from: Level,
        to: Level,
        accepted: bool,
    },
}

impl FlagKind {
    /// Whether it is a safety event (the rest are changes to know about).
    pub fn is_safety(self) -> bool {
        matches!(
            self,
            Self::Fall
                | Self::Fever
                | Self::NewWeakness
                | Self::Dizzy
                | Self::StoppedForPain
                | Self::StoppedUnsafe
                | Self::TestWorse { .. }
        )
    }
}

/// One flag with when it happened and the routine it came with, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub at: DateTime<FixedOffset>,
    pub routine_id: Option<String>,
    pub kind: FlagKind,
}

fn check_in_flags(check_in: &CheckIn) -> Vec<FlagKind> {
    let mut out = Vec::new();
    let yes = |v: Option<bool>| v == Some(true);
    if yes(check_in.fell) {
        out.push(FlagKind::Fall);
    }
    if yes(check_in.fever) {
        out.push(FlagKind::Fever);
    }
    if yes(check_in.new_weakness) {
        out.push(FlagKind::NewWeakness);
    }
    if yes(check_in.dizzy) {
        out.push(FlagKind::Dizzy);
    }
    if yes(check_in.poor_sleep) {
        out.push(FlagKind::PoorSleep);
    }
    if yes(check_in.feeling_hot) {
        out.push(FlagKind::Hot);
    }
    if let Some(step) = check_in.progression {
        out.push(FlagKind::Step {
            from: step.from,
            to: step.to,
            accepted: step.accepted,
        });
    }
    out
}

/// Every flag in the span, oldest first (safety events before other flags of the
/// same moment). `tests` are all results on record: the usual is from the first ever.
pub fn flags(
    records: &[SessionRecord],
    days: &[DayRecord],
    tests: &[TestRecord],
    span: Span,
) -> Vec<Flag> {
    let mut out = Vec::new();
    for r in records
        .iter()
        .filter(|r| span.contains(r.started.date_naive()))
    {
        let mut kinds = check_in_flags(&r.check_in);
        match r.outcome {
            Outcome::EndedEarly(EndReason::Pain) => kinds.push(FlagKind::StoppedForPain),
            Outcome::EndedEarly(EndReason::Balance) => kinds.push(FlagKind::StoppedUnsafe),
            Outcome::Completed | Outcome::EndedEarly(_) => {}
        }
        out.extend(kinds.into_iter().map(|kind| Flag {
            at: r.started,
            routine_id: Some(r.routine_id.clone()),
            kind,
        }));
    }
    for d in days.iter().filter(|d| span.contains(d.at.date_naive())) {
        out.extend(check_in_flags(&d.check_in).into_iter().map(|kind| Flag {
            at: d.at,
            routine_id: Some(d.routine_id.clone()),
            kind,
        }));
    }
    for s in series(tests) {
        for p in s
            .points
            .iter()
            .filter(|p| p.change == Change::Worse && span.contains(p.at.date_naive()))
        {
            out.push(Flag {
                at: p.at,
                routine_id: None,
                kind: FlagKind::TestWorse {
                    kind: s.kind,
                    stance: s.stance,
                    tenths: p.tenths,
                },
            });
        }
    }
    out.sort_by_key(|f| (f.at, !f.kind.is_safety()));
    out
}

/// The check-in answers of one week: how many check-ins, and how many said each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckInWeek {
    pub week_start: NaiveDate,
    pub check_ins: u32,
    pub low_energy: u32,
    pub hot: u32,
    pub fever: u32,
    pub poor_sleep: u32,
    pub dizzy: u32,
    pub falls: u32,
    pub new_weakness: u32,
}

/// Each week of the span that had a check-in, oldest first.
pub fn check_in_weeks(
    records: &[SessionRecord],
    days: &[DayRecord],
    span: Span,
) -> Vec<CheckInWeek> {
    let mut weeks: Vec<CheckInWeek> = Vec::new();
    let answers = records
        .iter()
        .map(|r| (r.started.date_naive(), &r.check_in))
        .chain(days.iter().map(|d| (d.at.date_naive(), &d.check_in)))
        .filter(|(day, _)| span.contains(*day));
    for (day, c) in answers {
        let start = week_start(day);
        let week = match weeks.iter_mut().position(|w| w.week_start == start) {
            Some(i) => &mut weeks[i],
            None => {
                weeks.push(CheckInWeek {
                    week_start: start,
                    ..CheckInWeek::default()
                });
                let last = weeks.len() - 1;
                &mut weeks[last]
            }
        };
        let yes = |v: Option<bool>| u32::from(v == Some(true));
        week.check_ins += 1;
        week.low_energy += u32::from(c.energy == Some(Energy::Low));
        week.hot += yes(c.feeling_hot);
        week.fever += yes(c.fever);
        week.poor_sleep += yes(c.poor_sleep);
        week.dizzy += yes(c.dizzy);
        week.falls += yes(c.fell);
        week.new_weakness += yes(c.new_weakness);
    }
    weeks.sort_by_key(|w| (w.week_start.year(), w.week_start.ordinal()));
    weeks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_in_flags_name_each_answer_once() {
        let c = CheckIn {
            fell: Some(true),
            fever: Some(false),
            dizzy: Some(true),
            ..CheckIn::default()
        };
        assert_eq!(check_in_flags(&c), [FlagKind::Fall, FlagKind::Dizzy]);
        assert!(check_in_flags(&CheckIn::default()).is_empty());
    }
}
