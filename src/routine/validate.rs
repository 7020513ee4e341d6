//! Semantic checks of a parsed [`Routine`]: the rules a RON parser cannot know
//! (sets ≥ 1, sane durations, unique exercise names, non-empty instructions…).
//!
//! [`validate`] reports every problem at once, each with the path of the field it is
//! about, so the loader can turn it into `line:col` and the editor can show it beside
//! the field. The bounds are public constants: the format documentation and the editor
//! use the same numbers.

use std::collections::HashSet;
use std::fmt;
use std::ops::RangeInclusive;

use super::locate::Seg;
use super::{Dose, Exercise, Routine};

pub const ID_MAX_CHARS: usize = 64;
pub const TITLE_MAX_CHARS: usize = 80;
pub const TIMES_PER_WEEK: RangeInclusive<u32> = 1..=14;
pub const EXERCISES: RangeInclusive<usize> = 1..=40;
pub const SETS: RangeInclusive<u32> = 1..=10;
pub const REPS: RangeInclusive<u32> = 1..=50;
pub const TEMPO_PART_SECS: RangeInclusive<u32> = 1..=20;
/// A tempo may have no hold (a continuous 2-0-3 band tempo).
pub const TEMPO_HOLD_SECS: RangeInclusive<u32> = 0..=20;
pub const TIMED_SECS: RangeInclusive<u32> = 10..=1800;
pub const EFFORT: RangeInclusive<u32> = 0..=10;
pub const SWITCH_SECS: RangeInclusive<u32> = 3..=120;
pub const PROGRESSION_SESSIONS: RangeInclusive<u32> = 1..=20;

/// Above these, [`cautions`] asks the therapist to look again (warnings, never errors).
pub const CAUTION_SESSION_MINUTES: u32 = 60;
pub const CAUTION_HOLD_SECS: u32 = 120;
/// The MS exercise guideline: strength on 2–3 days a week, a rest day between
/// (Kim et al. 2019).
pub const CAUTION_STRENGTH_TIMES_PER_WEEK: u32 = 3;
pub const CAUTION_REPS_PER_EXERCISE: u32 = 100;
pub const HOLD_SECS: RangeInclusive<u32> = 1..=600;
pub const STEPPING_SECS: RangeInclusive<u32> = 10..=1800;
pub const BEATS_PER_MIN: RangeInclusive<u32> = 20..=200;
pub const REST_SECS: RangeInclusive<u32> = 0..=600;

/// A step of a [`FieldPath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PathSeg {
    Field(&'static str),
    Index(usize),
}

/// Where in a routine a problem is, e.g. `exercises[2].dose.sets`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<PathSeg>);

impl FieldPath {
    /// The routine itself (an empty path).
    pub fn root() -> Self {
        Self::default()
    }

    /// This path, then a field.
    #[must_use]
    pub fn field(&self, name: &'static str) -> Self {
        let mut segs = self.0.clone();
        segs.push(PathSeg::Field(name));
        Self(segs)
    }

    /// This path, then a list index.
    #[must_use]
    pub fn index(&self, i: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(PathSeg::Index(i));
        Self(segs)
    }

    /// Whether this path is `prefix` or inside it.
    pub fn starts_with(&self, prefix: &Self) -> bool {
        self.0.starts_with(&prefix.0)
    }

    pub(crate) fn segs(&self) -> Vec<Seg<'static>> {
        self.0
            .iter()
            .map(|s| match *s {
                PathSeg::Field(f) => Seg::Field(f),
                PathSeg::Index(i) => Seg::Index(i),
            })
            .collect()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Field(name) if i == 0 => write!(f, "{name}")?,
                PathSeg::Field(name) => write!(f, ".{name}")?,
                PathSeg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Format 3 (week planner): `days` needs format 3, names each day once, and agrees
/// with `times_per_week`.
fn check_days(c: &mut Checker, root: &FieldPath, routine: &Routine) {
    let Some(days) = &routine.prescription.days else {
        return;
    };
    let path = root.field("prescription").field("days");
    if routine.format < 3 {
        c.fail(
            path,
            InvalidKind::DaysNeedFormat3,
            format!(
                "`days` needs format 3 (this file says format {}).",
                routine.format
            ),
            Some("Write `format: 3,` at the top to use `days`."),
        );
        return;
    }
    let mut seen = HashSet::new();
    if days.is_empty() || !days.iter().all(|d| seen.insert(*d)) {
        c.fail(
            path,
            InvalidKind::DaysEmptyOrRepeated,
            "`days` names each day at most once, and at least one day.".into(),
            Some("For example `days: [Mon, Wed, Fri]`."),
        );
        return;
    }
    let count = routine.prescription.per_week();
    if count != routine.prescription.times_per_week {
        c.fail(
            path,
            InvalidKind::DaysCountDiffers {
                days: count,
                times: routine.prescription.times_per_week,
            },
            format!(
                "`days` names {count} days but `times_per_week` is {}.",
                routine.prescription.times_per_week
            ),
            Some("Make `times_per_week` the number of days named."),
        );
    }
}

/// One semantic problem: where, what (for the shells to put in the person's words),
/// and the same in English (for the command line and files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub path: FieldPath,
    pub kind: InvalidKind,
    pub message: String,
    pub hint: Option<String>,
}

/// What is wrong, as data: the editor says it beside the field, in the person's
/// language (`i18n::invalid`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidKind {
    /// A number outside its range.
    OutOfRange {
        min: u32,
        max: u32,
        found: u32,
    },
    /// A text that must not be empty.
    Empty,
    TitleTooLong {
        max: usize,
    },
    NoFocus,
    ExerciseCount {
        min: usize,
        max: usize,
        found: usize,
    },
    DuplicateName {
        name: String,
    },
    IdEmpty,
    IdCharacters {
        id: String,
    },
    IdTooLong {
        max: usize,
    },
    NoSteps {
        exercise: String,
    },
    /// Caution: the session is planned longer than [`CAUTION_SESSION_MINUTES`].
    LongSession {
        minutes: u32,
    },
    /// Caution: a hold longer than [`CAUTION_HOLD_SECS`].
    LongHold {
        secs: u32,
    },
    /// Caution: standing work and not one safety note.
    StandingWithoutSafety,
    /// Caution: strength work more often than [`CAUTION_STRENGTH_TIMES_PER_WEEK`] a week.
    /// Caution: strength work on two days in a row (the prescription's `days`).
    StrengthOnConsecutiveDays,
    StrengthTooOften {
        times: u32,
    },
    /// Caution: several sets of strength work with no rest between them.
    NoRestBetweenSets {
        exercise: String,
    },
    /// Caution: more than [`CAUTION_REPS_PER_EXERCISE`] reps in one exercise.
    ManyReps {
        exercise: String,
        total: u32,
    }, // Format 3 (week planner)
    /// `days` is used in a file of an older format.
    DaysNeedFormat3,
    /// `days` names no day, or a day twice.
    DaysEmptyOrRepeated,
    /// `days` and `times_per_week` disagree.
    DaysCountDiffers {
        days: u32,
        times: u32,
    },
    /// A field or choice of a newer format in an older file (format 3: `Test`).
    NeedsFormat {
        needed: u32,
        found: u32,
    },
    /// A self-test with a `lighter` or `harder` dose, or a test as one of those.
    TestWithLevels {
        exercise: String,
    },
    // end of format 3 (week planner)
}

struct Checker {
    found: Vec<Invalid>,
}

impl Checker {
    fn fail(&mut self, path: FieldPath, kind: InvalidKind, message: String, hint: Option<&str>) {
        self.found.push(Invalid {
            path,
            kind,
            message,
            hint: hint.map(str::to_owned),
        });
    }

    fn range(&mut self, path: FieldPath, what: &str, value: u32, range: &RangeInclusive<u32>) {
        if !range.contains(&value) {
            let hint = if value > *range.end() {
                Some("Is a digit too many? Steady keeps doses in a safe, sensible range.")
            } else {
                None
            };
            self.fail(
                path,
                InvalidKind::OutOfRange {
                    min: *range.start(),
                    max: *range.end(),
                    found: value,
                },
                format!(
                    "{what} must be between {} and {} (found {value}).",
                    range.start(),
                    range.end()
                ),
                hint,
            );
        }
    }

    fn text(&mut self, path: FieldPath, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(path, InvalidKind::Empty, format!("{what} is empty."), None);
        }
    }
}

/// Checks everything a parser cannot; returns every problem found (empty when valid).
pub fn validate(routine: &Routine) -> Vec<Invalid> {
    let mut c = Checker { found: Vec::new() };
    let root = FieldPath::default();

    check_id(&mut c, root.field("id"), &routine.id);
    c.text(root.field("title"), "The title", &routine.title);
    if routine.title.chars().count() > TITLE_MAX_CHARS {
        c.fail(
            root.field("title"),
            InvalidKind::TitleTooLong {
                max: TITLE_MAX_CHARS,
            },
            format!("The title is longer than {TITLE_MAX_CHARS} characters."),
            Some("Keep the title short; put details in `summary`."),
        );
    }
    if routine.focus.is_empty() {
        c.fail(
            root.field("focus"),
            InvalidKind::NoFocus,
            "`focus` needs at least one entry.".into(),
            Some("For example `focus: [Strength]`."),
        );
    }
    c.range(
        root.field("prescription").field("times_per_week"),
        "`times_per_week`",
        routine.prescription.times_per_week,
        &TIMES_PER_WEEK,
    );
    check_days(&mut c, &root, routine);
    for (i, note) in routine.safety.iter().enumerate() {
        c.text(root.field("safety").index(i), "A safety note", note);
    }
    for (i, prompt) in routine.rest_prompts.iter().enumerate() {
        c.text(root.field("rest_prompts").index(i), "A rest prompt", prompt);
    }
    for (i, item) in routine.equipment.iter().enumerate() {
        c.text(root.field("equipment").index(i), "An equipment entry", item);
    }
    c.range(
        root.field("rest_between_exercises_secs"),
        "`rest_between_exercises_secs`",
        routine.rest_between_exercises_secs,
        &REST_SECS,
    );

    if let Some(p) = &routine.progression {
        let path = root.field("progression");
        c.range(
            path.field("sessions"),
            "`sessions`",
            p.sessions,
            &PROGRESSION_SESSIONS,
        );
        c.range(
            path.field("max_effort"),
            "`max_effort`",
            u32::from(p.max_effort),
            &EFFORT,
        );
    }

    let exercises = root.field("exercises");
    if !EXERCISES.contains(&routine.exercises.len()) {
        c.fail(
            exercises.clone(),
            InvalidKind::ExerciseCount {
                min: *EXERCISES.start(),
                max: *EXERCISES.end(),
                found: routine.exercises.len(),
            },
            format!(
                "A routine has between {} and {} exercises (found {}).",
                EXERCISES.start(),
                EXERCISES.end(),
                routine.exercises.len()
            ),
            None,
        );
    }
    let mut names = HashSet::new();
    for (i, exercise) in routine.exercises.iter().enumerate() {
        let path = exercises.index(i);
        let key = exercise.name.trim().to_lowercase();
        if !key.is_empty() && !names.insert(key) {
            c.fail(
                path.field("name"),
                InvalidKind::DuplicateName {
                    name: exercise.name.trim().to_owned(),
                },
                format!("Two exercises are called \"{}\".", exercise.name.trim()),
                Some("Give each exercise its own name; history counts them by name."),
            );
        }
        check_exercise(&mut c, &path, exercise);
        check_test_dose(&mut c, &path, routine.format, exercise);
    }
    c.found
}

// ---- Format 3: self-tests ----

/// The first routine format with the `Test` dose.
pub const TEST_DOSE_FORMAT: u32 = 3;

/// A `Test` dose needs format 3, and is the exercise's only dose: a test is the same
/// test on every day, so it has no `lighter` or `harder` dose, and no other dose is a test.
fn check_test_dose(c: &mut Checker, path: &FieldPath, format: u32, exercise: &Exercise) {
    if let Dose::Test { kind } = exercise.dose
        && format < TEST_DOSE_FORMAT
    {
        c.fail(
                path.field("dose"),
                InvalidKind::NeedsFormat {
                    needed: TEST_DOSE_FORMAT,
                    found: format,
                },
                format!(
                    "`Test(kind: {kind:?})` needs format {TEST_DOSE_FORMAT} (this file says format {format})."
                ),
                Some("Write `format: 3,` at the top of the file."),
            );
    }
    for (field, dose) in [("lighter", &exercise.lighter), ("harder", &exercise.harder)] {
        if matches!(dose, Some(Dose::Test { .. }))
            || (dose.is_some() && matches!(exercise.dose, Dose::Test { .. }))
        {
            c.fail(
                path.field(field),
                InvalidKind::TestWithLevels {
                    exercise: exercise.name.trim().to_owned(),
                },
                format!(
                    "\"{}\" is a self-test: a test is only the exercise's `dose`, without `lighter` or `harder`.",
                    exercise.name.trim()
                ),
                Some("Remove `lighter` and `harder`, or put the test in its own exercise."),
            );
        }
    }
}

// ---- end of format 3: self-tests ----

/// The id rule for routines, and for every id read from a file before it becomes part of
/// a path (session records, sessions in progress): 1 to [`ID_MAX_CHARS`] lowercase
/// letters, digits and dashes, not starting or ending with a dash.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX_CHARS
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn check_id(c: &mut Checker, path: FieldPath, id: &str) {
    let ok_chars = id
        .chars()
        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
    if id.is_empty() {
        c.fail(
            path,
            InvalidKind::IdEmpty,
            "The id is empty.".into(),
            Some("Use lowercase words joined by dashes, like \"seated-leg-strength\"."),
        );
    } else if !ok_chars || id.starts_with('-') || id.ends_with('-') {
        c.fail(
            path,
            InvalidKind::IdCharacters { id: id.to_owned() },
            format!("The id \"{id}\" may only have lowercase letters, digits and dashes."),
            Some("Use lowercase words joined by dashes, like \"seated-leg-strength\"."),
        );
    } else if id.len() > ID_MAX_CHARS {
        c.fail(
            path,
            InvalidKind::IdTooLong { max: ID_MAX_CHARS },
            format!("The id is longer than {ID_MAX_CHARS} characters."),
            None,
        );
    }
}

fn check_exercise(c: &mut Checker, path: &FieldPath, exercise: &Exercise) {
    c.text(path.field("name"), "The exercise name", &exercise.name);
    if exercise.steps.is_empty() {
        c.fail(
            path.field("steps"),
            InvalidKind::NoSteps {
                exercise: exercise.name.trim().to_owned(),
            },
            format!("\"{}\" has no instruction steps.", exercise.name.trim()),
            Some("Add at least one short sentence to `steps`."),
        );
    }
    for (i, step) in exercise.steps.iter().enumerate() {
        c.text(path.field("steps").index(i), "An instruction step", step);
    }
    check_dose(c, &path.field("dose"), &exercise.dose);
    if let Some(dose) = &exercise.lighter {
        check_dose(c, &path.field("lighter"), dose);
    }
    if let Some(dose) = &exercise.harder {
        check_dose(c, &path.field("harder"), dose);
    }
    c.range(
        path.field("rest_between_sets_secs"),
        "`rest_between_sets_secs`",
        exercise.rest_between_sets_secs,
        &REST_SECS,
    );
    if let Some(note) = &exercise.note {
        c.text(path.field("note"), "The note", note);
    }
    if let Some(load) = &exercise.load {
        c.text(path.field("load"), "The load", load);
    }
    if let Some(secs) = exercise.switch_secs {
        c.range(
            path.field("switch_secs"),
            "`switch_secs`",
            secs,
            &SWITCH_SECS,
        );
    }
    if let Some(words) = &exercise.tempo_words {
        let path = path.field("tempo_words");
        c.text(path.field("up"), "A tempo word", &words.up);
        c.text(path.field("hold"), "A tempo word", &words.hold);
        c.text(path.field("down"), "A tempo word", &words.down);
    }
}

fn check_dose(c: &mut Checker, path: &FieldPath, dose: &Dose) {
    match *dose {
        Dose::Reps { sets, reps, tempo } => {
            c.range(path.field("sets"), "`sets`", sets, &SETS);
            c.range(path.field("reps"), "`reps`", reps, &REPS);
            if let Some(t) = tempo {
                let tempo = path.field("tempo");
                for (name, value, range) in [
                    ("up_secs", t.up_secs, &TEMPO_PART_SECS),
                    ("hold_secs", t.hold_secs, &TEMPO_HOLD_SECS),
                    ("down_secs", t.down_secs, &TEMPO_PART_SECS),
                ] {
                    c.range(tempo.field(name), &format!("Tempo `{name}`"), value, range);
                }
            }
        }
        Dose::Hold { sets, hold_secs } => {
            c.range(path.field("sets"), "`sets`", sets, &SETS);
            c.range(
                path.field("hold_secs"),
                "`hold_secs`",
                hold_secs,
                &HOLD_SECS,
            );
        }
        Dose::Stepping {
            duration_secs,
            beats_per_min,
        } => {
            c.range(
                path.field("duration_secs"),
                "`duration_secs`",
                duration_secs,
                &STEPPING_SECS,
            );
            c.range(
                path.field("beats_per_min"),
                "`beats_per_min`",
                beats_per_min,
                &BEATS_PER_MIN,
            );
        }
        Dose::Timed {
            sets,
            work_secs,
            effort,
        } => {
            c.range(path.field("sets"), "`sets`", sets, &SETS);
            c.range(
                path.field("work_secs"),
                "`work_secs`",
                work_secs,
                &TIMED_SECS,
            );
            if let Some(effort) = effort {
                c.range(path.field("effort"), "`effort`", u32::from(effort), &EFFORT);
            }
        }
        // A test has nothing to bound; `check_test_dose` checks where it may stand.
        Dose::Test { .. } => {}
    }
}

/// Clinical sanity checks: things a valid routine may do but a therapist should look at
/// again (a very long session, long holds, standing work with no safety note, strength
/// work too often or without rests, very many reps). Warnings, never errors: the
/// routine loads and runs. Call it on a routine [`validate`] accepted.
pub fn cautions(routine: &Routine) -> Vec<Invalid> {
    let mut c = Checker { found: Vec::new() };
    let root = FieldPath::root();
    let plan = crate::session::plan::Plan::normal_day(
        routine,
        crate::session::plan::DEFAULT_GET_READY_SECS,
    );
    let minutes = plan.estimated_minutes();
    if minutes > CAUTION_SESSION_MINUTES {
        c.fail(
            root.field("exercises"),
            InvalidKind::LongSession { minutes },
            format!(
                "The session takes about {minutes} min, more than {CAUTION_SESSION_MINUTES} min."
            ),
            Some("Long sessions tire people with MS; consider two shorter routines."),
        );
    }
    let standing = routine.exercises.iter().any(|e| {
        matches!(
            routine.position_of(e),
            super::Position::Standing | super::Position::StandingWithSupport
        )
    });
    if standing && routine.safety.is_empty() {
        c.fail(
            root.field("safety"),
            InvalidKind::StandingWithoutSafety,
            "The routine has standing work but no safety notes.".into(),
            Some("Add a note such as \"Stand next to a sturdy counter.\""),
        );
    }
    let strength = routine
        .focus
        .iter()
        .any(|f| matches!(f, super::Focus::Strength | super::Focus::SitToStand));
    let times = routine.prescription.times_per_week;
    if strength && times > CAUTION_STRENGTH_TIMES_PER_WEEK {
        c.fail(
            root.field("prescription").field("times_per_week"),
            InvalidKind::StrengthTooOften { times },
            format!(
                "Strength work {times} times a week: more than {CAUTION_STRENGTH_TIMES_PER_WEEK}."
            ),
            Some("Muscles grow stronger on the rest days between sessions; 2–3 a week is usual."),
        );
    }
    if strength
        && let Some(days) = &routine.prescription.days
        && super::days_in_a_row(days)
    {
        c.fail(
            root.field("prescription").field("days"),
            InvalidKind::StrengthOnConsecutiveDays,
            "Strength work on two days in a row.".into(),
            Some("Leave a rest day between strength days for the same muscles."),
        );
    }
    for (i, e) in routine.exercises.iter().enumerate() {
        let path = root.field("exercises").index(i);
        let name = e.name.trim().to_owned();
        for (field, dose) in [
            ("dose", Some(&e.dose)),
            ("lighter", e.lighter.as_ref()),
            ("harder", e.harder.as_ref()),
        ] {
            let Some(dose) = dose else { continue };
            match *dose {
                Dose::Hold { hold_secs, .. } if hold_secs > CAUTION_HOLD_SECS => c.fail(
                    path.field(field).field("hold_secs"),
                    InvalidKind::LongHold { secs: hold_secs },
                    format!("A hold of {hold_secs} s is longer than {CAUTION_HOLD_SECS} s."),
                    Some("Stretches and balance holds are usually 20–60 s; add sets instead."),
                ),
                Dose::Reps { sets, reps, .. }
                    if sets.saturating_mul(reps) > CAUTION_REPS_PER_EXERCISE =>
                {
                    c.fail(
                        path.field(field),
                        InvalidKind::ManyReps {
                            exercise: name.clone(),
                            total: sets.saturating_mul(reps),
                        },
                        format!(
                            "\"{name}\" has {} reps in all, more than {CAUTION_REPS_PER_EXERCISE}.",
                            sets.saturating_mul(reps)
                        ),
                        Some("Usual strength work is 1–3 sets of 8–15 reps."),
                    );
                }
                _ => {}
            }
        }
        let working_sets = e.dose.sets() > 1 && matches!(e.dose, Dose::Reps { .. });
        if strength && working_sets && e.rest_between_sets_secs == 0 {
            c.fail(
                path.field("rest_between_sets_secs"),
                InvalidKind::NoRestBetweenSets { exercise: name },
                format!(
                    "\"{}\" has several sets and no rest between them.",
                    e.name.trim()
                ),
                Some("Rest before fatigue: 1–2 min between sets is usual."),
            );
        }
    }
    c.found
}
