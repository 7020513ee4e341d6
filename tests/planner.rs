//! The week planner's promises, over random programs and histories: the daily budget
//! is kept (a routine on its fixed day, or one longer than the whole daily time alone
//! on its day, is planned all the same: none is dropped for length), no routine twice
//! a day, strength work never on the day after strength work unless the routine's own
//! days say so, a missed session never doubles the work (no week gets more sessions of
//! a routine than prescribed), a check of self-tests is planned only weeks apart,
//! "Not today" never pulls another routine in, today's check-in limits today, and
//! nothing outside the program is planned.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::PathBuf;

use chrono::{Datelike as _, Days, NaiveDate};
use proptest::prelude::*;
use steady::history::planner::{Done, PlanInput, PlanRoutine, PutOff, TodayLimit, plan};
use steady::routine::{Origin, Weekday, parse_routine};

fn routine_strategy(i: usize) -> impl Strategy<Value = PlanRoutine> {
    (
        1u32..30,
        any::<bool>(),
        1u32..8,
        prop::option::weighted(0.3, prop::collection::btree_set(0usize..7, 1..5)),
        prop::sample::select(vec![1u32, 1, 1, 4]),
        any::<bool>(),
    )
        .prop_map(
            move |(minutes, strength, per_week, days, every_weeks, seated)| {
                let days: Option<Vec<Weekday>> =
                    days.map(|set| set.into_iter().map(|d| Weekday::ALL[d]).collect());
                PlanRoutine {
                    id: format!("r{i}"),
                    minutes,
                    strength,
                    per_week: days
                        .as_ref()
                        .map_or(per_week, |d| u32::try_from(d.len()).unwrap()),
                    days,
                    every_weeks,
                    seated,
                    part: None,
                }
            },
        )
}

fn limit_strategy() -> impl Strategy<Value = TodayLimit> {
    prop::sample::select(vec![
        TodayLimit::Any,
        TodayLimit::Any,
        TodayLimit::SeatedOnly,
        TodayLimit::Nothing,
    ])
}

fn input_strategy()
-> impl Strategy<Value = (Vec<PlanRoutine>, Vec<Done>, Vec<PutOff>, NaiveDate, u32)> {
    (1usize..7)
        .prop_flat_map(|n| {
            let routines: Vec<_> = (0..n).map(routine_strategy).collect();
            (
                routines,
                prop::collection::vec((0usize..n, 0u64..14, any::<bool>(), 1u32..30), 0..20),
                prop::collection::vec((0usize..n, 0u64..3), 0..4),
                0u64..400,
                5u32..90,
            )
        })
        .prop_map(|(routines, done, put_off, start, budget)| {
            let today = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(start);
            let done = done
                .into_iter()
                .map(|(r, back, counts, minutes)| Done {
                    day: today - Days::new(back),
                    routine_id: routines[r].id.clone(),
                    counts,
                    minutes,
                })
                .collect();
            let put_off = put_off
                .into_iter()
                .map(|(r, ahead)| PutOff {
                    day: today + Days::new(ahead),
                    routine_id: routines[r].id.clone(),
                })
                .collect();
            (routines, done, put_off, today, budget)
        })
}

fn monday(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_plan_keeps_its_four_promises(
        (routines, done, put_off, today, budget) in input_strategy()
    ) {
        let input = PlanInput {
            routines: &routines,
            done: &done,
            put_off: &put_off,
            today,
            budget_minutes: budget,
            today_limit: TodayLimit::Any,
            seated_only_until: None,
        };
        let days = plan(&input, 21);
        prop_assert_eq!(days.len(), 21);
        let fixed_on = |r: &PlanRoutine, day: NaiveDate| r.days.as_ref().is_some_and(|ds| {
            ds.contains(&Weekday::ALL[day.weekday().num_days_from_monday() as usize])
        });
        let by_id = |id: &str| routines.iter().find(|r| r.id == id).unwrap();
        let strength_on = |day: NaiveDate| -> Vec<&str> {
            let planned = days
                .iter()
                .filter(|d| d.day == day)
                .flat_map(|d| d.sessions.iter().map(|s| s.routine_id.as_str()));
            let was_done = done.iter().filter(|d| d.day == day).map(|d| d.routine_id.as_str());
            planned.chain(was_done).filter(|id| by_id(id).strength).collect()
        };
        for d in &days {
            // 1. The budget, counting what was already done that day: a routine on its
            // fixed day comes first and is planned whatever its length; the routines
            // that fill the rest keep within the budget, except one longer than the
            // whole daily time, which then has the day to itself.
            prop_assert!(d.sessions.iter().all(|s| routines.iter().any(|r| r.id == s.routine_id)),
                "only the program is planned");
            let used: u32 = done.iter().filter(|x| x.day == d.day).map(|x| x.minutes).sum();
            let (fixed, flexible): (Vec<_>, Vec<_>) = d
                .sessions
                .iter()
                .partition(|s| fixed_on(by_id(&s.routine_id), d.day));
            let fixed_minutes: u32 = fixed.iter().map(|s| s.minutes).sum();
            let flexible_minutes: u32 = flexible.iter().map(|s| s.minutes).sum();
            let alone = d.sessions.len() == 1 && used == 0 && flexible_minutes > budget;
            prop_assert!(flexible.is_empty() || alone
                || flexible_minutes + fixed_minutes + used <= budget,
                "{}: {flexible_minutes} + {fixed_minutes} planned + {used} done > {budget}", d.day);
            for s in &d.sessions {
                prop_assert_eq!(s.over_budget, s.minutes > budget);
            }
            // 2. No routine twice a day, nor on a day it was done or put off.
            for (i, s) in d.sessions.iter().enumerate() {
                prop_assert!(d.sessions[..i].iter().all(|o| o.routine_id != s.routine_id));
                prop_assert!(!done.iter().any(|x| x.day == d.day && x.routine_id == s.routine_id));
                prop_assert!(!put_off.iter().any(|p| p.day == d.day && p.routine_id == s.routine_id));
            }
            // 3. Strength never the day after strength, unless both are the
            // routine's own named days.
            let yesterday = d.day.pred_opt().unwrap();
            let before = strength_on(yesterday);
            for s in d.sessions.iter().filter(|s| by_id(&s.routine_id).strength) {
                let r = by_id(&s.routine_id);
                let named = |day: NaiveDate| r.days.as_ref().is_some_and(|ds| {
                    ds.contains(&Weekday::ALL[day.weekday().num_days_from_monday() as usize])
                });
                prop_assert!(
                    before.is_empty()
                        || (named(d.day) && named(yesterday) && before.iter().all(|id| *id == r.id)),
                    "{} on {} after strength {:?}", r.id, d.day, before
                );
            }
        }
        // 4. Never doubled: per week, done (counted) and planned stay within the
        // prescription.
        for r in &routines {
            for week in days.iter().map(|d| monday(d.day)) {
                let in_week = |day: NaiveDate| monday(day) == week;
                let planned = days.iter().filter(|d| in_week(d.day))
                    .filter(|d| d.sessions.iter().any(|s| s.routine_id == r.id)).count();
                let counted = done.iter()
                    .filter(|x| x.counts && x.routine_id == r.id && in_week(x.day)).count();
                prop_assert!(planned == 0 || planned + counted <= r.per_week as usize,
                    "{}: {planned} planned + {counted} done > {}", r.id, r.per_week);
            }
        }
        // 5. A check of self-tests waits its weeks after the last one done or planned.
        for r in routines.iter().filter(|r| r.every_weeks > 1) {
            let gap = i64::from(r.every_weeks) * 7;
            let mut seen: Vec<NaiveDate> = done.iter()
                .filter(|x| x.counts && x.routine_id == r.id && x.day <= today)
                .map(|x| x.day)
                .collect();
            for d in days.iter().filter(|d| d.sessions.iter().any(|s| s.routine_id == r.id)) {
                for before in &seen {
                    prop_assert!((d.day - *before).num_days() >= gap,
                        "{} planned {} only {} days after {}", r.id, d.day,
                        (d.day - *before).num_days(), before);
                }
                seen.push(d.day);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Every routine on its fixed days is planned on each of them, however long it is
    /// against the daily time (nothing done or put off; no strength or checks, whose
    /// rest days and cadence are promises of their own).
    #[test]
    fn a_prescribed_routine_is_never_dropped_for_length(
        (mut routines, _, _, today, budget) in input_strategy()
    ) {
        for r in &mut routines {
            r.strength = false;
            r.every_weeks = 1;
        }
        let input = PlanInput {
            routines: &routines,
            done: &[],
            put_off: &[],
            today,
            budget_minutes: budget,
            today_limit: TodayLimit::Any,
            seated_only_until: None,
        };
        for d in plan(&input, 21) {
            let weekday = Weekday::ALL[d.day.weekday().num_days_from_monday() as usize];
            for r in routines.iter().filter(|r| r.days.as_ref().is_some_and(|ds| ds.contains(&weekday))) {
                prop_assert!(d.sessions.iter().any(|s| s.routine_id == r.id),
                    "{} ({} min, budget {budget}) missing on its day {}", r.id, r.minutes, d.day);
            }
        }
    }

    /// "Not today" leaves its place empty: on the first day with a put-off session the
    /// plan holds nothing the plan without it did not; and today's check-in limits
    /// today (nothing after a fever, only seated work after a fall, weakness or
    /// dizziness).
    #[test]
    fn not_today_never_adds_and_the_check_in_limits_today(
        (routines, done, put_off, today, budget) in input_strategy(),
        limit in limit_strategy(),
    ) {
        let plan_with = |put_off: &[PutOff], limit: TodayLimit| {
            plan(
                &PlanInput {
                    routines: &routines,
                    done: &done,
                    put_off,
                    today,
                    budget_minutes: budget,
                    today_limit: limit,
                    seated_only_until: None,
                },
                7,
            )
        };
        let without = plan_with(&[], TodayLimit::Any);
        let with = plan_with(&put_off, TodayLimit::Any);
        if let Some(first) = put_off.iter().map(|p| p.day).min() {
            let ids = |days: &[steady::history::planner::DayPlan]| -> Vec<String> {
                days.iter().filter(|d| d.day == first)
                    .flat_map(|d| d.sessions.iter().map(|s| s.routine_id.clone())).collect()
            };
            let (w, wo) = (ids(&with), ids(&without));
            prop_assert!(w.iter().all(|id| wo.contains(id)), "{first}: {w:?} not within {wo:?}");
        }
        let limited = plan_with(&[], limit);
        let by_id = |id: &str| routines.iter().find(|r| r.id == id).unwrap();
        match limit {
            TodayLimit::Nothing => prop_assert!(limited[0].sessions.is_empty()),
            TodayLimit::SeatedOnly => prop_assert!(
                limited[0].sessions.iter().all(|s| by_id(&s.routine_id).seated)
            ),
            TodayLimit::Any => {}
        }
    }
}

const LEGS: &str = include_str!("../programs/seated-leg-strength.ron");

fn with_days(format: &str, days: &str) -> Result<steady::routine::Routine, String> {
    let text = LEGS
        .replacen("format: 1,", format, 1)
        .replacen("format: 2,", format, 1)
        .replacen(
            "times_per_week: 3,",
            &format!("times_per_week: 3, {days}"),
            1,
        );
    assert!(text.contains(days), "the edit applies");
    parse_routine(&Origin::File(PathBuf::from("legs.ron")), text.as_bytes())
        .map(|p| p.routine)
        .map_err(|problems| format!("{problems:?}"))
}

#[test]
fn days_load_in_format_3_and_ask_for_it_in_older_files() {
    let routine = with_days("format: 3,", "days: [Mon, Wed, Fri],").unwrap();
    assert_eq!(
        routine.prescription.days,
        Some(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri])
    );
    assert_eq!(routine.prescription.per_week(), 3);
    let text = steady::routine::to_ron_string(&routine).unwrap();
    assert!(text.contains("days: [Mon, Wed, Fri]"), "{text}");

    let older = with_days("format: 2,", "days: [Mon, Wed, Fri],").unwrap_err();
    assert!(older.contains("`days` needs format 3"), "{older}");
    let twice = with_days("format: 3,", "days: [Mon, Mon, Fri],").unwrap_err();
    assert!(twice.contains("each day at most once"), "{twice}");
    let differ = with_days("format: 3,", "days: [Mon, Fri],").unwrap_err();
    assert!(
        differ.contains("names 2 days but `times_per_week` is 3"),
        "{differ}"
    );
}

/// A strict reading of RFC 5545: CRLF line ends, at most 75 octets a line, folded
/// lines start with one space and unfold to valid UTF-8, components nest and close,
/// and every component has the properties the RFC requires, once.
fn check_ics(text: &str) -> Vec<Vec<(String, String)>> {
    assert!(text.ends_with("\r\n"));
    let physical: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    let mut logical: Vec<String> = Vec::new();
    for line in physical {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare newline in {line:?}"
        );
        if let Some(rest) = line.strip_prefix(' ') {
            logical
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(rest);
        } else {
            logical.push(line.to_owned());
        }
    }
    let mut stack: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut events = Vec::new();
    for line in &logical {
        let (name, value) = line.split_once(':').expect("NAME:VALUE");
        assert!(
            name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "{name}"
        );
        match name {
            "BEGIN" => stack.push((value.to_owned(), Vec::new())),
            "END" => {
                let (kind, props) = stack.pop().expect("END after BEGIN");
                assert_eq!(kind, value);
                let required: &[&str] = match kind.as_str() {
                    "VCALENDAR" => &["VERSION", "PRODID"],
                    "VEVENT" => &["UID", "DTSTAMP", "DTSTART", "SUMMARY"],
                    "VALARM" => &["ACTION", "TRIGGER", "DESCRIPTION"],
                    other => panic!("unexpected component {other}"),
                };
                for r in required {
                    let n = props.iter().filter(|(k, _)| k == r).count();
                    assert_eq!(n, 1, "{kind} has {r} {n} times");
                }
                if kind == "VEVENT" {
                    assert!(
                        props.iter().any(|(k, _)| k == "DURATION")
                            ^ props.iter().any(|(k, _)| k == "DTEND")
                    );
                    events.push(props);
                }
            }
            _ => stack
                .last_mut()
                .expect("inside a component")
                .1
                .push((name.to_owned(), value.to_owned())),
        }
    }
    assert!(stack.is_empty());
    events
}

#[test]
fn the_calendar_file_follows_rfc_5545() {
    use steady::history::calendar::{CalendarSession, calendar};
    let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let sessions = vec![
        CalendarSession {
            day,
            start: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            minutes: 12,
            key: "seated-leg-strength".into(),
            summary: "Steady: Kräftigung der Beine im Sitzen, langsam; mit Pausen, wenn nötig — ünïcödé ✔✔✔✔".into(),
            description: "Line one\nline two, with a comma; and a semicolon \\ backslash".into(),
            alarm: "In 10 minutes".into(),
        },
        CalendarSession {
            day: day + Days::new(1),
            start: chrono::NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            minutes: 10,
            key: "relax-and-breathe".into(),
            summary: "Steady: Relax".into(),
            description: String::new(),
            alarm: "Soon".into(),
        },
    ];
    let stamp = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let text = calendar(&sessions, stamp);
    let events = check_ics(&text);
    assert_eq!(events.len(), 2);
    let get = |e: &Vec<(String, String)>, k: &str| {
        e.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(get(&events[0], "DTSTART"), "20260302T090000");
    assert_eq!(get(&events[1], "DTSTART"), "20260303T183000");
    assert_eq!(get(&events[0], "DURATION"), "PT12M");
    assert_eq!(get(&events[0], "DTSTAMP"), "20270115T080000Z");
    assert_eq!(
        get(&events[0], "DESCRIPTION"),
        "Line one\\nline two\\, with a comma\\; and a semicolon \\\\ backslash"
    );
    assert!(get(&events[0], "SUMMARY").ends_with("ünïcödé ✔✔✔✔"));
    assert_ne!(get(&events[0], "UID"), get(&events[1], "UID"));
}

#[test]
fn steady_plan_prints_today_and_writes_a_calendar() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", "en"])
            .args(args)
            .output()
            .unwrap()
    };
    // Without a program nothing is planned, and one sentence says how to make one.
    let out = run(&["plan"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("You have no program yet"), "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
    let out = run(&["program", "starter", "seated-start"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = run(&["plan"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Today, "), "{text}");
    assert_eq!(
        text.matches(":\n").count(),
        7,
        "today and six more days: {text}"
    );

    let ics = data.path().join("plan.ics");
    let out = run(&["plan", "--ics", ics.to_str().unwrap(), "--weeks", "2"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let events = check_ics(&std::fs::read_to_string(&ics).unwrap());
    assert!(!events.is_empty());
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains(&format!("Wrote {} planned sessions", events.len())),
        "{said}"
    );
    // Never over an existing file.
    let again = run(&["plan", "--ics", ics.to_str().unwrap()]);
    assert_ne!(again.status.code(), Some(0));
}

/// `steady plan` agrees with Home: after a fall reported today only seated or lying
/// routines are planned today, and with a fever nothing is.
#[test]
#[allow(clippy::disallowed_methods)] // The command runs on the real clock: so does its record.
fn steady_plan_follows_todays_check_in() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", "en"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    run(&[
        "program",
        "add",
        "standing-balance-with-support",
        "--days",
        "mon,tue,wed,thu,fri,sat,sun",
    ]);
    run(&[
        "program",
        "add",
        "morning-stretches-in-bed",
        "--days",
        "mon,tue,wed,thu,fri,sat,sun",
    ]);
    let today_of = |text: &str| text.split("\n\n").next().unwrap().to_owned();
    let before = today_of(&run(&["plan"]));
    assert!(before.contains("Standing balance with support"), "{before}");
    assert!(before.contains("Morning stretches in bed"), "{before}");
    let store = steady::history::DayStore::new(data.path().join("checkins"));
    let now = chrono::Local::now().fixed_offset();
    let fell = steady::history::CheckIn {
        fell: Some(true),
        ..Default::default()
    };
    store
        .save(&steady::history::DayRecord::new(
            "morning-stretches-in-bed",
            fell,
            now,
        ))
        .unwrap();
    let after = today_of(&run(&["plan"]));
    assert!(!after.contains("Standing balance with support"), "{after}");
    assert!(after.contains("Morning stretches in bed"), "{after}");
    let fever = steady::history::CheckIn {
        fever: Some(true),
        ..Default::default()
    };
    store
        .save(&steady::history::DayRecord::new(
            "morning-stretches-in-bed",
            fever,
            now,
        ))
        .unwrap();
    let after = today_of(&run(&["plan"]));
    assert!(after.contains("No exercise today"), "{after}");
    assert!(!after.contains("Morning stretches in bed"), "{after}");
}

#[test]
fn a_title_with_control_characters_is_escaped_by_the_calendar_not_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let programs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let text = std::fs::read_to_string(programs.join("paced-stepping.ron"))
        .unwrap()
        .replace("id: \"paced-stepping\"", "id: \"my-steps\"");
    let title_start = text.find("title: \"").unwrap() + "title: \"".len();
    let title_end = title_start + text[title_start..].find('"').unwrap();
    let text = format!(
        "{}Morning\\r\\nsteps{}",
        &text[..title_start],
        &text[title_end..]
    );
    std::fs::write(routines.join("my-steps.ron"), text).unwrap();
    // In the program: only the program is planned.
    let added = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "en", "program", "add", "my-steps", "--times", "3"])
        .output()
        .unwrap();
    assert_eq!(added.status.code(), Some(0), "{added:?}");
    let ics = data.path().join("plan.ics");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "en", "plan", "--weeks", "2", "--ics"])
        .arg(&ics)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(!calendar.contains("\\u{"), "{calendar}");
    // RFC 5545: a line break in a text value is `\n`; the CR is a space.
    assert!(calendar.contains("Morning \\nsteps"), "{calendar}");
}

/// Issue #28's first promise, end to end: on a fresh data folder with one imported
/// 48-minute routine added for Mon, Wed and Fri, `steady plan --weeks 2` lists it on
/// exactly those days of the fourteen (six of them), and nothing else.
#[test]
fn an_imported_long_routine_on_mon_wed_fri_is_planned_on_exactly_those_days() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", "en"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    // Seated leg strength with four sets of everything: 48 minutes, over any daily time.
    let text = LEGS
        .replacen("id: \"seated-leg-strength\"", "id: \"long-legs\"", 1)
        .replacen(
            "title: \"Seated leg strengthening\"",
            "title: \"Long legs\"",
            1,
        )
        .replace("sets: 2,", "sets: 4,");
    let file = data.path().join("long-legs.ron");
    std::fs::write(&file, text).unwrap();
    run(&["import", file.to_str().unwrap()]);
    run(&["program", "add", "long-legs", "--days", "mon,wed,fri"]);
    let plan = run(&["plan", "--weeks", "2"]);
    let mut planned = Vec::new();
    let mut day = String::new();
    for line in plan.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            day = line.to_owned();
        } else if line.trim_start().starts_with("Long legs, about") {
            planned.push(day.clone());
        } else if line.starts_with("  ") && !line.starts_with("    ") {
            // Any other session, or a rest day's words.
            assert!(
                line.contains("A rest day.") || line.contains("Best time"),
                "{line}"
            );
        }
    }
    assert_eq!(plan.matches(":\n").count(), 14, "{plan}");
    assert_eq!(planned.len(), 6, "{plan}");
    for d in &planned {
        assert!(
            // Today's weekday is the clock's: any 14 days hold six of Mon, Wed, Fri.
            d.starts_with("Mon ")
                || d.starts_with("Wed ")
                || d.starts_with("Fri ")
                || d.starts_with("Today"),
            "{d}"
        );
    }
    assert!(plan.contains("Longer than your 20 min a day"), "{plan}");
}
