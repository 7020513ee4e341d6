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
    assert!(stdout(&out).contains("All good: 12 routines checked"));
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
            "{}:2:14: error: A comma is missing at the end of this line. (near `format: 1`) \
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
    // Names in a column padded to the longest ("self-tests"), then the path.
    assert!(
        text.contains(&format!("routines   {}", other.join("routines").display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("self-tests {}", other.join("selftests").display())),
        "{text}"
    );
    assert!(!other.exists(), "paths creates nothing");
}

#[test]
fn warnings_pass_unless_strict_and_errors_fail() {
    let data = tempfile::tempdir().unwrap();
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let text = std::fs::read_to_string(programs.join("seated-leg-strength.ron")).unwrap();
    let crlf = data.path().join("crlf.ron");
    std::fs::write(
        &crlf,
        text.replace("\"seated-leg-strength\"", "\"my-legs\"")
            .replace('\n', "\r\n"),
    )
    .unwrap();
    let out = steady(data.path(), &["validate", crlf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("warning: The file uses Windows line endings"));
    assert!(stdout(&out).contains("0 errors, 1 warning; 1 routine loaded."));
    let out = steady(
        data.path(),
        &["validate", "--strict", crlf.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    // Strict changes nothing for a clean file.
    let out = steady(
        data.path(),
        &["validate", "--strict", programs.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn validating_a_folder_checks_ids_against_the_bundled_routines() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("mine");
    std::fs::create_dir_all(&folder).unwrap();
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let text = std::fs::read_to_string(programs.join("paced-stepping.ron")).unwrap();
    std::fs::write(
        folder.join("stepping.ron"),
        text.replace("title: \"", "title: \"My "),
    )
    .unwrap();
    let out = steady(data.path(), &["validate", folder.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "{}:4:9: error: The id \"paced-stepping\" is already used by <bundled>/paced-stepping.ron.",
        folder.join("stepping.ron").display()
    );
    assert!(stdout(&out).contains(&expected), "{}", stdout(&out));
    // The bundled routine's own file is not a clash with itself.
    let out = steady(
        data.path(),
        &["validate", programs.join("de").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn help_says_what_bare_steady_does_the_exit_codes_and_the_csv_times() {
    let data = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let mut all = vec!["--lang", "en"];
        all.extend_from_slice(args);
        let out = steady(data.path(), &all);
        assert_eq!(out.status.code(), Some(0));
        stdout(&out)
    };
    assert!(help(&["--help"]).contains("Run steady with no command to open the app's window."));
    let validate = help(&["validate", "--help"]);
    for words in [
        "Exit codes:",
        "0  no errors",
        "1  an error in any file",
        "--strict",
    ] {
        assert!(validate.contains(words), "{words}: {validate}");
    }
    let export = help(&["export", "--help"]);
    for words in ["local time", "UTC offset", "docs/history-csv.md"] {
        assert!(export.contains(words), "{words}: {export}");
    }
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

#[test]
fn an_unreadable_settings_file_is_said_once_with_the_defaults_used() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.ron"),
        "(daily_budget_minutes: 60,,",
    )
    .unwrap();
    let handout = data.path().join("handout.html");
    for args in [
        &["--lang", "en", "plan"][..],
        &[
            "--lang",
            "en",
            "handout",
            "sit-to-stand-practice",
            "--out",
            handout.to_str().unwrap(),
        ],
    ] {
        let out = steady(data.path(), args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.matches("Your settings could not be read").count(),
            1,
            "{stderr}"
        );
        assert!(
            stderr.contains("the defaults used instead: a daily time budget of 20 minutes, 10 seconds to get ready"),
            "{stderr}"
        );
        // The file is left as it was.
        assert_eq!(
            std::fs::read_to_string(data.path().join("settings.ron")).unwrap(),
            "(daily_budget_minutes: 60,,"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_routine_file_whose_name_is_not_utf8_is_reported_not_hidden() {
    use std::os::unix::ffi::OsStrExt as _;
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let text = std::fs::read_to_string(programs.join("paced-stepping.ron"))
        .unwrap()
        .replace("id: \"paced-stepping\"", "id: \"cafe-stepping\"");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.ron");
    std::fs::write(routines.join(name), text).unwrap();
    for args in [
        vec!["validate"],
        vec!["validate", routines.to_str().unwrap()],
    ] {
        let out = steady(data.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
        let text = stdout(&out);
        assert!(
            text.contains("caf\u{fffd}.ron: error: This file's name is not UTF-8 text"),
            "{text}"
        );
        assert!(!text.contains("All good"), "{text}");
    }
}
/// Runs `steady` with its standard output a pipe whose reader has already gone (as
/// after `steady plan | head -1`), so its first write fails with a broken pipe.
fn steady_into_closed_pipe(data_dir: &Path, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data_dir)
        .args(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn every_command_that_prints_ends_quietly_with_zero_on_a_closed_pipe() {
    let data = tempfile::tempdir().unwrap();
    let made = steady(data.path(), &["sample-history", "--weeks", "2"]);
    assert_eq!(made.status.code(), Some(0));
    let starter = steady(data.path(), &["program", "starter", "seated-start"]);
    assert_eq!(starter.status.code(), Some(0));
    for args in [
        &["plan"][..],
        &["plan", "--weeks", "3"],
        &["list"],
        &["paths"],
        &["validate"],
        &["program"],
        &["program", "show"],
        &["export", "--csv"],
        &["export", "--csv", "--sessions"],
        &["export", "--csv", "--days"],
        &["export", "--csv", "--tests"],
        &["--help"],
        &["export", "--help"],
        &["--version"],
    ] {
        // Each prints something when the pipe is open (so the closed pipe is hit).
        let open = steady(data.path(), args);
        assert!(!open.stdout.is_empty(), "{args:?} prints nothing");
        let out = steady_into_closed_pipe(data.path(), args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?} said: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn export_days_counts_the_day_rows_it_wrote() {
    let data = tempfile::tempdir().unwrap();
    // Two rest days with a check-in and no session: 2 day rows (and 0 sessions).
    let days = steady::history::DayStore::new(data.path().join("checkins"));
    for at in ["2026-11-02T08:00:00+01:00", "2026-11-05T08:00:00+01:00"] {
        let at = chrono::DateTime::parse_from_rfc3339(at).unwrap();
        days.save(&steady::history::DayRecord::new(
            "seated-leg-strength",
            steady::history::CheckIn::default(),
            at,
        ))
        .unwrap();
    }
    let out_file = data.path().join("days.csv");
    let out = steady(
        data.path(),
        &[
            "export",
            "--csv",
            "--days",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    let rows = std::fs::read_to_string(&out_file).unwrap().lines().count() - 1;
    assert_eq!(rows, 2, "{said}");
    assert_eq!(
        said.trim(),
        format!("Exported 2 days to {}", out_file.display())
    );
}

#[test]
fn export_fhir_writes_a_bundle_once_and_never_over_a_file() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("steady.fhir.json");
    let path = file.to_str().unwrap();
    // Neither format: a usage error naming both.
    let out = steady(data.path(), &["export"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fhir"));
    let out = steady(
        data.path(),
        &[
            "export",
            "--fhir",
            path,
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-08",
        ],
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert_eq!(
        said.trim(),
        format!(
            "Wrote 0 FHIR observations (0 self-test results) from 2026-11-02 to 2026-11-08 to {path}"
        )
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\","),
        "{text}"
    );
    // Again: refused, the file left as it was.
    let again = steady(data.path(), &["export", "--fhir", path]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}
