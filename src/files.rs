//! Reading and writing files safely: only regular files are read, never more than a
//! cap, and writes are all of the new content or none of it, never through a link.
//!
//! [`read_regular_capped`] (a path the person named: links are followed) and
//! [`read_regular_in_folder`] (a file found in one of Steady's folders: links refused)
//! check the file's type before opening it, open it non-blocking (Linux), check the
//! opened file again, and read at most the cap plus one byte, so a FIFO, a device or a
//! file that never ends cannot hang Steady or fill its memory. Every read of a path in
//! Steady goes through them. [`write_atomically`] writes through `atomic-write-file`
//! (a temporary file in the same folder, fsync, rename over the target, fsync of the
//! folder), so a crash or a full disk leaves either the old file or the new one, never
//! half of one; it refuses to write over a link (dangling or not), and new files get
//! mode 0644, or 0600 with [`Mode::Private`] (history and state). [`write_new`] also
//! refuses any existing entry, also against writers at the same moment (a
//! temporary hard-linked to the name: exports, records). [`lock`] holds a lock file (one Steady at a
//! time in the routines folder, the window's single-instance lock); the OS releases it
//! when the process ends, however it ends. [`describe_io_error`] puts an I/O error in
//! plain words.

use std::io::{Read as _, Write as _};
use std::path::{Component, Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The path is a folder.
    Folder,
    /// A FIFO, socket or device: never opened for reading.
    Special,
    /// A link where links are not followed.
    Link,
    /// Larger than the cap (`len`: the size, when the file system told it).
    TooLarge { cap: u64, len: Option<u64> },
    /// The file could not be opened or read.
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Folder => f.write_str("it is a folder, not a file"),
            Self::Special => f.write_str(
                "it is not a regular file (a pipe, socket or device); Steady reads only regular files",
            ),
            Self::Link => f.write_str("it is a link, and Steady does not follow links here"),
            Self::TooLarge { cap, len } => match len {
                Some(len) if *len > *cap => {
                    write!(f, "it is {}; at most {} is read", sizes(*len, *cap).0, sizes(*len, *cap).1)
                }
                _ => write!(f, "it is larger than {}, the most that is read", human_bytes(*cap)),
            },
            Self::Io(e) => f.write_str(&describe_io_error(e)),
        }
    }
}

impl std::error::Error for ReadError {}

/// A size in words, rounded down to a tenth: "1.5 MiB", "12 KiB", "300 bytes".
pub fn human_bytes(n: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let (unit, name) = match n {
        n if n >= MIB => (MIB, "MiB"),
        n if n >= KIB => (KIB, "KiB"),
        n => return format!("{n} bytes"),
    };
    let tenths = n.saturating_mul(10) / unit;
    if tenths.is_multiple_of(10) {
        format!("{} {name}", tenths / 10)
    } else {
        format!("{}.{} {name}", tenths / 10, tenths % 10)
    }
}

/// Two sizes in words that never read the same when the numbers differ: when rounding
/// would make them look equal, both are given in bytes.
pub fn sizes(a: u64, b: u64) -> (String, String) {
    let (ha, hb) = (human_bytes(a), human_bytes(b));
    if a != b && ha == hb {
        (format!("{a} bytes"), format!("{b} bytes"))
    } else {
        (ha, hb)
    }
}

/// Whether links are followed when reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Links {
    Follow,
    Refuse,
}

/// Opens a regular file for reading, never blocking on a special file.
fn open_regular(path: &Path, links: Links) -> Result<(std::fs::File, u64), ReadError> {
    let before = match links {
        Links::Follow => std::fs::metadata(path),
        Links::Refuse => std::fs::symlink_metadata(path),
    }
    .map_err(ReadError::Io)?;
    check_type(&before.file_type())?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    nonblocking(&mut options);
    let file = options.open(path).map_err(ReadError::Io)?;
    // The path may have changed between the check and the open: check what was opened.
    let opened = file.metadata().map_err(ReadError::Io)?;
    check_type(&opened.file_type())?;
    if !same_file(&before, &opened) {
        return Err(match links {
            Links::Refuse => ReadError::Link,
            Links::Follow => ReadError::Io(std::io::Error::other("it changed while it was opened")),
        });
    }
    Ok((file, opened.len()))
}

fn check_type(kind: &std::fs::FileType) -> Result<(), ReadError> {
    if kind.is_dir() {
        Err(ReadError::Folder)
    } else if kind.is_symlink() {
        Err(ReadError::Link)
    } else if kind.is_file() {
        Ok(())
    } else {
        Err(ReadError::Special)
    }
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    true
}

/// `O_NONBLOCK` where its value is known, so opening a FIFO that slipped past the type
/// check returns at once (and the check of the opened file refuses it).
#[cfg(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64"
    )
))]
fn nonblocking(options: &mut std::fs::OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt as _;
    const O_NONBLOCK: i32 = 0o4000;
    options.custom_flags(O_NONBLOCK);
}

#[cfg(not(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64"
    )
)))]
fn nonblocking(_: &mut std::fs::OpenOptions) {}

/// Open options that never block on a FIFO (Linux: `O_NONBLOCK`), for opening a file
/// Steady checked to be regular but that could be swapped before the open.
pub fn nonblocking_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    nonblocking(&mut options);
    options
}

fn read_capped(path: &Path, cap: u64, links: Links) -> Result<Vec<u8>, ReadError> {
    let (file, len) = open_regular(path, links)?;
    if len > cap {
        return Err(ReadError::TooLarge {
            cap,
            len: Some(len),
        });
    }
    // Never trust the size alone: read at most one byte past the cap.
    let mut bytes = Vec::with_capacity(usize::try_from(len.min(cap)).unwrap_or(0));
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { cap, len: None });
    }
    Ok(bytes)
}

/// Reads a regular file named by the person (links followed), at most `cap` bytes.
/// Folders, FIFOs, sockets and devices are refused before they are opened.
pub fn read_regular_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    read_capped(path, cap, Links::Follow)
}

/// Reads a regular file found in one of Steady's folders, at most `cap` bytes; a link
/// is refused (what is read stays inside the folder).
pub fn read_regular_in_folder(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    read_capped(path, cap, Links::Refuse)
}

/// Whether anything is at `path`: a file, a folder, or a link (even a dangling one).
pub fn occupied(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// `dir/name`, if `name` is one plain file name (no folder separators, `..`, or root),
/// so a name taken from a file's content cannot lead outside `dir`.
pub fn join_inside(dir: &Path, name: &str) -> Option<PathBuf> {
    let mut parts = Path::new(name).components();
    match (parts.next(), parts.next()) {
        (Some(Component::Normal(part)), None)
            if part.to_str() == Some(name) && !name.contains(['/', '\\', '\0']) =>
        {
            Some(dir.join(name))
        }
        _ => None,
    }
}

/// Permissions of a new file (Unix).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// 0644: routines, exports.
    Shared,
    /// 0600: history and state, which say something about the person's health.
    Private,
}

fn link_refused() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        "it is a link, and steady never writes through a link",
    )
}

/// Writes `text` to `path` atomically, making its folder if needed; a new file gets
/// mode 0644 and a link is refused.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    write_atomically_with(path, text.as_bytes(), Mode::Shared)
}

/// Writes `bytes` to `path` atomically, making its folder if needed. A link at `path`
/// (dangling or not), a folder or a special file is refused; a new file gets `mode`,
/// an existing one keeps its own.
pub fn write_atomically_with(path: &Path, bytes: &[u8], mode: Mode) -> std::io::Result<()> {
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    let existing = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => return Err(link_refused()),
        Ok(meta) if meta.is_dir() => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                "it is a folder",
            ));
        }
        Ok(meta) if !meta.is_file() => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "it is not a regular file (a pipe, socket or device)",
            ));
        }
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let mut file = AtomicWriteFile::open(path)?;
    if existing.is_none() {
        set_mode(file.as_file(), mode)?;
    }
    file.write_all(bytes)?;
    file.commit()
}

/// Writes a new file: refused if anything (a file, a folder, a link) is at `path`,
/// also when another process writes the same path at the same moment. The bytes go
/// to a hidden temporary in the same folder (synced), which is then hard-linked to
/// `path`: the link fails if anything is there, so of many writers at once exactly one
/// succeeds and the others get `AlreadyExists`, and the file appears whole or not at
/// all. On a file system without hard links the file is created exclusively
/// (`create_new`) and written in place.
pub fn write_new(path: &Path, bytes: &[u8], mode: Mode) -> std::io::Result<()> {
    let exists = || std::io::Error::new(std::io::ErrorKind::AlreadyExists, "it already exists");
    if occupied(path) {
        return Err(exists());
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "no file name"))?
        .to_string_lossy()
        .into_owned();
    let (temporary, mut file) = new_temporary(parent, &name, mode)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| set_mode(&file, mode))
        .and_then(|()| file.sync_all());
    drop(file);
    let linked = written.and_then(|()| std::fs::hard_link(&temporary, path));
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => {
            sync_folder(parent);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists || occupied(path) => Err(exists()),
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::Unsupported | std::io::ErrorKind::PermissionDenied
            ) || e
                .raw_os_error()
                .is_some_and(|code| code == 1 || code == 18 || code == 31) =>
        {
            // No hard links here (FAT, some network shares): exclusive create.
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt as _;
                options.mode(mode_bits(mode));
            }
            let mut file = options.open(path)?;
            let result = file
                .write_all(bytes)
                .and_then(|()| set_mode(&file, mode))
                .and_then(|()| file.sync_all());
            if result.is_err() {
                drop(file);
                let _ = std::fs::remove_file(path);
            }
            result
        }
        Err(e) => Err(e),
    }
}

/// A new hidden temporary `.<name>.<random>` in `dir`, created exclusively.
fn new_temporary(dir: &Path, name: &str, mode: Mode) -> std::io::Result<(PathBuf, std::fs::File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut last = None;
    for _ in 0..16 {
        let random = getrandom::u64().unwrap_or_else(|_| {
            (u64::from(std::process::id()) << 20) ^ COUNTER.fetch_add(1, Ordering::Relaxed)
        });
        let temporary = dir.join(format!(".{name}.{random:016x}"));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(mode_bits(mode));
        }
        match options.open(&temporary) {
            Ok(file) => return Ok((temporary, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

/// Makes a new entry in `dir` durable (Unix: fsync of the folder); best effort.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(unix)]
fn mode_bits(mode: Mode) -> u32 {
    match mode {
        Mode::Shared => 0o644,
        Mode::Private => 0o600,
    }
}

#[cfg(unix)]
fn set_mode(file: &std::fs::File, mode: Mode) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    file.set_permissions(std::fs::Permissions::from_mode(mode_bits(mode)))
}

#[cfg(not(unix))]
fn set_mode(_: &std::fs::File, _: Mode) -> std::io::Result<()> {
    Ok(())
}

/// Whether [`lock`] waits for a lock another process holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Block until the other process lets go (a short write).
    Yes,
    /// Give up at once: `Ok(None)`.
    No,
}

/// Takes an exclusive lock on the file at `path` (made, mode 0600, with its folder if
/// needed), held until the returned file is dropped or the process ends, however it
/// ends (so a lock left by a crash is never stale). `Ok(None)`: another process holds
/// it and `wait` is [`Wait::No`]. A link or anything but a regular file at `path` is
/// refused unopened.
pub fn lock(path: &Path, wait: Wait) -> std::io::Result<Option<std::fs::File>> {
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => return Err(link_refused()),
        Ok(meta) if !meta.is_file() => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the lock is not a regular file",
            ));
        }
        _ => {}
    }
    #[allow(unused_mut)]
    let mut options = nonblocking_options();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file = options
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the lock is not a regular file",
        ));
    }
    match wait {
        Wait::Yes => file.lock().map(|()| Some(file)),
        Wait::No => match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        },
    }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sizes_that_differ_never_read_the_same() {
        let mib = 1024 * 1024;
        let (a, b) = sizes(mib + 1, mib);
        assert_ne!(a, b);
        assert_eq!((a.as_str(), b.as_str()), ("1048577 bytes", "1048576 bytes"));
        assert_eq!(human_bytes(mib), "1 MiB");
        assert_eq!(human_bytes(3 * mib / 2), "1.5 MiB");
        assert_eq!(human_bytes(300), "300 bytes");
    }

    #[test]
    fn join_inside_takes_one_plain_name_only() {
        let dir = Path::new("/data/history");
        assert_eq!(join_inside(dir, "a.ron"), Some(dir.join("a.ron")));
        for bad in [
            "",
            ".",
            "..",
            "../x",
            "x/../../y",
            "/etc/passwd",
            "a/b",
            "a\\b",
        ] {
            assert_eq!(join_inside(dir, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_stop_one_byte_past_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a");
        std::fs::write(&path, vec![b'x'; 11]).unwrap();
        assert_eq!(read_regular_capped(&path, 11).unwrap().len(), 11);
        assert!(matches!(
            read_regular_capped(&path, 10),
            Err(ReadError::TooLarge {
                cap: 10,
                len: Some(11)
            })
        ));
        assert!(matches!(
            read_regular_capped(dir.path(), 10),
            Err(ReadError::Folder)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_links_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        // /dev/zero never ends: refused by type, not by reading it.
        assert!(matches!(
            read_regular_capped(Path::new("/dev/zero"), 10),
            Err(ReadError::Special)
        ));
        let fifo = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(
            read_regular_capped(&fifo, 10),
            Err(ReadError::Special)
        ));
        let target = dir.path().join("t");
        std::fs::write(&target, "hi").unwrap();
        let link = dir.path().join("l");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(read_regular_capped(&link, 10).unwrap(), b"hi");
        assert!(matches!(
            read_regular_in_folder(&link, 10),
            Err(ReadError::Link)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn writes_refuse_links_and_new_files_get_their_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let dangling = dir.path().join("out.csv");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        assert!(write_atomically(&dangling, "x").is_err());
        assert!(write_new(&dangling, b"x", Mode::Shared).is_err());
        assert!(
            std::fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(!dir.path().join("nowhere").exists());
        let shared = dir.path().join("s");
        write_atomically(&shared, "x").unwrap();
        let private = dir.path().join("p");
        write_atomically_with(&private, b"x", Mode::Private).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&shared), 0o644);
        assert_eq!(mode(&private), 0o600);
        assert!(write_new(&shared, b"y", Mode::Shared).is_err());
        assert_eq!(std::fs::read(&shared).unwrap(), b"x");
    }
}
