//! Honest records: a session counts toward the prescription when at least half of its
//! planned sets were done; "active" time is time at work only; the closing words match
//! what happened. Driven through egui_kittest on the fake clock.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::{Setup, setup};
use egui::Key;
use egui_kittest::kittest::Queryable as _;
use steady::history::stats::due_today;
use steady::history::{HistoryStore, Outcome};
use steady::session::progress::EndReason;

fn start(s: &mut Setup, routine: &str) {
    s.click(&format!("Start {routine}"));
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
}

fn sit_to_stand_this_week(s: &Setup) -> u32 {
    let state = &s.app().state;
    due_today(
        &state.history.records,
        "sit-to-stand-practice",
        3,
        state.today,
    )
    .0
}

fn sit_to_stand_due(s: &Setup) -> bool {
    let state = &s.app().state;
    due_today(
        &state.history.records,
        "sit-to-stand-practice",
        3,
        state.today,
    )
    .1
}

fn records(data: &std::path::Path) -> Vec<steady::history::SessionRecord> {
    HistoryStore::new(data.join("history")).load().records
}

#[test]
fn a_session_with_every_set_skipped_is_not_a_session_done() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Sit to stand practice");
    for _ in 0..100 {
        if s.screen() != "Session" {
            break;
        }
        s.key(Key::ArrowRight);
    }
    assert_eq!(s.screen(), "Check-out");
    s.harness.get_by_label("Every set was skipped");
    assert!(!s.shows("Well done"));
    s.click("Save and finish");
    let r = &records(data.path())[0];
    assert_eq!(r.outcome, Outcome::EndedEarly(EndReason::AllSkipped));
    assert!(!r.counts_toward_prescription());
    assert_eq!(r.active_secs, 0, "no work, no active time");
    // Still due: nothing was done.
    assert!(sit_to_stand_due(&s));
}

#[test]
fn a_session_stopped_after_twenty_seconds_does_not_count_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Sit to stand practice");
    // Get ready (10 s), then 12 s into the first set.
    s.wait(22);
    s.click("■ Stop");
    s.click("Yes, stop");
    s.click("Pain");
    s.harness.get_by_label("Session stopped: pain");
    assert!(s.shows("Stopping was the right call."));
    assert!(s.shows("You did 0 of"));
    s.click("Save and finish");
    let r = &records(data.path())[0];
    assert!(!r.counts_toward_prescription());
    // Active time is the 12 s of work, not the get-ready countdown.
    assert_eq!(r.active_secs, 12, "active time is work time only");
    assert_eq!(s.app().state.history.records.len(), 1);
    assert_eq!(sit_to_stand_this_week(&s), 0);
    assert!(sit_to_stand_due(&s));
}

#[test]
fn a_whole_session_counts_and_its_active_time_excludes_rests() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Paced stepping to a beat");
    for _ in 0..60 {
        if s.screen() != "Session" {
            break;
        }
        s.wait(30);
    }
    assert_eq!(s.screen(), "Check-out");
    s.harness.get_by_label("Session done. Well done!");
    s.click("Save and finish");
    let r = &records(data.path())[0];
    assert!(r.counts_toward_prescription());
    let work: u32 = r.exercises.iter().map(|e| e.secs_done).sum();
    let total = u32::try_from((r.ended - r.started).num_seconds()).unwrap();
    assert!(
        r.active_secs >= work && r.active_secs < total,
        "active {} s: at least the {work} s of stepping, less than the {total} s in all",
        r.active_secs
    );
    let state = &s.app().state;
    let (done, _) = due_today(&state.history.records, "paced-stepping", 3, state.today);
    assert_eq!(done, 1);
}
