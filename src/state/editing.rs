//! The routines screen's and the editor's state: what is being renamed, deleted,
//! exported or imported, the draft being edited with its questions, and a session
//! preview. Plain data; `app::editing` carries out their commands.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::routine::LoadedRoutine;
use crate::routine::draft::Draft;
use crate::t;

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
    /// What the last action did, shown in a line at the bottom of the window.
    pub message: Option<String>,
    /// Why the last action could not be done, asked to be read in a modal.
    pub refusal: Option<String>,
    /// A rename would drop the file's comments (the title could not be changed in
    /// place): the routine and the new title, until the person answers.
    pub confirm_rename: Option<(String, String)>,
    /// A trashed routine whose id is taken now: the file, its title and id, until the
    /// person chooses keep both or cancel.
    pub restore_clash: Option<(PathBuf, String, String)>,
    /// The folder of the last export, offered for the next one.
    pub export_dir: Option<PathBuf>,
    /// The routine whose previous versions are listed, and the list.
    pub versions: Option<(String, Vec<crate::routine::versions::Version>)>,
}

/// Text in a number box that is not a whole number (or is empty): the routine keeps
/// its value, and Save is refused with this named, until it is fixed or the box is
/// reset (undo, redo, −, +).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberText {
    /// The field's name, as the box is named ("Reps of exercise 1").
    pub name: String,
    pub text: String,
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
    /// Save was refused: the reasons are worked out from the draft as it is now
    /// ([`EditorState::refusal`]), so a fixed problem is never still shown.
    pub save_refused: bool,
    /// Why the last save failed on disk (until the next change).
    pub save_error: Option<(String, u64)>,
    /// What happened last (saved, reloaded…), shown while the draft is at the
    /// revision it was said about.
    pub message: Option<(String, u64)>,
    /// The file on disk was removed outside Steady.
    pub file_gone: bool,
    /// Number boxes holding text that is not a number, by field path.
    pub number_texts: BTreeMap<String, NumberText>,
    /// A field to scroll to and focus (the first problem, after Save was refused).
    pub focus: Option<String>,
    /// What was just removed, shown with Undo while the draft is at that revision.
    pub removed: Option<(String, u64)>,
    /// Just opened: the page starts at the top.
    pub scroll_to_top: bool,
    /// The id may be changed: no session has been recorded with it yet.
    pub id_editable: bool,
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
            save_refused: false,
            save_error: None,
            message: None,
            file_gone: false,
            number_texts: BTreeMap::new(),
            focus: None,
            removed: None,
            scroll_to_top: true,
            id_editable: false,
        }
    }

    /// Says something about the draft as it is now; it goes when the draft changes.
    pub fn say(&mut self, text: impl Into<String>) {
        self.message = Some((text.into(), self.draft.revision()));
    }

    /// The message, if the draft has not changed since it was said.
    pub fn note(&self) -> Option<&str> {
        self.message
            .as_ref()
            .filter(|(_, at)| *at == self.draft.revision())
            .map(|(text, _)| text.as_str())
    }

    /// The last failed save's reason, if the draft has not changed since.
    pub fn failed_save(&self) -> Option<&str> {
        self.save_error
            .as_ref()
            .filter(|(_, at)| *at == self.draft.revision())
            .map(|(text, _)| text.as_str())
    }

    /// What was just removed, while Undo would bring it back.
    pub fn just_removed(&self) -> Option<&str> {
        self.removed
            .as_ref()
            .filter(|(_, at)| *at == self.draft.revision())
            .map(|(text, _)| text.as_str())
    }

    /// Why the draft cannot be saved as it is now, in plain words, with the field path
    /// of the first problem (to scroll to); `None` when it can. (An id another routine
    /// holds is refused by the routines folder itself, when saving.)
    pub fn refusal(&self) -> Option<(String, Option<String>)> {
        if let Some((path, number)) = self.number_texts.iter().next() {
            let name = number.name.as_str();
            let reason = if number.text.trim().is_empty() {
                t!("editor-not-saved-empty", name = name)
            } else {
                t!(
                    "editor-not-saved-not-number",
                    name = name,
                    text = number.text.trim()
                )
            };
            return Some((reason, Some(path.clone())));
        }
        let problems = self.draft.problems();
        if let Some(first) = problems.first() {
            return Some((
                t!(
                    "editor-not-saved-problems",
                    count = problems.len(),
                    first = crate::i18n::invalid(first)
                ),
                Some(first.path.to_string()),
            ));
        }
        if self.conflict.is_some() {
            // The answers as the question about the file names them.
            return Some((
                t!(
                    "editor-not-saved-conflict",
                    keep = t!("editor-keep-mine"),
                    load = t!("editor-load-theirs")
                ),
                None,
            ));
        }
        None
    }

    /// Every number box shows the routine's value again (after undo, redo, a load).
    pub fn reset_number_boxes(&mut self) {
        self.number_texts.clear();
    }
}
