//! Home: the routines as large cards (what, where, how long, when last done, due
//! today), this week at a glance, and any problem found while loading routines.

use crate::state::command::{DataCommand, OrphanCommand, SessionCommand};
use egui::RichText;

use crate::history::stats::{describe_day, due_today, last_done, this_week};
use crate::routine::Severity;
use crate::session::Plan;
use crate::state::{AppState, Command};

use super::{big_button, bold, name_for_screen_readers, note_ui};

pub fn home_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    orphans_ui(ui, state, commands);
    week_ui(ui, state);
    ui.add_space(8.0);
    problems_ui(ui, state, commands);
    // Two columns of cards on a wide window, one when the window or the text is large.
    let columns = if ui.available_width() > 900.0 { 2 } else { 1 };
    ui.columns(columns, |cols| {
        for (i, loaded) in state.library.routines.iter().enumerate() {
            card_ui(&mut cols[i % columns], state, &loaded.routine, commands);
        }
    });
}

/// "This week: 2 sessions (Mon ✔, Wed ✔)".
fn week_ui(ui: &mut egui::Ui, state: &AppState) {
    if state.history_loading {
        ui.label(bold("Reading your history…", 26.0));
        return;
    }
    let week = this_week(&state.history.records, state.today);
    let minutes: u32 = week.iter().map(|r| r.active_minutes()).sum();
    let sessions = match week.len() {
        0 => "no sessions yet".to_owned(),
        1 => "1 session".to_owned(),
        n => format!("{n} sessions"),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(bold(format!("This week: {sessions}"), 26.0));
        if !week.is_empty() {
            ui.label(RichText::new(format!("· {minutes} min")).size(22.0));
        }
    });
    let days: Vec<String> = (0..7)
        .map(|d| {
            let day = crate::history::stats::week_start(state.today) + chrono::Duration::days(d);
            let done = week
                .iter()
                .filter(|r| r.started.date_naive() == day)
                .count();
            let mark = match done {
                0 if day > state.today => "·".to_owned(),
                0 => "–".to_owned(),
                1 => "✔".to_owned(),
                n => format!("✔×{n}"),
            };
            format!("{} {mark}", day.format("%a"))
        })
        .collect();
    ui.label(RichText::new(days.join("   ")).size(20.0));
}

fn problems_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let problems = &state.library.problems;
    if problems.is_empty() {
        return;
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let title = match errors {
        0 => "Some routine files need a small fix".to_owned(),
        1 => "One routine file could not be loaded".to_owned(),
        n => format!("{n} routine files could not be loaded"),
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    note_ui(ui, &format!("⚠ {title}"), &lines.join("\n"));
    if big_button(ui, "Check routine files again", 0.0).clicked() {
        commands.push(Command::Data(DataCommand::Reload));
    }
    ui.add_space(8.0);
}

fn card_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    routine: &crate::routine::Routine,
    commands: &mut Vec<Command>,
) {
    let plan = Plan::normal_day(routine, state.settings.get_ready_secs);
    let (done_this_week, due) = due_today(
        &state.history.records,
        &routine.id,
        routine.prescription.times_per_week,
        state.today,
    );
    super::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            card_body_ui(ui, state, routine, &plan, done_this_week, due, commands);
        });
    });
    ui.add_space(14.0);
}

fn card_body_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    routine: &crate::routine::Routine,
    plan: &Plan,
    done_this_week: u32,
    due: bool,
    commands: &mut Vec<Command>,
) {
    let records = &state.history.records;
    ui.label(bold(&routine.title, 28.0));
    if state.library.get(&routine.id).is_some_and(|l| l.last_good) {
        ui.add(
            egui::Label::new(bold(
                "⚠ Its file has a problem (above); this is its last good version, in use until the file is fixed.",
                18.0,
            ))
            .wrap(),
        );
    }
    if due {
        ui.label(bold("★ Due today", 20.0));
    }
    let focus: Vec<&str> = routine.focus.iter().map(|f| f.label()).collect();
    ui.label(format!(
        "{} · {} · about {} min",
        focus.join(", "),
        routine.position.label(),
        plan.estimated_minutes()
    ));
    let last = last_done(records, &routine.id).map_or_else(
        || "Not done yet".to_owned(),
        |d| format!("Last done {}", describe_day(d, state.today)),
    );
    if !state.history_loading {
        ui.label(format!(
            "{last} · this week {done_this_week} of {}",
            routine.prescription.times_per_week
        ));
    }
    if !routine.summary.is_empty() {
        ui.label(RichText::new(&routine.summary).size(18.0));
    }
    ui.add_space(6.0);
    let start = big_button(ui, "Start ▶", 180.0);
    name_for_screen_readers(&start, &format!("Start {}", routine.title));
    if start.clicked() {
        commands.push(Command::Session(SessionCommand::BeginCheckIn {
            routine_id: routine.id.clone(),
        }));
    }
}

/// Sessions left behind when Steady closed mid-session: save or discard (asked first).
fn orphans_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    for (i, orphan) in state.orphans.iter().enumerate() {
        let what = match &orphan.record {
            Some(r) => format!(
                "{} on {}: {} of {} exercises had work done.",
                r.routine_title,
                r.started.format("%A %-d %B at %H:%M"),
                r.exercises
                    .iter()
                    .filter(|e| e.sets_done > 0 || e.secs_done > 0)
                    .count(),
                r.exercises.len()
            ),
            None => format!(
                "A session file could not be read ({}): {}",
                orphan.problem.as_deref().unwrap_or("unknown problem"),
                orphan.path.display()
            ),
        };
        let title = orphan.left_elsewhere(&state.host).map_or_else(
            || "A session was not finished when Steady closed".to_owned(),
            |where_when| format!("A session was left {where_when}"),
        );
        note_ui(ui, &title, &what);
        ui.horizontal_wrapped(|ui| {
            if state.confirm_discard == Some(i) {
                ui.label(bold("Discard it? It is moved to the trash folder.", 22.0));
                if big_button(ui, "Keep it", 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::CancelDiscard));
                }
                if big_button(ui, "Yes, discard", 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::Discard(i)));
                }
            } else {
                if orphan.record.is_some()
                    && big_button(ui, "Save it as stopped early", 0.0).clicked()
                {
                    commands.push(Command::Orphan(OrphanCommand::Recover(i)));
                }
                if big_button(ui, "Discard it", 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::AskDiscard(i)));
                }
            }
        });
        ui.add_space(8.0);
    }
}
