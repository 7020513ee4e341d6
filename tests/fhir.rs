//! The FHIR file (`history::fhir`) for a small fixture, every expected value worked
//! out by hand: two weeks of a program with one routine three times a week, three
//! sessions with fatigue answers, four self-test results in the period and one after
//! it. The file's validity as FHIR is checked by an independent reader in
//! `scripts/fhir-check.sh`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{Value, json};
use steady::history::SessionRecord;
use steady::history::fhir::{FhirInput, bundle};
use steady::history::selftests::{TEST_RECORD_FORMAT, TestRecord};
use steady::history::stats::{Prescribed, Span};
use steady::routine::TestKind;
use steady::session::selftest::{Aid, Stance};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A finished session of seated-leg-strength that counts (from the example history,
/// moved to `started`), with `fatigue` at check-out.
fn session(started: &str, fatigue: Option<u8>) -> SessionRecord {
    let started = at(started);
    let library = steady::routine::bundled::load_bundled();
    let routine = library.get("seated-leg-strength").unwrap().routine.clone();
    let (records, _) = steady::history::sample::sample_history(
        &[routine],
        4,
        day("2026-01-30"),
        *started.offset(),
        7,
    );
    let mut r = records
        .into_iter()
        .find(|r| r.completed() && r.counts_toward_prescription())
        .unwrap();
    let length = r.ended - r.started;
    r.id = format!("s{}", started.timestamp());
    r.started = started;
    r.ended = started + length;
    r.fatigue = fatigue;
    r
}

fn result(id: &str, when: &str, kind: TestKind, tenths: u32, aids: &[Aid]) -> TestRecord {
    TestRecord {
        format: TEST_RECORD_FORMAT,
        id: id.to_owned(),
        at: at(when),
        kind,
        stance: (kind == TestKind::StandingBalance).then_some(Stance::Tandem),
        tenths,
        unit: kind.unit().to_owned(),
        aids: aids.to_vec(),
        check_in: None,
        routine_id: None,
        level: None,
    }
}

fn steady_code(code: &str, text: &str) -> Value {
    json!({
        "coding": [{
            "system": "https://github.com/steady-app/steady/blob/main/docs/fhir.md",
            "code": code,
            "display": text,
        }],
        "text": text,
    })
}

#[test]
fn a_fixed_fixture_gives_the_observations_worked_out_by_hand() {
    let records = [
        // Week of Monday 2 November: two sessions, fatigue 3 and 6 (average 4.5).
        session("2026-11-02T09:00:00+01:00", Some(3)),
        session("2026-11-04T09:00:00+01:00", Some(6)),
        // Week of 9 November: one session, fatigue 5; one without an answer.
        session("2026-11-10T18:00:00+01:00", Some(5)),
        session("2026-11-13T18:00:00+01:00", None),
        // After the period: left out.
        session("2026-11-16T09:00:00+01:00", Some(9)),
    ];
    let tests = [
        // Given out of order: the file lists them by time.
        result(
            "00000000000000c3",
            "2026-11-12T17:30:05+01:00",
            TestKind::FiveTimesSitToStand,
            143,
            &[],
        ),
        result(
            "00000000000000a1",
            "2026-11-04T10:15:00+01:00",
            TestKind::ThirtySecondChairStand,
            120,
            &[Aid::Armrests],
        ),
        result(
            "00000000000000b2",
            "2026-11-11T09:00:00+01:00",
            TestKind::ThirtySecondChairStand,
            90,
            &[],
        ),
        result(
            "00000000000000d4",
            "2026-11-14T08:00:00-05:00",
            TestKind::StandingBalance,
            215,
            &[],
        ),
        result(
            "00000000000000e5",
            "2026-11-16T10:00:00+01:00",
            TestKind::TimedWalk,
            96,
            &[Aid::WalkingAid],
        ),
    ];
    let prescribed = [Prescribed::new(
        "seated-leg-strength",
        "Seated leg strength",
        3,
    )];
    let input = FhirInput {
        records: &records,
        tests: &tests,
        prescribed: &prescribed,
        counts_from: Some(day("2026-11-02")),
        span: Span {
            from: day("2026-11-02"),
            to: day("2026-11-15"),
        },
        today: day("2026-11-20"),
        made: at("2026-11-20T12:00:00+01:00"),
        patient: ("", None),
    };
    let value: Value = serde_json::from_str(&bundle(&input).to_json().unwrap()).unwrap();

    assert_eq!(value["resourceType"], "Bundle");
    assert_eq!(value["type"], "collection");
    assert_eq!(value["timestamp"], "2026-11-20T12:00:00+01:00");
    let entries: Vec<&Value> = value["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .collect();
    let ids: Vec<&str> = entries.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "selftest-00000000000000a1",
            "selftest-00000000000000b2",
            "selftest-00000000000000c3",
            "selftest-00000000000000d4",
            "adherence-20261102-1",
            "adherence-20261109-1",
            "fatigue-20261102",
            "fatigue-20261109",
        ]
    );

    // The chair stand with armrests, whole.
    assert_eq!(
        *entries[0],
        json!({
            "resourceType": "Observation",
            "id": "selftest-00000000000000a1",
            "identifier": [{
                "system": "https://github.com/steady-app/steady/blob/main/docs/fhir.md#record-ids",
                "value": "00000000000000a1",
            }],
            "status": "final",
            "category": [{
                "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "activity",
                    "display": "Activity",
                }],
                "text": "Activity",
            }],
            "code": {
                "coding": [{
                    "system": "http://snomed.info/sct",
                    "code": "450738001",
                    "display": "Thirty second chair stand test score",
                }],
                "text": "30-second chair stand",
            },
            "effectiveDateTime": "2026-11-04T10:15:00+01:00",
            "valueQuantity": {
                "value": 12,
                "unit": "stands",
                "system": "http://unitsofmeasure.org",
                "code": "{#}",
            },
            "note": [{ "text": "Done with armrests." }],
            "method": {
                "text": "Self-test at home, guided and timed by Steady: full stands from a chair in 30 seconds, counted by the person, arms crossed over the chest unless armrests are noted",
            },
            "component": [{
                "code": steady_code("armrests", "Armrests or hands on thighs used"),
                "valueBoolean": true,
            }],
        })
    );
    // Without armrests: said as such, 9 stands.
    assert_eq!(entries[1]["valueQuantity"]["value"], json!(9));
    assert_eq!(entries[1]["component"][0]["valueBoolean"], json!(false));
    assert_eq!(
        entries[1]["note"],
        json!([{ "text": "Done without armrests." }])
    );
    // 14.3 s, seconds kept to the tenth, Steady's code, the offset as recorded.
    assert_eq!(
        entries[2]["code"],
        steady_code(
            "five-times-sit-to-stand",
            "Five times sit-to-stand test time"
        )
    );
    assert_eq!(entries[2]["effectiveDateTime"], "2026-11-12T17:30:05+01:00");
    assert_eq!(
        entries[2]["valueQuantity"],
        json!({ "value": 14.3, "unit": "s", "system": "http://unitsofmeasure.org", "code": "s" })
    );
    // Balance: 21.5 s in tandem, recorded at UTC-5; no aid to state.
    assert_eq!(entries[3]["effectiveDateTime"], "2026-11-14T08:00:00-05:00");
    assert_eq!(entries[3]["valueQuantity"]["value"], json!(21.5));
    assert_eq!(
        entries[3]["component"],
        json!([{ "code": steady_code("stance", "Stance"), "valueCodeableConcept": steady_code("tandem", "tandem") }])
    );
    assert!(entries[3].get("note").is_none());

    // Adherence: 2 of 3 in each week (in the second, the session on the 13th counts
    // too: it has no fatigue answer, but its sets were done).
    let ratio = |n: u32, d: u32| {
        let sessions = |v: u32| json!({ "value": v, "unit": "sessions", "system": "http://unitsofmeasure.org", "code": "{#}" });
        json!({ "numerator": sessions(n), "denominator": sessions(d) })
    };
    assert_eq!(entries[4]["valueRatio"], ratio(2, 3));
    assert_eq!(
        entries[4]["effectivePeriod"],
        json!({ "start": "2026-11-02", "end": "2026-11-08" })
    );
    assert_eq!(
        entries[4]["component"][0]["valueString"],
        "Seated leg strength (seated-leg-strength)"
    );
    assert_eq!(entries[5]["valueRatio"], ratio(2, 3));
    assert_eq!(
        entries[5]["effectivePeriod"],
        json!({ "start": "2026-11-09", "end": "2026-11-15" })
    );

    // Fatigue: (3 + 6) / 2 = 4.5 from 2 answers; 5 from 1 answer (the session
    // without an answer is not averaged); the 16th's 9 is after the period.
    assert_eq!(entries[6]["valueQuantity"]["value"], json!(4.5));
    assert_eq!(entries[6]["status"], "final");
    assert_eq!(
        entries[6]["note"][0]["text"],
        "Average of 2 ratings given at the end of a session."
    );
    assert_eq!(entries[7]["valueQuantity"]["value"], json!(5.0));
    assert_eq!(
        entries[7]["note"][0]["text"],
        "Average of 1 rating given at the end of a session."
    );
    assert_eq!(entries[7]["valueQuantity"]["code"], "{score}");
}

#[test]
fn weeks_before_the_program_or_not_over_have_no_adherence_and_a_cut_week_is_preliminary() {
    let records = [
        session("2026-11-03T09:00:00+01:00", Some(4)),
        session("2026-11-11T09:00:00+01:00", Some(2)),
        session("2026-11-18T09:00:00+01:00", Some(6)),
    ];
    let prescribed = [Prescribed::new(
        "seated-leg-strength",
        "Seated leg strength",
        3,
    )];
    let input = FhirInput {
        records: &records,
        tests: &[],
        prescribed: &prescribed,
        // The program started in the week of 9 November.
        counts_from: Some(day("2026-11-09")),
        span: Span {
            from: day("2026-11-02"),
            to: day("2026-11-19"),
        },
        // Thursday: the week of 16 November is not over.
        today: day("2026-11-19"),
        made: at("2026-11-19T12:00:00+01:00"),
        patient: ("", None),
    };
    let value: Value = serde_json::from_str(&bundle(&input).to_json().unwrap()).unwrap();
    let entries: Vec<&Value> = value["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .collect();
    let ids: Vec<&str> = entries.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "adherence-20261109-1",
            "fatigue-20261102",
            "fatigue-20261109",
            "fatigue-20261116",
        ]
    );
    assert_eq!(entries[0]["valueRatio"]["numerator"]["value"], json!(1));
    assert_eq!(entries[1]["status"], "final");
    assert_eq!(entries[3]["status"], "preliminary");
    assert_eq!(
        entries[3]["effectivePeriod"],
        json!({ "start": "2026-11-16", "end": "2026-11-19" })
    );
}

/// The person entered a name and a date of birth (Settings → About me): the bundle
/// carries one `Patient` with just those, first; without them, none.
#[test]
fn a_patient_only_with_what_the_person_entered() {
    let span = Span {
        from: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 3, 8).unwrap(),
    };
    let made = DateTime::parse_from_rfc3339("2026-03-09T10:00:00+01:00").unwrap();
    let input = |patient| FhirInput {
        records: &[],
        tests: &[],
        prescribed: &[],
        counts_from: None,
        span,
        today: span.to,
        made,
        patient,
    };
    let with: Value = serde_json::from_str(
        &bundle(&input((
            "Maria Keller",
            NaiveDate::from_ymd_opt(1968, 4, 2),
        )))
        .to_json()
        .unwrap(),
    )
    .unwrap();
    assert_eq!(with["entry"][0]["resource"]["resourceType"], "Patient");
    assert_eq!(
        with["entry"][0]["resource"]["name"][0]["text"],
        "Maria Keller"
    );
    assert_eq!(with["entry"][0]["resource"]["birthDate"], "1968-04-02");
    let without: Value =
        serde_json::from_str(&bundle(&input(("", None))).to_json().unwrap()).unwrap();
    assert!(without.get("entry").is_none(), "{without}");
}
