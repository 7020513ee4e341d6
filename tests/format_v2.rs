//! Routine format 2: the physiotherapist's two programs load without a workaround and
//! plan as written (a zero tempo hold, tempo words, loads, a Timed dose, sides one after
//! the other with a first side and a switch time, a per-exercise position); levels and
//! the progression rule (fake dates, no clock); the clinical cautions.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone as _};
use steady::history::levels::{Offer, ProgressionAnswer, StepDownReason, current_level, offer};
use steady::history::record::{CheckOut, Finished};
use steady::history::{CheckIn, Outcome, SessionRecord};
use steady::routine::{
    Dose, FORMAT_VERSION, Level, Origin, Position, Routine, Severity, Side, Sides, parse_routine,
};
use steady::session::plan::{Activity, Lightening, StepKind};
use steady::session::{EndReason, Engine, EventKind, Plan, PlanOptions};

const KITCHEN: &str = include_str!("../docs/examples/kitchen-counter-balance.ron");
const BANDS: &str = include_str!("../docs/examples/seated-band-program.ron");

fn load(text: &str) -> (Routine, Vec<String>) {
    let origin = Origin::File(PathBuf::from("example.ron"));
    let parsed = parse_routine(&origin, text.as_bytes())
        .unwrap_or_else(|problems| panic!("does not load: {problems:#?}"));
    let warnings = parsed.warnings.iter().map(ToString::to_string).collect();
    (parsed.routine, warnings)
}

#[test]
fn the_therapists_programs_load_in_format_2_without_a_warning() {
    for text in [KITCHEN, BANDS] {
        let (routine, warnings) = load(text);
        assert_eq!(routine.format, 2);
        assert!(
            routine.format <= FORMAT_VERSION,
            "format 2 files keep loading"
        );
        assert!(warnings.is_empty(), "{}: {warnings:#?}", routine.id);
        assert!(routine.progression.is_some());
        // Written back by the editor, the file reads back the same.
        let again = steady::routine::to_ron_string(&routine).unwrap();
        assert_eq!(load(&again).0, routine);
    }
}

#[test]
fn a_continuous_band_tempo_has_no_hold_cue_and_uses_the_therapists_words() {
    let (routine, _) = load(BANDS);
    let row = &routine.exercises[0];
    assert_eq!(row.load.as_deref(), Some("Yellow band"));
    assert_eq!(row.tempo_words.as_ref().unwrap().up, "pull");
    let plan = Plan::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    assert_eq!(plan.exercises[0].load.as_deref(), Some("Yellow band"));
    assert_eq!(
        plan.exercises[0].tempo_words.as_ref().unwrap().down,
        "release"
    );

    let mut engine = Engine::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    let mut kinds = engine.start(Duration::ZERO);
    // The first set: 12 reps of 2 + 0 + 3 s.
    kinds.extend(engine.tick(Duration::from_secs(59)));
    let kinds: Vec<EventKind> = kinds.into_iter().map(|e| e.kind).collect();
    let count = |k: &EventKind| kinds.iter().filter(|e| *e == k).count();
    assert_eq!(count(&EventKind::TempoUp), 12);
    assert_eq!(count(&EventKind::TempoDown), 12);
    assert_eq!(count(&EventKind::TempoHold), 0, "no hold in a 2-0-3 tempo");
}

#[test]
fn all_sets_on_one_side_then_the_other_with_the_first_side_and_switch_time_written() {
    let (routine, _) = load(KITCHEN);
    let stance = &routine.exercises[1];
    assert_eq!(stance.sides, Sides::OneSideThenOther);
    let plan = Plan::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    let steps: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| s.exercise() == Some(1))
        .map(|s| match &s.kind {
            StepKind::Work(w) => format!("set {} {:?}", w.set, w.side.unwrap()),
            StepKind::SwitchSide { to, .. } => format!("switch to {to:?} ({} s)", s.secs.unwrap()),
            StepKind::Rest { .. } => "rest".to_owned(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        steps,
        [
            "rest",
            "set 1 Right",
            "rest",
            "set 2 Right",
            "switch to Left (15 s)",
            "set 1 Left",
            "rest",
            "set 2 Left",
        ]
    );
    // The progress counts a set done when both sides did it.
    let mut engine = Engine::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    engine.start(Duration::ZERO);
    let mut t = Duration::ZERO;
    while !engine.is_finished() {
        t += Duration::from_secs(1);
        engine.tick(t);
        if t > Duration::from_secs(3600) {
            engine.set_done(t);
        }
        assert!(t < Duration::from_secs(7200), "the session never ends");
    }
    let done = engine.progress_at(t).exercises();
    assert_eq!(done[1].sets_done, 2);
}

#[test]
fn a_timed_dose_is_timed_work_with_a_halfway_cue_and_an_effort_target() {
    let (routine, _) = load(BANDS);
    let plan = Plan::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    let marching = plan
        .steps
        .iter()
        .find_map(|s| match &s.kind {
            StepKind::Work(w) if w.exercise == 2 => Some((w.activity, s.secs)),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        marching,
        (
            Activity::Timed {
                secs: 180,
                effort: Some(4)
            },
            Some(180)
        )
    );
    assert_eq!(
        routine.exercises[2].dose.describe(),
        "1 round of 3 min, effort about 4 of 10"
    );
}

#[test]
fn a_step_up_in_a_seated_routine_is_standing_work() {
    let (routine, _) = load(KITCHEN);
    assert_eq!(routine.position_of(&routine.exercises[0]), Position::Seated);
    assert_eq!(
        routine.position_of(&routine.exercises[1]),
        Position::StandingWithSupport
    );
    let mut seated = routine.clone();
    seated.position = Position::Seated;
    seated.focus = vec![steady::routine::Focus::Balance];
    for e in &mut seated.exercises {
        e.position = None;
    }
    assert!(seated.stays_seated_or_lying());
    seated.exercises[1].position = Some(Position::Standing);
    assert!(
        !seated.stays_seated_or_lying(),
        "one standing exercise makes the routine standing work"
    );
}

#[test]
fn each_level_plans_its_own_dose() {
    let (routine, _) = load(KITCHEN);
    let at = |level| Plan::new(&routine, PlanOptions::at_level(level, 0));
    let (lighter, normal, harder) = (at(Level::Lighter), at(Level::Normal), at(Level::Harder));
    assert_eq!(
        harder.exercises[0].dose,
        routine.exercises[0].harder.unwrap()
    );
    assert_eq!(harder.exercises[0].lightening, Lightening::HarderVariant);
    assert_eq!(
        lighter.exercises[0].dose,
        routine.exercises[0].lighter.unwrap()
    );
    assert!(lighter.estimated_secs() < normal.estimated_secs());
    assert!(normal.estimated_secs() < harder.estimated_secs());
    // An exercise without a harder dose keeps its normal one on a harder day.
    let mut some = routine.clone();
    some.exercises[2].harder = None;
    let plan = Plan::new(&some, PlanOptions::at_level(Level::Harder, 0));
    assert_eq!(plan.exercises[2].dose, some.exercises[2].dose);
    assert_eq!(plan.exercises[2].lightening, Lightening::None);
}

#[test]
fn make_it_lighter_on_a_harder_day_and_back_returns_to_the_harder_dose() {
    let (routine, _) = load(KITCHEN);
    let mut engine = Engine::new(&routine, PlanOptions::at_level(Level::Harder, 0));
    engine.start(Duration::ZERO);
    engine.make_lighter(Duration::from_secs(1));
    assert_eq!(engine.plan().options.level, Level::Lighter);
    assert!(engine.can_go_back_to_normal());
    engine.back_to_normal(Duration::from_secs(2));
    assert_eq!(engine.plan().options.level, Level::Harder);
    assert_eq!(engine.day_level(), Level::Harder);
}

// ---- levels and progression ----

fn day(n: i64) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .unwrap()
        + chrono::Duration::days(n)
}

/// A session of `routine` on day `n`, at `level`, with how it went.
fn session(
    routine: &Routine,
    n: i64,
    level: Level,
    outcome: Outcome,
    effort: u8,
    fatigue: u8,
    answer: Option<ProgressionAnswer>,
) -> SessionRecord {
    let engine = Engine::new(routine, PlanOptions::at_level(level, 0));
    let progress = engine.progress_at(Duration::ZERO);
    let mut record = SessionRecord::new(
        &Finished {
            routine,
            progress: &progress,
            started: day(n),
            ended: day(n) + chrono::Duration::minutes(20),
            active_secs: 900,
            lighter: level == Level::Lighter,
            level,
            check_in: CheckIn {
                progression: answer,
                ..CheckIn::default()
            },
        },
        &CheckOut {
            effort: Some(effort),
            fatigue: Some(fatigue),
            note: String::new(),
        },
    );
    record.outcome = outcome;
    record
}

const DONE: Outcome = Outcome::Completed;

#[test]
fn a_step_up_is_offered_once_the_rule_is_met_and_the_answer_is_kept() {
    let (routine, _) = load(KITCHEN); // 2 sessions in a row, effort ≤ 4.
    let mut records = vec![session(&routine, 0, Level::Normal, DONE, 4, 3, None)];
    assert_eq!(offer(&routine, &records), None, "one session is not enough");
    records.push(session(&routine, 2, Level::Normal, DONE, 5, 3, None));
    assert_eq!(
        offer(&routine, &records),
        None,
        "effort 5 is above the rule"
    );
    records.push(session(&routine, 4, Level::Normal, DONE, 3, 3, None));
    assert_eq!(offer(&routine, &records), None, "the streak restarted at 5");
    records.push(session(&routine, 6, Level::Normal, DONE, 2, 3, None));
    let up = offer(&routine, &records).unwrap();
    assert_eq!(
        up,
        Offer::StepUp {
            from: Level::Normal,
            to: Level::Harder,
            sessions: 2,
            max_effort: 4
        }
    );
    assert_eq!(current_level(&records, &routine.id), Level::Normal);

    // "Not yet": recorded, the count starts again, the level stays.
    records.push(session(
        &routine,
        8,
        Level::Normal,
        DONE,
        2,
        2,
        Some(up.answer(false)),
    ));
    assert_eq!(current_level(&records, &routine.id), Level::Normal);
    assert_eq!(offer(&routine, &records), None);
    records.push(session(&routine, 10, Level::Normal, DONE, 2, 2, None));
    assert_eq!(
        offer(&routine, &records),
        Some(up),
        "two more after the answer"
    );

    // "Yes": the person's level is harder from then on; nothing more to offer up.
    records.push(session(
        &routine,
        12,
        Level::Harder,
        DONE,
        4,
        3,
        Some(up.answer(true)),
    ));
    assert_eq!(current_level(&records, &routine.id), Level::Harder);
    records.push(session(&routine, 14, Level::Harder, DONE, 1, 1, None));
    records.push(session(&routine, 16, Level::Harder, DONE, 1, 1, None));
    assert_eq!(offer(&routine, &records), None, "harder is the top");
    // Other routines keep their own level.
    assert_eq!(
        current_level(&records, "seated-band-program"),
        Level::Normal
    );
}

#[test]
fn lighter_days_and_early_ends_do_not_count_toward_a_step_up() {
    let (routine, _) = load(KITCHEN);
    let tired = Outcome::EndedEarly(EndReason::Tired);
    let records = [
        session(&routine, 0, Level::Normal, DONE, 3, 3, None),
        session(&routine, 2, Level::Normal, tired, 3, 3, None),
    ];
    assert_eq!(offer(&routine, &records), None);
    let records = [
        session(&routine, 0, Level::Normal, DONE, 3, 3, None),
        session(&routine, 2, Level::Lighter, DONE, 3, 3, None),
    ];
    assert_eq!(offer(&routine, &records), None);
    // Without a rule there is no step up from normal.
    let mut no_rule = routine.clone();
    no_rule.progression = None;
    let records = [
        session(&no_rule, 0, Level::Normal, DONE, 1, 1, None),
        session(&no_rule, 2, Level::Normal, DONE, 1, 1, None),
    ];
    assert_eq!(offer(&no_rule, &records), None);
}

#[test]
fn pain_or_heavy_fatigue_offers_a_step_down_and_the_way_back_follows_the_rule() {
    let (routine, _) = load(BANDS);
    let pain = Outcome::EndedEarly(EndReason::Pain);
    let mut records = vec![session(&routine, 0, Level::Normal, pain, 6, 5, None)];
    let down = offer(&routine, &records).unwrap();
    assert_eq!(
        down,
        Offer::StepDown {
            from: Level::Normal,
            to: Level::Lighter,
            because: StepDownReason::Pain
        }
    );
    let heavy = [session(&routine, 0, Level::Normal, DONE, 6, 8, None)];
    assert!(matches!(
        offer(&routine, &heavy),
        Some(Offer::StepDown {
            because: StepDownReason::Fatigue(8),
            ..
        })
    ));
    // Accepted: lighter from now on; three easy sessions (the rule) offer normal again.
    records.push(session(
        &routine,
        2,
        Level::Lighter,
        DONE,
        3,
        3,
        Some(down.answer(true)),
    ));
    assert_eq!(current_level(&records, &routine.id), Level::Lighter);
    // The session of the answer counts: it came after it.
    records.push(session(&routine, 4, Level::Lighter, DONE, 3, 3, None));
    assert_eq!(offer(&routine, &records), None);
    records.push(session(&routine, 6, Level::Lighter, DONE, 3, 3, None));
    assert_eq!(
        offer(&routine, &records).map(Offer::to),
        Some(Level::Normal)
    );
    // At the lightest level there is no step down, whatever happened.
    records.push(session(
        &routine,
        10,
        Level::Lighter,
        pain,
        3,
        3,
        Some(
            Offer::StepUp {
                from: Level::Lighter,
                to: Level::Normal,
                sessions: 3,
                max_effort: 5,
            }
            .answer(false),
        ),
    ));
    records.push(session(&routine, 12, Level::Lighter, pain, 3, 9, None));
    assert_eq!(offer(&routine, &records), None);
}

#[test]
fn a_record_keeps_its_level_and_the_answer_and_old_records_read_as_normal() {
    let (routine, _) = load(KITCHEN);
    let up = Offer::StepUp {
        from: Level::Normal,
        to: Level::Harder,
        sessions: 2,
        max_effort: 4,
    };
    let record = session(
        &routine,
        0,
        Level::Harder,
        DONE,
        3,
        3,
        Some(up.answer(true)),
    );
    let normal = session(&routine, 2, Level::Normal, DONE, 3, 3, None);
    let dir = tempfile::tempdir().unwrap();
    let store = steady::history::HistoryStore::new(dir.path());
    let text_of = |r: &SessionRecord| std::fs::read_to_string(store.save(r).unwrap()).unwrap();
    let text = text_of(&record);
    assert!(text.contains("level: Harder"), "{text}");
    assert!(text.contains("accepted: true"), "{text}");
    // A normal session without an offer writes neither (older Steadys read it).
    let text = text_of(&normal);
    assert!(!text.contains("level:"), "{text}");
    assert!(!text.contains("progression"), "{text}");
    let report = store.load();
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.records.len(), 2);
    assert!(report.records.contains(&record));
    assert!(report.records.contains(&normal));
    assert_eq!(current_level(&report.records, &routine.id), Level::Harder);
}

// ---- clinical cautions ----

#[test]
fn an_unsafe_but_valid_routine_loads_with_a_warning_for_each_risk() {
    let text = r#"Routine(
        format: 2,
        id: "too-much",
        title: "Too much",
        focus: [Balance, Strength],
        position: Standing,
        prescription: Prescription(times_per_week: 14),
        rest_between_exercises_secs: 0,
        exercises: [
            Exercise(
                name: "Single-leg stance, eyes closed",
                steps: ["Stand on one leg and close your eyes."],
                dose: Hold(sets: 10, hold_secs: 600),
            ),
            Exercise(
                name: "Squats",
                steps: ["Squat."],
                dose: Reps(sets: 10, reps: 50),
            ),
        ],
    )"#;
    let (routine, warnings) = load(text);
    assert_eq!(routine.id, "too-much");
    let all = warnings.join("\n");
    for expected in [
        "more than 60 min",
        "A hold of 600 s is longer than 120 s",
        "standing work but no safety notes",
        "Strength work 14 times a week",
        "\"Squats\" has several sets and no rest",
        "\"Squats\" has 500 reps in all",
    ] {
        assert!(all.contains(expected), "no warning {expected:?} in:\n{all}");
    }
    assert!(warnings.iter().all(|w| w.contains("warning:")), "{all}");
    // None of them stop the routine: it is a warning for the therapist, not an error.
    let origin = Origin::File(PathBuf::from("example.ron"));
    let parsed = parse_routine(&origin, text.as_bytes()).unwrap();
    assert!(
        parsed
            .warnings
            .iter()
            .all(|p| p.severity == Severity::Warning)
    );
}

#[test]
fn every_bundled_routine_is_free_of_cautions() {
    for loaded in steady::routine::bundled::load_bundled().routines {
        let cautions = steady::routine::validate::cautions(&loaded.routine);
        assert!(cautions.is_empty(), "{}: {cautions:#?}", loaded.routine.id);
    }
}

#[test]
fn the_first_side_is_honoured_when_sides_take_turns_in_every_set() {
    let (mut routine, _) = load(BANDS);
    routine.exercises[1].first_side = Side::Right;
    let plan = Plan::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    let sides: Vec<Side> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Work(w) if w.exercise == 1 => w.side,
            _ => None,
        })
        .collect();
    assert_eq!(sides, [Side::Right, Side::Left, Side::Right, Side::Left]);
    let _ = Dose::Timed {
        sets: 1,
        work_secs: 10,
        effort: None,
    };
}
