//! The exercise pictures: every bundled exercise, English or German, has one; every
//! drawing parses and renders in every theme; a routine's own `image` wins, and a name
//! Steady does not have is a warning naming the ones it has; the player and Home show
//! them, each with its accessible name.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

mod common;

use common::setup;
use egui_kittest::kittest::Queryable as _;
use steady::routine::bundled::load_bundled_in;
use steady::routine::pictures::{self, PICTURES, for_exercise, slug};
use steady::routine::{Origin, Routine, Severity, parse_routine, to_ron_string};
use steady::state::Theme;
use steady::ui::picture::{colours, rasterise, recoloured};

const ROUTINE: &str = r#"Routine(
    format: 1,
    id: "my-own",
    title: "My own",
    focus: [Strength],
    position: Seated,
    prescription: Prescription(times_per_week: 3),
    rest_between_exercises_secs: 60,
    exercises: [
        Exercise(
            name: "Sit to stand",
            steps: ["Stand up."],
            dose: Reps(sets: 2, reps: 8),
            rest_between_sets_secs: 60,
            image: "step-up",
        ),
        Exercise(
            name: "Feet together",
            steps: ["Stand at the counter."],
            dose: Hold(sets: 3, hold_secs: 30),
            rest_between_sets_secs: 30,
        ),
        Exercise(
            name: "Something new",
            steps: ["Do it."],
            dose: Hold(sets: 1, hold_secs: 30),
            rest_between_sets_secs: 30,
        ),
    ],
)
"#;

fn parse(text: &str) -> (Routine, Vec<steady::routine::Problem>) {
    let parsed = parse_routine(&Origin::File("my-own.ron".into()), text.as_bytes())
        .unwrap_or_else(|p| panic!("{p:#?}"));
    (parsed.routine, parsed.warnings)
}

#[test]
fn the_table_holds_exactly_the_drawings_in_the_folder_sorted() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/exercises");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".svg").map(str::to_owned)
        })
        .collect();
    files.sort();
    let names: Vec<String> = pictures::names().map(str::to_owned).collect();
    assert_eq!(names, files, "routine::pictures::PICTURES lists the folder");
    assert_eq!(PICTURES.len(), 56);
}

#[test]
fn names_are_slugs_of_the_english_names() {
    assert_eq!(slug("Sit to stand"), "sit-to-stand");
    assert_eq!(
        slug("Paced stepping, first bout"),
        "paced-stepping-first-bout"
    );
    assert_eq!(slug("Tighten and let go: legs"), "tighten-and-let-go-legs");
    assert_eq!(
        slug("  Side-lying leg lift, left leg! "),
        "side-lying-leg-lift-left-leg"
    );
}

#[test]
fn every_bundled_exercise_in_every_language_has_its_picture() {
    let english = load_bundled_in("en");
    let german = load_bundled_in("de");
    assert!(english.problems.is_empty() && german.problems.is_empty());
    let mut used = std::collections::BTreeSet::new();
    for loaded in &english.routines {
        let routine = &loaded.routine;
        let translated = &german.get(&routine.id).unwrap().routine;
        assert_ne!(translated.exercises[0].name, routine.exercises[0].name);
        for (i, exercise) in routine.exercises.iter().enumerate() {
            let picture = for_exercise(routine, i)
                .unwrap_or_else(|| panic!("{}: {} has no picture", routine.id, exercise.name));
            // A self-test (format 3) shows the drawing of the exercise it tests.
            match (&exercise.image, exercise.dose) {
                (Some(image), steady::routine::Dose::Test { .. }) => assert_eq!(picture, image),
                _ => assert_eq!(picture, slug(&exercise.name)),
            }
            assert_eq!(
                for_exercise(translated, i),
                Some(picture),
                "{}: the German {} shows the English one's picture",
                routine.id,
                translated.exercises[i].name
            );
            used.insert(picture);
        }
    }
    assert_eq!(used.len(), PICTURES.len(), "every drawing is used");
}

#[test]
fn every_drawing_parses_and_renders_in_every_theme_in_its_colours() {
    for (name, svg) in PICTURES {
        for theme in Theme::ALL {
            let text = recoloured(svg, theme);
            let c = colours(theme);
            for colour in [c.figure, c.arrow, c.props] {
                let hex = format!("#{:02x}{:02x}{:02x}", colour.r(), colour.g(), colour.b());
                assert!(text.contains(&hex), "{name} in {theme:?} has {hex}");
            }
            let image = rasterise(name, theme, 320).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(image.size, [320, 160], "{name}");
            let figure = image
                .pixels
                .iter()
                .filter(|p| p.a() > 200 && p.r().abs_diff(c.figure.r()) < 8)
                .count();
            assert!(figure > 200, "{name} in {theme:?} shows its figure");
        }
    }
    assert!(rasterise("no-such-picture", Theme::Dark, 320).is_none());
}

#[test]
fn a_routines_own_image_wins_and_is_kept_when_saved() {
    let (routine, warnings) = parse(ROUTINE);
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!(routine.exercises[0].image.as_deref(), Some("step-up"));
    assert_eq!(
        for_exercise(&routine, 0),
        Some("step-up"),
        "its own picture wins"
    );
    assert_eq!(
        for_exercise(&routine, 1),
        Some("feet-together"),
        "by its name"
    );
    assert_eq!(for_exercise(&routine, 2), None, "no picture of that name");
    let saved = to_ron_string(&routine).unwrap();
    assert!(saved.contains("image: \"step-up\""), "{saved}");
    let note = saved.find("rest_between_sets_secs: 60").unwrap();
    assert!(saved.find("image:").unwrap() > note, "image comes last");
    assert_eq!(parse(&saved).0, routine, "round trip");
    // Files from before the field load as they are, and saving adds nothing.
    let old = ROUTINE.replace("            image: \"step-up\",\n", "");
    let (old, _) = parse(&old);
    assert_eq!(old.exercises[0].image, None);
    assert!(!to_ron_string(&old).unwrap().contains("image"));
    // `Some(…)` works too.
    let some = ROUTINE.replace("image: \"step-up\"", "image: Some(\"bridge\")");
    assert_eq!(for_exercise(&parse(&some).0, 0), Some("bridge"));
}

#[test]
fn an_unknown_image_is_a_warning_that_names_the_known_ones() {
    let text = ROUTINE.replace("image: \"step-up\"", "image: \"pictures/me.png\"");
    let (routine, warnings) = parse(&text);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let warning = &warnings[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning.message.contains("pictures/me.png"),
        "{}",
        warning.message
    );
    let line = text.lines().position(|l| l.contains("image:")).unwrap() + 1;
    assert_eq!(warning.line_col.map(|(l, _)| l), Some(line));
    let hint = warning.hint.as_deref().unwrap();
    assert!(
        hint.contains("sit-to-stand") && hint.contains("wrist-turns"),
        "{hint}"
    );
    assert_eq!(
        for_exercise(&routine, 0),
        None,
        "no picture rather than a guess"
    );
}

#[test]
fn the_player_and_home_show_the_pictures_by_name() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    let thumbnail = s.harness.get_by_label("Picture: Sit to stand");
    assert!(thumbnail.rect().width() <= 160.0, "small on Home");
    s.click("Start Sit to stand practice");
    s.click("Start session");
    assert_eq!(s.screen(), "Session");
    let picture = s.harness.get_by_label("Picture: Sit to stand");
    assert!(picture.rect().width() > 300.0, "large in the player");
    assert!(
        picture.rect().max.y <= s.harness.get_by_label("■ Stop").rect().min.y,
        "above the controls"
    );
    // On to the next exercise: its picture replaces the first one.
    while s
        .harness
        .query_by_label("Picture: Sit to stand at your own pace")
        .is_none()
    {
        s.key(egui::Key::ArrowRight);
        assert_eq!(s.screen(), "Session");
    }
    assert!(s.harness.query_by_label("Picture: Sit to stand").is_none());
}

#[test]
fn a_copy_of_a_translated_routine_keeps_its_pictures() {
    let german = load_bundled_in("de");
    let routine = &german.get("sit-to-stand-practice").unwrap().routine;
    let copy = steady::routine::draft::copy_of(routine, |_| false);
    assert_ne!(copy.id, routine.id);
    for i in 0..routine.exercises.len() {
        assert_eq!(for_exercise(&copy, i), for_exercise(routine, i));
        assert!(for_exercise(&copy, i).is_some());
    }
    assert_eq!(copy.exercises[0].image.as_deref(), Some("sit-to-stand"));
    // An English copy needs no `image`: the names find the pictures.
    let english = load_bundled_in("en");
    let routine = &english.get("sit-to-stand-practice").unwrap().routine;
    let copy = steady::routine::draft::copy_of(routine, |_| false);
    assert!(copy.exercises.iter().all(|e| e.image.is_none()));
}

#[test]
fn at_200_percent_the_picture_goes_below_the_instructions() {
    let data = tempfile::tempdir().unwrap();
    let mut s = setup(data.path());
    s.harness
        .state_mut()
        .handle(steady::state::Command::Settings(
            steady::state::command::SettingsCommand::TextScale(200),
        ));
    s.frames();
    s.click("Start Sit to stand practice");
    s.click("Start session");
    let picture = s.harness.get_by_label("Picture: Sit to stand").rect();
    let first_step = s
        .harness
        .query_all_by_label_contains("1. Shuffle")
        .next()
        .expect("the first instruction")
        .rect();
    assert!(picture.min.y >= first_step.max.y, "below the instructions");
    assert!(picture.width() > 200.0, "still large");
}
