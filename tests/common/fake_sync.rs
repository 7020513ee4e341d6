//! A fake sync tool between two data folders, as Syncthing behaves: a change on one
//! side travels, deletions travel, a file changed on both sides keeps A's version and
//! B's is renamed `*.sync-conflict-*` on both; hidden temporaries and locks' states
//! never travel. Shared by the sync test files.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The synced subfolders (what a sync tool sees), by path relative to the data folder.
pub fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue; // temporaries of atomic writes are not synced
            }
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                out.insert(path.strip_prefix(root).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

/// A fake sync tool between two folders: the index is what both sides held after the
/// last sync.
pub struct Sync {
    pub index: BTreeMap<PathBuf, Vec<u8>>,
    pub conflicts: u32,
}

impl Sync {
    pub fn new() -> Self {
        Self {
            index: BTreeMap::new(),
            conflicts: 0,
        }
    }

    pub fn run(&mut self, a: &Path, b: &Path) {
        let (fa, fb) = (files(a), files(b));
        let mut paths: Vec<&PathBuf> = fa
            .keys()
            .chain(fb.keys())
            .chain(self.index.keys())
            .collect();
        paths.sort();
        paths.dedup();
        let put = |root: &Path, rel: &Path, bytes: Option<&Vec<u8>>| {
            let path = root.join(rel);
            match bytes {
                Some(bytes) => {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, bytes).unwrap();
                }
                None => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        };
        let mut conflicts = 0;
        for rel in paths {
            let (va, vb, vi) = (fa.get(rel), fb.get(rel), self.index.get(rel));
            if va == vb {
                continue;
            }
            let (a_changed, b_changed) = (va != vi, vb != vi);
            if a_changed && !b_changed {
                put(b, rel, va);
            } else if b_changed && !a_changed {
                put(a, rel, vb);
            } else {
                // Changed on both sides. A change beats a deletion; between two
                // changes, A's version wins and B's is kept as a conflict copy.
                match (va, vb) {
                    (Some(x), None) => put(b, rel, Some(x)),
                    (None, Some(y)) => put(a, rel, Some(y)),
                    (Some(x), Some(y)) => {
                        conflicts += 1;
                        let name = rel.file_stem().unwrap().to_string_lossy().into_owned();
                        let copy = rel.with_file_name(format!(
                            "{name}.sync-conflict-20260105-090000-B{}.ron",
                            self.conflicts + conflicts
                        ));
                        put(a, &copy, Some(y));
                        put(b, &copy, Some(y));
                        put(b, rel, Some(x));
                    }
                    (None, None) => {}
                }
            }
        }
        self.conflicts += conflicts;
        // After a sync both sides hold the same files.
        let (fa, fb) = (files(a), files(b));
        assert_eq!(fa, fb, "the fake sync left the sides different");
        self.index = fa;
    }
}
