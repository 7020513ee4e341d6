//! The routines screen and the routine editor, as app state and command handling:
//! copying, renaming, deleting and restoring routines, saving the draft (with the ask
//! about comments), resolving a change on disk during an edit, import and export
//! through typed paths or the system's file dialog, and the session preview.
//!
//! Files are touched only here and in `routine::folder`; the `ui` modules only edit
//! the draft and its typed paths. The file dialog runs on a helper thread and its answer
//! comes back through a channel, so the window never freezes.

use crate::state::command::{EditorCommand, Nav, RoutinesCommand};
use std::path::{Path, PathBuf};

use crate::routine::draft::{Draft, blank_routine_in, copy_of_in};
use crate::routine::folder::{FolderError, OnClash, RoutineFolder};
use crate::routine::{LoadReport, LoadedRoutine, Origin, keep_last_good, text_edit, versions};
use crate::session::PlanOptions;

use crate::paths::resolve_typed_path;
use crate::state::{Command, EditorState, RoutinesView, Screen};

use super::SteadyApp;

/// What the file dialog answered.
#[derive(Debug)]
pub enum DialogAnswer {
    Export {
        id: String,
        path: Option<PathBuf>,
    },
    Import {
        path: Option<PathBuf>,
    },
    /// A program file chosen on Home (`app::program`).
    Program {
        path: Option<PathBuf>,
    },
    /// Where to save a report or a handout (`app::documents`).
    Document {
        what: crate::state::Document,
        path: Option<PathBuf>,
    },
}

impl SteadyApp {
    fn folder(&self) -> RoutineFolder {
        RoutineFolder::new(&self.state.data_dir, self.clock.wall())
            .with_copy_word(&crate::t!("routines-copy-word"))
    }

    /// Reads the routines folder again, keeping the last good version of a file that
    /// broke, and brings an open editor up to date (asking first if it has unsaved
    /// changes).
    pub(super) fn reload_routines(&mut self) {
        self.routine_reloads += 1;
        let folder = self.folder();
        let fresh =
            crate::routine::library_in(&self.state.data_dir, crate::i18n::language().code());
        let fresh = keep_last_good(&self.state.library, fresh);
        self.state.library = versions::last_good_from_backups(&folder, fresh);
        self.state.program = crate::program::file::load(&self.state.data_dir, &self.state.library);
        // A version kept only in memory (its file just broke) is copied to backups, so
        // it is still there after a restart.
        for kept in self.state.library.routines.iter().filter(|r| r.last_good) {
            if let Err(e) = versions::keep_copy(&folder, &kept.routine) {
                eprintln!("steady: the last good version could not be kept in backups: {e}");
            }
        }
        if let Screen::Routines(view) = &mut self.state.screen {
            view.trashed = trashed_list(&folder);
        }
        let Screen::Editor(editor) = &mut self.state.screen else {
            return;
        };
        let Some(path) = editor.draft.path.clone() else {
            return;
        };
        editor.file_gone = !path.exists();
        let on_disk = self
            .state
            .library
            .routines
            .iter()
            .find(|r| r.origin == Origin::File(path.clone()) && !r.last_good);
        let Some(theirs) = on_disk else {
            return;
        };
        if theirs.routine == *editor.draft.baseline() {
            // Our own save, or a touch that changed nothing.
            return;
        }
        if editor.draft.is_dirty() {
            editor.conflict = Some(theirs.clone());
        } else {
            editor.draft = Draft::new(theirs.routine.clone(), Some(path), theirs.has_comments);
            editor.comments_ok = false;
            editor.reset_number_boxes();
            editor.say(crate::t!("routines-changed-outside"));
        }
    }

    /// How many times the routines folder has been read again since the app started
    /// (after a change on disk, a save, or "Check routine files again").
    pub fn routine_reloads(&self) -> u64 {
        self.routine_reloads
    }

    /// Carries out a command of the routines screen.
    pub(super) fn handle_routines(&mut self, command: RoutinesCommand) {
        match command {
            RoutinesCommand::New => {
                let routine =
                    blank_routine_in(self.folder().taken_ids(), &crate::i18n::template_words());
                self.state.screen =
                    Screen::Editor(Box::new(EditorState::new(Draft::new(routine, None, false))));
            }
            RoutinesCommand::Copy(id) => self.copy_routine(&id),
            RoutinesCommand::Edit(id) => self.edit_routine(&id),
            RoutinesCommand::Rename { id, title } => self.rename_routine(&id, &title, false),
            RoutinesCommand::AskDelete(id) => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.confirm_delete = Some(id);
                }
            }
            RoutinesCommand::CancelDelete => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.confirm_delete = None;
                }
            }
            RoutinesCommand::Delete(id) => self.delete_routine(&id),
            RoutinesCommand::Restore(path) => {
                let result = self.folder().restore(&path);
                self.reload_routines();
                self.open_routines(None);
                match result {
                    Ok(_) => self.set_routines_message(crate::t!("routines-restored")),
                    Err(FolderError::IdTaken { id, .. } | FolderError::BundledId { id }) => {
                        let title = crate::routine::load_file(&path)
                            .map_or_else(|_| id.clone(), |p| p.routine.title);
                        if let Screen::Routines(view) = &mut self.state.screen {
                            view.restore_clash = Some((path, title, id));
                        }
                    }
                    Err(e) => self.set_routines_refusal(crate::t!(
                        "routines-restore-failed",
                        error = e.to_string()
                    )),
                }
            }
            RoutinesCommand::RestoreKeepBoth(path) => {
                let result = versions::restore_as_new(&self.folder(), &path);
                self.reload_routines();
                self.open_routines(None);
                match result {
                    Ok((routine, _)) => self.set_routines_message(crate::t!(
                        "routines-restored-as-new",
                        title = routine.title,
                        id = routine.id
                    )),
                    Err(e) => self.set_routines_refusal(crate::t!(
                        "routines-restore-failed",
                        error = e.to_string()
                    )),
                }
            }
            RoutinesCommand::RenameAnyway { id, title } => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.confirm_rename = None;
                }
                self.rename_routine(&id, &title, true);
            }
            RoutinesCommand::ShowVersions(id) => {
                if let Some(current) = self.state.routine(&id).cloned() {
                    let list = versions::versions(&self.folder(), &current);
                    if let Screen::Routines(view) = &mut self.state.screen {
                        view.versions = Some((id, list));
                    }
                }
            }
            RoutinesCommand::RestoreVersion { id, backup } => {
                let Some((loaded, path)) = self.loaded_file(&id) else {
                    return;
                };
                let result = versions::restore_version(&self.folder(), &backup, &path);
                self.reload_routines();
                match result {
                    Ok(_) => {
                        let list = self
                            .state
                            .routine(&id)
                            .map(|r| versions::versions(&self.folder(), r))
                            .unwrap_or_default();
                        if let Screen::Routines(view) = &mut self.state.screen {
                            view.versions = Some((id, list));
                        }
                        self.set_routines_message(crate::t!(
                            "routines-version-restored",
                            title = loaded.routine.title
                        ));
                    }
                    Err(e) => self.set_routines_refusal(crate::t!(
                        "routines-restore-failed",
                        error = e.to_string()
                    )),
                }
            }
            RoutinesCommand::Export { id, to } => {
                let to = resolve_typed_path(&to, &format!("{id}.ron"));
                self.export_routine(&id, &to);
            }
            RoutinesCommand::BrowseExport(id) => self.browse_export(id),
            RoutinesCommand::Import { from, on_clash } => {
                self.import_routine(&resolve_typed_path(&from, ""), on_clash);
            }
            RoutinesCommand::BrowseImport => self.browse_import(),
        }
    }

    /// Carries out a command of the editor.
    pub(super) fn handle_editor(&mut self, command: EditorCommand) {
        match command {
            EditorCommand::Close => self.open_routines(None),
            EditorCommand::Undo => self.with_draft(|d| {
                d.undo();
            }),
            EditorCommand::Redo => self.with_draft(|d| {
                d.redo();
            }),
            EditorCommand::Save => self.save_draft(),
            EditorCommand::SaveAnyway => {
                if let Screen::Editor(editor) = &mut self.state.screen {
                    editor.comments_ok = true;
                    editor.confirm_comments = false;
                }
                self.save_draft();
            }
            EditorCommand::CancelSave => {
                if let Screen::Editor(editor) = &mut self.state.screen {
                    editor.confirm_comments = false;
                }
            }
            EditorCommand::KeepEditing => {
                if let Screen::Editor(editor) = &mut self.state.screen {
                    editor.leave_to = None;
                }
            }
            EditorCommand::DiscardChanges => {
                if let Screen::Editor(editor) = &mut self.state.screen {
                    let to = editor.leave_to.take();
                    self.state.screen = Screen::Home;
                    self.handle(to.map_or(Command::Nav(Nav::Routines), |c| *c));
                }
            }
            EditorCommand::SaveAndLeave => {
                let to = match &mut self.state.screen {
                    Screen::Editor(editor) => editor.leave_to.take(),
                    _ => None,
                };
                self.save_draft();
                let saved = matches!(&self.state.screen, Screen::Editor(e) if !e.draft.is_dirty() && e.draft.path.is_some());
                if saved {
                    self.handle(to.map_or(Command::Nav(Nav::Routines), |c| *c));
                }
            }
            EditorCommand::KeepMine => {
                if let Screen::Editor(editor) = &mut self.state.screen
                    && let Some(theirs) = editor.conflict.take()
                {
                    editor.draft.keep_mine_over(theirs.routine);
                    editor.say(crate::t!("routines-keep-mine"));
                }
            }
            EditorCommand::LoadTheirs => {
                if let Screen::Editor(editor) = &mut self.state.screen
                    && let Some(theirs) = editor.conflict.take()
                {
                    editor
                        .draft
                        .load_theirs(theirs.routine, theirs.has_comments);
                    editor.comments_ok = false;
                    editor.reset_number_boxes();
                    editor.say(crate::t!("routines-loaded-theirs"));
                }
            }
            EditorCommand::StartPreview { from_exercise } => self.start_preview(from_exercise),
        }
    }

    fn with_draft(&mut self, act: impl FnOnce(&mut Draft)) {
        if let Screen::Editor(editor) = &mut self.state.screen {
            act(&mut editor.draft);
            // Every box shows the routine's value again.
            editor.reset_number_boxes();
        }
    }

    pub(super) fn open_routines(&mut self, message: Option<String>) {
        self.state.screen = Screen::Routines(Box::new(RoutinesView {
            trashed: trashed_list(&self.folder()),
            export_dir: self.last_export_dir.clone(),
            message,
            ..RoutinesView::default()
        }));
    }

    fn set_routines_message(&mut self, message: String) {
        if let Screen::Routines(view) = &mut self.state.screen {
            view.message = Some(message);
        } else {
            self.state.notice = Some(message);
        }
    }

    /// Why an action on the routines screen could not be done: a modal to read.
    fn set_routines_refusal(&mut self, refusal: String) {
        if let Screen::Routines(view) = &mut self.state.screen {
            view.message = None;
            view.refusal = Some(refusal);
        } else {
            self.state.notice = Some(refusal);
        }
    }

    fn copy_routine(&mut self, id: &str) {
        let Some(original) = self.state.routine(id).cloned() else {
            return;
        };
        let folder = self.folder();
        let copy = copy_of_in(
            &original,
            folder.taken_ids(),
            &crate::i18n::template_words(),
        );
        match folder.add(copy, OnClash::KeepBoth) {
            Ok((copy, path)) => {
                self.reload_routines();
                let mut editor = EditorState::new(Draft::new(copy, Some(path.clone()), false));
                editor.id_editable = true;
                editor.say(crate::t!(
                    "routines-copy-made",
                    title = original.title.as_str(),
                    path = path.display().to_string()
                ));
                self.state.screen = Screen::Editor(Box::new(editor));
            }
            Err(e) => {
                self.set_routines_message(crate::t!("routines-copy-failed", error = e.to_string()));
            }
        }
    }

    fn edit_routine(&mut self, id: &str) {
        let Some(loaded) = self.state.library.get(id).cloned() else {
            return;
        };
        let Origin::File(path) = &loaded.origin else {
            // Bundled routines are read-only: the screen offers a copy instead.
            self.copy_routine(id);
            return;
        };
        // The id links sessions to the routine: it can change until one is recorded.
        let used = self.state.history_loading
            || self
                .state
                .history
                .records
                .iter()
                .any(|r| r.routine_id == loaded.routine.id);
        let mut editor = EditorState::new(Draft::new(
            loaded.routine,
            Some(path.clone()),
            loaded.has_comments,
        ));
        editor.id_editable = !used;
        if loaded.last_good {
            editor.say(crate::t!("routines-editing-last-good"));
        }
        self.state.screen = Screen::Editor(Box::new(editor));
    }

    fn loaded_file(&self, id: &str) -> Option<(LoadedRoutine, PathBuf)> {
        let loaded = self.state.library.get(id)?.clone();
        match &loaded.origin {
            Origin::File(path) => {
                let path = path.clone();
                Some((loaded, path))
            }
            Origin::Bundled { .. } => None,
        }
    }

    /// Renames a routine by changing only the `title:` value in its file (comments and
    /// layout stay); if that cannot be done and the file has comments, asks first
    /// (`anyway`: the person said go ahead).
    fn rename_routine(&mut self, id: &str, title: &str, anyway: bool) {
        let Some((loaded, path)) = self.loaded_file(id) else {
            return;
        };
        let mut routine = loaded.routine.clone();
        routine.title = title.trim().to_owned();
        let folder = self.folder();
        let in_place = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| text_edit::retitle(&text, &routine));
        let result = match in_place {
            Some(text) => folder.save_text(&text, &path),
            None if loaded.has_comments && !anyway => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.confirm_rename = Some((id.to_owned(), routine.title));
                }
                return;
            }
            None => folder.save(&routine, Some(&path)).map(|(_, backup)| backup),
        };
        self.reload_routines();
        match result {
            Ok(_) => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.rename = None;
                }
                self.set_routines_message(crate::t!("routines-renamed", title = routine.title));
            }
            Err(e) => self
                .set_routines_refusal(crate::t!("routines-rename-failed", error = e.to_string())),
        }
    }

    fn delete_routine(&mut self, id: &str) {
        let Some((loaded, path)) = self.loaded_file(id) else {
            return;
        };
        let result = self.folder().trash(&path);
        self.reload_routines();
        if let Screen::Routines(view) = &mut self.state.screen {
            view.confirm_delete = None;
        }
        match result {
            Ok(_) => self
                .set_routines_message(crate::t!("routines-deleted", title = loaded.routine.title)),
            Err(e) => self
                .set_routines_refusal(crate::t!("routines-delete-failed", error = e.to_string())),
        }
    }

    fn export_routine(&mut self, id: &str, to: &Path) {
        let Some(routine) = self.state.routine(id).cloned() else {
            return;
        };
        match RoutineFolder::export(&routine, to) {
            Ok(()) => {
                let dir = to.parent().map(Path::to_path_buf);
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.export = None;
                    view.export_dir.clone_from(&dir);
                }
                if dir.is_some() {
                    self.last_export_dir = dir;
                }
                self.set_routines_message(crate::t!(
                    "routines-exported",
                    title = routine.title,
                    path = to.display().to_string()
                ));
            }
            Err(e) => self
                .set_routines_refusal(crate::t!("routines-export-failed", error = e.to_string())),
        }
    }

    fn import_routine(&mut self, from: &Path, on_clash: OnClash) {
        let result = self.folder().import(from, on_clash);
        let message = match result {
            Ok((routine, path)) => {
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.import = None;
                    view.import_clash = None;
                }
                crate::t!(
                    "routines-imported",
                    title = routine.title,
                    id = routine.id,
                    path = path.display().to_string()
                )
            }
            // The folder says who holds the id; a bundled routine is never replaced.
            Err(e @ (FolderError::IdTaken { .. } | FolderError::BundledId { .. })) => {
                let (id, bundled) = match e {
                    FolderError::BundledId { id } => (id, true),
                    FolderError::IdTaken { id, .. } => (id, false),
                    _ => return,
                };
                if let Screen::Routines(view) = &mut self.state.screen {
                    view.import_clash = Some((from.to_path_buf(), id.clone(), bundled));
                }
                String::new()
            }
            Err(e) => {
                self.reload_routines();
                self.set_routines_refusal(crate::t!(
                    "routines-import-failed",
                    error = e.to_string()
                ));
                return;
            }
        };
        self.reload_routines();
        if !message.is_empty() {
            self.set_routines_message(message);
        }
    }

    fn browse_export(&mut self, id: String) {
        let Some(routine) = self.state.routine(&id) else {
            return;
        };
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(crate::t!(
                "routines-dialog-export-title",
                title = routine.title.as_str()
            ))
            .add_filter(crate::t!("routines-dialog-filter"), &["ron"])
            .set_file_name(format!("{id}.ron"))
            .save_file();
        self.wait_for_dialog(
            move |handle| DialogAnswer::Export {
                id,
                path: handle.map(|h| h.path().to_path_buf()),
            },
            dialog,
        );
    }

    fn browse_import(&mut self) {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(crate::t!("routines-dialog-import-title"))
            .add_filter(crate::t!("routines-dialog-filter"), &["ron"])
            .pick_file();
        self.wait_for_dialog(
            |handle| DialogAnswer::Import {
                path: handle.map(|h| h.path().to_path_buf()),
            },
            dialog,
        );
    }

    /// The dialog is made here (on the UI thread, as macOS wants) and waited for on a
    /// helper thread; its answer arrives in [`Self::poll_dialog`].
    pub(super) fn wait_for_dialog(
        &mut self,
        answer: impl FnOnce(Option<rfd::FileHandle>) -> DialogAnswer + Send + 'static,
        dialog: impl Future<Output = Option<rfd::FileHandle>> + Send + 'static,
    ) {
        let (tx, rx) = std::sync::mpsc::channel();
        let wake = self.wake.clone();
        let spawned = std::thread::Builder::new()
            .name("steady-file-dialog".to_owned())
            .spawn(move || {
                let handle = pollster::block_on(dialog);
                let _ = tx.send(answer(handle));
                if let Some(wake) = wake {
                    wake();
                }
            });
        match spawned {
            Ok(_) => self.dialog_rx = Some(rx),
            Err(_) => self.set_routines_message(crate::t!("routines-dialog-failed")),
        }
    }

    /// Acts on the file dialog's answer, if it came.
    pub(super) fn poll_dialog(&mut self) {
        let Some(rx) = &self.dialog_rx else {
            return;
        };
        let Ok(answer) = rx.try_recv() else {
            return;
        };
        self.dialog_rx = None;
        match answer {
            DialogAnswer::Export { id, path: Some(to) } => self.export_routine(&id, &to),
            DialogAnswer::Import { path: Some(from) } => {
                self.import_routine(&from, OnClash::Ask);
            }
            DialogAnswer::Program { path: Some(from) } => self.read_program(&from),
            DialogAnswer::Document {
                what,
                path: Some(to),
            } => self.save_document(&what, &to),
            DialogAnswer::Document { path: None, .. } => {
                // The typed path stays open beside it.
                self.state.documents.message = Some((crate::t!("documents-nothing-chosen"), false));
            }
            DialogAnswer::Program { path: None } => {
                self.state.program_view.message =
                    Some((crate::t!("routines-dialog-nothing-chosen"), false));
            }
            DialogAnswer::Export { path: None, .. } | DialogAnswer::Import { path: None } => {
                self.set_routines_message(crate::t!("routines-dialog-nothing-chosen"));
            }
        }
    }

    fn save_draft(&mut self) {
        let folder = self.folder();
        let Screen::Editor(editor) = &mut self.state.screen else {
            return;
        };
        editor.message = None;
        if let Some((_, first)) = editor.refusal() {
            // The reason is shown beside Save; the first problem is scrolled to.
            editor.save_refused = true;
            if let Some(path) = first {
                if let Some(i) = exercise_of(&path) {
                    editor.open_exercise = Some(i);
                }
                editor.focus = Some(path);
            }
            return;
        }
        editor.save_refused = false;
        let old_path = editor.draft.path.clone();
        // A changed id (a copy's, before any session used it) moves the file.
        let moved = editor.draft.routine.id != editor.draft.baseline().id;
        // A new routine, or a moved one, goes to a new file: the folder refuses an id
        // that is taken.
        let new_file = old_path.is_none() || moved;
        let path = match &old_path {
            Some(_) if moved => Some(folder.path_for(&editor.draft.routine.id)),
            other => other.clone(),
        };
        // Only the id or title changed in a hand-written file: those values are changed
        // in place, and its comments and layout stay.
        let in_place = match (&old_path, &path) {
            (Some(old), Some(new)) if editor.draft.has_comments && !editor.comments_ok => {
                std::fs::read_to_string(old)
                    .ok()
                    .and_then(|text| text_edit::retitle(&text, &editor.draft.routine))
                    .map(|text| (text, new.clone()))
            }
            _ => None,
        };
        if in_place.is_none() && editor.draft.has_comments && !editor.comments_ok {
            editor.confirm_comments = true;
            return;
        }
        let keeps_comments = in_place.is_some();
        if !keeps_comments {
            // The editor writes the newest format (older files load unchanged).
            editor.draft.to_newest_format();
        }
        let saved = match in_place {
            Some((text, _)) if new_file => folder.save_text_new(&text).map(|at| (at, None)),
            Some((text, at)) => folder.save_text(&text, &at).map(|backup| (at, backup)),
            None if new_file => folder
                .add(editor.draft.routine.clone(), OnClash::Ask)
                .map(|(_, at)| (at, None)),
            None => folder.save(&editor.draft.routine, path.as_deref()),
        };
        let saved = saved.and_then(|(path, backup)| {
            // The file under the old id goes to the trash (restorable).
            match &old_path {
                Some(old) if moved && old.exists() => folder.trash(old).map(|_| (path, backup)),
                _ => Ok((path, backup)),
            }
        });
        match saved {
            Ok((path, backup)) => {
                editor.save_error = None;
                editor.file_gone = false;
                editor.draft.mark_saved(path.clone());
                editor.draft.has_comments = keeps_comments;
                editor.say(match backup {
                    Some(backup) => crate::t!(
                        "routines-saved-with-backup",
                        path = backup.display().to_string()
                    ),
                    None => crate::t!("routines-saved-as", path = path.display().to_string()),
                });
                self.reload_routines();
            }
            Err(FolderError::IdTaken { id, .. } | FolderError::BundledId { id }) => {
                editor.focus = Some("id".to_owned());
                editor.save_error = Some((
                    crate::t!("routines-save-id-taken", id = id),
                    editor.draft.revision(),
                ));
            }
            Err(e) => {
                editor.save_error = Some((
                    crate::t!("routines-save-failed", error = e.to_string()),
                    editor.draft.revision(),
                ));
            }
        }
    }

    /// "Try it as the client": the edited routine in the real player, nothing
    /// recorded; the editor waits and comes back at the end.
    fn start_preview(&mut self, from_exercise: usize) {
        let get_ready_secs = self.state.settings.get_ready_secs;
        let Screen::Editor(editor) = &mut self.state.screen else {
            return;
        };
        if !editor.draft.problems().is_empty() || !editor.number_texts.is_empty() {
            editor.say(crate::t!("routines-preview-needs-no-problems"));
            return;
        }
        let (live, events) = crate::live::Live::rehearse(
            &editor.draft.routine,
            PlanOptions::normal_day(get_ready_secs),
            from_exercise,
            self.clock.as_ref(),
        );
        self.audio.play_events(&events);
        let screen = std::mem::replace(&mut self.state.screen, Screen::Player(Box::new(live)));
        if let Screen::Editor(editor) = screen {
            self.state.rehearsing_from = Some(editor);
        }
    }

    /// Back to the editor after a preview (finished or stopped); nothing was recorded.
    pub(super) fn end_preview(&mut self) {
        if let Some(mut editor) = self.state.rehearsing_from.take() {
            editor.say(crate::t!("routines-preview-ended"));
            self.state.screen = Screen::Editor(editor);
        }
    }
}

/// The library as the app starts: bundled and the person's routines, and for a file
/// that is broken, its newest backup marked as the last good version.
pub(super) fn load_library(
    data_dir: &crate::paths::DataDir,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> LoadReport {
    let folder = RoutineFolder::new(data_dir, now);
    let library = crate::routine::library_in(data_dir, crate::i18n::language().code());
    versions::last_good_from_backups(&folder, library)
}

/// The exercise a field path is in ("exercises[2].dose.sets" → 2).
fn exercise_of(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("exercises[")?;
    rest.split(']').next()?.parse().ok()
}

/// The trash, newest first, with titles where the files can be read.
fn trashed_list(folder: &RoutineFolder) -> Vec<(PathBuf, String)> {
    folder
        .trashed()
        .into_iter()
        .map(|path| {
            let title = crate::routine::load_file(&path).map_or_else(
                |_| {
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                },
                |parsed| parsed.routine.title,
            );
            (path, title)
        })
        .collect()
}
