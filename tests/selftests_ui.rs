//! The self-tests in the window (egui_kittest, the real app, a fake clock): a whole
//! five times sit-to-stand from Home to its chart with the mouse alone and with the
//! keyboard alone; a stop keeps nothing; the chair stand's count; a test inside the
//! bundled "Monthly check" routine runs through the same flow.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::path::Path;
use std::time::Duration;

use chrono::DateTime;
use common::{Setup, setup_with_clock};
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::clock::FakeClock;
use steady::history::selftests::{TestContext, TestRecord, TestStore};
use steady::routine::TestKind;
use steady::session::selftest::{Aid, Measure, TestResult};
use steady::state::Screen;

const HOME_ENTRY: &str = "Self-tests: how are strength and balance changing?";

/// Three earlier results (14.0, 15.0 and 16.0 s: the usual is 15.0 s, and 11.25 to
/// 18.75 s is day-to-day variation), so today's 10.3 s is outside the band.
fn seed(data: &Path) {
    let store = TestStore::new(data.join("selftests"));
    for (day, tenths) in [(1, 140), (8, 150), (15, 160)] {
        let result = TestResult {
            kind: TestKind::FiveTimesSitToStand,
            aids: Vec::new(),
            measures: vec![Measure {
                stance: None,
                tenths,
            }],
        };
        let at = DateTime::parse_from_rfc3339(&format!("2026-02-{day:02}T10:00:00+01:00")).unwrap();
        for r in TestRecord::from_result(&result, at, &TestContext::default()) {
            store.save(&r).unwrap();
        }
    }
}

fn start() -> (tempfile::TempDir, Setup) {
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let clock =
        FakeClock::starting_at(DateTime::parse_from_rfc3339("2026-03-02T16:30:00+01:00").unwrap());
    let s = setup_with_clock(data.path(), clock);
    (data, s)
}

fn saved(data: &Path) -> Vec<TestRecord> {
    TestStore::new(data.join("selftests")).load().0
}

/// After "Go": 10.3 s of standing up and sitting down.
fn five_stands(s: &mut Setup) {
    s.wait(3);
    s.harness.get_by_label("Go!");
    s.clock.advance(Duration::from_millis(10_300));
    s.frames();
}

fn the_chart_is_shown(s: &Setup, data: &Path) {
    let records = saved(data);
    assert_eq!(records.len(), 4, "{records:#?}");
    let today = records.last().unwrap();
    assert_eq!(today.tenths, 103);
    assert_eq!(today.at.offset().local_minus_utc(), 3600);
    assert_eq!(s.screen(), "Self-tests");
    s.harness.get_by_label("Five times sit-to-stand: kept");
    let chart = s
        .harness
        .get_by_label_contains("Chart of Five times sit-to-stand, arms crossed.");
    let name = chart.accesskit_node().label().unwrap();
    assert!(
        name.contains("4 results. Your usual: 15.0 s; from 11.3 s to 18.7 s"),
        "{name}"
    );
    assert!(
        name.contains("Latest: 10.3 s. Faster than your usual by more than day-to-day variation."),
        "{name}"
    );
    // The result in words, with its time of day.
    assert!(
        s.shows("Mon 2 Mar 2026 16:30 (afternoon): 10.3 s, arms crossed. Faster than your usual")
    );
}

#[test]
fn a_whole_five_times_sit_to_stand_with_the_mouse() {
    let (data, mut s) = start();
    assert_eq!(s.screen(), "Home");
    s.click(HOME_ENTRY);
    assert_eq!(s.screen(), "Self-tests");
    s.click("Start Five times sit-to-stand");
    // The safety screen first: nothing runs until the person says so.
    s.harness.get_by_label("Before you start");
    s.harness
        .get_by_label_contains("Not today if you have new or suddenly worse weakness");
    s.wait(30);
    s.harness.get_by_label("I am ready: begin");
    s.click("I am ready: begin");
    s.harness.get_by_label("Get ready");
    five_stands(&mut s);
    s.click("Fifth stand done");
    the_chart_is_shown(&s, data.path());
    s.click("Back to the self-tests");
    s.harness.get_by_label("Start Five times sit-to-stand");
}

#[test]
fn a_whole_five_times_sit_to_stand_with_the_keyboard() {
    let (data, mut s) = start();
    let tab_to = |s: &mut Setup, label: &str| {
        for _ in 0..40 {
            s.key(Key::Tab);
            if s.harness.get_by_label(label).is_focused() {
                return;
            }
        }
        panic!("{label} never had the focus");
    };
    tab_to(&mut s, HOME_ENTRY);
    s.key(Key::Enter);
    assert_eq!(s.screen(), "Self-tests");
    tab_to(&mut s, "Start Five times sit-to-stand");
    s.key(Key::Enter);
    tab_to(&mut s, "Using the armrests");
    s.key(Key::Enter);
    tab_to(&mut s, "I am ready: begin");
    s.key(Key::Enter);
    five_stands(&mut s);
    // Space is the big button.
    s.key(Key::Space);
    s.harness.get_by_label("Five times sit-to-stand: kept");
    // Done with armrests: its own series, never compared with the arms-crossed usual.
    let with = s
        .harness
        .get_by_label_contains("Chart of Five times sit-to-stand, with armrests.");
    let name = with.accesskit_node().label().unwrap();
    assert!(
        name.contains("1 of 3 results needed for your usual. Latest: 10.3 s."),
        "{name}"
    );
    assert!(!name.contains("Faster"), "{name}");
    let crossed = s
        .harness
        .get_by_label_contains("Chart of Five times sit-to-stand, arms crossed.");
    let name = crossed.accesskit_node().label().unwrap();
    assert!(name.contains("3 results. Your usual: 15.0 s"), "{name}");
    assert!(s.shows("Mon 2 Mar 2026 16:30 (afternoon): 10.3 s, with armrests. "));
    let today = saved(data.path()).pop().unwrap();
    // Ended 3 s of countdown and 10.3 s of standing after the start, local time.
    assert_eq!(today.at.to_rfc3339(), "2026-03-02T16:30:13.300+01:00");
    assert_eq!(today.aids, vec![Aid::Armrests]);
}

#[test]
fn a_stopped_test_keeps_nothing() {
    let (data, mut s) = start();
    s.click(HOME_ENTRY);
    s.click("Start Five times sit-to-stand");
    s.click("Not today");
    s.harness.get_by_label("Start Five times sit-to-stand");
    s.click("Start Five times sit-to-stand");
    s.click("I am ready: begin");
    five_stands(&mut s);
    s.key(Key::Escape);
    s.harness.get_by_label("Start Five times sit-to-stand");
    s.click("Start Timed 25-foot walk");
    s.harness
        .get_by_label_contains("Only with someone at home with you");
    s.click("I am ready: begin");
    s.click("Start");
    s.wait(5);
    s.click("■ Stop the test (nothing is kept)");
    assert_eq!(saved(data.path()).len(), 3, "only the three seeded results");
}

#[test]
fn the_chair_stand_count_is_entered_with_big_minus_and_plus() {
    let (data, mut s) = start();
    s.click(HOME_ENTRY);
    s.click("Start 30-second chair stand");
    s.click("I am ready: begin");
    s.wait(3);
    s.wait(15);
    s.harness.get_by_label("Halfway");
    s.wait(16);
    s.harness.get_by_label("Stop. Sit down and rest.");
    for _ in 0..3 {
        s.click("One stand more");
    }
    s.click("One stand fewer");
    s.key(Key::ArrowUp);
    match &s.app().state.screen {
        Screen::SelfTests(view) => assert_eq!(
            view.run.as_ref().unwrap().test.phase(),
            steady::session::selftest::Phase::Count { stands: 3 }
        ),
        _ => unreachable!(),
    }
    s.harness.get_by_label("3 stands");
    s.click("Keep the result");
    let records = saved(data.path());
    let chair: Vec<&TestRecord> = records
        .iter()
        .filter(|r| r.kind == TestKind::ThirtySecondChairStand)
        .collect();
    assert_eq!(chair.len(), 1);
    assert_eq!(chair[0].tenths, 30);
    s.harness.get_by_label_contains(
        "Chart of 30-second chair stand, arms crossed. 1 of 3 results needed",
    );
}

#[test]
fn a_test_in_the_monthly_check_runs_through_the_same_flow() {
    let (data, mut s) = start();
    s.click("Start Monthly check");
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
    // Past the get-ready countdown to the first exercise: the test waits for the person.
    s.wait(20);
    s.wait(200);
    s.harness.get_by_label("■ Stop");
    s.click("Start the test: Five times sit-to-stand");
    s.harness.get_by_label("Before you start");
    // While the test runs, its own Stop is the way out, not the session's controls.
    assert!(s.harness.query_by_label("■ Stop").is_none());
    s.click("I am ready: begin");
    five_stands(&mut s);
    s.key(Key::Space);
    // Back in the session, on the next step; the result is kept with the routine.
    assert_eq!(s.screen(), "Session");
    match &s.app().state.screen {
        Screen::Player(live) => {
            assert!(live.test.is_none());
            assert!(live.engine.step_index() >= 2);
        }
        _ => unreachable!(),
    }
    let today = saved(data.path()).pop().unwrap();
    assert_eq!(today.routine_id.as_deref(), Some("monthly-check"));
    assert_eq!(today.tenths, 103);
    assert!(today.check_in.is_some());
}

/// Every button at least 44 points, with a name, at 200 % text in the high-contrast
/// theme, in every phase of every test; nothing runs off the right of the window.
fn check_targets(s: &Setup, screen: &str) {
    let window = s.harness.ctx.content_rect();
    for node in s.harness.query_all_by_role(egui::accesskit::Role::Button) {
        let rect = node.rect();
        assert!(
            rect.width() >= 43.9 && rect.height() >= 43.9,
            "{screen}: {:?} is {}×{}",
            node.accesskit_node().label(),
            rect.width(),
            rect.height()
        );
        assert!(
            rect.max.x <= window.max.x + 1.0,
            "{screen}: {:?} runs off the right",
            node.accesskit_node().label()
        );
    }
}

#[test]
fn every_phase_at_200_percent_has_big_named_targets_fatigue_and_balance_included() {
    use steady::state::command::SettingsCommand;
    use steady::state::{Command, Theme};
    let (data, mut s) = start();
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::TextScale(200)));
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::Theme(
            Theme::HighContrast,
        )));
    s.frames();
    s.click(HOME_ENTRY);
    check_targets(&s, "Self-tests");

    // The fatigue check: every answer, then Keep.
    s.click("Start Fatigue check (Steady's own)");
    check_targets(&s, "Fatigue safety");
    s.click("I am ready: begin");
    check_targets(&s, "Fatigue questions");
    for (i, answer) in [
        "1 A little",
        "2 Somewhat",
        "0 Not at all",
        "4 Very much",
        "3 A lot",
    ]
    .iter()
    .enumerate()
    {
        let label = s
            .harness
            .query_all_by_label_contains(&format!("{answer}: "))
            .nth(i)
            .unwrap()
            .accesskit_node()
            .label()
            .unwrap();
        s.click(&label);
    }
    s.click("Keep the result");
    s.harness.get_by_label("Fatigue check (Steady's own): kept");
    s.harness.get_by_label("10 points");
    check_targets(&s, "Fatigue result");
    s.click("Back to the self-tests");

    // The balance ladder: a full hold, then a touch-down after 7.5 s ends it.
    s.click("Start Standing balance");
    s.harness
        .get_by_label_contains("Only with someone at home with you");
    s.click("I am ready: begin");
    check_targets(&s, "Balance ready");
    s.click("I am in position");
    s.wait(3);
    check_targets(&s, "Balance running");
    s.wait(31);
    s.click("I am in position");
    s.wait(3);
    s.clock.advance(Duration::from_millis(7_500));
    s.frames();
    s.click("Touched down");
    s.harness.get_by_label("Standing balance: kept");
    let balance: Vec<TestRecord> = saved(data.path())
        .into_iter()
        .filter(|r| r.kind == TestKind::StandingBalance)
        .collect();
    let held: Vec<u32> = balance.iter().map(|r| r.tenths).collect();
    assert_eq!(held.len(), 2);
    assert!(held.contains(&300) && held.contains(&75), "{held:?}");
    s.harness
        .get_by_label_contains("Chart of Standing balance: semi-tandem");
    check_targets(&s, "Balance result");
}

#[test]
fn the_editor_chooses_a_test_as_an_exercises_dose_and_saves_format_3() {
    let data = tempfile::tempdir().unwrap();
    let mut s = common::setup(data.path());
    s.click("Routines");
    s.click("+ New routine");
    s.type_into("step 1 of exercise 1", "Sit tall, arms crossed.");
    s.type_into("Routine title", "My monthly test");
    s.click("Self-test (kind of dose) of exercise 1");
    s.click("Standing balance (which self-test) of exercise 1");
    let draft = match &s.app().state.screen {
        Screen::Editor(editor) => editor.draft.routine.clone(),
        other => panic!("not in the editor but on {}", other.name()),
    };
    assert_eq!(
        draft.exercises[0].dose,
        steady::routine::Dose::Test {
            kind: TestKind::StandingBalance
        }
    );
    s.click("Save");
    let path = match &s.app().state.screen {
        Screen::Editor(editor) => editor.draft.path.clone().expect("saved"),
        other => panic!("not in the editor but on {}", other.name()),
    };
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 3,"), "{text}");
    assert!(
        text.contains("dose: Test(kind: StandingBalance),"),
        "{text}"
    );
    let loaded = steady::routine::load_file(&path).unwrap().routine;
    assert_eq!(loaded.exercises[0].dose, draft.exercises[0].dose);
}

#[test]
fn the_armrests_choice_is_remembered_from_the_last_test_of_that_kind() {
    let (data, mut s) = start();
    // The last chair stand was done with armrests (an older one without).
    let store = TestStore::new(data.path().join("selftests"));
    for (at, aids) in [
        ("2026-02-20T10:00:00+01:00", Vec::new()),
        ("2026-02-27T10:00:00+01:00", vec![Aid::Armrests]),
    ] {
        let result = TestResult {
            kind: TestKind::ThirtySecondChairStand,
            aids,
            measures: vec![Measure {
                stance: None,
                tenths: 120,
            }],
        };
        let at = DateTime::parse_from_rfc3339(at).unwrap();
        for r in TestRecord::from_result(&result, at, &TestContext::default()) {
            store.save(&r).unwrap();
        }
    }
    let aids = |s: &Setup| match &s.app().state.screen {
        Screen::SelfTests(view) => view.run.as_ref().unwrap().test.aids().to_vec(),
        _ => unreachable!(),
    };
    s.click(HOME_ENTRY);
    s.click("Start 30-second chair stand");
    assert_eq!(
        aids(&s),
        [Aid::Armrests],
        "the chair stand starts with armrests"
    );
    s.click("Not today");
    // The sit-to-stand's last three were arms crossed: it starts so.
    s.click("Start Five times sit-to-stand");
    assert_eq!(aids(&s), []);
    // Choosing arms crossed this time is kept with the result, and remembered next.
    s.click("Not today");
    s.click("Start 30-second chair stand");
    s.click("Arms crossed");
    assert_eq!(aids(&s), []);
}
