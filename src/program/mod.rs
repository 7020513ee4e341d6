//! The person's program: what their therapist prescribed. Which routines she does and
//! on which days (or how many times a week), at which time of day, up to which level;
//! how often the self-test checks are done; the daily time she can give (whole
//! session time: get-ready and rests included); who prescribed it, when it starts and
//! when it is next reviewed (`docs/program-format.md`).
//!
//! The program, not the library, drives the week: the planner plans only what is in
//! it, adherence counts only against it. A routine's own `prescription` is the
//! suggestion used when it is added ([`Prescribed::suggested`]). Kept as
//! `program.ron` in the data folder (`program::file`); exported as one file that
//! carries the person's own routines inside, so one mail attachment is enough.
//!
//! Core: imports `routine` (ids, weekdays, levels) and `files`; never the planner,
//! the shells or the words module. Problems are plain English for files and logs;
//! the shells translate what a person reads.

pub mod file;
pub mod starters;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::routine::validate::is_valid_id;
use crate::routine::{Level, Routine, Weekday};

/// The newest program format this build reads and writes.
pub const PROGRAM_FORMAT: u32 = 1;
/// The daily time's range, in minutes.
pub const DAILY_MINUTES: std::ops::RangeInclusive<u32> = 5..=180;
/// Sessions a week of a routine without fixed days: never twice a day.
pub const TIMES_A_WEEK: std::ops::RangeInclusive<u32> = 1..=7;
/// Weeks between self-test checks.
pub const EVERY_WEEKS: std::ops::RangeInclusive<u32> = 1..=26;
/// The longest clinician name or contact kept.
pub const CLINICIAN_CHARS: usize = 120;
/// The most routines and checks in one program.
pub const MAX_ENTRIES: usize = 40;

/// When in the day a routine belongs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeOfDay {
    #[default]
    Any,
    Morning,
    Afternoon,
    Evening,
}

impl TimeOfDay {
    pub const ALL: [Self; 4] = [Self::Any, Self::Morning, Self::Afternoon, Self::Evening];

    /// The name used in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Morning => "morning",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// The days a routine is done on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// Fixed weekdays, e.g. `Days([Mon, Wed, Fri])`.
    Days(Vec<Weekday>),
    /// So many times a week, on days the planner chooses (with rest days between
    /// strength days).
    TimesAWeek(u32),
}

impl When {
    /// Sessions a week.
    pub fn per_week(&self) -> u32 {
        match self {
            Self::Days(days) => u32::try_from(days.len()).unwrap_or(u32::MAX),
            Self::TimesAWeek(n) => *n,
        }
    }

    /// The fixed days, if any.
    pub fn days(&self) -> Option<&[Weekday]> {
        match self {
            Self::Days(days) => Some(days),
            Self::TimesAWeek(_) => None,
        }
    }
}

/// One routine in the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prescribed {
    /// The routine's id (bundled, in the routines folder, or carried in the file).
    pub routine: String,
    pub when: When,
    #[serde(default, skip_serializing_if = "is_any")]
    pub time: TimeOfDay,
    /// The highest level the person may start at: `Harder` only when the therapist
    /// allows it (else only when the routine's progression rule has been met).
    #[serde(default, skip_serializing_if = "is_normal")]
    pub max_level: Level,
}

fn is_any(t: &TimeOfDay) -> bool {
    *t == TimeOfDay::Any
}

fn is_normal(l: &Level) -> bool {
    *l == Level::Normal
}

impl Prescribed {
    /// The routine's own prescription as a suggestion: its days if it names them,
    /// else its times a week (at most 7), normal level, any time of day.
    pub fn suggested(routine: &Routine) -> Self {
        let when = match &routine.prescription.days {
            Some(days) if !days.is_empty() => When::Days(sorted_days(days)),
            _ => When::TimesAWeek(
                routine
                    .prescription
                    .times_per_week
                    .clamp(*TIMES_A_WEEK.start(), *TIMES_A_WEEK.end()),
            ),
        };
        Self {
            routine: routine.id.clone(),
            when,
            time: TimeOfDay::Any,
            max_level: Level::Normal,
        }
    }
}

/// A check of self-tests, every so many weeks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub routine: String,
    pub every_weeks: u32,
}

/// Who prescribed the program.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinician {
    #[serde(default)]
    pub name: String,
    /// Phone, e-mail or clinic.
    #[serde(default)]
    pub contact: String,
}

impl Clinician {
    fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.contact.trim().is_empty()
    }
}

/// A routine file carried inside an exported program (its exact text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineFile {
    /// `<id>.ron`.
    pub name: String,
    pub text: String,
}

/// The program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub format: u32,
    #[serde(default, skip_serializing_if = "Clinician::is_empty")]
    pub clinician: Clinician,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<NaiveDate>,
    /// The date of the next review with the clinician.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<NaiveDate>,
    /// Whole session minutes a day she can give; without it, the person's own
    /// setting is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_minutes: Option<u32>,
    /// A note from the therapist.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub routines: Vec<Prescribed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Routines carried inside an exported program (empty in the data folder).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routine_files: Vec<RoutineFile>,
}

impl Default for Program {
    fn default() -> Self {
        Self {
            format: PROGRAM_FORMAT,
            clinician: Clinician::default(),
            starts: None,
            review: None,
            daily_minutes: None,
            note: String::new(),
            routines: Vec::new(),
            checks: Vec::new(),
            routine_files: Vec::new(),
        }
    }
}

/// A clinical caution about a program (a warning, never an error): strength work
/// more than [`crate::routine::validate::CAUTION_STRENGTH_TIMES_PER_WEEK`] times a week
/// or on two days in a row (the MS exercise guidelines: 2–3 strength days a week with
/// a rest day between).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caution {
    StrengthTooOften { routine: String, times: u32 },
    StrengthInARow { routine: String },
}

/// A problem with a program: where (a field path like `routines[1].when`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: String,
    pub message: String,
}

impl Program {
    /// The routine's entry, if it is in the program.
    pub fn entry(&self, id: &str) -> Option<&Prescribed> {
        self.routines.iter().find(|p| p.routine == id)
    }

    /// The check's entry, if it is one.
    pub fn check(&self, id: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.routine == id)
    }

    /// Whether the routine is in the program (as a routine or a check).
    pub fn contains(&self, id: &str) -> bool {
        self.entry(id).is_some() || self.check(id).is_some()
    }

    /// Every routine id the program names.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.routines
            .iter()
            .map(|p| p.routine.as_str())
            .chain(self.checks.iter().map(|c| c.routine.as_str()))
    }

    /// The clinician's name and contact in one line ("" when neither is given).
    pub fn clinician_line(&self) -> String {
        let name = self.clinician.name.trim();
        let contact = self.clinician.contact.trim();
        match (name.is_empty(), contact.is_empty()) {
            (false, false) => format!("{name}, {contact}"),
            (false, true) => name.to_owned(),
            (true, false) => contact.to_owned(),
            (true, true) => String::new(),
        }
    }

    /// The cautions of the program; `is_strength` says whether a routine is strength
    /// (or sit-to-stand) work.
    pub fn cautions(&self, is_strength: impl Fn(&str) -> bool) -> Vec<Caution> {
        let mut out = Vec::new();
        for p in self.routines.iter().filter(|p| is_strength(&p.routine)) {
            let times = p.when.per_week();
            if times > crate::routine::validate::CAUTION_STRENGTH_TIMES_PER_WEEK {
                out.push(Caution::StrengthTooOften {
                    routine: p.routine.clone(),
                    times,
                });
            }
            if p.when.days().is_some_and(crate::routine::days_in_a_row) {
                out.push(Caution::StrengthInARow {
                    routine: p.routine.clone(),
                });
            }
        }
        out
    }

    /// The weekly routines as adherence counts them: each with its sessions a week,
    /// titled by `title` (checks have their own charts, not a weekly count).
    pub fn prescribed(
        &self,
        title: impl Fn(&str) -> Option<String>,
    ) -> Vec<crate::history::stats::Prescribed> {
        self.routines
            .iter()
            .map(|p| {
                let name = title(&p.routine).unwrap_or_else(|| p.routine.clone());
                crate::history::stats::Prescribed::new(&p.routine, &name, p.when.per_week())
            })
            .collect()
    }

    /// The first day adherence counts from: the Monday of the week the program
    /// started (weeks before it were not prescribed).
    pub fn counts_from(&self) -> Option<NaiveDate> {
        use chrono::Datelike as _;
        self.starts
            .map(|d| d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday())))
    }

    /// Adds or replaces a routine's entry; a check of the same id is dropped.
    pub fn set(&mut self, entry: Prescribed) {
        self.checks.retain(|c| c.routine != entry.routine);
        match self
            .routines
            .iter_mut()
            .find(|p| p.routine == entry.routine)
        {
            Some(old) => *old = entry,
            None => self.routines.push(entry),
        }
    }

    /// Adds or replaces a check; a routine entry of the same id is dropped.
    pub fn set_check(&mut self, check: Check) {
        self.routines.retain(|p| p.routine != check.routine);
        match self.checks.iter_mut().find(|c| c.routine == check.routine) {
            Some(old) => *old = check,
            None => self.checks.push(check),
        }
    }

    /// Removes a routine or check; whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.routines.len() + self.checks.len();
        self.routines.retain(|p| p.routine != id);
        self.checks.retain(|c| c.routine != id);
        before != self.routines.len() + self.checks.len()
    }

    /// Every problem at once. `known` says whether a routine id exists (bundled, in
    /// the folder, or carried in this file).
    pub fn validate(&self, known: &dyn Fn(&str) -> bool) -> Vec<Invalid> {
        let mut out = Vec::new();
        let mut fail = |field: String, message: String| out.push(Invalid { field, message });
        if self.format == 0 || self.format > PROGRAM_FORMAT {
            fail(
                "format".into(),
                format!(
                    "format {} is not one this Steady reads (it reads format {PROGRAM_FORMAT}); a newer Steady may have made it",
                    self.format
                ),
            );
        }
        if let Some(m) = self.daily_minutes
            && !DAILY_MINUTES.contains(&m)
        {
            fail(
                "daily_minutes".into(),
                format!(
                    "{m} minutes a day is outside {}–{} minutes",
                    DAILY_MINUTES.start(),
                    DAILY_MINUTES.end()
                ),
            );
        }
        for (field, text) in [
            ("clinician.name", &self.clinician.name),
            ("clinician.contact", &self.clinician.contact),
        ] {
            if text.chars().count() > CLINICIAN_CHARS {
                fail(
                    field.into(),
                    format!("is longer than {CLINICIAN_CHARS} characters"),
                );
            }
            if text.chars().any(char::is_control) {
                fail(field.into(), "has a control character".into());
            }
        }
        if let (Some(starts), Some(review)) = (self.starts, self.review)
            && review < starts
        {
            fail(
                "review".into(),
                format!("the review ({review}) is before the start ({starts})"),
            );
        }
        if self.routines.len() + self.checks.len() > MAX_ENTRIES {
            fail(
                "routines".into(),
                format!("more than {MAX_ENTRIES} routines and checks"),
            );
        }
        let mut seen: Vec<String> = Vec::new();
        let mut check_id = |field: String, id: &str, fail: &mut dyn FnMut(String, String)| {
            if !is_valid_id(id) {
                fail(
                    field,
                    format!("\"{id}\" is not a routine id (lowercase letters, digits and dashes)"),
                );
            } else if seen.iter().any(|s| s == id) {
                fail(field, format!("\"{id}\" is named twice"));
            } else if !known(id) {
                fail(
                    field,
                    format!(
                        "no routine \"{id}\": it is neither inside the file nor in Steady's routines"
                    ),
                );
            }
            seen.push(id.to_owned());
        };
        for (i, p) in self.routines.iter().enumerate() {
            check_id(format!("routines[{i}].routine"), &p.routine, &mut fail);
            let field = format!("routines[{i}].when");
            match &p.when {
                When::Days(days) => {
                    if days.is_empty() {
                        fail(field, "names no day".into());
                    } else if days.len() != sorted_days(days).len() {
                        fail(field, "names a day twice".into());
                    }
                }
                When::TimesAWeek(n) if !TIMES_A_WEEK.contains(n) => fail(
                    field,
                    format!(
                        "{n} times a week is outside {}–{} (never twice a day)",
                        TIMES_A_WEEK.start(),
                        TIMES_A_WEEK.end()
                    ),
                ),
                When::TimesAWeek(_) => {}
            }
        }
        for (i, c) in self.checks.iter().enumerate() {
            check_id(format!("checks[{i}].routine"), &c.routine, &mut fail);
            if !EVERY_WEEKS.contains(&c.every_weeks) {
                fail(
                    format!("checks[{i}].every_weeks"),
                    format!(
                        "every {} weeks is outside {}–{} weeks",
                        c.every_weeks,
                        EVERY_WEEKS.start(),
                        EVERY_WEEKS.end()
                    ),
                );
            }
        }
        out
    }

    /// The program as its file holds it: RON, fixed field order, `\n` newlines,
    /// routine texts inside as raw strings (unescaped, so they read as written).
    pub fn to_ron_string(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .indentor("    ")
            .struct_names(true)
            .escape_strings(false);
        let body = ron::ser::to_string_pretty(self, config)?;
        Ok(format!("{body}\n"))
    }
}

/// Weekdays Monday first, each once.
pub fn sorted_days(days: &[Weekday]) -> Vec<Weekday> {
    Weekday::ALL
        .into_iter()
        .filter(|d| days.contains(d))
        .collect()
}

/// Parses day names as a person types them: `mon,wed,fri` (English three-letter
/// or full names, any case). `Err` names the word that is not a day.
pub fn parse_days(text: &str) -> Result<Vec<Weekday>, String> {
    let mut days = Vec::new();
    for word in text.split([',', ' ']).filter(|w| !w.trim().is_empty()) {
        let w = word.trim().to_ascii_lowercase();
        let day = Weekday::ALL.into_iter().find(|d| {
            let short = format!("{d:?}").to_ascii_lowercase();
            w == short || (w.len() >= 3 && long_name(*d).starts_with(&w))
        });
        match day {
            Some(d) => days.push(d),
            None => return Err(word.trim().to_owned()),
        }
    }
    if days.is_empty() {
        return Err(text.trim().to_owned());
    }
    Ok(sorted_days(&days))
}

fn long_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_as_typed() {
        assert_eq!(
            parse_days("fri, MON,wed"),
            Ok(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri])
        );
        assert_eq!(parse_days("tuesday"), Ok(vec![Weekday::Tue]));
        assert_eq!(parse_days("mon,funday"), Err("funday".to_owned()));
        assert_eq!(parse_days(" "), Err(String::new()));
    }

    #[test]
    fn problems_are_all_found_at_once() {
        let program = Program {
            format: 1,
            daily_minutes: Some(2),
            routines: vec![
                Prescribed {
                    routine: "legs".into(),
                    when: When::Days(vec![]),
                    time: TimeOfDay::Any,
                    max_level: Level::Normal,
                },
                Prescribed {
                    routine: "legs".into(),
                    when: When::TimesAWeek(9),
                    time: TimeOfDay::Any,
                    max_level: Level::Normal,
                },
                Prescribed {
                    routine: "Nope".into(),
                    when: When::TimesAWeek(2),
                    time: TimeOfDay::Any,
                    max_level: Level::Normal,
                },
            ],
            checks: vec![Check {
                routine: "gone".into(),
                every_weeks: 0,
            }],
            ..Program::default()
        };
        let fields: Vec<String> = program
            .validate(&|id| id == "legs")
            .into_iter()
            .map(|i| i.field)
            .collect();
        assert_eq!(
            fields,
            [
                "daily_minutes",
                "routines[0].when",
                "routines[1].routine",
                "routines[1].when",
                "routines[2].routine",
                "checks[0].routine",
                "checks[0].every_weeks",
            ]
        );
    }
}
