//! Review: what the person and their therapist look at together. Adherence to each
//! routine's prescription (chart and numbers), a calendar of recent months, weekly
//! trends, why sessions ended early, "strong hours" (when in the day sessions go best),
//! and every session in detail. Every chart has its numbers beside it in words.

use crate::state::command::DataCommand;
use chrono::{Duration as Days, NaiveDate};
use egui::RichText;
use egui::Vec2;
use egui_plot::{Bar, BarChart, Plot};

use crate::history::stats::{
    Prescribed, adherence, end_reasons, overall_percent, record_day, strong_hours, trends,
    week_start,
};
use crate::history::{Outcome, SessionRecord};
use crate::state::{AppState, Command};

use super::{big_button, bold, note_ui};

/// Weeks shown in adherence and trends.
pub const REVIEW_WEEKS: usize = 12;
/// Sessions listed in detail (newest first).
const LISTED_SESSIONS: usize = 60;

pub fn review_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let records = &state.history.records;
    ui.horizontal_wrapped(|ui| {
        ui.label(bold("Your progress", 32.0));
        if big_button(ui, "Export to CSV", 0.0).clicked() {
            commands.push(Command::Data(DataCommand::ExportCsv));
        }
    });
    if state.history_loading {
        ui.label(RichText::new("Reading your history…").size(24.0));
        return;
    }
    if !state.history.problems.is_empty() {
        let lines: Vec<String> = state
            .history
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        note_ui(
            ui,
            "Some history files could not be read (they were left as they are)",
            &lines.join("\n"),
        );
    }
    if records.is_empty() {
        ui.label(RichText::new("No sessions yet. Your sessions will show here.").size(24.0));
        rest_days_ui(ui, &state.history.days);
        return;
    }
    let routines: Vec<Prescribed> = state
        .library
        .routines
        .iter()
        .map(|l| Prescribed::of(&l.routine))
        .collect();
    let per_routine = adherence(records, &routines, state.today, REVIEW_WEEKS);

    ui.add_space(8.0);
    ui.label(bold("Sessions against the prescription", 26.0));
    match overall_percent(&per_routine) {
        Some(p) => ui.label(
            RichText::new(format!(
                "Overall: {p} % of prescribed sessions in the full weeks shown."
            ))
            .size(22.0),
        ),
        None => ui.label(RichText::new("Overall: shown after your first full week.").size(22.0)),
    };
    for a in &per_routine {
        ui.add_space(6.0);
        let this_week = a.weeks.last().map_or(0, |w| w.done);
        let full_weeks = a.weeks.len().saturating_sub(1);
        let percent = match a.percent {
            Some(p) if full_weeks == 1 => format!("{p} % last week"),
            Some(p) => format!("{p} % over the last {full_weeks} weeks"),
            None => "shown after a full week".to_owned(),
        };
        ui.label(bold(&a.title, 22.0));
        ui.label(format!(
            "This week: {this_week} of {} · {percent}",
            a.times_per_week
        ));
        let bars: Vec<Bar> = a
            .weeks
            .iter()
            .enumerate()
            .map(|(i, w)| Bar::new(i as f64, f64::from(w.done)).width(0.6))
            .collect();
        let target: Vec<Bar> = a
            .weeks
            .iter()
            .enumerate()
            .map(|(i, w)| Bar::new(i as f64, f64::from(w.prescribed)).width(0.8))
            .collect();
        let weeks = a.weeks.clone();
        // Light blue: strong on the dark and the light themes, next to grey targets.
        let done_color = egui::Color32::from_rgb(80, 160, 255);
        let chart = Plot::new(format!("adherence-{}", a.routine_id))
            .height(140.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .include_y(f64::from(a.times_per_week) + 1.0)
            // Always room for REVIEW_WEEKS bars, so one week is not one huge bar.
            .include_x(-0.5)
            .include_x(REVIEW_WEEKS as f64 - 0.5)
            .x_axis_formatter(move |mark, _| {
                let whole = mark.value.round();
                (whole >= 0.0 && (mark.value - whole).abs() < 1e-6)
                    .then(|| weeks.get(whole as usize))
                    .flatten()
                    .map(|w| w.week_start.format("%-d %b").to_string())
                    .unwrap_or_default()
            })
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new("Prescribed", target).color(egui::Color32::from_gray(110)),
                );
                plot.bar_chart(BarChart::new("Done", bars).color(done_color));
            });
        super::name_for_screen_readers(
            &chart.response,
            &format!(
                "Chart: sessions of {} done each week against {} prescribed, the last {} weeks (the numbers follow below)",
                a.title, a.times_per_week, REVIEW_WEEKS
            ),
        );
        let words: Vec<String> = a
            .weeks
            .iter()
            .map(|w| {
                format!(
                    "{}: {}/{}",
                    w.week_start.format("%-d %b"),
                    w.done,
                    w.prescribed
                )
            })
            .collect();
        ui.label(RichText::new(words.join(" · ")).size(16.0));
    }

    ui.add_space(12.0);
    calendar_ui(ui, records, &state.history.days, state.today);
    rest_days_ui(ui, &state.history.days);

    ui.add_space(12.0);
    ui.label(bold("Week by week", 26.0));
    // One wrapped line per week (a table would run off the right at large text).
    let one = |v: Option<f32>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
    for w in trends(records, state.today, REVIEW_WEEKS).iter().rev() {
        let sessions = match w.sessions {
            1 => "1 session".to_owned(),
            n => format!("{n} sessions"),
        };
        ui.add(
            egui::Label::new(format!(
                "{}: {sessions}, {} min, effort {}, fatigue {}",
                w.week_start.format("%-d %b %Y"),
                w.minutes,
                one(w.avg_effort),
                one(w.avg_fatigue)
            ))
            .wrap(),
        );
    }

    let reasons = end_reasons(records);
    if !reasons.is_empty() {
        ui.add_space(12.0);
        ui.label(bold("Why sessions ended early", 26.0));
        for (reason, n) in reasons {
            ui.label(format!("{}: {n}", reason.label()));
        }
    }

    ui.add_space(12.0);
    ui.label(bold("Strong hours", 26.0));
    let (parts, summary) = strong_hours(records);
    ui.label(RichText::new(summary).size(24.0));
    for p in parts.iter().filter(|p| p.sessions > 0) {
        ui.add(
            egui::Label::new(format!(
                "{}: {} sessions, {} of them finished, effort {}, fatigue {}",
                p.part.label(),
                p.sessions,
                p.completed,
                one(p.avg_effort),
                one(p.avg_fatigue)
            ))
            .wrap(),
        );
    }

    ui.add_space(12.0);
    ui.label(bold("Sessions", 26.0));
    for r in records.iter().rev().take(LISTED_SESSIONS) {
        session_ui(ui, r);
    }
}

/// The last three months, a week a row, each day marked by what was done (a check
/// mark and a count, not colour). Screen readers get one summary sentence instead of
/// a label per day: the marks are painted, not widgets.
fn calendar_ui(
    ui: &mut egui::Ui,
    records: &[SessionRecord],
    rest_days: &[crate::history::DayRecord],
    today: NaiveDate,
) {
    ui.label(bold("Calendar", 26.0));
    let active_days = |from: NaiveDate| {
        let mut days: Vec<NaiveDate> = records
            .iter()
            .map(record_day)
            .filter(|d| *d >= from && *d <= today)
            .collect();
        days.sort_unstable();
        days.dedup();
        days.len()
    };
    let this_week = week_start(today);
    let days_so_far = (today - this_week).num_days() + 1;
    let first = week_start(today - Days::days(7 * 12));
    ui.label(
        RichText::new(format!(
            "This week: {} of {days_so_far} days with a session. Since {}: {} days.",
            active_days(this_week),
            first.format("%-d %B"),
            active_days(first)
        ))
        .size(22.0),
    );
    ui.label("✔ a session done (half its sets or more) · ½ less than half · R rested (checked in) · – nothing");
    // Cells as wide as the window allows (the calendar never runs off the right).
    let gap = 4.0;
    let first_width = 72.0;
    let cell = Vec2::new(
        ((ui.available_width() - first_width) / 7.0 - gap).clamp(22.0, 52.0),
        30.0,
    );
    let text_colour = ui.visuals().text_color();
    let row = |ui: &mut egui::Ui, first_cell: String, cells: Vec<String>| {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (i, text) in std::iter::once(first_cell).chain(cells).enumerate() {
                let width = if i == 0 { first_width } else { cell.x };
                let (rect, _) =
                    ui.allocate_exact_size(Vec2::new(width, cell.y), egui::Sense::hover());
                ui.painter().text(
                    rect.left_center(),
                    egui::Align2::LEFT_CENTER,
                    text,
                    egui::FontId::proportional(if i == 0 { 16.0 } else { 18.0 }),
                    text_colour,
                );
            }
        });
    };
    ui.spacing_mut().interact_size.y = 0.0;
    row(
        ui,
        String::new(),
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            .map(str::to_owned)
            .to_vec(),
    );
    let mut week = first;
    while week <= today {
        let cells = (0..7)
            .map(|d| {
                let day = week + Days::days(d);
                if day > today {
                    return String::new();
                }
                let on_day: Vec<&SessionRecord> =
                    records.iter().filter(|r| record_day(r) == day).collect();
                let finished = on_day
                    .iter()
                    .filter(|r| r.counts_toward_prescription())
                    .count();
                let stopped = on_day.len() - finished;
                let rested = rest_days.iter().any(|d| d.at.date_naive() == day);
                match (finished, stopped) {
                    (0, 0) if rested => "R".to_owned(),
                    (0, 0) => "–".to_owned(),
                    (f, 0) if f > 1 => format!("✔{f}"),
                    (_, 0) => "✔".to_owned(),
                    (0, _) => "½".to_owned(),
                    (f, s) => format!("✔{f}½{s}"),
                }
            })
            .collect();
        row(ui, week.format("%-d %b").to_string(), cells);
        week += Days::days(7);
    }
}

/// Days with a check-in and no session, newest first, with what the person answered.
fn rest_days_ui(ui: &mut egui::Ui, days: &[crate::history::DayRecord]) {
    if days.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(bold("Rest days", 26.0));
    let yes_no = |v: Option<bool>| v.map_or("not answered", |b| if b { "yes" } else { "no" });
    for d in days.iter().rev().take(LISTED_SESSIONS) {
        ui.add(
            egui::Label::new(format!(
                "{}: rested. Energy {}, feeling hot {}, new weakness {}",
                d.at.format("%a %-d %b %Y %H:%M"),
                d.check_in
                    .energy
                    .map_or("not answered", |e| e.label())
                    .to_lowercase(),
                yes_no(d.check_in.feeling_hot),
                yes_no(d.check_in.new_weakness)
            ))
            .wrap(),
        );
    }
}

fn session_ui(ui: &mut egui::Ui, r: &SessionRecord) {
    let outcome = match r.outcome {
        Outcome::Completed => "finished".to_owned(),
        Outcome::EndedEarly(reason) => format!("stopped: {}", reason.label().to_lowercase()),
    };
    // The summary wraps; the header that opens the details stays short.
    ui.add(
        egui::Label::new(
            RichText::new(format!(
                "{} · {} min · {outcome}",
                r.routine_title,
                r.active_minutes()
            ))
            .size(20.0),
        )
        .wrap(),
    );
    let title = format!("Details of {}", r.started.format("%a %-d %b %Y %H:%M"));
    egui::CollapsingHeader::new(RichText::new(title).size(20.0))
        .id_salt(&r.id)
        .show(ui, |ui| {
            let level =
                |v: Option<u8>| v.map_or_else(|| "not given".to_owned(), |v| format!("{v} of 10"));
            ui.label(format!(
                "Effort {}, fatigue {}",
                level(r.effort),
                level(r.fatigue)
            ));
            let c = r.check_in;
            let yes_no =
                |v: Option<bool>| v.map_or("not answered", |b| if b { "yes" } else { "no" });
            ui.label(format!(
                "Check-in: energy {}, feeling hot {}, new weakness {}",
                c.energy.map_or("not answered", |e| e.label()),
                yes_no(c.feeling_hot),
                yes_no(c.new_weakness)
            ));
            if r.lighter {
                ui.label("Lighter session");
            }
            if r.pauses > 0 {
                ui.label(format!(
                    "Paused {} times, {} s in all",
                    r.pauses, r.paused_secs
                ));
            }
            for e in &r.exercises {
                ui.label(format!(
                    "{}: planned {}; done {} of {} sets{}",
                    e.name,
                    e.planned.describe(),
                    e.sets_done,
                    e.planned.sets(),
                    if e.reps_done > 0 {
                        format!(", {} reps", e.reps_done)
                    } else {
                        String::new()
                    }
                ));
            }
            if !r.note.is_empty() {
                ui.label(format!("Note: {}", r.note));
            }
        });
}
