//! Check-out: what was done against the plan, effort and fatigue on 0–10 scales with
//! plain words, an optional note, then save. Ending early comes here too, with the
//! reason already chosen.

use crate::state::command::SessionCommand;
use egui::RichText;

use crate::history::Outcome;
use crate::session::progress::EndReason;
use crate::state::{CheckOutDraft, Command};

use super::{big_button, bold, choice_button, note_ui};

/// Steady's own words for effort (not a copyrighted scale's anchors).
const EFFORT_WORDS: [(u8, &str); 5] = [
    (0, "no effort"),
    (3, "light"),
    (5, "somewhat hard"),
    (7, "hard"),
    (10, "all I had"),
];
const FATIGUE_WORDS: [(u8, &str); 5] = [
    (0, "not tired"),
    (3, "a little tired"),
    (5, "tired"),
    (7, "very tired"),
    (10, "exhausted"),
];

pub fn checkout_ui(ui: &mut egui::Ui, draft: &mut CheckOutDraft, commands: &mut Vec<Command>) {
    let record = &draft.record;
    let (done, planned) = record.sets_done_of_planned();
    // The words match what happened: "done" only for a session that counts.
    let (title, words) = match record.outcome {
        Outcome::Completed if record.counts_toward_prescription() => (
            "Session done. Well done!".to_owned(),
            format!("You did {done} of {planned} sets."),
        ),
        Outcome::Completed => (
            "You reached the end".to_owned(),
            format!(
                "You did {done} of {planned} sets: less than half, so it does not count toward this week's plan. That is fine; rest is part of the plan."
            ),
        ),
        Outcome::EndedEarly(EndReason::AllSkipped) => (
            "Every set was skipped".to_owned(),
            "Nothing is counted as done today. Rest, and try again another day.".to_owned(),
        ),
        Outcome::EndedEarly(reason) => (
            format!("Session stopped: {}", reason.label().to_lowercase()),
            format!("You did {done} of {planned} sets. Stopping was the right call."),
        ),
    };
    ui.label(bold(title, 34.0));
    ui.label(RichText::new(words).size(24.0));
    ui.label(
        RichText::new(format!(
            "{} · {} min of exercise{}",
            record.routine_title,
            record.active_minutes(),
            if record.lighter {
                " · lighter session"
            } else {
                ""
            }
        ))
        .size(22.0),
    );
    if let Outcome::EndedEarly(EndReason::Pain | EndReason::Balance) = record.outcome {
        note_ui(
            ui,
            "Look after yourself",
            "If pain does not settle, or you fell, contact your clinician. Rest now.",
        );
    }
    if let Outcome::EndedEarly(EndReason::TooHot) = record.outcome {
        note_ui(ui, "Cool down", &super::checkin::cooling_tip());
    }
    ui.add_space(6.0);
    // One block per exercise, wrapped: nothing runs off the right at large text.
    for e in &record.exercises {
        let mut done = format!("{} of {} sets", e.sets_done, e.planned.sets());
        if e.reps_done > 0 {
            done.push_str(&format!(", {} reps", e.reps_done));
        }
        if e.sets_skipped > 0 {
            done.push_str(&format!(", {} skipped", e.sets_skipped));
        }
        ui.add(egui::Label::new(bold(&e.name, 22.0)).wrap());
        ui.add(
            egui::Label::new(
                RichText::new(format!("Planned {} · done {done}", e.planned.describe())).size(20.0),
            )
            .wrap(),
        );
    }
    ui.add_space(12.0);
    scale_ui(
        ui,
        "How hard was it? (effort)",
        "Effort",
        &mut draft.effort,
        &EFFORT_WORDS,
    );
    ui.add_space(8.0);
    scale_ui(
        ui,
        "How tired are you now? (fatigue)",
        "Fatigue",
        &mut draft.fatigue,
        &FATIGUE_WORDS,
    );
    ui.add_space(8.0);
    let label = ui.label(RichText::new("A note (optional)").size(22.0));
    ui.add(
        egui::TextEdit::multiline(&mut draft.note)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
            .hint_text("How did it go? Anything for your therapist?"),
    )
    .labelled_by(label.id);
    ui.add_space(8.0);
    if let Some(error) = &draft.save_error {
        note_ui(ui, "⚠ Not saved yet", error);
    }
    ui.horizontal_wrapped(|ui| {
        let save = if draft.save_error.is_some() {
            "Try saving again"
        } else {
            "Save and finish"
        };
        if big_button(ui, save, 260.0).clicked() {
            commands.push(Command::Session(SessionCommand::SaveCheckOut));
        }
    });
}

/// Eleven big buttons, 0 to 10, with words at a few of them.
fn scale_ui(
    ui: &mut egui::Ui,
    question: &str,
    name: &str,
    value: &mut Option<u8>,
    words: &[(u8, &str)],
) {
    ui.label(RichText::new(question).size(24.0));
    ui.horizontal_wrapped(|ui| {
        for n in 0..=10u8 {
            let word = words.iter().find(|(at, _)| *at == n).map(|(_, w)| *w);
            let text = match word {
                Some(w) => format!("{n}\n{w}"),
                None => n.to_string(),
            };
            let r = choice_button(ui, &text, *value == Some(n), 64.0);
            let spoken = match word {
                Some(w) => format!("{name} {n}, {w}"),
                None => format!("{name} {n}"),
            };
            super::name_for_screen_readers(&r, &spoken);
            if r.clicked() {
                *value = Some(n);
            }
        }
    });
}
