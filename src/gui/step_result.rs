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
            ui.label(format!("For {} <{}>", settings.display_name.trim(), report.email));
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
            let copy = ui
                .button("Copy all")
                .on_hover_text("Copy the incoming and outgoing settings");
            if copy.clicked() {
                let client = settings.client;
                let text: Vec<String> = working.iter().map(|s| client.copy_all_text(s)).collect();
                ui.ctx().copy_text(text.join("\n"));
            }
            copied_feedback(ui, &copy);
        });
    }
    ui.add_space(10.0);
    let tried = egui::CollapsingHeader::new("What we tried")
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
            spinner(ui, "Working");
            ui.weak("Finishing the check…");
        });
        ui.add_space(4.0);
        return None;
    }
    ui.horizontal_wrapped(|ui| {
        spinner(ui, "Working");
        let connections = if running == 1 { "connection" } else { "connections" };
        ui.weak(if open.is_empty() {
            // Every answer is certain; the rest only adds alternatives.
            format!("Still checking {running} more {connections} for other settings that also work; they cannot change these.")
        } else {
            format!("Still checking {running} {connections} for your {} mail settings.", crate::verdict::words::directions(open))
        });
        if ui.button("Stop").on_hover_text("Stop the remaining checks").clicked() {
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
        ui.weak(
            "Files for mail programs need a verified incoming and outgoing setting: enter your password and \
             check again, or copy the settings above.",
        );
    }
    ui.horizontal_wrapped(|ui| {
        let files = [
            ("Save Thunderbird file…", ExportKind::Autoconfig),
            ("Save Apple Mail profile…", ExportKind::AppleProfile),
        ];
        let signed_in = crate::report::export::signed_in(report);
        for (label, kind) in files {
            let apple_cannot = kind == ExportKind::AppleProfile && signed_in;
            let why_not = if apple_cannot {
                crate::report::export::APPLE_NO_SIGN_IN
            } else {
                "Mail programs accept a settings file only with a verified incoming and outgoing server."
            };
            let save = ui
                .add_enabled(complete && !apple_cannot, egui::Button::new(label))
                .on_disabled_hover_text(why_not);
            if save.clicked() {
                action = Some(Action::Save(kind));
            }
        }
        if ui.button("Save text report…").clicked() {
            action = Some(Action::Save(ExportKind::Text));
        }
        if ui.button("Save JSON report…").clicked() {
            action = Some(Action::Save(ExportKind::Json));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button("Check again").clicked() {
            action = Some(Action::Start);
        }
        if ui
            .button("Change details")
            .on_hover_text("Back to your account details (Esc)")
            .clicked()
        {
            action = Some(Action::Back);
        }
        if ui
            .button("Start over")
            .on_hover_text("Clear the form and what was remembered")
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
                Direction::Incoming => format!("Incoming mail ({})", best.protocol.label()),
                Direction::Outgoing => "Outgoing mail (SMTP)".to_owned(),
            },
        );
        action = card_status_ui(report, best, ui);
        if let Some(found) = crate::verdict::words::found_through(report, best) {
            ui.weak(found);
        }
        if report.cancelled && shown.certain.contains(&direction) {
            ui.weak("Some lower-priority checks were stopped early; they cannot change this recommendation.");
        } else if report.cancelled {
            ui.weak("The check was stopped before it was certain: a better setting might have been found.");
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
        ui.colored_label(
            ui.visuals().error_fg_color,
            "Warning: works only WITHOUT encryption: your password and messages can be read on the network.",
        );
    } else if best.certificate_exception {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Works only with the certificate you accepted by hand: no certificate authority vouches for it. \
             Your mail program will warn about it too; accept it there only if it shows this fingerprint:",
        );
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
            .button(format!("Enter {} as my server", best.host))
            .on_hover_text("Back to the form with this server filled in; nothing is sent until you check");
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
            .button(format!(
                "Send my password to {} and check again",
                crate::verdict::words::and_list(&hosts)
            ))
            .on_hover_text(
                "For this one check, and only to the servers named: nothing that vouches for them named them",
            );
        if confirm.clicked() {
            action = Some(Action::TrustDiscoveredOnce(hosts));
        }
    } else if best.verified {
        ui.horizontal_wrapped(|ui| {
            status_mark(ui, Mark::Works);
            ui.label(if best.signs_in() {
                "Verified by signing in: the server accepted your sign-in over an encrypted connection."
            } else {
                "Verified: the server accepted your password over an encrypted connection."
            });
        });
    } else {
        ui.label("The encrypted connection works. Your password was not checked (none was entered).");
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
                ui.label(label);
                ui.strong(&value);
                copy_button(ui, &format!("{which} {label}"), &value);
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let copy = ui.button(format!("Copy {which} settings"));
        if copy.clicked() {
            ui.ctx().copy_text(client.copy_all_text(best));
        }
        copied_feedback(ui, &copy);
    });
}

/// "Why port 465?": the explanation, and what its kind of encryption means.
fn why_ui(best: &Setting, which: &str, ui: &mut egui::Ui) {
    let why = match best.protocol {
        Protocol::Smtp => format!("Why port {}?", best.port),
        protocol => format!("Why port {} and {}?", best.port, protocol.label()),
    };
    let fold = egui::CollapsingHeader::new(why)
        .id_salt(("why", which))
        .default_open(true)
        .show(ui, |ui| {
        ui.label(&best.explanation);
        ui.add_space(4.0);
        ui.label(match best.security {
            Security::ImplicitTls => {
                "SSL/TLS (implicit TLS) and STARTTLS both encrypt your mail. With SSL/TLS nothing at all is \
                 said before encryption starts, so nothing can be tampered with on the way; that is why RFC 8314 \
                 prefers it."
            }
            Security::Starttls => {
                "STARTTLS starts in plain text and then switches to encryption. Keep \"STARTTLS\" (not \
                 \"STARTTLS, if available\") so that your mail program refuses to send the password if \
                 encryption ever fails. You may read that port 465 is \"deprecated\": that advice is older \
                 than RFC 8314 (2018), which made 465 the preferred port again. It is simply not the one \
                 that works for this server."
            }
            Security::Plaintext => {
                "Without encryption, anyone on the network path can read your password and messages. Ask your \
                 provider for an encrypted setting (port 465 or 587)."
            }
        });
    });
    announce_fold(ui, &fold);
}

/// The other settings that work, each with what to know about it.
fn also_works_ui(alternatives: &[Setting], ui: &mut egui::Ui) {
    if !alternatives.is_empty() {
        ui.add_space(4.0);
        ui.label("Also works:");
        for alternative in alternatives {
            let caveat = crate::verdict::words::caveat(alternative)
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            ui.label(format!(
                "  {} {} port {} with {}{caveat}",
                alternative.protocol.label(),
                alternative.host,
                alternative.port,
                alternative.security.client_label(),
            ));
        }
    }
}

/// A direction whose answer is not certain yet, while the check goes on.
fn still_looking_card(ui: &mut egui::Ui, direction: Direction) {
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            spinner(ui, "Working");
            heading(
                ui,
                match direction {
                    Direction::Incoming => "Incoming mail: still checking",
                    Direction::Outgoing => "Outgoing mail: still checking",
                },
            );
        });
        ui.label("A better setting may still answer. This appears here as soon as it is certain.");
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
        page_heading(ui, match direction {
            Direction::Incoming => "Incoming mail: no working settings found",
            Direction::Outgoing => "Outgoing mail: no working settings found",
        });
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
                let retry = ui.button(format!("Try again with {name}"));
                action = retry.clicked().then(|| Action::RetryWithServer(name.clone()));
            }
            Problem::CertUntrusted { fingerprint } => {
                ui.label("Certificate fingerprint (SHA-256), to compare with what your provider publishes:");
                fingerprint_ui(ui, fingerprint);
                ui.label(
                    "If this is your organisation's own certificate authority, add its certificate under \
                     Advanced > Extra trusted certificate, then check again. Your password is never sent to \
                     a server whose certificate could not be verified.",
                );
                ui.add_space(6.0);
                ui.label(
                    "If your provider or administrator gave you exactly this fingerprint, you can accept this \
                     certificate for one check. If it is not theirs, whoever made it would get your password.",
                );
                let accept = ui
                    .button("Accept this certificate for one check")
                    .on_hover_text("Check again, sending the password to a server with this certificate");
                if accept.clicked() && !fingerprint.is_empty() {
                    action = Some(Action::DangerAcceptCertificateOnce(fingerprint.clone()));
                }
            }
            Problem::WrongPassword | Problem::AppPasswordRequired => {
                action = ui
                    .button("Change password")
                    .clicked()
                    .then_some(Action::ChangePassword);
            }
            Problem::NoSuchServer => {
                action = ui
                    .button("Enter the server name")
                    .clicked()
                    .then_some(Action::EnterServer);
            }
            Problem::OauthRequired => {
                action = ui
                    .button("Sign in with your provider")
                    .on_hover_text("Your browser opens your provider's sign-in page; the servers are checked with it")
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
        .on_hover_text("SHA-256 fingerprint of the server's certificate");
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
