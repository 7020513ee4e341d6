//! The report's charts as inline SVG, written by hand in maud templates: a bar chart
//! with a target line, a 0–10 trend with the single sessions marked, and a calendar
//! strip. A plotting crate (plotters' SVG backend) was weighed: these three charts
//! are a few dozen lines each, while plotters brings its own text layout and fonts
//! and escapes nothing we would pass it. Greyscale only: shapes and dashes, not
//! colours, tell series apart, so the charts survive a black-and-white printer.

use maud::{Markup, html};

/// The drawing's width in SVG units (it scales to the page's width).
pub const WIDTH: f32 = 680.0;
const LEFT: f32 = 34.0;
const RIGHT: f32 = 8.0;
const TOP: f32 = 10.0;
const BOTTOM: f32 = 22.0;

/// Coordinates with one decimal: small files, no visible rounding.
fn n(v: f32) -> String {
    format!("{v:.1}")
}

/// At most about a dozen labels under a chart, evenly spaced.
fn label_every(count: usize) -> usize {
    count.div_ceil(12).max(1)
}

/// One bar: its label, the sessions done and the prescription for its time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub done: u32,
    pub target: u32,
}

/// Bars of sessions done, each with its target as a thick dashed line across it.
/// `spoken` is the chart's accessible name (the numbers are in a table beside it).
pub fn bars(bars: &[Bar], spoken: &str) -> Markup {
    let height = 150.0;
    let top_value = bars
        .iter()
        .map(|b| b.done.max(b.target))
        .max()
        .unwrap_or(1)
        .max(1);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = height - TOP - BOTTOM;
    let y = |v: u32| TOP + plot_h - plot_h * v as f32 / top_value as f32;
    let slot = plot_w / bars.len().max(1) as f32;
    let every = label_every(bars.len());
    let step = top_value.div_ceil(5).max(1);
    html! {
        svg class="chart" viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(spoken) {
            @for v in (0..=top_value).step_by(step as usize) {
                line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(v))) y2=(n(y(v))) stroke="#bbb" stroke-width="0.5" {}
                text x=(n(LEFT - 4.0)) y=(n(y(v) + 3.5)) font-size="10" text-anchor="end" { (v) }
            }
            @for (i, b) in bars.iter().enumerate() {
                @let x = LEFT + slot * i as f32;
                rect x=(n(x + slot * 0.2)) y=(n(y(b.done))) width=(n(slot * 0.6)) height=(n(y(0) - y(b.done))) fill="#555" {}
                line x1=(n(x + slot * 0.08)) x2=(n(x + slot * 0.92)) y1=(n(y(b.target))) y2=(n(y(b.target))) stroke="#000" stroke-width="2.5" stroke-dasharray="5 2" {}
                @if i % every == 0 {
                    text x=(n(x + slot / 2.0)) y=(n(height - 6.0)) font-size="10" text-anchor="middle" { (b.label) }
                }
            }
            line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(0))) y2=(n(y(0))) stroke="#000" stroke-width="1" {}
        }
    }
}

/// A point on the 0–10 chart: days from the chart's start, and the value.
pub type Point = (f32, f32);

/// Effort and fatigue (0–10) over `days` days: a solid line of effort's and a dashed
/// line of fatigue's average per week or month (`*_trend`), and every session's own
/// values as small marks (effort a filled circle, fatigue an open square), the
/// session markers. Labels (`ticks`: day offset and text) go below.
pub fn trend(
    days: f32,
    effort: &[Point],
    fatigue: &[Point],
    effort_trend: &[Point],
    fatigue_trend: &[Point],
    ticks: &[(f32, String)],
    spoken: &str,
) -> Markup {
    let height = 190.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = height - TOP - BOTTOM;
    let x = |d: f32| LEFT + plot_w * (d / days.max(1.0)).clamp(0.0, 1.0);
    let y = |v: f32| TOP + plot_h - plot_h * v.clamp(0.0, 10.0) / 10.0;
    let path = |points: &[Point]| -> String {
        points
            .iter()
            .map(|&(d, v)| format!("{},{}", n(x(d)), n(y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    html! {
        svg class="chart" viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(spoken) {
            @for v in [0u8, 2, 4, 6, 8, 10] {
                line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(f32::from(v)))) y2=(n(y(f32::from(v)))) stroke="#bbb" stroke-width="0.5" {}
                text x=(n(LEFT - 4.0)) y=(n(y(f32::from(v)) + 3.5)) font-size="10" text-anchor="end" { (v) }
            }
            @for (d, label) in ticks {
                text x=(n(x(*d))) y=(n(height - 6.0)) font-size="10" text-anchor="middle" { (label) }
            }
            @for &(d, v) in fatigue {
                rect x=(n(x(d) - 1.6)) y=(n(y(v) - 1.6)) width="3.2" height="3.2" fill="none" stroke="#888" stroke-width="0.6" {}
            }
            @for &(d, v) in effort {
                circle cx=(n(x(d))) cy=(n(y(v))) r="1.4" fill="#888" {}
            }
            polyline points=(path(fatigue_trend)) fill="none" stroke="#000" stroke-width="2.5" stroke-dasharray="7 4" {}
            polyline points=(path(effort_trend)) fill="none" stroke="#000" stroke-width="3" {}
        }
    }
}

/// One day on the calendar strip.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Day {
    /// Sessions that count toward the prescription.
    pub counted: u32,
    /// Sessions that did not (stopped early before half the sets).
    pub short: u32,
    pub lighter: bool,
    /// A check-in and no session ("rest today").
    pub rested: bool,
    pub new_weakness: bool,
    pub hot: bool,
}

/// A calendar strip: a column per week (Monday at the top), a square per day. Black: a
/// session that counts; grey: only a short one; open: nothing; a diagonal: a rest
/// day after a check-in; a white dot inside: a lighter day; a triangle above the
/// square's corner: new weakness; a ring: feeling hot. `weeks` is oldest first, each
/// with its first day's label (shown every few weeks).
pub fn calendar(weeks: &[(String, [Option<Day>; 7])], spoken: &str) -> Markup {
    let cell = 11.0;
    let gap = 2.0;
    let left = 26.0;
    let top = 4.0;
    let height = top + 7.0 * (cell + gap) + 16.0;
    let width = (left + weeks.len() as f32 * (cell + gap) + 4.0).max(200.0);
    let every = label_every(weeks.len()).max(4);
    html! {
        svg class="chart" viewBox=(format!("0 0 {} {height}", n(width))) role="img" aria-label=(spoken) {
            @for (row, label) in [(0, "1"), (3, "4"), (6, "7")] {
                text x="2" y=(n(top + row as f32 * (cell + gap) + cell - 2.0)) font-size="9" { (label) }
            }
            @for (col, (label, days)) in weeks.iter().enumerate() {
                @let x = left + col as f32 * (cell + gap);
                @for (row, day) in days.iter().enumerate() {
                    @if let Some(day) = day {
                        @let y = top + row as f32 * (cell + gap);
                        @let fill = if day.counted > 0 { "#000" } else if day.short > 0 { "#999" } else { "#fff" };
                        rect x=(n(x)) y=(n(y)) width=(n(cell)) height=(n(cell)) fill=(fill) stroke="#000" stroke-width="0.7" {}
                        @if day.rested {
                            line x1=(n(x)) y1=(n(y + cell)) x2=(n(x + cell)) y2=(n(y)) stroke="#000" stroke-width="1" {}
                        }
                        @if day.lighter {
                            circle cx=(n(x + cell / 2.0)) cy=(n(y + cell / 2.0)) r="2.2" fill="#fff" stroke="#000" stroke-width="0.5" {}
                        }
                        @if day.hot {
                            circle cx=(n(x + cell / 2.0)) cy=(n(y + cell / 2.0)) r=(n(cell / 2.0 + 0.2)) fill="none" stroke="#000" stroke-width="1.4" {}
                        }
                        @if day.new_weakness {
                            polygon points=(format!("{},{} {},{} {},{}", n(x + cell - 5.0), n(y), n(x + cell + 1.0), n(y), n(x + cell + 1.0), n(y + 6.0))) fill="#000" stroke="#fff" stroke-width="0.6" {}
                        }
                    }
                }
                @if col % every == 0 {
                    text x=(n(x)) y=(n(height - 4.0)) font-size="9" { (label) }
                }
            }
        }
    }
}

/// How a self-test result is marked: a dot within the usual variation (or one of the
/// first three); outside it, better a filled triangle pointing up, worse an open one
/// pointing down (shape and fill, not colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Dot,
    Better,
    Worse,
}

/// One self-test over `days` days, values from 0 to `top`: the real-change band as a
/// light grey strip (`band`: low, usual, high), the usual as a dashed line, each result
/// a mark. Labels (`ticks`: day offset and text) go below.
pub fn selftest(
    days: f32,
    top: f32,
    band: Option<(f32, f32, f32)>,
    points: &[(f32, f32, Mark)],
    ticks: &[(f32, String)],
    spoken: &str,
) -> Markup {
    let height = 160.0;
    let top = top.max(1.0);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = height - TOP - BOTTOM;
    let x = |d: f32| LEFT + plot_w * (d / days.max(1.0)).clamp(0.0, 1.0);
    let y = |v: f32| TOP + plot_h - plot_h * (v / top).clamp(0.0, 1.0);
    let step = (top / 5.0).ceil().max(1.0);
    let grid: Vec<f32> = (0..=5)
        .map(|i| i as f32 * step)
        .filter(|v| *v <= top)
        .collect();
    html! {
        svg class="chart" viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(spoken) {
            @if let Some((low, usual, high)) = band {
                rect x=(n(LEFT)) y=(n(y(high))) width=(n(plot_w)) height=(n((y(low) - y(high)).max(0.5))) fill="#e4e4e4" {}
                line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(usual))) y2=(n(y(usual))) stroke="#000" stroke-width="1.5" stroke-dasharray="6 3" {}
            }
            @for v in &grid {
                line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(*v))) y2=(n(y(*v))) stroke="#bbb" stroke-width="0.5" {}
                text x=(n(LEFT - 4.0)) y=(n(y(*v) + 3.5)) font-size="10" text-anchor="end" { (v) }
            }
            @for (d, label) in ticks {
                text x=(n(x(*d))) y=(n(height - 6.0)) font-size="10" text-anchor="middle" { (label) }
            }
            @for &(d, v, mark) in points {
                @let (cx, cy) = (x(d), y(v));
                @match mark {
                    Mark::Dot => { circle cx=(n(cx)) cy=(n(cy)) r="2.6" fill="#000" {} }
                    Mark::Better => { polygon points=(format!("{},{} {},{} {},{}", n(cx), n(cy - 4.5), n(cx - 4.0), n(cy + 3.0), n(cx + 4.0), n(cy + 3.0))) fill="#000" {} }
                    Mark::Worse => { polygon points=(format!("{},{} {},{} {},{}", n(cx), n(cy + 4.5), n(cx - 4.0), n(cy - 3.0), n(cx + 4.0), n(cy - 3.0))) fill="none" stroke="#000" stroke-width="1.2" {} }
                }
            }
            line x1=(n(LEFT)) x2=(n(WIDTH - RIGHT)) y1=(n(y(0.0))) y2=(n(y(0.0))) stroke="#000" stroke-width="1" {}
        }
    }
}
