//! "What we tried": one line per server and answer, each with its details
//! folded away (address, phase, time, the server's words, certificate).

use eframe::egui;

use super::step_checking::mark_for;
use super::widgets::{announce_fold, status_mark};
use crate::report::text::TriedLine;
use crate::report::Phase;

/// How many of a certificate's names are shown before "and N more":
/// shared-hosting certificates carry hundreds.
const CERTIFICATE_NAMES_SHOWN: usize = 5;

pub(super) fn attempt_ui(ui: &mut egui::Ui, index: usize, line: &TriedLine<'_>) {
    let attempt = line.first();
    ui.horizontal_wrapped(|ui| {
        status_mark(ui, mark_for(attempt.outcome));
        ui.strong(line.title());
        ui.label(line.reason());
    });
    let details = egui::CollapsingHeader::new("Details")
        .id_salt(("attempt details", index))
        .show(ui, |ui| {
            egui::Grid::new(("attempt grid", index))
                .num_columns(2)
                .show(ui, |ui| {
                    let mut row = |label: &str, value: String| {
                        ui.label(label);
                        ui.add(egui::Label::new(egui::RichText::new(value).monospace()).wrap());
                        ui.end_row();
                    };
                    row(
                        "Address",
                        attempt.address.clone().unwrap_or_else(|| "—".to_owned()),
                    );
                    row("Got as far as", phase_name(attempt.phase).to_owned());
                    row("Time", format!("{} ms", attempt.elapsed_ms));
                    row("Server said", attempt.detail.clone());
                    if let Some(greeting) = &attempt.greeting {
                        row("Greeting", greeting.clone());
                    }
                    if !attempt.capabilities.is_empty() {
                        row("Capabilities", attempt.capabilities.join("\n"));
                    }
                    if let Some(cert) = &attempt.certificate {
                        let shown = &cert.names[..cert.names.len().min(CERTIFICATE_NAMES_SHOWN)];
                        let more = cert.names.len() - shown.len();
                        let mut names = shown.join(", ");
                        if more > 0 {
                            names.push_str(&format!(" and {more} more"));
                        }
                        row("Certificate for", names);
                        row("Issued by", cert.issuer.clone());
                        row("Valid", format!("{} to {}", cert.not_before, cert.not_after));
                        row("SHA-256", cert.sha256.clone());
                    }
                });
            // Every name, folded away: a shared-hosting certificate carries
            // hundreds, and the person usually needs only the closest few.
            if let Some(cert) = attempt
                .certificate
                .as_ref()
                .filter(|c| c.names.len() > CERTIFICATE_NAMES_SHOWN)
            {
                let names =
                    egui::CollapsingHeader::new(format!("All {} names on the certificate", cert.names.len()))
                        .id_salt(("certificate names", index))
                        .show(ui, |ui| {
                            // One name a line: a list to scan, not a paragraph.
                            ui.add(
                                egui::Label::new(egui::RichText::new(cert.names.join("\n")).monospace())
                                    .wrap(),
                            );
                        });
                announce_fold(ui, &names);
            }
        });
    // Twenty buttons all named "Details" tell a screen reader nothing.
    let name = format!("Details of {}", line.title());
    ui.ctx()
        .accesskit_node_builder(details.header_response.id, |node| node.set_label(name));
    announce_fold(ui, &details);
}

/// Where an attempt stopped, for the details view.
fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Queued => "not started",
        Phase::Resolve => "looking up the name",
        Phase::Connect => "connecting",
        Phase::TlsHandshake => "the TLS handshake",
        Phase::Greeting => "the greeting",
        Phase::Capabilities => "asking what the server offers",
        Phase::Starttls => "STARTTLS",
        Phase::CapabilitiesAfterTls => "asking again over TLS",
        Phase::Ready => "a working connection",
        Phase::Auth => "the login",
        Phase::Done => "the end: everything worked",
    }
}
