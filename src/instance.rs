//! One window per data folder, told rather than enforced: the running window holds
//! `state/window.lock` (an exclusive lock, `files::lock`) for as long as it is open. A
//! second window on the same data folder still opens (Steady never refuses the
//! person) but says that another one is open, since changes made in both may
//! overwrite each other. The operating system releases the lock when the process ends,
//! however it ends, so a crash never leaves a stale lock behind. It imports only
//! `files`.

use std::path::Path;

/// This window's claim on its data folder.
#[derive(Debug)]
pub struct Instance {
    /// The lock, held while this lives; `None` when another window holds it (or it
    /// could not be taken, which is not worth stopping for).
    _lock: Option<std::fs::File>,
    another_open: bool,
}

impl Instance {
    /// Takes the window lock in `state_dir` (the data folder's `state/`), if no other
    /// window holds it.
    pub fn claim(state_dir: &Path) -> Self {
        match crate::files::lock(&state_dir.join("window.lock"), crate::files::Wait::No) {
            Ok(Some(lock)) => Self {
                _lock: Some(lock),
                another_open: false,
            },
            Ok(None) => Self {
                _lock: None,
                another_open: true,
            },
            // A folder that cannot be written is told elsewhere, when saving.
            Err(_) => Self {
                _lock: None,
                another_open: false,
            },
        }
    }

    /// Whether another window held the lock when this one was opened.
    pub fn another_open(&self) -> bool {
        self.another_open
    }
}
