//! Example history for trying Steady out (`steady sample-history --weeks N`):
//! plausible sessions of a few routines over the last weeks, with check-in answers
//! (a hot day now and then, more in summer; rarely new weakness, then a rest day),
//! lighter days, sessions stopped early with their reasons, effort and fatigue that
//! follow the day, and an occasional note. Pure and seeded: the same seed, routines
//! and days give the same history; the shell writes it (into an empty history only).

use chrono::{DateTime, Datelike as _, Days, FixedOffset, NaiveDate, TimeDelta};

use super::days::DayRecord;
use super::record::{CheckIn, Energy, ExerciseRecord, Outcome, RECORD_FORMAT, SessionRecord};
use crate::routine::{Dose, Routine};
use crate::session::progress::EndReason;
use crate::session::{Plan, PlanOptions};

/// A small, seeded generator (SplitMix64): enough for example data.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: u32) -> u32 {
        u32::try_from(self.next() % u64::from(n.max(1))).unwrap_or(0)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn id(&mut self) -> String {
        format!("{:016x}", self.next())
    }
}

/// Notes a person might write (example data, kept as the person wrote it).
const NOTES: [&str; 8] = [
    "Legs felt heavy today.",
    "Easier than last week!",
    "Did it after a cool shower, much better.",
    "Knee a bit sore on the last set.",
    "Good day, lots of energy.",
    "Short on time, kept the pace up.",
    "Balance was wobbly in the afternoon.",
    "Tired after work, went lighter.",
];

/// The example history: sessions of `routines` (each at about its prescription,
/// adherence drifting from week to week) on the `weeks` weeks that end on `today`,
/// in the UTC offset `offset`, and the days skipped after a check-in.
pub fn sample_history(
    routines: &[Routine],
    weeks: u32,
    today: NaiveDate,
    offset: FixedOffset,
    seed: u64,
) -> (Vec<SessionRecord>, Vec<DayRecord>) {
    let mut rng = Rng(seed);
    let mut sessions = Vec::new();
    let mut rest_days = Vec::new();
    let first = today
        .checked_sub_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(today);
    let mut day = first;
    let mut adherence = 0.85;
    while day <= today {
        if day.weekday() == chrono::Weekday::Mon {
            // Some weeks go better than others.
            adherence = (0.55 + f64::from(rng.below(45)) / 100.0).min(1.0);
        }
        let summer = matches!(day.month(), 6..=8);
        for routine in routines {
            let per_day = f64::from(routine.prescription.times_per_week) / 7.0;
            if !rng.chance(per_day * adherence) {
                continue;
            }
            let check_in = CheckIn {
                energy: Some(match rng.below(10) {
                    0..=1 => Energy::Low,
                    2..=6 => Energy::Okay,
                    _ => Energy::Good,
                }),
                feeling_hot: Some(rng.chance(if summer { 0.3 } else { 0.06 })),
                new_weakness: Some(rng.chance(0.015)),
                progression: None,
                ..CheckIn::default()
            };
            let hour = match rng.below(10) {
                0..=5 => 8 + rng.below(3),
                6..=7 => 14 + rng.below(3),
                _ => 18 + rng.below(3),
            };
            let Some(at) = local(day, hour, rng.below(60), offset) else {
                continue;
            };
            if check_in.suggests_clinician() {
                rest_days.push(DayRecord {
                    id: rng.id(),
                    ..DayRecord::new(&routine.id, check_in, at)
                });
                continue;
            }
            // The level rule at work: an offer to step up or down is taken about
            // two times in three, as people do.
            let mut check_in = check_in;
            let mut level = super::levels::current_level(&sessions, &routine.id);
            if let Some(offer) = super::levels::offer(routine, &sessions) {
                let accepted = rng.chance(0.7);
                check_in.progression = Some(offer.answer(accepted));
                if accepted {
                    level = offer.to();
                }
            }
            sessions.push(session(&mut rng, routine, check_in, level, at, None));
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    // The events a clinician must see, once each in the last weeks (so the example
    // report shows them): a fall, a fever day, dizziness, very poor sleep, new
    // weakness and a session stopped for pain.
    if let Some(routine) = routines.first() {
        let yes = Some(true);
        let events: [(u64, CheckIn, Option<EndReason>, bool); 6] = [
            (
                20,
                CheckIn {
                    fell: yes,
                    ..CheckIn::default()
                },
                None,
                false,
            ),
            (
                17,
                CheckIn {
                    fever: yes,
                    ..CheckIn::default()
                },
                None,
                true,
            ),
            (
                13,
                CheckIn {
                    dizzy: yes,
                    ..CheckIn::default()
                },
                None,
                false,
            ),
            (
                10,
                CheckIn {
                    poor_sleep: yes,
                    ..CheckIn::default()
                },
                None,
                false,
            ),
            (
                6,
                CheckIn {
                    new_weakness: yes,
                    ..CheckIn::default()
                },
                None,
                true,
            ),
            (4, CheckIn::default(), Some(EndReason::Pain), false),
        ];
        for (back, check_in, stop, rest) in events {
            let Some(event_day) = today.checked_sub_days(Days::new(back)) else {
                continue;
            };
            let Some(at) = local(event_day, 9, 30, offset) else {
                continue;
            };
            if event_day < first {
                continue;
            }
            if rest {
                rest_days.push(DayRecord {
                    id: rng.id(),
                    ..DayRecord::new(&routine.id, check_in, at)
                });
            } else {
                let level = super::levels::current_level(&sessions, &routine.id);
                sessions.push(session(&mut rng, routine, check_in, level, at, stop));
            }
        }
        sessions.sort_by_key(|s| s.started);
        rest_days.sort_by_key(|d| d.at);
    }
    (sessions, rest_days)
}

fn local(
    day: NaiveDate,
    hour: u32,
    minute: u32,
    offset: FixedOffset,
) -> Option<DateTime<FixedOffset>> {
    day.and_hms_opt(hour, minute, 0)?
        .and_local_timezone(offset)
        .single()
}

/// One session of `routine` started at `at`.
fn session(
    rng: &mut Rng,
    routine: &Routine,
    check_in: CheckIn,
    level: crate::routine::Level,
    at: DateTime<FixedOffset>,
    force_stop: Option<EndReason>,
) -> SessionRecord {
    let hard_day = check_in.suggests_lighter();
    let lighter = hard_day && rng.chance(0.75);
    let level = if lighter {
        crate::routine::Level::Lighter
    } else {
        level
    };
    let plan = Plan::new(routine, PlanOptions::at_level(level, 0));
    let stop = if force_stop.is_some() {
        force_stop
    } else if rng.chance(if hard_day { 0.25 } else { 0.08 }) {
        Some(match rng.below(10) {
            0..=3 => EndReason::Tired,
            4 if check_in.feeling_hot == Some(true) => EndReason::TooHot,
            4..=5 => EndReason::NoTime,
            6 => EndReason::Balance,
            7 => EndReason::Pain,
            _ => EndReason::Other,
        })
    } else {
        None
    };
    let count = plan.exercises.len();
    // Stopped early: somewhere from the first exercise to the last.
    let reached = stop.map_or(count, |_| {
        rng.below(u32::try_from(count).unwrap_or(1)) as usize
    });
    let exercises: Vec<ExerciseRecord> = plan
        .exercises
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let sets = e.dose.sets();
            let sets_done = match i.cmp(&reached) {
                std::cmp::Ordering::Less => sets,
                std::cmp::Ordering::Equal => rng.below(sets),
                std::cmp::Ordering::Greater => 0,
            };
            let reps_done = match e.dose {
                Dose::Reps { reps, .. } => reps.saturating_mul(sets_done),
                _ => 0,
            };
            let secs_per_set = match e.dose {
                Dose::Hold { hold_secs, .. } => hold_secs,
                Dose::Stepping { duration_secs, .. } => duration_secs,
                _ => 0,
            };
            ExerciseRecord {
                name: e.name.clone(),
                planned: e.dose,
                sets_done,
                reps_done,
                secs_done: secs_per_set.saturating_mul(sets_done),
                sets_skipped: 0,
            }
        })
        .collect();
    let estimated = plan.estimated_secs();
    let active_secs = match stop {
        None => estimated,
        Some(_) => {
            estimated.saturating_mul(u32::try_from(reached).unwrap_or(0).saturating_add(1))
                / u32::try_from(count.max(1)).unwrap_or(1)
        }
    }
    .clamp(60, 3 * 3600);
    let pauses = if rng.chance(0.2) { 1 } else { 0 };
    let paused_secs = pauses * (30 + rng.below(90));
    // Harder doses feel harder.
    let heavy = u8::from(hard_day) * 2 + u8::from(level == crate::routine::Level::Harder);
    let effort = (3 + u8::try_from(rng.below(4)).unwrap_or(0) + heavy).min(10);
    let fatigue = (2 + u8::try_from(rng.below(4)).unwrap_or(0) + heavy).min(10);
    let ended = at + TimeDelta::seconds(i64::from(active_secs + paused_secs));
    SessionRecord {
        format: RECORD_FORMAT,
        id: rng.id(),
        routine_id: routine.id.clone(),
        routine_title: routine.title.clone(),
        routine_hash: super::record::routine_hash(routine),
        started: at,
        ended,
        outcome: stop.map_or(Outcome::Completed, Outcome::EndedEarly),
        check_in,
        lighter,
        level,
        exercises,
        pauses,
        paused_secs,
        active_secs,
        effort: rng.chance(0.92).then_some(effort),
        fatigue: rng.chance(0.92).then_some(fatigue),
        note: if rng.chance(0.12) {
            NOTES[rng.below(NOTES.len() as u32) as usize].to_owned()
        } else {
            String::new()
        },
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        corrects: None,
    }
}

/// Example self-test results for the weeks before `today`, every four weeks: the
/// 30-second chair stand with arms crossed and with the armrests (each condition its
/// own usual), and the five times sit-to-stand, so the example report and the FHIR
/// file show results under two conditions. Values drift a little and vary by seed.
pub fn sample_tests(
    weeks: u32,
    today: NaiveDate,
    offset: FixedOffset,
    seed: u64,
) -> Vec<super::selftests::TestRecord> {
    use super::selftests::{TEST_RECORD_FORMAT, TestRecord};
    use crate::routine::TestKind;
    use crate::session::selftest::Aid;
    let mut rng = Rng(seed ^ 0x7e57);
    let mut out = Vec::new();
    let checks = (weeks / 4).max(1);
    for k in (0..checks).rev() {
        let Some(day) = today.checked_sub_days(Days::new(u64::from(k) * 28 + 2)) else {
            continue;
        };
        let results: [(TestKind, u32, Vec<Aid>, u32); 3] = [
            // Tenths: 11 stands arms crossed, 13 with the armrests, 14.0 s.
            (
                TestKind::ThirtySecondChairStand,
                110 + 10 * rng.below(3),
                vec![],
                0,
            ),
            (
                TestKind::ThirtySecondChairStand,
                130 + 10 * rng.below(3),
                vec![Aid::Armrests],
                5,
            ),
            (
                TestKind::FiveTimesSitToStand,
                130 + rng.below(25),
                vec![],
                10,
            ),
        ];
        for (kind, tenths, aids, minute) in results {
            let Some(at) = local(day, 10, minute, offset) else {
                continue;
            };
            out.push(TestRecord {
                format: TEST_RECORD_FORMAT,
                id: rng.id(),
                at,
                kind,
                stance: None,
                tenths,
                unit: kind.unit().to_owned(),
                aids,
                check_in: None,
                routine_id: None,
                level: None,
            });
        }
    }
    out
}
