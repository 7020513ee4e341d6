//! Guided self-tests: the clock-driven state machine of one test run, from its safety
//! screen to a result (or to nothing at all when the person stops).
//!
//! A [`SelfTest`] is advanced like the session engine: `tick(now)`, where `now` is a
//! `Duration` read from the injected clock, returns the [`Event`]s that fell due, each
//! stamped with its *scheduled* time, so a late tick never shifts a cue or a result.
//! The person's actions (`begin`, the one big `press`, the chair-stand count, the
//! fatigue answers, `abandon`) are methods taking the same `now`. Every test starts at
//! its safety screen ([`Phase::Safety`]); [`SelfTest::abandon`] at any moment leaves
//! [`SelfTest::result`] `None` for good. Pure core: no I/O, no words (the shells say
//! the phases and events in the person's language).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::routine::{Side, TestKind};

/// Seconds of "3, 2, 1" before "Go".
pub const COUNTDOWN_SECS: u32 = 3;
/// Length of the chair-stand test.
pub const CHAIR_STAND_SECS: u32 = 30;
/// A balance stance held this long is a full hold.
pub const STANCE_FULL_SECS: u32 = 30;
/// The most stands the count can be set to (more in 30 s is not plausible).
pub const CHAIR_STAND_MAX: u32 = 60;
/// The fatigue check's number of questions, each answered 0 to [`FATIGUE_ANSWER_MAX`].
pub const FATIGUE_QUESTIONS: usize = 5;
pub const FATIGUE_ANSWER_MAX: u8 = 4;

/// A balance stance of the ladder, easiest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    FeetTogether,
    SemiTandem,
    Tandem,
    SingleLeg(Side),
}

impl Stance {
    /// The ladder in the order it is climbed; both single-leg sides are one rung.
    pub const LADDER: [Self; 5] = [
        Self::FeetTogether,
        Self::SemiTandem,
        Self::Tandem,
        Self::SingleLeg(Side::Left),
        Self::SingleLeg(Side::Right),
    ];

    /// The place on the ladder, 0 to 4.
    pub fn rung(self) -> usize {
        Self::LADDER.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// English name for files, CSV and logs.
    pub fn label(self) -> &'static str {
        match self {
            Self::FeetTogether => "feet together",
            Self::SemiTandem => "semi-tandem",
            Self::Tandem => "tandem",
            Self::SingleLeg(Side::Left) => "single leg, left",
            Self::SingleLeg(Side::Right) => "single leg, right",
        }
    }
}

/// Help used during a test, recorded with the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Aid {
    /// Sit-to-stand tests: the armrests or the hands on the thighs were used (arms
    /// crossed over the chest otherwise).
    Armrests,
    /// The walk: a stick, crutches or a walker.
    WalkingAid,
    /// The walk: another person holding or steadying the walker (not only the helper
    /// who presses start and stop).
    Helper,
}

impl Aid {
    /// English name for files and CSV.
    pub fn label(self) -> &'static str {
        match self {
            Self::Armrests => "armrests",
            Self::WalkingAid => "walking aid",
            Self::Helper => "hands-on help",
        }
    }

    /// The aids the person can say they used in a test.
    pub fn for_test(kind: TestKind) -> &'static [Self] {
        match kind {
            TestKind::FiveTimesSitToStand | TestKind::ThirtySecondChairStand => &[Self::Armrests],
            TestKind::TimedWalk => &[Self::WalkingAid, Self::Helper],
            TestKind::StandingBalance | TestKind::FatigueCheck => &[],
        }
    }
}

/// One measured value: in tenths of the test's unit (seconds, stands, points), so
/// 12.3 s is 123; with its stance for the balance ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub stance: Option<Stance>,
    pub tenths: u32,
}

/// What a finished test measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    pub kind: TestKind,
    pub aids: Vec<Aid>,
    /// One measure, or one per stance tried on the balance ladder.
    pub measures: Vec<Measure>,
}

/// Where a test run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The safety screen: go on ([`SelfTest::begin`]) or stop.
    Safety,
    /// Balance: getting into `stance` beside the counter; a press starts the countdown.
    /// The walk: waiting for the helper's start press.
    Ready { stance: Option<Stance> },
    /// "3, 2, 1", then "Go" at `go_at`.
    Countdown {
        go_at: Duration,
        stance: Option<Stance>,
    },
    /// The timed part, from `since` (the scheduled "Go" or the helper's start press).
    Running {
        since: Duration,
        stance: Option<Stance>,
    },
    /// Chair stand: entering the number of full stands.
    Count { stands: u32 },
    /// Fatigue check: the answers so far.
    Questions {
        answers: [Option<u8>; FATIGUE_QUESTIONS],
    },
    /// Done: [`SelfTest::result`] holds the result.
    Finished,
    /// Stopped by the person: there is no result.
    Abandoned,
}

/// Something that fell due, for the shells to show and sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// "3", "2", "1" before Go.
    Countdown { left: u32 },
    /// Start now (the timing starts here).
    Go,
    /// Chair stand: halfway through the 30 s.
    Halfway,
    /// Chair stand: time is up, stop and sit.
    Stop,
    /// Balance: a stance was held for the full 30 s.
    StanceFull { stance: Stance },
    /// Balance: the person pressed on touch-down.
    TouchDown { stance: Stance },
    /// The test is done and has a result.
    Finished,
    /// The person stopped the test; nothing is kept.
    Abandoned,
}

/// An event at its scheduled time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub at: Duration,
    pub kind: EventKind,
}

/// One run of one self-test.
#[derive(Debug, Clone)]
pub struct SelfTest {
    kind: TestKind,
    phase: Phase,
    aids: Vec<Aid>,
    measures: Vec<Measure>,
    /// Countdown numbers and the halfway cue already sent.
    countdown_sent: u32,
    halfway_sent: bool,
}

fn secs(s: u32) -> Duration {
    Duration::from_secs(u64::from(s))
}

/// Tenths of a second, rounded to the nearest.
fn tenths(d: Duration) -> u32 {
    u32::try_from((d.as_millis() + 50) / 100).unwrap_or(u32::MAX)
}

/// About how long a test takes, safety screen included: for session estimates.
pub fn estimated_secs(kind: TestKind) -> u32 {
    match kind {
        TestKind::FiveTimesSitToStand => 60,
        TestKind::ThirtySecondChairStand => 75,
        TestKind::StandingBalance => 240,
        TestKind::FatigueCheck => 120,
        TestKind::TimedWalk => 90,
    }
}

impl SelfTest {
    /// A new run at its safety screen.
    pub fn new(kind: TestKind) -> Self {
        Self {
            kind,
            phase: Phase::Safety,
            aids: Vec::new(),
            measures: Vec::new(),
            countdown_sent: 0,
            halfway_sent: false,
        }
    }

    pub fn kind(&self) -> TestKind {
        self.kind
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The aids said so far.
    pub fn aids(&self) -> &[Aid] {
        &self.aids
    }

    /// The stances measured so far (balance).
    pub fn measures(&self) -> &[Measure] {
        &self.measures
    }

    /// Whether the run is over, with or without a result.
    pub fn is_over(&self) -> bool {
        matches!(self.phase, Phase::Finished | Phase::Abandoned)
    }

    /// Says whether an aid is used (before or during the test; not after it ended).
    pub fn set_aid(&mut self, aid: Aid, used: bool) {
        if self.is_over() || !Aid::for_test(self.kind).contains(&aid) {
            return;
        }
        self.aids.retain(|a| *a != aid);
        if used {
            self.aids.push(aid);
            self.aids.sort();
        }
    }

    /// Seconds into the timed part (0 outside it), for the shells' clock display.
    pub fn elapsed(&self, now: Duration) -> Duration {
        match self.phase {
            Phase::Running { since, .. } => now.saturating_sub(since),
            _ => Duration::ZERO,
        }
    }

    /// Past the safety screen: the countdown (sit-to-stand tests), the first stance
    /// (balance), waiting for the helper (walk) or the questions (fatigue).
    pub fn begin(&mut self, now: Duration) -> Vec<Event> {
        if self.phase != Phase::Safety {
            return Vec::new();
        }
        match self.kind {
            TestKind::FiveTimesSitToStand | TestKind::ThirtySecondChairStand => {
                self.start_countdown(now, None)
            }
            TestKind::StandingBalance => {
                self.phase = Phase::Ready {
                    stance: Some(Stance::LADDER[0]),
                };
                Vec::new()
            }
            TestKind::TimedWalk => {
                self.phase = Phase::Ready { stance: None };
                Vec::new()
            }
            TestKind::FatigueCheck => {
                self.phase = Phase::Questions {
                    answers: [None; FATIGUE_QUESTIONS],
                };
                Vec::new()
            }
        }
    }

    fn start_countdown(&mut self, now: Duration, stance: Option<Stance>) -> Vec<Event> {
        self.phase = Phase::Countdown {
            go_at: now + secs(COUNTDOWN_SECS),
            stance,
        };
        self.countdown_sent = 1;
        vec![Event {
            at: now,
            kind: EventKind::Countdown {
                left: COUNTDOWN_SECS,
            },
        }]
    }

    /// Advances to `now`: countdown numbers, Go, halfway and stop, full stances. Catches
    /// up after a late tick, with every event at its own scheduled time.
    pub fn tick(&mut self, now: Duration) -> Vec<Event> {
        let mut out = Vec::new();
        loop {
            match self.phase {
                Phase::Countdown { go_at, stance } => {
                    while self.countdown_sent < COUNTDOWN_SECS {
                        let left = COUNTDOWN_SECS - self.countdown_sent;
                        let at = go_at - secs(left);
                        if at > now {
                            return out;
                        }
                        out.push(Event {
                            at,
                            kind: EventKind::Countdown { left },
                        });
                        self.countdown_sent += 1;
                    }
                    if go_at > now {
                        return out;
                    }
                    out.push(Event {
                        at: go_at,
                        kind: EventKind::Go,
                    });
                    self.halfway_sent = false;
                    self.phase = Phase::Running {
                        since: go_at,
                        stance,
                    };
                }
                Phase::Running { since, stance } => match (self.kind, stance) {
                    (TestKind::ThirtySecondChairStand, _) => {
                        let half = since + secs(CHAIR_STAND_SECS) / 2;
                        if !self.halfway_sent && half <= now {
                            self.halfway_sent = true;
                            out.push(Event {
                                at: half,
                                kind: EventKind::Halfway,
                            });
                        }
                        let stop = since + secs(CHAIR_STAND_SECS);
                        if stop > now {
                            return out;
                        }
                        out.push(Event {
                            at: stop,
                            kind: EventKind::Stop,
                        });
                        self.phase = Phase::Count { stands: 0 };
                    }
                    (TestKind::StandingBalance, Some(stance)) => {
                        let full = since + secs(STANCE_FULL_SECS);
                        if full > now {
                            return out;
                        }
                        out.push(Event {
                            at: full,
                            kind: EventKind::StanceFull { stance },
                        });
                        self.stance_done(stance, full, STANCE_FULL_SECS * 10, &mut out);
                    }
                    _ => return out,
                },
                _ => return out,
            }
        }
    }

    /// The one big press (or Space): the end of the fifth stand, a touch-down on the
    /// balance ladder (or, at a stance's start, "I am in position"), the helper's start
    /// and stop for the walk. Does nothing where a press means nothing.
    pub fn press(&mut self, now: Duration) -> Vec<Event> {
        let before = self.phase;
        let mut out = self.tick(now);
        if self.phase != before {
            // The press came as the phase ended (a stance held to 30 s, "Go"): it was
            // meant for the phase that is over, so it starts nothing new.
            return out;
        }
        match (self.kind, self.phase) {
            (TestKind::FiveTimesSitToStand, Phase::Running { since, .. })
            | (TestKind::TimedWalk, Phase::Running { since, .. }) => {
                self.measures.push(Measure {
                    stance: None,
                    tenths: tenths(now.saturating_sub(since)),
                });
                self.finish(now, &mut out);
            }
            (TestKind::TimedWalk, Phase::Ready { .. }) => {
                out.push(Event {
                    at: now,
                    kind: EventKind::Go,
                });
                self.phase = Phase::Running {
                    since: now,
                    stance: None,
                };
            }
            (TestKind::StandingBalance, Phase::Ready { stance }) => {
                out.extend(self.start_countdown(now, stance));
            }
            (
                TestKind::StandingBalance,
                Phase::Running {
                    since,
                    stance: Some(stance),
                },
            ) => {
                out.push(Event {
                    at: now,
                    kind: EventKind::TouchDown { stance },
                });
                let held = tenths(now.saturating_sub(since)).min(STANCE_FULL_SECS * 10);
                self.stance_done(stance, now, held, &mut out);
            }
            _ => {}
        }
        out
    }

    /// Records a stance and moves up the ladder: after a full hold to the next stance;
    /// after a touch-down the ladder stops, except that both single-leg sides are tried.
    fn stance_done(&mut self, stance: Stance, at: Duration, held: u32, out: &mut Vec<Event>) {
        self.measures.push(Measure {
            stance: Some(stance),
            tenths: held,
        });
        let full = held >= STANCE_FULL_SECS * 10;
        let next = match stance {
            Stance::SingleLeg(Side::Left) => Some(Stance::SingleLeg(Side::Right)),
            _ if !full => None,
            Stance::SingleLeg(Side::Right) => None,
            _ => Stance::LADDER.get(stance.rung() + 1).copied(),
        };
        match next {
            Some(stance) => {
                self.phase = Phase::Ready {
                    stance: Some(stance),
                }
            }
            None => self.finish(at, out),
        }
    }

    fn finish(&mut self, at: Duration, out: &mut Vec<Event>) {
        self.phase = Phase::Finished;
        out.push(Event {
            at,
            kind: EventKind::Finished,
        });
    }

    /// Chair stand: the big − and +; the count stays within 0 to [`CHAIR_STAND_MAX`].
    pub fn adjust_count(&mut self, delta: i32) {
        if let Phase::Count { stands } = self.phase {
            let next = i64::from(stands) + i64::from(delta);
            let next = next.clamp(0, i64::from(CHAIR_STAND_MAX));
            self.phase = Phase::Count {
                stands: u32::try_from(next).unwrap_or(0),
            };
        }
    }

    /// Fatigue check: answers question `question` (0-based) with 0 to 4.
    pub fn answer(&mut self, question: usize, value: u8) {
        if let Phase::Questions { mut answers } = self.phase
            && let Some(slot) = answers.get_mut(question)
        {
            *slot = Some(value.min(FATIGUE_ANSWER_MAX));
            self.phase = Phase::Questions { answers };
        }
    }

    /// Whether [`SelfTest::confirm`] would finish the test now: a count is entered, or
    /// every question is answered.
    pub fn can_confirm(&self) -> bool {
        match self.phase {
            Phase::Count { .. } => true,
            Phase::Questions { answers } => answers.iter().all(Option::is_some),
            _ => false,
        }
    }

    /// Keeps the chair-stand count or the fatigue answers: the test is finished.
    pub fn confirm(&mut self, now: Duration) -> Vec<Event> {
        let mut out = Vec::new();
        if !self.can_confirm() {
            return out;
        }
        let tenths = match self.phase {
            Phase::Count { stands } => stands * 10,
            Phase::Questions { answers } => {
                answers.iter().flatten().map(|a| u32::from(*a)).sum::<u32>() * 10
            }
            _ => return out,
        };
        self.measures.push(Measure {
            stance: None,
            tenths,
        });
        self.finish(now, &mut out);
        out
    }

    /// Stops the test at any moment: nothing measured so far is kept.
    pub fn abandon(&mut self, now: Duration) -> Vec<Event> {
        if self.is_over() {
            return Vec::new();
        }
        self.phase = Phase::Abandoned;
        self.measures.clear();
        vec![Event {
            at: now,
            kind: EventKind::Abandoned,
        }]
    }

    /// The result of a finished test; `None` before the end and after an abandon.
    pub fn result(&self) -> Option<TestResult> {
        (self.phase == Phase::Finished && !self.measures.is_empty()).then(|| TestResult {
            kind: self.kind,
            aids: self.aids.clone(),
            measures: self.measures.clone(),
        })
    }
}

/// A test under way.
#[derive(Debug, Clone)]
pub struct SelfTestRun {
    pub test: SelfTest,
    /// The last thing that happened, for the screen to say ("Go!", "Halfway").
    pub last: Option<EventKind>,
    /// The routine the test is part of, and the level of the session.
    pub routine: Option<(String, crate::routine::Level)>,
}

impl SelfTestRun {
    pub fn new(test: SelfTest, routine: Option<(String, crate::routine::Level)>) -> Self {
        Self {
            test,
            last: None,
            routine,
        }
    }

    /// Notes the newest event for the screen.
    pub fn saw(&mut self, events: &[Event]) {
        if let Some(e) = events.last() {
            self.last = Some(e.kind);
        }
    }
}

/// The sound of an event, from the session's own cues: "3, 2, 1" ticks, Go, halfway,
/// and the exercise-done chime for stop, a full stance and the end; none for a
/// touch-down or a stop by the person.
pub fn cue(kind: EventKind) -> Option<super::Cue> {
    use super::Cue;
    match kind {
        EventKind::Countdown { .. } => Some(Cue::CountdownTick),
        EventKind::Go => Some(Cue::Go),
        EventKind::Halfway => Some(Cue::Halfway),
        EventKind::Stop | EventKind::StanceFull { .. } | EventKind::Finished => {
            Some(Cue::ExerciseDone)
        }
        EventKind::TouchDown { .. } | EventKind::Abandoned => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use proptest::prelude::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn kinds(events: &[Event]) -> Vec<EventKind> {
        events.iter().map(|e| e.kind).collect()
    }

    #[test]
    fn five_times_sit_to_stand_times_from_go_to_the_press_in_tenths() {
        let mut t = SelfTest::new(TestKind::FiveTimesSitToStand);
        assert_eq!(t.phase(), Phase::Safety);
        assert!(
            t.tick(ms(10_000)).is_empty(),
            "nothing runs at the safety screen"
        );
        t.set_aid(Aid::Armrests, true);
        t.set_aid(Aid::WalkingAid, true); // not one of this test's aids
        let start = t.begin(ms(1_000));
        assert_eq!(kinds(&start), vec![EventKind::Countdown { left: 3 }]);
        // A press during the countdown does nothing.
        assert!(t.press(ms(1_500)).is_empty());
        // A late tick catches up: 2, 1 and Go at their own times.
        let events = t.tick(ms(4_700));
        assert_eq!(
            events,
            vec![
                Event {
                    at: ms(2_000),
                    kind: EventKind::Countdown { left: 2 }
                },
                Event {
                    at: ms(3_000),
                    kind: EventKind::Countdown { left: 1 }
                },
                Event {
                    at: ms(4_000),
                    kind: EventKind::Go
                },
            ]
        );
        assert_eq!(t.elapsed(ms(5_000)), ms(1_000));
        assert!(t.result().is_none(), "no result while running");
        // 12.34 s after Go → 12.3 s; 12.36 → 12.4.
        let mut rounded_up = t.clone();
        let done = t.press(ms(16_340));
        assert_eq!(kinds(&done), vec![EventKind::Finished]);
        let result = t.result().unwrap();
        assert_eq!(result.aids, vec![Aid::Armrests]);
        assert_eq!(
            result.measures,
            vec![Measure {
                stance: None,
                tenths: 123
            }]
        );
        rounded_up.press(ms(16_360));
        assert_eq!(rounded_up.result().unwrap().measures[0].tenths, 124);
        // After the end, presses and abandons change nothing.
        assert!(t.press(ms(20_000)).is_empty());
        assert!(t.abandon(ms(20_000)).is_empty());
        assert!(t.result().is_some());
    }

    #[test]
    fn chair_stand_cues_go_halfway_and_stop_then_takes_the_count() {
        let mut t = SelfTest::new(TestKind::ThirtySecondChairStand);
        t.begin(ms(0));
        let events = t.tick(ms(40_000));
        assert_eq!(
            events,
            vec![
                Event {
                    at: ms(1_000),
                    kind: EventKind::Countdown { left: 2 }
                },
                Event {
                    at: ms(2_000),
                    kind: EventKind::Countdown { left: 1 }
                },
                Event {
                    at: ms(3_000),
                    kind: EventKind::Go
                },
                Event {
                    at: ms(18_000),
                    kind: EventKind::Halfway
                },
                Event {
                    at: ms(33_000),
                    kind: EventKind::Stop
                },
            ]
        );
        assert_eq!(t.phase(), Phase::Count { stands: 0 });
        assert!(
            t.press(ms(41_000)).is_empty(),
            "the count is entered, not pressed"
        );
        t.adjust_count(-1);
        assert_eq!(t.phase(), Phase::Count { stands: 0 });
        for _ in 0..12 {
            t.adjust_count(1);
        }
        t.adjust_count(-1);
        t.adjust_count(1000);
        assert_eq!(
            t.phase(),
            Phase::Count {
                stands: CHAIR_STAND_MAX
            }
        );
        t.adjust_count(-(CHAIR_STAND_MAX as i32) + 11);
        assert!(t.result().is_none());
        assert_eq!(kinds(&t.confirm(ms(45_000))), vec![EventKind::Finished]);
        assert_eq!(t.result().unwrap().measures[0].tenths, 110);
    }

    #[test]
    fn chair_stand_ticks_one_at_a_time_send_each_cue_once() {
        let mut t = SelfTest::new(TestKind::ThirtySecondChairStand);
        t.begin(ms(0));
        let mut all = Vec::new();
        for n in 0..=340 {
            all.extend(t.tick(ms(n * 100)));
        }
        assert_eq!(
            kinds(&all),
            vec![
                EventKind::Countdown { left: 2 },
                EventKind::Countdown { left: 1 },
                EventKind::Go,
                EventKind::Halfway,
                EventKind::Stop,
            ]
        );
    }

    fn run_stance(t: &mut SelfTest, now: &mut u64, touch_down_after_ms: Option<u64>) -> Vec<Event> {
        let mut out = t.press(ms(*now)); // in position: countdown
        *now += 3_000;
        out.extend(t.tick(ms(*now))); // Go
        match touch_down_after_ms {
            Some(after) => {
                *now += after;
                out.extend(t.press(ms(*now)));
            }
            None => {
                *now += 31_000;
                out.extend(t.tick(ms(*now)));
            }
        }
        out
    }

    #[test]
    fn balance_ladder_climbs_on_full_holds_and_stops_after_a_touch_down() {
        let mut t = SelfTest::new(TestKind::StandingBalance);
        t.begin(ms(0));
        assert_eq!(
            t.phase(),
            Phase::Ready {
                stance: Some(Stance::FeetTogether)
            }
        );
        let mut now = 1_000;
        let full = run_stance(&mut t, &mut now, None);
        assert!(full.contains(&Event {
            at: ms(34_000),
            kind: EventKind::StanceFull {
                stance: Stance::FeetTogether
            }
        }));
        assert_eq!(
            t.phase(),
            Phase::Ready {
                stance: Some(Stance::SemiTandem)
            }
        );
        run_stance(&mut t, &mut now, None);
        // Tandem: touch-down after 12.5 s ends the ladder.
        let down = run_stance(&mut t, &mut now, Some(12_500));
        assert!(kinds(&down).contains(&EventKind::TouchDown {
            stance: Stance::Tandem
        }));
        assert_eq!(t.phase(), Phase::Finished);
        let result = t.result().unwrap();
        assert_eq!(
            result.measures,
            vec![
                Measure {
                    stance: Some(Stance::FeetTogether),
                    tenths: 300
                },
                Measure {
                    stance: Some(Stance::SemiTandem),
                    tenths: 300
                },
                Measure {
                    stance: Some(Stance::Tandem),
                    tenths: 125
                },
            ]
        );
    }

    #[test]
    fn balance_ladder_tries_both_single_leg_sides() {
        let mut t = SelfTest::new(TestKind::StandingBalance);
        t.begin(ms(0));
        let mut now = 0;
        for _ in 0..3 {
            run_stance(&mut t, &mut now, None);
        }
        assert_eq!(
            t.phase(),
            Phase::Ready {
                stance: Some(Stance::SingleLeg(Side::Left))
            }
        );
        // The left side touches down early; the right side is still tried.
        run_stance(&mut t, &mut now, Some(4_000));
        assert_eq!(
            t.phase(),
            Phase::Ready {
                stance: Some(Stance::SingleLeg(Side::Right))
            }
        );
        run_stance(&mut t, &mut now, Some(29_990));
        let measures = t.result().unwrap().measures;
        assert_eq!(measures.len(), 5);
        assert_eq!(
            measures[3],
            Measure {
                stance: Some(Stance::SingleLeg(Side::Left)),
                tenths: 40
            }
        );
        assert_eq!(
            measures[4],
            Measure {
                stance: Some(Stance::SingleLeg(Side::Right)),
                tenths: 300
            }
        );
    }

    #[test]
    fn a_touch_down_exactly_at_thirty_seconds_is_a_full_hold() {
        let mut t = SelfTest::new(TestKind::StandingBalance);
        t.begin(ms(0));
        let mut now = 0;
        let events = run_stance(&mut t, &mut now, Some(30_000));
        assert!(kinds(&events).contains(&EventKind::StanceFull {
            stance: Stance::FeetTogether
        }));
        assert_eq!(
            t.phase(),
            Phase::Ready {
                stance: Some(Stance::SemiTandem)
            }
        );
    }

    #[test]
    fn timed_walk_runs_from_the_helpers_start_to_stop() {
        let mut t = SelfTest::new(TestKind::TimedWalk);
        t.set_aid(Aid::WalkingAid, true);
        t.begin(ms(0));
        assert!(t.tick(ms(60_000)).is_empty(), "waits for the helper");
        let go = t.press(ms(60_000));
        assert_eq!(
            go,
            vec![Event {
                at: ms(60_000),
                kind: EventKind::Go
            }]
        );
        t.press(ms(68_449));
        let result = t.result().unwrap();
        assert_eq!(result.measures[0].tenths, 84);
        assert_eq!(result.aids, vec![Aid::WalkingAid]);
    }

    #[test]
    fn fatigue_check_needs_every_answer_and_sums_them() {
        let mut t = SelfTest::new(TestKind::FatigueCheck);
        t.begin(ms(0));
        for (q, a) in [(0, 1), (1, 4), (2, 9), (3, 0)] {
            t.answer(q, a);
        }
        t.answer(7, 2); // no such question
        assert!(!t.can_confirm());
        assert!(t.confirm(ms(1)).is_empty());
        t.answer(4, 2);
        t.answer(0, 3); // changed its mind
        t.confirm(ms(2));
        // 3 + 4 + 4 (9 is capped) + 0 + 2 = 13 points.
        assert_eq!(t.result().unwrap().measures[0].tenths, 130);
    }

    #[test]
    fn abandon_at_every_phase_leaves_no_result() {
        for kind in TestKind::ALL {
            for stop_at in 0..6 {
                let mut t = SelfTest::new(kind);
                let mut now = 0;
                let mut step = |t: &mut SelfTest, i: u64| match i {
                    0 => drop(t.begin(ms(now))),
                    1 => drop(t.press(ms(now))),
                    2 => {
                        now += 40_000;
                        drop(t.tick(ms(now)));
                    }
                    3 => t.adjust_count(5),
                    4 => drop(t.press(ms(now + 1))),
                    _ => {}
                };
                for i in 0..stop_at {
                    step(&mut t, i);
                }
                if t.is_over() {
                    continue;
                }
                assert_eq!(kinds(&t.abandon(ms(now))), vec![EventKind::Abandoned]);
                assert!(t.result().is_none(), "{kind:?} after {stop_at} steps");
                assert!(t.measures().is_empty());
            }
        }
    }

    #[derive(Debug, Clone)]
    enum Action {
        Begin,
        Press,
        Tick(u64),
        Adjust(i32),
        Answer(usize, u8),
        Confirm,
        Aid(bool),
        Abandon,
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Action::Begin),
            Just(Action::Press),
            (0u64..40_000).prop_map(Action::Tick),
            (-5i32..5).prop_map(Action::Adjust),
            (0usize..6, 0u8..6).prop_map(|(q, a)| Action::Answer(q, a)),
            Just(Action::Confirm),
            any::<bool>().prop_map(Action::Aid),
            Just(Action::Abandon),
        ]
    }

    proptest! {
        /// Whatever happens before and after it, an abandoned test never yields a result.
        #[test]
        fn an_abandoned_test_never_yields_a_result(
            kind in prop::sample::select(TestKind::ALL.to_vec()),
            before in prop::collection::vec(action(), 0..30),
            after in prop::collection::vec(action(), 0..30),
        ) {
            let mut t = SelfTest::new(kind);
            let mut now = 0u64;
            let mut apply = |t: &mut SelfTest, a: &Action| {
                match *a {
                    Action::Begin => drop(t.begin(ms(now))),
                    Action::Press => drop(t.press(ms(now))),
                    Action::Tick(d) => {
                        now += d;
                        drop(t.tick(ms(now)));
                    }
                    Action::Adjust(d) => t.adjust_count(d),
                    Action::Answer(q, v) => t.answer(q, v),
                    Action::Confirm => drop(t.confirm(ms(now))),
                    Action::Aid(on) => t.set_aid(Aid::Armrests, on),
                    Action::Abandon => drop(t.abandon(ms(now))),
                }
            };
            for a in &before {
                apply(&mut t, a);
            }
            let finished_before = t.phase() == Phase::Finished;
            apply(&mut t, &Action::Abandon);
            for a in &after {
                apply(&mut t, a);
            }
            if finished_before {
                // Too late to abandon: the finished result stays as it was.
                prop_assert!(t.result().is_some());
            } else {
                prop_assert_eq!(t.phase(), Phase::Abandoned);
                prop_assert!(t.result().is_none());
            }
        }
    }
}
