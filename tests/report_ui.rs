//! The paper documents from the window: Review's period choice, "Report for my
//! clinician" saved through the typed path (never over a file), the clinician in
//! Settings, and "Print handout" on a routine's card.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use chrono::TimeZone as _;
use common::setup_with_clock;
use steady::clock::FakeClock;
use steady::history::stats::Period;
use steady::history::{DayStore, HistoryStore};
use steady::routine::bundled::load_bundled_in;

#[test]
fn review_looks_back_a_chosen_period_and_saves_the_report_and_a_handout() {
    let data = tempfile::tempdir().unwrap();
    let offset = chrono::FixedOffset::east_opt(3600).unwrap();
    let now = offset.with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap();
    let routines: Vec<_> = load_bundled_in("en")
        .routines
        .into_iter()
        .map(|l| l.routine)
        .filter(|r| r.id == "seated-leg-strength" || r.id == "paced-stepping")
        .collect();
    let (records, days) =
        steady::history::sample::sample_history(&routines, 52, now.date_naive(), offset, 7);
    let store = HistoryStore::new(data.path().join("history"));
    for r in records.iter().filter(|r| r.started <= now) {
        store.save(r).unwrap();
    }
    let day_store = DayStore::new(data.path().join("checkins"));
    for d in days.iter().filter(|d| d.at <= now) {
        day_store.save(d).unwrap();
    }
    let mut s = setup_with_clock(data.path(), FakeClock::starting_at(now));
    s.harness.state_mut().wait_for_history();
    s.frames();
    s.click("Review");
    assert_eq!(s.app().state.documents.period, Period::Weeks12);
    assert!(s.shows("Week by week"));
    s.click("A year");
    assert_eq!(s.app().state.documents.period, Period::Year);
    assert!(s.shows("Month by month"));

    // The report over the year, saved where the person typed.
    let out = data.path().join("for-the-clinic.html");
    s.click("Report for my clinician");
    s.type_into("Where to save the document", out.to_str().unwrap());
    s.click("Save the file");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("id=\"report-adherence\""));
    assert!(html.contains("Month"), "a year is shown by month");
    assert!(s.shows("Saved:"));
    // Never over an existing file: the same path is refused, and the file stays.
    s.click("Report for my clinician");
    s.type_into("Where to save the document", out.to_str().unwrap());
    s.click("Save the file");
    assert!(s.shows("already exists"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
    s.click("Cancel");

    // The clinician, kept in Settings, is on the handout.
    s.click("Settings");
    s.type_into("Your clinician's name", "Dr. Ada <Example>");
    s.type_into("Your clinician's phone number", "+49 30 1234567");
    s.click("Keep");
    assert_eq!(s.app().state.settings.clinician_name, "Dr. Ada <Example>");
    let settings = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(settings.contains("+49 30 1234567"), "{settings}");

    s.click("Routines");
    let handout = data.path().join("legs.html");
    s.click("Print a handout of Seated leg strengthening");
    s.type_into("Where to save the document", handout.to_str().unwrap());
    s.click("Save the file");
    let html = std::fs::read_to_string(&handout).unwrap();
    assert!(html.contains("Dr. Ada &lt;Example&gt;"));
    assert!(html.contains("+49 30 1234567"));
    assert!(html.contains("Seated leg strengthening"));
    // The card says where it went (the panel has closed).
    assert!(
        s.shows("Saved:"),
        "the routines screen confirms the handout"
    );
}
