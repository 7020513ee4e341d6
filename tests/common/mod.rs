//! The desktop app in egui_kittest, shared by the UI test files: the real `SteadyApp`
//! (its state, command handler and stores) with a fake clock and a sound device that
//! counts what it was asked to play, and helpers that act as a person would.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // Not every file uses every helper.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use steady::app::SteadyApp;
use steady::audio::output::{Audio, Device, OnFault, Opener};
use steady::clock::FakeClock;
use steady::paths::DataDir;
use steady::session::State;
use steady::state::Screen;

/// Waits for `done` to become true, looking every 10 ms, for at most about 30 s (a
/// generous bound: a loaded machine is slow, never wrong). Returns whether it did.
pub fn wait_until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..3000 {
        if done() {
            return true;
        }
        std::thread::park_timeout(Duration::from_millis(10));
    }
    done()
}

/// Counts the cues played.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<usize>>);

impl Device for Recorder {
    fn play(&mut self, _samples: &[f32]) -> Result<(), String> {
        *self.0.lock().unwrap() += 1;
        Ok(())
    }
}

impl Opener for Recorder {
    fn open(&mut self, _on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        Ok(Box::new(self.clone()))
    }
}

pub struct Setup {
    pub harness: Harness<'static, SteadyApp>,
    pub clock: Arc<FakeClock>,
    pub played: Arc<Mutex<usize>>,
}

pub fn setup(data: &Path) -> Setup {
    setup_with_clock(data, FakeClock::new())
}

/// The app on a clock set by the test (another date, zone or daylight-saving change).
pub fn setup_with_clock(data: &Path, clock: FakeClock) -> Setup {
    setup_sized(data, clock, [1100.0, 760.0])
}

/// The app in a window of another size.
pub fn setup_sized(data: &Path, clock: FakeClock, size: [f32; 2]) -> Setup {
    let recorder = Recorder::default();
    let played = Arc::clone(&recorder.0);
    setup_with_device(data, clock, size, recorder, played)
}

/// Never finds a sound device.
#[derive(Clone, Copy)]
pub struct NoDevice;

impl Opener for NoDevice {
    fn open(&mut self, _on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        Err("DeviceNotAvailable".to_owned())
    }
}

/// The app on a computer without a sound device, 1100 × 760.
pub fn setup_without_sound(data: &Path) -> Setup {
    setup_with_device(
        data,
        FakeClock::new(),
        [1100.0, 760.0],
        NoDevice,
        Arc::default(),
    )
}

fn setup_with_device(
    data: &Path,
    clock: FakeClock,
    size: [f32; 2],
    opener: impl Opener,
    played: Arc<Mutex<usize>>,
) -> Setup {
    let clock = Arc::new(clock);
    let mut app = SteadyApp::new(DataDir::at(data), clock.clone(), move |s| {
        Audio::start(opener, s.volume_percent, s.muted)
    });
    // Tests read English labels whatever this machine's locale is.
    app.set_system_language(steady::i18n::Language::English);
    let harness = Harness::builder().with_size(size).build_ui_state(
        |ui, app: &mut SteadyApp| {
            app.logic(ui.ctx());
            app.ui_frame(ui);
        },
        app,
    );
    let mut setup = Setup {
        harness,
        clock,
        played,
    };
    setup.frames();
    setup
}

impl Setup {
    pub fn frames(&mut self) {
        self.harness.run_steps(4);
        // History is read on a thread; wait for it as a person would see it arrive.
        self.harness.state_mut().wait_for_history();
        self.harness.run_steps(1);
    }

    /// Scrolls the control into view, as a person would, and clicks it.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.frames();
        self.harness.get_by_label(label).click();
        self.frames();
    }

    /// Clicks the first of several controls with the same name.
    pub fn click_first(&mut self, label: &str) {
        self.harness
            .get_all_by_label(label)
            .next()
            .unwrap()
            .scroll_to_me();
        self.frames();
        self.harness.get_all_by_label(label).next().unwrap().click();
        self.frames();
    }

    /// A real pointer click (press and release) at the centre of the control named
    /// `label`, handled in one frame: the second half of a shaky double click is
    /// another `press_at` on the same spot one frame (0.25 s) later.
    pub fn press_at(&mut self, pos: egui::Pos2) {
        let events = &mut self.harness.input_mut().events;
        events.push(egui::Event::PointerMoved(pos));
        for pressed in [true, false] {
            events.push(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        self.harness.run_steps(1);
    }

    pub fn centre_of(&self, label: &str) -> egui::Pos2 {
        self.harness.get_by_label(label).rect().center()
    }

    pub fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.frames();
    }

    /// Waits (bounded) until the sound thread has played at least `n` cues.
    pub fn wait_for_cues(&self, n: usize) -> bool {
        let played = Arc::clone(&self.played);
        wait_until(move || *played.lock().unwrap() >= n)
    }

    pub fn wait(&mut self, secs: u64) {
        self.clock.advance(Duration::from_secs(secs));
        self.frames();
    }

    pub fn app(&self) -> &SteadyApp {
        self.harness.state()
    }

    pub fn engine_state(&self) -> State {
        match &self.app().state.screen {
            Screen::Player(live) => live.engine.state(),
            other => panic!("not in a session but on {}", other.name()),
        }
    }

    pub fn remaining(&self) -> Duration {
        let now = self.clock_now();
        match &self.app().state.screen {
            Screen::Player(live) => live.engine.status(now).remaining.unwrap(),
            other => panic!("not in a session but on {}", other.name()),
        }
    }

    pub fn clock_now(&self) -> Duration {
        use steady::clock::Clock as _;
        self.clock.now()
    }

    pub fn screen(&self) -> String {
        self.app().state.screen.name()
    }
}

impl Setup {
    /// Clicks into a text box, selects what is there and types over it.
    pub fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.frames();
        self.harness.get_by_label(label).click();
        self.frames();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        self.harness.get_by_label(label).type_text(text);
        self.frames();
    }

    /// Whether any text on screen contains `text`.
    pub fn shows(&self, text: &str) -> bool {
        self.harness.query_by_label_contains(text).is_some()
    }

    /// The routine being edited.
    pub fn draft(&self) -> &steady::routine::draft::Draft {
        match &self.app().state.screen {
            Screen::Editor(editor) => &editor.draft,
            other => panic!("not in the editor but on {}", other.name()),
        }
    }
}

/// Writes a program of the given bundled routines, each at its own prescription (as
/// "Add to my program" suggests), before the app starts.
pub fn give_program(data: &Path, ids: &[&str]) {
    let library = steady::routine::bundled::load_bundled();
    let mut program = steady::program::Program::default();
    for id in ids {
        let routine = &library.get(id).expect("a bundled routine").routine;
        program.set(steady::program::Prescribed::suggested(routine));
    }
    std::fs::write(data.join("program.ron"), program.to_ron_string().unwrap()).unwrap();
}
