//! Steady's words in every language: each `.ftl` file parses, every key of English
//! exists in every language and no language has a key English lacks, a translation
//! uses no argument English does not pass, and no screen shows a sentence that
//! bypasses Fluent. Also the language choice itself: tags, the CLI's `--lang`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use steady::i18n::{self, Language};

/// Message and term ids (with `.attribute`s) and the variables each uses.
fn keys(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(language.tag())
        .join("steady.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: {errors:#?}", path.display()),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            ast::Entry::Junk { content } => panic!("{}: junk: {content}", path.display()),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(value) = &value {
            pattern_variables(value, &mut variables);
        }
        assert!(
            out.insert(id.clone(), variables).is_none(),
            "{}: {id} twice",
            path.display()
        );
        for attribute in attributes {
            let mut variables = BTreeSet::new();
            pattern_variables(&attribute.value, &mut variables);
            out.insert(format!("{id}.{}", attribute.id.name), variables);
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_key_and_only_english_arguments() {
    let english = keys(Language::English);
    assert!(english.len() > 10, "English has {} keys", english.len());
    for language in Language::ALL {
        let theirs = keys(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in English {extra:?}",
            language.tag()
        );
        for (key, variables) in &theirs {
            let unknown: Vec<&String> = variables.difference(&english[key]).collect();
            assert!(
                unknown.is_empty(),
                "{} {key}: uses {unknown:?}, which the code does not pass",
                language.tag()
            );
        }
    }
}

#[test]
fn the_embedded_files_are_the_ones_checked() {
    for language in Language::ALL {
        let embedded = i18n::ftl_source(language).unwrap();
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(language.tag())
            .join("steady.ftl");
        assert_eq!(embedded, std::fs::read_to_string(path).unwrap());
        assert!(i18n::loader_for(language).has("app-name"));
    }
}

#[test]
fn language_tags_and_locale_names_are_understood() {
    for (tag, language) in [
        ("de", Some(Language::German)),
        ("de-AT", Some(Language::German)),
        ("de_DE.UTF-8", Some(Language::German)),
        ("Deutsch", Some(Language::German)),
        ("en", Some(Language::English)),
        ("en_GB.UTF-8", Some(Language::English)),
        ("C", None),
        ("POSIX", None),
        ("fr-FR", None),
        ("", None),
    ] {
        assert_eq!(Language::from_tag(tag), language, "{tag:?}");
    }
}

#[test]
fn each_thread_speaks_its_own_language() {
    let german = std::thread::spawn(|| {
        i18n::use_language(Language::German);
        steady::t!("settings-language")
    });
    i18n::use_language(Language::English);
    assert_eq!(steady::t!("settings-language"), "Language");
    assert_eq!(german.join().unwrap(), "Sprache");
    assert_eq!(steady::t!("settings-language"), "Language");
}

/// The source files whose strings reach the person.
fn shown_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![root.join("live.rs"), root.join("cli.rs")];
    for dir in ["ui", "app", "state", "report"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// String literals on one line (plain `"…"` only; raw strings are never shown).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut current: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        match (&mut current, c) {
            (None, '/') if line[i..].starts_with("//") => break,
            (None, '\'') => {
                // A char literal like '"' or '\'' is skipped whole.
                let rest = &line[i..];
                if let Some(end) = rest[1..].find('\'')
                    && end <= 3
                {
                    for _ in 0..=end {
                        chars.next();
                    }
                }
            }
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                if let Some((_, next)) = chars.next() {
                    s.push('\\');
                    s.push(next);
                }
            }
            (Some(s), '"') => {
                out.push(std::mem::take(s));
                current = None;
            }
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

/// Whether a literal reads as words for a person: after removing `{…}` holes, two
/// letters in a row and either a space between words or a capital first letter.
fn reads_as_words(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let two_letters = |w: &str| {
        w.chars()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|p| p[0].is_alphabetic() && p[1].is_alphabetic())
    };
    // Words as a person reads them: separated by spaces (keys and ids use hyphens).
    let words: Vec<&str> = text.split_whitespace().filter(|w| two_letters(w)).collect();
    // Names of environment variables and constants: FIRST_FRAME.
    if words.is_empty()
        || !text.contains(' ')
            && text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
    {
        return false;
    }
    words.len() >= 2
        || text
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
}

/// Lines that may hold words no person reads: logs to the terminal, ids, keys.
fn exempt(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("//")
        || line.starts_with("#[")
        || line.contains("i18n: not shown")
        || [
            "eprintln!",
            "debug_assert",
            "unreachable!",
            "Id::new(",
            "id_salt(",
        ]
        .iter()
        .any(|p| line.contains(p))
}

#[test]
fn no_screen_shows_a_sentence_that_bypasses_fluent() {
    let mut found = Vec::new();
    for path in shown_sources() {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut previous = "";
        for (n, line) in text.lines().enumerate() {
            // Unit tests below this line check English on purpose.
            if line.trim() == "#[cfg(test)]" {
                break;
            }
            // A log line's text may start on the line after `eprintln!(`.
            let after_log = previous.trim_end().ends_with("eprintln!(");
            if !exempt(line) && !after_log && !previous.contains("i18n: not shown") {
                for literal in literals(line) {
                    if reads_as_words(&literal) {
                        found.push(format!(
                            "{}:{}: \"{literal}\"",
                            path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                                .unwrap()
                                .display(),
                            n + 1
                        ));
                    }
                }
            }
            previous = line;
        }
    }
    assert!(
        found.is_empty(),
        "{} sentences bypass Fluent (use t!, or mark a line `// i18n: not shown`):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_grep_sees_what_it_should() {
    assert_eq!(
        literals(r#"x("Start ▶", t!("a-b"), '"', "{n} %")"#),
        ["Start ▶", "a-b", "{n} %"]
    );
    assert!(reads_as_words("Start ▶"));
    assert!(reads_as_words("{name} is done"));
    assert!(reads_as_words("Keep going"));
    assert!(reads_as_words("❚❚ Pause"));
    assert!(!reads_as_words("home-start"));
    assert!(!reads_as_words("{secs} s"));
    assert!(!reads_as_words("{} %"));
    assert!(!reads_as_words("steady-last-screen"));
}

#[test]
fn steady_lang_de_list_prints_german_headers() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
            .args(args)
            .env("STEADY_DATA_DIR", data.path())
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let english = run(&["list"]);
    let german = run(&["--lang", "de", "list"]);
    assert_ne!(english.lines().next(), german.lines().next());
    assert!(
        german
            .lines()
            .next()
            .unwrap()
            .contains(&i18n::loader_for(Language::German).get("cli-list-title"))
    );
}

#[test]
fn arguments_are_not_wrapped_in_bidi_isolation_marks() {
    for language in Language::ALL {
        i18n::use_language(language);
        let text = steady::t!("home-start-name", title = "Sit to stand practice");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert!(text.contains("Sit to stand practice"));
    }
}

#[test]
fn every_built_in_rest_prompt_is_translated() {
    i18n::use_language(Language::German);
    for prompt in steady::session::plan::BUILT_IN_REST_PROMPTS {
        assert_ne!(i18n::rest_prompt(prompt), *prompt);
    }
    assert_eq!(
        i18n::rest_prompt("A routine's own words"),
        "A routine's own words"
    );
}

#[test]
fn the_system_language_is_followed_unless_settings_or_lang_say_otherwise() {
    let data = tempfile::tempdir().unwrap();
    let first_line = |lang_env: &str, args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
            .args(args)
            .env("STEADY_DATA_DIR", data.path())
            .env("LANG", lang_env)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    let german = i18n::loader_for(Language::German).get("cli-list-title");
    let english = i18n::loader_for(Language::English).get("cli-list-title");
    assert!(first_line("de_DE.UTF-8", &["list"]).contains(&german));
    assert!(first_line("C", &["list"]).contains(&english));
    assert!(first_line("de_DE.UTF-8", &["--lang", "en", "list"]).contains(&english));
    // A language chosen in Settings wins over the system's.
    std::fs::write(
        data.path().join("settings.ron"),
        "(language: Some(English))",
    )
    .unwrap();
    assert!(first_line("de_DE.UTF-8", &["list"]).contains(&english));
}

#[test]
fn new_routines_and_copies_start_in_the_persons_language() {
    use steady::routine::draft::{blank_routine_in, copy_of_in};
    i18n::use_language(Language::German);
    let words = i18n::template_words();
    let blank = blank_routine_in(|_| false, &words);
    assert_eq!(blank.title, "Mein Programm");
    assert_eq!(blank.exercises[0].name, "Neue Übung 1");
    assert_eq!(blank.id, "my-routine", "ids stay plain keys");
    let copy = copy_of_in(&blank, |_| false, &words);
    assert_eq!(copy.title, "Mein Programm (Kopie)");
    assert_eq!(copy.id, "my-routine-copy");
    i18n::use_language(Language::English);
    let english = i18n::template_words();
    assert_eq!(english, steady::routine::draft::TemplateWords::english());
}

#[test]
fn the_editors_problems_are_said_in_the_persons_language() {
    let mut routine = steady::routine::bundled::load_bundled_in("de")
        .get("seated-leg-strength")
        .unwrap()
        .routine
        .clone();
    routine.exercises[0].steps.clear();
    routine.title = String::new();
    let problems = steady::routine::validate::validate(&routine);
    assert_eq!(problems.len(), 2, "{problems:?}");
    i18n::use_language(Language::German);
    let german: Vec<String> = problems.iter().map(i18n::invalid).collect();
    assert_eq!(german[0], "Dieses Feld ist leer.");
    assert!(
        german[1].contains("hat keine Anleitungsschritte"),
        "{german:?}"
    );
    i18n::use_language(Language::English);
    // The English words the CLI prints stay as they were.
    assert_eq!(problems[0].message, "The title is empty.");
    assert_eq!(i18n::invalid(&problems[0]), "This is empty.");
}
