//! Messages for broken routine files point at the real mistake, in words that say
//! how to fix it: a table of broken files, each with the exact line a person reads
//! (`path:line:col: error: message (near `text`) hint`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use steady::routine::{Origin, Problem, Severity, parse_routine};

/// A small valid routine with one exercise of each dose kind (as in
/// `tests/routine_files.rs`); the cases below edit it.
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

fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "the base text has no {from:?}");
    BASE.replacen(from, to, 1)
}

/// The single problem a broken text gives.
fn one_error(text: &str) -> Problem {
    let Err(problems) = parse_routine(&Origin::File("t.ron".into()), text.as_bytes()) else {
        panic!("expected a problem")
    };
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn the_base_routine_loads() {
    assert!(parse_routine(&Origin::File("t.ron".into()), BASE.as_bytes()).is_ok());
}

/// Each broken file: (what, text, the exact line after `t.ron:`).
#[test]
fn every_broken_file_gets_its_exact_message() {
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "four missing fields in an exercise",
            edit("            dose: Hold(sets: 3, hold_secs: 30),\n", "")
                .replacen(
                    "            steps: [\"Stand at the counter.\", \"Hold.\"],\n",
                    "",
                    1,
                )
                .replacen("            name: \"Feet together\",\n", "", 1),
            r#"23:9: error: The fields "name", "steps" and "dose" are missing in the Exercise that ends here. (near `),`) See docs/routine-format.md for every field."#,
        ),
        (
            "one missing field",
            edit("            dose: Hold(sets: 3, hold_secs: 30),\n", ""),
            r#"25:9: error: The field "dose" is missing in the Exercise that ends here. (near `),`) See docs/routine-format.md for every field."#,
        ),
        (
            "missing field in a hold",
            edit("Hold(sets: 3, hold_secs: 30)", "Hold(sets: 3)"),
            r#"24:31: error: The field "hold_secs" is missing in the Hold that ends here. (near `…dose: Hold(sets: 3),`) See docs/routine-format.md for every field."#,
        ),
        (
            "empty reps",
            edit("lighter: Reps(sets: 1, reps: 8)", "lighter: Reps()"),
            r#"19:27: error: The fields "sets" and "reps" are missing in the Reps that ends here. (near `…lighter: Reps(),`) See docs/routine-format.md for every field."#,
        ),
        (
            "two missing tempo parts",
            edit(
                "Tempo(up_secs: 3, hold_secs: 1, down_secs: 3)",
                "Tempo(up_secs: 3)",
            ),
            r#"16:66: error: The fields "hold_secs" and "down_secs" are missing in the Tempo that ends here. (near `…po: Tempo(up_secs: 3)),`) See docs/routine-format.md for every field."#,
        ),
        (
            "missing routine fields",
            edit("    title: \"Test routine\",\n", "").replacen("    position: Seated,\n", "", 1),
            r#"32:1: error: The fields "title" and "position" are missing in the Routine that ends here. (near `)`) See docs/routine-format.md for every field."#,
        ),
        (
            "missing prescription times",
            edit(
                "Prescription(times_per_week: 3, note: \"Every other day.\")",
                "Prescription(note: \"Every other day.\")",
            ),
            r#"9:56: error: The field "times_per_week" is missing in the Prescription that ends here. (near `…: "Every other day."),`) See docs/routine-format.md for every field."#,
        ),
        (
            "unclosed quote swallowing a line",
            edit("\"Test routine\"", "\"Test routine"),
            r#"4:12: error: This text is never closed: its closing `"` is missing. (near `title: "Test routine,`) End the text with a double quote on the same line."#,
        ),
        (
            "unclosed quote running into the next text",
            edit("\"Sit tall.\"", "\"Sit tall."),
            r#"15:21: error: This text is never closed: its closing `"` is missing. (near `steps: ["Sit tall., "Straighten one kn…`) End the text with a double quote on the same line."#,
        ),
        (
            "unclosed quote at the end of a note",
            edit("\"Every other day.\")", "\"Every other day.)"),
            r#"9:57: error: This text is never closed: its closing `"` is missing. (near `…_per_week: 3, note: "Every other day.),`) End the text with a double quote on the same line."#,
        ),
        (
            "file cut inside a text",
            BASE[..BASE.find("Feet together").unwrap()].to_owned(),
            r#"22:19: error: This text is never closed: its closing `"` is missing. (near `name: "`) End the text with a double quote."#,
        ),
        (
            "file cut at a bracket",
            BASE[..BASE
                .find("        Exercise(\n            name: \"Feet")
                .unwrap()]
                .to_owned(),
            r#"20:11: error: The file ends too early: a value or a closing bracket is missing. (near `),`) Check that every `(` and `[` has its partner."#,
        ),
        (
            "unit s after seconds",
            edit("hold_secs: 30", "hold_secs: 30s"),
            r#"24:46: error: Write the number alone, without a unit. (near `…ts: 3, hold_secs: 30s),`) `hold_secs` is in seconds: write 60 for a minute, like `hold_secs: 60`."#,
        ),
        (
            "unit m after seconds",
            edit(
                "rest_between_exercises_secs: 60",
                "rest_between_exercises_secs: 1m",
            ),
            r#"11:35: error: Write the number alone, without a unit. (near `…en_exercises_secs: 1m,`) `rest_between_exercises_secs` is in seconds: write 60 for a minute, like `rest_between_exercises_secs: 60`."#,
        ),
        (
            "unit after reps",
            edit("reps: 10,", "reps: 10x,"),
            r#"16:41: error: Write the number alone, without a unit. (near `…ps(sets: 2, reps: 10x, tempo: Tempo(up_secs: 3, ho…`) `reps` is a whole number from 1 to 50, like 10."#,
        ),
        (
            "range instead of a number",
            edit("times_per_week: 3", "times_per_week: 2-3"),
            r#"9:49: error: One number only here, not a range. (near `…on(times_per_week: 2-3, note: "Every other day."),`) `times_per_week` is one whole number from 1 to 14, like 3; a range like 2-3 can go in the prescription's `note`."#,
        ),
        (
            "quoted range",
            edit("times_per_week: 3", "times_per_week: \"2-3\""),
            r#"9:48: error: A whole number is expected here, without quotes. (near `…ion(times_per_week: "2-3", note: "Every other day.…`) `times_per_week` is one whole number from 1 to 14, like 3; a range like 2-3 can go in the prescription's `note`."#,
        ),
        (
            "quoted number",
            edit("reps: 10,", "reps: \"10\","),
            r#"16:39: error: A whole number is expected here, without quotes. (near `…Reps(sets: 2, reps: "10", tempo: Tempo(up_secs: 3,…`) `reps` is a whole number from 1 to 50, like 10."#,
        ),
        (
            "decimal number",
            edit("reps: 10,", "reps: 10.5,"),
            r#"16:41: error: Whole numbers only here: seconds and counts have no decimal point. (near `…ps(sets: 2, reps: 10.5, tempo: Tempo(up_secs: 3, h…`) Round it, for example 2 or 3."#,
        ),
        (
            "negative number",
            edit("Hold(sets: 3,", "Hold(sets: -3,"),
            r#"24:30: error: A negative number is not allowed here: counts and seconds are 0 or more. (near `…dose: Hold(sets: -3, hold_secs: 30),`) Remove the minus sign."#,
        ),
        (
            "true for a number",
            edit("reps: 10,", "reps: true,"),
            r#"16:38: error: A whole number of 0 or more is expected here. (near `…Reps(sets: 2, reps: true, tempo: Tempo(up_secs: 3…`) `reps` is a whole number from 1 to 50, like 10."#,
        ),
        (
            "missing closing paren of an exercise",
            edit(
                "            lighter: Reps(sets: 1, reps: 8),\n        ),",
                "            lighter: Reps(sets: 1, reps: 8),",
            ),
            r#"20:9: error: A `)` is missing before this: the Exercise above is not closed, so `Exercise(` reads as a field of it. (near `Exercise(`) Close the Exercise above with `),`."#,
        ),
        (
            "missing closing paren of Some",
            edit("lighter: Reps(", "lighter: Some(Reps("),
            r#"21:9: error: A `)` is missing before this: the Exercise above is not closed, so `Exercise(` reads as a field of it. (near `Exercise(`) Close the Exercise above with `),`."#,
        ),
        (
            "missing list brackets",
            edit("focus: [Strength, Balance]", "focus: Strength"),
            r#"6:11: error: `focus` is a list: its items go in square brackets. (near `focus: Strength,`) Write `focus: [Strength],`."#,
        ),
        (
            "missing exercises bracket",
            edit("exercises: [", "exercises:"),
            r#"12:15: error: `exercises` is a list: its items go in square brackets. (near `exercises:`) Put `[` after `exercises:` and `]` after its last item."#,
        ),
        (
            "list never closed",
            edit("[\"A chair\"]", "[\"A chair\""),
            r#"9:5: error: The list before this is not closed: a `]` is missing. (near `prescription: Prescription(tim…`) End the list with `],` before the next field."#,
        ),
        (
            "quoted choice",
            edit("sides: EachSide", "sides: \"each side\""),
            r#"18:20: error: `sides` is one of a fixed set of choices, written without quotes: BothAtOnce, EachSide, OneSideThenOther. (near `sides: "each side",`) Did you mean EachSide?"#,
        ),
        (
            "quoted choice in a list",
            edit(
                "focus: [Strength, Balance]",
                "focus: [\"Strength\", Balance]",
            ),
            r#"6:13: error: `focus` is one of a fixed set of choices, written without quotes: Strength, Balance, SitToStand, Stretch, Mobility, Core, Gait, Stairs, Aerobic, Relaxation. (near `focus: ["Strength", Balance],`) Did you mean Strength?"#,
        ),
        (
            "quoted position",
            edit("position: Seated", "position: \"seated\""),
            r#"7:15: error: `position` is one of a fixed set of choices, written without quotes: Lying, Seated, Standing, StandingWithSupport. (near `position: "seated",`) Did you mean Seated?"#,
        ),
        (
            "hash comment",
            edit("    safety:", "    # a note\n    safety:"),
            r#"10:5: error: Comments start with `//` in a routine file, not `#`. (near `# a note`) Write `// your note`, or remove the line."#,
        ),
        (
            "hash comment on the first line",
            format!("# note\n{BASE}"),
            r#"1:1: error: Comments start with `//` in a routine file, not `#`. (near `# note`) Write `// your note`, or remove the line."#,
        ),
        (
            "abbreviated field",
            edit("Hold(sets: 3, hold_secs: 30)", "Hold(sets: 3, hold: 30)"),
            r#"24:33: error: Unknown field "hold" in Hold. Known fields: sets, hold_secs. (near `…dose: Hold(sets: 3, hold: 30),`) Did you mean hold_secs?"#,
        ),
        (
            "field of another dose",
            edit("Hold(sets: 3, hold_secs: 30)", "Hold(sets: 3, reps: 30)"),
            r#"24:33: error: Unknown field "reps" in Hold. Known fields: sets, hold_secs. (near `…dose: Hold(sets: 3, reps: 30),`) `reps` belongs in Reps(…), not in Hold(…)."#,
        ),
        (
            "misspelt field",
            edit("rest_between_sets_secs: 30", "rest_between_set_secs: 30"),
            r#"25:13: error: Unknown field "rest_between_set_secs" in Exercise. Known fields: name, steps, dose, rest_between_sets_secs, sides, first_side, switch_secs, position, load, tempo_words, lighter, harder, note, image. (near `rest_between_set_secs: 30,`) Did you mean rest_between_sets_secs?"#,
        ),
        (
            "transposed letters",
            edit("title:", "titel:"),
            r#"4:5: error: Unknown field "titel" in Routine. Known fields: format, id, title, summary, focus, position, equipment, prescription, safety, rest_between_exercises_secs, rest_prompts, notes, exercises, progression. (near `titel: "Test routine",`) Did you mean title?"#,
        ),
        (
            "unknown field",
            edit(
                "rest_between_sets_secs: 30,",
                "rest_between_sets_secs: 30, restt: 5,",
            ),
            r#"25:41: error: Unknown field "restt" in Exercise. Known fields: name, steps, dose, rest_between_sets_secs, sides, first_side, switch_secs, position, load, tempo_words, lighter, harder, note, image. (near `…ween_sets_secs: 30, restt: 5,`) Remove it, or check its spelling."#,
        ),
        (
            "misspelt choice",
            edit("sides: EachSide", "sides: EachSyde"),
            r#"18:20: error: "EachSyde" is not one of the choices here: BothAtOnce, EachSide, OneSideThenOther. (near `sides: EachSyde,`) Did you mean EachSide?"#,
        ),
        (
            "lowercase choice",
            edit("position: Seated", "position: seated"),
            r#"7:15: error: "seated" is not one of the choices here: Lying, Seated, Standing, StandingWithSupport. (near `position: seated,`) Did you mean Seated?"#,
        ),
        (
            "wrong dose kind",
            edit("dose: Hold(", "dose: Holdd("),
            r#"24:19: error: "Holdd" is not one of the choices here: Reps, Hold, Stepping, Timed, Test. (near `dose: Holdd(sets: 3, hold_secs: 30),`) Did you mean Hold?"#,
        ),
        (
            "missing comma",
            edit("position: Seated,", "position: Seated"),
            r#"7:21: error: A comma is missing at the end of this line. (near `position: Seated`) Put a comma after each field and after each item in a list."#,
        ),
        (
            "missing comma before a comment",
            edit("position: Seated,", "position: Seated // at the table"),
            r#"7:21: error: A comma is missing at the end of this line. (near `position: Seated // at the table`) Put a comma after each field and after each item in a list."#,
        ),
        (
            "semicolon",
            edit("position: Seated,", "position: Seated;"),
            r#"7:21: error: Use a comma here, not a semicolon. (near `position: Seated;`) Put a comma after each field and after each item in a list."#,
        ),
        (
            "equals sign",
            edit("position: Seated,", "position = Seated,"),
            r#"7:14: error: Write a colon after the field name, not `=`. (near `position = Seated,`) Like `position: Seated,`."#,
        ),
        (
            "single quotes",
            edit("\"A chair\"", "'A chair'"),
            r#"8:17: error: Text goes in double quotes, not single quotes. (near `equipment: ['A chair'],`) Write text like "Sit to stand"."#,
        ),
        (
            "number for text",
            edit("title: \"Test routine\"", "title: 5"),
            r#"4:11: error: Text is expected here, in double quotes. (near `title: 5,`) Write text like "Sit to stand"."#,
        ),
        (
            "field written twice",
            edit(
                "    summary: \"For tests.\",\n",
                "    summary: \"For tests.\",\n    summary: \"Again.\",\n",
            ),
            r#"6:5: error: The field "summary" is written twice. (near `summary: "Again.",`) Keep one of them."#,
        ),
        (
            "lowercase routine",
            edit("Routine(", "routine("),
            r#"1:1: error: Expected Routine(…) here, but found routine(…). (near `routine(`) Names are case-sensitive: write Routine(."#,
        ),
        (
            "curly brackets",
            edit("Routine(", "Routine{"),
            r#"1:8: error: This does not look like a routine: a routine file starts with `Routine(`. (near `Routine{`) Is this the right file? Copy a bundled routine to begin."#,
        ),
        (
            "block comment never closed",
            edit("    safety:", "    /* a note\n    safety:"),
            r#"10:7: error: A `/*` comment is never closed. (near `/* a note`) End it with `*/`."#,
        ),
        (
            "two routines in one file",
            format!("{BASE}{BASE}"),
            r#"35:1: error: There is more text after the end of the routine. (near `Routine(`) One file holds one routine; remove what follows its last `)`."#,
        ),
        (
            "empty file",
            String::new(),
            r#"1:1: error: The file is empty. A routine starts with `Routine(`; copy a bundled routine to begin."#,
        ),
        (
            "zero sets",
            edit("Hold(sets: 3,", "Hold(sets: 0,"),
            r#"24:30: error: `sets` must be between 1 and 10 (found 0). (near `…dose: Hold(sets: 0, hold_secs: 30),`)"#,
        ),
        (
            "absurd hold",
            edit("hold_secs: 30", "hold_secs: 86400"),
            r#"24:44: error: `hold_secs` must be between 1 and 600 (found 86400). (near `…sets: 3, hold_secs: 86400),`) Is a digit too many? Steady keeps doses in a safe, sensible range."#,
        ),
        (
            "tempo part of zero",
            edit("up_secs: 3, hold_secs: 1", "up_secs: 0, hold_secs: 1"),
            r#"16:65: error: Tempo `up_secs` must be between 1 and 20 (found 0). (near `…mpo: Tempo(up_secs: 0, hold_secs: 1, down_secs: 3)…`)"#,
        ),
        (
            "bad id",
            edit("id: \"test-routine\"", "id: \"Test Routine\""),
            r#"3:9: error: The id "Test Routine" may only have lowercase letters, digits and dashes. (near `id: "Test Routine",`) Use lowercase words joined by dashes, like "seated-leg-strength"."#,
        ),
        (
            "no instructions",
            edit("steps: [\"Step on the spot.\"]", "steps: []"),
            r#"29:20: error: "Stepping" has no instruction steps. (near `steps: [],`) Add at least one short sentence to `steps`."#,
        ),
        (
            "a count written with an exponent",
            edit("reps: 10, tempo", "reps: 1e1, tempo"),
            r#"16:39: error: A whole number is expected here, and 'e' is not a digit. (near `…Reps(sets: 2, reps: 1e1, tempo: Tempo(up_secs: 3,…`) `reps` is a whole number from 1 to 50, like 10."#,
        ),
        (
            "a count too large for any number",
            edit("Reps(sets: 2, reps: 10", "Reps(sets: 99999999999, reps: 10"),
            r#"16:30: error: The number 99999999999 is too large here: a smaller whole number is expected. (near `…dose: Reps(sets: 99999999999, reps: 10, tempo:…`) `sets` is a whole number from 1 to 10, like 2."#,
        ),
        (
            "a field without its colon",
            edit(
                "rest_between_exercises_secs: 60",
                "rest_between_exercises_secs 60",
            ),
            r#"11:32: error: A colon is missing here: a field is written as its name, a colon, and its value. (near `…tween_exercises_secs 60,`) Write it like `sets: 2,`."#,
        ),
    ];
    let mut wrong = Vec::new();
    for (what, text, expected) in &cases {
        if parse_routine(&Origin::File("t.ron".into()), text.as_bytes()).is_ok() {
            wrong.push(format!("{what}: loads without an error"));
            continue;
        }
        let problem = one_error(text);
        assert_eq!(problem.severity, Severity::Error, "{what}");
        let got = problem.to_string();
        if got != format!("t.ron:{expected}") {
            wrong.push(format!(
                "{what}:\n  expected t.ron:{expected}\n  got      {got}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(cases.len() >= 40, "{} cases", cases.len());
}
