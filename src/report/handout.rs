//! The routine handout, in large print (14 pt body) and black on white, to stick on
//! the fridge. Title, what it trains, how often, equipment, a safety box (the
//! routine's own safety notes and when to call a clinician, with the clinician's name
//! and phone from Settings), then each exercise with its picture, steps, dose on a
//! normal, a lighter and a harder day, sides, tempo words, load and the therapist's
//! note, two exercises to a row (a row is never split across pages), and a row of
//! boxes to tick for each day of the week. Short routines fit one page; the bundled
//! ones take two or three at 14 pt.

use maud::{Markup, html};

use super::{Contact, page, picture};
use crate::routine::pictures::for_exercise;
use crate::routine::{Routine, Sides};
use crate::t;

/// The handout of one routine as one HTML document.
pub fn render_handout(routine: &Routine, contact: Option<&Contact>) -> String {
    let contact = contact.filter(|c| !c.is_empty());
    let body = html! {
        header id="handout-title" {
            h1 { (routine.title) }
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
                    li { strong { (t!("handout-how-often")) } " "
                        (t!("handout-times-per-week", times = routine.prescription.times_per_week))
                        @if !routine.prescription.note.trim().is_empty() { " " bdi { (routine.prescription.note) } } }
                    li { strong { (t!("handout-position")) } " " (crate::i18n::position(routine.position)) }
                    @if !routine.equipment.is_empty() {
                        li { strong { (t!("handout-equipment")) } " " bdi { (routine.equipment.join(", ")) } }
                    }
                }
            }
            section id="handout-safety" class="box" {
                h2 { (t!("handout-safety")) }
                ul {
                    @for note in &routine.safety { li { (note) } }
                    li { strong { (t!("handout-when-to-call")) } }
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
            // Two exercises to a row: their lines are short, and a row is kept whole
            // on a page (print engines split CSS columns and grids badly).
            @for (row, pair) in routine.exercises.chunks(2).enumerate() {
                div class="pair" {
                    @for (i, e) in pair.iter().enumerate() {
                        (exercise(routine, row * 2 + i, e))
                    }
                }
            }
        }
    };
    page(&routine.title, "handout", &body)
}

fn exercise(routine: &Routine, index: usize, e: &crate::routine::Exercise) -> Markup {
    let picture = for_exercise(routine, index)
        .and_then(|name| picture(name, &t!("picture-of", name = e.name.as_str())));
    let sides = match e.sides {
        Sides::BothAtOnce => None,
        Sides::EachSide => Some(t!("handout-each-side")),
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
