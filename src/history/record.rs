//! The session record: everything history keeps about one session.
//!
//! Integers for levels and seconds, no floats; local times with their UTC offset. A
//! record is built from the engine's progress when a session ends ([`SessionRecord::new`])
//! and never changed afterwards.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::routine::{Level, Routine, to_ron_string};

fn is_normal(level: &Level) -> bool {
    *level == Level::Normal
}
use crate::session::progress::{EndReason, Progress};

/// The record format this build writes.
pub const RECORD_FORMAT: u32 = 1;

/// How much energy the person has today (check-in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Energy {
    Low,
    Okay,
    Good,
}

impl Energy {
    pub fn label(self) -> &'static str {
        match self {
            Self::Low => "Low",
            Self::Okay => "Okay",
            Self::Good => "Good",
        }
    }
}

/// What the person answered when a step was offered at check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressionAnswer {
    /// The level before the offer.
    pub from: Level,
    /// The level offered.
    pub to: Level,
    /// Whether the person took it.
    pub accepted: bool,
}

/// The check-in answers before a session. `None`: not answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    #[serde(default)]
    pub energy: Option<Energy>,
    /// Feeling hot or overheated.
    #[serde(default)]
    pub feeling_hot: Option<bool>,
    /// New or suddenly worse weakness.
    #[serde(default)]
    pub new_weakness: Option<bool>,
    /// A step up or down offered at check-in, and the person's answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progression: Option<ProgressionAnswer>,
    // Week planner (helper "week"): more check-in answers; older records lack them.
    /// A fever or an infection: no session today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fever: Option<bool>,
    /// Very poor sleep last night: a lighter session is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poor_sleep: Option<bool>,
    /// Dizziness: no standing or balance work today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dizzy: Option<bool>,
    /// A fall since the last session: the person should tell their clinician.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fell: Option<bool>,
    // end of week check-in answers
}

impl CheckIn {
    /// Low energy, heat or very poor sleep: a lighter session is offered.
    pub fn suggests_lighter(&self) -> bool {
        self.energy == Some(Energy::Low)
            || self.feeling_hot == Some(true)
            || self.poor_sleep == Some(true)
    }

    /// A fever or an infection: no session today.
    pub fn rules_out_today(&self) -> bool {
        self.fever == Some(true)
    }

    /// Dizziness: nothing standing, no balance work.
    pub fn rules_out_standing(&self) -> bool {
        self.dizzy == Some(true)
    }

    /// New or suddenly worse weakness: a reason to contact a clinician first.
    pub fn suggests_clinician(&self) -> bool {
        self.new_weakness == Some(true)
    }

    pub fn is_complete(&self) -> bool {
        self.energy.is_some() && self.feeling_hot.is_some() && self.new_weakness.is_some()
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Completed,
    EndedEarly(EndReason),
}

/// One exercise: planned against done (the engine's summary, kept as is).
pub use crate::session::progress::ExerciseProgress as ExerciseRecord;

/// One session, finished or ended early.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub format: u32,
    /// Unique, short: the file name ends with it.
    pub id: String,
    pub routine_id: String,
    pub routine_title: String,
    /// A hash of the routine as it was run, to tell later edits apart.
    pub routine_hash: String,
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
    pub outcome: Outcome,
    pub check_in: CheckIn,
    /// Whether the session ended on the lighter doses (chosen at check-in or during it).
    pub lighter: bool,
    /// The level chosen at check-in (format 2 routines; normal when left out).
    #[serde(default, skip_serializing_if = "is_normal")]
    pub level: Level,
    pub exercises: Vec<ExerciseRecord>,
    pub pauses: u32,
    pub paused_secs: u32,
    /// Time exercising and resting, pauses excluded.
    pub active_secs: u32,
    /// 0–10, when given at check-out.
    pub effort: Option<u8>,
    /// 0–10, when given at check-out.
    pub fatigue: Option<u8>,
    #[serde(default)]
    pub note: String,
    pub app_version: String,
    /// A correction refers to the record it replaces (records are never rewritten).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
}

/// What the person said at check-out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOut {
    pub effort: Option<u8>,
    pub fatigue: Option<u8>,
    pub note: String,
}

/// The facts of a finished session, gathered by the app.
#[derive(Debug, Clone)]
pub struct Finished<'a> {
    pub routine: &'a Routine,
    pub progress: &'a Progress,
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
    pub active_secs: u32,
    pub lighter: bool,
    /// The level chosen at check-in.
    pub level: Level,
    pub check_in: CheckIn,
}

impl SessionRecord {
    /// A new record with a fresh id.
    pub fn new(done: &Finished<'_>, check_out: &CheckOut) -> Self {
        let progress = done.progress;
        let outcome = match progress.ended_early {
            Some(reason) => Outcome::EndedEarly(reason),
            None => Outcome::Completed,
        };
        Self {
            format: RECORD_FORMAT,
            id: new_id(done.started),
            routine_id: done.routine.id.clone(),
            routine_title: done.routine.title.clone(),
            routine_hash: routine_hash(done.routine),
            started: done.started,
            // A wall clock set back during the session never makes it end before it
            // began.
            ended: done.ended.max(done.started),
            outcome,
            check_in: done.check_in,
            lighter: done.lighter,
            level: done.level,
            exercises: progress.exercises(),
            // At most a day each, as `check` requires, so a session left paused
            // overnight is still saved.
            pauses: progress.pauses.min(SECS_PER_DAY),
            paused_secs: progress.paused_secs.min(SECS_PER_DAY),
            active_secs: done.active_secs.min(SECS_PER_DAY),
            effort: check_out.effort.map(|v| v.min(10)),
            fatigue: check_out.fatigue.map(|v| v.min(10)),
            note: check_out.note.trim().to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            corrects: None,
        }
    }

    pub fn completed(&self) -> bool {
        self.outcome == Outcome::Completed
    }

    /// Whether the session ended lighter than the level chosen at check-in ("make it
    /// lighter" during it).
    pub fn lighter_than_planned(&self) -> bool {
        self.lighter && self.level != Level::Lighter
    }

    /// Sets done (at most as many as planned, per exercise) and sets planned.
    pub fn sets_done_of_planned(&self) -> (u32, u32) {
        self.exercises
            .iter()
            .fold((0u32, 0u32), |(done, planned), e| {
                let of = e.planned.sets();
                (
                    done.saturating_add(e.sets_done.min(of)),
                    planned.saturating_add(of),
                )
            })
    }

    /// Whether the session counts toward the prescription: at least half of its
    /// planned sets were done, whether it finished or stopped early. A session stopped
    /// after a few seconds, or one that skipped everything, does not.
    pub fn counts_toward_prescription(&self) -> bool {
        let (done, planned) = self.sets_done_of_planned();
        planned > 0 && done > 0 && done.saturating_mul(2) >= planned
    }

    /// Whether this record already holds everything `other` does: the same session
    /// (same id and start) with at least as much done in every exercise (sets, reps
    /// and seconds). Used before treating a record on disk as "already saved".
    pub fn holds_everything_of(&self, other: &Self) -> bool {
        self.id == other.id
            && self.started == other.started
            && self.exercises.len() == other.exercises.len()
            && self
                .exercises
                .iter()
                .zip(&other.exercises)
                .all(|(mine, theirs)| {
                    mine.name == theirs.name
                        && mine.sets_done >= theirs.sets_done
                        && mine.reps_done >= theirs.reps_done
                        && mine.secs_done >= theirs.secs_done
                })
    }

    /// This record and `other`, two versions of the same session (same id and start,
    /// the same exercises), merged so that nothing either holds is lost: the most done
    /// per exercise, the later end, the longer times; each check-in and check-out answer
    /// given on either side (when both gave a different effort or fatigue, the higher,
    /// the more cautious, is kept); both notes (each line once, this record's first); a
    /// reason given by the person over "interrupted" (which recovery sets), and a
    /// reason over "completed". `None` when the two are not versions of one session.
    pub fn merged_with(&self, other: &Self) -> Option<Self> {
        let same = self.id == other.id
            && self.started == other.started
            && self.exercises.len() == other.exercises.len()
            && self
                .exercises
                .iter()
                .zip(&other.exercises)
                .all(|(a, b)| a.name == b.name);
        if !same {
            return None;
        }
        let mut merged = self.clone();
        for (mine, theirs) in merged.exercises.iter_mut().zip(&other.exercises) {
            let theirs_fuller = (theirs.sets_done, theirs.reps_done, theirs.secs_done)
                > (mine.sets_done, mine.reps_done, mine.secs_done);
            if theirs_fuller {
                mine.sets_skipped = theirs.sets_skipped;
                mine.planned = theirs.planned;
            }
            mine.sets_done = mine.sets_done.max(theirs.sets_done);
            mine.reps_done = mine.reps_done.max(theirs.reps_done);
            mine.secs_done = mine.secs_done.max(theirs.secs_done);
        }
        merged.ended = self.ended.max(other.ended);
        merged.pauses = self.pauses.max(other.pauses);
        merged.paused_secs = self.paused_secs.max(other.paused_secs);
        merged.active_secs = self.active_secs.max(other.active_secs);
        merged.lighter = self.lighter || other.lighter;
        merged.outcome = merge_outcome(self.outcome, other.outcome);
        merged.effort = self.effort.max(other.effort);
        merged.fatigue = self.fatigue.max(other.fatigue);
        merged.note = merge_notes(&self.note, &other.note);
        merged.check_in = merge_check_in(&self.check_in, &other.check_in);
        if merged.corrects.is_none() {
            merged.corrects.clone_from(&other.corrects);
        }
        Some(merged)
    }

    /// Minutes of activity, rounded to the nearest minute.
    /// Whole session minutes, from start to end (get-ready and rests included), at
    /// least the active minutes; rounded to the nearest minute.
    pub fn session_minutes(&self) -> u32 {
        let secs = (self.ended - self.started)
            .num_seconds()
            .clamp(0, 24 * 3600);
        let whole = u32::try_from(secs).unwrap_or(0).saturating_add(30) / 60;
        whole.max(self.active_minutes())
    }

    pub fn active_minutes(&self) -> u32 {
        self.active_secs.saturating_add(30) / 60
    }

    /// Whether every value is in range; a record read from a file that is not is listed
    /// as a problem, like a file that does not parse. Its ids follow the routine id rule
    /// (the record id becomes part of a file name), its dates are within
    /// [`RECORD_YEARS`], it ends no earlier than it starts, its format is known, effort
    /// and fatigue 0–10, seconds within a day, and sets within the largest plan a
    /// routine may have.
    pub fn check(&self) -> Result<(), String> {
        use crate::routine::validate::{EXERCISES, SETS, is_valid_id};
        if self.format == 0 {
            return Err(format!(
                "unknown record format 0 (Steady writes format {RECORD_FORMAT})"
            ));
        }
        if self.ended < self.started {
            return Err(format!(
                "it ends ({}) before it starts ({})",
                self.ended, self.started
            ));
        }
        if !is_valid_id(&self.id) {
            return Err(format!(
                "the session id \"{}\" is not a valid id (lowercase letters, digits and dashes)",
                self.id.escape_default()
            ));
        }
        if let Some(corrects) = &self.corrects
            && !is_valid_id(corrects)
        {
            return Err("the id of the corrected session is not a valid id".to_owned());
        }
        for (what, when) in [("start", self.started), ("end", self.ended)] {
            if !RECORD_YEARS.contains(&chrono::Datelike::year(&when)) {
                return Err(format!(
                    "the {what} date {when} is outside the years {}–{}",
                    RECORD_YEARS.start(),
                    RECORD_YEARS.end()
                ));
            }
        }
        for (what, level) in [("effort", self.effort), ("fatigue", self.fatigue)] {
            if let Some(level) = level
                && level > 10
            {
                return Err(format!("{what} is {level}; it is 0 to 10"));
            }
        }
        for (what, secs) in [
            ("active_secs", self.active_secs),
            ("paused_secs", self.paused_secs),
            ("pauses", self.pauses),
        ] {
            if secs > SECS_PER_DAY {
                return Err(format!("{what} is {secs}; at most {SECS_PER_DAY} (a day)"));
            }
        }
        if self.exercises.len() > *EXERCISES.end() {
            return Err(format!(
                "it has {} exercises; a routine has at most {}",
                self.exercises.len(),
                EXERCISES.end()
            ));
        }
        for e in &self.exercises {
            let name = e.name.escape_default();
            // `planned` is the dose at the start; after "make it lighter" the sets left
            // follow the lighter dose, which may have more sets. So the bound is the
            // largest plan a routine may have.
            let most = *SETS.end();
            if e.planned.sets() > most || e.sets_done > most {
                return Err(format!(
                    "\"{name}\" has {} sets done of {} planned; a plan has at most {most}",
                    e.sets_done,
                    e.planned.sets()
                ));
            }
            for (what, n) in [
                ("reps_done", e.reps_done),
                ("secs_done", e.secs_done),
                ("sets_skipped", e.sets_skipped),
            ] {
                if n > SECS_PER_DAY {
                    return Err(format!(
                        "\"{name}\" has {what} {n}; at most {SECS_PER_DAY} (a day)"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The outcome two versions of a session agree on: a reason the person gave beats
/// "interrupted" (set when a session left behind is recovered) and "completed"; between
/// two reasons the first stays.
fn merge_outcome(a: Outcome, b: Outcome) -> Outcome {
    let rank = |o: Outcome| match o {
        Outcome::EndedEarly(EndReason::Interrupted) => 0,
        Outcome::Completed | Outcome::EndedEarly(EndReason::AllSkipped) => 1,
        Outcome::EndedEarly(_) => 2,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// Both notes: every line of `a`, then each line of `b` that `a` does not have.
fn merge_notes(a: &str, b: &str) -> String {
    let mut lines: Vec<&str> = a.lines().collect();
    let mut added = false;
    for line in b.lines() {
        if !line.trim().is_empty() && !lines.iter().any(|l| l.trim() == line.trim()) {
            lines.push(line);
            added = true;
        }
    }
    if !added {
        return a.to_owned();
    }
    lines.join("\n").trim().to_owned()
}

/// Every check-in answer given on either side (the first where both answered).
fn merge_check_in(a: &CheckIn, b: &CheckIn) -> CheckIn {
    CheckIn {
        energy: a.energy.or(b.energy),
        feeling_hot: a.feeling_hot.or(b.feeling_hot),
        new_weakness: a.new_weakness.or(b.new_weakness),
        progression: a.progression.or(b.progression),
        fever: a.fever.or(b.fever),
        poor_sleep: a.poor_sleep.or(b.poor_sleep),
        dizzy: a.dizzy.or(b.dizzy),
        fell: a.fell.or(b.fell),
    }
}

/// The years a session record may start and end in.
pub const RECORD_YEARS: std::ops::RangeInclusive<i32> = 1970..=2200;

/// Seconds in a day: the most any duration or count in a record may be.
pub const SECS_PER_DAY: u32 = 86_400;

/// FNV-1a, 64 bits: a stable fingerprint (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A fingerprint of the routine as run: its canonical RON text, hashed.
pub fn routine_hash(routine: &Routine) -> String {
    let text = to_ron_string(routine).unwrap_or_else(|_| format!("{routine:?}"));
    format!("{:016x}", fnv1a(text.as_bytes()))
}

/// Sixteen random hex digits from the operating system's generator (`getrandom`): a
/// clash among a million records has a chance of about one in 36 million. If the
/// generator fails, a hash of the start time, the process and a counter stands in.
pub(crate) fn new_id(started: DateTime<FixedOffset>) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let id = getrandom::u64().unwrap_or_else(|_| {
        let seed = format!(
            "{started}{}{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        fnv1a(seed.as_bytes())
    });
    format!("{id:016x}")
}
