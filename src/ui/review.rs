//! Review: what the person and their therapist look at together. Adherence to each
//! routine's prescription (chart and numbers), a calendar of recent months, weekly
//! trends, why sessions ended early, "strong hours" (when in the day sessions go best),
//! and every session in detail, over a period the person chooses (4 weeks to
//! everything; past six months the bars are months). Every chart has its numbers
//! beside it in words. "Report for my clinician" saves the same over the same period
//! as a document to print (`report`); [`save_panel_ui`] is the typed-path panel that
//! the report and the routines' handouts share.

use crate::state::command::DataCommand;
use chrono::{Duration as Days, NaiveDate};
use egui::RichText;
use egui::Vec2;
use egui_plot::{Bar, BarChart, Plot};

use crate::history::stats::{
    Grain, Period, Prescribed, Span, adherence_over, end_reasons, overall_percent_over, record_day,
    records_in, strong_hours_verdict, trends_over, week_start,
};
use crate::history::{Outcome, SessionRecord};
use crate::state::command::DocumentCommand;
use crate::state::{AppState, Command, Document, Documents};

use super::checkout::reason_in_sentence;
use super::{big_button, bold, note_ui};

/// Bars a chart always has room for, so one week is not one huge bar.
pub const REVIEW_WEEKS: usize = 12;
/// Sessions listed in detail (newest first).
const LISTED_SESSIONS: usize = 60;

pub fn review_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(bold(crate::t!("review-title"), 32.0));
        if big_button(ui, &crate::t!("review-export-csv"), 0.0).clicked() {
            commands.push(Command::Data(DataCommand::ExportCsv));
        }
        if big_button(ui, &crate::t!("documents-report-button"), 0.0).clicked() {
            commands.push(Command::Documents(DocumentCommand::Save(Document::Report)));
        }
    });
    if matches!(state.documents.saving, Some((Document::Report, _))) {
        save_panel_ui(ui, &mut state.documents, commands);
    } else if let Some((message, _)) = &state.documents.message
        && matches!(state.documents.saved, Some(Document::Report))
    {
        ui.label(RichText::new(message).size(20.0));
    }
    let state: &AppState = state;
    let records = &state.history.records;
    if state.history_loading {
        ui.label(RichText::new(crate::t!("review-loading")).size(24.0));
        return;
    }
    if !state.history.problems.is_empty() {
        let lines: Vec<String> = state
            .history
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        note_ui(ui, &crate::t!("review-unreadable-files"), &lines.join("\n"));
    }
    // The self-tests' charts, whether or not there are sessions.
    super::selftests::charts_ui(ui, &state.tests.records);
    if records.is_empty() {
        ui.label(RichText::new(crate::t!("review-no-sessions")).size(24.0));
        rest_days_ui(ui, &state.history.days);
        return;
    }
    // Adherence is against the program only (its checks have their charts above).
    let program = state.program();
    let routines: Vec<Prescribed> = program
        .map(|p| p.prescribed(|id| state.routine(id).map(|r| r.title.clone())))
        .unwrap_or_default();
    let period = state.documents.period;
    ui.add_space(8.0);
    ui.label(bold(crate::t!("documents-period"), 22.0));
    ui.horizontal_wrapped(|ui| {
        for p in Period::ALL {
            if super::choice_button(ui, &period_name(p), p == period, 0.0).clicked() {
                commands.push(Command::Documents(DocumentCommand::Period(p)));
            }
        }
    });
    let span = Span::of(period, records, state.today);
    let grain = span.grain();
    // Weeks before the program started were not prescribed.
    let mut counted = span;
    if let Some(from) = program.and_then(crate::program::Program::counts_from) {
        counted.from = counted.from.max(from);
    }
    let per_routine = adherence_over(records, &routines, counted, state.today);
    let in_span = records_in(records, span);

    ui.add_space(8.0);
    ui.label(bold(crate::t!("review-adherence"), 26.0));
    let overall = match (program, overall_percent_over(&per_routine)) {
        (None, _) => crate::t!("program-review-none"),
        (Some(_), Some(p)) => crate::t!("review-overall", percent = p),
        (Some(_), None) => crate::t!("review-overall-later"),
    };
    ui.add(egui::Label::new(RichText::new(overall).size(22.0)).wrap());
    let extra = crate::history::stats::extra_sessions(records, span, |id| {
        program.is_some_and(|p| p.contains(id))
    });
    if !extra.is_empty() {
        let list: Vec<String> = extra
            .iter()
            .map(|(id, n)| {
                let title = state.routine(id).map_or(id.as_str(), |r| r.title.as_str());
                format!("{title} ×{n}")
            })
            .collect();
        ui.add(
            egui::Label::new(
                RichText::new(crate::t!("program-extra", list = list.join(", "))).size(20.0),
            )
            .wrap(),
        );
    }
    let week_pattern = match grain {
        Grain::Week => crate::t!("date-day-month-short"),
        Grain::Month => crate::t!("report-date-month-year"),
    };
    for a in &per_routine {
        ui.add_space(6.0);
        // The current week: the last bar's, when weeks are shown.
        let this_week = state.today;
        let this_week_done = records
            .iter()
            .filter(|r| {
                r.routine_id == a.routine_id
                    && week_start(record_day(r)) == week_start(this_week)
                    && r.counts_toward_prescription()
            })
            .count();
        let full_weeks = a.full_weeks;
        let percent = match a.percent {
            Some(p) if full_weeks == 1 => crate::t!("review-percent-last-week", percent = p),
            Some(p) => crate::t!("review-percent-weeks", percent = p, weeks = full_weeks),
            None => crate::t!("review-percent-later"),
        };
        ui.label(bold(&a.title, 22.0));
        ui.label(crate::t!(
            "review-this-week",
            done = this_week_done,
            prescribed = a.times_per_week,
            percent = percent
        ));
        let done_now = u32::try_from(this_week_done).unwrap_or(u32::MAX);
        if done_now > a.times_per_week {
            // Doing more than planned is not success: rest days are part of it.
            ui.add(
                egui::Label::new(
                    RichText::new(crate::t!(
                        "week-review-too-much",
                        done = done_now,
                        planned = a.times_per_week
                    ))
                    .size(20.0),
                )
                .wrap(),
            );
        }
        let bars: Vec<Bar> = a
            .counts
            .iter()
            .enumerate()
            .map(|(i, w)| Bar::new(i as f64, f64::from(w.done)).width(0.6))
            .collect();
        let target: Vec<Bar> = a
            .counts
            .iter()
            .enumerate()
            .map(|(i, w)| Bar::new(i as f64, f64::from(w.prescribed)).width(0.8))
            .collect();
        let weeks = a.counts.clone();
        let top = a
            .counts
            .iter()
            .map(|c| c.prescribed.max(c.done))
            .max()
            .unwrap_or(a.times_per_week);
        let axis_pattern = week_pattern.clone();
        // Light blue: strong on the dark and the light themes, next to grey targets.
        let done_color = egui::Color32::from_rgb(80, 160, 255);
        let chart = Plot::new(format!("adherence-{}", a.routine_id))
            .height(140.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .include_y(f64::from(top) + 1.0)
            // Always room for REVIEW_WEEKS bars, so one week is not one huge bar.
            .include_x(-0.5)
            .include_x(REVIEW_WEEKS.max(a.counts.len()) as f64 - 0.5)
            .x_axis_formatter(move |mark, _| {
                let whole = mark.value.round();
                (whole >= 0.0 && (mark.value - whole).abs() < 1e-6)
                    .then(|| weeks.get(whole as usize))
                    .flatten()
                    .map(|w| crate::i18n::day(w.start, &axis_pattern))
                    .unwrap_or_default()
            })
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new(crate::t!("review-chart-prescribed"), target)
                        .color(egui::Color32::from_gray(110)),
                );
                plot.bar_chart(
                    BarChart::new(crate::t!("review-chart-done"), bars).color(done_color),
                );
            });
        super::name_for_screen_readers(
            &chart.response,
            &crate::t!(
                "review-chart-spoken",
                routine = a.title.as_str(),
                prescribed = a.times_per_week,
                weeks = a.counts.len()
            ),
        );
        let words: Vec<String> = a
            .counts
            .iter()
            .map(|w| {
                format!(
                    "{}: {}/{}",
                    crate::i18n::day(w.start, &week_pattern),
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
    ui.label(bold(
        match grain {
            Grain::Week => crate::t!("review-week-by-week"),
            Grain::Month => crate::t!("documents-month-by-month"),
        },
        26.0,
    ));
    // One wrapped line per week (a table would run off the right at large text).
    let decimal_point = crate::t!("review-decimal-point");
    let one = |v: Option<f32>| {
        v.map_or_else(
            || "–".to_owned(),
            |v| format!("{v:.1}").replace('.', &decimal_point),
        )
    };
    let year_pattern = crate::t!("date-day-month-year-short");
    for w in trends_over(records, span).iter().rev() {
        let label = match grain {
            Grain::Week => crate::i18n::day(w.week_start, &year_pattern),
            Grain::Month => crate::i18n::day(w.week_start, &week_pattern),
        };
        ui.add(
            egui::Label::new(crate::t!(
                "review-week",
                week = label,
                sessions = w.sessions,
                minutes = w.minutes,
                effort = one(w.avg_effort),
                fatigue = one(w.avg_fatigue)
            ))
            .wrap(),
        );
    }

    let reasons = end_reasons(&in_span);
    if !reasons.is_empty() {
        ui.add_space(12.0);
        ui.label(bold(crate::t!("review-end-reasons"), 26.0));
        for (reason, n) in reasons {
            ui.label(format!("{}: {n}", crate::i18n::end_reason(reason)));
        }
    }

    ui.add_space(12.0);
    ui.label(bold(crate::t!("review-strong-hours"), 26.0));
    let (parts, verdict) = strong_hours_verdict(&in_span);
    ui.label(RichText::new(crate::i18n::strong_hours(verdict)).size(24.0));
    for p in parts.iter().filter(|p| p.sessions > 0) {
        ui.add(
            egui::Label::new(crate::t!(
                "review-day-part",
                part = crate::i18n::day_part(p.part),
                sessions = p.sessions,
                completed = p.completed,
                effort = one(p.avg_effort),
                fatigue = one(p.avg_fatigue)
            ))
            .wrap(),
        );
    }

    ui.add_space(12.0);
    ui.label(bold(crate::t!("review-sessions"), 26.0));
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
    ui.label(bold(crate::t!("review-calendar"), 26.0));
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
    let week_pattern = crate::t!("date-day-month-short");
    ui.label(
        RichText::new(crate::t!(
            "review-calendar-summary",
            active = active_days(this_week),
            days_so_far = days_so_far,
            since = crate::i18n::day(first, &crate::t!("date-day-month")),
            since_active = active_days(first)
        ))
        .size(22.0),
    );
    ui.label(crate::t!("review-calendar-legend"));
    let rested_mark = crate::t!("review-calendar-rested");
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
        // Weeks start on Monday: `first` is one, and names each column's weekday.
        (0..7)
            .map(|d| crate::i18n::day(first + Days::days(d), &crate::t!("date-weekday-short")))
            .collect(),
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
                    (0, 0) if rested => rested_mark.clone(),
                    (0, 0) => "–".to_owned(),
                    (f, 0) if f > 1 => format!("✔{f}"),
                    (_, 0) => "✔".to_owned(),
                    (0, _) => "½".to_owned(),
                    (f, s) => format!("✔{f}½{s}"),
                }
            })
            .collect();
        row(ui, crate::i18n::day(week, &week_pattern), cells);
        week += Days::days(7);
    }
}

/// Days with a check-in and no session, newest first, with what the person answered.
fn rest_days_ui(ui: &mut egui::Ui, days: &[crate::history::DayRecord]) {
    if days.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(bold(crate::t!("review-rest-days"), 26.0));
    let when_pattern = crate::t!("date-short-with-time");
    for d in days.iter().rev().take(LISTED_SESSIONS) {
        ui.add(
            egui::Label::new(crate::t!(
                "review-rest-day",
                when = crate::i18n::dates(&d.at, &when_pattern),
                energy = d
                    .check_in
                    .energy
                    .map_or_else(not_answered, crate::i18n::energy)
                    .to_lowercase(),
                hot = yes_no(d.check_in.feeling_hot),
                weakness = yes_no(d.check_in.new_weakness)
            ))
            .wrap(),
        );
    }
}

fn not_answered() -> String {
    crate::t!("review-not-answered")
}

/// "yes", "no" or "not answered".
fn yes_no(answer: Option<bool>) -> String {
    match answer {
        None => not_answered(),
        Some(true) => crate::t!("review-yes"),
        Some(false) => crate::t!("review-no"),
    }
}

fn session_ui(ui: &mut egui::Ui, r: &SessionRecord) {
    let outcome = match r.outcome {
        Outcome::Completed => crate::t!("review-outcome-finished"),
        Outcome::EndedEarly(reason) => {
            crate::t!(
                "review-outcome-stopped",
                reason = reason_in_sentence(reason)
            )
        }
    };
    // The summary wraps; the header that opens the details stays short.
    ui.add(
        egui::Label::new(
            RichText::new(crate::t!(
                "review-session-summary",
                routine = r.routine_title.as_str(),
                minutes = r.active_minutes(),
                outcome = outcome
            ))
            .size(20.0),
        )
        .wrap(),
    );
    let title = crate::t!(
        "review-details",
        when = crate::i18n::dates(&r.started, &crate::t!("date-short-with-time"))
    );
    egui::CollapsingHeader::new(RichText::new(title).size(20.0))
        .id_salt(&r.id)
        .show(ui, |ui| {
            let level = |v: Option<u8>| {
                v.map_or_else(
                    || crate::t!("review-level-not-given"),
                    |v| crate::t!("review-level", value = v),
                )
            };
            ui.label(crate::t!(
                "review-effort-fatigue",
                effort = level(r.effort),
                fatigue = level(r.fatigue)
            ));
            let c = r.check_in;
            ui.label(crate::t!(
                "review-check-in",
                energy = c.energy.map_or_else(not_answered, crate::i18n::energy),
                hot = yes_no(c.feeling_hot),
                weakness = yes_no(c.new_weakness)
            ));
            if r.lighter {
                ui.label(crate::t!("review-lighter"));
            } else if r.level == crate::routine::Level::Harder {
                ui.label(crate::t!("review-harder"));
            }
            if let Some(answer) = r.check_in.progression {
                let level = crate::ui::checkin::level_name(answer.to);
                ui.label(if answer.accepted {
                    crate::t!("review-step-taken", level = level)
                } else {
                    crate::t!("review-step-not-taken", level = level)
                });
            }
            if r.pauses > 0 {
                ui.label(crate::t!(
                    "review-paused",
                    count = r.pauses,
                    secs = r.paused_secs
                ));
            }
            for e in &r.exercises {
                ui.label(crate::t!(
                    "review-exercise",
                    name = e.name.as_str(),
                    plan = crate::i18n::dose(&e.planned),
                    done = e.sets_done,
                    sets = e.planned.sets(),
                    reps = e.reps_done
                ));
            }
            if !r.note.is_empty() {
                ui.label(crate::t!("review-note", note = r.note.as_str()));
            }
        });
}

/// A period in words ("12 weeks").
fn period_name(period: Period) -> String {
    match period {
        Period::Weeks4 => crate::t!("documents-period-4-weeks"),
        Period::Weeks12 => crate::t!("documents-period-12-weeks"),
        Period::Months6 => crate::t!("documents-period-6-months"),
        Period::Year => crate::t!("documents-period-year"),
        Period::Everything => crate::t!("documents-period-everything"),
    }
}

/// Where to save a document: the path typed (a suggestion to start with), Save,
/// the system's dialog again, and Cancel; and what happened last time. Saving never
/// writes over a file (the app refuses and says so).
pub fn save_panel_ui(ui: &mut egui::Ui, documents: &mut Documents, commands: &mut Vec<Command>) {
    let Some((what, typed)) = &mut documents.saving else {
        return;
    };
    let what = what.clone();
    ui.add_space(6.0);
    ui.label(bold(crate::t!("documents-save-heading"), 20.0));
    ui.label(crate::t!("documents-save-explain"));
    let field = ui.add(
        egui::TextEdit::singleline(typed)
            .font(egui::TextStyle::Button)
            .desired_width(ui.available_width().min(700.0))
            .min_size(egui::vec2(0.0, super::MIN_TARGET)),
    );
    super::name_for_screen_readers(&field, &crate::t!("documents-save-field"));
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let typed = typed.trim().to_owned();
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &crate::t!("documents-save-do"), 0.0).clicked() || enter {
            commands.push(Command::Documents(DocumentCommand::SaveTo(typed.into())));
        }
        if big_button(ui, &crate::t!("documents-choose-dialog"), 0.0).clicked() {
            commands.push(Command::Documents(DocumentCommand::Save(what)));
        }
        if big_button(ui, &crate::t!("documents-save-cancel"), 0.0).clicked() {
            commands.push(Command::Documents(DocumentCommand::CancelSave));
        }
    });
    if let Some((message, refused)) = &documents.message {
        let text = RichText::new(message).size(20.0);
        ui.label(if *refused { text.strong() } else { text });
    }
}
