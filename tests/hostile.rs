//! Hostile files (issue #13): crafted routines, history records and sessions in
//! progress, and special files (FIFOs, sockets, devices, links, loops, folders named
//! `*.ron`), run through the `steady` command line and the core as a careful tester
//! would. Every run is bounded (a command that hangs is killed and the test fails),
//! and every case checks that nothing outside the data folder changed and that no
//! control or bidi character reached the terminal.
//!
//! `STEADY_TEST_BIN` runs the command-line cases against another build (to show that a
//! case failed before its fix).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _};
use steady::history::in_progress::{self, InProgress};
use steady::history::stats;
use steady::history::{CheckIn, ExerciseRecord, HistoryStore, Outcome, SessionRecord};
use steady::routine::Dose;

/// The longest any one command may take before the test calls it hung: 30 s, or
/// `STEADY_TEST_HANG_SECS`.
fn hang() -> Duration {
    let secs = std::env::var("STEADY_TEST_HANG_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    Duration::from_secs(secs)
}

// ---------------------------------------------------------------------------------
// The sandbox: a data folder and, beside it, a folder that must never change.

struct Sandbox {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    data: PathBuf,
    outside: PathBuf,
}

impl Sandbox {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        let data = root.join("data");
        let outside = root.join("outside");
        for dir in [
            data.join("routines"),
            data.join("history/2026/03"),
            data.join("state/in-progress"),
            outside.clone(),
        ] {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(outside.join("keep.txt"), "precious").unwrap();
        std::fs::write(
            outside.join("target.ron"),
            routine("outside-routine", "Outside"),
        )
        .unwrap();
        Self {
            _tmp: tmp,
            root,
            data,
            outside,
        }
    }

    /// A path inside the data folder.
    fn at(&self, rel: &str) -> PathBuf {
        self.data.join(rel)
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.at(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    fn link(&self, rel: &str, target: impl AsRef<Path>) {
        symlink(target, self.at(rel)).unwrap();
    }

    fn fifo(&self, rel: &str) {
        mkfifo(&self.at(rel));
    }

    /// Everything under the sandbox except the data folder: kind, content or link
    /// target, and mode, without following links.
    fn outside_snapshot(&self) -> BTreeMap<PathBuf, String> {
        let mut seen = BTreeMap::new();
        let mut stack = vec![self.root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
                let path = entry.path();
                if path == self.data {
                    continue;
                }
                let meta = std::fs::symlink_metadata(&path).unwrap();
                let kind = meta.file_type();
                let what = if kind.is_symlink() {
                    format!("link {:?}", std::fs::read_link(&path).unwrap())
                } else if kind.is_dir() {
                    stack.push(path.clone());
                    "dir".to_owned()
                } else if kind.is_file() {
                    format!("file {:?}", std::fs::read(&path).unwrap())
                } else {
                    "special".to_owned()
                };
                seen.insert(path, format!("{what} {:o}", meta.permissions().mode()));
            }
        }
        seen
    }
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

// ---------------------------------------------------------------------------------
// Running the command line with a bounded wait.

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

fn bin() -> PathBuf {
    std::env::var_os("STEADY_TEST_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_steady")),
        PathBuf::from,
    )
}

/// Runs `steady` on the sandbox's data folder. Arguments starting with `@/` are paths
/// inside the data folder. A run that takes longer than [`hang`] is killed and has no
/// exit code.
fn steady(sb: &Sandbox, args: &[&str]) -> Run {
    let args: Vec<std::ffi::OsString> = args
        .iter()
        .map(|a| match a.strip_prefix("@/") {
            Some(rel) => sb.at(rel).into_os_string(),
            None => a.into(),
        })
        .collect();
    let out_dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (out_dir.path().join("out"), out_dir.path().join("err"));
    let mut child = Command::new(bin())
        .env("STEADY_DATA_DIR", &sb.data)
        .current_dir(&sb.data)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let Ok(status) = rx.recv_timeout(hang()) else {
        // The process this test started, by its id. A hung run fails every case (no
        // exit code), and the table goes on to the next case.
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        return Run {
            code: None,
            stdout: String::new(),
            stderr: format!("HUNG: `steady {args:?}` did not return within {:?}", hang()),
        };
    };
    let status = status.unwrap();
    Run {
        code: status.code(),
        stdout: std::fs::read_to_string(out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(err_path).unwrap_or_default(),
    }
}

/// Runs `f` on another thread and fails the test if it takes longer than [`hang`].
fn bounded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(hang())
        .unwrap_or_else(|_| panic!("{what} did not return within {:?}", hang()))
}

// ---------------------------------------------------------------------------------
// Fixtures.

fn routine(id: &str, title: &str) -> String {
    format!(
        r#"Routine(
    format: 1,
    id: "{id}",
    title: "{title}",
    focus: [Strength],
    position: Seated,
    prescription: Prescription(times_per_week: 3),
    rest_between_exercises_secs: 30,
    exercises: [
        Exercise(
            name: "Knee straightening",
            steps: ["Sit tall.", "Straighten one knee."],
            dose: Reps(sets: 2, reps: 5),
            rest_between_sets_secs: 30,
        ),
    ],
)
"#
    )
}

fn valid() -> String {
    routine("hostile-test", "Hostile test")
}

fn at(y: i32, m: u32, d: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, 9, 30, 0)
        .unwrap()
}

fn record(id: &str, started: DateTime<FixedOffset>) -> SessionRecord {
    SessionRecord {
        format: 1,
        id: id.to_owned(),
        routine_id: "seated-leg-strength".to_owned(),
        routine_title: "Seated leg strength".to_owned(),
        routine_hash: "0123456789abcdef".to_owned(),
        started,
        ended: started,
        outcome: Outcome::Completed,
        check_in: CheckIn::default(),
        lighter: false,
        level: steady::routine::Level::Normal,
        exercises: vec![ExerciseRecord {
            name: "Knee straightening".to_owned(),
            planned: Dose::Reps {
                sets: 2,
                reps: 5,
                tempo: None,
            },
            sets_done: 2,
            reps_done: 10,
            secs_done: 60,
            sets_skipped: 0,
        }],
        pauses: 0,
        paused_secs: 0,
        active_secs: 600,
        effort: Some(4),
        fatigue: Some(3),
        note: String::new(),
        app_version: "0.1.0".to_owned(),
        corrects: None,
    }
}

fn text_of(r: &SessionRecord) -> String {
    steady::history::store::encode(r).unwrap()
}

/// A good record, changed by `f`, written where the store would put it (or under
/// `history/2026/03/` when its own path cannot be made).
fn write_record(sb: &Sandbox, f: impl FnOnce(&mut SessionRecord)) {
    let mut r = record("0123456789abcdef", at(2026, 3, 2));
    f(&mut r);
    let name = format!("{}_{}.ron", r.started.format("%Y%m%dT%H%M%S"), r.id);
    let name = name.replace('/', "_");
    sb.write(&format!("history/2026/03/{name}"), text_of(&r));
}

fn write_record_text(sb: &Sandbox, name: &str, edit: impl FnOnce(String) -> String) {
    let text = text_of(&record("0123456789abcdef", at(2026, 3, 2)));
    sb.write(&format!("history/2026/03/{name}"), edit(text));
}

fn orphans(sb: &Sandbox) -> Vec<in_progress::Orphan> {
    let dir = sb.at("state/in-progress");
    bounded("in_progress::orphans", move || in_progress::orphans(&dir))
}

// ---------------------------------------------------------------------------------
// The table.

struct Case {
    name: &'static str,
    setup: fn(&Sandbox),
    args: &'static [&'static str],
    code: i32,
    /// A fragment of what the command prints (stdout or stderr).
    says: &'static str,
    /// Further checks after the run.
    then: fn(&Sandbox, &Run),
}

fn nothing(_: &Sandbox, _: &Run) {}

fn says_in_progress(fragment: &'static str) -> impl Fn(&Sandbox) {
    move |sb| {
        let found = orphans(sb);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].record.is_none(), "{found:?}");
        let problem = found[0].problem.clone().unwrap_or_default();
        assert!(problem.contains(fragment), "{problem:?} lacks {fragment:?}");
    }
}

#[allow(clippy::too_many_lines)]
fn cases() -> Vec<Case> {
    vec![
        // ----- routine files in the routines folder, `validate` -----
        Case {
            name: "routine missing a comma",
            setup: |sb| sb.write("routines/r.ron", valid().replace("format: 1,", "format: 1")),
            args: &["validate"],
            code: 1,
            says: "A comma is missing",
            then: nothing,
        },
        Case {
            name: "empty routine",
            setup: |sb| sb.write("routines/r.ron", ""),
            args: &["validate"],
            code: 1,
            says: "The file is empty.",
            then: nothing,
        },
        Case {
            name: "routine not UTF-8",
            setup: |sb| sb.write("routines/r.ron", b"Routine(\xff\xfe"),
            args: &["validate"],
            code: 1,
            says: "not UTF-8",
            then: nothing,
        },
        Case {
            name: "routine with a BOM",
            setup: |sb| sb.write("routines/r.ron", format!("\u{feff}{}", valid())),
            args: &["validate"],
            // A warning: printed, and the file loads (exit 1 only with --strict).
            code: 0,
            says: "byte order mark",
            then: nothing,
        },
        Case {
            name: "routine with CRLF",
            setup: |sb| sb.write("routines/r.ron", valid().replace('\n', "\r\n")),
            args: &["validate"],
            // A warning: printed, and the file loads (exit 1 only with --strict).
            code: 0,
            says: "Windows line endings",
            then: nothing,
        },
        Case {
            name: "routine of 1 MiB and 1 byte",
            setup: |sb| sb.write("routines/r.ron", vec![b' '; 1024 * 1024 + 1]),
            args: &["validate"],
            code: 1,
            says: "The file is 1048577 bytes; a routine file is at most 1048576 bytes.",
            then: nothing,
        },
        Case {
            name: "sparse routine of 50 MiB",
            setup: |sb| {
                let f = std::fs::File::create(sb.at("routines/r.ron")).unwrap();
                f.set_len(50 * 1024 * 1024).unwrap();
            },
            args: &["validate"],
            code: 1,
            says: "The file is 50 MiB; a routine file is at most 1 MiB.",
            then: nothing,
        },
        Case {
            name: "routine of format 4",
            setup: |sb| sb.write("routines/r.ron", valid().replace("format: 1", "format: 4")),
            args: &["validate"],
            code: 1,
            says: "made by a newer Steady (format 4)",
            then: nothing,
        },
        Case {
            name: "routine of format 99999999999",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    valid().replace("format: 1", "format: 99999999999"),
                );
            },
            args: &["validate"],
            code: 1,
            says: "made by a newer Steady (format 99999999999)",
            then: nothing,
        },
        Case {
            name: "routine of format 10^30",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    valid().replace("format: 1", &format!("format: 1{}", "0".repeat(30))),
                );
            },
            args: &["validate"],
            code: 1,
            says: "made by a newer Steady (format larger than 18446744073709551615)",
            then: nothing,
        },
        Case {
            name: "routine of format 0",
            setup: |sb| sb.write("routines/r.ron", valid().replace("format: 1", "format: 0")),
            args: &["validate"],
            code: 1,
            says: "`format` must be 1 or more",
            then: nothing,
        },
        Case {
            name: "routine id with spaces and capitals",
            setup: |sb| sb.write("routines/r.ron", routine("Bad Id", "T")),
            args: &["validate"],
            code: 1,
            says: "may only have lowercase letters",
            then: nothing,
        },
        Case {
            name: "routine id that climbs out of the folder",
            setup: |sb| sb.write("routines/r.ron", routine("../../outside/pwned", "T")),
            args: &["validate"],
            code: 1,
            says: "may only have lowercase letters",
            then: nothing,
        },
        Case {
            name: "routine id of 65 characters",
            setup: |sb| sb.write("routines/r.ron", routine(&"a".repeat(65), "T")),
            args: &["validate"],
            code: 1,
            says: "longer than 64 characters",
            then: nothing,
        },
        Case {
            name: "empty routine id",
            setup: |sb| sb.write("routines/r.ron", routine("", "T")),
            args: &["validate"],
            code: 1,
            says: "The id is empty.",
            then: nothing,
        },
        Case {
            name: "two routines with one id",
            setup: |sb| {
                sb.write("routines/a.ron", valid());
                sb.write("routines/b.ron", valid());
            },
            args: &["validate"],
            code: 1,
            says: "is already used by",
            then: nothing,
        },
        Case {
            name: "routine with a bundled id",
            setup: |sb| sb.write("routines/r.ron", routine("paced-stepping", "Mine")),
            args: &["validate"],
            code: 1,
            says: "is already used by <bundled>/paced-stepping.ron",
            then: nothing,
        },
        Case {
            name: "unknown field",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    valid().replace("format: 1,", "format: 1, colour: 3,"),
                );
            },
            args: &["validate"],
            code: 1,
            says: "Unknown field \"colour\"",
            then: nothing,
        },
        Case {
            name: "misspelt field",
            setup: |sb| sb.write("routines/r.ron", valid().replace("title:", "titel:")),
            args: &["validate"],
            code: 1,
            says: "Did you mean title?",
            then: nothing,
        },
        Case {
            name: "negative count",
            setup: |sb| sb.write("routines/r.ron", valid().replace("sets: 2", "sets: -2")),
            args: &["validate"],
            code: 1,
            says: "negative number",
            then: nothing,
        },
        Case {
            name: "decimal count",
            setup: |sb| sb.write("routines/r.ron", valid().replace("sets: 2", "sets: 2.5")),
            args: &["validate"],
            code: 1,
            says: "Whole numbers only",
            then: nothing,
        },
        Case {
            name: "brackets nested 100 000 deep",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    format!("Routine(format: 1, focus: {}", "[".repeat(100_000)),
                );
            },
            args: &["validate"],
            code: 1,
            says: "r.ron",
            then: nothing,
        },
        Case {
            name: "text after the routine",
            setup: |sb| sb.write("routines/r.ron", format!("{}Routine()", valid())),
            args: &["validate"],
            code: 1,
            says: "more text after the end",
            then: nothing,
        },
        Case {
            name: "text never closed",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    valid().replace("\"Hostile test\"", "\"Hostile test"),
                );
            },
            args: &["validate"],
            code: 1,
            says: "error",
            then: nothing,
        },
        Case {
            name: "not a routine at all",
            setup: |sb| sb.write("routines/r.ron", "hello"),
            args: &["validate"],
            code: 1,
            says: "error",
            then: nothing,
        },
        Case {
            name: "NUL bytes",
            setup: |sb| sb.write("routines/r.ron", b"\0\0\0\0"),
            args: &["validate"],
            code: 1,
            says: "error",
            then: nothing,
        },
        Case {
            name: "zero sets",
            setup: |sb| sb.write("routines/r.ron", valid().replace("sets: 2", "sets: 0")),
            args: &["validate"],
            code: 1,
            says: "`sets` must be between 1 and 10 (found 0)",
            then: nothing,
        },
        Case {
            name: "a folder named x.ron",
            setup: |sb| std::fs::create_dir(sb.at("routines/x.ron")).unwrap(),
            args: &["validate"],
            code: 0,
            says: "All good: 12 routines checked",
            then: nothing,
        },
        Case {
            name: "a FIFO in the routines folder",
            setup: |sb| sb.fifo("routines/p.ron"),
            args: &["validate"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "a socket in the routines folder",
            setup: |sb| {
                let listener = std::os::unix::net::UnixListener::bind(sb.at("routines/s.ron"));
                // The socket file stays after the listener closes.
                drop(listener.unwrap());
            },
            args: &["validate"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "a link to a routine outside the folder",
            setup: |sb| sb.link("routines/out.ron", sb.outside.join("target.ron")),
            args: &["validate"],
            code: 1,
            says: "outside the routines folder",
            then: nothing,
        },
        Case {
            name: "a loop of links",
            setup: |sb| {
                sb.link("routines/a.ron", sb.at("routines/b.ron"));
                sb.link("routines/b.ron", sb.at("routines/a.ron"));
            },
            args: &["validate"],
            code: 1,
            says: "This link cannot be followed",
            then: |_, run| assert!(!run.all().contains("outside"), "{}", run.all()),
        },
        Case {
            name: "a dangling link",
            setup: |sb| sb.link("routines/gone.ron", sb.at("routines/nowhere.ron")),
            args: &["validate"],
            code: 1,
            says: "This link points to a file that does not exist.",
            then: nothing,
        },
        Case {
            name: "a link to /dev/zero",
            setup: |sb| sb.link("routines/zero.ron", "/dev/zero"),
            args: &["validate"],
            code: 1,
            says: "zero.ron",
            then: nothing,
        },
        Case {
            name: "a link to a routine inside the folder",
            setup: |sb| {
                sb.write("routines/real.txt", valid());
                sb.link("routines/alias.ron", sb.at("routines/real.txt"));
            },
            args: &["validate"],
            code: 0,
            says: "All good: 13 routines checked",
            then: nothing,
        },
        Case {
            name: "hidden and non-.ron files are not routines",
            setup: |sb| {
                sb.write("routines/.hidden.ron", "garbage");
                sb.write("routines/notes.txt", "garbage");
            },
            args: &["validate"],
            code: 0,
            says: "All good: 12 routines checked",
            then: nothing,
        },
        // ----- routine files named on the command line -----
        Case {
            name: "validate a FIFO",
            setup: |sb| sb.fifo("pipe.ron"),
            args: &["validate", "@/pipe.ron"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "validate /dev/zero",
            setup: |_| {},
            args: &["validate", "/dev/zero"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "validate a file that does not exist",
            setup: |_| {},
            args: &["validate", "@/missing.ron"],
            code: 1,
            says: "it does not exist",
            then: nothing,
        },
        Case {
            name: "validate the same file twice",
            setup: |sb| sb.write("mine.ron", valid()),
            args: &["validate", "@/mine.ron", "@/../data/mine.ron"],
            code: 0,
            says: "All good: 1 routine checked, no problems.",
            then: nothing,
        },
        Case {
            name: "validate a folder and a file in it",
            setup: |sb| sb.write("routines/mine.ron", valid()),
            args: &[
                "validate",
                "@/routines",
                "@/routines/mine.ron",
                "@/routines/",
            ],
            code: 0,
            says: "All good: 1 routine checked, no problems.",
            then: nothing,
        },
        // ----- terminal safety -----
        Case {
            name: "a title that clears the screen and sets the terminal title",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    routine("evil-title", "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[H"),
                );
            },
            args: &["list"],
            code: 0,
            says: "\\u{1b}",
            then: nothing,
        },
        Case {
            name: "a title with a right-to-left override",
            setup: |sb| sb.write("routines/r.ron", routine("bidi-title", "abc\u{202e}fed")),
            args: &["list"],
            code: 0,
            says: "\\u{202e}",
            then: nothing,
        },
        Case {
            name: "a title with a newline",
            setup: |sb| sb.write("routines/r.ron", routine("newline-title", "one\\ntwo")),
            args: &["list"],
            code: 0,
            says: "one\\u{a}two",
            then: nothing,
        },
        Case {
            name: "an escape sequence in a snippet",
            setup: |sb| sb.write("routines/r.ron", format!("\u{1b}[2J{}", valid())),
            args: &["validate"],
            code: 1,
            says: "\\u{1b}",
            then: nothing,
        },
        Case {
            name: "one file with two errors is one file",
            setup: |sb| {
                sb.write(
                    "routines/r.ron",
                    valid()
                        .replace("sets: 2", "sets: 0")
                        .replace("times_per_week: 3", "times_per_week: 99"),
                );
            },
            args: &["list"],
            code: 0,
            says: "\n1 file could not be loaded",
            then: nothing,
        },
        // ----- import -----
        Case {
            name: "import a FIFO",
            setup: |sb| sb.fifo("pipe.ron"),
            args: &["import", "@/pipe.ron"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "import /dev/zero",
            setup: |_| {},
            args: &["import", "/dev/zero"],
            code: 1,
            says: "This is not a regular file",
            then: nothing,
        },
        Case {
            name: "import a broken file",
            setup: |sb| sb.write("in.ron", "Routine("),
            args: &["import", "@/in.ron"],
            code: 1,
            says: "ends too early",
            then: |sb, _| {
                assert!(
                    std::fs::read_dir(sb.at("routines"))
                        .unwrap()
                        .next()
                        .is_none()
                );
            },
        },
        Case {
            name: "import a routine whose id is taken",
            setup: |sb| {
                sb.write("routines/hostile-test.ron", valid());
                sb.write("in.ron", valid());
            },
            args: &["import", "@/in.ron"],
            code: 1,
            says: "already exists. Run again with --replace",
            then: nothing,
        },
        Case {
            name: "import --replace a bundled routine",
            setup: |sb| sb.write("in.ron", routine("paced-stepping", "Mine")),
            args: &["import", "--replace", "@/in.ron"],
            code: 2,
            says: "is a bundled routine, which cannot be replaced",
            then: nothing,
        },
        Case {
            name: "import --replace onto a link out of the folder",
            setup: |sb| {
                sb.link("routines/hostile-test.ron", sb.outside.join("target.ron"));
                sb.write("in.ron", valid());
            },
            args: &["import", "--replace", "@/in.ron"],
            code: 2,
            says: "link",
            then: |sb, _| {
                assert!(
                    std::fs::symlink_metadata(sb.at("routines/hostile-test.ron"))
                        .unwrap()
                        .file_type()
                        .is_symlink()
                );
            },
        },
        Case {
            name: "import --replace of an id held by `Hand Made.ron`",
            setup: |sb| {
                sb.write("routines/Hand Made.ron", routine("hand-made", "Old"));
                sb.write("in.ron", routine("hand-made", "New"));
            },
            args: &["import", "--replace", "@/in.ron"],
            code: 0,
            says: "Hand Made.ron",
            then: |sb, _| {
                assert!(!sb.at("routines/hand-made.ron").exists());
                let text = std::fs::read_to_string(sb.at("routines/Hand Made.ron")).unwrap();
                assert!(text.contains("\"New\""), "{text}");
                let backups: Vec<_> = std::fs::read_dir(sb.at("backups/hand-made"))
                    .unwrap()
                    .collect();
                assert_eq!(backups.len(), 1);
            },
        },
        Case {
            name: "import --keep-both of a 64-character id",
            setup: |sb| {
                let id = "a".repeat(64);
                sb.write(&format!("routines/{id}.ron"), routine(&id, "First"));
                sb.write("in.ron", routine(&id, "Second"));
            },
            args: &["import", "--keep-both", "@/in.ron"],
            code: 0,
            says: "Imported \"Second (copy 2)\"",
            then: |sb, run| {
                let id = format!("{}-2", "a".repeat(62));
                assert!(run.stdout.contains(&id), "{}", run.stdout);
                assert!(sb.at(&format!("routines/{id}.ron")).exists());
            },
        },
        // ----- history records, `export --csv` -----
        Case {
            name: "history record cut short",
            setup: |sb| write_record_text(sb, "20260302T093000_cut.ron", |t| t[..40].to_owned()),
            args: &["export", "--csv"],
            code: 0,
            says: "cannot be read at line",
            then: nothing,
        },
        Case {
            name: "history record started in year -262143",
            setup: |sb| {
                write_record(sb, |r| {
                    r.started = DateTime::<chrono::Utc>::MIN_UTC.fixed_offset();
                });
            },
            args: &["export", "--csv"],
            code: 0,
            says: "outside the years 1970–2200",
            then: nothing,
        },
        Case {
            name: "history record ended in year 9999",
            setup: |sb| write_record(sb, |r| r.ended = at(9999, 1, 1)),
            args: &["export", "--csv"],
            code: 0,
            says: "the end date 9999-01-01",
            then: nothing,
        },
        Case {
            name: "history record from 1969",
            setup: |sb| write_record(sb, |r| r.started = at(1969, 12, 31)),
            args: &["export", "--csv"],
            code: 0,
            says: "outside the years 1970–2200",
            then: nothing,
        },
        Case {
            name: "effort 11",
            setup: |sb| write_record(sb, |r| r.effort = Some(11)),
            args: &["export", "--csv"],
            code: 0,
            says: "effort is 11; it is 0 to 10",
            then: nothing,
        },
        Case {
            name: "fatigue 255",
            setup: |sb| write_record(sb, |r| r.fatigue = Some(255)),
            args: &["export", "--csv"],
            code: 0,
            says: "fatigue is 255",
            then: nothing,
        },
        Case {
            name: "active seconds beyond a day",
            setup: |sb| write_record(sb, |r| r.active_secs = u32::MAX),
            args: &["export", "--csv"],
            code: 0,
            says: "active_secs is 4294967295",
            then: nothing,
        },
        Case {
            name: "more sets done than any plan has",
            setup: |sb| write_record(sb, |r| r.exercises[0].sets_done = 11),
            args: &["export", "--csv"],
            code: 0,
            says: "11 sets done of 2 planned; a plan has at most 10",
            then: nothing,
        },
        Case {
            name: "reps beyond a day",
            setup: |sb| write_record(sb, |r| r.exercises[0].reps_done = 1_000_000),
            args: &["export", "--csv"],
            code: 0,
            says: "reps_done 1000000",
            then: nothing,
        },
        Case {
            name: "record id that climbs out of the folder",
            setup: |sb| write_record(sb, |r| r.id = "x/../../../outside/pwned".to_owned()),
            args: &["export", "--csv"],
            code: 0,
            says: "is not a valid id",
            then: nothing,
        },
        Case {
            name: "record of format 2",
            setup: |sb| {
                write_record_text(sb, "20260302T093000_f2.ron", |t| {
                    t.replace("format: 1,", "format: 2,")
                });
            },
            args: &["export", "--csv"],
            code: 0,
            says: "made by a newer Steady (record format 2)",
            then: nothing,
        },
        Case {
            name: "record of format 99999999999",
            setup: |sb| {
                write_record_text(sb, "20260302T093000_f9.ron", |t| {
                    t.replace("format: 1,", "format: 99999999999,")
                });
            },
            args: &["export", "--csv"],
            code: 0,
            says: "made by a newer Steady (record format 99999999999)",
            then: nothing,
        },
        Case {
            name: "record of format 10^30",
            setup: |sb| {
                write_record_text(sb, "20260302T093000_f30.ron", |t| {
                    t.replace("format: 1,", &format!("format: 1{},", "0".repeat(30)))
                });
            },
            args: &["export", "--csv"],
            code: 0,
            says: "made by a newer Steady (record format larger than 18446744073709551615)",
            then: nothing,
        },
        Case {
            name: "empty record",
            setup: |sb| sb.write("history/2026/03/20260302T093000_e.ron", ""),
            args: &["export", "--csv"],
            code: 0,
            says: "the file is empty",
            then: nothing,
        },
        Case {
            name: "record not UTF-8",
            setup: |sb| sb.write("history/2026/03/20260302T093000_u.ron", b"\xff\xfe"),
            args: &["export", "--csv"],
            code: 0,
            says: "not UTF-8",
            then: nothing,
        },
        Case {
            name: "record of 1 MiB and 1 byte",
            setup: |sb| {
                sb.write(
                    "history/2026/03/20260302T093000_b.ron",
                    vec![b' '; 1024 * 1024 + 1],
                );
            },
            args: &["export", "--csv"],
            code: 0,
            says: "the file is 1048577 bytes, too large to be a session record",
            then: nothing,
        },
        Case {
            name: "a FIFO in history",
            setup: |sb| sb.fifo("history/2026/03/20260302T093000_p.ron"),
            args: &["export", "--csv"],
            code: 0,
            says: "not a regular file",
            then: nothing,
        },
        Case {
            name: "a link in history to a record outside",
            setup: |sb| {
                std::fs::write(
                    sb.outside.join("r.ron"),
                    text_of(&record("fedcba9876543210", at(2026, 3, 3))),
                )
                .unwrap();
                sb.link(
                    "history/2026/03/20260303T093000_fedcba9876543210.ron",
                    sb.outside.join("r.ron"),
                );
            },
            args: &["export", "--csv"],
            code: 0,
            says: "it is a link",
            then: |_, run| assert!(!run.stdout.contains("fedcba9876543210"), "{}", run.stdout),
        },
        Case {
            name: "a sync tool's conflict copy",
            setup: |sb| {
                write_record(sb, |_| {});
                write_record_text(
                    sb,
                    "20260302T093000_0123456789abcdef.sync-conflict-20260303-101010-ABCDEFG.ron",
                    |t| t,
                );
            },
            args: &["export", "--csv", "--sessions"],
            code: 0,
            says: "a copy of the session in",
            then: |_, run| assert_eq!(run.stdout.matches("0123456789abcdef").count(), 1),
        },
        Case {
            name: "a different session sharing an id",
            setup: |sb| {
                write_record(sb, |_| {});
                write_record(sb, |r| {
                    r.started = at(2026, 3, 5);
                    r.ended = at(2026, 3, 5);
                });
            },
            args: &["export", "--csv", "--sessions"],
            code: 0,
            says: "same id as a different session",
            then: |_, run| assert_eq!(run.stdout.matches("0123456789abcdef").count(), 2),
        },
        Case {
            name: "a title that is a spreadsheet formula",
            setup: |sb| {
                write_record(sb, |r| {
                    r.routine_title = "=HYPERLINK(\"http://x\",\"y\")".to_owned();
                    r.note = "@SUM(1+1)".to_owned();
                });
            },
            args: &["export", "--csv"],
            code: 0,
            says: "'=HYPERLINK",
            then: |_, run| assert!(run.stdout.contains("'@SUM"), "{}", run.stdout),
        },
        Case {
            name: "export --out onto a dangling link out of the folder",
            setup: |sb| sb.link("out.csv", sb.outside.join("new.csv")),
            args: &["export", "--csv", "--out", "@/out.csv"],
            code: 2,
            says: "already exists",
            then: nothing,
        },
        Case {
            name: "export --out onto an existing file",
            setup: |sb| sb.write("out.csv", "mine"),
            args: &["export", "--csv", "--out", "@/out.csv"],
            code: 2,
            says: "already exists",
            then: |sb, _| assert_eq!(std::fs::read(sb.at("out.csv")).unwrap(), b"mine"),
        },
        // ----- sessions in progress (read by the app at start; the CLI ignores them) -----
        Case {
            name: "in-progress record whose id climbs out of the folder",
            setup: |sb| {
                let mut r = record("0123456789abcdef", at(2026, 3, 2));
                r.id = "x/../../../../outside/pwned".to_owned();
                sb.write("state/in-progress/0123456789abcdef.ron", text_of(&r));
                says_in_progress("is not a valid id")(sb);
            },
            args: &["paths"],
            code: 0,
            says: "state",
            then: nothing,
        },
        Case {
            name: "in-progress link to /dev/zero",
            setup: |sb| {
                sb.link("state/in-progress/zero.ron", "/dev/zero");
                says_in_progress("it is a link")(sb);
            },
            args: &["list"],
            code: 0,
            says: "ID",
            then: nothing,
        },
        Case {
            name: "in-progress link to a record outside",
            setup: |sb| {
                std::fs::write(
                    sb.outside.join("r.ron"),
                    text_of(&record("fedcba9876543210", at(2026, 3, 3))),
                )
                .unwrap();
                sb.link(
                    "state/in-progress/fedcba9876543210.ron",
                    sb.outside.join("r.ron"),
                );
                says_in_progress("it is a link")(sb);
            },
            args: &["paths"],
            code: 0,
            says: "in",
            then: nothing,
        },
        Case {
            name: "in-progress FIFO",
            setup: |sb| {
                sb.fifo("state/in-progress/0123456789abcdef.ron");
                says_in_progress("not a regular file")(sb);
            },
            args: &["paths"],
            code: 0,
            says: "history",
            then: nothing,
        },
        Case {
            name: "in-progress file of 2 MiB",
            setup: |sb| {
                sb.write("state/in-progress/big.ron", vec![b' '; 2 * 1024 * 1024]);
                says_in_progress("it is 2 MiB; at most 1 MiB is read")(sb);
            },
            args: &["paths"],
            code: 0,
            says: "routines",
            then: nothing,
        },
        Case {
            name: "in-progress record with effort 200",
            setup: |sb| {
                let mut r = record("0123456789abcdef", at(2026, 3, 2));
                r.effort = Some(200);
                sb.write("state/in-progress/0123456789abcdef.ron", text_of(&r));
                says_in_progress("effort is 200")(sb);
            },
            args: &["paths"],
            code: 0,
            says: "trash",
            then: nothing,
        },
        Case {
            name: "in-progress folder named x.ron",
            setup: |sb| {
                std::fs::create_dir(sb.at("state/in-progress/x.ron")).unwrap();
                assert!(orphans(sb).is_empty());
            },
            args: &["paths"],
            code: 0,
            says: "backups",
            then: nothing,
        },
        Case {
            name: "in-progress lock that is a FIFO",
            setup: |sb| {
                let r = record("0123456789abcdef", at(2026, 3, 2));
                sb.write("state/in-progress/0123456789abcdef.ron", text_of(&r));
                sb.fifo("state/in-progress/0123456789abcdef.lock");
                let found = orphans(sb);
                assert_eq!(found.len(), 1);
                assert!(found[0].record.is_some(), "{found:?}");
            },
            args: &["paths"],
            code: 0,
            says: "data",
            then: nothing,
        },
        // ----- export-routine and cues -----
        Case {
            name: "export-routine onto a dangling link out of the folder",
            setup: |sb| sb.link("share.ron", sb.outside.join("share.ron")),
            args: &["export-routine", "paced-stepping", "--out", "@/share.ron"],
            code: 2,
            says: "already exists",
            then: nothing,
        },
        Case {
            name: "export-routine of a routine that is a FIFO",
            setup: |sb| sb.fifo("routines/hostile-test.ron"),
            args: &["export-routine", "hostile-test", "--out", "@/share.ron"],
            code: 2,
            says: "no routine has the id \"hostile-test\"",
            then: nothing,
        },
        Case {
            name: "export-routine makes a new 0644 file",
            setup: |_| {},
            args: &["export-routine", "paced-stepping", "--out", "@/share.ron"],
            code: 0,
            says: "Wrote \"",
            then: |sb, _| {
                let mode = std::fs::metadata(sb.at("share.ron"))
                    .unwrap()
                    .permissions()
                    .mode();
                assert_eq!(mode & 0o777, 0o644);
            },
        },
        Case {
            name: "cues of a FIFO",
            setup: |sb| sb.fifo("pipe.ron"),
            args: &["cues", "@/pipe.ron", "--wav", "@/out.wav"],
            code: 2,
            says: "This is not a regular file",
            then: |sb, _| assert!(!sb.at("out.wav").exists()),
        },
        Case {
            name: "cues over an existing .ron file",
            setup: |sb| sb.write("routines/hostile-test.ron", valid()),
            args: &["cues", "--wav", "@/routines/hostile-test.ron"],
            code: 2,
            says: "already exists",
            then: |sb, _| {
                assert_eq!(
                    std::fs::read_to_string(sb.at("routines/hostile-test.ron")).unwrap(),
                    valid()
                );
            },
        },
        Case {
            name: "cues --force onto a link out of the folder",
            setup: |sb| sb.link("out.wav", sb.outside.join("keep.txt")),
            args: &["cues", "--force", "--wav", "@/out.wav"],
            code: 2,
            says: "link",
            then: nothing,
        },
        Case {
            name: "cues --force onto a FIFO",
            setup: |sb| sb.fifo("out.wav"),
            args: &["cues", "--force", "--wav", "@/out.wav"],
            code: 2,
            says: "not a regular file",
            then: nothing,
        },
        Case {
            name: "export --out onto a FIFO",
            setup: |sb| sb.fifo("out.csv"),
            args: &["export", "--csv", "--out", "@/out.csv"],
            code: 2,
            says: "already exists",
            then: nothing,
        },
        Case {
            name: "export-routine --out onto a FIFO",
            setup: |sb| sb.fifo("share.ron"),
            args: &["export-routine", "paced-stepping", "--out", "@/share.ron"],
            code: 2,
            says: "already exists",
            then: nothing,
        },
        Case {
            name: "cues --force over an existing file",
            setup: |sb| sb.write("out.wav", "old"),
            args: &["cues", "--force", "--wav", "@/out.wav"],
            code: 0,
            says: "Wrote",
            then: |sb, _| {
                assert!(
                    std::fs::read(sb.at("out.wav"))
                        .unwrap()
                        .starts_with(b"RIFF")
                );
            },
        },
    ]
}

/// Control and bidi characters that must never reach the terminal raw. (A newline is
/// fine: it ends each line Steady prints.)
fn raw_controls(text: &str) -> Vec<char> {
    // CSV ends its lines with CRLF.
    text.replace("\r\n", "\n")
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Runs one case in a fresh sandbox; the reasons it failed, if it did.
fn check(case: &Case) -> Vec<String> {
    let sb = Sandbox::new();
    (case.setup)(&sb);
    let before = sb.outside_snapshot();
    let run = steady(&sb, case.args);
    let all = run.all();
    let mut failures = Vec::new();
    if run.code != Some(case.code) {
        failures.push(format!("exit {:?}, expected {}", run.code, case.code));
    }
    if !all.contains(case.says) {
        failures.push(format!("output lacks {:?}", case.says));
    }
    let raw = raw_controls(&all);
    if !raw.is_empty() {
        failures.push(format!(
            "raw control characters reached the terminal: {raw:?}"
        ));
    }
    if sb.outside_snapshot() != before {
        failures.push("something outside the data folder changed".to_owned());
    }
    if failures.is_empty() {
        (case.then)(&sb, &run);
    }
    failures
        .into_iter()
        .map(|why| format!("{}: {why}\n{all}", case.name))
        .collect()
}

/// Runs the cases whose names contain one of `names`; at least one each.
fn run_cases(names: &[&str]) {
    let cases = cases();
    let mut failures = Vec::new();
    for name in names {
        let chosen: Vec<&Case> = cases.iter().filter(|c| c.name.contains(name)).collect();
        assert!(!chosen.is_empty(), "no case is called {name:?}");
        for case in chosen {
            failures.extend(check(case));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn hostile_files_table() {
    let cases = cases();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let failures: Vec<String> = cases.iter().flat_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

// ---------------------------------------------------------------------------------
// One test per item of issue #13.

#[test]
fn item2_an_id_read_from_a_file_never_becomes_a_path() {
    run_cases(&["id that climbs out of the folder"]);
    let sb = Sandbox::new();
    let before = sb.outside_snapshot();
    let mut r = record("0123456789abcdef", at(2026, 3, 2));
    r.id = "x/../../../../outside/pwned".to_owned();
    sb.write("state/in-progress/0123456789abcdef.ron", text_of(&r));
    // Listed with a problem, never offered as a session to save.
    let found = orphans(&sb);
    assert!(found[0].record.is_none(), "{found:?}");
    // And the core refuses such an id wherever it would become a path.
    let store = HistoryStore::new(sb.at("history"));
    assert!(store.path_for(&r).is_none());
    assert!(matches!(
        store.save(&r),
        Err(steady::history::HistoryError::Invalid { .. })
    ));
    assert!(
        InProgress::start(&sb.at("state/in-progress"), &r, "this-computer", r.started).is_err()
    );
    r.id = "..".to_owned();
    assert!(store.save(&r).is_err());
    assert_eq!(sb.outside_snapshot(), before);
    assert!(!sb.root.join("pwned").exists() && !sb.outside.join("pwned").exists());
}

#[test]
fn item3_the_in_progress_reader_follows_no_link_and_caps_the_size() {
    run_cases(&[
        "in-progress link to /dev/zero",
        "in-progress link to a record outside",
        "in-progress file of 2 MiB",
        "in-progress folder named x.ron",
        "in-progress record with effort 200",
    ]);
}

#[test]
fn item4_no_command_that_reads_a_path_blocks_on_a_fifo() {
    run_cases(&[
        "validate a FIFO",
        "a FIFO in the routines folder",
        "import a FIFO",
        "cues of a FIFO",
        "export-routine of a routine that is a FIFO",
        "a FIFO in history",
        "in-progress FIFO",
        "in-progress lock that is a FIFO",
        "onto a FIFO",
    ]);
    // `list` reads the routines folder, `export` the history folder, both with FIFOs.
    let sb = Sandbox::new();
    sb.fifo("routines/p.ron");
    sb.fifo("history/2026/03/20260302T093000_p.ron");
    sb.fifo("state/in-progress/p.ron");
    sb.fifo("pipe.ron");
    for args in [
        &["list"][..],
        &["validate"],
        &["validate", "@/routines"],
        &["export", "--csv"],
        &["import", "--replace", "@/pipe.ron"],
        &["import", "--keep-both", "@/pipe.ron"],
        &["cues", "@/routines/p.ron", "--wav", "@/x.wav"],
        &["export-routine", "p", "--out", "@/y.ron"],
        &["paths"],
    ] {
        let run = steady(&sb, args);
        assert!(run.code.is_some(), "{args:?}");
    }
    // The core's readers, called directly.
    let fifo = sb.at("pipe.ron");
    let problems = bounded("load_file", move || {
        steady::routine::load_file(&fifo).map(|_| ()).unwrap_err()
    });
    assert!(problems[0].message.contains("not a regular file"));
    let fifo = sb.at("history/2026/03/20260302T093000_p.ron");
    let reason = bounded("read_record", move || {
        steady::history::store::read_record(&fifo).unwrap_err()
    });
    assert!(reason.contains("not a regular file"), "{reason}");
}

#[test]
fn item5_extreme_dates_are_problems_and_every_statistic_survives_them() {
    run_cases(&["year -262143", "year 9999", "from 1969"]);
    let min = DateTime::<chrono::Utc>::MIN_UTC.fixed_offset();
    let max = DateTime::<chrono::Utc>::MAX_UTC.fixed_offset();
    let east = FixedOffset::east_opt(14 * 3600).unwrap();
    let west = FixedOffset::west_opt(12 * 3600).unwrap();
    let mut records = Vec::new();
    for (i, started) in [
        min,
        max,
        min.with_timezone(&east),
        max.with_timezone(&west),
        at(2026, 3, 2),
    ]
    .into_iter()
    .enumerate()
    {
        let mut r = record(&format!("{i:016x}"), started);
        r.ended = started;
        r.active_secs = u32::MAX;
        r.outcome = if i % 2 == 0 {
            Outcome::Completed
        } else {
            Outcome::EndedEarly(steady::session::progress::EndReason::Tired)
        };
        records.push(r);
    }
    let routines = [stats::Prescribed {
        routine_id: "seated-leg-strength".to_owned(),
        title: "Seated".to_owned(),
        times_per_week: 14,
    }];
    for today in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
    ] {
        let _ = stats::week_start(today);
        let _ = stats::this_week(&records, today);
        let _ = stats::last_done(&records, "seated-leg-strength");
        let _ = stats::due_today(&records, "seated-leg-strength", 3, today);
        for r in &records {
            let _ = stats::describe_day(stats::record_day(r), today);
        }
        for weeks in [0, 1, 12, usize::MAX] {
            let adherence = stats::adherence(&records, &routines, today, weeks);
            let _ = stats::overall_percent(&adherence);
            let _ = stats::trends(&records, today, weeks);
        }
        let _ = stats::end_reasons(&records);
        let _ = stats::strong_hours(&records);
    }
    let all: Vec<&SessionRecord> = records.iter().collect();
    steady::history::export::write_csv(
        Vec::new(),
        &all,
        steady::history::export::Rows::Exercises,
        &|_| None,
    )
    .unwrap();
    // Read from disk, such records are problems, like corrupt files.
    let sb = Sandbox::new();
    for r in &records[..4] {
        write_record(&sb, |w| *w = r.clone());
    }
    let report = HistoryStore::new(sb.at("history")).load();
    assert_eq!(report.records.len(), 0);
    assert_eq!(report.problems.len(), 4, "{:?}", report.problems);
}

#[test]
fn item6_import_replace_replaces_the_file_that_holds_the_id() {
    run_cases(&["`Hand Made.ron`"]);
}

#[test]
fn item7_links_are_never_written_through_and_new_files_get_their_mode() {
    run_cases(&[
        "export --out onto a dangling link",
        "export-routine onto a dangling link",
        "import --replace onto a link",
        "export-routine makes a new 0644 file",
    ]);
    let sb = Sandbox::new();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let store = HistoryStore::new(sb.at("history"));
    let r = record("0123456789abcdef", at(2026, 3, 2));
    let saved = store.save(&r).unwrap();
    assert_eq!(mode(&saved), 0o600);
    let kept =
        InProgress::start(&sb.at("state/in-progress"), &r, "this-computer", r.started).unwrap();
    assert_eq!(mode(kept.path()), 0o600);
    assert_eq!(
        mode(&sb.at("state/in-progress/0123456789abcdef.lock")),
        0o600
    );
    drop(kept);
    sb.write("in.ron", valid());
    let run = steady(&sb, &["import", "@/in.ron"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert_eq!(mode(&sb.at("routines/hostile-test.ron")), 0o644);
    // A dangling link where a record would go is not written through.
    let r2 = record("1123456789abcdef", at(2026, 3, 2));
    let target = store.path_for(&r2).unwrap();
    symlink(sb.outside.join("evil.ron"), &target).unwrap();
    assert!(store.save(&r2).is_err());
    assert!(!sb.outside.join("evil.ron").exists());
}

#[test]
fn item8_cues_never_overwrites_without_force_nor_follows_links() {
    run_cases(&[
        "cues over an existing",
        "cues --force onto a link",
        "cues --force over",
    ]);
}

#[test]
fn item9_stale_temporaries_of_killed_writers_are_removed() {
    let sb = Sandbox::new();
    let dir = sb.at("state/in-progress");
    let set_mtime = |name: &str, year: i32| {
        let path = dir.join(name);
        std::fs::write(&path, "half a record").unwrap();
        let when = std::time::SystemTime::from(at(year, 1, 1));
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    };
    set_mtime(".0123456789abcdef.ron.Ab12Cd", 2020); // stale: removed
    set_mtime(".0123456789abcdef.ron.Zz99", 2020); // stale: removed
    set_mtime(".1111111111111111.ron.Xy34", 2022); // newer than the cutoff: kept
    set_mtime(".notes.txt.Ab12", 2020); // not a temporary of a session: kept
    set_mtime("0123456789abcdef.ron", 2020); // the session itself: kept
    set_mtime("0123456789abcdef.lock", 2020); // the lock of a session there: kept
    set_mtime("3333333333333333.lock", 2020); // a lock without its session: removed
    set_mtime("4444444444444444.lock", 2022); // newer than the cutoff: kept
    // A session still running: its temporary is kept.
    let running = record("2222222222222222", at(2026, 3, 2));
    let kept = InProgress::start(&dir, &running, "this-computer", running.started).unwrap();
    set_mtime(".2222222222222222.ron.Qq11", 2020);
    let removed = in_progress::remove_stale_temporaries(&dir, at(2021, 1, 1));
    let names: Vec<String> = removed
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            ".0123456789abcdef.ron.Ab12Cd",
            ".0123456789abcdef.ron.Zz99",
            "3333333333333333.lock"
        ]
    );
    // The same after a save to history was killed.
    let month = sb.at("history/2026/03");
    for (name, year) in [
        (".20260302T093000_0123456789abcdef.ron.Ab12Cd", 2020),
        (".20260302T093000_0123456789abcdef.ron.Xy34", 2022),
        (".notes.ron.Ab12", 2020),
    ] {
        let path = month.join(name);
        std::fs::write(&path, "half a record").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(std::time::SystemTime::from(at(year, 1, 1)))
            .unwrap();
    }
    let removed = HistoryStore::new(sb.at("history")).remove_stale_temporaries(at(2021, 1, 1));
    assert_eq!(
        removed,
        [month.join(".20260302T093000_0123456789abcdef.ron.Ab12Cd")]
    );
    assert!(
        month
            .join(".20260302T093000_0123456789abcdef.ron.Xy34")
            .exists()
    );
    assert!(month.join(".notes.ron.Ab12").exists());
    for left in [
        ".1111111111111111.ron.Xy34",
        ".notes.txt.Ab12",
        "0123456789abcdef.ron",
        "0123456789abcdef.lock",
        "4444444444444444.lock",
        "2222222222222222.lock",
        ".2222222222222222.ron.Qq11",
    ] {
        assert!(dir.join(left).exists(), "{left}");
    }
    drop(kept);
}

#[test]
fn item11_titles_ids_and_snippets_reach_the_terminal_escaped() {
    run_cases(&[
        "clears the screen",
        "right-to-left override",
        "a title with a newline",
        "escape sequence in a snippet",
    ]);
    // The list table keeps one routine per line.
    let sb = Sandbox::new();
    sb.write(
        "routines/r.ron",
        routine("newline-title", "one\\ntwo\u{202e}"),
    );
    let run = steady(&sb, &["list"]);
    assert_eq!(
        run.stdout.lines().count(),
        2 + steady::routine::bundled::BUNDLED.len(),
        "{}",
        run.stdout
    );
}

#[test]
fn item12_csv_cells_never_become_formulas() {
    run_cases(&["spreadsheet formula"]);
    use steady::history::export::text_cell;
    for (text, cell) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Felt fine = good", "Felt fine = good"),
        ("", ""),
    ] {
        assert_eq!(text_cell(text), cell);
    }
}

#[test]
fn item13_a_different_session_that_shares_an_id_is_kept_and_listed() {
    run_cases(&["sharing an id", "conflict copy"]);
}

#[test]
fn item14_messages_say_what_happened() {
    run_cases(&[
        "one file with two errors is one file",
        "1 MiB and 1 byte",
        "format 99999999999",
        "format 10^30",
        "a loop of links",
        "--keep-both of a 64-character id",
        "validate the same file twice",
        "validate a folder and a file in it",
    ]);
}

#[test]
fn item15_csv_column_names_are_unique() {
    let r = record("0123456789abcdef", at(2026, 3, 2));
    for rows in [
        steady::history::export::Rows::Sessions,
        steady::history::export::Rows::Exercises,
    ] {
        let mut bytes = Vec::new();
        steady::history::export::write_csv(&mut bytes, &[&r], rows, &|_| None).unwrap();
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let unique: std::collections::BTreeSet<&String> = header.iter().collect();
        assert_eq!(unique.len(), header.len(), "{header:?}");
        // Every column is documented.
        let doc = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/history-csv.md"),
        )
        .unwrap();
        for name in &header {
            assert!(
                doc.contains(&format!("`{name}`")),
                "{name} is not documented"
            );
        }
    }
}
