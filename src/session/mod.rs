//! Guided sessions: planning a routine into timed steps ([`plan`]), the clock-driven
//! state machine that walks the plan ([`engine`]), and the record of what was done
//! ([`progress`]).
//!
//! Pure core: no egui, no rodio, no file I/O. Time comes in as a `Duration` read from
//! an injected monotonic [`Clock`].

pub mod engine;
pub mod plan;
pub mod progress;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub use engine::{Cue, Engine, Event, EventKind, State, Status, TempoPart, cues_to_play, simulate};
pub use plan::{Plan, PlanOptions};
pub use progress::{EndReason, Progress};

/// A monotonic clock: time since a fixed origin.
pub trait Clock: Send + Sync {
    fn now(&self) -> Duration;
}

/// The real clock, counting from when it was made.
#[derive(Debug, Clone, Copy)]
pub struct MonotonicClock {
    origin: Instant,
}

impl MonotonicClock {
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Default for MonotonicClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for MonotonicClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock that moves only when told to (tests, previews). Shareable across threads.
#[derive(Debug, Default)]
pub struct FakeClock {
    nanos: AtomicU64,
}

impl FakeClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.fetch_add(by, Ordering::SeqCst);
    }

    pub fn set(&self, to: Duration) {
        let to = u64::try_from(to.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.store(to, Ordering::SeqCst);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }
}
