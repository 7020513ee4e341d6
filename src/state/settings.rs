//! The person's settings: text size, theme, sound, spoken prompts and eyes-free mode,
//! countdown, motion, language, their clinician's name and phone (for the handout),
//! the speech rate and the voice's level against the cues, the week planner's daily
//! budget, heat sensitivity, "Not today", reminders and
//! starting at login, and the words of the sounds legend
//! ([`cue_words`]). Plain data; the `app` shell reads and writes them (`app::settings`).

use serde::{Deserialize, Serialize};

/// The colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Theme {
    Light,
    #[default]
    Dark,
    HighContrast,
}

impl Theme {
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];
}

pub const TEXT_SCALE_PERCENT: std::ops::RangeInclusive<u16> = 100..=200;
/// The longest clinician name or phone number kept.
pub const CLINICIAN_CHARS: usize = 80;
/// The daily budget's range, in minutes.
pub const BUDGET_MINUTES: std::ops::RangeInclusive<u32> = 5..=120;
/// The daily budgets offered in Settings.
pub const BUDGET_CHOICES_MINUTES: [u32; 6] = [10, 15, 20, 30, 45, 60];
pub const GET_READY_CHOICES_SECS: [u32; 5] = [0, 5, 10, 15, 20];

/// How fast spoken prompts are said.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpeechRate {
    Slower,
    /// A little slower than espeak-ng's own default (about 175 words a minute): easier
    /// for older listeners.
    #[default]
    Normal,
    Faster,
}

impl SpeechRate {
    pub const ALL: [Self; 3] = [Self::Slower, Self::Normal, Self::Faster];

    /// Words a minute (espeak-ng's `-s`).
    pub fn words_a_minute(self) -> u32 {
        match self {
            Self::Slower => 130,
            Self::Normal => 150,
            Self::Faster => 175,
        }
    }
}

/// How loud the voice is against the cues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VoiceLevel {
    Softer,
    #[default]
    Same,
    Louder,
}

impl VoiceLevel {
    pub const ALL: [Self; 3] = [Self::Softer, Self::Same, Self::Louder];

    /// The voice's gain against the cues, in percent (−4.4 dB, 0, +3.5 dB; a louder
    /// voice has its peaks rounded off, never clipped).
    pub fn percent(self) -> u8 {
        match self {
            Self::Softer => 60,
            Self::Same => 100,
            Self::Louder => 150,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Text and control size, 100–200 %.
    pub text_scale_percent: u16,
    pub theme: Theme,
    pub volume_percent: u8,
    pub muted: bool,
    /// Length of the get-ready countdown before the first exercise.
    pub get_ready_secs: u32,
    /// No animated tempo bar.
    pub reduce_motion: bool,
    /// The language of Steady's own words; `None` follows the system.
    pub language: Option<crate::i18n::Language>,
    /// The person's clinician, for the routine handout (kept only in this file).
    pub clinician_name: String,
    pub clinician_phone: String,
    /// The player has shown its one-time "what the sounds mean" card.
    pub sounds_explained: bool,
    // Week planner (helper "week"): daily budget, heat, "Not today".
    /// The most minutes of exercise the planner puts on one day.
    pub daily_budget_minutes: u32,
    /// Heat brings on the person's symptoms: cooling tips before every session, cool-down
    /// prompts in rests, and a lighter session offered.
    pub heat_sensitive: bool,
    /// Sessions put off with "Not today" (today's only; older ones are dropped).
    pub not_today: Vec<crate::history::planner::PutOff>,
    /// At a planned session's time, a calm prompt in the window and one desktop
    /// notification, while Steady is open.
    pub reminders: bool,
    /// Start Steady minimised at login (an XDG autostart entry); off unless chosen.
    pub autostart: bool,
    // end of week planner settings
    /// Phase changes are said aloud (when a voice is installed); off unless the
    /// person turns it on.
    pub spoken_prompts: bool,
    /// Eyes-free mode (with spoken prompts): instructions read out, and any key or a
    /// click anywhere in the player pauses or resumes.
    pub eyes_free: bool,
    /// About me, for the clinician's report only (kept only in this file): the
    /// person's name and date of birth, both optional.
    pub person_name: String,
    pub birth_date: Option<chrono::NaiveDate>,
    /// When the person confirmed, after a fall, that their clinician says they can go
    /// on with standing and balance work (ends the 48-hour pause early; kept).
    pub resumed_after_fall: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// How fast prompts are said.
    pub speech_rate: SpeechRate,
    /// How loud the voice is against the cues.
    pub voice_level: VoiceLevel,
    /// When each field was last changed by a save (local time with its offset), by
    /// field name: two copies of the file (a sync tool's conflict copy) are merged field
    /// by field, the later change winning. Not shown.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub changed: std::collections::BTreeMap<String, chrono::DateTime<chrono::FixedOffset>>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale_percent: 100,
            theme: Theme::default(),
            volume_percent: 80,
            muted: false,
            get_ready_secs: crate::session::plan::DEFAULT_GET_READY_SECS,
            reduce_motion: false,
            language: None,
            clinician_name: String::new(),
            clinician_phone: String::new(),
            sounds_explained: false,
            daily_budget_minutes: crate::history::planner::DEFAULT_BUDGET_MINUTES,
            heat_sensitive: false,
            not_today: Vec::new(),
            reminders: true,
            autostart: false,
            spoken_prompts: false,
            eyes_free: false,
            person_name: String::new(),
            birth_date: None,
            resumed_after_fall: None,
            speech_rate: SpeechRate::default(),
            voice_level: VoiceLevel::default(),
            changed: std::collections::BTreeMap::new(),
        }
    }
}

impl Settings {
    /// Keeps every value in its range.
    #[must_use]
    pub fn clamped(mut self) -> Self {
        self.text_scale_percent = self
            .text_scale_percent
            .clamp(*TEXT_SCALE_PERCENT.start(), *TEXT_SCALE_PERCENT.end());
        self.volume_percent = self.volume_percent.min(100);
        self.get_ready_secs = self.get_ready_secs.min(60);
        self.daily_budget_minutes = self
            .daily_budget_minutes
            .clamp(*BUDGET_MINUTES.start(), *BUDGET_MINUTES.end());
        // A person cannot put off more than a day's sessions; a crafted file can.
        self.not_today.truncate(64);
        for text in [
            &mut self.clinician_name,
            &mut self.clinician_phone,
            &mut self.person_name,
        ] {
            if text.chars().count() > CLINICIAN_CHARS {
                *text = text.chars().take(CLINICIAN_CHARS).collect();
            }
        }
        self
    }

    pub fn zoom(&self) -> f32 {
        f32::from(self.text_scale_percent) / 100.0
    }
}

/// A cue's name and what it asks of the person, in the person's language (the Sounds
/// legend in Settings, the player's first-session card, `steady cues --wav`).
pub fn cue_words(cue: crate::session::Cue) -> (String, String) {
    use crate::session::Cue;
    use crate::t;
    match cue {
        Cue::CountdownTick => (t!("cue-countdown"), t!("cue-countdown-means")),
        Cue::Go => (t!("cue-go"), t!("cue-go-means")),
        Cue::TempoUp => (t!("cue-up"), t!("cue-up-means")),
        Cue::TempoHold => (t!("cue-hold"), t!("cue-hold-means")),
        Cue::TempoDown => (t!("cue-down"), t!("cue-down-means")),
        Cue::Beat => (t!("cue-beat"), t!("cue-beat-means")),
        Cue::Halfway => (t!("cue-halfway"), t!("cue-halfway-means")),
        Cue::RestStart => (t!("cue-rest"), t!("cue-rest-means")),
        Cue::RestEndingSoon => (t!("cue-rest-ending"), t!("cue-rest-ending-means")),
        Cue::SwitchSide => (t!("cue-switch-side"), t!("cue-switch-side-means")),
        Cue::ExerciseDone => (t!("cue-exercise-done"), t!("cue-exercise-done-means")),
        Cue::SessionDone => (t!("cue-session-done"), t!("cue-session-done-means")),
    }
}
