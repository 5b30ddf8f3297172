//! "What we tried": one line per server and answer, each with its details
//! folded away (address, phase, time, the server's words, certificate).

use eframe::egui;

use super::step_checking::mark_for;
use super::widgets::{announce_fold, status_mark};
use crate::report::text::TriedLine;
use crate::report::Phase;
use crate::tr;

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
    let details = egui::CollapsingHeader::new(tr!("details"))
        .id_salt(("attempt details", index))
        .show(ui, |ui| {
            egui::Grid::new(("attempt grid", index))
                .num_columns(2)
                .show(ui, |ui| {
                    let mut row = |label: &str, value: String| {
                        ui.label(tr!(label));
                        ui.add(egui::Label::new(egui::RichText::new(value).monospace()).wrap());
                        ui.end_row();
                    };
                    row(
                        "detail-address",
                        attempt.address.clone().unwrap_or_else(|| "—".to_owned()),
                    );
                    row("detail-phase", phase_name(attempt.phase));
                    row(
                        "detail-time",
                        tr!("detail-milliseconds", ms = attempt.elapsed_ms.to_string()),
                    );
                    row("detail-server-said", attempt.detail.clone());
                    if let Some(greeting) = &attempt.greeting {
                        row("detail-greeting", greeting.clone());
                    }
                    if !attempt.capabilities.is_empty() {
                        row("detail-capabilities", attempt.capabilities.join("\n"));
                    }
                    if let Some(cert) = &attempt.certificate {
                        let shown = &cert.names[..cert.names.len().min(CERTIFICATE_NAMES_SHOWN)];
                        let more = cert.names.len() - shown.len();
                        let mut names = shown.join(", ");
                        if more > 0 {
                            names = tr!("detail-and-more", names = names, count = more);
                        }
                        row("detail-certificate-for", names);
                        row("detail-issued-by", cert.issuer.clone());
                        row(
                            "detail-valid",
                            tr!(
                                "detail-valid-range",
                                from = cert.not_before.as_str(),
                                to = cert.not_after.as_str()
                            ),
                        );
                        row("detail-sha256", cert.sha256.clone());
                    }
                });
            // Every name, folded away: a shared-hosting certificate carries
            // hundreds, and the person usually needs only the closest few.
            if let Some(cert) = attempt
                .certificate
                .as_ref()
                .filter(|c| c.names.len() > CERTIFICATE_NAMES_SHOWN)
            {
                let names = egui::CollapsingHeader::new(tr!("detail-all-names", count = cert.names.len()))
                    .id_salt(("certificate names", index))
                    .show(ui, |ui| {
                        // One name a line: a list to scan, not a paragraph.
                        ui.add(
                            egui::Label::new(egui::RichText::new(cert.names.join("\n")).monospace()).wrap(),
                        );
                    });
                announce_fold(ui, &names);
            }
        });
    // Twenty buttons all named "Details" tell a screen reader nothing.
    let name = tr!("details-of", attempt = line.title());
    ui.ctx()
        .accesskit_node_builder(details.header_response.id, |node| node.set_label(name));
    announce_fold(ui, &details);
}

/// Where an attempt stopped, for the details view.
fn phase_name(phase: Phase) -> String {
    tr!(match phase {
        Phase::Queued => "phase-name-queued",
        Phase::Resolve => "phase-name-resolve",
        Phase::Connect => "phase-name-connect",
        Phase::TlsHandshake => "phase-name-tls",
        Phase::Greeting => "phase-name-greeting",
        Phase::Capabilities => "phase-name-capabilities",
        Phase::Starttls => "phase-name-starttls",
        Phase::CapabilitiesAfterTls => "phase-name-capabilities-tls",
        Phase::Ready => "phase-name-ready",
        Phase::Auth => "phase-name-auth",
        Phase::Done => "phase-name-done",
    })
}
