//! Steady: a desktop companion for home exercise, built for people living with
//! multiple sclerosis.
//!
//! The library holds everything; `main.rs` only calls [`cli::main`]. The pure core is
//! [`routine`] (format, loading, validation), [`session`] (planning and the session
//! engine) and [`history`] (session records, their store and statistics); it never
//! imports egui or rodio. [`paths`] knows the data folder layout and [`files`] writes
//! atomically. The shells: [`cli`] (the command line), [`app`] and [`ui`] (the window),
//! [`audio`] (cue sounds) and [`watch`] (the routines folder). [`instance`] tells a
//! second window that another is open. [`desktop`] holds the app id the window and the
//! installed files share, and renders the man pages and shell completions. See
//! `ARCHITECTURE.md`.

pub mod app;
pub mod audio;
pub mod cli;
pub mod clock;
pub mod desktop;
pub mod files;
pub mod history;
pub mod i18n;
pub mod instance;
pub mod live;
pub mod paths;
pub mod program;
pub mod report;
pub mod routine;
pub mod session;
pub mod state;
pub mod ui;
pub mod watch;
