//! A FHIR R4 file for clinic systems: a `Bundle` of type `collection` holding one
//! `Observation` per self-test result in a span, one per prescribed routine and full
//! week (sessions done against planned, counted by [`stats::adherence_over`]), and one
//! per week with the average fatigue after sessions ([`stats::trends_over`]).
//!
//! Pure: records, results and the program's weekly counts in, a [`Bundle`] out; the
//! command line writes it. The few resources are hand-written serde structs (only
//! `Serialize`, only the elements Steady fills), so no FHIR model crate is built for a
//! file of four element types; an independent reader checks them
//! (`scripts/fhir-check.sh`). Codes and why each was chosen: `docs/fhir.md`. Words in
//! the file are English, like the CSV: a clinic system reads codes, not sentences.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, SecondsFormat};
use serde::Serialize;

use super::record::SessionRecord;
use super::selftests::TestRecord;
use super::stats::{self, Prescribed, Span, record_day, week_start};
use crate::routine::TestKind;
use crate::session::selftest::{Aid, Stance};

/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// UCUM, the units.
pub const UCUM: &str = "http://unitsofmeasure.org";
/// HL7's observation categories.
pub const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// Steady's own codes, for what no SNOMED CT or LOINC code exists (`docs/fhir.md`).
pub const STEADY_CODES: &str = "https://github.com/steady-app/steady/blob/main/docs/fhir.md";
/// The identifier system of Steady's self-test record ids.
pub const STEADY_RECORD_IDS: &str =
    "https://github.com/steady-app/steady/blob/main/docs/fhir.md#record-ids";

/// What the file is made from.
#[derive(Debug, Clone, Copy)]
pub struct FhirInput<'a> {
    pub records: &'a [SessionRecord],
    pub tests: &'a [TestRecord],
    /// The program's weekly routines (`Program::prescribed`); empty without a program.
    pub prescribed: &'a [Prescribed],
    /// The Monday adherence counts from (`Program::counts_from`).
    pub counts_from: Option<NaiveDate>,
    pub span: Span,
    pub today: NaiveDate,
    /// When the file is made (the bundle's timestamp).
    pub made: DateTime<FixedOffset>,
    /// The person's name and date of birth as they entered them, each may be empty;
    /// with neither, no `Patient` is written.
    pub patient: (&'a str, Option<NaiveDate>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    pub resource_type: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub timestamp: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub resource: Resource,
}

/// A resource in the bundle: the person (only what they entered) or an observation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Resource {
    Patient(Patient),
    Observation(Box<Observation>),
}

/// The person, only with what they entered in Settings → About me (kept only on
/// their computer until they hand this file over).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    pub resource_type: &'static str,
    pub id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub name: Vec<HumanName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HumanName {
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub resource_type: &'static str,
    pub id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub category: Vec<CodeableConcept>,
    pub code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_quantity: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_ratio: Option<Ratio>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub component: Vec<Component>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identifier {
    pub system: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coding {
    pub system: &'static str,
    pub code: String,
    pub display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// A UCUM quantity; `value` is a JSON number as written (an integer for counts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: serde_json::Number,
    pub unit: &'static str,
    pub system: &'static str,
    pub code: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ratio {
    pub numerator: Quantity,
    pub denominator: Quantity,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Component {
    pub code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
}

fn steady_code(code: &str, display: &str) -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: STEADY_CODES,
            code: code.to_owned(),
            display: display.to_owned(),
        }],
        text: display.to_owned(),
    }
}

fn category(code: &str, display: &str) -> Vec<CodeableConcept> {
    vec![CodeableConcept {
        coding: vec![Coding {
            system: CATEGORY,
            code: code.to_owned(),
            display: display.to_owned(),
        }],
        text: display.to_owned(),
    }]
}

/// A FHIR dateTime with seconds and the UTC offset it was recorded with.
fn date_time(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Tenths as a decimal number (12.3), or a whole number when the unit counts.
fn number(tenths: u32, whole: bool) -> serde_json::Number {
    if whole && tenths.is_multiple_of(10) {
        serde_json::Number::from(tenths / 10)
    } else {
        serde_json::Number::from_f64(f64::from(tenths) / 10.0)
            .unwrap_or_else(|| serde_json::Number::from(0))
    }
}

fn count(value: u32, unit: &'static str) -> Quantity {
    Quantity {
        value: serde_json::Number::from(value),
        unit,
        system: UCUM,
        code: "{#}",
    }
}

/// The code of a test: SNOMED CT where one exists, else Steady's own.
fn test_code(kind: TestKind) -> CodeableConcept {
    match kind {
        TestKind::ThirtySecondChairStand => CodeableConcept {
            coding: vec![Coding {
                system: SNOMED,
                code: "450738001".to_owned(),
                display: "Thirty second chair stand test score".to_owned(),
            }],
            text: "30-second chair stand".to_owned(),
        },
        TestKind::FiveTimesSitToStand => {
            steady_code(kind.label(), "Five times sit-to-stand test time")
        }
        TestKind::StandingBalance => steady_code(kind.label(), "Standing balance: time held"),
        TestKind::FatigueCheck => steady_code(kind.label(), "Fatigue check total (0 to 20)"),
        TestKind::TimedWalk => steady_code(kind.label(), "Timed 25-foot walk time"),
    }
}

fn test_value(record: &TestRecord) -> Quantity {
    let (unit, code, whole) = match record.kind {
        TestKind::FiveTimesSitToStand | TestKind::StandingBalance | TestKind::TimedWalk => {
            ("s", "s", false)
        }
        TestKind::ThirtySecondChairStand => ("stands", "{#}", true),
        TestKind::FatigueCheck => ("points", "{score}", true),
    };
    Quantity {
        value: number(record.tenths, whole),
        unit,
        system: UCUM,
        code,
    }
}

fn method(kind: TestKind) -> &'static str {
    match kind {
        TestKind::FiveTimesSitToStand => {
            "Self-test at home, guided and timed by Steady: five full stands from a chair as fast as safely possible, arms crossed over the chest unless armrests are noted"
        }
        TestKind::ThirtySecondChairStand => {
            "Self-test at home, guided and timed by Steady: full stands from a chair in 30 seconds, counted by the person, arms crossed over the chest unless armrests are noted"
        }
        TestKind::StandingBalance => {
            "Self-test at home, guided and timed by Steady beside a counter: each stance held up to 30 seconds, the ladder stopped after a failed stance"
        }
        TestKind::FatigueCheck => {
            "Steady's own five questions answered at home, 0 to 4 each (not a licensed questionnaire)"
        }
        TestKind::TimedWalk => {
            "Self-test at home: 25 feet (7.62 m) at a safe fast pace, a helper pressing start and stop in Steady"
        }
    }
}

fn aid_code(aid: Aid) -> (&'static str, &'static str) {
    match aid {
        Aid::Armrests => ("armrests", "Armrests or hands on thighs used"),
        Aid::WalkingAid => ("walking-aid", "Walking aid used"),
        Aid::Helper => ("hands-on-help", "Hands-on help from another person"),
    }
}

fn stance_code(stance: Stance) -> &'static str {
    use crate::routine::Side;
    match stance {
        Stance::FeetTogether => "feet-together",
        Stance::SemiTandem => "semi-tandem",
        Stance::Tandem => "tandem",
        Stance::SingleLeg(Side::Left) => "single-leg-left",
        Stance::SingleLeg(Side::Right) => "single-leg-right",
    }
}

/// One self-test result: its value, the time with its offset, the condition (each aid
/// the test has, used or not, as a component and in a note), the stance, the method.
fn test_observation(record: &TestRecord) -> Observation {
    let mut component = Vec::new();
    let mut notes = Vec::new();
    for &aid in Aid::for_test(record.kind) {
        let used = record.aids.contains(&aid);
        let (code, display) = aid_code(aid);
        component.push(Component {
            code: steady_code(code, display),
            value_boolean: Some(used),
            value_string: None,
            value_codeable_concept: None,
        });
        notes.push(format!(
            "Done {} {}.",
            if used { "with" } else { "without" },
            aid.label()
        ));
    }
    if let Some(stance) = record.stance {
        component.push(Component {
            code: steady_code("stance", "Stance"),
            value_boolean: None,
            value_string: None,
            value_codeable_concept: Some(steady_code(stance_code(stance), stance.label())),
        });
    }
    let (category_code, category_display) = if record.kind == TestKind::FatigueCheck {
        ("survey", "Survey")
    } else {
        ("activity", "Activity")
    };
    Observation {
        resource_type: "Observation",
        id: format!("selftest-{}", record.id),
        identifier: vec![Identifier {
            system: STEADY_RECORD_IDS,
            value: record.id.clone(),
        }],
        status: "final",
        category: category(category_code, category_display),
        code: test_code(record.kind),
        effective_date_time: Some(date_time(record.at)),
        effective_period: None,
        value_quantity: Some(test_value(record)),
        value_ratio: None,
        note: notes.into_iter().map(|text| Annotation { text }).collect(),
        method: Some(CodeableConcept {
            coding: Vec::new(),
            text: method(record.kind).to_owned(),
        }),
        component,
    }
}

fn sunday_of(monday: NaiveDate) -> NaiveDate {
    monday
        .checked_add_days(Days::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// The Mondays of the weeks that overlap the span, oldest first.
fn mondays(span: Span) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut week = week_start(span.from);
    while week <= span.to {
        out.push(week);
        match week.checked_add_days(Days::new(7)) {
            Some(next) => week = next,
            None => break,
        }
    }
    out
}

/// Sessions done against planned, per prescribed routine, for each week that lies
/// wholly in the span (from the program's first week) and is over by `today`: the
/// weeks the report's adherence percentage counts.
fn adherence_observations(input: &FhirInput<'_>) -> Vec<Observation> {
    let from = input
        .counts_from
        .map_or(input.span.from, |c| c.max(input.span.from));
    let mut out = Vec::new();
    for monday in mondays(input.span) {
        let sunday = sunday_of(monday);
        if monday < from || sunday > input.span.to || sunday >= input.today {
            continue;
        }
        let week = Span {
            from: monday,
            to: sunday,
        };
        let counts = stats::adherence_over(input.records, input.prescribed, week, input.today);
        for (n, routine) in counts.iter().enumerate() {
            let Some(c) = routine.counts.first() else {
                continue;
            };
            out.push(Observation {
                resource_type: "Observation",
                id: format!("adherence-{}-{}", monday.format("%Y%m%d"), n + 1),
                identifier: Vec::new(),
                status: "final",
                category: category("activity", "Activity"),
                code: steady_code(
                    "weekly-adherence",
                    "Sessions done of those planned in the week",
                ),
                effective_date_time: None,
                effective_period: Some(Period {
                    start: monday.to_string(),
                    end: sunday.to_string(),
                }),
                value_quantity: None,
                value_ratio: Some(Ratio {
                    numerator: count(c.done, "sessions"),
                    denominator: count(c.prescribed, "sessions"),
                }),
                note: vec![Annotation {
                    text: "A session counts when at least half of its planned sets were done."
                        .to_owned(),
                }],
                method: None,
                component: vec![Component {
                    code: steady_code("routine", "Routine of the program"),
                    value_boolean: None,
                    value_string: Some(format!("{} ({})", routine.title, routine.routine_id)),
                    value_codeable_concept: None,
                }],
            });
        }
    }
    out
}

/// The average fatigue given after sessions (0 to 10), per week (cut to the span),
/// for weeks with at least one answer; a week not yet over is `preliminary`.
fn fatigue_observations(input: &FhirInput<'_>) -> Vec<Observation> {
    let mut out = Vec::new();
    for monday in mondays(input.span) {
        let sunday = sunday_of(monday);
        let week = Span {
            from: monday.max(input.span.from),
            to: sunday.min(input.span.to),
        };
        let Some(trend) = stats::trends_over(input.records, week).into_iter().next() else {
            continue;
        };
        let Some(average) = trend.avg_fatigue else {
            continue;
        };
        let answers = input
            .records
            .iter()
            .filter(|r| week.contains(record_day(r)) && r.fatigue.is_some())
            .count();
        // One decimal, as the report shows it.
        let tenths = (f64::from(average) * 10.0).round();
        let value = serde_json::Number::from_f64(tenths / 10.0)
            .unwrap_or_else(|| serde_json::Number::from(0));
        out.push(Observation {
            resource_type: "Observation",
            id: format!("fatigue-{}", monday.format("%Y%m%d")),
            identifier: Vec::new(),
            status: if sunday < input.today && week.to == sunday {
                "final"
            } else {
                "preliminary"
            },
            category: category("survey", "Survey"),
            code: steady_code(
                "weekly-average-fatigue",
                "Average fatigue after sessions in the week (0 to 10)",
            ),
            effective_date_time: None,
            effective_period: Some(Period {
                start: week.from.to_string(),
                end: week.to.to_string(),
            }),
            value_quantity: Some(Quantity {
                value,
                unit: "points",
                system: UCUM,
                code: "{score}",
            }),
            value_ratio: None,
            note: vec![Annotation {
                text: format!(
                    "Average of {answers} rating{} given at the end of a session.",
                    if answers == 1 { "" } else { "s" }
                ),
            }],
            method: None,
            component: Vec::new(),
        });
    }
    out
}

/// The bundle: self-test results in the span (oldest first), then weekly adherence,
/// then weekly fatigue.
pub fn bundle(input: &FhirInput<'_>) -> Bundle {
    let mut tests: Vec<&TestRecord> = input
        .tests
        .iter()
        .filter(|t| input.span.contains(t.at.date_naive()))
        .collect();
    tests.sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));
    let (name, born) = input.patient;
    let patient = (!name.trim().is_empty() || born.is_some()).then(|| Patient {
        resource_type: "Patient",
        id: "person".to_owned(),
        name: [name.trim()]
            .into_iter()
            .filter(|n| !n.is_empty())
            .map(|n| HumanName { text: n.to_owned() })
            .collect(),
        birth_date: born.map(|d| d.format("%Y-%m-%d").to_string()),
    });
    let entry = patient
        .into_iter()
        .map(Resource::Patient)
        .chain(
            tests
                .into_iter()
                .map(test_observation)
                .chain(adherence_observations(input))
                .chain(fatigue_observations(input))
                .map(|o| Resource::Observation(Box::new(o))),
        )
        .map(|resource| Entry { resource })
        .collect();
    Bundle {
        resource_type: "Bundle",
        kind: "collection",
        timestamp: date_time(input.made),
        entry,
    }
}

impl Bundle {
    /// Observations in the bundle.
    pub fn len(&self) -> usize {
        self.entry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entry.is_empty()
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }
}
