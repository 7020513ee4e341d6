//! The self-tests' part of the state: the test under way (a [`SelfTest`] from the core
//! with what the screen last announced), the result just kept, and the results read
//! from `selftests/`. Plain data; `app` moves it, `ui::selftests` draws it.

use crate::history::selftests::TestRecord;
use crate::history::store::HistoryProblem;
pub use crate::session::selftest::SelfTestRun;

/// The Self-tests place.
#[derive(Debug, Clone, Default)]
pub struct SelfTestView {
    /// The test under way; `None`: the list of tests (or the result just kept).
    pub run: Option<SelfTestRun>,
    /// The records of the result just kept, shown until the person goes back.
    pub kept: Vec<TestRecord>,
    /// Why the result could not be kept (it stays in `unsaved` to try again).
    pub save_error: Option<String>,
    pub unsaved: Vec<TestRecord>,
}

/// Every self-test result read, and the files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct TestHistory {
    pub records: Vec<TestRecord>,
    pub problems: Vec<HistoryProblem>,
}
