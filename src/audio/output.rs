//! The sound output: a thread that owns the audio device and plays cues sent to it.
//!
//! [`Audio`] is the handle the app keeps. Cues go to the thread over a channel with
//! the engine's time for them. The device owns one continuous rodio source, a
//! [`CueMixer`] on the output's sample clock: each cue is placed at the sample that
//! its engine time maps to, [`SCHEDULE_AHEAD`] later, so cue onsets are exact to the
//! sample whatever the output's buffer size and whenever the window's thread ticked
//! (within that margin). Volume and mute apply to the next cue.
//!
//! Faults: a glitch the backend recovers from by itself (an underrun) never closes the
//! output: it is logged once and the timeline is re-anchored to the clock, so later
//! cues stay on time. An output that stops reading for [`STALLED_AFTER`] (a stream
//! that did not recover, said or unsaid) is taken as gone. A device that really went away (headphones unplugged) is opened
//! again at once and then every [`RETRY_QUICKLY`] for [`QUICK_RETRIES_FOR`], after that
//! every [`RETRY_EVERY`]; with no device at the start, every [`RETRY_EVERY`] (on a
//! deadline that cues do not move) or when the person asks. Meanwhile Steady carries on
//! silently and the status says so in plain words. Cues and phrases due while it was
//! gone are played when it returns if still relevant (a cue at most [`CUE_STILL_DUE`]
//! late, the newest phrase at most [`PHRASE_STILL_DUE`] late); the phrases dropped are
//! counted for the screen ([`Audio::take_missed`]). A wake function (the window's
//! repaint) is called whenever the status changes, so a screen showing it updates by
//! itself.
//!
//! The device is behind the [`Opener`] trait: the app uses [`RodioOpener`]; tests use
//! their own to drive the "no device" path through this same code.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::i18n::Language;
use crate::session::{Cue, Event, cues_to_play};
use crate::state::{SoundProblem, SoundStatus};

use super::synth::{self, CueMixer, Layer, SAMPLE_RATE};
use super::voice::Voice;

/// How often a missing device is looked for again (no device at the start, or one gone
/// for longer than [`QUICK_RETRIES_FOR`]).
pub const RETRY_EVERY: Duration = Duration::from_secs(30);
/// How often a device that went away mid-session is looked for, at first.
pub const RETRY_QUICKLY: Duration = Duration::from_millis(250);
/// How long after a device went away it is looked for every [`RETRY_QUICKLY`].
pub const QUICK_RETRIES_FOR: Duration = Duration::from_secs(120);
/// A cue due while the device was gone is still played if it is at most this late.
pub const CUE_STILL_DUE: Duration = Duration::from_millis(500);
/// The newest phrase due while the device was gone is still said if it is at most this
/// late; older ones are dropped (and counted).
pub const PHRASE_STILL_DUE: Duration = Duration::from_secs(8);
/// An open output that has not read for this long has stopped (a stream the backend
/// did not recover, with or without an error): it is opened again.
pub const STALLED_AFTER: Duration = Duration::from_secs(2);
/// How often the sound thread looks whether the output still reads.
const WATCH_EVERY: Duration = Duration::from_millis(500);
/// The most cues and phrases kept while the device is gone.
const KEEP_WHILE_GONE: usize = 64;

/// The constant latency of a cue after its engine time: room for the output's buffer
/// (rodio's is 42.7 ms) and for the window's thread ticking a frame late.
pub const SCHEDULE_AHEAD: Duration = Duration::from_millis(60);

/// Something that plays samples.
pub trait Device {
    /// Starts playing mono samples at [`SAMPLE_RATE`] now.
    fn play(&mut self, samples: &[f32]) -> Result<(), String>;

    /// Plays mono samples so they start at `at` (the clock's time) plus
    /// [`SCHEDULE_AHEAD`]; at once if that has passed. A device without a sample clock
    /// plays them now.
    fn play_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        let _ = at;
        self.play(samples)
    }

    /// Speaks mono samples (a phrase) from `at` plus [`SCHEDULE_AHEAD`], or when the
    /// phrase before has ended; cues are ducked under it. A device without a speech
    /// layer plays them as a cue.
    fn speak_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        self.play_at(samples, at)
    }

    /// Plays a cue's samples at `at` as [`play_at`](Self::play_at), meeting speech as
    /// `layer` says (tones before words; only the rhythm ducked). A device without a
    /// speech layer plays them as any cue.
    fn play_cue_at(&mut self, samples: &[f32], at: Duration, layer: Layer) -> Result<(), String> {
        let _ = layer;
        self.play_at(samples, at)
    }

    /// Speaks a phrase at once, cutting the one sounding and dropping those waiting
    /// ("Paused" never waits behind a phrase). A device without a speech layer speaks it
    /// as any phrase, at `at`.
    fn interrupt_with(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        self.speak_at(samples, at)
    }

    /// When the output last read samples, so a stopped stream is noticed.
    fn reading(&self) -> Reading {
        Reading::NotWatched
    }

    /// The output glitched (an underrun: it lost time against the clock) and goes on:
    /// map the clock to its samples afresh, so later cues keep their times.
    fn resync(&mut self) {}
}

/// When an output last read samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The device cannot tell (it has no output thread of its own).
    NotWatched,
    /// Not yet since it was opened.
    NotYet,
    /// Last at this time on the clock.
    At(Duration),
}

/// What went wrong with an open device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// A glitch the backend recovers from by itself (an underrun): the output stays open.
    Glitch(String),
    /// The device went away or its stream ended: it must be opened again.
    Gone(String),
}

/// Called (from any thread) when an open device has a fault.
pub type OnFault = Box<dyn Fn(Fault) + Send + Sync>;

/// Something that opens a [`Device`]. `on_fault` is called (from any thread) if the
/// device has a fault after opening.
pub trait Opener: Send + 'static {
    fn open(&mut self, on_fault: OnFault) -> Result<Box<dyn Device>, String>;
}

enum Command {
    /// A cue, and its time on the clock (`None`: now).
    Play(Cue, Option<Duration>),
    /// A phrase's samples, its time on the clock, and whether it cuts in at once.
    Speak(Arc<[f32]>, Duration, Urgency),
    SetVolume(u8),
    SetVoiceLevel(u8),
    SetMuted(bool),
    Retry,
    Fault(Fault),
    /// Call this when the status changes.
    Wake(Wake),
    /// Answer once everything sent before has been handled.
    Flush(Sender<()>),
    Shutdown,
}

/// Whether a phrase waits its turn or cuts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// After the phrase before and the tone at its time.
    InTurn,
    /// At once: the phrase sounding is cut, those waiting dropped ("Paused").
    CutIn,
}

/// Called (from the sound thread) when the status changes.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The handle to the sound thread. Dropping it stops the thread.
#[derive(Debug)]
pub struct Audio {
    tx: Sender<Command>,
    status: Arc<Mutex<SoundStatus>>,
    thread: Option<JoinHandle<()>>,
    /// The speech thread, while there is a voice.
    speech: Option<Speech>,
    /// Phrases dropped because the device was gone when they were due.
    missed: Arc<Mutex<usize>>,
    /// The speech rate handed to each new voice.
    words_a_minute: u32,
}

/// The thread that asks the voice for phrases (a voice program may take a while; the
/// sound thread never waits for it) and hands their samples to the sound thread.
#[derive(Debug)]
struct Speech {
    tx: Sender<Job>,
    thread: Option<JoinHandle<()>>,
}

/// What the speech thread is asked to do.
#[derive(Debug)]
enum Job {
    Say(String, Language, Duration, Urgency),
    /// Speak at this many words a minute from now on.
    Rate(u32),
}

impl Audio {
    /// Starts the sound thread with the system's default output device.
    pub fn start_default(clock: Arc<dyn Clock>, volume_percent: u8, muted: bool) -> Self {
        let opener = RodioOpener {
            clock: Arc::clone(&clock),
        };
        Self::start_with_clock(opener, clock, volume_percent, muted)
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
        let missed = Arc::new(Mutex::new(0));
        let (worker_tx, worker_status) = (tx.clone(), Arc::clone(&status));
        let worker_missed = Arc::clone(&missed);
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
                    voice_percent: 100,
                    muted,
                    rendered: HashMap::new(),
                    logged: None,
                    clock,
                    next_retry: None,
                    lost_at: None,
                    opened_at: Duration::ZERO,
                    while_gone: Vec::new(),
                    missed: worker_missed,
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
        Self {
            tx,
            status,
            thread,
            speech: None,
            missed,
            words_a_minute: super::voice::DEFAULT_WORDS_A_MINUTE,
        }
    }

    /// How many phrases were dropped (due while the device was gone, and out of date
    /// when it came back) since this was last asked; the screen says so.
    pub fn take_missed(&self) -> usize {
        std::mem::take(&mut *lock(&self.missed))
    }

    /// Speaks phrases with `voice` from now on (`None`: tones only).
    pub fn set_voice(&mut self, voice: Option<Box<dyn Voice>>) {
        self.stop_speech();
        let Some(mut voice) = voice else {
            return;
        };
        let (tx, rx) = mpsc::channel::<Job>();
        let sound = self.tx.clone();
        voice.set_rate(self.words_a_minute);
        let thread = std::thread::Builder::new()
            .name("steady-speech".to_owned())
            .spawn(move || {
                let mut logged = false;
                for job in rx {
                    let (text, language, at, urgency) = match job {
                        Job::Say(text, language, at, urgency) => (text, language, at, urgency),
                        Job::Rate(wpm) => {
                            voice.set_rate(wpm);
                            continue;
                        }
                    };
                    match voice.say(&text, language) {
                        Ok(super::voice::Speech::Samples(samples)) => {
                            let _ = sound.send(Command::Speak(samples.into(), at, urgency));
                        }
                        // Each problem is logged once; the session goes on in tones.
                        Err(why) if !logged => {
                            eprintln!("steady: {why}");
                            logged = true;
                        }
                        Ok(super::voice::Speech::SpokenBySystem) | Err(_) => {}
                    }
                }
            });
        if let Ok(thread) = thread {
            self.speech = Some(Speech {
                tx,
                thread: Some(thread),
            });
        }
    }

    fn stop_speech(&mut self) {
        if let Some(mut speech) = self.speech.take() {
            drop(speech.tx);
            if let Some(thread) = speech.thread.take() {
                let _ = thread.join();
            }
        }
    }

    /// Speaks `text` at `at` on the clock (an engine event's time), after any phrase
    /// still sounding. Nothing without a voice.
    pub fn speak_at(&self, text: &str, language: Language, at: Duration) {
        self.say(text, language, at, Urgency::InTurn);
    }

    /// Speaks `text` as `urgency` says: in turn (as [`speak_at`](Self::speak_at)), or
    /// cutting in at once, over any phrase sounding ("Paused").
    pub fn say(&self, text: &str, language: Language, at: Duration, urgency: Urgency) {
        if let Some(speech) = &self.speech {
            let _ = speech
                .tx
                .send(Job::Say(text.to_owned(), language, at, urgency));
        }
    }

    /// Speech at `words_a_minute` from the next phrase on (the voice's own measure;
    /// espeak-ng's `-s`).
    pub fn set_speech_rate(&mut self, words_a_minute: u32) {
        self.words_a_minute = words_a_minute;
        if let Some(speech) = &self.speech {
            let _ = speech.tx.send(Job::Rate(words_a_minute));
        }
    }

    /// The voice's loudness against the cues, in percent (100: as loud as the cues;
    /// `state::settings::VoiceLevel`), from the next phrase on.
    pub fn set_voice_level(&self, percent: u8) {
        let _ = self.tx.send(Command::SetVoiceLevel(percent));
    }

    /// Speaks a phrase already made into samples (at [`SAMPLE_RATE`]) at `at` on the
    /// clock, as `urgency` says: what the speech thread does with a voice's samples.
    pub fn speak_samples_at(&self, samples: Arc<[f32]>, at: Duration, urgency: Urgency) {
        let _ = self.tx.send(Command::Speak(samples, at, urgency));
    }

    /// Plays one cue now.
    pub fn play(&self, cue: Cue) {
        let _ = self.tx.send(Command::Play(cue, None));
    }

    /// Plays one cue at `at` on the clock (an engine event's scheduled time), plus
    /// [`SCHEDULE_AHEAD`].
    pub fn play_at(&self, cue: Cue, at: Duration) {
        let _ = self.tx.send(Command::Play(cue, Some(at)));
    }

    /// Plays the cues of a batch of engine events (one per instant), each at its
    /// scheduled time.
    pub fn play_events(&self, events: &[Event]) {
        for (at, cue) in cues_to_play(events) {
            self.play_at(cue, at);
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
        self.stop_speech();
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
    /// The voice's level against the cues.
    voice_percent: u8,
    muted: bool,
    rendered: HashMap<Cue, Arc<[f32]>>,
    /// The last reason logged, so each problem is logged once.
    logged: Option<String>,
    clock: Arc<dyn Clock>,
    /// When to look for a device again (while there is none). Only a retry moves it.
    next_retry: Option<Duration>,
    /// When the device went away mid-session (while it is gone).
    lost_at: Option<Duration>,
    /// When the device now open was opened.
    opened_at: Duration,
    /// Cues and phrases due while the device is gone: played when it is back, if still
    /// relevant.
    while_gone: Vec<Due>,
    missed: Arc<Mutex<usize>>,
    wake: Option<Wake>,
}

/// A cue or phrase that fell due while the device was gone.
enum Due {
    Cue(Cue, Duration),
    Phrase(Arc<[f32]>, Duration),
}

/// Rounds off a phrase's peaks above 0.8 so a louder voice never clips (stays below 1).
fn soft_limit(x: f32) -> f32 {
    const KNEE: f32 = 0.8;
    if x.abs() <= KNEE {
        x
    } else {
        x.signum() * (KNEE + (1.0 - KNEE) * ((x.abs() - KNEE) / (1.0 - KNEE)).tanh())
    }
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
            let watched = self.watch(now);
            let wait = match (&self.device, self.next_retry) {
                (None, Some(at)) => at.saturating_sub(now),
                (Some(_), _) if watched => WATCH_EVERY,
                _ => Duration::from_secs(3600),
            };
            match self.rx.recv_timeout(wait) {
                Ok(Command::Play(cue, at)) => self.play(cue, at),
                Ok(Command::Speak(samples, at, urgency)) => self.speak(&samples, at, urgency),
                Ok(Command::SetVolume(v)) => self.volume_percent = v,
                Ok(Command::SetVoiceLevel(v)) => self.voice_percent = v,
                Ok(Command::SetMuted(m)) => {
                    self.muted = m;
                    self.update_status();
                }
                Ok(Command::Retry) => {
                    if self.device.is_none() {
                        self.open();
                    }
                }
                Ok(Command::Fault(Fault::Glitch(why))) => self.glitch(&why),
                Ok(Command::Fault(Fault::Gone(why))) => self.lost(&why),
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
        let on_fault: OnFault = Box::new(move |fault: Fault| {
            let _ = tx.send(Command::Fault(fault));
        });
        match self.opener.open(on_fault) {
            Ok(device) => {
                self.device = Some(device);
                self.opened_at = self.clock.now();
                self.next_retry = None;
                self.lost_at = None;
                if self.logged.take().is_some() {
                    eprintln!("steady: sound device found; cues are played again");
                }
                self.update_status();
                self.play_what_is_still_due();
            }
            Err(why) => {
                self.device = None;
                let now = self.clock.now();
                let quickly = self
                    .lost_at
                    .is_some_and(|lost| now.saturating_sub(lost) < QUICK_RETRIES_FOR);
                self.next_retry = Some(now + if quickly { RETRY_QUICKLY } else { RETRY_EVERY });
                if self.lost_at.is_none() {
                    self.log(&format!(
                        "no sound device found ({why}); cues are shown on screen only"
                    ));
                }
                self.update_status();
            }
        }
    }

    /// Whether the open device's output is watched; one that stopped reading is taken
    /// as gone (and opened again).
    fn watch(&mut self, now: Duration) -> bool {
        let since = match self.device.as_ref().map(|d| d.reading()) {
            Some(Reading::At(at)) => at,
            Some(Reading::NotYet) => self.opened_at,
            Some(Reading::NotWatched) | None => return false,
        };
        if now.saturating_sub(since) > STALLED_AFTER {
            self.lost("the output stopped reading");
        }
        true
    }

    /// The device went away: say so, and open it again at once.
    fn lost(&mut self, why: &str) {
        if self.device.take().is_some() {
            self.lost_at = Some(self.clock.now());
            self.log(&format!(
                "the sound device stopped ({why}); cues are shown on screen only until it is back"
            ));
            self.update_status();
            self.open();
        }
    }

    /// The output glitched and goes on: logged once, and its timeline re-anchored.
    fn glitch(&mut self, why: &str) {
        if let Some(device) = self.device.as_mut() {
            device.resync();
            if self
                .logged
                .as_deref()
                .is_none_or(|l| !l.starts_with("the sound output"))
            {
                self.log(&format!("the sound output glitched ({why}); it goes on"));
            }
        }
    }

    /// Keeps a cue or phrase that fell due while the device is gone (the newest few).
    fn keep_while_gone(&mut self, due: Due) {
        // With no device from the start, the screen has said so all along.
        if self.lost_at.is_none() {
            return;
        }
        if self.while_gone.len() >= KEEP_WHILE_GONE
            && let Due::Phrase(..) = self.while_gone.remove(0)
        {
            *lock(&self.missed) += 1;
        }
        self.while_gone.push(due);
    }

    /// The device is back: plays the cues at most [`CUE_STILL_DUE`] late and says the
    /// newest phrase if at most [`PHRASE_STILL_DUE`] late; counts the phrases dropped.
    fn play_what_is_still_due(&mut self) {
        let now = self.clock.now();
        let kept = std::mem::take(&mut self.while_gone);
        let newest_phrase = kept.iter().rposition(|due| matches!(due, Due::Phrase(..)));
        let mut dropped = 0;
        for (i, due) in kept.into_iter().enumerate() {
            match due {
                Due::Cue(cue, at) if now.saturating_sub(at) <= CUE_STILL_DUE => {
                    self.play(cue, Some(at));
                }
                Due::Cue(..) => {}
                Due::Phrase(samples, at)
                    if Some(i) == newest_phrase && now.saturating_sub(at) <= PHRASE_STILL_DUE =>
                {
                    self.speak(&samples, now, Urgency::InTurn);
                }
                Due::Phrase(..) => dropped += 1,
            }
        }
        if dropped > 0 {
            *lock(&self.missed) += dropped;
            if let Some(wake) = &self.wake {
                wake();
            }
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

    fn speak(&mut self, samples: &[f32], at: Duration, urgency: Urgency) {
        if self.muted || self.volume_percent == 0 {
            return;
        }
        let Some(device) = self.device.as_mut() else {
            self.keep_while_gone(Due::Phrase(samples.into(), at));
            return;
        };
        let gain = synth::gain(self.volume_percent) * f32::from(self.voice_percent) / 100.0;
        let scaled: Vec<f32> = samples.iter().map(|s| soft_limit(s * gain)).collect();
        let spoken = match urgency {
            Urgency::InTurn => device.speak_at(&scaled, at),
            Urgency::CutIn => device.interrupt_with(&scaled, at),
        };
        if let Err(why) = spoken {
            self.lost(&why);
        }
    }

    fn play(&mut self, cue: Cue, at: Option<Duration>) {
        if self.muted || self.volume_percent == 0 {
            return;
        }
        let Some(device) = self.device.as_mut() else {
            // A cue asked for "now" is dropped: no time to judge it by later.
            if let Some(at) = at {
                self.keep_while_gone(Due::Cue(cue, at));
            }
            return;
        };
        let samples = self
            .rendered
            .entry(cue)
            .or_insert_with(|| synth::render(cue, SAMPLE_RATE).into());
        let gain = synth::gain(self.volume_percent);
        let scaled: Vec<f32> = samples.iter().map(|s| s * gain).collect();
        let played = match at {
            Some(at) => device.play_cue_at(&scaled, at, synth::layer(cue)),
            None => device.play(&scaled),
        };
        if let Err(why) = played {
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
    fn open(&mut self, _on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        Ok(Box::new(Self))
    }
}

/// Opens the system's default output device with rodio, timed by `clock` (the one the
/// engine's times come from).
#[derive(Clone)]
pub struct RodioOpener {
    pub clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for RodioOpener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RodioOpener")
    }
}

/// The output's sample clock, shared by the sound thread (which places cues on it) and
/// the output's callback (which reads samples from it): a [`CueMixer`] and the mapping
/// from the clock's time to its samples. Public so tests can drive it with a fake
/// clock and any buffer size.
#[derive(Debug)]
pub struct Timeline {
    mixer: CueMixer,
    /// The clock's time when the output asked for its first sample, and that sample:
    /// from then on the output plays `SAMPLE_RATE` samples a second.
    anchor: Option<(Duration, u64)>,
    /// The most samples the output has taken ahead of the clock (its buffer): cues
    /// are placed at least this much (and 25 ms) after their time, so every cue keeps
    /// one constant latency even when the output buffers more than
    /// [`SCHEDULE_AHEAD`] allows for.
    ahead: u64,
    /// The clock's time of the output's last read.
    last_pull: Option<Duration>,
}

impl Default for Timeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Timeline {
    pub fn new() -> Self {
        Self {
            mixer: CueMixer::new(SAMPLE_RATE),
            anchor: None,
            ahead: 0,
            last_pull: None,
        }
    }

    /// The sample the output is asking for at the clock's `now`, by the anchor.
    fn due(&self, now: Duration) -> Option<u64> {
        self.anchor.map(|(since, first)| {
            let secs = now.saturating_sub(since).as_secs_f64();
            first + (secs * f64::from(SAMPLE_RATE)).round() as u64
        })
    }

    /// Plays `samples` as soon as possible.
    pub fn play_now(&mut self, samples: Arc<[f32]>) {
        let now = self.mixer.position();
        self.mixer.schedule(now, samples);
    }

    /// Places `samples` at the sample that the clock's `at` maps to, one constant
    /// latency later, ducked under speech. Returns that sample.
    pub fn play_at(&mut self, samples: Arc<[f32]>, at: Duration) -> u64 {
        self.play_cue_at(samples, at, Layer::Under)
    }

    /// Places a cue's `samples` at the sample that the clock's `at` maps to, one
    /// constant latency later, meeting speech as `layer` says. Returns that sample.
    pub fn play_cue_at(&mut self, samples: Arc<[f32]>, at: Duration, layer: Layer) -> u64 {
        let position = self.mixer.position();
        let start = match self.due(at) {
            Some(due) => {
                // Room for the output's reads to come in bursts (a blocked write).
                let margin = u64::from(SAMPLE_RATE / 40);
                let ahead = SCHEDULE_AHEAD.as_secs_f64() * f64::from(SAMPLE_RATE);
                let start = due + (ahead as u64).max(self.ahead + margin);
                // Later than the output allows: later cues keep this latency, unless
                // the window's thread stalled (then only this cue is late).
                if start < position && position - due <= u64::from(SAMPLE_RATE / 4) {
                    self.ahead = self.ahead.max(position - due);
                }
                start.max(position)
            }
            None => position,
        };
        self.mixer.schedule_cue(start, samples, layer)
    }

    /// Speaks `samples` from the sample that the clock's `at` maps to, one constant
    /// latency later, or after the phrase before it. Returns that sample.
    pub fn speak_at(&mut self, samples: Arc<[f32]>, at: Duration) -> u64 {
        let position = self.mixer.position();
        // The same latency as a cue at the same time (`play_at`).
        let margin = u64::from(SAMPLE_RATE / 40);
        let ahead = SCHEDULE_AHEAD.as_secs_f64() * f64::from(SAMPLE_RATE);
        let start = self.due(at).map_or(position, |due| {
            due + (ahead as u64).max(self.ahead + margin)
        });
        self.mixer.schedule_speech(start, samples)
    }

    /// Speaks `samples` at once, cutting the phrase sounding. Returns the sample it
    /// starts at.
    pub fn interrupt_with(&mut self, samples: Arc<[f32]>) -> u64 {
        self.mixer.interrupt_speech(samples)
    }

    /// The output glitched (an underrun): its samples no longer follow the clock from
    /// the old anchor. The next [`pull`](Self::pull) anchors afresh; the buffer's
    /// measure is kept.
    pub fn resync(&mut self) {
        self.anchor = None;
    }

    /// The output's callback asks, at the clock's `now`, for the next `out.len()`
    /// samples.
    pub fn pull(&mut self, now: Duration, out: &mut [f32]) {
        self.last_pull = Some(now);
        if self.anchor.is_none() {
            self.anchor = Some((now, self.mixer.position()));
        }
        self.mixer.fill(out);
        // How far ahead of the clock the output reads (its buffer filling up).
        if let Some(due) = self.due(now) {
            let ahead = self.mixer.position().saturating_sub(due);
            self.ahead = self.ahead.max(ahead);
        }
    }
}

/// A device that places everything on a shared [`Timeline`], which an output reads
/// from: the rodio device's, and in tests a fake output's.
#[derive(Debug, Clone, Default)]
pub struct TimelineDevice {
    pub timeline: Arc<Mutex<Timeline>>,
}

impl Device for TimelineDevice {
    fn play(&mut self, samples: &[f32]) -> Result<(), String> {
        lock(&self.timeline).play_now(samples.into());
        Ok(())
    }

    fn play_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        lock(&self.timeline).play_at(samples.into(), at);
        Ok(())
    }

    fn speak_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        lock(&self.timeline).speak_at(samples.into(), at);
        Ok(())
    }

    fn play_cue_at(&mut self, samples: &[f32], at: Duration, layer: Layer) -> Result<(), String> {
        lock(&self.timeline).play_cue_at(samples.into(), at, layer);
        Ok(())
    }

    fn interrupt_with(&mut self, samples: &[f32], _at: Duration) -> Result<(), String> {
        lock(&self.timeline).interrupt_with(samples.into());
        Ok(())
    }

    fn resync(&mut self) {
        lock(&self.timeline).resync();
    }

    fn reading(&self) -> Reading {
        lock(&self.timeline)
            .last_pull
            .map_or(Reading::NotYet, Reading::At)
    }
}

struct RodioDevice {
    /// Kept alive as long as the device: dropping it closes the output.
    _sink: rodio::MixerDeviceSink,
    placed: TimelineDevice,
}

impl Device for RodioDevice {
    fn play(&mut self, samples: &[f32]) -> Result<(), String> {
        self.placed.play(samples)
    }

    fn play_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        self.placed.play_at(samples, at)
    }

    fn speak_at(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        self.placed.speak_at(samples, at)
    }

    fn play_cue_at(&mut self, samples: &[f32], at: Duration, layer: Layer) -> Result<(), String> {
        self.placed.play_cue_at(samples, at, layer)
    }

    fn interrupt_with(&mut self, samples: &[f32], at: Duration) -> Result<(), String> {
        self.placed.interrupt_with(samples, at)
    }

    fn resync(&mut self) {
        self.placed.resync();
    }

    fn reading(&self) -> Reading {
        self.placed.reading()
    }
}

/// Whether a stream error from the backend means the device is gone (open it again) or
/// a glitch the backend recovers from by itself (the stream goes on: an underrun is
/// re-prepared by cpal, a rerouted default device keeps playing).
pub fn fault_of(kind: rodio::CpalErrorKind, why: String) -> Fault {
    use rodio::CpalErrorKind as Kind;
    match kind {
        Kind::DeviceNotAvailable | Kind::HostUnavailable | Kind::StreamInvalidated => {
            Fault::Gone(why)
        }
        _ => Fault::Glitch(why),
    }
}

/// The one continuous source the output plays: the timeline's mixer, read in small
/// blocks.
struct TimelineSource {
    timeline: Arc<Mutex<Timeline>>,
    clock: Arc<dyn Clock>,
    block: Vec<f32>,
    next: usize,
}

/// Samples the output takes from the mixer at a time (1.3 ms).
const SOURCE_BLOCK: usize = 64;

impl Iterator for TimelineSource {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.next >= self.block.len() {
            lock(&self.timeline).pull(self.clock.now(), &mut self.block);
            self.next = 0;
        }
        let sample = self.block.get(self.next).copied();
        self.next += 1;
        sample
    }
}

impl rodio::Source for TimelineSource {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> rodio::ChannelCount {
        std::num::NonZero::<u16>::MIN
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        const RATE: std::num::NonZero<u32> = match std::num::NonZero::new(SAMPLE_RATE) {
            Some(rate) => rate,
            None => std::num::NonZero::<u32>::MIN,
        };
        RATE
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

impl Opener for RodioOpener {
    fn open(&mut self, on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        let on_fault: Arc<dyn Fn(Fault) + Send + Sync> = Arc::from(on_fault);
        let mut sink = rodio::DeviceSinkBuilder::from_default_device()
            .map_err(|e| e.to_string())?
            .with_error_callback(move |e: rodio::CpalError| {
                on_fault(fault_of(e.kind(), e.to_string()));
            })
            .open_sink_or_fallback()
            .map_err(|e| e.to_string())?;
        sink.log_on_drop(false);
        let timeline = Arc::new(Mutex::new(Timeline::new()));
        sink.mixer().add(TimelineSource {
            timeline: Arc::clone(&timeline),
            clock: Arc::clone(&self.clock),
            block: vec![0.0; SOURCE_BLOCK],
            next: SOURCE_BLOCK,
        });
        Ok(Box::new(RodioDevice {
            _sink: sink,
            placed: TimelineDevice { timeline },
        }))
    }
}
