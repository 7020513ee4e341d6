//! Writing files safely: all of the new content or none of it.
//!
//! [`write_atomically`] writes through `atomic-write-file` (a temporary file in the same
//! folder, fsync, rename over the target, fsync of the folder), so a crash or a full disk
//! leaves either the old file or the new one, never half of one. Used for every file
//! Steady writes: session records, the session in progress, routines, settings, exports.

use std::io::Write as _;
use std::path::Path;

use atomic_write_file::AtomicWriteFile;

/// Writes `text` to `path` atomically, making its folder if needed.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = AtomicWriteFile::open(path)?;
    file.write_all(text.as_bytes())?;
    file.commit()
}

/// Plain words for an I/O error, without Rust's "(os error 2)".
pub fn describe_io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "it does not exist".into(),
        K::PermissionDenied => "permission denied".into(),
        K::IsADirectory => "it is a folder".into(),
        K::StorageFull => "the disk is full".into(),
        K::ReadOnlyFilesystem => "the disk is read-only".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text.to_lowercase(),
            }
        }
    }
}
