//! The sound output: a thread that owns the audio device and plays cues sent to it.
//!
//! [`Audio`] is the handle the app keeps. Cues go to the thread over a channel and are
//! played at once through rodio's mixer (overlapping cues mix). Volume and mute apply
//! to the next cue. When there is no device, or it disappears mid-session (headphones
//! unplugged), Steady carries on silently: the status says so in plain words, one line
//! is logged, and the device is tried again every 30 s (on a deadline that cues do not
//! move) or when the person asks. A wake function (the window's repaint) is called
//! whenever the status changes, so a screen showing it updates by itself.
//!
//! The device is behind the [`Opener`] trait: the app uses [`RodioOpener`]; tests use
//! their own to drive the "no device" path through this same code.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::session::{Cue, Event, cues_to_play};
use crate::state::{SoundProblem, SoundStatus};

use super::synth::{self, SAMPLE_RATE};

/// How often a missing device is looked for again.
pub const RETRY_EVERY: Duration = Duration::from_secs(30);

/// Something that plays samples.
pub trait Device {
    /// Starts playing mono samples at [`SAMPLE_RATE`] now, mixed with anything playing.
    fn play(&mut self, samples: &[f32]) -> Result<(), String>;
}

/// Called (from any thread) when an open device fails, with the reason.
pub type OnLost = Box<dyn Fn(String) + Send + Sync>;

/// Something that opens a [`Device`]. `on_lost` is called (from any thread) if the
/// device fails after opening.
pub trait Opener: Send + 'static {
    fn open(&mut self, on_lost: OnLost) -> Result<Box<dyn Device>, String>;
}

enum Command {
    Play(Cue),
    SetVolume(u8),
    SetMuted(bool),
    Retry,
    Lost(String),
    /// Call this when the status changes.
    Wake(Wake),
    /// Answer once everything sent before has been handled.
    Flush(Sender<()>),
    Shutdown,
}

/// Called (from the sound thread) when the status changes.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The handle to the sound thread. Dropping it stops the thread.
#[derive(Debug)]
pub struct Audio {
    tx: Sender<Command>,
    status: Arc<Mutex<SoundStatus>>,
    thread: Option<JoinHandle<()>>,
}

impl Audio {
    /// Starts the sound thread with the system's default output device.
    pub fn start_default(clock: Arc<dyn Clock>, volume_percent: u8, muted: bool) -> Self {
        Self::start_with_clock(RodioOpener, clock, volume_percent, muted)
    }

    /// Starts the sound thread with a given way of opening the device, timed by the
    /// computer's clock.
    pub fn start(opener: impl Opener, volume_percent: u8, muted: bool) -> Self {
        Self::start_with_clock(opener, Arc::new(SystemClock::new()), volume_percent, muted)
    }

    /// Starts the sound thread with a given way of opening the device and a given
    /// clock (the app's, so cue times and retries follow the one clock; tests pass a
    /// `FakeClock`).
    pub fn start_with_clock(
        opener: impl Opener,
        clock: Arc<dyn Clock>,
        volume_percent: u8,
        muted: bool,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let status = Arc::new(Mutex::new(SoundStatus::Starting));
        let (worker_tx, worker_status) = (tx.clone(), Arc::clone(&status));
        // The device is opened and kept on the sound thread: audio streams may not be
        // movable between threads.
        let thread = std::thread::Builder::new()
            .name("steady-audio".to_owned())
            .spawn(move || {
                Worker {
                    opener: Box::new(opener),
                    device: None,
                    rx,
                    tx: worker_tx,
                    status: worker_status,
                    volume_percent,
                    muted,
                    rendered: HashMap::new(),
                    logged: None,
                    clock,
                    next_retry: None,
                    wake: None,
                }
                .run();
            });
        let thread = match thread {
            Ok(thread) => Some(thread),
            Err(e) => {
                *lock(&status) = SoundStatus::Unavailable {
                    reason: SoundProblem::CouldNotStart(e.to_string()),
                };
                None
            }
        };
        Self { tx, status, thread }
    }

    /// Plays one cue now.
    pub fn play(&self, cue: Cue) {
        let _ = self.tx.send(Command::Play(cue));
    }

    /// Plays the cues of a batch of engine events (one per instant).
    pub fn play_events(&self, events: &[Event]) {
        for (_, cue) in cues_to_play(events) {
            self.play(cue);
        }
    }

    /// Volume for the next cue, 0–100 %.
    pub fn set_volume(&self, percent: u8) {
        let _ = self.tx.send(Command::SetVolume(percent.min(100)));
    }

    pub fn set_muted(&self, muted: bool) {
        let _ = self.tx.send(Command::SetMuted(muted));
    }

    /// Tries to open the device again now.
    pub fn retry(&self) {
        let _ = self.tx.send(Command::Retry);
    }

    pub fn status(&self) -> SoundStatus {
        lock(&self.status).clone()
    }

    /// Calls `wake` (from the sound thread) whenever the status changes.
    pub fn on_status_change(&self, wake: Wake) {
        let _ = self.tx.send(Command::Wake(wake));
    }

    /// Waits (at most 5 s) until the sound thread has handled everything sent before.
    /// Returns whether it did.
    pub fn flush(&self) -> bool {
        let (tx, rx) = mpsc::channel();
        self.tx.send(Command::Flush(tx)).is_ok() && rx.recv_timeout(Duration::from_secs(5)).is_ok()
    }
}

impl Drop for Audio {
    fn drop(&mut self) {
        let _ = self.tx.send(Command::Shutdown);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The status is plain data; a panic elsewhere cannot leave it half-written.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Worker {
    opener: Box<dyn Opener>,
    device: Option<Box<dyn Device>>,
    rx: Receiver<Command>,
    tx: Sender<Command>,
    status: Arc<Mutex<SoundStatus>>,
    volume_percent: u8,
    muted: bool,
    rendered: HashMap<Cue, Arc<[f32]>>,
    /// The last reason logged, so each problem is logged once.
    logged: Option<String>,
    clock: Arc<dyn Clock>,
    /// When to look for a device again (while there is none). Only a retry moves it.
    next_retry: Option<Duration>,
    wake: Option<Wake>,
}

impl Worker {
    fn run(mut self) {
        self.open();
        loop {
            // A deadline, not a timeout: cues arriving meanwhile do not postpone it.
            let now = self.clock.now();
            if self.device.is_none() && self.next_retry.is_some_and(|at| now >= at) {
                self.open();
            }
            let wait = match (&self.device, self.next_retry) {
                (None, Some(at)) => at.saturating_sub(now),
                _ => Duration::from_secs(3600),
            };
            match self.rx.recv_timeout(wait) {
                Ok(Command::Play(cue)) => self.play(cue),
                Ok(Command::SetVolume(v)) => self.volume_percent = v,
                Ok(Command::SetMuted(m)) => {
                    self.muted = m;
                    self.update_status();
                }
                Ok(Command::Retry) => {
                    if self.device.is_none() {
                        self.open();
                    }
                }
                Ok(Command::Lost(why)) => self.lost(&why),
                Ok(Command::Wake(wake)) => {
                    wake();
                    self.wake = Some(wake);
                }
                Ok(Command::Flush(done)) => {
                    let _ = done.send(());
                }
                // The loop's top looks at the deadline.
                Err(RecvTimeoutError::Timeout) => {}
                Ok(Command::Shutdown) | Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn open(&mut self) {
        let tx = self.tx.clone();
        let on_lost: OnLost = Box::new(move |why: String| {
            let _ = tx.send(Command::Lost(why));
        });
        match self.opener.open(on_lost) {
            Ok(device) => {
                self.device = Some(device);
                self.next_retry = None;
                if self.logged.take().is_some() {
                    eprintln!("steady: sound device found; cues are played again");
                }
            }
            Err(why) => {
                self.device = None;
                self.next_retry = Some(self.clock.now() + RETRY_EVERY);
                self.log(&format!(
                    "no sound device found ({why}); cues are shown on screen only"
                ));
            }
        }
        self.update_status();
    }

    fn lost(&mut self, why: &str) {
        if self.device.take().is_some() {
            self.next_retry = Some(self.clock.now() + RETRY_EVERY);
            self.log(&format!(
                "the sound device stopped ({why}); cues are shown on screen only"
            ));
            self.update_status();
        }
    }

    fn log(&mut self, line: &str) {
        if self.logged.as_deref() != Some(line) {
            eprintln!("steady: {line}");
            self.logged = Some(line.to_owned());
        }
    }

    fn update_status(&self) {
        let status = match (&self.device, self.muted) {
            (_, true) => SoundStatus::Muted,
            (Some(_), false) => SoundStatus::Playing,
            (None, false) => SoundStatus::Unavailable {
                reason: if self
                    .logged
                    .as_deref()
                    .is_some_and(|l| l.contains("stopped"))
                {
                    SoundProblem::DeviceStopped
                } else {
                    SoundProblem::NoDevice
                },
            },
        };
        let changed = {
            let mut shown = lock(&self.status);
            let changed = *shown != status;
            *shown = status;
            changed
        };
        if changed && let Some(wake) = &self.wake {
            wake();
        }
    }

    fn play(&mut self, cue: Cue) {
        if self.muted || self.volume_percent == 0 {
            return;
        }
        let Some(device) = self.device.as_mut() else {
            return;
        };
        let samples = self
            .rendered
            .entry(cue)
            .or_insert_with(|| synth::render(cue, SAMPLE_RATE).into());
        let gain = synth::gain(self.volume_percent);
        let scaled: Vec<f32> = samples.iter().map(|s| s * gain).collect();
        if let Err(why) = device.play(&scaled) {
            self.lost(&why);
        }
    }
}

/// A device that plays nothing: for tests, benchmarks and previews without sound.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSound;

impl Device for NoSound {
    fn play(&mut self, _samples: &[f32]) -> Result<(), String> {
        Ok(())
    }
}

impl Opener for NoSound {
    fn open(&mut self, _on_lost: OnLost) -> Result<Box<dyn Device>, String> {
        Ok(Box::new(Self))
    }
}

/// Opens the system's default output device with rodio.
#[derive(Debug, Clone, Copy)]
pub struct RodioOpener;

struct RodioDevice {
    sink: rodio::MixerDeviceSink,
}

impl Device for RodioDevice {
    fn play(&mut self, samples: &[f32]) -> Result<(), String> {
        let channels = std::num::NonZero::<u16>::MIN;
        let rate = std::num::NonZero::new(SAMPLE_RATE).ok_or("sample rate is zero")?;
        let source = rodio::buffer::SamplesBuffer::new(channels, rate, samples.to_vec());
        self.sink.mixer().add(source);
        Ok(())
    }
}

impl Opener for RodioOpener {
    fn open(&mut self, on_lost: OnLost) -> Result<Box<dyn Device>, String> {
        let on_lost: Arc<dyn Fn(String) + Send + Sync> = Arc::from(on_lost);
        let mut sink = rodio::DeviceSinkBuilder::from_default_device()
            .map_err(|e| e.to_string())?
            .with_error_callback(move |e: rodio::CpalError| on_lost(e.to_string()))
            .open_sink_or_fallback()
            .map_err(|e| e.to_string())?;
        sink.log_on_drop(false);
        Ok(Box::new(RodioDevice { sink }))
    }
}
