//! The routine editor: a form for every field of routine format v1, with problems shown
//! beside the field they are about, large number fields that take typing and +/−,
//! Move up / Move down for exercises and instruction steps, the estimated length, and
//! the planned timeline with a session preview.
//!
//! The form changes the draft's working copy directly and then commits it (one undo
//! step per field typed in, one per structural change). Saving, undo, redo, preview and
//! leaving are [`Command`]s; nothing here touches a file.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use crate::state::command::EditorCommand;
use crate::state::editing::NumberText;
use egui::{Color32, FontId, RichText, Vec2};

use crate::routine::LoadReport;
use crate::routine::draft::{blank_exercise, move_item, new_exercise_name};
use crate::routine::folder::Taken;
use crate::routine::validate::{
    BEATS_PER_MIN, FieldPath, HOLD_SECS, Invalid, REPS, REST_SECS, SETS, STEPPING_SECS,
    TEMPO_PART_SECS, TIMES_PER_WEEK,
};
use crate::routine::{Dose, Exercise, Focus, Position, Routine, Sides, Tempo, describe_secs};
use crate::session::Plan;
use crate::state::EditorState;
use crate::state::{Command, Settings};

use super::ask::ask_ui;
use super::{
    MIN_TARGET, big_button, bold, choice_button, name_for_screen_readers, note_ui, settled,
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
    /// Number boxes holding text that is not a number (the editor's, for this frame).
    texts: BTreeMap<String, NumberText>,
    /// A field to scroll to and focus; taken when it is drawn.
    focus: Option<String>,
    /// A field to focus on the next frame (a new list item).
    focus_next: Option<String>,
    /// What a removal this frame took away, for the "Removed … Undo" line.
    removed: Option<String>,
}

impl Form<'_> {
    fn typed(&mut self, path: &FieldPath) {
        self.typed.push(path.to_string());
    }

    /// Scrolls to and focuses `response` if it is the field asked for.
    fn focus_if_asked(&mut self, response: &egui::Response, path: &FieldPath) {
        if self.focus.as_deref() == Some(path.to_string().as_str()) {
            self.focus = None;
            response.scroll_to_me(Some(egui::Align::Center));
            response.request_focus();
        }
    }

    /// The problems about exactly this field, beside it.
    fn problems_ui(&mut self, ui: &mut egui::Ui, path: &FieldPath) {
        for problem in self.problems.iter().filter(|p| &p.path == path) {
            let shown = problem_ui(ui, problem);
            // A problem with no box of its own (a list, a choice) is scrolled to.
            if self.focus.as_deref() == Some(path.to_string().as_str()) {
                self.focus = None;
                shown.scroll_to_me(Some(egui::Align::Center));
            }
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
        self.focus_if_asked(&response, path);
        if response.changed() {
            self.typed(path);
        }
        self.problems_ui(ui, path);
    }

    /// A number with − and + buttons (steps of `step`, kept inside `range`) and a box
    /// that takes typing. The box always shows the routine's value, except while it
    /// holds text that is not a whole number: then the routine keeps its value, a
    /// warning says so beside the box, and Save is refused until it is fixed.
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
        range: RangeInclusive<u32>,
        unit: &str,
        path: &FieldPath,
    ) {
        let key = path.to_string();
        let text_id = egui::Id::unique(("steady-number", &key));
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
            let (low, high) = (*range.start(), *range.end());
            let minus = settled(
                ui.add_enabled(
                    *value > low,
                    egui::Button::new(RichText::new("−").size(28.0)).min_size(Vec2::splat(56.0)),
                ),
                "−",
            );
            name_for_screen_readers(&minus, &format!("Less: {name}"));
            if minus.clicked() {
                *value = value.saturating_sub(step).clamp(low, high);
                self.texts.remove(&key);
                self.typed(path);
            }
            let mut text = self
                .texts
                .get(&key)
                .map_or_else(|| value.to_string(), |t| t.text.clone());
            // Wide enough for the longest value the field takes, and for what is typed.
            let chars = text.chars().count().max(high.to_string().len()) as f32;
            let response = ui.add(
                egui::TextEdit::singleline(&mut text)
                    .id(text_id)
                    .font(FontId::proportional(28.0))
                    .align(egui::Align2::CENTER_CENTER)
                    .desired_width((chars * 18.0 + 24.0).max(96.0))
                    .min_size(Vec2::new(0.0, 56.0)),
            );
            name_for_screen_readers(&response, name);
            self.focus_if_asked(&response, path);
            if response.changed() {
                match text.trim().parse::<u32>() {
                    Ok(typed) => {
                        self.texts.remove(&key);
                        *value = typed;
                        self.typed(path);
                    }
                    Err(_) => {
                        self.texts.insert(
                            key.clone(),
                            NumberText {
                                name: name.to_owned(),
                                text,
                            },
                        );
                    }
                }
            }
            let plus = settled(
                ui.add_enabled(
                    *value < high,
                    egui::Button::new(RichText::new("+").size(28.0)).min_size(Vec2::splat(56.0)),
                ),
                "+",
            );
            name_for_screen_readers(&plus, &format!("More: {name}"));
            if plus.clicked() {
                *value = value.saturating_add(step).clamp(low, high);
                self.texts.remove(&key);
                self.typed(path);
            }
            ui.label(RichText::new(unit).size(20.0));
        });
        if let Some(number) = self.texts.get(&key) {
            if number.text.trim().is_empty() {
                warning_ui(ui, &format!("Empty: type a whole number, like {value}."));
            } else {
                warning_ui(
                    ui,
                    &format!(
                        "\"{}\" is not a whole number: type one, like {value}. Until then {value} is kept.",
                        number.text.trim()
                    ),
                );
            }
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
                // Long items wrap instead of being cut off; an item is one line of
                // text, so Enter does not break it.
                let response = ui.add(
                    egui::TextEdit::multiline(item)
                        .font(egui::TextStyle::Body)
                        .desired_rows(1)
                        .desired_width(width)
                        .min_size(Vec2::new(0.0, MIN_TARGET)),
                );
                if item.contains('\n') {
                    *item = item.replace('\n', " ");
                }
                name_for_screen_readers(&response, &format!("{what} {n}{owner}"));
                self.focus_if_asked(&response, &item_path);
                if response.changed() {
                    self.typed(&item_path);
                }
                let about = item.clone();
                if small_button(
                    ui,
                    "▲",
                    &format!("Move {what} {n}{owner} up"),
                    &about,
                    i > 0,
                ) {
                    action = Some((i, ListAction::Up));
                }
                let down = format!("Move {what} {n}{owner} down");
                if small_button(ui, "▼", &down, &about, n < count) {
                    action = Some((i, ListAction::Down));
                }
                if small_button(ui, "✕", &format!("Remove {what} {n}{owner}"), &about, true) {
                    action = Some((i, ListAction::Remove));
                }
            });
            self.problems_ui(ui, &item_path);
        }
        let add = big_button(ui, &format!("+ Add {what}"), 0.0);
        name_for_screen_readers(&add, &format!("Add {what}{owner}"));
        if add.clicked() {
            items.push(String::new());
            // The new item gets the keyboard, to type into at once.
            self.focus_next = Some(path.index(items.len() - 1).to_string());
            self.separate = true;
        }
        match action {
            Some((i, ListAction::Up)) => self.separate |= move_item(items, i, true),
            Some((i, ListAction::Down)) => self.separate |= move_item(items, i, false),
            Some((i, ListAction::Remove)) if i < items.len() => {
                let gone = items.remove(i);
                let gone = gone.trim();
                self.removed = Some(if gone.is_empty() {
                    format!("{what} {}{owner}", i + 1)
                } else {
                    format!("{what} {}{owner} (\"{}\")", i + 1, short(gone))
                });
                self.separate = true;
            }
            _ => {}
        }
        self.problems_ui(ui, path);
    }
}

enum ListAction {
    Up,
    Down,
    Remove,
    Duplicate,
}

/// A square button with a symbol and a full name; returns whether it was clicked
/// (and had settled: see `ui::settled`). `about` is what it acts on (the item's
/// text): when another item slides into its place, the button counts as new.
fn small_button(ui: &mut egui::Ui, symbol: &str, name: &str, about: &str, enabled: bool) -> bool {
    let response = settled(
        ui.add_enabled(
            enabled,
            egui::Button::new(RichText::new(symbol).size(22.0)).min_size(Vec2::splat(52.0)),
        ),
        &format!("{name}\u{0}{about}"),
    );
    name_for_screen_readers(&response, name);
    response.clicked()
}

/// A big button on an exercise's card; `about` names the exercise (see
/// [`small_button`]). Returns whether it was clicked, once settled.
fn card_button(ui: &mut egui::Ui, text: &str, name: &str, about: &str, enabled: bool) -> bool {
    let response = settled(
        ui.add_enabled(
            enabled,
            egui::Button::new(RichText::new(text).size(22.0))
                .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
        ),
        &format!("{text}\u{0}{about}"),
    );
    name_for_screen_readers(&response, name);
    response.clicked()
}

/// The first words of a long text, for a one-line mention.
fn short(text: &str) -> String {
    const MOST: usize = 40;
    if text.chars().count() <= MOST {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MOST).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Problems are marked with ⚠ and bold text, not by colour alone; long ones wrap.
fn warning_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let color = if ui.visuals().dark_mode {
        Color32::from_rgb(255, 190, 120)
    } else {
        Color32::from_rgb(150, 40, 0)
    };
    ui.add(egui::Label::new(bold(format!("⚠ {text}"), 18.0).color(color)).wrap())
}

fn problem_ui(ui: &mut egui::Ui, problem: &Invalid) -> egui::Response {
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

/// Whether the draft's id is held by another routine, by the folder's rule
/// ([`Taken`]) on the library as loaded: shown early, beside the id. Saving is refused
/// by the folder itself.
fn id_taken(editor: &EditorState, library: &LoadReport) -> bool {
    let draft = &editor.draft;
    !Taken::in_library(library, &draft.routine.id).allows(draft.path.as_deref())
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
    let id_taken = id_taken(editor, library);
    shortcuts(ui, commands);
    questions_ui(ui.ctx(), editor, commands);
    if editor.scroll_to_top {
        // A freshly opened editor starts at the top, whatever was scrolled before.
        editor.scroll_to_top = false;
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    }
    let title = editor.draft.routine.title.trim();
    ui.heading(bold(
        format!(
            "Editing \"{}\"",
            if title.is_empty() {
                "(no title yet)"
            } else {
                title
            }
        ),
        30.0,
    ));
    notes_ui(ui, editor, &disk_problems);

    let problems = editor.draft.problems().to_vec();
    let mut form = Form {
        problems: &problems,
        typed: Vec::new(),
        separate: false,
        texts: std::mem::take(&mut editor.number_texts),
        focus: editor.focus.take(),
        focus_next: None,
        removed: None,
    };
    let id_editable = editor.draft.path.is_none() || editor.id_editable;
    routine_fields_ui(
        ui,
        &mut form,
        &mut editor.draft.routine,
        id_editable,
        id_taken,
    );
    ui.add_space(12.0);
    exercises_ui(ui, &mut form, editor, commands);
    ui.add_space(12.0);
    timeline_ui(ui, editor, get_ready_secs, commands);

    let Form {
        typed,
        separate,
        texts,
        focus,
        focus_next,
        removed,
        ..
    } = form;
    editor.number_texts = texts;
    editor.focus = focus_next.or(focus);
    if separate {
        editor.draft.commit_separate();
        // A box's field may have moved or gone: every box shows the routine again.
        editor.reset_number_boxes();
    }
    for key in typed {
        editor.draft.commit(&key);
    }
    if let Some(removed) = removed {
        editor.removed = Some((removed, editor.draft.revision()));
    }
}

/// The editor's questions, each in a modal over the page.
fn questions_ui(ctx: &egui::Context, editor: &EditorState, commands: &mut Vec<Command>) {
    if editor.leave_to.is_some() {
        ask_ui(
            ctx,
            "leave",
            "You have unsaved changes",
            "Save them first, or leave and lose them?",
            &[
                (
                    "Save and leave",
                    Command::Editor(EditorCommand::SaveAndLeave),
                ),
                ("Keep editing", Command::Editor(EditorCommand::KeepEditing)),
                (
                    "Leave without saving",
                    Command::Editor(EditorCommand::DiscardChanges),
                ),
            ],
            Some(Command::Editor(EditorCommand::KeepEditing)),
            commands,
        );
    } else if let Some(theirs) = &editor.conflict {
        ask_ui(
            ctx,
            "conflict",
            "⚠ The file changed on disk",
            &format!(
                "\"{}\" was changed outside Steady while you have unsaved changes. Keep yours (saving replaces the file; it is kept in backups), or load the file (Undo brings yours back)?",
                theirs.routine.title
            ),
            &[
                ("Keep mine", Command::Editor(EditorCommand::KeepMine)),
                ("Load theirs", Command::Editor(EditorCommand::LoadTheirs)),
            ],
            None,
            commands,
        );
    } else if editor.confirm_comments {
        ask_ui(
            ctx,
            "comments",
            "This file has comments",
            "Saving from Steady writes the file afresh, and its comments (lines starting with //) are lost; the file as it is now is kept in backups. Save anyway?",
            &[
                ("Save anyway", Command::Editor(EditorCommand::SaveAnyway)),
                ("Don't save yet", Command::Editor(EditorCommand::CancelSave)),
            ],
            Some(Command::Editor(EditorCommand::CancelSave)),
            commands,
        );
    }
}

/// States of the file that stay true until it changes (not answers to a button).
fn notes_ui(ui: &mut egui::Ui, editor: &EditorState, disk_problems: &[String]) {
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
    id_editable: bool,
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
    if id_editable {
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
            "Id: {} (it links the routine to its sessions, so it stays; make a copy for a new id)",
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
        TIMES_PER_WEEK,
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
        REST_SECS,
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
                // Each button's signature names the exercise it acts on, so when another
                // exercise slides into this place its buttons count as new (ui::settled).
                let about = format!("{name}\u{0}{}", exercise.dose.describe());
                ui.horizontal_wrapped(|ui| {
                    let (toggle, toggle_name) = if is_open {
                        ("Hide details", format!("Hide details of exercise {n}"))
                    } else {
                        ("Edit", format!("Edit exercise {n}"))
                    };
                    if card_button(ui, toggle, &toggle_name, &about, true) {
                        editor.open_exercise = if is_open { None } else { Some(i) };
                    }
                    let buttons = [
                        (
                            "▲ Move up",
                            format!("Move exercise {n} up"),
                            i > 0,
                            ListAction::Up,
                        ),
                        (
                            "▼ Move down",
                            format!("Move exercise {n} down"),
                            n < count,
                            ListAction::Down,
                        ),
                        (
                            "Remove",
                            format!("Remove exercise {n}"),
                            true,
                            ListAction::Remove,
                        ),
                        (
                            "Duplicate",
                            format!("Duplicate exercise {n}"),
                            true,
                            ListAction::Duplicate,
                        ),
                    ];
                    for (text, button_name, enabled, act) in buttons {
                        if card_button(ui, text, &button_name, &about, enabled) {
                            action = Some((i, act));
                        }
                    }
                    let preview_name = format!("Preview from exercise {n}");
                    if card_button(ui, "▶ Preview from here", &preview_name, &about, true) {
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
        Some((i, ListAction::Remove)) if i < routine.exercises.len() => {
            let removed = routine.exercises.remove(i);
            editor.open_exercise = match editor.open_exercise {
                Some(o) if o == i => None,
                Some(o) if o > i => Some(o - 1),
                other => other,
            };
            form.removed = Some(format!(
                "exercise {} (\"{}\")",
                i + 1,
                short(removed.name.trim())
            ));
            form.separate = true;
        }
        Some((i, ListAction::Duplicate)) => {
            if let Some(original) = routine.exercises.get(i) {
                let mut copy = original.clone();
                let base = format!("{} (copy)", short(original.name.trim()));
                copy.name = base.clone();
                let mut n = 2;
                while routine
                    .exercises
                    .iter()
                    .any(|e| e.name.trim().eq_ignore_ascii_case(copy.name.trim()))
                {
                    copy.name = format!("{base} {n}");
                    n += 1;
                }
                routine.exercises.insert(i + 1, copy);
                editor.open_exercise = Some(i + 1);
                form.separate = true;
            }
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
        REST_SECS,
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
                // What fits the new kind is kept (sets); what was set for a kind before
                // comes back when switching back to it.
                let sets = dose.sets();
                let memory = |k: i32| egui::Id::unique(("steady-dose-kind", path.to_string(), k));
                ui.data_mut(|d| d.insert_temp(memory(current), *dose));
                let earlier = ui.data(|d| d.get_temp::<Dose>(memory(kind)));
                let fresh = match kind {
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
                *dose = earlier.map_or(fresh, |d| match d {
                    Dose::Stepping { .. } => d,
                    _ => d.with_sets(sets),
                });
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
                SETS,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                "Reps in a set",
                &format!("Reps{of}"),
                reps,
                1,
                REPS,
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
                    TEMPO_PART_SECS,
                    "seconds",
                    &tempo_path.field("up_secs"),
                );
                form.number_ui(
                    ui,
                    "Hold",
                    &format!("Tempo hold{of}"),
                    &mut t.hold_secs,
                    1,
                    TEMPO_PART_SECS,
                    "seconds",
                    &tempo_path.field("hold_secs"),
                );
                form.number_ui(
                    ui,
                    "Down",
                    &format!("Tempo down{of}"),
                    &mut t.down_secs,
                    1,
                    TEMPO_PART_SECS,
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
                SETS,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                "Hold for",
                &format!("Hold{of}"),
                hold_secs,
                5,
                HOLD_SECS,
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
                STEPPING_SECS,
                "seconds",
                &path.field("duration_secs"),
            );
            form.number_ui(
                ui,
                "Steps a minute",
                &format!("Steps a minute{of}"),
                beats_per_min,
                5,
                BEATS_PER_MIN,
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
    let plan = Plan::normal_day(&draft.routine, get_ready_secs);
    ui.label(format!(
        "A session takes {}: {} steps. \"Try it as the client\" runs it in the real player, recording nothing, and comes back here.",
        plan.describe_length(),
        plan.steps.len()
    ));
    if big_button(ui, "▶ Try it as the client", 0.0).clicked() {
        commands.push(Command::Editor(EditorCommand::StartPreview {
            from_exercise: 0,
        }));
    }
    egui::Grid::new("timeline")
        .striped(true)
        .spacing(Vec2::new(18.0, 6.0))
        .show(ui, |ui| {
            let mut at_secs = 0u32;
            for step in &plan.steps {
                let name = step
                    .exercise()
                    .and_then(|e| plan.exercises.get(e))
                    .map(|e| e.name.as_str());
                let (title, detail) = super::player::describe_step(&step.kind, name);
                ui.label(RichText::new(format!(
                    "{}:{:02}",
                    at_secs / 60,
                    at_secs % 60
                )));
                let text = match detail {
                    Some(detail) => format!("{title} · {detail}"),
                    None => title,
                };
                ui.label(text);
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

/// The editor's actions, always in view: Save, Undo, Redo, Close, the state of the
/// draft (unsaved, problems, length), and what answers them: why Save was refused,
/// what was saved, what was just removed (with Undo), and the preview.
pub fn editor_bar_ui(
    ui: &mut egui::Ui,
    editor: &EditorState,
    get_ready_secs: u32,
    commands: &mut Vec<Command>,
) {
    let draft = &editor.draft;
    // What answers the buttons comes above them: the panel grows upwards, so the row
    // of buttons at the bottom of the window never moves when a line comes or goes.
    // Why Save was refused, worked out from the draft as it is now.
    if editor.save_refused
        && let Some((reason, _)) = editor.refusal()
    {
        warning_ui(ui, &reason);
    }
    if let Some(failed) = editor.failed_save() {
        warning_ui(ui, failed);
    }
    if let Some(removed) = editor.just_removed() {
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::Label::new(bold(format!("Removed {removed}."), 20.0)).wrap());
            let undo = big_button(ui, "Undo", 0.0);
            name_for_screen_readers(&undo, &format!("Undo removing {removed}"));
            if undo.clicked() {
                commands.push(Command::Editor(EditorCommand::Undo));
            }
        });
    }
    if let Some(note) = editor.note() {
        ui.add(egui::Label::new(RichText::new(note).size(18.0)).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        let save = big_button(ui, "Save", 120.0);
        if save.clicked() {
            commands.push(Command::Editor(EditorCommand::Save));
        }
        let undo = settled(
            ui.add_enabled(
                draft.can_undo(),
                egui::Button::new(RichText::new("Undo").size(24.0))
                    .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
            ),
            "Undo",
        );
        if undo.clicked() {
            commands.push(Command::Editor(EditorCommand::Undo));
        }
        let redo = settled(
            ui.add_enabled(
                draft.can_redo(),
                egui::Button::new(RichText::new("Redo").size(24.0))
                    .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
            ),
            "Redo",
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
        let typed_wrong = editor.number_texts.len();
        let length = estimated_secs(draft, get_ready_secs)
            .filter(|_| typed_wrong == 0)
            .map_or_else(
                || match draft.problems().len() + typed_wrong {
                    1 => "⚠\u{a0}1\u{a0}problem\u{a0}to\u{a0}fix".to_owned(),
                    n => format!("⚠\u{a0}{n}\u{a0}problems\u{a0}to\u{a0}fix"),
                },
                |secs| format!("About\u{a0}{}\u{a0}min", secs.div_ceil(60)),
            );
        ui.label(bold(length, 20.0));
    });
}
