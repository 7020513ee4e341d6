//! The session player: a very large clock, what to do now, the tempo of the rep, what
//! comes next during rests, the sound status, and big controls with keyboard
//! shortcuts (Space pause/resume, → skip, ← back, Enter set done, Esc stop).

use crate::state::command::{SessionCommand, SettingsCommand};
use std::time::Duration;

use egui::{Align, Color32, Key, Layout, Modifiers, RichText, Stroke, Vec2};

use crate::live::{Live, StopStage};
use crate::session::plan::{Activity, RestKind, StepKind, Work};
use crate::session::progress::EndReason;
use crate::session::{State, TempoPart};
use crate::state::{Command, Settings, SoundStatus};

use super::{BIG_BUTTON_HEIGHT, MIN_TARGET, big_button, bold, clock_text, note_ui, settled};
use crate::state::Theme;
use crate::t;

/// Size of the clock's digits.
const CLOCK_SIZE: f32 = 140.0;
/// The exercise's picture at most this wide (points; it is half as high).
const PICTURE_WIDTH: f32 = 460.0;
/// From this width (points) on, the picture goes beside the instructions.
const WIDE: f32 = 760.0;

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
    // A self-test step's test under way: the self-tests' own flow (format 3).
    if let Some(run) = &live.test {
        return super::selftests::run_ui(ui, run, now, commands);
    }
    let engine = &live.engine;
    let status = engine.status(now);
    let plan = engine.plan();
    let step = status.step;
    let exercise = step.exercise().and_then(|i| plan.exercises.get(i));
    let paused = matches!(status.state, State::Paused { .. });

    // What a person needs at a glance comes first and stays above the fold at 200 %
    // text: the phase, the clock, the exercise and the part of the rep.
    if live.rehearsal {
        ui.label(bold(t!("player-rehearsal"), 20.0));
    }
    // Sound lost: said first, at the top, so it is never below the fold.
    let sound_lost = matches!(sound, SoundStatus::Unavailable { .. });
    if sound_lost {
        sound_status_ui(ui, sound, commands);
    }
    let pulsing = live.pulse_shade();
    phase_band_ui(ui, live, now, paused, pulsing, settings.reduce_motion);
    if let Some((_, hint)) = &live.hint {
        ui.label(bold(hint, 22.0));
    }
    if let StepKind::Work(w) = &step.kind
        && let Activity::Test { kind } = w.activity
    {
        let text = t!("player-start-test", test = crate::i18n::test_name(kind));
        if big_button(ui, &text, 0.0).clicked() {
            commands.push(Command::SelfTest(
                crate::state::command::SelfTestCommand::Choose(kind),
            ));
        }
    }

    // Where in the session, and whether cues are heard: after what to do now.
    let info_ui = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(&plan.routine_title, 20.0));
            let step = status.step_index + 1;
            let steps = plan.steps.len();
            ui.label(if plan.options.lighter() {
                t!("player-step-of-lighter", step = step, steps = steps)
            } else {
                t!("player-step-of", step = step, steps = steps)
            });
        });
        if !sound_lost {
            sound_status_ui(ui, sound, commands);
        }
    };
    // How to do it, or what is next.
    let how_ui = |ui: &mut egui::Ui| match &step.kind {
        StepKind::Rest { prompt, .. } => {
            if let Some(next) = exercise {
                ui.label(bold(t!("player-next", name = next.name.as_str()), 28.0));
                if let Some(first) = next.steps.first() {
                    ui.label(RichText::new(first).size(24.0));
                }
            }
            ui.add_space(8.0);
            ui.label(
                RichText::new(crate::i18n::rest_prompt(prompt))
                    .size(24.0)
                    .italics(),
            );
            // A hot day, or heat brings on symptoms: cool down in every rest (week).
            if live.check_in.feeling_hot == Some(true) || settings.heat_sensitive {
                ui.add(egui::Label::new(bold(t!("week-rest-cool-down"), 22.0)).wrap());
            }
        }
        StepKind::Work(_) | StepKind::SwitchSide { .. } | StepKind::GetReady => {
            if let Some(e) = exercise.or_else(|| plan.exercises.first()) {
                if matches!(step.kind, StepKind::GetReady) {
                    ui.label(bold(t!("player-first", name = e.name.as_str()), 28.0));
                }
                for (i, line) in e.steps.iter().enumerate() {
                    ui.label(RichText::new(format!("{}. {line}", i + 1)).size(24.0));
                }
                if let Some(load) = &e.load {
                    ui.label(bold(t!("player-load", load = load.as_str()), 22.0));
                }
                if let Some(position) = e.position {
                    let position = crate::i18n::position(position);
                    ui.label(bold(t!("player-position", position = position), 22.0));
                }
                if let Some(note) = &e.note {
                    ui.label(
                        RichText::new(t!("player-tip", note = note.as_str()))
                            .size(20.0)
                            .italics(),
                    );
                }
            }
            if matches!(step.kind, StepKind::GetReady) {
                // The therapist's words again, as at check-in.
                ui.add_space(6.0);
                super::checkin::therapist_notes_ui(ui, engine.routine());
            }
            if let StepKind::Work(w) = &step.kind
                && matches!(w.activity, Activity::SelfPacedReps { .. })
            {
                ui.label(RichText::new(t!("player-own-pace")).size(22.0));
            }
        }
        StepKind::Done => {}
    };
    ui.add_space(6.0);
    // The picture of the exercise under way (or the next one, during a rest before it;
    // the first one while getting ready): beside the instructions on a wide window,
    // below them when the window is narrow or the text large (essentials first).
    let shown = match step.kind {
        StepKind::Done => None,
        _ => exercise.or_else(|| plan.exercises.first()),
    };
    match shown.and_then(|e| e.picture.map(|p| (p, e.name.as_str()))) {
        Some((picture, name)) => {
            let width = ui.available_width();
            let gap = ui.spacing().item_spacing.x;
            if width >= WIDE {
                // Clear of the scroll bar at the right.
                let bar = ui.spacing().scroll.bar_width;
                let picture_width = ((width - bar) * 0.42).min(PICTURE_WIDTH);
                ui.horizontal_top(|ui| {
                    let text_width = width - picture_width - gap - bar;
                    ui.allocate_ui_with_layout(
                        Vec2::new(text_width, 0.0),
                        Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(text_width);
                            how_ui(ui);
                        },
                    );
                    super::picture::picture_ui(ui, picture, name, picture_width);
                });
            } else {
                how_ui(ui);
                ui.add_space(6.0);
                super::picture::picture_ui(ui, picture, name, width.min(PICTURE_WIDTH));
            }
        }
        None => how_ui(ui),
    }
    info_ui(ui, commands);
    if !settings.sounds_explained && !live.rehearsal {
        sounds_card_ui(ui, commands);
    }
    keys_ui(ui);
}

/// The one-time "what the sounds mean" card of a person's first session, below what
/// matters now; "Got it" puts it away for good (the legend stays in Settings).
fn sounds_card_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(bold(t!("sounds-card-title"), 22.0));
        for cue in crate::session::Cue::ALL {
            let (name, means) = crate::state::settings::cue_words(cue);
            ui.horizontal_wrapped(|ui| {
                ui.label(bold(&name, 18.0));
                ui.label(RichText::new(means).size(18.0));
            });
        }
        ui.label(RichText::new(t!("sounds-card-more")).size(18.0));
        if big_button(ui, &t!("sounds-card-ok"), 0.0).clicked() {
            commands.push(Command::Settings(SettingsCommand::SoundsExplained));
        }
    });
}

/// The colours of a phase band: its fill and the text on it (each theme's own, all
/// with text contrast of at least 4.5:1), and the fill while a beat or cue pulses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandColours {
    pub fill: Color32,
    pub pulse: Color32,
    pub text: Color32,
}

/// What kind of phase the band shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    GetReady,
    Work,
    Rest,
    SwitchSide,
    Done,
}

impl Phase {
    pub fn of(kind: &StepKind) -> Self {
        match kind {
            StepKind::GetReady => Self::GetReady,
            StepKind::Work(_) => Self::Work,
            StepKind::Rest { .. } => Self::Rest,
            StepKind::SwitchSide { .. } => Self::SwitchSide,
            StepKind::Done => Self::Done,
        }
    }

    /// The phase word, in capitals: the phase is said in words, never by colour alone.
    pub fn word(self) -> String {
        match self {
            Self::GetReady => t!("phase-get-ready"),
            Self::Work => t!("phase-work"),
            Self::Rest => t!("phase-rest"),
            Self::SwitchSide => t!("phase-switch-side"),
            Self::Done => t!("phase-done"),
        }
    }

    /// The band's colours in a theme: warm for work, cool for rest, neutral otherwise;
    /// in high contrast, black with white text, work marked by a yellow fill.
    pub fn colours(self, theme: Theme) -> BandColours {
        let rgb = Color32::from_rgb;
        match (theme, self) {
            (Theme::HighContrast, Self::Work) => BandColours {
                fill: rgb(255, 221, 0),
                pulse: Color32::WHITE,
                text: Color32::BLACK,
            },
            (Theme::HighContrast, _) => BandColours {
                fill: Color32::BLACK,
                pulse: rgb(60, 60, 60),
                text: Color32::WHITE,
            },
            (Theme::Dark, Self::Work) => BandColours {
                fill: rgb(122, 52, 0),
                pulse: rgb(160, 72, 8),
                text: Color32::WHITE,
            },
            (Theme::Dark, Self::Rest) => BandColours {
                fill: rgb(8, 62, 102),
                pulse: rgb(20, 86, 136),
                text: Color32::WHITE,
            },
            (Theme::Dark, _) => BandColours {
                fill: rgb(52, 52, 58),
                pulse: rgb(80, 80, 88),
                text: Color32::WHITE,
            },
            (Theme::Light, Self::Work) => BandColours {
                fill: rgb(255, 214, 170),
                pulse: rgb(255, 236, 214),
                text: Color32::BLACK,
            },
            (Theme::Light, Self::Rest) => BandColours {
                fill: rgb(196, 226, 250),
                pulse: rgb(226, 241, 253),
                text: Color32::BLACK,
            },
            (Theme::Light, _) => BandColours {
                fill: rgb(228, 228, 232),
                pulse: rgb(246, 246, 248),
                text: Color32::BLACK,
            },
        }
    }
}

/// The phase band: phase word and clock on one line, then the exercise and its set,
/// then the rep and the part of the rep. It flashes on every beat and cue, so a person
/// who cannot hear them can follow.
fn phase_band_ui(
    ui: &mut egui::Ui,
    live: &Live,
    now: Duration,
    paused: bool,
    pulsing: bool,
    reduce_motion: bool,
) {
    let status = live.engine.status(now);
    let plan = live.engine.plan();
    let step = status.step;
    let exercise = step.exercise().and_then(|i| plan.exercises.get(i));
    let phase = Phase::of(&step.kind);
    let theme = super::theme_of(ui.visuals());
    let colours = phase.colours(theme);
    // Large text doubles everything: the band's own sizes grow only by the square root
    // of the zoom, so the essentials still fit above the controls at 200 %.
    let scale = 1.0 / ui.ctx().zoom_factor().max(1.0).sqrt();
    // The phase's colour frames the band and fills the chip behind the phase word; the
    // rest stays on the window's own background (on a software renderer, painting a
    // large area costs most of a frame). A beat or cue thickens the frame and lightens
    // the chip.
    let (fill, width) = if pulsing {
        (colours.pulse, 10.0)
    } else {
        (colours.fill, 5.0)
    };
    let frame = egui::Frame::new()
        .stroke(Stroke::new(width, fill))
        .corner_radius(12.0)
        .inner_margin(14.0);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.spacing_mut().item_spacing.y = 6.0;
        // No controls in the band: its rows are as tall as their text, not a target.
        ui.spacing_mut().interact_size.y = 0.0;
        let clock = match status.remaining {
            Some(left) => clock_text(left),
            None => clock_text(Duration::from_secs(status.elapsed.as_secs())),
        };
        let (title, detail) = describe_step(&step.kind, exercise.map(|e| e.name.as_str()));
        // Phase, clock and what to do, on one line where they fit.
        // The exercise's name stays in one block: beside the clock, or below it, never
        // broken across the two ("Aufstehen" beside, "vom Stuhl" below).
        let mut title_below = None;
        ui.horizontal_wrapped(|ui| {
            let word = if paused {
                t!("phase-paused")
            } else {
                phase.word()
            };
            egui::Frame::new()
                .fill(fill)
                .corner_radius(8.0)
                .inner_margin(egui::Margin::symmetric(10, 4))
                .show(ui, |ui| {
                    ui.label(bold(word, 46.0 * scale).color(colours.text));
                });
            // The clock keeps about its size on screen whatever the text size.
            let zoom = ui.ctx().zoom_factor().max(1.0);
            ui.label(bold(clock, CLOCK_SIZE / zoom));
            if !title.to_lowercase().eq(&phase.word().to_lowercase()) {
                // Beside the clock, in a column of its own (it wraps there, within the
                // clock's height), where its longest word fits; else below, whole.
                let room = ui.available_size_before_wrap().x;
                let longest = title
                    .split_whitespace()
                    .map(|w| text_width(ui, &bold(w, 34.0 * scale)))
                    .fold(0.0_f32, f32::max);
                let text = bold(title, 34.0 * scale);
                if longest <= room {
                    ui.vertical(|ui| {
                        ui.set_max_width(room);
                        ui.label(text);
                    });
                } else {
                    title_below = Some(text);
                }
            }
        });
        if let Some(text) = title_below {
            ui.label(text);
        }
        // The set, and the rep or the beat (each whole, on its own row where needed).
        let mut rep_below = None;
        ui.horizontal_wrapped(|ui| {
            if let Some(detail) = detail {
                ui.label(RichText::new(detail).size(24.0 * scale));
            }
            if let Some(tempo) = status.tempo {
                let text = bold(
                    t!("player-rep-of", rep = tempo.rep, reps = tempo.of),
                    30.0 * scale,
                );
                if text_width(ui, &text) <= ui.available_size_before_wrap().x {
                    ui.label(text);
                } else {
                    rep_below = Some(text);
                }
            }
            if let Some(beats) = status.beats {
                ui.label(bold(
                    t!("player-step-with-beat", beats = beats.to_string()),
                    30.0 * scale,
                ));
            }
        });
        if let Some(text) = rep_below {
            ui.label(text);
        }
        if let Some(tempo) = status.tempo {
            let words = tempo_words(exercise.and_then(|e| e.tempo_words.as_ref()));
            let has_hold = match &step.kind {
                StepKind::Work(Work {
                    activity: Activity::TempoReps { tempo, .. },
                    ..
                }) => tempo.hold_secs > 0,
                _ => true,
            };
            tempo_ui(ui, &tempo, &words, has_hold, reduce_motion, scale);
        }
    });
    announce(ui, live, now);
}

/// The width of a text on one line.
fn text_width(ui: &egui::Ui, text: &RichText) -> f32 {
    egui::WidgetText::from(text.clone())
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

/// One polite live region for screen readers: it changes only at phase changes,
/// halfway, 10 seconds left and the last three seconds, so a screen reader announces
/// those and not every second.
fn announce(ui: &mut egui::Ui, live: &Live, now: Duration) {
    let text = live.announcement(now);
    let response = ui.label(RichText::new(&text).size(1.0).color(Color32::TRANSPARENT));
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
        node.set_label(text.clone());
        node.set_value(text);
    });
}

/// "Sit to stand", "Set 2 of 3 · left side".
pub(crate) fn describe_step(kind: &StepKind, exercise: Option<&str>) -> (String, Option<String>) {
    let name = exercise.unwrap_or("").to_owned();
    match kind {
        StepKind::GetReady => (t!("player-get-ready"), Some(t!("player-first-soon"))),
        StepKind::Work(w) => {
            let what = match w.activity {
                Activity::Test { kind } => crate::i18n::test_name(kind),
                Activity::Hold { secs } => t!("player-dose-hold", secs = secs),
                Activity::Timed {
                    secs,
                    effort: Some(effort),
                } => t!(
                    "player-dose-timed-effort",
                    length = crate::i18n::secs(secs),
                    effort = effort
                ),
                Activity::Timed { secs, effort: None } => {
                    t!("player-dose-timed", length = crate::i18n::secs(secs))
                }
                Activity::Stepping { beats_per_min, .. } => {
                    t!("player-dose-stepping", beats_per_min = beats_per_min)
                }
                Activity::TempoReps { reps, .. } | Activity::SelfPacedReps { reps } => {
                    t!("player-dose-reps", reps = reps)
                }
            };
            let set = match w.side {
                Some(side) => t!(
                    "player-set-of-side",
                    set = w.set,
                    sets = w.sets,
                    side = crate::i18n::side(side),
                    what = what
                ),
                None => t!("player-set-of", set = w.set, sets = w.sets, what = what),
            };
            (name, Some(set))
        }
        StepKind::Rest { kind, .. } => {
            let title = match kind {
                RestKind::BetweenSets { .. } => t!("player-rest"),
                RestKind::BetweenExercises => t!("player-rest-before-next"),
            };
            (title, None)
        }
        StepKind::SwitchSide { to, .. } => (
            t!(
                "player-switch-to",
                side = match to {
                    crate::session::plan::Side::Left => "left",
                    crate::session::plan::Side::Right => "right",
                }
            ),
            Some(name),
        ),
        StepKind::Done => (t!("player-well-done"), None),
    }
}

/// Up · Hold · Down, the active part framed and marked with an arrow, and a bar that
/// fills during the part (a still marker when motion is reduced).
/// The words for up, hold and down: the therapist's (`tempo_words`) or Steady's own.
fn tempo_words(words: Option<&crate::routine::TempoWords>) -> [String; 3] {
    match words {
        Some(w) => [w.up.clone(), w.hold.clone(), w.down.clone()],
        None => [t!("tempo-up"), t!("tempo-hold"), t!("tempo-down")],
    }
}

fn tempo_ui(
    ui: &mut egui::Ui,
    tempo: &crate::session::engine::TempoStatus,
    words: &[String; 3],
    has_hold: bool,
    reduce_motion: bool,
    scale: f32,
) {
    let (part, fraction) = (tempo.part, tempo.part_fraction);
    // The parts not under way are thinner and smaller, in the same colour (their text
    // must stay readable: 4.5:1 on the window).
    let strong = ui.visuals().strong_text_color();
    let weak = strong;
    let bar = ui.visuals().selection.bg_fill.gamma_multiply(0.5);
    ui.horizontal_wrapped(|ui| {
        let [up, hold, down] = words;
        for (p, text) in [
            (TempoPart::Up, up),
            (TempoPart::Hold, hold),
            (TempoPart::Down, down),
        ] {
            if p == TempoPart::Hold && !has_hold {
                continue;
            }
            let active = p == part;
            let size = Vec2::new(190.0 * scale, 70.0 * scale);
            let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
            let painter = ui.painter();
            let stroke = if active {
                Stroke::new(6.0, strong)
            } else {
                Stroke::new(1.5, weak)
            };
            painter.rect_stroke(rect, 10.0, stroke, egui::StrokeKind::Inside);
            if active && !reduce_motion {
                let mut fill = rect.shrink(8.0);
                fill.set_width(fill.width() * fraction.clamp(0.0, 1.0));
                painter.rect_filled(fill, 6.0, bar);
            }
            let label = if active {
                format!("▶ {text}")
            } else {
                text.to_owned()
            };
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                &label,
                egui::FontId::proportional(if active { 30.0 } else { 22.0 } * scale),
                if active { strong } else { weak },
            );
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
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
            && big_button(ui, &t!("sound-try-again"), 0.0).clicked()
        {
            commands.push(Command::Settings(SettingsCommand::RetrySound));
        }
    });
}

/// The sound status on other screens (Home): only when there is no sound device, with
/// its "Try again" button.
pub fn sound_problem_ui(ui: &mut egui::Ui, status: &SoundStatus, commands: &mut Vec<Command>) {
    if matches!(status, SoundStatus::Unavailable { .. }) {
        sound_status_ui(ui, status, commands);
    }
}

/// Every text a player control can show (the widest sets the controls' text size).
fn control_texts() -> [String; 9] {
    [
        t!("control-pause"),
        t!("control-resume"),
        t!("control-set-done"),
        t!("control-stop"),
        t!("control-back"),
        t!("control-skip"),
        t!("control-add-rest"),
        t!("control-lighter"),
        t!("control-back-to-normal"),
    ]
}

/// The text on two lines, split at the space nearest its middle.
fn two_lines(text: &str) -> String {
    let middle = text.len() / 2;
    text.match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle))
        .map_or_else(
            || text.to_owned(),
            |i| format!("{}\n{}", &text[..i], &text[i + 1..]),
        )
}

/// One of the player's controls: its place never changes; when it does not apply it is
/// shown disabled, with the reason for screen readers.
struct Control {
    text: String,
    /// Why it cannot be used now; `None` when it can.
    unavailable: Option<String>,
    command: SessionCommand,
    /// Row, first column, columns spanned.
    slot: (usize, usize, usize),
    /// The stop control is marked with a red frame (and its ■ sign, not colour alone).
    stop: bool,
}

/// The player's controls in the same place in every phase: what changes is only whether
/// a control is enabled and, for two of them, its text (Pause/Resume, Make it lighter /
/// Back to normal dose) — and a press on a control that just changed is ignored.
fn controls(live: &Live) -> Vec<Control> {
    let engine = &live.engine;
    let paused = matches!(engine.state(), State::Paused { .. });
    let kind = &engine.current_step().kind;
    let resting = matches!(
        kind,
        StepKind::Rest { .. } | StepKind::GetReady | StepKind::SwitchSide { .. }
    );
    let self_paced =
        matches!(kind, StepKind::Work(w) if matches!(w.activity, Activity::SelfPacedReps { .. }));
    let first = engine.step_index() == 0;
    let (lighter_text, lighter_unavailable, lighter_command) = if engine.can_go_back_to_normal() {
        (
            t!("control-back-to-normal"),
            None,
            SessionCommand::BackToNormal,
        )
    } else if engine.plan().options.lighter() {
        (
            t!("control-lighter"),
            Some(t!("control-why-already-lighter")),
            SessionCommand::MakeLighter,
        )
    } else {
        (t!("control-lighter"), None, SessionCommand::MakeLighter)
    };
    vec![
        Control {
            text: if paused {
                t!("control-resume")
            } else {
                t!("control-pause")
            },
            unavailable: None,
            command: SessionCommand::TogglePause,
            slot: (0, 0, 2),
            stop: false,
        },
        Control {
            text: t!("control-set-done"),
            unavailable: (!self_paced).then(|| t!("control-why-not-self-paced")),
            command: SessionCommand::SetDone,
            slot: (0, 2, 1),
            stop: false,
        },
        Control {
            text: t!("control-stop"),
            unavailable: None,
            command: SessionCommand::RequestStop,
            slot: (0, 3, 1),
            stop: true,
        },
        Control {
            text: t!("control-back"),
            unavailable: first.then(|| t!("control-why-first-step")),
            command: SessionCommand::Back,
            slot: (1, 0, 1),
            stop: false,
        },
        Control {
            text: t!("control-skip"),
            unavailable: None,
            command: SessionCommand::Skip,
            slot: (1, 1, 1),
            stop: false,
        },
        Control {
            text: t!("control-add-rest"),
            unavailable: (!resting).then(|| t!("control-why-not-resting")),
            command: SessionCommand::AddRest,
            slot: (1, 2, 1),
            stop: false,
        },
        Control {
            text: lighter_text,
            unavailable: lighter_unavailable,
            command: lighter_command,
            slot: (1, 3, 1),
            stop: false,
        },
    ]
}

/// The big session buttons, always in view at the bottom of the window, in two rows of
/// four columns whose places never change.
pub fn controls_ui(ui: &mut egui::Ui, live: &Live, commands: &mut Vec<Command>) {
    // At large text sizes the buttons grow by the square root of the zoom, never below
    // the 44-point target, so both rows and the essentials above them fit.
    let scale = 1.0 / ui.ctx().zoom_factor().max(1.0).sqrt();
    let height = (BIG_BUTTON_HEIGHT * scale).max(MIN_TARGET + 2.0);
    let gap = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let col = ((width - 3.0 * gap) / 4.0).max(MIN_TARGET);
    let (area, _) =
        ui.allocate_exact_size(Vec2::new(width, 2.0 * height + gap), egui::Sense::hover());
    let controls = controls(live);
    // One text size for all, chosen so that every text any control can show fits its
    // column on one line, or on two where one is too long, within the fixed height: a
    // control never grows or moves when its text changes.
    let pad = Vec2::new(6.0, 4.0);
    let inner = Vec2::new(col - 2.0 * pad.x - 2.0, height - 2.0 * pad.y - 2.0);
    let ctx = ui.ctx().clone();
    let measure = |text: &str| {
        ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(100.0),
                Color32::WHITE,
            )
            .size()
                / 100.0
        })
    };
    let widest_line = control_texts()
        .iter()
        .flat_map(|t| {
            let two = two_lines(t);
            two.lines().map(|l| measure(l).x).collect::<Vec<_>>()
        })
        .fold(0.0_f32, f32::max);
    let two_lines_high = measure("Ag\nAg").y; // i18n: not shown
    let text_size = (24.0 * scale)
        .min(inner.x / widest_line.max(0.01))
        .min(inner.y / two_lines_high.max(0.01));
    for control in controls {
        let (row, first_col, span) = control.slot;
        let min = area.min + Vec2::new(first_col as f32 * (col + gap), row as f32 * (height + gap));
        let span = span as f32;
        let rect =
            egui::Rect::from_min_size(min, Vec2::new(span * col + (span - 1.0) * gap, height));
        let text = if measure(&control.text).x * text_size <= inner.x {
            control.text.clone()
        } else {
            two_lines(&control.text)
        };
        let mut button = egui::Button::new(RichText::new(&text).size(text_size))
            .wrap_mode(egui::TextWrapMode::Extend)
            .min_size(rect.size());
        if control.stop {
            button = button.stroke(Stroke::new(3.0, super::STOP_RED));
        }
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        child.spacing_mut().button_padding = pad;
        let response = child.add_enabled(control.unavailable.is_none(), button);
        let response = settled(response, &control.text);
        if text != control.text {
            super::name_for_screen_readers(&response, &control.text);
        }
        if let Some(why) = &control.unavailable {
            let description = t!("control-not-available", why = why.as_str());
            response.ctx.accesskit_node_builder(response.id, |node| {
                node.set_description(description);
            });
        }
        if response.clicked() {
            commands.push(Command::Session(control.command));
        }
    }
}

/// The keyboard shortcuts, shown under the instructions.
fn keys_ui(ui: &mut egui::Ui) {
    ui.add_space(8.0);
    ui.label(RichText::new(t!("player-keys")).size(16.0));
}

/// The player's keys, taken before any widget sees them (so Space never also presses
/// the focused button): Space pause/resume, → skip, ← back, Enter set done, Esc stop.
/// Called by `root_ui` before the panels are drawn.
pub fn shortcuts(ctx: &egui::Context, commands: &mut Vec<Command>) {
    ctx.input_mut(|input| {
        for (key, command) in [
            (Key::Space, SessionCommand::TogglePause),
            (Key::ArrowRight, SessionCommand::Skip),
            (Key::ArrowLeft, SessionCommand::Back),
            // Where "Set done" does not apply, the app says so instead.
            (Key::Enter, SessionCommand::SetDone),
            (Key::Escape, SessionCommand::RequestStop),
        ] {
            if input.consume_key(Modifiers::NONE, key) {
                commands.push(Command::Session(command));
            }
        }
    });
}

/// Eyes-free mode's keys, taken before any widget sees them: Esc still asks to stop,
/// Enter ends a set done at the person's own pace, and every other key pauses or
/// resumes (several keys at once count once). Called by `root_ui` instead of
/// [`shortcuts`].
pub fn eyes_free_keys(ctx: &egui::Context, live: &Live, commands: &mut Vec<Command>) {
    let self_paced = live.engine.is_self_paced();
    let mut pressed = Vec::new();
    ctx.input_mut(|input| {
        input.events.retain(|event| match event {
            egui::Event::Key {
                key,
                pressed: down,
                repeat,
                ..
            } => {
                if *down && !*repeat {
                    pressed.push(*key);
                }
                false
            }
            // Typed text never reaches a field during a session.
            egui::Event::Text(_) => false,
            _ => true,
        });
    });
    if pressed.contains(&Key::Escape) {
        commands.push(Command::Session(SessionCommand::RequestStop));
    } else if self_paced && pressed.contains(&Key::Enter) {
        commands.push(Command::Session(SessionCommand::SetDone));
    } else if !pressed.is_empty() {
        commands.push(Command::Session(SessionCommand::EyesFreeToggle));
    }
}

/// Eyes-free mode's click anywhere: one target over the whole window, on top of every
/// control (a person not looking must not press Skip by chance), that pauses or
/// resumes. Drawn by `root_ui` after the player.
pub fn eyes_free_click(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let rect = ctx.content_rect();
    egui::Area::new(egui::Id::unique("steady-eyes-free-anywhere"))
        .order(egui::Order::Foreground)
        .fixed_pos(rect.min)
        .show(ctx, |ui| {
            let response = ui.allocate_rect(
                egui::Rect::from_min_size(rect.min, rect.size()),
                egui::Sense::click(),
            );
            super::name_for_screen_readers(&response, &t!("player-eyes-free"));
            if response.clicked() {
                commands.push(Command::Session(SessionCommand::EyesFreeToggle));
            }
        });
}

/// "Stop the session?" Its keys work without looking (and are said in eyes-free
/// mode): Esc keeps going and S stops; Enter or Space keep going too, unless a button
/// has the keyboard focus (then they press it, as everywhere).
fn confirm_stop_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let focused = ui.memory(|m| m.focused().is_some());
    let (keep_going, stop) = ui.input_mut(|i| {
        // Every one of them is taken, so none reaches a button as well.
        let mut keep_going = i.consume_key(Modifiers::NONE, Key::Escape);
        if !focused {
            for key in [Key::Enter, Key::Space] {
                keep_going |= i.consume_key(Modifiers::NONE, key);
            }
        }
        (keep_going, i.consume_key(Modifiers::NONE, Key::S))
    });
    if keep_going {
        commands.push(Command::Session(SessionCommand::CancelStop));
    } else if stop {
        commands.push(Command::Session(SessionCommand::ConfirmStop));
    }
    ui.label(bold(t!("stop-question"), 40.0));
    ui.label(RichText::new(t!("stop-kept")).size(24.0));
    ui.add_space(12.0);
    ui.with_layout(
        Layout::left_to_right(Align::Center).with_main_wrap(true),
        |ui| {
            if big_button(ui, &t!("stop-keep-going"), 240.0).clicked() {
                commands.push(Command::Session(SessionCommand::CancelStop));
            }
            if big_button(ui, &t!("stop-yes"), 240.0).clicked() {
                commands.push(Command::Session(SessionCommand::ConfirmStop));
            }
        },
    );
    ui.label(RichText::new(t!("stop-esc")).size(16.0));
}

fn stop_reason_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        commands.push(Command::Session(SessionCommand::CancelStop));
    }
    ui.label(bold(t!("stop-why"), 40.0));
    ui.label(RichText::new(t!("stop-why-helps")).size(22.0));
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
            // As wide as fits, never wider than the window: all six reasons in view.
            let width = ui.available_width().min(280.0);
            for (n, reason) in EndReason::CHOICES.iter().enumerate() {
                let pressed = ui.input_mut(|i| i.consume_key(Modifiers::NONE, keys[n]));
                let name = crate::i18n::end_reason(*reason);
                let button = big_button(ui, &format!("{} · {name}", n + 1), width);
                super::name_for_screen_readers(&button, &name);
                if button.clicked() || pressed {
                    commands.push(Command::Session(SessionCommand::EndEarly(*reason)));
                }
            }
        },
    );
    ui.add_space(8.0);
    if big_button(ui, &t!("stop-keep-going-instead"), 0.0).clicked() {
        commands.push(Command::Session(SessionCommand::CancelStop));
    }
    note_ui(ui, &t!("stop-if-wrong"), &t!("stop-if-wrong-text"));
}
