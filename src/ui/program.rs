//! The program on screen: Home's first start (three ways: a therapist's file, a
//! starter program, choose myself), an import waiting for a yes with what it changes,
//! "My program" at a glance, and each routine card's "In my program" line with its days
//! (add, change days, remove; the last change undoable). Draws only; returns commands.

use egui::RichText;

use super::{big_button, bold, choice_button, name_for_screen_readers, note_ui};
use crate::program::file::Stored;
use crate::program::starters::Starter;
use crate::program::{Program, When};
use crate::routine::{Routine, Weekday};
use crate::state::command::{Nav, ProgramCommand};
use crate::state::program::{ProgramView, SetupStep};
use crate::state::{AppState, Command};
use crate::t;

fn push(commands: &mut Vec<Command>, command: ProgramCommand) {
    commands.push(Command::Program(command));
}

/// A day's short name in the person's language ("Mon", "Mo").
pub fn day_name(day: Weekday) -> String {
    // 2024-01-01 was a Monday.
    let monday = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let offset = Weekday::ALL.iter().position(|d| *d == day).unwrap_or(0);
    let date = monday + chrono::Duration::days(i64::try_from(offset).unwrap_or(0));
    crate::i18n::day(date, &t!("date-weekday-short"))
}

/// "Mon, Wed, Fri" or "3 times a week".
pub fn when_words(when: &When) -> String {
    match when {
        When::Days(days) => days
            .iter()
            .map(|d| day_name(*d))
            .collect::<Vec<_>>()
            .join(", "),
        When::TimesAWeek(n) => t!("program-times-a-week", times = n),
    }
}

/// The time of day in words, if the program names one.
fn time_words(time: crate::program::TimeOfDay) -> Option<String> {
    use crate::program::TimeOfDay;
    match time {
        TimeOfDay::Any => None,
        TimeOfDay::Morning => Some(t!("program-time-morning")),
        TimeOfDay::Afternoon => Some(t!("program-time-afternoon")),
        TimeOfDay::Evening => Some(t!("program-time-evening")),
    }
}

/// The starter's name and what it holds.
fn starter_words(starter: Starter) -> (String, String) {
    match starter {
        Starter::SeatedStart => (
            t!("program-starter-seated"),
            t!("program-starter-seated-text"),
        ),
        Starter::BalanceAndWalking => (
            t!("program-starter-balance"),
            t!("program-starter-balance-text"),
        ),
        Starter::StretchAndRelax => (
            t!("program-starter-stretch"),
            t!("program-starter-stretch-text"),
        ),
    }
}

/// What happened to the last change, with Undo where there is one.
pub fn message_ui(ui: &mut egui::Ui, view: &ProgramView, commands: &mut Vec<Command>) {
    let Some((message, problem)) = &view.message else {
        return;
    };
    let text = if *problem {
        bold(format!("⚠ {message}"), 20.0)
    } else {
        RichText::new(message).size(20.0)
    };
    ui.add(egui::Label::new(text).wrap());
    if !problem && view.undo.is_some() && big_button(ui, &t!("program-undo"), 0.0).clicked() {
        push(commands, ProgramCommand::Undo);
    }
}

/// Home without a program: say so plainly and offer three ways to make one.
pub fn setup_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.label(bold(t!("program-setup-title"), 30.0));
    if let Stored::Broken(problems) = &state.program {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        note_ui(ui, &t!("program-broken-title"), &lines.join("\n"));
    } else {
        ui.add(egui::Label::new(RichText::new(t!("program-setup-text")).size(20.0)).wrap());
    }
    let view = &mut state.program_view;
    message_ui(ui, view, commands);
    if let Some(pending) = &view.pending {
        let lines = crate::state::program::describe_import(
            &pending.plan,
            |id| {
                state
                    .library
                    .get(id)
                    .map_or_else(|| id.to_owned(), |l| l.routine.title.clone())
            },
            false,
        );
        pending_ui(ui, &lines, commands);
        return;
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for (step, text) in [
            (SetupStep::FromFile, t!("program-from-therapist")),
            (SetupStep::Starters, t!("program-starter")),
        ] {
            if choice_button(ui, &text, view.step == step, 0.0).clicked() {
                push(commands, ProgramCommand::Setup(step));
            }
        }
        if big_button(ui, &t!("program-choose-myself"), 0.0).clicked() {
            commands.push(Command::Nav(Nav::Routines));
        }
    });
    ui.add_space(6.0);
    match view.step {
        SetupStep::Choose => {}
        SetupStep::Starters => {
            for starter in Starter::ALL {
                let (name, text) = starter_words(starter);
                super::card_frame(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(bold(&name, 24.0));
                    ui.add(egui::Label::new(RichText::new(&text).size(18.0)).wrap());
                    let b = big_button(ui, &t!("program-use-this"), 0.0);
                    name_for_screen_readers(&b, &t!("program-use-this-name", name = name.as_str()));
                    if b.clicked() {
                        push(commands, ProgramCommand::UseStarter(starter));
                    }
                });
                ui.add_space(6.0);
            }
        }
        SetupStep::FromFile => from_file_ui(ui, view, commands),
    }
}

/// The therapist's file: the system's dialog, or a path typed.
fn from_file_ui(ui: &mut egui::Ui, view: &mut ProgramView, commands: &mut Vec<Command>) {
    ui.add(egui::Label::new(RichText::new(t!("program-file-text")).size(18.0)).wrap());
    if big_button(ui, &t!("program-open-file"), 0.0).clicked() {
        push(commands, ProgramCommand::Browse);
    }
    ui.label(RichText::new(t!("program-typed-path")).size(18.0));
    let edit = ui.add(
        egui::TextEdit::singleline(&mut view.path)
            .desired_width(ui.available_width().min(600.0))
            .font(egui::TextStyle::Heading),
    );
    name_for_screen_readers(&edit, &t!("program-typed-path-name"));
    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if (big_button(ui, &t!("program-read-file"), 0.0).clicked() || enter)
        && !view.path.trim().is_empty()
    {
        push(
            commands,
            ProgramCommand::Read(std::path::PathBuf::from(view.path.trim())),
        );
    }
}

/// An import waiting for a yes: what will change, then "Use this program" or "Cancel".
pub fn pending_ui(ui: &mut egui::Ui, lines: &[String], commands: &mut Vec<Command>) {
    let text = if lines.is_empty() {
        t!("program-import-nothing")
    } else {
        lines.join("\n")
    };
    note_ui(ui, &t!("program-import-title"), &text);
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &t!("program-import-yes"), 0.0).clicked() {
            push(commands, ProgramCommand::ConfirmImport);
        }
        if big_button(ui, &t!("program-import-cancel"), 0.0).clicked() {
            push(commands, ProgramCommand::CancelImport);
        }
    });
}

/// "My program" at a glance on Home: each routine with its days and time of day,
/// the checks, who prescribed it and the next review.
pub fn summary_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    program: &Program,
    commands: &mut Vec<Command>,
) {
    ui.label(bold(t!("program-mine"), 26.0));
    let title = |id: &str| {
        state
            .routine(id)
            .map_or_else(|| id.to_owned(), |r| r.title.clone())
    };
    let mut lines: Vec<String> = program
        .routines
        .iter()
        .map(|p| {
            let when = when_words(&p.when);
            match time_words(p.time) {
                Some(time) => format!("{}: {when}, {time}", title(&p.routine)),
                None => format!("{}: {when}", title(&p.routine)),
            }
        })
        .collect();
    lines.extend(program.checks.iter().map(|c| {
        t!(
            "program-check-line",
            title = title(&c.routine),
            weeks = c.every_weeks
        )
    }));
    for line in lines {
        ui.add(egui::Label::new(RichText::new(format!("• {line}")).size(20.0)).wrap());
    }
    for caution in crate::state::program::caution_lines(program, |id| state.routine(id)) {
        ui.add(egui::Label::new(RichText::new(format!("⚠ {caution}")).size(18.0)).wrap());
    }
    let who = program.clinician.name.trim();
    if !who.is_empty() {
        let contact = program.clinician.contact.trim();
        ui.add(
            egui::Label::new(
                RichText::new(t!("program-prescribed-by", name = who, contact = contact))
                    .size(18.0),
            )
            .wrap(),
        );
    }
    if let Some(review) = program.review {
        ui.label(
            RichText::new(t!(
                "program-review",
                date = crate::i18n::day(review, &t!("date-day-month"))
            ))
            .size(18.0),
        );
    }
    message_ui(ui, &state.program_view, commands);
}

/// A routine card's program line on Home: "In my program: Mon, Wed, Fri" or "Not in
/// your program" (the days are changed on the routines screen, so Home's cards stay
/// short and Start near the top).
pub fn card_program_line_ui(ui: &mut egui::Ui, stored: &Stored, routine: &Routine) {
    let Some(program) = stored.program() else {
        return;
    };
    let text = match (program.entry(&routine.id), program.check(&routine.id)) {
        (Some(entry), _) => t!("program-in", when = when_words(&entry.when)),
        (None, Some(check)) => t!("program-in-check", weeks = check.every_weeks),
        (None, None) => t!("program-not-in"),
    };
    ui.add(egui::Label::new(bold(text, 18.0)).wrap());
}

/// A routine card's program line on the routines screen: "In my program: Mon, Wed,
/// Fri" with the days to change and Remove, or "Add to my program".
pub fn card_program_ui(
    ui: &mut egui::Ui,
    stored: &Stored,
    routine: &Routine,
    commands: &mut Vec<Command>,
) {
    let Some(program) = stored.program() else {
        if matches!(stored, Stored::Missing) {
            add_button_ui(ui, routine, commands);
        }
        return;
    };
    if let Some(check) = program.check(&routine.id) {
        ui.label(bold(
            t!("program-in-check", weeks = check.every_weeks),
            18.0,
        ));
        remove_button_ui(ui, routine, commands);
        return;
    }
    let Some(entry) = program.entry(&routine.id) else {
        ui.label(RichText::new(t!("program-not-in")).size(18.0));
        add_button_ui(ui, routine, commands);
        return;
    };
    ui.label(bold(t!("program-in", when = when_words(&entry.when)), 18.0));
    // The days: one toggle each (a day off leaves at least one day).
    let days: Vec<Weekday> = entry.when.days().map(<[_]>::to_vec).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        for day in Weekday::ALL {
            let on = days.contains(&day);
            let name = day_name(day);
            let b = choice_button(ui, &name, on, 0.0);
            name_for_screen_readers(
                &b,
                &t!(
                    "program-day-name",
                    day = name.as_str(),
                    title = routine.title.as_str()
                ),
            );
            if b.clicked() {
                let mut next = days.clone();
                if on {
                    next.retain(|d| *d != day);
                } else {
                    next.push(day);
                }
                if !next.is_empty() {
                    push(
                        commands,
                        ProgramCommand::SetWhen {
                            id: routine.id.clone(),
                            when: When::Days(crate::program::sorted_days(&next)),
                        },
                    );
                }
            }
        }
    });
    remove_button_ui(ui, routine, commands);
}

fn add_button_ui(ui: &mut egui::Ui, routine: &Routine, commands: &mut Vec<Command>) {
    let b = big_button(ui, &t!("program-add"), 0.0);
    name_for_screen_readers(&b, &t!("program-add-name", title = routine.title.as_str()));
    if b.clicked() {
        push(commands, ProgramCommand::Add(routine.id.clone()));
    }
}

fn remove_button_ui(ui: &mut egui::Ui, routine: &Routine, commands: &mut Vec<Command>) {
    let b = big_button(ui, &t!("program-remove"), 0.0);
    name_for_screen_readers(
        &b,
        &t!("program-remove-name", title = routine.title.as_str()),
    );
    if b.clicked() {
        push(commands, ProgramCommand::Remove(routine.id.clone()));
    }
}
