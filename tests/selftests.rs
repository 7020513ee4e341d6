//! Self-tests (format 3): the `Test` dose in routine files (the bundled "Monthly check"
//! in both languages, "needs format 3" in an older file, no levels on a test, newer
//! formats refused), a test inside a routine's session plan, and
//! `steady export --csv --tests`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::PathBuf;
use std::time::Duration;

use chrono::DateTime;
use steady::history::CheckIn;
use steady::history::Energy;
use steady::history::selftests::{TestContext, TestRecord, TestStore};
use steady::routine::bundled::{load_bundled, load_bundled_in};
use steady::routine::{Dose, FORMAT_VERSION, Level, Origin, Side, TestKind, parse_routine};
use steady::session::plan::{Activity, StepKind};
use steady::session::selftest::{Aid, Measure, Stance, TestResult};
use steady::session::{Engine, Plan, PlanOptions};

fn parse(text: &str) -> Result<steady::routine::Routine, Vec<String>> {
    parse_routine(&Origin::File(PathBuf::from("t.ron")), text.as_bytes())
        .map(|p| p.routine)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

const MINIMAL: &str = r#"Routine(
    format: FORMAT,
    id: "my-check",
    title: "My check",
    focus: [SitToStand],
    position: Seated,
    prescription: Prescription(times_per_week: 1),
    safety: ["Chair against a wall."],
    rest_between_exercises_secs: 60,
    exercises: [
        Exercise(
            name: "Sit to stand test",
            steps: ["Stand up five times."],
            dose: Test(kind: FiveTimesSitToStand),
            EXTRA
        ),
    ],
)
"#;

fn minimal(format: u32, extra: &str) -> String {
    MINIMAL
        .replace("FORMAT", &format.to_string())
        .replace("EXTRA", extra)
}

#[test]
fn the_monthly_check_loads_in_english_and_german_with_the_same_tests() {
    assert_eq!(FORMAT_VERSION, 3);
    let english = load_bundled();
    let german = load_bundled_in("de");
    assert!(english.problems.is_empty(), "{:#?}", english.problems);
    assert!(german.problems.is_empty(), "{:#?}", german.problems);
    let en = english.get("monthly-check").expect("bundled in English");
    let de = german.get("monthly-check").expect("bundled in German");
    assert_eq!(en.routine.format, 3);
    assert_ne!(en.routine.title, de.routine.title, "translated");
    let tests = |r: &steady::routine::Routine| -> Vec<Dose> {
        r.exercises.iter().map(|e| e.dose).collect()
    };
    let expected = vec![
        Dose::Test {
            kind: TestKind::FiveTimesSitToStand,
        },
        Dose::Test {
            kind: TestKind::ThirtySecondChairStand,
        },
        Dose::Test {
            kind: TestKind::StandingBalance,
        },
    ];
    assert_eq!(tests(&en.routine), expected);
    assert_eq!(tests(&de.routine), expected);
    // Written back, it reads back the same.
    let again = steady::routine::to_ron_string(&en.routine).unwrap();
    assert!(
        again.contains("dose: Test(kind: FiveTimesSitToStand),"),
        "{again}"
    );
    assert_eq!(parse(&again).unwrap(), en.routine);
}

#[test]
fn a_test_needs_format_3() {
    for old in [1, 2] {
        let problems = parse(&minimal(old, "")).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(
            problems[0].contains(&format!("needs format 3 (this file says format {old})")),
            "{problems:#?}"
        );
        assert!(
            problems[0].starts_with(
                "t.ron:14:19: error: `Test(kind: FiveTimesSitToStand)` needs format 3"
            ),
            "{problems:#?}"
        );
    }
    let routine = parse(&minimal(3, "")).unwrap();
    assert_eq!(
        routine.exercises[0].dose,
        Dose::Test {
            kind: TestKind::FiveTimesSitToStand
        }
    );
    let newer = parse(&minimal(4, "")).unwrap_err();
    assert!(newer[0].contains("newer Steady (format 4)"), "{newer:#?}");
}

#[test]
fn a_test_has_no_lighter_or_harder_dose_and_an_unknown_test_is_named() {
    let problems = parse(&minimal(3, "lighter: Hold(sets: 1, hold_secs: 10),")).unwrap_err();
    assert!(
        problems[0].contains("is a self-test: a test is only the exercise's `dose`"),
        "{problems:#?}"
    );
    let problems = parse(&minimal(3, "").replace("FiveTimesSitToStand", "Marathon")).unwrap_err();
    assert!(problems[0].contains("FiveTimesSitToStand"), "{problems:#?}");
}

#[test]
fn a_test_in_a_session_is_a_step_the_person_ends() {
    let routine = load_bundled().get("monthly-check").unwrap().routine.clone();
    let plan = Plan::new(&routine, PlanOptions::at_level(Level::Lighter, 0));
    let tests: Vec<TestKind> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Work(w) => match w.activity {
                Activity::Test { kind } => Some(kind),
                _ => None,
            },
            _ => None,
        })
        .collect();
    // A lighter day does not change a test.
    assert_eq!(
        tests,
        [
            TestKind::FiveTimesSitToStand,
            TestKind::ThirtySecondChairStand,
            TestKind::StandingBalance
        ]
    );
    assert!(
        plan.estimated_minutes() >= 6,
        "{}",
        plan.estimated_minutes()
    );
    let mut engine = Engine::new(&routine, PlanOptions::at_level(Level::Normal, 0));
    engine.start(Duration::ZERO);
    engine.tick(Duration::from_secs(600));
    assert!(
        engine.is_self_paced(),
        "waits for the test, never times it out"
    );
    let at = engine.step_index();
    engine.set_done(Duration::from_secs(601));
    assert_eq!(engine.step_index(), at + 1);
    assert!(!engine.is_self_paced(), "a rest follows");
}

#[test]
fn export_csv_tests_writes_one_row_per_result() {
    let data = tempfile::tempdir().unwrap();
    let store = TestStore::new(data.path().join("selftests"));
    let context = TestContext {
        check_in: Some(CheckIn {
            energy: Some(Energy::Low),
            feeling_hot: Some(true),
            new_weakness: Some(false),
            ..CheckIn::default()
        }),
        routine: Some(("monthly-check".to_owned(), Level::Normal)),
    };
    let results = [
        (
            "2026-03-07T16:45:10+01:00",
            TestResult {
                kind: TestKind::FiveTimesSitToStand,
                aids: vec![Aid::Armrests],
                measures: vec![Measure {
                    stance: None,
                    tenths: 123,
                }],
            },
        ),
        (
            "2026-03-08T08:05:00-05:00",
            TestResult {
                kind: TestKind::StandingBalance,
                aids: Vec::new(),
                measures: vec![
                    Measure {
                        stance: Some(Stance::Tandem),
                        tenths: 300,
                    },
                    Measure {
                        stance: Some(Stance::SingleLeg(Side::Left)),
                        tenths: 45,
                    },
                ],
            },
        ),
    ];
    for (at, result) in &results {
        let at = DateTime::parse_from_rfc3339(at).unwrap();
        for record in TestRecord::from_result(result, at, &context) {
            store.save(&record).unwrap();
        }
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data.path())
        .args(["export", "--csv", "--tests"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let csv = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[0].ends_with(
        "test_id,at,test,stance,value,unit,aids,condition,routine_id,level,energy,feeling_hot,new_weakness,fever,poor_sleep,dizzy,fell"
    ));
    assert!(
        lines[1].contains(
            ",2026-03-07T16:45:10+01:00,five-times-sit-to-stand,,12.3,s,armrests,with armrests,monthly-check,normal,low,true,false,,,,"
        ),
        "{csv}"
    );
    assert!(csv.contains(",standing-balance,tandem,30.0,s,,"), "{csv}");
    assert!(csv.contains(",\"single leg, left\",4.5,s,,"), "{csv}");
    assert!(csv.contains("2026-03-08T08:05:00-05:00"), "{csv}");

    // --from keeps the later day only.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data.path())
        .args(["export", "--csv", "--tests", "--from", "2026-03-08"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

#[test]
fn the_clinic_report_has_a_self_tests_section_only_with_results() {
    use steady::history::stats::Span;
    use steady::report::{ReportInput, render_report};
    steady::i18n::use_language(steady::i18n::Language::English);
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
    let mut tests = Vec::new();
    for (day, tenths) in [("01", 140), ("08", 150), ("15", 160), ("22", 200)] {
        let result = TestResult {
            kind: TestKind::FiveTimesSitToStand,
            aids: Vec::new(),
            measures: vec![Measure {
                stance: None,
                tenths,
            }],
        };
        tests.extend(TestRecord::from_result(
            &result,
            at(&format!("2026-03-{day}T17:05:00+01:00")),
            &TestContext::default(),
        ));
    }
    let span = Span {
        from: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
    };
    let report = |tests: &[TestRecord], span: Span| {
        render_report(&ReportInput {
            records: &[],
            days: &[],
            routines: &[],
            span,
            today: span.to,
            made: at("2026-04-01T10:00:00+02:00"),
            tests,
            program: None,
            person: &steady::report::Person::default(),
        })
    };
    let html = report(&tests, span);
    assert!(html.contains("id=\"report-tests\""), "{html}");
    assert!(html.contains("Five times sit-to-stand"));
    assert!(html.contains("4 results. Your usual: 15.0 s; from 11.3 s to 18.7 s"));
    assert!(html.contains("You may want to mention this to your clinician."));
    assert!(html.contains("Sun 22 Mar 2026 17:05 (afternoon)"), "{html}");
    assert!(html.contains("aria-label=\"Chart of Five times sit-to-stand, arms crossed."));
    assert!(html.contains("20.0 s, arms crossed"), "{html}");
    // Without results, or with none in the span, the section is left out.
    assert!(!report(&[], span).contains("report-tests"));
    let april = Span {
        from: chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2026, 4, 30).unwrap(),
    };
    assert!(!report(&tests, april).contains("report-tests"));
}

#[test]
fn the_report_compares_each_chair_stand_only_with_its_own_condition_in_consistent_words() {
    use steady::history::stats::Span;
    use steady::report::{ReportInput, render_report};
    steady::i18n::use_language(steady::i18n::Language::English);
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
    let mut tests = Vec::new();
    // Arms crossed: 10, 11, 11 make the usual (11); 2 stands or more is a real
    // change, so 10 to 12 stands are within and 9 is fewer. With armrests: 14, 15, 15
    // make the usual (15); 17 is more.
    for (day, stands, armrests) in [
        ("02", 10, false),
        ("03", 14, true),
        ("09", 11, false),
        ("10", 15, true),
        ("16", 11, false),
        ("17", 15, true),
        ("23", 9, false),
        ("24", 17, true),
    ] {
        let result = TestResult {
            kind: TestKind::ThirtySecondChairStand,
            aids: if armrests {
                vec![Aid::Armrests]
            } else {
                Vec::new()
            },
            measures: vec![Measure {
                stance: None,
                tenths: stands * 10,
            }],
        };
        tests.extend(TestRecord::from_result(
            &result,
            at(&format!("2026-03-{day}T10:00:00+01:00")),
            &TestContext::default(),
        ));
    }
    let span = Span {
        from: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
    };
    let html = render_report(&ReportInput {
        records: &[],
        days: &[],
        routines: &[],
        span,
        today: span.to,
        made: at("2026-04-01T10:00:00+02:00"),
        tests: &tests,
        program: None,
        person: &steady::report::Person::default(),
    });
    assert!(
        html.contains("<h3>30-second chair stand, arms crossed</h3>"),
        "{html}"
    );
    assert!(
        html.contains("<h3>30-second chair stand, with armrests</h3>"),
        "{html}"
    );
    assert!(
        html.contains("4 results. Your usual: 11 stands; from 10 stands to 12 stands is day-to-day variation. Latest: 9 stands. This result is fewer stands than your usual"),
        "{html}"
    );
    assert!(
        html.contains("4 results. Your usual: 15 stands; from 14 stands to 16 stands is day-to-day variation. Latest: 17 stands. More stands than your usual"),
        "{html}"
    );
    assert!(html.contains("9 stands, arms crossed"), "{html}");
    assert!(html.contains("17 stands, with armrests"), "{html}");
    // Never the old wording: a band whose low end is itself called worse.
    assert!(!html.contains("from 9 stands"), "{html}");
}
