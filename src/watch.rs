//! Watching the routines folder, so a routine edited by hand (or by a therapist's
//! sync tool) shows up in the app within a second.
//!
//! [`FolderWatcher`] watches one folder (not each file: editors save by writing a new
//! file and renaming it over the old one) through `notify`, with a debouncer that turns
//! a burst of writes into one event. It only says "something changed"; the app then
//! reloads the folder. It owns no other state and may import only `notify`.

use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// Writes closer together than this count as one change.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Watches a folder until dropped.
pub struct FolderWatcher {
    _debouncer: Debouncer<RecommendedWatcher>,
    rx: Receiver<()>,
}

impl std::fmt::Debug for FolderWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatcher").finish_non_exhaustive()
    }
}

impl FolderWatcher {
    /// Starts watching `dir` (which must exist). `wake` is called from the watcher's
    /// thread after each change, e.g. to ask the window for a repaint.
    pub fn start(
        dir: &Path,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, notify_debouncer_mini::notify::Error> {
        let (tx, rx) = mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
            // A watcher error (e.g. too many watches) also means "look again".
            let relevant = match &result {
                Ok(events) => events.iter().any(|e| {
                    e.path
                        .extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("ron"))
                }),
                Err(_) => true,
            };
            if relevant && tx.send(()).is_ok() {
                wake();
            }
        })?;
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::NonRecursive)?;
        Ok(Self {
            _debouncer: debouncer,
            rx,
        })
    }

    /// Whether anything changed since the last call.
    pub fn changed(&self) -> bool {
        let mut any = false;
        while self.rx.try_recv().is_ok() {
            any = true;
        }
        any
    }

    /// Waits up to `timeout` for a change (tests).
    pub fn wait(&self, timeout: Duration) -> bool {
        self.rx.recv_timeout(timeout).is_ok()
    }
}
