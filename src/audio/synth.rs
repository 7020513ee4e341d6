//! Steady's sound design: every cue synthesized from short tones, in one place.
//!
//! Each [`Cue`] is a few notes or glides with a soft attack and release (no clicks),
//! a touch of second harmonic for warmth, and a peak well below full scale so two
//! overlapping cues never clip. Cues meant to be told apart without looking differ in
//! pitch or in pitch direction: tempo *up* rises, *hold* is flat and low, *down* falls;
//! *go* is bright and high; rests are soft and falling. This module is pure: it makes
//! sample buffers and knows nothing of audio devices, so tests and `steady cues --wav`
//! can render exactly what the app plays.

use std::time::Duration;

use crate::session::Cue;

/// Sample rate of every rendered cue.
pub const SAMPLE_RATE: u32 = 48_000;
/// Loudest sample of any single cue (full scale is 1.0).
pub const CUE_PEAK: f32 = 0.45;
/// Fade-in at the start of every note.
const ATTACK_SECS: f32 = 0.010;
/// Fade-out at the end of every note.
const RELEASE_SECS: f32 = 0.030;
/// Share of the second harmonic in every note.
const SECOND_HARMONIC: f32 = 0.2;

// Pitches (Hz), named as notes.
const C5: f32 = 523.25;
const E5: f32 = 659.25;
const F5: f32 = 698.46;
const G5: f32 = 783.99;
const A4: f32 = 440.0;
const B4: f32 = 493.88;
const C4: f32 = 261.63;
const E4: f32 = 329.63;
const FS5: f32 = 739.99;
const A5: f32 = 880.0;
const C6: f32 = 1046.5;
const BEAT_HZ: f32 = 1500.0;

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
    match cue {
        Cue::CountdownTick => vec![note(A5, 0.08)],
        Cue::Go => vec![note(G5, 0.11), note(C6, 0.20)],
        Cue::TempoUp => vec![glide(E4, B4, 0.30)],
        Cue::TempoHold => vec![soft(C4, 0.25)],
        Cue::TempoDown => vec![glide(B4, E4, 0.30)],
        Cue::Beat => vec![Part::Tick {
            hz: BEAT_HZ,
            secs: 0.045,
            level: 0.8,
        }],
        Cue::Halfway => vec![
            note(FS5, 0.07),
            Part::Silence { secs: 0.06 },
            note(FS5, 0.07),
        ],
        Cue::RestStart => vec![soft(E5, 0.20), soft(B4, 0.30)],
        Cue::RestEndingSoon => vec![soft(A4, 0.10), Part::Silence { secs: 0.08 }, soft(A4, 0.10)],
        Cue::SwitchSide => vec![note(C5, 0.10), note(F5, 0.10), note(C5, 0.10)],
        Cue::ExerciseDone => vec![note(C5, 0.13), note(E5, 0.13), note(G5, 0.13)],
        Cue::SessionDone => vec![
            note(C5, 0.15),
            note(E5, 0.15),
            note(G5, 0.15),
            note(C6, 0.45),
        ],
    }
}

/// Renders one cue as mono samples at `sample_rate`.
pub fn render(cue: Cue, sample_rate: u32) -> Vec<f32> {
    let rate = sample_rate as f32;
    let mut out = Vec::new();
    for part in design(cue) {
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
                    let hz = from_hz + (to_hz - from_hz) * t;
                    phase += std::f32::consts::TAU * hz / rate;
                    let wave = (phase.sin() + SECOND_HARMONIC * (2.0 * phase).sin())
                        / (1.0 + SECOND_HARMONIC);
                    let envelope = raised_cosine(i, attack) * raised_cosine(n - 1 - i, release);
                    out.push(wave * envelope * level * CUE_PEAK);
                }
            }
            Part::Tick { hz, secs, level } => {
                let n = (secs * rate).round() as usize;
                let attack = (0.004 * rate) as usize;
                let release = (0.005 * rate) as usize;
                for i in 0..n {
                    let time = i as f32 / rate;
                    let wave = (std::f32::consts::TAU * hz * time).sin();
                    let decay = (-time / (secs / 4.0)).exp();
                    let envelope = raised_cosine(i, attack) * raised_cosine(n - 1 - i, release);
                    out.push(wave * decay * envelope * level * CUE_PEAK);
                }
            }
            Part::Silence { secs } => {
                out.extend(std::iter::repeat_n(0.0, (secs * rate).round() as usize));
            }
        }
    }
    out
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

/// Mixes cues into one track: `cues` are (time from the start of the track, cue).
/// Renders in blocks through `sink`, so a whole session needs little memory.
pub fn render_track(
    cues: &[(Duration, Cue)],
    sample_rate: u32,
    total: Duration,
    mut sink: impl FnMut(&[f32]),
) {
    const BLOCK: usize = 8192;
    let mut rendered: std::collections::HashMap<Cue, Vec<f32>> = Default::default();
    let start_of = |at: Duration| (at.as_secs_f64() * f64::from(sample_rate)).round() as usize;
    let total_samples = start_of(total);
    let mut sorted: Vec<(usize, Cue)> = cues.iter().map(|&(at, cue)| (start_of(at), cue)).collect();
    sorted.sort_by_key(|(start, _)| *start);
    // Cues that may still sound in the current block: (start, cue).
    let mut active: Vec<(usize, Cue)> = Vec::new();
    let mut next = 0;
    let mut block = vec![0.0f32; BLOCK];
    let mut pos = 0;
    while pos < total_samples {
        let end = (pos + BLOCK).min(total_samples);
        let block = &mut block[..end - pos];
        block.fill(0.0);
        while next < sorted.len() && sorted[next].0 < end {
            active.push(sorted[next]);
            next += 1;
        }
        active.retain(|&(start, cue)| {
            let samples = rendered
                .entry(cue)
                .or_insert_with(|| render(cue, sample_rate));
            let cue_end = start + samples.len();
            if cue_end <= pos {
                return false;
            }
            for i in start.max(pos)..cue_end.min(end) {
                block[i - pos] += samples[i - start];
            }
            cue_end > end
        });
        sink(block);
        pos = end;
    }
}
