//! The house's rules, checked on the source: the core stays pure, the screens never
//! reach up into the app or the sound shell, state sits below both, and only the clock
//! reads the time. See `ARCHITECTURE.md`.

#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `path` (or `path` itself), with its whole text.
fn rust_files(path: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for entry in std::fs::read_dir(&p).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            files.push((p.clone(), std::fs::read_to_string(&p).unwrap()));
        }
    }
    assert!(!files.is_empty(), "no Rust files under {path}");
    files
}

/// Every `.rs` file under `path`, with its code lines: comments (`//`, `//!`, `///`)
/// are left out, so a module may say what it does not import.
fn code_of(path: &str) -> Vec<(PathBuf, String)> {
    rust_files(path)
        .into_iter()
        .map(|(p, text)| {
            let code = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (p, code)
        })
        .collect()
}

fn mentions(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        let part_of_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !part_of_word(before) && !part_of_word(after)
    })
}

fn assert_none_mention(paths: &[&str], words: &[&str], why: &str) {
    let mut found = Vec::new();
    for path in paths {
        for (file, code) in code_of(path) {
            for word in words {
                if mentions(&code, word) {
                    found.push(format!("{} mentions {word}", file.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{why}:\n{}", found.join("\n"));
}

/// The pure core (and `instance`, which sits with it).
const CORE: &[&str] = &[
    "src/routine",
    "src/session",
    "src/history",
    "src/program",
    "src/files.rs",
    "src/instance.rs",
    "src/paths.rs",
    "src/clock.rs",
];

#[test]
fn the_core_imports_no_window_sound_dialog_or_watcher_crate() {
    assert_none_mention(
        CORE,
        &[
            "egui",
            "eframe",
            "rodio",
            "rfd",
            "notify",
            "notify_debouncer_mini",
            "resvg",
            "usvg",
            "tiny_skia",
        ],
        "the pure core must stay free of shells",
    );
}

#[test]
fn state_and_the_live_session_sit_below_both_shells() {
    assert_none_mention(
        &["src/state", "src/live.rs", "src/live"],
        &[
            "egui", "eframe", "rodio", "rfd", "notify", "app", "ui", "audio",
        ],
        "state and live are below ui and app",
    );
}

#[test]
fn the_core_keeps_english_and_the_words_module_sits_below_the_shells() {
    // The core names things for files, CSV and logs; the shells translate.
    assert_none_mention(
        CORE,
        &["i18n", "i18n_embed", "fluent"],
        "the core never speaks through i18n",
    );
    assert_none_mention(
        &["src/i18n.rs"],
        &[
            "egui", "eframe", "rodio", "rfd", "notify", "app", "ui", "audio", "state", "live",
        ],
        "i18n sits below the shells",
    );
}

#[test]
fn the_paper_documents_sit_below_the_shells_beside_the_words() {
    // `report` turns data into HTML: the core and `i18n` only, no window, no files.
    assert_none_mention(
        &["src/report"],
        &[
            "egui", "eframe", "rodio", "rfd", "notify", "resvg", "app", "ui", "audio", "state",
            "live", "watch", "fs", "files",
        ],
        "report sits below the shells and writes nothing",
    );
    for path in CORE {
        for (file, code) in code_of(path) {
            assert!(
                !code.contains("crate::report"),
                "{} imports report: the core is below it",
                file.display()
            );
        }
    }
}

#[test]
fn screens_never_import_the_app_or_the_sound_shell() {
    let mut found = Vec::new();
    for (file, code) in code_of("src/ui") {
        for path in [
            "crate::app",
            "crate::audio",
            "crate::watch",
            "rfd::",
            "std::fs",
        ] {
            if code.contains(path) {
                found.push(format!("{} uses {path}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "ui draws and returns commands:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_clock_reads_the_time() {
    let mut found = Vec::new();
    for (file, code) in code_of("src") {
        if file.ends_with("clock.rs") {
            continue;
        }
        for call in ["Local::now", "Utc::now", "SystemTime::now", "Instant::now"] {
            if code.contains(call) {
                found.push(format!("{} calls {call}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "all time comes from crate::clock:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_starts_with_a_doc_paragraph() {
    let missing: Vec<String> = rust_files("src")
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "no //! paragraph: {missing:?}");
}
