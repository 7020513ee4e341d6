//! The desktop app: its state, the commands a person's actions become, and the one
//! place where commands are handled.
//!
//! [`SteadyApp`] owns the state ([`AppState`]) and the shells around the core: the
//! clock, the sound thread, the data folder. Each frame, [`SteadyApp::logic`] ticks the
//! session engine, hands its events to the sound thread, and asks for a repaint exactly
//! when something visible changes next (no continuous repaint). [`SteadyApp::ui_frame`]
//! lets the `ui` modules draw; they return [`Command`]s, and [`SteadyApp::handle`] acts
//! on them: starting sessions, saving records and settings. Drawing code never writes
//! files or plays sounds.

pub mod editing;
pub mod settings;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

use crate::audio::{Audio, AudioStatus};
use crate::history::in_progress::{self, InProgress, Orphan};
use crate::history::record::{CheckOut, Finished, Outcome};
use crate::history::{CheckIn, HistoryReport, HistoryStore, SessionRecord};
use crate::paths::DataDir;
use crate::routine::{LoadReport, Routine};
use crate::session::{Clock, EndReason, Engine, PlanOptions, State};

use editing::{EditorState, RoutinesView};
use settings::{Settings, SettingsFile, Theme};

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
}

impl Screen {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Home => "Home",
            Self::CheckIn(_) => "Check-in",
            Self::Player(_) => "Session",
            Self::CheckOut(_) => "Check-out",
            Self::Settings => "Settings",
            Self::Review => "Review",
            Self::Routines(_) => "Routines",
            Self::Editor(_) => "Edit routine",
        }
    }
}

/// The check-in being answered.
#[derive(Debug, Clone)]
pub struct CheckInDraft {
    pub routine_id: String,
    pub answers: CheckIn,
}

/// Where the "Stop" flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopStage {
    None,
    /// "Stop the session?"
    Confirm,
    /// "Why are you stopping?"
    Reason,
}

/// A session under way.
#[derive(Debug)]
pub struct Live {
    /// The id its record will have.
    pub record_id: String,
    /// The session so far, on disk; `None` if it could not be written (the person was
    /// told, and the session goes on in memory).
    pub in_progress: Option<InProgress>,
    pub engine: Engine,
    pub check_in: CheckIn,
    pub started: DateTime<FixedOffset>,
    pub stop: StopStage,
    /// Whether the engine was running when the stop flow paused it.
    pub resume_on_cancel: bool,
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
}

/// What a person's action asks for. The `ui` modules make these; [`SteadyApp::handle`]
/// carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    GoHome,
    OpenSettings,
    OpenReview,
    /// Save a session left behind by a crash as ended early.
    RecoverOrphan(usize),
    /// Ask before discarding a left-behind session.
    AskDiscardOrphan(usize),
    DiscardOrphan(usize),
    CancelDiscard,
    ExportCsv,
    BeginCheckIn {
        routine_id: String,
    },
    Start {
        lighter: bool,
    },
    TogglePause,
    Skip,
    Back,
    AddRest,
    SetDone,
    MakeLighter,
    RequestStop,
    CancelStop,
    ConfirmStop,
    EndEarly(EndReason),
    SaveCheckOut,
    DismissNotice,
    SetTextScale(u16),
    SetTheme(Theme),
    SetVolume(u8),
    SetMuted(bool),
    SetGetReadySecs(u32),
    SetReduceMotion(bool),
    TestSound,
    RetrySound,
    OpenDataFolder,
    Reload,
    // The routines screen.
    OpenRoutines,
    NewRoutine,
    /// Copy a routine (bundled or the person's) to a new file and edit the copy.
    CopyRoutine(String),
    EditRoutine(String),
    RenameRoutine {
        id: String,
        title: String,
    },
    AskDeleteRoutine(String),
    CancelDeleteRoutine,
    /// Move the routine's file to the trash.
    DeleteRoutine(String),
    RestoreRoutine(std::path::PathBuf),
    ExportRoutine {
        id: String,
        to: std::path::PathBuf,
    },
    /// Choose where to export with the system's file dialog.
    BrowseExport(String),
    ImportRoutine {
        from: std::path::PathBuf,
        on_clash: crate::routine::folder::OnClash,
    },
    BrowseImport,
    // The editor.
    Undo,
    Redo,
    SaveRoutine,
    /// Save although the file's comments will be lost (asked first).
    SaveRoutineAnyway,
    CancelSave,
    CloseEditor,
    /// Stay in the editor instead of leaving with unsaved changes.
    KeepEditing,
    /// Leave the editor and lose its unsaved changes.
    DiscardChanges,
    /// The file changed on disk during an edit: keep the draft.
    KeepMine,
    /// The file changed on disk during an edit: load the file (undoable).
    LoadTheirs,
    StartPreview {
        from_exercise: usize,
    },
    StopPreview,
}

/// Everything the screens show.
#[derive(Debug)]
pub struct AppState {
    pub screen: Screen,
    pub library: LoadReport,
    pub history: HistoryReport,
    /// History is being read in the background (it can be years of files).
    pub history_loading: bool,
    pub settings: Settings,
    /// A message for the person (an error that stopped something, or a heads-up),
    /// shown until dismissed.
    pub notice: Option<String>,
    pub audio_status: AudioStatus,
    pub data_dir: DataDir,
    pub today: NaiveDate,
    /// Sessions left behind by a Steady that closed or crashed mid-session.
    pub orphans: Vec<Orphan>,
    /// The orphan the person asked to discard, awaiting confirmation.
    pub confirm_discard: Option<usize>,
}

impl AppState {
    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.library.get(id).map(|l| &l.routine)
    }
}

/// The app: state plus the shells it drives.
pub struct SteadyApp {
    pub state: AppState,
    clock: Arc<dyn Clock>,
    audio: Audio,
    history: HistoryStore,
    settings_file: SettingsFile,
    /// Settings last applied to the egui context.
    applied: Option<Settings>,
    first_frame_reported: bool,
    /// History being read on another thread.
    history_rx: Option<std::sync::mpsc::Receiver<HistoryReport>>,
    /// Watches the routines folder for hand edits (none if it could not start).
    watcher: Option<crate::watch::FolderWatcher>,
    /// The answer of a file dialog open on a helper thread.
    dialog_rx: Option<std::sync::mpsc::Receiver<editing::DialogAnswer>>,
    /// Asks the window for a repaint, from any thread.
    wake: Option<Arc<dyn Fn() + Send + Sync>>,
}

impl std::fmt::Debug for SteadyApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SteadyApp")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl SteadyApp {
    /// Loads routines, history and settings from `data_dir`. `audio` plays cues; the
    /// clock times sessions.
    pub fn new(
        data_dir: DataDir,
        clock: Arc<dyn Clock>,
        make_audio: impl FnOnce(&Settings) -> Audio,
    ) -> Self {
        let (settings_file, settings, settings_problem) =
            SettingsFile::load(&data_dir.root().join("settings.ron"));
        let audio = make_audio(&settings);
        let history = HistoryStore::new(data_dir.history());
        let state = AppState {
            screen: Screen::Home,
            library: crate::routine::library(&data_dir),
            history: HistoryReport::default(),
            history_loading: true,
            settings,
            notice: settings_problem,
            audio_status: audio.status(),
            orphans: in_progress::orphans(&data_dir.state().join("in-progress")),
            confirm_discard: None,
            data_dir,
            today: Local::now().date_naive(),
        };
        Self {
            state,
            clock,
            audio,
            history,
            settings_file,
            applied: None,
            first_frame_reported: false,
            history_rx: None,
            watcher: None,
            dialog_rx: None,
            wake: None,
        }
    }

    /// Starts watching the routines folder (making it if needed). Without a watcher,
    /// "Check routine files again" still reloads by hand.
    fn start_watching(&mut self, wake: Arc<dyn Fn() + Send + Sync>) {
        let dir = self.state.data_dir.routines();
        let started = std::fs::create_dir_all(&dir)
            .map_err(|e| crate::routine::load::describe_io_error(&e))
            .and_then(|()| {
                crate::watch::FolderWatcher::start(&dir, move || wake()).map_err(|e| e.to_string())
            });
        match started {
            Ok(watcher) => self.watcher = Some(watcher),
            Err(why) => eprintln!(
                "steady: changes to routine files will show after \"Check routine files again\" ({why}): {}",
                dir.display()
            ),
        }
    }

    pub fn now(&self) -> Duration {
        self.clock.now()
    }

    /// Work that does not draw: ticking the engine, playing its cues, scheduling the
    /// next repaint. Runs even while the window is hidden.
    pub fn logic(&mut self, ctx: &egui::Context) {
        if self.applied.is_none() {
            crate::ui::install_fonts(ctx);
        }
        if self.wake.is_none() {
            let repaint_ctx = ctx.clone();
            let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || repaint_ctx.request_repaint());
            self.wake = Some(Arc::clone(&wake));
            self.start_watching(wake);
        }
        if self
            .watcher
            .as_ref()
            .is_some_and(crate::watch::FolderWatcher::changed)
        {
            self.reload_routines();
        }
        self.poll_dialog();
        if self.applied.as_ref() != Some(&self.state.settings) {
            crate::ui::apply_settings(ctx, &self.state.settings);
            self.applied = Some(self.state.settings.clone());
        }
        self.state.audio_status = self.audio.status();
        if self.state.history_loading && self.history_rx.is_none() {
            self.load_history(ctx);
        }
        if let Some(rx) = &self.history_rx
            && let Ok(report) = rx.try_recv()
        {
            self.state.history = report;
            self.state.history_loading = false;
            self.history_rx = None;
        }
        let now = self.now();
        let mut finished = false;
        if let Screen::Player(live) = &mut self.state.screen {
            let events = live.engine.tick(now);
            self.audio.play_events(&events);
            if events
                .iter()
                .any(|e| e.kind == crate::session::EventKind::SetDone)
            {
                keep_on_disk(live, now, &mut self.state.notice);
            }
            finished = live.engine.is_finished();
            if let Some(wait) = next_repaint(&live.engine, now, self.state.settings.reduce_motion) {
                ctx.request_repaint_after(wait);
            }
        }
        if finished {
            self.finish_session();
        }
        if let Some(wait) = self.tick_preview(now) {
            ctx.request_repaint_after(wait);
        }
        if self.state.audio_status == AudioStatus::Starting {
            ctx.request_repaint_after(Duration::from_millis(250));
        }
    }

    /// Draws the current screen and carries out what the person asked for.
    pub fn ui_frame(&mut self, ui: &mut egui::Ui) {
        if !self.first_frame_reported {
            self.first_frame_reported = true;
            if std::env::var_os("STEADY_REPORT_FIRST_FRAME").is_some() {
                let ns = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos());
                eprintln!("first-frame-epoch-ns {ns}");
            }
        }
        let now = self.now();
        let commands = crate::ui::root_ui(ui, &mut self.state, now);
        let acted = !commands.is_empty();
        for command in commands {
            self.handle(command);
        }
        if acted {
            // Show the result of the action at once (and tick the engine).
            ui.ctx().request_repaint();
        }
    }

    /// Carries out one command. The only place where the app changes state other than
    /// draft fields, writes files or plays sounds.
    pub fn handle(&mut self, command: Command) {
        let Some(command) = self.handle_editing(command) else {
            return;
        };
        let now = self.now();
        match command {
            Command::GoHome => {
                self.state.screen = Screen::Home;
                self.state.today = Local::now().date_naive();
            }
            Command::OpenSettings => self.state.screen = Screen::Settings,
            Command::OpenReview => {
                self.state.history_loading = true;
                self.state.today = Local::now().date_naive();
                self.state.screen = Screen::Review;
            }
            Command::RecoverOrphan(i) => self.recover_orphan(i),
            Command::AskDiscardOrphan(i) => self.state.confirm_discard = Some(i),
            Command::CancelDiscard => self.state.confirm_discard = None,
            Command::DiscardOrphan(i) => {
                self.state.confirm_discard = None;
                if let Some(orphan) = self.state.orphans.get(i).cloned() {
                    match in_progress::discard(&orphan, &self.state.data_dir.trash()) {
                        Ok(_) => {
                            self.state.orphans.remove(i);
                        }
                        Err(e) => {
                            self.state.notice = Some(format!(
                                "The unfinished session could not be moved to the trash ({}): {}",
                                crate::routine::load::describe_io_error(&e),
                                orphan.path.display()
                            ));
                        }
                    }
                }
            }
            Command::ExportCsv => self.export_csv(),
            Command::BeginCheckIn { routine_id } if self.state.routine(&routine_id).is_some() => {
                self.state.screen = Screen::CheckIn(CheckInDraft {
                    routine_id,
                    answers: CheckIn::default(),
                });
            }
            Command::Start { lighter } => self.start(lighter, now),
            Command::TogglePause => self.with_engine(|e| e.toggle_pause(now)),
            Command::Skip => self.with_engine(|e| e.skip(now)),
            Command::Back => self.with_engine(|e| e.back(now)),
            Command::AddRest => {
                self.with_engine(|e| e.add_rest(now, crate::session::engine::ADD_REST_SECS));
            }
            Command::SetDone => self.with_engine(|e| e.set_done(now)),
            Command::MakeLighter => self.with_engine(|e| e.make_lighter(now)),
            Command::RequestStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.resume_on_cancel = live.engine.state() == State::Running;
                    let events = live.engine.pause(now);
                    self.audio.play_events(&events);
                    live.stop = StopStage::Confirm;
                }
            }
            Command::CancelStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::None;
                    if live.resume_on_cancel {
                        let events = live.engine.resume(now);
                        self.audio.play_events(&events);
                    }
                }
            }
            Command::ConfirmStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::Reason;
                }
            }
            Command::EndEarly(reason) => {
                self.with_engine(|e| e.end_early(now, reason));
                self.finish_session();
            }
            Command::SaveCheckOut => self.save_check_out(),
            Command::DismissNotice => self.state.notice = None,
            Command::SetTextScale(percent) => {
                self.change_settings(|s| s.text_scale_percent = percent);
            }
            Command::SetTheme(theme) => self.change_settings(|s| s.theme = theme),
            Command::SetVolume(percent) => {
                self.audio.set_volume(percent);
                self.change_settings(|s| s.volume_percent = percent);
            }
            Command::SetMuted(muted) => {
                self.audio.set_muted(muted);
                self.change_settings(|s| s.muted = muted);
            }
            Command::SetGetReadySecs(secs) => self.change_settings(|s| s.get_ready_secs = secs),
            Command::SetReduceMotion(on) => self.change_settings(|s| s.reduce_motion = on),
            Command::TestSound => {
                self.audio.play(crate::session::Cue::Go);
            }
            Command::RetrySound => self.audio.retry(),
            Command::OpenDataFolder => {
                let root = self.state.data_dir.root().to_path_buf();
                if let Err(e) =
                    std::fs::create_dir_all(&root).and_then(|()| open::that_detached(&root))
                {
                    self.state.notice = Some(format!(
                        "The data folder could not be opened ({}): {}",
                        crate::routine::load::describe_io_error(&e),
                        root.display()
                    ));
                }
            }
            Command::Reload => {
                self.reload_routines();
                self.state.history_loading = true;
            }
            // Handled by `handle_editing`, or a check-in for a routine that is gone.
            _ => {}
        }
    }

    /// Reads history on another thread; the screens say "loading" until it arrives.
    fn load_history(&mut self, ctx: &egui::Context) {
        let (tx, rx) = std::sync::mpsc::channel();
        let store = self.history.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("steady-history".to_owned())
            .spawn(move || {
                let _ = tx.send(store.load());
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.history_rx = Some(rx),
            Err(_) => {
                self.state.history = self.history.load();
                self.state.history_loading = false;
            }
        }
    }

    /// Blocks until history has been read (tests, and before quitting).
    pub fn wait_for_history(&mut self) {
        if let Some(rx) = self.history_rx.take()
            && let Ok(report) = rx.recv()
        {
            self.state.history = report;
            self.state.history_loading = false;
        }
    }

    /// A record just saved joins what is shown, without reading every file again.
    fn add_to_history(&mut self, record: SessionRecord) {
        if self.state.history.records.iter().any(|r| r.id == record.id) {
            return;
        }
        let at = self
            .state
            .history
            .records
            .partition_point(|r| r.started <= record.started);
        self.state.history.records.insert(at, record);
    }

    fn with_engine(&mut self, act: impl FnOnce(&mut Engine) -> Vec<crate::session::Event>) {
        let now = self.now();
        if let Screen::Player(live) = &mut self.state.screen {
            let events = act(&mut live.engine);
            self.audio.play_events(&events);
            if events.iter().any(|e| {
                matches!(
                    e.kind,
                    crate::session::EventKind::SetDone | crate::session::EventKind::StepEnded
                )
            }) {
                keep_on_disk(live, now, &mut self.state.notice);
            }
        }
    }

    /// Saves a left-behind session to history as ended early (interrupted), then forgets
    /// the in-progress file.
    fn recover_orphan(&mut self, index: usize) {
        let Some(orphan) = self.state.orphans.get(index).cloned() else {
            return;
        };
        let Some(record) = orphan.record.clone() else {
            return;
        };
        match self.history.save(&record) {
            Ok(_) | Err(crate::history::HistoryError::Exists { .. }) => {
                in_progress::forget(&orphan);
                self.state.orphans.remove(index);
                self.add_to_history(record);
            }
            Err(e) => self.state.notice = Some(e.to_string()),
        }
    }

    /// Writes all sessions as CSV into `exports/` in the data folder.
    fn export_csv(&mut self) {
        use crate::history::export::{Rows, in_range, write_csv};
        let dir = self.state.data_dir.root().join("exports");
        let stamp = Local::now().format("%Y-%m-%d_%H%M%S");
        let path = dir.join(format!("steady-exercises-{stamp}.csv"));
        let records = in_range(&self.state.history.records, None, None);
        let mut bytes = Vec::new();
        let result = write_csv(&mut bytes, &records, Rows::Exercises)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                crate::files::write_atomically(&path, &String::from_utf8_lossy(&bytes))
                    .map_err(|e| crate::routine::load::describe_io_error(&e))
            });
        self.state.notice = Some(match result {
            Ok(()) => format!(
                "Exported {} sessions (one row per exercise) to {}",
                records.len(),
                path.display()
            ),
            Err(why) => format!(
                "The export could not be written ({why}): {}",
                path.display()
            ),
        });
    }

    fn start(&mut self, lighter: bool, now: Duration) {
        let Screen::CheckIn(draft) = &self.state.screen else {
            return;
        };
        let Some(routine) = self.state.routine(&draft.routine_id) else {
            return;
        };
        let options = PlanOptions {
            lighter,
            get_ready_secs: self.state.settings.get_ready_secs,
        };
        let check_in = draft.answers;
        let mut notice = None;
        let (live, events) = Live::start(
            routine,
            options,
            check_in,
            &self.state.data_dir,
            now,
            &mut notice,
        );
        if notice.is_some() {
            self.state.notice = notice;
        }
        self.audio.play_events(&events);
        self.state.screen = Screen::Player(Box::new(live));
    }

    /// The session ended (done or stopped): prepare the record and ask for check-out.
    fn finish_session(&mut self) {
        let now = self.now();
        let screen = std::mem::replace(&mut self.state.screen, Screen::Home);
        let Screen::Player(mut live) = screen else {
            self.state.screen = screen;
            return;
        };
        let record = live.record_so_far(now);
        // On disk with its real outcome, in case the app closes during check-out.
        if let Some(kept) = &live.in_progress
            && let Err(e) = kept.update(&record)
        {
            self.state.notice = Some(e.to_string());
        }
        self.state.screen = Screen::CheckOut(Box::new(CheckOutDraft {
            in_progress: live.in_progress.take(),
            record,
            effort: None,
            fatigue: None,
            note: String::new(),
            save_error: None,
        }));
    }

    fn save_check_out(&mut self) {
        let Screen::CheckOut(draft) = &mut self.state.screen else {
            return;
        };
        let mut record = draft.record.clone();
        record.effort = draft.effort;
        record.fatigue = draft.fatigue;
        record.note = draft.note.trim().to_owned();
        match self.history.save(&record) {
            Ok(_) => {
                if let Some(kept) = draft.in_progress.take() {
                    kept.finish();
                }
                self.add_to_history(record);
                self.state.screen = Screen::Home;
                self.state.today = Local::now().date_naive();
            }
            Err(e) => {
                draft.save_error = Some(format!(
                    "{e}. Your session is kept here; try again, or check the data folder in Settings."
                ));
            }
        }
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut settings = self.state.settings.clone();
        change(&mut settings);
        self.state.settings = settings.clamped();
        if let Err(e) = self.settings_file.save(&self.state.settings) {
            self.state.notice = Some(format!("{e:#}"));
        }
    }
}

impl Live {
    /// Starts a session at `now` and starts keeping it on disk under `data_dir`. If
    /// that fails, `notice` says so and the session runs in memory.
    pub fn start(
        routine: &Routine,
        options: PlanOptions,
        check_in: CheckIn,
        data_dir: &DataDir,
        now: Duration,
        notice: &mut Option<String>,
    ) -> (Self, Vec<crate::session::Event>) {
        let mut engine = Engine::new(routine, options);
        let events = engine.start(now);
        let mut live = Self {
            record_id: String::new(),
            in_progress: None,
            engine,
            check_in,
            started: now_local(),
            stop: StopStage::None,
            resume_on_cancel: false,
        };
        let record = live.record_so_far(now);
        live.record_id = record.id.clone();
        match InProgress::start(&data_dir.state().join("in-progress"), &record) {
            Ok(kept) => live.in_progress = Some(kept),
            Err(e) => {
                *notice = Some(format!(
                    "{e}. The session goes on; it will be saved at the end."
                ));
            }
        }
        (live, events)
    }

    /// The record of the session so far. While it runs, its outcome is "interrupted":
    /// that is what it will be if Steady closes now.
    pub fn record_so_far(&self, now: Duration) -> SessionRecord {
        let progress = self.engine.progress_at(now);
        let finished = Finished {
            routine: self.engine.routine(),
            progress: &progress,
            started: self.started,
            ended: now_local(),
            active_secs: u32::try_from(self.engine.active_time(now).as_secs()).unwrap_or(u32::MAX),
            lighter: self.engine.plan().options.lighter,
            check_in: self.check_in,
        };
        let mut record = SessionRecord::new(&finished, &CheckOut::default());
        if !self.record_id.is_empty() {
            record.id.clone_from(&self.record_id);
        }
        if !self.engine.is_finished() {
            record.outcome = Outcome::EndedEarly(EndReason::Interrupted);
        }
        record
    }
}

/// The local time now, to the second, with its UTC offset.
fn now_local() -> DateTime<FixedOffset> {
    let now = Local::now().fixed_offset();
    chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now)
}

/// Rewrites the session so far on disk (after a finished set). A failure is told once
/// and the session goes on in memory.
pub fn keep_on_disk(live: &mut Live, now: Duration, notice: &mut Option<String>) {
    if let Some(kept) = &live.in_progress {
        let record = live.record_so_far(now);
        if let Err(e) = kept.update(&record) {
            *notice = Some(format!(
                "{e}. The session goes on; it will be saved at the end."
            ));
            live.in_progress = None;
        }
    }
}

/// The tempo bar moves this often (3 times a second): smooth enough to pace a slow
/// rep, and cheap on a software-rendered screen (each frame costs ~15 ms there).
const TEMPO_REPAINT_MS: u64 = 333;

/// How long until something visible changes: the next cue or boundary, the next
/// change of the seconds shown, and a few times a second for the tempo bar (unless
/// motion is reduced). `None` when nothing moves (paused, finished, waiting).
pub fn next_repaint(engine: &Engine, now: Duration, reduce_motion: bool) -> Option<Duration> {
    if engine.state() != State::Running {
        return None;
    }
    let status = engine.status(now);
    let mut wait = engine.next_event_at().map(|at| at.saturating_sub(now));
    // The clock on screen shows whole seconds: repaint when the shown second changes.
    let sub_second = Duration::from_nanos(u64::from(status.elapsed.subsec_nanos()));
    let to_next_second = Duration::from_secs(1).saturating_sub(sub_second);
    let remaining_edge = status
        .remaining
        .map(|r| Duration::from_nanos(u64::from(r.subsec_nanos())))
        .filter(|d| !d.is_zero());
    let shown = remaining_edge.unwrap_or(to_next_second);
    wait = Some(wait.map_or(shown, |w| w.min(shown)));
    if status.tempo.is_some() && !reduce_motion {
        wait = wait.map(|w| w.min(Duration::from_millis(TEMPO_REPAINT_MS)));
    }
    wait.map(|w| w.max(Duration::from_millis(5)))
}

impl eframe::App for SteadyApp {
    /// The panels are not filled (see `ui::root_ui`): the clear colour is their colour.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        SteadyApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_frame(ui);
    }
}

/// Opens the window and runs until it is closed.
pub fn run(
    data_dir: DataDir,
    exit_after: Option<Duration>,
    start_routine: Option<String>,
) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Steady")
            .with_app_id("steady")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([480.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Steady",
        options,
        Box::new(move |cc| {
            let clock: Arc<dyn Clock> = Arc::new(crate::session::MonotonicClock::new());
            let mut app = SteadyApp::new(data_dir, clock, |s| {
                Audio::start_default(s.volume_percent, s.muted)
            });
            if let Some(routine_id) = start_routine {
                app.handle(Command::BeginCheckIn { routine_id });
                app.handle(Command::Start { lighter: false });
            }
            if let Some(after) = exit_after {
                let ctx = cc.egui_ctx.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(after);
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    ctx.request_repaint();
                });
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
