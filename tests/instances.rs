//! Two Steadys at once (issue #13, item 10): a second window is told another is open
//! (and the lock is released when the first one goes), two windows' settings are
//! merged per field so neither writes back a stale value, and concurrent `steady
//! import --replace` runs each back up the version they replace, so none is lost.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::collections::BTreeSet;
use std::process::{Command, Stdio};

use steady::routine::bundled::load_bundled;
use steady::routine::folder::RoutineFolder;
use steady::routine::{Routine, load_file, to_ron_string};

fn version(n: usize) -> Routine {
    let mut r = load_bundled()
        .get("seated-leg-strength")
        .unwrap()
        .routine
        .clone();
    r.id = "shared-legs".into();
    r.title = format!("Shared legs, version {n}");
    r
}

#[test]
fn twenty_concurrent_replacing_imports_each_keep_a_backup() {
    const RUNS: usize = 20;
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let current = routines.join("shared-legs.ron");
    std::fs::write(&current, to_ron_string(&version(0)).unwrap()).unwrap();
    let files: Vec<_> = (1..=RUNS)
        .map(|n| {
            let file = outside.path().join(format!("v{n}.ron"));
            RoutineFolder::export(&version(n), &file).unwrap();
            file
        })
        .collect();

    // All at once: every process is started before any is waited for.
    let children: Vec<_> = files
        .iter()
        .map(|file| {
            Command::new(env!("CARGO_BIN_EXE_steady"))
                .arg("--data-dir")
                .arg(data.path())
                .arg("import")
                .arg("--replace")
                .arg(file)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let failed: Vec<String> = children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .filter(|out| out.status.code() != Some(0))
        .map(|out| String::from_utf8_lossy(&out.stderr).into_owned())
        .collect();

    // Every version, by title: the one in the folder now and those in backups.
    let title = |path: &std::path::Path| load_file(path).unwrap().routine.title;
    let backups: Vec<String> = std::fs::read_dir(data.path().join("backups/shared-legs"))
        .map(|dir| dir.map(|e| title(&e.unwrap().path())).collect())
        .unwrap_or_default();
    let mut kept: BTreeSet<String> = backups.iter().cloned().collect();
    let distinct = kept.len();
    kept.insert(title(&current));
    let all: BTreeSet<String> = (0..=RUNS).map(|n| version(n).title).collect();
    eprintln!(
        "{} runs failed; {} backup files, {distinct} distinct; {} of {} versions kept",
        failed.len(),
        backups.len(),
        kept.len(),
        all.len()
    );
    assert!(failed.is_empty(), "every run succeeds: {failed:#?}");
    assert_eq!(kept, all, "no version is lost");
    assert_eq!(backups.len(), RUNS, "one backup per replace, none twice");
}

#[test]
fn two_windows_settings_are_merged_per_field() {
    use steady::app::settings::SettingsFile;
    use steady::clock::{Clock as _, FakeClock};
    use steady::state::Theme;
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("settings.ron");
    let now = FakeClock::new().wall();
    let on_disk = || SettingsFile::load(&path).1;
    // Both windows start from the same file.
    let (mut a_file, mut a, _) = SettingsFile::load(&path);
    let (mut b_file, mut b, _) = SettingsFile::load(&path);
    assert_eq!(a.theme, Theme::Dark);

    // A changes the theme; B, which still shows the old theme, changes the volume.
    a.theme = Theme::Light;
    a = a_file.save(&a, now).unwrap();
    b.volume_percent = 30;
    let shown = b_file.save(&b, now).unwrap();
    let disk = on_disk();
    assert_eq!(shown, disk, "B shows what is on disk now");
    assert_eq!(
        disk.theme,
        Theme::Light,
        "B did not write back its stale theme"
    );
    assert_eq!(disk.volume_percent, 30, "B's change is kept");

    // A mutes, still showing the old volume: B's volume stays; then B makes the text
    // larger: A's mute stays, and so does A's theme.
    a.muted = true;
    a = a_file.save(&a, now).unwrap();
    b = shown;
    b.text_scale_percent = 150;
    b = b_file.save(&b, now).unwrap();
    let disk = on_disk();
    assert_eq!(
        (
            disk.theme,
            disk.volume_percent,
            disk.muted,
            disk.text_scale_percent
        ),
        (Theme::Light, 30, true, 150)
    );

    // A field changed on purpose in B is written, even back to an older value; and
    // a window that does not show what was saved (A's stale `a`) still writes only
    // what it changed.
    b.theme = Theme::Dark;
    b_file.save(&b, now).unwrap();
    assert_eq!(on_disk().theme, Theme::Dark);
    a.get_ready_secs = 5;
    a_file.save(&a, now).unwrap();
    let disk = on_disk();
    assert_eq!(
        (disk.theme, disk.text_scale_percent, disk.get_ready_secs),
        (Theme::Dark, 150, 5)
    );
}

#[test]
fn a_second_window_is_told_another_is_open_and_a_closed_one_holds_nothing() {
    use steady::instance::Instance;
    let data = tempfile::tempdir().unwrap();
    let state = data.path().join("state");
    let first = Instance::claim(&state);
    assert!(!first.another_open());
    let second = Instance::claim(&state);
    assert!(second.another_open());
    // The first window closes (or its process dies: the OS lets go of the lock the
    // same way). The lock file stays, and holds nothing.
    drop(second);
    drop(first);
    assert!(state.join("window.lock").exists());
    // The OS lets go once every copy of the open file is closed. Another test in this
    // binary starting a process at that moment gives the child a copy until it execs,
    // so the lock frees a moment later: wait for it (bounded), do not assume it.
    assert!(common::wait_until(
        || !Instance::claim(&state).another_open()
    ));
}

#[test]
fn a_window_whose_process_died_leaves_no_lock() {
    use steady::instance::Instance;
    let data = tempfile::tempdir().unwrap();
    // A process that takes the window lock, then is killed: `steady` opening its
    // window needs a display, so a shell's `flock` stands in for it where there is one.
    std::fs::create_dir_all(data.path().join("state")).unwrap();
    // `-o`: the lock is held by `flock` itself, not by the command it runs.
    let Ok(mut child) = Command::new("flock")
        .arg("-o")
        .arg(data.path().join("state/window.lock"))
        .args(["-c", "echo held; exec cat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    else {
        eprintln!("no flock(1) here; skipped");
        return;
    };
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert_eq!(line.trim(), "held");
    assert!(Instance::claim(&data.path().join("state")).another_open());
    child.kill().unwrap();
    child.wait().unwrap();
    // Bounded wait, as above: a process another test is starting may hold a copy.
    assert!(common::wait_until(|| {
        !Instance::claim(&data.path().join("state")).another_open()
    }));
}

mod common;

#[test]
fn the_second_window_says_another_steady_is_open() {
    let data = tempfile::tempdir().unwrap();
    let first = common::setup(data.path());
    let second = common::setup(data.path());
    assert!(second.shows("Steady is already open in another window"));
    assert!(!first.shows("already open in another window"));
    drop(second);
    drop(first);
    // As above: a process being started by another test may hold the lock a moment.
    assert!(common::wait_until(|| {
        !common::setup(data.path()).shows("already open in another window")
    }));
}

#[test]
fn what_another_window_saves_shows_up_in_this_one() {
    use steady::app::settings::SettingsFile;
    use steady::clock::{Clock as _, FakeClock};
    use steady::state::Theme;
    let data = tempfile::tempdir().unwrap();
    let mut window = common::setup(data.path());
    assert_eq!(window.app().state.settings.theme, Theme::Dark);
    assert!(window.app().state.history.records.is_empty());
    // Another window changes the theme; this one follows without a restart.
    let path = data.path().join("settings.ron");
    let (mut other, mut settings, _) = SettingsFile::load(&path);
    settings.theme = Theme::HighContrast;
    other.save(&settings, FakeClock::new().wall()).unwrap();
    assert!(common::wait_until(|| {
        window.frames();
        window.app().state.settings.theme == Theme::HighContrast
    }));
    // Another window (or computer) saves a session: Home's history follows.
    let store = steady::history::HistoryStore::new(data.path().join("history"));
    let routine = load_bundled()
        .get("paced-stepping")
        .unwrap()
        .routine
        .clone();
    let progress = steady::session::Progress::default();
    let started = FakeClock::new().wall_seconds();
    let record = steady::history::SessionRecord::new(
        &steady::history::record::Finished {
            routine: &routine,
            progress: &progress,
            started,
            ended: started,
            active_secs: 0,
            lighter: false,
            level: Default::default(),
            check_in: Default::default(),
        },
        &Default::default(),
    );
    store.save(&record).unwrap();
    assert!(common::wait_until(|| {
        window.frames();
        window.app().state.history.records.len() == 1
    }));
}
