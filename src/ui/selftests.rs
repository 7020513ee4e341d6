//! The guided self-tests: the Self-tests place (reached from Home: the tests, the
//! result just kept with its chart), the flow of one test in the player's style (its
//! safety screen, "3, 2, 1, Go", one very large press target that Space also presses,
//! the chair-stand count with big − and +, the fatigue questions, and a Stop that keeps
//! nothing), used as well for a test inside a routine's session, and the charts: one per
//! test (per stance for balance) over time with the person's baseline, a shaded
//! real-change band, the time of day of each result, an accessible name and a summary
//! in words. Draws only; returns `SelfTestCommand`s.

use std::time::Duration;

use egui::{Key, Modifiers, RichText, Vec2};
use egui_plot::{HLine, MarkerShape, Plot, PlotPoints, Points, Polygon};

use crate::history::selftests::TestRecord;
use crate::history::test_stats::{Change, TestSeries, series};
use crate::routine::TestKind;
use crate::session::selftest::{
    Aid, CHAIR_STAND_SECS, EventKind, FATIGUE_ANSWER_MAX, FATIGUE_QUESTIONS, Phase, SelfTestRun,
    Stance,
};
use crate::state::Command;
use crate::state::command::SelfTestCommand;
use crate::state::selftests::{SelfTestView, TestHistory};
use crate::t;

use super::{BIG_BUTTON_HEIGHT, big_button, bold, choice_button, name_for_screen_readers, note_ui};

/// Height of the one big press target.
const PRESS_HEIGHT: f32 = 160.0;
/// Size of the test clock's digits.
const CLOCK_SIZE: f32 = 110.0;

fn push(commands: &mut Vec<Command>, command: SelfTestCommand) {
    commands.push(Command::SelfTest(command));
}

/// The Self-tests place: a test under way, the result just kept, or the list.
pub fn selftests_ui(
    ui: &mut egui::Ui,
    view: &SelfTestView,
    tests: &TestHistory,
    now: Duration,
    commands: &mut Vec<Command>,
) {
    if let Some(run) = &view.run {
        run_ui(ui, run, now, commands);
        return;
    }
    if let Some(why) = &view.save_error {
        note_ui(ui, &t!("selftest-not-kept-title"), why);
        ui.horizontal_wrapped(|ui| {
            if big_button(ui, &t!("selftest-try-again"), 0.0).clicked() {
                push(commands, SelfTestCommand::RetrySave);
            }
            if big_button(ui, &t!("selftest-back"), 0.0).clicked() {
                push(commands, SelfTestCommand::Done);
            }
        });
        return;
    }
    if let Some(first) = view.kept.first() {
        result_ui(ui, &view.kept, first.kind, &tests.records, commands);
        return;
    }
    list_ui(ui, tests, commands);
}

fn list_ui(ui: &mut egui::Ui, tests: &TestHistory, commands: &mut Vec<Command>) {
    ui.label(bold(t!("selftest-title"), 32.0));
    ui.add(egui::Label::new(RichText::new(t!("selftest-intro")).size(20.0)).wrap());
    ui.add_space(8.0);
    for kind in TestKind::ALL {
        super::card_frame(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(crate::i18n::test_name(kind), 24.0));
            ui.add(egui::Label::new(RichText::new(about(kind)).size(20.0)).wrap());
            let mine: Vec<&TestRecord> = tests.records.iter().filter(|r| r.kind == kind).collect();
            if let Some(last) = mine.last() {
                ui.label(
                    RichText::new(t!(
                        "selftest-last-result",
                        when = when(last),
                        value = crate::i18n::test_value(last.kind, last.tenths),
                        count = mine.len()
                    ))
                    .size(18.0),
                );
            }
            let start = big_button(ui, &t!("selftest-start"), 200.0);
            name_for_screen_readers(
                &start,
                &t!("selftest-start-name", test = crate::i18n::test_name(kind)),
            );
            if start.clicked() {
                push(commands, SelfTestCommand::Choose(kind));
            }
        });
        ui.add_space(6.0);
    }
    if !tests.problems.is_empty() {
        let lines: Vec<String> = tests.problems.iter().map(ToString::to_string).collect();
        note_ui(ui, &t!("review-unreadable-files"), &lines.join("\n"));
    }
    ui.add_space(8.0);
    charts_ui(ui, &tests.records);
}

fn about(kind: TestKind) -> String {
    match kind {
        TestKind::FiveTimesSitToStand => t!("selftest-about-5xsts"),
        TestKind::ThirtySecondChairStand => t!("selftest-about-chair-stand"),
        TestKind::StandingBalance => t!("selftest-about-balance"),
        TestKind::FatigueCheck => t!("selftest-about-fatigue"),
        TestKind::TimedWalk => t!("selftest-about-walk"),
    }
}

fn result_ui(
    ui: &mut egui::Ui,
    kept: &[TestRecord],
    kind: TestKind,
    all: &[TestRecord],
    commands: &mut Vec<Command>,
) {
    ui.label(bold(
        t!("selftest-kept-title", test = crate::i18n::test_name(kind)),
        32.0,
    ));
    for r in kept {
        let line = match r.stance {
            Some(stance) => t!(
                "selftest-kept-stance",
                stance = crate::i18n::stance(stance),
                value = crate::i18n::test_value(r.kind, r.tenths)
            ),
            None => crate::i18n::test_value(r.kind, r.tenths),
        };
        ui.label(bold(line, 40.0));
    }
    if big_button(ui, &t!("selftest-back"), 0.0).clicked() {
        push(commands, SelfTestCommand::Done);
    }
    ui.add_space(8.0);
    let mine: Vec<TestRecord> = all.iter().filter(|r| r.kind == kind).cloned().collect();
    charts_ui(ui, &mine);
}

/// One test under way, in the player's style; also drawn inside a routine's session.
pub fn run_ui(ui: &mut egui::Ui, run: &SelfTestRun, now: Duration, commands: &mut Vec<Command>) {
    let test = &run.test;
    let kind = test.kind();
    ui.label(bold(crate::i18n::test_name(kind), 34.0));
    match test.phase() {
        Phase::Safety => safety_ui(ui, run, commands),
        Phase::Ready { stance } => {
            let (what, press) = match stance {
                Some(stance) => (
                    t!(
                        "selftest-balance-ready",
                        stance = crate::i18n::stance(stance)
                    ),
                    t!("selftest-in-position"),
                ),
                None => (t!("selftest-walk-ready"), t!("selftest-walk-start")),
            };
            ui.add(egui::Label::new(RichText::new(what).size(26.0)).wrap());
            press_ui(ui, &press, commands);
        }
        Phase::Countdown { go_at, .. } => {
            let left = go_at.saturating_sub(now);
            let n = left.as_secs() + u64::from(left.subsec_nanos() > 0);
            ui.label(bold(t!("selftest-get-ready"), 30.0));
            ui.label(bold(n.max(1).to_string(), CLOCK_SIZE));
        }
        Phase::Running { stance, .. } => {
            let elapsed = test.elapsed(now);
            if run.last == Some(EventKind::Go) || matches!(run.last, Some(EventKind::Halfway)) {
                let said = if run.last == Some(EventKind::Halfway) {
                    t!("selftest-halfway")
                } else {
                    t!("selftest-go")
                };
                ui.label(bold(said, 30.0));
            }
            let (clock, press) = match (kind, stance) {
                (TestKind::ThirtySecondChairStand, _) => {
                    let left =
                        Duration::from_secs(u64::from(CHAIR_STAND_SECS)).saturating_sub(elapsed);
                    (super::clock_text(left), None)
                }
                (TestKind::StandingBalance, Some(stance)) => (
                    tenths_clock(elapsed),
                    Some((
                        t!(
                            "selftest-balance-hold",
                            stance = crate::i18n::stance(stance)
                        ),
                        t!("selftest-touched-down"),
                    )),
                ),
                (TestKind::TimedWalk, _) => (
                    tenths_clock(elapsed),
                    Some((t!("selftest-walk-running"), t!("selftest-walk-stop"))),
                ),
                _ => (
                    tenths_clock(elapsed),
                    Some((t!("selftest-5xsts-running"), t!("selftest-5xsts-done"))),
                ),
            };
            ui.label(bold(clock, CLOCK_SIZE));
            match press {
                Some((what, press)) => {
                    ui.add(egui::Label::new(RichText::new(what).size(24.0)).wrap());
                    press_ui(ui, &press, commands);
                }
                None => {
                    ui.add(
                        egui::Label::new(RichText::new(t!("selftest-chair-running")).size(24.0))
                            .wrap(),
                    );
                }
            }
        }
        Phase::Count { stands } => count_ui(ui, stands, commands),
        Phase::Questions { answers } => questions_ui(ui, &answers, test.can_confirm(), commands),
        Phase::Finished | Phase::Abandoned => {}
    }
    if !test.measures().is_empty() && kind == TestKind::StandingBalance {
        ui.add_space(8.0);
        for m in test.measures() {
            if let Some(stance) = m.stance {
                ui.label(
                    RichText::new(t!(
                        "selftest-kept-stance",
                        stance = crate::i18n::stance(stance),
                        value = crate::i18n::test_value(kind, m.tenths)
                    ))
                    .size(20.0),
                );
            }
        }
    }
    ui.add_space(16.0);
    if !matches!(test.phase(), Phase::Safety) && big_button(ui, &t!("selftest-stop"), 0.0).clicked()
    {
        push(commands, SelfTestCommand::Stop);
    }
    if !matches!(test.phase(), Phase::Safety) {
        ui.label(RichText::new(t!("selftest-keys")).size(16.0));
    }
}

fn safety_ui(ui: &mut egui::Ui, run: &SelfTestRun, commands: &mut Vec<Command>) {
    let kind = run.test.kind();
    ui.label(bold(t!("selftest-safety-title"), 26.0));
    let mut lines = vec![t!("selftest-safety-weakness"), t!("selftest-safety-dizzy")];
    if kind.needs_company() {
        lines.push(t!("selftest-safety-company"));
    }
    if kind.is_standing() {
        lines.push(t!("selftest-safety-stop"));
    }
    for line in lines {
        ui.add(egui::Label::new(RichText::new(format!("• {line}")).size(22.0)).wrap());
    }
    ui.add_space(8.0);
    ui.label(bold(t!("selftest-how"), 24.0));
    ui.add(egui::Label::new(RichText::new(how(kind)).size(22.0)).wrap());
    let aids = Aid::for_test(kind);
    if !aids.is_empty() {
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            for aid in aids {
                let used = run.test.aids().contains(aid);
                let (no, yes) = aid_words(*aid);
                for (text, on) in [(no, false), (yes, true)] {
                    if choice_button(ui, &text, used == on, 0.0).clicked() && used != on {
                        push(commands, SelfTestCommand::Aid(*aid, on));
                    }
                }
            }
        });
    }
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        if big_button(ui, &t!("selftest-begin"), 260.0).clicked() {
            push(commands, SelfTestCommand::Begin);
        }
        if big_button(ui, &t!("selftest-not-today"), 0.0).clicked() {
            push(commands, SelfTestCommand::Stop);
        }
    });
}

fn how(kind: TestKind) -> String {
    match kind {
        TestKind::FiveTimesSitToStand => t!("selftest-how-5xsts"),
        TestKind::ThirtySecondChairStand => t!("selftest-how-chair-stand"),
        TestKind::StandingBalance => t!("selftest-how-balance"),
        TestKind::FatigueCheck => t!("selftest-how-fatigue"),
        TestKind::TimedWalk => t!("selftest-how-walk"),
    }
}

fn aid_words(aid: Aid) -> (String, String) {
    match aid {
        Aid::Armrests => (t!("selftest-arms-crossed"), t!("selftest-armrests")),
        Aid::WalkingAid => (t!("selftest-no-walking-aid"), t!("selftest-walking-aid")),
        Aid::Helper => (t!("selftest-no-helper"), t!("selftest-helper")),
    }
}

/// The one very large press target.
fn press_ui(ui: &mut egui::Ui, text: &str, commands: &mut Vec<Command>) {
    let width = ui.available_width().min(720.0);
    let response = super::steady_button(
        ui,
        egui::Button::new(bold(text, 34.0)).min_size(Vec2::new(width, PRESS_HEIGHT)),
        text,
    );
    if response.clicked() {
        push(commands, SelfTestCommand::Press);
    }
}

fn count_ui(ui: &mut egui::Ui, stands: u32, commands: &mut Vec<Command>) {
    ui.label(bold(t!("selftest-chair-stop"), 30.0));
    ui.label(RichText::new(t!("selftest-chair-count")).size(24.0));
    ui.horizontal(|ui| {
        let minus = big_button(ui, "−", 120.0);
        name_for_screen_readers(&minus, &t!("selftest-one-fewer"));
        if minus.clicked() {
            push(commands, SelfTestCommand::Adjust(-1));
        }
        ui.label(bold(t!("selftest-stands", count = stands), 56.0));
        let plus = big_button(ui, "+", 120.0);
        name_for_screen_readers(&plus, &t!("selftest-one-more"));
        if plus.clicked() {
            push(commands, SelfTestCommand::Adjust(1));
        }
    });
    if big_button(ui, &t!("selftest-keep"), 260.0).clicked() {
        push(commands, SelfTestCommand::Confirm);
    }
}

fn questions_ui(
    ui: &mut egui::Ui,
    answers: &[Option<u8>; FATIGUE_QUESTIONS],
    complete: bool,
    commands: &mut Vec<Command>,
) {
    ui.add(egui::Label::new(RichText::new(t!("selftest-fatigue-own")).size(18.0)).wrap());
    for (q, answer) in answers.iter().enumerate() {
        ui.add_space(6.0);
        let question = fatigue_question(q);
        ui.add(egui::Label::new(bold(&question, 22.0)).wrap());
        ui.horizontal_wrapped(|ui| {
            for value in 0..=FATIGUE_ANSWER_MAX {
                let word = fatigue_answer(value);
                let response = choice_button(ui, &word, *answer == Some(value), 0.0);
                name_for_screen_readers(
                    &response,
                    &t!(
                        "selftest-answer-name",
                        answer = word.as_str(),
                        question = question.as_str()
                    ),
                );
                if response.clicked() {
                    push(commands, SelfTestCommand::Answer { question: q, value });
                }
            }
        });
    }
    ui.add_space(8.0);
    let keep = ui.add_enabled_ui(complete, |ui| big_button(ui, &t!("selftest-keep"), 260.0));
    if keep.inner.clicked() {
        push(commands, SelfTestCommand::Confirm);
    }
}

fn fatigue_question(q: usize) -> String {
    match q {
        0 => t!("selftest-fatigue-q1"),
        1 => t!("selftest-fatigue-q2"),
        2 => t!("selftest-fatigue-q3"),
        3 => t!("selftest-fatigue-q4"),
        _ => t!("selftest-fatigue-q5"),
    }
}

fn fatigue_answer(value: u8) -> String {
    match value {
        0 => t!("selftest-answer-0"),
        1 => t!("selftest-answer-1"),
        2 => t!("selftest-answer-2"),
        3 => t!("selftest-answer-3"),
        _ => t!("selftest-answer-4"),
    }
}

/// The keys of a test under way: Space presses the big target, Enter keeps a count or
/// the answers, Esc stops the test (nothing is kept). At the safety screen the keys
/// act on the focused button instead.
pub fn shortcuts(ctx: &egui::Context, run: &SelfTestRun, commands: &mut Vec<Command>) {
    let phase = run.test.phase();
    if matches!(phase, Phase::Safety) {
        return;
    }
    ctx.input_mut(|input| {
        if matches!(phase, Phase::Ready { .. } | Phase::Running { .. })
            && input.consume_key(Modifiers::NONE, Key::Space)
        {
            push(commands, SelfTestCommand::Press);
        }
        if matches!(phase, Phase::Count { .. }) {
            for (key, delta) in [(Key::ArrowUp, 1), (Key::ArrowDown, -1)] {
                if input.consume_key(Modifiers::NONE, key) {
                    push(commands, SelfTestCommand::Adjust(delta));
                }
            }
            if input.consume_key(Modifiers::NONE, Key::Enter) {
                push(commands, SelfTestCommand::Confirm);
            }
        }
        if input.consume_key(Modifiers::NONE, Key::Escape) {
            push(commands, SelfTestCommand::Stop);
        }
    });
}

/// "12.3 s" with the language's decimal point.
fn tenths_clock(d: Duration) -> String {
    let tenths = u32::try_from(d.as_millis() / 100).unwrap_or(u32::MAX);
    crate::i18n::tenths(tenths)
}

fn when(r: &TestRecord) -> String {
    crate::i18n::test_when(&r.at)
}

fn series_name(s: &TestSeries) -> String {
    crate::i18n::test_series(s)
}

/// One chart per test (per stance for balance), each with its summary in words.
pub fn charts_ui(ui: &mut egui::Ui, records: &[TestRecord]) {
    let all = series(records);
    if all.is_empty() {
        return;
    }
    ui.label(bold(t!("selftest-charts-title"), 26.0));
    ui.add(egui::Label::new(RichText::new(t!("selftest-charts-about")).size(18.0)).wrap());
    for s in &all {
        ui.add_space(8.0);
        chart_ui(ui, s, records);
    }
}

fn chart_ui(ui: &mut egui::Ui, s: &TestSeries, records: &[TestRecord]) {
    let name = series_name(s);
    ui.label(bold(&name, 22.0));
    let Some(first) = s.points.first() else {
        return;
    };
    let origin = first.at;
    let x = |at: chrono::DateTime<chrono::FixedOffset>| {
        (at - origin).num_minutes() as f64 / (24.0 * 60.0)
    };
    let y = |tenths: u32| f64::from(tenths) / 10.0;
    let last_x = s.points.last().map_or(0.0, |p| x(p.at)).max(1.0);
    let top = s
        .points
        .iter()
        .map(|p| y(p.tenths))
        .fold(s.baseline.map_or(0.0, |b| y(b.tenths)), f64::max);
    let top = if s.kind == TestKind::StandingBalance {
        31.0
    } else {
        top * 1.4 + 1.0
    };
    // Any whole day on the axis is labelled with its date.
    let pattern = t!("date-day-month-short");
    let mut plot_points: [Vec<[f64; 2]>; 3] = Default::default();
    for p in &s.points {
        let slot = match p.change {
            Change::Better => 1,
            Change::Worse => 2,
            _ => 0,
        };
        plot_points[slot].push([x(p.at), y(p.tenths)]);
    }
    let baseline = s.baseline;
    let fg = ui.visuals().text_color();
    let band_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.25);
    let chart = Plot::new(format!(
        "selftest-{}-{:?}-{:?}",
        s.kind.label(),
        s.stance.map(Stance::rung),
        s.aids
    ))
    .height(180.0)
    .allow_drag(false)
    .allow_zoom(false)
    .allow_scroll(false)
    .allow_boxed_zoom(false)
    .include_y(0.0)
    .include_y(top)
    .include_x(-0.5)
    .include_x(last_x + 0.5)
    .x_axis_formatter(move |mark, _| {
        let whole = mark.value.round();
        if whole < 0.0 || (mark.value - whole).abs() > 1e-6 {
            return String::new();
        }
        origin
            .checked_add_signed(chrono::Duration::days(whole as i64))
            .map(|day| crate::i18n::dates(&day, &pattern))
            .unwrap_or_default()
    })
    .show(ui, |plot| {
        if let Some(b) = baseline {
            let low = y(b.low).min(top);
            let high = y(b.high).min(top);
            plot.polygon(
                Polygon::new(
                    t!("selftest-chart-band"),
                    PlotPoints::new(vec![
                        [-0.5, low],
                        [last_x + 0.5, low],
                        [last_x + 0.5, high],
                        [-0.5, high],
                    ]),
                )
                .fill_color(band_fill)
                .stroke(egui::Stroke::NONE),
            );
            plot.hline(HLine::new(t!("selftest-chart-baseline"), y(b.tenths)).color(fg));
        }
        for (slot, shape) in [
            (0, MarkerShape::Circle),
            (1, MarkerShape::Up),
            (2, MarkerShape::Down),
        ] {
            plot.points(
                Points::new(
                    t!("selftest-chart-results"),
                    PlotPoints::new(plot_points[slot].clone()),
                )
                .shape(shape)
                .filled(true)
                .radius(if slot == 0 { 5.0 } else { 8.0 })
                .color(fg),
            );
        }
    });
    let summary = crate::i18n::test_summary(s);
    name_for_screen_readers(
        &chart.response,
        &t!(
            "selftest-chart-name",
            series = name.as_str(),
            summary = summary.as_str()
        ),
    );
    ui.add(egui::Label::new(RichText::new(&summary).size(20.0)).wrap());
    // Each result in words, newest first, with its time of day.
    for p in s.points.iter().rev().take(12) {
        let record = records
            .iter()
            .find(|r| r.at == p.at && r.kind == s.kind && r.stance == s.stance && r.aids == s.aids);
        let at = record.map_or_else(String::new, when);
        let words = crate::i18n::test_change(s.kind, p.change).unwrap_or_default();
        ui.add(
            egui::Label::new(
                RichText::new(t!(
                    "selftest-result-line",
                    when = at,
                    value = crate::i18n::test_value_with_condition(s.kind, p.tenths, &s.aids),
                    change = words
                ))
                .size(18.0),
            )
            .wrap(),
        );
    }
    ui.add_space(BIG_BUTTON_HEIGHT / 4.0);
}
