//! The routine model: what a physiotherapist writes in a `.ron` file, one routine per file.
//!
//! This module owns the data types of routine format v3 (v1 and v2 load unchanged) (see `docs/routine-format.md`),
//! their RON encoding ([`to_ron_string`]), loading with precise error positions ([`load`]),
//! semantic validation ([`validate`]) and the routines bundled into the binary
//! ([`bundled`]), and the person's routines folder: saving with backups, trash,
//! import and export ([`folder`]). It is part of the pure core: it may use `serde`,
//! `ron`, `std::fs`, and Steady's `files` and `paths`; never egui or rodio.

pub mod bundled;
pub mod draft;
pub mod folder;
mod layout;
pub mod load;
mod locate;
pub mod pictures;
pub mod text_edit;
pub mod validate;
pub mod versions;

use serde::{Deserialize, Serialize};

pub use load::{
    LoadReport, LoadedRoutine, Origin, Problem, Severity, load_dir, load_file, parse_routine,
};

/// The bundled routines and the person's own (from the data folder), with ids checked
/// across both: what Home, `steady list` and `steady validate` show.
pub fn library(data_dir: &crate::paths::DataDir) -> LoadReport {
    library_in(data_dir, "en")
}

/// [`library`] with the bundled routines in `language` (a primary subtag like `de`)
/// where they have a translation. The person's own routines stay as written.
pub fn library_in(data_dir: &crate::paths::DataDir, language: &str) -> LoadReport {
    let mut report = bundled::load_bundled_in(language);
    report.merge(load_dir(&data_dir.routines(), true));
    report
}

/// Reloads after a change on disk without losing a routine to a half-finished edit: a
/// file that loaded before (`previous`) but now has an error keeps its last good
/// version, marked [`LoadedRoutine::last_good`], beside the new problem, unless another
/// file now has its id. A file that was removed is gone.
pub fn keep_last_good(previous: &LoadReport, mut fresh: LoadReport) -> LoadReport {
    for old in &previous.routines {
        let Origin::File(path) = &old.origin else {
            continue;
        };
        let broken = fresh
            .problems
            .iter()
            .any(|p| p.is_error() && &p.path == path);
        if broken && path.exists() && fresh.get(&old.routine.id).is_none() {
            let mut kept = old.clone();
            kept.last_good = true;
            fresh.routines.push(kept);
        }
    }
    // Bundled first, then the person's files by name, as when loading.
    fresh.routines.sort_by_key(|r| match &r.origin {
        Origin::Bundled { .. } => None,
        Origin::File(path) => Some(path.clone()),
    });
    fresh
}

/// The routine format version this build of Steady writes. It reads every version from
/// [`OLDEST_FORMAT_VERSION`] up to this one: a v1 file loads unchanged.
pub const FORMAT_VERSION: u32 = 3;

/// The oldest routine format this build reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// A routine of self-tests only ([`Routine::is_check`]) is planned this many weeks
/// apart: self-tests compare over weeks, and more often would measure practice.
pub const CHECK_EVERY_WEEKS: u32 = 4;

/// One routine: a titled, ordered list of exercises with a prescription and safety notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    /// Format version of the file; this build reads [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable identifier: lowercase letters, digits and `-`. History refers to it.
    pub id: String,
    /// Short title shown on cards, e.g. "Sit to stand practice".
    pub title: String,
    /// One or two sentences saying what the routine is for.
    #[serde(default)]
    pub summary: String,
    /// What the routine trains; at least one.
    pub focus: Vec<Focus>,
    /// The position the routine starts in.
    pub position: Position,
    /// What the person needs nearby (a sturdy chair, a wall, a pillow…).
    #[serde(default)]
    pub equipment: Vec<String>,
    /// How often the therapist prescribes it.
    pub prescription: Prescription,
    /// Safety notes shown before every session.
    #[serde(default)]
    pub safety: Vec<String>,
    /// Rest between one exercise and the next, in seconds.
    pub rest_between_exercises_secs: u32,
    /// Short prompts for rests (breathe, sip something cool…); Steady's own are used
    /// when this is empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rest_prompts: Vec<String>,
    /// Free-text notes for the therapist and the person (kept when the app saves the file,
    /// unlike comments).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The exercises, in the order they are done.
    pub exercises: Vec<Exercise>,
    /// When to offer the person a step up to the harder doses (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progression: Option<Progression>,
}

/// The therapist's rule for stepping up: after `sessions` finished sessions in a row
/// with an effort of at most `max_effort` (0–10), Steady offers the next level at
/// check-in. The person decides; Steady never rewrites the routine file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progression {
    /// Finished sessions in a row, 1 to 20.
    pub sessions: u32,
    /// Highest effort (0–10) that still counts as "easy enough".
    pub max_effort: u8,
}

/// How hard a session is done: each exercise has a lighter, a normal and (optionally) a
/// harder dose. The person's level per routine lives in history, never in the file.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Level {
    Lighter,
    #[default]
    Normal,
    Harder,
}

impl Level {
    /// All levels, lightest first.
    pub const ALL: [Self; 3] = [Self::Lighter, Self::Normal, Self::Harder];

    /// The next level up, if any.
    pub fn up(self) -> Option<Self> {
        match self {
            Self::Lighter => Some(Self::Normal),
            Self::Normal => Some(Self::Harder),
            Self::Harder => None,
        }
    }

    /// The next level down, if any.
    pub fn down(self) -> Option<Self> {
        match self {
            Self::Lighter => None,
            Self::Normal => Some(Self::Lighter),
            Self::Harder => Some(Self::Normal),
        }
    }

    /// English name for files, CSV and logs.
    pub fn label(self) -> &'static str {
        match self {
            Self::Lighter => "lighter",
            Self::Normal => "normal",
            Self::Harder => "harder",
        }
    }
}

/// What a routine trains. Shown as tags and used to filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Focus {
    Strength,
    Balance,
    SitToStand,
    Stretch,
    Mobility,
    Core,
    Gait,
    Stairs,
    /// Continuous work that raises the heart rate a little (format 2).
    Aerobic,
    /// Breathing and relaxation (format 2).
    Relaxation,
}

impl Routine {
    /// Whether any exercise has a harder dose (so "harder" can be offered).
    pub fn has_harder(&self) -> bool {
        self.exercises.iter().any(|e| e.harder.is_some())
    }

    /// Whether the routine is a check: self-tests only (like the bundled "Monthly
    /// check"). A check is done every few weeks, not to a weekly prescription: the
    /// planner spaces it [`CHECK_EVERY_WEEKS`] apart and adherence leaves it out.
    pub fn is_check(&self) -> bool {
        !self.exercises.is_empty()
            && self
                .exercises
                .iter()
                .all(|e| matches!(e.dose, Dose::Test { .. }))
    }

    /// The position an exercise is done in: its own, or the routine's.
    pub fn position_of(&self, exercise: &Exercise) -> Position {
        exercise.position.unwrap_or(self.position)
    }

    /// Whether the whole routine is done seated or lying down, never standing up: what
    /// can be offered on a day of new weakness. Sit-to-stand, stairs and walking work
    /// stand up whatever their starting position says.
    pub fn stays_seated_or_lying(&self) -> bool {
        matches!(self.position, Position::Seated | Position::Lying)
            && self
                .exercises
                .iter()
                .all(|e| matches!(self.position_of(e), Position::Seated | Position::Lying))
            && !self
                .focus
                .iter()
                .any(|f| matches!(f, Focus::SitToStand | Focus::Stairs | Focus::Gait))
    }
}

impl Focus {
    /// Plain words for a person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Strength => "strength",
            Self::Balance => "balance",
            Self::SitToStand => "sit to stand",
            Self::Stretch => "stretch",
            Self::Mobility => "mobility",
            Self::Core => "core",
            Self::Gait => "walking",
            Self::Stairs => "stairs",
            Self::Aerobic => "aerobic",
            Self::Relaxation => "relaxation",
        }
    }
}

/// The starting position of a routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Position {
    Lying,
    Seated,
    Standing,
    StandingWithSupport,
}

impl Position {
    /// Plain words for a person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Lying => "lying",
            Self::Seated => "seated",
            Self::Standing => "standing",
            Self::StandingWithSupport => "standing with support",
        }
    }
}

/// How often a routine is prescribed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prescription {
    /// Sessions per week, 1 to 14.
    pub times_per_week: u32,
    /// Free text from the therapist, e.g. "Not on two days in a row".
    #[serde(default)]
    pub note: String,
    // Format 3 (week planner): fixed weekdays.
    /// The weekdays the routine is done on (format 3), e.g. `[Mon, Wed, Fri]`; then
    /// `times_per_week` is the number of days named. Without it the planner picks the days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<Vec<Weekday>>,
}

/// Whether any two of `days` follow each other (Sunday to Monday too).
pub fn days_in_a_row(days: &[Weekday]) -> bool {
    let index = |d: &Weekday| Weekday::ALL.iter().position(|x| x == d).unwrap_or(0);
    days.iter()
        .any(|a| days.iter().any(|b| (index(a) + 1) % 7 == index(b)))
}

impl Prescription {
    /// Sessions a week: the days named, else `times_per_week`.
    pub fn per_week(&self) -> u32 {
        match &self.days {
            Some(days) => u32::try_from(days.len()).unwrap_or(u32::MAX),
            None => self.times_per_week,
        }
    }
}

/// A day of the week in a prescription's `days` (format 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday first.
    pub const ALL: [Self; 7] = [
        Self::Mon,
        Self::Tue,
        Self::Wed,
        Self::Thu,
        Self::Fri,
        Self::Sat,
        Self::Sun,
    ];

    /// The same day as chrono names it.
    pub fn to_chrono(self) -> chrono::Weekday {
        match self {
            Self::Mon => chrono::Weekday::Mon,
            Self::Tue => chrono::Weekday::Tue,
            Self::Wed => chrono::Weekday::Wed,
            Self::Thu => chrono::Weekday::Thu,
            Self::Fri => chrono::Weekday::Fri,
            Self::Sat => chrono::Weekday::Sat,
            Self::Sun => chrono::Weekday::Sun,
        }
    }

    pub fn from_chrono(day: chrono::Weekday) -> Self {
        Self::ALL[day.num_days_from_monday() as usize]
    }
}
// end of format 3 (week planner)

/// One exercise of a routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Unique within the routine, e.g. "Sit to stand".
    pub name: String,
    /// Step-by-step instructions, one short sentence each.
    pub steps: Vec<String>,
    /// How much: reps, a timed hold, or paced stepping.
    pub dose: Dose,
    /// Rest between two sets of this exercise, in seconds (may be left out for a single
    /// set or paced stepping).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rest_between_sets_secs: u32,
    /// Both sides at once, or each side in turn.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sides: Sides,
    /// Which side goes first when the sides take turns (format 2; default left).
    #[serde(default, skip_serializing_if = "is_default")]
    pub first_side: Side,
    /// Seconds to change position between the sides (format 2; default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch_secs: Option<u32>,
    /// The position of this exercise when it differs from the routine's (format 2): a
    /// step-up in a seated routine is standing work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// What to hold or wear, in the therapist's words (format 2): "yellow band",
    /// "0.5 kg ankle weight". Shown in the player.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load: Option<String>,
    /// The words for the three phases of a tempo rep (format 2), e.g. "pull", "hold",
    /// "release" for a row; "up", "hold", "down" when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo_words: Option<TempoWords>,
    /// The dose used on a low-energy day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lighter: Option<Dose>,
    /// The dose used when the therapist wants to progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harder: Option<Dose>,
    /// A coaching note shown with the exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The bundled picture to show, by name (`"sit-to-stand"`; see [`pictures`]), when
    /// it is not the one named after the exercise. Names only, never file paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// Whether an exercise works both sides at once or each side in turn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sides {
    /// Both sides together, or the exercise has no sides.
    #[default]
    BothAtOnce,
    /// First side, then a switch-side prompt, then the other side, in every set.
    EachSide,
    /// All sets on the first side, then one switch, then all sets on the other side
    /// (format 2): for exercises where changing position is hard work, like lying on
    /// one side.
    OneSideThenOther,
}

impl Sides {
    /// Whether the exercise is done once per side.
    pub fn per_side(self) -> bool {
        !matches!(self, Self::BothAtOnce)
    }
}

/// One side of the body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    #[default]
    Left,
    Right,
}

impl Side {
    /// English words for files and logs.
    pub fn label(self) -> &'static str {
        match self {
            Self::Left => "left side",
            Self::Right => "right side",
        }
    }

    /// The other side.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }
}

/// The words a tempo rep's phases are called by (format 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TempoWords {
    pub up: String,
    pub hold: String,
    pub down: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// How much of an exercise to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Dose {
    /// Sets of repetitions. With a tempo, Steady counts and cues every rep; without one,
    /// the person taps "Set done" at the end of each set.
    Reps {
        sets: u32,
        reps: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tempo: Option<Tempo>,
    },
    /// Sets of a timed hold (balance, stretches).
    Hold { sets: u32, hold_secs: u32 },
    /// Stepping or walking in place to a metronome.
    Stepping {
        duration_secs: u32,
        beats_per_min: u32,
    },
    /// Sets of continuous work for a time, at an effort the person can keep up
    /// (format 2): "3 min of seated marching, you can still talk". `effort` is the target
    /// on Steady's 0–10 scale.
    Timed {
        sets: u32,
        work_secs: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effort: Option<u8>,
    },
    /// One of Steady's guided self-tests (format 3), e.g. `Test(kind: FiveTimesSitToStand)`.
    /// Steady runs the test's own flow (safety screen, "Go", result) and keeps the result.
    Test { kind: TestKind },
}

// ---- Format 3: self-tests (the `Test` dose) ----

/// The guided self-tests Steady knows (format 3). Each has its own flow, result unit
/// and real-change band (`history::test_stats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TestKind {
    /// Five Times Sit-to-Stand: seconds for five full stands.
    FiveTimesSitToStand,
    /// 30-second chair stand: full stands in 30 s.
    ThirtySecondChairStand,
    /// Standing balance ladder: feet together, semi-tandem, tandem, single leg each side,
    /// each held up to 30 s.
    StandingBalance,
    /// Steady's own five-question fatigue check, 0–4 each (total 0–20).
    FatigueCheck,
    /// Timed 25-foot walk, with a helper pressing start and stop.
    TimedWalk,
}

impl TestKind {
    /// Every test, in the order Steady lists them.
    pub const ALL: [Self; 5] = [
        Self::FiveTimesSitToStand,
        Self::ThirtySecondChairStand,
        Self::StandingBalance,
        Self::FatigueCheck,
        Self::TimedWalk,
    ];

    /// English name for files, CSV and logs.
    pub fn label(self) -> &'static str {
        match self {
            Self::FiveTimesSitToStand => "five-times-sit-to-stand",
            Self::ThirtySecondChairStand => "30-second-chair-stand",
            Self::StandingBalance => "standing-balance",
            Self::FatigueCheck => "fatigue-check",
            Self::TimedWalk => "timed-25-foot-walk",
        }
    }

    /// The unit of the result, for files and CSV.
    pub fn unit(self) -> &'static str {
        match self {
            Self::FiveTimesSitToStand | Self::StandingBalance | Self::TimedWalk => "s",
            Self::ThirtySecondChairStand => "stands",
            Self::FatigueCheck => "points",
        }
    }

    /// Whether a smaller result is the better one (times to finish, fatigue points).
    pub fn lower_is_better(self) -> bool {
        matches!(
            self,
            Self::FiveTimesSitToStand | Self::TimedWalk | Self::FatigueCheck
        )
    }

    /// Whether the person stands up during the test.
    pub fn is_standing(self) -> bool {
        !matches!(self, Self::FatigueCheck)
    }

    /// Whether the test asks for someone at home (balance) or a helper (the walk).
    pub fn needs_company(self) -> bool {
        matches!(self, Self::StandingBalance | Self::TimedWalk)
    }
}

// ---- end of format 3: self-tests ----

impl Dose {
    /// Number of sets (paced stepping is one set).
    pub fn sets(&self) -> u32 {
        match *self {
            Self::Reps { sets, .. } | Self::Hold { sets, .. } | Self::Timed { sets, .. } => sets,
            Self::Stepping { .. } | Self::Test { .. } => 1,
        }
    }

    /// The same dose with a different number of sets (paced stepping is unchanged).
    #[must_use]
    pub fn with_sets(self, new_sets: u32) -> Self {
        match self {
            Self::Reps { reps, tempo, .. } => Self::Reps {
                sets: new_sets,
                reps,
                tempo,
            },
            Self::Hold { hold_secs, .. } => Self::Hold {
                sets: new_sets,
                hold_secs,
            },
            Self::Timed {
                work_secs, effort, ..
            } => Self::Timed {
                sets: new_sets,
                work_secs,
                effort,
            },
            Self::Stepping { .. } | Self::Test { .. } => self,
        }
    }

    /// A short description in plain words, e.g. "2 × 8 reps, 3-1-3 s tempo".
    pub fn describe(&self) -> String {
        match *self {
            Self::Reps { sets, reps, tempo } => {
                let sets_word = if sets == 1 { "set" } else { "sets" };
                match tempo {
                    Some(t) => format!(
                        "{sets} {sets_word} of {reps} reps, {}-{}-{} s tempo",
                        t.up_secs, t.hold_secs, t.down_secs
                    ),
                    None => format!("{sets} {sets_word} of {reps} reps"),
                }
            }
            Self::Hold { sets, hold_secs } => {
                let sets_word = if sets == 1 { "hold" } else { "holds" };
                format!("{sets} {sets_word} of {hold_secs} s")
            }
            Self::Stepping {
                duration_secs,
                beats_per_min,
            } => format!(
                "{} of stepping at {beats_per_min} beats a minute",
                describe_secs(duration_secs)
            ),
            Self::Timed {
                sets,
                work_secs,
                effort,
            } => {
                let sets_word = if sets == 1 { "round" } else { "rounds" };
                match effort {
                    Some(e) => format!(
                        "{sets} {sets_word} of {}, effort about {e} of 10",
                        describe_secs(work_secs)
                    ),
                    None => format!("{sets} {sets_word} of {}", describe_secs(work_secs)),
                }
            }
            Self::Test { kind } => format!("self-test: {}", kind.label()),
        }
    }
}

/// Tempo of one repetition: seconds going up, holding, and coming down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tempo {
    pub up_secs: u32,
    pub hold_secs: u32,
    pub down_secs: u32,
}

impl Tempo {
    /// Length of one repetition in seconds.
    pub fn rep_secs(&self) -> u32 {
        self.up_secs
            .saturating_add(self.hold_secs)
            .saturating_add(self.down_secs)
    }
}

/// "45 s", "2 min", "2 min 30 s".
pub fn describe_secs(secs: u32) -> String {
    let (min, s) = (secs / 60, secs % 60);
    match (min, s) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// RON options shared by reading and writing: `Some(…)` may be left out around optional
/// values, so a hand-written `lighter: Hold(sets: 1, hold_secs: 20)` works.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Writes a routine as pretty, stable RON: fields in a fixed order, four-space indents and
/// `\n` line endings on every platform, so two versions of a file diff cleanly; compact
/// (no fields left at their default, short structs on one line, no needless escapes:
/// see `layout`).
pub fn to_ron_string(routine: &Routine) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true)
        .separate_tuple_members(false);
    let mut text = ron_options().to_string_pretty(routine, config)?;
    text.push('\n');
    Ok(layout::tidy(&text, routine))
}
