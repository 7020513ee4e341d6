//! Questions and refusals that must be seen where the person is looking: a modal
//! (egui's `Modal`) in the middle of the window, above whatever page is scrolled, with
//! its answers as big, tremor-safe buttons. A screen calls [`ask_ui`] each frame while
//! its state holds the question; the answer clicked becomes a [`Command`].

use egui::{Id, RichText};

use crate::state::Command;

use super::{big_button, bold};

/// Shows a question in a modal over the window and returns the index of the answer
/// clicked. `on_escape` is the answer the Escape key gives (none: the question must be
/// answered). A click beside the modal answers nothing: with a tremor, a press can
/// land anywhere.
pub fn ask(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    text: &str,
    answers: &[&str],
    on_escape: Option<usize>,
) -> Option<usize> {
    let window = ctx.content_rect();
    let width = (window.width() - 48.0).clamp(200.0, 640.0);
    let shown = egui::Modal::new(Id::unique(("steady-ask", id)))
        .frame(egui::Frame::popup(&ctx.global_style()).inner_margin(20.0))
        .show(ctx, |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(bold(title, 24.0)).wrap());
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(text).size(20.0)).wrap());
            ui.add_space(10.0);
            let mut answered = None;
            ui.horizontal_wrapped(|ui| {
                for (i, label) in answers.iter().enumerate() {
                    if big_button(ui, label, 0.0).clicked() {
                        answered = Some(i);
                    }
                }
            });
            answered
        });
    shown.inner.or_else(|| {
        on_escape
            .filter(|_| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)))
    })
}

/// [`ask`], with a [`Command`] for each answer.
pub fn ask_ui(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    text: &str,
    answers: &[(&str, Command)],
    on_escape: Option<Command>,
    commands: &mut Vec<Command>,
) {
    let labels: Vec<&str> = answers.iter().map(|(label, _)| *label).collect();
    let escape = on_escape.and_then(|c| answers.iter().position(|(_, a)| *a == c));
    if let Some(i) = ask(ctx, id, title, text, &labels, escape)
        && let Some((_, command)) = answers.get(i)
    {
        commands.push(command.clone());
    }
}
