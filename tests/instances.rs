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
