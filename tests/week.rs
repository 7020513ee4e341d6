//! Home's "Today" through egui_kittest: a fresh install shows one to three sessions
//! planned for today (not every routine), every routine stays reachable below, and
//! "Not today" moves a session off today once, even when pressed twice.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::setup;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const PLANNED: &str = ", planned for today";

fn planned_today(s: &common::Setup) -> Vec<String> {
    s.harness
        .query_all_by_label_contains(PLANNED)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect()
}

#[test]
fn a_fresh_install_shows_today_with_one_to_three_sessions_and_every_routine_below() {
    let data = tempfile::tempdir().unwrap();
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
    assert!(!s.shows("Due today"), "no routine is marked due any more");
}

#[test]
fn not_today_moves_a_session_once_even_when_pressed_twice() {
    let data = tempfile::tempdir().unwrap();
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
