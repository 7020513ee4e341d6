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
