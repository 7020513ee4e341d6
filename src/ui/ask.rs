//! Questions and refusals that must be seen where the person is looking: a modal
//! (egui's `Modal`) in the middle of the window, above whatever page is scrolled, with
//! its answers as big, tremor-safe buttons. A screen calls [`ask_ui`] each frame while
//! its state holds the question; the answer clicked becomes a [`Command`].

use egui::{Id, RichText};

use crate::state::Command;

use super::{big_button, bold};

/// Shows a question in a modal over the window. `on_escape` is what the Escape key
/// answers (none: the question must be answered). A click beside the modal answers
/// nothing: with a tremor, a press can land anywhere.
pub fn ask_ui(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    text: &str,
    answers: &[(&str, Command)],
    on_escape: Option<Command>,
    commands: &mut Vec<Command>,
) {
    let window = ctx.content_rect();
    let width = (window.width() - 48.0).clamp(200.0, 640.0);
    let shown = egui::Modal::new(Id::unique(("steady-ask", id)))
        .frame(egui::Frame::popup(&ctx.global_style()).inner_margin(20.0))
        .show(ctx, |ui| {
            ui.set_width(width);
            ui.label(bold(title, 24.0));
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(text).size(20.0)).wrap());
            ui.add_space(10.0);
            let mut answered = None;
            ui.horizontal_wrapped(|ui| {
                for (label, command) in answers {
                    if big_button(ui, label, 0.0).clicked() {
                        answered = Some(command.clone());
                    }
                }
            });
            answered
        });
    if let Some(command) = shown.inner {
        commands.push(command);
    } else if let Some(command) = on_escape
        && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        commands.push(command);
    }
}
