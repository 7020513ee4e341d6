//! Routine files: good ones load and round-trip; broken ones give the right problem at
//! the right line and column; one bad file in a folder never hides the good ones.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;

use steady::routine::bundled::{BUNDLED, load_bundled};
use steady::routine::load::{MAX_ROUTINE_FILE_BYTES, load_paths};
use steady::routine::{
    Dose, Focus, Origin, Problem, Routine, Severity, Tempo, load_dir, load_file, parse_routine,
    to_ron_string,
};

/// A small valid routine with one exercise of each dose kind. Line numbers matter:
/// the broken-file tests below edit it and expect problems at known places.
const BASE: &str = r#"Routine(
    format: 1,
    id: "test-routine",
    title: "Test routine",
    summary: "For tests.",
    focus: [Strength, Balance],
    position: Seated,
    equipment: ["A chair"],
    prescription: Prescription(times_per_week: 3, note: "Every other day."),
    safety: ["Stop if it hurts."],
    rest_between_exercises_secs: 60,
    exercises: [
        Exercise(
            name: "Knee straightening",
            steps: ["Sit tall.", "Straighten one knee.", "Lower it slowly."],
            dose: Reps(sets: 2, reps: 10, tempo: Tempo(up_secs: 3, hold_secs: 1, down_secs: 3)),
            rest_between_sets_secs: 60,
            sides: EachSide,
            lighter: Reps(sets: 1, reps: 8),
        ),
        Exercise(
            name: "Feet together",
            steps: ["Stand at the counter.", "Hold."],
            dose: Hold(sets: 3, hold_secs: 30),
            rest_between_sets_secs: 30,
        ),
        Exercise(
            name: "Stepping",
            steps: ["Step on the spot."],
            dose: Stepping(duration_secs: 120, beats_per_min: 100),
            rest_between_sets_secs: 0,
        ),
    ],
)
"#;

fn origin() -> Origin {
    Origin::File("test.ron".into())
}

fn parse(text: &str) -> Result<Routine, Vec<Problem>> {
    parse_routine(&origin(), text.as_bytes()).map(|p| p.routine)
}

/// The single error a broken text gives.
fn one_error(text: &[u8]) -> Problem {
    let Err(problems) = parse_routine(&origin(), text) else {
        panic!("expected a problem")
    };
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    problems.into_iter().next().unwrap()
}

fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "the base text has no {from:?}");
    BASE.replacen(from, to, 1)
}

#[test]
fn base_routine_is_valid() {
    let routine = parse(BASE).unwrap();
    assert_eq!(routine.exercises.len(), 3);
    assert_eq!(
        routine.exercises[0].dose,
        Dose::Reps {
            sets: 2,
            reps: 10,
            tempo: Some(Tempo {
                up_secs: 3,
                hold_secs: 1,
                down_secs: 3
            })
        }
    );
    // `Some(…)` may be left out around optional values, and written too.
    let explicit = edit(
        "lighter: Reps(sets: 1, reps: 8)",
        "lighter: Some(Reps(sets: 1, reps: 8))",
    );
    assert_eq!(parse(&explicit).unwrap(), routine);
}

#[test]
fn every_dose_kind_round_trips_through_save() {
    let routine = parse(BASE).unwrap();
    let kinds: Vec<&str> = routine
        .exercises
        .iter()
        .map(|e| match e.dose {
            Dose::Reps { .. } => "reps",
            Dose::Hold { .. } => "hold",
            Dose::Stepping { .. } => "stepping",
            Dose::Timed { .. } => "timed",
            Dose::Test { .. } => "test",
        })
        .collect();
    assert_eq!(kinds, ["reps", "hold", "stepping"]);

    let saved = to_ron_string(&routine).unwrap();
    let reloaded = parse(&saved).unwrap();
    assert_eq!(reloaded, routine);
    // Saving is byte-stable, and uses \n line endings on every platform.
    assert_eq!(to_ron_string(&reloaded).unwrap(), saved);
    assert!(!saved.contains('\r'));
    assert!(!saved.contains("Some("), "optional values are written bare");
}

#[test]
fn every_bundled_routine_round_trips_through_save() {
    for loaded in load_bundled().routines {
        let saved = to_ron_string(&loaded.routine).unwrap();
        let reloaded = parse(&saved).unwrap_or_else(|p| panic!("{p:#?}\n{saved}"));
        assert_eq!(reloaded, loaded.routine);
    }
}

#[test]
fn bundled_routines_load_without_problems_and_are_written_with_care() {
    let report = load_bundled();
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.routines.len(), BUNDLED.len());
    assert!(report.routines.len() >= 6);
    for loaded in &report.routines {
        let r = &loaded.routine;
        assert!(!r.safety.is_empty(), "{} has no safety notes", r.id);
        assert!(
            r.safety.iter().any(|s| s.contains("clinician")),
            "{} does not say when to contact a clinician",
            r.id
        );
        for e in r
            .exercises
            .iter()
            .filter(|e| !matches!(e.dose, Dose::Test { .. }))
        {
            assert!(
                e.lighter.is_some(),
                "{}: {} has no lighter dose",
                r.id,
                e.name
            );
            if let Dose::Reps { sets, reps, .. } = e.dose {
                assert!((1..=3).contains(&sets), "{}: {}", r.id, e.name);
                assert!((5..=15).contains(&reps), "{}: {}", r.id, e.name);
            }
            if let Dose::Hold { hold_secs, .. } = e.dose {
                assert!((5..=60).contains(&hold_secs), "{}: {}", r.id, e.name);
            }
            if r.focus.contains(&Focus::Strength)
                && e.dose.sets() > 1
                && matches!(e.dose, Dose::Reps { .. })
            {
                assert!(
                    (60..=120).contains(&e.rest_between_sets_secs),
                    "{}: {} rests {} s between sets",
                    r.id,
                    e.name,
                    e.rest_between_sets_secs
                );
            }
        }
    }
    let focus: Vec<_> = report
        .routines
        .iter()
        .flat_map(|l| l.routine.focus.clone())
        .collect();
    for wanted in [
        Focus::Strength,
        Focus::Balance,
        Focus::SitToStand,
        Focus::Stretch,
        Focus::Core,
        Focus::Gait,
    ] {
        assert!(focus.contains(&wanted), "no bundled routine for {wanted:?}");
    }
}

#[test]
fn the_files_in_programs_are_the_bundled_ones() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let report = load_dir(&dir, false);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.routines.len(), BUNDLED.len());
}

/// Each broken file: (what, text, line, col, words the message must contain).
#[test]
fn broken_files_give_the_right_place_and_message() {
    let truncated = &BASE[..BASE.find("Feet together").unwrap()];
    let cases: Vec<(&str, String, usize, usize, &str)> = vec![
        ("truncated", truncated.to_owned(), 22, 19, "never closed"),
        (
            "truncated at a bracket",
            BASE[..BASE
                .find("        Exercise(\n            name: \"Feet")
                .unwrap()]
                .to_owned(),
            20,
            11,
            "ends too early",
        ),
        (
            "missing comma",
            edit("position: Seated,", "position: Seated"),
            7,
            21,
            "comma is missing at the end of this line",
        ),
        (
            "wrong enum variant",
            edit("dose: Hold(", "dose: Holdd("),
            24,
            19,
            "\"Holdd\" is not one of the choices here: Reps, Hold, Stepping, Timed",
        ),
        (
            "unknown field",
            edit(
                "rest_between_sets_secs: 30,",
                "rest_between_sets_secs: 30, restt: 5,",
            ),
            25,
            41,
            "Unknown field \"restt\"",
        ),
        (
            "negative value",
            edit("Hold(sets: 3,", "Hold(sets: -3,"),
            24,
            30,
            "A negative number is not allowed here",
        ),
        (
            "zero sets",
            edit("Hold(sets: 3,", "Hold(sets: 0,"),
            24,
            30,
            "`sets` must be between 1 and 10 (found 0)",
        ),
        (
            "absurd hold",
            edit("hold_secs: 30", "hold_secs: 86400"),
            24,
            44,
            "`hold_secs` must be between 1 and 600 (found 86400)",
        ),
        (
            "absurd stepping",
            edit("duration_secs: 120", "duration_secs: 36000"),
            30,
            43,
            "`duration_secs` must be between 10 and 1800",
        ),
        (
            "tempo part of zero",
            edit("up_secs: 3, hold_secs: 1", "up_secs: 0, hold_secs: 1"),
            16,
            65,
            "Tempo `up_secs` must be between 1 and 20 (found 0)",
        ),
        (
            "newer format",
            edit("format: 1,", "format: 4,"),
            2,
            13,
            "made by a newer Steady (format 4)",
        ),
        (
            "missing field",
            edit("    rest_between_exercises_secs: 60,\n", ""),
            33,
            1,
            "\"rest_between_exercises_secs\" is missing",
        ),
        (
            "duplicate exercise name",
            edit("name: \"Stepping\"", "name: \"feet together\""),
            28,
            19,
            "Two exercises are called \"feet together\"",
        ),
        (
            "empty instruction",
            edit("steps: [\"Step on the spot.\"]", "steps: [\"  \"]"),
            29,
            21,
            "An instruction step is empty",
        ),
        (
            "no instructions",
            edit("steps: [\"Step on the spot.\"]", "steps: []"),
            29,
            20,
            "has no instruction steps",
        ),
        (
            "bad id",
            edit("id: \"test-routine\"", "id: \"Test Routine\""),
            3,
            9,
            "may only have lowercase letters",
        ),
        ("empty file", String::new(), 1, 1, "The file is empty"),
        (
            "two routines in one file",
            format!("{BASE}{BASE}"),
            35,
            1,
            "more text after the end",
        ),
    ];
    for (what, text, line, col, words) in &cases {
        let problem = one_error(text.as_bytes());
        assert_eq!(problem.severity, Severity::Error, "{what}");
        assert!(
            problem.message.contains(words),
            "{what}: message {:?} lacks {words:?}",
            problem.message
        );
        assert_eq!(problem.line_col, Some((*line, *col)), "{what}: {problem}");
        // The one-line form is `path:line:col: error: …`.
        assert!(
            problem
                .to_string()
                .starts_with(&format!("test.ron:{line}:{col}: error: ")),
            "{what}: {problem}"
        );
    }
    assert!(cases.len() >= 12);
}

#[test]
fn all_semantic_problems_are_reported_at_once() {
    let text = edit(
        "Hold(sets: 3, hold_secs: 30)",
        "Hold(sets: 0, hold_secs: 0)",
    )
    .replacen("times_per_week: 3", "times_per_week: 0", 1)
    .replacen("focus: [Strength, Balance]", "focus: []", 1);
    let problems = parse(&text).unwrap_err();
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(problems.len(), 4, "{messages:#?}");
    assert!(problems.iter().all(|p| p.line_col.is_some()));
}

#[test]
fn misspelt_names_get_a_suggestion() {
    let problem = one_error(edit("sides: EachSide", "sides: EachSyde").as_bytes());
    assert_eq!(problem.hint.as_deref(), Some("Did you mean EachSide?"));
    let problem =
        one_error(edit("rest_between_sets_secs: 30", "rest_between_set_secs: 30").as_bytes());
    assert_eq!(
        problem.hint.as_deref(),
        Some("Did you mean rest_between_sets_secs?")
    );
}

#[test]
fn bom_and_crlf_are_warnings_and_the_routine_still_loads() {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(BASE.as_bytes());
    let parsed = parse_routine(&origin(), &bom).unwrap();
    assert_eq!(parsed.routine, parse(BASE).unwrap());
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].severity, Severity::Warning);
    assert!(parsed.warnings[0].message.contains("byte order mark"));
    assert_eq!(parsed.warnings[0].line_col, Some((1, 1)));

    let crlf = BASE.replace('\n', "\r\n");
    let parsed = parse_routine(&origin(), crlf.as_bytes()).unwrap();
    assert_eq!(parsed.routine, parse(BASE).unwrap());
    assert_eq!(parsed.warnings.len(), 1);
    assert!(parsed.warnings[0].message.contains("CRLF"));
    assert_eq!(parsed.warnings[0].line_col, Some((1, 9)));
}

#[test]
fn non_utf8_bytes_point_at_the_bad_byte() {
    let mut bytes = BASE.as_bytes().to_vec();
    let at = BASE.find("Feet together").unwrap() + 5;
    bytes[at] = 0xFF;
    let problem = one_error(&bytes);
    assert!(problem.message.contains("not UTF-8"), "{problem}");
    assert!(problem.message.contains("0xFF"), "{problem}");
    assert_eq!(problem.line_col, Some((22, 25)));
}

#[test]
fn comments_are_detected_but_not_in_strings() {
    let with = format!("// Written by our physio\n{BASE}");
    assert!(
        parse_routine(&origin(), with.as_bytes())
            .unwrap()
            .has_comments
    );
    let url = edit("For tests.", "See https://example.org/x");
    assert!(
        !parse_routine(&origin(), url.as_bytes())
            .unwrap()
            .has_comments
    );
}

#[test]
fn a_50_mb_file_is_refused_quickly_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let problems = load_file(&path).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("50 MiB"), "{}", problems[0]);
    assert!(problems[0].message.contains("at most 1 MiB"));
    assert_eq!(problems[0].path, path);

    // The same limit holds for bytes that did not come from a file.
    let bytes = vec![b' '; MAX_ROUTINE_FILE_BYTES as usize + 1];
    assert!(
        one_error(&bytes)
            .message
            .contains("a routine file is at most")
    );
}

#[test]
fn a_folder_with_bad_files_still_yields_every_good_routine() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    for (name, text) in BUNDLED {
        write(name, text);
    }
    write(
        "a-broken.ron",
        &edit("position: Seated,", "position: Seated"),
    );
    write("z-newer.ron", &edit("format: 1,", "format: 7,"));
    // A sync tool's conflict copy of a bundled routine: same id.
    write(
        "paced-stepping.sync-conflict-20261120-101010-ABCD.ron",
        BUNDLED[5].1,
    );
    write("notes.txt", "not a routine");
    write(".hidden.ron", "ignored");
    std::fs::create_dir(dir.path().join("sub.ron")).unwrap();

    let report = load_dir(dir.path(), false);
    let ids: Vec<&str> = report
        .routines
        .iter()
        .map(|r| r.routine.id.as_str())
        .collect();
    assert_eq!(ids.len(), BUNDLED.len(), "{ids:?}");
    for problem in &report.problems {
        println!("{problem}");
    }
    assert_eq!(report.problems.len(), 3);
    let names: Vec<String> = report
        .problems
        .iter()
        .map(|p| p.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(names.contains(&"a-broken.ron".to_owned()));
    assert!(names.contains(&"z-newer.ron".to_owned()));
    let duplicate = report
        .problems
        .iter()
        .find(|p| p.message.contains("already used by"))
        .expect("the conflict copy is reported");
    assert!(duplicate.message.contains("\"paced-stepping\""));
    assert_eq!(duplicate.line_col, Some((4, 9)));
}

#[test]
fn duplicate_ids_across_files_keep_the_first_and_report_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::fs::write(&a, BASE).unwrap();
    std::fs::write(&b, edit("title: \"Test routine\"", "title: \"Other\"")).unwrap();
    let report = load_paths(&[a.clone(), b.clone()]);
    assert_eq!(report.routines.len(), 1);
    assert_eq!(report.routines[0].routine.title, "Test routine");
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].path, b);
    assert_eq!(report.problems[0].line_col, Some((3, 9)));
}

#[test]
fn missing_files_and_folders_are_problems_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.ron");
    let problems = load_file(&missing).unwrap_err();
    assert!(
        problems[0].message.contains("does not exist"),
        "{}",
        problems[0]
    );
    assert!(load_dir(&dir.path().join("nope"), true).problems.is_empty());
    assert_eq!(load_dir(&dir.path().join("nope"), false).problems.len(), 1);
}

#[test]
fn the_example_in_the_format_documentation_is_a_valid_routine() {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/routine-format.md"),
    )
    .unwrap();
    let start = doc.find("```ron\n").unwrap() + "```ron\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let parsed =
        parse_routine(&origin(), &doc.as_bytes()[start..end]).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(parsed.has_comments);
    assert_eq!(parsed.routine.rest_prompts.len(), 2);
    assert!(!parsed.routine.notes.is_empty());
    // Every field of format 2 is shown, the example has no warning, and its id is
    // not a bundled one (importing it must not clash).
    assert_eq!(parsed.routine.format, steady::routine::FORMAT_VERSION);
    assert!(parsed.routine.progression.is_some());
    let e = &parsed.routine.exercises[0];
    assert!(e.load.is_some() && e.tempo_words.is_some() && e.position.is_some());
    assert!(e.switch_secs.is_some());
    assert!(parsed.warnings.is_empty(), "{:#?}", parsed.warnings);
    assert!(load_bundled().get(&parsed.routine.id).is_none());
    for dose in [
        "Timed(",
        "OneSideThenOther",
        "hold_secs: 0",
        "Aerobic",
        "Relaxation",
    ] {
        assert!(doc.contains(dose), "the doc does not mention {dose}");
    }
}

/// A routine's encoding with every string emptied: what is left is its shape and its
/// numbers.
fn without_words(routine: &Routine) -> String {
    let text = ron::to_string(routine).unwrap();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '"' {
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => {}
                }
            }
            out.push('"');
        }
    }
    out
}

#[test]
fn every_translation_is_its_routine_in_other_words() {
    use steady::routine::bundled::{BUNDLED_DE, load_bundled_in, translations};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/de");
    let on_disk = load_dir(&dir, false);
    assert!(on_disk.problems.is_empty(), "{:#?}", on_disk.problems);
    assert_eq!(
        on_disk.routines.len(),
        BUNDLED_DE.len(),
        "every file is listed"
    );
    assert_eq!(
        translations("de").len(),
        BUNDLED.len(),
        "every routine has German"
    );
    let english = load_bundled();
    let german = load_bundled_in("de");
    assert!(german.problems.is_empty(), "{:#?}", german.problems);
    assert_eq!(german.routines.len(), english.routines.len());
    for (en, de) in english.routines.iter().zip(&german.routines) {
        let (en, de) = (&en.routine, &de.routine);
        assert_eq!(en.id, de.id);
        assert_ne!(en.title, de.title, "{} is not translated", en.id);
        assert_eq!(without_words(en), without_words(de), "{}", en.id);
        // The words are all there: as many lines of steps, safety and equipment.
        for (a, b) in en.exercises.iter().zip(&de.exercises) {
            assert_eq!(a.steps.len(), b.steps.len(), "{} {}", en.id, a.name);
            assert!(b.steps.iter().all(|s| !s.trim().is_empty()));
        }
    }
    // A language without translations is English.
    assert_eq!(load_bundled_in("fr").routines.len(), english.routines.len());
    assert_eq!(
        load_bundled_in("fr").routines[0].routine.title,
        english.routines[0].routine.title
    );
}

/// The clinician list every bundled routine ends its safety notes with (MS patient
/// guidance), the same words in each.
const CLINICIAN_LIST: [&str; 6] = [
    "Stop and contact your clinician if you have sudden or new weakness.",
    "Contact your clinician if weakness lasts more than 24 hours after you have cooled down.",
    "Contact your clinician if you have a fall.",
    "Contact your clinician about new numbness or a change in your vision.",
    "Do not exercise with a fever or an infection. Tell your clinician about it.",
    "Contact your clinician if you notice you are getting less able over several weeks.",
];

#[test]
fn every_bundled_exercise_has_three_doses_a_picture_and_every_routine_the_clinician_list() {
    for language in ["en", "de"] {
        let report = steady::routine::bundled::load_bundled_in(language);
        let mut lists = std::collections::BTreeSet::new();
        for loaded in &report.routines {
            let r = &loaded.routine;
            let tail: Vec<String> = r.safety.iter().rev().take(6).rev().cloned().collect();
            if language == "en" {
                assert_eq!(tail, CLINICIAN_LIST, "{}", r.id);
            }
            lists.insert(tail);
            for (i, e) in r.exercises.iter().enumerate() {
                assert!(
                    steady::routine::pictures::for_exercise(r, i).is_some(),
                    "{language} {}: {} has no picture",
                    r.id,
                    e.name
                );
                // A self-test is the same test on every day: no levels (format 3).
                if matches!(e.dose, Dose::Test { .. }) {
                    continue;
                }
                assert!(
                    e.lighter.is_some(),
                    "{language} {}: {} lighter",
                    r.id,
                    e.name
                );
                assert!(e.harder.is_some(), "{language} {}: {} harder", r.id, e.name);
                assert_ne!(e.lighter.as_ref(), Some(&e.dose), "{}: {}", r.id, e.name);
                assert_ne!(e.harder.as_ref(), Some(&e.dose), "{}: {}", r.id, e.name);
            }
        }
        // The same list, word for word, in every routine of a language.
        assert_eq!(lists.len(), 1, "{language}: {lists:#?}");
    }
}

/// Every harder and lighter dose of every bundled routine, English and German, differs
/// from the normal dose in exactly one variable (sets, reps, tempo, hold, duration or
/// beat): a level changes one thing, so the person and the therapist know what changed.
#[test]
fn every_level_changes_exactly_one_variable() {
    use steady::routine::Dose;
    fn variables(d: &Dose) -> Vec<(&'static str, String)> {
        match *d {
            Dose::Reps { sets, reps, tempo } => vec![
                ("sets", sets.to_string()),
                ("reps", reps.to_string()),
                ("tempo", format!("{tempo:?}")),
            ],
            Dose::Hold { sets, hold_secs } => {
                vec![("sets", sets.to_string()), ("hold", hold_secs.to_string())]
            }
            Dose::Stepping {
                duration_secs,
                beats_per_min,
            } => vec![
                ("duration", duration_secs.to_string()),
                ("beat", beats_per_min.to_string()),
            ],
            Dose::Timed {
                sets,
                work_secs,
                effort,
            } => vec![
                ("sets", sets.to_string()),
                ("work", work_secs.to_string()),
                ("effort", format!("{effort:?}")),
            ],
            Dose::Test { kind } => vec![("test", format!("{kind:?}"))],
        }
    }
    let mut checked = 0;
    for language in ["en", "de"] {
        for loaded in steady::routine::bundled::load_bundled_in(language).routines {
            for e in &loaded.routine.exercises {
                for (level, dose) in [("lighter", &e.lighter), ("harder", &e.harder)] {
                    let Some(dose) = dose else { continue };
                    let (a, b) = (variables(&e.dose), variables(dose));
                    assert_eq!(
                        a.len(),
                        b.len(),
                        "{}: {} {level}",
                        loaded.routine.id,
                        e.name
                    );
                    let changed: Vec<&str> = a
                        .iter()
                        .zip(&b)
                        .filter(|(x, y)| x != y)
                        .map(|(x, _)| x.0)
                        .collect();
                    assert_eq!(
                        changed.len(),
                        1,
                        "{language} {}: {} {level} changes {changed:?}",
                        loaded.routine.id,
                        e.name
                    );
                    checked += 1;
                }
            }
        }
    }
    // 56 exercises with both levels, in two languages.
    assert_eq!(checked, 224);
}
