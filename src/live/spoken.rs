//! What Steady says aloud: the engine's events turned into short phrases, at phase
//! changes only (never per beat): get ready and the first exercise, the exercise name
//! and dose at the start of each set ("last set" on the last), rest (and what comes
//! next), switch side, halfway, the last repetition, session done. In eyes-free mode
//! the next exercise's instructions are read in short form while getting ready or
//! resting before it, and a pause or resume is said, so a person can follow a whole
//! routine without looking. Tempo and beats stay tones.
//!
//! Pure: events and the plan in, phrases with their engine times out, in the person's
//! language (`i18n`). The app hands them to the sound shell, which speaks them.

use std::time::Duration;

use crate::session::plan::{Activity, RestKind, StepKind, Work};
use crate::session::{Event, EventKind, Plan};
use crate::t;

/// A phrase to say at an engine time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub at: Duration,
    pub text: String,
}

/// The most steps of an exercise's instructions read in eyes-free mode.
pub const SPOKEN_STEPS: usize = 4;

/// The phrases that `events` (from an engine walking `plan`) call for, in order.
pub fn phrases(plan: &Plan, events: &[Event], eyes_free: bool) -> Vec<Phrase> {
    events
        .iter()
        .filter_map(|event| {
            phrase(plan, event, eyes_free).map(|text| Phrase { at: event.at, text })
        })
        .collect()
}

fn phrase(plan: &Plan, event: &Event, eyes_free: bool) -> Option<String> {
    let name_of = |i: usize| plan.exercises.get(i).map_or("", |e| e.name.as_str());
    let instructions = |i: usize| {
        let short = plan
            .exercises
            .get(i)
            .map(|e| short_instructions(&e.steps))
            .unwrap_or_default();
        if eyes_free && !short.is_empty() {
            format!(" {short}")
        } else {
            String::new()
        }
    };
    match event.kind {
        EventKind::StepStarted => match &plan.steps.get(event.step)?.kind {
            StepKind::GetReady => {
                let first = plan
                    .steps
                    .iter()
                    .find_map(|s| match &s.kind {
                        StepKind::Work(w) => Some(w.exercise),
                        _ => None,
                    })
                    .unwrap_or(0);
                Some(format!(
                    "{}{}",
                    t!("spoken-get-ready", exercise = name_of(first)),
                    instructions(first)
                ))
            }
            StepKind::Work(work) => Some(set_phrase(name_of(work.exercise), work)),
            StepKind::Rest {
                kind: RestKind::BetweenExercises,
                next_exercise,
                ..
            } => Some(format!(
                "{}{}",
                t!("spoken-rest-next", exercise = name_of(*next_exercise)),
                instructions(*next_exercise)
            )),
            StepKind::Rest { .. } => Some(t!("spoken-rest")),
            // Said by the switch event itself (below).
            StepKind::SwitchSide { .. } | StepKind::Done => None,
        },
        EventKind::SwitchSide { to } => Some(t!(
            "spoken-switch-side",
            side = match to {
                crate::session::plan::Side::Left => "left",
                crate::session::plan::Side::Right => "right",
            }
        )),
        EventKind::Halfway => Some(t!("spoken-halfway")),
        EventKind::Rep { n, of } if n == of && of > 1 => Some(t!("spoken-last-one")),
        EventKind::SessionDone => Some(t!("spoken-session-done")),
        EventKind::Paused if eyes_free => Some(t!("spoken-paused")),
        EventKind::Resumed if eyes_free => Some(t!("spoken-resumed")),
        EventKind::EndedEarly { .. } => Some(t!("spoken-ended")),
        _ => None,
    }
}

/// "Bridge. Set 2 of 3, right side: 10 repetitions."
fn set_phrase(exercise: &str, work: &Work) -> String {
    let what = dose_words(&work.activity);
    let side = work.side.map(|side| match side {
        crate::session::plan::Side::Left => "left",
        crate::session::plan::Side::Right => "right",
    });
    if work.sets <= 1 {
        return match side {
            Some(side) => t!(
                "spoken-one-set-side",
                exercise = exercise,
                side = side,
                what = what
            ),
            None => t!("spoken-one-set", exercise = exercise, what = what),
        };
    }
    if work.set >= work.sets {
        return match side {
            Some(side) => t!(
                "spoken-last-set-side",
                exercise = exercise,
                side = side,
                what = what
            ),
            None => t!("spoken-last-set", exercise = exercise, what = what),
        };
    }
    match side {
        Some(side) => t!(
            "spoken-set-side",
            exercise = exercise,
            set = work.set,
            sets = work.sets,
            side = side,
            what = what
        ),
        None => t!(
            "spoken-set",
            exercise = exercise,
            set = work.set,
            sets = work.sets,
            what = what
        ),
    }
}

/// A set's dose as it is said: "10 repetitions", "hold 30 seconds".
fn dose_words(activity: &Activity) -> String {
    match *activity {
        Activity::TempoReps { reps, .. } | Activity::SelfPacedReps { reps } => {
            t!("spoken-reps", reps = reps)
        }
        Activity::Hold { secs } => t!("spoken-hold", length = spoken_length(secs)),
        Activity::Stepping { secs, .. } => t!("spoken-stepping", length = spoken_length(secs)),
        Activity::Timed { secs, .. } => t!("spoken-timed", length = spoken_length(secs)),
        // A self-test step waits for "Start the test"; its own flow says the rest.
        Activity::Test { .. } => t!("spoken-self-test"),
    }
}

/// "1 minute 30 seconds", written out as it is said.
pub fn spoken_length(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => t!("spoken-secs", secs = s),
        (m, 0) => t!("spoken-min", min = m),
        (m, s) => format!(
            "{} {}",
            t!("spoken-min", min = m),
            t!("spoken-secs", secs = s)
        ),
    }
}

/// The first sentence of each of the first [`SPOKEN_STEPS`] instructions, each ending
/// in a full stop.
pub fn short_instructions(steps: &[String]) -> String {
    steps
        .iter()
        .take(SPOKEN_STEPS)
        .map(|step| first_sentence(step.trim()))
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s.ends_with(['.', '!', '?']) {
                s.to_owned()
            } else {
                format!("{s}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?' | ';')
            && chars.peek().is_none_or(|(_, next)| next.is_whitespace())
        {
            let end = i + c.len_utf8();
            return if c == ';' { &text[..i] } else { &text[..end] };
        }
    }
    text
}
