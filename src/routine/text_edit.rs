//! Minimal edits of a routine file's text: changing the `id:` or `title:` value in
//! place, so a hand-written file keeps its comments, order and layout when Steady
//! renames it (re-encoding the whole routine would drop the comments).
//!
//! The scanner knows just enough RON to find a top-level field: strings (with escapes
//! and raw strings), line and block comments (nested), and bracket depth. Every edit is
//! checked by parsing the result, which must be exactly the expected routine; if
//! anything is unusual, the edit gives up (`None`) and the caller asks, as the editor
//! does. Pure: no files.

use std::ops::Range;

use super::Routine;
use super::load::{Origin, parse_routine};

/// The byte range of the string literal that is the value of top-level `field`.
fn value_range(text: &str, field: &str) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut found = None;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(bytes, i)?;
                continue;
            }
            b'"' => {
                i = string_end(bytes, i)?;
                continue;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !is_ident(bytes[i - 1])) =>
            {
                i = raw_string_end(bytes, i)?;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.checked_sub(1)?,
            _ if depth == 1 && is_ident_start(b) && (i == 0 || !is_ident(bytes[i - 1])) => {
                let start = i;
                while i < bytes.len() && is_ident(bytes[i]) {
                    i += 1;
                }
                if &text[start..i] == field {
                    let colon = skip_space(bytes, i)?;
                    if bytes.get(colon) != Some(&b':') {
                        continue;
                    }
                    let value = skip_space(bytes, colon + 1)?;
                    if bytes.get(value) != Some(&b'"') {
                        return None;
                    }
                    if found.is_some() {
                        // The same field twice: not a file to edit by hand.
                        return None;
                    }
                    found = Some(value..string_end(bytes, value)?);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// After whitespace and comments from `i`.
fn skip_space(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        match bytes.get(i) {
            Some(b) if b.is_ascii_whitespace() => i += 1,
            Some(b'/') if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            Some(b'/') if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i)?,
            _ => return Some(i),
        }
    }
}

/// The index after a (nested) block comment starting at `i`.
fn skip_block_comment(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The index after a string literal starting at `i` (a `"`).
fn string_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The index after a raw string `r#"…"#` starting at `i`.
fn raw_string_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    while i < bytes.len() {
        if bytes[i] == b'"'
            && bytes[i + 1..]
                .iter()
                .take(hashes)
                .filter(|b| **b == b'#')
                .count()
                == hashes
        {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    None
}

/// `value` as a RON string literal with only the escapes it needs (`"`, `\`, control
/// characters): `Sam's legs` stays as written, where `ron` would write `Sam\'s`.
fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` with the string value of top-level `field` replaced by `value`, everything
/// else (comments, order, layout) as it was.
pub fn set_string_field(text: &str, field: &str, value: &str) -> Option<String> {
    let range = value_range(text, field)?;
    let literal = string_literal(value);
    let mut out = String::with_capacity(text.len() + literal.len());
    out.push_str(&text[..range.start]);
    out.push_str(&literal);
    out.push_str(&text[range.end..]);
    Some(out)
}

/// The file's text changed to hold `wanted` by editing only its `id` and `title`
/// values, if `wanted` differs from what the text holds in nothing else. The result is
/// parsed back and must be exactly `wanted`.
pub fn retitle(text: &str, wanted: &Routine) -> Option<String> {
    let origin = Origin::File("edit".into());
    let current = parse_routine(&origin, text.as_bytes()).ok()?.routine;
    let mut out = text.to_owned();
    if current.title != wanted.title {
        out = set_string_field(&out, "title", &wanted.title)?;
    }
    if current.id != wanted.id {
        out = set_string_field(&out, "id", &wanted.id)?;
    }
    let parsed = parse_routine(&origin, out.as_bytes()).ok()?.routine;
    (parsed == *wanted).then_some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const FILE: &str = r#"// Agreed with Sam on 3 March.
Routine(
    format: 1,
    id: "legs", // history uses this
    /* the title is what Home shows */
    title: "Legs \"easy\"",
    summary: "title: \"not this\"",
    focus: [Strength],
    position: Seated,
    prescription: Prescription(times_per_week: 3),
    rest_between_exercises_secs: 60,
    exercises: [
        Exercise(
            name: "Knee",
            steps: ["Straighten, title: \"x\""],
            dose: Reps(sets: 2, reps: 8),
            rest_between_sets_secs: 60,
        ),
    ],
)
"#;

    #[test]
    fn only_the_title_and_id_values_change() {
        let mut wanted = parse_routine(&Origin::File("x".into()), FILE.as_bytes())
            .unwrap()
            .routine;
        wanted.title = "Legs, \"Tuesday\" version".to_owned();
        wanted.id = "legs-tuesday".to_owned();
        let out = retitle(FILE, &wanted).unwrap();
        let expected = FILE
            .replace(r#""Legs \"easy\"""#, r#""Legs, \"Tuesday\" version""#)
            .replace(r#"id: "legs""#, r#"id: "legs-tuesday""#);
        assert_eq!(out, expected);
        assert!(out.contains("// Agreed with Sam") && out.contains("/* the title"));
    }

    #[test]
    fn a_new_value_has_only_the_escapes_it_needs() {
        let value = "Sam's \"easy\" legs \\ tab\there\u{1b}";
        let literal = string_literal(value);
        assert_eq!(literal, r#""Sam's \"easy\" legs \\ tab\there\u{1b}""#);
        let back: String = ron::from_str(&literal).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn any_other_change_gives_up() {
        let mut wanted = parse_routine(&Origin::File("x".into()), FILE.as_bytes())
            .unwrap()
            .routine;
        wanted.summary = "Other".to_owned();
        assert!(retitle(FILE, &wanted).is_none());
        assert!(retitle("(broken", &wanted).is_none());
    }
}
