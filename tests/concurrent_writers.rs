//! "Never over an existing file" holds when many `steady` processes write the same
//! output at once: of 20 concurrent `export-routine --out same.ron` (and `report
//! --out same.html`) exactly one says "Wrote" and the others that the file exists; of
//! five concurrent `sample-history` one fills the history and the others find it full.
//! Real processes of the built binary; every wait is bounded, nothing sleeps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

fn spawn(data_dir: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data_dir)
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for a child for at most about 60 s (a loaded machine is slow, never wrong);
/// a child still running then is killed and the test fails.
fn finish(mut child: Child) -> Output {
    for _ in 0..6000 {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        std::thread::park_timeout(Duration::from_millis(10));
    }
    let _ = child.kill();
    panic!("a steady process did not finish within a minute");
}

/// Runs `n` processes with the same arguments at once and returns their outputs.
fn all_at_once(data_dir: &Path, n: usize, args: &[&str]) -> Vec<Output> {
    let children: Vec<Child> = (0..n).map(|_| spawn(data_dir, args)).collect();
    children.into_iter().map(finish).collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exactly one output says "Wrote" (exit 0); every other exits 2 (an error) saying the file
/// already exists. Returns the winner's stdout.
fn exactly_one_wrote(outputs: &[Output]) -> String {
    let winners: Vec<&Output> = outputs
        .iter()
        .filter(|o| text(&o.stdout).contains("Wrote"))
        .collect();
    assert_eq!(
        winners.len(),
        1,
        "{:#?}",
        outputs
            .iter()
            .map(|o| (text(&o.stdout), text(&o.stderr)))
            .collect::<Vec<_>>()
    );
    assert_eq!(winners[0].status.code(), Some(0));
    for other in outputs
        .iter()
        .filter(|o| !text(&o.stdout).contains("Wrote"))
    {
        assert_eq!(other.status.code(), Some(2), "{}", text(&other.stderr));
        assert!(
            text(&other.stderr).contains("the file already exists"),
            "{}",
            text(&other.stderr)
        );
    }
    text(&winners[0].stdout)
}

/// No hidden temporaries are left beside the output.
fn only_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn twenty_concurrent_exports_of_one_file_write_it_once() {
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("same.ron");
    let outputs = all_at_once(
        data.path(),
        20,
        &[
            "export-routine",
            "paced-stepping",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    exactly_one_wrote(&outputs);
    assert_eq!(only_entries(out_dir.path()), vec!["same.ron".to_owned()]);
    // The file is the whole routine: it validates.
    let check = Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data.path())
        .env("LC_ALL", "en_US.UTF-8")
        .args(["validate", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

#[test]
fn twenty_concurrent_reports_to_one_file_write_it_once() {
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("same.html");
    let outputs = all_at_once(data.path(), 20, &["report", "--out", out.to_str().unwrap()]);
    exactly_one_wrote(&outputs);
    assert_eq!(only_entries(out_dir.path()), vec!["same.html".to_owned()]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn five_concurrent_sample_histories_fill_the_history_once() {
    let data = tempfile::tempdir().unwrap();
    let outputs = all_at_once(data.path(), 5, &["sample-history"]);
    let winners: Vec<String> = outputs
        .iter()
        .map(|o| text(&o.stdout))
        .filter(|s| s.contains("Wrote"))
        .collect();
    assert_eq!(winners.len(), 1, "{outputs:#?}");
    for other in outputs
        .iter()
        .filter(|o| !text(&o.stdout).contains("Wrote"))
    {
        assert_eq!(other.status.code(), Some(2));
        assert!(
            text(&other.stderr).contains("the history already has"),
            "{}",
            text(&other.stderr)
        );
    }
    // "Wrote N example sessions…": the history holds exactly those N.
    let said: usize = winners[0]
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap();
    let held = steady::history::HistoryStore::new(data.path().join("history"))
        .load()
        .records
        .len();
    assert_eq!(held, said);
}
