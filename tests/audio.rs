//! Cue sounds rendered in-process (no sound card needed): length, level, no clicks,
//! cues that can be told apart; a session's cue track on time; and the sound thread's
//! "no device" path, through the same code the app uses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use steady::audio::output::{
    Audio, Device, Fault, OnFault, Opener, Timeline, TimelineDevice, Urgency,
};
use steady::clock::{Clock as _, FakeClock};
use steady::state::SoundStatus;

type LostHook = Arc<Mutex<Option<OnFault>>>;
use steady::audio::synth::{self, CUE_PEAK, SAMPLE_RATE, cue_duration, render, render_track};
use steady::routine::bundled::load_bundled;
use steady::session::{Cue, PlanOptions, cues_to_play, simulate};

/// Power spectrum of `samples` (zero-padded to a power of two): (bin width in Hz,
/// |X(k)|² for k up to the Nyquist frequency). A plain radix-2 FFT.
fn power_spectrum(samples: &[f32], rate: u32) -> (f32, Vec<f32>) {
    let n = samples.len().next_power_of_two();
    let mut re: Vec<f64> = samples.iter().map(|&s| f64::from(s)).collect();
    re.resize(n, 0.0);
    let mut im = vec![0.0f64; n];
    // Bit-reversal permutation.
    let bits = n.trailing_zeros();
    for i in 0..n {
        let j = i.reverse_bits() >> (usize::BITS - bits);
        if j > i {
            re.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let angle = -std::f64::consts::TAU / len as f64;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (w_re, w_im) = ((angle * k as f64).cos(), (angle * k as f64).sin());
                let (a, b) = (start + k, start + k + len / 2);
                let t_re = re[b] * w_re - im[b] * w_im;
                let t_im = re[b] * w_im + im[b] * w_re;
                re[b] = re[a] - t_re;
                im[b] = im[a] - t_im;
                re[a] += t_re;
                im[a] += t_im;
            }
        }
        len *= 2;
    }
    let power = (0..=n / 2)
        .map(|k| (re[k] * re[k] + im[k] * im[k]) as f32)
        .collect();
    (rate as f32 / n as f32, power)
}

/// A-weighting (IEC 61672) as a power factor, 1.0 at 1 kHz.
fn a_weight_power(hz: f32) -> f32 {
    let f2 = f64::from(hz).powi(2);
    let ra = 12194f64.powi(2) * f2 * f2
        / ((f2 + 20.6f64.powi(2))
            * ((f2 + 107.7f64.powi(2)) * (f2 + 737.9f64.powi(2))).sqrt()
            * (f2 + 12194f64.powi(2)));
    let db = 20.0 * ra.log10() + 2.0;
    10f64.powf(db / 10.0) as f32
}

/// A-weighted RMS level of a sound over its whole length, in dB (full scale = 0 dB),
/// heard through an ear that passes `hearing(hz)` of the power (1: normal hearing).
fn loudness_db_heard(samples: &[f32], rate: u32, hearing: impl Fn(f32) -> f32) -> f32 {
    let (bin, power) = power_spectrum(samples, rate);
    // Parseval: the sum over both halves of the spectrum / n equals the energy.
    let n = (power.len() - 1) * 2;
    let weighted: f32 = power
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let both_sides = if k == 0 || k == power.len() - 1 {
                1.0
            } else {
                2.0
            };
            both_sides * p * a_weight_power(k as f32 * bin) * hearing(k as f32 * bin)
        })
        .sum::<f32>()
        / n as f32;
    10.0 * (weighted / samples.len() as f32).log10()
}

/// Share of a cue's energy between `low` and `high` Hz.
fn share_between(samples: &[f32], rate: u32, low: f32, high: f32) -> f32 {
    let (bin, power) = power_spectrum(samples, rate);
    let total: f32 = power.iter().sum();
    let inside: f32 = power
        .iter()
        .enumerate()
        .filter(|(k, _)| (low..=high).contains(&(*k as f32 * bin)))
        .map(|(_, p)| p)
        .sum();
    inside / total
}

/// Estimated pitch of the sounding samples: zero crossings over sounding time.
fn pitch_hz(samples: &[f32], rate: u32) -> f32 {
    let sounding = samples.iter().filter(|s| s.abs() > 1e-4).count();
    let crossings = samples
        .windows(2)
        .filter(|w| (w[0] < 0.0) != (w[1] < 0.0) && (w[0].abs() > 1e-4 || w[1].abs() > 1e-4))
        .count();
    crossings as f32 / 2.0 / (sounding.max(1) as f32 / rate as f32)
}

/// Pitch of each quarter of a cue: its melodic contour (rising, flat, falling,
/// swinging).
fn signature(cue: Cue) -> [f32; 4] {
    let samples = render(cue, SAMPLE_RATE);
    let q = samples.len() / 4;
    std::array::from_fn(|i| pitch_hz(&samples[i * q..(i + 1) * q], SAMPLE_RATE))
}

fn rms(samples: &[f32]) -> f32 {
    (samples.iter().map(|s| s * s).sum::<f32>() / samples.len().max(1) as f32).sqrt()
}

#[test]
fn every_cue_is_short_clean_and_unclipped() {
    for cue in Cue::ALL {
        let samples = render(cue, SAMPLE_RATE);
        let secs = samples.len() as f32 / SAMPLE_RATE as f32;
        let expected = cue_duration(cue).as_secs_f32();
        assert!((secs - expected).abs() < 0.001, "{cue:?}: {secs} s");
        // Long enough to be heard and told apart; the beat may be shorter.
        let shortest = if cue == Cue::Beat { 0.095 } else { 0.15 };
        assert!(
            (shortest - 1e-3..=1.2).contains(&secs),
            "{cue:?} lasts {secs} s"
        );
        let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!(peak <= CUE_PEAK + 1e-6, "{cue:?} peaks at {peak}");
        assert!(peak >= CUE_PEAK * 0.3, "{cue:?} is too quiet: {peak}");
        // No click: the first and last millisecond start and end near silence.
        let ms = (SAMPLE_RATE / 1000) as usize;
        assert!(samples[0].abs() < 1e-3, "{cue:?} starts at {}", samples[0]);
        assert!(
            samples[samples.len() - 1].abs() < 1e-3,
            "{cue:?} ends abruptly"
        );
        assert!(rms(&samples[..ms]) < 0.02, "{cue:?} attack");
        assert!(
            rms(&samples[samples.len() - ms..]) < 0.02,
            "{cue:?} release"
        );
        // No sudden jumps anywhere (a jump is a click).
        let max_step = samples
            .windows(2)
            .fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
        assert!(max_step < 0.2, "{cue:?} jumps by {max_step}");
    }
}

#[test]
fn cues_can_be_told_apart_by_pitch_or_pitch_direction() {
    let signatures: Vec<(Cue, [f32; 4])> = Cue::ALL.iter().map(|&c| (c, signature(c))).collect();
    for (cue, quarters) in &signatures {
        println!("{cue:?}: {quarters:.0?} Hz");
    }
    // Two cues differ when some quarter of one is at least two semitones from the other.
    let differ = |x: &[f32; 4], y: &[f32; 4]| {
        x.iter()
            .zip(y)
            .any(|(a, b)| (a - b).abs() / a.max(*b) >= 0.11)
    };
    for (i, (c1, s1)) in signatures.iter().enumerate() {
        for (c2, s2) in &signatures[i + 1..] {
            assert!(
                differ(s1, s2),
                "{c1:?} ({s1:.0?} Hz) and {c2:?} ({s2:.0?} Hz) sound alike"
            );
        }
    }
    // Tempo: up rises, down falls, hold is flat and lower than both.
    let up = signature(Cue::TempoUp);
    let down = signature(Cue::TempoDown);
    let hold = signature(Cue::TempoHold);
    assert!(up.windows(2).all(|w| w[1] > w[0]), "up rises: {up:?}");
    assert!(down.windows(2).all(|w| w[1] < w[0]), "down falls: {down:?}");
    assert!(up[3] > up[0] * 1.2 && down[3] < down[0] / 1.2);
    assert!(
        hold.iter().all(|h| (h - hold[0]).abs() / hold[0] < 0.03),
        "hold is flat: {hold:?}"
    );
    assert!(hold[0] < up[0].min(down[3]));
}

/// A-weighted level of a cue's loudest 200 ms (windows every 10 ms; a cue shorter than
/// 200 ms counts silence for the rest), in dB (full scale = 0 dB): the ear sums
/// loudness over about 200 ms, so a short blip is measured as softer, as it sounds.
fn window_loudness_db(samples: &[f32], rate: u32) -> f32 {
    window_loudness_db_heard(samples, rate, |_| 1.0)
}

/// As [`window_loudness_db`], heard through an ear that passes `hearing(hz)`.
fn window_loudness_db_heard(samples: &[f32], rate: u32, hearing: impl Fn(f32) -> f32) -> f32 {
    let window = (rate / 5) as usize;
    let hop = (rate / 100) as usize;
    let mut loudest = f32::MIN;
    let mut start = 0;
    loop {
        let mut chunk: Vec<f32> = samples.iter().skip(start).take(window).copied().collect();
        chunk.resize(window, 0.0);
        loudest = loudest.max(loudness_db_heard(&chunk, rate, &hearing));
        if start + window >= samples.len() {
            return loudest;
        }
        start += hop;
    }
}

#[test]
fn every_cue_is_as_loud_as_the_others_and_sounds_where_laptop_speakers_play() {
    let levels: Vec<(Cue, f32)> = Cue::ALL
        .iter()
        .map(|&cue| {
            (
                cue,
                window_loudness_db(&render(cue, SAMPLE_RATE), SAMPLE_RATE),
            )
        })
        .collect();
    for (cue, db) in &levels {
        let samples = render(*cue, SAMPLE_RATE);
        println!(
            "{cue:?}: {db:.1} dB(A) over its loudest 200 ms, {:.0} % in 500–2000 Hz, {:.1} % above 2.1 kHz, {} ms",
            100.0 * share_between(&samples, SAMPLE_RATE, 500.0, 2000.0),
            100.0 * share_between(&samples, SAMPLE_RATE, 2100.0, 24_000.0),
            samples.len() * 1000 / SAMPLE_RATE as usize
        );
    }
    let loudest = levels.iter().map(|l| l.1).fold(f32::MIN, f32::max);
    let softest = levels.iter().map(|l| l.1).fold(f32::MAX, f32::min);
    println!("loudness spread: {:.2} dB", loudest - softest);
    assert!(
        loudest - softest <= 1.5,
        "cue loudness spans {:.1} dB: {levels:?}",
        loudest - softest
    );
    // The beat, heard most often, is not the one that fades first: at least as loud as
    // the others (within the measure's 0.5 dB), longer and lower than it was (80 ms at
    // 1500 Hz).
    let beat = levels.iter().find(|l| l.0 == Cue::Beat).unwrap().1;
    for (cue, db) in &levels {
        assert!(
            beat >= db - 0.5,
            "the beat ({beat:.1} dB) is softer than {cue:?} ({db:.1} dB)"
        );
    }
    let beat_samples = render(Cue::Beat, SAMPLE_RATE);
    assert!(beat_samples.len() > SAMPLE_RATE as usize * 8 / 100);
    assert!(pitch_hz(&beat_samples, SAMPLE_RATE) < 1200.0);
    // The headroom is used: the cues are loud, not held back.
    assert!(softest > -16.0, "the softest cue is {softest:.1} dB(A)");
    for cue in Cue::ALL {
        let samples = render(cue, SAMPLE_RATE);
        let speech_band = share_between(&samples, SAMPLE_RATE, 500.0, 2000.0);
        assert!(
            speech_band >= 0.8,
            "{cue:?}: only {:.0} % of its energy in 500–2000 Hz",
            speech_band * 100.0
        );
        let harsh = share_between(&samples, SAMPLE_RATE, 2100.0, 24_000.0);
        assert!(
            harsh <= 0.05,
            "{cue:?}: {:.1} % above 2.1 kHz",
            harsh * 100.0
        );
    }
}

/// A cue as a listener's pitch–time picture: the magnitude in twelve sixth-octave
/// bands from 500 to 2000 Hz of 40 ms Hann-windowed frames every 10 ms.
fn band_frames(cue: Cue) -> Vec<[f32; 12]> {
    let samples = render(cue, SAMPLE_RATE);
    let (frame, hop) = (1920usize, 480usize);
    let mut frames = Vec::new();
    let mut start = 0;
    while start < samples.len() {
        let chunk: Vec<f32> = (0..frame)
            .map(|i| {
                let hann = 0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / frame as f32).cos();
                samples.get(start + i).copied().unwrap_or(0.0) * hann
            })
            .collect();
        let (bin, power) = power_spectrum(&chunk, SAMPLE_RATE);
        let mut bands = [0f32; 12];
        for (k, p) in power.iter().enumerate() {
            let hz = k as f32 * bin;
            if (500.0..2000.0).contains(&hz) {
                bands[(((hz / 500.0).log2() * 6.0) as usize).min(11)] += p;
            }
        }
        frames.push(bands.map(f32::sqrt));
        start += hop;
    }
    frames
}

/// How alike two cues sound, 0 to 1: the cosine similarity of their pitch–time
/// pictures ([`band_frames`]), at the best of any shift of up to 150 ms between them
/// (so a figure one of them ends on and the other starts with counts as alike).
/// 1 is the same sound; different pitches at every moment give about 0.
fn similarity(a: Cue, b: Cue) -> f32 {
    let (fa, fb) = (band_frames(a), band_frames(b));
    let norm = |f: &[[f32; 12]]| f.iter().flatten().map(|x| x * x).sum::<f32>().sqrt();
    let (na, nb) = (norm(&fa), norm(&fb));
    (-15i32..=15)
        .map(|shift| {
            let dot: f32 = fa
                .iter()
                .enumerate()
                .filter_map(|(i, x)| {
                    let j = usize::try_from(i as i32 + shift).ok()?;
                    fb.get(j)
                        .map(|y| x.iter().zip(y).map(|(p, q)| p * q).sum::<f32>())
                })
                .sum();
            dot / (na * nb)
        })
        .fold(0.0, f32::max)
}

#[test]
fn go_exercise_done_halfway_and_rest_ending_soon_are_distinct() {
    // The measure itself, on cases worked out by hand: a cue is itself (1); two steady
    // notes two octaves apart share nothing (countdown E6, tempo hold C5: 0); tempo
    // hold (C5, 0.25 s) against rest start (G5 0.2 s, then C5 0.3 s) shares its whole
    // note with half of the other's frames: 25 / √(25 × 50) = 0.71, a little less for
    // the notes' soft edges.
    assert!((similarity(Cue::Go, Cue::Go) - 1.0).abs() < 1e-4);
    assert!(similarity(Cue::CountdownTick, Cue::TempoHold) < 0.05);
    let shared = similarity(Cue::TempoHold, Cue::RestStart);
    assert!((0.45..=0.71).contains(&shared), "{shared}");
    let four = [
        Cue::Go,
        Cue::ExerciseDone,
        Cue::Halfway,
        Cue::RestEndingSoon,
    ];
    let mut most = 0f32;
    for (i, &a) in four.iter().enumerate() {
        for &b in &four[i + 1..] {
            let alike = similarity(a, b);
            println!("{a:?} ~ {b:?}: {alike:.2}");
            most = most.max(alike);
            assert!(alike <= 0.6, "{a:?} and {b:?} sound alike: {alike:.2}");
        }
    }
    println!("most alike of the four: {most:.2}");
    // Every other pair, for the record.
    for (i, &a) in Cue::ALL.iter().enumerate() {
        for &b in &Cue::ALL[i + 1..] {
            println!("all: {a:?} ~ {b:?}: {:.2}", similarity(a, b));
        }
    }
}

#[test]
fn switch_side_and_exercise_done_start_apart_and_move_differently() {
    let quarter = |cue: Cue| {
        let samples = render(cue, SAMPLE_RATE);
        let q = samples.len() / 4;
        (0..4)
            .map(|i| pitch_hz(&samples[i * q..(i + 1) * q], SAMPLE_RATE))
            .collect::<Vec<f32>>()
    };
    let switch = quarter(Cue::SwitchSide);
    let done = quarter(Cue::ExerciseDone);
    println!("switch side {switch:?}, exercise done {done:?}");
    // They start a minor third apart (three semitones, measured within 0.1).
    assert!((switch[0] / done[0]).log2().abs() * 12.0 >= 2.9);
    // Exercise done only falls (it settles); switch side goes down and up again.
    assert!(done.windows(2).all(|w| w[1] <= w[0]));
    assert!(switch.windows(2).any(|w| w[1] < w[0] * 0.9));
    assert!(switch.windows(2).any(|w| w[1] > w[0] * 1.1));
}

#[test]
fn cues_never_overlap_in_any_bundled_routine() {
    for language in ["en-US", "de-DE"] {
        for loaded in &steady::routine::bundled::load_bundled_in(language).routines {
            for level in steady::routine::Level::ALL {
                let options = PlanOptions {
                    level,
                    ..PlanOptions::default()
                };
                let cues = cues_to_play(&simulate(&loaded.routine, options));
                for pair in cues.windows(2) {
                    let ((at, cue), (next_at, next)) = (pair[0], pair[1]);
                    assert!(
                        at + cue_duration(cue) <= next_at,
                        "{language} {}: {cue:?} at {at:?} still sounds when {next:?} starts at {next_at:?}",
                        loaded.routine.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_newer_cue_fades_the_older_one_out_so_nothing_piles_up() {
    let mut mixer = synth::CueMixer::new(SAMPLE_RATE);
    let go: Arc<[f32]> = render(Cue::Go, SAMPLE_RATE).into();
    let beat: Arc<[f32]> = render(Cue::Beat, SAMPLE_RATE).into();
    mixer.schedule(0, Arc::clone(&go));
    // The beat comes 50 ms into "go".
    let beat_at = mixer.schedule(2400, Arc::clone(&beat));
    assert_eq!(beat_at, 2400);
    let mut out = vec![0.0f32; go.len() + beat.len()];
    mixer.fill(&mut out);
    let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    assert!(peak <= CUE_PEAK + 1e-6, "peak {peak}");
    // "Go" is gone within 5 ms, then the beat plays whole.
    let fade = (SAMPLE_RATE / 200) as usize;
    assert!(
        out[2400 + fade..2400 + fade + beat.len()]
            .iter()
            .zip(beat.iter())
            .all(|(a, b)| (a - b).abs() < 1e-6)
    );
    let max_step = out
        .windows(2)
        .fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
    assert!(max_step < 0.2, "a click: {max_step}");
    // A cue scheduled in the past starts now.
    assert_eq!(mixer.schedule(10, go), mixer.position());
}

#[test]
fn volume_follows_a_squared_curve() {
    assert_eq!(synth::gain(0), 0.0);
    assert_eq!(synth::gain(100), 1.0);
    assert!((synth::gain(50) - 0.25).abs() < 1e-6);
    assert_eq!(synth::gain(200), 1.0);
}

#[test]
fn a_session_cue_track_has_every_cue_on_time() {
    let rate = 16_000;
    for id in ["sit-to-stand-practice", "paced-stepping"] {
        let routine = load_bundled().get(id).unwrap().routine.clone();
        let events = simulate(&routine, PlanOptions::default());
        let cues = cues_to_play(&events);
        let total = events.last().unwrap().at + Duration::from_secs(1);
        let mut track = Vec::new();
        render_track(&cues, rate, total, |block| track.extend_from_slice(block));
        assert_eq!(
            track.len(),
            (total.as_secs_f64() * f64::from(rate)).round() as usize
        );
        let peak = track.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!(peak < 1.0, "{id}: the track clips ({peak})");

        let sample = |d: Duration| (d.as_secs_f64() * f64::from(rate)).round() as usize;
        let five_ms = sample(Duration::from_millis(5));
        let mut checked = 0;
        for &(at, cue) in &cues {
            let start = sample(at);
            // Only cues that start after a moment of silence can be seen starting.
            let quiet_from = start.saturating_sub(sample(Duration::from_millis(20)));
            if start == 0 || track[quiet_from..start].iter().any(|s| s.abs() > 1e-4) {
                continue;
            }
            let onset = track[start..]
                .iter()
                .position(|s| s.abs() > 1e-4)
                .unwrap_or(usize::MAX);
            assert!(
                onset <= five_ms,
                "{id}: {cue:?} at {at:?} starts {onset} samples late"
            );
            checked += 1;
        }
        assert!(
            checked * 10 >= cues.len() * 9,
            "{id}: only {checked} of {} cues checked",
            cues.len()
        );
    }
}

#[test]
fn simultaneous_cues_play_only_the_most_important() {
    let routine = load_bundled()
        .get("sit-to-stand-practice")
        .unwrap()
        .routine
        .clone();
    let events = simulate(&routine, PlanOptions::default());
    let cues = cues_to_play(&events);
    // One cue per instant.
    let mut times: Vec<Duration> = cues.iter().map(|(at, _)| *at).collect();
    times.dedup();
    assert_eq!(times.len(), cues.len());
    // Work starts with "go", not with the first rep's "up".
    let first_work = events
        .iter()
        .find(|e| e.kind == steady::session::EventKind::Go)
        .unwrap()
        .at;
    assert_eq!(
        cues.iter().find(|(at, _)| *at == first_work).unwrap().1,
        Cue::Go
    );
    assert_eq!(cues.last().unwrap().1, Cue::SessionDone);
}

/// A device that records what it was asked to play.
#[derive(Clone, Default)]
struct Recorder {
    played: Arc<Mutex<Vec<Vec<f32>>>>,
}

impl Device for Recorder {
    fn play(&mut self, samples: &[f32]) -> Result<(), String> {
        self.played.lock().unwrap().push(samples.to_vec());
        Ok(())
    }
}

/// Fails to open the first `failures` times, then opens a [`Recorder`].
struct FlakyOpener {
    failures: usize,
    opens: Arc<Mutex<usize>>,
    recorder: Recorder,
    lost: LostHook,
}

impl Opener for FlakyOpener {
    fn open(&mut self, on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        let mut opens = self.opens.lock().unwrap();
        *opens += 1;
        if *opens <= self.failures {
            return Err("DeviceNotAvailable".to_owned());
        }
        *self.lost.lock().unwrap() = Some(on_fault);
        Ok(Box::new(self.recorder.clone()))
    }
}

/// The sound status once `want` holds, or after a generous bound (about 30 s).
fn wait_for(audio: &Audio, want: impl Fn(&SoundStatus) -> bool) -> SoundStatus {
    for _ in 0..3000 {
        let status = audio.status();
        if want(&status) {
            return status;
        }
        std::thread::park_timeout(Duration::from_millis(10));
    }
    audio.status()
}

fn flaky(failures: usize) -> (FlakyOpener, Recorder, Arc<Mutex<usize>>, LostHook) {
    let recorder = Recorder::default();
    let opens = Arc::new(Mutex::new(0));
    let lost = Arc::new(Mutex::new(None));
    (
        FlakyOpener {
            failures,
            opens: Arc::clone(&opens),
            recorder: recorder.clone(),
            lost: Arc::clone(&lost),
        },
        recorder,
        opens,
        lost,
    )
}

#[test]
fn no_device_means_silence_a_clear_status_and_a_retry() {
    let (opener, recorder, opens, _) = flaky(1);
    let audio = Audio::start(opener, 100, false);
    let status = wait_for(&audio, |s| matches!(s, SoundStatus::Unavailable { .. }));
    assert_eq!(
        status,
        SoundStatus::Unavailable {
            reason: steady::state::SoundProblem::NoDevice
        }
    );
    assert_eq!(
        status.describe(),
        "No sound device found: cues are shown on screen only."
    );
    // Playing without a device is silently skipped, not a crash.
    audio.play(Cue::Go);
    // The person asks to try again; this time the device opens.
    audio.retry();
    assert_eq!(
        wait_for(&audio, |s| *s == SoundStatus::Playing),
        SoundStatus::Playing
    );
    assert_eq!(*opens.lock().unwrap(), 2);
    audio.play(Cue::Go);
    drop(audio); // Joins the thread, so everything sent was handled.
    assert_eq!(recorder.played.lock().unwrap().len(), 1);
}

#[test]
fn volume_and_mute_apply_to_the_next_cue() {
    let (opener, recorder, _, _) = flaky(0);
    let audio = Audio::start(opener, 100, false);
    wait_for(&audio, |s| *s == SoundStatus::Playing);
    audio.play(Cue::Go);
    audio.set_volume(50);
    audio.play(Cue::Go);
    audio.set_muted(true);
    audio.play(Cue::Go);
    assert_eq!(
        wait_for(&audio, |s| *s == SoundStatus::Muted),
        SoundStatus::Muted
    );
    audio.set_muted(false);
    audio.play(Cue::Go);
    drop(audio);
    let played = recorder.played.lock().unwrap();
    assert_eq!(played.len(), 3, "the muted cue was not played");
    let peak = |s: &Vec<f32>| s.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    assert!((peak(&played[1]) / peak(&played[0]) - 0.25).abs() < 1e-3);
    assert!((peak(&played[2]) - peak(&played[1])).abs() < 1e-6);
}

#[test]
fn the_real_default_device_never_panics() {
    // On a machine without a sound card this takes the "unavailable" path; with one,
    // it plays a short tick. Either way: no panic, and a status a person can read.
    let audio = Audio::start_default(Arc::new(steady::clock::SystemClock::new()), 30, false);
    let status = wait_for(&audio, |s| *s != SoundStatus::Starting);
    assert!(!status.describe().is_empty());
    audio.play(Cue::CountdownTick);
}

/// No device until `appeared` is set; then opens a [`Recorder`] and notes when (by the
/// fake clock).
struct LateDevice {
    clock: Arc<FakeClock>,
    appeared: Arc<Mutex<bool>>,
    opened_at: Arc<Mutex<Option<Duration>>>,
}

impl Opener for LateDevice {
    fn open(&mut self, _on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        if !*self.appeared.lock().unwrap() {
            return Err("DeviceNotAvailable".to_owned());
        }
        *self.opened_at.lock().unwrap() = Some(self.clock.now());
        Ok(Box::new(Recorder::default()))
    }
}

#[test]
fn a_device_appearing_mid_session_is_opened_within_35_s_while_cues_keep_coming() {
    let clock = Arc::new(FakeClock::new());
    let appeared = Arc::new(Mutex::new(false));
    let opened_at = Arc::new(Mutex::new(None));
    let opener = LateDevice {
        clock: Arc::clone(&clock),
        appeared: Arc::clone(&appeared),
        opened_at: Arc::clone(&opened_at),
    };
    let woken = Arc::new(Mutex::new(0usize));
    let audio = Audio::start_with_clock(opener, clock.clone(), 100, false);
    let counter = Arc::clone(&woken);
    audio.on_status_change(Arc::new(move || *counter.lock().unwrap() += 1));
    wait_for(&audio, |s| matches!(s, SoundStatus::Unavailable { .. }));
    let wakes_before = *woken.lock().unwrap();
    // A session plays a cue every half second (like stepping at 120 bpm: never a 30 s
    // gap); the device appears 7 s in.
    let appears = Duration::from_secs(7);
    for _ in 0..(60 * 2) {
        clock.advance(Duration::from_millis(500));
        if clock.now() >= appears {
            *appeared.lock().unwrap() = true;
        }
        audio.play(Cue::Beat);
        assert!(audio.flush(), "the sound thread answers");
    }
    let opened = opened_at.lock().unwrap().expect("the device was opened");
    assert!(
        opened - appears <= Duration::from_secs(35),
        "opened {:?} after it appeared",
        opened - appears
    );
    assert_eq!(audio.status(), SoundStatus::Playing);
    // The window was told, so "No sound device" goes away without a mouse move.
    assert!(*woken.lock().unwrap() > wakes_before);
}

/// Onsets (sample index) in `track`: the first sounding sample after 20 ms of quiet.
fn onsets(track: &[f32]) -> Vec<usize> {
    let quiet = (SAMPLE_RATE / 50) as usize;
    let mut found = Vec::new();
    let mut silent = quiet;
    for (i, s) in track.iter().enumerate() {
        if s.abs() > 1e-4 {
            if silent >= quiet {
                found.push(i);
            }
            silent = 0;
        } else {
            silent += 1;
        }
    }
    found
}

#[test]
fn live_cues_start_on_their_sample_whatever_the_buffer_and_the_ticks() {
    use steady::audio::output::{SCHEDULE_AHEAD, Timeline};
    // Paced stepping at 90 bpm: a beat every 666.67 ms, from the engine's times.
    let beat = Duration::from_secs(2) / 3;
    let times: Vec<Duration> = (1..60).map(|n| beat * n).collect();
    // The output takes 2048 samples (42.7 ms) per callback, on time; the window's
    // thread sees each cue 0–16 ms late (its frames), in a jittery pattern.
    let samples: Arc<[f32]> = render(Cue::Beat, SAMPLE_RATE).into();
    let mut timeline = Timeline::new();
    let period = 2048usize;
    let period_secs = Duration::from_secs_f64(period as f64 / f64::from(SAMPLE_RATE));
    let mut track = Vec::new();
    let mut block = vec![0.0f32; period];
    let mut next_cue = 0;
    let mut callback_at = Duration::ZERO;
    while next_cue < times.len() || track.len() < 45 * SAMPLE_RATE as usize {
        // Every cue the window ticked on before this callback was sent.
        while next_cue < times.len() {
            let late = Duration::from_micros((next_cue as u64 * 7919) % 16_000);
            if times[next_cue] + late > callback_at {
                break;
            }
            timeline.play_at(Arc::clone(&samples), times[next_cue]);
            next_cue += 1;
        }
        timeline.pull(callback_at, &mut block);
        track.extend_from_slice(&block);
        callback_at += period_secs;
    }
    let found = onsets(&track);
    assert_eq!(found.len(), times.len());
    let latency = found[0] as f64 / f64::from(SAMPLE_RATE) - times[0].as_secs_f64();
    assert!(
        latency >= SCHEDULE_AHEAD.as_secs_f64() - 1e-3 && latency < 0.2,
        "latency {latency}"
    );
    for (onset, at) in found.iter().zip(&times) {
        let error = *onset as f64 / f64::from(SAMPLE_RATE) - at.as_secs_f64() - latency;
        assert!(error.abs() < 0.5e-3, "a cue at {at:?} is {error} s off");
    }
    for pair in found.windows(2) {
        let interval = (pair[1] - pair[0]) as f64 / f64::from(SAMPLE_RATE);
        assert!((interval - 2.0 / 3.0).abs() < 0.5e-3, "interval {interval}");
    }
}

/// A fake output: while `present`, opening gives a [`TimelineDevice`] whose timeline the
/// test reads as the output's callback would; the fault hook is kept for the test.
#[derive(Clone, Default)]
struct FakeOutput {
    present: Arc<Mutex<bool>>,
    opens: Arc<Mutex<usize>>,
    timeline: Arc<Mutex<Option<Arc<Mutex<Timeline>>>>>,
    fault: LostHook,
}

impl Opener for FakeOutput {
    fn open(&mut self, on_fault: OnFault) -> Result<Box<dyn Device>, String> {
        *self.opens.lock().unwrap() += 1;
        if !*self.present.lock().unwrap() {
            return Err("DeviceNotAvailable".to_owned());
        }
        let device = TimelineDevice::default();
        *self.timeline.lock().unwrap() = Some(Arc::clone(&device.timeline));
        *self.fault.lock().unwrap() = Some(on_fault);
        Ok(Box::new(device))
    }
}

impl FakeOutput {
    fn present() -> Self {
        let output = Self::default();
        *output.present.lock().unwrap() = true;
        output
    }

    /// The output's callback at `now`: the next block of samples, or `None` while there
    /// is no open device.
    fn pull(&self, now: Duration, block: usize) -> Option<Vec<f32>> {
        let timeline = self.timeline.lock().unwrap().clone()?;
        let mut out = vec![0.0; block];
        timeline.lock().unwrap().pull(now, &mut out);
        Some(out)
    }

    fn report(&self, fault: Fault) {
        (self.fault.lock().unwrap().as_ref().unwrap())(fault);
    }
}

/// Drives `audio` and `output` as the app and a sound card would, on the fake clock:
/// a beat every 500 ms from 0.5 s (the window sends each when its time has come), the
/// output reading `block` samples per callback, on time. `at_callback(n, now)` runs
/// before callback `n` and returns whether the output reads this time (false: the writer
/// stalled). Returns what the speaker played: (callback time, samples; zeros where
/// nothing was written).
fn drive(
    audio: &Audio,
    clock: &FakeClock,
    output: &FakeOutput,
    block: usize,
    seconds: u64,
    mut at_callback: impl FnMut(usize, Duration) -> bool,
) -> Vec<(Duration, Vec<f32>)> {
    let period = Duration::from_secs_f64(block as f64 / f64::from(SAMPLE_RATE));
    let mut heard = Vec::new();
    let mut next_beat = Duration::from_millis(500);
    let mut n = 0;
    while clock.now() < Duration::from_secs(seconds) {
        let now = clock.now();
        while next_beat <= now {
            audio.play_at(Cue::Beat, next_beat);
            next_beat += Duration::from_millis(500);
        }
        let reads = at_callback(n, now);
        assert!(audio.flush(), "the sound thread answers");
        let samples = if reads { output.pull(now, block) } else { None };
        heard.push((now, samples.unwrap_or_else(|| vec![0.0; block])));
        clock.advance(period);
        n += 1;
    }
    heard
}

/// The clock times at which sounds start in `heard` (after 20 ms of quiet).
fn heard_onsets(heard: &[(Duration, Vec<f32>)]) -> Vec<Duration> {
    let track: Vec<f32> = heard.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    let start = heard.first().map_or(Duration::ZERO, |(at, _)| *at);
    onsets(&track)
        .into_iter()
        .map(|i| start + Duration::from_secs_f64(i as f64 / f64::from(SAMPLE_RATE)))
        .collect()
}

#[test]
fn one_underrun_never_closes_the_output_and_costs_at_most_one_buffer() {
    let clock = Arc::new(FakeClock::new());
    let output = FakeOutput::present();
    let audio = Audio::start_with_clock(output.clone(), clock.clone(), 100, false);
    assert_eq!(
        wait_for(&audio, |s| *s == SoundStatus::Playing),
        SoundStatus::Playing
    );
    let changes = Arc::new(Mutex::new(0usize));
    let counter = Arc::clone(&changes);
    audio.on_status_change(Arc::new(move || *counter.lock().unwrap() += 1));
    // 1024-sample buffers (21.3 ms); the writer stalls once, 3.2 s in, for one buffer:
    // the backend reports an underrun and goes on.
    let block = 1024;
    let stall = 150;
    let heard = drive(&audio, &clock, &output, block, 6, |n, _| {
        if n == stall {
            output.report(Fault::Glitch("underrun (EPIPE)".to_owned()));
        }
        n != stall
    });
    // The output was never closed nor opened again, and the status never changed
    // (the one call is the hook being set).
    assert_eq!(*output.opens.lock().unwrap(), 1);
    assert_eq!(audio.status(), SoundStatus::Playing);
    assert_eq!(*changes.lock().unwrap(), 1);
    // Every beat sounds, before and after the underrun, at its time plus one constant
    // latency (the timeline re-anchored: no buffer of drift).
    let found = heard_onsets(&heard);
    let beats: Vec<Duration> = (1..12).map(|k| Duration::from_millis(500 * k)).collect();
    assert_eq!(found.len(), beats.len(), "onsets {found:?}");
    let latency = found[0] - beats[0];
    for (onset, beat) in found.iter().zip(&beats) {
        let error = onset.as_secs_f64() - beat.as_secs_f64() - latency.as_secs_f64();
        assert!(error.abs() < 1e-3, "the beat at {beat:?} is {error} s off");
    }
    // The only silence the underrun added is the one buffer it stalled for: the
    // longest quiet stretch between beats is the beat's own gap plus at most that.
    let period = block as f64 / f64::from(SAMPLE_RATE);
    let quiet = longest_quiet(&heard, found[0], *found.last().unwrap());
    let beat_len = cue_duration(Cue::Beat).as_secs_f64();
    assert!(
        quiet <= 0.5 - beat_len + period + 1e-3,
        "{quiet} s of silence between beats"
    );
}

/// The longest run of silent samples between clock times `from` and `to` in `heard`.
fn longest_quiet(heard: &[(Duration, Vec<f32>)], from: Duration, to: Duration) -> f64 {
    let (mut longest, mut run) = (0usize, 0usize);
    for (at, block) in heard {
        for (i, s) in block.iter().enumerate() {
            let t = *at + Duration::from_secs_f64(i as f64 / f64::from(SAMPLE_RATE));
            if t < from || t > to {
                continue;
            }
            if s.abs() > 1e-4 {
                run = 0;
            } else {
                run += 1;
                longest = longest.max(run);
            }
        }
    }
    longest as f64 / f64::from(SAMPLE_RATE)
}

#[test]
fn a_device_gone_for_5_s_plays_again_within_1_s_of_its_return() {
    let clock = Arc::new(FakeClock::new());
    let output = FakeOutput::present();
    let audio = Audio::start_with_clock(output.clone(), clock.clone(), 100, false);
    wait_for(&audio, |s| *s == SoundStatus::Playing);
    // Phrases while it is gone: an older one (dropped, counted) and the newest (said
    // late, when the device is back).
    let phrase = |len: usize| -> Arc<[f32]> { vec![0.3f32; len].into() };
    let (gone, back) = (Duration::from_secs(3), Duration::from_secs(8));
    let mut status_while_gone = None;
    let heard = drive(&audio, &clock, &output, 960, 12, |_, now| {
        if now == gone {
            // Unplugged: no more reads, and the backend says the device is gone.
            *output.present.lock().unwrap() = false;
            *output.timeline.lock().unwrap() = None;
            output.report(Fault::Gone("DeviceNotAvailable".to_owned()));
        }
        if now == Duration::from_secs(4) {
            audio.speak_samples_at(phrase(4800), now, Urgency::InTurn);
        }
        if now == Duration::from_secs(7) {
            audio.speak_samples_at(phrase(9600), now, Urgency::InTurn);
        }
        if now == Duration::from_millis(7500) {
            assert!(audio.flush());
            status_while_gone = Some(audio.status());
        }
        if now == back {
            *output.present.lock().unwrap() = true;
        }
        true
    });
    assert_eq!(
        status_while_gone,
        Some(SoundStatus::Unavailable {
            reason: steady::state::SoundProblem::DeviceStopped
        })
    );
    assert_eq!(audio.status(), SoundStatus::Playing);
    // Sound again within 1 s of the device's return.
    let first_after = heard_onsets(&heard)
        .into_iter()
        .find(|at| *at >= back)
        .expect("sound after the device came back");
    println!(
        "sound again {:?} after the device came back",
        first_after - back
    );
    assert!(
        first_after - back <= Duration::from_secs(1),
        "sound again {:?} after the device came back",
        first_after - back
    );
    // Nothing sounded while it was gone; the older phrase was dropped and counted, the
    // newest said (its 0.2 s of steady level, over ducked beats, heard after the return).
    assert!(
        heard_onsets(&heard)
            .iter()
            .all(|at| *at < gone || *at >= back)
    );
    assert_eq!(audio.take_missed(), 1);
    assert_eq!(audio.take_missed(), 0, "told once");
    // The phrase: one unbroken stretch at its level (beats under it ducked to 0.09 at
    // most), so the longest such stretch is the phrase, in full.
    let (mut longest, mut run) = (0usize, 0usize);
    for s in heard
        .iter()
        .filter(|(at, _)| *at >= back)
        .flat_map(|(_, s)| s)
    {
        run = if (s - 0.3).abs() < 0.1 { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    assert!(
        (9600..9610).contains(&longest),
        "the newest phrase is said in full ({longest} samples)"
    );
}

#[test]
fn the_voice_level_scales_phrases_against_the_cues_and_never_clips() {
    let (opener, recorder, _, _) = flaky(0);
    let audio = Audio::start(opener, 100, false);
    wait_for(&audio, |s| *s == SoundStatus::Playing);
    let level = |samples: &[f32]| samples.iter().fold(0f32, |m, s| m.max(s.abs()));
    let phrase = |v: f32| -> Arc<[f32]> { vec![v; 480].into() };
    for percent in [60, 100, 150] {
        audio.set_voice_level(percent);
        audio.speak_samples_at(phrase(0.5), Duration::ZERO, Urgency::InTurn);
        audio.speak_samples_at(phrase(0.9), Duration::ZERO, Urgency::InTurn);
    }
    drop(audio);
    let played = recorder.played.lock().unwrap();
    let levels: Vec<f32> = played.iter().map(|s| level(s)).collect();
    // 0.5 × 0.6, × 1, × 1.5 (below the 0.8 knee: exact).
    for (got, want) in [(levels[0], 0.3), (levels[2], 0.5), (levels[4], 0.75)] {
        assert!((got - want).abs() < 1e-6, "{got} for {want}");
    }
    // 0.9 × 1.5 = 1.35 is rounded off below full scale, still louder than 0.9.
    assert!(levels[5] < 1.0 && levels[5] > 0.9, "{}", levels[5]);
}

#[test]
fn under_a_mild_high_frequency_loss_the_beat_is_not_the_cue_that_fades() {
    // A mild age-related loss: nothing lost up to 1 kHz, then 12 dB less for each
    // octave above (12 dB at 2 kHz, 24 dB at 4 kHz).
    let mild_loss = |hz: f32| {
        if hz <= 1000.0 {
            1.0
        } else {
            10f32.powf(-12.0 * (hz / 1000.0).log2() / 10.0)
        }
    };
    let lost: Vec<(Cue, f32)> = Cue::ALL
        .iter()
        .map(|&cue| {
            let samples = render(cue, SAMPLE_RATE);
            let heard = window_loudness_db_heard(&samples, SAMPLE_RATE, mild_loss);
            (cue, window_loudness_db(&samples, SAMPLE_RATE) - heard)
        })
        .collect();
    for (cue, db) in &lost {
        println!("{cue:?} loses {db:.1} dB");
    }
    let beat = lost.iter().find(|l| l.0 == Cue::Beat).unwrap().1;
    let most = lost.iter().map(|l| l.1).fold(0.0, f32::max);
    // The old beat (1500 Hz) lost 7 dB here, the most of any cue.
    assert!(beat < most, "the beat loses the most: {beat:.1} dB");
    assert!(beat <= 3.0, "the beat loses {beat:.1} dB");
}

#[test]
fn an_output_that_stops_reading_without_a_word_is_opened_again() {
    let clock = Arc::new(FakeClock::new());
    let output = FakeOutput::present();
    let audio = Audio::start_with_clock(output.clone(), clock.clone(), 100, false);
    wait_for(&audio, |s| *s == SoundStatus::Playing);
    // The stream stops reading 2 s in and no error comes (a backend that did not
    // recover and did not say so); it reads again only from a newly opened device.
    let stops = Duration::from_secs(2);
    let mut reopened_at = None;
    let heard = drive(&audio, &clock, &output, 960, 8, |_, now| {
        let reopened = *output.opens.lock().unwrap() > 1;
        if reopened && reopened_at.is_none() {
            reopened_at = Some(now);
        }
        now < stops || reopened
    });
    let reopened_at = reopened_at.expect("the device was opened again");
    println!(
        "opened again {:?} after it stopped reading",
        reopened_at - stops
    );
    assert!(
        reopened_at - stops <= steady::audio::output::STALLED_AFTER + Duration::from_millis(100)
    );
    assert_eq!(*output.opens.lock().unwrap(), 2);
    assert_eq!(audio.status(), SoundStatus::Playing);
    // Beats are heard again after it.
    assert!(heard_onsets(&heard).iter().any(|at| *at > reopened_at));
}
