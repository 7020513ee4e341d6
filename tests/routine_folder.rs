//! The routines folder: saving is byte-stable and always keeps a backup of the
//! previous version; delete goes to the trash and can be undone; import validates and
//! never silently replaces; export never overwrites; the folder watcher sees changes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;
use std::process::Command;
use std::time::Duration;
use steady::clock::{Clock as _, FakeClock};

use steady::paths::DataDir;
use steady::routine::bundled::{BUNDLED, load_bundled};
use steady::routine::folder::{FolderError, OnClash, RoutineFolder};
use steady::routine::{Dose, Routine, load_file, to_ron_string};

fn a_routine() -> Routine {
    let mut r = load_bundled()
        .get("seated-leg-strength")
        .unwrap()
        .routine
        .clone();
    r.id = "my-legs".into();
    r.title = "My legs".into();
    r
}

#[test]
fn saving_is_byte_stable_and_backs_up_every_previous_version() {
    let data = tempfile::tempdir().unwrap();
    let folder = RoutineFolder::new(&DataDir::at(data.path()), FakeClock::new().wall());
    let mut routine = a_routine();
    let (path, backup) = folder.save(&routine, None).unwrap();
    assert_eq!(path, data.path().join("routines/my-legs.ron"));
    assert!(backup.is_none(), "nothing to back up the first time");
    let first = std::fs::read(&path).unwrap();

    // load → save → save gives identical bytes (and no backup of identical bytes).
    let loaded = load_file(&path).unwrap().routine;
    assert_eq!(loaded, routine);
    assert_eq!(folder.save(&loaded, None).unwrap().1, None);
    assert_eq!(std::fs::read(&path).unwrap(), first);

    // A change: the previous version is in backups/<id>/.
    routine.exercises[0].dose = Dose::Reps {
        sets: 1,
        reps: 6,
        tempo: None,
    };
    let (_, backup) = folder.save(&routine, None).unwrap();
    let backup = backup.unwrap();
    assert!(backup.starts_with(data.path().join("backups/my-legs")));
    assert_eq!(std::fs::read(&backup).unwrap(), first);
    assert_eq!(load_file(&path).unwrap().routine, routine);
    let backups = std::fs::read_dir(data.path().join("backups/my-legs"))
        .unwrap()
        .count();
    assert_eq!(backups, 1, "one backup per save that changed the file");
}

#[test]
fn an_invalid_routine_is_not_saved() {
    let data = tempfile::tempdir().unwrap();
    let folder = RoutineFolder::new(&DataDir::at(data.path()), FakeClock::new().wall());
    let mut routine = a_routine();
    routine.exercises[0].rest_between_sets_secs = 9_999;
    let err = folder.save(&routine, None).unwrap_err();
    assert!(matches!(err, FolderError::Invalid(_)));
    assert!(err.to_string().contains("rest_between_sets_secs"), "{err}");
    assert!(!data.path().join("routines/my-legs.ron").exists());
}

#[test]
fn delete_moves_to_the_trash_and_restore_brings_it_back() {
    let data = tempfile::tempdir().unwrap();
    let folder = RoutineFolder::new(&DataDir::at(data.path()), FakeClock::new().wall());
    let (path, _) = folder.save(&a_routine(), None).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let trashed = folder.trash(&path).unwrap();
    assert!(!path.exists());
    assert_eq!(folder.trashed(), vec![trashed.clone()]);
    assert_eq!(std::fs::read(&trashed).unwrap(), bytes);
    // Restoring over a routine with the same id is refused.
    folder.save(&a_routine(), None).unwrap();
    assert!(matches!(
        folder.restore(&trashed),
        Err(FolderError::IdTaken { .. })
    ));
    std::fs::remove_file(&path).unwrap();
    assert_eq!(folder.restore(&trashed).unwrap(), path);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert!(folder.trashed().is_empty());
}

#[test]
fn import_validates_and_never_silently_replaces() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let folder = RoutineFolder::new(&DataDir::at(data.path()), FakeClock::new().wall());
    let file = outside.path().join("shared.ron");
    RoutineFolder::export(&a_routine(), &file).unwrap();
    let (routine, path) = folder.import(&file, OnClash::Ask).unwrap();
    assert_eq!(routine.id, "my-legs");
    assert!(matches!(
        folder.import(&file, OnClash::Ask),
        Err(FolderError::IdTaken { .. })
    ));
    let (both, both_path) = folder.import(&file, OnClash::KeepBoth).unwrap();
    assert_eq!(both.id, "my-legs-2");
    assert_eq!(both_path, data.path().join("routines/my-legs-2.ron"));
    let before = std::fs::read(&path).unwrap();
    let mut changed = a_routine();
    changed.title = "My legs, updated by the physio".into();
    let changed_file = outside.path().join("changed.ron");
    RoutineFolder::export(&changed, &changed_file).unwrap();
    folder.import(&changed_file, OnClash::Replace).unwrap();
    assert_eq!(load_file(&path).unwrap().routine, changed);
    let backups: Vec<_> = std::fs::read_dir(data.path().join("backups/my-legs"))
        .unwrap()
        .collect();
    assert_eq!(backups.len(), 1, "replaced only after a backup");
    assert_eq!(
        std::fs::read(backups[0].as_ref().unwrap().path()).unwrap(),
        before
    );

    // A broken file is not imported.
    let broken = outside.path().join("broken.ron");
    std::fs::write(&broken, "Routine(format: 1,").unwrap();
    assert!(matches!(
        folder.import(&broken, OnClash::Ask),
        Err(FolderError::Invalid(_))
    ));
}

#[test]
fn export_never_overwrites() {
    let outside = tempfile::tempdir().unwrap();
    let out = outside.path().join("mine.ron");
    std::fs::write(&out, "keep me").unwrap();
    assert!(matches!(
        RoutineFolder::export(&a_routine(), &out),
        Err(FolderError::Exists(_))
    ));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
}

fn steady(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn import_and_export_routine_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let shared = outside.path().join("balance.ron");
    let out = steady(
        data.path(),
        &[
            "export-routine",
            "standing-balance-with-support",
            "--out",
            shared.to_str().unwrap(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Its id is a bundled one: asked, not replaced.
    let out = steady(data.path(), &["import", shared.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--keep-both"));
    let out = steady(
        data.path(),
        &["import", shared.to_str().unwrap(), "--replace"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be replaced"));
    let out = steady(
        data.path(),
        &["import", shared.to_str().unwrap(), "--keep-both"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        data.path()
            .join("routines/standing-balance-with-support-2.ron")
            .exists()
    );
    let list = String::from_utf8_lossy(&steady(data.path(), &["list"]).stdout).into_owned();
    assert_eq!(list.lines().count(), 1 + BUNDLED.len() + 1, "{list}");
    let out = steady(data.path(), &["validate"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_folder_watcher_sees_a_routine_file_change_once() {
    use steady::watch::FolderWatcher;
    let dir = tempfile::tempdir().unwrap();
    let watcher = FolderWatcher::start(dir.path(), || {}).unwrap();
    // Not a routine file: no reload needed.
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
    assert!(!watcher.wait(Duration::from_millis(700)));
    // An editor's save: write a temporary file, then rename it over the routine.
    let tmp = dir.path().join(".legs.ron.tmp");
    std::fs::write(&tmp, to_ron_string(&a_routine()).unwrap()).unwrap();
    std::fs::rename(&tmp, dir.path().join("legs.ron")).unwrap();
    assert!(watcher.wait(Duration::from_secs(30)));
    // One burst of writes is one change: nothing more arrives.
    assert!(!watcher.wait(Duration::from_millis(700)));
}

#[test]
fn reading_the_routine_files_is_not_a_change() {
    use steady::watch::FolderWatcher;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("legs.ron");
    std::fs::write(&file, to_ron_string(&a_routine()).unwrap()).unwrap();
    let watcher = FolderWatcher::start(dir.path(), || {}).unwrap();
    // A plain touch is one change…
    let touched = Command::new("touch").arg(&file).status().unwrap();
    assert!(touched.success());
    assert!(watcher.wait(Duration::from_secs(30)));
    // …and reading every file again, as the app's reload does, is none: for 5 s the
    // watcher stays quiet while the folder is read over and over.
    for _ in 0..10 {
        let report = steady::routine::load::load_dir(dir.path(), false);
        assert_eq!(report.routines.len(), 1);
        assert!(
            !watcher.wait(Duration::from_millis(500)),
            "a read was taken for a change"
        );
    }
    assert_eq!(watcher.changes_reported(), 1);
}

/// A therapist's file, with comments, an apostrophe and a layout of its own.
const COMMENTED: &str = r#"// From Sam, the physio. Don't change the doses without asking.
Routine(
    format: 1,
    id: "sams-legs",
    title: "Sam's legs",   // what Home shows
    focus: [Strength],
    position: Seated,
    /* Three times a week is plenty. */
    prescription: Prescription(times_per_week: 3, note: "Not two days in a row"),
    rest_between_exercises_secs: 60,
    exercises: [
        Exercise(name: "Knee", steps: ["Straighten it, don't lock it."], dose: Reps(sets: 2, reps: 8), rest_between_sets_secs: 60),
    ],
)
"#;

#[test]
fn import_copies_the_file_byte_for_byte_and_keep_both_edits_only_id_and_title() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("sams-legs.ron");
    std::fs::write(&file, COMMENTED).unwrap();
    let folder = RoutineFolder::new(&DataDir::at(data.path()), FakeClock::new().wall());

    let imported = folder.import_file(&file, OnClash::Ask).unwrap();
    assert!(imported.as_written && imported.backup.is_none());
    assert_eq!(std::fs::read_to_string(&imported.path).unwrap(), COMMENTED);

    // Keep both, twice: "(copy 2)", "(copy 3)", and nothing else in the text changes.
    for n in [2, 3] {
        let copy = folder.import_file(&file, OnClash::KeepBoth).unwrap();
        assert_eq!(copy.routine.id, format!("sams-legs-{n}"));
        assert_eq!(copy.routine.title, format!("Sam's legs (copy {n})"));
        assert!(copy.as_written);
        let expected = COMMENTED
            .replace("id: \"sams-legs\"", &format!("id: \"sams-legs-{n}\""))
            .replace("\"Sam's legs\"", &format!("\"Sam's legs (copy {n})\""));
        assert_eq!(std::fs::read_to_string(&copy.path).unwrap(), expected);
        assert_eq!(load_file(&copy.path).unwrap().routine, copy.routine);
    }

    // Replace: the previous version goes to backups, and the new file is as written.
    let changed = COMMENTED.replace("reps: 8", "reps: 10");
    std::fs::write(&file, &changed).unwrap();
    let replaced = folder.import_file(&file, OnClash::Replace).unwrap();
    assert_eq!(replaced.path, imported.path);
    assert_eq!(std::fs::read_to_string(&replaced.path).unwrap(), changed);
    let backup = replaced.backup.unwrap();
    assert!(backup.starts_with(data.path().join("backups/sams-legs")));
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), COMMENTED);
}

#[test]
fn export_routine_writes_the_file_as_it_is_written() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::write(routines.join("sams-legs.ron"), COMMENTED).unwrap();
    let out = outside.path().join("shared.ron");
    let done = steady(
        data.path(),
        &[
            "export-routine",
            "sams-legs",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(done.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), COMMENTED);
    // A bundled routine: its own text from programs/.
    let out = outside.path().join("stepping.ron");
    let done = steady(
        data.path(),
        &[
            "export-routine",
            "paced-stepping",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(done.status.code(), Some(0));
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(programs.join("paced-stepping.ron")).unwrap()
    );
}

#[test]
fn the_command_line_says_where_a_replaced_routine_went_and_never_offers_to_replace_a_bundled_one() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("sams-legs.ron");
    std::fs::write(&file, COMMENTED).unwrap();
    let file = file.to_str().unwrap();
    assert_eq!(
        steady(data.path(), &["import", file]).status.code(),
        Some(0)
    );
    std::fs::write(file, COMMENTED.replace("reps: 8", "reps: 9")).unwrap();
    let out = steady(data.path(), &["import", file, "--replace"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let backups = data.path().join("backups/sams-legs");
    let backup = std::fs::read_dir(&backups)
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    assert!(
        text.contains(&format!(
            "The routine it replaced is kept in {}",
            backup.path().display()
        )),
        "{text}"
    );
    let out = steady(data.path(), &["import", file, "--keep-both"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"Sam's legs (copy 2)\" as sams-legs-2")
    );

    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/paced-stepping.ron");
    let out = steady(data.path(), &["import", bundled.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains("--keep-both") && !text.contains("--replace"),
        "{text}"
    );
}
