//! The desktop install, checked without a network: one app id everywhere (the window's
//! constant, the `.desktop` file, the icons, the AppStream metainfo), every file the
//! .deb lists in `Cargo.toml` present (each icon PNG the size its folder says),
//! `steady --version` naming the routine format, and the generated man pages and
//! completions complete and free of hidden commands.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::CommandFactory as _;
use steady::desktop::APP_ID;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text between the first `<tag>` and `</tag>`.
fn element<'a>(xml: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>");
    let start = xml.find(&open).unwrap_or_else(|| panic!("no <{tag}>")) + open.len();
    let end = start + xml[start..].find(&format!("</{tag}>")).unwrap();
    xml[start..end].trim()
}

/// `(source, destination)` of every asset of `[package.metadata.deb]` in Cargo.toml,
/// one `["source", "destination", "mode"]` per line.
fn deb_assets() -> Vec<(String, String)> {
    let manifest = read(&root().join("Cargo.toml"));
    let deb = &manifest[manifest.find("[package.metadata.deb]").unwrap()..];
    let assets = &deb[deb.find("assets = [").unwrap()..];
    let assets = &assets[..assets.find("\n]").unwrap()];
    let listed: Vec<(String, String)> = assets
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("[\""))
        .map(|l| {
            let parts: Vec<&str> = l.split('"').collect();
            (parts[1].to_owned(), parts[3].to_owned())
        })
        .collect();
    assert!(listed.len() > 10, "too few assets found: {listed:?}");
    listed
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is no PNG",
        path.display()
    );
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

#[test]
fn the_app_id_is_the_same_everywhere() {
    assert_eq!(APP_ID, "io.github.steady_app.Steady");
    let linux = root().join("assets/linux");

    let desktop = read(&linux.join(format!("{APP_ID}.desktop")));
    assert!(desktop.lines().any(|l| l == format!("Icon={APP_ID}")));
    // X11 matches the window to this file by its class, which winit sets to the app id.
    assert!(
        desktop
            .lines()
            .any(|l| l == format!("StartupWMClass={APP_ID}"))
    );
    assert!(desktop.lines().any(|l| l == "Exec=steady"));

    let metainfo = read(&linux.join(format!("{APP_ID}.metainfo.xml")));
    assert_eq!(element(&metainfo, "id"), APP_ID);
    assert!(metainfo.contains(&format!(
        r#"<launchable type="desktop-id">{APP_ID}.desktop</launchable>"#
    )));
    assert!(metainfo.contains(&format!(
        r#"<release version="{}""#,
        env!("CARGO_PKG_VERSION")
    )));

    assert!(root().join(format!("assets/icons/{APP_ID}.svg")).is_file());
    // The window sets the same constant (not a copy of the text).
    let app = read(&root().join("src/app/mod.rs"));
    assert!(app.contains(".with_app_id(crate::desktop::APP_ID)"));
}

#[test]
fn windows_and_macos_get_the_app_id_with_a_hyphen() {
    let manifest = read(&root().join("Cargo.toml"));
    let packager = &manifest[manifest.find("[package.metadata.packager]").unwrap()..];
    let line = packager
        .lines()
        .find(|l| l.starts_with("identifier = "))
        .unwrap();
    // Apple's bundle ids allow no '_'; freedesktop ids use '_' for '-'.
    assert_eq!(
        line,
        format!("identifier = \"{}\"", APP_ID.replace('_', "-"))
    );
    // Its icons: the .ico, and the PNGs through a glob (`*` for the size folder).
    let icons = &packager[packager.find("icons = [").unwrap()..];
    let icons: Vec<&str> = icons[..icons.find(']').unwrap()]
        .lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.split('"').next())
        .collect();
    assert_eq!(icons.len(), 2, "{icons:?}");
    assert!(icons[0].ends_with(&format!("{APP_ID}.ico")));
    for icon in icons {
        let found = match icon.split_once('*') {
            None => usize::from(root().join(icon).is_file()),
            Some((dir, file)) => std::fs::read_dir(root().join(dir))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().join(&file[1..]).is_file())
                .count(),
        };
        assert!(found >= 1, "{icon} matches no file");
    }
}

#[test]
fn the_metainfo_screenshots_are_images_in_docs() {
    let metainfo = read(&root().join(format!("assets/linux/{APP_ID}.metainfo.xml")));
    let mut shown = 0;
    for part in metainfo.split("<image").skip(1) {
        let (attributes, rest) = part.split_once('>').unwrap();
        let url = &rest[..rest.find("</image>").unwrap()];
        let (_, path) = url.split_once("/main/").unwrap();
        assert!(path.starts_with("docs/"), "{url}");
        let (width, height) = png_size(&root().join(path));
        assert!(
            attributes.contains(&format!(r#"width="{width}" height="{height}""#)),
            "{path} is {width}x{height}: {attributes}"
        );
        shown += 1;
    }
    assert!(shown >= 1);
}

#[test]
fn every_file_the_deb_lists_exists_and_every_icon_has_its_size() {
    let mut sizes = Vec::new();
    for (source, dest) in deb_assets() {
        // Built (release binary) or generated (man pages, completions) before `cargo deb`.
        if source.starts_with("target/") {
            continue;
        }
        let path = root().join(&source);
        assert!(path.is_file(), "listed in Cargo.toml but missing: {source}");
        if let Some(size) = dest
            .strip_prefix("usr/share/icons/hicolor/")
            .and_then(|d| d.split_once('x'))
            .and_then(|(w, _)| w.parse::<u32>().ok())
        {
            assert_eq!(
                dest,
                format!("usr/share/icons/hicolor/{size}x{size}/apps/"),
                "{source}"
            );
            assert!(source.ends_with(&format!("{size}x{size}/apps/{APP_ID}.png")));
            assert_eq!(png_size(&path), (size, size), "{source}");
            sizes.push(size);
        }
    }
    sizes.sort_unstable();
    assert_eq!(sizes, [48, 64, 128, 256, 512]);

    // Every rendered PNG is packaged.
    let hicolor = root().join("assets/icons/hicolor");
    let mut rendered: Vec<u32> = std::fs::read_dir(&hicolor)
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.split_once('x').unwrap().0.parse().unwrap()
        })
        .collect();
    rendered.sort_unstable();
    assert_eq!(rendered, sizes);
}

#[test]
fn version_names_the_routine_format() {
    let out = Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.trim(),
        format!(
            "steady {} (routine format {})",
            env!("CARGO_PKG_VERSION"),
            steady::routine::FORMAT_VERSION
        )
    );
}

#[test]
fn man_pages_and_completions_cover_the_visible_commands_only() {
    let files = steady::desktop::generated_files(&steady::cli::Cli::command()).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|(p, _)| p.to_string_lossy().replace('\\', "/"))
        .collect();
    for expected in [
        "man/steady.1",
        "man/steady-validate.1",
        "man/steady-list.1",
        "man/steady-export.1",
        "completions/steady.bash",
        "completions/_steady",
        "completions/steady.fish",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected}: {names:?}");
    }
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.is_empty(), "{}", path.display());
        for hidden in ["crash-writer", "generate-assets", "exit-after"] {
            assert!(!text.contains(hidden), "{} names {hidden}", path.display());
        }
        // Every subcommand's page is there for the main page's references.
        if path.ends_with("steady.1") {
            assert!(text.contains("steady\\-validate(1)"));
        }
    }
}
