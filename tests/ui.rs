//! The desktop app driven through egui_kittest, as a person would use it: by the names
//! of the controls, with the mouse and with the keyboard alone. The harness runs the
//! real `SteadyApp` (its state, its command handler, its history store) with a fake
//! clock and a sound device that records what it was asked to play.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::time::Duration;

use common::{Setup, setup};
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::history::{HistoryStore, Outcome};
use steady::session::State;
use steady::session::progress::EndReason;
use steady::state::Screen;

#[test]
fn a_whole_session_with_the_mouse_from_home_and_back() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    assert_eq!(s.screen(), "Home");
    s.harness.get_by_label("This week: no sessions yet");

    s.click("Start Sit to stand practice");
    assert_eq!(s.screen(), "Check-in");
    s.harness
        .get_by_label_contains("Put the chair against a wall");
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
    assert_eq!(s.engine_state(), State::Running);
    s.harness.get_by_label("GET READY");

    // Pause: time stands still; resume.
    s.wait(3);
    let before = s.remaining();
    s.click("❚❚ Pause");
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    s.harness.get_by_label("PAUSED");
    s.wait(60);
    assert_eq!(s.remaining(), before);
    s.click("▶ Resume");
    assert_eq!(s.engine_state(), State::Running);

    // More rest before the first exercise.
    s.click("+30 s rest");
    assert_eq!(s.remaining(), before + Duration::from_secs(30));

    // Into the first set: the clock drives the engine, and cues are played.
    s.wait(40);
    s.harness.get_by_label("Sit to stand");
    s.harness.get_by_label_contains("Rep 1 of 8");
    // The fake device counts on the sound thread: wait for it, do not race it.
    assert!(s.wait_for_cues(1), "cues were played");

    s.click("Make it lighter");
    match &s.app().state.screen {
        Screen::Player(live) => assert!(live.engine.plan().options.lighter()),
        _ => panic!(),
    }
    assert!(s.harness.query_by_label("Make it lighter").is_none());
    s.harness.get_by_label("Back to normal dose");

    // Stop early, with a reason.
    s.click("■ Stop");
    s.harness.get_by_label("Stop the session?");
    assert!(
        matches!(s.engine_state(), State::Paused { .. }),
        "paused while asking"
    );
    s.click("Yes, stop");
    s.harness.get_by_label("Why are you stopping?");
    s.click("Too hot");
    assert_eq!(s.screen(), "Check-out");
    s.harness.get_by_label("Session stopped: too hot");

    // Check-out.
    s.click("Effort 5, somewhat hard");
    s.click("Fatigue 3, a little tired");
    s.harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .focus();
    s.harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Warm room today.");
    s.frames();
    s.click("Save and finish");
    assert_eq!(s.screen(), "Home");
    s.harness.get_by_label("This week: 1 session");

    // The record is on disk, with what happened.
    let history = HistoryStore::new(data.path().join("history")).load();
    assert!(history.problems.is_empty());
    assert_eq!(history.records.len(), 1);
    let record = &history.records[0];
    assert_eq!(record.routine_id, "sit-to-stand-practice");
    assert_eq!(record.outcome, Outcome::EndedEarly(EndReason::TooHot));
    assert_eq!((record.effort, record.fatigue), (Some(5), Some(3)));
    assert_eq!(record.note, "Warm room today.");
    assert_eq!(
        record.pauses, 2,
        "the pause, and the pause while asking to stop"
    );
    assert!(record.lighter);
    assert_eq!(record.exercises[0].reps_done, 0);
    // And Home says when it was last done.
    s.harness.get_by_label_contains("Last done today");
}

#[test]
fn the_same_session_from_the_keyboard_alone() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    // Tab to the first card's Start button and press Enter.
    for _ in 0..20 {
        s.key(Key::Tab);
        if s.harness
            .get_by_label("Start Morning stretches in bed")
            .is_focused()
        {
            break;
        }
    }
    s.key(Key::Enter);
    assert_eq!(s.screen(), "Check-in");
    for _ in 0..20 {
        s.key(Key::Tab);
        if s.harness.get_by_label("Start session").is_focused() {
            break;
        }
    }
    s.key(Key::Enter);
    assert_eq!(s.screen(), "Session");

    s.key(Key::Space);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    s.key(Key::Space);
    assert_eq!(s.engine_state(), State::Running);

    let step = |s: &Setup| match &s.app().state.screen {
        Screen::Player(live) => live.engine.step_index(),
        _ => panic!(),
    };
    s.key(Key::ArrowRight);
    assert_eq!(step(&s), 1);
    s.key(Key::ArrowRight);
    assert_eq!(step(&s), 2);
    s.key(Key::ArrowLeft);
    assert_eq!(step(&s), 1);

    // Esc asks first; Esc again keeps going.
    s.key(Key::Escape);
    s.harness.get_by_label("Stop the session?");
    s.key(Key::Escape);
    assert_eq!(s.engine_state(), State::Running);
    // Esc, then Tab to "Yes, stop" and Enter; then 1 for "Too tired".
    s.key(Key::Escape);
    for _ in 0..10 {
        s.key(Key::Tab);
        if s.harness.get_by_label("Yes, stop").is_focused() {
            break;
        }
    }
    s.key(Key::Enter);
    s.harness.get_by_label("Why are you stopping?");
    s.key(Key::Num1);
    assert_eq!(s.screen(), "Check-out");
    // Everything on check-out is reachable with Tab.
    let mut reached = false;
    for _ in 0..40 {
        s.key(Key::Tab);
        if s.harness.get_by_label("Save and finish").is_focused() {
            reached = true;
            break;
        }
    }
    assert!(reached, "Save and finish is reachable with Tab");
    s.key(Key::Enter);
    assert_eq!(s.screen(), "Home");
    s.harness.get_by_label("This week: 1 session");
}

#[test]
fn set_done_ends_a_self_paced_set_from_the_button_and_from_enter() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Sit to stand practice");
    s.click("Start session");
    // Skip to the first self-paced set: "Sit to stand at your own pace".
    // "Set done" is always in its place, enabled only in a self-paced set.
    let set_done_enabled = |s: &Setup| {
        !s.harness
            .get_by_label("✔ Set done")
            .accesskit_node()
            .is_disabled()
    };
    assert!(!set_done_enabled(&s), "not in get ready");
    for _ in 0..20 {
        if set_done_enabled(&s) {
            break;
        }
        s.key(Key::ArrowRight);
    }
    let index = |s: &Setup| match &s.app().state.screen {
        Screen::Player(live) => live.engine.step_index(),
        _ => panic!(),
    };
    let before = index(&s);
    s.click("✔ Set done");
    assert_eq!(index(&s), before + 1);
    // Through the rest, to the second self-paced set; Enter ends it.
    s.key(Key::ArrowRight);
    assert!(set_done_enabled(&s));
    let before = index(&s);
    s.key(Key::Enter);
    assert_eq!(index(&s), before + 1);
}

#[test]
fn check_in_offers_a_lighter_session_and_a_clinician_note() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Start Core and hip stability");
    assert!(s.harness.query_by_label("Take it easy today").is_none());
    s.click("Feeling hot: Yes");
    s.harness.get_by_label("Take it easy today");
    s.harness.get_by_label_contains("cool, damp cloth");
    s.click("New weakness: Yes");
    s.harness.get_by_label("Please check with your clinician");
    assert!(
        s.harness.query_by_label("Start session").is_none(),
        "only the lighter session is offered"
    );
    s.click("Continue with the lighter session");
    match &s.app().state.screen {
        Screen::Player(live) => {
            assert!(live.engine.plan().options.lighter());
            assert_eq!(live.check_in.new_weakness, Some(true));
        }
        other => panic!("on {}", other.name()),
    }

    // "Rest today" goes home without a session.
    let mut s = setup(data.path());
    s.click("Start Core and hip stability");
    s.click("New weakness: Yes");
    s.click("Rest today");
    assert_eq!(s.screen(), "Home");
}

#[test]
fn settings_apply_at_once_and_are_remembered() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Settings");
    s.click("Larger text");
    s.click("Larger text");
    s.click("High contrast");
    s.click("Countdown 5 s");
    assert_eq!(s.app().state.settings.text_scale_percent, 120);
    assert!(
        (s.harness.ctx.zoom_factor() - 1.2).abs() < 1e-6,
        "applied at once"
    );
    s.click("200 %");
    assert!((s.harness.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    drop(s);
    // A new start reads them back.
    let s = setup(data.path());
    let settings = &s.app().state.settings;
    assert_eq!(settings.text_scale_percent, 200);
    assert_eq!(settings.theme, steady::state::Theme::HighContrast);
    assert_eq!(settings.get_ready_secs, 5);
}

#[test]
fn an_unreadable_settings_file_is_reported_and_kept() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.ron"),
        "(text_scale_percent: lots)",
    )
    .unwrap();
    let mut s = setup(data.path());
    s.harness
        .get_by_label_contains("Your settings could not be read");
    s.click("Settings");
    s.click("Larger text");
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.ron.unreadable-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the old file was set aside, not overwritten");
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).unwrap(),
        "(text_scale_percent: lots)"
    );
}

#[test]
fn every_target_is_at_least_44_points_and_has_a_name() {
    // kittest fails on any interactive widget without a name; here every button on
    // every screen is also measured.
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let check = |s: &Setup, screen: &str| {
        let buttons = s.harness.query_all_by_role(egui::accesskit::Role::Button);
        let boxes = s.harness.query_all_by_role(egui::accesskit::Role::CheckBox);
        for node in buttons.chain(boxes) {
            let rect = node.rect();
            assert!(
                rect.width() >= 43.9 && rect.height() >= 43.9,
                "{screen}: {:?} is {}×{}",
                node.accesskit_node().label(),
                rect.width(),
                rect.height()
            );
        }
    };
    check(&s, "Home");
    s.click("Start Sit to stand practice");
    check(&s, "Check-in");
    s.click("Start session");
    check(&s, "Session");
    s.click("■ Stop");
    check(&s, "Stop");
    s.click("Yes, stop");
    check(&s, "Reason");
    s.click("No time");
    check(&s, "Check-out");
    s.click("Save and finish");
    s.click("Settings");
    check(&s, "Settings");
    s.click("Routines");
    check(&s, "Routines");
    s.click("Make a copy of Seated leg strengthening to edit");
    check(&s, "Editor");
    s.click("Close editor");
    s.click("Export Seated leg strengthening (copy)");
    s.click("Import…");
    check(&s, "Routines with export and import open");
}

#[test]
fn a_finished_session_counts_in_this_weeks_adherence_on_the_review_screen() {
    let data = tempfile::tempdir().unwrap();
    // Adherence is counted against the program: paced stepping is in it.
    common::give_program(data.path(), &["paced-stepping"]);
    let mut s = setup(data.path());
    s.click("Review");
    s.harness
        .get_by_label("No sessions yet. Your sessions will show here.");
    s.click("Home");
    s.click("Start Paced stepping to a beat");
    s.click("Start session");
    // Walk the whole session: each step runs to its end on the fake clock.
    for _ in 0..40 {
        if s.screen() != "Session" {
            break;
        }
        s.wait(30);
    }
    assert_eq!(s.screen(), "Check-out");
    s.harness.get_by_label("Session done. Well done!");
    s.click("Save and finish");
    s.click("Review");
    assert_eq!(s.screen(), "Review");
    s.harness.get_by_label("Paced stepping to a beat");
    s.harness.get_by_label_contains("This week: 1 of 3");
    s.harness
        .get_by_label("Overall: shown after your first full week.");
    // The calendar is one sentence for a screen reader, not a label per day; the
    // chart has a name.
    s.harness
        .get_by_label_contains("This week: 1 of 1 days with a session.");
    // (Before: a "–" label for each of the 84 empty days.)
    assert!(s.harness.query_all_by_label("–").count() < 10);
    s.harness
        .get_by_label_contains("Chart: sessions of Paced stepping to a beat done each week");
}

#[test]
fn a_session_left_by_a_crash_is_offered_on_home_and_saved_or_discarded() {
    use steady::history::in_progress::InProgress;
    let data = tempfile::tempdir().unwrap();
    // Leave two sessions behind, as a crashed Steady would.
    let make = |id: &str| {
        let mut s = setup(data.path());
        s.click("Start Sit to stand practice");
        s.click("Start session");
        s.wait(40);
        match &s.app().state.screen {
            Screen::Player(live) => {
                let mut r = live.record_so_far(s.clock.as_ref());
                r.id = id.to_owned();
                // Written the way the app writes it, then the "process" dies.
                drop(
                    InProgress::start(
                        &data.path().join("state/in-progress"),
                        &r,
                        &steady::live::this_host(),
                        r.started,
                    )
                    .unwrap(),
                );
            }
            _ => panic!(),
        }
    };
    make("crash001");
    make("crash002");
    let mut s = setup(data.path());
    assert_eq!(
        s.app().state.orphans.len(),
        2 + 2,
        "two made here, two by the apps that were dropped"
    );
    s.harness
        .get_all_by_label("A session was not finished when Steady closed")
        .next()
        .unwrap();
    s.click_first("Save it as stopped early");
    assert_eq!(s.app().state.orphans.len(), 3);
    let history = HistoryStore::new(data.path().join("history")).load();
    assert_eq!(history.records.len(), 1);
    assert_eq!(
        history.records[0].outcome,
        Outcome::EndedEarly(EndReason::Interrupted)
    );
    // Discard asks first, and moves the file to the trash.
    s.click_first("Discard it");
    s.harness
        .get_by_label("Discard it? It is moved to the trash folder.");
    s.click("Keep it");
    assert_eq!(s.app().state.orphans.len(), 3);
    s.click_first("Discard it");
    s.click("Yes, discard");
    assert_eq!(s.app().state.orphans.len(), 2);
    assert_eq!(
        std::fs::read_dir(data.path().join("trash"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn the_sounds_legend_plays_each_cue_and_the_first_session_explains_them_once() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Settings");
    s.harness.get_by_label("Sounds");
    let before = *s.played.lock().unwrap();
    s.click("Play the sound “Switch side”");
    // The sound thread plays it (bounded wait, no fixed sleep).
    for _ in 0..3000 {
        if *s.played.lock().unwrap() > before {
            break;
        }
        std::thread::park_timeout(Duration::from_millis(10));
    }
    assert!(*s.played.lock().unwrap() > before, "the cue was played");
    s.harness.get_by_label("Change to the other side.");

    // The first session shows what the sounds mean, once.
    s.click("Home");
    s.click("Start Sit to stand practice");
    s.click("Start session");
    s.harness.get_by_label("What the sounds mean");
    s.click("Got it");
    assert!(s.app().state.settings.sounds_explained);
    assert!(s.harness.query_by_label("What the sounds mean").is_none());
    drop(s);
    let s = setup(data.path());
    assert!(s.app().state.settings.sounds_explained, "remembered");
}
