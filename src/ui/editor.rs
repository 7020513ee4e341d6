//! The routine editor: a form for every field of routine format v1, with problems shown
//! beside the field they are about, large number fields that take typing and +/−,
//! Move up / Move down for exercises and instruction steps, the estimated length, and
//! the planned timeline with a session preview.
//!
//! The form changes the draft's working copy directly and then commits it (one undo
//! step per field typed in, one per structural change). Saving, undo, redo, preview and
//! leaving are [`Command`]s; nothing here touches a file.

use crate::state::command::EditorCommand;
use egui::{Color32, FontId, RichText, Vec2};

use crate::routine::LoadReport;
use crate::routine::draft::{blank_exercise, move_item, new_exercise_name};
use crate::routine::validate::{FieldPath, Invalid};
use crate::routine::{Dose, Exercise, Focus, Position, Routine, Sides, Tempo, describe_secs};
use crate::session::Plan;
use crate::state::EditorState;
use crate::state::{Command, Settings};

use super::{
    MIN_TARGET, big_button, bold, choice_button, name_for_screen_readers, note_ui, question_ui,
};

const FOCUSES: [Focus; 8] = [
    Focus::Strength,
    Focus::Balance,
    Focus::SitToStand,
    Focus::Stretch,
    Focus::Mobility,
    Focus::Core,
    Focus::Gait,
    Focus::Stairs,
];

const POSITIONS: [Position; 4] = [
    Position::Lying,
    Position::Seated,
    Position::Standing,
    Position::StandingWithSupport,
];

/// What the form changed this frame.
struct Form<'a> {
    problems: &'a [Invalid],
    /// Fields typed in (their paths): one undo step per field.
    typed: Vec<String>,
    /// A structural change (add, remove, move, switch): its own undo step.
    separate: bool,
}

impl Form<'_> {
    fn typed(&mut self, path: &FieldPath) {
        self.typed.push(path.to_string());
    }

    /// The problems about exactly this field, beside it.
    fn problems_ui(&self, ui: &mut egui::Ui, path: &FieldPath) {
        for problem in self.problems.iter().filter(|p| &p.path == path) {
            problem_ui(ui, problem);
        }
    }

    fn text_ui(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        name: &str,
        value: &mut String,
        path: &FieldPath,
        multiline: bool,
    ) {
        ui.label(RichText::new(label).size(20.0));
        let width = ui.available_width().min(760.0);
        let edit = if multiline {
            egui::TextEdit::multiline(value).desired_rows(3)
        } else {
            egui::TextEdit::singleline(value)
        };
        let response = ui.add(
            edit.font(egui::TextStyle::Body)
                .desired_width(width)
                .min_size(Vec2::new(0.0, MIN_TARGET)),
        );
        name_for_screen_readers(&response, name);
        if response.changed() {
            self.typed(path);
        }
        self.problems_ui(ui, path);
    }

    /// A number with − and + buttons (steps of `step`) and a box that takes typing.
    #[expect(
        clippy::too_many_arguments,
        reason = "one call per field reads best flat"
    )]
    fn number_ui(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        name: &str,
        value: &mut u32,
        step: u32,
        unit: &str,
        path: &FieldPath,
    ) {
        let key = path.to_string();
        let text_id = egui::Id::unique(("steady-number", &key));
        let mut not_a_number = false;
        // Beside the buttons on a wide window; above them when the text is large.
        let label_beside = ui.available_width() >= 640.0;
        if !label_beside {
            ui.label(RichText::new(label).size(20.0));
        }
        ui.horizontal(|ui| {
            if label_beside {
                ui.allocate_ui_with_layout(
                    Vec2::new(230.0, 56.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_size(Vec2::new(230.0, 56.0));
                        ui.add(egui::Label::new(RichText::new(label).size(20.0)).wrap());
                    },
                );
            }
            let minus = ui
                .add(egui::Button::new(RichText::new("−").size(28.0)).min_size(Vec2::splat(56.0)));
            name_for_screen_readers(&minus, &format!("Less: {name}"));
            if minus.clicked() {
                *value = value.saturating_sub(step);
                self.typed(path);
            }
            let mut text = ui
                .data(|d| d.get_temp::<String>(text_id))
                .unwrap_or_else(|| value.to_string());
            let response = ui.add(
                egui::TextEdit::singleline(&mut text)
                    .id(text_id.with("edit"))
                    .font(FontId::proportional(28.0))
                    .align(egui::Align2::CENTER_CENTER)
                    .desired_width(96.0)
                    .min_size(Vec2::new(0.0, 56.0)),
            );
            name_for_screen_readers(&response, name);
            if response.changed() {
                match text.trim().parse::<u32>() {
                    Ok(typed) => {
                        *value = typed;
                        self.typed(path);
                    }
                    Err(_) => not_a_number = !text.trim().is_empty(),
                }
            } else if response.has_focus() {
                not_a_number = text.trim().parse::<u32>().is_err() && !text.trim().is_empty();
            }
            if response.has_focus() {
                ui.data_mut(|d| d.insert_temp(text_id, text));
            } else {
                ui.data_mut(|d| d.remove::<String>(text_id));
            }
            let plus = ui
                .add(egui::Button::new(RichText::new("+").size(28.0)).min_size(Vec2::splat(56.0)));
            name_for_screen_readers(&plus, &format!("More: {name}"));
            if plus.clicked() {
                *value = value.saturating_add(step);
                self.typed(path);
            }
            ui.label(RichText::new(unit).size(20.0));
        });
        if not_a_number {
            warning_ui(ui, "Type a whole number, like 8.");
        }
        self.problems_ui(ui, path);
    }

    /// A list of short texts (instruction steps, safety notes…): each with Move up,
    /// Move down and Remove, and an Add button.
    fn list_ui(
        &mut self,
        ui: &mut egui::Ui,
        what: &str,
        owner: &str,
        items: &mut Vec<String>,
        path: &FieldPath,
    ) {
        let mut action: Option<(usize, ListAction)> = None;
        let count = items.len();
        for (i, item) in items.iter_mut().enumerate() {
            let item_path = path.index(i);
            let n = i + 1;
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("{n}.")).size(20.0));
                // Room for the three buttons and the box's own margins.
                let width = (ui.available_width() - 3.0 * (52.0 + 14.0) - 40.0).clamp(120.0, 640.0);
                let response = ui.add(
                    egui::TextEdit::singleline(item)
                        .font(egui::TextStyle::Body)
                        .desired_width(width)
                        .min_size(Vec2::new(0.0, MIN_TARGET)),
                );
                name_for_screen_readers(&response, &format!("{what} {n}{owner}"));
                if response.changed() {
                    self.typed(&item_path);
                }
                if small_button(ui, "▲", &format!("Move {what} {n}{owner} up"), i > 0) {
                    action = Some((i, ListAction::Up));
                }
                if small_button(ui, "▼", &format!("Move {what} {n}{owner} down"), n < count) {
                    action = Some((i, ListAction::Down));
                }
                if small_button(ui, "✕", &format!("Remove {what} {n}{owner}"), true) {
                    action = Some((i, ListAction::Remove));
                }
            });
            self.problems_ui(ui, &item_path);
        }
        let add = big_button(ui, &format!("+ Add {what}"), 0.0);
        name_for_screen_readers(&add, &format!("Add {what}{owner}"));
        if add.clicked() {
            items.push(String::new());
            self.separate = true;
        }
        match action {
            Some((i, ListAction::Up)) => self.separate |= move_item(items, i, true),
            Some((i, ListAction::Down)) => self.separate |= move_item(items, i, false),
            Some((i, ListAction::Remove)) => {
                items.remove(i);
                self.separate = true;
            }
            None => {}
        }
        self.problems_ui(ui, path);
    }
}

enum ListAction {
    Up,
    Down,
    Remove,
}

/// A square button with a symbol and a full name; returns whether it was clicked.
fn small_button(ui: &mut egui::Ui, symbol: &str, name: &str, enabled: bool) -> bool {
    let response = ui.add_enabled(
        enabled,
        egui::Button::new(RichText::new(symbol).size(22.0)).min_size(Vec2::splat(52.0)),
    );
    name_for_screen_readers(&response, name);
    response.clicked()
}

/// Problems are marked with ⚠ and bold text, not by colour alone.
fn warning_ui(ui: &mut egui::Ui, text: &str) {
    let color = if ui.visuals().dark_mode {
        Color32::from_rgb(255, 190, 120)
    } else {
        Color32::from_rgb(150, 40, 0)
    };
    ui.label(bold(format!("⚠ {text}"), 18.0).color(color));
}

fn problem_ui(ui: &mut egui::Ui, problem: &Invalid) {
    match &problem.hint {
        Some(hint) => warning_ui(ui, &format!("{} {hint}", problem.message)),
        None => warning_ui(ui, &problem.message),
    }
}

/// Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z and Ctrl+S, taken before the text boxes see them.
fn shortcuts(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    ui.input_mut(|i| {
        if i.consume_shortcut(&redo_shift) || i.consume_shortcut(&redo) {
            commands.push(Command::Editor(EditorCommand::Redo));
        } else if i.consume_shortcut(&undo) {
            commands.push(Command::Editor(EditorCommand::Undo));
        }
        if i.consume_shortcut(&save) {
            commands.push(Command::Editor(EditorCommand::Save));
        }
    });
}

pub fn editor_ui(
    ui: &mut egui::Ui,
    editor: &mut EditorState,
    library: &LoadReport,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    let get_ready_secs = settings.get_ready_secs;
    let disk_problems: Vec<String> = editor
        .draft
        .path
        .as_ref()
        .map(|path| {
            library
                .problems
                .iter()
                .filter(|p| p.is_error() && &p.path == path)
                .map(ToString::to_string)
                .collect()
        })
        .unwrap_or_default();
    let id_taken = editor.draft.path.is_none() && library.get(&editor.draft.routine.id).is_some();
    shortcuts(ui, commands);
    banners_ui(ui, editor, &disk_problems, commands);

    let problems = editor.draft.problems().to_vec();
    let mut form = Form {
        problems: &problems,
        typed: Vec::new(),
        separate: false,
    };
    let is_new = editor.draft.path.is_none();
    routine_fields_ui(ui, &mut form, &mut editor.draft.routine, is_new, id_taken);
    ui.add_space(12.0);
    exercises_ui(ui, &mut form, editor, commands);
    ui.add_space(12.0);
    timeline_ui(ui, editor, get_ready_secs, commands);

    let Form {
        typed, separate, ..
    } = form;
    if separate {
        editor.draft.commit_separate();
    }
    for key in typed {
        editor.draft.commit(&key);
    }
}

fn banners_ui(
    ui: &mut egui::Ui,
    editor: &EditorState,
    disk_problems: &[String],
    commands: &mut Vec<Command>,
) {
    if editor.leave_to.is_some() {
        question_ui(
            ui,
            "You have unsaved changes",
            "Save them, or leave and lose them?",
            &[
                ("Keep editing", Command::Editor(EditorCommand::KeepEditing)),
                (
                    "Leave without saving",
                    Command::Editor(EditorCommand::DiscardChanges),
                ),
            ],
            commands,
        );
    }
    if let Some(theirs) = &editor.conflict {
        question_ui(
            ui,
            "⚠ The file changed on disk",
            &format!(
                "\"{}\" was changed outside Steady while you have unsaved changes here. Keep your version (saving will replace the file; its version is kept in backups), or load the version on disk (Undo brings yours back)?",
                theirs.routine.title
            ),
            &[
                ("Keep mine", Command::Editor(EditorCommand::KeepMine)),
                ("Load theirs", Command::Editor(EditorCommand::LoadTheirs)),
            ],
            commands,
        );
    }
    if editor.confirm_comments {
        question_ui(
            ui,
            "This file has comments",
            "Saving from Steady writes the file afresh, and the comments (lines starting with //) are lost. Put anything worth keeping in Notes first. Save anyway?",
            &[
                ("Save anyway", Command::Editor(EditorCommand::SaveAnyway)),
                ("Don't save yet", Command::Editor(EditorCommand::CancelSave)),
            ],
            commands,
        );
    }
    if let Some(error) = &editor.save_error {
        note_ui(ui, "⚠ Not saved", error);
        ui.add_space(8.0);
    }
    if let Some(message) = &editor.message {
        note_ui(ui, "Note", message);
        ui.add_space(8.0);
    }
    if editor.file_gone {
        note_ui(
            ui,
            "The file was removed",
            "The file of this routine was moved or deleted outside Steady. Saving creates it again.",
        );
    }
    if !disk_problems.is_empty() {
        note_ui(
            ui,
            "⚠ The file on disk has a problem",
            &format!(
                "{}\nYou are editing its last good version.",
                disk_problems.join("\n")
            ),
        );
    }
}

fn routine_fields_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    routine: &mut Routine,
    is_new: bool,
    id_taken: bool,
) {
    let root = FieldPath::root();
    ui.heading("The routine");
    form.text_ui(
        ui,
        "Title",
        "Routine title",
        &mut routine.title,
        &root.field("title"),
        false,
    );
    if is_new {
        form.text_ui(
            ui,
            "Id (lowercase words joined by dashes; history uses it)",
            "Routine id",
            &mut routine.id,
            &root.field("id"),
            false,
        );
        if id_taken {
            warning_ui(ui, "Another routine already has this id.");
        }
    } else {
        ui.label(RichText::new(format!(
            "Id: {} (it links the routine to its history; make a copy for a new id)",
            routine.id
        )));
    }
    form.text_ui(
        ui,
        "What it is for",
        "Routine summary",
        &mut routine.summary,
        &root.field("summary"),
        true,
    );

    ui.label(RichText::new("What it trains").size(20.0));
    ui.horizontal_wrapped(|ui| {
        for focus in FOCUSES {
            let chosen = routine.focus.contains(&focus);
            let response = choice_button(ui, focus.label(), chosen, 0.0);
            name_for_screen_readers(&response, &format!("Trains {}", focus.label()));
            if response.clicked() {
                if chosen {
                    routine.focus.retain(|f| *f != focus);
                } else {
                    routine.focus.push(focus);
                    routine.focus.sort();
                }
                form.separate = true;
            }
        }
    });
    form.problems_ui(ui, &root.field("focus"));

    ui.label(RichText::new("Starting position").size(20.0));
    ui.horizontal_wrapped(|ui| {
        for position in POSITIONS {
            let response = choice_button(ui, position.label(), routine.position == position, 0.0);
            name_for_screen_readers(&response, &format!("Starts {}", position.label()));
            if response.clicked() && routine.position != position {
                routine.position = position;
                form.separate = true;
            }
        }
    });

    form.number_ui(
        ui,
        "Sessions a week",
        "Number of sessions a week",
        &mut routine.prescription.times_per_week,
        1,
        "",
        &root.field("prescription").field("times_per_week"),
    );
    form.text_ui(
        ui,
        "Prescription note (e.g. \"not on two days in a row\")",
        "Prescription note",
        &mut routine.prescription.note,
        &root.field("prescription").field("note"),
        false,
    );
    form.number_ui(
        ui,
        "Rest between exercises",
        "Seconds of rest between exercises",
        &mut routine.rest_between_exercises_secs,
        5,
        "seconds",
        &root.field("rest_between_exercises_secs"),
    );
    let lists = [
        (
            "Equipment",
            "equipment item",
            &mut routine.equipment,
            "equipment",
        ),
        (
            "Safety notes, shown before every session",
            "safety note",
            &mut routine.safety,
            "safety",
        ),
        (
            "Rest prompts (Steady's own are used when empty)",
            "rest prompt",
            &mut routine.rest_prompts,
            "rest_prompts",
        ),
    ];
    for (heading, what, items, field) in lists {
        ui.label(RichText::new(heading).size(20.0));
        form.list_ui(ui, what, "", items, &root.field(field));
    }
    form.text_ui(
        ui,
        "Notes for you and your therapist (kept when Steady saves the file; comments are not)",
        "Routine notes",
        &mut routine.notes,
        &root.field("notes"),
        true,
    );
}

fn exercises_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    editor: &mut EditorState,
    commands: &mut Vec<Command>,
) {
    let exercises_path = FieldPath::root().field("exercises");
    ui.heading("Exercises");
    form.problems_ui(ui, &exercises_path);
    let routine = &mut editor.draft.routine;
    let count = routine.exercises.len();
    let mut action: Option<(usize, ListAction)> = None;
    for i in 0..count {
        let path = exercises_path.index(i);
        let n = i + 1;
        let is_open = editor.open_exercise == Some(i);
        let problems = form
            .problems
            .iter()
            .filter(|p| p.path.starts_with(&path))
            .count();
        let Some(exercise) = routine.exercises.get_mut(i) else {
            continue;
        };
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .corner_radius(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let name = if exercise.name.trim().is_empty() {
                    "(no name yet)"
                } else {
                    exercise.name.trim()
                };
                ui.label(bold(format!("{n}. {name}"), 22.0));
                ui.label(RichText::new(exercise.dose.describe()).size(18.0));
                if problems > 0 && !is_open {
                    warning_ui(
                        ui,
                        &match problems {
                            1 => "1 problem: open it to see".to_owned(),
                            k => format!("{k} problems: open it to see"),
                        },
                    );
                }
                ui.horizontal_wrapped(|ui| {
                    let toggle = big_button(ui, if is_open { "Hide details" } else { "Edit" }, 0.0);
                    name_for_screen_readers(
                        &toggle,
                        &if is_open {
                            format!("Hide details of exercise {n}")
                        } else {
                            format!("Edit exercise {n}")
                        },
                    );
                    if toggle.clicked() {
                        editor.open_exercise = if is_open { None } else { Some(i) };
                    }
                    let up = ui.add_enabled(
                        i > 0,
                        egui::Button::new(RichText::new("▲ Move up").size(22.0))
                            .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
                    );
                    name_for_screen_readers(&up, &format!("Move exercise {n} up"));
                    if up.clicked() {
                        action = Some((i, ListAction::Up));
                    }
                    let down = ui.add_enabled(
                        n < count,
                        egui::Button::new(RichText::new("▼ Move down").size(22.0))
                            .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
                    );
                    name_for_screen_readers(&down, &format!("Move exercise {n} down"));
                    if down.clicked() {
                        action = Some((i, ListAction::Down));
                    }
                    let remove = big_button(ui, "Remove", 0.0);
                    name_for_screen_readers(&remove, &format!("Remove exercise {n}"));
                    if remove.clicked() {
                        action = Some((i, ListAction::Remove));
                    }
                    let preview = big_button(ui, "▶ Preview from here", 0.0);
                    name_for_screen_readers(&preview, &format!("Preview from exercise {n}"));
                    if preview.clicked() {
                        commands.push(Command::Editor(EditorCommand::StartPreview {
                            from_exercise: i,
                        }));
                    }
                });
                if is_open {
                    ui.separator();
                    exercise_fields_ui(ui, form, exercise, &path, n);
                }
            });
        ui.add_space(8.0);
    }
    let add = big_button(ui, "+ Add an exercise", 0.0);
    name_for_screen_readers(&add, "Add an exercise");
    if add.clicked() {
        let name = new_exercise_name(routine);
        routine.exercises.push(blank_exercise(&name));
        editor.open_exercise = Some(routine.exercises.len() - 1);
        form.separate = true;
    }
    match action {
        Some((i, ListAction::Up)) if move_item(&mut routine.exercises, i, true) => {
            editor.open_exercise = follow(editor.open_exercise, i, i - 1);
            form.separate = true;
        }
        Some((i, ListAction::Down)) if move_item(&mut routine.exercises, i, false) => {
            editor.open_exercise = follow(editor.open_exercise, i, i + 1);
            form.separate = true;
        }
        Some((i, ListAction::Remove)) => {
            let removed = routine.exercises.remove(i);
            editor.open_exercise = match editor.open_exercise {
                Some(o) if o == i => None,
                Some(o) if o > i => Some(o - 1),
                other => other,
            };
            editor.message = Some(format!(
                "Removed \"{}\". Undo brings it back.",
                removed.name.trim()
            ));
            form.separate = true;
        }
        _ => {}
    }
}

/// The open exercise follows a swap of `a` and `b`.
fn follow(open: Option<usize>, a: usize, b: usize) -> Option<usize> {
    match open {
        Some(o) if o == a => Some(b),
        Some(o) if o == b => Some(a),
        other => other,
    }
}

fn exercise_fields_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    exercise: &mut Exercise,
    path: &FieldPath,
    n: usize,
) {
    let of = format!(" of exercise {n}");
    form.text_ui(
        ui,
        "Name",
        &format!("Name of exercise {n}"),
        &mut exercise.name,
        &path.field("name"),
        false,
    );
    ui.label(RichText::new("Instructions, one short step each").size(20.0));
    form.list_ui(ui, "step", &of, &mut exercise.steps, &path.field("steps"));

    ui.label(RichText::new("How much").size(20.0));
    dose_ui(ui, form, &mut exercise.dose, &path.field("dose"), &of);

    ui.label(RichText::new("Sides").size(20.0));
    ui.horizontal_wrapped(|ui| {
        for (sides, text) in [
            (Sides::BothAtOnce, "Both at once"),
            (Sides::EachSide, "Each side in turn"),
        ] {
            let response = choice_button(ui, text, exercise.sides == sides, 0.0);
            name_for_screen_readers(&response, &format!("{text}{of}"));
            if response.clicked() && exercise.sides != sides {
                exercise.sides = sides;
                form.separate = true;
            }
        }
    });
    form.number_ui(
        ui,
        "Rest between sets",
        &format!("Rest between sets{of}"),
        &mut exercise.rest_between_sets_secs,
        5,
        "seconds",
        &path.field("rest_between_sets_secs"),
    );
    variant_ui(ui, form, exercise, path, &of, true);
    variant_ui(ui, form, exercise, path, &of, false);

    let mut note = exercise.note.clone().unwrap_or_default();
    form.text_ui(
        ui,
        "Coaching note (optional)",
        &format!("Coaching note{of}"),
        &mut note,
        &path.field("note"),
        false,
    );
    let note = if note.is_empty() { None } else { Some(note) };
    if note != exercise.note {
        exercise.note = note;
    }
}

/// The lighter (bad-day) or harder (progression) dose: a checkbox, then its fields.
fn variant_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    exercise: &mut Exercise,
    path: &FieldPath,
    of: &str,
    lighter: bool,
) {
    let (text, field) = if lighter {
        ("A lighter dose for low-energy days", "lighter")
    } else {
        ("A harder dose for progressing", "harder")
    };
    let base = exercise.dose;
    let variant = if lighter {
        &mut exercise.lighter
    } else {
        &mut exercise.harder
    };
    let mut on = variant.is_some();
    let response = ui.checkbox(&mut on, RichText::new(text).size(20.0));
    name_for_screen_readers(&response, &format!("{text}{of}"));
    if response.changed() {
        *variant = on.then(|| {
            if lighter {
                base.with_sets(base.sets().saturating_sub(1).max(1))
            } else {
                base.with_sets(base.sets().saturating_add(1))
            }
        });
        form.separate = true;
    }
    if let Some(dose) = variant {
        ui.indent(field, |ui| {
            let what = if lighter { " (lighter)" } else { " (harder)" };
            dose_ui(ui, form, dose, &path.field(field), &format!("{what}{of}"));
        });
    }
}

fn dose_ui(ui: &mut egui::Ui, form: &mut Form<'_>, dose: &mut Dose, path: &FieldPath, of: &str) {
    ui.horizontal_wrapped(|ui| {
        let kinds = [("Reps", 0), ("Timed hold", 1), ("Paced stepping", 2)];
        let current = match dose {
            Dose::Reps { .. } => 0,
            Dose::Hold { .. } => 1,
            Dose::Stepping { .. } => 2,
        };
        for (text, kind) in kinds {
            let response = choice_button(ui, text, current == kind, 0.0);
            name_for_screen_readers(&response, &format!("{text} (kind of dose){of}"));
            if response.clicked() && current != kind {
                let sets = dose.sets();
                *dose = match kind {
                    0 => Dose::Reps {
                        sets,
                        reps: 8,
                        tempo: None,
                    },
                    1 => Dose::Hold {
                        sets,
                        hold_secs: 30,
                    },
                    _ => Dose::Stepping {
                        duration_secs: 120,
                        beats_per_min: 80,
                    },
                };
                form.separate = true;
            }
        }
    });
    match dose {
        Dose::Reps { sets, reps, tempo } => {
            form.number_ui(
                ui,
                "Sets",
                &format!("Sets{of}"),
                sets,
                1,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                "Reps in a set",
                &format!("Reps{of}"),
                reps,
                1,
                "",
                &path.field("reps"),
            );
            let mut counted = tempo.is_some();
            let response = ui.checkbox(
                &mut counted,
                RichText::new("Slow tempo: Steady counts every rep").size(20.0),
            );
            name_for_screen_readers(&response, &format!("Slow tempo{of}"));
            if response.changed() {
                *tempo = counted.then_some(Tempo {
                    up_secs: 3,
                    hold_secs: 1,
                    down_secs: 3,
                });
                form.separate = true;
            }
            if let Some(t) = tempo {
                let tempo_path = path.field("tempo");
                form.number_ui(
                    ui,
                    "Up",
                    &format!("Tempo up{of}"),
                    &mut t.up_secs,
                    1,
                    "seconds",
                    &tempo_path.field("up_secs"),
                );
                form.number_ui(
                    ui,
                    "Hold",
                    &format!("Tempo hold{of}"),
                    &mut t.hold_secs,
                    1,
                    "seconds",
                    &tempo_path.field("hold_secs"),
                );
                form.number_ui(
                    ui,
                    "Down",
                    &format!("Tempo down{of}"),
                    &mut t.down_secs,
                    1,
                    "seconds",
                    &tempo_path.field("down_secs"),
                );
            }
        }
        Dose::Hold { sets, hold_secs } => {
            form.number_ui(
                ui,
                "Sets",
                &format!("Sets{of}"),
                sets,
                1,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                "Hold for",
                &format!("Hold{of}"),
                hold_secs,
                5,
                "seconds",
                &path.field("hold_secs"),
            );
        }
        Dose::Stepping {
            duration_secs,
            beats_per_min,
        } => {
            form.number_ui(
                ui,
                "Step for",
                &format!("Stepping time{of}"),
                duration_secs,
                10,
                "seconds",
                &path.field("duration_secs"),
            );
            form.number_ui(
                ui,
                "Steps a minute",
                &format!("Steps a minute{of}"),
                beats_per_min,
                5,
                "",
                &path.field("beats_per_min"),
            );
        }
    }
}

/// The planned session, step by step with start times; the preview's step is marked.
fn timeline_ui(
    ui: &mut egui::Ui,
    editor: &EditorState,
    get_ready_secs: u32,
    commands: &mut Vec<Command>,
) {
    ui.heading("Session preview");
    let draft = &editor.draft;
    if !draft.problems().is_empty() {
        ui.label("The timeline appears when the routine has no problems.");
        return;
    }
    let own_plan;
    let (plan, current) = match &editor.preview {
        Some(preview) => (preview.engine.plan(), Some(preview.engine.step_index())),
        None => {
            own_plan = Plan::normal_day(&draft.routine, get_ready_secs);
            (&own_plan, None)
        }
    };
    ui.label(format!(
        "A session takes {}: {} steps. The preview plays the cues in real time, without recording anything.",
        plan.describe_length(),
        plan.steps.len()
    ));
    if editor.preview.is_none() && big_button(ui, "▶ Preview the whole session", 0.0).clicked() {
        commands.push(Command::Editor(EditorCommand::StartPreview {
            from_exercise: 0,
        }));
    }
    egui::Grid::new("timeline")
        .striped(true)
        .spacing(Vec2::new(18.0, 6.0))
        .show(ui, |ui| {
            let mut at_secs = 0u32;
            for (i, step) in plan.steps.iter().enumerate() {
                let name = step
                    .exercise()
                    .and_then(|e| plan.exercises.get(e))
                    .map(|e| e.name.as_str());
                let (title, detail) = super::player::describe_step(&step.kind, name);
                let mark = if current == Some(i) { "▶ " } else { "" };
                ui.label(RichText::new(format!(
                    "{mark}{}:{:02}",
                    at_secs / 60,
                    at_secs % 60
                )));
                let text = match detail {
                    Some(detail) => format!("{title} · {detail}"),
                    None => title,
                };
                if current == Some(i) {
                    ui.label(bold(text, 20.0));
                } else {
                    ui.label(text);
                }
                let secs = step.estimated_secs();
                ui.label(if secs == 0 {
                    String::new()
                } else if step.secs.is_none() {
                    format!("about {}", describe_secs(secs))
                } else {
                    describe_secs(secs)
                });
                ui.end_row();
                at_secs = at_secs.saturating_add(secs);
            }
        });
}

/// Estimated session length in seconds, once the routine is valid (an invalid dose,
/// such as four billion sets, is not planned).
fn estimated_secs(draft: &crate::routine::draft::Draft, get_ready_secs: u32) -> Option<u32> {
    draft
        .problems()
        .is_empty()
        .then(|| Plan::normal_day(&draft.routine, get_ready_secs).estimated_secs())
}

/// The editor's actions, always in view: Save, Undo, Redo, Close, and the state of
/// the draft (unsaved, problems, length) and of the preview.
pub fn editor_bar_ui(
    ui: &mut egui::Ui,
    editor: &EditorState,
    get_ready_secs: u32,
    sound: &crate::state::SoundStatus,
    commands: &mut Vec<Command>,
) {
    let draft = &editor.draft;
    ui.horizontal_wrapped(|ui| {
        let save = big_button(ui, "Save", 120.0);
        if save.clicked() {
            commands.push(Command::Editor(EditorCommand::Save));
        }
        let undo = ui.add_enabled(
            draft.can_undo(),
            egui::Button::new(RichText::new("Undo").size(24.0))
                .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
        );
        if undo.clicked() {
            commands.push(Command::Editor(EditorCommand::Undo));
        }
        let redo = ui.add_enabled(
            draft.can_redo(),
            egui::Button::new(RichText::new("Redo").size(24.0))
                .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
        );
        if redo.clicked() {
            commands.push(Command::Editor(EditorCommand::Redo));
        }
        let close = big_button(ui, "Close", 0.0);
        name_for_screen_readers(&close, "Close editor");
        if close.clicked() {
            commands.push(Command::Editor(EditorCommand::Close));
        }
        // Non-breaking spaces keep each mark with its words when the bar wraps.
        let saved = if draft.is_dirty() || draft.path.is_none() {
            "●\u{a0}Not\u{a0}saved"
        } else {
            "✔\u{a0}Saved"
        };
        ui.label(bold(saved, 20.0));
        let length = estimated_secs(draft, get_ready_secs).map_or_else(
            || match draft.problems().len() {
                1 => "⚠\u{a0}1\u{a0}problem\u{a0}to\u{a0}fix".to_owned(),
                n => format!("⚠\u{a0}{n}\u{a0}problems\u{a0}to\u{a0}fix"),
            },
            |secs| format!("About\u{a0}{}\u{a0}min", secs.div_ceil(60)),
        );
        ui.label(bold(length, 20.0));
    });
    if let Some(preview) = &editor.preview {
        let now_text = {
            let plan = preview.engine.plan();
            let step = preview.engine.current_step();
            let name = step
                .exercise()
                .and_then(|e| plan.exercises.get(e))
                .map(|e| e.name.as_str());
            let (title, detail) = super::player::describe_step(&step.kind, name);
            match detail {
                Some(d) => format!("{title} · {d}"),
                None => title,
            }
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(format!("Preview: {now_text}"), 20.0));
            if big_button(ui, "■ Stop preview", 0.0).clicked() {
                commands.push(Command::Editor(EditorCommand::StopPreview));
            }
        });
        if *sound != crate::state::SoundStatus::Playing {
            ui.label(sound.describe());
        }
    }
}
