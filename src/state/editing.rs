//! The routines screen's and the editor's state: what is being renamed, deleted,
//! exported or imported, the draft being edited with its questions, and a session
//! preview. Plain data; `app::editing` carries out their commands.

use std::path::PathBuf;

use crate::routine::LoadedRoutine;
use crate::routine::draft::Draft;
use crate::session::Engine;

use super::Command;

/// The routines screen's own state: what is being renamed, deleted, exported or
/// imported, and the trash.
#[derive(Debug, Default)]
pub struct RoutinesView {
    /// The routine being renamed and the title typed so far.
    pub rename: Option<(String, String)>,
    /// The routine the person asked to delete, awaiting confirmation.
    pub confirm_delete: Option<String>,
    /// The routine being exported and the path typed.
    pub export: Option<(String, String)>,
    /// The import panel is open with this typed path.
    pub import: Option<String>,
    /// An import whose id is taken: the file, the id, and whether the id is a bundled
    /// routine's (which cannot be replaced).
    pub import_clash: Option<(PathBuf, String, bool)>,
    /// Routines in the trash: file and title.
    pub trashed: Vec<(PathBuf, String)>,
    /// What the last action did (or why it could not), shown at the top.
    pub message: Option<String>,
}

/// A session preview: the engine running the edited routine in real time, its cues
/// played, nothing recorded.
#[derive(Debug)]
pub struct Preview {
    pub engine: Engine,
    /// The exercise it started from.
    pub from_exercise: usize,
}

/// The editor's state.
#[derive(Debug)]
pub struct EditorState {
    pub draft: Draft,
    /// The exercise whose fields are shown (one at a time keeps the form short).
    pub open_exercise: Option<usize>,
    /// The file changed on disk while the draft had unsaved changes: the version on
    /// disk, until the person chooses keep mine or load theirs.
    pub conflict: Option<LoadedRoutine>,
    /// The file has comments: the person was asked and said "save anyway".
    pub comments_ok: bool,
    /// Asking about comments before the first save.
    pub confirm_comments: bool,
    /// The person asked to leave with unsaved changes: where to.
    pub leave_to: Option<Box<Command>>,
    /// Why the last save failed.
    pub save_error: Option<String>,
    /// What happened last (saved, reloaded…).
    pub message: Option<String>,
    /// The file on disk was removed outside Steady.
    pub file_gone: bool,
    pub preview: Option<Preview>,
}

impl EditorState {
    pub fn new(draft: Draft) -> Self {
        let open_exercise = if draft.routine.exercises.is_empty() {
            None
        } else {
            Some(0)
        };
        Self {
            draft,
            open_exercise,
            conflict: None,
            comments_ok: false,
            confirm_comments: false,
            leave_to: None,
            save_error: None,
            message: None,
            file_gone: false,
            preview: None,
        }
    }
}
