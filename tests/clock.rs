//! The app follows the one clock: "today", "Today's plan" and "this week" roll over at
//! local midnight while the window stays open, and records are stamped with the local
//! time and offset of the moment, across a daylight-saving change. Driven through
//! egui_kittest with a fake clock in Los Angeles' zone.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::time::Duration;

use chrono::{DateTime, FixedOffset, Utc};
use common::{Setup, setup_with_clock};
use egui_kittest::kittest::Queryable as _;
use steady::clock::FakeClock;
use steady::history::HistoryStore;

const ROUTINE: &str = "Start Sit to stand practice";

/// Los Angeles on the Saturday before clocks spring forward (2026-03-08, 02:00 PST
/// becomes 03:00 PDT, at 10:00 UTC).
fn los_angeles_saturday_night() -> FakeClock {
    let clock =
        FakeClock::starting_at(DateTime::parse_from_rfc3339("2026-03-07T23:50:00-08:00").unwrap());
    clock.change_offset_at(
        DateTime::parse_from_rfc3339("2026-03-08T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc),
        FixedOffset::west_opt(7 * 3600).unwrap(),
    );
    clock
}

/// A short session stopped early and saved: a record stamped by the app's clock.
fn session_stopped_early(s: &mut Setup) {
    s.click(ROUTINE);
    s.click("Start session");
    s.wait(20);
    s.click("■ Stop");
    s.click("Yes, stop");
    s.click("No time");
    s.click("Save and finish");
    assert_eq!(s.screen(), "Home");
}

/// Lets `mins` minutes pass with the window open and idle (frames only).
fn idle(s: &mut Setup, mins: u64) {
    s.clock.advance(Duration::from_secs(mins * 60));
    s.frames();
}

fn card_says(s: &Setup, text: &str) -> bool {
    s.harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn today_due_and_this_week_follow_local_midnight_and_daylight_saving() {
    let data = tempfile::tempdir().unwrap();
    common::give_program(data.path(), &["sit-to-stand-practice"]);
    let mut s = setup_with_clock(data.path(), los_angeles_saturday_night());
    assert_eq!(s.app().state.today.to_string(), "2026-03-07");

    session_stopped_early(&mut s);
    let records = HistoryStore::new(data.path().join("history"))
        .load()
        .records;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].started.offset().local_minus_utc(), -8 * 3600);
    assert_eq!(records[0].started.date_naive().to_string(), "2026-03-07");
    assert!(card_says(&s, "Last done today"));
    s.harness.get_by_label("This week: 1 session");

    // Midnight passes with the window open: Sunday, the same week.
    idle(&mut s, 15);
    assert_eq!(s.app().state.today.to_string(), "2026-03-08");
    assert!(
        card_says(&s, "Last done yesterday"),
        "the card follows the date"
    );
    s.harness.get_by_label("This week: 1 session");

    // 02:00 becomes 03:00: still Sunday; a session now is stamped with the new offset.
    idle(&mut s, 150);
    assert_eq!(s.app().state.today.to_string(), "2026-03-08");
    session_stopped_early(&mut s);
    let records = HistoryStore::new(data.path().join("history"))
        .load()
        .records;
    assert_eq!(records.len(), 2);
    let latest = records.iter().max_by_key(|r| r.started).unwrap();
    assert_eq!(latest.started.offset().local_minus_utc(), -7 * 3600);
    assert_eq!(latest.started.date_naive().to_string(), "2026-03-08");
    assert!(card_says(&s, "Last done today"));
    s.harness.get_by_label("This week: 2 sessions");

    // Monday: a new week, and the routine is due again.
    idle(&mut s, 24 * 60);
    assert_eq!(s.app().state.today.to_string(), "2026-03-09");
    s.harness.get_by_label("This week: no sessions yet");
    assert!(card_says(&s, "planned for today"), "Today follows the date");
}
