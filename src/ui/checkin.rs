//! Check-in: three quick questions before a session (energy, heat, new weakness), the
//! routine's safety notes and the therapist's notes before any way to start, a step up
//! or down when one is due (the person decides), and a start at their level, lighter or
//! harder, or rest today (the answers are kept as a day record). After new or worse
//! weakness nothing starts a standing session: rest, or a lighter routine done seated
//! or lying down. More answers when they apply: fever or an infection (no session
//! today, and when to call), very poor sleep (lighter offered), dizziness (nothing
//! standing, no balance work), a fall (tell the clinician); on a hot day or for a
//! heat-sensitive person, how to cool down first and what heat does.

use crate::state::command::SessionCommand;
use egui::RichText;

use crate::history::Energy;
use crate::history::levels::{Offer, StepDownReason};
use crate::routine::{Level, Routine};
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
    let offer = draft.offer;
    let level_before = draft.level;
    let max_level = draft.max_level;
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
    ui.add_space(6.0);
    more_answers_ui(ui, answers);
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
    therapist_notes_ui(ui, routine);
    ui.add_space(8.0);

    let answers = *answers;
    // Seated or lying, and no balance work: what a dizzy day allows.
    let this_one_is_seated = seated.iter().any(|(id, _)| *id == routine.id)
        && !routine.focus.contains(&crate::routine::Focus::Balance);
    if answers.fell == Some(true) {
        note_ui(ui, &t!("week-fall-title"), &t!("week-fall-text"));
    }
    if answers.rules_out_today() {
        note_ui(ui, &t!("week-fever-title"), &t!("week-fever-text"));
        if big_button(ui, &t!("checkin-rest-today"), 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::RestToday));
        }
    } else if answers.suggests_clinician()
        || ((answers.rules_out_standing() || answers.fell == Some(true)) && !this_one_is_seated)
    {
        if answers.suggests_clinician() {
            note_ui(
                ui,
                &t!("checkin-clinician-title"),
                &t!("checkin-clinician-text"),
            );
        } else if answers.rules_out_standing() {
            note_ui(ui, &t!("week-dizzy-title"), &t!("week-dizzy-text"));
        } else {
            // After a fall: no standing or balance work today.
            note_ui(
                ui,
                &t!("program-seated-only-title"),
                &t!("program-seated-only-text"),
            );
        }
        ui.horizontal_wrapped(|ui| {
            if big_button(ui, &t!("checkin-rest-today"), 0.0).clicked() {
                commands.push(Command::Session(SessionCommand::RestToday));
            }
            if this_one_is_seated && big_button(ui, &t!("checkin-continue-lighter"), 0.0).clicked()
            {
                commands.push(Command::Session(SessionCommand::Start {
                    level: Level::Lighter,
                }));
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
        if answers.rules_out_standing() {
            note_ui(ui, &t!("week-dizzy-title"), &t!("week-dizzy-seated"));
        }
        if answers.feeling_hot == Some(true) || draft.heat_sensitive {
            heat_ui(ui, answers.feeling_hot == Some(true));
        }
        if answers.suggests_lighter() {
            let why = if answers.feeling_hot == Some(true) {
                t!("checkin-lighter-hot")
            } else {
                t!("checkin-lighter")
            };
            note_ui(ui, &t!("checkin-easy-today"), &why);
        }
        // No step up on a hot, low-energy, poorly slept, dizzy or unsafe day.
        let easy_day = draft.answers.suggests_lighter()
            || draft.answers.rules_out_standing()
            || draft.answers.fell == Some(true)
            || draft.answers.new_weakness == Some(true);
        let offer = offer.filter(|o| !(easy_day && matches!(o, Offer::StepUp { .. })));
        if offer.is_none() && draft.answers.progression.is_some_and(|a| a.to > a.from) {
            draft.answers.progression = None;
        }
        if let Some(offer) = offer {
            offer_ui(ui, offer, &mut draft.answers.progression);
        }
        let level = draft.level_now();
        if level != Level::Normal || offer.is_some() || level_before != Level::Normal {
            ui.label(RichText::new(t!("checkin-your-level", level = level_name(level))).size(22.0));
        }
        ui.horizontal_wrapped(|ui| {
            let mut chosen = None;
            let mut start = |ui: &mut egui::Ui, key: Level, text: String| {
                if big_button(ui, &text, 0.0).clicked() {
                    chosen = Some(key);
                }
            };
            // Lighter first when the answers suggest it; then the person's own level;
            // then the other levels the routine has.
            // A check of self-tests has no lighter or harder dose: only Start.
            let only_normal = routine.is_check();
            let lighter_first =
                !only_normal && answers.suggests_lighter() && level != Level::Lighter;
            if lighter_first {
                start(ui, Level::Lighter, t!("checkin-start-lighter"));
            }
            start(ui, level, t!("checkin-start"));
            for other in Level::ALL {
                // Harder only when the program allows it (or the person's level
                // already is harder) and today is not a day for an easier session.
                let harder_ok = routine.has_harder()
                    && (max_level == Level::Harder || level == Level::Harder)
                    && !easy_day;
                let offered = !only_normal
                    && other != level
                    && !(lighter_first && other == Level::Lighter)
                    && (other != Level::Harder || harder_ok);
                if offered {
                    let text = match other {
                        Level::Lighter => t!("checkin-start-lighter"),
                        Level::Normal => t!("checkin-start-normal"),
                        Level::Harder => t!("checkin-start-harder"),
                    };
                    start(ui, other, text);
                }
            }
            if let Some(level) = chosen {
                commands.push(Command::Session(SessionCommand::Start { level }));
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
    ui.label(RichText::new(t!("checkin-not-medical")).size(18.0));
}

/// The answers that only matter when they apply (fever or infection, very poor
/// sleep, dizziness, a fall since the last session): one toggle each.
fn more_answers_ui(ui: &mut egui::Ui, answers: &mut crate::history::CheckIn) {
    ui.label(RichText::new(t!("week-checkin-more")).size(24.0));
    ui.horizontal_wrapped(|ui| {
        for (answer, text) in [
            (&mut answers.fever, t!("week-checkin-fever")),
            (&mut answers.poor_sleep, t!("week-checkin-poor-sleep")),
            (&mut answers.dizzy, t!("week-checkin-dizzy")),
            (&mut answers.fell, t!("week-checkin-fell")),
        ] {
            let on = *answer == Some(true);
            let r = choice_button(ui, &text, on, 0.0);
            super::name_for_screen_readers(
                &r,
                &t!("week-checkin-toggle-name", answer = text.as_str()),
            );
            if r.clicked() {
                *answer = Some(!on);
            }
        }
    });
}

/// Heat: how to cool down before the session, what heat does to MS symptoms (not a
/// relapse if it settles once cool; more than 24 hours is a reason to call), and on a
/// hot day, a cooler time.
fn heat_ui(ui: &mut egui::Ui, hot_today: bool) {
    let mut text = t!("week-heat-before");
    if hot_today {
        text.push_str("\n\n");
        text.push_str(&t!("week-heat-move"));
    }
    note_ui(ui, &t!("week-heat-title"), &text);
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

/// "lighter", "normal", "harder" in the person's language.
pub fn level_name(level: Level) -> String {
    crate::i18n::level(level)
}

/// What the therapist wrote for the person: the prescription's note and the routine's
/// notes, under "From your therapist".
pub(crate) fn therapist_notes_ui(ui: &mut egui::Ui, routine: &Routine) {
    let notes: Vec<&str> = [routine.prescription.note.trim(), routine.notes.trim()]
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect();
    if !notes.is_empty() {
        note_ui(ui, &t!("checkin-from-therapist"), &notes.join("\n\n"));
    }
}

/// A step up or down, offered once: the person says yes or not now; the answer is kept
/// with the session.
fn offer_ui(
    ui: &mut egui::Ui,
    offer: Offer,
    answer: &mut Option<crate::history::levels::ProgressionAnswer>,
) {
    let (title, text, yes, no) = match offer {
        Offer::StepUp {
            to,
            sessions,
            max_effort,
            ..
        } => (
            t!("checkin-step-up-title"),
            t!(
                "checkin-step-up-text",
                sessions = sessions,
                effort = max_effort,
                level = level_name(to)
            ),
            t!("checkin-step-up-yes"),
            t!("checkin-step-up-no"),
        ),
        Offer::StepDown { to, because, .. } => (
            t!("checkin-step-down-title"),
            match because {
                StepDownReason::Pain => t!("checkin-step-down-pain", level = level_name(to)),
                StepDownReason::Fatigue(f) => {
                    t!(
                        "checkin-step-down-fatigue",
                        fatigue = f,
                        level = level_name(to)
                    )
                }
            },
            t!("checkin-step-down-yes"),
            t!("checkin-step-down-no"),
        ),
    };
    match answer {
        None => {
            note_ui(ui, &title, &text);
            ui.horizontal_wrapped(|ui| {
                if big_button(ui, &yes, 0.0).clicked() {
                    *answer = Some(offer.answer(true));
                }
                if big_button(ui, &no, 0.0).clicked() {
                    *answer = Some(offer.answer(false));
                }
            });
        }
        Some(a) => {
            let said = if a.accepted {
                t!("checkin-step-taken", level = level_name(a.to))
            } else {
                t!("checkin-step-not-taken", level = level_name(a.from))
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(said).size(22.0));
                if big_button(ui, &t!("checkin-step-change"), 0.0).clicked() {
                    *answer = None;
                }
            });
        }
    }
}
