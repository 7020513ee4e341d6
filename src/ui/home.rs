//! Home: "Today" first (the one to three sessions the week planner has for today, a
//! best time with why, "Not today" to move one, and a gentle word when a routine was
//! done more often than planned), this week at a glance, any problem found while
//! loading routines, and every routine as a large card (what, where, how long, when
//! last done).

use crate::history::planner::TodayLimit;
use crate::state::command::{DataCommand, OrphanCommand, ProgramCommand, SessionCommand};
use egui::RichText;

use crate::history::stats::{due_today, last_done, this_week};
use crate::routine::Severity;
use crate::session::Plan;
use crate::state::week;
use crate::state::{AppState, Command};

use super::{big_button, bold, name_for_screen_readers, note_ui};
use crate::t;

pub fn home_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    if state.program().is_none() {
        // First start (or a program that cannot be read): three ways to make one.
        super::program::setup_ui(ui, state, commands);
        ui.add_space(8.0);
    }
    let state: &AppState = state;
    let week = state.week(1);
    if state.program().is_some() {
        today_ui(ui, state, &week, commands);
        ui.add_space(8.0);
    }
    // Banners below Today: they never push its Start and "Not today" down.
    reminder_ui(ui, state, commands);
    orphans_ui(ui, state, commands);
    crate::ui::player::sound_problem_ui(ui, &state.sound, commands);
    week_ui(ui, state);
    ui.add_space(8.0);
    if let Some(program) = state.program() {
        super::program::summary_ui(ui, state, program, commands);
        ui.add_space(8.0);
    }
    problems_ui(ui, state, commands);
    // The guided self-tests (their own place; the charts are in Review too).
    if big_button(ui, &t!("home-self-tests"), 0.0).clicked() {
        commands.push(crate::state::command::SelfTestCommand::Open.into());
    }
    ui.label(bold(t!("week-all-routines"), 26.0));
    // Two columns of cards on a wide window, one when the window or the text is large.
    let columns = if ui.available_width() > 900.0 { 2 } else { 1 };
    ui.columns(columns, |cols| {
        for (i, loaded) in state.library.routines.iter().enumerate() {
            card_ui(
                &mut cols[i % columns],
                state,
                &loaded.routine,
                week.limit,
                commands,
            );
        }
    });
}

/// "Today": the sessions the program has for today, each with its length, Start and
/// "Not today"; "Rest day"; the best time of day and why; what today's check-in
/// allows; a gentle word for any routine done more often this week than planned.
fn today_ui(ui: &mut egui::Ui, state: &AppState, week: &week::Week, commands: &mut Vec<Command>) {
    if state.history_loading {
        return;
    }
    let records = &state.history.records;
    let today = week
        .days
        .first()
        .map(|d| d.sessions.as_slice())
        .unwrap_or_default();
    ui.label(bold(t!("week-today"), 30.0));
    match week.limit {
        TodayLimit::Nothing => {
            note_ui(ui, &t!("week-fever-title"), &t!("week-fever-text"));
            return;
        }
        TodayLimit::SeatedOnly => match week.paused_until {
            Some(until) => fall_pause_ui(ui, state, until, commands),
            None => note_ui(
                ui,
                &t!("program-seated-only-title"),
                &t!("program-seated-only-text"),
            ),
        },
        TodayLimit::Any => {}
    }
    let done_today = records
        .iter()
        .filter(|r| r.started.date_naive() == state.today)
        .count();
    if today.is_empty() {
        let words = if done_today > 0 {
            t!("week-today-done")
        } else {
            t!("week-today-nothing")
        };
        ui.add(egui::Label::new(RichText::new(words).size(20.0)).wrap());
    } else if let Some(best) = week::best_time(records, state.settings.heat_sensitive) {
        ui.add(egui::Label::new(RichText::new(best.describe()).size(20.0)).wrap());
    }
    for session in today {
        let Some(routine) = state.routine(&session.routine_id) else {
            continue;
        };
        // Each card's controls are its own (ids by routine): after "Not today" the next
        // card slides into its place, and its buttons count as new (`settled`), so the
        // second half of a double press does not put that one off too.
        ui.push_id(("today", &routine.id), |ui| {
            today_card_ui(ui, routine, session, week.budget, commands);
        });
        ui.add_space(6.0);
    }
    if !today.is_empty() {
        let rest = big_button(ui, &t!("program-rest-day"), 0.0);
        name_for_screen_readers(&rest, &t!("program-rest-day-name"));
        if rest.clicked() {
            commands.push(Command::Program(ProgramCommand::RestDay));
        }
    }
    for over in week::too_much(&week.routines, records, state.today) {
        let title = state
            .routine(&over.routine_id)
            .map_or(over.routine_id.as_str(), |r| r.title.as_str());
        ui.add(
            egui::Label::new(
                RichText::new(t!(
                    "week-too-much",
                    title = title,
                    done = over.done,
                    planned = over.prescribed
                ))
                .size(20.0),
            )
            .wrap(),
        );
    }
}

/// After a fall: standing and balance work pause for 48 hours, with why and until
/// when; the person can go on sooner only by saying, in two steps, that their
/// clinician says so (kept in the settings file).
fn fall_pause_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    until: chrono::DateTime<chrono::FixedOffset>,
    commands: &mut Vec<Command>,
) {
    note_ui(
        ui,
        &t!("program-fall-pause-title"),
        &t!(
            "program-fall-pause-text",
            until = crate::i18n::dates(&until, &t!("date-time-day-month"))
        ),
    );
    ui.horizontal_wrapped(|ui| {
        if state.program_view.asking_resume {
            ui.label(bold(t!("program-resume-question"), 22.0));
            if big_button(ui, &t!("program-resume-yes"), 0.0).clicked() {
                commands.push(Command::Program(ProgramCommand::ConfirmResume));
            }
            if big_button(ui, &t!("program-resume-not-yet"), 0.0).clicked() {
                commands.push(Command::Program(ProgramCommand::CancelResume));
            }
        } else if big_button(ui, &t!("program-resume-ask"), 0.0).clicked() {
            commands.push(Command::Program(ProgramCommand::AskResume));
        }
    });
}

/// The calm prompt of a reminder: it is time for a planned session, if it suits.
fn reminder_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(routine) = state.reminder.as_deref().and_then(|id| state.routine(id)) else {
        return;
    };
    note_ui(
        ui,
        &t!("week-reminder-title", title = routine.title.as_str()),
        &t!("week-reminder-text"),
    );
    ui.horizontal_wrapped(|ui| {
        let start = big_button(ui, &t!("home-start"), 180.0);
        name_for_screen_readers(
            &start,
            &t!("week-reminder-start-name", title = routine.title.as_str()),
        );
        if start.clicked() {
            commands.push(Command::Session(SessionCommand::BeginCheckIn {
                routine_id: routine.id.clone(),
            }));
        }
        if big_button(ui, &t!("week-reminder-later"), 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::DismissReminder));
        }
    });
    ui.add_space(8.0);
}

/// One of today's sessions: its title, length, Start and "Not today".
fn today_card_ui(
    ui: &mut egui::Ui,
    routine: &crate::routine::Routine,
    session: &crate::history::planner::Planned,
    budget: u32,
    commands: &mut Vec<Command>,
) {
    super::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(bold(&routine.title, 26.0));
        ui.label(t!("week-today-length", minutes = session.minutes));
        if session.over_budget {
            ui.add(
                egui::Label::new(
                    RichText::new(t!("program-longer-than-daily", minutes = budget)).size(18.0),
                )
                .wrap(),
            );
        }
        ui.horizontal_wrapped(|ui| {
            let start = big_button(ui, &t!("home-start"), 180.0);
            name_for_screen_readers(
                &start,
                &t!("week-today-start-name", title = routine.title.as_str()),
            );
            if start.clicked() {
                commands.push(Command::Session(SessionCommand::BeginCheckIn {
                    routine_id: routine.id.clone(),
                }));
            }
            let later = big_button(ui, &t!("week-not-today"), 0.0);
            name_for_screen_readers(
                &later,
                &t!("week-not-today-name", title = routine.title.as_str()),
            );
            if later.clicked() {
                commands.push(Command::Session(SessionCommand::NotToday {
                    routine_id: routine.id.clone(),
                }));
            }
        });
    });
}

/// "This week: 2 sessions (Mon ✔, Wed ✔)".
fn week_ui(ui: &mut egui::Ui, state: &AppState) {
    if state.history_loading {
        ui.label(bold(t!("home-reading-history"), 26.0));
        return;
    }
    let week = this_week(&state.history.records, state.today);
    let minutes: u32 = week.iter().map(|r| r.active_minutes()).sum();
    ui.horizontal_wrapped(|ui| {
        ui.label(bold(t!("home-this-week", sessions = week.len()), 26.0));
        if !week.is_empty() {
            ui.label(RichText::new(t!("home-week-minutes", minutes = minutes)).size(22.0));
        }
    });
    if !week.is_empty() {
        // Whole session minutes against the guideline's 150: information, not a target.
        let whole: u32 = week.iter().map(|r| r.session_minutes()).sum();
        ui.add(
            egui::Label::new(
                RichText::new(t!("program-week-guideline", minutes = whole)).size(18.0),
            )
            .wrap(),
        );
    }
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
            format!(
                "{} {mark}",
                crate::i18n::day(day, &t!("date-weekday-short"))
            )
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
        0 => t!("home-files-need-fix"),
        n => t!("home-files-not-loaded", count = n),
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    note_ui(ui, &format!("⚠ {title}"), &lines.join("\n"));
    if big_button(ui, &t!("home-check-again"), 0.0).clicked() {
        commands.push(Command::Data(DataCommand::Reload));
    }
    ui.add_space(8.0);
}

fn card_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    routine: &crate::routine::Routine,
    limit: TodayLimit,
    commands: &mut Vec<Command>,
) {
    let plan = Plan::normal_day(routine, state.settings.get_ready_secs);
    super::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            card_body_ui(ui, state, routine, &plan, limit, commands);
        });
    });
    ui.add_space(14.0);
}

fn card_body_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    routine: &crate::routine::Routine,
    plan: &Plan,
    limit: TodayLimit,
    commands: &mut Vec<Command>,
) {
    let records = &state.history.records;
    ui.label(bold(&routine.title, 28.0));
    if state.library.get(&routine.id).is_some_and(|l| l.last_good) {
        ui.add(egui::Label::new(bold(t!("home-last-good"), 18.0)).wrap());
    }
    let focus: Vec<String> = routine
        .focus
        .iter()
        .map(|f| crate::i18n::focus(*f))
        .collect();
    ui.label(t!(
        "home-card-facts",
        focus = focus.join(", "),
        position = crate::i18n::position(routine.position),
        minutes = plan.estimated_minutes()
    ));
    let last = last_done(records, &routine.id).map_or_else(
        || t!("home-not-done-yet"),
        |d| {
            t!(
                "home-last-done",
                when = crate::i18n::relative_day(d, state.today)
            )
        },
    );
    let per_week = state
        .program()
        .and_then(|p| p.entry(&routine.id))
        .map(|e| e.when.per_week());
    if !state.history_loading {
        match per_week {
            Some(times) => {
                let (done, _) = due_today(records, &routine.id, times, state.today);
                ui.label(t!(
                    "home-this-week-of",
                    last = last,
                    done = done,
                    times = times
                ));
            }
            None => {
                ui.label(last);
            }
        }
    }
    super::program::card_program_line_ui(ui, &state.program, routine);
    if !routine.summary.is_empty() {
        ui.label(RichText::new(&routine.summary).size(18.0));
    }
    thumbnails_ui(ui, routine);
    ui.add_space(6.0);
    if limit == TodayLimit::Nothing
        || (limit == TodayLimit::SeatedOnly && !routine.stays_seated_or_lying())
    {
        // Today's check-in rules it out: said once above, and here beside the card.
        ui.add(egui::Label::new(RichText::new(t!("program-not-today-check-in")).size(18.0)).wrap());
        return;
    }
    let start = big_button(ui, &t!("home-start"), 180.0);
    name_for_screen_readers(
        &start,
        &t!("home-start-name", title = routine.title.as_str()),
    );
    if start.clicked() {
        commands.push(Command::Session(SessionCommand::BeginCheckIn {
            routine_id: routine.id.clone(),
        }));
    }
}

/// Small pictures of the routine's first exercises, as many as fit on one row (at
/// most three).
fn thumbnails_ui(ui: &mut egui::Ui, routine: &crate::routine::Routine) {
    const WIDTH: f32 = 150.0;
    let pictures: Vec<(&'static str, &str)> = (0..routine.exercises.len())
        .filter_map(|i| {
            let picture = crate::routine::pictures::for_exercise(routine, i)?;
            Some((picture, routine.exercises[i].name.as_str()))
        })
        .collect();
    if pictures.is_empty() {
        return;
    }
    let gap = ui.spacing().item_spacing.x;
    let fit = ((ui.available_width() + gap) / (WIDTH + gap))
        .floor()
        .max(1.0) as usize;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        for (picture, name) in pictures.into_iter().take(fit.min(3)) {
            super::picture::picture_ui(ui, picture, name, WIDTH);
        }
    });
}

/// Sessions left behind when Steady closed mid-session: save or discard (asked first).
fn orphans_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    for (i, orphan) in state.orphans.iter().enumerate() {
        let what = match &orphan.record {
            Some(r) => t!(
                "home-orphan-what",
                title = r.routine_title.as_str(),
                when = crate::i18n::dates(&r.started, &t!("date-long-with-time")),
                done = r
                    .exercises
                    .iter()
                    .filter(|e| e.sets_done > 0 || e.secs_done > 0)
                    .count(),
                exercises = r.exercises.len()
            ),
            None => t!(
                "home-orphan-unreadable",
                problem = orphan
                    .problem
                    .clone()
                    .unwrap_or_else(|| t!("home-unknown-problem")),
                path = orphan.path.display().to_string()
            ),
        };
        let title = match orphan.owner.as_ref().filter(|o| o.host != state.host) {
            Some(owner) => t!(
                "home-orphan-left-elsewhere",
                host = owner.host.as_str(),
                when = crate::i18n::dates(&owner.heartbeat, &t!("date-time-day-month"))
            ),
            None => t!("home-orphan-title"),
        };
        note_ui(ui, &title, &what);
        ui.horizontal_wrapped(|ui| {
            if state.confirm_discard == Some(i) {
                ui.label(bold(t!("home-discard-question"), 22.0));
                if big_button(ui, &t!("home-keep-it"), 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::CancelDiscard));
                }
                if big_button(ui, &t!("home-yes-discard"), 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::Discard(i)));
                }
            } else {
                if orphan.record.is_some()
                    && big_button(ui, &t!("home-save-stopped-early"), 0.0).clicked()
                {
                    commands.push(Command::Orphan(OrphanCommand::Recover(i)));
                }
                if big_button(ui, &t!("home-discard-it"), 0.0).clicked() {
                    commands.push(Command::Orphan(OrphanCommand::AskDiscard(i)));
                }
            }
        });
        ui.add_space(8.0);
    }
}
