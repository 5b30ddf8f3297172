//! What the check found about the network this computer is on, shown once
//! at the top of the result: it explains many of the failures below it.

use eframe::egui;

use super::widgets::page_heading;
use crate::report::Report;

/// A box per finding: what was seen, and what to do.
pub(super) fn network_ui(report: &Report, ui: &mut egui::Ui) {
    for finding in &report.network {
        egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            page_heading(ui, crate::verdict::network::title(finding.finding));
            ui.add(egui::Label::new(&finding.evidence).wrap());
            ui.add_space(4.0);
            ui.add(egui::Label::new(egui::RichText::new(&finding.advice).strong()).wrap());
        });
        ui.add_space(6.0);
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT, Queryable};
    use egui_kittest::Harness;

    use super::*;
    use crate::report::{Finding, NetworkFinding};

    #[test]
    fn a_finding_is_a_heading_with_what_was_seen_and_what_to_do() {
        let report = Report {
            email: "alice@example.test".to_owned(),
            outgoing: crate::report::Section::default(),
            incoming: crate::report::Section::default(),
            attempts: Vec::new(),
            discovery: Vec::new(),
            sign_in: None,
            cancelled: false,
            network: vec![Finding {
                finding: NetworkFinding::PortBlocked,
                evidence: "Port 587 got no answer from 2 servers".to_owned(),
                advice: "Something on this network drops connections to port 587".to_owned(),
            }],
        };
        let harness = Harness::new_ui(|ui| network_ui(&report, ui));
        let heading = harness.get_by_label("Your network: a port is blocked here");
        assert_eq!(heading.accesskit_node().role(), egui::accesskit::Role::Heading);
        harness.get_by_label("Port 587 got no answer from 2 servers");
        harness.get_by_label("Something on this network drops connections to port 587");
    }
}
