//! Cue sounds rendered in-process (no sound card needed): length, level, no clicks,
//! cues that can be told apart; a session's cue track on time; and the sound thread's
//! "no device" path, through the same code the app uses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use steady::audio::output::{Audio, Device, OnLost, Opener};
use steady::state::SoundStatus;

type LostHook = Arc<Mutex<Option<OnLost>>>;
use steady::audio::synth::{self, CUE_PEAK, SAMPLE_RATE, cue_duration, render, render_track};
use steady::routine::bundled::load_bundled;
use steady::session::{Cue, PlanOptions, cues_to_play, simulate};

/// Estimated pitch of the sounding samples: zero crossings over sounding time.
fn pitch_hz(samples: &[f32], rate: u32) -> f32 {
    let sounding = samples.iter().filter(|s| s.abs() > 1e-4).count();
    let crossings = samples
        .windows(2)
        .filter(|w| (w[0] < 0.0) != (w[1] < 0.0) && (w[0].abs() > 1e-4 || w[1].abs() > 1e-4))
        .count();
    crossings as f32 / 2.0 / (sounding.max(1) as f32 / rate as f32)
}

/// Pitch of the first and second half: tells rising, flat and falling apart.
fn signature(cue: Cue) -> (f32, f32) {
    let samples = render(cue, SAMPLE_RATE);
    let (a, b) = samples.split_at(samples.len() / 2);
    (pitch_hz(a, SAMPLE_RATE), pitch_hz(b, SAMPLE_RATE))
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
        assert!((0.04..=1.2).contains(&secs), "{cue:?} lasts {secs} s");
        let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!(peak <= CUE_PEAK + 1e-6, "{cue:?} peaks at {peak}");
        assert!(peak >= CUE_PEAK * 0.3, "{cue:?} is too quiet: {peak}");
        // Two cues overlapping still stay below full scale.
        assert!(2.0 * peak < 1.0);
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
    let signatures: Vec<(Cue, (f32, f32))> = Cue::ALL.iter().map(|&c| (c, signature(c))).collect();
    for (cue, (a, b)) in &signatures {
        println!("{cue:?}: {a:.0} Hz then {b:.0} Hz");
    }
    let differ = |x: f32, y: f32| (x - y).abs() / x.max(y) >= 0.12;
    for (i, (c1, (a1, b1))) in signatures.iter().enumerate() {
        for (c2, (a2, b2)) in &signatures[i + 1..] {
            assert!(
                differ(*a1, *a2) || differ(*b1, *b2),
                "{c1:?} ({a1:.0}/{b1:.0} Hz) and {c2:?} ({a2:.0}/{b2:.0} Hz) sound alike"
            );
        }
    }
    // Tempo: up rises, down falls, hold is flat and lower than both.
    let (up1, up2) = signature(Cue::TempoUp);
    let (down1, down2) = signature(Cue::TempoDown);
    let (hold1, hold2) = signature(Cue::TempoHold);
    assert!(up2 > up1 * 1.1, "up rises");
    assert!(down2 < down1 / 1.1, "down falls");
    assert!((hold1 - hold2).abs() / hold1 < 0.03, "hold is flat");
    assert!(hold1 < up1.min(down2));
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
    fn open(&mut self, on_lost: OnLost) -> Result<Box<dyn Device>, String> {
        let mut opens = self.opens.lock().unwrap();
        *opens += 1;
        if *opens <= self.failures {
            return Err("DeviceNotAvailable".to_owned());
        }
        *self.lost.lock().unwrap() = Some(on_lost);
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
fn a_device_lost_mid_session_is_reported_and_the_app_carries_on() {
    let (opener, recorder, _, lost) = flaky(0);
    let audio = Audio::start(opener, 100, false);
    wait_for(&audio, |s| *s == SoundStatus::Playing);
    (lost.lock().unwrap().as_ref().unwrap())("device unplugged".to_owned());
    let status = wait_for(&audio, |s| matches!(s, SoundStatus::Unavailable { .. }));
    assert_eq!(
        status.describe(),
        "The sound device stopped: cues are shown on screen only."
    );
    audio.play(Cue::RestStart);
    drop(audio);
    assert!(recorder.played.lock().unwrap().is_empty());
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
    clock: Arc<steady::clock::FakeClock>,
    appeared: Arc<Mutex<bool>>,
    opened_at: Arc<Mutex<Option<Duration>>>,
}

impl Opener for LateDevice {
    fn open(&mut self, _on_lost: OnLost) -> Result<Box<dyn Device>, String> {
        if !*self.appeared.lock().unwrap() {
            return Err("DeviceNotAvailable".to_owned());
        }
        *self.opened_at.lock().unwrap() = Some(steady::clock::Clock::now(&*self.clock));
        Ok(Box::new(Recorder::default()))
    }
}

#[test]
fn a_device_appearing_mid_session_is_opened_within_35_s_while_cues_keep_coming() {
    let clock = Arc::new(steady::clock::FakeClock::new());
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
        if steady::clock::Clock::now(&*clock) >= appears {
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
