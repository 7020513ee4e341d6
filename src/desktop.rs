//! What installing Steady as a desktop app needs from the code: the app id, the version
//! line, and the man page and shell completions generated from the command line's clap
//! definition.
//!
//! [`APP_ID`] is the one reverse-DNS name the window (`app::run`), the `.desktop` file,
//! the icons and the AppStream metainfo in `assets/` all use; `tests/packaging.rs`
//! checks that they agree. [`generated_files`] renders the man page (`clap_mangen`) and
//! the bash, zsh and fish completions (`clap_complete`) as bytes; it writes nothing
//! (`steady generate-assets DIR` writes them, for `scripts/package-deb.sh`). It imports
//! only clap and the routine format's version.

use std::path::PathBuf;

use clap_complete::Shell;

/// The app id: the window's Wayland app id and X11 class, the `.desktop` file's name,
/// the icons' name and the metainfo id.
pub const APP_ID: &str = "io.github.steady_app.Steady";

/// What `steady --version` prints after the name: the app's version and the routine
/// format it reads and writes, e.g. `0.1.0 (routine format 2)`.
pub fn version_line() -> String {
    format!(
        "{} (routine format {})",
        env!("CARGO_PKG_VERSION"),
        crate::routine::FORMAT_VERSION
    )
}

/// The man pages and completions for `cmd` (the CLI's clap command), as paths relative
/// to an output folder with their contents: `man/<name>.1` and one `man/<name>-<sub>.1`
/// per subcommand (the main page refers to them), `completions/<name>.bash`,
/// `completions/_<name>` (zsh) and `completions/<name>.fish`. Hidden subcommands and
/// options (test and packaging helpers) are left out of all of them.
pub fn generated_files(cmd: &clap::Command) -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let name = cmd.get_name().to_owned();
    let mut files = Vec::new();

    // As `clap_mangen::generate_to` does, but into memory.
    let mut built = cmd.clone().disable_help_subcommand(true);
    built.build();
    let mut pages = vec![built];
    while let Some(page) = pages.pop() {
        pages.extend(page.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let man = clap_mangen::Man::new(page);
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        files.push((PathBuf::from("man").join(man.get_filename()), roff));
    }

    let visible = without_hidden(cmd);
    for (shell, file) in [
        (Shell::Bash, format!("{name}.bash")),
        (Shell::Zsh, format!("_{name}")),
        (Shell::Fish, format!("{name}.fish")),
    ] {
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut visible.clone(), &name, &mut text);
        files.push((PathBuf::from("completions").join(file), text));
    }
    Ok(files)
}

/// `cmd` without its hidden options and subcommands: clap has no way to remove one, so
/// this builds a new command with the same name and texts, and only the visible options
/// and subcommands (bash completions would offer hidden options, zsh hidden commands).
fn without_hidden(cmd: &clap::Command) -> clap::Command {
    let mut visible = clap::Command::new(cmd.get_name().to_owned())
        .args(cmd.get_arguments().filter(|a| !a.is_hide_set()).cloned())
        .subcommands(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    if let Some(version) = cmd.get_version() {
        visible = visible.version(version.to_owned());
    }
    if let Some(about) = cmd.get_about() {
        visible = visible.about(about.clone());
    }
    visible
}
