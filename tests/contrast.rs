//! Contrast, measured from the themes' own colours with WCAG 2.2's formulas: text at
//! least 4.5:1 on every fill it sits on, controls, their frames, the focus ring and the
//! chosen state at least 3:1 against what is next to them (1.4.3, 1.4.11), in light,
//! dark and high contrast, the player's phase band and the exercise pictures included.

use egui::Color32;
use steady::state::Theme;
use steady::ui::player::Phase;
use steady::ui::{STOP_RED, picture, theme_visuals};

/// Relative luminance of an sRGB colour (WCAG 2.2).
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

fn ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_formula_matches_wcag_reference_values() {
    assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((ratio(Color32::from_gray(118), Color32::WHITE) - 4.54).abs() < 0.01);
}

#[test]
fn every_theme_meets_text_and_control_contrast() {
    let mut failures = Vec::new();
    let mut check = |what: String, a: Color32, b: Color32, at_least: f64| {
        let r = ratio(a, b);
        if r < at_least {
            failures.push(format!("{what}: {r:.2}:1 < {at_least}:1 ({a:?} on {b:?})"));
        }
    };
    for theme in Theme::ALL {
        let v = theme_visuals(theme);
        let text = v
            .override_text_color
            .expect("every theme sets its text colour");
        let background = v.panel_fill;
        check(
            format!("{theme:?} text on the window"),
            text,
            background,
            4.5,
        );
        check(
            format!("{theme:?} text on a card or box"),
            text,
            v.extreme_bg_color,
            4.5,
        );
        for (state, w) in [
            ("at rest", &v.widgets.inactive),
            ("hovered", &v.widgets.hovered),
            ("pressed or focused", &v.widgets.active),
        ] {
            check(
                format!("{theme:?} button text {state}"),
                text,
                w.weak_bg_fill,
                4.5,
            );
            check(
                format!("{theme:?} button text {state} (fill)"),
                text,
                w.bg_fill,
                4.5,
            );
            check(
                format!("{theme:?} button frame {state} on the window"),
                w.bg_stroke.color,
                background,
                3.0,
            );
            assert!(
                w.bg_stroke.width >= 2.0,
                "{theme:?}: the frame {state} is too thin"
            );
        }
        assert!(
            v.widgets.active.bg_stroke.width >= 3.0,
            "{theme:?}: the focus ring must be at least 3 points"
        );
        check(
            format!("{theme:?} focus ring on a button"),
            v.widgets.active.bg_stroke.color,
            v.widgets.active.weak_bg_fill,
            3.0,
        );
        check(
            format!("{theme:?} chosen button on the window"),
            v.selection.bg_fill,
            background,
            3.0,
        );
        check(
            format!("{theme:?} text on a chosen button"),
            v.selection.stroke.color,
            v.selection.bg_fill,
            4.5,
        );
        check(format!("{theme:?} Stop's frame"), STOP_RED, background, 3.0);
        for phase in [
            Phase::GetReady,
            Phase::Work,
            Phase::Rest,
            Phase::SwitchSide,
            Phase::Done,
        ] {
            let band = phase.colours(theme);
            check(
                format!("{theme:?} {phase:?} band text"),
                band.text,
                band.fill,
                4.5,
            );
            check(
                format!("{theme:?} {phase:?} band text while it flashes"),
                band.text,
                band.pulse,
                4.5,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The exercise pictures are graphics that carry meaning (WCAG 1.4.11): the figure, the
/// arrow and the props each at least 3:1 against the window and a card, in every theme.
#[test]
fn exercise_pictures_stand_out_from_the_background_in_every_theme() {
    let mut failures = Vec::new();
    for theme in Theme::ALL {
        let v = theme_visuals(theme);
        let c = picture::colours(theme);
        for (what, colour) in [("figure", c.figure), ("arrow", c.arrow), ("props", c.props)] {
            for (on, background) in [("window", v.panel_fill), ("card", v.extreme_bg_color)] {
                let r = ratio(colour, background);
                if r < 3.0 {
                    failures.push(format!(
                        "{theme:?} picture {what} on the {on}: {r:.2}:1 < 3:1"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
