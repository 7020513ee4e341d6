//! Reminders while Steady is open, and starting at login: at a planned session's time
//! (`state::week::reminder_due`) the window shows a calm prompt on Home and the desktop
//! gets one notification (notify-rust over D-Bus, on a helper thread; with no
//! notification service nothing is shown and nothing is said). Starting at login is an
//! XDG autostart entry in the config folder, written only when the person turns it on
//! and removed when they turn it off.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Sends one desktop notification: a title and a line.
pub type Notifier = Arc<dyn Fn(String, String) + Send + Sync>;

/// The desktop's notifications; errors (no service, no D-Bus) are dropped: the
/// window's own prompt is the reminder that always shows.
pub fn desktop_notifier() -> Notifier {
    Arc::new(|title: String, body: String| {
        let _ = std::thread::Builder::new()
            .name("steady-notify".into()) // i18n: not shown
            .spawn(move || {
                let _ = notify_rust::Notification::new()
                    .appname(&crate::t!("app-name"))
                    .summary(&title)
                    .body(&body)
                    .icon(crate::desktop::APP_ID)
                    .show();
            });
    })
}

/// The autostart entry's file name.
pub fn autostart_file(config_dir: &Path) -> PathBuf {
    config_dir
        .join("autostart")
        .join(format!("{}.desktop", crate::desktop::APP_ID))
}

/// The autostart entry: Steady started minimised with `exec`.
pub fn autostart_entry(exec: &Path) -> String {
    // Exec quoting (Desktop Entry spec): the path in double quotes, with `"`, `` ` ``,
    // `$` and `\` escaped.
    let mut quoted = String::from("\"");
    for c in exec.to_string_lossy().chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    [
        "[Desktop Entry]",                           // i18n: not shown (desktop entry keys)
        "Type=Application",                          // i18n: not shown (desktop entry keys)
        &format!("Name={}", crate::t!("app-name")),  // i18n: not shown (desktop entry keys)
        &format!("Exec={quoted} --minimised"),       // i18n: not shown (desktop entry keys)
        &format!("Icon={}", crate::desktop::APP_ID), // i18n: not shown (desktop entry keys)
        "X-GNOME-Autostart-enabled=true",            // i18n: not shown (desktop entry keys)
        "Terminal=false",                            // i18n: not shown (desktop entry keys)
        "",
    ]
    .join("\n")
}

/// Turns starting at login on (writes the entry) or off (removes it, if there).
pub fn set_autostart(config_dir: &Path, on: bool, exec: &Path) -> std::io::Result<()> {
    let file = autostart_file(config_dir);
    if on {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        crate::files::write_atomically_with(
            &file,
            autostart_entry(exec).as_bytes(),
            crate::files::Mode::Shared,
        )
    } else {
        match std::fs::remove_file(&file) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }
}

/// The person's config folder (`~/.config` on Linux), if there is one.
pub fn config_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autostart_is_written_when_on_and_removed_when_off() {
        let dir = tempfile::tempdir().unwrap();
        let exec = Path::new("/opt/my \"apps\"/steady");
        set_autostart(dir.path(), true, exec).unwrap();
        let text = std::fs::read_to_string(autostart_file(dir.path())).unwrap();
        assert!(text.starts_with("[Desktop Entry]\n"), "{text}");
        assert!(
            text.contains("Exec=\"/opt/my \\\"apps\\\"/steady\" --minimised\n"),
            "{text}"
        );
        set_autostart(dir.path(), false, exec).unwrap();
        assert!(!autostart_file(dir.path()).exists());
        // Off twice is fine.
        set_autostart(dir.path(), false, exec).unwrap();
    }
}
