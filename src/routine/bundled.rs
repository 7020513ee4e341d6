//! The routines in `programs/`, embedded into the binary so that a release build works
//! from any folder. They are read-only in the app and serve as templates.

use super::load::{LoadReport, Origin, parse_routine};

macro_rules! bundled {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/programs/", $name)),
        )
    };
}

/// File name and text of every bundled routine, in the order shown on Home.
pub const BUNDLED: &[(&str, &str)] = &[
    bundled!("morning-stretches-in-bed.ron"),
    bundled!("seated-leg-strength.ron"),
    bundled!("sit-to-stand-practice.ron"),
    bundled!("standing-balance-with-support.ron"),
    bundled!("core-and-hip-stability.ron"),
    bundled!("paced-stepping.ron"),
    bundled!("arms-and-hands.ron"),
    bundled!("calf-quad-and-hip-flexor-stretches.ron"),
    bundled!("seated-cardio-intervals.ron"),
    bundled!("dynamic-balance-and-foot-clearance.ron"),
    bundled!("relax-and-breathe.ron"),
];

/// Parses every bundled routine. A problem here is a bug in Steady, and tests keep the
/// list empty; the app still shows it rather than hiding it.
pub fn load_bundled() -> LoadReport {
    let mut report = LoadReport::default();
    for &(file_name, text) in BUNDLED {
        let origin = Origin::Bundled { file_name };
        let outcome = parse_routine(&origin, text.as_bytes());
        report.push(origin, outcome);
    }
    report.reject_duplicate_ids();
    report
}
