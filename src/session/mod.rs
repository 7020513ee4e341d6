//! Guided sessions: planning a routine into timed steps ([`plan`]), the clock-driven
//! state machine that walks the plan ([`engine`]), and the record of what was done
//! ([`progress`]), and the guided self-tests ([`selftest`]).
//!
//! Pure core: no egui, no rodio, no file I/O. Time comes in as a `Duration` read from
//! the injected [`crate::clock::Clock`].

pub mod engine;
pub mod plan;
pub mod progress;
pub mod selftest;

pub use engine::{Cue, Engine, Event, EventKind, State, Status, TempoPart, cues_to_play, simulate};
pub use plan::{Plan, PlanOptions};
pub use progress::{EndReason, Progress};
