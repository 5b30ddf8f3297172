//! The header every step shares: the title, where the person is ("Step 2
//! of 3: Checking"), the theme menu and About (version, licence, what is
//! asked where, the switch for third-party lookups).

use eframe::egui;

use super::action::Action;
use super::settings::Settings;
use super::step::Step;
use super::theme;

/// The title row and the steps line; names the window for screen readers.
pub(super) fn header_ui(current: Step, appearance: theme::Appearance, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading(super::TITLE);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("About").clicked() {
                action = Some(Action::About);
            }
            if let Some(choice) = appearance_ui(appearance, ui) {
                action = Some(Action::Appearance(choice));
            }
        });
    });
    // The steps are one line for the eye and one sentence for a screen
    // reader ("Step 2 of 3: Checking"), not five separate labels.
    let steps = [
        (Step::Account, "Your account"),
        (Step::Checking, "Checking"),
        (Step::Result, "Your settings"),
    ];
    let mut line = egui::text::LayoutJob::default();
    let style = ui.style().clone();
    for (i, (step, name)) in steps.into_iter().enumerate() {
        if i > 0 {
            egui::RichText::new("  ›  ").weak().append_to(
                &mut line,
                &style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
        }
        let text = egui::RichText::new(format!("{}. {name}", i + 1));
        let text = if step == current {
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
        .map_or((1, "Your account"), |(i, (_, name))| (i + 1, *name));
    let spoken = format!("Step {number} of {}: {name}", steps.len());
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

/// About, as a modal dialog: the focus moves into it (`focus`, once) and
/// stays there until Close, Esc or a click beside it. Returns whether it
/// was closed.
pub(super) fn about_ui(ctx: &egui::Context, settings: &mut Settings, focus: &mut bool) -> bool {
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        let heading = super::widgets::heading(ui, "About Mail Setup Assistant");
        if std::mem::take(focus) {
            heading.request_focus();
        }
        ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
        ui.label(
            "Finds incoming and outgoing mail settings that really work, checks your password over an \
             encrypted connection only, and explains the result.",
        );
        ui.label("Your password goes only to the mail server being checked and is never saved.");
        ui.add_space(6.0);
        ui.strong("Finding your servers");
        ui.label(
            "Without a server you name, this program asks: your provider's own settings file (your \
             provider sees your address, as with Thunderbird); your domain's DNS (MX and SRV records); \
             and two third parties: Thunderbird's database of mail providers, which sees only your \
             domain, and the provider that handles your domain's mail, found through its MX record.",
        );
        ui.checkbox(
            &mut settings.third_party_lookups,
            "Ask third parties (Thunderbird's database, your domain's mail provider)",
        );
        ui.label(format!("Licence: {}", env!("CARGO_PKG_LICENSE")));
        ui.add_space(6.0);
        ui.button("Close").clicked()
    });
    modal.inner || modal.backdrop_response.clicked()
}

/// System / Light / Dark, as a menu named for what it sets.
pub(super) fn appearance_ui(current: theme::Appearance, ui: &mut egui::Ui) -> Option<theme::Appearance> {
    let mut chosen = current;
    let response = egui::ComboBox::from_id_salt("appearance")
        .selected_text(format!("Theme: {}", current.label()))
        .show_ui(ui, |ui| {
            for choice in theme::Appearance::ALL {
                ui.selectable_value(&mut chosen, choice, choice.label());
            }
        })
        .response;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(format!("Theme: {}", current.label()));
    });
    (chosen != current).then_some(chosen)
}
