//! The main flows in every language at 200 % text in the default window: Home, the
//! check-in, a session in the player, stopping it with a reason, the check-out, and
//! Review. German's longer words must fit: nothing a person reads runs off the right
//! edge, and the essentials of the player stay in view.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::{Setup, setup};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::i18n::Language;
use steady::state::command::{Nav, SettingsCommand};
use steady::state::{Command, Screen};
use steady::t;

fn in_language(data: &std::path::Path, language: Language) -> Setup {
    let mut s = setup(data);
    let app = s.harness.state_mut();
    app.handle(Command::Settings(SettingsCommand::Language(Some(language))));
    app.handle(Command::Settings(SettingsCommand::TextScale(200)));
    s.frames();
    assert_eq!(steady::i18n::language(), language);
    s
}

/// Every labelled node whose text runs past the window's right edge (or is wider than
/// the window): clipped words.
fn runs_off(s: &Setup) -> Vec<String> {
    let window = s.harness.ctx.content_rect();
    s.harness
        .query_all_by(|_| true)
        .filter_map(|n| {
            let label = n.accesskit_node().label()?;
            let rect = n.rect();
            (rect.width() > 0.0 && rect.max.x > window.max.x + 1.0)
                .then(|| format!("{label:?} ends at x = {:.0}", rect.max.x))
        })
        .collect()
}

fn in_view(s: &Setup, label: &str) -> bool {
    let window = s.harness.ctx.content_rect();
    s.harness
        .query_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("nothing on screen says {label:?}"))
        .rect()
        .intersects(window)
}

fn flow(language: Language) {
    let data = tempfile::tempdir().unwrap();
    let mut s = in_language(data.path(), language);
    let routine = s
        .app()
        .state
        .library
        .get("sit-to-stand-practice")
        .unwrap()
        .routine
        .clone();
    if language != Language::English {
        // The bundled routine comes in the person's language too (same id).
        let english = steady::routine::bundled::load_bundled();
        assert_ne!(
            routine.title,
            english.get("sit-to-stand-practice").unwrap().routine.title
        );
    }
    assert_eq!(s.screen(), t!("screen-home"));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "Home");

    s.click(&t!("home-start-name", title = routine.title.as_str()));
    assert!(matches!(s.app().state.screen, Screen::CheckIn(_)));
    assert!(in_view(&s, &t!("checkin-energy-question")));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "check-in");

    s.click(&t!("checkin-start"));
    assert!(matches!(s.app().state.screen, Screen::Player(_)));
    for label in [
        t!("phase-get-ready"),
        t!("control-pause"),
        t!("control-stop"),
    ] {
        assert!(in_view(&s, &label), "{label} out of view");
    }
    assert_eq!(runs_off(&s), Vec::<String>::new(), "player, get ready");
    s.wait(12);
    assert!(in_view(&s, &t!("phase-work")));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "player, work");

    s.click(&t!("control-stop"));
    assert!(in_view(&s, &t!("stop-question")));
    s.click(&t!("stop-yes"));
    assert!(in_view(&s, &t!("stop-why")));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "stop reasons");
    s.click(&steady::i18n::end_reason(steady::session::EndReason::Tired));
    assert!(matches!(s.app().state.screen, Screen::CheckOut(_)));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "check-out");

    s.harness.state_mut().handle(Command::Nav(Nav::Review));
    s.frames();
    assert_eq!(s.screen(), t!("screen-review"));
    assert_eq!(runs_off(&s), Vec::<String>::new(), "Review");

    s.harness.state_mut().handle(Command::Nav(Nav::Settings));
    s.frames();
    assert_eq!(runs_off(&s), Vec::<String>::new(), "Settings");
}

#[test]
fn the_main_flows_fit_in_english_at_200_percent() {
    flow(Language::English);
}

#[test]
fn the_main_flows_fit_in_german_at_200_percent() {
    flow(Language::German);
}

#[test]
fn choosing_german_in_settings_changes_the_words_at_once_and_keeps_history() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.harness.state_mut().handle(Command::Nav(Nav::Settings));
    s.frames();
    s.click("Deutsch");
    assert!(s.shows("Sprache"));
    assert_eq!(s.screen(), "Einstellungen");
    let settings = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(settings.contains("German"), "{settings}");
    // Back to the system's language (English in tests).
    s.click("Wie das System (English)");
    assert!(s.shows("Language"));
}

/// `steady --lang de` sets the window's language too, over the settings file's and the
/// system's, until the person chooses one in Settings.
#[test]
fn lang_flag_sets_window_language() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.ron"),
        "(language: Some(English))",
    )
    .unwrap();
    let mut s = setup(data.path());
    s.harness.get_by_label("Settings");
    s.harness.state_mut().force_language(Language::German);
    s.frames();
    s.harness.get_by_label("Einstellungen");
    assert!(s.harness.query_by_label("Settings").is_none());
}
