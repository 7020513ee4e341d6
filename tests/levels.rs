//! Levels and the therapist's words in the app (kittest, by label): the prescription
//! note and the routine's notes at check-in and while getting ready, the load and the
//! position in the player, harder and lighter starts, and a step up offered after the
//! progression rule is met, answered, kept with the session and used next time.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::time::Duration;

use chrono::TimeZone as _;
use common::setup;
use egui_kittest::kittest::Queryable as _;
use steady::history::record::{CheckOut, Finished};
use steady::history::{CheckIn, HistoryStore, SessionRecord};
use steady::paths::DataDir;
use steady::routine::Level;
use steady::session::{Engine, PlanOptions};
use steady::state::Screen;

fn live_level(s: &common::Setup) -> (Level, Level) {
    match &s.app().state.screen {
        Screen::Player(live) => (live.engine.day_level(), live.engine.plan().options.level),
        other => panic!("not in the player but on {}", other.name()),
    }
}

#[test]
fn the_therapists_notes_reach_the_person_at_check_in_and_while_getting_ready() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.harness.get_by_label("From your therapist");
    assert!(s.shows("Use your hands on the armrests whenever you need to."));
    assert!(s.shows("the weaker leg leads first"));
    // Above the ways to start, with the safety notes.
    let notes = s.harness.get_by_label("From your therapist").rect().min.y;
    let start = s.harness.get_by_label("Start session").rect().min.y;
    assert!(notes < start);

    s.click("Start session");
    assert_eq!(s.screen(), "Session");
    // Getting ready: the same words again.
    s.harness.get_by_label("From your therapist");
    assert!(s.shows("Use your hands on the armrests whenever you need to."));
    // The first exercise's own note is its tip.
    assert!(s.shows("Tip: Use the armrests to push up if you need to."));
}

#[test]
fn harder_and_lighter_starts_plan_their_doses_and_the_record_keeps_the_level() {
    let data = tempfile::tempdir().unwrap();
    // The therapist allows harder starts (`max_level: Harder`).
    std::fs::write(
        data.path().join("program.ron"),
        "Program(format: 1, routines: [Prescribed(routine: \"sit-to-stand-practice\", when: TimesAWeek(3), max_level: Harder)])",
    )
    .unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    // The person's level is normal: Start, Start lighter and Start harder.
    s.harness.get_by_label("Start lighter session");
    s.click("Start harder session");
    assert_eq!(live_level(&s), (Level::Harder, Level::Harder));
    match &s.app().state.screen {
        Screen::Player(live) => {
            let record = live.record_so_far(&*s.clock);
            assert_eq!(record.level, Level::Harder);
            assert!(!record.lighter);
            // 3 × 10 with a 2-2-4 tempo: the harder dose.
            assert_eq!(
                live.engine.plan().exercises[0].dose,
                live.engine.routine().exercises[0].harder.unwrap()
            );
        }
        _ => unreachable!(),
    }

    // A routine without harder doses offers no harder start.
    let data = tempfile::tempdir().unwrap();
    let routines = DataDir::at(data.path()).routines();
    std::fs::create_dir_all(&routines).unwrap();
    let text = include_str!("../docs/examples/seated-band-program.ron");
    let without: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("harder:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(routines.join("bands.ron"), without).unwrap();
    let mut s = setup(data.path());
    s.click("Start Seated band program");
    s.harness.get_by_label("Start session");
    assert!(s.harness.query_by_label("Start harder session").is_none());
}

/// Two finished sessions of sit-to-stand practice at effort 3: its rule (2 sessions,
/// effort at most 4) is met.
fn two_easy_sessions(data: &DataDir) {
    let routine = steady::routine::bundled::load_bundled()
        .get("sit-to-stand-practice")
        .unwrap()
        .routine
        .clone();
    assert!(routine.progression.is_some());
    let store = HistoryStore::new(data.history());
    for day in [1, 3] {
        let engine = Engine::new(&routine, PlanOptions::at_level(Level::Normal, 0));
        let progress = engine.progress_at(Duration::ZERO);
        let started = chrono::FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2025, 12, day, 9, 0, 0)
            .unwrap();
        let record = SessionRecord::new(
            &Finished {
                routine: &routine,
                progress: &progress,
                started,
                ended: started + chrono::Duration::minutes(25),
                active_secs: 1200,
                lighter: false,
                level: Level::Normal,
                check_in: CheckIn::default(),
            },
            &CheckOut {
                effort: Some(3),
                fatigue: Some(2),
                note: String::new(),
            },
        );
        store.save(&record).unwrap();
    }
}

#[test]
fn a_step_up_is_offered_after_the_rule_is_met_and_the_answer_is_kept() {
    let data = tempfile::tempdir().unwrap();
    two_easy_sessions(&DataDir::at(data.path()));
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.harness.get_by_label("Ready to step up?");
    assert!(s.shows("Your last 2 sessions were finished with an effort of 4 or less."));
    s.click("Yes, step up");
    assert!(s.shows("From now on: harder doses."));
    assert!(s.harness.query_by_label("Yes, step up").is_none());
    // A second press where the button was does not undo the answer by accident: the
    // answer changes only with its own button.
    s.harness.get_by_label("Change my answer");
    s.click("Start session");
    assert_eq!(live_level(&s), (Level::Harder, Level::Harder));
    let answer = match &s.app().state.screen {
        Screen::Player(live) => live.check_in.progression.unwrap(),
        _ => unreachable!(),
    };
    assert!(answer.accepted);
    assert_eq!((answer.from, answer.to), (Level::Normal, Level::Harder));

    // Stopped now: the record keeps the answer, and the next check-in starts harder.
    s.wait(20);
    s.click("■ Stop");
    s.click("Yes, stop");
    s.click("No time");
    s.click("Save and finish");
    let report = HistoryStore::new(DataDir::at(data.path()).history()).load();
    let last = report
        .records
        .iter()
        .find(|r| r.check_in.progression.is_some())
        .expect("the answer is in history");
    assert_eq!(last.level, Level::Harder);
    assert_eq!(s.screen(), "Home");
    s.click("Start Sit to stand practice");
    assert!(s.shows("Your level: harder doses."));
    assert!(s.harness.query_by_label("Ready to step up?").is_none());
    s.click("Start session");
    assert_eq!(live_level(&s).0, Level::Harder);
}

#[test]
fn not_yet_keeps_the_level() {
    let data = tempfile::tempdir().unwrap();
    two_easy_sessions(&DataDir::at(data.path()));
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.click("Not yet");
    assert!(s.shows("You stay at normal doses."));
    s.click("Start session");
    assert_eq!(live_level(&s), (Level::Normal, Level::Normal));
    match &s.app().state.screen {
        Screen::Player(live) => assert!(!live.check_in.progression.unwrap().accepted),
        _ => unreachable!(),
    }
}

#[test]
fn the_player_shows_the_load_and_a_position_that_differs_from_the_routines() {
    let data = tempfile::tempdir().unwrap();
    let routines = DataDir::at(data.path()).routines();
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/examples/seated-band-program.ron"
        ),
        routines.join("seated-band-program.ron"),
    )
    .unwrap();
    let mut s = setup(data.path());
    s.click("Start Seated band program");
    s.click("Start session");
    assert!(s.shows("With: Yellow band"));
    // The therapist's tempo words.
    s.wait(11);
    s.harness.get_by_label("▶ pull");
    s.harness.get_by_label("release");
    assert!(
        s.harness.query_by_label("Hold").is_none(),
        "a 2-0-3 tempo has no hold"
    );
}
