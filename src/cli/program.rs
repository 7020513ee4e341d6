//! `steady program`: show the person's program; add a routine (its own prescription as
//! the suggestion, or the days, time of day and highest level given); remove one;
//! start from a starter program; export the program as one file that carries the
//! person's routines; import one (the changes shown; `--yes` writes them). Bad input
//! (an unknown id, with "did you mean"; an unknown day; a file with problems at
//! `file:line:col`) gets a clear message and exit code 1.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::{show, term_safe};
use crate::clock::{Clock as _, SystemClock};
use crate::paths::DataDir;
use crate::program::file::{self as program_file, Stored};
use crate::program::starters::Starter;
use crate::program::{Prescribed, Program, TimeOfDay, When};
use crate::routine::{Level, LoadReport, library_in};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum ProgramAction {
    /// Show the program (the default).
    Show,
    /// Add a routine to the program, or change its days.
    Add {
        #[arg(value_name = "ID")]
        id: String,
        /// Fixed days, e.g. mon,wed,fri.
        #[arg(long, value_name = "DAYS", conflicts_with = "times")]
        days: Option<String>,
        /// Times a week, on days Steady chooses.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=7))]
        times: Option<u32>,
        /// morning, afternoon, evening or any.
        #[arg(long, value_name = "WHEN")]
        time: Option<String>,
        /// lighter, normal or harder.
        #[arg(long, value_name = "LEVEL")]
        max_level: Option<String>,
    },
    /// Remove a routine from the program.
    Remove {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Start from a starter program (replaces the program; the old one is kept in backups).
    Starter {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Write the program as one file that carries your routines (never over a file).
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Show what a program file changes; --yes writes it.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long)]
        yes: bool,
    },
}

/// A refusal of bad input: said once, exit code 1.
fn refuse(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("steady: {}", message);
    Ok(ExitCode::from(1))
}

pub(super) fn run(dir: &DataDir, action: Option<ProgramAction>) -> anyhow::Result<ExitCode> {
    let library = library_in(dir, crate::i18n::language().code());
    let stored = program_file::load(dir, &library);
    if let Stored::Broken(problems) = &stored {
        // Showing or replacing a broken program is fine; changing it needs it readable.
        for p in problems {
            eprintln!("steady: {}", term_safe(&p.to_string()));
        }
        if !matches!(
            action,
            None | Some(
                ProgramAction::Show | ProgramAction::Import { .. } | ProgramAction::Starter { .. }
            )
        ) {
            return refuse(&t!("program-cli-broken"));
        }
    }
    let current = stored.program();
    let clock = SystemClock::new();
    match action {
        None | Some(ProgramAction::Show) => {
            show_program(current, &library)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ProgramAction::Add {
            id,
            days,
            times,
            time,
            max_level,
        }) => {
            let Some(routine) = library.get(&id).map(|l| &l.routine) else {
                return refuse(&unknown_id(&id, &library));
            };
            let mut entry = current
                .and_then(|p| p.entry(&id).cloned())
                .unwrap_or_else(|| Prescribed::suggested(routine));
            if let Some(days) = days {
                match crate::program::parse_days(&days) {
                    Ok(days) => entry.when = When::Days(days),
                    Err(word) => {
                        return refuse(&t!(
                            "program-cli-bad-day",
                            word = term_safe(&word).into_owned()
                        ));
                    }
                }
            }
            if let Some(n) = times {
                entry.when = When::TimesAWeek(n);
            }
            if let Some(time) = time {
                match TimeOfDay::from_key(&time) {
                    Some(t) => entry.time = t,
                    None => {
                        return refuse(&t!(
                            "program-cli-bad-time",
                            word = term_safe(&time).into_owned()
                        ));
                    }
                }
            }
            if let Some(level) = max_level {
                match Level::ALL
                    .into_iter()
                    .find(|l| l.label().eq_ignore_ascii_case(level.trim()))
                {
                    Some(l) => entry.max_level = l,
                    None => {
                        return refuse(&t!(
                            "program-cli-bad-level",
                            word = term_safe(&level).into_owned()
                        ));
                    }
                }
            }
            let mut program = current.cloned().unwrap_or_default();
            if routine.is_check() && entry.when == Prescribed::suggested(routine).when {
                program.set_check(crate::program::Check {
                    routine: id.clone(),
                    every_weeks: crate::routine::CHECK_EVERY_WEEKS,
                });
            } else {
                program.set(entry);
            }
            save(dir, &program, &clock, &library)?;
            outln!(
                "{}",
                t!(
                    "program-cli-added",
                    title = term_safe(&routine.title).into_owned()
                )
            );
            show_program(Some(&program), &library)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ProgramAction::Remove { id }) => {
            let mut program = current.cloned().unwrap_or_default();
            if !program.remove(&id) {
                let mut message = t!("program-cli-not-in", id = term_safe(&id).into_owned());
                if let Some(near) = nearest(&id, program.ids()) {
                    message.push(' ');
                    message.push_str(&t!("program-cli-did-you-mean", id = near));
                }
                return refuse(&message);
            }
            save(dir, &program, &clock, &library)?;
            outln!(
                "{}",
                t!("program-cli-removed", id = term_safe(&id).into_owned())
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(ProgramAction::Starter { name }) => {
            let Some(starter) = Starter::from_key(&name) else {
                let names: Vec<&str> = Starter::ALL.iter().map(|s| s.key()).collect();
                return refuse(&t!(
                    "program-cli-bad-starter",
                    word = term_safe(&name).into_owned(),
                    names = names.join(", ")
                ));
            };
            let program = starter.program();
            save(dir, &program, &clock, &library)?;
            show_program(Some(&program), &library)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ProgramAction::Export { out }) => {
            let Some(program) = current else {
                return refuse(&t!("program-cli-none"));
            };
            match program_file::export(program, &library, &out) {
                Ok(n) => {
                    outln!(
                        "{}",
                        t!("program-cli-exported", routines = n, path = show(&out))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(program_file::ProgramError::Exists(path)) => {
                    refuse(&t!("program-cli-exists", path = show(&path)))
                }
                Err(e) => Err(anyhow::anyhow!(e)),
            }
        }
        Some(ProgramAction::Import { file, yes }) => {
            import(dir, &file, yes, current, &library, &clock)
        }
    }
}

fn save(
    dir: &DataDir,
    program: &Program,
    clock: &SystemClock,
    library: &LoadReport,
) -> anyhow::Result<()> {
    let mut program = program.clone();
    if program.starts.is_none() {
        program.starts = Some(clock.today());
    }
    let program = &program;
    let problems = program.validate(&program_file::known_in(library));
    if let Some(first) = problems.first() {
        anyhow::bail!("{}: {}", first.field, first.message);
    }
    if let Some(backup) = program_file::save(dir, program, clock.wall())? {
        outln!("{}", t!("program-cli-backup", path = show(&backup)));
    }
    Ok(())
}

fn import(
    dir: &DataDir,
    file: &Path,
    yes: bool,
    current: Option<&Program>,
    library: &LoadReport,
    clock: &SystemClock,
) -> anyhow::Result<ExitCode> {
    let plan = match program_file::plan_import(file, library, current) {
        Ok(plan) => plan,
        Err(problems) => {
            for p in &problems {
                eprintln!("steady: {}", term_safe(&p.to_string()));
            }
            return refuse(&t!("program-cli-import-refused", path = show(file)));
        }
    };
    for w in &plan.warnings {
        eprintln!("steady: {}", term_safe(&w.to_string()));
    }
    let title = |id: &str| {
        library.get(id).map_or_else(
            || term_safe(id).into_owned(),
            |l| term_safe(&l.routine.title).into_owned(),
        )
    };
    let mut lines = crate::state::program::describe_import(&plan, title, true);
    if lines.is_empty() {
        lines.push(t!("program-import-nothing"));
    }
    for line in &lines {
        outln!("  {line}");
    }
    if !yes {
        outln!("{}", t!("program-cli-import-ask"));
        return Ok(ExitCode::SUCCESS);
    }
    let applied = program_file::apply_import(dir, &plan, clock.wall())?;
    for backup in &applied.backups {
        outln!("{}", t!("program-cli-backup", path = show(backup)));
    }
    outln!("{}", t!("program-imported"));
    Ok(ExitCode::SUCCESS)
}

/// The closest id to a misspelt one, if close enough.
fn nearest<'a>(id: &str, ids: impl Iterator<Item = &'a str>) -> Option<String> {
    ids.map(|c| (strsim::levenshtein(id, c), c))
        .filter(|(d, c)| *d <= 3.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_owned())
}

fn unknown_id(id: &str, library: &LoadReport) -> String {
    let mut message = t!("cli-no-such-routine", id = term_safe(id).into_owned());
    if let Some(near) = nearest(id, library.routines.iter().map(|l| l.routine.id.as_str())) {
        message.push(' ');
        message.push_str(&t!("program-cli-did-you-mean", id = near));
    }
    message
}

fn show_program(program: Option<&Program>, library: &LoadReport) -> std::io::Result<()> {
    let Some(program) = program else {
        outln!("{}", t!("program-cli-none"));
        return Ok(());
    };
    // Clinical cautions: warnings on stderr, never a refusal.
    for caution in
        crate::state::program::caution_lines(program, |id| library.get(id).map(|l| &l.routine))
    {
        eprintln!("steady: {}", term_safe(&caution));
    }
    let title = |id: &str| {
        library.get(id).map_or_else(
            || format!("{} ({})", term_safe(id), t!("program-cli-missing")),
            |l| term_safe(&l.routine.title).into_owned(),
        )
    };
    outln!("{}", t!("program-mine"));
    for p in &program.routines {
        let when = match &p.when {
            When::Days(days) => days
                .iter()
                .map(|d| format!("{d:?}"))
                .collect::<Vec<_>>()
                .join(", "),
            When::TimesAWeek(n) => t!("program-times-a-week", times = n),
        };
        let mut extra = Vec::new();
        if p.time != TimeOfDay::Any {
            extra.push(p.time.key().to_owned());
        }
        if p.max_level != Level::Normal {
            extra.push(t!("program-cli-up-to", level = p.max_level.label()));
        }
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!(" ({})", extra.join(", "))
        };
        outln!("  {} [{}]: {when}{extra}", title(&p.routine), p.routine);
    }
    for c in &program.checks {
        outln!(
            "  {}",
            t!(
                "program-check-line",
                title = title(&c.routine),
                weeks = c.every_weeks
            )
        );
    }
    if let Some(m) = program.daily_minutes {
        outln!("{}", t!("program-cli-daily", minutes = m));
    }
    let who = program.clinician.name.trim();
    if !who.is_empty() {
        outln!(
            "{}",
            t!(
                "program-prescribed-by",
                name = term_safe(who).into_owned(),
                contact = term_safe(program.clinician.contact.trim()).into_owned()
            )
        );
    }
    if let Some(review) = program.review {
        outln!("{}", t!("program-review", date = review.to_string()));
    }
    Ok(())
}
