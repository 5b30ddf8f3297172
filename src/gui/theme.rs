//! Light and dark, and text that can be read in both: egui's own visuals
//! with every text colour raised to WCAG AA contrast (4.5:1) against every
//! background it is drawn on. The person picks System, Light or Dark; System
//! follows the desktop (`desktop.rs` asks the portal where winit cannot).

use eframe::egui::{self, Color32};
use serde::{Deserialize, Serialize};

/// The person's choice, remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Appearance {
    /// Follow the desktop's preference.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Appearance {
    /// Every choice, in the order offered.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The word the window shows.
    #[must_use]
    pub fn label(self) -> String {
        crate::i18n::text(match self {
            Self::System => "theme-system",
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        })
    }
}

/// Which theme to draw: the person's choice, else the desktop's (`dark`
/// from the portal, when it said), else what winit reports, else light —
/// as desktops draw when the person chose nothing.
#[must_use]
pub fn preference(choice: Appearance, desktop_dark: Option<bool>) -> egui::ThemePreference {
    match (choice, desktop_dark) {
        (Appearance::Light, _) | (Appearance::System, Some(false)) => egui::ThemePreference::Light,
        (Appearance::Dark, _) | (Appearance::System, Some(true)) => egui::ThemePreference::Dark,
        (Appearance::System, None) => egui::ThemePreference::System,
    }
}

/// Installs both themes' visuals and the fallback when nothing reports a
/// theme.
pub fn install(ctx: &egui::Context) {
    ctx.set_visuals_of(egui::Theme::Dark, visuals(egui::Theme::Dark));
    ctx.set_visuals_of(egui::Theme::Light, visuals(egui::Theme::Light));
    ctx.options_mut(|options| options.fallback_theme = egui::Theme::Light);
}

/// egui's visuals for `theme`, with readable text.
#[must_use]
pub fn visuals(theme: egui::Theme) -> egui::Visuals {
    let mut visuals = theme.default_visuals();
    match theme {
        egui::Theme::Dark => {
            visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(200);
            visuals.weak_text_color = Some(Color32::from_gray(150));
            visuals.error_fg_color = Color32::from_rgb(0xff, 0x6b, 0x6b);
            visuals.warn_fg_color = Color32::from_rgb(0xff, 0xa0, 0x30);
            visuals.hyperlink_color = Color32::from_rgb(0x7a, 0xb8, 0xff);
        }
        egui::Theme::Light => {
            visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(40);
            visuals.weak_text_color = Some(Color32::from_gray(95));
            visuals.error_fg_color = Color32::from_rgb(0xb4, 0x10, 0x10);
            visuals.warn_fg_color = Color32::from_rgb(0x9a, 0x4a, 0x00);
            visuals.hyperlink_color = Color32::from_rgb(0x0b, 0x57, 0xb0);
        }
    }
    // Fields and buttons show their edge (WCAG 1.4.11: 3:1 against the
    // page), not only a fill a shade away from it.
    let edge = match theme {
        egui::Theme::Dark => Color32::from_gray(120),
        egui::Theme::Light => Color32::from_gray(135),
    };
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, edge);
    // The focus outline: the selection's stroke, wide enough to see on a
    // fold header.
    visuals.selection.stroke.width = visuals.selection.stroke.width.max(2.0);
    visuals
}

/// The success and failure marks' fills, dark enough for their white
/// symbol and distinct on both themes.
#[must_use]
pub fn mark_fill(works: bool) -> Color32 {
    if works {
        Color32::from_rgb(0x15, 0x80, 0x3d)
    } else {
        Color32::from_rgb(0xc5, 0x22, 0x22)
    }
}

/// WCAG 2 contrast ratio between two opaque colours.
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour the window uses, against every background it is
    /// drawn on: the page, a window (About), a card's faint fill, a text
    /// field, and an idle button.
    fn worst_contrast(visuals: &egui::Visuals) -> (f32, String) {
        let texts = [
            ("text", visuals.text_color()),
            ("weak text", visuals.weak_text_color()),
            ("error", visuals.error_fg_color),
            ("warning", visuals.warn_fg_color),
            ("link", visuals.hyperlink_color),
            ("button text", visuals.widgets.inactive.fg_stroke.color),
        ];
        let backgrounds = [
            ("page", visuals.panel_fill),
            ("window", visuals.window_fill),
            ("card", over(visuals.faint_bg_color, visuals.panel_fill)),
            ("field", visuals.extreme_bg_color),
        ];
        let mut worst = (f32::MAX, String::new());
        for (text_name, text) in texts {
            for (background_name, background) in backgrounds {
                let ratio = contrast(text, background);
                if ratio < worst.0 {
                    worst = (ratio, format!("{text_name} on {background_name}"));
                }
            }
        }
        let button = contrast(
            visuals.widgets.inactive.fg_stroke.color,
            visuals.widgets.inactive.weak_bg_fill,
        );
        if button < worst.0 {
            worst = (button, "button text on a button".to_owned());
        }
        // A field's or button's edge and the focus ring need 3:1 (non-text
        // contrast, WCAG 1.4.11); scaled by 1.5 to compare with 4.5.
        for (name, color) in [
            ("an edge (×1.5)", visuals.widgets.inactive.bg_stroke.color),
            ("the focus ring (×1.5)", visuals.selection.stroke.color),
        ] {
            let ratio = contrast(color, visuals.panel_fill) * 1.5;
            if ratio < worst.0 {
                worst = (ratio, name.to_owned());
            }
        }
        worst
    }

    /// A translucent (premultiplied) colour painted over an opaque one.
    fn over(top: Color32, under: Color32) -> Color32 {
        let keep = 1.0 - f32::from(top.a()) / 255.0;
        let mix = |t: u8, u: u8| (f32::from(t) + f32::from(u) * keep).round().min(255.0) as u8;
        Color32::from_rgb(
            mix(top.r(), under.r()),
            mix(top.g(), under.g()),
            mix(top.b(), under.b()),
        )
    }

    #[test]
    fn every_text_reads_at_wcag_aa_in_both_themes() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let (ratio, where_) = worst_contrast(&visuals(theme));
            assert!(ratio >= 4.5, "{theme:?}: {where_} is {ratio:.2}:1");
        }
        // egui's own visuals do not (the reason for this file).
        let (ratio, _) = worst_contrast(&egui::Visuals::dark());
        assert!(ratio < 4.5);
    }

    #[test]
    fn marks_carry_white_symbols_readably() {
        for works in [true, false] {
            assert!(contrast(mark_fill(works), Color32::WHITE) >= 4.5);
        }
    }

    #[test]
    fn the_choice_wins_over_the_desktop() {
        use egui::ThemePreference as P;
        assert_eq!(preference(Appearance::Light, Some(true)), P::Light);
        assert_eq!(preference(Appearance::Dark, Some(false)), P::Dark);
        assert_eq!(preference(Appearance::System, Some(true)), P::Dark);
        assert_eq!(preference(Appearance::System, Some(false)), P::Light);
        assert_eq!(preference(Appearance::System, None), P::System);
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(118), Color32::WHITE) - 4.54).abs() < 0.05);
    }
}
