//! What Steady says aloud: the engine's events turned into short phrases, at phase
//! changes only (never per beat): get ready and the first exercise, the exercise name
//! and dose at the start of each set ("last set" on the last), rest (and what comes
//! next), switch side, halfway, the last repetition, session done. In eyes-free mode
//! the next exercise's instructions are read whole, in the order needed (the side
//! first, then every step in full), while getting ready or resting before it — never
//! over the work: [`room_for_speech`] grows the get-ready and those rests to fit them
//! (by [`speaking_time`], an estimate on the long side) — and a pause or resume is said
//! with the way out ("Press Escape again to stop"), cutting in over any phrase; the
//! stop question and its choices are said with their keys ([`stop_question`],
//! [`stop_reasons`]). So a person can follow and stop a whole routine without looking.
//! Tempo and beats stay tones.
//!
//! Pure: events and the plan in, phrases with their engine times out, in the person's
//! language (`i18n`). The app hands them to the sound shell, which speaks them.

use std::time::Duration;

use crate::routine::Routine;
use crate::session::plan::{Activity, PlanOptions, RestKind, Side, StepKind, Work};
use crate::session::{EndReason, Event, EventKind, Plan};
use crate::t;

/// A phrase to say at an engine time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub at: Duration,
    pub text: String,
    /// Said at once, cutting in over any phrase sounding ("Paused").
    pub urgent: bool,
}

/// The phrases that `events` (from an engine walking `plan`) call for, in order.
pub fn phrases(plan: &Plan, events: &[Event], eyes_free: bool) -> Vec<Phrase> {
    events
        .iter()
        .filter_map(|event| {
            phrase(plan, event, eyes_free).map(|text| Phrase {
                at: event.at,
                text,
                urgent: matches!(event.kind, EventKind::Paused | EventKind::Resumed),
            })
        })
        .collect()
}

/// Exercise `i`'s instructions as said before it: the side it starts on, then every
/// step in full.
pub fn instructions_of(plan: &Plan, i: usize) -> String {
    let Some(exercise) = plan.exercises.get(i) else {
        return String::new();
    };
    let first_side = plan.steps.iter().find_map(|step| match &step.kind {
        StepKind::Work(work) if work.exercise == i => Some(work.side),
        _ => None,
    });
    let side = match first_side.flatten() {
        Some(Side::Left) => Some(t!("spoken-side-first", side = "left")),
        Some(Side::Right) => Some(t!("spoken-side-first", side = "right")),
        None => None,
    };
    let steps = whole_instructions(&exercise.steps);
    side.into_iter()
        .chain((!steps.is_empty()).then_some(steps))
        .collect::<Vec<_>>()
        .join(" ")
}

fn phrase(plan: &Plan, event: &Event, eyes_free: bool) -> Option<String> {
    let name_of = |i: usize| plan.exercises.get(i).map_or("", |e| e.name.as_str());
    match event.kind {
        EventKind::StepStarted => match &plan.steps.get(event.step)?.kind {
            StepKind::GetReady => Some(get_ready_words(plan, eyes_free)),
            StepKind::Work(work) => Some(set_phrase(name_of(work.exercise), work)),
            StepKind::Rest {
                kind: RestKind::BetweenExercises,
                next_exercise,
                ..
            } => Some(rest_next_words(plan, *next_exercise, eyes_free)),
            StepKind::Rest { .. } => Some(t!("spoken-rest")),
            // Said by the switch event itself (below).
            StepKind::SwitchSide { .. } | StepKind::Done => None,
        },
        EventKind::SwitchSide { to } => Some(t!(
            "spoken-switch-side",
            side = match to {
                Side::Left => "left",
                Side::Right => "right",
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
        Side::Left => "left",
        Side::Right => "right",
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

/// Every step of an exercise's instructions, in full, each ending in a full stop.
pub fn whole_instructions(steps: &[String]) -> String {
    steps
        .iter()
        .map(|step| step.trim())
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

/// The stop question, said with its choices and their keys.
pub fn stop_question() -> String {
    t!("spoken-stop-question")
}

/// "Why are you stopping?" with each reason and its number key.
pub fn stop_reasons() -> String {
    let choices = EndReason::CHOICES
        .iter()
        .enumerate()
        .map(|(n, reason)| {
            t!(
                "spoken-stop-choice",
                key = (n + 1).to_string(),
                reason = crate::i18n::end_reason(*reason)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    t!("spoken-stop-why", choices = choices)
}

/// About how long `text` takes to say at `words_a_minute`, on the long side: six
/// characters a word, 0.3 s at each mark that makes a pause, 0.5 s to start, and a
/// fifth more (checked against espeak-ng in `tests/voice.rs`: never shorter than it
/// speaks every phrase of the bundled routines, English and German, at the normal rate).
pub fn speaking_time(text: &str, words_a_minute: u32) -> Duration {
    let chars = text.chars().count() as f64;
    let pauses = text.chars().filter(|c| ".,:;!?".contains(*c)).count() as f64;
    let per_char = 60.0 / (f64::from(words_a_minute.max(1)) * 6.0);
    Duration::from_secs_f64((chars * per_char + pauses * 0.3 + 0.5) * 1.2)
}

/// Between a step's start and its phrase: the tone there (the longest, "exercise
/// done", 0.44 s) and the pause after it.
const TONE_LEAD: f64 = 0.7;
/// Quiet kept before Go: the countdown's three seconds and a half second more.
const CLEAR_OF_COUNTDOWN: f64 = 3.5;
/// Quiet kept at a rest's end: "rest ending soon" 5 s before it, and a half second.
const CLEAR_OF_REST_END: f64 = 5.5;

/// The day's plan options with room for what is said before the work: the get-ready
/// long enough for its phrase (so Go never falls inside speech) and, in eyes-free
/// mode, each rest before an exercise long enough for that exercise's instructions,
/// at `words_a_minute`. Lengths only grow.
pub fn room_for_speech(
    routine: &Routine,
    options: PlanOptions,
    eyes_free: bool,
    words_a_minute: u32,
) -> PlanOptions {
    let plan = Plan::new(routine, options);
    let needs = |text: &str, clear: f64| {
        (TONE_LEAD + speaking_time(text, words_a_minute).as_secs_f64() + clear).ceil() as u32
    };
    let get_ready = needs(&get_ready_words(&plan, eyes_free), CLEAR_OF_COUNTDOWN);
    let least_rest = if eyes_free {
        (1..plan.exercises.len())
            .map(|i| needs(&rest_next_words(&plan, i, true), CLEAR_OF_REST_END))
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    PlanOptions {
        get_ready_secs: options.get_ready_secs.max(get_ready),
        least_rest_between_exercises_secs: options
            .least_rest_between_exercises_secs
            .max(least_rest),
        ..options
    }
}

/// What is said while getting ready.
fn get_ready_words(plan: &Plan, eyes_free: bool) -> String {
    let first = plan
        .steps
        .iter()
        .find_map(|s| match &s.kind {
            StepKind::Work(w) => Some(w.exercise),
            _ => None,
        })
        .unwrap_or(0);
    let name = plan.exercises.get(first).map_or("", |e| e.name.as_str());
    let whole = instructions_of(plan, first);
    let mut text = t!("spoken-get-ready", exercise = name);
    if eyes_free && !whole.is_empty() {
        text = format!("{text} {whole}");
    }
    text
}

/// What is said at the start of the rest before exercise `next`.
fn rest_next_words(plan: &Plan, next: usize, eyes_free: bool) -> String {
    let name = plan.exercises.get(next).map_or("", |e| e.name.as_str());
    let whole = instructions_of(plan, next);
    let mut text = t!("spoken-rest-next", exercise = name);
    if eyes_free && !whole.is_empty() {
        text = format!("{text} {whole}");
    }
    text
}
