//! History: records written atomically and never overwritten, read tolerantly (bad
//! files reported, never touched), kept safe across `kill -9`, summed up correctly
//! (adherence, strong hours) and exported as CSV that reads back.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _};
use steady::history::export::{Rows, in_range, write_csv};
use steady::history::in_progress::{self, InProgress};
use steady::history::stats::{
    DayPart, Prescribed, adherence, end_reasons, overall_percent, strong_hours, this_week,
};
use steady::history::{CheckIn, Energy, ExerciseRecord, HistoryStore, Outcome, SessionRecord};
use steady::routine::Dose;
use steady::session::progress::EndReason;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
}

/// A record for fixtures: `routine` started at `start`, finished or not, with levels.
fn record(
    id: &str,
    routine: &str,
    start: DateTime<FixedOffset>,
    outcome: Outcome,
    effort: Option<u8>,
    fatigue: Option<u8>,
) -> SessionRecord {
    SessionRecord {
        format: 1,
        id: id.to_owned(),
        routine_id: routine.to_owned(),
        routine_title: format!("Title of {routine}"),
        routine_hash: "0123456789abcdef".to_owned(),
        started: start,
        ended: start + chrono::Duration::minutes(15),
        outcome,
        check_in: CheckIn {
            energy: Some(Energy::Okay),
            feeling_hot: Some(false),
            new_weakness: None,
            progression: None,
            ..CheckIn::default()
        },
        lighter: false,
        level: steady::routine::Level::Normal,
        exercises: vec![ExerciseRecord {
            name: "Sit to stand, \"slowly\", with care".to_owned(),
            planned: Dose::Reps {
                sets: 3,
                reps: 8,
                tempo: None,
            },
            sets_done: 2,
            reps_done: 16,
            secs_done: 120,
            sets_skipped: 1,
        }],
        pauses: 1,
        paused_secs: 30,
        active_secs: 900,
        effort,
        fatigue,
        note: "Felt steady.\nLegs heavy after, ça va".to_owned(),
        app_version: "0.1.0".to_owned(),
        corrects: None,
    }
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                files.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn records_are_saved_once_each_in_its_own_file_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = HistoryStore::new(dir.path());
    let a = record(
        "aaaa0001",
        "x",
        at(2026, 3, 2, 9, 5),
        Outcome::Completed,
        Some(4),
        Some(3),
    );
    let path = store.save(&a).unwrap();
    assert_eq!(
        path.strip_prefix(dir.path()).unwrap(),
        Path::new("2026/03/20260302T090500_aaaa0001.ron")
    );
    // Never over an existing path.
    let before = std::fs::read(&path).unwrap();
    let mut changed = a.clone();
    changed.note = "changed".into();
    assert!(matches!(
        store.save(&changed),
        Err(steady::history::HistoryError::Exists { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let loaded = store.load();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.records, vec![a]);
}

#[test]
fn bad_files_are_reported_and_left_alone_while_every_good_record_loads() {
    let dir = tempfile::tempdir().unwrap();
    let store = HistoryStore::new(dir.path());
    let good: Vec<SessionRecord> = (0..5)
        .map(|i| {
            record(
                &format!("good000{i}"),
                "x",
                at(2026, 3, 2 + i, 9, 0),
                Outcome::Completed,
                None,
                None,
            )
        })
        .collect();
    let mut paths = Vec::new();
    for r in &good {
        paths.push(store.save(r).unwrap());
    }
    let month = paths[0].parent().unwrap().to_path_buf();
    let text = std::fs::read_to_string(&paths[0]).unwrap();
    std::fs::write(
        month.join("20260301T080000_trunc001.ron"),
        &text[..text.len() / 2],
    )
    .unwrap();
    std::fs::write(
        month.join("20260301T080000_garbage1.ron"),
        [0xFF, 0xFE, 0x00, 0x41],
    )
    .unwrap();
    std::fs::write(month.join("20260301T080000_empty001.ron"), "").unwrap();
    std::fs::write(
        month.join("20260301T080000_future01.ron"),
        text.replacen("format: 1,", "format: 9,", 1),
    )
    .unwrap();
    // A sync tool's conflict copy of a good record: the same id counts once.
    let conflict = paths[1].with_file_name(format!(
        "{}.sync-conflict-20260304-101010-ABCDEFG.ron",
        paths[1].file_stem().unwrap().to_string_lossy()
    ));
    std::fs::copy(&paths[1], &conflict).unwrap();
    // Dropbox style, with a changed note (a conflicting edit): still the same id.
    let dropbox = month.join("20260303T090000_good0001 (conflicted copy).ron");
    std::fs::write(
        &dropbox,
        std::fs::read_to_string(&paths[1])
            .unwrap()
            .replace("Felt steady.", "Edited"),
    )
    .unwrap();
    // A temporary file of an interrupted atomic write is hidden and ignored.
    std::fs::write(month.join(".20260301T080000_tmp.ron.XXXX"), "partial").unwrap();

    let before = snapshot(dir.path());
    let loaded = store.load();
    // The conflicting edit's new line is merged in, never dropped (by hand: the
    // copy's lines are "Edited" and "Legs heavy after, ça va"; only "Edited" is new).
    let mut good = good;
    good[1].note.push_str("\nEdited");
    assert_eq!(loaded.records, good, "every good record, each once");
    let reasons: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.problems.len(), 6, "{reasons:#?}");
    let has = |name: &str, words: &str| {
        loaded
            .problems
            .iter()
            .any(|p| p.path.to_string_lossy().contains(name) && p.reason.contains(words))
    };
    assert!(has("trunc001", "cannot be read at line"), "{reasons:#?}");
    assert!(has("garbage1", "not UTF-8"), "{reasons:#?}");
    assert!(has("empty001", "empty"), "{reasons:#?}");
    assert!(has("future01", "newer Steady"), "{reasons:#?}");
    assert!(
        has("sync-conflict", "a copy of the session in"),
        "{reasons:#?}"
    );
    assert!(has("conflicted copy", "counted once"), "{reasons:#?}");
    assert_eq!(
        snapshot(dir.path()),
        before,
        "nothing was changed or deleted"
    );
}

#[test]
fn kill_dash_nine_at_random_moments_never_loses_a_finished_set() {
    let iterations: usize = std::env::var("STEADY_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut random = move |hi: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % hi
    };
    let (mut killed_mid, mut finished, mut max_kept) = (0, 0, 0);
    for i in 0..iterations {
        let data = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_steady"))
            .args(["--data-dir", data.path().to_str().unwrap(), "crash-writer"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Kill after a random number of sets were reported kept (0: at once; past the
        // end: after it saved), so where the kills land does not depend on how fast
        // this machine is. The writer goes on writing until the kill arrives.
        let kill_after = random(12) as usize;
        let mut lines = Vec::new();
        let mut stdout = BufReader::new(stdout).lines();
        while lines
            .iter()
            .filter(|l: &&String| l.starts_with("kept"))
            .count()
            < kill_after
        {
            match stdout.next() {
                Some(Ok(line)) => lines.push(line),
                _ => break,
            }
        }
        child.kill().unwrap(); // SIGKILL
        let _ = child.wait();
        lines.extend(stdout.map_while(Result::ok));
        // What the writer said was safely on disk before it died.
        let kept: u32 = lines
            .iter()
            .filter_map(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
            .max()
            .unwrap_or(0);
        let saved = lines.iter().any(|l| l.starts_with("saved"));

        let history = HistoryStore::new(data.path().join("history")).load();
        assert!(
            history.problems.is_empty(),
            "iteration {i}: {:?}",
            history.problems
        );
        let orphans = in_progress::orphans(&data.path().join("state/in-progress"));
        for o in &orphans {
            assert!(
                o.problem.is_none(),
                "iteration {i}: half-written {:?}",
                o.problem
            );
        }
        let amount = |r: &SessionRecord| {
            r.exercises
                .iter()
                .map(|e| e.reps_done + e.secs_done)
                .sum::<u32>()
        };
        let on_disk = history
            .records
            .iter()
            .chain(orphans.iter().filter_map(|o| o.record.as_ref()))
            .map(amount)
            .max()
            .unwrap_or(0);
        assert!(
            on_disk >= kept,
            "iteration {i}: {kept} was kept but only {on_disk} is on disk"
        );
        if saved {
            assert_eq!(history.records.len(), 1, "iteration {i}");
            finished += 1;
        } else if kept > 0 {
            killed_mid += 1;
        }
        max_kept = max_kept.max(kept);
    }
    println!(
        "{iterations} kills: {killed_mid} mid-session with sets kept, {finished} after saving; up to {max_kept} reps+secs kept"
    );
    assert!(
        killed_mid > iterations / 4,
        "the kills should land mid-session ({killed_mid})"
    );
}

#[test]
fn a_running_session_is_not_an_orphan_and_a_dead_one_is() {
    let dir = tempfile::tempdir().unwrap();
    let r = record(
        "live0001",
        "x",
        at(2026, 3, 2, 9, 0),
        Outcome::EndedEarly(EndReason::Interrupted),
        None,
        None,
    );
    let kept = InProgress::start(dir.path(), &r, "this-computer", r.started).unwrap();
    assert!(
        in_progress::orphans(dir.path()).is_empty(),
        "held by this process"
    );
    drop(kept); // as if the process died: the lock goes, the file stays
    let orphans = in_progress::orphans(dir.path());
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].record.as_ref().unwrap(), &r);
    // Discarding moves it to the trash, it is not deleted.
    let trash = dir.path().join("trash");
    let moved = in_progress::discard(&orphans[0], &trash).unwrap();
    assert!(std::fs::read_to_string(moved).unwrap().contains("live0001"));
    assert!(in_progress::orphans(dir.path()).is_empty());
}

#[test]
fn adherence_matches_hand_counted_weeks() {
    // Thursday 19 March 2026; weeks start on Mondays: 2, 9, 16 March.
    let today = NaiveDate::from_ymd_opt(2026, 3, 19).unwrap();
    let done = |id: &str, d: u32| {
        record(
            id,
            "legs",
            at(2026, 3, d, 10, 0),
            Outcome::Completed,
            None,
            None,
        )
    };
    let records = vec![
        done("a", 2),
        done("b", 4),
        done("c", 6),
        done("d", 7),  // 4 in week 1: counts as 3 (the prescription)
        done("e", 10), // 1 in week 2
        done("f", 17), // this week so far
        record(
            "g",
            "other",
            at(2026, 3, 18, 10, 0),
            Outcome::Completed,
            None,
            None,
        ),
    ];
    let routines = vec![
        Prescribed {
            routine_id: "legs".into(),
            title: "Legs".into(),
            times_per_week: 3,
        },
        Prescribed {
            routine_id: "never".into(),
            title: "Never done".into(),
            times_per_week: 2,
        },
    ];
    let a = adherence(&records, &routines, today, 12);
    assert_eq!(a.len(), 1, "routines never done are not listed");
    let weeks: Vec<(u32, u32)> = a[0].weeks.iter().map(|w| (w.done, w.prescribed)).collect();
    assert_eq!(weeks, [(4, 3), (1, 3), (1, 3)]);
    // Full weeks: min(4,3) + 1 = 4 of 6 = 67 %.
    assert_eq!(a[0].percent, Some(67));
    assert_eq!(overall_percent(&a), Some(67));
    assert_eq!(this_week(&records, today).len(), 2);
    // In the first week nothing is full yet.
    let a = adherence(
        &records[..4],
        &routines,
        NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        12,
    );
    assert_eq!(a[0].percent, None);
}

#[test]
fn strong_hours_name_the_best_part_of_the_day() {
    let r = |id: &str, h: u32, outcome: Outcome, effort: u8, fatigue: u8| {
        record(
            id,
            "x",
            at(2026, 3, 2, h, 0),
            outcome,
            Some(effort),
            Some(fatigue),
        )
    };
    let stopped = Outcome::EndedEarly(EndReason::Tired);
    let records = vec![
        r("m1", 8, Outcome::Completed, 3, 2),
        r("m2", 9, Outcome::Completed, 4, 3),
        r("m3", 10, Outcome::Completed, 3, 2),
        r("a1", 15, Outcome::Completed, 6, 6),
        r("a2", 16, stopped, 7, 8),
        r("a3", 17, stopped, 8, 8),
    ];
    let (parts, summary) = strong_hours(&records);
    let morning = parts.iter().find(|p| p.part == DayPart::Morning).unwrap();
    assert_eq!((morning.sessions, morning.completed), (3, 3));
    assert!((morning.avg_effort.unwrap() - 10.0 / 3.0).abs() < 1e-4);
    let afternoon = parts.iter().find(|p| p.part == DayPart::Afternoon).unwrap();
    assert_eq!((afternoon.sessions, afternoon.completed), (3, 1));
    // Morning: 100 − 3·(7/3) − 2·(10/3) = 86.3; afternoon: 33.3 − 3·(22/3) − 2·7 = −2.7.
    assert!((morning.score.unwrap() - 86.333).abs() < 0.01);
    assert!((afternoon.score.unwrap() + 2.667).abs() < 0.01);
    assert_eq!(
        summary,
        "Your sessions go best in the morning, and are harder in the afternoon."
    );
    assert_eq!(end_reasons(&records), vec![(EndReason::Tired, 2)]);
    let (_, few) = strong_hours(&records[..2]);
    assert!(few.contains("After 4 sessions"), "{few}");
}

#[test]
fn csv_export_reads_back_through_the_csv_crate() {
    let records = vec![
        record(
            "s1",
            "legs",
            at(2026, 3, 2, 9, 5),
            Outcome::Completed,
            Some(4),
            Some(3),
        ),
        record(
            "s2",
            "legs",
            at(2026, 3, 9, 18, 30),
            Outcome::EndedEarly(EndReason::TooHot),
            None,
            Some(7),
        ),
    ];
    for rows in [Rows::Sessions, Rows::Exercises] {
        let mut bytes = Vec::new();
        write_csv(&mut bytes, &in_range(&records, None, None), rows, &|_| None).unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()));
        assert!(
            String::from_utf8_lossy(&bytes).contains("\r\n"),
            "RFC 4180 line ends"
        );
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let header = reader.headers().unwrap().clone();
        let rows_read: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows_read.len(), 2);
        let field = |row: &csv::StringRecord, name: &str| {
            row[header.iter().position(|h| h == name).unwrap()].to_owned()
        };
        assert_eq!(field(&rows_read[0], "started"), "2026-03-02T09:05:00+01:00");
        assert_eq!(
            field(&rows_read[0], "note"),
            "Felt steady.\nLegs heavy after, ça va"
        );
        assert_eq!(field(&rows_read[1], "end_reason"), "TooHot");
        assert_eq!(field(&rows_read[1], "effort"), "");
        assert_eq!(field(&rows_read[1], "fatigue"), "7");
        if rows == Rows::Exercises {
            assert_eq!(
                field(&rows_read[0], "exercise"),
                "Sit to stand, \"slowly\", with care"
            );
            assert_eq!(field(&rows_read[0], "sets_done"), "2");
            assert_eq!(field(&rows_read[0], "planned"), "3 sets of 8 reps");
        }
    }
    let from = NaiveDate::from_ymd_opt(2026, 3, 5);
    assert_eq!(in_range(&records, from, None).len(), 1);
    assert_eq!(in_range(&records, None, from).len(), 1);
}

#[test]
fn the_export_command_writes_a_new_file_and_never_overwrites() {
    let data = tempfile::tempdir().unwrap();
    let store = HistoryStore::new(data.path().join("history"));
    store
        .save(&record(
            "s1",
            "legs",
            at(2026, 3, 2, 9, 5),
            Outcome::Completed,
            Some(4),
            Some(3),
        ))
        .unwrap();
    let out = data.path().join("out.csv");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_steady"))
            .args([
                "--data-dir",
                data.path().to_str().unwrap(),
                "export",
                "--csv",
                "--sessions",
                "--out",
            ])
            .arg(&out)
            .output()
            .unwrap()
    };
    assert_eq!(run().status.code(), Some(0));
    let first = std::fs::read(&out).unwrap();
    let again = run();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&out).unwrap(), first);
}
