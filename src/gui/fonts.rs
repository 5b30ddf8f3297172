//! The window's fonts: egui's own, and after them a font for Chinese and
//! Japanese. That is the system's (found through fontconfig) when the
//! window speaks one of those languages and the system has one, and
//! otherwise subsets of Noto Sans CJK built in (`assets/fonts`, written by
//! `scripts/cjk-font.sh`) that hold every character of the program's own
//! Chinese and Japanese sentences, within the binary's size budget: one
//! per language, since Chinese and Japanese draw some of the same
//! characters differently.

use std::sync::Arc;

use eframe::egui;

/// Noto Sans CJK JP and SC, the characters of the program's resources
/// only (SIL Open Font License 1.1).
const JAPANESE: &[u8] = include_bytes!("../../assets/fonts/cjk-jp.otf");
const CHINESE: &[u8] = include_bytes!("../../assets/fonts/cjk-sc.otf");

/// Installs the fonts for the language that speaks now: the built-in
/// ones, at once. The system's font for it, if it wants one
/// ([`wants_system_font`]), is looked for off the UI thread
/// ([`system_font`]) and installed when it comes ([`install_with`]).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions(&crate::i18n::current(), None));
}

/// Installs the fonts for `language` with the system's `font` for it,
/// unless another language speaks by now.
pub fn install_with(ctx: &egui::Context, language: &str, font: egui::FontData) {
    if crate::i18n::current() == language {
        ctx.set_fonts(definitions(language, Some(font)));
    }
}

/// Whether `language` is drawn better by a font of the system's: Chinese
/// and Japanese, whose built-in faces hold only the program's own
/// characters (a server's or a host's words may need others).
#[must_use]
pub fn wants_system_font(language: &str) -> bool {
    fontconfig_language(language).is_some()
}

fn fontconfig_language(language: &str) -> Option<&'static str> {
    match language.split('-').next()? {
        "ja" => Some("ja"),
        "zh" => Some("zh-cn"),
        _ => None,
    }
}

/// egui's fonts, then the system's CJK font if there is one, then the
/// built-in faces, the one of `language` first.
fn definitions(language: &str, system: Option<egui::FontData>) -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let mut faces = vec![
        ("CJK JP", egui::FontData::from_static(JAPANESE)),
        ("CJK SC", egui::FontData::from_static(CHINESE)),
    ];
    if language.starts_with("zh") {
        faces.reverse();
    }
    if let Some(system) = system {
        faces.insert(0, ("system CJK", system));
    }
    for (name, data) in faces {
        fonts.font_data.insert(name.to_owned(), Arc::new(data));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.to_owned());
        }
    }
    fonts
}

/// The system's font for `language`, when that is Chinese or Japanese and
/// fontconfig knows one. Only then: such a font is tens of megabytes in
/// memory. It runs `fc-list` and reads the font's file: call it off the UI
/// thread.
#[cfg(target_os = "linux")]
#[must_use]
pub fn system_font(language: &str) -> Option<egui::FontData> {
    let fontconfig_language = fontconfig_language(language)?;
    let listed = std::process::Command::new("fc-list")
        .args([
            "-f",
            "%{file}|%{index}|%{style}\n",
            &format!(":lang={fontconfig_language}"),
        ])
        .output()
        .ok()?;
    let listed = String::from_utf8_lossy(&listed.stdout);
    // A regular face, sans-serif before others: as the window's own text.
    let mut faces: Vec<(&str, u32, bool, bool)> = listed
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, '|');
            let file = fields.next()?;
            let index = fields.next()?.parse().ok()?;
            let style = fields.next().unwrap_or_default();
            Some((file, index, style.contains("Regular"), file.contains("Sans")))
        })
        .collect();
    faces.sort_by_key(|&(file, index, regular, sans)| (!regular, !sans, file.to_owned(), index));
    let (file, index, _, _) = faces.first()?;
    let bytes = std::fs::read(file).ok()?;
    let mut font = egui::FontData::from_owned(bytes);
    font.index = *index;
    Some(font)
}

#[cfg(not(target_os = "linux"))]
#[must_use]
pub fn system_font(_language: &str) -> Option<egui::FontData> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of every language's resources has a glyph in egui's
    /// fonts or the built-in ones: no sentence shows as boxes on a computer
    /// without a CJK font.
    #[test]
    fn the_built_in_fonts_have_every_character_of_the_resources() {
        let ctx = egui::Context::default();
        ctx.set_fonts(definitions("en-US", None));
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        for (tag, text) in crate::i18n::resource_text() {
            let missing: String = ctx.fonts_mut(|fonts| {
                text.chars()
                    .filter(|c| !c.is_control() && !fonts.has_glyph(&font, *c))
                    .collect()
            });
            assert!(
                missing.is_empty(),
                "{tag}: no glyph for {missing:?}; run scripts/cjk-font.sh"
            );
        }
    }

    /// Only Chinese and Japanese look for a font of the system's; any
    /// other language asks nothing of fontconfig.
    #[test]
    fn only_chinese_and_japanese_look_for_a_system_font() {
        assert!(wants_system_font("ja") && wants_system_font("zh-Hans"));
        assert!(!wants_system_font("de") && !wants_system_font("en-US"));
        assert!(system_font("de").is_none());
    }
}
