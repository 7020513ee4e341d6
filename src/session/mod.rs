//! Guided sessions: planning a routine into timed steps ([`plan`]).
//!
//! Pure core: no egui, no rodio, no file I/O.

pub mod plan;

pub use plan::{Plan, PlanOptions};
