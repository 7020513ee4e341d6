//! The routine editor through egui_kittest, as a therapist and a person would use it:
//! copy a bundled routine, change doses, add and reorder exercises, save and load back;
//! invalid values block saving; undo and redo; delete and restore; hand edits while the
//! app runs (picked up by the folder watcher, asking first when the draft has changes).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Setup, setup};
use steady::routine::{Dose, load_file, to_ron_string};
use steady::state::Screen;

const COPY_BUTTON: &str = "Make a copy of Seated leg strengthening to edit";

/// Opens the editor on a fresh copy of the bundled seated leg routine.
fn edit_a_copy(s: &mut Setup) -> std::path::PathBuf {
    s.click("Routines");
    s.click(COPY_BUTTON);
    assert_eq!(s.screen(), "Edit routine");
    s.draft().path.clone().expect("the copy is saved at once")
}

/// Runs frames until `done` (the watcher works in real time), for at most about 30 s.
fn eventually(s: &mut Setup, done: impl Fn(&Setup) -> bool) -> bool {
    for _ in 0..3000 {
        s.harness.run_steps(1);
        if done(s) {
            return true;
        }
        std::thread::park_timeout(Duration::from_millis(10));
    }
    false
}

fn backups(data: &Path, id: &str) -> usize {
    std::fs::read_dir(data.join("backups").join(id)).map_or(0, Iterator::count)
}

#[test]
fn copy_change_add_reorder_save_and_the_file_loads_back_equal() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    let before = s.draft().routine.clone();
    assert_eq!(before.id, "seated-leg-strength-copy");

    // A dose by +, a rest by typing.
    s.click("More: Sets of exercise 1");
    s.type_into("Rest between sets of exercise 1", "45");
    // A new exercise, filled in, then moved up one place.
    s.click("Add an exercise");
    let n = s.draft().routine.exercises.len();
    s.type_into(&format!("Name of exercise {n}"), "Ankle circles");
    s.type_into(
        &format!("step 1 of exercise {n}"),
        "Lift both heels, then lower slowly.",
    );
    s.click(&format!("Move exercise {n} up"));
    s.click("Save");
    let Screen::Editor(editor) = &s.app().state.screen else {
        panic!("left the editor");
    };
    assert!(!editor.draft.is_dirty(), "{:?}", editor.save_error);

    let saved = load_file(&path).unwrap().routine;
    assert_eq!(saved, s.draft().routine);
    let first = &saved.exercises[0];
    assert_eq!(first.dose.sets(), before.exercises[0].dose.sets() + 1);
    assert_eq!(first.rest_between_sets_secs, 45);
    assert_eq!(saved.exercises[n - 2].name, "Ankle circles");
    assert_eq!(saved.exercises[n - 1], before.exercises[n - 2]);
    // The previous version was kept, and the file is the stable encoding.
    assert_eq!(backups(data.path(), &saved.id), 1);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        to_ron_string(&saved).unwrap()
    );
    // Home shows the new routine with its new length.
    assert!(s.app().state.library.get(&saved.id).is_some());
}

#[test]
fn an_invalid_value_blocks_saving_with_a_visible_reason() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    let on_disk = std::fs::read(&path).unwrap();
    s.type_into("Sets of exercise 1", "0");
    assert!(
        s.shows("must be between 1 and 10 (found 0)"),
        "shown beside the field"
    );
    assert!(s.shows("1\u{a0}problem\u{a0}to\u{a0}fix"));
    s.click("Save");
    assert!(s.shows("Not saved yet"));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk, "nothing written");
    // Something that is not a number is named as such and changes nothing.
    s.type_into("Reps of exercise 1", "ten");
    assert!(s.shows("Type a whole number"));
    // Fixed, it saves.
    s.type_into("Sets of exercise 1", "2");
    s.click("Save");
    assert!(!s.draft().is_dirty());
}

#[test]
fn undo_and_redo_by_button_and_by_keyboard() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    let original = s.draft().routine.clone();
    s.type_into("Routine title", "Legs with Sam");
    s.click("More: Sets of exercise 1");
    assert_eq!(s.draft().routine.title, "Legs with Sam");
    s.click("Undo");
    assert_eq!(
        s.draft().routine.exercises[0].dose,
        original.exercises[0].dose
    );
    assert_eq!(s.draft().routine.title, "Legs with Sam");
    s.click("Undo");
    assert_eq!(s.draft().routine, original, "the whole title is one step");
    s.click("Redo");
    assert_eq!(s.draft().routine.title, "Legs with Sam");
    s.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    s.frames();
    assert_eq!(s.draft().routine, original);
    s.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    s.frames();
    assert_eq!(s.draft().routine.title, "Legs with Sam");
}

#[test]
fn delete_moves_to_the_trash_and_restore_brings_it_back() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    let bytes = std::fs::read(&path).unwrap();
    s.click("Close editor");
    s.click("Delete Seated leg strengthening (copy)");
    s.click("Yes, move to the trash");
    assert!(!path.exists());
    assert!(
        s.app()
            .state
            .library
            .get("seated-leg-strength-copy")
            .is_none()
    );
    s.click("Restore Seated leg strengthening (copy)");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "back as it was");
    assert!(
        s.app()
            .state
            .library
            .get("seated-leg-strength-copy")
            .is_some()
    );
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    s.click("More: Sets of exercise 1");
    s.click("Close editor");
    assert_eq!(s.screen(), "Edit routine", "asked, not gone");
    s.click("Keep editing");
    assert!(s.draft().is_dirty());
    s.click("Close editor");
    s.click("Leave without saving");
    assert_eq!(s.screen(), "Routines");
    // Nothing was written.
    assert_eq!(backups(data.path(), "seated-leg-strength-copy"), 0);
}

#[test]
fn a_hand_edit_while_the_app_runs_shows_within_2_seconds_and_a_broken_file_keeps_its_last_good_version()
 {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    s.click("Close editor");
    let mut routine = load_file(&path).unwrap().routine;
    routine.title = "Edited by hand".to_owned();
    std::fs::write(&path, to_ron_string(&routine).unwrap()).unwrap();
    assert!(eventually(&mut s, |s| {
        s.app().state.routine(&routine.id).map(|r| r.title.as_str()) == Some("Edited by hand")
    }));

    std::fs::write(
        &path,
        "(format: 1, id: \"seated-leg-strength-copy\", title: ",
    )
    .unwrap();
    assert!(eventually(&mut s, |s| !s
        .app()
        .state
        .library
        .problems
        .is_empty()));
    let kept = s.app().state.library.get(&routine.id).unwrap();
    assert!(kept.last_good);
    assert_eq!(kept.routine.title, "Edited by hand", "still usable");
    assert!(s.shows("last good version"));
    let problem = s.app().state.library.problems[0].to_string();
    assert!(
        problem.starts_with(&format!("{}:1:", path.display())),
        "{problem}"
    );
}

#[test]
fn a_change_on_disk_during_unsaved_edits_asks_keep_mine_or_load_theirs() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    s.type_into("Routine title", "Mine");
    let mut theirs = load_file(&path).unwrap().routine;
    theirs.title = "Theirs".to_owned();
    std::fs::write(&path, to_ron_string(&theirs).unwrap()).unwrap();
    assert!(eventually(&mut s, |s| s.shows("The file changed on disk")));
    assert_eq!(s.draft().routine.title, "Mine", "nothing replaced silently");
    // The question is a modal over the page; Ctrl+S is refused until it is answered.
    s.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    s.frames();
    assert!(s.shows("Choose \"Keep mine\" or \"Load theirs\" first"));
    assert_eq!(load_file(&path).unwrap().routine.title, "Theirs");

    s.click("Load theirs");
    assert_eq!(s.draft().routine.title, "Theirs");
    s.click("Undo");
    assert_eq!(s.draft().routine.title, "Mine", "undo brings mine back");

    // The other way: keep mine, and saving keeps theirs in backups.
    theirs.title = "Theirs again".to_owned();
    std::fs::write(&path, to_ron_string(&theirs).unwrap()).unwrap();
    assert!(eventually(&mut s, |s| s.shows("The file changed on disk")));
    s.click("Keep mine");
    s.click("Save");
    assert_eq!(load_file(&path).unwrap().routine.title, "Mine");
    let backup_dir = data.path().join("backups").join(&theirs.id);
    let kept_theirs = std::fs::read_dir(backup_dir)
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| load_file(&e.path()).is_ok_and(|p| p.routine.title == "Theirs again"));
    assert!(kept_theirs);
}

#[test]
fn saving_a_hand_written_file_with_comments_asks_first() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let mut routine = steady::routine::bundled::load_bundled().routines[0]
        .routine
        .clone();
    routine.id = "with-comments".to_owned();
    routine.title = "With comments".to_owned();
    let text = format!(
        "// Agreed with Sam on 3 March.\n{}",
        to_ron_string(&routine).unwrap()
    );
    let path = routines.join("with-comments.ron");
    std::fs::write(&path, &text).unwrap();
    let mut s = setup(data.path());
    s.click("Routines");
    s.click("Edit With comments");
    s.click("More: Sets of exercise 1");
    s.click("Save");
    assert!(s.shows("This file has comments"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "not yet");
    s.click("Save anyway");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("//"));
    assert_eq!(
        backups(data.path(), "with-comments"),
        1,
        "the commented file is kept"
    );
}

#[test]
fn a_new_routine_from_the_blank_template_needs_its_first_step() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.click("Routines");
    s.click("+ New routine");
    assert!(s.draft().path.is_none());
    s.click("Save");
    assert!(s.shows("Not saved yet"));
    s.type_into("step 1 of exercise 1", "Sit tall and breathe out.");
    s.type_into("Routine title", "Evening legs");
    s.click("Save");
    let path = s.draft().path.clone().expect("saved");
    assert_eq!(load_file(&path).unwrap().routine.title, "Evening legs");
    // The exercise is reps by default; switch to a timed hold and back is undoable.
    s.click("Timed hold (kind of dose) of exercise 1");
    assert!(matches!(
        s.draft().routine.exercises[0].dose,
        Dose::Hold { .. }
    ));
    s.click("Undo");
    assert!(matches!(
        s.draft().routine.exercises[0].dose,
        Dose::Reps { .. }
    ));
    assert!(matches!(s.app().state.screen, Screen::Editor(_)));
}

#[test]
fn rename_and_import_with_an_id_clash_ask_first() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    s.click("Close editor");
    s.click("Rename Seated leg strengthening (copy)");
    s.type_into("New title", "Legs, Tuesday version");
    s.click("Save title");
    assert_eq!(
        load_file(&path).unwrap().routine.title,
        "Legs, Tuesday version"
    );
    assert_eq!(backups(data.path(), "seated-leg-strength-copy"), 1);

    // A shared file with the same id: asked, then kept both.
    let shared = data.path().join("from-sam.ron");
    let mut routine = load_file(&path).unwrap().routine;
    routine.title = "Sam's version".to_owned();
    std::fs::write(&shared, to_ron_string(&routine).unwrap()).unwrap();
    s.click("Import…");
    s.type_into("File to import", shared.to_str().unwrap());
    s.click("Import this file");
    assert!(s.shows("Replace it (its current version is kept in backups), or keep both"));
    assert_eq!(
        load_file(&path).unwrap().routine.title,
        "Legs, Tuesday version"
    );
    s.click("Keep both");
    let imported = s
        .app()
        .state
        .library
        .get("seated-leg-strength-copy-2")
        .unwrap();
    // The copy says it is one, so two rows never have the same title.
    assert_eq!(imported.routine.title, "Sam's version (copy 2)");

    // A broken file is refused with its line and column, and nothing is copied in.
    std::fs::write(&shared, "Routine(format: 1, id: \"x\",, )").unwrap();
    s.click("Import…");
    s.type_into("File to import", shared.to_str().unwrap());
    s.click("Import this file");
    assert!(s.shows(&format!("{}:1:", shared.display())));
    assert!(s.app().state.library.get("x").is_none());
}

#[test]
fn one_touch_in_routines_is_one_reload_then_the_app_stays_quiet() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let mut routine = steady::routine::bundled::load_bundled().routines[0]
        .routine
        .clone();
    routine.id = "mine".to_owned();
    let path = routines.join("mine.ron");
    std::fs::write(&path, to_ron_string(&routine).unwrap()).unwrap();
    let mut s = setup(data.path());
    assert_eq!(s.app().routine_reloads(), 0);
    assert!(
        std::process::Command::new("touch")
            .arg(&path)
            .status()
            .unwrap()
            .success()
    );
    assert!(eventually(&mut s, |s| s.app().routine_reloads() >= 1));
    // A quiet period can only be watched for: 5 s of frames, and the app's own reads
    // of the files must not set off another reload.
    for _ in 0..50 {
        s.harness.run_steps(1);
        std::thread::park_timeout(Duration::from_millis(100));
    }
    assert_eq!(
        s.app().routine_reloads(),
        1,
        "reloaded again with nothing changed"
    );
}

/// What the text box named `label` shows.
fn box_text(s: &Setup, label: &str) -> String {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    s.harness
        .get_by_label(label)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

fn press(s: &mut Setup, modifiers: egui::Modifiers, key: egui::Key) {
    s.harness.key_press_modifiers(modifiers, key);
    s.frames();
}

/// The routine as it is in its file.
fn on_disk(path: &Path) -> steady::routine::Routine {
    load_file(path).unwrap().routine
}

fn reps(routine: &steady::routine::Routine, exercise: usize) -> u32 {
    match routine.exercises[exercise].dose {
        Dose::Reps { reps, .. } => reps,
        other => panic!("not reps: {other:?}"),
    }
}

#[test]
fn the_box_and_the_saved_value_agree_after_garbage_undo_and_redo() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    let ctrl = egui::Modifiers::COMMAND;
    assert_eq!(box_text(&s, "Reps of exercise 1"), "10");

    // Typed, undone, saved: the box shows what is saved.
    s.type_into("Reps of exercise 1", "12");
    assert_eq!(reps(&s.draft().routine, 0), 12);
    press(&mut s, ctrl, egui::Key::Z);
    assert_eq!(reps(&s.draft().routine, 0), 10);
    assert_eq!(
        box_text(&s, "Reps of exercise 1"),
        "10",
        "undo updates the box"
    );
    press(&mut s, ctrl, egui::Key::S);
    assert_eq!(reps(&on_disk(&path), 0), 10);
    // Redo, saved: the box and the file say 12.
    press(&mut s, ctrl, egui::Key::Y);
    assert_eq!(
        box_text(&s, "Reps of exercise 1"),
        "12",
        "redo updates the box"
    );
    press(&mut s, ctrl, egui::Key::S);
    assert_eq!(reps(&on_disk(&path), 0), 12);

    // Garbage in a box blocks Save, with the reason beside Save and the box.
    s.type_into("Sets of exercise 1", "x");
    assert_eq!(box_text(&s, "Sets of exercise 1"), "x");
    assert!(s.shows("\"x\" is not a whole number"), "beside the box");
    let before = std::fs::read(&path).unwrap();
    press(&mut s, ctrl, egui::Key::S);
    assert!(s.shows("Not saved yet: \"Sets of exercise 1\" holds \"x\""));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert!(s.draft().is_dirty() || s.draft().routine == on_disk(&path));
    // An empty box too.
    {
        use egui_kittest::kittest::Queryable as _;
        s.harness.get_by_label("Sets of exercise 1").click();
    }
    s.frames();
    press(&mut s, ctrl, egui::Key::A);
    press(&mut s, egui::Modifiers::NONE, egui::Key::Backspace);
    press(&mut s, ctrl, egui::Key::S);
    assert!(s.shows("\"Sets of exercise 1\" is empty"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    // Fixed, it saves exactly what the box shows, and the reason is gone.
    s.type_into("Sets of exercise 1", "3");
    press(&mut s, ctrl, egui::Key::S);
    assert_eq!(s.draft().routine.exercises[0].dose.sets(), 3);
    assert_eq!(on_disk(&path).exercises[0].dose.sets(), 3);
    assert!(!s.shows("Not saved yet"));
}

#[test]
fn minus_and_plus_stay_inside_the_allowed_range() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    s.type_into("Sets of exercise 1", "1");
    s.click("Less: Sets of exercise 1");
    assert_eq!(s.draft().routine.exercises[0].dose.sets(), 1, "never 0");
    s.type_into("Sets of exercise 1", "10");
    s.click("More: Sets of exercise 1");
    assert_eq!(s.draft().routine.exercises[0].dose.sets(), 10, "never 11");
    assert!(s.draft().problems().is_empty());
}

/// Whether the control or text named `label` lies wholly inside the window.
fn in_view(s: &Setup, label: &str) -> bool {
    use egui_kittest::kittest::Queryable as _;
    let window = s.harness.ctx.content_rect();
    let node = s
        .harness
        .query_all_by_label_contains(label)
        .next()
        .unwrap_or_else(|| panic!("nothing on screen says {label:?}"));
    window.contains_rect(node.rect())
}

fn text_scale(s: &mut Setup, percent: u16) {
    use steady::state::Command;
    use steady::state::command::SettingsCommand;
    s.harness
        .state_mut()
        .handle(Command::Settings(SettingsCommand::TextScale(percent)));
    s.frames();
}

/// Scrolls the editor's page to its end, as a person reaching the last exercise.
fn scroll_to_the_end(s: &mut Setup) {
    use egui_kittest::kittest::Queryable as _;
    s.harness.get_by_label("Add an exercise").scroll_to_me();
    s.frames();
}

#[test]
fn every_editor_question_and_refusal_is_in_view_at_100_and_200_percent() {
    for percent in [100, 200] {
        let data = tempfile::tempdir().unwrap();
        let mut s = setup(data.path());
        text_scale(&mut s, percent);
        let path = edit_a_copy(&mut s);
        let at = format!("at {percent} %");

        // Leaving with unsaved changes, from the end of the page.
        s.click("More: Sets of exercise 1");
        scroll_to_the_end(&mut s);
        s.click("Close editor");
        for label in [
            "You have unsaved changes",
            "Save and leave",
            "Keep editing",
            "Leave without saving",
        ] {
            assert!(in_view(&s, label), "{label} is out of view {at}");
        }
        s.click("Keep editing");

        // Save refused: the reason beside Save, the first problem scrolled to and focused.
        s.type_into("Sets of exercise 1", "x");
        scroll_to_the_end(&mut s);
        s.click("Save");
        assert!(
            in_view(&s, "Not saved yet"),
            "the refusal is out of view {at}"
        );
        assert!(
            in_view(&s, "Sets of exercise 1"),
            "the problem is not scrolled to {at}"
        );
        {
            use egui_kittest::kittest::{NodeT as _, Queryable as _};
            assert!(
                s.harness
                    .get_by_label("Sets of exercise 1")
                    .accesskit_node()
                    .is_focused(),
                "the problem has not the keyboard {at}"
            );
        }
        s.type_into("Sets of exercise 1", "3");

        // A change on disk during unsaved edits.
        scroll_to_the_end(&mut s);
        let mut theirs = on_disk(&path);
        theirs.title = "Theirs".to_owned();
        std::fs::write(&path, to_ron_string(&theirs).unwrap()).unwrap();
        assert!(eventually(&mut s, |s| s.shows("The file changed on disk")));
        s.frames();
        for label in ["The file changed on disk", "Keep mine", "Load theirs"] {
            assert!(in_view(&s, label), "{label} is out of view {at}");
        }
        s.click("Load theirs");
        assert!(in_view(&s, "Loaded the version on disk"), "{at}");
    }
}

#[test]
fn the_comments_question_is_in_view_at_200_percent() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let mut routine = steady::routine::bundled::load_bundled().routines[0]
        .routine
        .clone();
    routine.id = "with-comments".to_owned();
    routine.title = "With comments".to_owned();
    let text = format!("// Agreed with Sam.\n{}", to_ron_string(&routine).unwrap());
    std::fs::write(routines.join("with-comments.ron"), &text).unwrap();
    let mut s = setup(data.path());
    text_scale(&mut s, 200);
    s.click("Routines");
    s.click("Edit With comments");
    s.click("More: Sets of exercise 1");
    scroll_to_the_end(&mut s);
    s.click("Save");
    for label in ["This file has comments", "Save anyway", "Don't save yet"] {
        assert!(in_view(&s, label), "{label} is out of view at 200 %");
    }
}

#[test]
fn a_removal_is_one_click_and_undone_from_the_removed_line() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    let before = s.draft().routine.clone();
    let save_at = {
        use egui_kittest::kittest::Queryable as _;
        s.harness.get_by_label("Save").rect()
    };
    s.click("Remove exercise 2");
    assert_eq!(
        s.draft().routine.exercises.len(),
        before.exercises.len() - 1
    );
    {
        use egui_kittest::kittest::Queryable as _;
        assert_eq!(
            s.harness.get_by_label("Save").rect(),
            save_at,
            "the line comes above the buttons; Save stays where it was"
        );
    }
    assert!(s.shows("Removed exercise 2 (\"Seated marching\")"));
    assert!(in_view(&s, "Removed exercise 2"));
    s.click("Undo removing exercise 2 (\"Seated marching\")");
    assert_eq!(s.draft().routine, before);
    assert!(
        !s.shows("Removed exercise 2"),
        "the line goes with the undo"
    );
    // A step, too.
    s.click("Remove step 1 of exercise 1");
    assert!(s.shows("Removed step 1 of exercise 1"));
    s.click("Undo removing step 1 of exercise 1 (\"Sit tall and hold the sides of the seat.\")");
    assert_eq!(s.draft().routine, before);
}

#[test]
fn a_press_on_a_button_that_just_slid_under_the_pointer_is_ignored() {
    use egui_kittest::kittest::Queryable as _;
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    let steps = s.draft().routine.exercises[0].steps.clone();
    let label = "Remove step 1 of exercise 1";
    s.harness.get_by_label(label).scroll_to_me();
    s.frames();
    let rect = s.harness.get_by_label(label).rect();
    s.harness.get_by_label(label).click();
    s.harness.run_steps(1);
    assert_eq!(s.draft().routine.exercises[0].steps, steps[1..]);
    // Step 2's ✕ slides into step 1's place, under the pointer; a shaky second press
    // right after (kittest runs one frame of a quarter second per event) does nothing.
    for pressed in [true, false] {
        s.harness.event(egui::Event::PointerButton {
            pos: rect.center(),
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    s.harness.run_steps(1);
    assert!(rect.contains(s.harness.get_by_label(label).rect().center()));
    assert_eq!(s.draft().routine.exercises[0].steps, steps[1..], "ignored");
    // Once it has settled, it works.
    s.click(label);
    assert_eq!(s.draft().routine.exercises[0].steps, steps[2..]);
}

/// A routine file of the person's, written by hand with a comment.
fn hand_written(data: &Path, id: &str, title: &str) -> (std::path::PathBuf, String) {
    let routines = data.join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let mut routine = steady::routine::bundled::load_bundled().routines[0]
        .routine
        .clone();
    routine.id = id.to_owned();
    routine.title = title.to_owned();
    let text = format!(
        "// Agreed with Sam on 3 March.\n{}",
        to_ron_string(&routine).unwrap()
    );
    let path = routines.join(format!("{id}.ron"));
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

#[test]
fn rename_and_a_title_change_keep_the_files_comments() {
    let data = tempfile::tempdir().unwrap();
    let (path, text) = hand_written(data.path(), "with-comments", "With comments");
    let mut s = setup(data.path());
    s.click("Routines");
    s.click("Rename With comments");
    s.type_into("New title", "Legs, \"Tuesday\"");
    s.click("Save title");
    let renamed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        renamed,
        text.replace(
            "title: \"With comments\"",
            "title: \"Legs, \\\"Tuesday\\\"\""
        ),
        "only the title's value changed"
    );
    assert_eq!(backups(data.path(), "with-comments"), 1);
    // In the editor too: a title change saves without asking, comments kept.
    s.click("Edit Legs, \"Tuesday\"");
    s.type_into("Routine title", "Legs with Sam");
    s.click("Save");
    assert!(!s.shows("This file has comments"));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.starts_with("// Agreed with Sam on 3 March.\n"),
        "{saved}"
    );
    assert_eq!(load_file(&path).unwrap().routine.title, "Legs with Sam");
}

#[test]
fn routines_questions_and_refusals_are_in_view_at_100_and_200_percent() {
    for percent in [100, 200] {
        let data = tempfile::tempdir().unwrap();
        let mut s = setup(data.path());
        text_scale(&mut s, percent);
        let at = format!("at {percent} %");
        let path = edit_a_copy(&mut s);
        s.click("Close editor");
        // Export refused (the file exists): a modal to read.
        s.click("Export Seated leg strengthening (copy)");
        s.type_into("Export to file", path.to_str().unwrap());
        s.click("Export");
        assert!(in_view(&s, "It could not be exported"), "{at}");
        s.click("OK");
        // Delete asks in a modal.
        s.click("Delete Seated leg strengthening (copy)");
        for label in ["to the trash?", "Keep it", "Yes, move to the trash"] {
            assert!(in_view(&s, label), "{label} is out of view {at}");
        }
        s.click("Yes, move to the trash");
        assert!(in_view(&s, "is in the trash"), "{at}");
        // Restoring when the id is taken now offers keep both.
        s.click("Routines");
        s.click(COPY_BUTTON);
        s.click("Close editor");
        s.click("Restore Seated leg strengthening (copy)");
        for label in ["That id is taken now", "Keep both", "Leave it in the trash"] {
            assert!(in_view(&s, label), "{label} is out of view {at}");
        }
        s.click("Keep both");
        let restored = s
            .app()
            .state
            .library
            .routines
            .iter()
            .find(|r| r.routine.title.ends_with("(restored)"))
            .expect("restored as a new routine");
        assert_ne!(restored.routine.id, "seated-leg-strength-copy");
        assert!(
            s.app()
                .state
                .library
                .get("seated-leg-strength-copy")
                .is_some()
        );
        // An import with an id clash asks in a modal.
        let shared = data.path().join("shared.ron");
        std::fs::copy(&path, &shared).unwrap();
        s.click("Import…");
        s.type_into("File to import", shared.to_str().unwrap());
        s.click("Import this file");
        for label in ["Same id", "Replace mine", "Keep both", "Cancel import"] {
            assert!(in_view(&s, label), "{label} is out of view {at}");
        }
        s.click("Cancel import");
    }
}

#[test]
fn an_id_another_routine_holds_is_refused_by_the_folder_and_said_beside_save() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let old = edit_a_copy(&mut s);
    // A file written by hand after the library was loaded, named otherwise than its
    // id: only the folder, reading the disk when saving, knows it holds the id.
    let mut theirs = load_file(&old).unwrap().routine;
    theirs.id = "theirs".into();
    let hand_made = data.path().join("routines/Hand Made.ron");
    std::fs::write(&hand_made, to_ron_string(&theirs).unwrap()).unwrap();
    for taken in ["theirs", "paced-stepping"] {
        s.type_into("Routine id", taken);
        s.click("Save");
        assert!(
            s.shows(&format!(
                "the id \"{taken}\" is already used by another routine"
            )),
            "{taken}"
        );
        assert!(old.exists(), "nothing moved");
        assert!(!data.path().join(format!("routines/{taken}.ron")).exists());
    }
    assert_eq!(load_file(&hand_made).unwrap().routine, theirs);
    // The message is about that id: another id, and it is gone; that one saves.
    s.type_into("Routine id", "mine-now");
    assert!(!s.shows("is already used by another routine"));
    s.click("Save");
    assert!(data.path().join("routines/mine-now.ron").exists());
}

#[test]
fn a_copys_id_can_change_and_the_file_follows() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let old = edit_a_copy(&mut s);
    s.type_into("Routine id", "legs-with-sam");
    s.click("Save");
    let new = data.path().join("routines/legs-with-sam.ron");
    assert_eq!(load_file(&new).unwrap().routine.id, "legs-with-sam");
    assert!(!old.exists(), "the old file went to the trash");
    assert!(s.app().state.library.get("legs-with-sam").is_some());
    assert!(
        s.app()
            .state
            .library
            .get("seated-leg-strength-copy")
            .is_none()
    );
}

#[test]
fn versions_list_what_changed_and_restore_keeps_a_backup() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    let first = on_disk(&path);
    s.type_into("Reps of exercise 1", "14");
    s.click("Save");
    s.click("Close editor");
    s.click("Versions of Seated leg strengthening (copy)");
    assert!(s.shows("Replaced on"));
    assert!(
        s.shows("Exercise 1 dose: 2 sets of 10 reps, 3-1-3 s tempo (now 2 sets of 14 reps"),
        "what restoring brings back"
    );
    let backups_before = backups(data.path(), &first.id);
    let restore = {
        use egui_kittest::kittest::{NodeT as _, Queryable as _};
        s.harness
            .query_all_by_label_contains("Restore the version replaced on")
            .next()
            .and_then(|n| n.accesskit_node().label())
            .expect("a Restore button")
    };
    s.click(&restore);
    assert_eq!(on_disk(&path), first);
    assert_eq!(
        backups(data.path(), &first.id),
        backups_before + 1,
        "the replaced one is kept"
    );
    assert!(s.shows("is back to the version you chose"));
}

#[test]
fn a_broken_files_last_good_version_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let path;
    {
        let mut s = setup(data.path());
        path = edit_a_copy(&mut s);
        s.type_into("Routine title", "Good legs");
        s.click("Save");
        s.click("Close editor");
        std::fs::write(
            &path,
            "(format: 1, id: \"seated-leg-strength-copy\", title: ",
        )
        .unwrap();
        assert!(eventually(&mut s, |s| s
            .app()
            .state
            .library
            .get("seated-leg-strength-copy")
            .is_some_and(|r| r.last_good)));
    }
    // A new start: the last good version is in use, marked, beside the problem.
    let mut s = setup(data.path());
    let kept = s
        .app()
        .state
        .library
        .get("seated-leg-strength-copy")
        .expect("still on Home after a restart");
    assert!(kept.last_good);
    assert_eq!(kept.routine.title, "Good legs");
    s.click("Routines");
    assert!(s.shows("this is its last good version"));
}

#[test]
fn messages_follow_the_draft_and_never_go_stale() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    s.type_into("Sets of exercise 1", "0");
    s.click("Save");
    assert!(s.shows("Not saved yet"));
    s.click("Undo");
    assert!(
        !s.shows("Not saved yet"),
        "the problem is gone, so is the refusal"
    );
    s.click("More: Sets of exercise 1");
    s.click("Save");
    assert!(s.shows("Saved. The previous version is kept in"));
    s.click("More: Sets of exercise 1");
    assert!(
        !s.shows("Saved. The previous version"),
        "not about this draft any more"
    );
}

#[test]
fn small_things_a_new_step_has_the_keyboard_dose_kinds_keep_values_checkboxes_are_44() {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    // A new list item has the keyboard.
    s.click("Add step of exercise 1");
    s.frames();
    assert!(
        s.harness
            .get_by_label("step 4 of exercise 1")
            .accesskit_node()
            .is_focused()
    );
    // Switching the kind of dose keeps the sets, and switching back brings the reps back.
    s.type_into("Reps of exercise 1", "14");
    s.click("Timed hold (kind of dose) of exercise 1");
    assert_eq!(s.draft().routine.exercises[0].dose.sets(), 2);
    s.click("Reps (kind of dose) of exercise 1");
    assert_eq!(reps(&s.draft().routine, 0), 14);
    // Checkboxes are at least 44 points tall.
    let rect = s.harness.get_by_label("Slow tempo of exercise 1").rect();
    assert!(rect.height() >= 44.0 && rect.width() >= 44.0, "{rect:?}");
}

#[test]
fn enter_exports_and_the_export_folder_is_remembered() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    s.click("Close editor");
    s.click("Export Seated leg strengthening (copy)");
    let to = out.path().join("legs.ron");
    s.type_into("Export to file", to.to_str().unwrap());
    s.key(egui::Key::Enter);
    assert!(to.exists(), "Enter exported");
    s.click("Export Sit to stand practice");
    let offered = box_text(&s, "Export to file");
    assert_eq!(
        Path::new(&offered),
        out.path().join("sit-to-stand-practice.ron"),
        "the folder of the last export is offered"
    );
}

#[test]
fn the_editor_names_the_routine_opens_at_the_top_and_saves_and_leaves() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    assert!(in_view(&s, "Editing \"Seated leg strengthening (copy)\""));
    scroll_to_the_end(&mut s);
    assert!(!in_view(&s, "Editing \"Seated leg strengthening (copy)\""));
    s.click("More: Sets of exercise 1");
    scroll_to_the_end(&mut s);
    s.click("Close editor");
    s.click("Save and leave");
    assert_eq!(s.screen(), "Routines", "saved, then left");
    assert_eq!(on_disk(&path).exercises[0].dose.sets(), 3);
    // Opened again, it starts at the top.
    s.click("Edit Seated leg strengthening (copy)");
    assert!(in_view(&s, "Editing \"Seated leg strengthening (copy)\""));
}

#[test]
fn format_2_fields_are_edited_by_name_and_saved_as_format_2() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let path = edit_a_copy(&mut s);
    s.click("All sets on one side, then the other of exercise 1");
    s.click("First side: right side of exercise 1");
    s.type_into("Time to change sides of exercise 1", "30");
    s.click("Position for this exercise: standing with support of exercise 1");
    s.type_into("Load of exercise 1", "0.5 kg ankle weight");
    s.click("Own words for the tempo of exercise 1");
    s.type_into("Tempo word: Up of exercise 1", "lift");
    // Seated leg strengthening has a rule already (2 sessions, effort 4 or less).
    assert_eq!(s.draft().routine.progression.unwrap().sessions, 2);
    s.type_into("Step up after sessions in a row", "3");
    s.click("Save");
    let Screen::Editor(editor) = &s.app().state.screen else {
        panic!("left the editor");
    };
    assert!(!editor.draft.is_dirty(), "{:?}", editor.save_error);

    let saved = load_file(&path).unwrap().routine;
    assert_eq!(saved.format, steady::routine::FORMAT_VERSION);
    let first = &saved.exercises[0];
    assert_eq!(first.sides, steady::routine::Sides::OneSideThenOther);
    assert_eq!(first.first_side, steady::routine::Side::Right);
    assert_eq!(first.switch_secs, Some(30));
    assert_eq!(
        first.position,
        Some(steady::routine::Position::StandingWithSupport)
    );
    assert_eq!(first.load.as_deref(), Some("0.5 kg ankle weight"));
    assert_eq!(first.tempo_words.as_ref().unwrap().up, "lift");
    assert_eq!(saved.progression.unwrap().sessions, 3);
    let text = std::fs::read_to_string(&path).unwrap();
    // The editor writes the newest format (3 since self-tests).
    assert!(
        text.contains(&format!("format: {},", steady::routine::FORMAT_VERSION)),
        "{text}"
    );
    assert!(text.contains("sides: OneSideThenOther"), "{text}");
}

#[test]
fn print_handout_from_the_editor_shows_the_routine_as_it_stands() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    edit_a_copy(&mut s);
    use egui_kittest::kittest::Queryable as _;
    let button = "Print a handout of Seated leg strengthening (copy)";
    // A draft with a problem has no preview and no handout.
    s.type_into("Name of exercise 1", " ");
    assert!(!s.draft().problems().is_empty());
    assert!(s.harness.query_by_label(button).is_none());
    s.type_into("Name of exercise 1", "Knee lifts <slow>");
    assert!(s.harness.query_by_label(button).is_some());
    // Unsaved changes are on the handout: it shows the draft, not the file.
    assert!(s.draft().is_dirty());
    let out = data.path().join("draft-handout.html");
    s.click(button);
    s.type_into("Where to save the document", out.to_str().unwrap());
    s.click("Save the file");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("1. <bdi>Knee lifts &lt;slow&gt;</bdi>"),
        "escaped and unsaved"
    );
    assert!(s.shows("Saved:"));
    assert_eq!(s.screen(), "Edit routine", "the editor stays open");
}
