//! Where Steady keeps a person's files: the data folder and its subfolders.
//!
//! The folder is the platform's data folder (via the `directories` crate), unless
//! `--data-dir DIR` or `STEADY_DATA_DIR` names another one (portable installs, tests).
//! It also resolves paths a person types (`~`, relative to home, a folder) and suggests
//! where exports go. This module only computes paths; it creates nothing.

use std::path::{Path, PathBuf};

/// The data folder could not be found.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    #[error(
        "Steady cannot find a home folder to keep its data in; name one with --data-dir DIR or STEADY_DATA_DIR"
    )]
    NoHome,
}

/// The data folder and the layout inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// The folder named by the person, or else the platform's data folder for Steady.
    pub fn resolve(chosen: Option<PathBuf>) -> Result<Self, PathsError> {
        match chosen {
            Some(root) => Ok(Self { root }),
            None => directories::ProjectDirs::from("org", "Steady", "Steady")
                .map(|dirs| Self {
                    root: dirs.data_dir().to_path_buf(),
                })
                .ok_or(PathsError::NoHome),
        }
    }

    /// A data folder at a given path (tests, portable installs).
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The person's own routines, one `.ron` file each.
    pub fn routines(&self) -> PathBuf {
        self.root.join("routines")
    }

    /// One immutable record per session, in `YYYY/MM/` folders.
    pub fn history(&self) -> PathBuf {
        self.root.join("history")
    }

    /// Working state such as the session in progress.
    /// Days with a check-in and no session (`history::days`).
    pub fn checkins(&self) -> PathBuf {
        self.root.join("checkins")
    }

    /// One immutable record per self-test result (`history::selftests`).
    pub fn selftests(&self) -> PathBuf {
        self.root.join("selftests")
    }

    /// The person's program (`program.ron`): what their therapist prescribed.
    pub fn program(&self) -> PathBuf {
        self.root.join("program.ron")
    }

    pub fn state(&self) -> PathBuf {
        self.root.join("state")
    }

    /// Earlier versions of routines, kept before every save.
    pub fn backups(&self) -> PathBuf {
        self.root.join("backups")
    }

    /// Deleted routines, restorable.
    pub fn trash(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// Every folder with what it holds, for `steady paths` and Settings.
    pub fn listing(&self) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("data", self.root.clone()),
            ("routines", self.routines()),
            ("history", self.history()),
            ("check-ins", self.checkins()),
            ("self-tests", self.selftests()),
            ("state", self.state()),
            ("backups", self.backups()),
            ("trash", self.trash()),
        ]
    }
}

/// A typed path: `~` is the home folder, a relative path is under the home folder,
/// and a folder gets `file_name` inside it.
pub fn resolve_typed_path(typed: &Path, file_name: &str) -> PathBuf {
    let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
    let path = match (typed.strip_prefix("~"), &home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => typed.to_path_buf(),
    };
    let path = match (&home, path.is_relative()) {
        (Some(home), true) => home.join(path),
        _ => path,
    };
    if path.is_dir() && !file_name.is_empty() {
        path.join(file_name)
    } else {
        path
    }
}

/// Where an export is suggested: the documents folder (or home), `<id>.ron`.
pub fn suggested_export_path(id: &str) -> String {
    let dirs = directories::UserDirs::new();
    let dir = dirs
        .as_ref()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_default();
    dir.join(format!("{id}.ron")).display().to_string()
}
