//! Watching the routines folder, so a routine edited by hand (or by a therapist's
//! sync tool) shows up in the app within a second; the app also watches the data
//! folder (settings) and history, so what another window or computer saves shows up.
//!
//! [`FolderWatcher`] watches one folder (not each file: editors save by writing a new
//! file and renaming it over the old one) through `notify`, keeps only events that can
//! change a file's content (creation, writes, renames, removal, metadata), never
//! reads (opening and closing a file to read it, which the app's own reload does for
//! every routine), and turns a burst of them into one change after [`DEBOUNCE`] of
//! quiet. It only says "something changed"; the app then reloads the folder. It owns
//! no other state and may import only `notify`.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{
    Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _, recommended_watcher,
};

/// Changes closer together than this count as one.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// A burst that never goes quiet is still reported after this many events.
const LONGEST_BURST: u32 = 1000;

/// Watches a folder until dropped.
pub struct FolderWatcher {
    _watcher: RecommendedWatcher,
    rx: Receiver<()>,
    changes: Arc<AtomicU64>,
}

impl std::fmt::Debug for FolderWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatcher")
            .field("changes", &self.changes_reported())
            .finish_non_exhaustive()
    }
}

/// Whether a raw event can mean a routine file changed. Opening, reading and closing
/// a file without writing are not changes: reacting to them made every reload (which
/// opens every file) set off the next one, four times a second, forever.
pub fn is_change(event: &Event) -> bool {
    let kind_counts = match event.kind {
        // Closing a file written to is a change; any other access is a read.
        EventKind::Access(kind) => kind == AccessKind::Close(AccessMode::Write),
        EventKind::Any
        | EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Other => true,
    };
    // A routine file (`*.ron`), or the folder itself (no path: removed, moved…).
    kind_counts
        && (event.paths.is_empty()
            || event
                .paths
                .iter()
                .any(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ron"))))
}

impl FolderWatcher {
    /// Starts watching `dir` (which must exist). `wake` is called from the watcher's
    /// thread after each change, e.g. to ask the window for a repaint.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, notify::Error> {
        Self::start_with(dir, RecursiveMode::NonRecursive, wake)
    }

    /// [`Self::start`], with the folders below `dir` too (history's `YYYY/MM/`).
    pub fn start_recursive(
        dir: &Path,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, notify::Error> {
        Self::start_with(dir, RecursiveMode::Recursive, wake)
    }

    fn start_with(
        dir: &Path,
        mode: RecursiveMode,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, notify::Error> {
        let (raw_tx, raw_rx) = mpsc::channel::<()>();
        let (tx, rx) = mpsc::channel();
        let changes = Arc::new(AtomicU64::new(0));
        let counted = Arc::clone(&changes);
        let mut watcher = recommended_watcher(move |result: Result<Event, notify::Error>| {
            // A watcher error (e.g. too many watches) also means "look again".
            if result.as_ref().is_ok_and(is_change) || result.is_err() {
                let _ = raw_tx.send(());
            }
        })?;
        watcher.watch(dir, mode)?;
        std::thread::Builder::new()
            .name("steady-folder-watch".to_owned())
            .spawn(move || {
                // Ends when the watcher (and with it `raw_tx`) is dropped.
                while raw_rx.recv().is_ok() {
                    let mut events = 1;
                    loop {
                        match raw_rx.recv_timeout(DEBOUNCE) {
                            Ok(()) if events < LONGEST_BURST => events += 1,
                            Ok(()) | Err(RecvTimeoutError::Timeout) => break,
                            Err(RecvTimeoutError::Disconnected) => return,
                        }
                    }
                    counted.fetch_add(1, Ordering::SeqCst);
                    if tx.send(()).is_err() {
                        return;
                    }
                    wake();
                }
            })
            .map_err(notify::Error::io)?;
        Ok(Self {
            _watcher: watcher,
            rx,
            changes,
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

    /// How many changes (bursts) this watcher has reported since it started.
    pub fn changes_reported(&self) -> u64 {
        self.changes.load(Ordering::SeqCst)
    }

    /// Waits up to `timeout` for a change (tests).
    pub fn wait(&self, timeout: Duration) -> bool {
        self.rx.recv_timeout(timeout).is_ok()
    }
}
