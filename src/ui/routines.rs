//! The routines screen: the person's own routines (edit, duplicate, rename, export,
//! delete to the trash) and the bundled ones (read-only: make a copy to edit, export),
//! a new routine, import, the trash with restore, and any problem with a file.
//!
//! Only the typed text (a new title, a path) is changed here; every action is a
//! [`Command`].

use crate::state::command::{DataCommand, RoutinesCommand};
use egui::RichText;

use crate::paths::suggested_export_path;
use crate::routine::folder::OnClash;
use crate::routine::{LoadedRoutine, Severity};
use crate::session::Plan;
use crate::state::RoutinesView;
use crate::state::{AppState, Command, Screen};

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
        let ok = big_button(ui, "OK", 0.0);
        name_for_screen_readers(&ok, "Dismiss this message");
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
            "⚠ That did not work",
            &refusal,
            &["OK"],
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
            &format!("Move \"{title}\" to the trash?"),
            "You can restore it from the trash at the end of this page.",
            &[
                ("Keep it", Command::Routines(RoutinesCommand::CancelDelete)),
                (
                    "Yes, move to the trash",
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
            "This file has comments",
            "Its title could not be changed on its own line, so renaming writes the file afresh and its comments (lines starting with //) are lost; the file as it is now is kept in backups. Rename anyway?",
            &["Rename anyway", "Don't rename"],
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
            "That id is taken now",
            &format!(
                "\"{title}\" has the id \"{id}\", which another routine uses now. Keep both: it comes back with a new id, and the other routine is not changed."
            ),
            &["Keep both", "Leave it in the trash"],
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
            format!(
                "\"{id}\" is the id of a routine bundled with Steady, which cannot be replaced. Keep both gives the imported one a new id."
            )
        } else {
            format!(
                "You already have a routine with the id \"{id}\". Replace it (its current version is kept in backups), or keep both (the imported one gets a new id)?"
            )
        };
        let mut labels = Vec::new();
        if !bundled {
            labels.push("Replace mine");
        }
        labels.push("Keep both");
        labels.push("Cancel import");
        let cancel = labels.len() - 1;
        let answer = ask(ctx, "import-clash", "Same id", &text, &labels, Some(cancel));
        let on_clash = match answer.and_then(|i| labels.get(i)) {
            Some(&"Replace mine") => Some(OnClash::Replace),
            Some(&"Keep both") => Some(OnClash::KeepBoth),
            Some(_) => {
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
    let Screen::Routines(view) = &mut state.screen else {
        return;
    };
    let library = &state.library;
    questions_ui(ui.ctx(), view, library, commands);
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, "+ New routine", 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::New));
        }
        if big_button(ui, "Import…", 0.0).clicked() {
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
        note_ui(ui, "⚠ Routine files with problems", &problems.join("\n"));
        if big_button(ui, "Check routine files again", 0.0).clicked() {
            commands.push(Command::Data(DataCommand::Reload));
        }
        ui.add_space(8.0);
    }

    ui.heading("Your routines");
    let own: Vec<&LoadedRoutine> = library
        .routines
        .iter()
        .filter(|r| !r.origin.is_bundled())
        .collect();
    if own.is_empty() {
        ui.label("You have no routines of your own yet. Start a new one, or make a copy of one below to change it.");
    }
    for loaded in own {
        card_ui(ui, view, loaded, get_ready_secs, commands);
    }
    ui.add_space(10.0);
    ui.heading("Bundled with Steady");
    ui.label("These cannot be changed. Make a copy to edit it with your therapist.");
    for loaded in library.routines.iter().filter(|r| r.origin.is_bundled()) {
        card_ui(ui, view, loaded, get_ready_secs, commands);
    }
    ui.add_space(10.0);
    trash_ui(ui, view, commands);
}

fn card_ui(
    ui: &mut egui::Ui,
    view: &mut RoutinesView,
    loaded: &LoadedRoutine,
    get_ready_secs: u32,
    commands: &mut Vec<Command>,
) {
    let routine = &loaded.routine;
    let id = &routine.id;
    let plan = Plan::normal_day(routine, get_ready_secs);
    super::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(bold(&routine.title, 24.0));
        let exercises = match routine.exercises.len() {
            1 => "1 exercise".to_owned(),
            n => format!("{n} exercises"),
        };
        ui.label(
            RichText::new(format!(
                "{exercises} · {} · {} a week · id {id}",
                plan.describe_length(),
                routine.prescription.times_per_week
            ))
            .size(18.0),
        );
        if loaded.last_good {
            ui.label(bold(
                "⚠ Its file has a problem (see above); this is its last good version.",
                18.0,
            ));
        }
        let bundled = loaded.origin.is_bundled();
        ui.horizontal_wrapped(|ui| {
            if bundled {
                button(
                    ui,
                    "Make a copy to edit",
                    &format!("Make a copy of {} to edit", routine.title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::Copy(id.clone())));
                    },
                );
            } else {
                button(ui, "Edit", &format!("Edit {}", routine.title), || {
                    commands.push(Command::Routines(RoutinesCommand::Edit(id.clone())));
                });
                button(
                    ui,
                    "Duplicate",
                    &format!("Duplicate {}", routine.title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::Copy(id.clone())));
                    },
                );
                button(ui, "Rename", &format!("Rename {}", routine.title), || {
                    view.rename = Some((id.clone(), routine.title.clone()));
                });
                button(
                    ui,
                    "Versions",
                    &format!("Versions of {}", routine.title),
                    || {
                        commands.push(Command::Routines(RoutinesCommand::ShowVersions(id.clone())));
                    },
                );
            }
            button(
                ui,
                "Export…",
                &format!("Export {}", routine.title),
                || {
                    let path = view.export_dir.as_ref().map_or_else(
                        || suggested_export_path(id),
                        |dir| dir.join(format!("{id}.ron")).display().to_string(),
                    );
                    view.export = Some((id.clone(), path));
                },
            );
            if !bundled {
                button(ui, "Delete", &format!("Delete {}", routine.title), || {
                    commands.push(Command::Routines(RoutinesCommand::AskDelete(id.clone())));
                });
            }
        });
        rename_ui(ui, view, id, commands);
        export_ui(ui, view, id, commands);
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
        ui.label("New title:");
        let field = text_box_ui(ui, title, "New title", "", 360.0);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if big_button(ui, "Save title", 0.0).clicked() || enter {
            done = Some(true);
        }
        if big_button(ui, "Cancel", 0.0).clicked() {
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
    ui.label(bold("Export: save this routine as a file to share", 20.0));
    ui.label("Type where to save it, or choose with the system's dialog. An existing file is never replaced.");
    let field = text_box_ui(ui, typed, "Export to file", "", 700.0);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, "Export", 0.0).clicked() || enter {
            commands.push(Command::Routines(RoutinesCommand::Export {
                id: id.to_owned(),
                to: typed.trim().into(),
            }));
        }
        if big_button(ui, "Choose with a dialog…", 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::BrowseExport(
                id.to_owned(),
            )));
        }
        if big_button(ui, "Cancel export", 0.0).clicked() {
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
    ui.label(bold("Import a routine file", 20.0));
    ui.label("Type the path of a .ron file, or choose it with the system's dialog. It is checked before it is copied in.");
    let field = text_box_ui(
        ui,
        typed,
        "File to import",
        "e.g. ~/Downloads/balance.ron",
        700.0,
    );
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        if (big_button(ui, "Import this file", 0.0).clicked() || enter) && !typed.trim().is_empty()
        {
            commands.push(Command::Routines(RoutinesCommand::Import {
                from: typed.trim().into(),
                on_clash: OnClash::Ask,
            }));
        }
        if big_button(ui, "Choose with a dialog…", 0.0).clicked() {
            commands.push(Command::Routines(RoutinesCommand::BrowseImport));
        }
        if big_button(ui, "Cancel import", 0.0).clicked() {
            close = true;
        }
    });
    if close {
        view.import = None;
    }
}

fn trash_ui(ui: &mut egui::Ui, view: &RoutinesView, commands: &mut Vec<Command>) {
    ui.heading("Trash");
    if view.trashed.is_empty() {
        ui.label("Nothing in the trash. Deleted routines wait here until you restore them.");
        return;
    }
    for (path, title) in &view.trashed {
        ui.horizontal_wrapped(|ui| {
            let restore = big_button(ui, "Restore", 0.0);
            name_for_screen_readers(&restore, &format!("Restore {title}"));
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
    ui.label(bold("Previous versions", 22.0));
    if list.is_empty() {
        ui.label("None yet: each time the routine is saved, the version it replaces is kept here.");
    }
    for version in list {
        crate::ui::card_frame(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(format!("Replaced on {}", version.saved), 20.0));
            match &version.changes {
                Ok(changes) if changes.is_empty() => {
                    ui.label("The same as the current version.");
                }
                Ok(changes) => {
                    ui.label("Restoring it brings back:");
                    for change in changes.iter().take(8) {
                        ui.add(egui::Label::new(format!("• {change}")).wrap());
                    }
                    if changes.len() > 8 {
                        ui.label(format!("…and {} more changes.", changes.len() - 8));
                    }
                    let restore = big_button(ui, "Restore this version", 0.0);
                    name_for_screen_readers(
                        &restore,
                        &format!("Restore the version replaced on {}", version.saved),
                    );
                    if restore.clicked() {
                        commands.push(Command::Routines(RoutinesCommand::RestoreVersion {
                            id: id.to_owned(),
                            backup: version.path.clone(),
                        }));
                    }
                }
                Err(why) => {
                    ui.add(egui::Label::new(format!("⚠ It cannot be read: {why}")).wrap());
                }
            }
        });
    }
    if big_button(ui, "Close versions", 0.0).clicked() {
        close = true;
    }
    if close {
        view.versions = None;
    }
}
