//! The header every step shares: the title, where the person is ("Step 2
//! of 3: Checking"), the theme menu and About (version, licence, what is
//! asked where, the switch for third-party lookups).

use eframe::egui;

use super::action::Action;
use super::settings::Settings;
use super::step::Step;
use super::theme;
use crate::i18n::{text as t, text_with};

/// The title row and the steps line; names the window for screen readers.
pub(super) fn header_ui(current: Step, settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    let action = title_row_ui(settings, ui);
    // The steps are one line for the eye and one sentence for a screen
    // reader ("Step 2 of 3: Checking"), not five separate labels.
    let steps = [
        (Step::Account, t("step-account")),
        (Step::Checking, t("step-checking")),
        (Step::Result, t("step-result")),
    ];
    let mut line = egui::text::LayoutJob::default();
    let style = ui.style().clone();
    for (i, (step, name)) in steps.iter().enumerate() {
        if i > 0 {
            egui::RichText::new("  ›  ").weak().append_to(
                &mut line,
                &style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
        }
        let numbered = text_with(
            "step-numbered",
            &[("number", (i + 1).into()), ("name", name.as_str().into())],
        );
        let text = egui::RichText::new(numbered);
        let text = if *step == current {
            text.strong()
        } else {
            text.weak()
        };
        text.append_to(
            &mut line,
            &style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    }
    let response = ui.label(line);
    let (number, name) = steps
        .iter()
        .enumerate()
        .find(|(_, (step, _))| *step == current)
        .map_or((1, &steps[0].1), |(i, (_, name))| (i + 1, name));
    let spoken = text_with(
        "step-spoken",
        &[
            ("number", number.into()),
            ("count", steps.len().into()),
            ("name", name.as_str().into()),
        ],
    );
    // A label's text is its value in AccessKit: both say the sentence.
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(spoken.clone());
        node.set_value(spoken.clone());
    });
    // The window itself is named, with where the person is.
    ui.ctx()
        .accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(format!("{} — {spoken}", super::TITLE));
        });
    action
}

/// The title and, beside it or below it, the menus.
fn title_row_ui(settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    // The menus sit beside the title where both fit, else on a row of
    // their own: a longer language's menu names must not cover the title.
    // Their width is known from the frame before.
    let menus_id = egui::Id::unique("header menus");
    let menus_width: f32 = ui.ctx().data(|d| d.get_temp(menus_id)).unwrap_or(0.0);
    let title_width = ui
        .painter()
        .layout_no_wrap(
            super::TITLE.to_owned(),
            egui::TextStyle::Heading.resolve(ui.style()),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x;
    let one_row = title_width + ui.spacing().item_spacing.x * 4.0 + menus_width <= ui.available_width();
    let width = if one_row {
        ui.horizontal(|ui| {
            ui.heading(super::TITLE);
            menus_ui(settings, ui, &mut action)
        })
        .inner
    } else {
        ui.heading(super::TITLE);
        ui.horizontal(|ui| menus_ui(settings, ui, &mut action)).inner
    };
    if (width - menus_width).abs() > 0.5 {
        // The first frame (or a new language) guessed; lay out again.
        ui.ctx().data_mut(|d| d.insert_temp(menus_id, width));
        ui.ctx().request_repaint();
    }
    action
}

/// About, the theme menu and the language menu, from the right; returns
/// the width they take.
fn menus_ui(settings: &Settings, ui: &mut egui::Ui, action: &mut Option<Action>) -> f32 {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if ui.button(t("about")).clicked() {
            *action = Some(Action::About);
        }
        if let Some(choice) = appearance_ui(settings.appearance, ui) {
            *action = Some(Action::Appearance(choice));
        }
        if let Some(choice) = language_ui(settings.language.as_deref(), ui) {
            *action = Some(Action::Language(choice));
        }
        ui.min_rect().width()
    })
    .inner
}

/// About, as a modal dialog: the focus moves into it (`focus`, once) and
/// stays there until Close, Esc or a click beside it. Returns whether it
/// was closed.
pub(super) fn about_ui(ctx: &egui::Context, settings: &mut Settings, focus: &mut bool) -> bool {
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        let heading = super::widgets::heading(ui, t("about-title"));
        if std::mem::take(focus) {
            heading.request_focus();
        }
        ui.label(text_with(
            "about-version",
            &[("version", env!("CARGO_PKG_VERSION").into())],
        ));
        ui.label(t("about-what"));
        ui.label(t("about-password"));
        ui.add_space(6.0);
        ui.strong(t("about-finding"));
        ui.label(t("about-lookups"));
        ui.checkbox(&mut settings.third_party_lookups, t("about-third-parties"));
        ui.label(text_with(
            "about-licence",
            &[("licence", env!("CARGO_PKG_LICENSE").into())],
        ));
        ui.add_space(6.0);
        ui.button(t("close")).clicked()
    });
    modal.inner || modal.backdrop_response.clicked()
}

/// System / Light / Dark, as a menu named for what it sets.
pub(super) fn appearance_ui(current: theme::Appearance, ui: &mut egui::Ui) -> Option<theme::Appearance> {
    let mut chosen = current;
    let response = egui::ComboBox::from_id_salt("appearance")
        .selected_text(text_with("theme", &[("theme", current.label().into())]))
        .show_ui(ui, |ui| {
            for choice in theme::Appearance::ALL {
                ui.selectable_value(&mut chosen, choice, choice.label());
            }
        })
        .response;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(text_with("theme", &[("theme", current.label().into())]));
    });
    (chosen != current).then_some(chosen)
}

/// The language menu: the system's (named), then each language in its own
/// words; `Some(choice)` when the person picked another.
pub(super) fn language_ui(current: Option<&str>, ui: &mut egui::Ui) -> Option<Option<String>> {
    let mut languages = crate::i18n::available();
    // By their own names, as a person scans for theirs.
    languages.sort_by(|a, b| a.1.cmp(&b.1));
    let own_name = |tag: &str| {
        languages
            .iter()
            .find(|(t, _)| t == tag)
            .map_or_else(|| tag.to_owned(), |(_, name)| name.clone())
    };
    let system = crate::i18n::system_language();
    let system_label = text_with("language-system", &[("language", own_name(&system).into())]);
    let shown = current.map_or_else(|| system_label.clone(), own_name);
    let label = text_with("language-menu", &[("language", shown.as_str().into())]);
    let mut chosen = current.map(str::to_owned);
    let response = egui::ComboBox::from_id_salt("language")
        .selected_text(label.clone())
        // Every language in view at once, not behind a scroll bar.
        .height(f32::INFINITY)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, system_label);
            for (tag, name) in &languages {
                ui.selectable_value(&mut chosen, Some(tag.clone()), name);
            }
        })
        .response;
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
    (chosen.as_deref() != current).then_some(chosen)
}
