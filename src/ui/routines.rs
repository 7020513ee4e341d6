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

use super::{big_button, bold, name_for_screen_readers, note_ui, question_ui};

pub fn routines_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let get_ready_secs = state.settings.get_ready_secs;
    let Screen::Routines(view) = &mut state.screen else {
        return;
    };
    let library = &state.library;
    if let Some(message) = &view.message {
        note_ui(ui, "Note", message);
        ui.add_space(8.0);
    }
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
            }
            button(
                ui,
                "Export…",
                &format!("Export {}", routine.title),
                || {
                    view.export = Some((id.clone(), suggested_export_path(id)));
                },
            );
            if !bundled {
                button(ui, "Delete", &format!("Delete {}", routine.title), || {
                    commands.push(Command::Routines(RoutinesCommand::AskDelete(id.clone())));
                });
            }
        });
        rename_ui(ui, view, id, commands);
        if view.confirm_delete.as_deref() == Some(id) {
            question_ui(
                ui,
                &format!("Move \"{}\" to the trash?", routine.title),
                "You can restore it from the trash at the bottom of this screen.",
                &[
                    ("Keep it", Command::Routines(RoutinesCommand::CancelDelete)),
                    (
                        "Yes, move to the trash",
                        Command::Routines(RoutinesCommand::Delete(id.clone())),
                    ),
                ],
                commands,
            );
        }
        export_ui(ui, view, id, commands);
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
    text_box_ui(ui, typed, "Export to file", "", 700.0);
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, "Export", 0.0).clicked() {
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
    if let Some((file, id, bundled)) = &view.import_clash {
        let text = if *bundled {
            format!(
                "\"{id}\" is the id of a routine bundled with Steady, which cannot be replaced. Keep both gives the imported one a new id."
            )
        } else {
            format!(
                "You already have a routine with the id \"{id}\". Replace it (its current version is kept in backups), or keep both (the imported one gets a new id)?"
            )
        };
        let import = |on_clash| {
            Command::Routines(RoutinesCommand::Import {
                from: file.clone(),
                on_clash,
            })
        };
        let mut answers = Vec::new();
        if !*bundled {
            answers.push(("Replace mine", import(OnClash::Replace)));
        }
        answers.push(("Keep both", import(OnClash::KeepBoth)));
        question_ui(ui, "Same id", &text, &answers, commands);
        if big_button(ui, "Cancel import", 0.0).clicked() {
            view.import_clash = None;
            view.import = None;
        }
        return;
    }
    let Some(typed) = &mut view.import else {
        return;
    };
    let mut close = false;
    ui.add_space(6.0);
    ui.label(bold("Import a routine file", 20.0));
    ui.label("Type the path of a .ron file, or choose it with the system's dialog. It is checked before it is copied in.");
    text_box_ui(
        ui,
        typed,
        "File to import",
        "e.g. ~/Downloads/balance.ron",
        700.0,
    );
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, "Import this file", 0.0).clicked() && !typed.trim().is_empty() {
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
