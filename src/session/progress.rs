//! What was done so far in a session: the record that history keeps, and that a crash
//! or an early stop must never lose.
//!
//! The engine appends a [`WorkRecord`] each time a work step ends (finished, skipped,
//! left with Back, or cut short by ending the session), and counts pauses and lighter
//! switches. [`Progress::exercises`] sums it up per exercise for the check-out screen
//! and the history record.

use std::time::Duration;

use crate::routine::Dose;

use super::plan::{Activity, Side};

/// Why a session ended before its last step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EndReason {
    Tired,
    TooHot,
    Pain,
    Balance,
    NoTime,
    Other,
    /// The app closed or crashed during the session (set when recovering).
    Interrupted,
    /// The session reached its end with every set skipped: not a session done.
    AllSkipped,
}

impl EndReason {
    /// The reasons a person can choose, in the order shown.
    pub const CHOICES: [Self; 6] = [
        Self::Tired,
        Self::TooHot,
        Self::Pain,
        Self::Balance,
        Self::NoTime,
        Self::Other,
    ];

    /// Plain words for a person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Tired => "Too tired",
            Self::TooHot => "Too hot",
            Self::Pain => "Pain",
            Self::Balance => "Balance felt unsafe",
            Self::NoTime => "No time",
            Self::Other => "Another reason",
            Self::Interrupted => "Interrupted",
            Self::AllSkipped => "Every set skipped",
        }
    }
}

/// How a work step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum WorkOutcome {
    /// Done to the end.
    Completed,
    /// The person skipped the rest of it.
    Skipped,
    /// The person went back, or the session ended, part-way through.
    Stopped,
}

/// One work step (one set, on one side) as it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkRecord {
    pub exercise: usize,
    pub side: Option<Side>,
    pub set: u32,
    pub outcome: WorkOutcome,
    /// Repetitions done (reps doses).
    pub reps_done: u32,
    /// Whole seconds of work done.
    pub secs_done: u32,
}

impl WorkRecord {
    /// How much of `activity` was done in `elapsed`, and how it ended.
    pub(crate) fn measure(
        exercise: usize,
        side: Option<Side>,
        set: u32,
        activity: &Activity,
        elapsed: Duration,
        outcome: WorkOutcome,
    ) -> Self {
        let secs_done = u32::try_from(elapsed.as_secs()).unwrap_or(u32::MAX);
        let reps_done = match *activity {
            Activity::TempoReps { reps, tempo } => {
                let rep_ms = u128::from(tempo.rep_secs()) * 1000;
                let done = elapsed.as_millis() / rep_ms.max(1);
                u32::try_from(done).unwrap_or(u32::MAX).min(reps)
            }
            Activity::SelfPacedReps { reps } if outcome == WorkOutcome::Completed => reps,
            _ => 0,
        };
        Self {
            exercise,
            side,
            set,
            outcome,
            reps_done,
            secs_done,
        }
    }
}

/// When the session was switched to lighter doses, or back to normal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LighterSwitch {
    /// The exercise that was under way or next.
    pub exercise: usize,
    /// Active seconds into the session.
    pub at_secs: u32,
    /// `true`: to lighter doses; `false`: back to the normal dose.
    pub lighter: bool,
}

/// A summary of one exercise: planned against done. History keeps it as is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseProgress {
    pub name: String,
    /// The dose planned at the start of the session.
    pub planned: Dose,
    /// Sets finished on every side.
    pub sets_done: u32,
    pub reps_done: u32,
    pub secs_done: u32,
    /// Work steps skipped (each side of each set counts once).
    pub sets_skipped: u32,
}

/// An exercise as planned when the session started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedDose {
    pub name: String,
    pub dose: Dose,
    pub each_side: bool,
}

/// Everything done so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    /// Each exercise as planned at the start (normal or lighter day).
    pub planned: Vec<PlannedDose>,
    pub work: Vec<WorkRecord>,
    /// How many steps were skipped.
    pub skipped_steps: u32,
    pub pauses: u32,
    pub paused_secs: u32,
    pub lighter_switches: Vec<LighterSwitch>,
    /// Whether the last step was reached.
    pub completed: bool,
    /// Time spent in work steps (not in get-ready, rests or switching sides, nor
    /// paused): what "active" means in records and on screen.
    pub work_time: Duration,
    pub ended_early: Option<EndReason>,
}

impl Progress {
    /// Per exercise: planned against done.
    pub fn exercises(&self) -> Vec<ExerciseProgress> {
        self.planned
            .iter()
            .enumerate()
            .map(|(i, planned)| {
                let records: Vec<&WorkRecord> =
                    self.work.iter().filter(|w| w.exercise == i).collect();
                let sides_needed = if planned.each_side { 2 } else { 1 };
                let mut finished_sets: Vec<u32> = Vec::new();
                for set in records.iter().map(|w| w.set) {
                    if finished_sets.contains(&set) {
                        continue;
                    }
                    let sides_done = [None, Some(Side::Left), Some(Side::Right)]
                        .iter()
                        .filter(|side| {
                            records.iter().any(|w| {
                                w.set == set
                                    && w.side == **side
                                    && w.outcome == WorkOutcome::Completed
                            })
                        })
                        .count();
                    if sides_done >= sides_needed {
                        finished_sets.push(set);
                    }
                }
                ExerciseProgress {
                    name: planned.name.clone(),
                    planned: planned.dose,
                    sets_done: u32::try_from(finished_sets.len()).unwrap_or(u32::MAX),
                    reps_done: records.iter().map(|w| w.reps_done).sum(),
                    secs_done: records.iter().map(|w| w.secs_done).sum(),
                    sets_skipped: u32::try_from(
                        records
                            .iter()
                            .filter(|w| w.outcome == WorkOutcome::Skipped)
                            .count(),
                    )
                    .unwrap_or(u32::MAX),
                }
            })
            .collect()
    }
}
