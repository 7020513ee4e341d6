//! The `steady` command line, run as a person would run it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;
use std::process::{Command, Output};

fn steady(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data_dir)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn validate_bundled_programs_exits_zero() {
    let data = tempfile::tempdir().unwrap();
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let out = steady(data.path(), &["validate", programs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("All good: 11 routines checked"));
}

#[test]
fn validate_reports_path_line_col_and_exits_one() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("bad.ron");
    std::fs::write(&bad, "Routine(\n    format: 1\n    id: \"x\",\n)").unwrap();
    let out = steady(data.path(), &["validate", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "{}:3:5: error: A comma is missing before this. (near `id: \"x\",`) \
             Put a comma after each field and after each item in a list.",
            bad.display()
        )
    );
    assert!(
        text.contains("1 error, 0 warnings; 0 routines loaded."),
        "{text}"
    );
}

#[test]
fn validate_without_paths_checks_bundled_and_the_users_folder() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    // A user routine that reuses a bundled id is reported against the user's file.
    std::fs::copy(
        programs.join("paced-stepping.ron"),
        routines.join("my-stepping.ron"),
    )
    .unwrap();
    let out = steady(data.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("my-stepping.ron:4:9: error: The id \"paced-stepping\" is already used by <bundled>/paced-stepping.ron."), "{text}");
}

#[test]
fn usage_errors_exit_two() {
    let data = tempfile::tempdir().unwrap();
    let out = steady(data.path(), &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_shows_every_routine_with_its_length() {
    let data = tempfile::tempdir().unwrap();
    let out = steady(data.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        1 + steady::routine::bundled::BUNDLED.len(),
        "{text}"
    );
    assert!(lines[0].starts_with("ID"));
    assert!(text.contains("sit-to-stand-practice"));
    assert!(lines[1..].iter().all(|l| l.ends_with(" min")), "{text}");
}

#[test]
fn paths_follow_the_data_dir_option() {
    let data = tempfile::tempdir().unwrap();
    let other = data.path().join("portable");
    let out = steady(
        data.path(),
        &["--data-dir", other.to_str().unwrap(), "paths"],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("routines  {}", other.join("routines").display())),
        "{text}"
    );
    assert!(!other.exists(), "paths creates nothing");
}

#[test]
fn cues_without_a_routine_names_each_cue_it_writes_in_order() {
    let data = tempfile::tempdir().unwrap();
    let wav = data.path().join("cues.wav");
    let out = steady(
        data.path(),
        &["--lang", "en", "cues", "--wav", wav.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(". ")).collect();
    assert!(text.contains("1. Countdown: 3, 2, 1"), "{text}");
    assert!(
        text.contains("10. Switch side: Change to the other side."),
        "{text}"
    );
    assert!(text.contains("12. Session done:"), "{text}");
    assert!(lines.len() >= 12, "{text}");
    assert!(std::fs::metadata(&wav).unwrap().len() > 44);
}
