//! The player for shaky hands and tired eyes: its controls never move, a second press
//! on a control that just changed does nothing, the keys do only what they say, and
//! the essentials stay in view at 200 % text. Driven through egui_kittest.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::{Setup, setup};
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::session::State;
use steady::session::plan::{Activity, StepKind};
use steady::state::Command;
use steady::state::Screen;
use steady::state::command::SettingsCommand;

/// The seven controls, each by the texts it can show.
const CONTROLS: [&[&str]; 7] = [
    &["❚❚ Pause", "▶ Resume"],
    &["✔ Set done"],
    &["■ Stop"],
    &["◀ Back"],
    &["Skip ▶"],
    &["+30 s rest"],
    &["Make it lighter", "Back to normal dose"],
];

fn control_rects(s: &Setup) -> Vec<egui::Rect> {
    CONTROLS
        .iter()
        .map(|texts| {
            let node = texts
                .iter()
                .find_map(|t| s.harness.query_by_label(t))
                .unwrap_or_else(|| panic!("{texts:?} is not on screen"));
            node.rect()
        })
        .collect()
}

/// What kind of step the player shows now, as a short name.
fn step_kind(s: &Setup) -> String {
    let Screen::Player(live) = &s.app().state.screen else {
        return "not in the player".to_owned();
    };
    match &live.engine.current_step().kind {
        StepKind::GetReady => "get ready".to_owned(),
        StepKind::Work(w) => match w.activity {
            Activity::TempoReps { .. } => "work: tempo reps".to_owned(),
            Activity::SelfPacedReps { .. } => "work: self-paced".to_owned(),
            Activity::Hold { .. } => "work: hold".to_owned(),
            Activity::Stepping { .. } => "work: stepping".to_owned(),
            Activity::Timed { .. } => "work: timed".to_owned(),
            Activity::Test { .. } => "work: self-test".to_owned(),
        },
        StepKind::Rest { .. } => "rest".to_owned(),
        StepKind::SwitchSide { .. } => "switch side".to_owned(),
        StepKind::Done => "done".to_owned(),
    }
}

fn start(s: &mut Setup, routine: &str) {
    s.click(&format!("Start {routine}"));
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
}

#[test]
fn every_control_keeps_its_place_in_every_phase() {
    let data = tempfile::tempdir().unwrap();
    let mut seen: BTreeMap<String, Vec<egui::Rect>> = BTreeMap::new();
    for routine in [
        "Sit to stand practice",
        "Standing balance with support",
        "Paced stepping to a beat",
        "Morning stretches in bed",
    ] {
        let mut s = setup(data.path());
        start(&mut s, routine);
        let mut made_lighter = false;
        while s.screen() == "Session" {
            seen.entry(step_kind(&s))
                .or_default()
                .push(control_rects(&s)[0]);
            let rects = control_rects(&s);
            let first = seen.values().next().map(|_| ()).and(Some(()));
            assert!(first.is_some());
            seen.entry(format!("{} (all)", step_kind(&s)))
                .or_default()
                .extend(rects);
            if !made_lighter && step_kind(&s).starts_with("work") {
                s.click("Make it lighter");
                made_lighter = true;
                seen.entry("after make it lighter (all)".to_owned())
                    .or_default()
                    .extend(control_rects(&s));
            }
            s.key(Key::ArrowRight);
        }
    }
    for kind in [
        "get ready",
        "work: tempo reps",
        "work: self-paced",
        "work: hold",
        "work: stepping",
        "rest",
        "switch side",
    ] {
        assert!(
            seen.contains_key(kind),
            "no {kind} step was seen: {:?}",
            seen.keys()
        );
    }
    // Every phase puts each of the seven controls in the same rectangle.
    let reference: Vec<Vec<egui::Rect>> = seen
        .iter()
        .filter(|(k, _)| k.ends_with("(all)"))
        .map(|(_, rects)| rects.chunks(7).next().unwrap().to_vec())
        .collect();
    for (kind, rects) in seen.iter().filter(|(k, _)| k.ends_with("(all)")) {
        for chunk in rects.chunks(7) {
            assert_eq!(chunk, reference[0].as_slice(), "{kind}: a control moved");
        }
    }
}

#[test]
fn a_second_press_on_a_control_that_just_changed_is_ignored() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Sit to stand practice");
    // A shaky double press on Pause: the second lands on "Resume", which just appeared.
    let pause = s.centre_of("❚❚ Pause");
    s.press_at(pause);
    s.press_at(pause);
    assert!(
        matches!(s.engine_state(), State::Paused { .. }),
        "the second press resumed"
    );
    // Once the control has settled, a press works.
    s.frames();
    s.click("▶ Resume");
    assert_eq!(s.engine_state(), State::Running);

    // "Make it lighter" becomes "Back to normal dose": a double press keeps it lighter,
    // and the undo works once settled.
    s.wait(12);
    assert!(step_kind(&s).starts_with("work"));
    let lighter_button = s.centre_of("Make it lighter");
    s.press_at(lighter_button);
    s.press_at(lighter_button);
    let lighter = |s: &Setup| match &s.app().state.screen {
        Screen::Player(live) => live.engine.plan().options.lighter(),
        _ => panic!(),
    };
    assert!(lighter(&s), "the double press undid it at once");
    s.frames();
    s.click("Back to normal dose");
    assert!(!lighter(&s), "back to the normal dose");
    s.harness.get_by_label("Make it lighter");
}

#[test]
fn space_with_any_control_focused_only_pauses_and_resumes() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Sit to stand practice");
    let step = |s: &Setup| match &s.app().state.screen {
        Screen::Player(live) => live.engine.step_index(),
        _ => panic!(),
    };
    for label in [
        "+30 s rest",
        "Skip ▶",
        "■ Stop",
        "Make it lighter",
        "◀ Back",
    ] {
        let before = (step(&s), s.remaining());
        s.harness.get_by_label(label).focus();
        s.frames();
        s.key(Key::Space);
        assert!(
            matches!(s.engine_state(), State::Paused { .. }),
            "{label} focused: Space did not pause"
        );
        assert_eq!(
            (step(&s), s.remaining()),
            before,
            "{label} focused: Space did more"
        );
        s.key(Key::Space);
        assert_eq!(s.engine_state(), State::Running, "{label} focused");
        assert_eq!(s.screen(), "Session");
    }
}

#[test]
fn enter_where_set_done_does_not_apply_says_so_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    start(&mut s, "Sit to stand practice");
    let before = s.remaining();
    s.key(Key::Enter);
    assert_eq!(s.remaining(), before);
    assert!(s.shows("only for a set you pace yourself"));
}

#[test]
fn at_200_percent_the_essentials_stay_above_the_controls_in_every_phase() {
    let data = tempfile::tempdir().unwrap();
    for routine in [
        "Sit to stand practice",
        "Paced stepping to a beat",
        "Standing balance with support",
    ] {
        let mut s = setup(data.path());
        s.harness
            .state_mut()
            .handle(Command::Settings(SettingsCommand::TextScale(200)));
        s.frames();
        start(&mut s, routine);
        while s.screen() == "Session" {
            let fold = s.harness.get_by_label("■ Stop").rect().min.y;
            let window = s.harness.ctx.content_rect();
            let visible = |rect: egui::Rect| window.contains_rect(rect) && rect.max.y <= fold;
            let kind = step_kind(&s);
            let phase = ["GET READY", "WORK", "REST", "SWITCH SIDE", "PAUSED"]
                .iter()
                .find_map(|w| s.harness.query_by_label(w))
                .unwrap_or_else(|| panic!("{routine}, {kind}: no phase word"));
            assert!(visible(phase.rect()), "{routine}, {kind}: the phase word");
            let clock = s
                .harness
                .query_all_by_label_contains(":")
                .find(|n| {
                    let node = n.accesskit_node();
                    node.label().or_else(|| node.value()).is_some_and(|l| {
                        l.len() <= 6
                            && l.chars().filter(|c| *c == ':').count() == 1
                            && l.chars().all(|c| c.is_ascii_digit() || c == ':')
                    })
                })
                .unwrap_or_else(|| panic!("{routine}, {kind}: no clock"));
            assert!(visible(clock.rect()), "{routine}, {kind}: the clock");
            if let Screen::Player(live) = &s.app().state.screen {
                let exercise = live
                    .engine
                    .current_step()
                    .exercise()
                    .and_then(|i| live.engine.plan().exercises.get(i))
                    .map(|e| e.name.clone());
                if kind.starts_with("work")
                    && let Some(name) = exercise
                {
                    let node = s.harness.query_all_by_label(&name).next().unwrap();
                    assert!(visible(node.rect()), "{routine}, {kind}: the exercise name");
                }
            }
            if kind == "work: tempo reps" {
                let part = s
                    .harness
                    .query_all_by_label_contains("▶ ")
                    .find(|n| {
                        let node = n.accesskit_node();
                        node.label()
                            .or_else(|| node.value())
                            .is_some_and(|l| ["UP", "HOLD", "DOWN"].iter().any(|p| l.ends_with(p)))
                    })
                    .expect("the part of the rep");
                assert!(visible(part.rect()), "{routine}: the part of the rep");
                let rep = s
                    .harness
                    .query_all_by_label_contains("Rep ")
                    .next()
                    .unwrap();
                assert!(visible(rep.rect()), "{routine}: the rep count");
            }
            s.key(Key::ArrowRight);
        }
    }
}

#[test]
fn trying_an_edited_routine_as_the_client_uses_the_player_and_records_nothing() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Routines");
    s.click("Make a copy of Seated leg strengthening to edit");
    assert_eq!(s.screen(), "Edit routine");
    s.click("▶ Try it as the client");
    assert_eq!(s.screen(), "Session");
    match &s.app().state.screen {
        Screen::Player(live) => assert!(live.rehearsal && live.in_progress.is_none()),
        _ => panic!(),
    }
    assert!(s.shows("nothing is recorded"));
    // The real player: pause and skip work.
    s.key(Key::Space);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    s.key(Key::Space);
    s.key(Key::ArrowRight);
    // Stop goes straight back to the editor, with its draft.
    s.click("■ Stop");
    assert_eq!(s.screen(), "Edit routine");
    assert!(s.shows("Nothing was recorded"));
    // To the end: back to the editor too; no record, no session in progress.
    s.click("▶ Try it as the client");
    for _ in 0..200 {
        if s.screen() != "Session" {
            break;
        }
        s.key(Key::ArrowRight);
    }
    assert_eq!(s.screen(), "Edit routine");
    assert!(
        !data.path().join("history").exists()
            || std::fs::read_dir(data.path().join("history"))
                .unwrap()
                .next()
                .is_none()
    );
    let in_progress = data.path().join("state/in-progress");
    assert!(!in_progress.exists() || std::fs::read_dir(&in_progress).unwrap().next().is_none());
}

#[test]
fn without_sound_the_status_line_is_at_the_top_of_the_player_in_view() {
    let data = tempfile::tempdir().unwrap();
    let mut s = common::setup_without_sound(data.path());
    start(&mut s, "Morning stretches in bed");
    // The sound thread reports "no device" (bounded wait, a frame at a time).
    for _ in 0..3000 {
        if s.shows("No sound device found") {
            break;
        }
        std::thread::park_timeout(Duration::from_millis(10));
        s.frames();
    }
    // At 1100 × 760 and 100 % text, without scrolling: above the phase band and the
    // controls, with its "Try sound again".
    let line = s
        .harness
        .get_by_label_contains("No sound device found")
        .rect();
    let pause = s.harness.get_by_label("❚❚ Pause").rect();
    assert!(line.min.y >= 0.0 && line.max.y < 120.0, "{line:?}");
    assert!(line.max.y < pause.min.y);
    let retry = s.harness.get_by_label("Try sound again").rect();
    assert!(retry.max.y < 760.0, "{retry:?}");
}
