//! Paper for the clinic: the adherence report for a clinician ([`clinic`]) and the
//! large-print routine handout for the fridge ([`handout`]), each one self-contained HTML
//! file that prints to A4 or Letter (the browser's "Save as PDF" makes the PDF).
//!
//! Pure: it turns records, routines and settings into HTML text and reads or writes
//! no files (the CLI and the app write them with `files::write_new`). The HTML comes
//! from maud templates, which escape every value inserted; charts are inline SVG
//! written by hand in those templates ([`chart`]); the exercise pictures are the
//! bundled SVGs, inlined black on white. No fonts, scripts or images are fetched from
//! anywhere. It sits below the shells beside `i18n` (the documents speak the
//! person's language): it imports the core and `i18n`, never `state`, `ui`, `app`,
//! egui or resvg.

pub mod chart;
pub mod clinic;
pub mod handout;

use maud::{Markup, PreEscaped, html};

pub use clinic::{Person, ReportInput, render_report};
pub use handout::{HandoutOptions, render_handout};

/// The person's clinician, as kept in Settings (both parts optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: String,
}

impl Contact {
    /// The clinician the documents name: the program's (who prescribed it), else the
    /// person's own entry in Settings.
    pub fn of(program: Option<&crate::program::Program>, name: &str, phone: &str) -> Self {
        match program.filter(|p| !p.clinician_line().is_empty()) {
            Some(p) => Self {
                name: p.clinician.name.trim().to_owned(),
                phone: p.clinician.contact.trim().to_owned(),
            },
            None => Self {
                name: name.trim().to_owned(),
                phone: phone.trim().to_owned(),
            },
        }
    }

    /// "Name, phone" in one line ("" when neither is given).
    pub fn line(&self) -> String {
        [self.name.trim(), self.phone.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether neither a name nor a phone number is given.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.phone.trim().is_empty()
    }
}

/// The style of both documents: black on white, system fonts only, large print on
/// the handout, and page breaks for printing; a word longer than the line breaks
/// anywhere, and text from files set inside other words is isolated (`bdi`), so a
/// right-to-left or override character cannot reorder Steady's own words. Text from
/// files never goes in here.
const STYLE: &str = r#"
:root { color: #000; background: #fff; }
* { box-sizing: border-box; } /* i18n: not shown (font names) */
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; margin: 0 auto; max-width: 190mm; padding: 8mm; line-height: 1.4; font-size: 11pt; overflow-wrap: anywhere; }
bdi { unicode-bidi: isolate; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 14pt 0 4pt; border-bottom: 2px solid #000; }
h3 { font-size: 12pt; margin: 10pt 0 2pt; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #555; padding: 2pt 5pt; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
figure { margin: 4pt 0; }
figcaption, .small { font-size: 9pt; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; }
.chart { width: 100%; }
figure, tr, .box, .exercise, .ticks { break-inside: avoid; }
h2, h3 { break-after: avoid; }
.sheet + .sheet { break-before: page; }
details summary { cursor: pointer; }
.box { border: 3px solid #000; padding: 6pt 10pt; margin: 8pt 0; }
.handout { font-size: 14pt; line-height: 1.15; max-width: none; padding: 0 4mm; }
.handout h1 { font-size: 22pt; margin: 0; }
.handout header p { margin: 0 0 2pt; }
.handout h2 { font-size: 15pt; margin: 0 0 1pt; border: 0; }
.handout ul { margin: 1pt 0; padding-left: 1em; }
.handout p { margin: 1pt 0; }
#handout-safety ul { columns: 2; column-gap: 8mm; }
.handout .flow > section { margin: 0 0 4pt; }
.handout .box { margin: 2pt 0 4pt; padding: 3pt 6pt; }
#handout-safety { break-inside: auto; }
#handout-safety li { break-inside: avoid; }
.pair { display: flex; gap: 8mm; break-inside: avoid; }
.pair > .exercise { flex: 0 1 calc(50% - 4mm); min-width: 0; }
.exercise { border-top: 2px solid #000; padding-top: 2pt; margin-top: 3pt; display: flow-root; }
.exercise .picture { float: right; width: 36%; margin: 0 0 2pt 4pt; }
.exercise .picture svg { width: 100%; display: block; }
.exercise ol { margin: 1pt 0 1pt 1.1em; padding: 0; }
#handout-ticks { break-inside: avoid; margin-top: 4pt; }
.tiers .tier { margin: 2pt 0; padding-left: 6pt; border-left: 4px solid #000; }
.handout.large { font-size: 18pt; line-height: 1.3; }
.handout.large h1 { font-size: 28pt; }
.handout.large h2 { font-size: 22pt; }
.handout.large #handout-safety ul { columns: 1; }
.handout.large .exercise { break-inside: avoid; min-height: 120mm; margin-top: 8pt; }
.handout.large .exercise .picture { float: none; width: 70%; max-width: 110mm; margin: 4pt 0; }
.handout.large .ticks td, .handout.large .ticks th { font-size: 18pt; height: 30pt; }
.ticks { width: 100%; table-layout: fixed; }
.ticks td, .ticks th { text-align: center; height: 24pt; font-size: 14pt; padding: 1pt; }
.tickbox { display: inline-block; width: 18pt; height: 18pt; border: 2px solid #000; }
@page { margin: 12mm; }
@media print {
  body { padding: 0; max-width: none; }
  a { color: #000; text-decoration: none; }
}
"#;

/// A whole page: the document's language, title, style and body.
fn page(title: &str, class: &str, body: &Markup) -> String {
    let lang = crate::i18n::language().tag();
    html! {
        (maud::DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1"; // i18n: not shown
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body class=(class) { (body) }
        }
    }
    .into_string()
}

/// A bundled exercise picture, black on white, as SVG markup to inline: its three
/// drawn colours (`assets/exercises/README.md`: figure, arrow, props) become black,
/// black and mid grey, and the namespace attribute goes (inline SVG in HTML needs
/// none, and the document then names no URL at all). `None` for an unknown name.
fn picture(name: &str, label: &str) -> Option<Markup> {
    let svg = crate::routine::pictures::svg(name)?;
    let text = std::str::from_utf8(svg).ok()?;
    let text = text
        .replace(r#" xmlns="http://www.w3.org/2000/svg""#, "")
        .replace("#1a1a1a", "#000000")
        .replace("#d04000", "#000000")
        .replace("#6b6b6b", "#777777");
    // The bundled drawings are Steady's own files (checked by tests/pictures.rs), not
    // text from the person: they go in as they are, with an accessible name added.
    let opening = text.find("<svg")?;
    let (label, rest) = (html! { (label) }.into_string(), &text[opening + 4..]);
    let labelled = format!("<svg role=\"img\" aria-label=\"{label}\"{rest}"); // i18n: not shown
    Some(PreEscaped(labelled))
}

/// A number with one decimal, in the person's notation ("4.5", "4,5"), or "–".
fn one_decimal(value: Option<f32>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |v| format!("{v:.1}").replace('.', &crate::t!("review-decimal-point")),
    )
}
