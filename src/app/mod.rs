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

mod documents;
pub mod editing;
mod program;
pub mod remind;
mod selftests;
pub mod settings;

use std::sync::Arc;

use crate::t;
use std::time::Duration;

use crate::audio::Audio;
use crate::clock::Clock;
use crate::history::in_progress;
use crate::history::{HistoryReport, HistoryStore, SessionRecord};
use crate::live::{Live, StopStage, keep_on_disk};
use crate::paths::DataDir;
use crate::routine::Level;
use crate::session::{Engine, PlanOptions, State};
use crate::state::command::{DataCommand, Nav, OrphanCommand, SessionCommand, SettingsCommand};
use crate::state::{AppState, CheckInDraft, CheckOutDraft, Command, Screen, Settings, SoundStatus};

use settings::SettingsFile;

/// The app: state plus the shells it drives.
pub struct SteadyApp {
    pub state: AppState,
    clock: Arc<dyn Clock>,
    /// The language asked for on the command line (`steady --lang de`): it wins over
    /// the settings file until the person chooses one in Settings.
    forced_language: Option<crate::i18n::Language>,
    /// This computer's name: the owner written into a session in progress.
    host: String,
    /// Close the window at this time (`--exit-after`).
    exit_at: Option<Duration>,
    audio: Audio,
    history: HistoryStore,
    /// Days with a check-in and no session.
    days: crate::history::DayStore,
    settings_file: SettingsFile,
    /// Settings last applied to the egui context.
    applied: Option<Settings>,
    first_frame_reported: bool,
    /// History being read on another thread.
    history_rx: Option<std::sync::mpsc::Receiver<HistoryReport>>,
    /// Watches the routines folder for hand edits (none if it could not start).
    watcher: Option<crate::watch::FolderWatcher>,
    /// Watches the data folder (settings) and history, for what another window or a
    /// sync tool writes there.
    data_watchers: Vec<(DataWatch, crate::watch::FolderWatcher)>,
    /// History changed on disk: read it again in the background while the screen keeps
    /// showing what it has (no "reading history", so nothing moves under the pointer
    /// when the change was this window's own save).
    history_refresh: bool,
    /// How many times the routines folder was read again (see `app::editing`).
    routine_reloads: u64,
    /// The folder of the last routine exported, offered for the next export.
    last_export_dir: Option<std::path::PathBuf>,
    /// The answer of a file dialog open on a helper thread.
    dialog_rx: Option<std::sync::mpsc::Receiver<editing::DialogAnswer>>,
    /// Asks the window for a repaint, from any thread.
    wake: Option<Arc<dyn Fn() + Send + Sync>>,
    /// Sends the desktop notification of a reminder (week).
    notifier: remind::Notifier,
    /// Watches the heartbeats of sessions running on other computers.
    liveness: in_progress::Liveness,
    /// The single-window lock, held while the app lives (see `crate::instance`).
    _instance: crate::instance::Instance,
}

/// A folder the app watches for other writers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataWatch {
    /// The data folder itself: `settings.ron` and its conflict copies.
    Settings,
    /// `history/` and its `YYYY/MM/` folders.
    History,
}

impl std::fmt::Debug for SteadyApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SteadyApp") // i18n: not shown
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
        let system_language = crate::i18n::Language::from_system();
        crate::i18n::use_language(settings.language.unwrap_or(system_language));
        let instance = crate::instance::Instance::claim(&data_dir.state());
        let host = crate::live::this_host();
        let mut audio = make_audio(&settings);
        audio.set_speech_rate(settings.speech_rate.words_a_minute());
        audio.set_voice_level(settings.voice_level.percent());
        let history = HistoryStore::new(data_dir.history());
        let days = crate::history::DayStore::new(data_dir.checkins());
        let mut liveness = in_progress::Liveness::new();
        let clinician = (
            settings.clinician_name.clone(),
            settings.clinician_phone.clone(),
        );
        let about_me = (
            settings.person_name.clone(),
            settings
                .birth_date
                .map(|d| d.to_string())
                .unwrap_or_default(),
        );
        let library = editing::load_library(&data_dir, clock.wall());
        let state = AppState {
            screen: Screen::Home,
            program: crate::program::file::load(&data_dir, &library),
            program_view: crate::state::program::ProgramView::default(),
            library,
            history: HistoryReport::default(),
            history_loading: true,
            settings,
            // That another window is open, then a settings problem: either or both.
            notice: match (instance.another_open(), settings_problem) {
                (true, Some(problem)) => Some(format!("{}\n{problem}", t!("app-already-open"))),
                (true, None) => Some(t!("app-already-open")),
                (false, problem) => problem,
            },
            sound: audio.status(),
            voice: None,
            orphans: {
                // Temporaries of a write killed mid-way are removed before anything is read.
                let started = clock.wall();
                let dir = data_dir.state().join("in-progress");
                in_progress::remove_stale_temporaries(&dir, started);
                history.remove_stale_temporaries(started);
                left_behind(&dir, &host, &mut liveness, clock.now())
            },
            confirm_discard: None,
            reminder: None,
            reminded: Vec::new(),
            documents: crate::state::Documents {
                clinician_name: clinician.0,
                clinician_phone: clinician.1,
                person_name: about_me.0,
                birth_date: about_me.1,
                ..crate::state::Documents::default()
            },
            rehearsing_from: None,
            tests: selftests::read_tests(&data_dir),
            host: host.clone(),
            data_dir,
            system_language,
            today: clock.today(),
            now: clock.wall(),
        };
        Self {
            state,
            forced_language: None,
            clock,
            host,
            exit_at: None,
            audio,
            history,
            days,
            settings_file,
            applied: None,
            first_frame_reported: false,
            history_rx: None,
            watcher: None,
            data_watchers: Vec::new(),
            history_refresh: false,
            routine_reloads: 0,
            last_export_dir: None,
            dialog_rx: None,
            wake: None,
            notifier: remind::desktop_notifier(),
            liveness,
            _instance: instance,
        }
    }

    /// Starts watching the routines folder (making it if needed). Without a watcher,
    /// "Check routine files again" still reloads by hand. Then the data folder and
    /// history.
    fn start_watching(&mut self, wake: &Arc<dyn Fn() + Send + Sync>) {
        let dir = self.state.data_dir.routines();
        let routines_wake = Arc::clone(wake);
        let started = std::fs::create_dir_all(&dir)
            .map_err(|e| crate::i18n::io_error(&e))
            .and_then(|()| {
                crate::watch::FolderWatcher::start(&dir, move || routines_wake())
                    .map_err(|e| e.to_string())
            });
        match started {
            Ok(watcher) => self.watcher = Some(watcher),
            Err(why) => eprintln!(
                "steady: changes to routine files will show after \"Check routine files again\" ({why}): {}",
                dir.display()
            ),
        }
        // Settings and history another window (or computer) saved show up here too;
        // without these watchers they show at the next start.
        let root = self.state.data_dir.root().to_path_buf();
        let history = self.state.data_dir.history();
        for (what, dir, recursive) in [
            (DataWatch::Settings, root, false),
            (DataWatch::History, history, true),
        ] {
            let wake = Arc::clone(wake);
            let started = std::fs::create_dir_all(&dir).ok().and_then(|()| {
                if recursive {
                    crate::watch::FolderWatcher::start_recursive(&dir, move || wake()).ok()
                } else {
                    crate::watch::FolderWatcher::start(&dir, move || wake()).ok()
                }
            });
            if let Some(watcher) = started {
                self.data_watchers.push((what, watcher));
            }
        }
    }

    /// What another window or a sync tool changed: settings are read again (a conflict
    /// copy merged), history is read again, and Home looks for left-behind sessions.
    fn follow_data_changes(&mut self) {
        let changed: Vec<DataWatch> = self
            .data_watchers
            .iter()
            .filter(|(_, watcher)| watcher.changed())
            .map(|(what, _)| *what)
            .collect();
        for what in changed {
            match what {
                DataWatch::Settings => {
                    if let Some(on_disk) = self.settings_file.reload()
                        && on_disk != self.state.settings
                    {
                        if on_disk.volume_percent != self.state.settings.volume_percent {
                            self.audio.set_volume(on_disk.volume_percent);
                        }
                        if on_disk.muted != self.state.settings.muted {
                            self.audio.set_muted(on_disk.muted);
                        }
                        self.state.settings = on_disk;
                        self.apply_language();
                    }
                }
                DataWatch::History => {
                    self.history_refresh = true;
                    // Not while the person is answering "Discard it?" about one.
                    if matches!(self.state.screen, Screen::Home)
                        && self.state.confirm_discard.is_none()
                    {
                        self.rescan_orphans();
                    }
                }
            }
        }
    }

    pub fn now(&self) -> Duration {
        self.clock.now()
    }

    /// Speaks prompts with `voice` (`crate::audio::voice::find_voice` in the window; a
    /// `FakeVoice` in tests); `None`: this computer has no voice, tones only.
    pub fn set_voice(&mut self, voice: Option<Box<dyn crate::audio::voice::Voice>>) {
        self.state.voice = voice.as_ref().map(|v| v.name());
        self.audio.set_voice(voice);
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
            // The sound status (e.g. "No sound device") shows its changes without a
            // mouse move.
            self.audio.on_status_change(Arc::clone(&wake));
            self.start_watching(&wake);
        }
        if self
            .watcher
            .as_ref()
            .is_some_and(crate::watch::FolderWatcher::changed)
        {
            self.reload_routines();
        }
        self.follow_data_changes();
        self.poll_dialog();
        if self.applied.as_ref() != Some(&self.state.settings) {
            crate::ui::apply_settings(ctx, &self.state.settings);
            self.applied = Some(self.state.settings.clone());
        }
        self.state.sound = self.audio.status();
        // Phrases that fell due while the device was gone and were out of date when it
        // came back: the screen says so (the sound thread woke the window).
        let missed = self.audio.take_missed();
        if missed > 0 {
            self.state.notice = Some(t!("sound-missed-prompts", count = missed));
        }
        if (self.state.history_loading || self.history_refresh) && self.history_rx.is_none() {
            self.history_refresh = false;
            self.load_history(ctx);
        }
        if let Some(rx) = &self.history_rx
            && let Ok(report) = rx.try_recv()
        {
            self.state.history = report;
            self.state.history_loading = false;
            self.history_rx = None;
        }
        if let Some(at) = self.exit_at {
            let now = self.now();
            if now >= at {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint_after(at - now);
            }
        }
        // "Today" follows the local date while the window stays open; look again at the
        // next local midnight even when nothing else moves.
        self.state.today = self.clock.today();
        self.state.now = self.clock.wall();
        ctx.request_repaint_after(until_next_midnight(self.clock.wall()));
        self.check_reminders(ctx);
        let now = self.now();
        // A session seen running on another computer is looked at again when its
        // heartbeat could have been missed long enough to call it left behind.
        if let Some(at) = self.liveness.recheck_at() {
            if at > now {
                ctx.request_repaint_after(at - now);
            } else if matches!(self.state.screen, Screen::Home) {
                self.rescan_orphans();
            }
        }
        let mut finished = false;
        // A session (or its check-out) keeps its heartbeat on disk, even while nothing
        // moves on screen.
        match &mut self.state.screen {
            Screen::Player(live) => {
                crate::live::keep_alive(live, self.clock.as_ref(), &mut self.state.notice);
                ctx.request_repaint_after(in_progress::HEARTBEAT);
            }
            Screen::CheckOut(draft) => {
                if now.saturating_sub(draft.kept_at) >= in_progress::HEARTBEAT
                    && let Some(kept) = &draft.in_progress
                {
                    draft.kept_at = now;
                    if let Err(e) = kept.update(&draft.record, self.clock.wall_seconds()) {
                        self.state.notice = Some(e.to_string());
                    }
                }
                ctx.request_repaint_after(in_progress::HEARTBEAT);
            }
            _ => {}
        }
        self.tick_selftest(ctx);
        if let Screen::Player(live) = &mut self.state.screen {
            let events = live.engine.tick(now);
            say_and_play(
                &self.audio,
                &self.state.settings,
                self.state.voice.is_some(),
                live.engine.plan(),
                &events,
            );
            live.saw(&events);
            if events
                .iter()
                .any(|e| e.kind == crate::session::EventKind::SetDone)
            {
                keep_on_disk(live, self.clock.as_ref(), &mut self.state.notice);
            }
            finished = live.engine.is_finished();
            if let Some(wait) = live.next_repaint(now, self.state.settings.reduce_motion) {
                ctx.request_repaint_after(wait);
            }
        }
        if finished {
            self.finish_session();
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
            Command::Documents(command) => self.handle_documents(command),
            Command::Editor(command) => self.handle_editor(command),
            Command::SelfTest(command) => self.handle_selftest(command),
            Command::Program(command) => self.handle_program(command),
            Command::DismissNotice => self.state.notice = None,
        }
    }

    fn navigate(&mut self, place: Nav) {
        self.state.today = self.clock.today();
        self.state.now = self.clock.wall();
        match place {
            Nav::Home => {
                self.rescan_orphans();
                self.state.screen = Screen::Home;
            }
            Nav::Routines => self.open_routines(None),
            Nav::Review => {
                self.state.history_loading = true;
                self.state.tests = selftests::read_tests(&self.state.data_dir);
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
                self.state.reminder = None;
                if let Some(routine) = self.state.routine(&routine_id) {
                    let mut draft = CheckInDraft::new(
                        routine,
                        &self.state.history.records,
                        &self.state.history.days,
                    );
                    draft.heat_sensitive = self.state.settings.heat_sensitive;
                    draft.max_level = self
                        .state
                        .program()
                        .and_then(|p| p.entry(&routine_id))
                        .map_or(Level::Normal, |e| e.max_level);
                    self.state.screen = Screen::CheckIn(draft);
                }
            }
            SessionCommand::Start { level } => self.start(level),
            SessionCommand::StartInstead { routine_id } => {
                if let Screen::CheckIn(draft) = &mut self.state.screen
                    && self.state.library.get(&routine_id).is_some()
                {
                    draft.routine_id = routine_id;
                    draft.answers.progression = None;
                    self.start(Level::Lighter);
                }
            }
            SessionCommand::RestToday => self.rest_today(),
            SessionCommand::DismissReminder => self.state.reminder = None,
            SessionCommand::NotToday { routine_id } => {
                let today = self.state.today;
                self.change_settings(|s| {
                    crate::state::week::put_off_today(&mut s.not_today, today, &routine_id);
                });
            }
            SessionCommand::TogglePause => self.with_engine(|e| e.toggle_pause(now)),
            SessionCommand::EyesFreeToggle => {
                if let Screen::Player(live) = &mut self.state.screen {
                    if live
                        .eyes_free_toggled
                        .is_some_and(|at| now.saturating_sub(at) < crate::state::EYES_FREE_GUARD)
                    {
                        return;
                    }
                    live.eyes_free_toggled = Some(now);
                }
                self.with_engine(|e| e.toggle_pause(now));
            }
            SessionCommand::Skip => self.with_engine(|e| e.skip(now)),
            SessionCommand::Back => self.with_engine(|e| e.back(now)),
            SessionCommand::AddRest => {
                self.with_engine(|e| e.add_rest(now, crate::session::engine::ADD_REST_SECS));
            }
            SessionCommand::SetDone => {
                if let Screen::Player(live) = &mut self.state.screen
                    && !live.engine.is_self_paced()
                {
                    // Enter, pressed where "Set done" does not apply: say so, change nothing.
                    live.hint = Some((live.engine.step_index(), t!("app-set-done-hint")));
                    return;
                }
                self.with_engine(|e| e.set_done(now));
            }
            SessionCommand::MakeLighter => self.with_engine(|e| e.make_lighter(now)),
            SessionCommand::BackToNormal => self.with_engine(|e| e.back_to_normal(now)),
            SessionCommand::RequestStop if matches!(&self.state.screen, Screen::Player(live) if live.rehearsal) =>
            {
                // Stopping a preview asks nothing: nothing is recorded.
                self.end_preview();
            }
            SessionCommand::RequestStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.resume_on_cancel = live.engine.state() == State::Running;
                    let events = live.engine.pause(now);
                    // The tones of the pause; the words are the question itself.
                    self.audio.play_events(&events);
                    live.stop = StopStage::Confirm;
                    say_now(
                        &self.audio,
                        &self.state.settings,
                        self.state.voice.is_some(),
                        &crate::live::spoken::stop_question(),
                        now,
                    );
                }
            }
            SessionCommand::CancelStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::None;
                    if live.resume_on_cancel {
                        let events = live.engine.resume(now);
                        say_and_play(
                            &self.audio,
                            &self.state.settings,
                            self.state.voice.is_some(),
                            live.engine.plan(),
                            &events,
                        );
                    }
                }
            }
            SessionCommand::ConfirmStop => {
                if let Screen::Player(live) = &mut self.state.screen {
                    live.stop = StopStage::Reason;
                    say_now(
                        &self.audio,
                        &self.state.settings,
                        self.state.voice.is_some(),
                        &crate::live::spoken::stop_reasons(),
                        now,
                    );
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
                            self.state.notice = Some(t!(
                                "app-orphan-not-trashed",
                                why = crate::i18n::io_error(&e),
                                path = orphan.path.display().to_string()
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
            SettingsCommand::Language(language) => {
                self.forced_language = None;
                self.change_settings(|s| s.language = language);
                self.apply_language();
                // The bundled routines in the new language (same ids: history is kept).
                self.reload_routines();
            }
            SettingsCommand::TestSound => self.audio.play(crate::session::Cue::Go),
            SettingsCommand::RetrySound => self.audio.retry(),
            SettingsCommand::PlayCue(cue) => self.audio.play(cue),
            SettingsCommand::SpokenPrompts(on) => {
                let on = on && self.state.voice.is_some();
                self.change_settings(|s| {
                    s.spoken_prompts = on;
                    s.eyes_free &= on;
                });
            }
            SettingsCommand::EyesFree(on) => {
                let on = on && self.state.settings.spoken_prompts;
                self.change_settings(|s| s.eyes_free = on);
            }
            SettingsCommand::SpeechRate(rate) => self.change_settings(|s| s.speech_rate = rate),
            SettingsCommand::VoiceLevel(level) => self.change_settings(|s| s.voice_level = level),
            SettingsCommand::TestVoice => {
                let at = self.now();
                self.audio
                    .speak_at(&t!("spoken-test"), crate::i18n::language(), at);
            }
            SettingsCommand::SoundsExplained => {
                self.change_settings(|s| s.sounds_explained = true);
            }
            SettingsCommand::DailyBudget(minutes) => {
                // One value: the program's daily time when it has one.
                if self
                    .state
                    .program()
                    .is_some_and(|p| p.daily_minutes.is_some())
                {
                    self.set_program_daily_minutes(minutes);
                    return;
                }
                self.change_settings(|s| s.daily_budget_minutes = minutes);
            }
            SettingsCommand::HeatSensitive(on) => self.change_settings(|s| s.heat_sensitive = on),
            SettingsCommand::Reminders(on) => self.change_settings(|s| s.reminders = on),
            SettingsCommand::Autostart(on) => self.set_autostart(on),
        }
    }

    /// Tests see reminders' notifications here instead of on the desktop.
    pub fn set_notifier(&mut self, notifier: remind::Notifier) {
        self.notifier = notifier;
    }

    /// At a planned session's time (not during a session): the calm prompt on Home and
    /// one desktop notification; and a look again at the next planned time.
    fn check_reminders(&mut self, ctx: &egui::Context) {
        use crate::state::week;
        if !self.state.settings.reminders
            || self.state.history_loading
            || matches!(
                self.state.screen,
                Screen::CheckIn(_) | Screen::Player(_) | Screen::CheckOut(_)
            )
        {
            return;
        }
        let plan = self.state.week(1);
        let records = &self.state.history.records;
        let Some(day) = plan.days.first() else {
            return;
        };
        let best = week::best_time(records, self.state.settings.heat_sensitive);
        let now = self.clock.wall().time();
        if let Some(due) = week::reminder_due(day, best, now, &self.state.reminded) {
            let id = due.routine_id.clone();
            self.state.reminded.push((day.day, id.clone()));
            if let Some(routine) = self.state.routine(&id) {
                (self.notifier)(
                    t!("week-reminder-title", title = routine.title.as_str()),
                    t!("week-reminder-text"),
                );
            }
            self.state.reminder = Some(id);
        }
        if let Some(next) = week::next_reminder(day, best, now) {
            let wait = next.signed_duration_since(now).to_std().unwrap_or_default();
            ctx.request_repaint_after(wait);
        }
    }

    /// Starting at login on or off: the autostart entry first, then the setting.
    fn set_autostart(&mut self, on: bool) {
        let exec = std::env::current_exe().unwrap_or_else(|_| "steady".into());
        let done = match remind::config_dir() {
            Some(dir) => remind::set_autostart(&dir, on, &exec).map_err(|e| {
                (
                    crate::i18n::io_error(&e),
                    remind::autostart_file(&dir).display().to_string(),
                )
            }),
            None => Err((t!("week-no-config-folder"), String::new())),
        };
        match done {
            Ok(()) => self.change_settings(|s| s.autostart = on),
            Err((why, path)) => {
                self.state.notice = Some(t!("week-autostart-failed", why = why, path = path));
            }
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
                    self.state.notice = Some(t!(
                        "app-folder-not-opened",
                        why = crate::i18n::io_error(&e),
                        path = root.display().to_string()
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
        let (store, days) = (self.history.clone(), self.days.clone());
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("steady-history".to_owned())
            .spawn(move || {
                let _ = tx.send(read_history(&store, &days));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.history_rx = Some(rx),
            Err(_) => {
                self.state.history = read_history(&self.history, &self.days);
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
    /// A record merged with one already there replaces it.
    fn add_to_history(&mut self, record: SessionRecord) {
        if let Some(shown) = self
            .state
            .history
            .records
            .iter_mut()
            .find(|r| r.id == record.id && r.started == record.started)
        {
            *shown = record;
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
            say_and_play(
                &self.audio,
                &self.state.settings,
                self.state.voice.is_some(),
                live.engine.plan(),
                &events,
            );
            live.saw(&events);
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
        // Never forget the in-progress file unless history provably holds it all: a
        // record with this id on disk is compared, and the fuller one is kept.
        match self
            .history
            .save_or_merge(&record, &self.state.data_dir.trash())
        {
            Ok(_) => {
                if !in_progress::forget(&orphan) {
                    self.state.notice = Some(t!("app-saved-newer-kept"));
                }
                self.rescan_orphans();
                self.state.history_loading = true;
            }
            Err(e) => self.state.notice = Some(e.to_string()),
        }
    }

    /// Looks again for sessions left behind (a sync tool may have brought or removed
    /// some since the start).
    fn rescan_orphans(&mut self) {
        let dir = self.state.data_dir.state().join("in-progress");
        self.state.orphans = left_behind(&dir, &self.host, &mut self.liveness, self.clock.now());
        self.state.confirm_discard = None;
    }

    /// Writes all sessions as CSV into `exports/` in the data folder.
    fn export_csv(&mut self) {
        use crate::history::export::{Rows, in_range, write_csv};
        let dir = self.state.data_dir.root().join("exports");
        let stamp = self.clock.wall().format("%Y-%m-%d_%H%M%S");
        let path = dir.join(format!("steady-exercises-{stamp}.csv"));
        let records = in_range(&self.state.history.records, None, None);
        let mut bytes = Vec::new();
        // Health data: readable by this user only, and never over an existing file.
        let program = self.state.program();
        let in_program = |id: &str| program.map(|p| p.contains(id));
        let result = write_csv(&mut bytes, &records, Rows::Exercises, &in_program)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                crate::files::write_new(&path, &bytes, crate::files::Mode::Private)
                    .map_err(|e| crate::i18n::io_error(&e))
            });
        // Days without a session (rest days with their check-in answers), beside it.
        let days: Vec<&crate::history::DayRecord> = self.state.history.days.iter().collect();
        let days_path = dir.join(format!("steady-rest-days-{stamp}.csv"));
        let days_result = if days.is_empty() || result.is_err() {
            Ok(false)
        } else {
            let mut bytes = Vec::new();
            crate::history::export::write_days_csv(&mut bytes, &days)
                .map_err(|e| e.to_string())
                .and_then(|()| {
                    crate::files::write_new(&days_path, &bytes, crate::files::Mode::Private)
                        .map_err(|e| crate::i18n::io_error(&e))
                })
                .map(|()| true)
        };
        self.state.notice = Some(match (result, days_result) {
            (Ok(()), Ok(false)) => t!(
                "app-exported",
                sessions = records.len(),
                path = path.display().to_string()
            ),
            (Ok(()), Ok(true)) => t!(
                "app-exported-with-days",
                sessions = records.len(),
                path = path.display().to_string(),
                days = days.len(),
                days_path = days_path.display().to_string()
            ),
            (Ok(()), Err(why)) => t!(
                "app-exported-days-failed",
                sessions = records.len(),
                path = path.display().to_string(),
                why = why,
                days_path = days_path.display().to_string()
            ),
            (Err(why), _) => t!(
                "app-export-failed",
                why = why,
                path = path.display().to_string()
            ),
        });
    }

    fn start(&mut self, level: Level) {
        let Screen::CheckIn(draft) = &self.state.screen else {
            return;
        };
        let Some(routine) = self.state.routine(&draft.routine_id) else {
            return;
        };
        let mut options = PlanOptions::at_level(level, self.state.settings.get_ready_secs);
        let settings = &self.state.settings;
        if settings.spoken_prompts && self.state.voice.is_some() {
            // Room for what is said before the work: Go never falls inside speech.
            options = crate::live::spoken::room_for_speech(
                routine,
                options,
                settings.eyes_free,
                settings.speech_rate.words_a_minute(),
            );
        }
        let check_in = draft.answers;
        let mut notice = None;
        let (live, events) = Live::start(
            routine,
            options,
            check_in,
            &self.state.data_dir,
            &self.host,
            self.clock.as_ref(),
            &mut notice,
        );
        if notice.is_some() {
            self.state.notice = notice;
        }
        say_and_play(
            &self.audio,
            &self.state.settings,
            self.state.voice.is_some(),
            live.engine.plan(),
            &events,
        );
        self.state.screen = Screen::Player(Box::new(live));
    }

    /// The session ended (done or stopped): prepare the record and ask for check-out.
    fn finish_session(&mut self) {
        if matches!(&self.state.screen, Screen::Player(live) if live.rehearsal) {
            // A preview from the editor: nothing to record, back to the editor.
            self.end_preview();
            return;
        }
        let screen = std::mem::replace(&mut self.state.screen, Screen::Home);
        let Screen::Player(mut live) = screen else {
            self.state.screen = screen;
            return;
        };
        let record = live.record_so_far(self.clock.as_ref());
        // On disk with its real outcome, in case the app closes during check-out.
        if let Some(kept) = &live.in_progress
            && let Err(e) = kept.update(&record, self.clock.wall_seconds())
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
            kept_at: self.clock.now(),
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
        // A record of this session already on disk (another computer saved it as
        // stopped early) is compared: the fuller one is kept, the other goes to trash.
        // The person is told when the other computer had kept it already.
        match self
            .history
            .save_or_merge(&record, &self.state.data_dir.trash())
        {
            Ok((saved, now_on_disk)) => {
                if let Some(kept) = draft.in_progress.take() {
                    kept.finish();
                }
                match saved {
                    crate::history::store::Saved::Merged { .. } => {
                        self.state.notice = Some(t!("app-saved-answers-added"));
                    }
                    crate::history::store::Saved::AlreadyKept(_) => {
                        self.state.notice = Some(t!("app-saved-already-kept"));
                    }
                    crate::history::store::Saved::New(_)
                    | crate::history::store::Saved::Replaced { .. } => {}
                }
                self.add_to_history(now_on_disk);
                self.state.screen = Screen::Home;
            }
            Err(e) => {
                draft.save_error = Some(t!("app-session-not-saved", problem = e.to_string()));
            }
        }
    }

    /// No session today: the check-in's answers are kept as a day record, and Home
    /// says so.
    fn rest_today(&mut self) {
        let Screen::CheckIn(draft) = &self.state.screen else {
            return;
        };
        let answers = draft.answers;
        let routine_id = draft.routine_id.clone();
        let day = crate::history::DayRecord::new(&routine_id, answers, self.clock.wall_seconds());
        match self.days.save(&day) {
            Ok(_) => {
                self.state.history.days.push(day);
                self.state.notice = Some(t!("app-rest-well"));
                self.state.screen = Screen::Home;
            }
            Err(e) => {
                self.state.notice = Some(t!("app-answers-not-kept", problem = e.to_string()));
                self.state.screen = Screen::Home;
            }
        }
    }

    /// Speaks the chosen language on this (the window's) thread.
    fn apply_language(&self) {
        crate::i18n::use_language(
            self.forced_language
                .or(self.state.settings.language)
                .unwrap_or(self.state.system_language),
        );
    }

    /// Speaks `language` in the window whatever the settings say (`steady --lang`),
    /// until the person chooses a language in Settings.
    pub fn force_language(&mut self, language: crate::i18n::Language) {
        let before = crate::i18n::language();
        self.forced_language = Some(language);
        self.apply_language();
        if crate::i18n::language() != before {
            self.reload_routines();
        }
    }

    /// Takes `language` as the system's (tests, which must not depend on the machine's
    /// locale; the window reads the real one).
    pub fn set_system_language(&mut self, language: crate::i18n::Language) {
        let before = crate::i18n::language();
        self.state.system_language = language;
        self.apply_language();
        if crate::i18n::language() != before {
            self.reload_routines();
        }
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut settings = self.state.settings.clone();
        change(&mut settings);
        self.state.settings = settings.clamped();
        match self
            .settings_file
            .save(&self.state.settings, self.clock.wall())
        {
            // What is on disk now: this window's change, and another window's.
            Ok(merged) => {
                if merged.volume_percent != self.state.settings.volume_percent {
                    self.audio.set_volume(merged.volume_percent);
                }
                if merged.muted != self.state.settings.muted {
                    self.audio.set_muted(merged.muted);
                }
                self.state.settings = merged;
                self.audio
                    .set_speech_rate(self.state.settings.speech_rate.words_a_minute());
                self.audio
                    .set_voice_level(self.state.settings.voice_level.percent());
            }
            Err(e) => self.state.notice = Some(format!("{e:#}")),
        }
        self.apply_language();
    }
}

/// Sessions left behind in `dir`: not running here (no lock held), and not running on
/// another computer either (its heartbeat counter unchanged for the observation window,
/// as watched with this computer's monotonic time `now`).
fn left_behind(
    dir: &std::path::Path,
    host: &str,
    liveness: &mut in_progress::Liveness,
    now: Duration,
) -> Vec<in_progress::Orphan> {
    let all = in_progress::orphans(dir);
    liveness.begin_look(&all);
    all.into_iter()
        .filter(|o| !liveness.running_elsewhere(o, host, now))
        .collect()
}

/// Sessions and days without a session, with every file that could not be read.
fn read_history(store: &HistoryStore, days: &crate::history::DayStore) -> HistoryReport {
    let mut report = store.load();
    let (read, problems) = days.load();
    report.days = read;
    report.problems.extend(problems);
    report
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

/// Plays the cues of `events` and, with spoken prompts on and a voice installed, says
/// their phrases (`live::spoken`) at their engine times.
fn say_and_play(
    audio: &Audio,
    settings: &Settings,
    has_voice: bool,
    plan: &crate::session::Plan,
    events: &[crate::session::Event],
) {
    audio.play_events(events);
    if settings.spoken_prompts && has_voice {
        let language = crate::i18n::language();
        for phrase in crate::live::spoken::phrases(plan, events, settings.eyes_free) {
            let urgency = if phrase.urgent {
                crate::audio::output::Urgency::CutIn
            } else {
                crate::audio::output::Urgency::InTurn
            };
            audio.say(&phrase.text, language, phrase.at, urgency);
        }
    }
}

/// Says `text` at once over any phrase sounding (the stop question and its choices),
/// in eyes-free mode with spoken prompts on and a voice.
fn say_now(audio: &Audio, settings: &Settings, has_voice: bool, text: &str, at: Duration) {
    if settings.spoken_prompts && settings.eyes_free && has_voice {
        audio.say(
            text,
            crate::i18n::language(),
            at,
            crate::audio::output::Urgency::CutIn,
        );
    }
}

/// Opens the window and runs until it is closed.
pub fn run(
    data_dir: DataDir,
    exit_after: Option<Duration>,
    start_routine: Option<String>,
    minimised: bool,
    language: Option<crate::i18n::Language>,
) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(t!("app-name"))
            .with_app_id(crate::desktop::APP_ID)
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([480.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Steady", // i18n: not shown (eframe's app name: where it keeps its state)
        options,
        Box::new(move |cc| {
            if minimised {
                // Started at login: in the task bar until the person opens it.
                cc.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::Minimized(true));
            }
            let clock: Arc<dyn Clock> = Arc::new(crate::clock::SystemClock::new());
            let audio_clock = Arc::clone(&clock);
            let mut app = SteadyApp::new(data_dir, clock, |s| {
                Audio::start_default(audio_clock, s.volume_percent, s.muted)
            });
            app.set_voice(crate::audio::voice::find_voice());
            if let Some(language) = language {
                app.force_language(language);
            }
            if let Some(routine_id) = start_routine {
                app.handle(Command::Session(SessionCommand::BeginCheckIn {
                    routine_id,
                }));
                let level = match &app.state.screen {
                    Screen::CheckIn(draft) => draft.level,
                    _ => Level::Normal,
                };
                app.handle(Command::Session(SessionCommand::Start { level }));
            }
            // `--exit-after` (the smoke test and benchmarks): close the window then, by
            // the app's own clock.
            app.exit_at = exit_after.map(|after| app.now() + after);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!(t!("app-window-failed", why = e.to_string())))
}
