//! Check-in: three quick questions before a session (energy, heat, new weakness), the
//! routine's safety notes before any way to start, and a choice of a normal or lighter
//! session, or rest today (the answers are kept as a day record). After new or worse
//! weakness nothing starts a standing session: rest, or a lighter routine done seated
//! or lying down.

use crate::state::command::SessionCommand;
use egui::RichText;

use crate::history::Energy;
use crate::routine::Routine;
use crate::state::{CheckInDraft, Command};

use super::{big_button, bold, choice_button, note_ui};
use crate::t;

/// Plain advice for hot days (heat can bring symptoms on for a while).
pub fn cooling_tip() -> String {
    t!("checkin-cooling-tip")
}

/// The routines a person can do seated or lying down, offered instead of a standing
/// session on a day of new weakness: id and title.
pub type SeatedChoices<'a> = &'a [(String, String)];

pub fn checkin_ui(
    ui: &mut egui::Ui,
    draft: &mut CheckInDraft,
    routine: &Routine,
    seated: SeatedChoices<'_>,
    commands: &mut Vec<Command>,
) {
    let answers = &mut draft.answers;
    ui.label(bold(&routine.title, 30.0));
    ui.label(t!("checkin-intro"));

    ui.label(RichText::new(t!("checkin-energy-question")).size(24.0));
    ui.horizontal_wrapped(|ui| {
        for energy in [Energy::Low, Energy::Okay, Energy::Good] {
            let word = crate::i18n::energy(energy);
            let label = t!("checkin-energy-name", energy = word.to_lowercase());
            let chosen = answers.energy == Some(energy);
            let r = choice_button(ui, &word, chosen, 150.0);
            super::name_for_screen_readers(&r, &label);
            if r.clicked() {
                answers.energy = Some(energy);
            }
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new(t!("checkin-hot-question")).size(24.0));
    yes_no_ui(ui, &mut answers.feeling_hot, &t!("checkin-hot-name"));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("checkin-weakness-question")).size(24.0));
    yes_no_ui(ui, &mut answers.new_weakness, &t!("checkin-weakness-name"));
    ui.add_space(12.0);

    // The safety notes come before any way to start (the first question stays in view
    // at 200 % text above them).
    if !routine.safety.is_empty() {
        note_ui(
            ui,
            &t!("checkin-safety"),
            &format!("• {}", routine.safety.join("\n• ")),
        );
    }
    ui.add_space(8.0);

    let answers = *answers;
    if answers.suggests_clinician() {
        note_ui(
            ui,
            &t!("checkin-clinician-title"),
            &t!("checkin-clinician-text"),
        );
        ui.horizontal_wrapped(|ui| {
            if big_button(ui, &t!("checkin-rest-today"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::RestToday));
            }
            let this_one_is_seated = seated.iter().any(|(id, _)| *id == routine.id);
            if this_one_is_seated
                && big_button(ui, &t!("checkin-continue-lighter"), 0.0).clicked()
            {
                commands.push(Command::Session(SessionCommand::Start { lighter: true }));
            }
        });
        let others: Vec<&(String, String)> =
            seated.iter().filter(|(id, _)| *id != routine.id).collect();
        if !others.is_empty() {
            ui.label(RichText::new(t!("checkin-or-seated")).size(22.0));
            ui.horizontal_wrapped(|ui| {
                for (id, title) in others {
                    let text = t!("checkin-title-lighter", title = title.as_str());
                    if big_button(ui, &text, 0.0).clicked() {
                        commands.push(Command::Session(SessionCommand::StartInstead {
                            routine_id: id.clone(),
                        }));
                    }
                }
            });
        }
    } else {
        if answers.suggests_lighter() {
            let why = if answers.feeling_hot == Some(true) {
                t!("checkin-lighter-hot")
            } else {
                t!("checkin-lighter")
            };
            note_ui(ui, &t!("checkin-easy-today"), &why);
        }
        ui.horizontal_wrapped(|ui| {
            let lighter_first = answers.suggests_lighter();
            if lighter_first && big_button(ui, &t!("checkin-start-lighter"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::Start { lighter: true }));
            }
            if big_button(ui, &t!("checkin-start"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::Start { lighter: false }));
            }
            if !lighter_first && big_button(ui, &t!("checkin-start-lighter"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::Start { lighter: true }));
            }
            if big_button(ui, &t!("checkin-skip-today"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::RestToday));
            }
        });
    }

    ui.add_space(12.0);
    if !routine.equipment.is_empty() {
        note_ui(
            ui,
            &t!("checkin-you-need"),
            &format!("• {}", routine.equipment.join("\n• ")),
        );
    }
    ui.label(
        RichText::new(t!("checkin-not-medical")).size(18.0),
    );
}

fn yes_no_ui(ui: &mut egui::Ui, answer: &mut Option<bool>, name: &str) {
    ui.horizontal(|ui| {
        for (value, text) in [(true, t!("checkin-yes")), (false, t!("checkin-no"))] {
            let r = choice_button(ui, &text, *answer == Some(value), 150.0);
            super::name_for_screen_readers(&r, &format!("{name}: {text}"));
            if r.clicked() {
                *answer = Some(value);
            }
        }
    });
}
