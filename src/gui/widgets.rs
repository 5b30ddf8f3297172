//! Small pieces every step draws the same way: a labelled field, a copy
//! button, the mail-client tabs, a status mark.

use eframe::egui;

use super::clients::MailClient;

/// A labelled single-line text field whose label is also its accessible name.
pub(super) fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    hint: &str,
    password: bool,
) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .password(password)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A small "Copy" button whose accessible name says what it copies.
pub(super) fn copy_button(ui: &mut egui::Ui, what: &str, value: &str) {
    let response = ui.button("Copy").on_hover_text(format!("Copy {what}"));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(format!("Copy {what}")));
    if response.clicked() {
        ui.ctx().copy_text(value.to_owned());
    }
    copied_feedback(ui, &response);
}

/// How long "Copied" stays beside the button that copied.
const COPIED_FOR: f64 = 2.0;

/// "Copied" for a moment beside a button that copied, so that a click is
/// never silent.
pub(super) fn copied_feedback(ui: &mut egui::Ui, response: &egui::Response) {
    let now = ui.input(|i| i.time);
    if response.clicked() {
        ui.data_mut(|d| d.insert_temp(response.id, now));
    }
    let since = ui.data(|d| d.get_temp::<f64>(response.id)).map(|at| now - at);
    if since.is_some_and(|since| since < COPIED_FOR) {
        ui.weak("Copied");
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(COPIED_FOR));
    }
}

/// The default mail client tab for a report (remembered between runs).
pub(super) fn client_tabs(ui: &mut egui::Ui, client: &mut MailClient) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Show the settings in the words of:");
        for option in MailClient::ALL {
            ui.selectable_value(client, option, option.name());
        }
    });
}

/// How an attempt ended, as a painted mark (no font has every symbol).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// Green circle with a tick.
    Works,
    /// Red circle with a cross.
    Failed,
    /// Grey circle with a dash: stopped or not tried.
    Stopped,
}

/// Paints a status mark the size of a line of text.
pub(super) fn status_mark(ui: &mut egui::Ui, mark: Mark) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    let c = rect.center();
    let r = size * 0.45;
    let fill = match mark {
        Mark::Works => super::theme::mark_fill(true),
        Mark::Failed => super::theme::mark_fill(false),
        Mark::Stopped => egui::Color32::from_gray(110),
    };
    painter.circle_filled(c, r, fill);
    let stroke = egui::Stroke::new(size * 0.12, egui::Color32::WHITE);
    let p = |x: f32, y: f32| c + egui::vec2(x * r, y * r);
    match mark {
        Mark::Works => {
            painter.line(vec![p(-0.5, 0.0), p(-0.15, 0.4), p(0.5, -0.35)], stroke);
        }
        Mark::Failed => {
            painter.line_segment([p(-0.4, -0.4), p(0.4, 0.4)], stroke);
            painter.line_segment([p(-0.4, 0.4), p(0.4, -0.4)], stroke);
        }
        Mark::Stopped => {
            painter.line_segment([p(-0.45, 0.0), p(0.45, 0.0)], stroke);
        }
    }
}
