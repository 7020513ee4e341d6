//! Sound: Steady's cue sounds ([`synth`], pure sample synthesis), the output thread
//! that plays them ([`output`], rodio), and the voice of spoken prompts ([`voice`]).
//!
//! A shell around the core: it receives the engine's events and plays their cues; it
//! never decides when a cue is due. It may import `session` (for `Cue` and `Event`);
//! nothing in the core imports it. The UI never plays sounds itself: it hands events to
//! [`output::Audio`].

pub mod output;
pub mod synth;
pub mod voice;

pub use output::Audio;
