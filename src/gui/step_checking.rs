//! Step 2: the live list of what is being tried, phase by phase.

use eframe::egui;

use super::action::Action;
use super::check::{Check, LookupRow};
use super::settings::Settings;
use super::widgets::{page_heading, spinner, status_mark, Mark};
use crate::report::{Direction, LookupOutcome, Outcome, Phase, Source};

/// What a phase is doing, in plain words.
fn phase_words(phase: Phase) -> &'static str {
    match phase {
        Phase::Queued => "Waiting for its turn…",
        Phase::Resolve => "Looking up the server…",
        Phase::Connect => "Connecting…",
        Phase::TlsHandshake => "Setting up encryption…",
        Phase::Greeting => "Waiting for the server to say hello…",
        Phase::Capabilities => "Asking what the server offers…",
        Phase::Starttls => "Switching to encryption…",
        Phase::CapabilitiesAfterTls => "Asking again, encrypted…",
        Phase::Ready => "Connection works; password check comes next…",
        Phase::Auth => "Checking your password…",
        Phase::Done => "Done",
    }
}

pub(super) fn checking_ui(check: &Check, settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    ui.add_space(8.0);
    page_heading(ui, format!("Checking {}", settings.email.trim()));
    ui.label(format!("{:.1} s", check.started.elapsed().as_secs_f32()));
    for early in &check.early {
        ui.label(format!(
            "Found the {} setting: {} {} port {} ({}).",
            crate::verdict::words::direction(early.protocol.direction()),
            early.protocol.label(),
            early.host,
            early.port,
            early.security.client_label()
        ));
    }
    // The ways out stay at the top, above a list that may be long.
    ui.horizontal_wrapped(|ui| {
        if !check.early.is_empty() && ui.button("Show my settings now").clicked() {
            action = Some(Action::ShowNow);
        }
        if ui.button("Cancel").on_hover_text("Stop checking (Esc)").clicked() {
            action = Some(Action::Cancel);
        }
        ui.weak("(Esc also stops)");
    });
    ui.add_space(8.0);
    if !check.lookups.is_empty() {
        lookups_ui(check, &settings.email, ui);
    }
    attempts_ui(check, ui);
    action
}

/// "Where your servers are": each source, running or what it said.
fn lookups_ui(check: &Check, email: &str, ui: &mut egui::Ui) {
    ui.strong("Where your servers are");
    egui::Grid::new("lookups")
        .num_columns(2)
        .striped(true)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (source, rows) in lookup_groups(&check.lookups) {
                let found = rows.iter().any(|r| {
                    r.ended
                        .as_ref()
                        .is_some_and(|l| l.outcome == LookupOutcome::Found)
                });
                let running = rows.iter().any(|r| r.ended.is_none());
                if running {
                    spinner(ui, "Looking");
                } else if found {
                    status_mark(ui, Mark::Works);
                } else {
                    status_mark(ui, Mark::Stopped);
                }
                let words = lookup_words(source, email);
                let said: Vec<&str> = rows
                    .iter()
                    .filter_map(|r| r.ended.as_ref())
                    .filter(|l| l.outcome != LookupOutcome::None || rows.len() == 1)
                    .map(|l| l.detail.as_str())
                    .collect();
                let text = match (running, said.is_empty()) {
                    (true, _) => format!("{words}…"),
                    (false, true) => format!("{words}: nothing there"),
                    (false, false) => format!("{words}: {}", said.join("; ")),
                };
                ui.add(egui::Label::new(text).wrap());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
}

/// Each direction's attempts: running (with what they do now) or ended
/// (with what it means).
fn attempts_ui(check: &Check, ui: &mut egui::Ui) {
    for (direction, heading) in [
        (Direction::Incoming, "Incoming mail"),
        (Direction::Outgoing, "Outgoing mail"),
    ] {
        let rows: Vec<_> = check
            .rows
            .iter()
            .filter(|row| row.protocol.direction() == direction && !row.host.is_empty())
            .collect();
        if rows.is_empty() {
            continue;
        }
        ui.strong(heading);
        egui::Grid::new(("attempts", heading))
            .num_columns(3)
            .striped(true)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for row in rows {
                    match &row.finished {
                        Some(attempt) => status_mark(ui, mark_for(attempt.outcome)),
                        None => {
                            spinner(ui, "Trying");
                        }
                    }
                    ui.label(format!(
                        "{} {}:{}  {}",
                        row.protocol.label(),
                        row.host,
                        row.port,
                        row.security.client_label()
                    ));
                    match &row.finished {
                        Some(attempt) => ui.add(egui::Label::new(&attempt.explanation).wrap()),
                        None => ui.label(phase_words(row.phase)),
                    };
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
    }
}

/// The lookups of one source together (SRV asks six names), in the order
/// the sources were first asked.
fn lookup_groups(lookups: &[LookupRow]) -> Vec<(Source, Vec<&LookupRow>)> {
    let mut groups: Vec<(Source, Vec<&LookupRow>)> = Vec::new();
    for row in lookups {
        match groups.iter_mut().find(|(source, _)| *source == row.source) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((row.source, vec![row])),
        }
    }
    groups
}

/// What a lookup does, in the words of the checking page.
fn lookup_words(source: Source, email: &str) -> String {
    let domain = email.rsplit_once('@').map_or("", |(_, d)| d.trim());
    match source {
        Source::Autoconfig => "Asking your provider for its settings".to_owned(),
        Source::WellKnown => format!("Looking for settings on {domain}'s website"),
        Source::Ispdb => "Asking Thunderbird's database of mail providers".to_owned(),
        Source::Mx => format!("Looking up where {domain}'s mail goes"),
        Source::Srv => format!("Looking for {domain}'s mail servers in DNS"),
        Source::User | Source::Guess => "Trying the usual server names".to_owned(),
    }
}

/// The mark for an outcome: works, failed, or stopped before an answer.
pub(super) fn mark_for(outcome: Outcome) -> Mark {
    match outcome {
        Outcome::Ok => Mark::Works,
        Outcome::Cancelled | Outcome::Skipped => Mark::Stopped,
        _ => Mark::Failed,
    }
}
