//! Two computers share Steady's data folder through a sync tool. A fake sync copies
//! files between two data folders at random moments, as Syncthing does (a change on one
//! side travels, deletions travel, a file changed on both sides keeps one version and
//! renames the other `*.sync-conflict-*`; locks never travel as locks). Computer A runs
//! a session, may crash, and saves; computer B's Steady looks at random moments and
//! recovers what it is offered. Over many random interleavings no finished set is
//! ever lost: history ends up holding at least everything A had kept on disk.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

#[path = "common/fake_sync.rs"]
mod fake_sync;

use std::path::Path;
use std::time::Duration;

use steady::clock::{Clock as _, FakeClock};
use steady::history::in_progress;
use steady::history::{CheckIn, HistoryStore, SessionRecord};
use steady::live::{Live, keep_alive, keep_on_disk};
use steady::paths::DataDir;
use steady::routine::bundled::load_bundled;
use steady::session::{EventKind, PlanOptions};

/// A small random generator (xorshift), seeded per interleaving.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Reps and seconds done in a record: what "a finished set" amounts to.
fn amount(r: &SessionRecord) -> u32 {
    r.exercises.iter().map(|e| e.reps_done + e.secs_done).sum()
}

/// The most done for session `id` that history in `root` holds (the trash does not
/// count: it is kept, but it is not history).
fn in_history(root: &Path, id: &str) -> u32 {
    HistoryStore::new(root.join("history"))
        .load()
        .records
        .iter()
        .filter(|r| r.id == id)
        .map(amount)
        .max()
        .unwrap_or(0)
}

/// Computer B's Steady looks at `now` (its own monotonic time): it is offered the
/// sessions left behind that are not running elsewhere (heartbeat counter unchanged
/// for the observation window, as B watched it), and saves each one, as "Save it as
/// stopped early" does.
fn b_looks_and_recovers(b: &DataDir, liveness: &mut in_progress::Liveness, now: Duration) -> u32 {
    let dir = b.state().join("in-progress");
    let store = HistoryStore::new(b.history());
    let mut recovered = 0;
    let all = in_progress::orphans(&dir);
    liveness.begin_look(&all);
    for orphan in all {
        if liveness.running_elsewhere(&orphan, "computer-b", now) {
            continue;
        }
        let Some(record) = &orphan.record else {
            continue;
        };
        if store.save_or_merge(record, &b.trash()).is_ok() {
            in_progress::forget(&orphan);
            recovered += 1;
        }
    }
    recovered
}

#[test]
fn no_finished_set_is_lost_over_a_thousand_random_sync_interleavings() {
    let iterations: u64 = std::env::var("STEADY_SYNC_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let routine = load_bundled()
        .get("paced-stepping")
        .expect("the bundled paced-stepping routine")
        .routine
        .clone();
    let (mut b_offered_running, mut recovered_total, mut crashes, mut conflicts) = (0, 0, 0, 0);
    for seed in 1..=iterations {
        let mut rng = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (
            DataDir::at(tmp.path().join("a")),
            DataDir::at(tmp.path().join("b")),
        );
        let mut sync = fake_sync::Sync::new();
        let clock = FakeClock::new();
        let mut liveness = in_progress::Liveness::new();
        let mut notice = None;
        let (mut live, _) = Live::start(
            &routine,
            PlanOptions::normal_day(0),
            CheckIn::default(),
            &a,
            "computer-a",
            &clock,
            &mut notice,
        );
        assert!(notice.is_none(), "{notice:?}");
        let id = live.record_id.clone();
        // What A has written to disk so far: it must never be lost.
        let mut kept_by_a = 0;
        let crash_at = rng.chance(40).then(|| rng.below(40));
        let mut step = 0;
        let mut a_alive = true;
        let mut synced_at = Duration::ZERO;
        while a_alive && !live.engine.is_finished() {
            step += 1;
            clock.advance(Duration::from_secs(1 + rng.below(20)));
            let now = clock.now();
            let events = if live.engine.next_event_at().is_none() {
                live.engine.set_done(now)
            } else {
                live.engine.tick(now)
            };
            if events.iter().any(|e| e.kind == EventKind::SetDone) {
                keep_on_disk(&mut live, &clock, &mut notice);
                kept_by_a = kept_by_a.max(amount(&live.record_so_far(&clock)));
            }
            keep_alive(&mut live, &clock, &mut notice);
            // A running sync tool passes a change on within a minute (Syncthing: seconds).
            if rng.chance(30) || clock.now().saturating_sub(synced_at) > Duration::from_secs(60) {
                sync.run(a.root(), b.root());
                synced_at = clock.now();
            }
            if rng.chance(10) {
                // While A is running and syncing, B must not be offered A's session.
                let offered_before = in_history(b.root(), &id);
                recovered_total += b_looks_and_recovers(&b, &mut liveness, clock.now());
                if in_history(b.root(), &id) > offered_before && a_alive {
                    b_offered_running += 1;
                }
            }
            if crash_at == Some(step) {
                // kill -9: the lock goes, the file stays, nothing more is written.
                crashes += 1;
                a_alive = false;
            }
            assert!(notice.is_none(), "seed {seed}: {notice:?}");
        }
        if a_alive {
            // A finishes: the record goes to history through the same path as check-out.
            let record = live.record_so_far(&clock);
            kept_by_a = kept_by_a.max(amount(&record));
            let store = HistoryStore::new(a.history());
            store
                .save_or_merge(&record, &a.trash())
                .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
            if let Some(kept) = live.in_progress.take() {
                kept.finish();
            }
        } else {
            drop(live);
        }
        // Time passes; both computers sync and start Steady now and then, until calm.
        for _ in 0..4 {
            clock.advance(Duration::from_secs(60 * (1 + rng.below(10))));
            if rng.chance(50) {
                sync.run(a.root(), b.root());
            }
            recovered_total += b_looks_and_recovers(&b, &mut liveness, clock.now());
        }
        clock.advance(Duration::from_secs(3600));
        sync.run(a.root(), b.root());
        // B watches what it now holds for the observation window, then decides.
        recovered_total += b_looks_and_recovers(&b, &mut liveness, clock.now());
        clock.advance(in_progress::OBSERVATION_WINDOW);
        recovered_total += b_looks_and_recovers(&b, &mut liveness, clock.now());
        sync.run(a.root(), b.root());
        conflicts += sync.conflicts;
        for (side, root) in [("A", a.root()), ("B", b.root())] {
            let held = in_history(root, &id);
            let still_in_progress = in_progress::orphans(&root.join("state/in-progress"))
                .iter()
                .filter_map(|o| o.record.as_ref())
                .filter(|r| r.id == id)
                .map(amount)
                .max()
                .unwrap_or(0);
            assert!(
                held.max(still_in_progress) >= kept_by_a,
                "seed {seed}: {side} holds {held} in history (+{still_in_progress} in progress) but A had kept {kept_by_a}"
            );
            if !a_alive || crash_at.is_none() {
                assert!(
                    held >= kept_by_a,
                    "seed {seed}: {side} history holds {held}, A kept {kept_by_a}"
                );
            }
        }
    }
    println!(
        "{iterations} interleavings: {crashes} crashes of A, {recovered_total} sessions recovered on B, {conflicts} sync conflicts, {b_offered_running} times B saved a session still running on A"
    );
    assert_eq!(
        b_offered_running, 0,
        "B must never save a session that is still running on A"
    );
}
