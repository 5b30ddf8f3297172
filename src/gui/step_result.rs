//! Step 3: the settings card in the user's mail client's words, why this
//! port, what else works, what was tried — or, when nothing works, why and
//! what to do next.

use eframe::egui;

use super::action::{Action, ExportKind};
use super::check::Check;
use super::settings::Settings;
use super::widgets::{
    announce_fold, client_tabs, copied_feedback, copy_button, heading, page_heading, spinner, status_mark,
    Mark,
};
use crate::report::text::tried_lines;
use crate::report::{Cause, Direction, Protocol, Report, Security, Setting};
use crate::tr;
use crate::verdict::diagnose::{self, Problem};
use crate::wire::certificate;

/// What the result step shows: the report, the check still running behind
/// it (if any), and the directions whose answer was certain.
pub(super) struct Shown<'a> {
    pub(super) report: &'a Report,
    pub(super) check: Option<&'a Check>,
    pub(super) certain: &'a [Direction],
}

pub(super) fn result_ui(shown: &Shown<'_>, settings: &mut Settings, ui: &mut egui::Ui) -> Option<Action> {
    let report = shown.report;
    // Mail programs ask for the incoming server first. A direction whose
    // checks are all still running has no attempt in the report yet.
    let directions: Vec<Direction> = [Direction::Incoming, Direction::Outgoing]
        .into_iter()
        .filter(|&d| report.attempts_of(d).next().is_some() || shown.check.is_some_and(|c| c.checks(d)))
        .collect();
    let working: Vec<&Setting> = directions
        .iter()
        .filter_map(|&d| report.section(d).recommended.as_ref())
        .collect();
    ui.add_space(8.0);
    let open: Vec<Direction> = shown.check.as_ref().map_or_else(Vec::new, |check| {
        directions
            .iter()
            .copied()
            .filter(|&d| !check.is_certain_for(d))
            .collect()
    });
    let mut action = shown.check.and_then(|check| still_running_ui(check, &open, ui));
    super::findings::network_ui(report, ui);
    if !working.is_empty() {
        if !settings.display_name.trim().is_empty() {
            ui.label(tr!(
                "result-for",
                name = settings.display_name.trim(),
                email = report.email.as_str()
            ));
        }
        client_tabs(ui, &mut settings.client);
        ui.add_space(6.0);
    }
    // The same way forward (a button) is offered once, on the first card
    // that needs it.
    let mut offered = Vec::new();
    for &direction in &directions {
        let next = match &report.section(direction).recommended {
            Some(best) => settings_card(shown, settings, ui, best),
            None if open.contains(&direction) => {
                still_looking_card(ui, direction);
                None
            }
            None => nothing_works_ui(ui, report, direction, &mut offered),
        };
        action = next.or(action);
        ui.add_space(10.0);
    }
    // Why each setting, and what else works: below both cards, so that the
    // settings themselves are in view together.
    for &direction in &directions {
        if let Some(best) = &report.section(direction).recommended {
            why_ui(best, crate::verdict::words::direction(direction), ui);
            also_works_ui(&report.section(direction).alternatives, ui);
            ui.add_space(6.0);
        }
    }
    if working.len() > 1 {
        ui.horizontal(|ui| {
            let copy = ui.button(tr!("copy-all")).on_hover_text(tr!("copy-all-tip"));
            if copy.clicked() {
                let client = settings.client;
                let text: Vec<String> = working.iter().map(|s| client.copy_all_text(s)).collect();
                ui.ctx().copy_text(text.join("\n"));
            }
            copied_feedback(ui, &copy);
        });
    }
    ui.add_space(10.0);
    let tried = egui::CollapsingHeader::new(tr!("what-we-tried"))
        .default_open(working.len() < directions.len())
        .show(ui, |ui| {
            for (i, line) in tried_lines(&report.attempts).iter().enumerate() {
                super::tried::attempt_ui(ui, i, line);
            }
        });
    announce_fold(ui, &tried);
    ui.add_space(12.0);
    footer_ui(report, ui).or(action)
}

/// The checks still running behind a result that is already shown, and a
/// button to stop them.
fn still_running_ui(check: &Check, open: &[Direction], ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    let running = check.still_running();
    if running == 0 {
        // Every attempt has ended; the engine is closing its last sessions.
        ui.horizontal_wrapped(|ui| {
            spinner(ui, &tr!("working"));
            ui.weak(tr!("finishing"));
        });
        ui.add_space(4.0);
        return None;
    }
    ui.horizontal_wrapped(|ui| {
        spinner(ui, &tr!("working"));
        ui.weak(if open.is_empty() {
            // Every answer is certain; the rest only adds alternatives.
            tr!("still-checking-others", count = running)
        } else {
            tr!(
                "still-checking",
                count = running,
                direction = crate::verdict::words::directions(open)
            )
        });
        if ui.button(tr!("stop")).on_hover_text(tr!("stop-tip")).clicked() {
            action = Some(Action::StopRemaining);
        }
    });
    ui.add_space(4.0);
    action
}

/// The files to save, and the ways on: check again, change the details,
/// start over.
fn footer_ui(report: &Report, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    // A file holds verified, encrypted settings only, of both directions
    // (Thunderbird refuses one without an incoming server).
    let complete = crate::report::export::files_possible(report);
    if !complete {
        ui.weak(tr!("files-need-both"));
    }
    ui.horizontal_wrapped(|ui| {
        let files = [
            (tr!("save-thunderbird"), ExportKind::Autoconfig),
            (tr!("save-apple"), ExportKind::AppleProfile),
        ];
        let signed_in = crate::report::export::signed_in(report);
        for (label, kind) in files {
            let apple_cannot = kind == ExportKind::AppleProfile && signed_in;
            let why_not = if apple_cannot {
                tr!("profile-no-sign-in")
            } else {
                tr!("files-need-both-tip")
            };
            let save = ui
                .add_enabled(complete && !apple_cannot, egui::Button::new(label))
                .on_disabled_hover_text(why_not);
            if save.clicked() {
                action = Some(Action::Save(kind));
            }
        }
        if ui.button(tr!("save-text")).clicked() {
            action = Some(Action::Save(ExportKind::Text));
        }
        if ui.button(tr!("save-json")).clicked() {
            action = Some(Action::Save(ExportKind::Json));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("check-again")).clicked() {
            action = Some(Action::Start);
        }
        if ui
            .button(tr!("change-details"))
            .on_hover_text(tr!("change-details-tip"))
            .clicked()
        {
            action = Some(Action::Back);
        }
        if ui
            .button(tr!("start-over"))
            .on_hover_text(tr!("start-over-tip"))
            .clicked()
        {
            action = Some(Action::StartOver);
        }
    });
    action
}

fn settings_card(
    shown: &Shown<'_>,
    settings: &mut Settings,
    ui: &mut egui::Ui,
    best: &Setting,
) -> Option<Action> {
    let report = shown.report;
    let mut action = None;
    let direction = best.protocol.direction();
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        page_heading(
            ui,
            match direction {
                Direction::Incoming => tr!("card-incoming", protocol = best.protocol.label()),
                Direction::Outgoing => tr!("card-outgoing"),
            },
        );
        action = card_status_ui(report, best, ui);
        if let Some(found) = crate::verdict::words::found_through(report, best) {
            ui.weak(found);
        }
        if report.cancelled && shown.certain.contains(&direction) {
            ui.weak(tr!("card-stopped-certain"));
        } else if report.cancelled {
            ui.weak(tr!("card-stopped-uncertain"));
        }
        card_fields_ui(settings, best, ui);
    });
    action
}

/// What the person must know first about the recommended setting: a
/// warning, a confirmation it waits for, or that it was verified.
fn card_status_ui(report: &Report, best: &Setting, ui: &mut egui::Ui) -> Option<Action> {
    let direction = best.protocol.direction();
    let mut action = None;
    if best.insecure {
        ui.colored_label(ui.visuals().error_fg_color, tr!("card-plaintext"));
    } else if best.certificate_exception {
        ui.colored_label(ui.visuals().warn_fg_color, tr!("card-exception"));
        if let Some(certificate) = report.attempt_for(best).and_then(|a| a.certificate.as_ref()) {
            fingerprint_ui(ui, &certificate.sha256);
        }
    } else if let Some(attempt) = report
        .attempt_for(best)
        .filter(|a| a.cause == Some(Cause::PrivateAddress))
    {
        ui.colored_label(ui.visuals().warn_fg_color, &attempt.explanation);
        // No button sends the password there: the person types the
        // server, or takes it into the form and checks it from there.
        let enter = ui
            .button(tr!("enter-as-my-server", host = best.host.as_str()))
            .on_hover_text(tr!("enter-as-my-server-tip"));
        if enter.clicked() {
            action = Some(Action::EnterThisServer(direction, best.host.clone()));
        }
    } else if let Some(attempt) = report
        .attempt_for(best)
        .filter(|a| a.cause == Some(Cause::NotConfirmed))
    {
        ui.colored_label(ui.visuals().warn_fg_color, &attempt.explanation);
        // One button for every server that waits for confirmation, in
        // both directions, naming each: the password goes to no other.
        let hosts = awaiting_confirmation(report);
        let confirm = ui
            .button(tr!(
                "send-password-to",
                hosts = crate::verdict::words::and_list(&hosts)
            ))
            .on_hover_text(tr!("send-password-to-tip"));
        if confirm.clicked() {
            action = Some(Action::TrustDiscoveredOnce(hosts));
        }
    } else if best.verified {
        ui.horizontal_wrapped(|ui| {
            status_mark(ui, Mark::Works);
            ui.label(if best.signs_in() {
                tr!("verified-signed-in")
            } else {
                tr!("verified-password")
            });
        });
    } else {
        ui.label(tr!("connection-only"));
    }
    action
}

/// The fields in the chosen mail program's words, each with a copy
/// button, and a button that copies them all.
fn card_fields_ui(settings: &Settings, best: &Setting, ui: &mut egui::Ui) {
    let which = crate::verdict::words::direction(best.protocol.direction());
    let client = settings.client;
    ui.add_space(4.0);
    ui.label(egui::RichText::new(client.where_to_enter(best.protocol.direction())).italics());
    ui.add_space(6.0);
    egui::Grid::new(("settings", which))
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for (label, value) in client.fields(best) {
                ui.label(&label);
                ui.strong(&value);
                copy_button(
                    ui,
                    &tr!("copy-field-name", direction = which, field = label.as_str()),
                    &value,
                );
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let copy = ui.button(tr!("copy-settings", direction = which));
        if copy.clicked() {
            ui.ctx().copy_text(client.copy_all_text(best));
        }
        copied_feedback(ui, &copy);
    });
}

/// "Why port 465?": the explanation, and what its kind of encryption means.
fn why_ui(best: &Setting, which: &str, ui: &mut egui::Ui) {
    let why = match best.protocol {
        Protocol::Smtp => tr!("why-port", port = best.port),
        protocol => tr!("why-port-and", port = best.port, protocol = protocol.label()),
    };
    let fold = egui::CollapsingHeader::new(why)
        .id_salt(("why", which))
        .default_open(true)
        .show(ui, |ui| {
            ui.label(&best.explanation);
            ui.add_space(4.0);
            ui.label(tr!(match best.security {
                Security::ImplicitTls => "why-tls",
                Security::Starttls => "why-starttls",
                Security::Plaintext => "why-plaintext",
            }));
        });
    announce_fold(ui, &fold);
}

/// The other settings that work, each with what to know about it.
fn also_works_ui(alternatives: &[Setting], ui: &mut egui::Ui) {
    if !alternatives.is_empty() {
        ui.add_space(4.0);
        ui.label(tr!("also-works-heading"));
        for alternative in alternatives {
            let protocol = alternative.protocol.label();
            let host = alternative.host.as_str();
            let port = alternative.port;
            let security = alternative.security.client_label();
            let line = match crate::verdict::words::caveat(alternative) {
                Some(caveat) => tr!(
                    "also-works-line-but",
                    protocol = protocol,
                    host = host,
                    port = port,
                    security = security,
                    caveat = caveat
                ),
                None => tr!(
                    "also-works-line",
                    protocol = protocol,
                    host = host,
                    port = port,
                    security = security
                ),
            };
            ui.label(format!("  {line}"));
        }
    }
}

/// A direction whose answer is not certain yet, while the check goes on.
fn still_looking_card(ui: &mut egui::Ui, direction: Direction) {
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            spinner(ui, &tr!("working"));
            heading(
                ui,
                tr!(match direction {
                    Direction::Incoming => "card-still-checking-incoming",
                    Direction::Outgoing => "card-still-checking-outgoing",
                }),
            );
        });
        ui.label(tr!("card-still-checking"));
    });
}

fn nothing_works_ui(
    ui: &mut egui::Ui,
    report: &Report,
    direction: Direction,
    offered: &mut Vec<std::mem::Discriminant<Problem>>,
) -> Option<Action> {
    let mut action = None;
    let diagnosis = diagnose::diagnose(report, direction)?;
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        page_heading(
            ui,
            tr!(match direction {
                Direction::Incoming => "card-nothing-incoming",
                Direction::Outgoing => "card-nothing-outgoing",
            }),
        );
        ui.add_space(4.0);
        ui.strong(&diagnosis.headline);
        ui.label(&diagnosis.advice);
        ui.add_space(6.0);
        let kind = std::mem::discriminant(&diagnosis.problem);
        if offered.contains(&kind) {
            return;
        }
        offered.push(kind);
        match &diagnosis.problem {
            Problem::NameMismatch {
                suggestion: Some(name),
                ..
            } => {
                let retry = ui.button(tr!("try-again-with", host = name.as_str()));
                action = retry.clicked().then(|| Action::RetryWithServer(name.clone()));
            }
            Problem::CertUntrusted { fingerprint } => {
                ui.label(tr!("fingerprint-compare"));
                fingerprint_ui(ui, fingerprint);
                ui.label(tr!("fingerprint-own-ca"));
                ui.add_space(6.0);
                ui.label(tr!("fingerprint-accept-warning"));
                let accept = ui
                    .button(tr!("accept-certificate"))
                    .on_hover_text(tr!("accept-certificate-tip"));
                if accept.clicked() && !fingerprint.is_empty() {
                    action = Some(Action::DangerAcceptCertificateOnce(fingerprint.clone()));
                }
            }
            Problem::WrongPassword | Problem::AppPasswordRequired => {
                action = ui
                    .button(tr!("change-password"))
                    .clicked()
                    .then_some(Action::ChangePassword);
            }
            Problem::NoSuchServer => {
                action = ui
                    .button(tr!("enter-server-name"))
                    .clicked()
                    .then_some(Action::EnterServer);
            }
            Problem::OauthRequired => {
                action = ui
                    .button(tr!("sign-in-with-provider"))
                    .on_hover_text(tr!("sign-in-with-provider-tip"))
                    .clicked()
                    .then_some(Action::SignIn);
            }
            _ => {}
        }
    });
    action
}

/// A SHA-256 fingerprint as two lines of 16 bytes, the way it is easiest
/// to compare by eye with what a provider or a mail program shows.
fn fingerprint_ui(ui: &mut egui::Ui, fingerprint: &str) {
    let (first, second) = certificate::fingerprint_halves(fingerprint);
    ui.label(egui::RichText::new(format!("{first}\n{second}")).monospace())
        .on_hover_text(tr!("fingerprint-tip"));
}

/// The recommended servers, of either direction, that wait for the
/// person's confirmation before they get the password.
fn awaiting_confirmation(report: &Report) -> Vec<String> {
    let mut hosts: Vec<String> = [&report.outgoing, &report.incoming]
        .into_iter()
        .filter_map(|section| section.recommended.as_ref())
        .filter(|setting| {
            report
                .attempt_for(setting)
                .is_some_and(|a| a.cause == Some(Cause::NotConfirmed))
        })
        .map(|setting| setting.host.clone())
        .collect();
    hosts.dedup();
    hosts
}

#[cfg(test)]
mod tests {

    use egui_kittest::kittest::Queryable;
    use egui_kittest::Harness;

    use super::*;

    /// Once every attempt has ended, the line says the check is finishing,
    /// never "Still checking 0 more connections".
    #[test]
    fn no_count_of_nothing_left() {
        let check = Check::begun();
        let harness = Harness::new_ui(|ui| {
            still_running_ui(&check, &[], ui);
        });
        harness.get_by_label("Finishing the check…");
        assert!(harness.query_by_label_contains("Still checking 0").is_none());
    }
}
