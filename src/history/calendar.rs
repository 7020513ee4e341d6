//! The week plan as an iCalendar file (RFC 5545) for a calendar app (the shells put
//! the words in; like CSV export, the file format itself lives in the core): one `VEVENT` per
//! planned session with a `VALARM` that reminds ten minutes before, at the suggested
//! time of day. Times are floating local times (no time zone: 09:00 stays 09:00
//! wherever the calendar is). Lines end in CRLF and are folded at 75 octets, never
//! inside a UTF-8 character; text values are escaped. Pure: text out, no files.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// One session in the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarSession {
    pub day: NaiveDate,
    pub start: NaiveTime,
    pub minutes: u32,
    /// A stable part of the event's id (the routine id); the same session planned again
    /// replaces the event in a calendar that imports the file twice.
    pub key: String,
    pub summary: String,
    pub description: String,
    /// What the reminder says.
    pub alarm: String,
}

/// Minutes before a session that its reminder goes off.
pub const ALARM_MINUTES_BEFORE: u32 = 10;

/// The calendar: `stamp` is when it was made (DTSTAMP, in UTC).
pub fn calendar(sessions: &[CalendarSession], stamp: DateTime<Utc>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:-//Steady//Steady {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for s in sessions {
        let start = s.day.and_time(s.start);
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!(
                "UID:{}-{}@steady.invalid",
                s.day.format("%Y%m%d"),
                escape(&s.key)
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")),
            format!("DURATION:PT{}M", s.minutes.max(1)),
            format!("SUMMARY:{}", escape(&s.summary)),
            format!("DESCRIPTION:{}", escape(&s.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("TRIGGER:-PT{ALARM_MINUTES_BEFORE}M"),
            format!("DESCRIPTION:{}", escape(&s.alarm)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(&mut out, line);
    }
    out
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Other control characters have no place in a calendar line.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded (RFC 5545 3.1): at most 75 octets a line, a continuation
/// starts with one space, never splitting a character; each line ends in CRLF.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_a_character() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ü".repeat(60));
        fold(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
