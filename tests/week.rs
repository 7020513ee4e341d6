//! Home's "Today" through egui_kittest: with a program, one to three sessions planned
//! for today (not every routine), every routine stays reachable below, and "Not today"
//! moves a session off today once, even when pressed twice.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::setup;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const PLANNED: &str = ", planned for today";

/// Five routines of the library, each at its own prescription.
const PROGRAM: [&str; 5] = [
    "seated-leg-strength",
    "morning-stretches-in-bed",
    "relax-and-breathe",
    "standing-balance-with-support",
    "sit-to-stand-practice",
];

fn planned_today(s: &common::Setup) -> Vec<String> {
    s.harness
        .query_all_by_label_contains(PLANNED)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect()
}

#[test]
fn a_program_shows_today_with_one_to_three_sessions_and_every_routine_below() {
    let data = tempfile::tempdir().unwrap();
    common::give_program(data.path(), &PROGRAM);
    let s = setup(data.path());
    assert_eq!(s.screen(), "Home");
    s.harness.get_by_label("Today");
    let today = planned_today(&s);
    assert!((1..=3).contains(&today.len()), "{today:?}");
    s.harness.get_by_label("All routines");
    let library = s.app().state.library.routines.len();
    assert!(library > 3);
    for loaded in &s.app().state.library.routines {
        s.harness
            .get_by_label(&format!("Start {}", loaded.routine.title));
    }
    assert!(!shows(&s, "Due today"), "no routine is marked due any more");
}

#[test]
fn not_today_moves_a_session_once_even_when_pressed_twice() {
    let data = tempfile::tempdir().unwrap();
    common::give_program(data.path(), &PROGRAM);
    let mut s = setup(data.path());
    let before = planned_today(&s);
    let first = before[0]
        .strip_prefix("Start ")
        .unwrap()
        .strip_suffix(PLANNED)
        .unwrap()
        .to_owned();
    let button = format!("Not today: {first} (Steady moves it to another day)");
    s.harness.get_by_label(&button).scroll_to_me();
    s.frames();
    let at = s.centre_of(&button);
    // A shaky double press: the second lands where the next session's button slid.
    s.press_at(at);
    s.press_at(at);
    let after = planned_today(&s);
    assert!(
        !after.iter().any(|l| l.contains(&first)),
        "{first} is off today: {after:?}"
    );
    let put_off = &s.app().state.settings.not_today;
    assert_eq!(put_off.len(), 1, "one press counted: {put_off:?}");
    assert_eq!(put_off[0].day, s.app().state.today);
    // Kept in the settings file, so the plan stays moved after a restart.
    let text = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(text.contains("not_today"), "{text}");
    drop(s);
    let s = setup(data.path());
    assert!(!planned_today(&s).iter().any(|l| l.contains(&first)));
    // The routine is still there to start by choice.
    s.harness.get_by_label(&format!("Start {first}"));
}

/// Whether some text on screen contains `text` (the routine's own notes may too).
fn shows(s: &common::Setup, text: &str) -> bool {
    s.harness.query_all_by_label_contains(text).next().is_some()
}

fn step_is_rest(s: &common::Setup) -> bool {
    match &s.app().state.screen {
        steady::state::Screen::Player(live) => matches!(
            live.engine.current_step().kind,
            steady::session::plan::StepKind::Rest { .. }
        ),
        _ => false,
    }
}

/// Skips (→ key) until a rest, at most `steps` times.
fn skip_to_rest(s: &mut common::Setup, steps: usize) {
    for _ in 0..steps {
        if step_is_rest(s) {
            return;
        }
        s.key(egui::Key::ArrowRight);
    }
    assert!(step_is_rest(s), "a rest within {steps} steps");
}

#[test]
fn a_hot_day_brings_cooling_tips_first_and_a_cool_down_prompt_in_every_rest() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Seated leg strengthening");
    assert!(!shows(&s, "Heat: cool down first"));
    s.click("Feeling hot: Yes");
    s.harness.get_by_label("Heat: cool down first");
    assert!(shows(&s, "not a relapse"));
    assert!(shows(&s, "more than 24 hours"));
    assert!(shows(&s, "cooler part of the day"));
    // The lighter, shorter session comes first.
    let lighter = s.harness.get_by_label("Start lighter session").rect().min.y;
    let normal = s.harness.get_by_label("Start session").rect().min.y;
    assert!(lighter <= normal);
    s.click("Start lighter session");
    assert_eq!(s.screen(), "Session");
    for _ in 0..2 {
        skip_to_rest(&mut s, 20);
        assert!(shows(&s, "Cool down: sip a cold drink"), "in every rest");
        s.key(egui::Key::ArrowRight);
    }
}

#[test]
fn the_heat_sensitive_setting_brings_the_cooling_tips_without_a_hot_day() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Settings");
    s.click("Heat bothers me");
    assert!(s.app().state.settings.heat_sensitive);
    s.click("Home");
    s.click("Start Seated leg strengthening");
    s.harness.get_by_label("Heat: cool down first");
    assert!(!shows(&s, "cooler part of the day"), "that is for hot days");
    s.click("Start session");
    skip_to_rest(&mut s, 20);
    assert!(shows(&s, "Cool down: sip a cold drink"));
}

#[test]
fn fever_means_no_session_today_and_says_when_to_call() {
    let data = tempfile::tempdir().unwrap();
    common::give_program(data.path(), &PROGRAM);
    let mut s = setup(data.path());
    s.click("Start Morning stretches in bed");
    s.click("Applies today: Fever or an infection");
    s.harness.get_by_label("No exercise today");
    assert!(shows(&s, "more than two days"));
    assert!(s.harness.query_by_label("Start session").is_none());
    assert!(s.harness.query_by_label("Start lighter session").is_none());
    s.click("Rest today");
    assert_eq!(s.screen(), "Home");
    let (days, _) = steady::history::DayStore::new(data.path().join("checkins")).load();
    assert_eq!(days[0].check_in.fever, Some(true));
    // Home's Today says so instead of planning sessions.
    s.harness.get_by_label("No exercise today");
    assert!(planned_today(&s).is_empty());
}

#[test]
fn dizziness_rules_out_standing_and_balance_and_a_fall_is_for_the_clinician() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Standing balance with support");
    s.click("Applies today: Feeling dizzy");
    s.harness.get_by_label("Feeling dizzy");
    assert!(s.harness.query_by_label("Start session").is_none());
    s.harness.get_by_label("Rest today");
    s.harness.get_by_label("Seated leg strengthening (lighter)");
    s.click("Applies today: A fall since my last session");
    s.harness.get_by_label("Tell your clinician about the fall");
    s.click("Seated leg strengthening (lighter)");
    match &s.app().state.screen {
        steady::state::Screen::Player(live) => {
            assert_eq!(live.check_in.dizzy, Some(true));
            assert_eq!(live.check_in.fell, Some(true));
        }
        _ => panic!("the seated routine started"),
    }
}

#[test]
fn at_the_planned_time_a_calm_prompt_and_one_desktop_notification() {
    use std::sync::{Arc, Mutex};
    let data = tempfile::tempdir().unwrap();
    common::give_program(data.path(), &PROGRAM);
    // A Monday at 09:50; with no history the first session is planned at 10:00.
    let clock = steady::clock::FakeClock::starting_at(
        chrono::DateTime::parse_from_rfc3339("2026-03-02T09:50:00+01:00").unwrap(),
    );
    let mut s = common::setup_with_clock(data.path(), clock);
    let sent: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = Arc::clone(&sent);
    s.harness
        .state_mut()
        .set_notifier(Arc::new(move |title, _| log.lock().unwrap().push(title)));
    s.frames();
    assert!(!shows(&s, "Time for"));
    assert!(sent.lock().unwrap().is_empty());

    s.clock.advance(std::time::Duration::from_secs(10 * 60));
    s.frames();
    s.frames();
    let title = planned_today(&s)[0]
        .strip_prefix("Start ")
        .unwrap()
        .strip_suffix(PLANNED)
        .unwrap()
        .to_owned();
    s.harness.get_by_label(&format!("Time for {title}"));
    assert_eq!(*sent.lock().unwrap(), vec![format!("Time for {title}")]);
    s.click("Later");
    assert!(!shows(&s, "Time for"));
    s.frames();
    assert_eq!(sent.lock().unwrap().len(), 1, "one notification only");

    // Turned off in Settings: no prompt at the next planned time.
    s.click("Settings");
    s.click("Remind me");
    assert!(!s.app().state.settings.reminders);
}
