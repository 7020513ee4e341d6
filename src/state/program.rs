//! What the program's screens keep between frames: which way of setting it up is
//! shown on a first start, the path typed for a therapist's file, an import waiting
//! for the person's yes (with what it changes), the last change (for Undo) and what
//! happened. Plain data; `app::program` carries the commands out.

use std::path::PathBuf;

use crate::program::Program;
use crate::program::file::ImportPlan;

/// The ways to set up a program on a first start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SetupStep {
    /// The three ways, side by side.
    #[default]
    Choose,
    /// The starter programs.
    Starters,
    /// A file from the therapist.
    FromFile,
}

/// An import read and waiting for a yes.
#[derive(Debug, Clone)]
pub struct PendingImport {
    pub from: PathBuf,
    pub plan: ImportPlan,
}

#[derive(Debug, Clone, Default)]
pub struct ProgramView {
    pub step: SetupStep,
    /// The program file's path as typed.
    pub path: String,
    pub pending: Option<PendingImport>,
    /// The program before the last change (`Some(None)`: there was none), for Undo.
    pub undo: Option<Option<Program>>,
    /// What happened, and whether it is a problem.
    pub message: Option<(String, bool)>,
    /// The question after a fall is open: "Has your clinician said you can go on?"
    pub asking_resume: bool,
}

/// The program's cautions in the person's words.
pub fn caution_lines<'a>(
    program: &Program,
    routine: impl Fn(&str) -> Option<&'a crate::routine::Routine>,
) -> Vec<String> {
    use crate::program::Caution;
    let title = |id: &str| routine(id).map_or_else(|| id.to_owned(), |r| r.title.clone());
    program
        .cautions(|id| routine(id).is_some_and(crate::history::planner::is_strength))
        .into_iter()
        .map(|c| match c {
            Caution::StrengthTooOften { routine, times } => {
                crate::t!(
                    "program-caution-often",
                    title = title(&routine),
                    times = times
                )
            }
            Caution::StrengthInARow { routine } => {
                crate::t!("program-caution-in-a-row", title = title(&routine))
            }
        })
        .collect()
}

/// What an import changes, one line each, in the person's words: entries added,
/// changed or removed; routines new, replaced, already there or bundled (the last two
/// only when `all`, as the command line lists them); the clinician.
pub fn describe_import(
    plan: &ImportPlan,
    title: impl Fn(&str) -> String,
    all: bool,
) -> Vec<String> {
    use crate::program::file::{EntryChange, RoutineChange};
    use crate::t;
    let mut lines: Vec<String> = plan
        .entries
        .iter()
        .map(|change| match change {
            EntryChange::Added(id) => t!("program-change-added", title = title(id)),
            EntryChange::Changed(id) => t!("program-change-changed", title = title(id)),
            EntryChange::Removed(id) => t!("program-change-removed", title = title(id)),
        })
        .collect();
    for change in &plan.routines {
        let line = match change {
            RoutineChange::Add { id } => t!("program-change-new-routine", id = id.as_str()),
            RoutineChange::Replace { id, .. } => {
                t!("program-change-replace-routine", id = id.as_str())
            }
            RoutineChange::Same { id } if all => {
                t!("program-change-same-routine", id = id.as_str())
            }
            RoutineChange::Bundled { id } if all => {
                t!("program-change-bundled-routine", id = id.as_str())
            }
            RoutineChange::Same { .. } | RoutineChange::Bundled { .. } => continue,
        };
        lines.push(line);
    }
    let name = plan.program.clinician.name.trim();
    if !name.is_empty() {
        lines.push(t!("program-change-clinician", name = name));
    }
    lines
}
