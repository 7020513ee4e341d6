//! The person's program drives the week, through egui_kittest and the real stores:
//! a first start offers three ways and a starter program fills Today; a therapist's
//! program file is read, its changes shown, and used at 200 % text; a fall at
//! check-in leaves no standing routine startable from Home; a step down accepted and
//! then "Skip today" is kept; a reminder appearing does not move Today's Start; and
//! adherence counts only the program, done/planned as worked out by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use chrono::{DateTime, FixedOffset, NaiveDate};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use steady::clock::FakeClock;
use steady::history::SessionRecord;
use steady::history::stats::{Span, adherence_over, extra_sessions, overall_percent_over};
use steady::program::{Prescribed, Program, TimeOfDay, When};
use steady::routine::{Level, Weekday};

const PLANNED: &str = ", planned for today";

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// The routines Today offers, by the names of their Start buttons.
fn planned_today(s: &common::Setup) -> Vec<String> {
    s.harness
        .query_all_by_label_contains(PLANNED)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect()
}

fn entry(id: &str, when: When) -> Prescribed {
    Prescribed {
        routine: id.into(),
        when,
        time: TimeOfDay::Any,
        max_level: Level::Normal,
    }
}

fn write_program(data: &std::path::Path, program: &Program) {
    std::fs::write(data.join("program.ron"), program.to_ron_string().unwrap()).unwrap();
}

/// A finished session of `routine_id` that counts (taken from the example history and
/// moved to `started`), with `fatigue` at check-out.
fn record(routine_id: &str, started: DateTime<FixedOffset>, n: u32) -> SessionRecord {
    let library = steady::routine::bundled::load_bundled();
    let routine = library.get(routine_id).unwrap().routine.clone();
    let (records, _) = steady::history::sample::sample_history(
        &[routine],
        4,
        NaiveDate::from_ymd_opt(2026, 1, 30).unwrap(),
        *started.offset(),
        7,
    );
    let mut r = records
        .into_iter()
        .find(|r| r.completed() && r.counts_toward_prescription())
        .unwrap();
    let length = r.ended - r.started;
    r.id = format!("{routine_id}-{n}");
    r.started = started;
    r.ended = started + length;
    r.check_in = steady::history::CheckIn::default();
    r
}

#[test]
fn first_start_offers_three_ways_and_a_starter_program_fills_today() {
    let data = tempfile::tempdir().unwrap();
    // A Monday morning.
    let clock = FakeClock::starting_at(at("2026-03-02T08:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    s.harness.get_by_label("Your program");
    assert!(s.shows("You have no program yet"));
    s.harness.get_by_label("From my therapist");
    s.harness.get_by_label("Choose myself");
    assert!(
        planned_today(&s).is_empty(),
        "nothing planned without a program"
    );

    s.click("A starter program");
    s.click("Use the starter program Seated start");
    assert!(data.path().join("program.ron").exists());
    // Monday in "Seated start": leg strength on its fixed day (24 min, morning), and
    // relax and breathe (10 min, 3 times a week) in the 16 minutes left of 40.
    let today = planned_today(&s);
    assert_eq!(
        today,
        [
            "Start Seated leg strengthening, planned for today",
            "Start Relax and breathe, planned for today"
        ]
    );
    s.harness.get_by_label("My program");
    assert!(s.shows("Seated leg strengthening: Mon, Wed, Fri, morning"));
    // Undo: no program again, nothing lost (the file is in backups).
    s.click("Undo");
    assert!(!data.path().join("program.ron").exists());
    assert!(s.app().state.program().is_none());
    assert!(s.harness.query_by_label("Undo").is_none());
}

#[test]
fn a_therapists_program_file_is_read_its_changes_shown_and_used_at_200_percent() {
    let data = tempfile::tempdir().unwrap();
    let clock = FakeClock::starting_at(at("2026-03-02T08:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    s.click("Settings");
    s.click("200 %");
    s.click("Home");
    // The therapist's own routine travels inside the program file.
    let legs = include_str!("../programs/seated-leg-strength.ron")
        .replacen("id: \"seated-leg-strength\"", "id: \"my-legs\"", 1)
        .replacen(
            "title: \"Seated leg strengthening\"",
            "title: \"My legs\"",
            1,
        );
    let mut program = Program {
        routines: vec![entry(
            "my-legs",
            When::Days(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]),
        )],
        ..Program::default()
    };
    program.clinician.name = "Anna Rossi".into();
    program.routine_files.push(steady::program::RoutineFile {
        name: "my-legs.ron".into(),
        text: legs.clone(),
    });
    let file = data.path().join("from-anna.ron");
    std::fs::write(&file, program.to_ron_string().unwrap()).unwrap();

    s.click("From my therapist");
    s.type_into("Where the program file is", file.to_str().unwrap());
    s.click("Read this file");
    s.harness.get_by_label("Use this program?");
    assert!(s.shows("Add: my-legs"));
    assert!(s.shows("New routine: my-legs"));
    assert!(s.shows("Prescribed by Anna Rossi"));
    assert!(
        !data.path().join("program.ron").exists(),
        "nothing written yet"
    );
    s.click("Use this program");
    // The routine is in the folder byte for byte, the program names it, Today has it.
    let copied = std::fs::read_to_string(data.path().join("routines/my-legs.ron")).unwrap();
    assert_eq!(copied, legs);
    let saved = std::fs::read_to_string(data.path().join("program.ron")).unwrap();
    assert!(
        saved.contains("\"my-legs\"") && !saved.contains("routine_files"),
        "{saved}"
    );
    assert_eq!(planned_today(&s), ["Start My legs, planned for today"]);
    assert!(s.shows("My legs: Mon, Wed, Fri"));
}

#[test]
fn a_fall_at_check_in_leaves_no_standing_routine_startable_from_home() {
    let data = tempfile::tempdir().unwrap();
    let every_day = When::Days(Weekday::ALL.to_vec());
    write_program(
        data.path(),
        &Program {
            routines: vec![
                entry("standing-balance-with-support", every_day.clone()),
                entry("morning-stretches-in-bed", every_day),
            ],
            daily_minutes: Some(60),
            ..Program::default()
        },
    );
    let clock = FakeClock::starting_at(at("2026-03-02T08:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    assert_eq!(planned_today(&s).len(), 2);
    s.click("Start Morning stretches in bed, planned for today");
    s.click("Applies today: A fall since my last session");
    s.harness.get_by_label("Tell your clinician about the fall");
    s.click("Skip today");
    assert_eq!(s.screen(), "Home");
    s.harness
        .get_by_label("Standing and balance work paused after your fall");
    assert_eq!(
        planned_today(&s),
        ["Start Morning stretches in bed, planned for today"]
    );
    assert!(
        s.harness
            .query_by_label("Start Standing balance with support")
            .is_none(),
        "the standing routine's own card offers no Start today"
    );
    s.harness.get_by_label("Start Morning stretches in bed");

    // The next morning the standing work is still paused, with why and until when.
    s.clock.advance(std::time::Duration::from_secs(24 * 3600));
    s.frames();
    s.harness
        .get_by_label("Standing and balance work paused after your fall");
    assert!(
        s.shows("until 08:00, 4 March"),
        "48 hours after the check-in"
    );
    assert_eq!(
        planned_today(&s),
        ["Start Morning stretches in bed, planned for today"]
    );
    // Going on sooner takes two deliberate presses, and is kept.
    s.click("My clinician says I can go on");
    s.harness
        .get_by_label("Has your clinician said you can go on with standing and balance work?");
    s.click("Yes, my clinician says I can go on");
    assert!(s.app().state.settings.resumed_after_fall.is_some());
    assert_eq!(planned_today(&s).len(), 2);
    let saved = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(saved.contains("resumed_after_fall"), "{saved}");
}

#[test]
fn the_pause_after_a_fall_ends_by_itself_after_48_hours() {
    let data = tempfile::tempdir().unwrap();
    let every_day = When::Days(Weekday::ALL.to_vec());
    write_program(
        data.path(),
        &Program {
            routines: vec![entry("standing-balance-with-support", every_day)],
            ..Program::default()
        },
    );
    let fell = steady::history::CheckIn {
        fell: Some(true),
        ..steady::history::CheckIn::default()
    };
    steady::history::DayStore::new(data.path().join("checkins"))
        .save(&steady::history::DayRecord::new(
            "standing-balance-with-support",
            fell,
            at("2026-03-02T09:00:00+01:00"),
        ))
        .unwrap();
    // 47 hours later: paused; 49 hours later: planned again.
    let clock = FakeClock::starting_at(at("2026-03-04T08:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    assert!(planned_today(&s).is_empty());
    assert!(s.shows("Standing and balance work paused after your fall"));
    s.clock.advance(std::time::Duration::from_secs(2 * 3600));
    s.frames();
    s.frames();
    assert_eq!(
        planned_today(&s),
        ["Start Standing balance with support, planned for today"]
    );
}

#[test]
fn a_step_down_accepted_and_then_skip_today_is_kept() {
    let data = tempfile::tempdir().unwrap();
    write_program(
        data.path(),
        &Program {
            routines: vec![entry("seated-leg-strength", When::TimesAWeek(3))],
            ..Program::default()
        },
    );
    let mut tired = record("seated-leg-strength", at("2026-03-01T09:00:00+01:00"), 1);
    tired.fatigue = Some(9);
    steady::history::HistoryStore::new(data.path().join("history"))
        .save(&tired)
        .unwrap();
    let clock = FakeClock::starting_at(at("2026-03-02T10:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    s.click("Start Seated leg strengthening");
    s.harness.get_by_label("Step down for a while?");
    s.click("Yes, step down");
    s.click("Skip today");
    assert_eq!(s.screen(), "Home");
    drop(s);
    // After a restart: the level is lighter and the step down is not offered again.
    let clock = FakeClock::starting_at(at("2026-03-03T10:00:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    s.click("Start Seated leg strengthening");
    assert!(s.harness.query_by_label("Step down for a while?").is_none());
    match &s.app().state.screen {
        steady::state::Screen::CheckIn(draft) => assert_eq!(draft.level, Level::Lighter),
        _ => panic!("the check-in is open"),
    }
}

#[test]
fn start_harder_only_when_the_program_allows_it_and_not_on_a_hot_day() {
    let data = tempfile::tempdir().unwrap();
    let mut harder = entry("sit-to-stand-practice", When::TimesAWeek(3));
    write_program(
        data.path(),
        &Program {
            routines: vec![harder.clone()],
            ..Program::default()
        },
    );
    let mut s = common::setup(data.path());
    s.click("Start Sit to stand practice");
    s.harness.get_by_label("Start lighter session");
    assert!(s.harness.query_by_label("Start harder session").is_none());
    drop(s);
    harder.max_level = Level::Harder;
    write_program(
        data.path(),
        &Program {
            routines: vec![harder],
            ..Program::default()
        },
    );
    let mut s = common::setup(data.path());
    s.click("Start Sit to stand practice");
    s.harness.get_by_label("Start harder session");
    s.click("Feeling hot: Yes");
    assert!(s.harness.query_by_label("Start harder session").is_none());
}

#[test]
fn todays_start_keeps_its_place_when_a_reminder_appears() {
    let data = tempfile::tempdir().unwrap();
    write_program(
        data.path(),
        &steady::program::starters::Starter::SeatedStart.program(),
    );
    // Monday 08:50: leg strength is planned for the morning, at 09:00.
    let clock = FakeClock::starting_at(at("2026-03-02T08:50:00+01:00"));
    let mut s = common::setup_with_clock(data.path(), clock);
    let start = "Start Seated leg strengthening, planned for today";
    let before = s.harness.get_by_label(start).rect();
    assert!(!s.shows("Time for"));
    s.clock.advance(std::time::Duration::from_secs(11 * 60));
    s.frames();
    s.frames();
    s.harness.get_by_label("Time for Seated leg strengthening");
    let after = s.harness.get_by_label(start).rect();
    assert_eq!(before.min, after.min, "Start did not move under the finger");
}

#[test]
fn adherence_counts_only_the_program_as_worked_out_by_hand() {
    let program = Program {
        routines: vec![
            entry(
                "seated-leg-strength",
                When::Days(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]),
            ),
            entry("relax-and-breathe", When::TimesAWeek(2)),
        ],
        ..Program::default()
    };
    // Two full weeks, Mon 2 March to Sun 15 March 2026; today is Monday 16 March.
    let days = [
        ("seated-leg-strength", "2026-03-02"),
        ("seated-leg-strength", "2026-03-04"),
        ("seated-leg-strength", "2026-03-09"),
        ("relax-and-breathe", "2026-03-03"),
        ("relax-and-breathe", "2026-03-05"),
        ("relax-and-breathe", "2026-03-06"),
        ("relax-and-breathe", "2026-03-12"),
        ("calf-quad-and-hip-flexor-stretches", "2026-03-10"),
        ("calf-quad-and-hip-flexor-stretches", "2026-03-11"),
    ];
    let records: Vec<SessionRecord> = days
        .iter()
        .zip(1..)
        .map(|((id, day), n)| record(id, at(&format!("{day}T09:00:00+01:00")), n))
        .collect();
    let span = Span {
        from: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
    };
    let today = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
    let prescribed = program.prescribed(|_| None);
    let per = adherence_over(&records, &prescribed, span, today);
    // By hand: legs 2 + 1 of 3 + 3 = 3 of 6 (50 %); relax min(3, 2) + 1 of 2 + 2 =
    // 3 of 4 (75 %); together 6 of 10 (60 %). The stretches are not in the program.
    let found: Vec<(&str, Option<u32>)> = per
        .iter()
        .map(|a| (a.routine_id.as_str(), a.percent))
        .collect();
    assert_eq!(
        found,
        [
            ("seated-leg-strength", Some(50)),
            ("relax-and-breathe", Some(75))
        ]
    );
    assert_eq!(overall_percent_over(&per), Some(60));
    assert_eq!(
        extra_sessions(&records, span, |id| program.contains(id)),
        [("calf-quad-and-hip-flexor-stretches".to_owned(), 2)]
    );
    // The report says the same: the extra sessions as extra, never as missed.
    let routines: Vec<steady::routine::Routine> = steady::routine::bundled::load_bundled()
        .routines
        .into_iter()
        .map(|l| l.routine)
        .collect();
    let html = steady::report::render_report(&steady::report::ReportInput {
        records: &records,
        days: &[],
        routines: &routines,
        span,
        today,
        made: at("2026-03-16T10:00:00+01:00"),
        tests: &[],
        program: Some(&program),
        person: &steady::report::Person::default(),
    });
    let extra = html
        .split("id=\"report-extra\"")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap();
    assert!(
        extra.contains("not in your program") && extra.ends_with("×2"),
        "{extra}"
    );
    assert_eq!(html.matches("class=\"routine-adherence\"").count(), 2);
}

#[test]
fn every_starter_program_is_valid_and_its_first_week_holds_every_routine() {
    use steady::program::starters::Starter;
    let library = steady::routine::bundled::load_bundled();
    for starter in Starter::ALL {
        let program = starter.program();
        assert!(
            program.validate(&|id| library.get(id).is_some()).is_empty(),
            "{starter:?}"
        );
        let settings = steady::state::Settings::default();
        // From a Monday with no history.
        let week = steady::state::week::plan_program(
            steady::state::week::Inputs {
                program: Some(&program),
                library: &library,
                records: &[],
                days: &[],
                settings: &settings,
                today: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                now: at("2026-03-02T08:00:00+01:00"),
            },
            7,
        );
        for p in &program.routines {
            let days: Vec<chrono::Weekday> = week
                .days
                .iter()
                .filter(|d| d.sessions.iter().any(|s| s.routine_id == p.routine))
                .map(|d| chrono::Datelike::weekday(&d.day))
                .collect();
            match &p.when {
                When::Days(named) => {
                    let named: Vec<chrono::Weekday> = named.iter().map(|d| d.to_chrono()).collect();
                    assert_eq!(days, named, "{starter:?}: {}", p.routine);
                }
                When::TimesAWeek(n) => {
                    assert_eq!(days.len(), *n as usize, "{starter:?}: {}", p.routine);
                }
            }
        }
        // The monthly check comes in the first week (none done yet).
        assert!(
            week.days
                .iter()
                .any(|d| d.sessions.iter().any(|s| s.routine_id == "monthly-check")),
            "{starter:?}"
        );
    }
}

#[test]
fn strength_four_times_a_week_or_two_days_in_a_row_is_a_caution_never_an_error() {
    use steady::program::Caution;
    let library = steady::routine::bundled::load_bundled();
    let strength = |id: &str| {
        library
            .get(id)
            .is_some_and(|l| steady::history::planner::is_strength(&l.routine))
    };
    let program = Program {
        routines: vec![
            entry(
                "seated-leg-strength",
                When::Days(vec![Weekday::Mon, Weekday::Tue, Weekday::Thu, Weekday::Sat]),
            ),
            entry("sit-to-stand-practice", When::TimesAWeek(3)),
            entry("relax-and-breathe", When::TimesAWeek(7)),
        ],
        ..Program::default()
    };
    assert!(program.validate(&|id| library.get(id).is_some()).is_empty());
    assert_eq!(
        program.cautions(strength),
        [
            Caution::StrengthTooOften {
                routine: "seated-leg-strength".into(),
                times: 4
            },
            Caution::StrengthInARow {
                routine: "seated-leg-strength".into()
            },
        ]
    );
    // The routine file's own prescription: `steady validate` warns at 4 a week.
    let text = include_str!("../programs/seated-leg-strength.ron")
        .replacen("id: \"seated-leg-strength\"", "id: \"legs-four\"", 1)
        .replacen("times_per_week: 3,", "times_per_week: 4,", 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("legs4.ron");
    std::fs::write(&file, text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(["--lang", "en", "validate"])
        .arg(&file)
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a caution is not an error: {said}"
    );
    assert!(said.contains("Strength work 4 times a week"), "{said}");
}

#[test]
fn a_check_of_self_tests_offers_no_lighter_or_harder_start() {
    let data = tempfile::tempdir().unwrap();
    let mut s = common::setup(data.path());
    s.click("Start Monthly check");
    s.harness.get_by_label("Start session");
    assert!(s.harness.query_by_label("Start lighter session").is_none());
    s.click("Energy low");
    assert!(s.harness.query_by_label("Start lighter session").is_none());
    assert!(s.harness.query_by_label("Start harder session").is_none());
}

#[test]
fn about_me_keeps_a_name_and_a_date_of_birth_and_refuses_a_date_it_cannot_read() {
    let data = tempfile::tempdir().unwrap();
    let mut s = common::setup(data.path());
    s.click("Settings");
    s.type_into("My name, for the report", "Maria Keller");
    s.type_into("My date of birth, for the report", "31.2.1968");
    s.click("Keep");
    assert!(s.shows("That date of birth is not a date Steady can read"));
    assert_eq!(s.app().state.settings.person_name, "");
    s.type_into("My date of birth, for the report", "2.4.1968");
    s.click("Keep");
    assert_eq!(s.app().state.settings.person_name, "Maria Keller");
    assert_eq!(
        s.app().state.settings.birth_date,
        NaiveDate::from_ymd_opt(1968, 4, 2)
    );
    let saved = std::fs::read_to_string(data.path().join("settings.ron")).unwrap();
    assert!(
        saved.contains("Maria Keller") && saved.contains("1968-04-02"),
        "{saved}"
    );
}
