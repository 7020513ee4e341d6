//! The layout of a routine file Steady writes (the editor's save, backups): compact
//! and diff-friendly. `ron`'s pretty output is the start; then fields left at their
//! default are left out (`sides: BothAtOnce`, `summary: ""`), a short struct or a list
//! of names goes on one line (`dose: Reps(sets: 2, reps: 8)`, `focus: [Strength]`),
//! and apostrophes are not escaped (`Sam's`, not `Sam\'s`). Lists of texts keep one
//! item per line, so a change to one step is a change to one line.
//!
//! Nothing here knows the model's fields: a field is left out only if the struct does
//! not require it (read from serde, [`super::load::schema`]) and the file still reads
//! back to the very same routine without it; and the whole result must read back to
//! the same routine, else `ron`'s own output is kept. Pure: no files.

use super::load::schema;
use super::{Routine, ron_options};

/// The longest line a struct or list is joined into.
const MAX_LINE_CHARS: usize = 100;

/// `pretty` (the routine as `ron` writes it, one field a line) in Steady's layout.
pub(super) fn tidy(pretty: &str, routine: &Routine) -> String {
    let same = |text: &str| {
        ron_options()
            .from_str::<Routine>(text)
            .is_ok_and(|read| read == *routine)
    };
    // `\'` is never needed in a RON string; `\\'` (a backslash, then `'`) stays right.
    let mut lines: Vec<String> = pretty.lines().map(|l| l.replace("\\'", "'")).collect();
    leave_out_defaults(&mut lines, &same);
    while join_one_short_group(&mut lines) {}
    let mut text = lines.join("\n");
    text.push('\n');
    if same(&text) { text } else { pretty.to_owned() }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether a line opens a group that continues on the next lines.
fn opens(line: &str) -> bool {
    line.ends_with('(') || line.ends_with('[')
}

/// The name of the struct a line at `i` is written in (`Exercise`), from the line that
/// opens it (`Exercise(`, `prescription: Prescription(`).
fn enclosing_struct(lines: &[String], i: usize) -> Option<&str> {
    let own = indent(&lines[i]);
    let opener = lines[..i]
        .iter()
        .rev()
        .find(|l| indent(l) < own && !l.trim().is_empty())?;
    let head = opener.strip_suffix('(')?;
    let name_start = head
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    Some(&head[name_start..]).filter(|n| !n.is_empty())
}

/// Removes each `field: value,` line whose field the struct does not require and
/// whose removal reads back to the same routine (the value is the default).
fn leave_out_defaults(lines: &mut Vec<String>, same: &dyn Fn(&str) -> bool) {
    let mut required: std::collections::HashMap<String, Vec<&'static str>> =
        std::collections::HashMap::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        let candidate = line
            .split_once(": ")
            .filter(|(field, value)| {
                !field.is_empty()
                    && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && value.strip_suffix(',').is_some_and(looks_like_a_default)
            })
            .map(|(field, _)| field.to_owned());
        let removable = candidate.is_some_and(|field| {
            enclosing_struct(lines, i).is_some_and(|name| {
                !required
                    .entry(name.to_owned())
                    .or_insert_with(|| schema::required::<Routine>(name))
                    .contains(&field.as_str())
            }) && {
                let mut without = lines.clone();
                without.remove(i);
                same(&without.join("\n"))
            }
        });
        if removable {
            lines.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Whether a value may be a default (empty text or list, zero, false, a bare name like
/// `BothAtOnce`): only those are tried for leaving out.
fn looks_like_a_default(value: &str) -> bool {
    matches!(value, "\"\"" | "[]" | "0" | "false" | "None")
        || (value.starts_with(|c: char| c.is_ascii_uppercase())
            && value.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Joins the first group (a struct, or a list of names and numbers) whose items are
/// one line each and that fits on one line. Returns whether it joined one.
fn join_one_short_group(lines: &mut Vec<String>) -> bool {
    for i in 0..lines.len() {
        if !opens(&lines[i]) {
            continue;
        }
        let own = indent(&lines[i]);
        let Some(close) = (i + 1..lines.len()).find(|&j| indent(&lines[j]) <= own) else {
            continue;
        };
        let closer = lines[close].trim();
        let inner = &lines[i + 1..close];
        let is_list = lines[i].ends_with('[');
        let fits = indent(&lines[close]) == own
            && matches!(closer, ")" | ")," | "]" | "],")
            && !inner.is_empty()
            && inner
                .iter()
                .all(|l| indent(l) == own + 4 && !opens(l) && l.ends_with(','))
            // A list of texts keeps one item a line.
            && !(is_list && inner.iter().any(|l| l.trim_start().starts_with('"')));
        if !fits {
            continue;
        }
        let items: Vec<&str> = inner
            .iter()
            .map(|l| l.trim().strip_suffix(',').unwrap_or(l.trim()))
            .collect();
        let joined = format!("{}{}{}", lines[i], items.join(", "), closer);
        if joined.chars().count() > MAX_LINE_CHARS {
            continue;
        }
        lines.splice(i..=close, [joined]);
        return true;
    }
    false
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::{Sides, bundled::load_bundled, to_ron_string};
    use super::*;

    #[test]
    fn short_doses_on_one_line_no_defaults_no_needless_escapes() {
        let mut routine = load_bundled()
            .get("seated-leg-strength")
            .unwrap()
            .routine
            .clone();
        routine.title = "Sam's legs \\ 'quoted'".to_owned();
        routine.summary = String::new();
        routine.equipment.clear();
        routine.exercises[0].sides = Sides::BothAtOnce;
        let text = to_ron_string(&routine).unwrap();
        assert!(
            text.contains(r#"    title: "Sam's legs \\ 'quoted'","#),
            "{text}"
        );
        assert!(!text.contains("\\'"), "{text}");
        for gone in ["summary:", "equipment:", "sides: BothAtOnce"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert!(text.contains(
            "\n            dose: Reps(sets: 2, reps: 10, tempo: Tempo(up_secs: 3, hold_secs: 1, down_secs: 3)),\n"
        ));
        assert!(text.contains("\n    focus: [Strength],\n"));
        // A list of texts keeps one item a line.
        assert!(text.contains("            steps: [\n                \"Sit tall"));
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= MAX_LINE_CHARS || !l.contains('('))
        );
        let read: Routine = ron_options().from_str(&text).unwrap();
        assert_eq!(read, routine);
    }

    #[test]
    fn a_layout_that_would_not_read_back_falls_back_to_rons_own() {
        let routine = load_bundled().routines[0].routine.clone();
        // A "pretty" text for another routine: the tidied text cannot read back as
        // `routine`, so the given text is returned untouched.
        let other = to_ron_string(&load_bundled().routines[1].routine).unwrap();
        assert_eq!(tidy(&other, &routine), other);
    }
}
