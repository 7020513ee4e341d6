//! Benchmarks of the pure core: planning, one engine tick, loading routines.
//!
//! Run with `cargo bench --bench core`. Numbers are reported in the README's
//! Performance section with the machine they were measured on.

use std::hint::black_box;
use std::time::Duration;

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

criterion_group! {
    name = core;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = planning, ticking, loading
}
criterion_main!(core);
