//! Benchmarks of the pure core: planning, one engine tick, loading routines.
//!
//! Run with `cargo bench --bench core`. Numbers are reported in the README's
//! Performance section with the machine they were measured on.

use std::hint::black_box;
use std::time::Duration;
use steady::clock::Clock as _;
use steady::state::command::Nav;

use criterion::{Criterion, criterion_group, criterion_main};
use steady::routine::Routine;
use steady::routine::bundled::load_bundled;
use steady::session::{Engine, PlanOptions};

fn largest_bundled_routine() -> Routine {
    load_bundled()
        .routines
        .into_iter()
        .map(|l| l.routine)
        .max_by_key(|r| {
            steady::session::Plan::new(r, PlanOptions::default())
                .steps
                .len()
        })
        .unwrap_or_else(|| unreachable!("Steady bundles routines"))
}

fn planning(c: &mut Criterion) {
    let routine = largest_bundled_routine();
    c.bench_function("plan largest bundled routine", |b| {
        b.iter(|| steady::session::Plan::new(black_box(&routine), PlanOptions::default()));
    });
}

fn ticking(c: &mut Criterion) {
    let routine = largest_bundled_routine();
    // A tick in the middle of a tempo set, with nothing due: the common case, 60 times
    // a second at most.
    c.bench_function("tick, nothing due", |b| {
        let mut engine = Engine::new(&routine, PlanOptions::default());
        engine.start(Duration::ZERO);
        let now = Duration::from_millis(10_500);
        engine.tick(now);
        b.iter(|| black_box(engine.tick(black_box(now))));
    });
    // A whole session, ticked at 60 frames a second (about 90,000 ticks).
    c.bench_function("whole session at 60 fps", |b| {
        b.iter(|| {
            let mut engine = Engine::new(&routine, PlanOptions::default());
            let mut now = Duration::ZERO;
            let mut events = engine.start(now).len();
            while !engine.is_finished() {
                now += Duration::from_micros(16_667);
                events += engine.tick(now).len();
            }
            black_box(events)
        });
    });
}

fn loading(c: &mut Criterion) {
    c.bench_function("load all bundled routines", |b| b.iter(load_bundled));
}

/// A data folder with `n` days of daily sessions in `history/`, one file each, as the
/// store lays them out. Written without fsync: this measures reading, not writing.
fn history_fixture(n: usize) -> tempfile::TempDir {
    use steady::history::record::{CheckOut, Finished};
    use steady::history::{HistoryStore, SessionRecord};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let store = HistoryStore::new(dir.path().join("history"));
    let routines: Vec<Routine> = load_bundled()
        .routines
        .into_iter()
        .map(|l| l.routine)
        .collect();
    let start = chrono::DateTime::parse_from_rfc3339("2006-01-02T08:00:00+01:00")
        .unwrap_or_else(|e| panic!("date: {e}"));
    for day in 0..n {
        let routine = &routines[day % routines.len()];
        let engine = {
            let mut e = Engine::new(routine, PlanOptions::default());
            e.start(Duration::ZERO);
            e.tick(Duration::from_secs(60 * (5 + (day % 20) as u64)));
            e
        };
        let progress = engine.progress_at(Duration::from_secs(600));
        let started =
            start + chrono::Duration::days(day as i64) + chrono::Duration::hours((day % 12) as i64);
        let record = SessionRecord::new(
            &Finished {
                routine,
                progress: &progress,
                started,
                ended: started + chrono::Duration::minutes(20),
                active_secs: 1100,
                lighter: day % 5 == 0,
                level: steady::routine::Level::Normal,
                check_in: steady::history::CheckIn::default(),
            },
            &CheckOut {
                effort: Some((day % 11) as u8),
                fatigue: Some((day % 7) as u8),
                note: String::new(),
            },
        );
        let path = store
            .path_for(&record)
            .unwrap_or_else(|| panic!("a new record has a valid id"));
        let text =
            steady::history::store::encode(&record).unwrap_or_else(|e| panic!("encode: {e}"));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write: {e}"));
    }
    dir
}

/// The app on its review screen, with the data folder `data`.
fn review_app(data: &std::path::Path) -> steady::app::SteadyApp {
    use std::sync::Arc;
    use steady::app::SteadyApp;
    use steady::audio::output::{Audio, NoSound};
    use steady::state::Command;
    let mut app = SteadyApp::new(
        steady::paths::DataDir::at(data),
        Arc::new(steady::clock::FakeClock::new()),
        |_| Audio::start(NoSound, 0, true),
    );
    app.handle(Command::Nav(Nav::Review));
    let ctx = egui::Context::default();
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| app.logic(ui.ctx()));
    out.textures_delta.clear();
    app.wait_for_history();
    app
}

fn history(c: &mut Criterion) {
    use steady::history::HistoryStore;
    use steady::history::stats::{Prescribed, adherence, strong_hours, trends};
    let routines: Vec<Prescribed> = load_bundled()
        .routines
        .iter()
        .map(|l| Prescribed::of(&l.routine))
        .collect();
    for n in [7_300usize, 50_000] {
        let dir = history_fixture(n);
        let store = HistoryStore::new(dir.path().join("history"));
        let mut group = c.benchmark_group(format!("history of {n} sessions"));
        group.sample_size(10);
        group.bench_function("load", |b| b.iter(|| store.load()));
        let records = store.load().records;
        assert_eq!(records.len(), n);
        let today = records.last().map_or_else(
            || steady::clock::FakeClock::new().today(),
            |r| r.started.date_naive(),
        );
        group.bench_function("review statistics", |b| {
            b.iter(|| {
                let a = adherence(&records, &routines, today, 12);
                let t = trends(&records, today, 12);
                let s = strong_hours(&records);
                black_box((a, t, s))
            });
        });
        if n == 7_300 {
            group.bench_function("review screen, one frame", |b| {
                let mut app = review_app(dir.path());
                let ctx = egui::Context::default();
                b.iter(|| {
                    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                        app.logic(ui.ctx());
                        app.ui_frame(ui);
                    });
                    out.textures_delta.clear();
                    black_box(out.shapes.len())
                });
            });
        }
        group.bench_function("CSV export, one row per exercise", |b| {
            b.iter(|| {
                let all: Vec<_> = records.iter().collect();
                let mut out = Vec::with_capacity(8 << 20);
                steady::history::export::write_csv(
                    &mut out,
                    &all,
                    steady::history::export::Rows::Exercises,
                    &|_| None,
                )
                .unwrap_or_else(|e| panic!("csv: {e}"));
                black_box(out.len())
            });
        });
        group.finish();
    }
}

criterion_group! {
    name = core;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = planning, ticking, loading, history
}
criterion_main!(core);
