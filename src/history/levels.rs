//! Levels and progression: the person's level per routine, and when to offer a step.
//!
//! The level is kept in history, never in the therapist's file: it is the level the
//! person last accepted at a "step up" or "step down" offer ([`ProgressionAnswer`] in a
//! session record's check-in), or normal. [`offer`] reads the records of one routine and says
//! whether the next check-in offers a step up (the routine's [`Progression`] rule is
//! met: so many finished sessions in a row at the current level, none harder than the
//! rule's effort) or a step down (the last session stopped for pain, or ended with
//! fatigue of [`STEP_DOWN_FATIGUE`] or more). An answer, yes or no, starts the count
//! again. Pure: records in, an offer out.

pub use super::record::ProgressionAnswer;
use super::record::{Outcome, SessionRecord};
use crate::routine::{Level, Progression, Routine};
use crate::session::EndReason;

/// Fatigue (0–10) at check-out from which a step down is offered.
pub const STEP_DOWN_FATIGUE: u8 = 8;
/// Fatigue (0–10) at check-out from which the level is held: no step up is offered
/// while any session of the streak ended this tired.
pub const HOLD_FATIGUE: u8 = 7;

/// The rule used to come back from the lighter level when the routine has no
/// progression of its own: two finished sessions with effort at most 5.
pub const BACK_FROM_LIGHTER: Progression = Progression {
    sessions: 2,
    max_effort: 5,
};

/// Why a step down is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepDownReason {
    /// The last session was stopped for pain.
    Pain,
    /// The last session ended with this much fatigue.
    Fatigue(u8),
}

/// A step offered at the next check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// The rule is met: `sessions` finished in a row with effort at most `max_effort`.
    StepUp {
        from: Level,
        to: Level,
        sessions: u32,
        max_effort: u8,
    },
    /// The last session was hard going.
    StepDown {
        from: Level,
        to: Level,
        because: StepDownReason,
    },
}

impl Offer {
    /// The level offered.
    pub fn to(self) -> Level {
        match self {
            Self::StepUp { to, .. } | Self::StepDown { to, .. } => to,
        }
    }

    /// The level before the offer.
    pub fn from(self) -> Level {
        match self {
            Self::StepUp { from, .. } | Self::StepDown { from, .. } => from,
        }
    }

    /// The record of the person's answer.
    pub fn answer(self, accepted: bool) -> ProgressionAnswer {
        ProgressionAnswer {
            from: self.from(),
            to: self.to(),
            accepted,
        }
    }
}

/// The records of one routine, oldest first.
fn of_routine<'a>(records: &'a [SessionRecord], routine_id: &str) -> Vec<&'a SessionRecord> {
    let mut mine: Vec<&SessionRecord> = records
        .iter()
        .filter(|r| r.routine_id == routine_id)
        .collect();
    mine.sort_by_key(|r| r.started);
    mine
}

/// The person's current level for a routine: the last level they accepted, or normal.
pub fn current_level(records: &[SessionRecord], routine_id: &str) -> Level {
    of_routine(records, routine_id)
        .iter()
        .filter_map(|r| r.check_in.progression)
        .filter(|a| a.accepted)
        .map(|a| a.to)
        .next_back()
        .unwrap_or_default()
}

/// The last answer given at a check-in of the routine on a day without a session
/// ("Skip today" after accepting a step down), with its time.
fn last_day_answer(
    days: &[super::DayRecord],
    routine_id: &str,
) -> Option<(chrono::DateTime<chrono::FixedOffset>, ProgressionAnswer)> {
    days.iter()
        .filter(|d| d.routine_id == routine_id)
        .filter_map(|d| d.check_in.progression.map(|a| (d.at, a)))
        .max_by_key(|(at, _)| *at)
}

/// [`current_level`], counting answers given on days without a session too: a step
/// down accepted and then "Skip today" is kept.
pub fn current_level_with_days(
    records: &[SessionRecord],
    days: &[super::DayRecord],
    routine_id: &str,
) -> Level {
    let from_sessions = of_routine(records, routine_id)
        .iter()
        .filter_map(|r| {
            r.check_in
                .progression
                .filter(|a| a.accepted)
                .map(|a| (r.started, a))
        })
        .next_back();
    let from_days = days
        .iter()
        .filter(|d| d.routine_id == routine_id)
        .filter_map(|d| {
            d.check_in
                .progression
                .filter(|a| a.accepted)
                .map(|a| (d.at, a))
        })
        .max_by_key(|(at, _)| *at);
    match (from_sessions, from_days) {
        (Some(s), Some(d)) => {
            if d.0 > s.0 {
                d.1.to
            } else {
                s.1.to
            }
        }
        (Some((_, a)), None) | (None, Some((_, a))) => a.to,
        (None, None) => Level::default(),
    }
}

/// [`offer`], counting answers given on days without a session: an answer on a
/// skipped day starts the count again, like one at a session's check-in.
pub fn offer_with_days(
    routine: &Routine,
    records: &[SessionRecord],
    days: &[super::DayRecord],
) -> Option<Offer> {
    if let Some((at, _)) = last_day_answer(days, &routine.id) {
        let last_session = of_routine(records, &routine.id).last().map(|r| r.started);
        if last_session.is_none_or(|s| s < at) {
            return None;
        }
    }
    offer_at(
        routine,
        records,
        current_level_with_days(records, days, &routine.id),
    )
}

/// Whether the next check-in of `routine` offers a step, given every session record.
pub fn offer(routine: &Routine, records: &[SessionRecord]) -> Option<Offer> {
    offer_at(routine, records, current_level(records, &routine.id))
}

fn offer_at(routine: &Routine, records: &[SessionRecord], current: Level) -> Option<Offer> {
    let mine = of_routine(records, &routine.id);
    // Only sessions from the last answer on count (the answer was given at the check-in
    // of its session): an answer starts the count again.
    let since_answer = mine
        .iter()
        .rposition(|r| r.check_in.progression.is_some())
        .unwrap_or(0);
    let recent = mine.get(since_answer..).unwrap_or_default();
    let last = recent.last()?;

    let step_down_because = match (last.outcome, last.fatigue) {
        (Outcome::EndedEarly(EndReason::Pain), _) => Some(StepDownReason::Pain),
        (_, Some(f)) if f >= STEP_DOWN_FATIGUE => Some(StepDownReason::Fatigue(f)),
        _ => None,
    };
    if let (Some(because), Some(to)) = (step_down_because, current.down()) {
        return Some(Offer::StepDown {
            from: current,
            to,
            because,
        });
    }

    let to = current.up()?;
    if to == Level::Harder && !routine.has_harder() {
        return None;
    }
    let rule = match (routine.progression, current) {
        (Some(rule), _) => rule,
        (None, Level::Lighter) => BACK_FROM_LIGHTER,
        (None, _) => return None,
    };
    let needed = usize::try_from(rule.sessions.max(1)).unwrap_or(usize::MAX);
    let streak = recent.iter().rev().take(needed).collect::<Vec<_>>();
    let all_good = streak.len() == needed
        && streak.iter().all(|r| {
            r.completed()
                && r.level == current
                && !r.lighter_than_planned()
                && r.effort.is_some_and(|e| e <= rule.max_effort)
                && r.fatigue.is_none_or(|f| f < HOLD_FATIGUE)
        });
    all_good.then_some(Offer::StepUp {
        from: current,
        to,
        sessions: rule.sessions,
        max_effort: rule.max_effort,
    })
}
