//! The exercise pictures on screen: a bundled SVG line drawing (`routine::pictures`)
//! recoloured for the theme, rasterised with resvg at the size it is shown (so it
//! stays sharp at every text size), kept as a texture per (picture, theme, pixel
//! width), and drawn with its accessible name ("Picture: Sit to stand"). It is not a
//! control: it takes no clicks or focus.

use std::collections::HashMap;

use egui::{Color32, TextureHandle, Vec2};

use crate::routine::pictures;
use crate::state::Theme;
use crate::t;

/// The three colours of a picture in a theme (the drawings' colour contract:
/// `assets/exercises/README.md`), each at least 3:1 against the window (WCAG 1.4.11,
/// graphics; `tests/contrast.rs` measures it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PictureColours {
    /// The person: strokes and the head.
    pub figure: Color32,
    /// The movement arrow.
    pub arrow: Color32,
    /// Chair, wall, counter, floor and other props.
    pub props: Color32,
}

/// The colours the drawings are made in (and the light theme shows).
const DRAWN: [&str; 3] = ["#1a1a1a", "#d04000", "#6b6b6b"];

/// A picture's colours in a theme: dark on light, light on dark, and white and yellow
/// on black in high contrast.
pub fn colours(theme: Theme) -> PictureColours {
    let rgb = Color32::from_rgb;
    match theme {
        Theme::Light => PictureColours {
            figure: rgb(0x1a, 0x1a, 0x1a),
            arrow: rgb(0xd0, 0x40, 0x00),
            props: rgb(0x6b, 0x6b, 0x6b),
        },
        Theme::Dark => PictureColours {
            figure: Color32::from_gray(235),
            arrow: rgb(255, 140, 66),
            props: Color32::from_gray(160),
        },
        Theme::HighContrast => PictureColours {
            figure: Color32::WHITE,
            arrow: rgb(255, 221, 0),
            props: Color32::from_gray(180),
        },
    }
}

fn hex(c: Color32) -> String {
    format!("#{:02x}{:02x}{:02x}", c.r(), c.g(), c.b())
}

/// The SVG text with the theme's colours in place of the drawn ones.
pub fn recoloured(svg: &[u8], theme: Theme) -> String {
    let c = colours(theme);
    let mut text = String::from_utf8_lossy(svg).into_owned();
    // Through placeholders, so a new colour that equals another drawn one is not
    // replaced twice.
    for (i, drawn) in DRAWN.iter().enumerate() {
        text = text.replace(drawn, &format!("@steady-colour-{i}@"));
    }
    for (i, colour) in [c.figure, c.arrow, c.props].into_iter().enumerate() {
        text = text.replace(&format!("@steady-colour-{i}@"), &hex(colour));
    }
    text
}

/// A bundled picture, recoloured for `theme`, as an image `width` pixels wide (its
/// height follows the drawing's 2:1 shape). `None` for an unknown name or a drawing
/// that does not parse (a test parses them all).
pub fn rasterise(name: &str, theme: Theme, width: u32) -> Option<egui::ColorImage> {
    let svg = pictures::svg(name)?;
    let text = recoloured(svg, theme);
    let tree = resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default()).ok()?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width.max(1), height)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(egui::ColorImage::from_rgba_premultiplied(
        [pixmap.width() as usize, pixmap.height() as usize],
        pixmap.data(),
    ))
}

/// Textures already made, by (picture, theme, pixel width).
#[derive(Clone, Default)]
struct Cache(HashMap<(&'static str, Theme, u32), TextureHandle>);

/// More than this many textures and the cache starts again (sizes change with the
/// window and the text size; the pictures on screen are made again at once).
const CACHE_LIMIT: usize = 64;

/// The texture of a picture at a pixel width, made once.
fn texture(
    ctx: &egui::Context,
    name: &'static str,
    theme: Theme,
    width: u32,
) -> Option<TextureHandle> {
    let id = egui::Id::unique("steady-picture-textures");
    let key = (name, theme, width);
    if let Some(found) =
        ctx.data_mut(|d| d.get_temp_mut_or_default::<Cache>(id).0.get(&key).cloned())
    {
        return Some(found);
    }
    let image = rasterise(name, theme, width)?;
    let handle = ctx.load_texture(
        format!("picture-{name}-{theme:?}-{width}"), // i18n: not shown
        image,
        egui::TextureOptions::LINEAR,
    );
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(id);
        if cache.0.len() >= CACHE_LIMIT {
            cache.0.clear();
        }
        cache.0.insert(key, handle.clone());
    });
    Some(handle)
}

/// The accessible name of an exercise's picture.
pub fn picture_name(exercise: &str) -> String {
    t!("picture-of", name = exercise)
}

/// Draws the picture `name` of the exercise `exercise`, `width` points wide (half as
/// high), in the current theme. Nothing is drawn for an unknown name.
pub fn picture_ui(
    ui: &mut egui::Ui,
    name: &'static str,
    exercise: &str,
    width: f32,
) -> Option<egui::Response> {
    let theme = super::theme_of(ui.visuals());
    // Whole steps of 32 pixels: a window being resized does not redraw the picture at
    // every pixel.
    let pixels = (width * ui.ctx().pixels_per_point()).max(32.0);
    let pixels = (pixels / 32.0).ceil() as u32 * 32;
    let texture = texture(ui.ctx(), name, theme, pixels)?;
    let size = Vec2::new(width, width * texture.aspect_ratio().recip());
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().image(
        texture.id(),
        rect,
        egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
        Color32::WHITE,
    );
    let label = picture_name(exercise);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
    Some(response)
}
