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
fn effort_words() -> [(u8, String); 5] {
    [
        (0, crate::t!("checkout-effort-0")),
        (3, crate::t!("checkout-effort-3")),
        (5, crate::t!("checkout-effort-5")),
        (7, crate::t!("checkout-effort-7")),
        (10, crate::t!("checkout-effort-10")),
    ]
}

fn fatigue_words() -> [(u8, String); 5] {
    [
        (0, crate::t!("checkout-fatigue-0")),
        (3, crate::t!("checkout-fatigue-3")),
        (5, crate::t!("checkout-fatigue-5")),
        (7, crate::t!("checkout-fatigue-7")),
        (10, crate::t!("checkout-fatigue-10")),
    ]
}

/// Why a session ended, as it reads inside a sentence: lower case in English ("stopped:
/// too tired"); languages whose nouns keep their capitals keep them.
pub(super) fn reason_in_sentence(reason: EndReason) -> String {
    let words = crate::i18n::end_reason(reason);
    match crate::i18n::language() {
        crate::i18n::Language::English => words.to_lowercase(),
        crate::i18n::Language::German => words,
    }
}

pub fn checkout_ui(ui: &mut egui::Ui, draft: &mut CheckOutDraft, commands: &mut Vec<Command>) {
    let record = &draft.record;
    let (done, planned) = record.sets_done_of_planned();
    // The words match what happened: "done" only for a session that counts.
    let (title, words) = match record.outcome {
        Outcome::Completed if record.counts_toward_prescription() => (
            crate::t!("checkout-done-title"),
            crate::t!("checkout-done-words", done = done, planned = planned),
        ),
        Outcome::Completed => (
            crate::t!("checkout-end-title"),
            crate::t!("checkout-too-few-words", done = done, planned = planned),
        ),
        Outcome::EndedEarly(EndReason::AllSkipped) => (
            crate::t!("checkout-all-skipped-title"),
            crate::t!("checkout-all-skipped-words"),
        ),
        Outcome::EndedEarly(reason) => (
            crate::t!(
                "checkout-stopped-title",
                reason = reason_in_sentence(reason)
            ),
            crate::t!("checkout-stopped-words", done = done, planned = planned),
        ),
    };
    ui.label(bold(title, 34.0));
    ui.label(RichText::new(words).size(24.0));
    let summary = if record.lighter {
        crate::t!(
            "checkout-summary-lighter",
            routine = record.routine_title.as_str(),
            minutes = record.active_minutes()
        )
    } else {
        crate::t!(
            "checkout-summary",
            routine = record.routine_title.as_str(),
            minutes = record.active_minutes()
        )
    };
    ui.label(RichText::new(summary).size(22.0));
    if let Outcome::EndedEarly(EndReason::Pain | EndReason::Balance) = record.outcome {
        note_ui(
            ui,
            &crate::t!("checkout-look-after-title"),
            &crate::t!("checkout-look-after"),
        );
    }
    if let Outcome::EndedEarly(EndReason::TooHot) = record.outcome {
        note_ui(
            ui,
            &crate::t!("checkout-cool-down"),
            &super::checkin::cooling_tip(),
        );
    }
    ui.add_space(6.0);
    // One block per exercise, wrapped: nothing runs off the right at large text.
    for e in &record.exercises {
        let line = crate::t!(
            "checkout-exercise",
            plan = crate::i18n::dose(&e.planned),
            done = e.sets_done,
            sets = e.planned.sets(),
            reps = e.reps_done,
            skipped = e.sets_skipped
        );
        ui.add(egui::Label::new(bold(&e.name, 22.0)).wrap());
        ui.add(egui::Label::new(RichText::new(line).size(20.0)).wrap());
    }
    ui.add_space(12.0);
    scale_ui(
        ui,
        &crate::t!("checkout-effort-question"),
        &crate::t!("checkout-effort"),
        &mut draft.effort,
        &effort_words(),
    );
    ui.add_space(8.0);
    scale_ui(
        ui,
        &crate::t!("checkout-fatigue-question"),
        &crate::t!("checkout-fatigue"),
        &mut draft.fatigue,
        &fatigue_words(),
    );
    ui.add_space(8.0);
    let label = ui.label(RichText::new(crate::t!("checkout-note")).size(22.0));
    ui.add(
        egui::TextEdit::multiline(&mut draft.note)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
            .hint_text(crate::t!("checkout-note-hint")),
    )
    .labelled_by(label.id);
    ui.add_space(8.0);
    if let Some(error) = &draft.save_error {
        note_ui(ui, &crate::t!("checkout-not-saved"), error);
    }
    ui.horizontal_wrapped(|ui| {
        let save = if draft.save_error.is_some() {
            crate::t!("checkout-save-again")
        } else {
            crate::t!("checkout-save")
        };
        if big_button(ui, &save, 260.0).clicked() {
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
    words: &[(u8, String)],
) {
    ui.label(RichText::new(question).size(24.0));
    ui.horizontal_wrapped(|ui| {
        for n in 0..=10u8 {
            let word = words
                .iter()
                .find(|(at, _)| *at == n)
                .map(|(_, w)| w.as_str());
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
