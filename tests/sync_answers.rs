//! Two computers, one person, a sync tool between their data folders (the fake sync of
//! `common/fake_sync.rs`, run at chosen moments): check-out answers given on one
//! computer after the other kept the session are added, never dropped; a session is
//! "running elsewhere" while its heartbeat changes, whatever either wall clock says;
//! and over random interleavings of check-out saves on both computers every answer is
//! kept.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

#[path = "common/fake_sync.rs"]
mod fake_sync;

use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone as _};
use proptest::prelude::*;
use steady::clock::{Clock as _, FakeClock};
use steady::history::in_progress::{self, InProgress, Liveness, OBSERVATION_WINDOW};
use steady::history::{CheckIn, HistoryStore, Outcome, Saved, SessionRecord};
use steady::live::{Live, keep_alive, keep_on_disk};
use steady::paths::DataDir;
use steady::routine::bundled::load_bundled;
use steady::session::{EventKind, PlanOptions};

fn start_of_day() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .unwrap()
}

/// Computer B's window looks at its in-progress folder at `now` (B's monotonic time)
/// and returns the sessions it offers as left behind.
fn b_offers(b: &DataDir, liveness: &mut Liveness, now: Duration) -> Vec<in_progress::Orphan> {
    let all = in_progress::orphans(&b.state().join("in-progress"));
    liveness.begin_look(&all);
    all.into_iter()
        .filter(|o| !liveness.running_elsewhere(o, "computer-b", now))
        .collect()
}

fn in_progress_dir(d: &DataDir) -> std::path::PathBuf {
    d.state().join("in-progress")
}

/// The lid-closed scenario: A finishes and is at check-out; A sleeps; B offers
/// the session and the person saves it there (stopped early); A wakes and the person
/// saves fatigue and a note. Both computers end with one record holding every answer.
#[test]
fn answers_saved_after_the_other_computer_kept_the_session_are_added() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (
        DataDir::at(tmp.path().join("a")),
        DataDir::at(tmp.path().join("b")),
    );
    let mut sync = fake_sync::Sync::new();
    // B's clock is 4 minutes ahead of A's.
    let clock_a = FakeClock::starting_at(start_of_day());
    let clock_b = FakeClock::starting_at(start_of_day() + chrono::Duration::minutes(4));
    let advance = |by: Duration| {
        clock_a.advance(by);
        clock_b.advance(by);
    };
    let mut liveness = Liveness::new();
    let routine = load_bundled()
        .get("paced-stepping")
        .expect("the bundled paced-stepping routine")
        .routine
        .clone();
    let mut notice = None;
    let (mut live, _) = Live::start(
        &routine,
        PlanOptions::normal_day(0),
        CheckIn::default(),
        &a,
        "computer-a",
        &clock_a,
        &mut notice,
    );
    // A runs the whole session, syncing every 5 s; B looks every 5 s and is never
    // offered it.
    while !live.engine.is_finished() {
        advance(Duration::from_secs(5));
        let now = clock_a.now();
        let events = if live.engine.next_event_at().is_none() {
            live.engine.set_done(now)
        } else {
            live.engine.tick(now)
        };
        if events.iter().any(|e| e.kind == EventKind::SetDone) {
            keep_on_disk(&mut live, &clock_a, &mut notice);
        }
        keep_alive(&mut live, &clock_a, &mut notice);
        sync.run(a.root(), b.root());
        assert!(b_offers(&b, &mut liveness, clock_b.now()).is_empty());
    }
    assert!(notice.is_none(), "{notice:?}");
    // Check-out: the record with its real outcome is kept on disk (as the app does).
    let finished = live.record_so_far(&clock_a);
    assert_eq!(finished.outcome, Outcome::Completed);
    let kept = live.in_progress.take().unwrap();
    kept.update(&finished, clock_a.wall_seconds()).unwrap();
    sync.run(a.root(), b.root());
    // A sleeps (no heartbeat) for 4 minutes; B looks every 30 s and offers the session
    // once the heartbeat has not changed for the observation window.
    let mut offered = Vec::new();
    for _ in 0..8 {
        advance(Duration::from_secs(30));
        sync.run(a.root(), b.root());
        offered = b_offers(&b, &mut liveness, clock_b.now());
        if !offered.is_empty() {
            break;
        }
    }
    assert_eq!(offered.len(), 1, "B offers the left-behind session");
    let orphan = &offered[0];
    let store_b = HistoryStore::new(b.history());
    let (saved, _) = store_b
        .save_or_merge(orphan.record.as_ref().unwrap(), &b.trash())
        .unwrap();
    assert!(matches!(saved, Saved::New(_)), "{saved:?}");
    assert!(in_progress::forget(orphan));
    sync.run(a.root(), b.root());
    // A wakes: the check-out's heartbeat, then the person's answers and Save.
    advance(Duration::from_secs(10));
    kept.update(&finished, clock_a.wall_seconds()).unwrap();
    let mut answered = finished.clone();
    answered.effort = Some(7);
    answered.fatigue = Some(7);
    answered.note = "Left knee hurt on hold 4, tell physio".to_owned();
    let store_a = HistoryStore::new(a.history());
    let (saved, on_disk) = store_a.save_or_merge(&answered, &a.trash()).unwrap();
    assert!(
        matches!(saved, Saved::Merged { .. }),
        "the person is told the answers were added: {saved:?}"
    );
    assert_eq!(on_disk, answered);
    kept.finish();
    sync.run(a.root(), b.root());
    for side in [&a, &b] {
        let report = HistoryStore::new(side.history()).load();
        assert_eq!(report.records.len(), 1);
        let record = &report.records[0];
        assert_eq!(record.effort, Some(7));
        assert_eq!(record.fatigue, Some(7));
        assert_eq!(record.note, "Left knee hurt on hold 4, tell physio");
        assert_eq!(record.outcome, Outcome::Completed);
        assert_eq!(record.exercises, finished.exercises);
        assert!(in_progress::orphans(&in_progress_dir(side)).is_empty());
    }
    // The version B had saved is kept in A's trash, not deleted.
    assert_eq!(std::fs::read_dir(a.trash()).unwrap().count(), 1);
}

/// A's session is never offered on B while its heartbeat changes, with A's wall clock
/// behind, ahead, or a year in the future; once A stops, B offers it after the
/// observation window of its own time, never before.
#[test]
fn a_running_session_is_judged_by_its_heartbeat_changing_not_by_clocks() {
    let skews = [
        chrono::Duration::minutes(-4),
        chrono::Duration::minutes(4),
        chrono::Duration::days(365),
        chrono::Duration::days(-1),
    ];
    for skew in skews {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (
            DataDir::at(tmp.path().join("a")),
            DataDir::at(tmp.path().join("b")),
        );
        let mut sync = fake_sync::Sync::new();
        let clock_a = FakeClock::starting_at(start_of_day() + skew);
        let clock_b = FakeClock::starting_at(start_of_day());
        // B's monotonic time starts elsewhere: it was never compared with A's.
        clock_b.advance(Duration::from_secs(12_345));
        let advance = |by: Duration| {
            clock_a.advance(by);
            clock_b.advance(by);
        };
        let mut record = sample_record(clock_a.wall_seconds());
        let kept = InProgress::start(
            &in_progress_dir(&a),
            &record,
            "computer-a",
            clock_a.wall_seconds(),
        )
        .unwrap();
        let mut liveness = Liveness::new();
        // Ten minutes of a running session: a heartbeat every 30 s; sync and a look
        // on B every 10 s.
        let mut last_write = clock_b.now();
        for tick in 1..=60u32 {
            advance(Duration::from_secs(10));
            if tick % 3 == 0 {
                record.active_secs += 30;
                kept.update(&record, clock_a.wall_seconds()).unwrap();
                last_write = clock_b.now();
            }
            sync.run(a.root(), b.root());
            assert!(
                b_offers(&b, &mut liveness, clock_b.now()).is_empty(),
                "skew {skew}: offered while running, at tick {tick}"
            );
        }
        // A stops writing (a crash, a closed lid). B offers it after the window.
        drop(kept);
        let offered_at = loop {
            advance(Duration::from_secs(10));
            sync.run(a.root(), b.root());
            if !b_offers(&b, &mut liveness, clock_b.now()).is_empty() {
                break clock_b.now();
            }
            assert!(
                clock_b.now() - last_write < Duration::from_secs(600),
                "skew {skew}: never offered"
            );
        };
        // By hand: B saw the last write at most 10 s after it, and looks every 10 s.
        let waited = offered_at - last_write;
        assert!(
            waited >= OBSERVATION_WINDOW && waited <= OBSERVATION_WINDOW + Duration::from_secs(20),
            "skew {skew}: offered {waited:?} after the last heartbeat"
        );
    }
}

/// A session record with 2 sets of 8 done (no answers).
fn sample_record(started: DateTime<FixedOffset>) -> SessionRecord {
    SessionRecord {
        format: 1,
        id: "00112233aabbccdd".to_owned(),
        routine_id: "legs".to_owned(),
        routine_title: "Legs".to_owned(),
        level: Default::default(),
        routine_hash: "0".to_owned(),
        started,
        ended: started + chrono::Duration::minutes(10),
        outcome: Outcome::EndedEarly(steady::session::EndReason::Interrupted),
        check_in: CheckIn::default(),
        lighter: false,
        exercises: vec![steady::history::ExerciseRecord {
            name: "Sit to stand".to_owned(),
            planned: steady::routine::Dose::Reps {
                sets: 3,
                reps: 8,
                tempo: None,
            },
            sets_done: 2,
            reps_done: 16,
            secs_done: 60,
            sets_skipped: 0,
        }],
        pauses: 0,
        paused_secs: 0,
        active_secs: 300,
        effort: None,
        fatigue: None,
        note: String::new(),
        app_version: "0.1.0".to_owned(),
        corrects: None,
    }
}

#[derive(Debug, Clone)]
enum Step {
    /// The person saves check-out answers on computer A (`true`) or B.
    Save {
        on_a: bool,
        effort: Option<u8>,
        fatigue: Option<u8>,
        note: String,
    },
    Sync,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            any::<bool>(),
            proptest::option::of(0u8..=10),
            proptest::option::of(0u8..=10),
            "([a-z]{1,6}( [a-z]{1,6})?)?",
        )
            .prop_map(|(on_a, effort, fatigue, note)| Step::Save {
                on_a,
                effort,
                fatigue,
                note,
            }),
        Just(Step::Sync),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Check-out saves of one session on two computers, with syncs (and so conflict
    /// copies) in any order: after a last sync both computers read the same single
    /// record, with the highest effort and fatigue given and every note given.
    #[test]
    fn every_check_out_answer_on_either_computer_is_kept(
        steps in proptest::collection::vec(step(), 1..12)
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (
            DataDir::at(tmp.path().join("a")),
            DataDir::at(tmp.path().join("b")),
        );
        let mut sync = fake_sync::Sync::new();
        let base = sample_record(start_of_day());
        let (mut efforts, mut fatigues, mut notes) = (Vec::new(), Vec::new(), Vec::new());
        for step in &steps {
            match step {
                Step::Sync => sync.run(a.root(), b.root()),
                Step::Save { on_a, effort, fatigue, note } => {
                    let side = if *on_a { &a } else { &b };
                    let mut record = base.clone();
                    record.effort = *effort;
                    record.fatigue = *fatigue;
                    record.note = note.clone();
                    HistoryStore::new(side.history())
                        .save_or_merge(&record, &side.trash())
                        .unwrap();
                    efforts.extend(*effort);
                    fatigues.extend(*fatigue);
                    if !note.is_empty() {
                        notes.push(note.clone());
                    }
                }
            }
        }
        sync.run(a.root(), b.root());
        let (ra, rb) = (
            HistoryStore::new(a.history()).load().records,
            HistoryStore::new(b.history()).load().records,
        );
        prop_assert_eq!(&ra, &rb);
        if !steps.iter().any(|s| matches!(s, Step::Save { .. })) {
            prop_assert!(ra.is_empty());
            return Ok(());
        }
        prop_assert_eq!(ra.len(), 1);
        let record = &ra[0];
        prop_assert_eq!(record.effort, efforts.iter().copied().max());
        prop_assert_eq!(record.fatigue, fatigues.iter().copied().max());
        let lines: Vec<&str> = record.note.lines().collect();
        for note in &notes {
            prop_assert!(lines.contains(&note.as_str()), "{:?} lost from {:?}", note, record.note);
        }
        prop_assert_eq!(lines.len(), {
            let mut distinct = notes.clone();
            distinct.sort();
            distinct.dedup();
            distinct.len()
        });
        prop_assert_eq!(&record.exercises, &base.exercises);
    }
}

/// The settings scenario: "Not today" on A and a theme on B while apart; sync
/// resumes and keeps A's file, B's as a conflict copy. The next start (of either) reads
/// and merges the copy, moves it to the trash, and both computers end with both changes.
#[test]
fn settings_changed_on_two_computers_while_apart_are_merged() {
    use steady::app::settings::SettingsFile;
    use steady::state::{Theme, week::put_off_today};
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (
        DataDir::at(tmp.path().join("a")),
        DataDir::at(tmp.path().join("b")),
    );
    let mut sync = fake_sync::Sync::new();
    let settings_of = |d: &DataDir| d.root().join("settings.ron");
    // Both start with the same settings (a daily budget of 30), synced.
    let (mut file_a, mut on_a, _) = SettingsFile::load(&settings_of(&a));
    on_a.daily_budget_minutes = 30;
    file_a.save(&on_a, start_of_day()).unwrap();
    sync.run(a.root(), b.root());
    // Apart: A puts a session off at 09:10, B changes the theme at 09:20 (its clock
    // may say anything: only each field's own change time is compared).
    let (mut file_a, mut on_a, _) = SettingsFile::load(&settings_of(&a));
    put_off_today(
        &mut on_a.not_today,
        start_of_day().date_naive(),
        "paced-stepping",
    );
    file_a
        .save(&on_a, start_of_day() + chrono::Duration::minutes(10))
        .unwrap();
    let (mut file_b, mut on_b, _) = SettingsFile::load(&settings_of(&b));
    assert_ne!(on_b.theme, Theme::HighContrast);
    on_b.theme = Theme::HighContrast;
    file_b
        .save(&on_b, start_of_day() + chrono::Duration::minutes(20))
        .unwrap();
    sync.run(a.root(), b.root());
    assert_eq!(
        sync.conflicts, 1,
        "the sync kept A's file and a copy of B's"
    );
    // A starts Steady: the copy is read and merged, then moved to the trash.
    let (_, merged, problem) = SettingsFile::load(&settings_of(&a));
    assert_eq!(problem, None);
    assert_eq!(merged.theme, Theme::HighContrast);
    assert_eq!(merged.daily_budget_minutes, 30);
    assert_eq!(merged.not_today.len(), 1);
    assert_eq!(merged.not_today[0].routine_id, "paced-stepping");
    sync.run(a.root(), b.root());
    for side in [&a, &b] {
        let (_, now, _) = SettingsFile::load(&settings_of(side));
        assert_eq!(
            (now.theme, now.daily_budget_minutes, now.not_today.clone()),
            (merged.theme, 30, merged.not_today.clone())
        );
        let left: Vec<String> = std::fs::read_dir(side.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("settings"))
            .collect();
        assert_eq!(left, vec!["settings.ron".to_owned()]);
        let trashed = std::fs::read_dir(side.trash()).unwrap().count();
        assert_eq!(trashed, 1, "the conflict copy is in the trash");
    }
}
