//! The session player: a very large clock, what to do now, the tempo of the rep, what
//! comes next during rests, the sound status, and big controls with keyboard
//! shortcuts (Space pause/resume, → skip, ← back, Enter set done, Esc stop).

use crate::state::command::{SessionCommand, SettingsCommand};
use std::time::Duration;

use egui::{Align, Color32, Key, Layout, Modifiers, RichText, Stroke, Vec2};

use crate::live::{Live, StopStage};
use crate::session::plan::{Activity, RestKind, StepKind};
use crate::session::progress::EndReason;
use crate::session::{State, TempoPart};
use crate::state::{Command, Settings, SoundStatus};

use super::{BIG_BUTTON_HEIGHT, big_button, bold, clock_text, note_ui};

/// Size of the clock's digits.
const CLOCK_SIZE: f32 = 140.0;

pub fn player_ui(
    ui: &mut egui::Ui,
    live: &Live,
    sound: &SoundStatus,
    settings: &Settings,
    now: Duration,
    commands: &mut Vec<Command>,
) {
    match live.stop {
        StopStage::Confirm => return confirm_stop_ui(ui, commands),
        StopStage::Reason => return stop_reason_ui(ui, commands),
        StopStage::None => {}
    }
    shortcuts(ui, live, commands);

    let engine = &live.engine;
    let status = engine.status(now);
    let plan = engine.plan();
    let step = status.step;
    let exercise = step.exercise().and_then(|i| plan.exercises.get(i));
    let paused = matches!(status.state, State::Paused { .. });

    // Where in the session, and whether cues are heard: below the clock, so the clock
    // and what to do now come first even at 200 % text.
    let info_ui = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(&plan.routine_title, 20.0));
            let lighter = if plan.options.lighter {
                " · lighter session"
            } else {
                ""
            };
            ui.label(format!(
                "· step {} of {}{lighter}",
                status.step_index + 1,
                plan.steps.len()
            ));
        });
        sound_status_ui(ui, sound, commands);
    };
    // Left: what is happening now and the clock. Right: how to do it, or what is next.
    let wide = ui.available_width() > 900.0;
    let now_ui = |ui: &mut egui::Ui| {
        let (title, detail) = describe_step(&step.kind, exercise.map(|e| e.name.as_str()));
        ui.label(bold(title, 40.0));
        if let Some(detail) = detail {
            ui.label(RichText::new(detail).size(26.0));
        }
        // The clock: time left, or time so far in a self-paced set.
        let clock = match status.remaining {
            Some(left) => clock_text(left),
            None => clock_text(Duration::from_secs(status.elapsed.as_secs())),
        };
        // The clock keeps its size on screen whatever the text size: it is already
        // very large, and doubling it would push everything else out of the window.
        let zoom = ui.ctx().zoom_factor().max(1.0);
        ui.label(bold(clock, CLOCK_SIZE / zoom));
        if paused {
            ui.label(bold("Paused", 40.0));
        }
        if let Some(tempo) = status.tempo {
            ui.label(bold(format!("Rep {} of {}", tempo.rep, tempo.of), 34.0));
            tempo_ui(ui, tempo.part, tempo.part_fraction, settings.reduce_motion);
        }
        if let Some(beats) = status.beats {
            ui.label(RichText::new(format!("Step with the beat · {beats}")).size(30.0));
        }
        if let StepKind::Work(w) = &step.kind
            && matches!(w.activity, Activity::SelfPacedReps { .. })
        {
            ui.label(
                RichText::new("At your own pace. Press \"Set done\" (or Enter) when you finish.")
                    .size(24.0),
            );
        }
    };
    let how_ui = |ui: &mut egui::Ui| match &step.kind {
        StepKind::Rest { prompt, .. } => {
            if let Some(next) = exercise {
                ui.label(bold(format!("Next: {}", next.name), 30.0));
                if let Some(first) = next.steps.first() {
                    ui.label(RichText::new(first).size(24.0));
                }
            }
            ui.add_space(8.0);
            ui.label(RichText::new(prompt).size(26.0).italics());
        }
        StepKind::Work(_) | StepKind::SwitchSide { .. } | StepKind::GetReady => {
            if let Some(e) = exercise.or_else(|| plan.exercises.first()) {
                if matches!(step.kind, StepKind::GetReady) {
                    ui.label(bold(format!("First: {}", e.name), 30.0));
                }
                for (i, line) in e.steps.iter().enumerate() {
                    ui.label(RichText::new(format!("{}. {line}", i + 1)).size(24.0));
                }
                if let Some(note) = &e.note {
                    ui.label(RichText::new(format!("Tip: {note}")).size(20.0).italics());
                }
            }
        }
        StepKind::Done => {}
    };
    if wide {
        ui.columns(2, |cols| {
            cols[0].with_layout(Layout::top_down(Align::Min), |ui| {
                now_ui(ui);
                info_ui(ui, commands);
            });
            cols[1].with_layout(Layout::top_down(Align::Min), |ui| {
                ui.add_space(60.0);
                how_ui(ui);
                keys_ui(ui);
            });
        });
    } else {
        now_ui(ui);
        how_ui(ui);
        info_ui(ui, commands);
        keys_ui(ui);
    }
}

/// "Sit to stand", "Set 2 of 3 · left side".
pub(crate) fn describe_step(kind: &StepKind, exercise: Option<&str>) -> (String, Option<String>) {
    let name = exercise.unwrap_or("").to_owned();
    match kind {
        StepKind::GetReady => (
            "Get ready".to_owned(),
            Some("The first exercise starts soon.".to_owned()),
        ),
        StepKind::Work(w) => {
            let side = w
                .side
                .map(|s| format!(" · {}", s.label()))
                .unwrap_or_default();
            let what = match w.activity {
                Activity::Hold { secs } => format!(" · hold {secs} s"),
                Activity::Stepping { beats_per_min, .. } => {
                    format!(" · {beats_per_min} steps a minute")
                }
                Activity::TempoReps { reps, .. } | Activity::SelfPacedReps { reps } => {
                    format!(" · {reps} reps")
                }
            };
            (
                name,
                Some(format!("Set {} of {}{side}{what}", w.set, w.sets)),
            )
        }
        StepKind::Rest { kind, .. } => {
            let title = match kind {
                RestKind::BetweenSets { .. } => "Rest",
                RestKind::BetweenExercises => "Rest before the next exercise",
            };
            (title.to_owned(), None)
        }
        StepKind::SwitchSide { to, .. } => (format!("Switch to the {}", to.label()), Some(name)),
        StepKind::Done => ("Well done!".to_owned(), None),
    }
}

/// Up · Hold · Down, the active part framed and marked with an arrow, and a bar that
/// fills during the part (a still marker when motion is reduced).
fn tempo_ui(ui: &mut egui::Ui, part: TempoPart, fraction: f32, reduce_motion: bool) {
    let strong = ui.visuals().strong_text_color();
    let weak = ui.visuals().weak_text_color();
    ui.horizontal(|ui| {
        for (p, text) in [
            (TempoPart::Up, "▲ UP"),
            (TempoPart::Hold, "■ HOLD"),
            (TempoPart::Down, "▼ DOWN"),
        ] {
            let active = p == part;
            let (rect, _) = ui.allocate_exact_size(Vec2::new(200.0, 76.0), egui::Sense::hover());
            let painter = ui.painter();
            let stroke = if active {
                Stroke::new(6.0, strong)
            } else {
                Stroke::new(1.0, weak)
            };
            painter.rect_stroke(rect, 10.0, stroke, egui::StrokeKind::Inside);
            if active && !reduce_motion {
                let mut fill = rect.shrink(8.0);
                fill.set_width(fill.width() * fraction.clamp(0.0, 1.0));
                painter.rect_filled(
                    fill,
                    6.0,
                    ui.visuals().selection.bg_fill.gamma_multiply(0.6),
                );
            }
            let label = if active {
                format!("▶ {text}")
            } else {
                text.to_owned()
            };
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                label,
                egui::FontId::proportional(if active { 32.0 } else { 24.0 }),
                if active { strong } else { weak },
            );
        }
    });
}

fn sound_status_ui(ui: &mut egui::Ui, status: &SoundStatus, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let icon = match status {
            SoundStatus::Playing => "♪",
            SoundStatus::Starting => "…",
            SoundStatus::Muted | SoundStatus::Unavailable { .. } => "♪ ✕",
        };
        ui.label(RichText::new(format!("{icon} {}", status.describe())).size(20.0));
        if matches!(status, SoundStatus::Unavailable { .. })
            && big_button(ui, "Try sound again", 0.0).clicked()
        {
            commands.push(Command::Settings(SettingsCommand::RetrySound));
        }
    });
}

/// The big session buttons, always in view at the bottom of the window.
pub fn controls_ui(ui: &mut egui::Ui, live: &Live, commands: &mut Vec<Command>) {
    let paused = matches!(live.engine.state(), State::Paused { .. });
    let kind = &live.engine.current_step().kind;
    let resting = matches!(
        kind,
        StepKind::Rest { .. } | StepKind::GetReady | StepKind::SwitchSide { .. }
    );
    let self_paced =
        matches!(kind, StepKind::Work(w) if matches!(w.activity, Activity::SelfPacedReps { .. }));
    ui.horizontal_wrapped(|ui| {
        if self_paced && big_button(ui, "✔ Set done", 200.0).clicked() {
            commands.push(Command::Session(SessionCommand::SetDone));
        }
        let pause = if paused { "▶ Resume" } else { "❚❚ Pause" };
        if big_button(ui, pause, 200.0).clicked() {
            commands.push(Command::Session(SessionCommand::TogglePause));
        }
        if resting && big_button(ui, "+30 s rest", 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::AddRest));
        }
        if big_button(ui, "◀ Back", 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::Back));
        }
        if big_button(ui, "Skip ▶", 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::Skip));
        }
        if !live.engine.plan().options.lighter && big_button(ui, "Make it lighter", 0.0).clicked() {
            commands.push(Command::Session(SessionCommand::MakeLighter));
        }
        let stop = ui.add(
            egui::Button::new(RichText::new("■ Stop").size(24.0))
                .stroke(Stroke::new(3.0, Color32::from_rgb(220, 60, 60)))
                .min_size(Vec2::new(160.0, BIG_BUTTON_HEIGHT)),
        );
        if stop.clicked() {
            commands.push(Command::Session(SessionCommand::RequestStop));
        }
    });
}

/// The keyboard shortcuts, shown under the instructions.
fn keys_ui(ui: &mut egui::Ui) {
    ui.add_space(8.0);
    ui.label(
        RichText::new("Keys: Space pause · → skip · ← back · Enter set done · Esc stop").size(16.0),
    );
}

fn shortcuts(ui: &mut egui::Ui, live: &Live, commands: &mut Vec<Command>) {
    let self_paced = matches!(
        &live.engine.current_step().kind,
        StepKind::Work(w) if matches!(w.activity, Activity::SelfPacedReps { .. })
    );
    ui.input_mut(|input| {
        if input.consume_key(Modifiers::NONE, Key::Space) {
            commands.push(Command::Session(SessionCommand::TogglePause));
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowRight) {
            commands.push(Command::Session(SessionCommand::Skip));
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowLeft) {
            commands.push(Command::Session(SessionCommand::Back));
        }
        if self_paced && input.consume_key(Modifiers::NONE, Key::Enter) {
            commands.push(Command::Session(SessionCommand::SetDone));
        }
        if input.consume_key(Modifiers::NONE, Key::Escape) {
            commands.push(Command::Session(SessionCommand::RequestStop));
        }
    });
}

fn confirm_stop_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        commands.push(Command::Session(SessionCommand::CancelStop));
    }
    ui.label(bold("Stop the session?", 40.0));
    ui.label(RichText::new("The session is paused. Everything you did so far is kept.").size(24.0));
    ui.add_space(12.0);
    ui.with_layout(
        Layout::left_to_right(Align::Center).with_main_wrap(true),
        |ui| {
            if big_button(ui, "Keep going", 240.0).clicked() {
                commands.push(Command::Session(SessionCommand::CancelStop));
            }
            if big_button(ui, "Yes, stop", 240.0).clicked() {
                commands.push(Command::Session(SessionCommand::ConfirmStop));
            }
        },
    );
    ui.label(RichText::new("Esc: keep going").size(16.0));
}

fn stop_reason_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        commands.push(Command::Session(SessionCommand::CancelStop));
    }
    ui.label(bold("Why are you stopping?", 40.0));
    ui.label(
        RichText::new("This helps you and your therapist plan. Any answer is fine.").size(22.0),
    );
    ui.add_space(8.0);
    let keys = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
    ];
    ui.with_layout(
        Layout::left_to_right(Align::Center).with_main_wrap(true),
        |ui| {
            for (n, reason) in EndReason::CHOICES.iter().enumerate() {
                let pressed = ui.input_mut(|i| i.consume_key(Modifiers::NONE, keys[n]));
                let button = big_button(ui, &format!("{} · {}", n + 1, reason.label()), 280.0);
                super::name_for_screen_readers(&button, reason.label());
                if button.clicked() || pressed {
                    commands.push(Command::Session(SessionCommand::EndEarly(*reason)));
                }
            }
        },
    );
    ui.add_space(8.0);
    if big_button(ui, "Keep going instead", 0.0).clicked() {
        commands.push(Command::Session(SessionCommand::CancelStop));
    }
    note_ui(
        ui,
        "If something is wrong",
        "Pain that does not settle, a fall, or a sudden increase in weakness is a reason to contact your clinician.",
    );
}
