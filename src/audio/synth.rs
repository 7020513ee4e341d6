//! Steady's sound design: every cue synthesized from short tones, in one place.
//!
//! Each [`Cue`] is a few notes or glides with a soft attack and release (no clicks)
//! and a touch of second harmonic for warmth. Made for older ears and laptop
//! speakers: every cue's energy sits between 500 and 2000 Hz (where small speakers
//! and ageing ears do best; nothing harsh above), every cue is brought to the same
//! loudness — A-weighted energy over its loudest 200 ms (the ear sums loudness over
//! about that long, so a short blip is not made to sound softer), worked out from its
//! notes' pitches — and each lasts at least 150 ms (the metronome beat, a 1150 Hz
//! woodblock, 95 ms: lower and longer than it was, and as loud as the rest). Cues meant to be told apart without looking differ in pitch or
//! contour and rhythm: tempo *up* rises, *hold* stays low and steady, *down* falls;
//! *go* leaps up, short–long; *switch side* swings high–low–high–low; *halfway* is two
//! quick high pips, *rest ending soon* three soft low ones; an exercise ends on a
//! falling triad (settling), the session on a long rising one from lower down.
//! Cues never overlap (one sounds at a time; [`CueMixer`] fades an older cue out when
//! a newer one starts), so each may use nearly full scale. This module is pure: it
//! makes sample buffers and knows nothing of audio devices, so tests and
//! `steady cues --wav` render exactly what the app plays.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::session::Cue;

/// Sample rate of every rendered cue.
pub const SAMPLE_RATE: u32 = 48_000;
/// Loudest sample of any single cue (full scale is 1.0). Cues never sound together.
pub const CUE_PEAK: f32 = 0.9;
/// Fade-in at the start of every note.
const ATTACK_SECS: f32 = 0.010;
/// Fade-out at the end of every note.
const RELEASE_SECS: f32 = 0.030;
/// Share of the second harmonic in every note.
const SECOND_HARMONIC: f32 = 0.2;
/// How fast an older cue fades out when a newer one starts.
const DUCK_SECS: f32 = 0.005;
/// Gain of the cues while a phrase is spoken (−20 dB): the beat goes on, under it, and
/// speech (peaks at 0.9, RMS about −20 dBFS) stays clearly above the tones (−24 dBFS).
pub const SPEECH_DUCK: f32 = 0.1;
/// How fast the cues go down and back up around a phrase.
const SPEECH_DUCK_SECS: f32 = 0.010;
/// The pause between a phase-change tone and the phrase that follows it.
pub const TONE_TO_WORDS: Duration = Duration::from_millis(120);

/// How a cue meets speech: the tones a person has learned are never ducked and come
/// before the words; the rhythm goes on, ducked, under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Tempo and beats: ducked to [`SPEECH_DUCK`] under a phrase.
    Under,
    /// A phase-change tone and the countdown: never ducked; a phrase due at its time
    /// waits until it has sounded in full.
    Over,
    /// "Go": never ducked, and never inside speech: a phrase still sounding when it
    /// comes is faded out just before it.
    Cut,
}

/// The layer of each cue.
pub fn layer(cue: Cue) -> Layer {
    match cue {
        Cue::TempoUp | Cue::TempoHold | Cue::TempoDown | Cue::Beat => Layer::Under,
        Cue::Go => Layer::Cut,
        Cue::CountdownTick
        | Cue::Halfway
        | Cue::RestStart
        | Cue::RestEndingSoon
        | Cue::SwitchSide
        | Cue::ExerciseDone
        | Cue::SessionDone => Layer::Over,
    }
}

// Pitches (Hz), named as notes.
const C5: f32 = 523.25;
const D5: f32 = 587.33;
const E5: f32 = 659.25;
const G5: f32 = 783.99;
const A5: f32 = 880.0;
const B5: f32 = 987.77;
const C6: f32 = 1046.5;
const E6: f32 = 1318.51;
const BEAT_HZ: f32 = 1150.0;
/// The window loudness is summed over (the ear's integration time).
const LOUDNESS_WINDOW_SECS: f32 = 0.2;

/// One piece of a cue: a tone gliding from one pitch to another, or a silence.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// Pitch from `from_hz` to `to_hz` (equal for a steady note), for `secs`, at
    /// `level` (0..1 of [`CUE_PEAK`]).
    Tone {
        from_hz: f32,
        to_hz: f32,
        secs: f32,
        level: f32,
    },
    /// A short percussive tick (metronome beat): fast attack, exponential decay.
    Tick {
        hz: f32,
        secs: f32,
        level: f32,
    },
    Silence {
        secs: f32,
    },
}

const fn note(hz: f32, secs: f32) -> Part {
    Part::Tone {
        from_hz: hz,
        to_hz: hz,
        secs,
        level: 1.0,
    }
}

const fn soft(hz: f32, secs: f32) -> Part {
    Part::Tone {
        from_hz: hz,
        to_hz: hz,
        secs,
        level: 0.7,
    }
}

const fn glide(from_hz: f32, to_hz: f32, secs: f32) -> Part {
    Part::Tone {
        from_hz,
        to_hz,
        secs,
        level: 1.0,
    }
}

/// The recipe of each cue.
fn design(cue: Cue) -> Vec<Part> {
    let gap = |secs| Part::Silence { secs };
    match cue {
        Cue::CountdownTick => vec![note(E6, 0.15)],
        Cue::Go => vec![note(G5, 0.11), note(C6, 0.20)],
        Cue::TempoUp => vec![glide(D5, A5, 0.30)],
        Cue::TempoHold => vec![note(C5, 0.25)],
        Cue::TempoDown => vec![glide(A5, D5, 0.30)],
        Cue::Beat => vec![Part::Tick {
            hz: BEAT_HZ,
            secs: 0.095,
            level: 1.0,
        }],
        Cue::Halfway => vec![note(B5, 0.08), gap(0.06), note(B5, 0.08)],
        Cue::RestStart => vec![soft(G5, 0.20), soft(C5, 0.30)],
        Cue::RestEndingSoon => vec![
            soft(G5, 0.07),
            gap(0.07),
            soft(G5, 0.07),
            gap(0.07),
            soft(G5, 0.07),
        ],
        Cue::SwitchSide => vec![
            note(A5, 0.09),
            note(D5, 0.09),
            note(A5, 0.09),
            note(D5, 0.09),
        ],
        Cue::ExerciseDone => vec![note(C6, 0.14), note(G5, 0.12), note(E5, 0.26)],
        Cue::SessionDone => vec![
            note(C5, 0.15),
            note(E5, 0.15),
            note(G5, 0.15),
            note(C6, 0.45),
        ],
    }
}

/// A-weighting (IEC 61672) at `hz`, as an amplitude factor (1.0 at 1 kHz).
fn a_weight(hz: f32) -> f32 {
    let f2 = f64::from(hz).powi(2);
    let ra = 12194.0f64.powi(2) * f2 * f2
        / ((f2 + 20.6f64.powi(2))
            * ((f2 + 107.7f64.powi(2)) * (f2 + 737.9f64.powi(2))).sqrt()
            * (f2 + 12194.0f64.powi(2)));
    // +2.00 dB brings 1 kHz to 0 dB.
    (ra * 10f64.powf(2.0 / 20.0)) as f32
}

/// The A-weighting of a part's sound (its pitch and second harmonic), as a power factor.
fn part_weight(part: Part) -> f32 {
    match part {
        Part::Tone { from_hz, to_hz, .. } => {
            let hz = (from_hz * to_hz).sqrt();
            let h2 = SECOND_HARMONIC * SECOND_HARMONIC;
            (a_weight(hz).powi(2) + h2 * a_weight(2.0 * hz).powi(2)) / (1.0 + h2)
        }
        Part::Tick { hz, .. } => a_weight(hz).powi(2),
        Part::Silence { .. } => 0.0,
    }
}

/// The cue's samples before levelling, and its loudness as a power: the A-weighted
/// energy of its loudest [`LOUDNESS_WINDOW_SECS`], over that window (a cue shorter
/// than the window counts silence for the rest).
fn render_raw(cue: Cue, sample_rate: u32) -> (Vec<f32>, f32) {
    let mut out = Vec::new();
    let mut weighted = Vec::new();
    for part in design(cue) {
        let from = out.len();
        render_part(part, sample_rate, &mut out);
        let weight = part_weight(part);
        weighted.extend(out[from..].iter().map(|s| s * s * weight));
    }
    let window = (LOUDNESS_WINDOW_SECS * sample_rate as f32) as usize;
    let mut sum: f64 = weighted.iter().take(window).map(|&e| f64::from(e)).sum();
    let mut loudest = sum;
    for i in window..weighted.len() {
        sum += f64::from(weighted[i]) - f64::from(weighted[i - window]);
        loudest = loudest.max(sum);
    }
    let power = (loudest / window.max(1) as f64) as f32;
    (out, power)
}

/// The A-weighted RMS every cue is brought to: as loud as the cue with the highest
/// peak for its loudness allows at [`CUE_PEAK`].
fn target_loudness() -> f32 {
    static TARGET: OnceLock<f32> = OnceLock::new();
    *TARGET.get_or_init(|| {
        Cue::ALL
            .iter()
            .map(|&cue| {
                let (samples, power) = render_raw(cue, SAMPLE_RATE);
                let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
                CUE_PEAK * power.sqrt() / peak.max(f32::MIN_POSITIVE)
            })
            .fold(f32::INFINITY, f32::min)
    })
}

/// Renders one cue as mono samples at `sample_rate`, at the common loudness.
pub fn render(cue: Cue, sample_rate: u32) -> Vec<f32> {
    let (mut samples, power) = render_raw(cue, sample_rate);
    let gain = target_loudness() / power.sqrt().max(f32::MIN_POSITIVE);
    samples.iter_mut().for_each(|s| *s *= gain);
    samples
}

fn render_part(part: Part, sample_rate: u32, out: &mut Vec<f32>) {
    let rate = sample_rate as f32;
    match part {
        Part::Tone {
            from_hz,
            to_hz,
            secs,
            level,
        } => {
            let n = (secs * rate).round() as usize;
            let attack = (ATTACK_SECS * rate) as usize;
            let release = (RELEASE_SECS * rate) as usize;
            let mut phase = 0.0f32;
            for i in 0..n {
                let t = i as f32 / n.max(1) as f32;
                // A glide moves evenly in pitch (a musical glide), not in hertz.
                let hz = from_hz * (to_hz / from_hz).powf(t);
                phase += std::f32::consts::TAU * hz / rate;
                let wave =
                    (phase.sin() + SECOND_HARMONIC * (2.0 * phase).sin()) / (1.0 + SECOND_HARMONIC);
                let envelope = raised_cosine(i, attack) * raised_cosine(n - 1 - i, release);
                out.push(wave * envelope * level);
            }
        }
        Part::Tick { hz, secs, level } => {
            let n = (secs * rate).round() as usize;
            let attack = (0.008 * rate) as usize;
            let release = (0.015 * rate) as usize;
            for i in 0..n {
                let time = i as f32 / rate;
                let wave = (std::f32::consts::TAU * hz * time).sin();
                // A woodblock-like decay, slow enough to be heard on small speakers.
                let decay = (-time / secs).exp();
                let envelope = raised_cosine(i, attack) * raised_cosine(n - 1 - i, release);
                out.push(wave * decay * envelope * level);
            }
        }
        Part::Silence { secs } => {
            out.extend(std::iter::repeat_n(0.0, (secs * rate).round() as usize));
        }
    }
}

/// 0 at `i == 0`, rising smoothly to 1 at `i == len` (and after).
fn raised_cosine(i: usize, len: usize) -> f32 {
    if i >= len {
        1.0
    } else {
        0.5 - 0.5 * (std::f32::consts::PI * i as f32 / len as f32).cos()
    }
}

/// Length of a cue.
pub fn cue_duration(cue: Cue) -> Duration {
    let secs: f32 = design(cue)
        .into_iter()
        .map(|part| match part {
            Part::Tone { secs, .. } | Part::Tick { secs, .. } | Part::Silence { secs } => secs,
        })
        .sum();
    Duration::from_secs_f32(secs)
}

/// Gain for a volume setting: a squared curve, so the slider feels even to the ear.
pub fn gain(volume_percent: u8) -> f32 {
    let v = f32::from(volume_percent.min(100)) / 100.0;
    v * v
}

/// Plays scheduled cues one at a time on a sample clock: the one mixer of both the
/// live output and `steady cues --wav`. A cue starts at the sample it was scheduled
/// for (or at once, if that has passed); when a newer cue starts while an older one
/// still sounds, the older one fades out within 5 ms, so cues never pile up or clip.
///
/// Spoken phrases are a second layer: a phrase starts at its sample, or when the one
/// before it has ended (phrases never overlap; one out of date by then is dropped),
/// or when a phase-change tone due by then has sounded in full (plus
/// [`TONE_TO_WORDS`]). While it sounds, tempo and beats ([`Layer::Under`]) are ducked
/// to [`SPEECH_DUCK`] (with a 10 ms ramp, no clicks); the other tones never are, and a
/// "Go" ([`Layer::Cut`]) fades out a phrase still sounding just before it starts. An
/// urgent phrase ("Paused") fades out the one sounding and starts at once.
#[derive(Debug)]
pub struct CueMixer {
    sample_rate: u32,
    /// The next sample to be written.
    position: u64,
    /// Cues still to start: (start sample, samples, layer), in order of start.
    pending: std::collections::VecDeque<(u64, Arc<[f32]>, Layer)>,
    /// The cue sounding: its samples, how far it has played, and its fade-out so far.
    sounding: Option<Sounding>,
    /// Phrases still to start: (start sample, sample asked for, samples), in order.
    speech_pending: std::collections::VecDeque<(u64, u64, Arc<[f32]>)>,
    /// The phrase sounding and how far it has played.
    speaking: Option<(Arc<[f32]>, usize)>,
    /// Samples left of the sounding phrase's fade-out, once it is cut.
    speech_fading: Option<usize>,
    /// The first sample after the last phrase scheduled.
    speech_free_at: u64,
    /// The cues' gain now (1, or going to [`SPEECH_DUCK`] while a phrase sounds).
    duck: f32,
    /// The phrase's gain now (1, or going to [`SPEECH_DUCK`] while a tone that is never
    /// ducked sounds over it: the tone comes first, and nothing clips).
    voice_duck: f32,
    stats: SpeechStats,
}

/// What became of the phrases a [`CueMixer`] was given, for measuring a session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpeechStats {
    /// Phrases cut short by a "Go".
    pub cut_by_go: usize,
    /// Phrases cut short by an urgent one.
    pub interrupted: usize,
    /// Phrases dropped before they started (out of date).
    pub dropped: usize,
}

#[derive(Debug)]
struct Sounding {
    samples: Arc<[f32]>,
    layer: Layer,
    played: usize,
    /// Samples left of the fade-out, once a newer cue has taken over.
    fading: Option<usize>,
}

impl CueMixer {
    pub fn new(sample_rate: u32) -> Self {
        Self {
            sample_rate,
            position: 0,
            pending: Default::default(),
            sounding: None,
            speech_pending: Default::default(),
            speaking: None,
            speech_fading: None,
            speech_free_at: 0,
            duck: 1.0,
            voice_duck: 1.0,
            stats: SpeechStats::default(),
        }
    }

    /// Speaks `samples` from sample `start`, or from when the phrase sounding ends (or
    /// in 10 ms, if both have passed: the time to duck the cues), and never over a
    /// phase-change tone due by then: after it, with [`TONE_TO_WORDS`] between. Returns
    /// the sample it will start at. A phrase still waiting that was asked for earlier is
    /// dropped: it is out of date (the person skipped on), and phrases never pile up
    /// behind one.
    pub fn schedule_speech(&mut self, start: u64, samples: Arc<[f32]>) -> u64 {
        let asked = start;
        let waiting = self.speech_pending.len();
        self.speech_pending
            .retain(|(_, earlier, _)| *earlier >= asked);
        self.stats.dropped += waiting - self.speech_pending.len();
        let sounding_until = match (&self.speaking, self.speech_fading) {
            (Some(_), Some(left)) => self.position + left as u64,
            (Some((s, played)), None) => self.position + (s.len() - played) as u64,
            (None, _) => 0,
        };
        self.speech_free_at = self
            .speech_pending
            .iter()
            .map(|(at, _, s)| at + s.len() as u64)
            .fold(sounding_until, u64::max);
        // Never sooner than the cues can be ducked.
        let duck_len = (SPEECH_DUCK_SECS * self.sample_rate as f32) as u64;
        let start = start.max(self.position + duck_len).max(self.speech_free_at);
        let start = self.after_tones(start);
        self.speech_free_at = start + samples.len() as u64;
        self.speech_pending.push_back((start, asked, samples));
        start
    }

    /// Speaks `samples` at once: the phrase sounding fades out (10 ms), those waiting
    /// are dropped. For "Paused", which must not wait behind a phrase. Returns the
    /// sample it will start at.
    pub fn interrupt_speech(&mut self, samples: Arc<[f32]>) -> u64 {
        let fade = ((SPEECH_DUCK_SECS * self.sample_rate as f32) as usize).max(1);
        self.stats.dropped += self.speech_pending.len();
        self.speech_pending.clear();
        if self.speaking.is_some() && self.speech_fading.is_none() {
            self.speech_fading = Some(fade);
            self.stats.interrupted += 1;
        }
        let start = self.position + fade as u64;
        self.speech_free_at = start + samples.len() as u64;
        self.speech_pending.push_back((start, start, samples));
        start
    }

    /// The first sample from `start` on that no phase-change tone sounds at: a tone
    /// sounding or due by `start` is let finish, then [`TONE_TO_WORDS`] of quiet.
    fn after_tones(&self, start: u64) -> u64 {
        let gap = (TONE_TO_WORDS.as_secs_f64() * f64::from(self.sample_rate)) as u64;
        let sounding = self.sounding.as_ref().and_then(|cue| {
            (cue.layer != Layer::Under && cue.played < cue.samples.len() && cue.fading.is_none())
                .then(|| self.position + (cue.samples.len() - cue.played) as u64)
        });
        let due = self
            .pending
            .iter()
            .filter(|(at, _, layer)| *at <= start && *layer != Layer::Under)
            .map(|(at, samples, _)| at + samples.len() as u64);
        match sounding.into_iter().chain(due).max() {
            Some(end) if end + gap > start => end + gap,
            _ => start,
        }
    }

    /// What became of the phrases so far.
    pub fn speech_stats(&self) -> SpeechStats {
        self.stats
    }

    /// Whether a phrase is sounding or still to come.
    pub fn speaking(&self) -> bool {
        self.speaking.is_some() || !self.speech_pending.is_empty()
    }

    /// The next sample [`fill`](Self::fill) writes.
    pub fn position(&self) -> u64 {
        self.position
    }

    pub fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    /// Plays `samples` from sample `start` (from now, if `start` has passed), ducked
    /// under speech. Returns the sample it will start at.
    pub fn schedule(&mut self, start: u64, samples: Arc<[f32]>) -> u64 {
        self.schedule_cue(start, samples, Layer::Under)
    }

    /// Plays a cue's `samples` from sample `start` (from now, if `start` has passed),
    /// meeting speech as its `layer` says. Returns the sample it will start at.
    pub fn schedule_cue(&mut self, start: u64, samples: Arc<[f32]>, layer: Layer) -> u64 {
        let start = start.max(self.position);
        let at = self.pending.partition_point(|(s, _, _)| *s <= start);
        self.pending.insert(at, (start, samples, layer));
        start
    }

    /// Writes the next `out.len()` samples.
    pub fn fill(&mut self, out: &mut [f32]) {
        let fade_len = ((DUCK_SECS * self.sample_rate as f32) as usize).max(1);
        let duck_len = ((SPEECH_DUCK_SECS * self.sample_rate as f32) as u64).max(1);
        let duck_step = 1.0 / duck_len as f32;
        for sample in out.iter_mut() {
            // A "Go" about to start cuts the phrase sounding, so Go is never inside it.
            let soon = self.position + duck_len;
            if self.speaking.is_some()
                && self.speech_fading.is_none()
                && self
                    .pending
                    .iter()
                    .take_while(|(start, _, _)| *start <= soon)
                    .any(|(_, _, layer)| *layer == Layer::Cut)
            {
                self.speech_fading = Some(duck_len as usize);
                self.stats.cut_by_go += 1;
            }
            if self.speaking.is_none()
                && self
                    .speech_pending
                    .front()
                    .is_some_and(|(start, _, _)| *start <= self.position)
            {
                self.speaking = self.speech_pending.pop_front().map(|(_, _, s)| (s, 0));
                self.speech_fading = None;
            }
            let voice = match &mut self.speaking {
                Some((samples, played)) => {
                    let mut value = samples.get(*played).copied().unwrap_or(0.0);
                    *played += 1;
                    if let Some(left) = &mut self.speech_fading {
                        value *= *left as f32 / duck_len as f32;
                        *left = left.saturating_sub(1);
                        if *left == 0 {
                            *played = samples.len();
                        }
                    }
                    if *played >= samples.len() {
                        self.speaking = None;
                        self.speech_fading = None;
                    }
                    value
                }
                None => 0.0,
            };
            // The cues go down just before a phrase starts, so a cue starting with it
            // is already ducked.
            let target = if self.speaking.is_some()
                || voice != 0.0
                || self
                    .speech_pending
                    .front()
                    .is_some_and(|(start, _, _)| *start <= soon)
            {
                SPEECH_DUCK
            } else {
                1.0
            };
            self.duck = if self.duck < target {
                (self.duck + duck_step).min(target)
            } else {
                (self.duck - duck_step).max(target)
            };
            // The newest cue due now wins.
            let mut due = None;
            while self
                .pending
                .front()
                .is_some_and(|(start, _, _)| *start <= self.position)
            {
                due = self
                    .pending
                    .pop_front()
                    .map(|(_, samples, layer)| (samples, layer));
            }
            if let Some((samples, layer)) = due {
                match &mut self.sounding {
                    Some(older) if older.played < older.samples.len() => {
                        // Fade the older one out; the newer one starts when it is gone.
                        let left = *older.fading.get_or_insert(fade_len);
                        self.schedule_cue(self.position + left as u64, samples, layer);
                    }
                    _ => {
                        self.sounding = Some(Sounding {
                            samples,
                            layer,
                            played: 0,
                            fading: None,
                        });
                    }
                }
            }
            let tone_over = self
                .sounding
                .as_ref()
                .is_some_and(|cue| cue.layer != Layer::Under && cue.played < cue.samples.len())
                || self
                    .pending
                    .iter()
                    .take_while(|(start, _, _)| *start <= soon)
                    .any(|(_, _, layer)| *layer != Layer::Under);
            let voice_target = if tone_over { SPEECH_DUCK } else { 1.0 };
            self.voice_duck = if self.voice_duck < voice_target {
                (self.voice_duck + duck_step).min(voice_target)
            } else {
                (self.voice_duck - duck_step).max(voice_target)
            };
            let duck = self.duck;
            *sample = match &mut self.sounding {
                Some(cue) if cue.played < cue.samples.len() => {
                    let mut value = cue.samples[cue.played];
                    cue.played += 1;
                    if let Some(left) = &mut cue.fading {
                        value *= *left as f32 / fade_len as f32;
                        *left = left.saturating_sub(1);
                        if *left == 0 {
                            cue.played = cue.samples.len();
                        }
                    }
                    if cue.layer == Layer::Under {
                        value * duck
                    } else {
                        value
                    }
                }
                _ => 0.0,
            } + voice * self.voice_duck;
            self.position += 1;
        }
    }
}

/// Renders a whole session's cues into one track: `cues` are (time from the start of
/// the track, cue). Renders in blocks through `sink`, so a whole session needs little
/// memory; plays through the same [`CueMixer`] as the live output.
pub fn render_track(
    cues: &[(Duration, Cue)],
    sample_rate: u32,
    total: Duration,
    mut sink: impl FnMut(&[f32]),
) {
    const BLOCK: usize = 8192;
    let mut rendered: HashMap<Cue, Arc<[f32]>> = HashMap::new();
    let start_of = |at: Duration| (at.as_secs_f64() * f64::from(sample_rate)).round() as u64;
    let total_samples = start_of(total);
    let mut sorted: Vec<(u64, Cue)> = cues.iter().map(|&(at, cue)| (start_of(at), cue)).collect();
    sorted.sort_by_key(|(start, _)| *start);
    let mut mixer = CueMixer::new(sample_rate);
    for (start, cue) in sorted {
        let samples = rendered
            .entry(cue)
            .or_insert_with(|| render(cue, sample_rate).into());
        mixer.schedule_cue(start, Arc::clone(samples), layer(cue));
    }
    let mut block = vec![0.0f32; BLOCK];
    while mixer.position() < total_samples {
        let n = (total_samples - mixer.position()).min(BLOCK as u64) as usize;
        mixer.fill(&mut block[..n]);
        sink(&block[..n]);
    }
}
