//! The routine handout, black on white, to stick on the fridge: 14 pt in two columns,
//! or large print (`large_print`: 18 pt, one column, one exercise to a block with its
//! picture large) for reduced acuity. Title, the person's name and the date printed;
//! what it trains, the days and time of day from the person's program (else the
//! routine's suggestion), equipment; a safety box in three tiers (stop now / contact
//! your clinician / call emergency services) with the routine's own safety notes and
//! the clinician's contact; then each exercise with its picture, steps, dose on a
//! normal, a lighter and a harder day, the rest between sets, which side first, the
//! tempo in words, load and the therapist's note; and boxes to tick for each day.

use maud::{Markup, html};

use super::{Contact, page, picture};
use crate::routine::pictures::for_exercise;
use crate::routine::{Routine, Sides};
use crate::t;

/// What a handout is made from besides its routine.
#[derive(Debug, Clone, Copy, Default)]
pub struct HandoutOptions<'a> {
    /// The clinician's name and phone.
    pub contact: Option<&'a Contact>,
    /// The person's name, printed under the title (may be empty).
    pub person: &'a str,
    /// The day it is printed.
    pub printed: Option<chrono::NaiveDate>,
    /// The routine's entry in the person's program: its days and time of day.
    pub prescribed: Option<&'a crate::program::Prescribed>,
    /// 18 pt, one column, one exercise to a block with its picture large.
    pub large_print: bool,
}

/// "3 seconds up, 1 second hold, 3 seconds down" (no hold when it is 0).
fn tempo_words(t: crate::routine::Tempo) -> String {
    let mut parts = vec![t!("handout-tempo-up", secs = t.up_secs)];
    if t.hold_secs > 0 {
        parts.push(t!("handout-tempo-hold", secs = t.hold_secs));
    }
    parts.push(t!("handout-tempo-down", secs = t.down_secs));
    parts.join(", ")
}

/// How often, in words: the program's days and time of day, else the suggestion.
fn how_often(routine: &Routine, prescribed: Option<&crate::program::Prescribed>) -> String {
    use crate::program::{TimeOfDay, When};
    let Some(p) = prescribed else {
        return t!(
            "handout-times-per-week",
            times = routine.prescription.times_per_week
        );
    };
    let when = match &p.when {
        When::Days(days) => {
            let monday = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            days.iter()
                .map(|d| {
                    let offset = crate::routine::Weekday::ALL
                        .iter()
                        .position(|x| x == d)
                        .unwrap_or(0);
                    let day = monday + chrono::Duration::days(offset as i64);
                    crate::i18n::day(day, "%A")
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
        When::TimesAWeek(n) => t!("handout-times-per-week", times = n),
    };
    let time = match p.time {
        TimeOfDay::Any => None,
        TimeOfDay::Morning => Some(t!("program-time-morning")),
        TimeOfDay::Afternoon => Some(t!("program-time-afternoon")),
        TimeOfDay::Evening => Some(t!("program-time-evening")),
    };
    match time {
        Some(time) => format!("{when}, {time}"),
        None => when,
    }
}

/// The handout of one routine as one HTML document.
pub fn render_handout(routine: &Routine, options: &HandoutOptions<'_>) -> String {
    let contact = options.contact.filter(|c| !c.is_empty());
    let large = options.large_print;
    let body = html! {
        header id="handout-title" {
            h1 { (routine.title) }
            @if !options.person.trim().is_empty() || options.printed.is_some() {
                p id="handout-for" {
                    @if !options.person.trim().is_empty() { strong { (options.person.trim()) } }
                    @if let Some(day) = options.printed {
                        @if !options.person.trim().is_empty() { " · " }
                        (t!("handout-printed", date = crate::i18n::day(day, &t!("date-day-month-year-short"))))
                    }
                }
            }
            @if !routine.summary.trim().is_empty() {
                p { (routine.summary) }
            }
        }
        // What holds for the whole routine comes first, with the boxes to tick:
        // the page for the fridge. The exercises follow.
        div class="flow" {
            section id="handout-facts" {
                ul {
                    li { strong { (t!("handout-trains")) } " "
                        (routine.focus.iter().map(|f| crate::i18n::focus(*f)).collect::<Vec<_>>().join(", ")) }
                    li id="handout-when" { strong { (t!("handout-how-often")) } " "
                        (how_often(routine, options.prescribed))
                        @if !routine.prescription.note.trim().is_empty() { " " bdi { (routine.prescription.note) } } }
                    li { strong { (t!("handout-position")) } " " (crate::i18n::position(routine.position)) }
                    @if !routine.equipment.is_empty() {
                        li { strong { (t!("handout-equipment")) } " " bdi { (routine.equipment.join(", ")) } }
                    }
                }
            }
            section id="handout-safety" class="box" {
                h2 { (t!("handout-safety")) }
                @if !routine.safety.is_empty() {
                    ul {
                        @for note in &routine.safety { li { (note) } }
                    }
                }
                // Three tiers, the same on every handout.
                div class="tiers" {
                    p class="tier" id="tier-stop" { strong { (t!("handout-tier-stop")) } " " (t!("handout-tier-stop-text")) }
                    p class="tier" id="tier-clinician" { strong { (t!("handout-tier-clinician")) } " " (t!("handout-tier-clinician-text")) }
                    p class="tier" id="tier-emergency" { strong { (t!("handout-tier-emergency")) } " " (t!("handout-tier-emergency-text")) }
                }
                p id="handout-contact" {
                    @match contact {
                        Some(c) => {
                            strong { (t!("handout-your-clinician")) } " "
                            bdi { (c.name.trim()) }
                            @if !c.phone.trim().is_empty() {
                                @if !c.name.trim().is_empty() { " · " }
                                (t!("handout-phone")) " " bdi { (c.phone.trim()) }
                            }
                        }
                        None => { (t!("handout-your-clinician")) " " span class="blank" { "________________________" } }
                    }
                }
            }
            @if !routine.notes.trim().is_empty() {
                section id="handout-notes" {
                    h2 { (t!("handout-notes")) }
                    p { (routine.notes) }
                }
            }
            section id="handout-ticks" {
                h2 { (t!("handout-tick-heading")) }
                (ticks())
            }
        }
        section id="handout-exercises" {
            @if large {
                // Large print: one exercise to a block, its picture large above it.
                @for (i, e) in routine.exercises.iter().enumerate() {
                    (exercise(routine, i, e))
                }
            } @else {
                // Two exercises to a row: their lines are short, and a row is kept
                // whole on a page (print engines split CSS columns and grids badly).
                @for (row, pair) in routine.exercises.chunks(2).enumerate() {
                    div class="pair" {
                        @for (i, e) in pair.iter().enumerate() {
                            (exercise(routine, row * 2 + i, e))
                        }
                    }
                }
            }
        }
    };
    let class = if large { "handout large" } else { "handout" }; // i18n: not shown (CSS classes)
    page(&routine.title, class, &body)
}

fn exercise(routine: &Routine, index: usize, e: &crate::routine::Exercise) -> Markup {
    let picture = for_exercise(routine, index)
        .and_then(|name| picture(name, &t!("picture-of", name = e.name.as_str())));
    let sides = match e.sides {
        Sides::BothAtOnce => None,
        Sides::EachSide => Some(t!(
            "handout-each-side-first",
            first = crate::i18n::side(e.first_side)
        )),
        Sides::OneSideThenOther => Some(t!(
            "handout-one-side-then-other",
            first = crate::i18n::side(e.first_side),
            then = crate::i18n::side(e.first_side.other())
        )),
    };
    // The position is named only where it differs from the routine's.
    let position = e.position.filter(|p| *p != routine.position);
    html! {
        div class="exercise" {
            @if let Some(p) = picture { div class="picture" { (p) } }
            h2 { (index + 1) ". " bdi { (e.name) } }
            p class="dose" { strong { (t!("handout-dose")) } " " (crate::i18n::dose(&e.dose))
                @if let Some(sides) = &sides { ", " (sides) } }
            @if let crate::routine::Dose::Reps { tempo: Some(t), .. } = e.dose {
                p class="tempo" { strong { (t!("handout-tempo-heading")) } " " (tempo_words(t)) }
            }
            @if e.dose.sets() > 1 && e.rest_between_sets_secs > 0 {
                p class="rest" { strong { (t!("handout-rest")) } " "
                    (t!("handout-rest-between", length = crate::i18n::secs(e.rest_between_sets_secs))) }
            }
            @if let Some(words) = &e.tempo_words {
                p class="tempo-words" { (t!("handout-tempo-words", up = words.up.as_str(),
                    hold = words.hold.as_str(), down = words.down.as_str())) }
            }
            @if let Some(load) = e.load.as_deref().filter(|l| !l.trim().is_empty()) {
                p class="load" { (t!("player-load", load = load)) }
            }
            @if let Some(position) = position {
                p class="position" { strong { (t!("handout-position")) } " " (crate::i18n::position(position)) }
            }
            @if let Some(lighter) = &e.lighter {
                p class="lighter" { strong { (t!("handout-lighter")) } " " (crate::i18n::dose(lighter)) }
            }
            @if let Some(harder) = &e.harder {
                p class="harder" { strong { (t!("handout-harder")) } " " (crate::i18n::dose(harder)) }
            }
            ol { @for step in &e.steps { li { (step) } } }
            @if let Some(note) = e.note.as_deref().filter(|n| !n.trim().is_empty()) {
                p class="note" { strong { (t!("handout-note")) } " " bdi { (note) } }
            }
        }
    }
}

/// A box to tick under each day of the week, Monday first, for two weeks.
fn ticks() -> Markup {
    // 2024-01-01 was a Monday: its week names the days in the person's language.
    let monday = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let names: Vec<String> = (0..7)
        .filter_map(|d| monday.checked_add_days(chrono::Days::new(d)))
        .map(|d| crate::i18n::day(d, &t!("date-weekday-short")))
        .collect();
    html! {
        table class="ticks" {
            thead { tr { @for name in &names { th { (name) } } } }
            tbody {
                @for _ in 0..2 {
                    tr { @for name in &names { td { span class="tickbox" role="img" aria-label=(name) {} } } }
                }
            }
        }
    }
}
