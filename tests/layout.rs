//! Layout at 200 % text in the high-contrast theme, in Steady's default 1100 × 760
//! window: what a person needs at a glance lies inside the visible area when a screen
//! opens, without scrolling.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::{Setup, setup};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::state::command::SettingsCommand;
use steady::state::{Command, Theme};

fn large_high_contrast(data: &std::path::Path) -> Setup {
    let mut s = setup(data);
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::TextScale(200)));
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::Theme(
            Theme::HighContrast,
        )));
    s.frames();
    assert!((s.harness.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    s
}

/// Whether the control or text named exactly `label` lies wholly inside the window.
fn in_view(s: &Setup, label: &str) -> bool {
    let window = s.harness.ctx.content_rect();
    let node = s
        .harness
        .query_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("nothing on screen says {label:?}"));
    window.contains_rect(node.rect())
}

/// Whether the session clock ("0:10", "12:05") lies wholly inside the window.
fn clock_in_view(s: &Setup) -> bool {
    let window = s.harness.ctx.content_rect();
    let is_clock = |text: &str| {
        text.split_once(':').is_some_and(|(m, sec)| {
            !m.is_empty()
                && m.chars().all(|c| c.is_ascii_digit())
                && sec.len() == 2
                && sec.chars().all(|c| c.is_ascii_digit())
        })
    };
    let clock = s
        .harness
        .query_all_by_label_contains(":")
        .find(|n| {
            let node = n.accesskit_node();
            node.label()
                .or_else(|| node.value())
                .is_some_and(|l| is_clock(&l))
        })
        .expect("the clock is on screen");
    window.contains_rect(clock.rect())
}

#[test]
fn check_in_opens_with_its_title_and_first_question_in_view() {
    let data = tempfile::tempdir().unwrap();
    let mut s = large_high_contrast(data.path());
    s.click("Start Sit to stand practice");
    assert_eq!(s.screen(), "Check-in");
    for label in ["Sit to stand practice", "How is your energy today?"] {
        assert!(in_view(&s, label), "{label} is out of view at 200 %");
    }
}

#[test]
fn the_player_keeps_the_phase_the_clock_and_the_exercise_in_view() {
    let data = tempfile::tempdir().unwrap();
    let mut s = large_high_contrast(data.path());
    s.click("Start Sit to stand practice");
    s.click("Start session");
    // Get ready: the phase, the clock and what comes first.
    assert!(
        in_view(&s, "GET READY"),
        "get ready: the phase is out of view"
    );
    assert!(clock_in_view(&s), "get ready: the clock is out of view");
    // The first set: the exercise and the clock.
    s.wait(12);
    assert!(
        in_view(&s, "Sit to stand"),
        "work: the exercise is out of view"
    );
    assert!(clock_in_view(&s), "work: the clock is out of view");
    // The controls stay in view too.
    for label in ["❚❚ Pause", "■ Stop"] {
        assert!(in_view(&s, label), "{label} is out of view");
    }
}

/// Every node whose right edge lies beyond the window's (what is cut off).
fn cut_off_at_the_right(s: &Setup) -> Vec<String> {
    let right = s.harness.ctx.content_rect().max.x + 0.5;
    s.harness
        .query_all_by_label_contains("")
        .filter(|n| n.rect().max.x > right)
        .map(|n| {
            let node = n.accesskit_node();
            let text = node.label().or_else(|| node.value()).unwrap_or_default();
            format!("{text:?} ends at {:.0}", n.rect().max.x)
        })
        .collect()
}

#[test]
fn nothing_is_cut_off_at_the_right_at_200_percent_in_an_800_by_600_window() {
    use steady::clock::FakeClock;
    use steady::state::command::{Nav, SessionCommand};
    let data = tempfile::tempdir().unwrap();
    let mut s = common::setup_sized(data.path(), FakeClock::new(), [800.0, 600.0]);
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::TextScale(200)));
    s.frames();
    let look = |s: &mut Setup, what: &str| {
        s.frames();
        let cut = cut_off_at_the_right(s);
        assert!(cut.is_empty(), "{what}: cut off at the right: {cut:#?}");
    };
    look(&mut s, "Home");
    let act = |s: &mut Setup, c: Command| {
        s.harness.state_mut().handle(c);
    };
    act(
        &mut s,
        Command::Session(SessionCommand::BeginCheckIn {
            routine_id: "sit-to-stand-practice".to_owned(),
        }),
    );
    look(&mut s, "Check-in");
    act(
        &mut s,
        Command::Session(SessionCommand::Start {
            level: steady::routine::Level::Normal,
        }),
    );
    look(&mut s, "Player, get ready");
    s.wait(12);
    look(&mut s, "Player, a set");
    act(&mut s, Command::Session(SessionCommand::RequestStop));
    look(&mut s, "Stop the session?");
    act(&mut s, Command::Session(SessionCommand::ConfirmStop));
    look(&mut s, "Why are you stopping?");
    let window = s.harness.ctx.content_rect();
    for reason in steady::session::EndReason::CHOICES {
        let button = s.harness.get_by_label(reason.label());
        assert!(
            button.rect().max.x <= window.max.x + 0.5,
            "{reason:?} runs off the right"
        );
    }
    act(
        &mut s,
        Command::Session(SessionCommand::EndEarly(steady::session::EndReason::NoTime)),
    );
    look(&mut s, "Check-out");
    act(&mut s, Command::Session(SessionCommand::SaveCheckOut));
    for (place, name) in [
        (Nav::Review, "Review"),
        (Nav::Settings, "Settings"),
        (Nav::Routines, "Routines"),
        (Nav::Home, "Home with a session"),
    ] {
        act(&mut s, Command::Nav(place));
        look(&mut s, name);
    }
}

#[test]
fn tab_scrolls_the_focused_control_into_view_at_200_percent() {
    use egui::Key;
    let data = tempfile::tempdir().unwrap();
    let mut s = large_high_contrast(data.path());
    s.click("Start Sit to stand practice");
    let mut reached = false;
    for _ in 0..30 {
        s.key(Key::Tab);
        if s.harness.get_by_label("Start session").is_focused() {
            reached = true;
            break;
        }
    }
    assert!(reached, "Start session is reachable with Tab");
    assert!(
        in_view(&s, "Start session"),
        "the focused control is out of view"
    );
}
