//! The routines screen: the person's own routines (edit, duplicate, rename, export,
//! delete to the trash) and the bundled ones (read-only: make a copy to edit, export),
//! a new routine, import, the trash with restore, and any problem with a file.
//!
//! Only the typed text (a new title, a path) is changed here; every action is a
//! [`Command`].

use crate::state::command::{DataCommand, DocumentCommand, RoutinesCommand};
use egui::RichText;

use crate::paths::suggested_export_path;
use crate::routine::folder::OnClash;
use crate::routine::{LoadedRoutine, Severity};
use crate::session::Plan;
use crate::state::RoutinesView;
use crate::state::{AppState, Command, Document, Screen};

use super::ask::{ask, ask_ui};
use super::{big_button, bold, name_for_screen_readers, note_ui};

/// What the last action did, in a line that stays in view at the bottom of the window,
/// with a button to dismiss it.
pub fn status_ui(ui: &mut egui::Ui, view: &mut RoutinesView) {
    let Some(message) = &view.message else {
        return;
    };
    let mut dismiss = false;
    ui.horizontal_wrapped(|ui| {
        ui.add(egui::Label::new(RichText::new(message).size(20.0)).wrap());
        let ok = big_button(ui, &crate::t!("routines-ok"), 0.0);
        name_for_screen_readers(&ok, &crate::t!("routines-dismiss-message"));
        dismiss = ok.clicked();
    });
    if dismiss {
        view.message = None;
    }
}

/// The screen's questions and refusals, each in a modal over the page.
fn questions_ui(
    ctx: &egui::Context,
    view: &mut RoutinesView,
    library: &crate::routine::LoadReport,
    commands: &mut Vec<Command>,
) {
    if let Some(refusal) = view.refusal.clone() {
        if ask(
            ctx,
            "refusal",
            &crate::t!("routines-refusal-title"),
            &refusal,
            &[&crate::t!("routines-ok")],
            Some(0),
        )
        .is_some()
        {
            view.refusal = None;
        }
        return;
    }
    if let Some(id) = view.confirm_delete.clone() {
        let title = library
            .get(&id)
            .map_or(id.as_str(), |l| l.routine.title.as_str());
        ask_ui(
            ctx,
            "delete",
            &crate::t!("routines-delete-question", title = title),
            &crate::t!("routines-delete-explain"),
            &[
                (
                    &crate::t!("routines-delete-keep"),
                    Command::Routines(RoutinesCommand::CancelDelete),
                ),
                (
                    &crate::t!("routines-delete-confirm"),
                    Command::Routines(RoutinesCommand::Delete(id.clone())),
                ),
            ],
            Some(Command::Routines(RoutinesCommand::CancelDelete)),
            commands,
        );
        return;
    }
    if let Some((id, title)) = view.confirm_rename.clone() {
        let answer = ask(
            ctx,
            "rename",
            &crate::t!("routines-rename-comments-title"),
            &crate::t!("routines-rename-comments-text"),
            &[
                &crate::t!("routines-rename-anyway"),
                &crate::t!("routines-rename-dont"),
            ],
            Some(1),
        );
        match answer {
            Some(0) => commands.push(Command::Routines(RoutinesCommand::RenameAnyway {
                id,
                title,
            })),
            Some(_) => view.confirm_rename = None,
            None => {}
        }
        return;
    }
    if let Some((path, title, id)) = view.restore_clash.clone() {
        let answer = ask(
            ctx,
            "restore-clash",
            &crate::t!("routines-restore-clash-title"),
            &crate::t!(
                "routines-restore-clash-text",
                title = title,
                id = id.as_str()
            ),
            &[
                &crate::t!("routines-keep-both"),
                &crate::t!("routines-restore-clash-leave"),
            ],
            Some(1),
        );
        match answer {
            Some(0) => {
                view.restore_clash = None;
                commands.push(Command::Routines(RoutinesCommand::RestoreKeepBoth(path)));
            }
            Some(_) => view.restore_clash = None,
            None => {}
        }
        return;
    }
    if let Some((file, id, bundled)) = view.import_clash.clone() {
        let text = if bundled {
            crate::t!("routines-import-clash-bundled", id = id.as_str())
        } else {
            crate::t!("routines-import-clash-own", id = id.as_str())
        };
        // Each answer with what it does (`None`: cancel the import).
        let mut answers = Vec::new();
        if !bundled {
            answers.push((crate::t!("routines-import-replace"), Some(OnClash::Replace)));
        }
        answers.push((crate::t!("routines-keep-both"), Some(OnClash::KeepBoth)));
        answers.push((crate::t!("routines-import-cancel"), None));
        let labels: Vec<&str> = answers.iter().map(|(label, _)| label.as_str()).collect();
        let cancel = labels.len() - 1;
        let answer = ask(
            ctx,
            "import-clash",
            &crate::t!("routines-import-clash-title"),
            &text,
            &labels,
            Some(cancel),
        );
        let on_clash = match answer.and_then(|i| answers.get(i)) {
            Some((_, Some(on_clash))) => Some(*on_clash),
            Some((_, None)) => {
                view.import_clash = None;
                view.import = None;
                None
            }
            None => None,
        };
        if let Some(on_clash) = on_clash {
            commands.push(Command::Routines(RoutinesCommand::Import {
                from: file,
                on_clash,
            }));
        }
    }
}

pub fn routines_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let get_ready_secs = state.settings.get_ready_secs;
    let documents = &mut state.documents;
    let program = &state.program;
    // What the last change to the program did, with Undo.
    super::program::message_ui(ui, &state.program_view, commands);
    let Screen::Routines(view) = &mut state.screen else {
        return;
    };
    let library = &state.library;
    questions_ui(ui.ctx(), view, library, commands);
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &crate::t!("routines-new"), 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::New));
        }
        if big_button(ui, &crate::t!("routines-import"), 0.0).clicked() {
            view.import = Some(String::new());
            view.import_clash = None;
        }
    });
    import_ui(ui, view, commands);
    ui.add_space(10.0);

    let problems: Vec<String> = library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    if !problems.is_empty() {
        note_ui(
            ui,
            &crate::t!("routines-problems-title"),
            &problems.join("\n"),
        );
        if big_button(ui, &crate::t!("routines-check-again"), 0.0).clicked() {
            commands.push(Command::Data(DataCommand::Reload));
        }
        ui.add_space(8.0);
    }

    ui.heading(crate::t!("routines-own-heading"));
    let own: Vec<&LoadedRoutine> = library
        .routines
        .iter()
        .filter(|r| !r.origin.is_bundled())
        .collect();
    if own.is_empty() {
        ui.label(crate::t!("routines-own-none"));
    }
    for loaded in own {
        card_ui(
            ui,
            view,
            documents,
            loaded,
            program,
            get_ready_secs,
            commands,
        );
    }
    ui.add_space(10.0);
    ui.heading(crate::t!("routines-bundled-heading"));
    ui.label(crate::t!("routines-bundled-explain"));
    for loaded in library.routines.iter().filter(|r| r.origin.is_bundled()) {
        card_ui(
            ui,
            view,
            documents,
            loaded,
            program,
            get_ready_secs,
            commands,
        );
    }
    ui.add_space(10.0);
    trash_ui(ui, view, commands);
}

fn card_ui(
    ui: &mut egui::Ui,
    view: &mut RoutinesView,
    documents: &mut crate::state::Documents,
    loaded: &LoadedRoutine,
    program: &crate::program::file::Stored,
    get_ready_secs: u32,
    commands: &mut Vec<Command>,
) {
    let routine = &loaded.routine;
    let id = &routine.id;
    let title = routine.title.as_str();
    let plan = Plan::normal_day(routine, get_ready_secs);
    super::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(bold(&routine.title, 24.0));
        ui.label(
            RichText::new(crate::t!(
                "routines-card-summary",
                count = routine.exercises.len(),
                length = crate::i18n::about_length(&plan),
                times = routine.prescription.times_per_week,
                id = id.as_str()
            ))
            .size(18.0),
        );
        if loaded.last_good {
            ui.label(bold(crate::t!("routines-card-last-good"), 18.0));
        }
        // In the program, on which days (to change), or a way to add it.
        ui.push_id(("program", id), |ui| {
            super::program::card_program_ui(ui, program, routine, commands);
        });
        let bundled = loaded.origin.is_bundled();
        ui.horizontal_wrapped(|ui| {
            if bundled {
                button(
                    ui,
                    &crate::t!("routines-copy"),
                    &crate::t!("routines-copy-name", title = title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::Copy(id.clone())));
                    },
                );
            } else {
                button(
                    ui,
                    &crate::t!("routines-edit"),
                    &crate::t!("routines-edit-name", title = title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::Edit(id.clone())));
                    },
                );
                button(
                    ui,
                    &crate::t!("routines-duplicate"),
                    &crate::t!("routines-duplicate-name", title = title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::Copy(id.clone())));
                    },
                );
                button(
                    ui,
                    &crate::t!("routines-rename"),
                    &crate::t!("routines-rename-name", title = title),
                    || {
                        view.rename = Some((id.clone(), routine.title.clone()));
                    },
                );
                button(
                    ui,
                    &crate::t!("routines-versions"),
                    &crate::t!("routines-versions-name", title = title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::ShowVersions(id.clone())));
                    },
                );
            }
            button(
                ui,
                &crate::t!("routines-export-button"),
                &crate::t!("routines-export-name", title = title),
                || {
                    let path = view.export_dir.as_ref().map_or_else(
                        || suggested_export_path(id),
                        |dir| dir.join(format!("{id}.ron")).display().to_string(),
                    );
                    view.export = Some((id.clone(), path));
                },
            );
            button(
                ui,
                &crate::t!("documents-handout-button"),
                &crate::t!("documents-handout-name", title = title),
                || {
                    commands.push(Command::Documents(DocumentCommand::Save(
                        Document::Handout(id.clone()),
                    )));
                },
            );
            button(
                ui,
                &crate::t!("documents-large-handout-button"),
                &crate::t!("documents-large-handout-name", title = title),
                || {
                    commands.push(Command::Documents(DocumentCommand::Save(
                        Document::LargeHandout(id.clone()),
                    )));
                },
            );
            if !bundled {
                button(
                    ui,
                    &crate::t!("routines-delete"),
                    &crate::t!("routines-delete-name", title = title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::AskDelete(id.clone())));
                    },
                );
            }
        });
        rename_ui(ui, view, id, commands);
        export_ui(ui, view, id, commands);
        if matches!(&documents.saving, Some((Document::Handout(saving) | Document::LargeHandout(saving), _)) if saving == id) {
            super::review::save_panel_ui(ui, documents, commands);
        } else if let Some((message, _)) = &documents.message
            && matches!(&documents.saved, Some(Document::Handout(saved) | Document::LargeHandout(saved)) if saved == id)
        {
            ui.label(RichText::new(message).size(20.0));
        }
        versions_ui(ui, view, id, commands);
    });
    ui.add_space(10.0);
}

/// A one-line text box in the button font, tall enough to hit, at most `width` wide.
fn text_box_ui(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    let field = ui.add(
        egui::TextEdit::singleline(text)
            .font(egui::TextStyle::Button)
            .hint_text(hint)
            .desired_width(ui.available_width().min(width))
            .min_size(egui::vec2(0.0, super::MIN_TARGET)),
    );
    name_for_screen_readers(&field, name);
    field
}

/// A big button with a fuller name for screen readers.
fn button(ui: &mut egui::Ui, text: &str, name: &str, on_click: impl FnOnce()) {
    let response = big_button(ui, text, 0.0);
    name_for_screen_readers(&response, name);
    if response.clicked() {
        on_click();
    }
}

fn rename_ui(ui: &mut egui::Ui, view: &mut RoutinesView, id: &str, commands: &mut Vec<Command>) {
    let Some((renaming, title)) = &mut view.rename else {
        return;
    };
    if renaming != id {
        return;
    }
    let mut done = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::t!("routines-rename-label"));
        let field = text_box_ui(ui, title, &crate::t!("routines-rename-field"), "", 360.0);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if big_button(ui, &crate::t!("routines-rename-save"), 0.0).clicked() || enter {
            done = Some(true);
        }
        if big_button(ui, &crate::t!("routines-rename-cancel"), 0.0).clicked() {
            done = Some(false);
        }
    });
    match done {
        Some(true) => commands.push(Command::Routines(RoutinesCommand::Rename {
            id: id.to_owned(),
            title: title.clone(),
        })),
        Some(false) => view.rename = None,
        None => {}
    }
}

fn export_ui(ui: &mut egui::Ui, view: &mut RoutinesView, id: &str, commands: &mut Vec<Command>) {
    let Some((exporting, typed)) = &mut view.export else {
        return;
    };
    if exporting != id {
        return;
    }
    let mut close = false;
    ui.add_space(6.0);
    ui.label(bold(crate::t!("routines-export-heading"), 20.0));
    ui.label(crate::t!("routines-export-explain"));
    let field = text_box_ui(ui, typed, &crate::t!("routines-export-field"), "", 700.0);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &crate::t!("routines-export-do"), 0.0).clicked() || enter {
            commands.push(Command::Routines(RoutinesCommand::Export {
                id: id.to_owned(),
                to: typed.trim().into(),
            }));
        }
        if big_button(ui, &crate::t!("routines-choose-dialog"), 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::BrowseExport(
                id.to_owned(),
            )));
        }
        if big_button(ui, &crate::t!("routines-export-cancel"), 0.0).clicked() {
            close = true;
        }
    });
    if close {
        view.export = None;
    }
}

fn import_ui(ui: &mut egui::Ui, view: &mut RoutinesView, commands: &mut Vec<Command>) {
    if view.import_clash.is_some() {
        // The question about the same id is asked in a modal.
        return;
    }
    let Some(typed) = &mut view.import else {
        return;
    };
    let mut close = false;
    ui.add_space(6.0);
    ui.label(bold(crate::t!("routines-import-heading"), 20.0));
    ui.label(crate::t!("routines-import-explain"));
    let field = text_box_ui(
        ui,
        typed,
        &crate::t!("routines-import-field"),
        &crate::t!("routines-import-hint"),
        700.0,
    );
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if (big_button(ui, &crate::t!("routines-import-do"), 0.0).clicked() || enter)
            && !typed.trim().is_empty()
        {
            commands.push(Command::Routines(RoutinesCommand::Import {
                from: typed.trim().into(),
                on_clash: OnClash::Ask,
            }));
        }
        if big_button(ui, &crate::t!("routines-choose-dialog"), 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::BrowseImport));
        }
        if big_button(ui, &crate::t!("routines-import-cancel"), 0.0).clicked() {
            close = true;
        }
    });
    if close {
        view.import = None;
    }
}

fn trash_ui(ui: &mut egui::Ui, view: &RoutinesView, commands: &mut Vec<Command>) {
    ui.heading(crate::t!("routines-trash-heading"));
    if view.trashed.is_empty() {
        ui.label(crate::t!("routines-trash-empty"));
        return;
    }
    for (path, title) in &view.trashed {
        ui.horizontal_wrapped(|ui| {
            let restore = big_button(ui, &crate::t!("routines-trash-restore"), 0.0);
            name_for_screen_readers(
                &restore,
                &crate::t!("routines-trash-restore-name", title = title.as_str()),
            );
            if restore.clicked() {
                commands.push(Command::Routines(RoutinesCommand::Restore(path.clone())));
            }
            ui.label(RichText::new(title).size(20.0));
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.label(RichText::new(file).size(16.0));
        });
    }
}

/// A routine's previous versions: when each was replaced, what restoring it would
/// change, and Restore (the current version goes to backups first, so a restore can be
/// undone from this same list).
fn versions_ui(ui: &mut egui::Ui, view: &mut RoutinesView, id: &str, commands: &mut Vec<Command>) {
    let Some((showing, list)) = &view.versions else {
        return;
    };
    if showing != id {
        return;
    }
    let mut close = false;
    ui.add_space(6.0);
    ui.label(bold(crate::t!("routines-versions-heading"), 22.0));
    if list.is_empty() {
        ui.label(crate::t!("routines-versions-none"));
    }
    for version in list {
        crate::ui::card_frame(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(
                crate::t!("routines-version-replaced", saved = version.saved.as_str()),
                20.0,
            ));
            match &version.changes {
                Ok(changes) if changes.is_empty() => {
                    ui.label(crate::t!("routines-version-same"));
                }
                Ok(changes) => {
                    ui.label(crate::t!("routines-version-brings-back"));
                    for change in changes.iter().take(8) {
                        ui.add(egui::Label::new(format!("• {change}")).wrap());
                    }
                    if changes.len() > 8 {
                        let more = changes.len() - 8;
                        ui.label(crate::t!("routines-version-more-changes", count = more));
                    }
                    let restore = big_button(ui, &crate::t!("routines-version-restore"), 0.0);
                    name_for_screen_readers(
                        &restore,
                        &crate::t!(
                            "routines-version-restore-name",
                            saved = version.saved.as_str()
                        ),
                    );
                    if restore.clicked() {
                        commands.push(Command::Routines(RoutinesCommand::RestoreVersion {
                            id: id.to_owned(),
                            backup: version.path.clone(),
                        }));
                    }
                }
                Err(why) => {
                    ui.add(
                        egui::Label::new(crate::t!(
                            "routines-version-unreadable",
                            reason = why.as_str()
                        ))
                        .wrap(),
                    );
                }
            }
        });
    }
    if big_button(ui, &crate::t!("routines-versions-close"), 0.0).clicked() {
        close = true;
    }
    if close {
        view.versions = None;
    }
}
