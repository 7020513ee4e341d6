//! The session engine with a fake clock: long sessions with frame jitter, pause and
//! resume, skip and back at every kind of step, late ticks, lighter days, early ends.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::time::Duration;

use steady::routine::bundled::load_bundled;
use steady::routine::{Dose, Level, Routine, Sides};
use steady::session::engine::ADD_REST_SECS;
use steady::session::plan::{Activity, Lightening, RestKind, StepKind};
use steady::session::progress::WorkOutcome;
use steady::session::{EndReason, Engine, Event, EventKind, Plan, PlanOptions, State};

const MS: Duration = Duration::from_millis(1);

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// A small, fast, deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

fn routine(id: &str) -> Routine {
    load_bundled()
        .get(id)
        .unwrap_or_else(|| panic!("no bundled routine {id}"))
        .routine
        .clone()
}

fn all_routines() -> Vec<Routine> {
    load_bundled()
        .routines
        .into_iter()
        .map(|l| l.routine)
        .collect()
}

/// A long routine: every bundled exercise in one session (about an hour).
fn long_routine() -> Routine {
    let mut long = routine("seated-leg-strength");
    long.id = "everything".into();
    long.exercises = all_routines()
        .into_iter()
        .flat_map(|r| {
            let id = r.id.clone();
            r.exercises.into_iter().map(move |mut e| {
                e.name = format!("{id}: {}", e.name);
                e
            })
        })
        .collect();
    long
}

/// Self-paced sets are ended this long after they start.
const SELF_PACED_SECS: u64 = 20;

/// A self-paced set, or a self-test step (format 3), which also waits for the person.
fn self_paced_now(engine: &Engine) -> bool {
    engine.is_self_paced()
}

/// Runs a whole session, ticking at `now`, `now + frame()`, … Self-paced sets end
/// exactly SELF_PACED_SECS after they start. Returns each event with the time of the
/// tick that delivered it.
fn simulate(
    routine: &Routine,
    options: PlanOptions,
    mut frame: impl FnMut() -> Duration,
) -> Vec<(Event, Duration)> {
    let mut engine = Engine::new(routine, options);
    let mut out: Vec<(Event, Duration)> = Vec::new();
    let mut now = secs(1000);
    out.extend(engine.start(now).into_iter().map(|e| (e, now)));
    let mut self_paced_since: Option<Duration> = None;
    while !engine.is_finished() {
        let mut next = now + frame();
        if self_paced_now(&engine) {
            let since = *self_paced_since.get_or_insert_with(|| {
                out.iter()
                    .rev()
                    .find(|(e, _)| e.kind == EventKind::StepStarted)
                    .map(|(e, _)| e.at)
                    .unwrap()
            });
            let done_at = since + secs(SELF_PACED_SECS);
            if next >= done_at {
                next = done_at;
                out.extend(engine.tick(next).into_iter().map(|e| (e, next)));
                out.extend(engine.set_done(next).into_iter().map(|e| (e, next)));
                self_paced_since = None;
                now = next;
                continue;
            }
        }
        now = next;
        out.extend(engine.tick(now).into_iter().map(|e| (e, now)));
        assert!(now < secs(1000 + 4 * 3600), "the session never ended");
    }
    out
}

fn events(run: &[(Event, Duration)]) -> Vec<Event> {
    run.iter().map(|(e, _)| *e).collect()
}

/// Ideal times computed independently of the engine, in floating point seconds:
/// each step starts where the last one ended; beats fall every 60/bpm s; reps every
/// rep length.
fn check_ideal_times(plan: &Plan, run: &[(Event, Duration)]) {
    let start = run[0].0.at.as_secs_f64();
    let mut step_start = vec![0.0f64; plan.steps.len()];
    let mut t = start;
    for (i, step) in plan.steps.iter().enumerate() {
        step_start[i] = t;
        t += match step.secs {
            Some(s) => f64::from(s),
            None if i + 1 < plan.steps.len() => SELF_PACED_SECS as f64,
            None => 0.0,
        };
    }
    let mut checked = 0;
    for (e, _) in run {
        let at = e.at.as_secs_f64();
        let step = &plan.steps[e.step];
        let ideal = match (e.kind, &step.kind) {
            (EventKind::StepStarted | EventKind::Go, _) => Some(step_start[e.step]),
            (EventKind::Beat { n }, StepKind::Work(w)) => match w.activity {
                Activity::Stepping { beats_per_min, .. } => {
                    Some(step_start[e.step] + f64::from(n - 1) * 60.0 / f64::from(beats_per_min))
                }
                _ => None,
            },
            (EventKind::Rep { n, .. }, StepKind::Work(w)) => match w.activity {
                Activity::TempoReps { tempo, .. } => {
                    Some(step_start[e.step] + f64::from((n - 1) * tempo.rep_secs()))
                }
                _ => None,
            },
            (EventKind::Countdown { n }, _) => {
                Some(step_start[e.step] + f64::from(step.secs.unwrap()) - f64::from(n))
            }
            _ => None,
        };
        if let Some(ideal) = ideal {
            assert!(
                (at - ideal).abs() <= 0.001,
                "{:?} at {at} s, ideal {ideal} s",
                e.kind
            );
            checked += 1;
        }
    }
    assert!(checked > 10);
}

#[test]
fn every_bundled_routine_runs_to_the_millisecond_despite_frame_jitter() {
    for routine in all_routines().into_iter().chain([long_routine()]) {
        let options = PlanOptions::default();
        // The reference: a tick every millisecond.
        let reference = simulate(&routine, options, || MS);
        let mut rng = Rng(0x5EED ^ routine.id.len() as u64);
        let jittered = simulate(&routine, options, || MS * rng.between(1, 250) as u32);
        assert_eq!(
            events(&reference),
            events(&jittered),
            "{}: jitter changed the events",
            routine.id
        );
        // Each event came in the first tick at or after its time.
        for (e, delivered) in &jittered {
            assert!(*delivered >= e.at);
            assert!(
                *delivered - e.at < MS * 250,
                "{e:?} delivered at {delivered:?}"
            );
        }
        let plan = Plan::new(&routine, options);
        check_ideal_times(&plan, &jittered);
        // The event sequence follows the plan: every step started once, in order.
        let started: Vec<usize> = jittered
            .iter()
            .filter(|(e, _)| e.kind == EventKind::StepStarted)
            .map(|(e, _)| e.step)
            .collect();
        assert_eq!(started, (0..plan.steps.len()).collect::<Vec<_>>());
        // Times never go backwards.
        assert!(jittered.windows(2).all(|w| w[0].0.at <= w[1].0.at));
        let last = jittered.last().unwrap().0;
        assert_eq!(last.kind, EventKind::SessionDone);
    }
}

#[test]
fn a_long_session_lasts_exactly_its_planned_length() {
    let routine = long_routine();
    let plan = Plan::new(&routine, PlanOptions::default());
    assert!(plan.estimated_secs() > 45 * 60, "{}", plan.estimated_secs());
    let mut rng = Rng(42);
    let run = simulate(&routine, PlanOptions::default(), || {
        MS * rng.between(1, 250) as u32
    });
    let first = run.first().unwrap().0.at;
    let last = run.last().unwrap().0.at;
    // Timed steps take their planned length; self-paced sets took SELF_PACED_SECS.
    let expected: u64 = plan
        .steps
        .iter()
        .map(|s| match (&s.kind, s.secs) {
            (_, Some(secs)) => u64::from(secs),
            (StepKind::Work(_), None) => SELF_PACED_SECS,
            _ => 0,
        })
        .sum();
    assert_eq!(last - first, secs(expected));
}

#[test]
fn pause_and_resume_shift_every_later_cue_by_exactly_the_paused_time() {
    let routine = routine("seated-leg-strength");
    let mut reference = Engine::new(&routine, PlanOptions::default());
    let t0 = secs(50);
    let mut expected = reference.start(t0);
    expected.extend(reference.tick(t0 + secs(3600)));

    let mut engine = Engine::new(&routine, PlanOptions::default());
    let mut got = engine.start(t0);
    let pause_at = t0 + Duration::from_millis(95_321);
    let paused_for = Duration::from_millis(47_777);
    got.extend(engine.tick(pause_at - MS * 5));
    got.extend(engine.pause(pause_at));
    assert!(matches!(engine.state(), State::Paused { .. }));
    // Nothing happens while paused, however long.
    assert!(engine.tick(pause_at + secs(30)).is_empty());
    assert_eq!(engine.next_event_at(), None);
    let remaining = engine.status(pause_at + secs(30)).remaining;
    assert_eq!(remaining, engine.status(pause_at).remaining);
    got.extend(engine.resume(pause_at + paused_for));
    got.extend(engine.tick(t0 + secs(3600)));

    let (before, after): (Vec<Event>, Vec<Event>) = expected.iter().partition(|e| e.at <= pause_at);
    let cues = |events: &[Event]| -> Vec<Event> {
        events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Paused | EventKind::Resumed))
            .copied()
            .collect()
    };
    let got = cues(&got);
    assert_eq!(got[..before.len()], before[..]);
    let shifted: Vec<Event> = after
        .iter()
        .map(|e| Event {
            at: e.at + paused_for,
            ..*e
        })
        .collect();
    assert_eq!(got[before.len()..], shifted[..]);
    assert_eq!(engine.progress().pauses, 1);
    assert_eq!(engine.progress().paused_secs, 47);
}

#[test]
fn a_sixty_second_gap_between_ticks_emits_every_missed_boundary_once_in_order() {
    let routine = routine("standing-balance-with-support");
    let reference = simulate(&routine, PlanOptions::default(), || MS * 10);
    let mut engine = Engine::new(&routine, PlanOptions::default());
    let t0 = secs(1000);
    let mut got = engine.start(t0);
    let mut now = t0;
    let mut gap_done = false;
    while !engine.is_finished() {
        now += if !gap_done && now >= t0 + secs(40) {
            gap_done = true;
            secs(60)
        } else {
            MS * 10
        };
        let batch = engine.tick(now);
        if gap_done && batch.len() > 5 {
            // The late tick brought a whole minute of events, stamped with their times.
            assert!(batch.iter().all(|e| e.at <= now && e.at > now - secs(61)));
            assert!(batch.iter().any(|e| e.kind == EventKind::StepStarted));
        }
        got.extend(batch);
    }
    assert_eq!(events(&reference), got);
    let mut seen = std::collections::HashSet::new();
    for e in &got {
        assert!(seen.insert((e.step, e.kind, e.at)), "{e:?} came twice");
    }
}

#[test]
fn paced_stepping_gives_exactly_duration_times_bpm_over_sixty_beats() {
    let mut routine = routine("paced-stepping");
    // Include a tempo whose beat length is not a whole number of milliseconds.
    routine.exercises[0].dose = Dose::Stepping {
        duration_secs: 61,
        beats_per_min: 97,
    };
    let run = simulate(&routine, PlanOptions::default(), || MS * 16);
    let plan = Plan::new(&routine, PlanOptions::default());
    for (i, step) in plan.steps.iter().enumerate() {
        if let StepKind::Work(w) = &step.kind
            && let Activity::Stepping {
                secs,
                beats_per_min,
            } = w.activity
        {
            let beats: Vec<u32> = run
                .iter()
                .filter(|(e, _)| e.step == i)
                .filter_map(|(e, _)| match e.kind {
                    EventKind::Beat { n } => Some(n),
                    _ => None,
                })
                .collect();
            let expected = secs * beats_per_min / 60;
            assert_eq!(beats.len() as u32, expected, "step {i}");
            assert_eq!(beats, (1..=expected).collect::<Vec<_>>());
        }
    }
    check_ideal_times(&plan, &run);
}

#[test]
fn tempo_reps_cue_up_hold_down_for_every_rep() {
    let routine = routine("seated-leg-strength");
    let mut engine = Engine::new(&routine, PlanOptions::default());
    let mut got = engine.start(Duration::ZERO);
    // Get ready 10 s, then 10 reps of 3-1-3 s.
    got.extend(engine.tick(secs(10 + 70) - MS));
    let work: Vec<EventKind> = got.iter().filter(|e| e.step == 1).map(|e| e.kind).collect();
    let ups = work.iter().filter(|k| **k == EventKind::TempoUp).count();
    let holds = work.iter().filter(|k| **k == EventKind::TempoHold).count();
    let downs = work.iter().filter(|k| **k == EventKind::TempoDown).count();
    assert_eq!((ups, holds, downs), (10, 10, 10));
    assert_eq!(work[1], EventKind::Go);
    assert_eq!(work[2], EventKind::Rep { n: 1, of: 10 });
    assert!(work.contains(&EventKind::Rep { n: 10, of: 10 }));
    let countdown: Vec<&Event> = got
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Countdown { .. }))
        .collect();
    assert_eq!(
        countdown.iter().map(|e| e.at).collect::<Vec<_>>(),
        [secs(7), secs(8), secs(9)]
    );
    let status = engine.status(secs(10 + 7 + 3) + MS * 500);
    let tempo = status.tempo.unwrap();
    assert_eq!((tempo.rep, tempo.of), (2, 10));
    assert_eq!(tempo.part, steady::session::TempoPart::Hold);
}

/// Starts an engine and moves it to the first step matching `want`.
fn engine_at(routine: &Routine, want: impl Fn(&StepKind) -> bool) -> (Engine, Duration) {
    let mut engine = Engine::new(routine, PlanOptions::default());
    let mut now = secs(10);
    engine.start(now);
    while !want(&engine.current_step().kind) {
        assert!(!engine.is_finished(), "no such step");
        now += MS * 100;
        engine.tick(now);
        if self_paced_now(&engine) && !want(&engine.current_step().kind) {
            engine.set_done(now);
        }
    }
    // Some way into the step.
    now += MS * 1500;
    engine.tick(now);
    (engine, now)
}

#[test]
fn skip_and_back_work_at_every_kind_of_step() {
    let sit = routine("sit-to-stand-practice");
    let stepping = routine("paced-stepping");
    let stretch = routine("morning-stretches-in-bed");
    type Want = fn(&StepKind) -> bool;
    let cases: Vec<(&str, &Routine, Want)> = vec![
        ("get ready", &sit, |k| matches!(k, StepKind::GetReady)),
        (
            "tempo reps",
            &sit,
            |k| matches!(k, StepKind::Work(w) if matches!(w.activity, Activity::TempoReps { .. })),
        ),
        (
            "self-paced reps",
            &sit,
            |k| matches!(k, StepKind::Work(w) if matches!(w.activity, Activity::SelfPacedReps { .. })),
        ),
        ("rest between sets", &sit, |k| {
            matches!(
                k,
                StepKind::Rest {
                    kind: RestKind::BetweenSets { .. },
                    ..
                }
            )
        }),
        ("rest between exercises", &sit, |k| {
            matches!(
                k,
                StepKind::Rest {
                    kind: RestKind::BetweenExercises,
                    ..
                }
            )
        }),
        ("switch side", &sit, |k| {
            matches!(k, StepKind::SwitchSide { .. })
        }),
        (
            "hold",
            &stretch,
            |k| matches!(k, StepKind::Work(w) if matches!(w.activity, Activity::Hold { .. })),
        ),
        (
            "stepping",
            &stepping,
            |k| matches!(k, StepKind::Work(w) if matches!(w.activity, Activity::Stepping { .. })),
        ),
    ];
    for (what, routine, want) in cases {
        // Skip: the next step starts now, and a skipped set is recorded as skipped.
        let (mut engine, now) = engine_at(routine, want);
        let index = engine.step_index();
        let was_work = matches!(engine.current_step().kind, StepKind::Work(_));
        let events = engine.skip(now);
        assert_eq!(engine.step_index(), index + 1, "{what}");
        assert_eq!(events[0].kind, EventKind::StepEnded, "{what}");
        assert!(events.iter().all(|e| e.at == now), "{what}: {events:?}");
        assert!(
            events
                .iter()
                .any(|e| e.kind == EventKind::StepStarted && e.step == index + 1),
            "{what}"
        );
        assert_eq!(engine.progress().skipped_steps, 1, "{what}");
        if was_work {
            let last = engine.progress().work.last().unwrap();
            assert_eq!(last.outcome, WorkOutcome::Skipped, "{what}");
        }
        // The new step runs its full length from now.
        let remaining = engine.status(now).remaining;
        let planned = engine.current_step().secs.map(|s| secs(u64::from(s)));
        assert_eq!(remaining, planned, "{what}");

        // Back: the previous step starts again now.
        let (mut engine, now) = engine_at(routine, want);
        let index = engine.step_index();
        engine.back(now);
        assert_eq!(engine.step_index(), index.saturating_sub(1), "{what}");
        assert_eq!(engine.status(now).elapsed, Duration::ZERO, "{what}");
        assert_eq!(engine.progress().skipped_steps, 0, "{what}");
    }
}

#[test]
fn set_done_ends_a_self_paced_set_and_nothing_else() {
    let routine = routine("sit-to-stand-practice");
    let (mut engine, now) = engine_at(&routine, |k| matches!(k, StepKind::GetReady));
    assert!(engine.set_done(now).is_empty(), "not in a self-paced set");
    let (mut engine, now) = engine_at(
        &routine,
        |k| matches!(k, StepKind::Work(w) if matches!(w.activity, Activity::SelfPacedReps { .. })),
    );
    assert_eq!(engine.next_event_at(), None, "waits for the person");
    let index = engine.step_index();
    let events = engine.set_done(now);
    assert!(events.iter().any(|e| e.kind == EventKind::SetDone));
    assert_eq!(engine.step_index(), index + 1);
    let last = engine.progress().work.last().unwrap();
    assert_eq!((last.outcome, last.reps_done), (WorkOutcome::Completed, 5));
}

#[test]
fn add_rest_extends_the_current_rest_and_moves_its_cues() {
    let routine = routine("sit-to-stand-practice");
    let (mut engine, now) = engine_at(&routine, |k| {
        matches!(
            k,
            StepKind::Rest {
                kind: RestKind::BetweenSets { .. },
                ..
            }
        )
    });
    let before = engine.status(now).remaining.unwrap();
    let events = engine.add_rest(now, ADD_REST_SECS);
    assert_eq!(
        events.last().unwrap().kind,
        EventKind::RestExtended { secs: 30 }
    );
    assert_eq!(engine.status(now).remaining.unwrap(), before + secs(30));
    let index = engine.step_index();
    let rest_end = now + before + secs(30);
    let events = engine.tick(rest_end);
    let soon: Vec<&Event> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::RestEndingSoon { .. }))
        .collect();
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0].at, rest_end - secs(5));
    assert!(
        events
            .iter()
            .any(|e| e.kind == EventKind::StepStarted && e.step == index + 1 && e.at == rest_end)
    );

    // Not during work.
    let (mut engine, now) = engine_at(&routine, |k| matches!(k, StepKind::Work(_)));
    assert!(engine.add_rest(now, 30).is_empty());
}

#[test]
fn lighter_day_plans_use_lighter_doses_or_fewer_sets_and_longer_rests() {
    let mut routine = routine("seated-leg-strength");
    routine.exercises[1].lighter = None; // Seated marching: 2 × 8, rest 60.
    let plan = Plan::new(
        &routine,
        PlanOptions {
            level: Level::Lighter,
            ..PlanOptions::default()
        },
    );
    assert_eq!(plan.exercises[0].lightening, Lightening::LighterVariant);
    assert_eq!(
        plan.exercises[0].dose,
        routine.exercises[0].lighter.unwrap()
    );
    let marching = &plan.exercises[1];
    assert_eq!(marching.lightening, Lightening::FewerSetsLongerRests);
    assert_eq!(marching.dose.sets(), 1);
    assert_eq!(marching.rest_between_sets_secs, 90);
    assert_eq!(marching.rest_after_secs, 90);
    let normal = Plan::new(&routine, PlanOptions::default());
    assert!(plan.estimated_secs() < normal.estimated_secs());

    // A one-set exercise keeps its one set.
    let mut one = routine.clone();
    one.exercises[1].dose = one.exercises[1].dose.with_sets(1);
    let plan = Plan::new(
        &one,
        PlanOptions {
            level: Level::Lighter,
            ..PlanOptions::default()
        },
    );
    assert_eq!(plan.exercises[1].dose.sets(), 1);
}

#[test]
fn make_it_lighter_re_plans_what_is_left() {
    let routine = routine("sit-to-stand-practice");
    // During set 1 of "Sit to stand" (3 × 8 normal, 2 × 8 lighter: one set fewer).
    let (mut engine, now) = engine_at(
        &routine,
        |k| matches!(k, StepKind::Work(w) if w.exercise == 0 && w.set == 1),
    );
    let events = engine.make_lighter(now);
    assert_eq!(events.last().unwrap().kind, EventKind::MadeLighter);
    // The set under way continues unchanged.
    let StepKind::Work(current) = engine.current_step().kind else {
        panic!()
    };
    assert_eq!((current.set, current.sets), (1, 3));
    let remaining_sets: Vec<(usize, u32, u32)> = engine.plan().steps[engine.step_index() + 1..]
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Work(w) => Some((w.exercise, w.set, w.sets)),
            _ => None,
        })
        .collect();
    assert_eq!(
        remaining_sets,
        [
            (0, 2, 2),
            (1, 1, 1),
            (2, 1, 1),
            (2, 1, 1) // each side
        ]
    );
    assert_eq!(engine.progress().lighter_switches.len(), 1);
    let planned = Plan::new(&routine, PlanOptions::default()).estimated_secs();
    let mut now = now;
    while !engine.is_finished() {
        now += MS * 100;
        engine.tick(now);
        if self_paced_now(&engine) {
            engine.set_done(now);
        }
    }
    assert!(now - secs(10) < secs(u64::from(planned)));
    let done = engine.progress().exercises();
    assert_eq!(done[0].sets_done, 2);
    assert_eq!(done[0].reps_done, 8 + 8);
    // What was planned at the start is kept for the record.
    assert_eq!(done[0].planned, routine.exercises[0].dose);

    // From a rest between exercises: the next exercise and all later ones are lighter,
    // and no second rest follows the one under way.
    let (mut engine, now) = engine_at(&routine, |k| {
        matches!(
            k,
            StepKind::Rest {
                kind: RestKind::BetweenExercises,
                next_exercise: 1,
                ..
            }
        )
    });
    engine.make_lighter(now);
    let next = &engine.plan().steps[engine.step_index() + 1];
    assert!(matches!(next.kind, StepKind::Work(w) if w.exercise == 1 && w.sets == 1));
}

#[test]
fn ending_early_keeps_everything_done_so_far() {
    let routine = routine("sit-to-stand-practice");
    // Part-way through set 2 of "Sit to stand": 3 reps of 7 s done, 4th started.
    let (mut engine, _) = engine_at(
        &routine,
        |k| matches!(k, StepKind::Work(w) if w.exercise == 0 && w.set == 2),
    );
    let start_of_set = {
        let status = engine.status(secs(100_000));
        secs(100_000) - status.elapsed
    };
    let now = start_of_set + secs(3 * 7 + 2);
    let live = engine.progress_at(now);
    assert_eq!(live.work.last().unwrap().reps_done, 3);
    let events = engine.end_early(now, EndReason::TooHot);
    assert_eq!(
        events.last().unwrap().kind,
        EventKind::EndedEarly {
            reason: EndReason::TooHot
        }
    );
    assert!(engine.is_finished());
    assert!(engine.tick(now + secs(600)).is_empty());
    let progress = engine.progress();
    assert_eq!(progress.ended_early, Some(EndReason::TooHot));
    assert!(!progress.completed);
    let done = progress.exercises();
    assert_eq!(done[0].sets_done, 1);
    assert_eq!(done[0].reps_done, 8 + 3);
    assert_eq!(done[0].secs_done, 56 + 23);
    assert_eq!(done[1].sets_done, 0);
    assert_eq!(done[2].sets_done, 0);
    let last = progress.work.last().unwrap();
    assert_eq!((last.set, last.outcome), (2, WorkOutcome::Stopped));
}

#[test]
fn each_side_exercises_alternate_sides_with_a_switch_between() {
    let routine = routine("standing-balance-with-support");
    let plan = Plan::new(&routine, PlanOptions::default());
    let e = &routine.exercises[1];
    assert_eq!(e.sides, Sides::EachSide);
    let kinds: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| s.exercise() == Some(1))
        .map(|s| match &s.kind {
            StepKind::Work(w) => format!("work {} {:?}", w.set, w.side.unwrap()),
            StepKind::SwitchSide { to, .. } => format!("switch {to:?}"),
            StepKind::Rest { kind, .. } => format!("rest {kind:?}"),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "rest BetweenExercises",
            "work 1 Left",
            "switch Right",
            "work 1 Right",
            "rest BetweenSets { after_set: 1 }",
            "work 2 Left",
            "switch Right",
            "work 2 Right",
        ]
    );
}

#[test]
fn next_event_at_is_the_next_cue_or_boundary() {
    let routine = routine("standing-balance-with-support");
    let mut engine = Engine::new(&routine, PlanOptions::default());
    engine.start(secs(5));
    // Get ready (10 s): countdown "3" at 7 s in.
    assert_eq!(engine.next_event_at(), Some(secs(5 + 7)));
    engine.tick(secs(5 + 10));
    // First hold, 30 s: halfway at 15 s.
    assert_eq!(engine.next_event_at(), Some(secs(5 + 10 + 15)));
}
