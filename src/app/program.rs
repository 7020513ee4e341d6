//! Carries out the program's commands: a starter program, a therapist's file (read,
//! its changes shown, written on a yes), adding and removing routines and changing
//! their days (each undoable), and "Rest day". Every change is saved at once with the
//! previous program kept in backups.

use std::path::Path;

use super::SteadyApp;
use super::editing::DialogAnswer;
use crate::program::file as program_file;
use crate::program::{Prescribed, Program};
use crate::state::command::ProgramCommand;
use crate::state::program::PendingImport;
use crate::t;

impl SteadyApp {
    pub(super) fn handle_program(&mut self, command: ProgramCommand) {
        match command {
            ProgramCommand::Setup(step) => {
                self.state.program_view.step = step;
                self.state.program_view.message = None;
            }
            ProgramCommand::UseStarter(starter) => {
                self.change_program(|_| Some(starter.program()));
            }
            ProgramCommand::Browse => {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title(t!("program-dialog-title"))
                    .add_filter(t!("routines-dialog-filter"), &["ron"])
                    .pick_file();
                self.wait_for_dialog(
                    |handle| DialogAnswer::Program {
                        path: handle.map(|h| h.path().to_path_buf()),
                    },
                    dialog,
                );
            }
            ProgramCommand::Read(path) => {
                let path = crate::paths::resolve_typed_path(&path, "");
                self.read_program(&path);
            }
            ProgramCommand::ConfirmImport => self.confirm_import(),
            ProgramCommand::CancelImport => {
                self.state.program_view.pending = None;
                self.state.program_view.message = None;
            }
            ProgramCommand::Add(id) => {
                let Some(routine) = self.state.routine(&id) else {
                    return;
                };
                let entry = Prescribed::suggested(routine);
                let is_check = routine.is_check();
                self.change_program(|old| {
                    let mut program = old.cloned().unwrap_or_default();
                    if program.contains(&entry.routine) {
                        return None; // A double press adds it once.
                    }
                    if is_check {
                        program.set_check(crate::program::Check {
                            routine: entry.routine.clone(),
                            every_weeks: crate::routine::CHECK_EVERY_WEEKS,
                        });
                    } else {
                        program.set(entry);
                    }
                    Some(program)
                });
            }
            ProgramCommand::SetWhen { id, when } => self.change_program(|old| {
                let mut program = old?.clone();
                let entry = program.entry(&id)?.clone();
                if entry.when == when {
                    return None;
                }
                program.set(Prescribed { when, ..entry });
                Some(program)
            }),
            ProgramCommand::Remove(id) => self.change_program(|old| {
                let mut program = old?.clone();
                program.remove(&id).then_some(program)
            }),
            ProgramCommand::Undo => self.undo_program(),
            ProgramCommand::AskResume => self.state.program_view.asking_resume = true,
            ProgramCommand::CancelResume => self.state.program_view.asking_resume = false,
            ProgramCommand::ConfirmResume => {
                if !self.state.program_view.asking_resume {
                    return; // Only from the question, never from a stray press.
                }
                self.state.program_view.asking_resume = false;
                let now = self.clock.wall();
                self.change_settings(|s| s.resumed_after_fall = Some(now));
            }
            ProgramCommand::RestDay => {
                let ids: Vec<String> = self
                    .state
                    .week(1)
                    .days
                    .first()
                    .map(|d| d.sessions.iter().map(|s| s.routine_id.clone()).collect())
                    .unwrap_or_default();
                let today = self.state.today;
                self.change_settings(|s| {
                    for id in &ids {
                        crate::state::week::put_off_today(&mut s.not_today, today, id);
                    }
                });
            }
        }
    }

    /// Reads a program file and keeps what importing it would change, to be shown.
    pub(super) fn read_program(&mut self, path: &Path) {
        let view = &mut self.state.program_view;
        view.path = path.display().to_string();
        match program_file::plan_import(path, &self.state.library, self.state.program.program()) {
            Ok(plan) => {
                view.pending = Some(PendingImport {
                    from: path.to_path_buf(),
                    plan,
                });
                view.message = None;
            }
            Err(problems) => {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                view.pending = None;
                view.message = Some((
                    t!("program-file-problems", problems = lines.join("\n")),
                    true,
                ));
            }
        }
    }

    fn confirm_import(&mut self) {
        let Some(pending) = self.state.program_view.pending.take() else {
            return; // A second press: already done.
        };
        let before = self.state.program.program().cloned();
        match program_file::apply_import(&self.state.data_dir, &pending.plan, self.clock.wall()) {
            Ok(_) => {
                self.reload_routines();
                let view = &mut self.state.program_view;
                view.undo = Some(before);
                view.message = Some((t!("program-imported"), false));
            }
            Err(e) => {
                self.state.program_view.message =
                    Some((t!("program-not-saved", problem = e.to_string()), true));
            }
        }
    }

    /// Changes the program (the closure returns `None` for "nothing to change"),
    /// saves it with the previous version in backups, and keeps the old one for Undo.
    fn change_program(&mut self, change: impl FnOnce(Option<&Program>) -> Option<Program>) {
        let before = self.state.program.program().cloned();
        let Some(mut after) = change(before.as_ref()) else {
            return;
        };
        // A program made here starts today: adherence counts from this week.
        if after.starts.is_none() {
            after.starts = Some(self.state.today);
        }
        match program_file::save(&self.state.data_dir, &after, self.clock.wall()) {
            Ok(_) => {
                self.state.program = program_file::Stored::Loaded(after);
                self.state.program_view.undo = Some(before);
                self.state.program_view.message = Some((t!("program-saved"), false));
            }
            Err(e) => {
                self.state.program_view.message =
                    Some((t!("program-not-saved", problem = e.to_string()), true));
            }
        }
    }

    /// Settings' "Time each day" when the program has its own daily time.
    pub(super) fn set_program_daily_minutes(&mut self, minutes: u32) {
        self.change_program(|old| {
            let mut program = old?.clone();
            if program.daily_minutes == Some(minutes) {
                return None;
            }
            program.daily_minutes = Some(minutes);
            Some(program)
        });
    }

    fn undo_program(&mut self) {
        let Some(before) = self.state.program_view.undo.take() else {
            return;
        };
        let now = self.clock.wall();
        let done = match &before {
            Some(program) => program_file::save(&self.state.data_dir, program, now).map(|_| ()),
            None => program_file::set_aside(&self.state.data_dir, now).map(|_| ()),
        };
        match done {
            Ok(()) => {
                self.state.program = match before {
                    Some(p) => program_file::Stored::Loaded(p),
                    None => program_file::Stored::Missing,
                };
                self.state.program_view.message = Some((t!("program-undone"), false));
            }
            Err(e) => {
                self.state.program_view.message =
                    Some((t!("program-not-saved", problem = e.to_string()), true));
            }
        }
    }
}
