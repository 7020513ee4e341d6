//! Spoken prompts in the window: Settings' switch (disabled, with the reason, when
//! this computer has no voice; on when there is one), and eyes-free mode in the
//! player: any key or a click anywhere pauses and resumes, a second press within
//! 600 ms does not undo the first, Esc still asks to stop, and stopping works by keys
//! alone with every question said; the speech rate and the voice's level in Settings.
//! Driven through egui_kittest with a `FakeVoice` on the fake clock.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::time::Duration;

use common::{Setup, setup};
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::audio::voice::FakeVoice;
use steady::live::StopStage;
use steady::session::State;
use steady::state::command::SettingsCommand;
use steady::state::settings::{SpeechRate, VoiceLevel};
use steady::state::{Command, Screen};

const SPEECH_SWITCH: &str = "Say prompts aloud";
const EYES_FREE_SWITCH: &str = "Eyes-free mode";
const NO_VOICE: &str = "No voice is installed on this computer";

fn disabled(s: &Setup, label: &str) -> bool {
    s.harness.get_by_label(label).accesskit_node().is_disabled()
}

fn give_voice(s: &mut Setup) -> FakeVoice {
    let voice = FakeVoice::new(s.clock.clone());
    s.harness
        .state_mut()
        .set_voice(Some(Box::new(voice.clone())));
    s.frames();
    voice
}

#[test]
fn without_a_voice_the_switch_is_disabled_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Settings");
    s.harness.get_by_label(SPEECH_SWITCH).scroll_to_me();
    s.frames();
    assert!(s.shows(NO_VOICE));
    assert!(disabled(&s, SPEECH_SWITCH));
    assert!(disabled(&s, EYES_FREE_SWITCH));
    // Asking anyway (a settings file from another computer) changes nothing.
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::SpokenPrompts(true)));
    assert!(!s.app().state.settings.spoken_prompts);
}

#[test]
fn with_a_voice_the_switches_turn_on_in_order_and_off_by_default() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let voice = give_voice(&mut s);
    s.click("Settings");
    s.harness.get_by_label(SPEECH_SWITCH).scroll_to_me();
    s.frames();
    assert!(!s.shows(NO_VOICE));
    assert!(s.shows("Voice: fake voice"));
    assert!(!s.app().state.settings.spoken_prompts, "off by default");
    assert!(!disabled(&s, SPEECH_SWITCH));
    // Eyes-free needs spoken prompts first.
    assert!(disabled(&s, EYES_FREE_SWITCH));
    s.click(SPEECH_SWITCH);
    assert!(s.app().state.settings.spoken_prompts);
    assert!(!disabled(&s, EYES_FREE_SWITCH));
    s.click(EYES_FREE_SWITCH);
    assert!(s.app().state.settings.eyes_free);
    // The test button says something with the voice.
    s.click("Say something");
    assert!(common::wait_until(|| !voice.said().is_empty()));
    // Turning prompts off turns eyes-free mode off too.
    s.click(SPEECH_SWITCH);
    assert!(!s.app().state.settings.spoken_prompts);
    assert!(!s.app().state.settings.eyes_free);
    // Kept in the settings file.
    let text = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(text.contains("spoken_prompts: false"), "{text}");
}

fn eyes_free_session(s: &mut Setup) -> FakeVoice {
    let voice = give_voice(s);
    for command in [
        SettingsCommand::SpokenPrompts(true),
        SettingsCommand::EyesFree(true),
    ] {
        s.harness.state_mut().handle(Command::Settings(command));
    }
    s.click("Start Morning stretches in bed");
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
    voice
}

/// The index of the player's current step.
fn step_of(s: &Setup) -> usize {
    match &s.app().state.screen {
        Screen::Player(live) => live.engine.step_index(),
        _ => usize::MAX,
    }
}

/// Moves the clock past the double-press guard.
fn later(s: &mut Setup) {
    s.clock.advance(Duration::from_millis(700));
    s.frames();
}

#[test]
fn any_key_pauses_and_resumes_and_a_quick_second_press_does_not_undo_it() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let voice = eyes_free_session(&mut s);
    // In big text at the top, and as the name of the window-wide click target.
    assert_eq!(
        s.harness
            .query_all_by_label_contains("Eyes-free: any key or a click pauses or resumes")
            .count(),
        2
    );
    // The first exercise's instructions are read while getting ready.
    assert!(common::wait_until(|| voice
        .said()
        .iter()
        .any(
            |said| said.text.starts_with("Get ready. First: ") && said.text.len() > 60
        )));
    assert_eq!(s.engine_state(), State::Running);
    s.key(Key::A);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    // The same press again at once (shaky hands): still paused.
    s.key(Key::A);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    s.clock.advance(Duration::from_millis(500));
    s.key(Key::Space);
    assert!(
        matches!(s.engine_state(), State::Paused { .. }),
        "within 600 ms"
    );
    later(&mut s);
    // Arrows pause and resume too: nothing is skipped without looking.
    let step = step_of(&s);
    s.key(Key::ArrowRight);
    assert_eq!(s.engine_state(), State::Running);
    assert_eq!(step_of(&s), step);
    assert!(common::wait_until(|| voice
        .said()
        .iter()
        .any(|said| said.text == "Going on.")));
    // Esc still asks to stop.
    later(&mut s);
    s.key(Key::Escape);
    let Screen::Player(live) = &s.app().state.screen else {
        panic!("not in the player");
    };
    assert_eq!(live.stop, StopStage::Confirm);
}

#[test]
fn a_click_anywhere_pauses_and_resumes_even_on_a_control() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    eyes_free_session(&mut s);
    let step = step_of(&s);
    // A click on the "Skip" button's place does not skip: it pauses.
    let skip = s.centre_of("Skip ▶");
    s.press_at(skip);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    assert_eq!(step_of(&s), step);
    // A shaky second click on the next frame: still paused.
    s.press_at(skip);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    later(&mut s);
    s.press_at(egui::pos2(300.0, 300.0));
    assert_eq!(s.engine_state(), State::Running);
    later(&mut s);
    s.press_at(egui::pos2(900.0, 150.0));
    assert!(matches!(s.engine_state(), State::Paused { .. }));
}

#[test]
fn without_eyes_free_mode_keys_and_clicks_do_what_they_say() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    give_voice(&mut s);
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::SpokenPrompts(true)));
    s.click("Start Morning stretches in bed");
    s.click("Start session");
    assert!(!s.shows("Eyes-free:"));
    s.key(Key::A);
    assert_eq!(s.engine_state(), State::Running);
    let step = step_of(&s);
    s.key(Key::ArrowRight);
    assert_ne!(step_of(&s), step);
}

/// Waits (bounded) until the voice has said a phrase starting with `start`.
fn said_soon(voice: &FakeVoice, start: &str) -> bool {
    common::wait_until(|| voice.said().iter().any(|said| said.text.starts_with(start)))
}

fn stop_stage(s: &Setup) -> Option<StopStage> {
    match &s.app().state.screen {
        Screen::Player(live) => Some(live.stop),
        _ => None,
    }
}

#[test]
fn stopping_eyes_free_works_by_keys_alone_and_every_question_is_said() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let voice = eyes_free_session(&mut s);
    // Any key pauses, and the way out is said.
    s.key(Key::A);
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    assert!(said_soon(
        &voice,
        "Paused. Press Escape again to stop, or any key to go on."
    ));
    // Escape asks, aloud, with a key for each choice.
    later(&mut s);
    s.key(Key::Escape);
    assert_eq!(stop_stage(&s), Some(StopStage::Confirm));
    assert!(said_soon(
        &voice,
        "Stop the session? Everything you did so far is kept. Press Enter to keep going, or S to stop."
    ));
    // Enter keeps going (no button has the focus: nobody tabbed to one): the question
    // closes, still paused as it was.
    s.key(Key::Enter);
    assert_eq!(stop_stage(&s), Some(StopStage::None));
    assert!(matches!(s.engine_state(), State::Paused { .. }));
    // Space in the question keeps going too.
    later(&mut s);
    s.key(Key::Escape);
    assert_eq!(stop_stage(&s), Some(StopStage::Confirm));
    s.key(Key::Space);
    assert_eq!(stop_stage(&s), Some(StopStage::None));
    // Asked again: S stops, and the reasons are said with their number keys.
    later(&mut s);
    s.key(Key::Escape);
    s.key(Key::S);
    assert_eq!(stop_stage(&s), Some(StopStage::Reason));
    assert!(said_soon(&voice, "Why are you stopping? Press 1 for "));
    let reasons = voice
        .said()
        .into_iter()
        .find(|said| said.text.starts_with("Why are you stopping?"))
        .unwrap()
        .text;
    for n in 1..=6 {
        assert!(reasons.contains(&format!("Press {n} for ")), "{reasons}");
    }
    // 1: tired. The session ends and is kept; the check-out follows.
    s.key(Key::Num1);
    assert!(matches!(s.app().state.screen, Screen::CheckOut(_)));
}

#[test]
fn speech_rate_and_voice_level_are_chosen_in_settings_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let voice = give_voice(&mut s);
    // Normal by default: a little slower than espeak-ng's own 175 words a minute.
    assert_eq!(voice.rate(), 150);
    s.click("Settings");
    s.harness.get_by_label("Speech rate: Slower").scroll_to_me();
    s.frames();
    s.click("Speech rate: Slower");
    s.click("Voice level: Louder");
    let settings = &s.app().state.settings;
    assert_eq!(settings.speech_rate, SpeechRate::Slower);
    assert_eq!(settings.voice_level, VoiceLevel::Louder);
    // The voice is told the new rate (130 words a minute) for the next phrase.
    assert!(common::wait_until(|| voice.rate() == 130));
    let text = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(text.contains("speech_rate: Slower"), "{text}");
    assert!(text.contains("voice_level: Louder"), "{text}");
}

#[test]
fn a_settings_file_from_before_the_voice_settings_loads_unchanged() {
    let data = tempfile::tempdir().unwrap();
    let old = "(volume_percent: 55, spoken_prompts: true, eyes_free: true, get_ready_secs: 5)";
    std::fs::write(data.path().join("settings.ron"), old).unwrap();
    let s = setup(data.path());
    let settings = &s.app().state.settings;
    assert_eq!(settings.volume_percent, 55);
    assert!(settings.spoken_prompts && settings.eyes_free);
    assert_eq!(settings.get_ready_secs, 5);
    assert_eq!(settings.speech_rate, SpeechRate::Normal);
    assert_eq!(settings.voice_level, VoiceLevel::Same);
    // Read, not rewritten.
    assert_eq!(
        std::fs::read_to_string(data.path().join("settings.ron")).unwrap(),
        old
    );
}
