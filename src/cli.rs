//! The command line: bare `steady` opens the window; `steady validate`, `steady list`,
//! `steady paths`, `steady cues` work in the terminal.
//!
//! A shell around the core, built with clap. [`main`] parses the arguments, runs the
//! command and turns the result into an exit code: 0 when all is well (warnings
//! included, unless `validate --strict`), 1 when `validate` found errors or an import
//! was refused, 2 for a usage error or an error that stopped the command.
//! Errors are printed once, here, as `steady: <what went wrong>`. Text that came from
//! files (titles, ids, snippets, paths) is printed through [`term_safe`], so a crafted
//! routine cannot send control sequences or reorder the line with bidi marks.

use std::borrow::Cow;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};

use crate::audio::synth;
use crate::clock::{Clock as _, SystemClock};
use crate::paths::DataDir;
use crate::routine::{LoadReport, Routine, Severity, library_in, load::load_paths, load_file};
use crate::session::{Cue, Plan, PlanOptions, cues_to_play, simulate};

/// `println!` that hands a write error (a pipe closed by `head`) back with `?`
/// instead of panicking; [`main`] ends quietly with 0 on a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {
        writeln!(std::io::stdout().lock(), $($arg)*)?
    };
}

mod program;

/// Steady guides home exercise with big timers and sound cues, and keeps a history you
/// can review with your physiotherapist.
///
/// Run `steady` with no command to open the app's window.
#[derive(Debug, Parser)]
#[command(name = "steady", version = crate::desktop::version_line(), about)]
pub struct Cli {
    /// Keep Steady's data (routines, history) in DIR instead of the usual place.
    #[arg(long, global = true, env = "STEADY_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The language of Steady's words: en or de. Default: the one chosen in Settings,
    /// else the system's.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<crate::i18n::Language>,

    /// Close the window after this many seconds (for smoke tests and benchmarks).
    #[arg(long, value_name = "SECONDS", hide = true)]
    pub exit_after: Option<f64>,

    /// Open straight into a session of this routine (for benchmarks and kiosks).
    #[arg(long, value_name = "ROUTINE_ID", hide = true)]
    pub start: Option<String>,

    /// Open the window minimised (how the autostart entry starts Steady at login).
    #[arg(long, hide = true)]
    pub minimised: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check routine files and report every problem as path:line:col.
    ///
    /// With no PATH, checks the bundled routines and your routines folder; a file
    /// whose id a bundled routine has is a problem either way.
    ///
    /// Exit codes: 0 no errors (warnings are printed but pass); 1 an error in any
    /// file, or with --strict any warning; 2 the command could not run.
    Validate {
        /// Routine files or folders of routine files.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Fail (exit code 1) on warnings too, not only on errors.
        #[arg(long)]
        strict: bool,
    },
    /// List the routines: id, title, focus and estimated length.
    List,
    /// Show where Steady keeps its files.
    Paths,
    /// Export history as CSV (RFC 4180; opens in LibreOffice and Excel).
    ///
    /// One row per exercise per session, the session's fields repeated; with
    /// --sessions, one row per session. Times are the local time of the computer that
    /// recorded them, with their UTC offset (ISO 8601); --from and --to are local
    /// days. Every column is described in docs/history-csv.md. With --fhir FILE, a
    /// FHIR R4 file (JSON) of self-test results, weekly adherence and weekly fatigue
    /// for a clinic's system, described in docs/fhir.md.
    #[command(group = clap::ArgGroup::new("format").required(true).args(["csv", "fhir"]))]
    Export {
        /// Write CSV.
        #[arg(long)]
        csv: bool,
        /// Write a FHIR R4 file (JSON) for clinic systems to this file (it must not
        /// exist yet).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["csv", "out", "sessions", "days", "tests"])]
        fhir: Option<PathBuf>,
        /// The file to write (it must not exist yet); without it, standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// First day to include (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last day to include (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// One row per session instead of one per exercise.
        #[arg(long, conflicts_with = "days")]
        sessions: bool,
        /// One row per day with a check-in and no session ("rest today").
        #[arg(long)]
        days: bool,
        /// One row per self-test result.
        #[arg(long, conflicts_with_all = ["days", "sessions"])]
        tests: bool,
    },
    /// Check a routine file and copy it into your routines folder.
    ///
    /// The file is copied byte for byte, comments and all. If its id is already used,
    /// say whether to replace that routine (its previous version is kept in backups/)
    /// or keep both (the copy gets a new id and "(copy 2)" in its title; only those
    /// change in its text).
    Import {
        /// The routine file (.ron).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// If the id is taken, replace your routine with this one (after a backup).
        #[arg(long, conflicts_with = "keep_both")]
        replace: bool,
        /// If the id is taken, keep both: the imported routine gets a new id.
        #[arg(long)]
        keep_both: bool,
    },
    /// Write a routine (bundled or yours) to a file, to share it, exactly as its file
    /// is written.
    ExportRoutine {
        /// The routine's id (see `steady list`).
        #[arg(value_name = "ID")]
        id: String,
        /// The file to write (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Runs a session headless at high speed, keeping it on disk as the app does, and
    /// prints what was safely written (for crash tests).
    #[command(hide = true)]
    CrashWriter {
        /// A routine id.
        #[arg(default_value = "seated-leg-strength")]
        routine: String,
    },
    /// Plays a session's cues through the real sound output in real time and prints
    /// each cue's engine time (the cue timing benchmark, `scripts/cue-timing.sh`).
    #[command(hide = true)]
    CueTiming {
        /// A routine id.
        #[arg(default_value = "paced-stepping")]
        routine: String,
        /// How long to play.
        #[arg(long, default_value_t = 60)]
        secs: u64,
        /// How often the engine is ticked, like a window's frames (ms).
        #[arg(long, default_value_t = 16)]
        tick_ms: u64,
        /// Play each cue when the tick sees it (Steady before sample-accurate
        /// scheduling), not at its scheduled time.
        #[arg(long)]
        immediate: bool,
    },
    /// Write cue sounds to a WAV file, to preview them without running a session.
    ///
    /// With ROUTINE (an id or a .ron file), writes the whole session's cue track, each
    /// cue at its time. Without it, writes every cue in turn with a pause between.
    Cues {
        /// The WAV file to write.
        #[arg(long, value_name = "FILE")]
        wav: PathBuf,
        /// A routine id (see `steady list`) or a routine file.
        #[arg(value_name = "ROUTINE")]
        routine: Option<String>,
        /// Use the lighter-day plan.
        #[arg(long)]
        lighter: bool,
        /// Replace FILE if it exists (a link is never written through).
        #[arg(long)]
        force: bool,
    },
    /// Say a phrase with the voice of spoken prompts and write it to a WAV file.
    ///
    /// Uses espeak-ng when it is installed, in the language of --lang (or Settings).
    /// Exits with an error if this computer has no voice that can write sound.
    Say {
        /// The WAV file to write.
        #[arg(long, value_name = "FILE")]
        wav: PathBuf,
        /// What to say.
        #[arg(value_name = "TEXT")]
        text: String,
        /// Replace FILE if it exists (a link is never written through).
        #[arg(long)]
        force: bool,
    },
    /// Write a report for your clinician: adherence, effort and fatigue, sessions
    /// stopped early, check-in flags and notes, as one HTML file to print.
    ///
    /// Without --from, the last 12 weeks; without --to, up to today.
    Report {
        /// The HTML file to write (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// First day to include (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last day to include (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
    },
    /// Write a handout of a routine in large print, as an HTML file to print.
    Handout {
        /// The routine's id (see `steady list`).
        #[arg(value_name = "ID")]
        id: String,
        /// The HTML file to write (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// 18 pt, one column, each exercise with a large picture.
        #[arg(long)]
        large_print: bool,
    },
    /// Show the sessions planned for today and the coming days, within your daily time
    /// budget; with --ics, write them to a calendar file with reminders.
    Plan {
        /// How many weeks to show or write (1 to 12; without it 1, or 4 with --ics).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=12))]
        weeks: Option<u32>,
        /// Write the plan as an iCalendar file (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
    },
    /// Fill an empty history with example sessions, to try out Review and the report.
    ///
    /// Refuses a history that already has sessions or check-ins.
    /// The person's program: show it, add or remove a routine, export or import it.
    Program {
        #[command(subcommand)]
        action: Option<program::ProgramAction>,
    },
    SampleHistory {
        /// How many weeks, ending today.
        #[arg(long, value_name = "N", default_value_t = 26, value_parser = clap::value_parser!(u32).range(1..=1100))]
        weeks: u32,
    },
    /// Writes the man page and the bash, zsh and fish completions into DIR (for
    /// packaging: `scripts/package-deb.sh`).
    #[command(hide = true)]
    GenerateAssets {
        /// The folder to write into (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

/// Parses the arguments, runs, prints any error once, and returns the exit code.
pub fn main() -> ExitCode {
    // The language is chosen before clap speaks (help and usage errors).
    crate::i18n::use_language(chosen_language(std::env::args_os()));
    let mut matches = command().get_matches();
    let cli = match Cli::from_arg_matches_mut(&mut matches) {
        Ok(cli) => cli,
        Err(e) => e.format(&mut command()).exit(),
    };
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`steady plan | head -1`): stop quietly, as Unix tools do.
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let text = error_chain(&e);
            let lines: Vec<Cow<'_, str>> = text.split('\n').map(term_safe).collect();
            eprintln!("steady: {}", lines.join("\n"));
            ExitCode::from(2)
        }
    }
}

/// Whether an error is a write to a pipe whose reader has closed it.
fn closed_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The command line as clap reads it, its help in the person's language: the doc
/// comments above are the English source; each about and help text is set again from
/// Fluent, with clap's own headings and flags.
fn command() -> clap::Command {
    let mut command = Cli::command();
    // Built first, so clap's own help and version flags and help command exist.
    command.build();
    translated(command, "")
}

/// One command and everything under it, in the person's language. `parent` names the
/// command above (`program import` is not the routines' `import`).
fn translated(mut command: clap::Command, parent: &str) -> clap::Command {
    let name = match parent {
        "program" => format!("program-{}", command.get_name()),
        _ => command.get_name().to_owned(),
    };
    if let Some(about) = command_about(&name) {
        command = command.about(about);
    }
    if let Some(more) = command_more(&name) {
        let about = command_about(&name).unwrap_or_default();
        command = command.long_about(format!("{}.\n\n{more}", about.trim_end_matches('.')));
    }
    // In place and in order (the built command finds its arguments by position).
    command = command.mut_args(|a| {
        let id = a.get_id().as_str().to_owned();
        if id == "help" && a.get_long_help().is_some() {
            a.help(crate::t!("cli-help-help-short"))
                .long_help(crate::t!("cli-help-help-long"))
        } else if let Some(help) = arg_help(&name, &id) {
            a.help(help)
        } else {
            a
        }
    });
    let template = help_template(&command);
    command = command.help_template(template);
    for sub in command.get_subcommands_mut() {
        *sub = translated(std::mem::take(sub), &name);
    }
    command
}

/// A command's one-line description (clap's `about`).
fn command_about(command: &str) -> Option<String> {
    Some(match command {
        "steady" => crate::t!("cli-about"),
        "validate" => crate::t!("cli-validate-about"),
        "list" => crate::t!("cli-list-about"),
        "paths" => crate::t!("cli-paths-about"),
        "export" => crate::t!("cli-export-about"),
        "import" => crate::t!("cli-import-about"),
        "export-routine" => crate::t!("cli-export-routine-about"),
        "cues" => crate::t!("cli-cues-about"),
        "say" => crate::t!("cli-say-about"),
        "report" => crate::t!("cli-report-about"),
        "handout" => crate::t!("cli-handout-about"),
        "sample-history" => crate::t!("cli-sample-history-about"),
        "plan" => crate::t!("week-cli-plan-about"),
        "program" => crate::t!("program-cli-about"),
        "program-show" => crate::t!("program-cli-show-about"),
        "program-add" => crate::t!("program-cli-add-about"),
        "program-remove" => crate::t!("program-cli-remove-about"),
        "program-export" => crate::t!("program-cli-export-about"),
        "program-import" => crate::t!("program-cli-import-about"),
        "program-starter" => crate::t!("program-cli-starter-about"),
        "help" | "program-help" => crate::t!("cli-help-about"),
        _ => return None,
    })
}

/// What `--help` adds to a command's description.
fn command_more(command: &str) -> Option<String> {
    Some(match command {
        "steady" => crate::t!("cli-more"),
        "validate" => crate::t!("cli-validate-more"),
        "export" => crate::t!("cli-export-more"),
        "import" => crate::t!("cli-import-more"),
        "cues" => crate::t!("cli-cues-more"),
        "say" => crate::t!("cli-say-more"),
        "report" => crate::t!("cli-report-more"),
        "sample-history" => crate::t!("cli-sample-history-more"),
        "plan" => crate::t!("week-cli-plan-more"),
        _ => return None,
    })
}

/// An argument's help, by command and argument id.
fn arg_help(command: &str, id: &str) -> Option<String> {
    Some(match (command, id) {
        (_, "data_dir") => crate::t!("cli-arg-data-dir"),
        (_, "lang") => crate::t!("cli-arg-lang"),
        (_, "help") => crate::t!("cli-help-help"),
        (_, "version") => crate::t!("cli-help-version"),
        ("validate", "paths") => crate::t!("cli-arg-validate-paths"),
        ("validate", "strict") => crate::t!("cli-arg-validate-strict"),
        ("export", "csv") => crate::t!("cli-arg-export-csv"),
        ("export", "fhir") => crate::t!("cli-arg-export-fhir"),
        ("export", "out") => crate::t!("cli-arg-export-out"),
        ("export" | "report", "from") => crate::t!("cli-arg-export-from"),
        ("export" | "report", "to") => crate::t!("cli-arg-export-to"),
        ("export", "sessions") => crate::t!("cli-arg-export-sessions"),
        ("export", "days") => crate::t!("cli-arg-export-days"),
        ("export", "tests") => crate::t!("cli-arg-export-tests"),
        ("import", "file") => crate::t!("cli-arg-import-file"),
        ("import", "replace") => crate::t!("cli-arg-import-replace"),
        ("import", "keep_both") => crate::t!("cli-arg-import-keep-both"),
        ("export-routine" | "handout", "id") => crate::t!("cli-arg-export-routine-id"),
        ("export-routine", "out") => crate::t!("cli-arg-export-routine-out"),
        ("cues" | "say", "wav") => crate::t!("cli-arg-cues-wav"),
        ("cues", "routine") => crate::t!("cli-arg-cues-routine"),
        ("cues", "lighter") => crate::t!("cli-arg-cues-lighter"),
        ("cues" | "say", "force") => crate::t!("cli-arg-cues-force"),
        ("say", "text") => crate::t!("cli-arg-say-text"),
        ("report" | "handout", "out") => crate::t!("cli-arg-report-out"),
        ("handout", "large_print") => crate::t!("cli-arg-handout-large-print"),
        ("sample-history", "weeks") => crate::t!("cli-arg-sample-history-weeks"),
        ("plan", "weeks") => crate::t!("week-cli-arg-weeks"),
        ("program-add" | "program-remove", "id") => crate::t!("program-cli-arg-id"),
        ("program-add", "days") => crate::t!("program-cli-arg-days"),
        ("program-add", "times") => crate::t!("program-cli-arg-times"),
        ("program-add", "time") => crate::t!("program-cli-arg-time"),
        ("program-add", "max_level") => crate::t!("program-cli-arg-max-level"),
        ("program-export", "out") => crate::t!("program-cli-arg-out"),
        ("program-import", "file") => crate::t!("program-cli-arg-file"),
        ("program-import", "yes") => crate::t!("program-cli-arg-yes"),
        ("program-starter", "name") => crate::t!("program-cli-arg-starter"),
        ("plan", "ics") => crate::t!("week-cli-arg-ics"),
        ("help", "subcommand") => crate::t!("cli-help-help-subcommand"),
        _ => return None,
    })
}

/// clap's help layout with its headings ("Usage:", "Options:"…) in the person's
/// language: the sections clap would show, in clap's order and styles.
fn help_template(command: &clap::Command) -> String {
    let styles = command.get_styles();
    let (header, usage) = (styles.get_header(), styles.get_usage());
    let heading = |words: String, tag: &str| {
        format!(
            "{}{words}:{}\n{{{tag}}}",
            header.render(),
            header.render_reset()
        )
    };
    let mut sections = Vec::new();
    if command
        .get_subcommands()
        .any(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        sections.push(heading(crate::t!("cli-help-commands"), "subcommands"));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(heading(crate::t!("cli-help-arguments"), "positionals"));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(heading(crate::t!("cli-help-options"), "options"));
    }
    let usage = format!(
        "{}{}:{} {{usage}}",
        usage.render(),
        crate::t!("cli-help-usage"),
        usage.render_reset()
    );
    if sections.is_empty() {
        format!("{{before-help}}{{about-with-newline}}\n{usage}{{after-help}}")
    } else {
        format!(
            "{{before-help}}{{about-with-newline}}\n{usage}\n\n{}{{after-help}}",
            sections.join("\n\n")
        )
    }
}

/// `--lang`'s value.
fn parse_language(text: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_tag(text).ok_or_else(|| {
        let known: Vec<&str> = crate::i18n::Language::ALL.iter().map(|l| l.tag()).collect();
        crate::t!(
            "cli-unknown-language",
            text = format!("{text:?}"),
            known = known.join(", ")
        )
    })
}

/// `--lang X` / `--lang=X` if given (and valid), else the language chosen in
/// Settings of the data folder in use, else the system's.
fn chosen_language(args: impl Iterator<Item = std::ffi::OsString>) -> crate::i18n::Language {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let mut given = None;
    let mut data_dir = std::env::var_os("STEADY_DATA_DIR").map(PathBuf::from);
    for (i, arg) in args.iter().enumerate() {
        let next = args.get(i + 1);
        if let Some(value) = arg.strip_prefix("--lang=") {
            given = Some(value.to_owned());
        } else if arg == "--lang" {
            given = next.cloned();
        } else if let Some(value) = arg.strip_prefix("--data-dir=") {
            data_dir = Some(PathBuf::from(value));
        } else if arg == "--data-dir" {
            data_dir = next.map(PathBuf::from);
        }
    }
    if let Some(language) = given.as_deref().and_then(crate::i18n::Language::from_tag) {
        return language;
    }
    let settings = DataDir::resolve(data_dir)
        .ok()
        .map(|d| crate::app::settings::SettingsFile::load(&d.root().join("settings.ron")).1)
        .and_then(|s| s.language);
    settings.unwrap_or_else(crate::i18n::Language::from_system)
}

/// "what failed: why: path" as one line. An I/O error is put in plain words, and a
/// cause already said by the error above it (thiserror errors that name their source)
/// is not said again.
fn error_chain(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let text = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => crate::files::describe_io_error(io),
            None => cause.to_string(),
        };
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

/// Whether a character must not reach a terminal as is: control characters (C0, DEL,
/// C1: escape sequences, newlines, tabs) and bidi controls, which reorder a line.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Text from a file, safe to print: every control and bidi character is written as a
/// visible escape like `\u{1b}`.
pub fn term_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Writes health data as a new file readable by this user only, never over an existing
/// one: a file already there says so; another failure is said by `failed(why, path)`.
fn write_private_export(
    path: &Path,
    bytes: &[u8],
    failed: impl FnOnce(String, String) -> String,
) -> anyhow::Result<()> {
    match crate::files::write_new(path, bytes, crate::files::Mode::Private) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(crate::t!(
            "cli-file-exists",
            path = path.display().to_string()
        )),
        Err(e) => anyhow::bail!(failed(
            crate::i18n::io_error(&e),
            path.display().to_string()
        )),
        Ok(()) => Ok(()),
    }
}

/// A path, safe to print.
fn show(path: &Path) -> String {
    term_safe(&path.display().to_string()).into_owned()
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let data_dir = || DataDir::resolve(cli.data_dir.clone());
    match cli.command {
        None => {
            let exit_after = cli
                .exit_after
                .and_then(|s| Duration::try_from_secs_f64(s).ok());
            crate::app::run(
                data_dir()?,
                exit_after,
                cli.start.clone(),
                cli.minimised,
                cli.lang,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Validate { paths, strict }) => {
            let report = if paths.is_empty() {
                library_in(&data_dir()?, crate::i18n::language().code())
            } else {
                let mut report = load_paths(&paths);
                report.reject_bundled_ids();
                report
            };
            validate_report(&report, strict)
        }
        Some(Command::Program { action }) => program::run(&data_dir()?, action),
        Some(Command::List) => {
            let report = library_in(&data_dir()?, crate::i18n::language().code());
            list(&report)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Say { wav, text, force }) => say(&wav, &text, force),
        Some(Command::Cues {
            wav,
            routine,
            lighter,
            force,
        }) => {
            let every = routine.is_none();
            let (cues, total) = match routine {
                Some(name) => {
                    let routine = find_routine(&data_dir()?, &name)?;
                    let level = if lighter {
                        crate::routine::Level::Lighter
                    } else {
                        crate::routine::Level::Normal
                    };
                    let options =
                        PlanOptions::at_level(level, PlanOptions::default().get_ready_secs);
                    cue_track(&simulate(&routine, options))
                }
                None => every_cue(),
            };
            let bytes = wav_bytes(&cues, total).context(crate::t!("cli-wav-data-failed"))?;
            write_wav(&wav, &bytes, force)?;
            outln!(
                "{}",
                crate::t!(
                    "cli-wrote-cues",
                    count = cues.len(),
                    length = crate::routine::describe_secs(
                        u32::try_from(total.as_secs()).unwrap_or(u32::MAX)
                    ),
                    path = show(&wav)
                )
            );
            if every {
                // The legend of the track: which sound is which, in order.
                for (number, (_, cue)) in (1u32..).zip(cues.iter()) {
                    let (name, means) = crate::state::settings::cue_words(*cue);
                    outln!(
                        "{}",
                        crate::t!(
                            "cli-cue-line",
                            number = number,
                            name = name.as_str(),
                            means = means.as_str()
                        )
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export {
            fhir: Some(fhir),
            from,
            to,
            ..
        }) => export_fhir(&data_dir()?, &fhir, from, to),
        Some(Command::Export {
            csv: _,
            fhir: None,
            out,
            from,
            to,
            sessions,
            days,
            tests,
        }) => {
            use crate::history::export::{Rows, in_range, write_csv, write_days_csv};
            let dir = data_dir()?;
            let report = crate::history::HistoryStore::new(dir.history()).load();
            let (day_records, day_problems) = crate::history::DayStore::new(dir.checkins()).load();
            for problem in report.problems.iter().chain(&day_problems) {
                eprintln!(
                    "steady: {}",
                    crate::t!(
                        "cli-skipped-history-file",
                        problem = term_safe(&problem.to_string()).into_owned()
                    )
                );
            }
            let records = in_range(&report.records, from, to);
            let rows = if sessions {
                Rows::Sessions
            } else {
                Rows::Exercises
            };
            let mut bytes = Vec::new();
            let mut count = records.len();
            if tests {
                let (tests, problems) =
                    crate::history::selftests::TestStore::new(dir.selftests()).load();
                for problem in &problems {
                    eprintln!(
                        "steady: {}",
                        crate::t!(
                            "cli-skipped-history-file",
                            problem = term_safe(&problem.to_string()).into_owned()
                        )
                    );
                }
                let in_days: Vec<&crate::history::selftests::TestRecord> = tests
                    .iter()
                    .filter(|r| {
                        let day = r.at.date_naive();
                        from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
                    })
                    .collect();
                count = in_days.len();
                crate::history::export::write_tests_csv(&mut bytes, &in_days)
                    .context(crate::t!("cli-csv-failed"))?;
            } else if days {
                let in_days: Vec<&crate::history::DayRecord> = day_records
                    .iter()
                    .filter(|d| {
                        let day = d.at.date_naive();
                        from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
                    })
                    .collect();
                count = in_days.len();
                write_days_csv(&mut bytes, &in_days).context(crate::t!("cli-csv-failed"))?;
            } else {
                let library = library_in(&dir, crate::i18n::language().code());
                let program = crate::program::file::load(&dir, &library)
                    .program()
                    .cloned();
                let in_program = |id: &str| program.as_ref().map(|p| p.contains(id));
                write_csv(&mut bytes, &records, rows, &in_program)
                    .context(crate::t!("cli-csv-failed"))?;
            }
            match out {
                Some(path) => {
                    write_private_export(&path, &bytes, |why, path| {
                        crate::t!("cli-csv-write-failed", why = why, path = path)
                    })?;
                    eprintln!(
                        "{}",
                        if tests {
                            crate::t!("cli-exported-tests", count = count, path = show(&path))
                        } else if days {
                            crate::t!("cli-exported-days", count = count, path = show(&path))
                        } else {
                            crate::t!("cli-exported", count = count, path = show(&path))
                        }
                    );
                }
                None => std::io::stdout().lock().write_all(&bytes)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report { out, from, to }) => report(&data_dir()?, &out, from, to),
        Some(Command::Handout {
            id,
            out,
            large_print,
        }) => {
            let dir = data_dir()?;
            let routine = find_routine(&dir, &id)?;
            let settings = settings_or_defaults(&dir);
            let library = library_in(&dir, crate::i18n::language().code());
            let program = crate::program::file::load(&dir, &library)
                .program()
                .cloned();
            let contact = crate::report::Contact::of(
                program.as_ref(),
                &settings.clinician_name,
                &settings.clinician_phone,
            );
            let html = crate::report::render_handout(
                &routine,
                &crate::report::HandoutOptions {
                    contact: Some(&contact),
                    person: &settings.person_name,
                    printed: Some(SystemClock::new().today()),
                    prescribed: program.as_ref().and_then(|p| p.entry(&routine.id)),
                    large_print,
                },
            );
            write_document(&out, &html)?;
            outln!(
                "{}",
                crate::t!(
                    "cli-wrote-handout",
                    title = term_safe(&routine.title).into_owned(),
                    path = show(&out)
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::SampleHistory { weeks }) => sample_history(&data_dir()?, weeks),
        Some(Command::Plan { weeks, ics }) => plan(&data_dir()?, weeks, ics.as_deref()),
        Some(Command::CrashWriter { routine }) => crash_writer(&data_dir()?, &routine),
        Some(Command::CueTiming {
            routine,
            secs,
            tick_ms,
            immediate,
        }) => cue_timing(&data_dir()?, &routine, secs, tick_ms, immediate),
        Some(Command::GenerateAssets { dir }) => generate_assets(&dir),
        Some(Command::Import {
            file,
            replace,
            keep_both,
        }) => {
            use crate::routine::folder::{FolderError, OnClash, RoutineFolder};
            let dir = data_dir()?;
            let on_clash = match (replace, keep_both) {
                (true, _) => OnClash::Replace,
                (_, true) => OnClash::KeepBoth,
                _ => OnClash::Ask,
            };
            // The folder enforces the id rules (under its lock); this only reports them.
            let folder = RoutineFolder::new(&dir, SystemClock::new().wall())
                .with_copy_word(&crate::t!("routines-copy-word"));
            match folder.import_file(&file, on_clash) {
                Ok(imported) => {
                    outln!(
                        "{}",
                        crate::t!(
                            "cli-imported",
                            title = term_safe(&imported.routine.title).into_owned(),
                            id = term_safe(&imported.routine.id).into_owned(),
                            path = show(&imported.path)
                        )
                    );
                    if let Some(backup) = &imported.backup {
                        outln!("{}", crate::t!("cli-import-backup", path = show(backup)));
                    }
                    if !imported.as_written {
                        outln!("{}", crate::t!("cli-import-rewritten"));
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(FolderError::IdTaken { id, .. }) => {
                    outln!(
                        "{}",
                        crate::t!("cli-id-taken", id = term_safe(&id).into_owned())
                    );
                    Ok(ExitCode::from(1))
                }
                Err(FolderError::BundledId { id }) if on_clash == OnClash::Ask => {
                    outln!(
                        "{}",
                        crate::t!("cli-bundled-id", id = term_safe(&id).into_owned())
                    );
                    Ok(ExitCode::from(1))
                }
                Err(FolderError::BundledId { id }) => anyhow::bail!(crate::t!(
                    "cli-bundled-id-replace",
                    id = term_safe(&id).into_owned()
                )),
                Err(FolderError::Invalid(problems)) => {
                    for p in problems {
                        outln!("{}", term_safe(&p.to_string()));
                    }
                    Ok(ExitCode::from(1))
                }
                Err(e) => Err(e.into()),
            }
        }
        Some(Command::ExportRoutine { id, out }) => {
            // The routine as its file is written (comments and all), not re-encoded.
            let report = library_in(&data_dir()?, crate::i18n::language().code());
            let Some(loaded) = report.get(&id) else {
                anyhow::bail!(crate::t!(
                    "cli-no-such-routine",
                    id = term_safe(&id).into_owned()
                ));
            };
            crate::routine::folder::RoutineFolder::export_as_written(loaded, &out)?;
            outln!(
                "{}",
                crate::t!(
                    "cli-wrote-routine",
                    title = term_safe(&loaded.routine.title).into_owned(),
                    path = show(&out)
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Paths) => {
            let dir = data_dir()?;
            let mut out = std::io::stdout().lock();
            let listing: Vec<(String, PathBuf)> = dir
                .listing()
                .into_iter()
                .map(|(what, path)| (folder_name(what), path))
                .collect();
            let width = listing
                .iter()
                .map(|(what, _)| what.chars().count())
                .max()
                .unwrap_or(0);
            for (what, path) in listing {
                writeln!(out, "{what:<width$} {}", show(&path))?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes a document (health data: readable by this user only), never over an
/// existing file.
fn write_document(out: &Path, html: &str) -> anyhow::Result<()> {
    match crate::files::write_new(out, html.as_bytes(), crate::files::Mode::Private) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!(crate::t!(
                "cli-file-exists",
                path = out.display().to_string()
            ))
        }
        Err(e) => anyhow::bail!(crate::t!(
            "cli-document-write-failed",
            why = crate::i18n::io_error(&e),
            path = out.display().to_string()
        )),
        Ok(()) => Ok(()),
    }
}

/// The person's settings for a command. When `settings.ron` cannot be read, says so
/// on stderr, with the defaults used instead, and returns them (the window says the
/// same in its notice).
fn settings_or_defaults(dir: &DataDir) -> crate::state::Settings {
    let (_, settings, problem) =
        crate::app::settings::SettingsFile::load(&dir.root().join("settings.ron"));
    if let Some(problem) = problem {
        eprintln!("steady: {}", term_safe(&problem));
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-settings-defaults",
                budget = settings.daily_budget_minutes,
                get_ready = settings.get_ready_secs
            )
        );
    }
    settings
}

/// `steady plan`: today's sessions and the coming days, or (`--ics`) a calendar file.
fn plan(dir: &DataDir, weeks: Option<u32>, ics: Option<&Path>) -> anyhow::Result<ExitCode> {
    use crate::state::week;
    let clock = SystemClock::new();
    let today = clock.today();
    let history = crate::history::HistoryStore::new(dir.history()).load();
    for problem in &history.problems {
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-skipped-history-file",
                problem = term_safe(&problem.to_string()).into_owned()
            )
        );
    }
    let settings = settings_or_defaults(dir);
    let library = library_in(dir, crate::i18n::language().code());
    let program = match crate::program::file::load(dir, &library) {
        crate::program::file::Stored::Loaded(program) => program,
        crate::program::file::Stored::Missing => {
            outln!("{}", crate::t!("program-cli-none"));
            return Ok(ExitCode::SUCCESS);
        }
        crate::program::file::Stored::Broken(problems) => {
            for p in &problems {
                eprintln!("steady: {}", term_safe(&p.to_string()));
            }
            anyhow::bail!(crate::t!("program-cli-broken"));
        }
    };
    let (days_kept, _) = crate::history::DayStore::new(dir.checkins()).load();
    let weeks = weeks.unwrap_or(if ics.is_some() { 4 } else { 1 });
    let week = week::plan_program(
        week::Inputs {
            program: Some(&program),
            library: &library,
            records: &history.records,
            days: &days_kept,
            settings: &settings,
            today,
            now: clock.wall(),
        },
        weeks.saturating_mul(7),
    );
    let days = week.days;
    let best = week::best_time(&history.records, settings.heat_sensitive);
    // The title as written, for the calendar file (which escapes it by its own rules),
    // and made safe for the terminal.
    let raw_title = |id: &str| {
        library
            .get(id)
            .map_or_else(|| id.to_owned(), |l| l.routine.title.clone())
    };
    let title = |id: &str| term_safe(&raw_title(id)).into_owned();
    if let Some(path) = ics {
        let sessions: Vec<crate::history::calendar::CalendarSession> = days
            .iter()
            .flat_map(|d| {
                let starts = week::start_times(d, best);
                d.sessions
                    .iter()
                    .zip(starts)
                    .map(|(s, start)| crate::history::calendar::CalendarSession {
                        day: d.day,
                        start,
                        minutes: s.minutes,
                        key: s.routine_id.clone(),
                        summary: crate::t!("week-ics-summary", title = raw_title(&s.routine_id)),
                        description: crate::t!("week-ics-description", minutes = s.minutes),
                        alarm: crate::t!("week-ics-alarm", title = raw_title(&s.routine_id)),
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let text = crate::history::calendar::calendar(&sessions, clock.wall_seconds().to_utc());
        write_document(path, &text)?;
        outln!(
            "{}",
            crate::t!(
                "week-cli-wrote-ics",
                sessions = sessions.len(),
                path = show(path)
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let long = crate::t!("date-day-month");
    let short = crate::t!("date-weekday-short");
    for (i, d) in days.iter().enumerate() {
        let when = if i == 0 {
            crate::t!("week-cli-today", date = crate::i18n::day(d.day, &long))
        } else {
            format!(
                "{} {}",
                crate::i18n::day(d.day, &short),
                crate::i18n::day(d.day, &long)
            )
        };
        writeln!(out, "{when}:")?;
        if i == 0 && week.limit == crate::history::planner::TodayLimit::Nothing {
            writeln!(out, "  {}", crate::t!("week-fever-title"))?;
        } else if d.sessions.is_empty() {
            writeln!(out, "  {}", crate::t!("week-cli-rest-day"))?;
        }
        for s in &d.sessions {
            writeln!(
                out,
                "  {}",
                crate::t!(
                    "week-cli-session",
                    title = title(&s.routine_id),
                    minutes = s.minutes
                )
            )?;
            if s.over_budget {
                writeln!(
                    out,
                    "    {}",
                    crate::t!("program-longer-than-daily", minutes = week.budget)
                )?;
            }
        }
        if i == 0 {
            if let Some(best) = best {
                writeln!(out, "  {}", best.describe())?;
            }
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `steady export --fhir FILE`: self-test results, weekly adherence against the
/// program and weekly fatigue from `from` (else the week of the first session or
/// result) to `to` (else today), as a FHIR R4 bundle, never over a file.
fn export_fhir(
    dir: &DataDir,
    out: &Path,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> anyhow::Result<ExitCode> {
    use crate::history::stats::{Span, week_start};
    let clock = SystemClock::new();
    let today = clock.today();
    let settings = settings_or_defaults(dir);
    let history = crate::history::HistoryStore::new(dir.history()).load();
    let (tests, test_problems) = crate::history::selftests::TestStore::new(dir.selftests()).load();
    for problem in history.problems.iter().chain(&test_problems) {
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-skipped-history-file",
                problem = term_safe(&problem.to_string()).into_owned()
            )
        );
    }
    let to = to.unwrap_or(today);
    let earliest = history
        .records
        .iter()
        .map(crate::history::stats::record_day)
        .chain(tests.iter().map(|t| t.at.date_naive()))
        .min();
    let from = from.unwrap_or_else(|| week_start(earliest.unwrap_or(to).min(to)));
    if from > to {
        anyhow::bail!(crate::t!(
            "cli-report-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        ));
    }
    let library = library_in(dir, crate::i18n::language().code());
    let program = crate::program::file::load(dir, &library).program().cloned();
    let title_of = |id: &str| {
        library
            .routines
            .iter()
            .find(|l| l.routine.id == id)
            .map(|l| l.routine.title.clone())
    };
    let prescribed = program
        .as_ref()
        .map(|p| p.prescribed(title_of))
        .unwrap_or_default();
    let span = Span { from, to };
    let input = crate::history::fhir::FhirInput {
        records: &history.records,
        tests: &tests,
        prescribed: &prescribed,
        counts_from: program
            .as_ref()
            .and_then(crate::program::Program::counts_from),
        span,
        today,
        made: clock.wall(),
        patient: (&settings.person_name, settings.birth_date),
    };
    let bundle = crate::history::fhir::bundle(&input);
    let text = bundle.to_json().context(crate::t!("cli-fhir-failed"))?;
    write_private_export(out, text.as_bytes(), |why, path| {
        crate::t!("cli-fhir-write-failed", why = why, path = path)
    })?;
    let results = tests
        .iter()
        .filter(|t| span.contains(t.at.date_naive()))
        .count();
    eprintln!(
        "{}",
        crate::t!(
            "cli-exported-fhir",
            count = bundle.len(),
            tests = results,
            from = from.to_string(),
            to = to.to_string(),
            path = show(out)
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `steady report`: the span asked for (by default the last 12 weeks up to today).
fn report(
    dir: &DataDir,
    out: &Path,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> anyhow::Result<ExitCode> {
    use crate::history::stats::{Period, Span};
    let clock = SystemClock::new();
    let today = clock.today();
    let (_, settings, _) =
        crate::app::settings::SettingsFile::load(&dir.root().join("settings.ron"));
    let history = crate::history::HistoryStore::new(dir.history()).load();
    let (days, day_problems) = crate::history::DayStore::new(dir.checkins()).load();
    for problem in history.problems.iter().chain(&day_problems) {
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-skipped-history-file",
                problem = term_safe(&problem.to_string()).into_owned()
            )
        );
    }
    let asked_dates = from.is_some() || to.is_some();
    let to = to.unwrap_or(today);
    let from = from.unwrap_or_else(|| Period::Weeks12.first_day(to, None));
    if from > to {
        anyhow::bail!(crate::t!(
            "cli-report-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        ));
    }
    let library = library_in(dir, crate::i18n::language().code());
    let program = crate::program::file::load(dir, &library).program().cloned();
    let routines: Vec<Routine> = library.routines.into_iter().map(|l| l.routine).collect();
    let (tests, test_problems) = crate::history::selftests::TestStore::new(dir.selftests()).load();
    for problem in &test_problems {
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-skipped-history-file",
                problem = term_safe(&problem.to_string()).into_owned()
            )
        );
    }
    // A period asked for is narrowed to the history that exists; any is at most ten
    // years (the default, the last 12 weeks, stays as it is).
    let dates: Vec<chrono::NaiveDate> = history
        .records
        .iter()
        .map(|r| r.started.date_naive())
        .chain(days.iter().map(|d| d.at.date_naive()))
        .chain(tests.iter().map(|t| t.at.date_naive()))
        .collect();
    let known = dates
        .iter()
        .min()
        .zip(dates.iter().max())
        .filter(|_| asked_dates);
    let asked = Span { from, to };
    let span = asked
        .bounded(known.map(|(a, b)| (*a, *b)), today)
        .map_err(|span| {
            anyhow::anyhow!(crate::t!(
                "cli-report-too-long",
                from = span.from.to_string(),
                to = span.to.to_string(),
                years = crate::history::stats::MAX_SPAN_YEARS
            ))
        })?;
    if span != asked {
        eprintln!(
            "steady: {}",
            crate::t!(
                "cli-report-narrowed",
                from = span.from.to_string(),
                to = span.to.to_string()
            )
        );
    }
    let Span { from, to } = span;
    let input = crate::report::ReportInput {
        records: &history.records,
        days: &days,
        routines: &routines,
        span,
        today,
        made: clock.wall(),
        tests: &tests,
        program: program.as_ref(),
        person: &crate::report::Person {
            name: settings.person_name.clone(),
            born: settings.birth_date,
            resumed_after_fall: settings.resumed_after_fall,
            clinician: crate::report::Contact::of(
                program.as_ref(),
                &settings.clinician_name,
                &settings.clinician_phone,
            )
            .line(),
        },
    };
    let html = crate::report::render_report(&input);
    write_document(out, &html)?;
    let sessions = history
        .records
        .iter()
        .filter(|r| input.span.contains(r.started.date_naive()))
        .count();
    outln!(
        "{}",
        crate::t!(
            "cli-wrote-report",
            sessions = sessions,
            from = from.to_string(),
            to = to.to_string(),
            path = show(out)
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `steady sample-history`: example sessions of three bundled routines, into an empty
/// history only.
fn sample_history(dir: &DataDir, weeks: u32) -> anyhow::Result<ExitCode> {
    // Held from "is the history empty?" to the last record written: of several
    // `sample-history` at once, one writes and the others find the history full.
    let lock_path = dir.state().join("history.lock");
    let _lock = crate::files::lock(&lock_path, crate::files::Wait::Yes).map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "cli-history-lock-failed",
            why = crate::i18n::io_error(&e),
            path = lock_path.display().to_string()
        ))
    })?;
    let store = crate::history::HistoryStore::new(dir.history());
    let day_store = crate::history::DayStore::new(dir.checkins());
    let history = store.load();
    let (days, day_problems) = day_store.load();
    let existing = history.records.len() + history.problems.len() + days.len() + day_problems.len();
    if existing > 0 {
        anyhow::bail!(crate::t!(
            "cli-sample-history-not-empty",
            count = existing,
            path = dir.history().display().to_string()
        ));
    }
    let clock = SystemClock::new();
    let now = clock.wall();
    let routines: Vec<Routine> =
        crate::routine::bundled::load_bundled_in(crate::i18n::language().code())
            .routines
            .into_iter()
            .map(|l| l.routine)
            .filter(|r| SAMPLE_ROUTINES.contains(&r.id.as_str()))
            .collect();
    let seed = getrandom::u64().unwrap_or(0x5eed);
    let (sessions, rest_days) = crate::history::sample::sample_history(
        &routines,
        weeks,
        clock.today(),
        *now.offset(),
        seed,
    );
    // Sessions that would start later today are left out.
    let sessions: Vec<_> = sessions.into_iter().filter(|s| s.started <= now).collect();
    for record in &sessions {
        store.save(record)?;
    }
    for day in rest_days.iter().filter(|d| d.at <= now) {
        day_store.save(day)?;
    }
    // Self-test results too, under two conditions (with and without armrests).
    let test_store = crate::history::selftests::TestStore::new(dir.selftests());
    for result in crate::history::sample::sample_tests(weeks, clock.today(), *now.offset(), seed)
        .iter()
        .filter(|t| t.at <= now)
    {
        test_store.save(result)?;
    }
    outln!(
        "{}",
        crate::t!(
            "cli-wrote-sample-history",
            sessions = sessions.len(),
            weeks = weeks,
            path = show(&dir.history())
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// The bundled routines example history is made of.
const SAMPLE_ROUTINES: [&str; 3] = [
    "seated-leg-strength",
    "standing-balance-with-support",
    "paced-stepping",
];

/// A folder's name in `steady paths` (the folders on disk keep their English names).
fn folder_name(what: &str) -> String {
    match what {
        "data" => crate::t!("cli-paths-data"),
        "routines" => crate::t!("cli-paths-routines"),
        "history" => crate::t!("cli-paths-history"),
        "check-ins" => crate::t!("cli-paths-check-ins"),
        "self-tests" => crate::t!("cli-paths-self-tests"),
        "state" => crate::t!("cli-paths-state"),
        "backups" => crate::t!("cli-paths-backups"),
        "trash" => crate::t!("cli-paths-trash"),
        other => other.to_owned(),
    }
}

/// A whole session at high speed through the app's own path (`Live`, the in-progress
/// file, the history store), printing `kept <reps+secs>` after each write is done.
/// The cue timing benchmark: a session on the computer's clock, ticked every
/// `tick_ms` like the window's frames, its cues sent to the real output (scheduled, or
/// at once with `immediate`). Prints `cue <seconds from the start> <cue>` per cue.
fn cue_timing(
    data_dir: &DataDir,
    id: &str,
    secs: u64,
    tick_ms: u64,
    immediate: bool,
) -> anyhow::Result<ExitCode> {
    use crate::clock::Clock;
    let routine = find_routine(data_dir, id)?;
    let clock: std::sync::Arc<dyn Clock> = std::sync::Arc::new(SystemClock::new());
    let audio = crate::audio::Audio::start_default(std::sync::Arc::clone(&clock), 100, false);
    // Wait (bounded) until the device is open or known missing.
    for _ in 0..500 {
        if audio.status() != crate::state::SoundStatus::Starting {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    eprintln!("steady: sound: {}", audio.status().describe());
    let mut engine = crate::session::Engine::new(&routine, PlanOptions::default());
    let start = clock.now();
    let end = start + Duration::from_secs(secs);
    let tick = Duration::from_millis(tick_ms.max(1));
    let mut events = engine.start(start);
    let mut out = std::io::stdout().lock();
    loop {
        for (at, cue) in cues_to_play(&events) {
            if immediate {
                audio.play(cue);
            } else {
                audio.play_at(cue, at);
            }
            writeln!(out, "cue {:.6} {cue:?}", (at - start).as_secs_f64())?;
        }
        let now = clock.now();
        if engine.is_finished() || now >= end {
            break;
        }
        // The next frame, as a window ticks: on a fixed grid from the start.
        let frames = (now - start).as_nanos() / tick.as_nanos() + 1;
        let next = start + tick * u32::try_from(frames).unwrap_or(u32::MAX);
        std::thread::sleep(next.saturating_sub(now));
        events = engine.tick(clock.now());
    }
    out.flush()?;
    // Let the last cues sound.
    std::thread::sleep(crate::audio::output::SCHEDULE_AHEAD + Duration::from_secs(1));
    Ok(ExitCode::SUCCESS)
}

fn crash_writer(data_dir: &DataDir, id: &str) -> anyhow::Result<ExitCode> {
    use crate::live::{Live, keep_on_disk};
    let routine = find_routine(data_dir, id)?;
    let mut notice = None;
    // The session runs at high speed: its clock moves half a second per loop, starting
    // at the computer's local time (records are stamped as usual).
    let clock = crate::clock::FakeClock::starting_at(SystemClock::new().wall());
    let (mut live, _) = Live::start(
        &routine,
        PlanOptions::default(),
        crate::history::CheckIn::default(),
        data_dir,
        &crate::live::this_host(),
        &clock,
        &mut notice,
    );
    if let Some(notice) = notice {
        anyhow::bail!(notice);
    }
    let mut out = std::io::stdout().lock();
    let amount = |live: &Live| {
        let r = live.record_so_far(&clock);
        r.exercises
            .iter()
            .map(|e| e.reps_done + e.secs_done)
            .sum::<u32>()
    };
    while !live.engine.is_finished() {
        clock.advance(Duration::from_millis(500));
        let now = clock.now();
        let waiting_since = live.engine.status(now).elapsed;
        let events = if live.engine.next_event_at().is_none()
            && waiting_since.as_secs() >= u64::from(live.engine.current_step().estimated_secs())
        {
            // A self-paced set: press "Set done" after its estimated time.
            live.engine.set_done(now)
        } else {
            live.engine.tick(now)
        };
        if events
            .iter()
            .any(|e| e.kind == crate::session::EventKind::SetDone)
        {
            let mut notice = None;
            keep_on_disk(&mut live, &clock, &mut notice);
            if let Some(notice) = notice {
                anyhow::bail!(notice);
            }
            writeln!(out, "kept {}", amount(&live))?;
            out.flush()?;
        }
        std::thread::sleep(Duration::from_micros(100));
    }
    let record = live.record_so_far(&clock);
    crate::history::HistoryStore::new(data_dir.history()).save(&record)?;
    if let Some(kept) = live.in_progress.take() {
        kept.finish();
    }
    writeln!(out, "saved {}", amount(&live))?;
    Ok(ExitCode::SUCCESS)
}

/// A routine by id (bundled or the person's) or by path.
fn find_routine(data_dir: &DataDir, name: &str) -> anyhow::Result<Routine> {
    let path = Path::new(name);
    if name.ends_with(".ron") || path.exists() {
        return match load_file(path) {
            Ok(parsed) => Ok(parsed.routine),
            Err(problems) => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| term_safe(&p.to_string()).into_owned())
                    .collect();
                anyhow::bail!(
                    "{}\n{}",
                    crate::t!("cli-routine-has-problems"),
                    lines.join("\n")
                )
            }
        };
    }
    let report = library_in(data_dir, crate::i18n::language().code());
    match report.get(name) {
        Some(loaded) => Ok(loaded.routine.clone()),
        None => anyhow::bail!(crate::t!(
            "cli-no-such-routine",
            id = term_safe(name).into_owned()
        )),
    }
}

/// The cues of a session's events, timed from its start, and the track length.
fn cue_track(events: &[crate::session::Event]) -> (Vec<(Duration, Cue)>, Duration) {
    let cues = cues_to_play(events);
    let end = events.last().map_or(Duration::ZERO, |e| e.at);
    (cues, end + Duration::from_secs(2))
}

/// Every cue once, in turn, with a pause between.
fn every_cue() -> (Vec<(Duration, Cue)>, Duration) {
    let gap = Duration::from_millis(700);
    let mut at = Duration::from_millis(200);
    let mut cues = Vec::new();
    for cue in Cue::ALL {
        cues.push((at, cue));
        at += synth::cue_duration(cue) + gap;
    }
    (cues, at)
}

/// Writes a WAV file: never over an existing file unless `force`, never through a link.
fn write_wav(wav: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    let written = if force {
        crate::files::write_atomically_with(wav, bytes, crate::files::Mode::Shared)
    } else {
        crate::files::write_new(wav, bytes, crate::files::Mode::Shared)
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(crate::t!(
            "cli-file-exists-force",
            path = wav.display().to_string()
        )),
        Err(e) => anyhow::bail!(crate::t!(
            "cli-wav-write-failed",
            why = crate::i18n::io_error(&e),
            path = wav.display().to_string()
        )),
        Ok(()) => Ok(()),
    }
}

/// `steady say`: the phrase from the voice, as a 16-bit mono WAV at the mixer's rate.
fn say(wav: &Path, text: &str, force: bool) -> anyhow::Result<ExitCode> {
    use crate::audio::voice::{Speech, find_voice};
    let Some(mut voice) = find_voice() else {
        anyhow::bail!(crate::t!("cli-say-no-voice"));
    };
    let samples = match voice.say(text, crate::i18n::language()) {
        Ok(Speech::Samples(samples)) => samples,
        Ok(Speech::SpokenBySystem) => {
            anyhow::bail!(crate::t!("cli-say-cannot-write", voice = voice.name()))
        }
        Err(why) => anyhow::bail!(why),
    };
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: synth::SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    {
        let mut writer =
            hound::WavWriter::new(&mut bytes, spec).context(crate::t!("cli-wav-data-failed"))?;
        for &sample in &samples {
            let value = (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16;
            writer
                .write_sample(value)
                .context(crate::t!("cli-wav-data-failed"))?;
        }
        writer
            .finalize()
            .context(crate::t!("cli-wav-data-failed"))?;
    }
    write_wav(wav, &bytes.into_inner(), force)?;
    let peak = samples.iter().fold(0f32, |m, s| m.max(s.abs()));
    outln!(
        "{}",
        crate::t!(
            "cli-say-written",
            path = show(wav),
            secs = format!(
                "{:.2}",
                samples.len() as f64 / f64::from(synth::SAMPLE_RATE)
            ),
            peak = format!("{:.1}", 20.0 * f64::from(peak.max(1e-6)).log10())
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// A cue track as the bytes of a 16-bit mono WAV file (written by the caller, never
/// over an existing file unless asked, never through a link).
fn wav_bytes(cues: &[(Duration, Cue)], total: Duration) -> anyhow::Result<Vec<u8>> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: synth::SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut bytes, spec)?;
    let mut result = Ok(());
    synth::render_track(cues, synth::SAMPLE_RATE, total, |block| {
        for &sample in block {
            if result.is_ok() {
                let value = (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16;
                result = writer.write_sample(value);
            }
        }
    });
    result?;
    writer.finalize()?;
    Ok(bytes.into_inner())
}

/// Prints every problem and a summary. Exit code 1 on an error, or with `strict` on a
/// warning; a file with warnings only still loads, so it passes otherwise.
fn validate_report(report: &LoadReport, strict: bool) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    for problem in &report.problems {
        writeln!(out, "{}", term_safe(&problem.to_string()))?;
    }
    let errors = report.error_count();
    let warnings = report.problems.len() - errors;
    let routines = report.routines.len();
    if report.problems.is_empty() {
        writeln!(
            out,
            "{}",
            crate::t!("cli-validate-all-good", routines = routines)
        )?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-validate-summary",
                errors = errors,
                warnings = warnings,
                routines = routines
            )
        )?;
        if errors > 0 || strict {
            Ok(ExitCode::from(1))
        } else {
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn list(report: &LoadReport) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let rows: Vec<[String; 4]> = report
        .routines
        .iter()
        .map(|loaded| {
            let r = &loaded.routine;
            let plan = Plan::new(r, PlanOptions::default());
            let focus: Vec<String> = r.focus.iter().map(|&f| crate::i18n::focus(f)).collect();
            [
                term_safe(&r.id).into_owned(),
                term_safe(&r.title).into_owned(),
                focus.join(", "),
                crate::t!("cli-list-minutes", minutes = plan.estimated_minutes()),
            ]
        })
        .collect();
    let header = [
        crate::t!("cli-list-id"),
        crate::t!("cli-list-title"),
        crate::t!("cli-list-focus"),
        crate::t!("cli-list-length"),
    ];
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .chain(std::iter::once(&header))
                .map(|row| row[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(rows.iter()) {
        let line = format!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {:>w3$}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3],
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        // Files, not problems: one file with two errors is one file.
        let files: std::collections::BTreeSet<&Path> =
            errors.iter().map(|p| p.path.as_path()).collect();
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "\n{}",
            crate::t!("cli-list-not-loaded", files = files.len())
        )
        .context(crate::t!("cli-writing-terminal"))?;
        for p in errors {
            writeln!(err, "  {}", term_safe(&p.to_string()))?;
        }
    }
    Ok(())
}

/// `steady generate-assets DIR`: the man page and completions from the CLI's own clap
/// definition (`desktop::generated_files`), written into DIR.
fn generate_assets(dir: &Path) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory as _;
    let files = crate::desktop::generated_files(&Cli::command())
        // A hidden packaging step: its words are for the packager, in English.
        .context("could not render the man page")?; // i18n: not shown
    for (relative, bytes) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                anyhow::anyhow!(
                    "could not create the folder ({}): {}", // i18n: not shown
                    crate::i18n::io_error(&e),
                    parent.display()
                )
            })?;
        }
        crate::files::write_atomically_with(&path, &bytes, crate::files::Mode::Shared).map_err(
            |e| {
                anyhow::anyhow!(
                    "could not write the file ({}): {}", // i18n: not shown
                    crate::i18n::io_error(&e),
                    path.display()
                )
            },
        )?;
        outln!("{}", show(&path));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_os_error_is_said_once_in_plain_words() {
        let e = anyhow::Error::from(crate::routine::folder::FolderError::Io {
            what: "could not save the routine",
            path: PathBuf::from("/data/routines/a.ron"),
            source: std::io::Error::from_raw_os_error(30),
        });
        let text = error_chain(&e);
        assert!(!text.contains("os error"), "{text}");
        assert_eq!(text.matches("read-only").count(), 1, "{text}");
        assert!(text.ends_with("/data/routines/a.ron"), "{text}");
    }

    #[test]
    fn control_and_bidi_characters_are_shown_escaped() {
        assert_eq!(term_safe("Sit to stand"), "Sit to stand");
        assert_eq!(
            term_safe("a\u{1b}[2J\u{7}b\nc\u{202e}d\u{2066}\u{9b}"),
            "a\\u{1b}[2J\\u{7}b\\u{a}c\\u{202e}d\\u{2066}\\u{9b}"
        );
    }
}
