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

use crate::state::command::{DocumentCommand, EditorCommand};
use crate::state::editing::NumberText;
use egui::{Color32, FontId, RichText, Vec2};

use crate::routine::LoadReport;
use crate::routine::draft::{blank_exercise, move_item, new_exercise_name_in};
use crate::routine::folder::Taken;
use crate::routine::validate::{
    BEATS_PER_MIN, EFFORT, FieldPath, HOLD_SECS, Invalid, PROGRESSION_SESSIONS, REPS, REST_SECS,
    SETS, STEPPING_SECS, SWITCH_SECS, TEMPO_HOLD_SECS, TEMPO_PART_SECS, TIMED_SECS, TIMES_PER_WEEK,
};
use crate::routine::{
    Dose, Exercise, Focus, Position, Progression, Routine, Side, Sides, Tempo, TempoWords,
};
use crate::session::Plan;
use crate::session::plan::SWITCH_SIDE_SECS;
use crate::state::EditorState;
use crate::state::{Command, Settings};
use crate::{i18n, t};

use super::ask::ask_ui;
use super::{
    MIN_TARGET, big_button, bold, choice_button, name_for_screen_readers, note_ui, settled,
};

const FOCUSES: [Focus; 10] = [
    Focus::Strength,
    Focus::Balance,
    Focus::SitToStand,
    Focus::Stretch,
    Focus::Mobility,
    Focus::Core,
    Focus::Gait,
    Focus::Stairs,
    Focus::Aerobic,
    Focus::Relaxation,
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
        reason = "one call per field reads best flat" // i18n: not shown
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
            name_for_screen_readers(&minus, &t!("editor-less-name", name = name));
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
            name_for_screen_readers(&plus, &t!("editor-more-name", name = name));
            if plus.clicked() {
                *value = value.saturating_add(step).clamp(low, high);
                self.texts.remove(&key);
                self.typed(path);
            }
            ui.label(RichText::new(unit).size(20.0));
        });
        if let Some(number) = self.texts.get(&key) {
            let value = *value;
            if number.text.trim().is_empty() {
                warning_ui(ui, &t!("editor-number-empty", value = value));
            } else {
                warning_ui(
                    ui,
                    &t!(
                        "editor-number-not-whole",
                        text = number.text.trim(),
                        value = value
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
        kind: ListKind,
        of: Option<Of>,
        items: &mut Vec<String>,
        path: &FieldPath,
    ) {
        let item_name = move |n: usize| Of::name_in(of, &kind.item(n));
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
                let name = item_name(n);
                name_for_screen_readers(&response, &name);
                self.focus_if_asked(&response, &item_path);
                if response.changed() {
                    self.typed(&item_path);
                }
                let about = item.clone();
                let up = t!("editor-move-up-name", item = name.as_str());
                if small_button(ui, "▲", &up, &about, i > 0) {
                    action = Some((i, ListAction::Up));
                }
                let down = t!("editor-move-down-name", item = name.as_str());
                if small_button(ui, "▼", &down, &about, n < count) {
                    action = Some((i, ListAction::Down));
                }
                let remove = t!("editor-remove-name", item = name.as_str());
                if small_button(ui, "✕", &remove, &about, true) {
                    action = Some((i, ListAction::Remove));
                }
            });
            self.problems_ui(ui, &item_path);
        }
        let add = big_button(ui, &kind.add_button(), 0.0);
        name_for_screen_readers(&add, &Of::name_in(of, &kind.add_name()));
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
                let item = item_name(i + 1);
                self.removed = Some(if gone.is_empty() {
                    item
                } else {
                    t!("editor-removed-with-text", item = item, text = short(gone))
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

/// Which dose of an exercise a field belongs to.
#[derive(Clone, Copy)]
enum Variant {
    Usual,
    Lighter,
    Harder,
}

/// The exercise (and dose) a field belongs to, for its screen-reader name.
#[derive(Clone, Copy)]
struct Of {
    /// Counted from 1.
    exercise: usize,
    variant: Variant,
}

impl Of {
    fn new(exercise: usize) -> Self {
        Self {
            exercise,
            variant: Variant::Usual,
        }
    }

    /// "Sets of exercise 2", "Sets (lighter) of exercise 2".
    fn name(self, field: &str) -> String {
        let exercise = self.exercise;
        match self.variant {
            Variant::Usual => t!("editor-of-exercise", field = field, exercise = exercise),
            Variant::Lighter => t!(
                "editor-of-exercise-lighter",
                field = field,
                exercise = exercise
            ),
            Variant::Harder => t!(
                "editor-of-exercise-harder",
                field = field,
                exercise = exercise
            ),
        }
    }

    /// [`Of::name`], or the field's own name for a field of the routine.
    fn name_in(of: Option<Self>, field: &str) -> String {
        of.map_or_else(|| field.to_owned(), |of| of.name(field))
    }
}

/// A list of short texts the form edits with [`Form::list_ui`].
#[derive(Clone, Copy)]
enum ListKind {
    Steps,
    Equipment,
    Safety,
    RestPrompts,
}

impl ListKind {
    /// "step 2", "safety note 1".
    fn item(self, number: usize) -> String {
        match self {
            Self::Steps => t!("editor-step", number = number),
            Self::Equipment => t!("editor-equipment-item", number = number),
            Self::Safety => t!("editor-safety-note", number = number),
            Self::RestPrompts => t!("editor-rest-prompt", number = number),
        }
    }

    fn add_button(self) -> String {
        match self {
            Self::Steps => t!("editor-step-add"),
            Self::Equipment => t!("editor-equipment-add"),
            Self::Safety => t!("editor-safety-add"),
            Self::RestPrompts => t!("editor-rest-prompt-add"),
        }
    }

    fn add_name(self) -> String {
        match self {
            Self::Steps => t!("editor-step-add-name"),
            Self::Equipment => t!("editor-equipment-add-name"),
            Self::Safety => t!("editor-safety-add-name"),
            Self::RestPrompts => t!("editor-rest-prompt-add-name"),
        }
    }
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
    warning_ui(ui, &i18n::invalid(problem))
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
    documents: &mut crate::state::Documents,
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
    let title = if title.is_empty() {
        t!("editor-no-title")
    } else {
        title.to_owned()
    };
    ui.heading(bold(t!("editor-heading", title = title), 30.0));
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
    timeline_ui(ui, editor, get_ready_secs, documents, commands);

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
        let save = t!("editor-save-and-leave");
        let keep = t!("editor-keep-editing");
        let leave = t!("editor-leave-without-saving");
        ask_ui(
            ctx,
            "leave",
            &t!("editor-leave-title"),
            &t!("editor-leave-text"),
            &[
                (&save, Command::Editor(EditorCommand::SaveAndLeave)),
                (&keep, Command::Editor(EditorCommand::KeepEditing)),
                (&leave, Command::Editor(EditorCommand::DiscardChanges)),
            ],
            Some(Command::Editor(EditorCommand::KeepEditing)),
            commands,
        );
    } else if let Some(theirs) = &editor.conflict {
        let mine = t!("editor-keep-mine");
        let load = t!("editor-load-theirs");
        ask_ui(
            ctx,
            "conflict",
            &t!("editor-conflict-title"),
            &t!(
                "editor-conflict-text",
                title = theirs.routine.title.as_str()
            ),
            &[
                (&mine, Command::Editor(EditorCommand::KeepMine)),
                (&load, Command::Editor(EditorCommand::LoadTheirs)),
            ],
            None,
            commands,
        );
    } else if editor.confirm_comments {
        let save = t!("editor-save-anyway");
        let wait = t!("editor-dont-save-yet");
        ask_ui(
            ctx,
            "comments",
            &t!("editor-comments-title"),
            &t!("editor-comments-text"),
            &[
                (&save, Command::Editor(EditorCommand::SaveAnyway)),
                (&wait, Command::Editor(EditorCommand::CancelSave)),
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
            &t!("editor-file-gone-title"),
            &t!("editor-file-gone-text"),
        );
    }
    if !disk_problems.is_empty() {
        note_ui(
            ui,
            &t!("editor-disk-problem-title"),
            &t!(
                "editor-disk-problem-text",
                problems = disk_problems.join("\n")
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
    ui.heading(t!("editor-routine-heading"));
    form.text_ui(
        ui,
        &t!("editor-title"),
        &t!("editor-title-name"),
        &mut routine.title,
        &root.field("title"),
        false,
    );
    if id_editable {
        form.text_ui(
            ui,
            &t!("editor-id"),
            &t!("editor-id-name"),
            &mut routine.id,
            &root.field("id"),
            false,
        );
        if id_taken {
            warning_ui(ui, &t!("editor-id-taken"));
        }
    } else {
        ui.label(RichText::new(t!(
            "editor-id-fixed",
            id = routine.id.as_str()
        )));
    }
    form.text_ui(
        ui,
        &t!("editor-summary"),
        &t!("editor-summary-name"),
        &mut routine.summary,
        &root.field("summary"),
        true,
    );

    ui.label(RichText::new(t!("editor-focus")).size(20.0));
    ui.horizontal_wrapped(|ui| {
        for focus in FOCUSES {
            let chosen = routine.focus.contains(&focus);
            let label = i18n::focus(focus);
            let response = choice_button(ui, &label, chosen, 0.0);
            name_for_screen_readers(&response, &t!("editor-focus-name", focus = label));
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

    ui.label(RichText::new(t!("editor-position")).size(20.0));
    ui.horizontal_wrapped(|ui| {
        for position in POSITIONS {
            let label = i18n::position(position);
            let response = choice_button(ui, &label, routine.position == position, 0.0);
            name_for_screen_readers(&response, &t!("editor-position-name", position = label));
            if response.clicked() && routine.position != position {
                routine.position = position;
                form.separate = true;
            }
        }
    });

    form.number_ui(
        ui,
        &t!("editor-times-per-week"),
        &t!("editor-times-per-week-name"),
        &mut routine.prescription.times_per_week,
        1,
        TIMES_PER_WEEK,
        "",
        &root.field("prescription").field("times_per_week"),
    );
    days_ui(ui, form, routine, &root);
    form.text_ui(
        ui,
        &t!("editor-prescription-note"),
        &t!("editor-prescription-note-name"),
        &mut routine.prescription.note,
        &root.field("prescription").field("note"),
        false,
    );
    progression_ui(ui, form, routine, &root);
    form.number_ui(
        ui,
        &t!("editor-rest-between-exercises"),
        &t!("editor-rest-between-exercises-name"),
        &mut routine.rest_between_exercises_secs,
        5,
        REST_SECS,
        &t!("editor-seconds"),
        &root.field("rest_between_exercises_secs"),
    );
    let lists = [
        (
            t!("editor-equipment"),
            ListKind::Equipment,
            &mut routine.equipment,
            "equipment",
        ),
        (
            t!("editor-safety"),
            ListKind::Safety,
            &mut routine.safety,
            "safety",
        ),
        (
            t!("editor-rest-prompts"),
            ListKind::RestPrompts,
            &mut routine.rest_prompts,
            "rest_prompts",
        ),
    ];
    for (heading, kind, items, field) in lists {
        ui.label(RichText::new(heading).size(20.0));
        form.list_ui(ui, kind, None, items, &root.field(field));
    }
    form.text_ui(
        ui,
        &t!("editor-notes"),
        &t!("editor-notes-name"),
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
    ui.heading(t!("editor-exercises-heading"));
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
                    t!("editor-no-name")
                } else {
                    exercise.name.trim().to_owned()
                };
                ui.label(bold(format!("{n}. {name}"), 22.0));
                ui.label(RichText::new(i18n::dose(&exercise.dose)).size(18.0));
                if problems > 0 && !is_open {
                    warning_ui(ui, &t!("editor-exercise-problems", count = problems));
                }
                // Each button's signature names the exercise it acts on, so when another
                // exercise slides into this place its buttons count as new (ui::settled).
                let about = format!("{name}\u{0}{}", i18n::dose(&exercise.dose));
                ui.horizontal_wrapped(|ui| {
                    let (toggle, toggle_name) = if is_open {
                        (
                            t!("editor-hide-details"),
                            t!("editor-hide-details-name", number = n),
                        )
                    } else {
                        (t!("editor-edit"), t!("editor-edit-name", number = n))
                    };
                    if card_button(ui, &toggle, &toggle_name, &about, true) {
                        editor.open_exercise = if is_open { None } else { Some(i) };
                    }
                    let item = t!("editor-exercise", number = n);
                    let buttons = [
                        (
                            t!("editor-move-up"),
                            t!("editor-move-up-name", item = item.as_str()),
                            i > 0,
                            ListAction::Up,
                        ),
                        (
                            t!("editor-move-down"),
                            t!("editor-move-down-name", item = item.as_str()),
                            n < count,
                            ListAction::Down,
                        ),
                        (
                            t!("editor-remove"),
                            t!("editor-remove-name", item = item.as_str()),
                            true,
                            ListAction::Remove,
                        ),
                        (
                            t!("editor-duplicate"),
                            t!("editor-duplicate-name", number = n),
                            true,
                            ListAction::Duplicate,
                        ),
                    ];
                    for (text, button_name, enabled, act) in buttons {
                        if card_button(ui, &text, &button_name, &about, enabled) {
                            action = Some((i, act));
                        }
                    }
                    let preview = t!("editor-preview-from-here");
                    let preview_name = t!("editor-preview-from-name", number = n);
                    if card_button(ui, &preview, &preview_name, &about, true) {
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
    let add = big_button(ui, &t!("editor-add-exercise"), 0.0);
    name_for_screen_readers(&add, &t!("editor-add-exercise-name"));
    if add.clicked() {
        let name = new_exercise_name_in(routine, &i18n::template_words());
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
            let number = i + 1;
            editor.open_exercise = match editor.open_exercise {
                Some(o) if o == i => None,
                Some(o) if o > i => Some(o - 1),
                other => other,
            };
            form.removed = Some(t!(
                "editor-removed-with-text",
                item = t!("editor-exercise", number = number),
                text = short(removed.name.trim())
            ));
            form.separate = true;
        }
        Some((i, ListAction::Duplicate)) => {
            if let Some(original) = routine.exercises.get(i) {
                let mut copy = original.clone();
                let base = t!("editor-copy-name", name = short(original.name.trim()));
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
    let of = Of::new(n);
    let name = t!("editor-name");
    form.text_ui(
        ui,
        &name,
        &of.name(&name),
        &mut exercise.name,
        &path.field("name"),
        false,
    );
    ui.label(RichText::new(t!("editor-steps")).size(20.0));
    form.list_ui(
        ui,
        ListKind::Steps,
        Some(of),
        &mut exercise.steps,
        &path.field("steps"),
    );

    ui.label(RichText::new(t!("editor-how-much")).size(20.0));
    dose_ui(ui, form, &mut exercise.dose, &path.field("dose"), of);

    tempo_words_ui(ui, form, exercise, path, of);
    ui.label(RichText::new(t!("editor-sides")).size(20.0));
    ui.horizontal_wrapped(|ui| {
        for (sides, text) in [
            (Sides::BothAtOnce, t!("editor-sides-both")),
            (Sides::EachSide, t!("editor-sides-each")),
            (Sides::OneSideThenOther, t!("editor-sides-one-then-other")),
        ] {
            let response = choice_button(ui, &text, exercise.sides == sides, 0.0);
            name_for_screen_readers(&response, &of.name(&text));
            if response.clicked() && exercise.sides != sides {
                exercise.sides = sides;
                form.separate = true;
            }
        }
    });
    if exercise.sides.per_side() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("editor-first-side")).size(20.0));
            for side in [Side::Left, Side::Right] {
                let text = i18n::side(side);
                let name = t!("editor-first-side-name", side = text.as_str());
                let response = choice_button(ui, &text, exercise.first_side == side, 0.0);
                name_for_screen_readers(&response, &of.name(&name));
                if response.clicked() && exercise.first_side != side {
                    exercise.first_side = side;
                    form.separate = true;
                }
            }
        });
        let mut switch = exercise.switch_secs.unwrap_or(SWITCH_SIDE_SECS);
        let label = t!("editor-switch-secs");
        form.number_ui(
            ui,
            &label,
            &of.name(&label),
            &mut switch,
            5,
            SWITCH_SECS,
            &t!("editor-seconds"),
            &path.field("switch_secs"),
        );
        let switch = (switch != SWITCH_SIDE_SECS).then_some(switch);
        if switch != exercise.switch_secs {
            exercise.switch_secs = switch;
        }
    }
    ui.label(RichText::new(t!("editor-exercise-position")).size(20.0));
    ui.horizontal_wrapped(|ui| {
        let choices = std::iter::once(None).chain(POSITIONS.into_iter().map(Some));
        for position in choices {
            let text = match position {
                None => t!("editor-position-as-routine"),
                Some(p) => i18n::position(p),
            };
            let name = t!("editor-exercise-position-name", position = text.as_str());
            let response = choice_button(ui, &text, exercise.position == position, 0.0);
            name_for_screen_readers(&response, &of.name(&name));
            if response.clicked() && exercise.position != position {
                exercise.position = position;
                form.separate = true;
            }
        }
    });
    let mut load = exercise.load.clone().unwrap_or_default();
    form.text_ui(
        ui,
        &t!("editor-load"),
        &of.name(&t!("editor-load-name")),
        &mut load,
        &path.field("load"),
        false,
    );
    let load = if load.is_empty() { None } else { Some(load) };
    if load != exercise.load {
        exercise.load = load;
    }
    let rest = t!("editor-rest-between-sets");
    form.number_ui(
        ui,
        &rest,
        &of.name(&rest),
        &mut exercise.rest_between_sets_secs,
        5,
        REST_SECS,
        &t!("editor-seconds"),
        &path.field("rest_between_sets_secs"),
    );
    variant_ui(ui, form, exercise, path, of, true);
    variant_ui(ui, form, exercise, path, of, false);

    let mut note = exercise.note.clone().unwrap_or_default();
    form.text_ui(
        ui,
        &t!("editor-coaching-note"),
        &of.name(&t!("editor-coaching-note-name")),
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
    of: Of,
    lighter: bool,
) {
    let (text, field) = if lighter {
        (t!("editor-lighter"), "lighter")
    } else {
        (t!("editor-harder"), "harder")
    };
    let base = exercise.dose;
    let variant = if lighter {
        &mut exercise.lighter
    } else {
        &mut exercise.harder
    };
    let mut on = variant.is_some();
    let response = ui.checkbox(&mut on, RichText::new(&text).size(20.0));
    name_for_screen_readers(&response, &of.name(&text));
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
            let variant = if lighter {
                Variant::Lighter
            } else {
                Variant::Harder
            };
            dose_ui(ui, form, dose, &path.field(field), Of { variant, ..of });
        });
    }
}

fn dose_ui(ui: &mut egui::Ui, form: &mut Form<'_>, dose: &mut Dose, path: &FieldPath, of: Of) {
    ui.horizontal_wrapped(|ui| {
        let kinds = [
            (t!("editor-dose-reps"), 0),
            (t!("editor-dose-hold"), 1),
            (t!("editor-dose-stepping"), 2),
            (t!("editor-dose-timed"), 3),
            (t!("editor-dose-test"), 4),
        ];
        let current = match dose {
            Dose::Reps { .. } => 0,
            Dose::Hold { .. } => 1,
            Dose::Stepping { .. } => 2,
            Dose::Timed { .. } => 3,
            Dose::Test { .. } => 4,
        };
        for (text, kind) in kinds {
            let response = choice_button(ui, &text, current == kind, 0.0);
            let kind_name = t!("editor-dose-kind-name", kind = text.as_str());
            name_for_screen_readers(&response, &of.name(&kind_name));
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
                    2 => Dose::Stepping {
                        duration_secs: 120,
                        beats_per_min: 80,
                    },
                    3 => Dose::Timed {
                        sets,
                        work_secs: 120,
                        effort: Some(4),
                    },
                    _ => Dose::Test {
                        kind: crate::routine::TestKind::FiveTimesSitToStand,
                    },
                };
                *dose = earlier.map_or(fresh, |d| match d {
                    Dose::Stepping { .. } | Dose::Test { .. } => d,
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
                &t!("editor-sets"),
                &of.name(&t!("editor-sets")),
                sets,
                1,
                SETS,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                &t!("editor-reps"),
                &of.name(&t!("editor-reps-name")),
                reps,
                1,
                REPS,
                "",
                &path.field("reps"),
            );
            let mut counted = tempo.is_some();
            let response = ui.checkbox(&mut counted, RichText::new(t!("editor-tempo")).size(20.0));
            name_for_screen_readers(&response, &of.name(&t!("editor-tempo-name")));
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
                    &t!("editor-tempo-up"),
                    &of.name(&t!("editor-tempo-up-name")),
                    &mut t.up_secs,
                    1,
                    TEMPO_PART_SECS,
                    &t!("editor-seconds"),
                    &tempo_path.field("up_secs"),
                );
                form.number_ui(
                    ui,
                    &t!("editor-tempo-hold"),
                    &of.name(&t!("editor-tempo-hold-name")),
                    &mut t.hold_secs,
                    1,
                    TEMPO_HOLD_SECS,
                    &t!("editor-seconds"),
                    &tempo_path.field("hold_secs"),
                );
                form.number_ui(
                    ui,
                    &t!("editor-tempo-down"),
                    &of.name(&t!("editor-tempo-down-name")),
                    &mut t.down_secs,
                    1,
                    TEMPO_PART_SECS,
                    &t!("editor-seconds"),
                    &tempo_path.field("down_secs"),
                );
            }
        }
        Dose::Hold { sets, hold_secs } => {
            form.number_ui(
                ui,
                &t!("editor-sets"),
                &of.name(&t!("editor-sets")),
                sets,
                1,
                SETS,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                &t!("editor-hold-for"),
                &of.name(&t!("editor-hold-name")),
                hold_secs,
                5,
                HOLD_SECS,
                &t!("editor-seconds"),
                &path.field("hold_secs"),
            );
        }
        Dose::Stepping {
            duration_secs,
            beats_per_min,
        } => {
            form.number_ui(
                ui,
                &t!("editor-step-for"),
                &of.name(&t!("editor-step-for-name")),
                duration_secs,
                10,
                STEPPING_SECS,
                &t!("editor-seconds"),
                &path.field("duration_secs"),
            );
            form.number_ui(
                ui,
                &t!("editor-steps-a-minute"),
                &of.name(&t!("editor-steps-a-minute")),
                beats_per_min,
                5,
                BEATS_PER_MIN,
                "",
                &path.field("beats_per_min"),
            );
        }
        Dose::Timed {
            sets,
            work_secs,
            effort,
        } => {
            form.number_ui(
                ui,
                &t!("editor-rounds"),
                &of.name(&t!("editor-rounds")),
                sets,
                1,
                SETS,
                "",
                &path.field("sets"),
            );
            form.number_ui(
                ui,
                &t!("editor-work-for"),
                &of.name(&t!("editor-work-for-name")),
                work_secs,
                10,
                TIMED_SECS,
                &t!("editor-seconds"),
                &path.field("work_secs"),
            );
            let mut targeted = effort.is_some();
            let response = ui.checkbox(
                &mut targeted,
                RichText::new(t!("editor-effort-target")).size(20.0),
            );
            name_for_screen_readers(&response, &of.name(&t!("editor-effort-target")));
            if response.changed() {
                *effort = targeted.then_some(4);
                form.separate = true;
            }
            if let Some(e) = effort {
                let mut value = u32::from(*e);
                form.number_ui(
                    ui,
                    &t!("editor-effort"),
                    &of.name(&t!("editor-effort-name")),
                    &mut value,
                    1,
                    EFFORT,
                    "",
                    &path.field("effort"),
                );
                *e = u8::try_from(value.min(10)).unwrap_or(10);
            }
        }
        // Format 3: which self-test; the test's own flow sets its timing.
        Dose::Test { kind } => {
            ui.horizontal_wrapped(|ui| {
                for test in crate::routine::TestKind::ALL {
                    let text = i18n::test_name(test);
                    let response = choice_button(ui, &text, *kind == test, 0.0);
                    name_for_screen_readers(
                        &response,
                        &of.name(&t!("editor-test-choice-name", test = text.as_str())),
                    );
                    if response.clicked() && *kind != test {
                        *kind = test;
                        form.separate = true;
                    }
                }
            });
        }
    }
}

/// The planned session, step by step with start times; the preview's step is marked.
fn timeline_ui(
    ui: &mut egui::Ui,
    editor: &EditorState,
    get_ready_secs: u32,
    documents: &mut crate::state::Documents,
    commands: &mut Vec<Command>,
) {
    ui.heading(t!("editor-preview-heading"));
    let draft = &editor.draft;
    if !draft.problems().is_empty() {
        ui.label(t!("editor-preview-needs-no-problems"));
        return;
    }
    let plan = Plan::normal_day(&draft.routine, get_ready_secs);
    ui.label(t!(
        "editor-preview-length",
        length = i18n::about_length(&plan),
        steps = plan.steps.len()
    ));
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &t!("editor-try-it"), 0.0).clicked() {
            commands.push(Command::Editor(EditorCommand::StartPreview {
                from_exercise: 0,
            }));
        }
        // The handout of the routine as it stands, saved or not (a draft with
        // problems has no preview and no handout).
        let handout = big_button(ui, &t!("documents-handout-button"), 0.0);
        name_for_screen_readers(
            &handout,
            &t!(
                "documents-handout-name",
                title = draft.routine.title.as_str()
            ),
        );
        if handout.clicked() {
            commands.push(Command::Documents(DocumentCommand::Save(
                crate::state::Document::DraftHandout,
            )));
        }
    });
    if matches!(
        documents.saving,
        Some((crate::state::Document::DraftHandout, _))
    ) {
        super::review::save_panel_ui(ui, documents, commands);
    } else if let Some((message, _)) = &documents.message
        && matches!(documents.saved, Some(crate::state::Document::DraftHandout))
    {
        ui.add(egui::Label::new(RichText::new(message).size(18.0)).wrap());
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
                    t!("editor-about-time", time = i18n::secs(secs))
                } else {
                    i18n::secs(secs)
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
            ui.add(egui::Label::new(bold(t!("editor-removed", what = removed), 20.0)).wrap());
            let undo = big_button(ui, &t!("editor-undo"), 0.0);
            name_for_screen_readers(&undo, &t!("editor-undo-removing-name", what = removed));
            if undo.clicked() {
                commands.push(Command::Editor(EditorCommand::Undo));
            }
        });
    }
    if let Some(note) = editor.note() {
        ui.add(egui::Label::new(RichText::new(note).size(18.0)).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        let save = big_button(ui, &t!("editor-save"), 120.0);
        if save.clicked() {
            commands.push(Command::Editor(EditorCommand::Save));
        }
        let undo_text = t!("editor-undo");
        let undo = settled(
            ui.add_enabled(
                draft.can_undo(),
                egui::Button::new(RichText::new(&undo_text).size(24.0))
                    .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
            ),
            &undo_text,
        );
        if undo.clicked() {
            commands.push(Command::Editor(EditorCommand::Undo));
        }
        let redo_text = t!("editor-redo");
        let redo = settled(
            ui.add_enabled(
                draft.can_redo(),
                egui::Button::new(RichText::new(&redo_text).size(24.0))
                    .min_size(Vec2::new(MIN_TARGET, super::BIG_BUTTON_HEIGHT)),
            ),
            &redo_text,
        );
        if redo.clicked() {
            commands.push(Command::Editor(EditorCommand::Redo));
        }
        let close = big_button(ui, &t!("editor-close"), 0.0);
        name_for_screen_readers(&close, &t!("editor-close-name"));
        if close.clicked() {
            commands.push(Command::Editor(EditorCommand::Close));
        }
        // Non-breaking spaces keep each mark with its words when the bar wraps.
        let unbroken = |text: String| text.replace(' ', "\u{a0}");
        let saved = if draft.is_dirty() || draft.path.is_none() {
            t!("editor-not-saved")
        } else {
            t!("editor-saved")
        };
        ui.label(bold(unbroken(saved), 20.0));
        let typed_wrong = editor.number_texts.len();
        let length = estimated_secs(draft, get_ready_secs)
            .filter(|_| typed_wrong == 0)
            .map_or_else(
                || {
                    let count = draft.problems().len() + typed_wrong;
                    t!("editor-problems-to-fix", count = count)
                },
                |secs| t!("editor-about-minutes", minutes = secs.div_ceil(60)),
            );
        ui.label(bold(unbroken(length), 20.0));
    });
}

/// Format 3 (week planner): the fixed weekdays, one toggle per day. Naming days sets
/// `times_per_week` to their number and the file to format 3; none leaves the planner
/// to pick the days.
fn days_ui(ui: &mut egui::Ui, form: &mut Form<'_>, routine: &mut Routine, root: &FieldPath) {
    use crate::routine::Weekday;
    ui.label(RichText::new(t!("week-editor-days")).size(20.0));
    ui.horizontal_wrapped(|ui| {
        // 1 January 2024 was a Monday: the days' names in the person's language.
        let monday = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        for (i, day) in Weekday::ALL.into_iter().enumerate() {
            let on = routine
                .prescription
                .days
                .as_ref()
                .is_some_and(|d| d.contains(&day));
            let date = monday + chrono::Days::new(i as u64);
            let label = i18n::day(date, &t!("date-weekday-short"));
            let response = choice_button(ui, &label, on, 0.0);
            name_for_screen_readers(&response, &t!("week-editor-day-name", day = label));
            if response.clicked() {
                let mut days = routine.prescription.days.clone().unwrap_or_default();
                if on {
                    days.retain(|d| *d != day);
                } else {
                    days.push(day);
                    days.sort();
                }
                if days.is_empty() {
                    routine.prescription.days = None;
                } else {
                    routine.prescription.times_per_week =
                        u32::try_from(days.len()).unwrap_or(u32::MAX);
                    routine.prescription.days = Some(days);
                    routine.format = crate::routine::FORMAT_VERSION;
                }
                form.separate = true;
            }
        }
    });
    form.problems_ui(ui, &root.field("prescription").field("days"));
}

/// The therapist's rule for offering a step up: after so many sessions in a row at an
/// effort of at most so much.
fn progression_ui(ui: &mut egui::Ui, form: &mut Form<'_>, routine: &mut Routine, root: &FieldPath) {
    let mut on = routine.progression.is_some();
    let response = ui.checkbox(&mut on, RichText::new(t!("editor-progression")).size(20.0));
    name_for_screen_readers(&response, &t!("editor-progression"));
    if response.changed() {
        routine.progression = on.then_some(Progression {
            sessions: 2,
            max_effort: 4,
        });
        form.separate = true;
    }
    if let Some(rule) = &mut routine.progression {
        let path = root.field("progression");
        form.number_ui(
            ui,
            &t!("editor-progression-sessions"),
            &t!("editor-progression-sessions-name"),
            &mut rule.sessions,
            1,
            PROGRESSION_SESSIONS,
            "",
            &path.field("sessions"),
        );
        let mut effort = u32::from(rule.max_effort);
        form.number_ui(
            ui,
            &t!("editor-progression-effort"),
            &t!("editor-progression-effort-name"),
            &mut effort,
            1,
            EFFORT,
            "",
            &path.field("max_effort"),
        );
        rule.max_effort = u8::try_from(effort.min(10)).unwrap_or(10);
    }
}

/// Own words for the phases of a tempo rep ("pull", "hold", "release"), for doses with
/// a tempo.
fn tempo_words_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    exercise: &mut Exercise,
    path: &FieldPath,
    of: Of,
) {
    let has_tempo = matches!(exercise.dose, Dose::Reps { tempo: Some(_), .. });
    if !has_tempo && exercise.tempo_words.is_none() {
        return;
    }
    let mut on = exercise.tempo_words.is_some();
    let text = t!("editor-tempo-words");
    let response = ui.checkbox(&mut on, RichText::new(&text).size(20.0));
    name_for_screen_readers(&response, &of.name(&text));
    if response.changed() {
        exercise.tempo_words = on.then(|| TempoWords {
            up: t!("tempo-up"),
            hold: t!("tempo-hold"),
            down: t!("tempo-down"),
        });
        form.separate = true;
    }
    if let Some(words) = &mut exercise.tempo_words {
        let words_path = path.field("tempo_words");
        for (label, value, field) in [
            (t!("editor-tempo-up"), &mut words.up, "up"),
            (t!("editor-tempo-hold"), &mut words.hold, "hold"),
            (t!("editor-tempo-down"), &mut words.down, "down"),
        ] {
            let name = t!("editor-tempo-word-name", part = label.as_str());
            form.text_ui(
                ui,
                &label,
                &of.name(&name),
                value,
                &words_path.field(field),
                false,
            );
        }
    }
}
