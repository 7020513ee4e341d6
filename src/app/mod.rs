//! The desktop app: eframe, the shells, and the one place where commands are handled.
//!
//! [`SteadyApp`] owns the state ([`AppState`], defined in `state`, below both this
//! module and `ui`) and the shells around the core: the
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

use crate::audio::Audio;
use crate::clock::Clock;
use crate::history::in_progress;
use crate::history::{CheckIn, HistoryReport, HistoryStore, SessionRecord};
use crate::live::{Live, StopStage, keep_on_disk, next_repaint};
use crate::paths::DataDir;
use crate::session::{Engine, PlanOptions, State};
use crate::state::command::{DataCommand, Nav, OrphanCommand, SessionCommand, SettingsCommand};
use crate::state::{AppState, CheckInDraft, CheckOutDraft, Command, Screen, Settings, SoundStatus};

use settings::SettingsFile;

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
    /// How many times the routines folder was read again (see `app::editing`).
    routine_reloads: u64,
    /// The folder of the last routine exported, offered for the next export.
    last_export_dir: Option<std::path::PathBuf>,
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
            library: editing::load_library(&data_dir, clock.wall()),
            history: HistoryReport::default(),
            history_loading: true,
            settings,
            notice: settings_problem,
            sound: audio.status(),
            orphans: in_progress::orphans(&data_dir.state().join("in-progress")),
            confirm_discard: None,
            data_dir,
            today: clock.today(),
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
            routine_reloads: 0,
            last_export_dir: None,
            dialog_rx: None,
            wake: None,
        }
    }

    /// Starts watching the routines folder (making it if needed). Without a watcher,
    /// "Check routine files again" still reloads by hand.
    fn start_watching(&mut self, wake: Arc<dyn Fn() + Send + Sync>) {
        let dir = self.state.data_dir.routines();
        let started = std::fs::create_dir_all(&dir)
            .map_err(|e| crate::files::describe_io_error(&e))
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
        self.state.sound = self.audio.status();
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
        // "Today" follows the local date while the window stays open; look again at the
        // next local midnight even when nothing else moves.
        self.state.today = self.clock.today();
        ctx.request_repaint_after(until_next_midnight(self.clock.wall()));
        let now = self.now();
        let mut finished = false;
        if let Screen::Player(live) = &mut self.state.screen {
            let events = live.engine.tick(now);
            self.audio.play_events(&events);
            if events
                .iter()
                .any(|e| e.kind == crate::session::EventKind::SetDone)
            {
                keep_on_disk(live, self.clock.as_ref(), &mut self.state.notice);
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
        if self.state.sound == SoundStatus::Starting {
            ctx.request_repaint_after(Duration::from_millis(250));
        }
    }

    /// Draws the current screen and carries out what the person asked for.
    pub fn ui_frame(&mut self, ui: &mut egui::Ui) {
        if !self.first_frame_reported {
            self.first_frame_reported = true;
            if std::env::var_os("STEADY_REPORT_FIRST_FRAME").is_some() {
                let ns = self.clock.wall().timestamp_nanos_opt().unwrap_or(0);
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
        // Leaving an editor with unsaved changes asks first.
        if let Screen::Editor(editor) = &mut self.state.screen
            && command.is_navigation()
            && editor.draft.is_dirty()
        {
            editor.leave_to = Some(Box::new(command));
            return;
        }
        match command {
            Command::Nav(place) => self.navigate(place),
            Command::Session(command) => self.handle_session(command),
            Command::Orphan(command) => self.handle_orphan(command),
            Command::Settings(command) => self.handle_settings(command),
            Command::Data(command) => self.handle_data(command),
            Command::Routines(command) => self.handle_routines(command),
            Command::Editor(command) => self.handle_editor(command),
            Command::DismissNotice => self.state.notice = None,
        }
    }

    fn navigate(&mut self, place: Nav) {
        self.state.today = self.clock.today();
        match place {
            Nav::Home => self.state.screen = Screen::Home,
            Nav::Routines => self.open_routines(None),
            Nav::Review => {
                self.state.history_loading = true;
                self.state.screen = Screen::Review;
            }
            Nav::Settings => self.state.screen = Screen::Settings,
        }
    }

    fn handle_session(&mut self, command: SessionCommand) {
        let now = self.now();
        match command {
            SessionCommand::BeginCheckIn { routine_id } => {
                // A check-in for a routine that is gone (removed on disk) does nothing.
                if self.state.routine(&routine_id).is_some() {
                    self.state.screen = Screen::CheckIn(CheckInDraft {
                        routine_id,
                        answers: CheckIn::default(),
                    });
                }
            }
            SessionCommand::Start { lighter } => self.start(lighter),
            SessionCommand::TogglePause => self.with_engine(|e| e.toggle_pause(now)),
            SessionCommand::Skip => self.with_engine(|e| e.skip(now)),
            SessionCommand::Back => self.with_engine(|e| e.back(now)),
            SessionCommand::AddRest => {
                self.with_engine(|e| e.add_rest(now, crate::session::engine::ADD_REST_SECS));
            }
            SessionCommand::SetDone => self.with_engine(|e| e.set_done(now)),
            SessionCommand::MakeLighter => self.with_engine(|e| e.make_lighter(now)),
            SessionCommand::RequestStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.resume_on_cancel = live.engine.state() == State::Running;
                    let events = live.engine.pause(now);
                    self.audio.play_events(&events);
                    live.stop = StopStage::Confirm;
                }
            }
            SessionCommand::CancelStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::None;
                    if live.resume_on_cancel {
                        let events = live.engine.resume(now);
                        self.audio.play_events(&events);
                    }
                }
            }
            SessionCommand::ConfirmStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::Reason;
                }
            }
            SessionCommand::EndEarly(reason) => {
                self.with_engine(|e| e.end_early(now, reason));
                self.finish_session();
            }
            SessionCommand::SaveCheckOut => self.save_check_out(),
        }
    }

    fn handle_orphan(&mut self, command: OrphanCommand) {
        match command {
            OrphanCommand::Recover(i) => self.recover_orphan(i),
            OrphanCommand::AskDiscard(i) => self.state.confirm_discard = Some(i),
            OrphanCommand::CancelDiscard => self.state.confirm_discard = None,
            OrphanCommand::Discard(i) => {
                self.state.confirm_discard = None;
                if let Some(orphan) = self.state.orphans.get(i).cloned() {
                    match in_progress::discard(&orphan, &self.state.data_dir.trash()) {
                        Ok(_) => {
                            self.state.orphans.remove(i);
                        }
                        Err(e) => {
                            self.state.notice = Some(format!(
                                "The unfinished session could not be moved to the trash ({}): {}",
                                crate::files::describe_io_error(&e),
                                orphan.path.display()
                            ));
                        }
                    }
                }
            }
        }
    }

    fn handle_settings(&mut self, command: SettingsCommand) {
        match command {
            SettingsCommand::TextScale(percent) => {
                self.change_settings(|s| s.text_scale_percent = percent);
            }
            SettingsCommand::Theme(theme) => self.change_settings(|s| s.theme = theme),
            SettingsCommand::Volume(percent) => {
                self.audio.set_volume(percent);
                self.change_settings(|s| s.volume_percent = percent);
            }
            SettingsCommand::Muted(muted) => {
                self.audio.set_muted(muted);
                self.change_settings(|s| s.muted = muted);
            }
            SettingsCommand::GetReadySecs(secs) => {
                self.change_settings(|s| s.get_ready_secs = secs);
            }
            SettingsCommand::ReduceMotion(on) => self.change_settings(|s| s.reduce_motion = on),
            SettingsCommand::TestSound => self.audio.play(crate::session::Cue::Go),
            SettingsCommand::RetrySound => self.audio.retry(),
        }
    }

    fn handle_data(&mut self, command: DataCommand) {
        match command {
            DataCommand::ExportCsv => self.export_csv(),
            DataCommand::OpenFolder => {
                let root = self.state.data_dir.root().to_path_buf();
                if let Err(e) =
                    std::fs::create_dir_all(&root).and_then(|()| open::that_detached(&root))
                {
                    self.state.notice = Some(format!(
                        "The data folder could not be opened ({}): {}",
                        crate::files::describe_io_error(&e),
                        root.display()
                    ));
                }
            }
            DataCommand::Reload => {
                self.reload_routines();
                self.state.history_loading = true;
            }
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
        if let Screen::Player(live) = &mut self.state.screen {
            let events = act(&mut live.engine);
            self.audio.play_events(&events);
            if events.iter().any(|e| {
                matches!(
                    e.kind,
                    crate::session::EventKind::SetDone | crate::session::EventKind::StepEnded
                )
            }) {
                keep_on_disk(live, self.clock.as_ref(), &mut self.state.notice);
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
        let stamp = self.clock.wall().format("%Y-%m-%d_%H%M%S");
        let path = dir.join(format!("steady-exercises-{stamp}.csv"));
        let records = in_range(&self.state.history.records, None, None);
        let mut bytes = Vec::new();
        let result = write_csv(&mut bytes, &records, Rows::Exercises)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                crate::files::write_atomically(&path, &String::from_utf8_lossy(&bytes))
                    .map_err(|e| crate::files::describe_io_error(&e))
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

    fn start(&mut self, lighter: bool) {
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
            self.clock.as_ref(),
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
        let screen = std::mem::replace(&mut self.state.screen, Screen::Home);
        let Screen::Player(mut live) = screen else {
            self.state.screen = screen;
            return;
        };
        let record = live.record_so_far(self.clock.as_ref());
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
        if let Err(e) = self
            .settings_file
            .save(&self.state.settings, self.clock.wall())
        {
            self.state.notice = Some(format!("{e:#}"));
        }
    }
}

/// How long until the next local midnight (at least a second, at most a day).
fn until_next_midnight(now: chrono::DateTime<chrono::FixedOffset>) -> Duration {
    let midnight = now
        .date_naive()
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|m| (m - now.naive_local()).to_std().unwrap_or(Duration::ZERO));
    midnight
        .unwrap_or(Duration::from_secs(86_400))
        .clamp(Duration::from_secs(1), Duration::from_secs(86_400))
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
            let clock: Arc<dyn Clock> = Arc::new(crate::clock::SystemClock::new());
            let mut app = SteadyApp::new(data_dir, clock, |s| {
                Audio::start_default(s.volume_percent, s.muted)
            });
            if let Some(routine_id) = start_routine {
                app.handle(Command::Session(SessionCommand::BeginCheckIn {
                    routine_id,
                }));
                app.handle(Command::Session(SessionCommand::Start { lighter: false }));
            }
            if let Some(after) = exit_after {
                let ctx = cc.egui_ctx.clone();
                // `--exit-after` (the smoke test and benchmarks): close the window then.
                let timer = std::thread::Builder::new()
                    .name("steady-exit-timer".to_owned())
                    .spawn(move || {
                        std::thread::sleep(after);
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                        ctx.request_repaint();
                    });
                if let Err(e) = timer {
                    eprintln!("steady: --exit-after is ignored (no timer thread: {e})");
                }
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
