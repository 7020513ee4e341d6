//! Finds where a value sits in a RON routine file, so that a semantic problem
//! ("sets must be at least 1") can point at its line and column.
//!
//! `ron` gives positions only for syntax errors; after a successful parse the positions
//! are gone. This module re-scans the text with a tiny tokenizer (strings, comments and
//! brackets are understood; nothing is evaluated) and walks a path such as
//! `exercises[2].dose.sets`. It never fails: an unknown path gives `None`, and callers
//! fall back to a coarser place.

/// One step of a path into the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    Field(&'a str),
    Index(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Ident(&'a str),
    Punct(u8),
    Literal,
}

/// A tokenized RON document.
#[derive(Debug)]
pub(crate) struct Locator<'a> {
    src: &'a str,
    /// Each token with the byte offsets where it starts and ends.
    toks: Vec<(Tok<'a>, usize, usize)>,
}

impl<'a> Locator<'a> {
    pub fn new(src: &'a str) -> Self {
        Self {
            src,
            toks: tokenize(src),
        }
    }

    /// 1-based line and column (in characters) of the value at `path`.
    pub fn find(&self, path: &[Seg<'_>]) -> Option<(usize, usize)> {
        let mut i = self.skip_attributes(0);
        for seg in path {
            i = match *seg {
                Seg::Field(key) => self.field_value(i, key)?,
                Seg::Index(n) => self.element(i, n)?,
            };
        }
        let (_, offset, _) = self.toks.get(i)?;
        Some(line_col(self.src, *offset))
    }

    /// The deepest prefix of `path` that can be found: a problem in a field that the
    /// file leaves out (a default) points at its enclosing value.
    pub fn find_nearest(&self, path: &[Seg<'_>]) -> (usize, usize) {
        (0..=path.len())
            .rev()
            .find_map(|n| self.find(&path[..n]))
            .unwrap_or((1, 1))
    }

    /// The index of the first token that ends after `offset`.
    fn index_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|(_, _, end)| *end <= offset)
    }

    /// The fields written in the struct whose closing `)` is at `offset` (where `ron`
    /// reports a missing field), in file order.
    pub fn fields_of_struct_closing_at(&self, offset: usize) -> Vec<&'a str> {
        let close = self.index_at(offset);
        if self.tok(close) != Some(Tok::Punct(b')')) {
            return Vec::new();
        }
        let mut depth = 0usize;
        let mut fields = Vec::new();
        for j in (0..close).rev() {
            match self.tok(j) {
                Some(Tok::Punct(b')' | b']' | b'}')) => depth += 1,
                Some(Tok::Punct(b'(' | b'[' | b'{')) if depth == 0 => break,
                Some(Tok::Punct(b'(' | b'[' | b'{')) => depth -= 1,
                Some(Tok::Ident(name))
                    if depth == 0 && self.tok(j + 1) == Some(Tok::Punct(b':')) =>
                {
                    fields.push(name);
                }
                _ => {}
            }
        }
        fields.reverse();
        fields
    }

    /// The byte range of the text literal that ends exactly at `offset`, if one does.
    pub fn literal_ending_at(&self, offset: usize) -> Option<(usize, usize)> {
        let i = self.index_at(offset).checked_sub(1)?;
        match self.toks.get(i)? {
            (Tok::Literal, start, end)
                if *end == offset && self.src.as_bytes().get(*start) == Some(&b'"') =>
            {
                Some((*start, *end))
            }
            _ => None,
        }
    }

    /// The byte range of the literal that starts at `offset`, if one does.
    pub fn literal_at(&self, offset: usize) -> Option<(usize, usize)> {
        match self.toks.get(self.index_at(offset))? {
            (Tok::Literal, start, end) if *start == offset => Some((*start, *end)),
            _ => None,
        }
    }

    /// The innermost bracket (`(`, `[` or `{`) still open at `offset`.
    pub fn open_bracket_at(&self, offset: usize) -> Option<u8> {
        let mut stack = Vec::new();
        for (tok, _, _) in &self.toks[..self.index_at(offset)] {
            match tok {
                Tok::Punct(b @ (b'(' | b'[' | b'{')) => stack.push(*b),
                Tok::Punct(b')' | b']' | b'}') => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.pop()
    }

    /// The name of the last field written before `offset` (`name:`), if any.
    pub fn field_before(&self, offset: usize) -> Option<&'a str> {
        let end = self.index_at(offset);
        (0..end)
            .rev()
            .find_map(|j| match (self.tok(j), self.tok(j + 1)) {
                (Some(Tok::Ident(name)), Some(Tok::Punct(b':'))) if j + 1 < end => Some(name),
                _ => None,
            })
    }

    fn tok(&self, i: usize) -> Option<Tok<'a>> {
        self.toks.get(i).map(|(t, _, _)| *t)
    }

    fn skip_attributes(&self, mut i: usize) -> usize {
        while self.tok(i) == Some(Tok::Punct(b'#')) {
            // `#![enable(...)]`: skip to the matching `]`.
            let Some(open) = (i..self.toks.len()).find(|&j| self.tok(j) == Some(Tok::Punct(b'[')))
            else {
                return i;
            };
            i = self.skip_group(open);
        }
        i
    }

    /// Index after the bracketed group that opens at `i`.
    fn skip_group(&self, i: usize) -> usize {
        let mut depth = 0usize;
        let mut j = i;
        while let Some(t) = self.tok(j) {
            match t {
                Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
                Tok::Punct(b')' | b']' | b'}') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return j + 1;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        j
    }

    /// Index after the value that starts at `i`.
    fn skip_value(&self, i: usize) -> usize {
        match self.tok(i) {
            Some(Tok::Ident(_)) if self.tok(i + 1) == Some(Tok::Punct(b'(')) => {
                self.skip_group(i + 1)
            }
            Some(Tok::Punct(b'(' | b'[' | b'{')) => self.skip_group(i),
            Some(Tok::Punct(b'-' | b'+')) => i + 2,
            Some(_) => i + 1,
            None => i,
        }
    }

    /// Where the body of a struct-like value at `i` starts (after its `(`), looking
    /// through a `Some(...)` wrapper.
    fn struct_body(&self, i: usize) -> Option<usize> {
        match (self.tok(i), self.tok(i + 1)) {
            (Some(Tok::Ident("Some")), Some(Tok::Punct(b'('))) => {
                // `Some(Reps(...))` wraps the value; `Some(sets: 1)` is not RON we write.
                self.struct_body(i + 2)
            }
            (Some(Tok::Ident(_)), Some(Tok::Punct(b'('))) => Some(i + 2),
            (Some(Tok::Punct(b'(')), _) => Some(i + 1),
            _ => None,
        }
    }

    fn field_value(&self, i: usize, key: &str) -> Option<usize> {
        let mut j = self.struct_body(i)?;
        loop {
            match (self.tok(j)?, self.tok(j + 1)) {
                (Tok::Ident(name), Some(Tok::Punct(b':'))) => {
                    if name == key {
                        return Some(j + 2);
                    }
                    j = self.skip_value(j + 2);
                }
                (Tok::Punct(b')'), _) => return None,
                _ => j = self.skip_value(j),
            }
            if self.tok(j) == Some(Tok::Punct(b',')) {
                j += 1;
            }
        }
    }

    fn element(&self, i: usize, n: usize) -> Option<usize> {
        if self.tok(i)? != Tok::Punct(b'[') {
            return None;
        }
        let mut j = i + 1;
        for _ in 0..n {
            if self.tok(j)? == Tok::Punct(b']') {
                return None;
            }
            j = self.skip_value(j);
            if self.tok(j) == Some(Tok::Punct(b',')) {
                j += 1;
            }
        }
        match self.tok(j)? {
            Tok::Punct(b']') => None,
            _ => Some(j),
        }
    }
}

/// 1-based line and column (counted in characters) of a byte offset.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = src.get(..offset).unwrap_or(src);
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let col = 1 + before[line_start..].chars().count();
    (line, col)
}

fn tokenize(src: &str) -> Vec<(Tok<'_>, usize, usize)> {
    let bytes = src.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                // Block comments nest in RON.
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' | b'\'' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                toks.push((Tok::Literal, start, i));
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'#' | b'"')) => {
                // Raw string r#"..."#.
                let start = i;
                i += 1;
                let mut hashes = 0;
                while bytes.get(i) == Some(&b'#') {
                    hashes += 1;
                    i += 1;
                }
                if bytes.get(i) != Some(&b'"') {
                    toks.push((Tok::Ident("r"), start, start + 1));
                    continue;
                }
                i += 1;
                let closing: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                while i < bytes.len() && !bytes[i..].starts_with(&closing) {
                    i += 1;
                }
                i = (i + closing.len()).min(bytes.len());
                toks.push((Tok::Literal, start, i));
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                toks.push((Tok::Ident(&src[start..i]), start, i));
            }
            b if b.is_ascii_digit() || b == b'.' => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'.' | b'_'))
                {
                    i += 1;
                }
                toks.push((Tok::Literal, start, i));
            }
            b if b.is_ascii_punctuation() => {
                toks.push((Tok::Punct(b), i, i + 1));
                i += 1;
            }
            _ => {
                // Any other (non-ASCII) character outside a string: one literal token.
                let len = src[i..].chars().next().map_or(1, char::len_utf8);
                toks.push((Tok::Literal, i, i + len));
                i += len;
            }
        }
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"// a comment with exercises: [ in it
#![enable(implicit_some)]
Routine(
    id: "x", /* nested /* block */ comment */
    title: "Title with ( and : inside",
    exercises: [
        Exercise(
            name: "One",
            dose: Reps(sets: 2, reps: 8),
        ),
        (
            name: "Two",
            dose: Hold(sets: 0, hold_secs: -5),
            lighter: Some(Hold(sets: 1, hold_secs: 10)),
        ),
    ],
)
"#;

    #[test]
    fn finds_top_level_and_nested_values() {
        let loc = Locator::new(DOC);
        assert_eq!(loc.find(&[Seg::Field("id")]), Some((4, 9)));
        assert_eq!(loc.find(&[Seg::Field("title")]), Some((5, 12)));
        let sets_two = [
            Seg::Field("exercises"),
            Seg::Index(1),
            Seg::Field("dose"),
            Seg::Field("sets"),
        ];
        assert_eq!(loc.find(&sets_two), Some((13, 30)));
        let secs = [
            Seg::Field("exercises"),
            Seg::Index(1),
            Seg::Field("dose"),
            Seg::Field("hold_secs"),
        ];
        assert_eq!(loc.find(&secs), Some((13, 44)));
        let lighter = [
            Seg::Field("exercises"),
            Seg::Index(1),
            Seg::Field("lighter"),
            Seg::Field("hold_secs"),
        ];
        assert_eq!(loc.find(&lighter), Some((14, 52)));
    }

    #[test]
    fn missing_paths_fall_back_to_the_nearest_parent() {
        let loc = Locator::new(DOC);
        assert_eq!(loc.find(&[Seg::Field("exercises"), Seg::Index(5)]), None);
        let path = [Seg::Field("exercises"), Seg::Index(0), Seg::Field("steps")];
        assert_eq!(loc.find_nearest(&path), (7, 9));
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("é\nab", 4), (2, 2));
        assert_eq!(line_col("ééx", 4), (1, 3));
    }
}
