//! History: one immutable record per session, and the store that keeps them.
//!
//! A [`SessionRecord`] says what was planned and what was done, how it ended, the
//! check-in answers, effort and fatigue. Records are written once, atomically, each to
//! its own file `history/YYYY/MM/<start>_<id>.ron`, so no path is ever written twice and
//! a sync tool (Syncthing, Dropbox, Nextcloud) never makes conflict copies. Reading is
//! tolerant: a file that fails to parse is listed as a problem, never deleted or
//! changed. Self-test results are kept the same way, one file each ([`selftests`]),
//! and compared with the person's own baseline ([`test_stats`]). Core: no egui, no rodio; file I/O only in [`store`] and [`in_progress`].

pub mod calendar;
pub mod days;
pub mod export;
pub mod fhir;
pub mod flags;
pub mod in_progress;
pub mod levels;
pub mod planner;
pub mod record;
pub mod sample;
pub mod selftests;
pub mod stats;
pub mod store;
pub mod test_stats;

pub use days::{DayRecord, DayStore};
pub use record::{CheckIn, Energy, ExerciseRecord, Outcome, SessionRecord};
pub use store::{HistoryError, HistoryReport, HistoryStore, Saved};
