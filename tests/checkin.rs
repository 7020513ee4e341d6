//! The check-in's safety flow: safety notes come first; after "new or worse weakness"
//! nothing starts a standing session; resting today keeps the answers as a day record,
//! shown in Review and the CSV.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::setup;
use egui_kittest::kittest::Queryable as _;
use steady::history::DayStore;

#[test]
fn safety_notes_come_before_any_way_to_start() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    let safety = s.harness.get_by_label("Safety").rect().min.y;
    for start in ["Start session", "Start session", "Start lighter session"] {
        let y = s.harness.get_by_label(start).rect().min.y;
        assert!(safety < y, "{start} comes before the safety notes");
    }
}

#[test]
fn new_weakness_offers_rest_or_a_seated_routine_and_no_standing_session() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.click("New weakness: Yes");
    // Nothing starts the full session any more.
    assert!(s.harness.query_by_label("Start session").is_none());
    assert!(s.harness.query_by_label("Start lighter session").is_none());
    assert!(
        s.harness
            .query_by_label("Continue with the lighter session")
            .is_none()
    );
    s.harness.get_by_label("Rest today");
    // Seated or lying routines are offered, lighter.
    s.harness.get_by_label("Seated leg strengthening (lighter)");
    s.harness.get_by_label("Morning stretches in bed (lighter)");
    assert!(
        s.harness
            .query_by_label("Standing balance with support (lighter)")
            .is_none()
    );
    s.click("Seated leg strengthening (lighter)");
    assert_eq!(s.screen(), "Session");
    match &s.app().state.screen {
        steady::state::Screen::Player(live) => {
            assert_eq!(live.engine.routine().id, "seated-leg-strength");
            assert!(live.engine.plan().options.lighter());
            assert_eq!(live.check_in.new_weakness, Some(true));
        }
        _ => panic!(),
    }
}

#[test]
fn resting_today_keeps_the_answers_as_a_day_record_in_review_and_the_csv() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.click("Energy low");
    s.click("New weakness: Yes");
    s.click("Rest today");
    assert_eq!(s.screen(), "Home");
    let (days, problems) = DayStore::new(data.path().join("checkins")).load();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].check_in.new_weakness, Some(true));
    assert_eq!(days[0].routine_id, "sit-to-stand-practice");

    // "Skip today" without new weakness is kept too (a lying routine: after new
    // weakness today Home offers no standing one).
    s.click("Start Morning stretches in bed");
    s.click("Skip today");
    let (days, _) = DayStore::new(data.path().join("checkins")).load();
    assert_eq!(days.len(), 2);

    s.click("Review");
    s.harness.get_by_label("Rest days");
    assert!(s.shows("rested. Energy low, feeling hot not answered, new weakness yes"));

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "export",
            "--csv",
            "--days",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let csv = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[0].contains("day_id,routine_id,checked_in,energy,feeling_hot,new_weakness"));
    assert!(csv.contains("sit-to-stand-practice"));
    assert!(csv.contains(",low,,true"));
}
