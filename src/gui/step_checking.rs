//! Step 2: the live list of what is being tried, phase by phase.

use eframe::egui;

use super::app::{status_mark, Action, App, Mark};
use crate::probe::report::{Direction, Outcome, Phase};

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

pub(super) fn checking_ui(app: &mut App, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    let Some(check) = &app.check else {
        return Some(Action::Back);
    };
    ui.add_space(8.0);
    ui.heading(format!("Checking {}", app.settings.email.trim()));
    ui.label(format!("{:.1} s", check.started.elapsed().as_secs_f32()));
    ui.add_space(8.0);

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
                            ui.add(egui::Spinner::new());
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

    ui.add_space(12.0);
    for early in &check.early {
        ui.label(format!(
            "Found the {} setting: {} {} port {} ({}).",
            match early.protocol.direction() {
                Direction::Incoming => "incoming",
                Direction::Outgoing => "outgoing",
            },
            early.protocol.label(),
            early.host,
            early.port,
            early.security.client_label()
        ));
    }
    if !check.early.is_empty() && ui.button("Show my settings now").clicked() {
        action = Some(Action::ShowNow);
    }
    if ui.button("Cancel").on_hover_text("Stop checking (Esc)").clicked() {
        action = Some(Action::Cancel);
    }
    action
}

/// The mark for an outcome: works, failed, or stopped before an answer.
pub(super) fn mark_for(outcome: Outcome) -> Mark {
    match outcome {
        Outcome::Ok => Mark::Works,
        Outcome::Cancelled | Outcome::Skipped => Mark::Stopped,
        _ => Mark::Failed,
    }
}
