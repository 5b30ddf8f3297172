//! Small pieces every step draws the same way: a labelled field, a copy
//! button, the mail-client tabs, a status mark.

use crate::i18n::{text as t, text_with};
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
    let shown = field_label(ui, label);
    let field = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .password(password)
            .desired_width(f32::INFINITY),
    );
    name_field(ui, &field, &shown, label);
    field
}

/// A field's visible label. A screen reader hears it as the field's name
/// (see [`name_field`]), not a second time as text of its own.
pub(super) fn field_label(ui: &mut egui::Ui, label: &str) -> egui::Response {
    let shown = ui.label(label);
    ui.ctx()
        .accesskit_node_builder(shown.id, |node| node.set_hidden());
    shown
}

/// Names `field` after its label (clicking the label focuses the field, as
/// `labelled_by` does).
pub(super) fn name_field(ui: &egui::Ui, field: &egui::Response, shown: &egui::Response, label: &str) {
    ui.ctx()
        .accesskit_node_builder(field.id, |node| node.set_label(label.to_owned()));
    if shown.clicked() {
        field.request_focus();
    }
}

/// Ties a hint or an error drawn near a field to it, so that a screen
/// reader says it with the field: as described-by (UI Automation) and as
/// the field's description (AT-SPI reads only that).
pub(super) fn describe(ui: &egui::Ui, field: &egui::Response, description: &egui::Response, text: &str) {
    let id = description.id.accesskit_id();
    let text = text.to_owned();
    ui.ctx().accesskit_node_builder(field.id, |node| {
        node.push_described_by(id);
        let joined = match node.description() {
            Some(before) if !before.is_empty() => format!("{before} {text}"),
            _ => text,
        };
        node.set_description(joined);
    });
}

/// Says whether a fold is open in the way each platform reads it:
/// expanded (egui sets it; UI Automation reads it) and pressed (AT-SPI
/// maps a fold's expanded state to nothing; Orca says "pressed").
pub(super) fn announce_fold<R>(ui: &egui::Ui, fold: &egui::CollapsingResponse<R>) {
    let open = fold.body_returned.is_some();
    // egui marks a focused fold header only by a lighter text: draw the
    // focus ring buttons have, so the keyboard's place is seen.
    if fold.header_response.has_focus() {
        let ring = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        ui.painter().rect_stroke(
            fold.header_response.rect.expand(2.0),
            3.0,
            ring,
            egui::StrokeKind::Outside,
        );
    }
    ui.ctx().accesskit_node_builder(fold.header_response.id, |node| {
        node.set_toggled(if open {
            egui::accesskit::Toggled::True
        } else {
            egui::accesskit::Toggled::False
        });
    });
}

/// The id under which a page asks for its first heading to take the focus.
fn heading_focus_id() -> egui::Id {
    egui::Id::unique("focus the page heading")
}

/// Asks that the next [`page_heading`] drawn takes the focus: a page
/// changed, and a screen reader should say what it now shows.
pub(super) fn focus_next_heading(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(heading_focus_id(), true));
}

/// A heading a screen reader hears as one, which takes the focus when the
/// page it starts has just appeared.
pub(super) fn page_heading(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    let response = heading(ui, text);
    if ui
        .data_mut(|d| d.remove_temp::<bool>(heading_focus_id()))
        .is_some()
    {
        response.request_focus();
    }
    response
}

/// A heading a screen reader hears as one (and can move to), for a part
/// that may still change: it leaves the page's focus to a later heading.
pub(super) fn heading(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    let text = text.into();
    // An id of its own (headings are unique on a page), so that the focus
    // stays on it when lines above it come and go: egui's automatic ids
    // count the widgets before.
    let scope = egui::UiBuilder::new().scope_id(egui::Id::unique(("heading", text.as_str())));
    let response = ui
        .scope_builder(scope, |ui| {
            ui.add(
                egui::Label::new(egui::RichText::new(text.as_str()).heading())
                    .sense(egui::Sense::focusable_noninteractive()),
            )
        })
        .inner;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_label(text);
    });
    response
}

/// A spinner that says what it waits for.
pub(super) fn spinner(ui: &mut egui::Ui, what: &str) {
    let response = ui.add(egui::Spinner::new());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::ProgressIndicator);
        node.set_label(what.to_owned());
    });
}

/// A small "Copy" button whose accessible name says what it copies and
/// the value itself, so that moving through the buttons reads every setting.
pub(super) fn copy_button(ui: &mut egui::Ui, what: &str, value: &str) {
    let response = ui
        .button(t("copy"))
        .on_hover_text(text_with("copy-what", &[("what", what.into())]));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(text_with(
            "copy-what-value",
            &[("what", what.into()), ("value", value.into())],
        ));
    });
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
        ui.weak(t("copied"));
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(COPIED_FOR));
    }
}

/// The default mail client tab for a report (remembered between runs).
pub(super) fn client_tabs(ui: &mut egui::Ui, client: &mut MailClient) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t("show-words-of"));
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
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Image);
        node.set_label(t(match mark {
            Mark::Works => "mark-works",
            Mark::Failed => "mark-failed",
            Mark::Stopped => "mark-stopped",
        }));
    });
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
