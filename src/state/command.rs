//! What a person's actions ask for, grouped by what they act on. The `ui` modules make
//! these; `app` carries them out in one place, with one `match` per group and no
//! catch-all arm, so a new command or screen is a change the compiler walks you through:
//! add the variant here, and every `match` that must handle it fails to build until it
//! does.

use std::path::PathBuf;

use crate::routine::folder::OnClash;
use crate::session::EndReason;

use super::Theme;

/// A person's action, for `app` to carry out.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Go to one of the app's places.
    Nav(Nav),
    Session(SessionCommand),
    /// Sessions left behind by a Steady that closed mid-session.
    Orphan(OrphanCommand),
    Settings(SettingsCommand),
    Data(DataCommand),
    Routines(RoutinesCommand),
    /// The clinician's report and the routine handouts.
    Documents(DocumentCommand),
    Editor(EditorCommand),
    /// The guided self-tests (Home's "Self-tests", and tests inside a routine).
    SelfTest(SelfTestCommand),
    /// The person's program: setting it up, adding and removing routines, days.
    Program(ProgramCommand),
    /// Hide the notice at the top of the window.
    DismissNotice,
}

/// The app's places (the top bar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Routines,
    Review,
    Settings,
}

/// A guided session: check-in, the player's controls, the stop flow, check-out.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionCommand {
    BeginCheckIn {
        routine_id: String,
    },
    /// Start the session at this level (lighter, normal or harder) for the day.
    Start {
        level: crate::routine::Level,
    },
    /// New weakness at check-in: a lighter session of another routine, one done
    /// seated or lying down, with the same check-in answers.
    StartInstead {
        routine_id: String,
    },
    /// No session today ("Rest today", "Skip today"): the check-in answers are kept
    /// as a day record.
    RestToday,
    /// "Not today" on one of Home's planned sessions: the planner moves it (week).
    NotToday {
        routine_id: String,
    },
    /// The reminder prompt was read ("Later"): it goes away (week).
    DismissReminder,
    TogglePause,
    /// Eyes-free mode: a key or a click anywhere paused or resumed (ignored within
    /// `EYES_FREE_GUARD` of the last one that counted: shaky hands press twice).
    EyesFreeToggle,
    Skip,
    Back,
    AddRest,
    SetDone,
    MakeLighter,
    /// Undo "make it lighter" while its exercise is still under way.
    BackToNormal,
    RequestStop,
    CancelStop,
    ConfirmStop,
    EndEarly(EndReason),
    SaveCheckOut,
}

/// A session left behind (by index into `AppState::orphans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrphanCommand {
    /// Save it to history as ended early.
    Recover(usize),
    /// Ask before discarding it.
    AskDiscard(usize),
    Discard(usize),
    CancelDiscard,
}

/// A change of a setting, or a sound check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsCommand {
    TextScale(u16),
    Theme(Theme),
    Volume(u8),
    Muted(bool),
    GetReadySecs(u32),
    ReduceMotion(bool),
    /// `None`: as the system.
    Language(Option<crate::i18n::Language>),
    TestSound,
    RetrySound,
    /// Play one cue (the Sounds legend).
    PlayCue(crate::session::Cue),
    /// The player's one-time "what the sounds mean" card was read.
    SoundsExplained,
    // Week planner (helper "week")
    /// The most minutes of exercise planned on one day.
    DailyBudget(u32),
    /// Heat brings on the person's symptoms.
    HeatSensitive(bool),
    /// Reminders at planned times while Steady is open.
    Reminders(bool),
    /// Start Steady minimised at login.
    Autostart(bool),
    // end of week planner
    /// Say phase changes aloud (only offered when a voice is installed).
    SpokenPrompts(bool),
    /// Eyes-free mode (needs spoken prompts).
    EyesFree(bool),
    /// How fast prompts are said.
    SpeechRate(crate::state::settings::SpeechRate),
    /// How loud the voice is against the cues.
    VoiceLevel(crate::state::settings::VoiceLevel),
    /// Say a test phrase with the voice.
    TestVoice,
}

/// The data folder as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataCommand {
    /// Write all sessions as CSV into `exports/`.
    ExportCsv,
    /// Read routines and history again.
    Reload,
    /// Show the data folder in the file manager.
    OpenFolder,
}

/// The clinician's report, the routine handouts, and the period Review looks back.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentCommand {
    /// Review (and the report) look back this far.
    Period(crate::history::stats::Period),
    /// Ask where to save a document: the system's dialog, with a typed path beside it.
    Save(super::Document),
    /// Save the document being asked for at this path (never over a file).
    SaveTo(PathBuf),
    /// Close the panel without saving.
    CancelSave,
    /// Keep the clinician's name and phone as typed in Settings.
    KeepClinician,
}

/// The routines screen.
#[derive(Debug, Clone, PartialEq)]
pub enum RoutinesCommand {
    New,
    /// Copy a routine (bundled or the person's) to a new file and edit the copy.
    Copy(String),
    Edit(String),
    Rename {
        id: String,
        title: String,
    },
    AskDelete(String),
    CancelDelete,
    /// Move the routine's file to the trash.
    Delete(String),
    Restore(PathBuf),
    Export {
        id: String,
        to: PathBuf,
    },
    /// Choose where to export with the system's file dialog.
    BrowseExport(String),
    Import {
        from: PathBuf,
        on_clash: OnClash,
    },
    BrowseImport,
    /// Rename although the file's comments will be lost (asked first).
    RenameAnyway {
        id: String,
        title: String,
    },
    /// Restore a trashed routine whose id is taken, as a new routine with a new id.
    RestoreKeepBoth(PathBuf),
    /// List a routine's previous versions (from its backups).
    ShowVersions(String),
    /// Put a previous version back (the current one goes to backups first).
    RestoreVersion {
        id: String,
        backup: PathBuf,
    },
}

/// The person's program (Home's first start, the routines' cards).
#[derive(Debug, Clone, PartialEq)]
pub enum ProgramCommand {
    /// Which of the three ways to set it up is shown.
    Setup(super::program::SetupStep),
    UseStarter(crate::program::starters::Starter),
    /// Choose a program file with the system's dialog.
    Browse,
    /// Read a program file and show what importing it changes.
    Read(PathBuf),
    /// Import the program read (the changes shown).
    ConfirmImport,
    CancelImport,
    /// Add a routine with its own prescription as the suggestion.
    Add(String),
    /// Change a routine's days.
    SetWhen {
        id: String,
        when: crate::program::When,
    },
    Remove(String),
    /// Put the program back as it was before the last change.
    Undo,
    /// "Rest day": every session planned today is put off, on purpose.
    RestDay,
    /// After a fall: ask whether the clinician says standing work can go on.
    AskResume,
    /// "Yes, my clinician says I can go on": the pause ends, and this is kept.
    ConfirmResume,
    CancelResume,
}

/// The routine editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorCommand {
    Undo,
    Redo,
    Save,
    /// Save although the file's comments will be lost (asked first).
    SaveAnyway,
    CancelSave,
    Close,
    /// Stay in the editor instead of leaving with unsaved changes.
    KeepEditing,
    /// Leave the editor and lose its unsaved changes.
    DiscardChanges,
    /// Save, then leave as asked (stays if the save is refused or asks first).
    SaveAndLeave,
    /// The file changed on disk during an edit: keep the draft.
    KeepMine,
    /// The file changed on disk during an edit: load the file (undoable).
    LoadTheirs,
    /// Try the edited routine in the real player, nothing recorded, from an exercise.
    StartPreview {
        from_exercise: usize,
    },
}

/// The guided self-tests: the person's actions in a test's flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelfTestCommand {
    /// Open the Self-tests place (from Home).
    Open,
    /// Go to a test's safety screen (inside a routine: the current step's test).
    Choose(crate::routine::TestKind),
    /// Say whether an aid is used (armrests, a walking aid).
    Aid(crate::session::selftest::Aid, bool),
    /// Past the safety screen.
    Begin,
    /// The one big press (or Space): the fifth stand, a touch-down, the helper's
    /// start and stop, "in position".
    Press,
    /// The chair-stand count's − and +.
    Adjust(i32),
    /// A fatigue-check answer.
    Answer { question: usize, value: u8 },
    /// Keep the count or the answers.
    Confirm,
    /// Stop the test at any moment: nothing is kept.
    Stop,
    /// Try keeping a result again after a failed save.
    RetrySave,
    /// From a result back to the list (or, inside a routine, on with the session).
    Done,
}

impl Command {
    /// Whether it leaves the current screen (the editor asks first when it has unsaved
    /// changes).
    pub fn is_navigation(&self) -> bool {
        matches!(
            self,
            Self::Nav(_)
                | Self::Editor(EditorCommand::Close)
                | Self::Routines(
                    RoutinesCommand::New | RoutinesCommand::Edit(_) | RoutinesCommand::Copy(_)
                )
        )
    }
}

macro_rules! group_into_command {
    ($($group:ident => $variant:ident),* $(,)?) => {
        $(impl From<$group> for Command {
            fn from(command: $group) -> Self {
                Self::$variant(command)
            }
        })*
    };
}

group_into_command!(
    Nav => Nav,
    SessionCommand => Session,
    OrphanCommand => Orphan,
    SettingsCommand => Settings,
    DataCommand => Data,
    RoutinesCommand => Routines,
    DocumentCommand => Documents,
    EditorCommand => Editor,
    SelfTestCommand => SelfTest,
);
