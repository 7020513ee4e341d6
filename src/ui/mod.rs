//! Drawing: one module per screen, plus the look shared by all of them.
//!
//! Screens read the [`AppState`] and return [`Command`]s for what the person asked; the
//! only things they change directly are the drafts they show (check-in answers, the
//! check-out form). They never write files or play sounds. Drawing functions end in
//! `_ui`. Every control has a name for screen readers (kittest checks it), every target
//! is at least 44 × 44 points, and nothing is said by colour alone.

pub mod ask;
pub mod checkin;
pub mod checkout;
pub mod editor;
pub mod home;
pub mod picture;
pub mod player;
pub mod program;
pub mod review;
pub mod routines;
pub mod selftests;
pub mod settings;

use crate::state::command::Nav;
use std::time::Duration;

use egui::{Color32, FontId, RichText, Stroke, TextStyle, Vec2, Visuals};

use crate::state::{AppState, Command, Screen};
use crate::state::{Settings, Theme};

/// The smallest target for a pointer (WCAG 2.5.5, which names tremor).
pub const MIN_TARGET: f32 = 44.0;
/// Height of the big action buttons.
pub const BIG_BUTTON_HEIGHT: f32 = 64.0;

/// The bold font family, for titles and the clock.
pub const BOLD: &str = "bold";

/// Installs DejaVu Sans (sturdier strokes than egui's default light font, and the
/// symbols Steady uses: ▶ ✔ ⚠ …), regular and bold, with egui's fonts as fallback.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions, FontFamily};
    use std::sync::Arc;
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(), // i18n: not shown
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    fonts.font_data.insert(
        "DejaVuSans-Bold".to_owned(), // i18n: not shown
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans-Bold.ttf"
        ))),
    );
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut regular = vec!["DejaVuSans".to_owned()]; // i18n: not shown
    regular.extend(fallback.iter().cloned());
    let mut bold = vec!["DejaVuSans-Bold".to_owned()]; // i18n: not shown
    bold.extend(regular.iter().cloned());
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Text in the bold family.
pub fn bold(text: impl Into<String>, size: f32) -> RichText {
    RichText::new(text)
        .size(size)
        .family(egui::FontFamily::Name(BOLD.into()))
}

/// Applies text size, theme and target sizes to the whole app.
pub fn apply_settings(ctx: &egui::Context, settings: &Settings) {
    ctx.set_zoom_factor(settings.zoom());
    let visuals = theme_visuals(settings.theme);
    ctx.all_styles_mut(|style| {
        style.visuals = visuals.clone();
        style.spacing.interact_size = Vec2::splat(MIN_TARGET);
        style.spacing.button_padding = Vec2::new(18.0, 10.0);
        style.spacing.item_spacing = Vec2::new(14.0, 12.0);
        style.spacing.icon_width = 28.0;
        style.spacing.icon_width_inner = 16.0;
        style.spacing.slider_width = 320.0;
        style.spacing.scroll.bar_width = 14.0;
        style.animation_time = if settings.reduce_motion { 0.0 } else { 0.08 };
        // Text wraps rather than running off the right, at every size.
        style.wrap_mode = Some(egui::TextWrapMode::Wrap);
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(16.0)),
            (TextStyle::Body, FontId::proportional(20.0)),
            (TextStyle::Button, FontId::proportional(22.0)),
            (TextStyle::Heading, FontId::proportional(32.0)),
            (TextStyle::Monospace, FontId::monospace(18.0)),
        ]
        .into();
    });
}

/// The colour of the Stop control's frame (with its ■ sign: not colour alone).
pub const STOP_RED: Color32 = Color32::from_rgb(220, 60, 60);

/// The visuals of a theme. Every control stands out from the background by at least
/// 3:1 (its frame), text by at least 4.5:1 on every fill it sits on, and the focus ring
/// is 3 points wide and at least 3:1 (WCAG 2.2, 1.4.3 and 1.4.11); `tests/contrast.rs`
/// measures it.
pub fn theme_visuals(theme: Theme) -> Visuals {
    match theme {
        Theme::Light => {
            let mut v = Visuals::light();
            let text = Color32::from_gray(10);
            v.override_text_color = Some(text);
            let border = Color32::from_gray(110);
            let focus = Color32::from_rgb(0, 60, 140);
            framed_controls(&mut v, border, focus);
            v.selection.bg_fill = Color32::from_rgb(0, 84, 180);
            v.selection.stroke = Stroke::new(2.0, Color32::WHITE);
            v
        }
        Theme::Dark => {
            let mut v = Visuals::dark();
            let text = Color32::from_gray(235);
            v.override_text_color = Some(text);
            let border = Color32::from_gray(150);
            let focus = Color32::from_rgb(120, 190, 255);
            framed_controls(&mut v, border, focus);
            v.selection.bg_fill = Color32::from_rgb(120, 190, 255);
            v.selection.stroke = Stroke::new(2.0, Color32::BLACK);
            v
        }
        Theme::HighContrast => high_contrast(),
    }
}

/// Controls with a visible frame at rest and a 3-point focus ring.
fn framed_controls(v: &mut Visuals, border: Color32, focus: Color32) {
    v.widgets.inactive.bg_stroke = Stroke::new(2.0, border);
    v.widgets.hovered.bg_stroke = Stroke::new(3.0, focus);
    v.widgets.active.bg_stroke = Stroke::new(3.0, focus);
    v.widgets.open.bg_stroke = Stroke::new(3.0, focus);
}

/// Which theme a set of visuals belongs to (the player's phase band has its own
/// colours per theme).
pub fn theme_of(visuals: &Visuals) -> Theme {
    if visuals.panel_fill == Color32::BLACK {
        Theme::HighContrast
    } else if visuals.dark_mode {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// White on black, yellow for focus and selection (contrast well above WCAG AA).
fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let white = Color32::WHITE;
    let yellow = Color32::from_rgb(255, 221, 0);
    v.override_text_color = Some(white);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(16);
    v.hyperlink_color = yellow;
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.bg_fill = Color32::BLACK;
        w.weak_bg_fill = Color32::BLACK;
        w.bg_stroke = Stroke::new(2.0, white);
        w.fg_stroke = Stroke::new(2.0, white);
    }
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
    v.widgets.hovered.bg_stroke = Stroke::new(4.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(4.0, yellow);
    v.widgets.open.bg_stroke = Stroke::new(4.0, yellow);
    v.selection.bg_fill = yellow;
    v.selection.stroke = Stroke::new(2.0, Color32::BLACK);
    v
}

/// A press on a control that appeared, moved or changed less than this many seconds
/// ago is ignored: the second press of a shaky double click lands on whatever slid under
/// the pointer, and must not act.
pub const SETTLE_SECS: f64 = 0.5;

/// Ignores a press (by pointer or keyboard) on `response`'s control if it appeared,
/// moved, or changed its text or whether it is enabled, in the last [`SETTLE_SECS`]
/// (by egui's input time, so tests step through it). Every button Steady draws goes
/// through here.
pub fn settled(mut response: egui::Response, text: &str) -> egui::Response {
    use std::hash::{Hash as _, Hasher as _};
    let now = response.ctx.input(|i| i.time);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let r = response.rect;
    for edge in [r.min.x, r.min.y, r.max.x, r.max.y] {
        // Whole points: sub-point jitter of the layout is not a move.
        (edge.round() as i64).hash(&mut hasher);
    }
    text.hash(&mut hasher);
    response.enabled().hash(&mut hasher);
    let signature = hasher.finish();
    let key = response.id.with("steady-settled-since");
    let since = response.ctx.data_mut(|d| {
        let entry = d.get_temp_mut_or_insert_with(key, || (signature, now));
        if entry.0 != signature {
            *entry = (signature, now);
        }
        entry.1
    });
    // Tab moves focus: the focused control scrolls into view.
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if now - since < SETTLE_SECS {
        response
            .flags
            .remove(egui::response::Flags::CLICKED | egui::response::Flags::FAKE_PRIMARY_CLICKED);
    }
    response
}

/// A button that ignores presses until it has settled ([`settled`]).
pub fn steady_button(ui: &mut egui::Ui, button: egui::Button<'_>, text: &str) -> egui::Response {
    settled(ui.add(button), text)
}

/// A large button; `width` 0 lets it size to its text.
pub fn big_button(ui: &mut egui::Ui, text: &str, width: f32) -> egui::Response {
    steady_button(
        ui,
        egui::Button::new(RichText::new(text).size(24.0))
            .min_size(Vec2::new(width.max(MIN_TARGET), BIG_BUTTON_HEIGHT)),
        text,
    )
}

/// A large button that shows whether it is chosen (by a check mark and a frame, not by
/// colour alone).
pub fn choice_button(ui: &mut egui::Ui, text: &str, chosen: bool, width: f32) -> egui::Response {
    let text = if chosen {
        format!("✔ {text}")
    } else {
        text.to_owned()
    };
    steady_button(
        ui,
        egui::Button::new(chosen_text(ui, RichText::new(&text).size(22.0), chosen))
            .selected(chosen)
            .min_size(Vec2::new(width.max(MIN_TARGET), BIG_BUTTON_HEIGHT)),
        &text,
    )
}

/// Text on a chosen button takes the selection's text colour: the themes override all
/// text colours, which would put white text on the high-contrast theme's yellow.
fn chosen_text(ui: &egui::Ui, text: RichText, chosen: bool) -> RichText {
    if chosen {
        text.color(ui.visuals().selection.stroke.color)
    } else {
        text
    }
}

/// Gives a control a fuller name for screen readers than its visible text, e.g.
/// "Start Sit to stand practice" for a button that shows "Start".
pub fn name_for_screen_readers(response: &egui::Response, name: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name);
    });
}

/// The frame of a routine card (Home, the routines screen).
pub fn card_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(
            1.5,
            ui.visuals().widgets.noninteractive.fg_stroke.color,
        ))
        .inner_margin(16.0)
        .corner_radius(10.0)
}

/// A short, calm message box with a frame.
pub fn note_ui(ui: &mut egui::Ui, title: &str, text: &str) {
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(
            2.0,
            ui.visuals().widgets.noninteractive.fg_stroke.color,
        ))
        .inner_margin(14.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(title, 22.0));
            ui.label(text);
        });
}

/// A question in a note, with its answers as big buttons; the answer clicked becomes
/// its command.
pub fn question_ui(
    ui: &mut egui::Ui,
    title: &str,
    text: &str,
    answers: &[(&str, Command)],
    commands: &mut Vec<Command>,
) {
    note_ui(ui, title, text);
    ui.horizontal_wrapped(|ui| {
        for (label, command) in answers {
            if big_button(ui, label, 0.0).clicked() {
                commands.push(command.clone());
            }
        }
    });
    ui.add_space(8.0);
}

/// "12:05" for a duration, rounding up so a countdown never shows 0:00 early.
pub fn clock_text(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// The app's places, in reading order, with whether each is the current screen.
fn places_ui_order(screen: &Screen) -> Vec<(String, Command, bool)> {
    vec![
        (
            crate::t!("screen-home"),
            Command::Nav(Nav::Home),
            matches!(screen, Screen::Home),
        ),
        (
            crate::t!("screen-routines"),
            Command::Nav(Nav::Routines),
            matches!(screen, Screen::Routines(_)),
        ),
        (
            crate::t!("screen-review"),
            Command::Nav(Nav::Review),
            matches!(screen, Screen::Review),
        ),
        (
            crate::t!("screen-settings"),
            Command::Nav(Nav::Settings),
            matches!(screen, Screen::Settings),
        ),
    ]
}

/// The places' text size: 21 points, smaller where that keeps them on one row (long
/// words, as German's, at large text), never below 14 (the buttons keep their height).
fn places_text_size(ui: &egui::Ui, places: &[(String, Command, bool)]) -> f32 {
    const SIZE: f32 = 21.0;
    let words: f32 = places
        .iter()
        .map(|(name, _, _)| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(name.clone(), FontId::proportional(SIZE), Color32::WHITE)
                    .size()
                    .x
            })
        })
        .sum();
    let count = places.len() as f32;
    let fixed = count * (2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x + 2.0);
    let room = (ui.available_width() - fixed).max(0.0);
    if words <= room {
        SIZE
    } else {
        (SIZE * room / words.max(1.0)).max(14.0)
    }
}

fn places_ui(ui: &mut egui::Ui, places: &[(String, Command, bool)], commands: &mut Vec<Command>) {
    places_ui_sized(ui, places, BIG_BUTTON_HEIGHT, commands);
}

/// The places as buttons `height` points tall.
fn places_ui_sized(
    ui: &mut egui::Ui,
    places: &[(String, Command, bool)],
    height: f32,
    commands: &mut Vec<Command>,
) {
    let size = places_text_size(ui, places);
    for (name, command, current) in places {
        let text = chosen_text(ui, RichText::new(name.as_str()).size(size), *current);
        let response = steady_button(
            ui,
            egui::Button::new(text)
                .selected(*current)
                .min_size(Vec2::new(MIN_TARGET, height)),
            name,
        );
        if response.clicked() && !current {
            commands.push(command.clone());
        }
    }
}

/// A panel's frame without its fill: the window is cleared to the panel colour
/// (the app's `clear_color`), and painting the same colour again over
/// the whole window is the largest cost of a frame on a software renderer.
fn unfilled(frame: egui::Frame) -> egui::Frame {
    frame.fill(Color32::TRANSPARENT)
}

/// Draws the whole window for one frame and returns what the person asked for.
pub fn root_ui(ui: &mut egui::Ui, state: &mut AppState, now: Duration) -> Vec<Command> {
    let mut commands = Vec::new();
    // During a session and its check-out, the only ways on are in the screen itself.
    // The editor, too, keeps the window for its form: its own bar has Close.
    let in_session = matches!(
        state.screen,
        Screen::Player(_) | Screen::CheckOut(_) | Screen::Editor(_)
    );
    // During a session the screen is the player's alone: no title bar to read past.
    let in_player = matches!(state.screen, Screen::Player(_));
    // The player's keys go before any widget sees them.
    let eyes_free = state.eyes_free();
    if let Screen::Player(live) = &state.screen
        && live.stop == crate::live::StopStage::None
    {
        match &live.test {
            Some(run) => selftests::shortcuts(ui.ctx(), run, &mut commands),
            None if eyes_free => player::eyes_free_keys(ui.ctx(), live, &mut commands),
            None => player::shortcuts(ui.ctx(), &mut commands),
        }
    }
    if let Screen::SelfTests(view) = &state.screen
        && let Some(run) = &view.run
    {
        selftests::shortcuts(ui.ctx(), run, &mut commands);
    }
    // The window's title names the screen ("Steady — Home"): screen readers say it
    // when focus returns to the window, and the compact header below can leave it out.
    let title = format!("{} — {}", crate::t!("app-name"), state.screen.name());
    let title_id = egui::Id::unique("steady-window-title");
    if ui.ctx().data(|d| d.get_temp::<String>(title_id)) != Some(title.clone()) {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
        ui.ctx().data_mut(|d| d.insert_temp(title_id, title));
    }
    if !in_player {
        egui::Panel::top("top_bar")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(6.0);
                // The same four places in the same order on every screen, the current one
                // marked; on a narrow window or with large text they go on a row of their
                // own, without the title row (the window's title and the marked place say
                // where you are), so the header stays small at 200 % text.
                let one_row = ui.available_width() >= 900.0;
                if one_row || in_session {
                    ui.horizontal_wrapped(|ui| {
                        ui.heading(crate::t!("app-name"));
                        ui.label(RichText::new(format!("· {}", state.screen.name())).size(22.0));
                        if !in_session && one_row {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    let mut places = places_ui_order(&state.screen);
                                    places.reverse();
                                    places_ui(ui, &places, &mut commands);
                                },
                            );
                        }
                    });
                }
                if !in_session && !one_row {
                    ui.horizontal_wrapped(|ui| {
                        // Compact: the smallest target that still meets WCAG 2.5.5 and
                        // less padding, so the four places fit one row at 200 % text.
                        ui.spacing_mut().button_padding.x = 6.0;
                        ui.spacing_mut().item_spacing.x = 6.0;
                        places_ui_sized(
                            ui,
                            &places_ui_order(&state.screen),
                            MIN_TARGET,
                            &mut commands,
                        );
                    });
                }
                ui.add_space(6.0);
            });
    }
    if let Some(notice) = state.notice.clone() {
        egui::Panel::top("notice")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(6.0);
                ui.horizontal_wrapped(|ui| {
                    ui.label(bold(crate::t!("notice-please-note"), 20.0));
                    ui.label(notice);
                    if big_button(ui, &crate::t!("notice-dismiss"), 0.0).clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
                ui.add_space(6.0);
            });
    }
    // Eyes-free mode says so in big letters, at the top of the player.
    if eyes_free
        && let Screen::Player(live) = &state.screen
        && live.stop == crate::live::StopStage::None
    {
        egui::Panel::top("eyes_free")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.label(bold(crate::t!("player-eyes-free"), 32.0));
            });
    }
    // The session's controls stay in view, whatever the text size; while a self-test
    // step's test runs, the test's own Stop is the way out (a skip must not move the
    // session on under a running test).
    if let Screen::Player(live) = &state.screen
        && live.stop == crate::live::StopStage::None
        && live.test.is_none()
    {
        egui::Panel::bottom("session_controls")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(8.0);
                player::controls_ui(ui, live, &mut commands);
                ui.add_space(4.0);
            });
    }
    // The editor's Save, Undo and Redo stay in view however long the form is.
    if let Screen::Editor(editor) = &state.screen {
        egui::Panel::bottom("editor_actions")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(8.0);
                editor::editor_bar_ui(ui, editor, state.settings.get_ready_secs, &mut commands);
                ui.add_space(4.0);
            });
    }
    // What the last action on the routines screen did stays in view too.
    if let Screen::Routines(view) = &mut state.screen
        && view.message.is_some()
    {
        egui::Panel::bottom("routines_status")
            .frame(unfilled(egui::Frame::side_top_panel(ui.style())))
            .show(ui, |ui| {
                ui.add_space(8.0);
                routines::status_ui(ui, view);
                ui.add_space(4.0);
            });
    }
    egui::CentralPanel::default()
        .frame(unfilled(egui::Frame::central_panel(ui.style())))
        .show(ui, |ui| {
            // Every screen opens at its top (not where it was scrolled last time).
            let last_screen = ui.scope_id().with("steady-last-screen");
            let name = state.screen.key();
            let opened = ui.ctx().data_mut(|d| {
                let last = d.get_temp_mut_or_default::<&'static str>(last_screen);
                let opened = *last != name;
                *last = name;
                opened
            });
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(name)
                .auto_shrink([false, false]);
            if opened {
                scroll = scroll.scroll_offset(Vec2::ZERO);
            }
            scroll.show(ui, |ui| {
                ui.add_space(8.0);
                // Each screen takes the narrow state it draws.
                match &mut state.screen {
                    Screen::Home => home::home_ui(ui, state, &mut commands),
                    Screen::CheckIn(draft) => {
                        if let Some(loaded) = state.library.get(&draft.routine_id) {
                            // Offered instead of a standing session on a day of new weakness.
                            let seated: Vec<(String, String)> = state
                                .library
                                .routines
                                .iter()
                                .filter(|l| l.routine.stays_seated_or_lying())
                                .map(|l| (l.routine.id.clone(), l.routine.title.clone()))
                                .collect();
                            checkin::checkin_ui(ui, draft, &loaded.routine, &seated, &mut commands);
                        }
                    }
                    Screen::Player(live) => player::player_ui(
                        ui,
                        live,
                        &state.sound,
                        &state.settings,
                        now,
                        &mut commands,
                    ),
                    Screen::CheckOut(draft) => checkout::checkout_ui(ui, draft, &mut commands),
                    Screen::Settings => settings::settings_ui(ui, state, &mut commands),
                    Screen::Review => review::review_ui(ui, state, &mut commands),
                    Screen::Routines(_) => routines::routines_ui(ui, state, &mut commands),
                    Screen::Editor(editor) => editor::editor_ui(
                        ui,
                        editor,
                        &state.library,
                        &state.settings,
                        &mut state.documents,
                        &mut commands,
                    ),
                    Screen::SelfTests(view) => {
                        selftests::selftests_ui(ui, view, &state.tests, now, &mut commands);
                    }
                }
            });
        });
    // Over everything else: a click anywhere pauses or resumes (not while a self-test
    // step's test runs: its own big press target is the point of it).
    if eyes_free
        && let Screen::Player(live) = &state.screen
        && live.stop == crate::live::StopStage::None
        && live.test.is_none()
    {
        player::eyes_free_click(ui.ctx(), &mut commands);
    }
    commands
}
