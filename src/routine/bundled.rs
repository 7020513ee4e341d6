//! The routines in `programs/`, embedded into the binary so that a release build works
//! from any folder. They are read-only in the app and serve as templates.
//!
//! Each may have translations in `programs/<language>/` (today `de/`): whole routine
//! files with the same id and the same numbers, only the words differ (a test checks
//! it). The shells ask for the person's language; history links by id, so it is the
//! same routine in either language.

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
    bundled!("monthly-check.ron"),
];

/// German versions of [`BUNDLED`], by file name under `programs/`.
pub const BUNDLED_DE: &[(&str, &str)] = &[
    bundled!("de/morning-stretches-in-bed.ron"),
    bundled!("de/seated-leg-strength.ron"),
    bundled!("de/sit-to-stand-practice.ron"),
    bundled!("de/standing-balance-with-support.ron"),
    bundled!("de/core-and-hip-stability.ron"),
    bundled!("de/paced-stepping.ron"),
    bundled!("de/arms-and-hands.ron"),
    bundled!("de/calf-quad-and-hip-flexor-stretches.ron"),
    bundled!("de/seated-cardio-intervals.ron"),
    bundled!("de/dynamic-balance-and-foot-clearance.ron"),
    bundled!("de/relax-and-breathe.ron"),
    bundled!("de/monthly-check.ron"),
];

/// The translations of a language (its primary subtag: `de`), if any.
pub fn translations(language: &str) -> &'static [(&'static str, &'static str)] {
    match language {
        "de" => BUNDLED_DE,
        _ => &[],
    }
}

/// [`load_bundled`] in `language` (a primary subtag like `de`): a routine with a
/// translation is read from it, any other in English.
pub fn load_bundled_in(language: &str) -> LoadReport {
    let translated = translations(language);
    let mut report = LoadReport::default();
    for &(file_name, text) in BUNDLED {
        let (file_name, text) = translated
            .iter()
            .find(|(name, _)| name.rsplit('/').next() == Some(file_name))
            .map_or((file_name, text), |&(name, text)| (name, text));
        let origin = Origin::Bundled { file_name };
        let outcome = parse_routine(&origin, text.as_bytes());
        report.push(origin, outcome);
    }
    report.reject_duplicate_ids();
    report
}

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
