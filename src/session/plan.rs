//! Planning: a [`Routine`] plus the day's options becomes an ordered list of [`Step`]s
//! (get ready, work per exercise/side/set, rests, switch side, done) with durations.
//!
//! The plan is pure data. The session engine walks it; the home screen and
//! `steady list` use [`Plan::estimated_secs`]. Levels are planned here, once: on a
//! lighter day each exercise uses its `lighter` dose, or, where it has none, one set
//! fewer (at least one) and rests 50 % longer; on a harder day its `harder` dose, or the
//! normal one where it has none.

use crate::routine::{Dose, Routine, Sides, Tempo, describe_secs};
pub use crate::routine::{Level, Side};

/// Default length of the get-ready countdown before the first exercise.
pub const DEFAULT_GET_READY_SECS: u32 = 10;
/// Time given to change position between the two sides of an exercise, unless the
/// exercise says otherwise (`switch_secs`).
pub const SWITCH_SIDE_SECS: u32 = 10;
/// For estimates only: how long one self-paced repetition is assumed to take.
pub const SELF_PACED_REP_SECS_ESTIMATE: u32 = 5;

/// Steady's own rest prompts, used when a routine has none.
pub const BUILT_IN_REST_PROMPTS: &[&str] = &[
    "Breathe slowly: in through the nose, out through the mouth.",
    "Sip something cool.",
    "Shake out your arms and legs gently.",
    "Let your shoulders drop and relax.",
    "Rest now, before you feel tired.",
];

/// How a session is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    /// The level of the day: lighter (doses and longer rests), normal or harder.
    pub level: Level,
    /// Length of the get-ready countdown before the first exercise (0 to skip it).
    pub get_ready_secs: u32,
    /// The shortest rest before each exercise after the first (0: as prescribed), so
    /// an exercise's spoken instructions fit into the rest before it, never over the
    /// work (eyes-free mode; `live::spoken::room_for_speech`).
    pub least_rest_between_exercises_secs: u32,
}

impl PlanOptions {
    /// A normal day (not lighter) with this get-ready countdown: what Home, the routines
    /// screen and the editor show lengths and timelines for.
    pub fn normal_day(get_ready_secs: u32) -> Self {
        Self::at_level(Level::Normal, get_ready_secs)
    }

    /// A day at `level` with this get-ready countdown.
    pub fn at_level(level: Level, get_ready_secs: u32) -> Self {
        Self {
            level,
            get_ready_secs,
            least_rest_between_exercises_secs: 0,
        }
    }

    /// Whether the day is planned lighter.
    pub fn lighter(&self) -> bool {
        self.level == Level::Lighter
    }
}

impl Default for PlanOptions {
    fn default() -> Self {
        Self::normal_day(DEFAULT_GET_READY_SECS)
    }
}

/// What the person does during a work step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Steady counts and cues every repetition.
    TempoReps { reps: u32, tempo: Tempo },
    /// The person does the reps at their own pace and says when the set is done.
    SelfPacedReps { reps: u32 },
    /// A timed hold.
    Hold { secs: u32 },
    /// Stepping to a metronome.
    Stepping { secs: u32, beats_per_min: u32 },
    /// Continuous work for a time, at a target effort (0–10).
    Timed { secs: u32, effort: Option<u8> },
    /// A guided self-test (format 3): it runs its own flow (`session::selftest`) and
    /// ends when the person is done or stops it, like a self-paced set.
    Test { kind: crate::routine::TestKind },
}

impl Activity {
    /// Planned length in seconds; `None` for a self-paced set (it ends when the person
    /// says so).
    pub fn secs(&self) -> Option<u32> {
        match *self {
            Self::TempoReps { reps, tempo } => Some(reps.saturating_mul(tempo.rep_secs())),
            Self::SelfPacedReps { .. } | Self::Test { .. } => None,
            Self::Hold { secs } | Self::Stepping { secs, .. } | Self::Timed { secs, .. } => {
                Some(secs)
            }
        }
    }

    fn from_dose(dose: &Dose) -> Self {
        match *dose {
            Dose::Reps {
                reps,
                tempo: Some(tempo),
                ..
            } => Self::TempoReps { reps, tempo },
            Dose::Reps {
                reps, tempo: None, ..
            } => Self::SelfPacedReps { reps },
            Dose::Hold { hold_secs, .. } => Self::Hold { secs: hold_secs },
            Dose::Stepping {
                duration_secs,
                beats_per_min,
            } => Self::Stepping {
                secs: duration_secs,
                beats_per_min,
            },
            Dose::Timed {
                work_secs, effort, ..
            } => Self::Timed {
                secs: work_secs,
                effort,
            },
            Dose::Test { kind } => Self::Test { kind },
        }
    }
}

/// One set of one exercise (on one side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    /// Index into [`Plan::exercises`].
    pub exercise: usize,
    pub side: Option<Side>,
    /// 1-based.
    pub set: u32,
    pub sets: u32,
    pub activity: Activity,
}

/// Why a rest is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestKind {
    /// After set `after_set` (1-based) of an exercise, before its next set.
    BetweenSets { after_set: u32 },
    /// Before the next exercise.
    BetweenExercises,
}

/// What a step is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// Countdown before the first exercise.
    GetReady,
    Work(Work),
    Rest {
        kind: RestKind,
        /// Index into [`Plan::exercises`] of the exercise that comes next.
        next_exercise: usize,
        /// The side just worked, for rests between sets done all on one side first.
        side: Option<Side>,
        prompt: String,
    },
    /// Time to change position for the other side, within set `set`.
    SwitchSide {
        exercise: usize,
        set: u32,
        to: Side,
    },
    /// The end of the session.
    Done,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    /// Planned length; `None` when the person ends it (self-paced sets, done).
    pub secs: Option<u32>,
}

impl Step {
    /// Seconds this step is expected to take, self-paced sets included.
    pub fn estimated_secs(&self) -> u32 {
        match (&self.kind, self.secs) {
            (_, Some(secs)) => secs,
            (
                StepKind::Work(Work {
                    activity: Activity::SelfPacedReps { reps },
                    ..
                }),
                None,
            ) => reps.saturating_mul(SELF_PACED_REP_SECS_ESTIMATE),
            (
                StepKind::Work(Work {
                    activity: Activity::Test { kind },
                    ..
                }),
                None,
            ) => crate::session::selftest::estimated_secs(*kind),
            _ => 0,
        }
    }

    /// Where the step sits within its exercise, in order: rest before the exercise,
    /// then per set the work on each side (switch before the second side), then the
    /// rest after the set; with all sets on one side first, the side comes before the
    /// set. Used to re-plan what is left of an exercise.
    pub(crate) fn position_in_exercise(&self, exercise: &PlannedExercise) -> (u32, u32, u8, u8) {
        let second = |side: Option<Side>| u8::from(side.is_some_and(|s| s != exercise.first_side));
        let one_side_first = exercise.sides == Sides::OneSideThenOther;
        let order = |set: u32, side: u8, within: u8| {
            if one_side_first {
                (u32::from(side), set, 0, within)
            } else {
                (set, 0, side, within)
            }
        };
        match &self.kind {
            StepKind::GetReady
            | StepKind::Rest {
                kind: RestKind::BetweenExercises,
                ..
            } => (0, 0, 0, 0),
            StepKind::Work(w) => order(w.set, second(w.side), 2),
            StepKind::SwitchSide { set, to, .. } => {
                order(*set, second(Some(*to)), if one_side_first { 0 } else { 1 })
            }
            StepKind::Rest {
                kind: RestKind::BetweenSets { after_set },
                side,
                ..
            } => {
                if one_side_first {
                    order(*after_set, second(*side), 3)
                } else {
                    order(*after_set, 2, 0)
                }
            }
            StepKind::Done => (u32::MAX, u32::MAX, u8::MAX, u8::MAX),
        }
    }

    /// The exercise this step belongs to or leads to, if any.
    pub fn exercise(&self) -> Option<usize> {
        match &self.kind {
            StepKind::Work(w) => Some(w.exercise),
            StepKind::Rest { next_exercise, .. } => Some(*next_exercise),
            StepKind::SwitchSide { exercise, .. } => Some(*exercise),
            StepKind::GetReady | StepKind::Done => None,
        }
    }
}

/// How an exercise's dose was chosen for the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lightening {
    /// The normal dose.
    None,
    /// The routine's `lighter` dose.
    LighterVariant,
    /// No lighter dose was written: one set fewer and 50 % longer rests.
    FewerSetsLongerRests,
    /// The routine's `harder` dose.
    HarderVariant,
}

/// An exercise as planned for today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedExercise {
    pub name: String,
    pub steps: Vec<String>,
    pub note: Option<String>,
    /// The bundled picture it shows (`routine::pictures`), if any.
    pub picture: Option<&'static str>,
    /// The dose for today (normal or lighter).
    pub dose: Dose,
    pub sides: Sides,
    /// The side done first when the sides take turns.
    pub first_side: Side,
    /// Seconds to change position between the sides.
    pub switch_secs: u32,
    /// What to hold or wear ("yellow band").
    pub load: Option<String>,
    /// The position, when it differs from the routine's.
    pub position: Option<crate::routine::Position>,
    /// Words for the phases of a tempo rep, when the therapist chose their own.
    pub tempo_words: Option<crate::routine::TempoWords>,
    pub rest_between_sets_secs: u32,
    /// Rest after this exercise, before the next one.
    pub rest_after_secs: u32,
    pub lightening: Lightening,
}

/// A routine turned into steps for one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub routine_id: String,
    pub routine_title: String,
    pub options: PlanOptions,
    pub exercises: Vec<PlannedExercise>,
    pub steps: Vec<Step>,
}

/// 50 % longer, rounded up to whole seconds.
fn longer(secs: u32) -> u32 {
    secs.saturating_mul(3).div_ceil(2)
}

/// Today's version of one exercise of `routine`.
pub fn plan_exercise(routine: &Routine, index: usize, level: Level) -> Option<PlannedExercise> {
    let e = routine.exercises.get(index)?;
    let normal = (
        e.dose,
        e.rest_between_sets_secs,
        routine.rest_between_exercises_secs,
        Lightening::None,
    );
    let (dose, rest_between_sets_secs, rest_after_secs, lightening) = match (level, e.lighter) {
        (Level::Normal, _) => normal,
        (Level::Harder, _) => match e.harder {
            Some(dose) => (
                dose,
                e.rest_between_sets_secs,
                routine.rest_between_exercises_secs,
                Lightening::HarderVariant,
            ),
            None => normal,
        },
        (Level::Lighter, Some(dose)) => (
            dose,
            e.rest_between_sets_secs,
            routine.rest_between_exercises_secs,
            Lightening::LighterVariant,
        ),
        (Level::Lighter, None) => (
            e.dose.with_sets(e.dose.sets().saturating_sub(1).max(1)),
            longer(e.rest_between_sets_secs),
            longer(routine.rest_between_exercises_secs),
            Lightening::FewerSetsLongerRests,
        ),
    };
    Some(PlannedExercise {
        name: e.name.clone(),
        steps: e.steps.clone(),
        note: e.note.clone(),
        picture: crate::routine::pictures::for_exercise(routine, index),
        dose,
        sides: e.sides,
        first_side: e.first_side,
        switch_secs: e.switch_secs.unwrap_or(SWITCH_SIDE_SECS),
        load: e.load.clone(),
        position: e.position,
        tempo_words: e.tempo_words.clone(),
        rest_between_sets_secs,
        rest_after_secs,
        lightening,
    })
}

impl Plan {
    /// Plans a whole session.
    /// The plan of a normal day with this get-ready countdown: the one Home, the
    /// routines screen and the editor show lengths and timelines for.
    pub fn normal_day(routine: &Routine, get_ready_secs: u32) -> Self {
        Self::new(routine, PlanOptions::normal_day(get_ready_secs))
    }

    pub fn new(routine: &Routine, options: PlanOptions) -> Self {
        let exercises: Vec<PlannedExercise> = (0..routine.exercises.len())
            .filter_map(|i| plan_exercise(routine, i, options.level))
            .collect();
        let mut prompts = RestPrompts::new(routine);
        let mut steps = Vec::new();
        if options.get_ready_secs > 0 {
            steps.push(Step {
                kind: StepKind::GetReady,
                secs: Some(options.get_ready_secs),
            });
        }
        for (i, exercise) in exercises.iter().enumerate() {
            push_exercise_steps(&mut steps, i, exercise, &mut prompts);
            if i + 1 < exercises.len() {
                push_rest_after(
                    &mut steps,
                    i,
                    exercise,
                    options.least_rest_between_exercises_secs,
                    &mut prompts,
                );
            }
        }
        steps.push(Step {
            kind: StepKind::Done,
            secs: None,
        });
        Self {
            routine_id: routine.id.clone(),
            routine_title: routine.title.clone(),
            options,
            exercises,
            steps,
        }
    }

    /// The plan after "make it lighter" (or "back to the day's dose") during step
    /// `index`: the steps up to and including it stay; what is left of its exercise and
    /// every later exercise are planned at `level`, with no second rest straight after
    /// a rest under way.
    #[must_use]
    pub fn with_dose_from(&self, routine: &Routine, index: usize, level: Level) -> Self {
        let replanned = Plan::new(routine, PlanOptions::at_level(level, 0));
        let Some(current) = self.steps.get(index) else {
            return self.clone();
        };
        let exercise = current.exercise().unwrap_or(0);
        let Some(planned_now) = self.exercises.get(exercise) else {
            return self.clone();
        };
        let position = current.position_in_exercise(planned_now);
        let mut steps: Vec<Step> = self.steps[..=index].to_vec();
        // What is left of the current exercise, then every later exercise.
        let mut prompts = RestPrompts::new(routine);
        let mut tail = Vec::new();
        for (i, planned) in replanned.exercises.iter().enumerate().skip(exercise) {
            let mut group = Vec::new();
            push_exercise_steps(&mut group, i, planned, &mut prompts);
            if i == exercise {
                group.retain(|s| s.position_in_exercise(planned) > position);
            }
            tail.extend(group);
            if i + 1 < replanned.exercises.len() {
                push_rest_after(
                    &mut tail,
                    i,
                    planned,
                    self.options.least_rest_between_exercises_secs,
                    &mut prompts,
                );
            }
        }
        // Already resting: no second rest straight after this one.
        if matches!(current.kind, StepKind::Rest { .. })
            && tail
                .first()
                .is_some_and(|s| matches!(s.kind, StepKind::Rest { .. }))
        {
            tail.remove(0);
        }
        steps.extend(tail);
        steps.push(Step {
            kind: StepKind::Done,
            secs: None,
        });
        let mut exercises = self.exercises.clone();
        for (i, planned) in replanned.exercises.into_iter().enumerate().skip(exercise) {
            if let Some(slot) = exercises.get_mut(i) {
                *slot = planned;
            }
        }
        Self {
            steps,
            exercises,
            options: PlanOptions {
                level,
                ..self.options
            },
            ..self.clone()
        }
    }

    /// Expected length of the whole session in seconds (self-paced sets estimated).
    pub fn estimated_secs(&self) -> u32 {
        self.steps.iter().map(Step::estimated_secs).sum()
    }

    /// Expected length in whole minutes, rounded up, for people.
    pub fn estimated_minutes(&self) -> u32 {
        self.estimated_secs().div_ceil(60)
    }

    /// "About 12 min".
    pub fn describe_length(&self) -> String {
        format!("about {}", describe_secs(self.estimated_minutes() * 60))
    }
}

/// The rest between exercise `index` and the next one, if it has any: at least
/// `least_secs` (room for the next exercise's spoken instructions).
pub(crate) fn push_rest_after(
    steps: &mut Vec<Step>,
    index: usize,
    exercise: &PlannedExercise,
    least_secs: u32,
    prompts: &mut RestPrompts,
) {
    let secs = exercise.rest_after_secs.max(least_secs);
    if secs > 0 {
        steps.push(Step {
            kind: StepKind::Rest {
                kind: RestKind::BetweenExercises,
                next_exercise: index + 1,
                side: None,
                prompt: prompts.next_prompt(),
            },
            secs: Some(secs),
        });
    }
}

/// The rest prompts of a routine (or Steady's own), taken in turn.
#[derive(Debug, Clone)]
pub(crate) struct RestPrompts {
    prompts: Vec<String>,
    next: usize,
}

impl RestPrompts {
    pub fn new(routine: &Routine) -> Self {
        let prompts = if routine.rest_prompts.is_empty() {
            BUILT_IN_REST_PROMPTS
                .iter()
                .map(|&p| p.to_owned())
                .collect()
        } else {
            routine.rest_prompts.clone()
        };
        Self { prompts, next: 0 }
    }

    pub fn next_prompt(&mut self) -> String {
        let prompt = self
            .prompts
            .get(self.next % self.prompts.len().max(1))
            .cloned()
            .unwrap_or_default();
        self.next += 1;
        prompt
    }
}

/// The steps of one exercise: for each set, the work (each side in turn, with a switch
/// between), then a rest before the next set; or, with all sets on one side first,
/// every set on the first side, one switch, every set on the other side.
pub(crate) fn push_exercise_steps(
    steps: &mut Vec<Step>,
    index: usize,
    exercise: &PlannedExercise,
    prompts: &mut RestPrompts,
) {
    let activity = Activity::from_dose(&exercise.dose);
    let sets = exercise.dose.sets();
    let first = exercise.first_side;
    let work = |set: u32, side: Option<Side>| Step {
        kind: StepKind::Work(Work {
            exercise: index,
            side,
            set,
            sets,
            activity,
        }),
        secs: activity.secs(),
    };
    let switch = |set: u32, to: Side| Step {
        kind: StepKind::SwitchSide {
            exercise: index,
            set,
            to,
        },
        secs: Some(exercise.switch_secs),
    };
    let mut rest = |steps: &mut Vec<Step>, after_set: u32, side: Option<Side>| {
        if after_set < sets && exercise.rest_between_sets_secs > 0 {
            steps.push(Step {
                kind: StepKind::Rest {
                    kind: RestKind::BetweenSets { after_set },
                    next_exercise: index,
                    side,
                    prompt: prompts.next_prompt(),
                },
                secs: Some(exercise.rest_between_sets_secs),
            });
        }
    };
    match exercise.sides {
        Sides::BothAtOnce => {
            for set in 1..=sets {
                steps.push(work(set, None));
                rest(steps, set, None);
            }
        }
        Sides::EachSide => {
            for set in 1..=sets {
                steps.push(work(set, Some(first)));
                steps.push(switch(set, first.other()));
                steps.push(work(set, Some(first.other())));
                rest(steps, set, None);
            }
        }
        Sides::OneSideThenOther => {
            for side in [first, first.other()] {
                if side != first {
                    steps.push(switch(1, side));
                }
                for set in 1..=sets {
                    steps.push(work(set, Some(side)));
                    rest(steps, set, Some(side));
                }
            }
        }
    }
}
