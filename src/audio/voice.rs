//! Spoken prompts: a [`Voice`] turns a phrase into speech, and the sound thread plays
//! it through Steady's own mixer (`synth::CueMixer`), so a phrase is placed at its
//! engine time like a cue, tones are ducked under it, and two phrases never overlap.
//!
//! On Linux the voice is `espeak-ng`, found on `PATH` when Steady starts and run as a
//! separate program (it is never linked: espeak-ng is GPL): `espeak-ng --stdout -v
//! <voice>` writes a WAV, which is decoded with `hound` and resampled to the mixer's
//! rate. Where only speech-dispatcher's `spd-say` is found, it speaks by itself (no
//! samples come back, so nothing is ducked). On Windows and macOS the system's voice
//! speaks through the `tts` crate. No voice at all: Settings says so and only tones
//! play. [`FakeVoice`] (for tests) records what would be said and when.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::clock::Clock;
use crate::i18n::Language;

use super::synth::SAMPLE_RATE;

/// The loudest sample of a phrase (cues under it are ducked, so the sum stays below
/// full scale).
pub const SPEECH_PEAK: f32 = 0.9;
/// A phrase's RMS level (−14 dBFS before its peaks are rounded off): near the cues'
/// loudness (their RMS is −6 to −10 dBFS over a cue; speech has gaps between words).
pub const SPEECH_RMS: f32 = 0.2;
/// Where a phrase's peaks start to be rounded off.
const LIMIT_FROM: f32 = 0.5;

/// What a voice made of a phrase.
#[derive(Debug, Clone, PartialEq)]
pub enum Speech {
    /// Mono samples at [`SAMPLE_RATE`], for Steady's mixer to place and play.
    Samples(Vec<f32>),
    /// The system spoke it itself (speech-dispatcher, `tts`): nothing to mix.
    SpokenBySystem,
}

/// Something that speaks a phrase.
pub trait Voice: Send {
    /// The voice's program or system, as Settings names it ("espeak-ng").
    fn name(&self) -> String;

    /// Speaks `text` in `language`; the error is a sentence for the person.
    fn say(&mut self, text: &str, language: Language) -> Result<Speech, String>;

    /// Speaks at about `words_a_minute` from the next phrase on. A voice that cannot
    /// change its rate keeps its own.
    fn set_rate(&mut self, words_a_minute: u32) {
        let _ = words_a_minute;
    }
}

/// The speech rate when nothing is set (`state::settings::SpeechRate::Normal`): a
/// little slower than espeak-ng's own default (about 175), easier for older listeners.
pub const DEFAULT_WORDS_A_MINUTE: u32 = 150;

/// The voice this computer has, looked for now: `None` if there is none.
pub fn find_voice() -> Option<Box<dyn Voice>> {
    #[cfg(any(windows, target_os = "macos"))]
    {
        system::SystemVoice::new().map(|v| Box::new(v) as Box<dyn Voice>)
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    {
        let path = std::env::var_os("PATH")?;
        if let Some(program) = find_program(&path, "espeak-ng") {
            return Some(Box::new(Espeak {
                program,
                words_a_minute: DEFAULT_WORDS_A_MINUTE,
            }));
        }
        find_program(&path, "spd-say").map(|program| {
            Box::new(SpdSay {
                program,
                words_a_minute: DEFAULT_WORDS_A_MINUTE,
            }) as Box<dyn Voice>
        })
    }
}

/// The first executable file named `name` in the folders of `path` (a `PATH` value).
pub fn find_program(path: &std::ffi::OsStr, name: &str) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// The espeak-ng voice for Steady's language.
fn espeak_voice(language: Language) -> &'static str {
    match language {
        Language::English => "en-us",
        Language::German => "de",
    }
}

/// `espeak-ng`, run once per phrase; its WAV is mixed by Steady.
#[derive(Debug, Clone)]
pub struct Espeak {
    pub program: PathBuf,
    /// Words a minute (`-s`).
    pub words_a_minute: u32,
}

impl Voice for Espeak {
    fn name(&self) -> String {
        "espeak-ng".to_owned() // i18n: a program's name
    }

    fn say(&mut self, text: &str, language: Language) -> Result<Speech, String> {
        let wav = run(
            Command::new(&self.program)
                .arg("--stdout")
                .arg("-v")
                .arg(espeak_voice(language))
                .arg("-s")
                .arg(self.words_a_minute.to_string())
                // The phrase is an argument, never read as an option.
                .arg("--")
                .arg(text),
            &self.name(),
        )?;
        decode_wav(&wav).map(Speech::Samples)
    }

    fn set_rate(&mut self, words_a_minute: u32) {
        self.words_a_minute = words_a_minute.clamp(80, 450);
    }
}

/// speech-dispatcher's `spd-say`: speaks by itself, waiting until it has.
#[derive(Debug, Clone)]
pub struct SpdSay {
    pub program: PathBuf,
    /// Words a minute, given to `spd-say -r` relative to its default (about 175).
    pub words_a_minute: u32,
}

impl Voice for SpdSay {
    fn name(&self) -> String {
        "spd-say".to_owned() // i18n: a program's name
    }

    fn say(&mut self, text: &str, language: Language) -> Result<Speech, String> {
        let lang = match language {
            Language::English => "en",
            Language::German => "de",
        };
        // -100..100 around speech-dispatcher's own rate (about 175 words a minute).
        let relative = ((i64::from(self.words_a_minute) - 175) * 100 / 175).clamp(-100, 100);
        run(
            Command::new(&self.program)
                .args(["--wait", "-l", lang, "-r"])
                .arg(relative.to_string())
                .arg("--")
                .arg(text),
            &self.name(),
        )?;
        Ok(Speech::SpokenBySystem)
    }

    fn set_rate(&mut self, words_a_minute: u32) {
        self.words_a_minute = words_a_minute;
    }
}

/// Runs a voice program and returns what it wrote, or a sentence saying why not.
fn run(command: &mut Command, name: &str) -> Result<Vec<u8>, String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| crate::t!("voice-could-not-run", program = name, why = e.to_string()))?;
    let mut out = Vec::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout
            .read_to_end(&mut out)
            .map_err(|e| crate::t!("voice-could-not-run", program = name, why = e.to_string()))?;
    }
    let mut err = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        let _ = stderr.read_to_string(&mut err);
    }
    let status = child
        .wait()
        .map_err(|e| crate::t!("voice-could-not-run", program = name, why = e.to_string()))?;
    if status.success() {
        Ok(out)
    } else {
        Err(crate::t!(
            "voice-failed",
            program = name,
            why = err.trim().to_owned()
        ))
    }
}

/// A WAV (as espeak-ng writes it to a pipe: its length fields say "unknown") to mono
/// samples at [`SAMPLE_RATE`], at the cues' loudness ([`level`]).
pub fn decode_wav(bytes: &[u8]) -> Result<Vec<f32>, String> {
    let reader = hound::WavReader::new(std::io::Cursor::new(bytes))
        .map_err(|e| crate::t!("voice-not-wav", why = e.to_string()))?;
    let spec = reader.spec();
    let channels = usize::from(spec.channels.max(1));
    let frames: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Int => {
            let scale = 2f32.powi(i32::from(spec.bits_per_sample.clamp(1, 32)) - 1);
            // A pipe's WAV claims more data than there is: read until it ends.
            reader
                .into_samples::<i32>()
                .map_while(Result::ok)
                .map(|s| s as f32 / scale)
                .collect()
        }
        hound::SampleFormat::Float => reader.into_samples::<f32>().map_while(Result::ok).collect(),
    };
    let mono: Vec<f32> = frames
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect();
    if mono.is_empty() {
        return Err(crate::t!("voice-silent"));
    }
    let mut samples = resample(&mono, spec.sample_rate, SAMPLE_RATE);
    level(&mut samples);
    Ok(samples)
}

/// Brings speech to the cues' loudness: RMS to [`SPEECH_RMS`], then its few tall peaks
/// (plosives) are rounded off smoothly above [`LIMIT_FROM`] so none passes
/// [`SPEECH_PEAK`]. Speech has about 19 dB between its RMS and its peak, tones 3 dB:
/// brought to the same peak, speech sounded 12 dB quieter than the cues.
pub fn level(samples: &mut [f32]) {
    if samples.is_empty() {
        return;
    }
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len() as f32).sqrt();
    if rms <= f32::EPSILON {
        return;
    }
    let gain = SPEECH_RMS / rms;
    let room = SPEECH_PEAK - LIMIT_FROM;
    for s in samples.iter_mut() {
        let x = *s * gain;
        let over = x.abs() - LIMIT_FROM;
        *s = if over > 0.0 {
            x.signum() * (LIMIT_FROM + room * (over / room).tanh())
        } else {
            x
        };
    }
}

/// Linear interpolation from `from` Hz to `to` Hz: enough for speech (espeak-ng's
/// 22 050 Hz has nothing above 11 kHz to alias), and no resampling crate is needed.
pub fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || from == 0 || samples.is_empty() {
        return samples.to_vec();
    }
    let out_len = (samples.len() as u64 * u64::from(to) / u64::from(from)) as usize;
    let step = f64::from(from) / f64::from(to);
    (0..out_len)
        .map(|i| {
            let x = i as f64 * step;
            let at = x.floor() as usize;
            let frac = (x - at as f64) as f32;
            let a = samples.get(at).copied().unwrap_or(0.0);
            let b = samples.get(at + 1).copied().unwrap_or(a);
            a + (b - a) * frac
        })
        .collect()
}

/// One phrase a [`FakeVoice`] was asked to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The fake clock's time when it was asked.
    pub at: Duration,
    pub text: String,
    pub language: Language,
}

/// A voice for tests: records each phrase with the clock's time, and returns a quiet
/// tone of [`FakeVoice::PER_CHAR`] per character, so timing can be checked.
#[derive(Clone)]
pub struct FakeVoice {
    clock: Arc<dyn Clock>,
    pub said: Arc<Mutex<Vec<Said>>>,
    /// The speech rate it was last asked for (words a minute; 0 if never).
    pub rate: Arc<Mutex<u32>>,
}

impl std::fmt::Debug for FakeVoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeVoice") // i18n: not shown
            .field("said", &self.said)
            .finish_non_exhaustive()
    }
}

impl FakeVoice {
    /// How long each character of a phrase lasts.
    pub const PER_CHAR: Duration = Duration::from_millis(60);

    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            said: Arc::default(),
            rate: Arc::default(),
        }
    }

    /// The speech rate it was last asked for (0 if never).
    pub fn rate(&self) -> u32 {
        *self.rate.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Everything said so far.
    pub fn said(&self) -> Vec<Said> {
        self.said
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The samples it makes of `text`: a 300 Hz tone at [`SPEECH_PEAK`].
    pub fn samples(text: &str) -> Vec<f32> {
        let secs = Self::PER_CHAR.as_secs_f64() * text.chars().count() as f64;
        let n = (secs * f64::from(SAMPLE_RATE)) as usize;
        (0..n)
            .map(|i| {
                let t = i as f32 / SAMPLE_RATE as f32;
                SPEECH_PEAK * (std::f32::consts::TAU * 300.0 * t).sin()
            })
            .collect()
    }
}

impl Voice for FakeVoice {
    fn name(&self) -> String {
        "fake voice".to_owned() // i18n: not shown (tests only)
    }

    fn say(&mut self, text: &str, language: Language) -> Result<Speech, String> {
        self.said
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(Said {
                at: self.clock.now(),
                text: text.to_owned(),
                language,
            });
        Ok(Speech::Samples(Self::samples(text)))
    }

    fn set_rate(&mut self, words_a_minute: u32) {
        *self.rate.lock().unwrap_or_else(PoisonError::into_inner) = words_a_minute;
    }
}

/// Windows and macOS: the system's voice through the `tts` crate (it speaks by
/// itself; nothing is mixed).
#[cfg(any(windows, target_os = "macos"))]
mod system {
    use super::{Language, Speech, Voice};

    /// `tts::Tts` is `Send`: the handle moves to the speech thread.
    pub struct SystemVoice(tts::Tts);

    impl SystemVoice {
        pub fn new() -> Option<Self> {
            tts::Tts::default().ok().map(Self)
        }
    }

    impl Voice for SystemVoice {
        fn name(&self) -> String {
            crate::t!("voice-system")
        }

        fn say(&mut self, text: &str, language: Language) -> Result<Speech, String> {
            let wanted = language.tag();
            if let Ok(voices) = self.0.voices()
                && let Some(voice) = voices.iter().find(|v| v.language().as_str() == wanted)
            {
                let _ = self.0.set_voice(voice);
            }
            self.0
                .speak(text, false)
                .map(|_| Speech::SpokenBySystem)
                .map_err(|e| e.to_string())
        }
    }
}
