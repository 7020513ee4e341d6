//! The session engine: a state machine that walks a [`Plan`] in real time.
//!
//! It is advanced by [`Engine::tick`] with `now`, a reading of an injected monotonic
//! clock (a [`Duration`] since any fixed origin), and returns [`Event`]s — phase
//! changes and cues — instead of drawing or playing anything. Every step has an
//! absolute start time; a cue's time is that start plus a fixed offset, and the next
//! step starts exactly where the previous one ended. So frame jitter or a late tick
//! never shifts later cues, and a tick that comes late emits every boundary it passed,
//! in order, once, each stamped with its scheduled time. Pausing moves the start of
//! the current step forward by the paused time, which shifts every later cue by
//! exactly that much.

use std::time::Duration;

use crate::routine::Routine;

use super::plan::{Activity, Level, Plan, PlanOptions, Side, Step, StepKind, Work};
use super::progress::{EndReason, LighterSwitch, PlannedDose, Progress, WorkOutcome, WorkRecord};

/// Extra rest given by [`Engine::add_rest`] from the app's "+30 s" button.
pub const ADD_REST_SECS: u32 = 30;
/// "Rest ending soon" comes this many seconds before the end of a rest.
pub const REST_ENDING_SOON_SECS: u32 = 5;
/// A rest shorter than this gets no "ending soon" cue (the countdown is enough).
const REST_ENDING_SOON_MIN_SECS: u32 = 10;
/// The countdown before work: 3, 2, 1, then go.
const COUNTDOWN_FROM: u32 = 3;
/// Holds and stepping at least this long get a "halfway" cue.
const HALFWAY_MIN_SECS: u32 = 10;

/// Something that happened, at the time it was scheduled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// Scheduled time on the engine's clock (the shell can measure its own latency).
    pub at: Duration,
    /// Index of the step it belongs to, in [`Engine::plan`].
    pub step: usize,
    pub kind: EventKind,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    StepStarted,
    StepEnded,
    /// "3", "2", "1" before work starts.
    Countdown {
        n: u32,
    },
    /// Work starts.
    Go,
    /// Repetition `n` of `of` starts (tempo reps).
    Rep {
        n: u32,
        of: u32,
    },
    TempoUp,
    TempoHold,
    TempoDown,
    /// Metronome beat `n` (1-based) of paced stepping.
    Beat {
        n: u32,
    },
    /// Halfway through a hold or a stepping bout.
    Halfway,
    RestStarted,
    RestEndingSoon {
        secs_left: u32,
    },
    SwitchSide {
        to: Side,
    },
    /// A set (one side) was finished.
    SetDone,
    /// The last set of an exercise ended.
    ExerciseDone {
        exercise: usize,
    },
    SessionDone,
    Paused,
    Resumed,
    /// Extra seconds were added to the current rest.
    RestExtended {
        secs: u32,
    },
    /// The rest of the session uses lighter doses.
    MadeLighter,
    /// "Make it lighter" was undone: normal doses again.
    BackToNormal,
    EndedEarly {
        reason: EndReason,
    },
}

/// The sound an event asks for, if any. The audio shell maps each to a tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    CountdownTick,
    Go,
    TempoUp,
    TempoHold,
    TempoDown,
    Beat,
    Halfway,
    RestStart,
    RestEndingSoon,
    SwitchSide,
    ExerciseDone,
    SessionDone,
}

impl Cue {
    pub const ALL: [Self; 12] = [
        Self::CountdownTick,
        Self::Go,
        Self::TempoUp,
        Self::TempoHold,
        Self::TempoDown,
        Self::Beat,
        Self::Halfway,
        Self::RestStart,
        Self::RestEndingSoon,
        Self::SwitchSide,
        Self::ExerciseDone,
        Self::SessionDone,
    ];
}

impl Cue {
    /// When several cues fall at the same instant (work starts with "go" and the first
    /// "up"), only the most important is played, so they never sound as a jumble.
    pub fn priority(self) -> u8 {
        match self {
            Self::SessionDone => 11,
            Self::ExerciseDone => 10,
            Self::Go => 9,
            Self::SwitchSide => 8,
            Self::RestStart => 7,
            Self::Halfway => 6,
            Self::RestEndingSoon => 5,
            Self::CountdownTick => 4,
            Self::TempoUp | Self::TempoHold | Self::TempoDown => 3,
            Self::Beat => 2,
        }
    }
}

/// The cues to play for a batch of events, with their scheduled times: one per
/// instant, the most important (see [`Cue::priority`]).
pub fn cues_to_play(events: &[Event]) -> Vec<(Duration, Cue)> {
    let mut out: Vec<(Duration, Cue)> = Vec::new();
    for event in events {
        let Some(cue) = event.kind.cue() else {
            continue;
        };
        match out.iter_mut().find(|(at, _)| *at == event.at) {
            Some(slot) if cue.priority() > slot.1.priority() => slot.1 = cue,
            Some(_) => {}
            None => out.push((event.at, cue)),
        }
    }
    out
}

impl EventKind {
    /// The cue to play for this event, if it has one.
    pub fn cue(&self) -> Option<Cue> {
        Some(match self {
            Self::Countdown { .. } => Cue::CountdownTick,
            Self::Go => Cue::Go,
            Self::TempoUp => Cue::TempoUp,
            Self::TempoHold => Cue::TempoHold,
            Self::TempoDown => Cue::TempoDown,
            Self::Beat { .. } => Cue::Beat,
            Self::Halfway => Cue::Halfway,
            Self::RestStarted => Cue::RestStart,
            Self::RestEndingSoon { .. } => Cue::RestEndingSoon,
            Self::SwitchSide { .. } => Cue::SwitchSide,
            Self::ExerciseDone { .. } => Cue::ExerciseDone,
            Self::SessionDone => Cue::SessionDone,
            Self::StepStarted
            | Self::StepEnded
            | Self::Rep { .. }
            | Self::SetDone
            | Self::Paused
            | Self::Resumed
            | Self::RestExtended { .. }
            | Self::MadeLighter
            | Self::BackToNormal
            | Self::EndedEarly { .. } => return None,
        })
    }
}

/// Where the engine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    NotStarted,
    Running,
    /// Paused since this time.
    Paused {
        since: Duration,
    },
    Finished,
}

/// Which part of a tempo repetition is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TempoPart {
    Up,
    Hold,
    Down,
}

/// A tempo set's position, for the visual tempo indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TempoStatus {
    /// 1-based.
    pub rep: u32,
    pub of: u32,
    pub part: TempoPart,
    /// 0.0 at the start of the part, 1.0 at its end.
    pub part_fraction: f32,
}

/// What the screen shows at a moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Status<'a> {
    pub state: State,
    pub step_index: usize,
    pub step: &'a Step,
    /// Active time in the current step.
    pub elapsed: Duration,
    /// Time left in a timed step.
    pub remaining: Option<Duration>,
    pub tempo: Option<TempoStatus>,
    /// Beats so far in paced stepping.
    pub beats: Option<u32>,
}

/// A guided session in progress.
#[derive(Debug, Clone)]
pub struct Engine {
    routine: Routine,
    plan: Plan,
    state: State,
    index: usize,
    /// When the current step started, moved forward by pauses within it.
    step_start: Duration,
    /// Seconds added to the current rest.
    extra: Duration,
    /// The current step's cues (offset from `step_start`), and how many were emitted.
    cues: Vec<(Duration, EventKind)>,
    next_cue: usize,
    started_at: Duration,
    paused_total: Duration,
    progress: Progress,
    /// The level chosen for the day (what "back to the day's dose" returns to).
    day_level: Level,
}

fn secs(s: u32) -> Duration {
    Duration::from_secs(u64::from(s))
}

impl Engine {
    /// Plans `routine` with `options`; nothing runs until [`Engine::start`].
    pub fn new(routine: &Routine, options: PlanOptions) -> Self {
        let plan = Plan::new(routine, options);
        let progress = Progress {
            planned: plan
                .exercises
                .iter()
                .map(|e| PlannedDose {
                    name: e.name.clone(),
                    dose: e.dose,
                    each_side: e.sides.per_side(),
                })
                .collect(),
            ..Progress::default()
        };
        Self {
            routine: routine.clone(),
            day_level: options.level,
            plan,
            state: State::NotStarted,
            index: 0,
            step_start: Duration::ZERO,
            extra: Duration::ZERO,
            cues: Vec::new(),
            next_cue: 0,
            started_at: Duration::ZERO,
            paused_total: Duration::ZERO,
            progress,
        }
    }

    /// The level chosen for the day at check-in.
    pub fn day_level(&self) -> Level {
        self.day_level
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn routine(&self) -> &Routine {
        &self.routine
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn is_finished(&self) -> bool {
        self.state == State::Finished
    }

    /// Whether the current step is a set the person paces and ends with "Set done".
    pub fn is_self_paced(&self) -> bool {
        matches!(
            &self.current_step().kind,
            StepKind::Work(w)
                if matches!(w.activity, Activity::SelfPacedReps { .. } | Activity::Test { .. })
        )
    }

    pub fn step_index(&self) -> usize {
        self.index
    }

    pub fn current_step(&self) -> &Step {
        // `index` is always within `steps`, which always ends with Done.
        &self.plan.steps[self.index.min(self.plan.steps.len() - 1)]
    }

    /// Length of the current step, extra rest included; `None` when the person ends it.
    fn duration(&self) -> Option<Duration> {
        self.current_step().secs.map(|s| secs(s) + self.extra)
    }

    /// Active time in the current step at `now`.
    fn elapsed(&self, now: Duration) -> Duration {
        let until = match self.state {
            State::Paused { since } => since,
            _ => now,
        };
        until.saturating_sub(self.step_start)
    }

    /// Starts the session at `now`.
    pub fn start(&mut self, now: Duration) -> Vec<Event> {
        let mut out = Vec::new();
        if self.state != State::NotStarted {
            return out;
        }
        self.state = State::Running;
        self.started_at = now;
        self.enter(0, now, &mut out);
        self.advance(now, &mut out);
        out
    }

    /// Moves time forward to `now` and returns what happened since the last call, in
    /// order, each stamped with its scheduled time.
    pub fn tick(&mut self, now: Duration) -> Vec<Event> {
        let mut out = Vec::new();
        self.advance(now, &mut out);
        out
    }

    fn advance(&mut self, now: Duration, out: &mut Vec<Event>) {
        if self.state != State::Running {
            return;
        }
        loop {
            let elapsed = self.elapsed(now);
            while let Some(&(offset, kind)) = self.cues.get(self.next_cue) {
                if offset > elapsed {
                    break;
                }
                self.next_cue += 1;
                out.push(Event {
                    at: self.step_start + offset,
                    step: self.index,
                    kind,
                });
            }
            match self.duration() {
                Some(d) if elapsed >= d && self.state == State::Running => {
                    let end = self.step_start + d;
                    self.leave(end, d, WorkOutcome::Completed, out);
                    self.enter(self.index + 1, end, out);
                }
                _ => break,
            }
        }
    }

    /// Ends the current step at `at`, recording any work done in `elapsed`.
    fn leave(
        &mut self,
        at: Duration,
        elapsed: Duration,
        outcome: WorkOutcome,
        out: &mut Vec<Event>,
    ) {
        let index = self.index;
        let step = self.current_step().clone();
        out.push(Event {
            at,
            step: index,
            kind: EventKind::StepEnded,
        });
        if outcome == WorkOutcome::Skipped {
            self.progress.skipped_steps += 1;
        }
        if let StepKind::Work(w) = step.kind {
            self.progress.work_time += elapsed;
            self.progress.work.push(WorkRecord::measure(
                w.exercise,
                w.side,
                w.set,
                &w.activity,
                elapsed,
                outcome,
            ));
            if outcome == WorkOutcome::Completed {
                out.push(Event {
                    at,
                    step: index,
                    kind: EventKind::SetDone,
                });
            }
            let more_work = self.plan.steps[index + 1..]
                .iter()
                .any(|s| matches!(&s.kind, StepKind::Work(o) if o.exercise == w.exercise));
            if !more_work && outcome != WorkOutcome::Stopped {
                out.push(Event {
                    at,
                    step: index,
                    kind: EventKind::ExerciseDone {
                        exercise: w.exercise,
                    },
                });
            }
        }
    }

    /// Starts step `index` at `at`.
    fn enter(&mut self, index: usize, at: Duration, out: &mut Vec<Event>) {
        self.index = index.min(self.plan.steps.len() - 1);
        self.step_start = at;
        if let State::Paused { .. } = self.state {
            self.state = State::Paused { since: at };
        }
        self.extra = Duration::ZERO;
        self.cues = self.schedule();
        self.next_cue = 0;
        out.push(Event {
            at,
            step: self.index,
            kind: EventKind::StepStarted,
        });
        if self.current_step().kind == StepKind::Done {
            out.push(Event {
                at,
                step: self.index,
                kind: EventKind::SessionDone,
            });
            self.progress.completed = true;
            self.state = State::Finished;
        }
    }

    /// The cues of the current step, as offsets from its start, in time order.
    fn schedule(&self) -> Vec<(Duration, EventKind)> {
        let step = self.current_step();
        let next_is_work = matches!(
            self.plan.steps.get(self.index + 1).map(|s| &s.kind),
            Some(StepKind::Work(_))
        );
        let d = self.duration();
        let mut cues = Vec::new();
        match &step.kind {
            StepKind::GetReady | StepKind::Rest { .. } | StepKind::SwitchSide { .. } => {
                let d = d.unwrap_or_default();
                match step.kind {
                    StepKind::Rest { .. } => {
                        cues.push((Duration::ZERO, EventKind::RestStarted));
                        if d >= secs(REST_ENDING_SOON_MIN_SECS) {
                            cues.push((
                                d - secs(REST_ENDING_SOON_SECS),
                                EventKind::RestEndingSoon {
                                    secs_left: REST_ENDING_SOON_SECS,
                                },
                            ));
                        }
                    }
                    StepKind::SwitchSide { to, .. } => {
                        cues.push((Duration::ZERO, EventKind::SwitchSide { to }));
                    }
                    _ => {}
                }
                if next_is_work {
                    for n in (1..=COUNTDOWN_FROM).rev() {
                        if let Some(offset) = d.checked_sub(secs(n)) {
                            cues.push((offset, EventKind::Countdown { n }));
                        }
                    }
                }
            }
            StepKind::Work(Work { activity, .. }) => {
                cues.push((Duration::ZERO, EventKind::Go));
                match *activity {
                    Activity::TempoReps { reps, tempo } => {
                        let rep = secs(tempo.rep_secs());
                        for r in 0..reps {
                            let t = rep * r;
                            cues.push((t, EventKind::Rep { n: r + 1, of: reps }));
                            cues.push((t, EventKind::TempoUp));
                            if tempo.hold_secs > 0 {
                                cues.push((t + secs(tempo.up_secs), EventKind::TempoHold));
                            }
                            cues.push((
                                t + secs(tempo.up_secs + tempo.hold_secs),
                                EventKind::TempoDown,
                            ));
                        }
                    }
                    Activity::Hold { secs: s } | Activity::Timed { secs: s, .. }
                        if s >= HALFWAY_MIN_SECS =>
                    {
                        cues.push((secs(s) / 2, EventKind::Halfway));
                    }
                    Activity::Stepping {
                        secs: s,
                        beats_per_min,
                    } => {
                        let beats = u64::from(s) * u64::from(beats_per_min) / 60;
                        for k in 0..beats {
                            let at = Duration::from_nanos(
                                k * 60_000_000_000 / u64::from(beats_per_min.max(1)),
                            );
                            let n = u32::try_from(k + 1).unwrap_or(u32::MAX);
                            cues.push((at, EventKind::Beat { n }));
                        }
                        if s >= HALFWAY_MIN_SECS {
                            // On the beat nearest the middle, so it never sounds over
                            // the next beat (the two at one instant play as one cue).
                            let k = beats.div_ceil(2);
                            let at = Duration::from_nanos(
                                k * 60_000_000_000 / u64::from(beats_per_min.max(1)),
                            );
                            cues.push((at, EventKind::Halfway));
                        }
                    }
                    Activity::Hold { .. }
                    | Activity::Timed { .. }
                    | Activity::SelfPacedReps { .. }
                    | Activity::Test { .. } => {}
                }
            }
            StepKind::Done => {}
        }
        // Stable: cues at the same time keep the order they were pushed in.
        cues.sort_by_key(|(offset, _)| *offset);
        cues
    }

    /// Pauses at `now`: the clock of the session stops until [`Engine::resume`].
    pub fn pause(&mut self, now: Duration) -> Vec<Event> {
        let mut out = self.tick(now);
        if self.state == State::Running {
            self.state = State::Paused { since: now };
            self.progress.pauses += 1;
            out.push(self.event(now, EventKind::Paused));
        }
        out
    }

    /// Resumes at `now`; every later cue moves by exactly the time spent paused.
    pub fn resume(&mut self, now: Duration) -> Vec<Event> {
        let mut out = Vec::new();
        if let State::Paused { since } = self.state {
            let paused = now.saturating_sub(since);
            self.step_start += paused;
            self.paused_total += paused;
            self.progress.paused_secs =
                u32::try_from(self.paused_total.as_secs()).unwrap_or(u32::MAX);
            self.state = State::Running;
            out.push(self.event(now, EventKind::Resumed));
            self.advance(now, &mut out);
        }
        out
    }

    /// Pauses when running, resumes when paused.
    pub fn toggle_pause(&mut self, now: Duration) -> Vec<Event> {
        match self.state {
            State::Paused { .. } => self.resume(now),
            _ => self.pause(now),
        }
    }

    fn event(&self, at: Duration, kind: EventKind) -> Event {
        Event {
            at,
            step: self.index,
            kind,
        }
    }

    fn is_active(&self) -> bool {
        matches!(self.state, State::Running | State::Paused { .. })
    }

    /// Ends the current step now and starts the next one. Work done in a skipped set is
    /// recorded, and the set is marked skipped.
    pub fn skip(&mut self, now: Duration) -> Vec<Event> {
        let mut out = self.tick(now);
        if self.is_active() {
            self.jump(now, WorkOutcome::Skipped, self.index + 1, &mut out);
        }
        out
    }

    /// Leaves the current step at `now` (recording its work with `outcome`) and starts
    /// step `to` at the same moment.
    fn jump(&mut self, now: Duration, outcome: WorkOutcome, to: usize, out: &mut Vec<Event>) {
        let at = self.effective_now(now);
        let elapsed = self.elapsed(now);
        self.leave(at, elapsed, outcome, out);
        self.enter(to, at, out);
        self.advance(now, out);
    }

    /// Rebuilds the current step's cues (after its length or what follows changed);
    /// cues already due at `now` are not repeated.
    fn reschedule(&mut self, now: Duration) {
        let elapsed = self.elapsed(now);
        self.cues = self.schedule();
        self.next_cue = self
            .cues
            .iter()
            .position(|(offset, _)| *offset > elapsed)
            .unwrap_or(self.cues.len());
    }

    /// Goes back to the start of the previous step (or restarts the first one). Work
    /// done so far in the current set is kept in the record.
    pub fn back(&mut self, now: Duration) -> Vec<Event> {
        let mut out = self.tick(now);
        if self.is_active() {
            self.jump(
                now,
                WorkOutcome::Stopped,
                self.index.saturating_sub(1),
                &mut out,
            );
        }
        out
    }

    /// The time to use as "now" on the timeline: while paused, the moment of pausing.
    fn effective_now(&self, now: Duration) -> Duration {
        match self.state {
            State::Paused { since } => since,
            _ => now,
        }
    }

    /// Adds `extra_secs` to the current rest (or get-ready or switch-side step). Cues
    /// still to come move to the new end; nothing already heard is repeated.
    pub fn add_rest(&mut self, now: Duration, extra_secs: u32) -> Vec<Event> {
        let mut out = self.tick(now);
        let restful = matches!(
            self.current_step().kind,
            StepKind::Rest { .. } | StepKind::GetReady | StepKind::SwitchSide { .. }
        );
        if self.is_active() && restful && extra_secs > 0 {
            self.extra += secs(extra_secs);
            self.reschedule(now);
            out.push(self.event(
                self.effective_now(now),
                EventKind::RestExtended { secs: extra_secs },
            ));
        }
        out
    }

    /// Ends a self-paced set ("Set done"). Does nothing in a timed step.
    pub fn set_done(&mut self, now: Duration) -> Vec<Event> {
        let mut out = self.tick(now);
        let self_paced = self.is_self_paced();
        if self.is_active() && self_paced {
            self.jump(now, WorkOutcome::Completed, self.index + 1, &mut out);
        }
        out
    }

    /// Switches the rest of the session to lighter doses: what is left of the current
    /// exercise and every later one is re-planned as on a lighter day. The step under
    /// way continues as it is.
    pub fn make_lighter(&mut self, now: Duration) -> Vec<Event> {
        if self.plan.options.lighter() {
            return self.tick(now);
        }
        self.switch_dose(now, Level::Lighter)
    }

    /// Undoes "make it lighter" while the exercise it was chosen in is still under way:
    /// what is left is re-planned at the normal dose again.
    pub fn back_to_normal(&mut self, now: Duration) -> Vec<Event> {
        if !self.can_go_back_to_normal() {
            return self.tick(now);
        }
        self.switch_dose(now, self.day_level)
    }

    /// Whether "Back to normal dose" applies: the session was made lighter during this
    /// exercise (not planned lighter at check-in), and that exercise is still going.
    pub fn can_go_back_to_normal(&self) -> bool {
        self.plan.options.lighter()
            && self.day_level != Level::Lighter
            && self.is_active()
            && self
                .progress
                .lighter_switches
                .last()
                .is_some_and(|s| s.lighter && self.current_step().exercise() == Some(s.exercise))
    }

    fn switch_dose(&mut self, now: Duration, level: Level) -> Vec<Event> {
        let lighter = level == Level::Lighter;
        let mut out = self.tick(now);
        if !self.is_active() || self.current_step().kind == StepKind::Done {
            return out;
        }
        let exercise = self.current_step().exercise().unwrap_or(0);
        self.plan = self.plan.with_dose_from(&self.routine, self.index, level);
        // The countdown at the end of the current step may now lead somewhere else.
        self.reschedule(now);
        self.progress.lighter_switches.push(LighterSwitch {
            exercise,
            at_secs: u32::try_from(self.active_time(now).as_secs()).unwrap_or(u32::MAX),
            lighter,
        });
        let kind = if lighter {
            EventKind::MadeLighter
        } else {
            EventKind::BackToNormal
        };
        out.push(self.event(self.effective_now(now), kind));
        out
    }

    /// Ends the session early for `reason`. Work done in the current set is kept.
    pub fn end_early(&mut self, now: Duration, reason: EndReason) -> Vec<Event> {
        let mut out = self.tick(now);
        if self.is_active() {
            let at = self.effective_now(now);
            let elapsed = self.elapsed(now);
            self.leave(at, elapsed, WorkOutcome::Stopped, &mut out);
            self.progress.ended_early = Some(reason);
            self.state = State::Finished;
            out.push(self.event(at, EventKind::EndedEarly { reason }));
        }
        out
    }

    /// Time spent in the session, pauses excluded.
    pub fn active_time(&self, now: Duration) -> Duration {
        let until = match self.state {
            State::Paused { since } => since,
            _ => now,
        };
        until
            .saturating_sub(self.started_at)
            .saturating_sub(self.paused_total)
    }

    /// What was done so far (sets finished or left).
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// What was done so far, including the set under way at `now`.
    pub fn progress_at(&self, now: Duration) -> Progress {
        let mut progress = self.progress.clone();
        if self.is_active()
            && let StepKind::Work(w) = &self.current_step().kind
        {
            let elapsed = self.elapsed(now);
            progress.work_time += elapsed;
            if !elapsed.is_zero() {
                progress.work.push(WorkRecord::measure(
                    w.exercise,
                    w.side,
                    w.set,
                    &w.activity,
                    elapsed,
                    WorkOutcome::Stopped,
                ));
            }
        }
        progress
    }

    /// When the next thing happens (a cue or the end of the step), on the engine's
    /// clock; `None` while paused, finished, or waiting for the person. The app sleeps
    /// until then.
    pub fn next_event_at(&self) -> Option<Duration> {
        if self.state != State::Running {
            return None;
        }
        let cue = self.cues.get(self.next_cue).map(|(offset, _)| *offset);
        let end = self.duration();
        let next = match (cue, end) {
            (Some(c), Some(e)) => c.min(e),
            (Some(c), None) => c,
            (None, Some(e)) => e,
            (None, None) => return None,
        };
        Some(self.step_start + next)
    }

    /// What to show at `now`.
    pub fn status(&self, now: Duration) -> Status<'_> {
        let step = self.current_step();
        let elapsed = self.elapsed(now);
        let remaining = self.duration().map(|d| d.saturating_sub(elapsed));
        let (tempo, beats) = match &step.kind {
            StepKind::Work(Work {
                activity: Activity::TempoReps { reps, tempo },
                ..
            }) => {
                let rep_ms = u128::from(tempo.rep_secs()).max(1) * 1000;
                let ms = elapsed.as_millis();
                let rep = u32::try_from(ms / rep_ms).unwrap_or(u32::MAX).min(reps - 1);
                let in_rep = (ms - u128::from(rep) * rep_ms).min(rep_ms) as f32 / 1000.0;
                let (up, hold) = (tempo.up_secs as f32, tempo.hold_secs as f32);
                let down = tempo.down_secs as f32;
                let (part, fraction) = if in_rep < up {
                    (TempoPart::Up, in_rep / up)
                } else if in_rep < up + hold {
                    (TempoPart::Hold, (in_rep - up) / hold)
                } else {
                    (TempoPart::Down, ((in_rep - up - hold) / down).min(1.0))
                };
                (
                    Some(TempoStatus {
                        rep: rep + 1,
                        of: *reps,
                        part,
                        part_fraction: fraction,
                    }),
                    None,
                )
            }
            StepKind::Work(Work {
                activity:
                    Activity::Stepping {
                        beats_per_min,
                        secs: s,
                    },
                ..
            }) => {
                let total = u64::from(*s) * u64::from(*beats_per_min) / 60;
                let done =
                    (elapsed.as_nanos() * u128::from(*beats_per_min) / 60_000_000_000) as u64 + 1;
                (
                    None,
                    Some(u32::try_from(done.min(total)).unwrap_or(u32::MAX)),
                )
            }
            _ => (None, None),
        };
        Status {
            state: self.state,
            step_index: self.index,
            step,
            elapsed,
            remaining,
            tempo,
            beats,
        }
    }
}

/// Runs a whole session at once, as a preview: every event from start to done, with
/// times from 0. Self-paced sets are assumed to take their estimated time.
pub fn simulate(routine: &Routine, options: PlanOptions) -> Vec<Event> {
    let mut engine = Engine::new(routine, options);
    let mut now = Duration::ZERO;
    let mut events = engine.start(now);
    while !engine.is_finished() {
        match engine.next_event_at() {
            Some(at) => {
                now = at;
                events.extend(engine.tick(now));
            }
            None => {
                // Waiting for the person: a self-paced set.
                now += secs(engine.current_step().estimated_secs());
                events.extend(engine.set_done(now));
            }
        }
    }
    events
}
