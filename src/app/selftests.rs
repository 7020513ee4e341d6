//! The self-tests' side of the app: opening the Self-tests place, carrying out the
//! person's actions on a test under way (on the Self-tests screen, or inside a
//! routine's session), ticking it with the one clock and sounding its cues, and keeping
//! a finished test's results in `selftests/` (an abandoned test keeps nothing).

use crate::history::CheckIn;
use crate::history::selftests::{TestContext, TestRecord, TestStore};
use crate::history::test_stats::last_aids;
use crate::session::selftest::{Event, Phase, SelfTest, SelfTestRun};
use crate::state::Screen;
use crate::state::command::SelfTestCommand;
use crate::state::selftests::{SelfTestView, TestHistory};
use crate::t;

use super::SteadyApp;

/// Reads every self-test result (small files, a few a month).
pub(super) fn read_tests(dir: &crate::paths::DataDir) -> TestHistory {
    let (records, problems) = TestStore::new(dir.selftests()).load();
    TestHistory { records, problems }
}

impl SteadyApp {
    pub(super) fn handle_selftest(&mut self, command: SelfTestCommand) {
        let now = self.now();
        match command {
            SelfTestCommand::Open => {
                self.state.tests = read_tests(&self.state.data_dir);
                self.state.screen = Screen::SelfTests(Box::default());
            }
            SelfTestCommand::Choose(kind) => {
                // The armrests / walking aid choice of the last test of this kind.
                let mut test = SelfTest::new(kind);
                for aid in last_aids(&self.state.tests.records, kind) {
                    test.set_aid(aid, true);
                }
                match &mut self.state.screen {
                    Screen::SelfTests(view) => {
                        view.kept.clear();
                        view.run = Some(SelfTestRun::new(test, None));
                    }
                    Screen::Player(live) if live.test.is_none() => {
                        let plan = live.engine.plan();
                        let routine = Some((plan.routine_id.clone(), plan.options.level));
                        live.test = Some(SelfTestRun::new(test, routine));
                    }
                    _ => {}
                }
            }
            SelfTestCommand::Aid(aid, used) => self.with_run(|run| {
                run.test.set_aid(aid, used);
                Vec::new()
            }),
            SelfTestCommand::Begin => self.with_run(|run| run.test.begin(now)),
            SelfTestCommand::Press => self.with_run(|run| run.test.press(now)),
            SelfTestCommand::Adjust(delta) => self.with_run(|run| {
                run.test.adjust_count(delta);
                Vec::new()
            }),
            SelfTestCommand::Answer { question, value } => self.with_run(|run| {
                run.test.answer(question, value);
                Vec::new()
            }),
            SelfTestCommand::Confirm => self.with_run(|run| run.test.confirm(now)),
            SelfTestCommand::Stop => self.with_run(|run| run.test.abandon(now)),
            SelfTestCommand::RetrySave => {
                if let Screen::SelfTests(view) = &mut self.state.screen {
                    let records = std::mem::take(&mut view.unsaved);
                    view.save_error = None;
                    self.keep(records);
                }
            }
            SelfTestCommand::Done => {
                if let Screen::SelfTests(view) = &mut self.state.screen {
                    **view = SelfTestView::default();
                }
            }
        }
        self.settle_run();
    }

    /// Ticks a test under way: its cues sound, its screen hears what happened.
    pub(super) fn tick_selftest(&mut self, ctx: &egui::Context) {
        let now = self.now();
        let mut running = false;
        self.with_run(|run| {
            running = matches!(
                run.test.phase(),
                Phase::Countdown { .. } | Phase::Running { .. }
            );
            run.test.tick(now)
        });
        if running {
            // The clock shows tenths of a second.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.settle_run();
    }

    /// Whether a test is under way inside the current screen (its keys go first).
    pub(super) fn run_mut(&mut self) -> Option<&mut SelfTestRun> {
        match &mut self.state.screen {
            Screen::SelfTests(view) => view.run.as_mut(),
            Screen::Player(live) => live.test.as_mut(),
            _ => None,
        }
    }

    fn with_run(&mut self, act: impl FnOnce(&mut SelfTestRun) -> Vec<Event>) {
        let Some(run) = self.run_mut() else {
            return;
        };
        let events = act(run);
        run.saw(&events);
        for e in &events {
            if let Some(cue) = crate::session::selftest::cue(e.kind) {
                self.audio.play_at(cue, e.at);
            }
        }
    }

    /// A finished test's results are kept; an abandoned test is gone, with nothing kept.
    fn settle_run(&mut self) {
        let Some(phase) = self.run_mut().map(|r| r.test.phase()) else {
            return;
        };
        if !matches!(phase, Phase::Finished | Phase::Abandoned) {
            return;
        }
        let now = self.now();
        let check_in = self.todays_check_in();
        let run = match &mut self.state.screen {
            Screen::SelfTests(view) => view.run.take(),
            Screen::Player(live) => live.test.take(),
            _ => None,
        };
        let Some(run) = run else {
            return;
        };
        let Some(result) = run.test.result() else {
            return;
        };
        let in_routine = run.routine.is_some();
        let rehearsal = matches!(&self.state.screen, Screen::Player(live) if live.rehearsal);
        let context = TestContext {
            check_in,
            routine: run.routine,
        };
        let records = TestRecord::from_result(&result, self.clock.wall(), &context);
        if in_routine {
            if !rehearsal {
                self.keep(records);
            }
            // The test was this step of the session: on to the next.
            if let Screen::Player(live) = &mut self.state.screen {
                // A session paused before the test goes on with the next step.
                let mut events = live.engine.resume(now);
                events.extend(live.engine.set_done(now));
                self.audio.play_events(&events);
                live.saw(&events);
            }
        } else {
            self.keep(records);
        }
    }

    /// Writes the records; on the Self-tests screen the result is shown, or why it
    /// could not be kept (with a way to try again).
    fn keep(&mut self, records: Vec<TestRecord>) {
        let store = TestStore::new(self.state.data_dir.selftests());
        let mut failed = None;
        let mut kept = Vec::new();
        let mut unsaved = Vec::new();
        for record in records {
            match store.save(&record) {
                Ok(_) => kept.push(record),
                Err(e) => {
                    failed = Some(t!("selftest-not-kept", why = e.to_string()));
                    unsaved.push(record);
                }
            }
        }
        self.state.tests.records.extend(kept.iter().cloned());
        self.state.tests.records.sort_by_key(|r| r.at);
        match &mut self.state.screen {
            Screen::SelfTests(view) => {
                view.kept = kept;
                view.save_error = failed;
                view.unsaved = unsaved;
            }
            _ => {
                if let Some(why) = failed {
                    self.state.notice = Some(why);
                }
            }
        }
    }

    /// The answers of today's latest check-in: the session under way's, else today's
    /// last session's or rest day's.
    fn todays_check_in(&self) -> Option<CheckIn> {
        if let Screen::Player(live) = &self.state.screen {
            return Some(live.check_in);
        }
        let today = self.state.today;
        let sessions = self
            .state
            .history
            .records
            .iter()
            .filter(|r| r.started.date_naive() == today)
            .map(|r| (r.started, r.check_in));
        let days = self
            .state
            .history
            .days
            .iter()
            .filter(|d| d.at.date_naive() == today)
            .map(|d| (d.at, d.check_in));
        sessions
            .chain(days)
            .max_by_key(|(at, _)| *at)
            .map(|(_, check_in)| check_in)
    }
}
