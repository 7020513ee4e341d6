//! A routine being edited: the working copy, its undo and redo history, what it was
//! when last saved, and its problems, checked after every change.
//!
//! The editor screen changes [`Draft::routine`] in place and then calls
//! [`Draft::commit`] with a key naming the field; typing into one field becomes one undo
//! step, not one per letter. Structural changes (add, remove, move) go through
//! [`Draft::apply`] and are always their own step. This module also makes new routines:
//! a blank template ([`blank_routine`]), a copy with a free id ([`copy_of`]) and a new
//! exercise ([`blank_exercise`]). It is pure: no files, no egui.

use std::path::PathBuf;

use super::validate::{FieldPath, Invalid, validate};
use super::{Dose, Exercise, FORMAT_VERSION, Focus, Position, Prescription, Routine, Side, Sides};

/// At most this many undo steps are kept.
pub const UNDO_LIMIT: usize = 200;

/// The routine being edited.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The working copy the editor changes.
    pub routine: Routine,
    /// The routine as it was when last committed to the undo history.
    committed: Routine,
    undo: Vec<Routine>,
    redo: Vec<Routine>,
    /// The field of the last commit, so typing in one field is one undo step.
    last_key: Option<String>,
    /// The routine as it is on disk (or as created, before its first save).
    baseline: Routine,
    /// The file it saves to; `None` until its first save.
    pub path: Option<PathBuf>,
    /// The file on disk has comments, which saving drops: ask before the first save.
    pub has_comments: bool,
    problems: Vec<Invalid>,
    /// Counts changes (commits, undo, redo), so a message can say which version of
    /// the draft it is about.
    revision: u64,
}

impl Draft {
    /// Starts editing `routine`, which is what `path` holds (or a new routine when
    /// `path` is `None`).
    pub fn new(routine: Routine, path: Option<PathBuf>, has_comments: bool) -> Self {
        let problems = validate(&routine);
        Self {
            committed: routine.clone(),
            baseline: routine.clone(),
            routine,
            undo: Vec::new(),
            redo: Vec::new(),
            last_key: None,
            path,
            has_comments,
            problems,
            revision: 0,
        }
    }

    /// Which version of the working copy this is: it grows with every change, undo
    /// and redo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records the working copy's changes as an undo step. Consecutive commits with
    /// the same `key` (typing in one field) merge into one step. Returns whether
    /// anything changed.
    pub fn commit(&mut self, key: &str) -> bool {
        if self.routine == self.committed {
            return false;
        }
        let merge = self.last_key.as_deref() == Some(key) && !self.undo.is_empty();
        if !merge {
            self.undo.push(self.committed.clone());
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.committed = self.routine.clone();
        self.last_key = Some(key.to_owned());
        self.problems = validate(&self.routine);
        self.revision += 1;
        true
    }

    /// Records the working copy's changes as an undo step of their own, never merged
    /// with typing before or after (a move, an added item…).
    pub fn commit_separate(&mut self) -> bool {
        self.last_key = None;
        let changed = self.commit("\u{0}separate");
        self.last_key = None;
        changed
    }

    /// Makes a change as one undo step of its own (add, remove, move…).
    pub fn apply(&mut self, change: impl FnOnce(&mut Routine)) {
        // Anything typed but not yet committed goes in as its own step first.
        self.commit("\u{0}pending");
        change(&mut self.routine);
        self.last_key = None;
        self.commit("\u{0}structure");
        self.last_key = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.routine != self.committed
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Goes back one step. Returns whether there was one.
    pub fn undo(&mut self) -> bool {
        if self.routine != self.committed {
            // Uncommitted typing: put it in history so redo can bring it back.
            self.commit("\u{0}pending");
        }
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo
            .push(std::mem::replace(&mut self.routine, previous));
        self.settle();
        true
    }

    /// Goes forward one undone step. Returns whether there was one.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.routine, next));
        self.settle();
        true
    }

    fn settle(&mut self) {
        self.revision += 1;
        self.committed = self.routine.clone();
        self.last_key = None;
        self.problems = validate(&self.routine);
    }

    /// Whether the working copy differs from what was last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.routine != self.baseline
    }

    /// The routine as last saved or loaded.
    pub fn baseline(&self) -> &Routine {
        &self.baseline
    }

    /// Every problem with the working copy (empty when it can be saved).
    pub fn problems(&self) -> &[Invalid] {
        &self.problems
    }

    /// The problems about exactly this field.
    pub fn problems_at<'a>(&'a self, path: &'a FieldPath) -> impl Iterator<Item = &'a Invalid> {
        self.problems.iter().filter(move |p| &p.path == path)
    }

    /// Saving writes the newest routine format: every version of the working copy says
    /// so. This is not an edit (nothing to undo, redo stays).
    pub fn to_newest_format(&mut self) {
        for routine in std::iter::once(&mut self.routine)
            .chain(std::iter::once(&mut self.committed))
            .chain(self.undo.iter_mut())
            .chain(self.redo.iter_mut())
        {
            routine.format = FORMAT_VERSION;
        }
    }

    /// The working copy was saved to `path`: it is the new baseline, and the file no
    /// longer has comments.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.commit("\u{0}saved");
        self.baseline = self.routine.clone();
        self.path = Some(path);
        self.has_comments = false;
    }

    /// The file changed on disk and the person chose to load it: it replaces the
    /// working copy as one undo step (so "load theirs" can be undone).
    pub fn load_theirs(&mut self, theirs: Routine, has_comments: bool) {
        self.apply(|r| *r = theirs.clone());
        self.baseline = theirs;
        self.has_comments = has_comments;
    }

    /// The file changed on disk and the person kept their version: saving will
    /// replace the file (after a backup), so the new file is the baseline.
    pub fn keep_mine_over(&mut self, theirs: Routine) {
        self.baseline = theirs;
    }
}

/// Turns any text into a routine id: lowercase letters, digits and single dashes.
pub fn id_from(text: &str) -> String {
    let mut id = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_lowercase() || ch.is_ascii_digit() {
            id.push(ch);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let mut id: String = id
        .trim_end_matches('-')
        .chars()
        .take(super::validate::ID_MAX_CHARS - 4)
        .collect();
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        "my-routine".to_owned()
    } else {
        id
    }
}

/// `base`, or `base-2`, `base-3`… whichever is free.
pub fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = id_from(base);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// A new exercise with a sensible light dose; its instruction step is left empty so
/// the editor asks for it.
pub fn blank_exercise(name: &str) -> Exercise {
    Exercise {
        name: name.to_owned(),
        steps: vec![String::new()],
        dose: Dose::Reps {
            sets: 2,
            reps: 8,
            tempo: None,
        },
        rest_between_sets_secs: 60,
        sides: Sides::BothAtOnce,
        first_side: Side::Left,
        switch_secs: None,
        position: None,
        load: None,
        tempo_words: None,
        lighter: None,
        harder: None,
        note: None,
        image: None,
    }
}

/// A name for a new exercise that no exercise of `routine` has yet.
pub fn new_exercise_name(routine: &Routine) -> String {
    new_exercise_name_in(routine, &TemplateWords::english())
}

/// [`new_exercise_name`] in the words of `words` ("Neue Übung 2").
pub fn new_exercise_name_in(routine: &Routine, words: &TemplateWords) -> String {
    let taken = |name: &str| {
        routine
            .exercises
            .iter()
            .any(|e| e.name.trim().eq_ignore_ascii_case(name))
    };
    (routine.exercises.len() + 1..)
        .map(|n| format!("{} {n}", words.exercise_name))
        .find(|name| !taken(name))
        .unwrap_or_else(|| words.exercise_name.clone())
}

/// The words a new routine, a new exercise and a copy start with. The core knows them
/// in English; the shells pass the person's language (`i18n::template_words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateWords {
    /// A new routine's title: "My routine".
    pub routine_title: String,
    /// A new exercise's name, before its number: "New exercise".
    pub exercise_name: String,
    /// A new routine's safety notes.
    pub safety: Vec<String>,
    /// Put after a copy's title: "(copy)".
    pub copy_suffix: String,
}

impl TemplateWords {
    pub fn english() -> Self {
        Self {
            routine_title: "My routine".to_owned(),
            exercise_name: "New exercise".to_owned(),
            safety: vec![
                "Stop if you feel pain, dizziness or unusual tiredness.".to_owned(),
                CONTACT_CLINICIAN.to_owned(),
            ],
            copy_suffix: "(copy)".to_owned(),
        }
    }
}

/// The safety note every new routine starts with.
pub const CONTACT_CLINICIAN: &str = "Stop and contact your clinician if you notice a sudden increase in weakness, numbness, or changes in vision or balance.";

/// A new routine to fill in, with a free id.
pub fn blank_routine(taken: impl Fn(&str) -> bool) -> Routine {
    blank_routine_in(taken, &TemplateWords::english())
}

/// [`blank_routine`] in the words of `words` (its id stays `my-routine…`).
pub fn blank_routine_in(taken: impl Fn(&str) -> bool, words: &TemplateWords) -> Routine {
    let routine = Routine {
        format: FORMAT_VERSION,
        id: free_id("my-routine", taken),
        title: words.routine_title.clone(),
        summary: String::new(),
        focus: vec![Focus::Strength],
        position: Position::Seated,
        equipment: Vec::new(),
        prescription: Prescription {
            times_per_week: 3,
            note: String::new(),
            days: None,
        },
        safety: words.safety.clone(),
        rest_between_exercises_secs: 60,
        rest_prompts: Vec::new(),
        notes: String::new(),
        exercises: Vec::new(),
        progression: None,
    };
    let mut routine = routine;
    routine
        .exercises
        .push(blank_exercise(&new_exercise_name_in(&routine, words)));
    routine
}

/// A copy of `routine` to edit: a free id, "(copy)" in the title, and the pictures
/// it showed.
pub fn copy_of(routine: &Routine, taken: impl Fn(&str) -> bool) -> Routine {
    copy_of_in(routine, taken, &TemplateWords::english())
}

/// [`copy_of`] with the copy's suffix from `words` ("(Kopie)"); its id stays
/// `…-copy`.
pub fn copy_of_in(
    routine: &Routine,
    taken: impl Fn(&str) -> bool,
    words: &TemplateWords,
) -> Routine {
    let mut copy = routine.clone();
    copy.id = free_id(&format!("{}-copy", routine.id), taken);
    let room =
        super::validate::TITLE_MAX_CHARS.saturating_sub(words.copy_suffix.chars().count() + 1);
    let title: String = routine.title.chars().take(room).collect();
    copy.title = format!("{} {}", title.trim_end(), words.copy_suffix);
    // A translated bundled routine finds its pictures by its id; the copy has another,
    // so it names them.
    for (i, exercise) in copy.exercises.iter_mut().enumerate() {
        let by_name = super::pictures::known(&super::pictures::slug(&exercise.name));
        if exercise.image.is_none() && by_name.is_none() {
            exercise.image = super::pictures::for_exercise(routine, i).map(str::to_owned);
        }
    }
    copy
}

/// Moves item `from` one place up (`up`) or down in a list; out-of-range moves do
/// nothing. Returns whether it moved.
pub fn move_item<T>(items: &mut [T], from: usize, up: bool) -> bool {
    let to = if up {
        from.checked_sub(1)
    } else {
        from.checked_add(1)
    };
    match to {
        Some(to) if from < items.len() && to < items.len() => {
            items.swap(from, to);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn draft() -> Draft {
        let mut routine = blank_routine(|_| false);
        routine.exercises[0].steps[0] = "Sit tall.".to_owned();
        Draft::new(routine, None, false)
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut d = draft();
        for title in ["M", "My", "My legs"] {
            d.routine.title = title.to_owned();
            d.commit("title");
        }
        d.routine.prescription.times_per_week = 4;
        d.commit("times");
        assert!(d.undo());
        assert_eq!(d.routine.title, "My legs");
        assert_eq!(d.routine.prescription.times_per_week, 3);
        assert!(d.undo());
        assert_eq!(d.routine.title, "My routine");
        assert!(!d.undo());
        assert!(d.redo());
        assert!(d.redo());
        assert_eq!(d.routine.prescription.times_per_week, 4);
        assert!(!d.redo());
    }

    #[test]
    fn a_new_edit_clears_redo_and_problems_follow_the_routine() {
        let mut d = draft();
        assert!(d.problems().is_empty());
        d.routine.exercises[0].dose = Dose::Hold {
            sets: 0,
            hold_secs: 20,
        };
        d.commit("dose");
        assert_eq!(d.problems().len(), 1);
        d.undo();
        assert!(d.problems().is_empty());
        d.routine.title = "Other".to_owned();
        d.commit("title");
        assert!(!d.can_redo());
    }

    #[test]
    fn structural_changes_are_their_own_steps_and_dirty_tracks_the_baseline() {
        let mut d = draft();
        assert!(!d.is_dirty());
        d.apply(|r| {
            let name = new_exercise_name(r);
            r.exercises.push(blank_exercise(&name));
        });
        d.apply(|r| {
            move_item(&mut r.exercises, 1, true);
        });
        assert_eq!(d.routine.exercises[0].name, "New exercise 2");
        assert!(d.is_dirty());
        d.mark_saved(PathBuf::from("x.ron"));
        assert!(!d.is_dirty());
        d.undo();
        assert_eq!(d.routine.exercises[0].name, "New exercise 1");
        assert!(d.is_dirty());
    }

    #[test]
    fn ids_are_made_valid_and_free() {
        assert_eq!(id_from("Morning Stretches (bed)!"), "morning-stretches-bed");
        assert_eq!(id_from("  "), "my-routine");
        let taken = |id: &str| id == "legs" || id == "legs-2";
        assert_eq!(free_id("legs", taken), "legs-3");
        let copy = copy_of(&blank_routine(|_| false), |id| id == "my-routine-copy");
        assert_eq!(copy.id, "my-routine-copy-2");
        assert_eq!(copy.title, "My routine (copy)");
        assert!(validate(&copy).iter().all(|p| p.path.to_string() != "id"));
    }

    #[test]
    fn moves_stay_in_range() {
        let mut v = vec![1, 2, 3];
        assert!(!move_item(&mut v, 0, true));
        assert!(!move_item(&mut v, 2, false));
        assert!(!move_item(&mut v, 7, false));
        assert!(move_item(&mut v, 2, true));
        assert_eq!(v, vec![1, 3, 2]);
    }
}
