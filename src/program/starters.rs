//! Starter programs for a person without a therapist's program yet, built from the
//! bundled routines. Each is a real weekly structure following the MS exercise
//! guidelines (Kim et al. 2019): strength on two or three fixed days with a rest day
//! between, stretching little and often, a self-test check every four weeks, and
//! morning for the work that needs the most energy (fatigue tends to peak later in
//! the day). The shells name them in the person's language by [`Starter::key`].

use super::{Check, Prescribed, Program, TimeOfDay, When};
use crate::routine::{Level, Weekday};

/// The bundled check of self-tests, planned every four weeks.
pub const CHECK_ID: &str = "monthly-check";

/// One starter program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Starter {
    /// Seated leg strength on Mon, Wed, Fri; morning stretches in bed; relaxation in
    /// the evening.
    SeatedStart,
    /// Standing balance and paced stepping on alternate days, stretches three times.
    BalanceAndWalking,
    /// Morning stretches, standing stretches and relaxation: for a gentle start.
    StretchAndRelax,
}

impl Starter {
    pub const ALL: [Self; 3] = [
        Self::SeatedStart,
        Self::BalanceAndWalking,
        Self::StretchAndRelax,
    ];

    /// The name used in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::SeatedStart => "seated-start",
            Self::BalanceAndWalking => "balance-and-walking",
            Self::StretchAndRelax => "stretch-and-relax",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key.trim())
    }

    /// The program.
    pub fn program(self) -> Program {
        use Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
        let entry = |id: &str, when: When, time: TimeOfDay| Prescribed {
            routine: id.to_owned(),
            when,
            time,
            max_level: Level::Normal,
        };
        let (routines, daily_minutes) = match self {
            Self::SeatedStart => (
                vec![
                    entry(
                        "seated-leg-strength",
                        When::Days(vec![Mon, Wed, Fri]),
                        TimeOfDay::Morning,
                    ),
                    entry(
                        "morning-stretches-in-bed",
                        When::Days(vec![Tue, Thu, Sat]),
                        TimeOfDay::Morning,
                    ),
                    entry("relax-and-breathe", When::TimesAWeek(3), TimeOfDay::Evening),
                ],
                40,
            ),
            Self::BalanceAndWalking => (
                vec![
                    entry(
                        "standing-balance-with-support",
                        When::Days(vec![Tue, Thu, Sat]),
                        TimeOfDay::Morning,
                    ),
                    entry(
                        "paced-stepping",
                        When::Days(vec![Mon, Wed, Fri]),
                        TimeOfDay::Morning,
                    ),
                    entry(
                        "calf-quad-and-hip-flexor-stretches",
                        When::TimesAWeek(3),
                        TimeOfDay::Any,
                    ),
                ],
                40,
            ),
            Self::StretchAndRelax => (
                vec![
                    entry(
                        "morning-stretches-in-bed",
                        When::TimesAWeek(5),
                        TimeOfDay::Morning,
                    ),
                    entry(
                        "calf-quad-and-hip-flexor-stretches",
                        When::Days(vec![Mon, Wed, Fri]),
                        TimeOfDay::Any,
                    ),
                    entry("relax-and-breathe", When::TimesAWeek(3), TimeOfDay::Evening),
                ],
                40,
            ),
        };
        Program {
            daily_minutes: Some(daily_minutes),
            routines,
            checks: vec![Check {
                routine: CHECK_ID.to_owned(),
                every_weeks: 4,
            }],
            ..Program::default()
        }
    }
}
