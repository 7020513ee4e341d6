//! The one clock: every reading of time in Steady, monotonic and wall, comes from here.
//!
//! [`Clock::now`] is monotonic time since a fixed origin (sessions are timed with it, so a
//! change of the computer's clock never shortens a set); [`Clock::wall`] is the local
//! date and time with its UTC offset (what records are stamped with, what "today" is).
//! [`SystemClock`] reads the computer's clocks; [`FakeClock`] moves only when told to,
//! so tests can run a session at any date, across midnight or a daylight-saving change.
//! Nothing else in the code base reads `Local::now`, `Utc::now` or `SystemTime::now`
//! (`clippy.toml` forbids it outside this module).

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate, Offset as _, Utc};

/// Where time comes from.
pub trait Clock: Send + Sync {
    /// Monotonic time since a fixed origin.
    fn now(&self) -> Duration;

    /// The local date and time now, with its UTC offset.
    fn wall(&self) -> DateTime<FixedOffset>;

    /// The local date and time now, to the whole second.
    fn wall_seconds(&self) -> DateTime<FixedOffset> {
        let now = self.wall();
        chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now)
    }

    /// The local date today.
    fn today(&self) -> NaiveDate {
        self.wall().date_naive()
    }
}

/// The computer's clocks: a monotonic one counting from when this was made, and the
/// local wall time (which follows the system's time zone, daylight saving included).
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    #[allow(clippy::disallowed_methods)] // The one place that reads the monotonic clock.
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    #[allow(clippy::disallowed_methods)] // The one place that reads the wall clock.
    fn wall(&self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset()
    }
}

/// A clock that moves only when told to (tests, benchmarks). Shareable across threads.
///
/// Its wall time starts at a chosen local time and moves with [`FakeClock::advance`];
/// the UTC offset can change at chosen instants, as a daylight-saving change does.
#[derive(Debug)]
pub struct FakeClock {
    nanos: AtomicU64,
    wall: Mutex<FakeWall>,
}

#[derive(Debug, Clone)]
struct FakeWall {
    /// The wall time (as UTC) when the monotonic time was zero.
    origin: DateTime<Utc>,
    /// Offsets from UTC, each in force from its instant on; sorted, first one earliest.
    offsets: Vec<(DateTime<Utc>, FixedOffset)>,
}

/// Monday 2026-01-05, 09:00 in UTC: the fake clock's wall time unless told otherwise.
pub const FAKE_START: &str = "2026-01-05T09:00:00+00:00";

impl Default for FakeClock {
    fn default() -> Self {
        let start = DateTime::parse_from_rfc3339(FAKE_START).unwrap_or_default();
        Self::starting_at(start)
    }
}

impl FakeClock {
    /// Monotonic time 0, wall time [`FAKE_START`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Monotonic time 0 at the local time `start` (its offset stays until changed).
    pub fn starting_at(start: DateTime<FixedOffset>) -> Self {
        let origin = start.with_timezone(&Utc);
        Self {
            nanos: AtomicU64::new(0),
            wall: Mutex::new(FakeWall {
                origin,
                offsets: vec![(DateTime::<Utc>::MIN_UTC, *start.offset())],
            }),
        }
    }

    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.fetch_add(by, Ordering::SeqCst);
    }

    /// Sets the monotonic time (the wall time moves with it).
    pub fn set(&self, to: Duration) {
        let to = u64::try_from(to.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.store(to, Ordering::SeqCst);
    }

    /// From the UTC instant `at` on, local time is `offset` from UTC (a daylight-saving
    /// change, or travel).
    pub fn change_offset_at(&self, at: DateTime<Utc>, offset: FixedOffset) {
        let mut wall = self
            .wall
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        wall.offsets.push((at, offset));
        wall.offsets.sort_by_key(|(at, _)| *at);
    }

    /// Jumps the wall time to `to` without moving monotonic time (someone set the
    /// computer's clock, or a test wants another day).
    pub fn set_wall(&self, to: DateTime<FixedOffset>) {
        let elapsed = self.elapsed_chrono();
        let mut wall = self
            .wall
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        wall.origin = to.with_timezone(&Utc) - elapsed;
        wall.offsets = vec![(DateTime::<Utc>::MIN_UTC, *to.offset())];
    }

    fn elapsed_chrono(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::from_std(self.now()).unwrap_or(chrono::TimeDelta::MAX)
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }

    fn wall(&self) -> DateTime<FixedOffset> {
        let elapsed = self.elapsed_chrono();
        let wall = self
            .wall
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let utc = wall
            .origin
            .checked_add_signed(elapsed)
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        let offset = wall
            .offsets
            .iter()
            .rev()
            .find(|(from, _)| *from <= utc)
            .map_or(Utc.fix(), |(_, offset)| *offset);
        utc.with_timezone(&offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_wall_time_moves_with_monotonic_time_and_follows_offset_changes() {
        // Los Angeles, the night clocks spring forward (2026-03-08, 02:00 PST → 03:00 PDT).
        let pst = FixedOffset::west_opt(8 * 3600).unwrap();
        let pdt = FixedOffset::west_opt(7 * 3600).unwrap();
        let start = DateTime::parse_from_rfc3339("2026-03-08T01:30:00-08:00").unwrap();
        let clock = FakeClock::starting_at(start);
        clock.change_offset_at(
            DateTime::parse_from_rfc3339("2026-03-08T10:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            pdt,
        );
        assert_eq!(clock.wall(), start);
        assert_eq!(clock.wall().offset(), &pst);
        clock.advance(Duration::from_secs(3600));
        assert_eq!(clock.wall().to_rfc3339(), "2026-03-08T03:30:00-07:00");
        assert_eq!(clock.now(), Duration::from_secs(3600));
    }

    #[test]
    fn the_default_fake_clock_starts_on_a_fixed_monday() {
        let clock = FakeClock::new();
        assert_eq!(clock.wall().to_rfc3339(), "2026-01-05T09:00:00+00:00");
        assert_eq!(clock.today().to_string(), "2026-01-05");
    }
}
