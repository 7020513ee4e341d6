//! The paper for the clinic: the adherence report and the routine handout, rendered
//! for the bundled routines and a generated year of history, parsed as HTML and
//! checked for their sections, their numbers (the statistics module's), escaping of
//! hostile text, no URL, and size.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use chrono::{FixedOffset, NaiveDate, TimeZone as _};
use scraper::{Html, Selector};
use steady::history::sample::sample_history;
use steady::history::stats::{
    Grain, Period, Prescribed, Span, adherence, adherence_over, overall_percent,
    overall_percent_over, trends, trends_over,
};
use steady::history::{DayRecord, SessionRecord};
use steady::i18n::{Language, use_language};
use steady::report::{Contact, HandoutOptions, ReportInput, render_handout, render_report};
use steady::routine::Routine;
use steady::routine::bundled::load_bundled_in;

fn select(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn bundled(language: &str) -> Vec<Routine> {
    load_bundled_in(language)
        .routines
        .into_iter()
        .map(|l| l.routine)
        .collect()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()
}

fn offset() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// A year of sessions of three bundled routines (fixed seed), and its rest days.
fn year(routines: &[Routine]) -> (Vec<SessionRecord>, Vec<DayRecord>) {
    let chosen: Vec<Routine> = routines
        .iter()
        .filter(|r| {
            [
                "seated-leg-strength",
                "standing-balance-with-support",
                "paced-stepping",
            ]
            .contains(&r.id.as_str())
        })
        .cloned()
        .collect();
    assert_eq!(chosen.len(), 3);
    let (mut records, days) = sample_history(&chosen, 52, today(), offset(), 20);
    records.sort_by_key(|r| r.started);
    (records, days)
}

fn made() -> chrono::DateTime<FixedOffset> {
    offset().with_ymd_and_hms(2026, 11, 18, 10, 0, 0).unwrap()
}

/// The program the person follows in these tests: every routine with sessions on
/// record, at its own prescription.
fn program_of(records: &[SessionRecord], routines: &[Routine]) -> steady::program::Program {
    let mut program = steady::program::Program::default();
    for r in routines
        .iter()
        .filter(|r| !r.is_check() && records.iter().any(|s| s.routine_id == r.id))
    {
        program.set(steady::program::Prescribed::suggested(r));
    }
    program
}

fn report(
    records: &[SessionRecord],
    days: &[DayRecord],
    routines: &[Routine],
    span: Span,
) -> String {
    let program = program_of(records, routines);
    render_report(&ReportInput {
        records,
        days,
        routines,
        span,
        today: today(),
        made: made(),
        tests: &[],
        program: Some(&program),
        person: &steady::report::Person::default(),
    })
}

/// No address of anything outside the file: no scheme, no `//host`.
fn assert_no_url(html: &str) {
    assert!(!html.contains("http"), "an http URL in the document");
    assert!(!html.contains("src="), "a src attribute in the document");
    assert!(!html.contains("@import"), "a style import in the document");
    assert!(!html.contains("url("), "a url() in the style");
}

#[test]
fn the_example_history_is_plausible_and_reproducible() {
    let routines = bundled("en");
    let (records, days) = year(&routines);
    assert_eq!(
        year(&routines).0,
        records,
        "the same seed gives the same history"
    );
    // Three routines at 2–3 times a week for a year: hundreds of sessions.
    assert!(records.len() > 200, "{} sessions", records.len());
    for r in &records {
        r.check().unwrap();
        assert!(r.started.date_naive() <= today());
    }
    for d in &days {
        d.check().unwrap();
    }
    assert!(records.iter().any(|r| r.lighter));
    assert!(records.iter().any(|r| !r.completed()));
    assert!(records.iter().any(|r| !r.note.is_empty()));
    assert!(records.iter().any(|r| r.check_in.feeling_hot == Some(true)));
    let ids: std::collections::BTreeSet<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), records.len(), "ids are unique");
}

#[test]
fn twelve_weeks_over_a_span_are_the_reviews_twelve_weeks() {
    let routines = bundled("en");
    let (records, _) = year(&routines);
    // The routines of the program: those with sessions on record.
    let prescribed: Vec<Prescribed> = routines
        .iter()
        .filter(|r| records.iter().any(|s| s.routine_id == r.id))
        .map(Prescribed::of)
        .collect();
    let span = Span::of(Period::Weeks12, &records, today());
    assert_eq!(span.grain(), Grain::Week);
    let old = adherence(&records, &prescribed, today(), 12);
    let new = adherence_over(&records, &prescribed, span, today());
    assert_eq!(old.len(), new.len());
    for (o, n) in old.iter().zip(&new) {
        assert_eq!(o.routine_id, n.routine_id);
        assert_eq!(o.percent, n.percent);
        let weeks: Vec<(NaiveDate, u32, u32)> = o
            .weeks
            .iter()
            .map(|w| (w.week_start, w.done, w.prescribed))
            .collect();
        let counts: Vec<(NaiveDate, u32, u32)> = n
            .counts
            .iter()
            .map(|c| (c.start, c.done, c.prescribed))
            .collect();
        assert_eq!(weeks, counts);
    }
    assert_eq!(overall_percent(&old), overall_percent_over(&new));
    let old_trends = trends(&records, today(), 12);
    assert_eq!(old_trends, trends_over(&records, span));
}

#[test]
fn past_six_months_weeks_add_up_into_months() {
    let routines = bundled("en");
    let (records, _) = year(&routines);
    let prescribed: Vec<Prescribed> = routines.iter().map(Prescribed::of).collect();
    let year_span = Span::of(Period::Year, &records, today());
    assert_eq!(year_span.grain(), Grain::Month);
    let half = Span::of(Period::Months6, &records, today());
    assert_eq!(half.grain(), Grain::Week);
    let months = adherence_over(&records, &prescribed, year_span, today());
    for a in &months {
        // 52 weeks in 12 or 13 months; each month holds the weeks that start in it.
        assert!((12..=13).contains(&a.counts.len()), "{}", a.counts.len());
        let weeks: u32 = a.counts.iter().map(|c| c.weeks).sum();
        assert_eq!(weeks, 52);
        let done: u32 = a.counts.iter().map(|c| c.done).sum();
        let counted = records
            .iter()
            .filter(|r| r.routine_id == a.routine_id && r.counts_toward_prescription())
            .filter(|r| year_span.contains(r.started.date_naive()))
            .count();
        assert_eq!(done as usize, counted);
        assert_eq!(a.full_weeks, 51, "the current week is not full yet");
    }
    for period in Period::ALL {
        let span = Span::of(period, &records, today());
        assert!(span.from <= span.to);
        let trend = trends_over(&records, span);
        assert!(trend.len() <= 53, "{period:?}: {} points", trend.len());
    }
}

#[test]
fn the_report_has_its_sections_and_the_statistics_numbers() {
    use_language(Language::English);
    let routines = bundled("en");
    let (records, days) = year(&routines);
    for period in [
        Period::Weeks4,
        Period::Weeks12,
        Period::Year,
        Period::Everything,
    ] {
        let span = Span::of(period, &records, today());
        let html = report(&records, &days, &routines, span);
        assert!(html.len() < 1_000_000, "{period:?}: {} bytes", html.len());
        assert_no_url(&html);
        let doc = Html::parse_document(&html);
        for id in [
            "report-period",
            "report-adherence",
            "report-effort",
            "report-lighter",
            "report-stopped",
            "report-calendar",
            "report-hours",
            "report-notes",
            "report-versions",
        ] {
            assert_eq!(
                doc.select(&select(&format!("#{id}"))).count(),
                1,
                "{period:?}: section {id}"
            );
        }
        // No self-test results exist yet: no section pretends to show them.
        assert_eq!(doc.select(&select("#report-tests")).count(), 0);
        // The numbers are the statistics module's, row by row.
        let prescribed = program_of(&records, &routines).prescribed(|id| {
            routines
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.title.clone())
        });
        let stats = adherence_over(&records, &prescribed, span, today());
        let figures: Vec<_> = doc.select(&select("figure.routine-adherence")).collect();
        assert_eq!(figures.len(), stats.len(), "{period:?}");
        for (figure, a) in figures.iter().zip(&stats) {
            assert_eq!(
                figure.value().attr("data-routine"),
                Some(a.routine_id.as_str())
            );
            assert_eq!(figure.select(&select("svg rect")).count(), a.counts.len());
            let rows: Vec<(String, u32, u32)> = figure
                .select(&select("tbody tr"))
                .map(|row| {
                    let cell = |c: &str| {
                        row.select(&select(c))
                            .next()
                            .unwrap()
                            .text()
                            .collect::<String>()
                            .parse::<u32>()
                            .unwrap()
                    };
                    (
                        row.value().attr("data-start").unwrap().to_owned(),
                        cell("td.done"),
                        cell("td.target"),
                    )
                })
                .collect();
            let expected: Vec<(String, u32, u32)> = a
                .counts
                .iter()
                .map(|c| (c.start.to_string(), c.done, c.prescribed))
                .collect();
            assert_eq!(rows, expected, "{period:?} {}", a.routine_id);
        }
        let text: String = doc.root_element().text().collect();
        if let Some(p) = overall_percent_over(&stats) {
            assert!(
                text.contains(&format!("All routines together: {p} %")),
                "{period:?}"
            );
        }
    }
}

#[test]
fn a_year_of_daily_sessions_stays_under_a_megabyte() {
    use_language(Language::English);
    let routines = bundled("en");
    let (mut records, days) = year(&routines);
    // Every record with a long note: the worst a year of daily sessions can be.
    for r in &mut records {
        r.note =
            "A long note about how the session went, what was hard, and what to ask. ".repeat(3);
    }
    let span = Span::of(Period::Year, &records, today());
    let html = report(&records, &days, &routines, span);
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    eprintln!("a year of {} sessions: {} bytes", records.len(), html.len());
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    use_language(Language::English);
    let hostile = r#"<script>alert("x")</script><img src=x onerror=alert(1)>"#;
    let mut routines = bundled("en");
    let (mut records, days) = year(&routines);
    routines[0].title = hostile.to_owned();
    routines[0].summary = hostile.to_owned();
    routines[0].safety.push(hostile.to_owned());
    routines[0].exercises[0].name = hostile.to_owned();
    routines[0].exercises[0].steps.push(hostile.to_owned());
    for r in records.iter_mut().take(5) {
        r.routine_title = hostile.to_owned();
        r.note = hostile.to_owned();
    }
    let contact = Contact {
        name: hostile.to_owned(),
        phone: "\"><b>0123</b>".to_owned(),
    };
    let span = Span::of(Period::Everything, &records, today());
    for html in [
        render_handout(
            &routines[0],
            &HandoutOptions {
                contact: Some(&contact),
                ..HandoutOptions::default()
            },
        ),
        report(&records, &days, &routines, span),
    ] {
        let doc = Html::parse_document(&html);
        assert_eq!(doc.select(&select("script")).count(), 0);
        assert_eq!(doc.select(&select("img")).count(), 0);
        assert_eq!(doc.select(&select("b")).count(), 0);
        let text: String = doc.root_element().text().collect();
        assert!(text.contains(hostile), "the hostile text is shown as text");
    }
    let handout = Html::parse_document(&render_handout(
        &routines[0],
        &HandoutOptions {
            contact: Some(&contact),
            ..HandoutOptions::default()
        },
    ));
    let title: String = handout
        .select(&select("h1"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(title, hostile);
}

#[test]
fn text_from_files_is_isolated_and_long_words_wrap() {
    use_language(Language::English);
    // A right-to-left override and a 10,000-character word.
    let flipping = "\u{202e}evil\u{202c} name";
    let long = "x".repeat(10_000);
    let mut routines = bundled("en");
    routines[0].exercises[0].name = flipping.to_owned();
    routines[0].exercises[0].note = Some(long.clone());
    let contact = Contact {
        name: flipping.to_owned(),
        phone: "\u{202e}0123".to_owned(),
    };
    let html = render_handout(
        &routines[0],
        &HandoutOptions {
            contact: Some(&contact),
            ..HandoutOptions::default()
        },
    );
    let doc = Html::parse_document(&html);
    let isolated: Vec<String> = doc
        .select(&select("bdi"))
        .map(|b| b.text().collect())
        .collect();
    for text in [flipping, "\u{202e}0123", long.as_str()] {
        assert!(
            isolated.iter().any(|i| i == text),
            "{text:?} is isolated in a <bdi>"
        );
    }
    let h2: String = doc
        .select(&select("h2"))
        .find(|h| h.inner_html().contains("<bdi>"))
        .unwrap()
        .inner_html();
    assert_eq!(h2, format!("1. <bdi>{flipping}</bdi>"));
    let style: String = doc
        .select(&select("style"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(style.contains("overflow-wrap: anywhere"));
    assert!(style.contains("bdi { unicode-bidi: isolate; }"));
}

#[test]
fn every_bundled_routine_has_a_handout_in_english_and_german() {
    for (language, code) in [(Language::English, "en"), (Language::German, "de")] {
        use_language(language);
        for routine in bundled(code) {
            let contact = Contact {
                name: "Dr. Ada Example".to_owned(),
                phone: "+49 30 1234567".to_owned(),
            };
            let html = render_handout(
                &routine,
                &HandoutOptions {
                    contact: Some(&contact),
                    ..HandoutOptions::default()
                },
            );
            assert_no_url(&html);
            assert!(html.contains(&format!("<html lang=\"{}\"", language.tag())));
            let doc = Html::parse_document(&html);
            for id in [
                "handout-title",
                "handout-facts",
                "handout-safety",
                "handout-contact",
                "handout-exercises",
                "handout-ticks",
            ] {
                assert_eq!(doc.select(&select(&format!("#{id}"))).count(), 1, "{id}");
            }
            let exercises: Vec<_> = doc.select(&select(".exercise")).collect();
            assert_eq!(exercises.len(), routine.exercises.len(), "{}", routine.id);
            for (e, exercise) in exercises.iter().zip(&routine.exercises) {
                // Every bundled exercise has its picture, inlined, black on white.
                let svg = e.select(&select("svg")).next();
                assert!(
                    svg.is_some(),
                    "{}: {} has no picture",
                    routine.id,
                    exercise.name
                );
                let inner = svg.unwrap().html();
                assert!(!inner.contains("#d04000") && !inner.contains("#1a1a1a"));
                assert_eq!(e.select(&select("ol li")).count(), exercise.steps.len());
                if exercise.lighter.is_some() {
                    assert_eq!(e.select(&select(".lighter")).count(), 1);
                }
            }
            let safety: String = doc
                .select(&select("#handout-safety"))
                .next()
                .unwrap()
                .text()
                .collect();
            for note in &routine.safety {
                assert!(safety.contains(note.as_str()));
            }
            assert!(safety.contains("Dr. Ada Example") && safety.contains("+49 30 1234567"));
            // A box to tick for each day of two weeks.
            assert_eq!(doc.select(&select(".ticks .tickbox")).count(), 14);
        }
    }
}

#[test]
fn the_handout_is_large_print_and_the_report_prints_section_by_section() {
    use_language(Language::English);
    let routines = bundled("en");
    let html = render_handout(&routines[0], &HandoutOptions::default());
    // The body of the handout is 14 pt, and nothing in it is set smaller.
    assert!(html.contains(".handout { font-size: 14pt;"));
    assert!(html.contains("break-before: page"));
    assert!(html.contains("break-inside: avoid"));
    let doc = Html::parse_document(&html);
    let contact: String = doc
        .select(&select("#handout-contact"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(contact.contains("Your clinician:"), "{contact}");
}

#[test]
fn a_report_with_no_sessions_says_so() {
    use_language(Language::German);
    let routines = bundled("de");
    let span = Span::of(Period::Weeks4, &[], today());
    let html = report(&[], &[], &routines, span);
    let doc = Html::parse_document(&html);
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("Keine Einheiten in diesem Zeitraum."),
        "{text}"
    );
    assert!(html.contains("<html lang=\"de-DE\""));
}

/// `steady` as a person runs it, in a data folder of its own.
fn steady(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .env("STEADY_DATA_DIR", data)
        .args(["--lang", "en"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_writes_example_history_a_report_and_a_handout_never_over_a_file() {
    let data = tempfile::tempdir().unwrap();
    let out = steady(data.path(), &["sample-history", "--weeks", "8"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("example sessions over 8 weeks"));
    // Only into an empty history.
    let again = steady(data.path(), &["sample-history", "--weeks", "8"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has"));

    let report = data.path().join("report.html");
    let path = report.to_str().unwrap();
    let out = steady(data.path(), &["report", "--out", path]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("id=\"report-adherence\""));
    assert_no_url(&html);
    // Never over an existing file: refused, and the file is as it was.
    let out = steady(data.path(), &["report", "--out", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&report).unwrap(), html);
    let out = steady(
        data.path(),
        &[
            "report",
            "--from",
            "2026-05-02",
            "--to",
            "2026-05-01",
            "--out",
            "x.html",
        ],
    );
    assert_eq!(out.status.code(), Some(2));

    let handout = data.path().join("handout.html");
    let out = steady(
        data.path(),
        &[
            "handout",
            "sit-to-stand-practice",
            "--out",
            handout.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        std::fs::read_to_string(&handout)
            .unwrap()
            .contains("id=\"handout-ticks\"")
    );
    let out = steady(
        data.path(),
        &["handout", "no-such-routine", "--out", "y.html"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_widest_period_is_narrowed_to_the_history_or_refused() {
    let data = tempfile::tempdir().unwrap();
    let widest = ["--from=-262143-01-01", "--to=+262142-12-31"];
    // No history: the period stays as asked, and more than ten years is refused.
    let out_path = data.path().join("wide.html");
    let out = steady(
        data.path(),
        &[
            &["report"][..],
            &widest,
            &["--out", out_path.to_str().unwrap()],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is longer than 10 years; a report covers at most 10 years"),
        "{stderr}"
    );
    assert!(!out_path.exists());
    // With 8 weeks of history it covers the weeks that have history, and says so.
    let sample = steady(data.path(), &["sample-history", "--weeks", "8"]);
    assert_eq!(sample.status.code(), Some(0), "{sample:?}");
    let out = steady(
        data.path(),
        &[
            &["report"][..],
            &widest,
            &["--out", out_path.to_str().unwrap()],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("the report covers"));
    let len = std::fs::metadata(&out_path).unwrap().len();
    assert!(len < 1024 * 1024, "{len} bytes");
}

#[test]
fn the_report_lists_harder_sessions_and_every_answer_to_a_level_offer() {
    let routines = bundled("en");
    let (records, days) = year(&routines);
    let answers: Vec<_> = records
        .iter()
        .filter_map(|r| r.check_in.progression)
        .collect();
    let harder = records
        .iter()
        .filter(|r| r.level == steady::routine::Level::Harder)
        .count();
    // The sample follows the level rule (seated leg strength has one and a harder
    // dose; any routine is offered the way back from lighter), so a year brings
    // offers, some taken.
    assert!(answers.iter().any(|a| a.accepted), "{answers:?}");
    assert!(harder > 0);
    let span = Span::of(Period::Everything, &records, today());
    let html = report(&records, &days, &routines, span);
    let doc = Html::parse_document(&html);
    let rows: Vec<String> = doc
        .select(&select("#report-level-changes tbody tr"))
        .map(|r| r.text().collect::<String>())
        .collect();
    assert_eq!(rows.len(), answers.len());
    let taken = rows.iter().filter(|r| r.contains("Yes, moved")).count();
    assert_eq!(taken, answers.iter().filter(|a| a.accepted).count());
    assert!(rows.iter().any(|r| r.contains("Seated leg strengthening")));
    let said: String = doc
        .select(&select("#report-harder-count"))
        .flat_map(|e| e.text())
        .collect();
    assert!(
        said.starts_with(&format!("{harder} of {}", records.len())),
        "{said}"
    );
}

/// The first printed page (the first sheet) names every safety event of the example
/// history, each with its date, and says how many falls there were; a period without
/// any says "No falls reported".
#[test]
fn the_first_page_names_every_safety_event_of_the_period() {
    use_language(Language::English);
    let routines = bundled("en");
    let (records, days) = year(&routines);
    let span = Span::of(Period::Weeks4, &records, today());
    let html = report(&records, &days, &routines, span);
    let doc = Html::parse_document(&html);
    let first = doc.select(&select("div.sheet")).next().unwrap();
    let flags: Vec<String> = first
        .select(&select("#report-safety li[data-flag]"))
        .map(|li| li.value().attr("data-flag").unwrap().to_owned())
        .collect();
    for flag in ["Fall", "Fever", "Dizzy", "NewWeakness", "StoppedForPain"] {
        assert!(flags.iter().any(|f| f == flag), "{flag} in {flags:?}");
    }
    let text: String = first.text().collect();
    assert!(text.contains("1 fall reported in this period."), "{text}");
    assert!(text.contains("very poor sleep"), "{text}");
    // The adherence against the program and the level per routine are on page 1 too.
    assert_eq!(first.select(&select("#report-adherence")).count(), 1);
    assert_eq!(first.select(&select("#report-levels")).count(), 1);
    // Nothing prints collapsed.
    assert!(!html.contains("<details>"));

    // Long before the events: no falls.
    let early = Span {
        from: today() - chrono::Duration::days(300),
        to: today() - chrono::Duration::days(280),
    };
    let html = report(&records, &days, &routines, early);
    assert!(html.contains("No falls reported in this period."));
}

/// The handout says the days and time of day from the program, the rest between
/// sets, which side goes first, the tempo in words, the person's name and the date,
/// and the three tiers of safety; large print is 18 pt in one column.
#[test]
fn the_handout_follows_the_program_and_prints_large() {
    use_language(Language::English);
    let routines = bundled("en");
    let legs = routines
        .iter()
        .find(|r| r.id == "seated-leg-strength")
        .unwrap();
    let entry = steady::program::Prescribed {
        routine: legs.id.clone(),
        when: steady::program::When::Days(vec![
            steady::routine::Weekday::Mon,
            steady::routine::Weekday::Wed,
            steady::routine::Weekday::Fri,
        ]),
        time: steady::program::TimeOfDay::Morning,
        max_level: steady::routine::Level::Normal,
    };
    let options = HandoutOptions {
        person: "Maria Keller",
        printed: NaiveDate::from_ymd_opt(2026, 12, 8),
        prescribed: Some(&entry),
        ..HandoutOptions::default()
    };
    let html = render_handout(legs, &options);
    let doc = Html::parse_document(&html);
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("Maria Keller"), "{text}");
    assert!(text.contains("Printed 8 Dec 2026"), "{text}");
    assert!(
        text.contains("How often: Monday, Wednesday, Friday, morning"),
        "{text}"
    );
    // The first exercise: 2 × 10 at 3-1-3 with a minute's rest, each side, left first
    // (programs/seated-leg-strength.ron).
    assert!(
        text.contains("3 seconds up, 1 second hold, 3 seconds down"),
        "{text}"
    );
    assert!(text.contains("Rest: 1 min between sets"), "{text}");
    assert!(text.contains("each side, left side first"), "{text}");
    for tier in [
        "Stop now",
        "Contact your clinician",
        "Call emergency services",
    ] {
        assert!(text.contains(tier), "{tier}");
    }
    for sign in ["chest pain", "short of breath", "faint"] {
        assert!(text.contains(sign), "{sign}");
    }
    assert!(html.contains("<body class=\"handout\""));
    let large = render_handout(
        legs,
        &HandoutOptions {
            large_print: true,
            ..options
        },
    );
    assert!(large.contains("<body class=\"handout large\""));
    assert!(large.contains(".handout.large { font-size: 18pt;"));
    // One column: no pairs of exercises.
    assert!(!large.contains("class=\"pair\""));
    assert_eq!(
        large.matches("class=\"exercise\"").count(),
        legs.exercises.len()
    );
}
