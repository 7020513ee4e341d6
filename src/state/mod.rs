//! What the window shows and what a person's actions ask for, below both `ui` (which
//! draws it and returns [`Command`]s) and `app` (which owns eframe and the shells and
//! carries commands out). Nothing here imports egui, eframe or rodio, and nothing here
//! does I/O: the state is plain data, so a screen's test can build just what it draws.
//!
//! [`AppState`] holds the current [`Screen`] with its drafts, the loaded routines and
//! history, the [`Settings`], a notice for the person, the sound status
//! ([`SoundStatus`], reported by the `audio` shell) and today's date (from the one
//! clock). [`command`] has the commands, grouped by what they act on.

pub mod command;
pub mod editing;
pub mod program;
pub mod selftests;
pub mod settings;
pub mod week;

use chrono::{Datelike as _, NaiveDate};

use crate::history::in_progress::{InProgress, Orphan};
use crate::history::{CheckIn, HistoryReport, SessionRecord};
use crate::live::Live;
use crate::paths::DataDir;
use crate::routine::{LoadReport, Routine};

pub use command::Command;
pub use editing::{EditorState, RoutinesView};
pub use settings::{Settings, Theme};

/// The screens.
#[derive(Debug)]
pub enum Screen {
    Home,
    CheckIn(CheckInDraft),
    Player(Box<Live>),
    CheckOut(Box<CheckOutDraft>),
    Settings,
    Review,
    Routines(Box<RoutinesView>),
    Editor(Box<EditorState>),
    /// The guided self-tests: the list, a test under way, a result.
    SelfTests(Box<selftests::SelfTestView>),
}

impl Screen {
    /// A stable key for the screen (egui ids; never shown).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::CheckIn(_) => "check-in",
            Self::Player(_) => "session",
            Self::CheckOut(_) => "check-out",
            Self::Settings => "settings",
            Self::Review => "review",
            Self::Routines(_) => "routines",
            Self::Editor(_) => "editor",
            Self::SelfTests(_) => "self-tests",
        }
    }

    /// The screen's name for the person.
    pub fn name(&self) -> String {
        match self {
            Self::Home => crate::t!("screen-home"),
            Self::CheckIn(_) => crate::t!("screen-check-in"),
            Self::Player(_) => crate::t!("screen-session"),
            Self::CheckOut(_) => crate::t!("screen-check-out"),
            Self::Settings => crate::t!("screen-settings"),
            Self::Review => crate::t!("screen-review"),
            Self::Routines(_) => crate::t!("screen-routines"),
            Self::Editor(_) => crate::t!("screen-editor"),
            Self::SelfTests(_) => crate::t!("screen-self-tests"),
        }
    }
}

/// The check-in being answered.
#[derive(Debug, Clone)]
pub struct CheckInDraft {
    pub routine_id: String,
    pub answers: CheckIn,
    /// The person's level for this routine (from history), before any answer below.
    pub level: crate::routine::Level,
    /// A step up or down to offer, from the history of this routine.
    pub offer: Option<crate::history::levels::Offer>,
    /// Heat brings on the person's symptoms (Settings): cooling tips first (week).
    pub heat_sensitive: bool,
    /// The highest level the program allows a start at (normal without a program
    /// entry); harder is also allowed once the person's level is harder.
    pub max_level: crate::routine::Level,
}

impl CheckInDraft {
    /// A fresh check-in for `routine`: the person's level and any step to offer come
    /// from `records` and the days checked in without a session (`days`).
    pub fn new(
        routine: &Routine,
        records: &[SessionRecord],
        days: &[crate::history::DayRecord],
    ) -> Self {
        Self {
            routine_id: routine.id.clone(),
            answers: CheckIn::default(),
            level: crate::history::levels::current_level_with_days(records, days, &routine.id),
            offer: crate::history::levels::offer_with_days(routine, records, days),
            heat_sensitive: false,
            max_level: crate::routine::Level::Normal,
        }
    }

    /// Whether "Start harder" may be offered today: the routine has a harder dose,
    /// the program allows harder or the person's level already is harder, and
    /// today's answers do not ask for an easier day.
    pub fn harder_allowed(&self, routine: &Routine) -> bool {
        use crate::routine::Level;
        routine.has_harder()
            && (self.max_level == Level::Harder || self.level_now() == Level::Harder)
            && !self.answers.suggests_lighter()
            && !self.answers.rules_out_standing()
            && self.answers.fell != Some(true)
            && self.answers.new_weakness != Some(true)
    }

    /// Whether a step up may be offered today: not on a hot, low-energy, poorly
    /// slept, dizzy or unsafe day (a step down always may).
    pub fn step_up_allowed(&self) -> bool {
        !self.answers.suggests_lighter()
            && !self.answers.rules_out_standing()
            && self.answers.fell != Some(true)
            && self.answers.new_weakness != Some(true)
    }

    /// The level the person has after answering the offer (their level otherwise).
    pub fn level_now(&self) -> crate::routine::Level {
        match self.answers.progression {
            Some(answer) if answer.accepted => answer.to,
            _ => self.level,
        }
    }
}

/// The check-out being filled in; the record is ready and waits for it.
#[derive(Debug)]
pub struct CheckOutDraft {
    /// The session on disk until the record is in history.
    pub in_progress: Option<InProgress>,
    pub record: SessionRecord,
    pub effort: Option<u8>,
    pub fatigue: Option<u8>,
    pub note: String,
    /// Why the last save failed; the record stays in memory until it is saved.
    pub save_error: Option<String>,
    /// When the in-progress file's heartbeat was last renewed (monotonic).
    pub kept_at: std::time::Duration,
}

/// Everything the screens show.
#[derive(Debug)]
pub struct AppState {
    pub screen: Screen,
    pub library: LoadReport,
    /// The person's program (what their therapist prescribed): it drives the week.
    pub program: crate::program::file::Stored,
    /// Setting up and changing the program: its screens' state.
    pub program_view: program::ProgramView,
    pub history: HistoryReport,
    /// History is being read in the background (it can be years of files).
    pub history_loading: bool,
    pub settings: Settings,
    /// A message for the person (an error that stopped something, or a heads-up),
    /// shown until dismissed.
    pub notice: Option<String>,
    pub sound: SoundStatus,
    /// The voice that speaks prompts (its name), `None` if this computer has none:
    /// then Settings says so and only tones play.
    pub voice: Option<String>,
    pub data_dir: DataDir,
    /// The system's language (what "As the system" in Settings means).
    pub system_language: crate::i18n::Language,
    pub today: NaiveDate,
    /// The local time now, as of the last frame (the pause after a fall).
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// The editor to go back to when a preview ("try it as the client") ends.
    pub rehearsing_from: Option<Box<EditorState>>,
    /// This computer's name (sessions left on another computer say where).
    pub host: String,
    /// Sessions left behind by a Steady that closed or crashed mid-session.
    pub orphans: Vec<Orphan>,
    /// The orphan the person asked to discard, awaiting confirmation.
    pub confirm_discard: Option<usize>,
    /// Review's period, a document being saved, and the clinician as typed.
    pub documents: Documents,
    /// Self-test results, oldest first, and the files that could not be read.
    pub tests: selftests::TestHistory,
    /// The planned session a reminder is showing for (its routine id), until started
    /// or dismissed (week).
    pub reminder: Option<String>,
    /// Reminders given while this window is open: day and routine id (week).
    pub reminded: Vec<(NaiveDate, String)>,
}

/// A document Steady writes for paper: the clinician's report over Review's period, or
/// a routine's handout (by id), or the handout of the routine open in the editor, as
/// it stands (saved or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    Report,
    Handout(String),
    /// The large-print handout of a routine (18 pt, one column).
    LargeHandout(String),
    DraftHandout,
}

/// The documents' part of the state (Review, the routines screen, Settings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Documents {
    /// How far back Review and the report look.
    pub period: crate::history::stats::Period,
    /// The document being saved and the path typed so far (its panel is open).
    pub saving: Option<(Document, String)>,
    /// What happened to the last document saved (or why it was not), and whether it
    /// is a refusal.
    pub message: Option<(String, bool)>,
    /// The document just saved: its "Saved: …" line stays where it was asked for
    /// (Review, its routine's card, the editor) after the panel closes.
    pub saved: Option<Document>,
    /// The clinician's name and phone as typed in Settings (kept on "Keep").
    pub clinician_name: String,
    pub clinician_phone: String,
    /// About me as typed in Settings (kept on "Keep"): name, and date of birth as text.
    pub person_name: String,
    pub birth_date: String,
}

/// A date of birth as a person types it: `1968-04-02`, `2.4.1968` or `02/04/1968`
/// (day first); `None` when it is not a date or lies in the future of `today`.
pub fn parse_birth_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
        .filter(|d| *d <= today && d.year() >= 1900)
}

/// In eyes-free mode a second press this soon after the one that paused or resumed is
/// taken as the same press (shaky hands), not as undoing it.
pub const EYES_FREE_GUARD: std::time::Duration = std::time::Duration::from_millis(600);

impl AppState {
    /// Whether eyes-free mode is on: asked for, with spoken prompts on and a voice.
    pub fn eyes_free(&self) -> bool {
        self.settings.eyes_free && self.settings.spoken_prompts && self.voice.is_some()
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.library.get(id).map(|l| &l.routine)
    }

    /// The person's program, if there is a readable one.
    pub fn program(&self) -> Option<&crate::program::Program> {
        self.program.program()
    }

    /// The week planned from the program for `days` days from today.
    pub fn week(&self, days: u32) -> week::Week {
        week::plan_program(
            week::Inputs {
                program: self.program(),
                library: &self.library,
                records: &self.history.records,
                days: &self.history.days,
                settings: &self.settings,
                today: self.today,
                now: self.now,
            },
            days,
        )
    }
}

/// What the person should know about sound (the `audio` shell reports it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoundStatus {
    /// Opening the device.
    Starting,
    /// Cues are played.
    Playing,
    /// The person turned sound off.
    Muted,
    /// No device: cues are shown on screen only.
    Unavailable { reason: SoundProblem },
}

/// Why there is no sound (said in the person's language by [`SoundStatus::describe`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoundProblem {
    NoDevice,
    /// The device went away while playing.
    DeviceStopped,
    /// The sound thread could not start; the system's reason.
    CouldNotStart(String),
}

impl SoundStatus {
    /// One short line for the screen.
    pub fn describe(&self) -> String {
        match self {
            Self::Starting => crate::t!("sound-starting"),
            Self::Playing => crate::t!("sound-on"),
            Self::Muted => crate::t!("sound-muted"),
            Self::Unavailable {
                reason: SoundProblem::NoDevice,
            } => crate::t!("sound-no-device"),
            Self::Unavailable {
                reason: SoundProblem::DeviceStopped,
            } => crate::t!("sound-device-stopped"),
            Self::Unavailable {
                reason: SoundProblem::CouldNotStart(why),
            } => crate::t!("sound-could-not-start", why = why.as_str()),
        }
    }
}
