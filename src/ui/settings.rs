//! Settings: language (first, each in its own name), text size, theme, sound (volume,
//! mute, test), spoken prompts and eyes-free mode, countdown length, reduced motion, the clinician named on handouts, and
//! where the data folder is.

use crate::state::command::{DataCommand, SettingsCommand};
use egui::RichText;

use crate::i18n::Language;
use crate::state::settings::{
    GET_READY_CHOICES_SECS, SpeechRate, TEXT_SCALE_PERCENT, Theme, VoiceLevel,
};
use crate::state::{AppState, Command};

use super::{big_button, bold, choice_button};

pub fn settings_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let s = &state.settings;
    // First: a person who cannot read the current language finds theirs by its own
    // name without scrolling.
    language_ui(ui, state, commands);
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-text-size"), 26.0));
    ui.horizontal_wrapped(|ui| {
        let smaller = big_button(ui, "A−", 80.0);
        super::name_for_screen_readers(&smaller, &crate::t!("settings-text-smaller"));
        if smaller.clicked() {
            commands.push(Command::Settings(SettingsCommand::TextScale(
                s.text_scale_percent
                    .saturating_sub(10)
                    .max(*TEXT_SCALE_PERCENT.start()),
            )));
        }
        ui.label(bold(format!("{} %", s.text_scale_percent), 28.0));
        let larger = big_button(ui, "A+", 80.0);
        super::name_for_screen_readers(&larger, &crate::t!("settings-text-larger"));
        if larger.clicked() {
            commands.push(Command::Settings(SettingsCommand::TextScale(
                (s.text_scale_percent + 10).min(*TEXT_SCALE_PERCENT.end()),
            )));
        }
        for preset in [100u16, 150, 200] {
            if choice_button(
                ui,
                &format!("{preset} %"),
                s.text_scale_percent == preset,
                110.0,
            )
            .clicked()
            {
                commands.push(Command::Settings(SettingsCommand::TextScale(preset)));
            }
        }
    });
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-theme"), 26.0));
    ui.horizontal_wrapped(|ui| {
        for theme in Theme::ALL {
            if choice_button(ui, &theme_name(theme), s.theme == theme, 180.0).clicked() {
                commands.push(Command::Settings(SettingsCommand::Theme(theme)));
            }
        }
    });
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-sound"), 26.0));
    ui.label(state.sound.describe());
    let mut volume = s.volume_percent;
    // Never wider than the window leaves room for (the content would run off): the
    // slider's name goes above it, its value box beside it.
    let volume_name = crate::t!("settings-volume");
    ui.label(&volume_name);
    ui.spacing_mut().slider_width = (ui.available_width() - 160.0).clamp(100.0, 320.0);
    let slider = ui.add(egui::Slider::new(&mut volume, 0..=100).suffix(" %"));
    super::name_for_screen_readers(&slider, &volume_name);
    if slider.changed() {
        commands.push(Command::Settings(SettingsCommand::Volume(volume)));
    }
    ui.horizontal_wrapped(|ui| {
        let mut muted = s.muted;
        if ui
            .checkbox(
                &mut muted,
                RichText::new(crate::t!("settings-mute")).size(22.0),
            )
            .changed()
        {
            commands.push(Command::Settings(SettingsCommand::Muted(muted)));
        }
        if big_button(ui, &crate::t!("settings-test-sound"), 0.0).clicked() {
            commands.push(Command::Settings(SettingsCommand::TestSound));
        }
        if matches!(state.sound, crate::state::SoundStatus::Unavailable { .. })
            && big_button(ui, &crate::t!("settings-retry-sound"), 0.0).clicked()
        {
            commands.push(Command::Settings(SettingsCommand::RetrySound));
        }
    });
    ui.add_space(10.0);

    speech_ui(ui, state, commands);
    ui.add_space(10.0);

    sounds_legend_ui(ui, commands);
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-get-ready"), 26.0));
    ui.horizontal_wrapped(|ui| {
        for secs in GET_READY_CHOICES_SECS {
            let text = if secs == 0 {
                crate::t!("settings-get-ready-none")
            } else {
                format!("{secs} s")
            };
            let r = choice_button(ui, &text, s.get_ready_secs == secs, 100.0);
            super::name_for_screen_readers(
                &r,
                &crate::t!("settings-get-ready-spoken", choice = text.as_str()),
            );
            if r.clicked() {
                commands.push(Command::Settings(SettingsCommand::GetReadySecs(secs)));
            }
        }
    });
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-motion"), 26.0));
    let mut reduce = s.reduce_motion;
    if ui
        .checkbox(
            &mut reduce,
            RichText::new(crate::t!("settings-reduce-motion")).size(22.0),
        )
        .changed()
    {
        commands.push(Command::Settings(SettingsCommand::ReduceMotion(reduce)));
    }
    ui.add_space(10.0);

    // The program's daily time when it has one: one value, wherever it is kept.
    let budget = crate::state::week::budget(state.program(), s.daily_budget_minutes);
    week_settings_ui(ui, s, budget, commands);
    ui.add_space(10.0);

    clinician_ui(ui, &mut state.documents, commands);
    ui.add_space(10.0);

    ui.label(bold(crate::t!("settings-data"), 26.0));
    ui.label(crate::t!(
        "settings-data-where",
        folder = state.data_dir.root().display().to_string()
    ));
    if big_button(ui, &crate::t!("settings-open-folder"), 0.0).clicked() {
        commands.push(Command::Data(DataCommand::OpenFolder));
    }
}

/// One labelled line of text, its name for screen readers, a target tall enough.
fn text_field_ui(ui: &mut egui::Ui, text: &mut String, label: &str, name: &str) {
    ui.label(label);
    let field = ui.add(
        egui::TextEdit::singleline(text)
            .font(egui::TextStyle::Button)
            .char_limit(crate::state::settings::CLINICIAN_CHARS)
            // The frame and margins are drawn outside the text's width.
            .desired_width((ui.available_width() - 20.0).clamp(40.0, 500.0))
            .min_size(egui::vec2(0.0, super::MIN_TARGET)),
    );
    super::name_for_screen_readers(&field, name);
}

/// The person's clinician for the routine handouts: name and phone, both optional,
/// kept only in the settings file on this computer.
fn clinician_ui(
    ui: &mut egui::Ui,
    documents: &mut crate::state::Documents,
    commands: &mut Vec<Command>,
) {
    ui.label(bold(crate::t!("about-me"), 26.0));
    ui.label(crate::t!("about-me-explain"));
    text_field_ui(
        ui,
        &mut documents.person_name,
        &crate::t!("about-me-name"),
        &crate::t!("about-me-name-spoken"),
    );
    text_field_ui(
        ui,
        &mut documents.birth_date,
        &crate::t!("about-me-born"),
        &crate::t!("about-me-born-spoken"),
    );
    ui.add_space(8.0);
    ui.label(bold(crate::t!("documents-clinician"), 26.0));
    ui.label(crate::t!("documents-clinician-explain"));
    text_field_ui(
        ui,
        &mut documents.clinician_name,
        &crate::t!("documents-clinician-name"),
        &crate::t!("documents-clinician-name-spoken"),
    );
    text_field_ui(
        ui,
        &mut documents.clinician_phone,
        &crate::t!("documents-clinician-phone"),
        &crate::t!("documents-clinician-phone-spoken"),
    );
    if big_button(ui, &crate::t!("documents-clinician-keep"), 0.0).clicked() {
        commands.push(Command::Documents(
            crate::state::command::DocumentCommand::KeepClinician,
        ));
    }
    if let Some((message, _)) = &documents.message
        && documents.saving.is_none()
    {
        ui.label(RichText::new(message).size(20.0));
    }
}

/// Spoken prompts and eyes-free mode. Without a voice the switch is disabled and one
/// sentence says why; eyes-free mode is disabled (with its reason) until prompts are on.
fn speech_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let s = &state.settings;
    ui.label(bold(crate::t!("settings-speech"), 26.0));
    ui.label(crate::t!("settings-speech-explain"));
    let no_voice = crate::t!("settings-no-voice");
    match &state.voice {
        Some(voice) => ui.label(crate::t!("settings-speech-voice", voice = voice.as_str())),
        None => ui.label(bold(&no_voice, 22.0)),
    };
    let speaking = s.spoken_prompts && state.voice.is_some();
    ui.horizontal_wrapped(|ui| {
        let mut on = speaking;
        let switch = ui
            .add_enabled(
                state.voice.is_some(),
                egui::Checkbox::new(
                    &mut on,
                    RichText::new(crate::t!("settings-speech-on")).size(22.0),
                ),
            )
            .on_disabled_hover_text(&no_voice);
        if switch.changed() {
            commands.push(Command::Settings(SettingsCommand::SpokenPrompts(on)));
        }
        if speaking && big_button(ui, &crate::t!("settings-speech-test"), 0.0).clicked() {
            commands.push(Command::Settings(SettingsCommand::TestVoice));
        }
    });
    let mut eyes_free = s.eyes_free && speaking;
    let needs = crate::t!("settings-eyes-free-needs-speech");
    let switch = ui
        .add_enabled(
            speaking,
            egui::Checkbox::new(
                &mut eyes_free,
                RichText::new(crate::t!("settings-eyes-free")).size(22.0),
            ),
        )
        .on_disabled_hover_text(&needs);
    if switch.changed() {
        commands.push(Command::Settings(SettingsCommand::EyesFree(eyes_free)));
    }
    ui.label(crate::t!("settings-eyes-free-explain"));
    if !speaking && state.voice.is_some() {
        ui.label(needs);
    }
    if state.voice.is_some() {
        ui.label(bold(crate::t!("settings-speech-rate"), 22.0));
        ui.horizontal_wrapped(|ui| {
            for rate in SpeechRate::ALL {
                let text = match rate {
                    SpeechRate::Slower => crate::t!("settings-speech-rate-slower"),
                    SpeechRate::Normal => crate::t!("settings-speech-rate-normal"),
                    SpeechRate::Faster => crate::t!("settings-speech-rate-faster"),
                };
                let r = choice_button(ui, &text, s.speech_rate == rate, 140.0);
                super::name_for_screen_readers(
                    &r,
                    &crate::t!("settings-speech-rate-spoken", choice = text.as_str()),
                );
                if r.clicked() {
                    commands.push(Command::Settings(SettingsCommand::SpeechRate(rate)));
                }
            }
        });
        ui.label(bold(crate::t!("settings-voice-level"), 22.0));
        ui.horizontal_wrapped(|ui| {
            for level in VoiceLevel::ALL {
                let text = match level {
                    VoiceLevel::Softer => crate::t!("settings-voice-level-softer"),
                    VoiceLevel::Same => crate::t!("settings-voice-level-same"),
                    VoiceLevel::Louder => crate::t!("settings-voice-level-louder"),
                };
                let r = choice_button(ui, &text, s.voice_level == level, 140.0);
                super::name_for_screen_readers(
                    &r,
                    &crate::t!("settings-voice-level-spoken", choice = text.as_str()),
                );
                if r.clicked() {
                    commands.push(Command::Settings(SettingsCommand::VoiceLevel(level)));
                }
            }
        });
    }
}

/// Every sound by name, what it means, and a Play button.
fn sounds_legend_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.label(bold(crate::t!("sounds-title"), 26.0));
    for cue in crate::session::Cue::ALL {
        let (name, means) = crate::state::settings::cue_words(cue);
        ui.horizontal_wrapped(|ui| {
            let play = big_button(ui, &format!("▶ {}", crate::t!("sounds-play")), 0.0);
            super::name_for_screen_readers(
                &play,
                &crate::t!("sounds-play-spoken", name = name.as_str()),
            );
            if play.clicked() {
                commands.push(Command::Settings(SettingsCommand::PlayCue(cue)));
            }
            ui.label(bold(&name, 22.0));
        });
        ui.label(RichText::new(means).size(20.0));
    }
}

/// A theme's name in the person's language.
fn theme_name(theme: Theme) -> String {
    match theme {
        Theme::Light => crate::t!("settings-theme-light"),
        Theme::Dark => crate::t!("settings-theme-dark"),
        Theme::HighContrast => crate::t!("settings-theme-high-contrast"),
    }
}

/// "As the system (Deutsch)", "English", "Deutsch": each language in its own name, so
/// a person who cannot read the current one still finds theirs.
fn language_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let chosen = state.settings.language;
    ui.label(bold(crate::t!("settings-language"), 26.0));
    ui.horizontal_wrapped(|ui| {
        let system = crate::t!(
            "settings-language-system",
            language = state.system_language.native_name()
        );
        if choice_button(ui, &system, chosen.is_none(), 0.0).clicked() {
            commands.push(Command::Settings(SettingsCommand::Language(None)));
        }
        for language in Language::ALL {
            if choice_button(ui, language.native_name(), chosen == Some(language), 180.0).clicked()
            {
                commands.push(Command::Settings(SettingsCommand::Language(Some(language))));
            }
        }
    });
}

/// The week planner's settings, in one block: the daily budget, heat sensitivity,
/// reminders and starting at login. Headings and explanations wrap; each checkbox has
/// a short label (a checkbox's text does not wrap).
fn week_settings_ui(
    ui: &mut egui::Ui,
    s: &crate::state::Settings,
    budget: u32,
    commands: &mut Vec<Command>,
) {
    use crate::state::settings::BUDGET_CHOICES_MINUTES;
    let heading = |ui: &mut egui::Ui, text: String| {
        ui.label(bold(text, 26.0));
    };
    // Wrapped within what is visible: Settings' column can be wider than the window
    // at 200 % text (its wider rows), and a bare label wrapped past the edge.
    let explain = |ui: &mut egui::Ui, text: String| {
        let visible = (ui.clip_rect().right() - ui.cursor().left()).max(120.0);
        ui.scope(|ui| {
            ui.set_max_width(visible);
            ui.label(RichText::new(text).size(18.0));
        });
    };
    heading(ui, crate::t!("week-settings-budget"));
    explain(ui, crate::t!("week-settings-budget-why"));
    // Rows of two: at 200 % text a wrapped row ran past the edge of a narrow window.
    for row in BUDGET_CHOICES_MINUTES.chunks(2) {
        ui.horizontal(|ui| budget_row_ui(ui, row, budget, commands));
    }
    ui.add_space(10.0);
    heading(ui, crate::t!("week-settings-heat"));
    let mut heat = s.heat_sensitive;
    if ui
        .checkbox(
            &mut heat,
            RichText::new(crate::t!("week-settings-heat-sensitive")).size(22.0),
        )
        .changed()
    {
        commands.push(Command::Settings(SettingsCommand::HeatSensitive(heat)));
    }
    explain(ui, crate::t!("week-settings-heat-why"));
    ui.add_space(10.0);
    heading(ui, crate::t!("week-settings-reminders"));
    let mut remind = s.reminders;
    if ui
        .checkbox(
            &mut remind,
            RichText::new(crate::t!("week-settings-remind")).size(22.0),
        )
        .changed()
    {
        commands.push(Command::Settings(SettingsCommand::Reminders(remind)));
    }
    explain(ui, crate::t!("week-settings-remind-why"));
    // An XDG autostart entry: Linux desktops read it.
    if cfg!(target_os = "linux") {
        let mut autostart = s.autostart;
        if ui
            .checkbox(
                &mut autostart,
                RichText::new(crate::t!("week-settings-autostart")).size(22.0),
            )
            .changed()
        {
            commands.push(Command::Settings(SettingsCommand::Autostart(autostart)));
        }
        explain(ui, crate::t!("week-settings-autostart-why"));
    }
}

/// Daily budget choices on one row.
fn budget_row_ui(ui: &mut egui::Ui, row: &[u32], budget: u32, commands: &mut Vec<Command>) {
    for &minutes in row {
        let text = crate::t!("week-settings-minutes", minutes = minutes);
        let r = choice_button(ui, &text, budget == minutes, 100.0);
        super::name_for_screen_readers(
            &r,
            &crate::t!("week-settings-budget-spoken", choice = text.as_str()),
        );
        if r.clicked() {
            commands.push(Command::Settings(SettingsCommand::DailyBudget(minutes)));
        }
    }
}
