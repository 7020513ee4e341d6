//! A session under way, below both shells: the engine walking the plan, the record so
//! far kept on disk after every finished set, the stop flow's stage, and when the
//! window must look again.
//!
//! The desktop app (`app`) and the headless session writer (`cli`'s `crash-writer`)
//! both drive a session through [`Live`]; neither imports the other. Time, monotonic
//! and wall, comes from the injected [`Clock`]. It imports the core (`session`,
//! `history`, `routine`, `paths`) and nothing of egui or rodio.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use crate::clock::Clock;
use crate::history::in_progress::{HEARTBEAT, InProgress};
use crate::history::record::{CheckOut, Finished, Outcome};
use crate::history::{CheckIn, SessionRecord};
use crate::paths::DataDir;
use crate::routine::Routine;
use crate::session::{EndReason, Engine, EventKind, PlanOptions, State};

pub mod spoken;

/// Where the "Stop" flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopStage {
    None,
    /// "Stop the session?"
    Confirm,
    /// "Why are you stopping?"
    Reason,
}

/// A session under way.
#[derive(Debug)]
pub struct Live {
    /// The id its record will have.
    pub record_id: String,
    /// The session so far, on disk; `None` if it could not be written (the person was
    /// told, and the session goes on in memory).
    pub in_progress: Option<InProgress>,
    pub engine: Engine,
    pub check_in: CheckIn,
    pub started: DateTime<FixedOffset>,
    pub stop: StopStage,
    /// Whether the engine was running when the stop flow paused it.
    pub resume_on_cancel: bool,
    /// Beats and cues so far: each one flips the phase band's chip between its two
    /// shades, so every beat and cue can be seen as well as heard (one repaint per cue,
    /// none to turn a flash off).
    pub pulses: u64,
    /// A short word about a key that does not apply now, until the step changes.
    pub hint: Option<(usize, String)>,
    /// A preview of a routine being edited ("try it as the client"): nothing is kept
    /// on disk or in history, and the end goes back to the editor.
    pub rehearsal: bool,
    /// When the session was last written to disk (monotonic): the file's heartbeat is
    /// renewed every [`HEARTBEAT`], so another computer knows it is still running.
    pub kept_at: Duration,
    /// A self-test step's test under way (format 3), run through the self-tests' flow.
    pub test: Option<crate::session::selftest::SelfTestRun>,
    /// When an eyes-free key or click last paused or resumed (monotonic).
    pub eyes_free_toggled: Option<Duration>,
}

/// This computer's name, as the owner of a session in progress ("this computer" if
/// the system does not say, or says something unprintable).
pub fn this_host() -> String {
    let name = gethostname::gethostname().to_string_lossy().into_owned();
    if name.is_empty() || name.chars().count() > 255 || name.chars().any(char::is_control) {
        // Written into the session file as its owner: a name, not a sentence.
        "this computer".to_owned() // i18n: not shown
    } else {
        name
    }
}

impl Live {
    /// Starts a session at `now` and starts keeping it on disk under `data_dir`. If
    /// that fails, `notice` says so and the session runs in memory.
    pub fn start(
        routine: &Routine,
        options: PlanOptions,
        check_in: CheckIn,
        data_dir: &DataDir,
        host: &str,
        clock: &dyn Clock,
        notice: &mut Option<String>,
    ) -> (Self, Vec<crate::session::Event>) {
        let now = clock.now();
        let mut engine = Engine::new(routine, options);
        let events = engine.start(now);
        let mut live = Self::fresh(engine, check_in, clock, false);
        let record = live.record_so_far(clock);
        live.record_id = record.id.clone();
        let dir = data_dir.state().join("in-progress");
        match InProgress::start(&dir, &record, host, clock.wall_seconds()) {
            Ok(kept) => live.in_progress = Some(kept),
            Err(e) => {
                *notice = Some(crate::t!("live-not-kept", problem = e.to_string()));
            }
        }
        (live, events)
    }

    /// A preview of `routine` in the player from exercise `from_exercise` (earlier
    /// ones skipped): the real engine and cues, nothing recorded.
    pub fn rehearse(
        routine: &Routine,
        options: PlanOptions,
        from_exercise: usize,
        clock: &dyn Clock,
    ) -> (Self, Vec<crate::session::Event>) {
        let now = clock.now();
        let mut engine = Engine::new(routine, options);
        let mut events = engine.start(now);
        // Jump to the chosen exercise's first set, as if the earlier ones were skipped.
        while from_exercise > 0 && !engine.is_finished() {
            let step = engine.current_step();
            let before = step.exercise().is_none_or(|e| e < from_exercise);
            let resting = matches!(step.kind, crate::session::plan::StepKind::Rest { .. });
            if !before && !resting {
                break;
            }
            events = engine.skip(now);
        }
        (Self::fresh(engine, CheckIn::default(), clock, true), events)
    }

    /// A session just started on `engine`: nothing kept on disk yet.
    fn fresh(engine: Engine, check_in: CheckIn, clock: &dyn Clock, rehearsal: bool) -> Self {
        Self {
            record_id: String::new(),
            in_progress: None,
            engine,
            check_in,
            started: clock.wall_seconds(),
            stop: StopStage::None,
            resume_on_cancel: false,
            pulses: 0,
            hint: None,
            kept_at: clock.now(),
            test: None,
            rehearsal,
            eyes_free_toggled: None,
        }
    }

    /// Takes note of the engine's events: each beat or cue flips the band's shade.
    pub fn saw(&mut self, events: &[crate::session::Event]) {
        // Up / hold / down already show as the part of the rep lighting up; every other
        // cue (go, each rep, each beat, halfway, rest, switch side, countdown) flashes
        // the band.
        let flashes = events
            .iter()
            .filter(|e| {
                e.kind.cue().is_some()
                    && !matches!(
                        e.kind,
                        EventKind::TempoUp | EventKind::TempoHold | EventKind::TempoDown
                    )
            })
            .count();
        self.pulses = self.pulses.wrapping_add(flashes as u64);
        if self
            .hint
            .as_ref()
            .is_some_and(|(step, _)| *step != self.engine.step_index())
        {
            self.hint = None;
        }
    }

    /// Which of its two shades the phase band's chip shows (it flips at every beat and
    /// cue).
    pub fn pulse_shade(&self) -> bool {
        self.pulses % 2 == 1
    }

    /// What the screen reader's live region says: it changes only at a phase change,
    /// halfway, 10 seconds left and each of the last three seconds.
    pub fn announcement(&self, now: Duration) -> String {
        crate::t!("live-status", status = self.status_words(now))
    }

    fn status_words(&self, now: Duration) -> String {
        use crate::session::plan::StepKind;
        let status = self.engine.status(now);
        let exercise = status
            .step
            .exercise()
            .and_then(|i| self.engine.plan().exercises.get(i))
            .map_or("", |e| e.name.as_str());
        let phase = match &status.step.kind {
            StepKind::GetReady => crate::t!("player-get-ready"),
            StepKind::Work(_) => crate::t!("live-work", exercise = exercise),
            StepKind::Rest { .. } => crate::t!("player-rest"),
            StepKind::SwitchSide { to, .. } => crate::t!(
                "player-switch-to",
                side = match to {
                    crate::session::plan::Side::Left => "left",
                    crate::session::plan::Side::Right => "right",
                }
            ),
            StepKind::Done => crate::t!("live-done"),
        };
        if matches!(status.state, State::Paused { .. }) {
            return crate::t!("live-paused", phase = phase);
        }
        let Some(left) = status.remaining else {
            return phase;
        };
        let total = status.elapsed + left;
        let secs_left = left.as_secs() + u64::from(left.subsec_nanos() > 0);
        match secs_left {
            1..=3 => secs_left.to_string(),
            4..=10 if total >= Duration::from_secs(15) => {
                crate::t!("live-ten-left", phase = phase)
            }
            _ if total >= Duration::from_secs(20) && status.elapsed >= total / 2 => {
                crate::t!("live-halfway", phase = phase)
            }
            _ => phase,
        }
    }

    /// When the window must look again: the engine's next visible change (every cue
    /// is one, so the band's flip is drawn with it).
    pub fn next_repaint(&self, now: Duration, reduce_motion: bool) -> Option<Duration> {
        next_repaint(&self.engine, now, reduce_motion)
    }

    /// The record of the session so far. While it runs, its outcome is "interrupted":
    /// that is what it will be if Steady closes now.
    pub fn record_so_far(&self, clock: &dyn Clock) -> SessionRecord {
        let now = clock.now();
        let progress = self.engine.progress_at(now);
        let finished = Finished {
            routine: self.engine.routine(),
            progress: &progress,
            started: self.started,
            ended: clock.wall_seconds(),
            // Active time is time at work: not get-ready, rests, switching sides, pauses.
            active_secs: u32::try_from(progress.work_time.as_secs()).unwrap_or(u32::MAX),
            lighter: self.engine.plan().options.lighter(),
            level: self.engine.day_level(),
            check_in: self.check_in,
        };
        let mut record = SessionRecord::new(&finished, &CheckOut::default());
        if !self.record_id.is_empty() {
            record.id.clone_from(&self.record_id);
        }
        if !self.engine.is_finished() {
            record.outcome = Outcome::EndedEarly(EndReason::Interrupted);
        } else if record.outcome == Outcome::Completed
            && record
                .exercises
                .iter()
                .all(|e| e.sets_done == 0 && e.reps_done == 0 && e.secs_done == 0)
        {
            // Reaching the end by skipping everything is not a session done.
            record.outcome = Outcome::EndedEarly(EndReason::AllSkipped);
        }
        record
    }
}

/// Renews the heartbeat of the session on disk when [`HEARTBEAT`] has passed since it
/// was last written (paused or not), so another computer never takes it for left behind.
pub fn keep_alive(live: &mut Live, clock: &dyn Clock, notice: &mut Option<String>) {
    if clock.now().saturating_sub(live.kept_at) >= HEARTBEAT {
        keep_on_disk(live, clock, notice);
    }
}

/// Rewrites the session so far on disk (after a finished set). A failure is told once
/// and the session goes on in memory.
pub fn keep_on_disk(live: &mut Live, clock: &dyn Clock, notice: &mut Option<String>) {
    live.kept_at = clock.now();
    if let Some(kept) = &live.in_progress {
        let record = live.record_so_far(clock);
        if let Err(e) = kept.update(&record, clock.wall_seconds()) {
            *notice = Some(crate::t!("live-not-kept", problem = e.to_string()));
            live.in_progress = None;
        }
    }
}

/// The tempo bar moves this often (twice a second, on top of the cue at each part of
/// the rep): enough to see a part fill, and cheap on a software-rendered screen.
const TEMPO_REPAINT_MS: u64 = 500;

/// How long until something visible changes: the next cue or boundary, the next
/// change of the seconds shown, and a few times a second for the tempo bar (unless
/// motion is reduced). `None` when nothing moves (paused, finished, waiting).
pub fn next_repaint(engine: &Engine, now: Duration, reduce_motion: bool) -> Option<Duration> {
    if engine.state() != State::Running {
        return None;
    }
    let status = engine.status(now);
    let mut wait = engine.next_event_at().map(|at| at.saturating_sub(now));
    // The clock on screen shows whole seconds: repaint when the shown second changes.
    let sub_second = Duration::from_nanos(u64::from(status.elapsed.subsec_nanos()));
    let to_next_second = Duration::from_secs(1).saturating_sub(sub_second);
    let remaining_edge = status
        .remaining
        .map(|r| Duration::from_nanos(u64::from(r.subsec_nanos())))
        .filter(|d| !d.is_zero());
    let shown = remaining_edge.unwrap_or(to_next_second);
    wait = Some(wait.map_or(shown, |w| w.min(shown)));
    if status.tempo.is_some() && !reduce_motion {
        wait = wait.map(|w| w.min(Duration::from_millis(TEMPO_REPAINT_MS)));
    }
    wait.map(|w| w.max(Duration::from_millis(5)))
}
