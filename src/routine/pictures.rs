//! The exercise pictures bundled with Steady (`assets/exercises/*.svg`, see its
//! README): their names and SVG text, embedded into the binary, and which picture an
//! exercise shows. Plain data: drawing them (recoloured per theme) is `ui::picture`'s.
//!
//! A picture is named after the English name of its exercise ([`slug`]). An exercise
//! shows, in this order: the picture its routine names (`image: "sit-to-stand"`), the
//! picture named after the exercise, or, in a bundled routine's translation, the
//! picture of the English routine's exercise at the same place (translations keep the
//! ids and the order of the exercises).

use super::Routine;

macro_rules! pictures {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/exercises/", $name, ".svg")),
        )),*]
    };
}

/// Name and SVG text of every bundled picture, sorted by name (byte order).
pub const PICTURES: &[(&str, &[u8])] = pictures![
    "ankle-pumps",
    "arm-swings-first-bout",
    "arm-swings-second-bout",
    "belly-breathing",
    "bridge",
    "brisk-seated-marching-first-bout",
    "brisk-seated-marching-second-bout",
    "calf-stretch-at-the-counter",
    "cool-down-marching",
    "easy-stepping",
    "feet-together",
    "finger-spread",
    "grip-squeeze",
    "half-step-stand",
    "hamstring-stretch-with-a-towel",
    "heel-raises",
    "heel-slides",
    "knee-fall-out",
    "knee-rolls",
    "knee-squeeze",
    "knee-to-chest",
    "long-stretch",
    "lower-calf-stretch-at-the-counter",
    "lying-on-your-front",
    "marching-on-the-spot-at-the-counter",
    "paced-stepping-first-bout",
    "paced-stepping-second-bout",
    "pelvic-tilt",
    "seated-knee-straightening",
    "seated-marching",
    "settle-and-notice",
    "shoulder-rolls",
    "side-lying-leg-lift-left-leg",
    "side-lying-leg-lift-right-leg",
    "side-steps-along-the-counter",
    "sit-to-stand",
    "sit-to-stand-at-your-own-pace",
    "slow-breathing-to-finish",
    "slow-stepping-to-finish",
    "stand-on-one-leg",
    "standing-hip-stretch-at-the-counter",
    "step-start",
    "step-up",
    "stepping-over-a-line",
    "table-slide",
    "thigh-stretch-lying-on-your-front",
    "tighten-and-let-go-hands-and-arms",
    "tighten-and-let-go-legs",
    "tighten-and-let-go-shoulders",
    "toe-lifts-at-the-counter",
    "toe-raises",
    "tummy-tighten-and-hold",
    "warm-up-marching",
    "weight-shifts",
    "wrist-lift",
    "wrist-turns",
];

/// The SVG text of a bundled picture.
pub fn svg(name: &str) -> Option<&'static [u8]> {
    PICTURES
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| PICTURES[i].1)
}

/// The bundled picture called `name`, as a `'static` name.
pub fn known(name: &str) -> Option<&'static str> {
    PICTURES
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| PICTURES[i].0)
}

/// The names of all bundled pictures, for a message.
pub fn names() -> impl Iterator<Item = &'static str> {
    PICTURES.iter().map(|(n, _)| *n)
}

/// A picture's name for an exercise name: lowercased, every run of characters other
/// than `a`–`z` and `0`–`9` one hyphen, none at either end ("Paced stepping, first
/// bout" is `paced-stepping-first-bout`).
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The picture of the exercise at `index` in `routine`, if there is one.
pub fn for_exercise(routine: &Routine, index: usize) -> Option<&'static str> {
    let exercise = routine.exercises.get(index)?;
    if let Some(name) = &exercise.image {
        // A name Steady does not know is a warning when loading; then no picture.
        return known(name.trim());
    }
    known(&slug(&exercise.name)).or_else(|| english_bundled(routine, index))
}

/// The picture of the same exercise in the English version of a bundled routine with
/// this id and as many exercises.
fn english_bundled(routine: &Routine, index: usize) -> Option<&'static str> {
    english_pictures()
        .iter()
        .find(|(id, pictures)| *id == routine.id && pictures.len() == routine.exercises.len())
        .and_then(|(_, pictures)| pictures.get(index).copied().flatten())
}

/// A routine's id and its exercises' pictures, in order.
type RoutinePictures = (String, Vec<Option<&'static str>>);

/// Each English bundled routine's id and its exercises' pictures, read once.
fn english_pictures() -> &'static [RoutinePictures] {
    static PICTURES_BY_ROUTINE: std::sync::OnceLock<Vec<RoutinePictures>> =
        std::sync::OnceLock::new();
    PICTURES_BY_ROUTINE.get_or_init(|| {
        super::bundled::BUNDLED
            .iter()
            .filter_map(|(_, text)| super::ron_options().from_str::<Routine>(text).ok())
            .map(|english| {
                let pictures = english
                    .exercises
                    .iter()
                    .map(|e| match &e.image {
                        Some(name) => known(name.trim()),
                        None => known(&slug(&e.name)),
                    })
                    .collect();
                (english.id, pictures)
            })
            .collect()
    })
}

/// A routine's `image` names that are not bundled pictures: (exercise index, name).
pub fn unknown_images(routine: &Routine) -> Vec<(usize, &str)> {
    routine
        .exercises
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.image.as_deref().map(|name| (i, name)))
        .filter(|(_, name)| known(name.trim()).is_none())
        .collect()
}
