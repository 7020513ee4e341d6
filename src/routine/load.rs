//! Reading routine files: bytes → [`Routine`], with every problem reported precisely.
//!
//! A file goes through size, encoding and line-ending checks, a probe of its `format`
//! field (so a file from a newer Steady says so instead of listing unknown fields), a
//! strict parse, and semantic [`validate`](super::validate). Each problem becomes a
//! [`Problem`] with the file, line and column, the offending text and a hint. Loading a
//! folder never stops at a bad file: the good routines and all problems come back
//! together in a [`LoadReport`].

use crate::files::describe_io_error;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::locate::{Locator, line_col};

pub(super) mod schema;
use super::validate::{FieldPath, Invalid, validate};
use super::{FORMAT_VERSION, Routine, ron_options};
use crate::files::ReadError;

/// A routine file larger than this is refused unread (a routine is a few kilobytes).
pub const MAX_ROUTINE_FILE_BYTES: u64 = 1024 * 1024;

/// Where a routine came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Embedded in the binary from `programs/`.
    Bundled { file_name: &'static str },
    /// A file on disk.
    File(PathBuf),
}

impl Origin {
    /// The path shown to people: the file path, or `<bundled>/name.ron`.
    pub fn display_path(&self) -> PathBuf {
        match self {
            Self::Bundled { file_name } => Path::new("<bundled>").join(file_name),
            Self::File(path) => path.clone(),
        }
    }

    pub fn is_bundled(&self) -> bool {
        matches!(self, Self::Bundled { .. })
    }
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The routine still loads, but the file should be fixed.
    Warning,
    /// The routine cannot be used until the file is fixed.
    Error,
}

/// One problem with one routine file, in words a person understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based line and column, when the problem has a place in the file.
    pub line_col: Option<(usize, usize)>,
    pub severity: Severity,
    pub message: String,
    /// The text at the problem, trimmed to one short line.
    pub snippet: Option<String>,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Problem {
    fn new(origin: &Origin, severity: Severity, message: impl Into<String>) -> Self {
        Self {
            path: origin.display_path(),
            line_col: None,
            severity,
            message: message.into(),
            snippet: None,
            hint: None,
        }
    }

    fn at(mut self, src: &str, (line, col): (usize, usize)) -> Self {
        self.line_col = Some((line, col));
        self.snippet = snippet(src, line, col);
        self
    }

    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One line: `path:line:col: error: message, near `text`. Hint.`
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some((line, col)) = self.line_col {
            write!(f, ":{line}:{col}")?;
        }
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, ": {severity}: {}", self.message)?;
        if let Some(snippet) = &self.snippet {
            write!(f, " (near `{snippet}`)")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, " {hint}")?;
        }
        Ok(())
    }
}

/// A routine that loaded, with where it came from and any warnings about its file.
#[derive(Debug, Clone)]
pub struct LoadedRoutine {
    pub routine: Routine,
    pub origin: Origin,
    /// Whether the file has comments, which are lost if Steady saves it.
    pub has_comments: bool,
    /// The file is broken now and this is its last good version, kept usable while
    /// the problem is shown (see [`super::keep_last_good`]).
    pub last_good: bool,
}

/// The result of loading many files: every good routine and every problem.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub routines: Vec<LoadedRoutine>,
    pub problems: Vec<Problem>,
}

impl LoadReport {
    /// Adds the outcome of one file.
    pub fn push(&mut self, origin: Origin, outcome: Result<Parsed, Vec<Problem>>) {
        match outcome {
            Ok(parsed) => {
                self.problems.extend(parsed.warnings);
                self.routines.push(LoadedRoutine {
                    routine: parsed.routine,
                    origin,
                    has_comments: parsed.has_comments,
                    last_good: false,
                });
            }
            Err(problems) => self.problems.extend(problems),
        }
    }

    /// Appends another report, then re-checks ids across both.
    pub fn merge(&mut self, other: Self) {
        self.routines.extend(other.routines);
        self.problems.extend(other.problems);
        self.reject_duplicate_ids();
    }

    /// Keeps the first routine with each id; every later one becomes a problem.
    pub fn reject_duplicate_ids(&mut self) {
        let mut kept: Vec<LoadedRoutine> = Vec::with_capacity(self.routines.len());
        for loaded in std::mem::take(&mut self.routines) {
            match kept.iter().find(|k| k.routine.id == loaded.routine.id) {
                Some(first) => self
                    .problems
                    .push(duplicate_id_problem(&loaded, &first.origin)),
                None => kept.push(loaded),
            }
        }
        self.routines = kept;
    }

    /// Checks routines from files against the routines bundled with Steady, as the
    /// library does: a file whose id a bundled routine has is a problem (it would never
    /// load beside it), unless the file is that bundled routine's own text (as in
    /// `programs/`). For `steady validate FOLDER`.
    pub fn reject_bundled_ids(&mut self) {
        let bundled = super::bundled::load_bundled();
        let own_text = |path: &Path| {
            crate::files::read_regular_capped(path, MAX_ROUTINE_FILE_BYTES).is_ok_and(|bytes| {
                super::bundled::BUNDLED
                    .iter()
                    .chain(super::bundled::BUNDLED_DE)
                    .any(|(_, text)| text.as_bytes() == bytes.as_slice())
            })
        };
        let mut kept = Vec::with_capacity(self.routines.len());
        for loaded in std::mem::take(&mut self.routines) {
            match (bundled.get(&loaded.routine.id), &loaded.origin) {
                (Some(first), Origin::File(path)) if !own_text(path) => self
                    .problems
                    .push(duplicate_id_problem(&loaded, &first.origin)),
                _ => kept.push(loaded),
            }
        }
        self.routines = kept;
    }

    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    /// The routine with this id, if it loaded.
    pub fn get(&self, id: &str) -> Option<&LoadedRoutine> {
        self.routines.iter().find(|r| r.routine.id == id)
    }
}

/// "The id "x" is already used by …", at the `id` of the routine that came second.
fn duplicate_id_problem(loaded: &LoadedRoutine, first: &Origin) -> Problem {
    let mut problem = Problem::new(
        &loaded.origin,
        Severity::Error,
        format!(
            "The id \"{}\" is already used by {}.",
            loaded.routine.id,
            first.display_path().display()
        ),
    )
    .hint("Give each routine its own id; history uses it to tell them apart.");
    if let Origin::File(path) = &loaded.origin
        && let Ok(bytes) = crate::files::read_regular_capped(path, MAX_ROUTINE_FILE_BYTES)
        && let Ok(text) = String::from_utf8(bytes)
    {
        let text = text.trim_start_matches('\u{feff}');
        let at = Locator::new(text).find_nearest(&[super::locate::Seg::Field("id")]);
        problem = problem.at(text, at);
    }
    problem
}

/// A routine parsed from text, with warnings that did not stop it loading.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub routine: Routine,
    pub warnings: Vec<Problem>,
    pub has_comments: bool,
}

/// Parses and validates one routine from the bytes of a file.
///
/// Returns every error found (syntax errors stop at the first, since the rest of the
/// file cannot be trusted; semantic errors are all listed).
pub fn parse_routine(origin: &Origin, bytes: &[u8]) -> Result<Parsed, Vec<Problem>> {
    let err = |message: &str| Problem::new(origin, Severity::Error, message);
    if bytes.len() as u64 > MAX_ROUTINE_FILE_BYTES {
        return Err(vec![
            err(&too_large_message(Some(bytes.len() as u64)))
                .hint("Is this the right file? A routine is usually a few kilobytes."),
        ]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let bad = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            let problem = err(&format!(
                "The file is not UTF-8 text: byte 0x{bad:02X} cannot be read."
            ))
            .hint("Save the file as UTF-8 in your text editor.");
            return Err(vec![problem.at(good, line_col(good, good.len()))]);
        }
    };

    let mut warnings = Vec::new();
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            warnings.push(
                Problem::new(
                    origin,
                    Severity::Warning,
                    "The file starts with a byte order mark (BOM).",
                )
                .hint("Steady ignores it, but save the file as UTF-8 without BOM.")
                .at(rest, (1, 1)),
            );
            rest
        }
        None => text,
    };
    if text.trim().is_empty() {
        return Err(vec![
            err("The file is empty.")
                .hint("A routine starts with `Routine(`; copy a bundled routine to begin.")
                .at(text, (1, 1)),
        ]);
    }
    if let Some(pos) = text.find("\r\n") {
        warnings.push(
            Problem::new(
                origin,
                Severity::Warning,
                "The file uses Windows line endings (CRLF).",
            )
            .hint("Steady reads it, but saves with LF endings, so a diff would show every line.")
            .at(text, line_col(text, pos)),
        );
    }

    check_format_version(origin, text)?;

    let routine: Routine = ron_options()
        .from_str(text)
        .map_err(|e| vec![ron_problem(origin, text, &e)])?;

    let invalid = validate(&routine);
    if !invalid.is_empty() {
        let locator = Locator::new(text);
        return Err(invalid
            .into_iter()
            .map(|inv| invalid_problem(origin, text, &locator, inv))
            .collect());
    }
    // A picture Steady does not have is shown as none: a warning, the routine loads.
    let unknown = super::pictures::unknown_images(&routine);
    if !unknown.is_empty() {
        let locator = Locator::new(text);
        let known: Vec<&str> = super::pictures::names().collect();
        for (i, name) in unknown {
            let path = FieldPath::root().field("exercises").index(i).field("image");
            let at = locator.find_nearest(&path.segs());
            let mut problem = Problem::new(
                origin,
                Severity::Warning,
                format!(
                    "Steady has no picture called \"{name}\"; the exercise is shown without one."
                ),
            )
            .at(text, at);
            problem.hint = Some(format!(
                "`image` names one of Steady's pictures (not a file): {}.",
                known.join(", ")
            ));
            warnings.push(problem);
        }
    }
    // Clinical sanity: warnings for the therapist to look at again; the routine loads.
    let cautions = super::validate::cautions(&routine);
    if !cautions.is_empty() {
        let locator = Locator::new(text);
        for caution in cautions {
            let mut problem = invalid_problem(origin, text, &locator, caution);
            problem.severity = Severity::Warning;
            warnings.push(problem);
        }
    }
    Ok(Parsed {
        routine,
        warnings,
        has_comments: has_comments(text),
    })
}

/// Reads the `format` field alone, so that a newer file gets a clear message instead of
/// a list of fields this version does not know.
fn check_format_version(origin: &Origin, text: &str) -> Result<(), Vec<Problem>> {
    #[derive(Deserialize)]
    #[serde(rename = "Routine")]
    struct Probe {
        // Wider than the field itself, so that a huge number still says "newer".
        format: Option<u64>,
    }
    #[derive(Deserialize)]
    #[serde(rename = "Routine")]
    struct HugeProbe {
        format: Option<f64>,
    }
    let at = || Locator::new(text).find_nearest(&[super::locate::Seg::Field("format")]);
    let probe: Probe = match ron_options().from_str(text) {
        Ok(probe) => probe,
        // A number too large even for 64 bits is still a newer format.
        Err(_) => match ron_options().from_str::<HugeProbe>(text) {
            Ok(HugeProbe { format: Some(v) }) if v > u64::MAX as f64 => {
                return Err(vec![
                    Problem::new(
                        origin,
                        Severity::Error,
                        format!(
                            "This routine was made by a newer Steady (format larger than {}); this Steady reads format {FORMAT_VERSION}.",
                            u64::MAX
                        ),
                    )
                    .hint("Update Steady to use this routine.")
                    .at(text, at()),
                ]);
            }
            // Syntax errors are reported by the strict parse, with the same position.
            _ => return Ok(()),
        },
    };
    match probe.format {
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(vec![
            Problem::new(
                origin,
                Severity::Error,
                format!(
                    "This routine was made by a newer Steady (format {v}); this Steady reads format {FORMAT_VERSION}."
                ),
            )
            .hint("Update Steady to use this routine.")
            .at(text, at()),
        ]),
        Some(0) => Err(vec![
            Problem::new(origin, Severity::Error, "`format` must be 1 or more (found 0).")
                .hint(format!("Write `format: {FORMAT_VERSION},`."))
                .at(text, at()),
        ]),
        _ => Ok(()),
    }
}

/// Whether the text has comments outside strings (they are lost on save).
fn has_comments(text: &str) -> bool {
    let mut in_string = false;
    let mut prev = 0u8;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if b == b'"' && prev != b'\\' {
                in_string = false;
            }
            prev = if prev == b'\\' && b == b'\\' { 0 } else { b };
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return true,
            _ => {}
        }
        prev = b;
    }
    false
}

fn invalid_problem(origin: &Origin, text: &str, locator: &Locator<'_>, inv: Invalid) -> Problem {
    let segs = inv.path.segs();
    let at = locator.find_nearest(&segs);
    let mut problem = Problem::new(origin, Severity::Error, inv.message).at(text, at);
    problem.hint = inv.hint;
    problem
}

/// Turns a `ron` error into a [`Problem`] with plain words and a hint.
fn ron_problem(origin: &Origin, text: &str, e: &ron::error::SpannedError) -> Problem {
    let offset = offset_of(text, e.span.start.line, e.span.start.col);
    let locator = Locator::new(text);
    if let Some(said) = better_words(text, &locator, offset, &e.code) {
        let mut problem =
            Problem::new(origin, Severity::Error, said.message).at(text, line_col(text, said.at));
        problem.hint = said.hint;
        return problem;
    }
    plain_ron_problem(origin, text, &locator, offset, e)
}

/// What a special case of a syntax error says, and where.
struct Said {
    message: String,
    hint: Option<String>,
    /// Byte offset of the real mistake.
    at: usize,
}

/// The real mistake behind a syntax error that `ron` reports somewhere else or in
/// words that mislead: a `#` comment, a text whose closing quote is missing, a unit
/// after a number, a range, a choice in quotes, a list or struct left open.
fn better_words(text: &str, locator: &Locator<'_>, at: usize, code: &ron::Error) -> Option<Said> {
    use ron::error::Error as E;
    let said = |message: String, hint: Option<String>, at: usize| Some(Said { message, hint, at });
    let here = text.get(at..).and_then(|t| t.chars().next());
    // ron may point at the space before a value: where the value itself starts.
    let value_at = text
        .get(at..)
        .map_or(at, |t| at + (t.len() - t.trim_start().len()));
    let next = text.get(value_at..).and_then(|t| t.chars().next());
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let field = locator.field_before(at);
    // `# note`: ron takes `#` for the start of an `#![enable(...)]` attribute.
    let hash = match (before, here) {
        (_, Some('#')) => Some(at),
        (Some('#'), _) => Some(at - 1),
        _ => None,
    };
    if let Some(hash) = hash
        && !text[hash..].starts_with("#![")
    {
        return said(
            "Comments start with `//` in a routine file, not `#`.".into(),
            Some("Write `// your note`, or remove the line.".into()),
            hash,
        );
    }
    let ends_early = matches!(code, E::Eof);
    // A text that swallowed the lines after it, or ran into the next text: its own
    // closing quote is missing.
    if !ends_early
        && let Some((start, end)) = locator.literal_ending_at(at)
        && (text[start..end].contains('\n') || here.is_some_and(char::is_alphanumeric))
    {
        return said(
            "This text is never closed: its closing `\"` is missing.".into(),
            Some("End the text with a double quote on the same line.".into()),
            start,
        );
    }
    let after_number = before.is_some_and(|c| c.is_ascii_digit());
    let expected_end = matches!(
        code,
        E::ExpectedComma | E::ExpectedStructLikeEnd | E::ExpectedArrayEnd
    );
    if expected_end && after_number && here.is_some_and(char::is_alphabetic) {
        let hint = match field {
            Some(f) if f.ends_with("_secs") => {
                format!("`{f}` is in seconds: write 60 for a minute, like `{f}: 60`.")
            }
            _ => number_hint(field),
        };
        return said(
            "Write the number alone, without a unit.".into(),
            Some(hint),
            at,
        );
    }
    if expected_end && after_number && here == Some('-') {
        return said(
            "One number only here, not a range.".into(),
            Some(number_hint(field)),
            at,
        );
    }
    // A field or item whose comma is missing at the end of its line: ron notices only
    // at the next one, but the comma goes after the value (before a `//` comment).
    if matches!(code, E::ExpectedComma)
        && let Some(gap_start) = text.get(..at).map(|t| t.trim_end().len())
        && text[gap_start..at].contains('\n')
    {
        let line_start = text[..gap_start].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..gap_start];
        let value_end = line
            .find("//")
            .filter(|&c| !line[..c].contains('"'))
            .map_or(gap_start, |c| line_start + line[..c].trim_end().len());
        return said(
            "A comma is missing at the end of this line.".into(),
            Some("Put a comma after each field and after each item in a list.".into()),
            value_end,
        );
    }
    if matches!(code, E::ExpectedComma) && next == Some(';') {
        return said(
            "Use a comma here, not a semicolon.".into(),
            Some("Put a comma after each field and after each item in a list.".into()),
            at,
        );
    }
    if matches!(code, E::ExpectedMapColon | E::ExpectedComma) && next == Some('=') {
        return said(
            "Write a colon after the field name, not `=`.".into(),
            Some("Like `position: Seated,`.".into()),
            value_at,
        );
    }
    if matches!(code, E::ExpectedString) && next == Some('\'') {
        return said(
            "Text goes in double quotes, not single quotes.".into(),
            Some("Write text like \"Sit to stand\".".into()),
            value_at,
        );
    }
    // The next field begins while a list is still open: its `]` is missing.
    if starts_field(&text[at..]) && !expected_end && locator.open_bracket_at(at) == Some(b'[') {
        return said(
            "The list before this is not closed: a `]` is missing.".into(),
            Some("End the list with `],` before the next field.".into()),
            at,
        );
    }
    match code {
        E::ExpectedArray => {
            let name = field.unwrap_or("This field");
            let value = text[at..].lines().next().unwrap_or_default().trim();
            let value = value.strip_suffix(',').unwrap_or(value).trim();
            let simple = !value.is_empty()
                && value.len() <= 40
                && !value.contains(['(', '[', ')', ']', '/']);
            let hint = if simple {
                format!("Write `{name}: [{value}],`.")
            } else {
                format!("Put `[` after `{name}:` and `]` after its last item.")
            };
            said(
                format!("`{name}` is a list: its items go in square brackets."),
                Some(hint),
                at,
            )
        }
        E::ExpectedIdentifier if next == Some('"') => {
            Some(quoted_choice(text, locator, value_at, field))
        }
        E::NoSuchStructField { found, outer, .. }
            if found.starts_with(|c: char| c.is_ascii_uppercase())
                && text[at..]
                    .trim_start_matches(found.as_str())
                    .trim_start()
                    .starts_with('(') =>
        {
            let outer = outer.as_deref().unwrap_or("value");
            said(
                format!(
                    "A `)` is missing before this: the {outer} above is not closed, so `{}(` reads as a field of it.",
                    short(found)
                ),
                Some(format!("Close the {outer} above with `),`.")),
                at,
            )
        }
        E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidValueForType { .. }
            if next == Some('"') =>
        {
            said(
                "A whole number is expected here, without quotes.".into(),
                Some(number_hint(field)),
                value_at,
            )
        }
        _ => None,
    }
}

/// `sides: "each side"`: the choices, found by asking the parser what it expected in
/// place of the quoted text.
fn quoted_choice(text: &str, locator: &Locator<'_>, at: usize, field: Option<&str>) -> Said {
    let name = field.map_or_else(|| "This value".to_owned(), |f| format!("`{f}`"));
    let end = locator.literal_at(at).map_or(at, |(_, end)| end);
    let written = text[at..end].trim_matches('"');
    let probe = format!("{}SteadyProbe{}", &text[..at], &text[end..]);
    let choices = match ron_options().from_str::<Routine>(&probe) {
        Err(e) => match e.code {
            ron::Error::NoSuchEnumVariant { expected, .. } => Some(expected),
            _ => None,
        },
        Ok(_) => None,
    };
    let Some(choices) = choices else {
        return Said {
            message: "A name without quotes is expected here.".into(),
            hint: Some("Remove the quotes.".into()),
            at,
        };
    };
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(written);
    let hint = choices
        .iter()
        .find(|c| squash(c) == wanted)
        .copied()
        .or_else(|| closest(written, choices))
        .map_or_else(
            || "Write one of them without quotes.".to_owned(),
            |c| format!("Did you mean {c}?"),
        );
    Said {
        message: format!(
            "{name} is one of a fixed set of choices, written without quotes: {}.",
            choices.join(", ")
        ),
        hint: Some(hint),
        at,
    }
}

/// How to write the number a field holds, with its range where Steady checks one.
fn number_hint(field: Option<&str>) -> String {
    use super::validate as v;
    let range = |f: &str, r: std::ops::RangeInclusive<u32>, like: u32| {
        format!(
            "`{f}` is a whole number from {} to {}, like {like}.",
            r.start(),
            r.end()
        )
    };
    match field {
        Some(f @ "times_per_week") => format!(
            "`{f}` is one whole number from {} to {}, like 3; a range like 2-3 can go in the prescription's `note`.",
            v::TIMES_PER_WEEK.start(),
            v::TIMES_PER_WEEK.end()
        ),
        Some(f @ "sets") => range(f, v::SETS, 2),
        Some(f @ "reps") => range(f, v::REPS, 10),
        Some(f @ ("up_secs" | "down_secs")) => range(f, v::TEMPO_PART_SECS, 3),
        Some(f @ "duration_secs") => range(f, v::STEPPING_SECS, 120),
        Some(f @ "beats_per_min") => range(f, v::BEATS_PER_MIN, 100),
        Some(f @ ("rest_between_sets_secs" | "rest_between_exercises_secs")) => {
            range(f, v::REST_SECS, 60)
        }
        Some(f @ "format") => format!("`{f}` is a whole number, like {FORMAT_VERSION}."),
        Some(f) if f.ends_with("_secs") => format!("`{f}` is a whole number of seconds, like 30."),
        _ => "Write seconds and counts as whole numbers, like 30.".into(),
    }
}

/// The plain reading of a syntax error, where no special case applies.
fn plain_ron_problem(
    origin: &Origin,
    text: &str,
    locator: &Locator<'_>,
    offset: usize,
    e: &ron::error::SpannedError,
) -> Problem {
    use ron::error::Error as E;
    let field = locator.field_before(offset);
    let end = line_col(text, text.trim_end().len());
    let at_end = (e.span.start.line, e.span.start.col) >= end;
    let (message, hint): (String, Option<String>) = match &e.code {
        _ if matches!(e.code, E::Eof) || (at_end && !matches!(e.code, E::TrailingCharacters)) => (
            "The file ends too early: a value or a closing bracket is missing.".into(),
            Some("Check that every `(` and `[` has its partner.".into()),
        ),
        E::ExpectedComma => (
            "A comma is missing before this.".into(),
            Some("Put a comma after each field and after each item in a list.".into()),
        ),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd => (
            "A closing bracket or a comma is missing here.".into(),
            Some("Check the line above: each field ends with a comma.".into()),
        ),
        E::ExpectedStringEnd => (
            "This text is never closed: its closing `\"` is missing.".into(),
            Some("End the text with a double quote.".into()),
        ),
        E::ExpectedString => (
            "Text is expected here, in double quotes.".into(),
            Some("Write text like \"Sit to stand\".".into()),
        ),
        E::ExpectedInteger | E::IntegerOutOfBounds => (
            "A whole number of 0 or more is expected here.".into(),
            Some(number_hint(field)),
        ),
        E::InvalidValueForType { expected, found } => (
            format!("Expected {expected}, but found {found}."),
            Some(number_hint(field)),
        ),
        E::InvalidIntegerDigit { digit, .. } => (
            format!("A whole number is expected here, and {digit:?} is not a digit."),
            Some(number_hint(field)),
        ),
        E::ExpectedMapColon => (
            "A colon is missing here: a field is written as its name, a colon, and its value."
                .into(),
            Some("Write it like `sets: 2,`.".into()),
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => (
            format!(
                "\"{}\" is not one of the choices here: {}.",
                short(found),
                expected.join(", ")
            ),
            closest(found, expected).map(|c| format!("Did you mean {c}?")),
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "Unknown field \"{}\"{}. Known fields: {}.",
                short(found),
                outer
                    .as_ref()
                    .map(|o| format!(" in {o}"))
                    .unwrap_or_default(),
                expected.join(", ")
            ),
            Some(unknown_field_hint(found, expected, outer.as_deref())),
        ),
        E::MissingStructField { field, outer } => (
            missing_fields_message(locator, offset, field, outer.as_deref()),
            Some("See docs/routine-format.md for every field.".into()),
        ),
        E::DuplicateStructField { field, .. } => (
            format!("The field \"{field}\" is written twice."),
            Some("Keep one of them.".into()),
        ),
        E::ExpectedDifferentStructName { expected, found } => (
            format!("Expected {expected}(…) here, but found {found}(…)."),
            expected
                .eq_ignore_ascii_case(found)
                .then(|| format!("Names are case-sensitive: write {expected}(.")),
        ),
        E::ExpectedNamedStructLike("Routine") | E::ExpectedStructLike
            if e.span.start.line == 1 && text.trim_start().len() == text.len() =>
        {
            (
                "This does not look like a routine: a routine file starts with `Routine(`.".into(),
                Some("Is this the right file? Copy a bundled routine to begin.".into()),
            )
        }
        E::ExpectedNamedStructLike(name) => (
            format!("`{name}(` is expected here."),
            Some("See docs/routine-format.md for the layout of a routine.".into()),
        ),
        E::ExceededRecursionLimit => (
            "The file is nested too deeply to be a routine.".into(),
            Some("Is this the right file?".into()),
        ),
        E::TrailingCharacters => (
            "There is more text after the end of the routine.".into(),
            Some("One file holds one routine; remove what follows its last `)`.".into()),
        ),
        E::UnclosedBlockComment => (
            "A `/*` comment is never closed.".into(),
            Some("End it with `*/`.".into()),
        ),
        E::UnexpectedChar(c) => (format!("Unexpected character {c:?}."), None),
        other => (format!("{other}."), None),
    };
    let (mut line, mut col) = (e.span.start.line, e.span.start.col);
    let (mut message, mut hint) = (message, hint);
    // ron points just past a minus sign; point at it, and say what is wrong.
    let before = text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.chars().nth(col.saturating_sub(2)));
    if before == Some('-')
        && matches!(
            e.code,
            E::IntegerOutOfBounds | E::InvalidValueForType { .. } | E::ExpectedInteger
        )
    {
        col -= 1;
        message = "A negative number is not allowed here: counts and seconds are 0 or more.".into();
        hint = Some("Remove the minus sign.".into());
    }
    // A number too large for its field: say so, not "0 or more".
    let token: String = text
        .lines()
        .nth(line.saturating_sub(1))
        .map(|l| {
            l.chars()
                .skip(col.saturating_sub(1))
                .take_while(char::is_ascii_digit)
                .collect()
        })
        .unwrap_or_default();
    if matches!(e.code, E::IntegerOutOfBounds) && !token.is_empty() {
        message = format!(
            "The number {} is too large here: a smaller whole number is expected.",
            short(&token)
        );
        hint = Some(number_hint(field));
    }
    // `2.5` where a whole number belongs: ron stops at the `.` and asks for a comma.
    let here: String = text
        .lines()
        .nth(line.saturating_sub(1))
        .map(|l| l.chars().skip(col.saturating_sub(1)).take(2).collect())
        .unwrap_or_default();
    let mut chars = here.chars();
    if matches!(e.code, E::ExpectedComma | E::ExpectedStructLikeEnd)
        && chars.next() == Some('.')
        && chars.next().is_some_and(|c| c.is_ascii_digit())
    {
        message = "Whole numbers only here: seconds and counts have no decimal point.".into();
        hint = Some("Round it, for example 2 or 3.".into());
    }
    if matches!(e.code, E::TrailingCharacters) {
        // Point at the extra text itself, not at the end of the routine.
        let offset = offset_of(text, line, col);
        let skipped = text[offset..].len() - text[offset..].trim_start().len();
        (line, col) = line_col(text, offset + skipped);
    }
    line = line.max(1);
    let mut problem = Problem::new(origin, Severity::Error, message).at(text, (line, col));
    problem.hint = hint;
    problem
}

/// Byte offset of a 1-based line and column (clamped to the text).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    let in_line: usize = rest
        .chars()
        .take(col.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    (line_start + in_line).min(text.len())
}

/// A name from the file, shortened for a message.
fn short(name: &str) -> String {
    const MAX: usize = 40;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        format!("{}…", name.chars().take(MAX).collect::<String>())
    }
}

/// The known name closest to a misspelt one, if it is close enough to be a typo (a
/// short name may differ by one letter, so `reps` is not taken for `sets`).
fn closest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    if found.len() > 64 {
        return None;
    }
    let found_lower = found.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::osa_distance(&found_lower, &k.to_lowercase()), *k))
        .filter(|(d, k)| *d <= if k.len() <= 5 { 1 } else { 2.max(k.len() / 4) })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Whether `text` starts with a field name and its colon (`name:`).
fn starts_field(text: &str) -> bool {
    let name = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_'))
        .map_or(text.len(), |(i, _)| i);
    name > 0
        && text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text[name..].trim_start().starts_with(':')
}

/// What to do about an unknown field: the field of this struct it abbreviates or
/// misspells (`hold` → `hold_secs`), or the other struct it belongs to (`reps` in a
/// `Hold`).
fn unknown_field_hint(found: &str, expected: &[&str], outer: Option<&str>) -> String {
    let lower = found.to_lowercase();
    let part_of: Vec<&str> = expected
        .iter()
        .filter(|k| {
            let k = k.to_lowercase();
            k.starts_with(&lower) || k.split('_').any(|part| part == lower)
        })
        .copied()
        .collect();
    if let [only] = part_of.as_slice() {
        return format!("Did you mean {only}?");
    }
    if let Some(c) = closest(found, expected) {
        return format!("Did you mean {c}?");
    }
    let owners: Vec<&str> = schema::shapes::<Routine>()
        .into_iter()
        .filter(|(name, fields)| Some(*name) != outer && fields.contains(&found))
        .map(|(name, _)| name)
        .collect();
    match (owners.as_slice(), outer) {
        ([], _) => "Remove it, or check its spelling.".into(),
        (owners, Some(outer)) => format!(
            "`{found}` belongs in {}, not in {outer}(…).",
            owners
                .iter()
                .map(|o| format!("{o}(…)"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        (owners, None) => format!(
            "`{found}` belongs in {}.",
            owners
                .iter()
                .map(|o| format!("{o}(…)"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    }
}

/// "The fields "name" and "steps" are missing in the Exercise that ends here.": every
/// required field the struct closing at `offset` leaves out, not just the first.
fn missing_fields_message(
    locator: &Locator<'_>,
    offset: usize,
    first: &str,
    outer: Option<&str>,
) -> String {
    let Some(outer) = outer else {
        return format!("The field \"{first}\" is missing.");
    };
    let written = locator.fields_of_struct_closing_at(offset);
    let mut missing: Vec<&str> = schema::required::<Routine>(outer)
        .into_iter()
        .filter(|f| !written.contains(f))
        .collect();
    if !missing.contains(&first) {
        missing = vec![first];
    }
    match missing.as_slice() {
        [one] => format!("The field \"{one}\" is missing in the {outer} that ends here."),
        [many @ .., last] => format!(
            "The fields {} and \"{last}\" are missing in the {outer} that ends here.",
            many.iter()
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        [] => format!("The field \"{first}\" is missing in the {outer} that ends here."),
    }
}

/// The text of the line at `line:col`, trimmed and shortened around the column.
fn snippet(src: &str, line: usize, col: usize) -> Option<String> {
    let text = src.lines().nth(line.checked_sub(1)?)?;
    let chars: Vec<char> = text.chars().collect();
    let col = col.saturating_sub(1).min(chars.len());
    let start = col.saturating_sub(20);
    let end = (col + 30).min(chars.len());
    let piece: String = chars[start..end].iter().collect();
    let piece = piece.trim();
    (!piece.is_empty()).then(|| {
        let mut s = String::new();
        if start > 0 {
            s.push('…');
        }
        s.push_str(piece);
        if end < chars.len() {
            s.push('…');
        }
        s
    })
}

/// "The file is 1048577 bytes; a routine file is at most 1048576 bytes."
fn too_large_message(len: Option<u64>) -> String {
    match len {
        Some(len) if len > MAX_ROUTINE_FILE_BYTES => {
            let (len, max) = crate::files::sizes(len, MAX_ROUTINE_FILE_BYTES);
            format!("The file is {len}; a routine file is at most {max}.")
        }
        _ => format!(
            "The file is larger than {}, the most a routine file may be.",
            crate::files::human_bytes(MAX_ROUTINE_FILE_BYTES)
        ),
    }
}

/// A problem for a file that could not be read.
fn read_problem(origin: &Origin, e: &ReadError) -> Problem {
    match e {
        ReadError::TooLarge { len, .. } => {
            Problem::new(origin, Severity::Error, too_large_message(*len))
                .hint("Is this the right file? A routine is usually a few kilobytes.")
        }
        ReadError::Folder => Problem::new(
            origin,
            Severity::Error,
            "This is a folder, not a routine file.",
        ),
        ReadError::Special => Problem::new(
            origin,
            Severity::Error,
            "This is not a regular file (a pipe, socket or device), so Steady does not read it.",
        )
        .hint("A routine is a text file ending in .ron."),
        ReadError::Link => Problem::new(
            origin,
            Severity::Error,
            "This is a link; Steady does not follow links here.",
        )
        .hint("Copy the routine into the folder instead."),
        ReadError::Io(io) => Problem::new(
            origin,
            Severity::Error,
            format!("Cannot read the file: {}.", describe_io_error(io)),
        ),
    }
}

/// Reads and parses one routine file (a regular file, at most
/// [`MAX_ROUTINE_FILE_BYTES`]; special files are refused before they are opened).
pub fn load_file(path: &Path) -> Result<Parsed, Vec<Problem>> {
    load_file_with_bytes(path).map(|(parsed, _)| parsed)
}

/// [`load_file`], with the bytes it read (to copy the file as written).
pub fn load_file_with_bytes(path: &Path) -> Result<(Parsed, Vec<u8>), Vec<Problem>> {
    let origin = Origin::File(path.to_path_buf());
    let bytes = crate::files::read_regular_capped(path, MAX_ROUTINE_FILE_BYTES)
        .map_err(|e| vec![read_problem(&origin, &e)])?;
    let parsed = parse_routine(&origin, &bytes)?;
    Ok((parsed, bytes))
}

/// Whether a directory entry looks like a routine file (`*.ron`, not hidden).
fn is_routine_file_name(name: &str) -> bool {
    !name.starts_with('.')
        && Path::new(name)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("ron"))
}

/// Loads every `*.ron` file in a folder (not its subfolders), in file-name order.
///
/// A missing folder is an empty library when `missing_ok`, else a problem.
pub fn load_dir(dir: &Path, missing_ok: bool) -> LoadReport {
    let mut report = LoadReport::default();
    let origin = Origin::File(dir.to_path_buf());
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if missing_ok && e.kind() == std::io::ErrorKind::NotFound => return report,
        Err(e) => {
            report.problems.push(Problem::new(
                &origin,
                Severity::Error,
                format!("Cannot read the folder: {}.", describe_io_error(&e)),
            ));
            return report;
        }
    };
    let folder = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            // A name that is not UTF-8 cannot be shown or written back: listed, never
            // silently left out.
            if is_routine_file_name(&name.to_string_lossy()) {
                report.problems.push(
                    Problem::new(
                        &Origin::File(entry.path()),
                        Severity::Error,
                        "This file's name is not UTF-8 text, so Steady cannot name it and does not read it.",
                    )
                    .hint("Rename the file with plain letters, digits and dashes, e.g. my-routine.ron."),
                );
            }
            continue;
        };
        if !is_routine_file_name(name) {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        // A link may point anywhere: Steady reads only what stays inside the folder.
        if kind.is_symlink()
            && let Some(problem) = link_problem(&path, &folder)
        {
            report.problems.push(problem);
            continue;
        }
        // Subfolders are not read (even one named `x.ron`); FIFOs, sockets and devices
        // named `*.ron` are refused by `load_file`, unopened.
        if !kind.is_dir() {
            paths.push(path);
        }
    }
    paths.sort();
    for path in paths {
        let outcome = load_file(&path);
        report.push(Origin::File(path), outcome);
    }
    report.reject_duplicate_ids();
    report
}

/// Why a link in the routines folder is not read, if it is not.
fn link_problem(path: &Path, folder: &Path) -> Option<Problem> {
    let origin = Origin::File(path.to_path_buf());
    let problem = |message: String, hint: &str| {
        Some(Problem::new(&origin, Severity::Error, message).hint(hint))
    };
    match std::fs::canonicalize(path) {
        Ok(target) if target.starts_with(folder) => None,
        Ok(_) => problem(
            "This is a link to a file outside the routines folder; Steady does not follow it."
                .into(),
            "Copy the routine into the folder instead.",
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => problem(
            "This link points to a file that does not exist.".into(),
            "Remove the link, or copy the routine into the folder.",
        ),
        Err(e) => problem(
            format!(
                "This link cannot be followed: {} (a loop of links?).",
                describe_io_error(&e)
            ),
            "Remove the link, or copy the routine into the folder.",
        ),
    }
}

/// Loads files and folders named by the person (e.g. `steady validate a.ron dir/`).
pub fn load_paths(paths: &[PathBuf]) -> LoadReport {
    let mut report = LoadReport::default();
    // A file named twice (`a.ron ./a.ron`, or `dir/ dir/a.ron`) is read once, never
    // reported as its own copy.
    let key = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if path.is_dir() {
            let dir = load_dir(path, false);
            let fresh: std::collections::HashSet<PathBuf> = dir
                .routines
                .iter()
                .filter_map(|r| match &r.origin {
                    Origin::File(p) => Some(key(p)),
                    Origin::Bundled { .. } => None,
                })
                .chain(dir.problems.iter().map(|p| key(&p.path)))
                .filter(|k| !seen.contains(k))
                .collect();
            report
                .routines
                .extend(dir.routines.into_iter().filter(|r| match &r.origin {
                    Origin::File(p) => fresh.contains(&key(p)),
                    Origin::Bundled { .. } => true,
                }));
            report.problems.extend(
                dir.problems
                    .into_iter()
                    .filter(|p| fresh.contains(&key(&p.path))),
            );
            seen.extend(fresh);
        } else if seen.insert(key(path)) {
            let outcome = load_file(path);
            report.push(Origin::File(path.clone()), outcome);
        }
    }
    report.reject_duplicate_ids();
    report
}
