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
//! the same way everywhere.

use chrono::{DateTime, FixedOffset};

use super::selftests::TestRecord;
use crate::routine::TestKind;
use crate::session::selftest::{STANCE_FULL_SECS, Stance};

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

/// The results of one test (one stance for balance), oldest first, with the baseline
/// once there are three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestSeries {
    pub kind: TestKind,
    pub stance: Option<Stance>,
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
            (
                baseline.saturating_sub(margin),
                baseline.saturating_add(margin),
            )
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

/// How a value compares with a band.
pub fn change(kind: TestKind, band: &Baseline, tenths: u32) -> Change {
    let (lower, higher) = (tenths < band.low, tenths > band.high);
    match (lower, higher, kind.lower_is_better()) {
        (true, _, true) | (_, true, false) => Change::Better,
        (true, _, false) | (_, true, true) => Change::Worse,
        _ => Change::Within,
    }
}

/// One series per test (and per stance for balance), in [`TestKind::ALL`] and ladder
/// order, each oldest first. Tests without results are left out.
pub fn series(records: &[TestRecord]) -> Vec<TestSeries> {
    let mut keys: Vec<(TestKind, Option<Stance>)> = Vec::new();
    for r in records {
        if !keys.contains(&(r.kind, r.stance)) {
            keys.push((r.kind, r.stance));
        }
    }
    keys.sort_by_key(|(kind, stance)| {
        (
            TestKind::ALL.iter().position(|k| k == kind),
            stance.map(Stance::rung),
        )
    });
    keys.into_iter()
        .map(|(kind, stance)| one_series(kind, stance, records))
        .collect()
}

/// The series of one test (and stance).
pub fn one_series(kind: TestKind, stance: Option<Stance>, records: &[TestRecord]) -> TestSeries {
    let mut mine: Vec<&TestRecord> = records
        .iter()
        .filter(|r| r.kind == kind && r.stance == stance)
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
        let s = one_series(TestKind::FiveTimesSitToStand, None, &records);
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
        // Chair stand: baseline 11 stands; 2 stands or more is a real change.
        let b = band(TestKind::ThirtySecondChairStand, 110).unwrap();
        assert_eq!((b.low, b.high), (91, 129));
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
        // Fatigue: baseline 10 points; 4 points or more; fewer points is better.
        let b = band(TestKind::FatigueCheck, 100).unwrap();
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
        let s = one_series(TestKind::TimedWalk, None, &few);
        assert_eq!(s.baseline, None);
        assert_eq!(changes(&s), [Change::Baseline, Change::Baseline]);
        assert!(series(&[]).is_empty());
        assert!(
            one_series(TestKind::FatigueCheck, None, &few)
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
        let s = one_series(TestKind::FiveTimesSitToStand, None, &zero);
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

    #[test]
    fn results_out_of_order_are_sorted_by_time() {
        let records = vec![
            record(TestKind::ThirtySecondChairStand, None, 9, 200),
            record(TestKind::ThirtySecondChairStand, None, 1, 100),
            record(TestKind::ThirtySecondChairStand, None, 3, 110),
            record(TestKind::ThirtySecondChairStand, None, 2, 120),
        ];
        let s = one_series(TestKind::ThirtySecondChairStand, None, &records);
        assert_eq!(s.baseline.unwrap().tenths, 110);
        assert_eq!(s.latest().unwrap().tenths, 200);
        assert_eq!(s.latest().unwrap().change, Change::Better);
    }
}
