//! Self-test statistics: the person's own baseline and the real-change band of each
//! test, and which results lie outside it. Pure: records in, numbers and verdicts out
//! (the shells put them in plain, never diagnostic, words).
//!
//! The baseline is the median of the first three results of a series (one test, or one
//! stance of the balance ladder). The band around it is how far a result may move from
//! day to day without being a real change:
//!
//! | test | a real change is |
//! | --- | --- |
//! | five times sit-to-stand | more than 25 % of the baseline (Møller et al. 2012) |
//! | timed 25-foot walk | more than 20 % of the baseline (Hobart et al. 2013) |
//! | 30-second chair stand | 2 stands or more (MDC95 ≈ 1.1 stands, 2022 MS study) |
//! | standing balance, per stance | reaching 30 s when the baseline did not, or the reverse |
//! | fatigue check | 4 points or more (Steady's own rule for its own check) |
//!
//! All arithmetic is on whole tenths, so a result exactly on the band's edge is decided
//! the same way everywhere. For tests counted in whole numbers (stands, points) the
//! band's edges are the whole values inside it, so the band said and drawn ("from 10 to
//! 12 stands") holds exactly the results called within it.
//!
//! Results are compared only with results under the same condition: a series is one
//! test (one stance for balance) with one set of aids (armrests for the sit-to-stand
//! tests, a walking aid for the walk), each with its own baseline and band.

use chrono::{DateTime, FixedOffset};

use super::selftests::TestRecord;
use crate::routine::TestKind;
use crate::session::selftest::{Aid, STANCE_FULL_SECS, Stance};

/// How many results make the baseline.
pub const BASELINE_RESULTS: usize = 3;

/// How a test's real-change band is drawn around the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandRule {
    /// More than `percent` % of the baseline away is a real change.
    Percent { percent: u32 },
    /// `tenths` (of the unit) or more away is a real change.
    AtLeast { tenths: u32 },
    /// Balance: a full 30 s hold or not.
    FullHold,
}

/// The rule of each test.
pub fn band_rule(kind: TestKind) -> BandRule {
    match kind {
        TestKind::FiveTimesSitToStand => BandRule::Percent { percent: 25 },
        TestKind::TimedWalk => BandRule::Percent { percent: 20 },
        TestKind::ThirtySecondChairStand => BandRule::AtLeast { tenths: 20 },
        TestKind::FatigueCheck => BandRule::AtLeast { tenths: 40 },
        TestKind::StandingBalance => BandRule::FullHold,
    }
}

/// The baseline and the band of results within day-to-day variation, both ends
/// included, in tenths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Baseline {
    pub tenths: u32,
    pub low: u32,
    pub high: u32,
}

/// How one result compares with the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// One of the first three results, which make the baseline.
    Baseline,
    /// Within day-to-day variation.
    Within,
    /// Better than the usual by more than day-to-day variation (faster, more stands,
    /// a full hold, less fatigue).
    Better,
    /// Worse than the usual by more than day-to-day variation.
    Worse,
    /// No band can be drawn (a baseline of 0 for a percentage band).
    NoBand,
}

/// One result of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesPoint {
    pub at: DateTime<FixedOffset>,
    pub tenths: u32,
    pub change: Change,
}

/// The results of one test (one stance for balance) under one condition, oldest
/// first, with the baseline once there are three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestSeries {
    pub kind: TestKind,
    pub stance: Option<Stance>,
    /// The condition: the aids used (sorted), the same for every result.
    pub aids: Vec<Aid>,
    pub points: Vec<SeriesPoint>,
    pub baseline: Option<Baseline>,
}

impl TestSeries {
    /// The newest result.
    pub fn latest(&self) -> Option<&SeriesPoint> {
        self.points.last()
    }
}

/// The median of the first three values; `None` with fewer than three.
pub fn baseline_tenths(values: &[u32]) -> Option<u32> {
    let mut first: Vec<u32> = values.iter().take(BASELINE_RESULTS).copied().collect();
    if first.len() < BASELINE_RESULTS {
        return None;
    }
    first.sort_unstable();
    first.get(BASELINE_RESULTS / 2).copied()
}

/// The band around a baseline; `None` when none can be drawn.
pub fn band(kind: TestKind, baseline: u32) -> Option<Baseline> {
    let (low, high) = match band_rule(kind) {
        BandRule::Percent { percent } => {
            if baseline == 0 {
                return None;
            }
            let margin = u64::from(baseline) * u64::from(percent) / 100;
            let margin = u32::try_from(margin).unwrap_or(u32::MAX);
            (
                baseline.saturating_sub(margin),
                baseline.saturating_add(margin),
            )
        }
        BandRule::AtLeast { tenths } => {
            let margin = tenths.saturating_sub(1);
            let (low, high) = (
                baseline.saturating_sub(margin),
                baseline.saturating_add(margin),
            );
            if counts_whole(kind) {
                // The whole values inside: 9.1-12.9 stands is 10-12 stands.
                let high = if high == u32::MAX {
                    high
                } else {
                    high / 10 * 10
                };
                (low.div_ceil(10).saturating_mul(10), high)
            } else {
                (low, high)
            }
        }
        BandRule::FullHold => {
            let full = STANCE_FULL_SECS * 10;
            if baseline >= full {
                (full, u32::MAX)
            } else {
                (0, full - 1)
            }
        }
    };
    Some(Baseline {
        tenths: baseline,
        low,
        high,
    })
}

/// Whether a test's results are whole numbers (stands, points), so its band is said
/// and drawn in whole numbers.
pub fn counts_whole(kind: TestKind) -> bool {
    matches!(
        kind,
        TestKind::ThirtySecondChairStand | TestKind::FatigueCheck
    )
}

/// The aids of the newest result of a test: the choice a new run of it starts with.
pub fn last_aids(records: &[TestRecord], kind: TestKind) -> Vec<Aid> {
    records
        .iter()
        .filter(|r| r.kind == kind)
        .max_by_key(|r| r.at)
        .map(|r| r.aids.clone())
        .unwrap_or_default()
}

/// A condition in English for files and CSV: each aid the test has, used or not
/// ("with armrests", "arms crossed", "with walking aid", "without hands-on help"),
/// joined with "; "; empty for a test without aids.
pub fn condition_label(kind: TestKind, aids: &[Aid]) -> String {
    Aid::for_test(kind)
        .iter()
        .map(|aid| match (aid, aids.contains(aid)) {
            (Aid::Armrests, true) => "with armrests",
            (Aid::Armrests, false) => "arms crossed",
            (Aid::WalkingAid, true) => "with walking aid",
            (Aid::WalkingAid, false) => "without walking aid",
            (Aid::Helper, true) => "with hands-on help",
            (Aid::Helper, false) => "without hands-on help",
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A record's condition: its aids, sorted and without repeats.
fn condition(record: &TestRecord) -> Vec<Aid> {
    let mut aids = record.aids.clone();
    aids.sort_unstable();
    aids.dedup();
    aids
}

/// How a value compares with a band.
pub fn change(kind: TestKind, band: &Baseline, tenths: u32) -> Change {
    let (lower, higher) = (tenths < band.low, tenths > band.high);
    match (lower, higher, kind.lower_is_better()) {
        (true, _, true) | (_, true, false) => Change::Better,
        (true, _, false) | (_, true, true) => Change::Worse,
        _ => Change::Within,
    }
}

/// One series per test (and per stance for balance) and condition, in
/// [`TestKind::ALL`] and ladder order, without aids first, each oldest first. Tests
/// without results are left out.
pub fn series(records: &[TestRecord]) -> Vec<TestSeries> {
    let mut keys: Vec<(TestKind, Option<Stance>, Vec<Aid>)> = Vec::new();
    for r in records {
        let key = (r.kind, r.stance, condition(r));
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.sort_by_key(|(kind, stance, aids)| {
        (
            TestKind::ALL.iter().position(|k| k == kind),
            stance.map(Stance::rung),
            aids.clone(),
        )
    });
    keys.into_iter()
        .map(|(kind, stance, aids)| one_series(kind, stance, &aids, records))
        .collect()
}

/// The series of one test (and stance) under one condition (`aids`, sorted).
pub fn one_series(
    kind: TestKind,
    stance: Option<Stance>,
    aids: &[Aid],
    records: &[TestRecord],
) -> TestSeries {
    let mut mine: Vec<&TestRecord> = records
        .iter()
        .filter(|r| r.kind == kind && r.stance == stance && condition(r) == aids)
        .collect();
    mine.sort_by_key(|r| r.at);
    let values: Vec<u32> = mine.iter().map(|r| r.tenths).collect();
    let baseline = baseline_tenths(&values).and_then(|b| band(kind, b));
    let points = mine
        .iter()
        .enumerate()
        .map(|(i, r)| SeriesPoint {
            at: r.at,
            tenths: r.tenths,
            change: if i < BASELINE_RESULTS {
                Change::Baseline
            } else {
                baseline
                    .as_ref()
                    .map_or(Change::NoBand, |b| change(kind, b, r.tenths))
            },
        })
        .collect();
    TestSeries {
        kind,
        stance,
        aids: aids.to_vec(),
        points,
        baseline,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::history::selftests::TEST_RECORD_FORMAT;
    use crate::routine::Side;

    fn record(kind: TestKind, stance: Option<Stance>, day: u32, tenths: u32) -> TestRecord {
        TestRecord {
            format: TEST_RECORD_FORMAT,
            id: format!("id{day}"),
            at: DateTime::parse_from_rfc3339(&format!("2026-03-{day:02}T09:30:00+01:00")).unwrap(),
            kind,
            stance,
            tenths,
            unit: kind.unit().to_owned(),
            aids: Vec::new(),
            check_in: None,
            routine_id: None,
            level: None,
        }
    }

    fn changes(s: &TestSeries) -> Vec<Change> {
        s.points.iter().map(|p| p.change).collect()
    }

    #[test]
    fn the_baseline_is_the_median_of_the_first_three() {
        assert_eq!(baseline_tenths(&[]), None);
        assert_eq!(baseline_tenths(&[120, 130]), None);
        assert_eq!(baseline_tenths(&[150, 120, 130]), Some(130));
        assert_eq!(baseline_tenths(&[150, 120, 130, 10, 10, 10]), Some(130));
        assert_eq!(baseline_tenths(&[0, u32::MAX, 7]), Some(7));
    }

    #[test]
    fn five_times_sit_to_stand_from_a_fixed_series() {
        // Days 1-3 make the baseline: median of 14.0, 12.0, 13.0 s = 13.0 s; 25 % is
        // 3.25 s, so 9.75-16.25 s is day-to-day variation (in tenths 98-162: 3.2 s).
        let values = [140, 120, 130, 130, 98, 97, 162, 163];
        let records: Vec<TestRecord> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                record(
                    TestKind::FiveTimesSitToStand,
                    None,
                    u32::try_from(i).unwrap() + 1,
                    *v,
                )
            })
            .collect();
        let s = one_series(TestKind::FiveTimesSitToStand, None, &[], &records);
        assert_eq!(
            s.baseline,
            Some(Baseline {
                tenths: 130,
                low: 98,
                high: 162
            })
        );
        assert_eq!(
            changes(&s),
            [
                Change::Baseline,
                Change::Baseline,
                Change::Baseline,
                Change::Within,
                Change::Within,
                Change::Better, // 9.7 s: faster by more than 25 %
                Change::Within,
                Change::Worse, // 16.3 s
            ]
        );
    }

    #[test]
    fn chair_stand_walk_and_fatigue_bands() {
        // Chair stand: baseline 11 stands; 2 stands or more is a real change, so 10, 11
        // and 12 stands are within (said and drawn as 10 to 12, not 9.1 to 12.9).
        let b = band(TestKind::ThirtySecondChairStand, 110).unwrap();
        assert_eq!((b.low, b.high), (100, 120));
        assert_eq!(
            change(TestKind::ThirtySecondChairStand, &b, 120),
            Change::Within
        );
        assert_eq!(
            change(TestKind::ThirtySecondChairStand, &b, 130),
            Change::Better
        );
        assert_eq!(
            change(TestKind::ThirtySecondChairStand, &b, 90),
            Change::Worse
        );
        // Walk: baseline 8.0 s, 20 % = 1.6 s.
        let b = band(TestKind::TimedWalk, 80).unwrap();
        assert_eq!((b.low, b.high), (64, 96));
        assert_eq!(change(TestKind::TimedWalk, &b, 63), Change::Better);
        assert_eq!(change(TestKind::TimedWalk, &b, 97), Change::Worse);
        // Fatigue: baseline 10 points; 4 points or more; fewer points is better: 7 to
        // 13 points are within.
        let b = band(TestKind::FatigueCheck, 100).unwrap();
        assert_eq!((b.low, b.high), (70, 130));
        assert_eq!(change(TestKind::FatigueCheck, &b, 70), Change::Within);
        assert_eq!(change(TestKind::FatigueCheck, &b, 60), Change::Better);
        assert_eq!(change(TestKind::FatigueCheck, &b, 140), Change::Worse);
    }

    #[test]
    fn balance_is_per_stance_and_about_the_full_thirty_seconds() {
        let tandem = Some(Stance::Tandem);
        let left = Some(Stance::SingleLeg(Side::Left));
        let records = vec![
            record(TestKind::StandingBalance, tandem, 1, 300),
            record(TestKind::StandingBalance, left, 1, 50),
            record(TestKind::StandingBalance, tandem, 2, 300),
            record(TestKind::StandingBalance, left, 2, 80),
            record(TestKind::StandingBalance, tandem, 3, 120),
            record(TestKind::StandingBalance, left, 3, 60),
            record(TestKind::StandingBalance, tandem, 4, 299),
            record(TestKind::StandingBalance, left, 4, 299),
            record(TestKind::StandingBalance, left, 5, 300),
            record(TestKind::StandingBalance, tandem, 5, 300),
        ];
        let all = series(&records);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].stance, tandem, "ladder order");
        // Tandem: baseline full (median of 30, 30, 12 s): anything short of 30 s is worse.
        assert_eq!(all[0].baseline.unwrap().tenths, 300);
        assert_eq!(changes(&all[0])[3..], [Change::Worse, Change::Within]);
        // Single leg: baseline 6 s; reaching 30 s is better, 29.9 s is not.
        assert_eq!(changes(&all[1])[3..], [Change::Within, Change::Better]);
    }

    #[test]
    fn fewer_than_three_results_and_extremes() {
        let few = vec![
            record(TestKind::TimedWalk, None, 1, 80),
            record(TestKind::TimedWalk, None, 2, 18_000),
        ];
        let s = one_series(TestKind::TimedWalk, None, &[], &few);
        assert_eq!(s.baseline, None);
        assert_eq!(changes(&s), [Change::Baseline, Change::Baseline]);
        assert!(series(&[]).is_empty());
        assert!(
            one_series(TestKind::FatigueCheck, None, &[], &few)
                .points
                .is_empty()
        );

        // A baseline of 0 s draws no percentage band; extremes do not overflow.
        let zero = vec![
            record(TestKind::FiveTimesSitToStand, None, 1, 0),
            record(TestKind::FiveTimesSitToStand, None, 2, 0),
            record(TestKind::FiveTimesSitToStand, None, 3, 5),
            record(TestKind::FiveTimesSitToStand, None, 4, 6_000),
        ];
        let s = one_series(TestKind::FiveTimesSitToStand, None, &[], &zero);
        assert_eq!(s.baseline, None);
        assert_eq!(s.points[3].change, Change::NoBand);
        let huge = band(TestKind::TimedWalk, u32::MAX).unwrap();
        assert_eq!(huge.high, u32::MAX);
        assert_eq!(change(TestKind::TimedWalk, &huge, 0), Change::Better);
        let top = band(TestKind::ThirtySecondChairStand, u32::MAX).unwrap();
        assert_eq!(
            change(TestKind::ThirtySecondChairStand, &top, u32::MAX),
            Change::Within
        );
    }

    fn with_aids(mut r: TestRecord, aids: &[Aid]) -> TestRecord {
        r.aids = aids.to_vec();
        r
    }

    #[test]
    fn each_condition_has_its_own_baseline_and_band() {
        let chair = TestKind::ThirtySecondChairStand;
        let arms = [Aid::Armrests];
        // Days 1-10, the two conditions interleaved as a person might do them.
        let records = vec![
            record(chair, None, 1, 100),
            with_aids(record(chair, None, 2, 140), &arms),
            record(chair, None, 3, 110),
            with_aids(record(chair, None, 4, 150), &arms),
            record(chair, None, 5, 110),
            with_aids(record(chair, None, 6, 150), &arms),
            // Without armrests: usual median(10, 11, 11) = 11, within 10 to 12 stands:
            // 9 is worse, 12 within.
            record(chair, None, 7, 90),
            record(chair, None, 8, 120),
            // With armrests: usual median(14, 15, 15) = 15, within 14 to 16: 17 is
            // better, 14 within. (One baseline for both, the median of 10, 14 and 11,
            // would have called every result with armrests "more stands".)
            with_aids(record(chair, None, 9, 170), &arms),
            with_aids(record(chair, None, 10, 140), &arms),
        ];
        let all = series(&records);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].aids, []);
        assert_eq!(all[1].aids, arms);
        assert_eq!(
            all[0].baseline,
            Some(Baseline {
                tenths: 110,
                low: 100,
                high: 120
            })
        );
        assert_eq!(
            all[1].baseline,
            Some(Baseline {
                tenths: 150,
                low: 140,
                high: 160
            })
        );
        assert_eq!(changes(&all[0])[3..], [Change::Worse, Change::Within]);
        assert_eq!(changes(&all[1])[3..], [Change::Better, Change::Within]);

        // Two walks with an aid are not compared with the usual without one.
        let walk = TestKind::TimedWalk;
        let aid = [Aid::WalkingAid];
        let walks = vec![
            record(walk, None, 1, 80),
            record(walk, None, 2, 82),
            record(walk, None, 3, 79),
            with_aids(record(walk, None, 4, 120), &aid),
            with_aids(record(walk, None, 5, 125), &aid),
        ];
        let all = series(&walks);
        assert_eq!(all.len(), 2);
        assert_eq!(changes(&all[0]), [Change::Baseline; 3]);
        assert_eq!(all[1].aids, aid);
        assert_eq!(changes(&all[1]), [Change::Baseline; 2]);
        assert_eq!(all[1].baseline, None);
    }

    #[test]
    fn a_new_test_starts_with_the_aids_of_the_last_of_its_kind() {
        let chair = TestKind::ThirtySecondChairStand;
        let records = vec![
            with_aids(record(chair, None, 5, 140), &[Aid::Armrests]),
            record(chair, None, 9, 110),
            with_aids(
                record(TestKind::FiveTimesSitToStand, None, 7, 130),
                &[Aid::Armrests],
            ),
            with_aids(
                record(TestKind::TimedWalk, None, 3, 100),
                &[Aid::WalkingAid],
            ),
        ];
        assert_eq!(last_aids(&records, chair), []);
        assert_eq!(last_aids(&records[..1], chair), [Aid::Armrests]);
        assert_eq!(
            last_aids(&records, TestKind::FiveTimesSitToStand),
            [Aid::Armrests]
        );
        assert_eq!(last_aids(&records, TestKind::TimedWalk), [Aid::WalkingAid]);
        assert_eq!(last_aids(&records, TestKind::FatigueCheck), []);
        // Every aid the test has is named, used or not.
        assert_eq!(
            condition_label(TestKind::TimedWalk, &[Aid::Helper]),
            "without walking aid; with hands-on help"
        );
        assert_eq!(condition_label(chair, &[]), "arms crossed");
        assert_eq!(condition_label(TestKind::StandingBalance, &[]), "");
    }

    #[test]
    fn results_out_of_order_are_sorted_by_time() {
        let records = vec![
            record(TestKind::ThirtySecondChairStand, None, 9, 200),
            record(TestKind::ThirtySecondChairStand, None, 1, 100),
            record(TestKind::ThirtySecondChairStand, None, 3, 110),
            record(TestKind::ThirtySecondChairStand, None, 2, 120),
        ];
        let s = one_series(TestKind::ThirtySecondChairStand, None, &[], &records);
        assert_eq!(s.baseline.unwrap().tenths, 110);
        assert_eq!(s.latest().unwrap().tenths, 200);
        assert_eq!(s.latest().unwrap().change, Change::Better);
    }
}
