//! Step 2: the live list of what is being tried, phase by phase.

use eframe::egui;

use super::action::Action;
use super::check::{Check, LookupRow, Row};
use super::settings::Settings;
use super::widgets::{page_heading, spinner, status_mark, Mark};
use crate::i18n::{text as t, text_with};
use crate::report::{Direction, LookupOutcome, Outcome, Phase, Source};
use crate::verdict::network::{behind_a_portal, blocked_ports, explained_by_blocked_port};

/// What a phase is doing, in plain words.
fn phase_words(phase: Phase) -> String {
    t(match phase {
        Phase::Queued => "phase-queued",
        Phase::Resolve => "phase-resolve",
        Phase::Connect => "phase-connect",
        Phase::TlsHandshake => "phase-tls",
        Phase::Greeting => "phase-greeting",
        Phase::Capabilities => "phase-capabilities",
        Phase::Starttls => "phase-starttls",
        Phase::CapabilitiesAfterTls => "phase-capabilities-tls",
        Phase::Ready => "phase-ready",
        Phase::Auth => "phase-auth",
        Phase::Done => "phase-done",
    })
}

pub(super) fn checking_ui(check: &Check, settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    if let Some(url) = &check.signing_in {
        return signing_in_ui(url, ui);
    }
    let mut action = None;
    ui.add_space(8.0);
    page_heading(
        ui,
        text_with("checking-title", &[("email", settings.email.trim().into())]),
    );
    // Tenths of a second (Fluent's NUMBER pads, and does not round).
    let seconds = (check.started.elapsed().as_secs_f64() * 10.0).round() / 10.0;
    ui.label(text_with(
        "checking-elapsed",
        &[("seconds", crate::i18n::decimal(seconds, 1).into())],
    ));
    for early in &check.early {
        let direction = match early.protocol.direction() {
            Direction::Incoming => t("checking-incoming"),
            Direction::Outgoing => t("checking-outgoing"),
        };
        ui.label(text_with(
            "checking-found",
            &[
                ("direction", direction.into()),
                ("protocol", early.protocol.label().into()),
                ("host", early.host.as_str().into()),
                ("port", early.port.into()),
                ("security", early.security.client_label().into()),
            ],
        ));
    }
    // The ways out stay at the top, above a list that may be long.
    ui.horizontal_wrapped(|ui| {
        if !check.early.is_empty() && ui.button(t("show-now")).clicked() {
            action = Some(Action::ShowNow);
        }
        if ui.button(t("cancel")).on_hover_text(t("cancel-tip")).clicked() {
            action = Some(Action::Cancel);
        }
        ui.weak(t("esc-stops"));
    });
    ui.add_space(8.0);
    // What the attempts so far say about this network, once nothing still
    // running on those ports could change it: it explains the rows below.
    let explained = Explained {
        blocked_ports: settled_blocked_ports(check),
        portal: behind_a_portal(check.lookups.iter().filter_map(|row| row.ended.as_ref())),
    };
    if !explained.blocked_ports.is_empty() || explained.portal {
        super::findings::network_ui(&check.provisional_report(settings.email.trim()), ui);
    }
    if !check.lookups.is_empty() {
        lookups_ui(check, &settings.email, ui);
    }
    attempts_ui(check, &explained, ui);
    action
}

/// Waiting for the person to sign in in the browser: what to do, the
/// address in case no browser opened, and the way out.
fn signing_in_ui(url: &str, ui: &mut egui::Ui) -> Option<Action> {
    ui.add_space(8.0);
    page_heading(ui, t("signing-in-title"));
    if url.is_empty() {
        ui.horizontal(|ui| {
            spinner(ui, &t("signing-in-finding"));
            ui.label(text_with(
                "lookup-running",
                &[("lookup", t("signing-in-finding").into())],
            ));
        });
    } else {
        // The name the browser's address bar should show: a sign-in page
        // anywhere else is not this one.
        let host = oauth2::url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(crate::wire::printable::printable))
            .unwrap_or_default();
        ui.label(text_with("signing-in-opened", &[("host", host.into())]));
        ui.add_space(6.0);
        ui.label(t("signing-in-no-browser"));
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::Label::new(egui::RichText::new(url).monospace()).wrap());
            if ui.button(t("copy-address")).clicked() {
                ui.ctx().copy_text(url.to_owned());
            }
        });
    }
    ui.add_space(8.0);
    let cancel = ui
        .button(t("cancel"))
        .on_hover_text(t("signing-in-cancel-tip"))
        .clicked();
    cancel.then_some(Action::Cancel)
}

/// "Where your servers are": each source, running or what it said.
fn lookups_ui(check: &Check, email: &str, ui: &mut egui::Ui) {
    ui.strong(t("lookups-title"));
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
                    spinner(ui, &t("looking"));
                } else if found {
                    status_mark(ui, Mark::Works);
                } else {
                    status_mark(ui, Mark::Stopped);
                }
                let words = lookup_words(source, email);
                let ended: Vec<_> = rows.iter().filter_map(|r| r.ended.as_ref()).collect();
                let found: Vec<&str> = ended
                    .iter()
                    .filter(|l| l.outcome == LookupOutcome::Found)
                    .map(|l| l.detail.as_str())
                    .collect();
                let text = if running {
                    text_with("lookup-running", &[("lookup", words.into())])
                } else {
                    let said = if found.is_empty() {
                        nothing_words(ended.iter().map(|l| l.outcome))
                    } else {
                        found.join("; ")
                    };
                    text_with("lookup-ended", &[("lookup", words.into()), ("said", said.into())])
                };
                // What the network or server said exactly stays one hover
                // away; the line says it in words.
                let raw: Vec<&str> = ended.iter().map(|l| l.detail.as_str()).collect();
                ui.add(egui::Label::new(text).wrap())
                    .on_hover_text(raw.join("\n"));
                ui.end_row();
            }
        });
    ui.add_space(8.0);
}

/// What a network finding above the list explains of it.
struct Explained {
    /// Ports this network drops: their silent attempts fold into a line.
    blocked_ports: Vec<u16>,
    /// Every name leads to a sign-in page: every failed attempt folds.
    portal: bool,
}

impl Explained {
    fn explains(&self, attempt: &crate::report::Attempt) -> bool {
        (self.portal && attempt.outcome != Outcome::Ok)
            || explained_by_blocked_port(attempt, &self.blocked_ports)
    }
}

/// Each direction's attempts: running (with what they do now) or ended
/// (with what it means). Guessed names that do not exist fold into one
/// line: they are expected to fail and say nothing about the account.
fn attempts_ui(check: &Check, explained: &Explained, ui: &mut egui::Ui) {
    for (direction, heading) in [
        (Direction::Incoming, t("attempts-incoming")),
        (Direction::Outgoing, t("attempts-outgoing")),
    ] {
        let (quiet, rows): (Vec<&Row>, Vec<&Row>) = check
            .rows
            .iter()
            .filter(|row| row.protocol.direction() == direction && !row.host.is_empty())
            .partition(|row| is_quiet_guess(row));
        let (blocked, rows): (Vec<&Row>, Vec<&Row>) = rows
            .into_iter()
            .partition(|row| row.finished.as_ref().is_some_and(|a| explained.explains(a)));
        if rows.is_empty() && quiet.is_empty() && blocked.is_empty() {
            continue;
        }
        ui.strong(&heading);
        egui::Grid::new(("attempts", direction))
            .num_columns(3)
            .striped(true)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for row in rows {
                    attempt_row_ui(row, ui);
                }
                if explained.portal && !blocked.is_empty() {
                    portal_rows_ui(&blocked, ui);
                } else if !blocked.is_empty() {
                    blocked_rows_ui(&blocked, ui);
                }
                if !quiet.is_empty() {
                    quiet_guesses_ui(&quiet, ui);
                }
            });
        ui.add_space(8.0);
    }
}

/// The ports the finished attempts show blocked, where no attempt on them
/// still runs (one could still answer and undo the finding).
fn settled_blocked_ports(check: &Check) -> Vec<u16> {
    let mut ports = blocked_ports(check.rows.iter().filter_map(|r| r.finished.as_deref()));
    ports.retain(|&port| {
        !check
            .rows
            .iter()
            .any(|r| r.port == port && r.finished.is_none() && !r.host.is_empty())
    });
    ports
}

/// A guessed name (imap.example.com, smtp.example.com…) that does not
/// exist: the usual case, not a problem.
fn is_quiet_guess(row: &Row) -> bool {
    row.finished
        .as_ref()
        .is_some_and(|a| a.source == Source::Guess && a.outcome == Outcome::DnsFailed)
}

fn attempt_row_ui(row: &Row, ui: &mut egui::Ui) {
    match &row.finished {
        Some(attempt) => status_mark(ui, mark_for(attempt.outcome)),
        None => spinner(ui, &t("trying")),
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
        // Wraps as the explanation does: a longer language must not run
        // past the window's edge at its narrowest.
        None => ui.add(egui::Label::new(phase_words(row.phase)).wrap()),
    };
    ui.end_row();
}

/// "This network's sign-in page stands in the way: 12 attempts", one line
/// for the attempts a captive portal explains (the servers on hover).
fn portal_rows_ui(explained: &[&Row], ui: &mut egui::Ui) {
    let mut servers: Vec<String> = explained
        .iter()
        .map(|row| format!("{} {}:{}", row.protocol.label(), row.host, row.port))
        .collect();
    servers.sort_unstable();
    status_mark(ui, Mark::Failed);
    ui.label(t("portal-in-the-way")).on_hover_text(servers.join("\n"));
    ui.label(text_with("portal-attempts", &[("count", explained.len().into())]));
    ui.end_row();
}

/// "Port 587 is blocked on this network: 4 attempts", one line for the
/// attempts the network finding above explains (the servers on hover).
fn blocked_rows_ui(blocked: &[&Row], ui: &mut egui::Ui) {
    let mut ports: Vec<u16> = blocked.iter().map(|row| row.port).collect();
    ports.sort_unstable();
    ports.dedup();
    let ports: Vec<String> = ports.iter().map(u16::to_string).collect();
    let mut servers: Vec<String> = blocked
        .iter()
        .map(|row| format!("{} {}:{}", row.protocol.label(), row.host, row.port))
        .collect();
    servers.sort_unstable();
    status_mark(ui, Mark::Failed);
    let port_words = text_with(
        "ports-blocked",
        &[("count", ports.len().into()), ("ports", ports.join(", ").into())],
    );
    ui.label(port_words).on_hover_text(servers.join("\n"));
    ui.label(text_with("blocked-attempts", &[("count", blocked.len().into())]));
    ui.end_row();
}

/// "3 other possible names: none exist", naming them on hover.
fn quiet_guesses_ui(quiet: &[&Row], ui: &mut egui::Ui) {
    let mut names: Vec<&str> = quiet.iter().map(|row| row.host.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    status_mark(ui, Mark::Stopped);
    let line = text_with("guesses-missing", &[("count", names.len().into())]);
    ui.label(line).on_hover_text(names.join("\n"));
    ui.label(t("guesses-usual"));
    ui.end_row();
}

/// The lookups of one source together (SRV asks six names), in the order
/// the sources were first asked. The name that cannot exist finds no
/// servers: the network box speaks of it when it tells something.
fn lookup_groups(lookups: &[LookupRow]) -> Vec<(Source, Vec<&LookupRow>)> {
    let mut groups: Vec<(Source, Vec<&LookupRow>)> = Vec::new();
    for row in lookups.iter().filter(|row| row.source != Source::Control) {
        match groups.iter_mut().find(|(source, _)| *source == row.source) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((row.source, vec![row])),
        }
    }
    groups
}

/// Why a source named nothing, in words: the most telling of its lookups'
/// endings (a timeout or an error says more than "nothing there").
fn nothing_words(outcomes: impl Iterator<Item = LookupOutcome>) -> String {
    let outcomes: Vec<LookupOutcome> = outcomes.collect();
    t(if outcomes.contains(&LookupOutcome::IgnoredHttp) {
        "lookup-plain-http"
    } else if outcomes.contains(&LookupOutcome::Timeout) {
        "lookup-timeout"
    } else if outcomes.contains(&LookupOutcome::Error) && !outcomes.contains(&LookupOutcome::None) {
        "lookup-error"
    } else {
        "lookup-nothing"
    })
}

/// What a lookup does, in the words of the checking page.
fn lookup_words(source: Source, email: &str) -> String {
    let domain = email.rsplit_once('@').map_or("", |(_, d)| d.trim());
    let id = match source {
        Source::Autoconfig => "lookup-autoconfig",
        Source::WellKnown => "lookup-well-known",
        Source::Ispdb => "lookup-ispdb",
        Source::Mx => "lookup-mx",
        Source::Srv => "lookup-srv",
        Source::User | Source::Guess => "lookup-guess",
        Source::Control => "lookup-control",
    };
    text_with(id, &[("domain", domain.into())])
}

/// The mark for an outcome: works, failed, or stopped before an answer.
pub(super) fn mark_for(outcome: Outcome) -> Mark {
    match outcome {
        Outcome::Ok => Mark::Works,
        Outcome::Cancelled | Outcome::Skipped => Mark::Stopped,
        _ => Mark::Failed,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use egui_kittest::kittest::Queryable;
    use egui_kittest::Harness;

    use super::*;
    use crate::report::{Attempt, Lookup, Protocol, Security};

    fn row(host: &str, source: Source, outcome: Outcome, explanation: &str) -> Row {
        let mut attempt = Attempt::new(Protocol::Imap, host, 993, Security::ImplicitTls);
        attempt.source = source;
        attempt.outcome = outcome;
        attempt.explanation = explanation.to_owned();
        Row {
            protocol: Protocol::Imap,
            host: host.to_owned(),
            port: 993,
            security: Security::ImplicitTls,
            phase: Phase::Resolve,
            finished: Some(Box::new(attempt)),
        }
    }

    fn answered(host: &str, address: &str, port: u16, outcome: Outcome, phase: Phase) -> Row {
        let mut row = row(host, Source::User, outcome, "explained");
        row.port = port;
        if let Some(attempt) = row.finished.as_mut() {
            attempt.port = port;
            attempt.address = Some(address.to_owned());
            attempt.phase = phase;
        }
        row
    }

    /// A name that cannot exist resolves and two unrelated web servers show
    /// a sign-in page's certificate: the box says so at the top, and every
    /// failed attempt folds into one line under it.
    #[test]
    fn attempts_a_captive_portal_explains_fold_under_one_line() {
        let web = |host: &str| LookupRow {
            source: Source::Autoconfig,
            query: format!("https://{host}/mail/config-v1.1.xml"),
            ended: Some(Lookup {
                source: Source::Autoconfig,
                query: format!("https://{host}/mail/config-v1.1.xml"),
                outcome: LookupOutcome::Error,
                elapsed_ms: 3,
                detail: String::new(),
                clock_offset_s: None,
                certificate_for: Some(vec!["portal.hotel.test".to_owned()]),
                root: None,
            }),
        };
        let control = LookupRow {
            source: Source::Control,
            query: "mailsetup-check-1.example.test A/AAAA".to_owned(),
            ended: Some(Lookup {
                source: Source::Control,
                query: "mailsetup-check-1.example.test A/AAAA".to_owned(),
                outcome: LookupOutcome::Found,
                elapsed_ms: 3,
                detail: String::new(),
                clock_offset_s: None,
                certificate_for: None,
                root: None,
            }),
        };
        let check = Check {
            id: 1,
            cancel: tokio_util::sync::CancellationToken::new(),
            started: Instant::now(),
            rows: vec![
                answered(
                    "imap.example.test",
                    "192.0.2.9",
                    993,
                    Outcome::Refused,
                    Phase::Connect,
                ),
                answered(
                    "mail.example.test",
                    "192.0.2.9",
                    993,
                    Outcome::Refused,
                    Phase::Connect,
                ),
                answered(
                    "mail.example.test",
                    "192.0.2.9",
                    143,
                    Outcome::Refused,
                    Phase::Connect,
                ),
            ],
            early: Vec::new(),
            show_now: false,
            lookups: vec![control, web("autoconfig.example.test"), web("ispdb.example.org")],
            signing_in: None,
            sign_in: None,
        };
        let settings = Settings {
            email: "alice@example.test".to_owned(),
            ..Settings::default()
        };
        let harness = Harness::new_ui(|ui| {
            checking_ui(&check, &settings, ui);
        });
        harness.get_by_label("Your network: it wants a sign-in first");
        harness.get_by_label("This network's sign-in page stands in the way");
        harness.get_by_label("3 attempts could not reach their servers");
        assert!(harness.query_by_label_contains("the port is closed").is_none());
    }

    /// While the person signs in in the browser, the page says so, shows the
    /// address to open by hand, and Cancel ends it.
    #[test]
    fn waiting_for_a_sign_in_says_what_to_do_and_how_to_stop() {
        let check = Check {
            signing_in: Some("https://auth.example.test/auth?client_id=x".to_owned()),
            ..Check::begun()
        };
        let settings = Settings::default();
        let mut action = None;
        let mut harness = Harness::new_ui(|ui| {
            if let Some(a) = checking_ui(&check, &settings, ui) {
                action = Some(a);
            }
        });
        harness.get_by_label("Waiting for you to sign in in your browser");
        harness.get_by_label("https://auth.example.test/auth?client_id=x");
        // Where the sign-in should be, by the name the browser shows.
        harness.get_by_label_contains("sign-in page at auth.example.test opened in your browser");
        harness.get_by_label("Copy address");
        harness.get_by_label("Cancel").click();
        harness.run();
        drop(harness);
        assert_eq!(action, Some(Action::Cancel));
    }

    /// Port 993 dropped on the way to two servers that answer on 143: one
    /// box says so at the top, and the silent attempts fold into one line.
    #[test]
    fn attempts_a_blocked_port_explains_fold_under_one_line() {
        let check = Check {
            id: 1,
            cancel: tokio_util::sync::CancellationToken::new(),
            started: Instant::now(),
            rows: vec![
                answered(
                    "imap.example.test",
                    "192.0.2.1",
                    993,
                    Outcome::Timeout,
                    Phase::Connect,
                ),
                answered("imap.example.test", "192.0.2.1", 143, Outcome::Ok, Phase::Done),
                answered(
                    "mail.example.test",
                    "192.0.2.2",
                    993,
                    Outcome::Timeout,
                    Phase::Connect,
                ),
                answered("mail.example.test", "192.0.2.2", 143, Outcome::Ok, Phase::Done),
            ],
            early: Vec::new(),
            show_now: false,
            lookups: Vec::new(),
            signing_in: None,
            sign_in: None,
        };
        let settings = Settings {
            email: "alice@example.test".to_owned(),
            ..Settings::default()
        };
        let harness = Harness::new_ui(|ui| {
            checking_ui(&check, &settings, ui);
        });
        harness.get_by_label("Your network: a port is blocked here");
        harness.get_by_label("Port 993 is blocked on this network");
        harness.get_by_label("2 attempts got no answer");
        assert!(harness.query_by_label_contains("imap.example.test:993").is_none());
        harness.get_by_label_contains("imap.example.test:143");

        // A third server still trying 993 may yet answer: nothing is said.
        let mut still = answered(
            "imap3.example.test",
            "192.0.2.3",
            993,
            Outcome::Timeout,
            Phase::Connect,
        );
        still.finished = None;
        drop(harness);
        let mut running = check;
        running.rows.push(still);
        let harness = Harness::new_ui(|ui| {
            checking_ui(&running, &settings, ui);
        });
        assert!(harness.query_by_label_contains("blocked").is_none());
    }

    /// Guessed names that do not exist fold into one line; a lookup that
    /// failed says so in words, the raw error only on hover.
    #[test]
    fn failing_guesses_fold_and_errors_are_in_words() {
        let check = Check {
            id: 1,
            cancel: tokio_util::sync::CancellationToken::new(),
            started: Instant::now(),
            rows: vec![
                row(
                    "imap.example.test",
                    Source::Guess,
                    Outcome::DnsFailed,
                    "imap.example.test does not exist",
                ),
                row(
                    "mail.example.test",
                    Source::Guess,
                    Outcome::DnsFailed,
                    "mail.example.test does not exist",
                ),
                row(
                    "example.test",
                    Source::Guess,
                    Outcome::DnsFailed,
                    "example.test does not exist",
                ),
                row(
                    "mx.example.test",
                    Source::Mx,
                    Outcome::Refused,
                    "Nothing answers on port 993",
                ),
            ],
            early: Vec::new(),
            show_now: false,
            lookups: vec![LookupRow {
                source: Source::Autoconfig,
                query: "https://autoconfig.example.test/".to_owned(),
                ended: Some(Lookup {
                    source: Source::Autoconfig,
                    query: "https://autoconfig.example.test/".to_owned(),
                    outcome: LookupOutcome::Error,
                    elapsed_ms: 3,
                    detail: "client error (Connect): tcp connect error (os error 111)".to_owned(),
                    clock_offset_s: None,
                    certificate_for: None,
                    root: None,
                }),
            }],
            signing_in: None,
            sign_in: None,
        };
        let harness = Harness::new_ui(|ui| {
            lookups_ui(&check, "alice@example.test", ui);
            let nothing = Explained {
                blocked_ports: Vec::new(),
                portal: false,
            };
            attempts_ui(&check, &nothing, ui);
        });
        harness.get_by_label("3 other possible names: none exist");
        assert!(harness.query_by_label_contains("does not exist").is_none());
        harness.get_by_label_contains("Nothing answers on port 993");
        harness.get_by_label("Asking your provider for its settings: could not be asked");
        assert!(harness.query_by_label_contains("os error").is_none());
    }

    /// The checking step in the pseudo-locale: attempts under way, the
    /// lookups (running, nothing there, timed out), the guessed names
    /// that do not exist, and the page that waits for a sign-in. No
    /// sentence is left in English (the servers' names are not words).
    /// At the window's narrowest, in the pseudo-locale (40 % longer), an
    /// attempt still waiting for its server wraps its words rather than
    /// running past the edge.
    #[test]
    fn a_running_attempt_fits_the_narrowest_window_in_a_longer_language() {
        use egui_kittest::kittest::NodeT;
        crate::i18n::choose_here(crate::i18n::PSEUDO);
        let mut running = row("mail.scripted.example.test", Source::User, Outcome::Ok, "");
        running.finished = None;
        running.phase = Phase::Greeting;
        let check = Check {
            rows: vec![running],
            ..Check::begun()
        };
        let settings = Settings::default();
        let width = crate::gui::MIN_SIZE[0];
        let harness = Harness::builder()
            .with_size([width, crate::gui::MIN_SIZE[1]])
            .build_ui(|ui| {
                // As the window shows a step: in a scroll area.
                egui::ScrollArea::vertical().show(ui, |ui| checking_ui(&check, &settings, ui));
            });
        let scale = f64::from(harness.ctx.pixels_per_point());
        for node in harness.root().children_recursive() {
            if let Some(bounds) = node.accesskit_node().bounding_box() {
                assert!(
                    bounds.x1 / scale <= f64::from(width) + 1.0,
                    "{:?} runs past the edge",
                    node.accesskit_node().label()
                );
            }
        }
    }

    #[test]
    fn the_checking_step_speaks_only_from_the_resources() {
        use super::super::step_account::tests::{english_in, every_text};
        crate::i18n::choose_here(crate::i18n::PSEUDO);
        let lookup = |source: Source, outcome: Option<LookupOutcome>| LookupRow {
            source,
            query: "q".to_owned(),
            ended: outcome.map(|outcome| Lookup {
                source,
                query: "q".to_owned(),
                outcome,
                elapsed_ms: 3,
                detail: String::new(),
                clock_offset_s: None,
                certificate_for: None,
                root: None,
            }),
        };
        let mut running = row("mx1.xyz.test", Source::User, Outcome::Ok, "");
        running.finished = None;
        let check = Check {
            rows: vec![
                running,
                row("imap.xyz.test", Source::Guess, Outcome::DnsFailed, ""),
                row("pop.xyz.test", Source::Guess, Outcome::DnsFailed, ""),
            ],
            lookups: vec![
                lookup(Source::Autoconfig, None),
                lookup(Source::Mx, Some(LookupOutcome::None)),
                lookup(Source::Ispdb, Some(LookupOutcome::Timeout)),
            ],
            ..Check::begun()
        };
        let settings = Settings {
            email: "bq@xyz.test".to_owned(),
            ..Settings::default()
        };
        let harness = Harness::new_ui(|ui| {
            checking_ui(&check, &settings, ui);
        });
        let mut texts = every_text(&harness);
        let waiting = Check {
            signing_in: Some("https://xyz.test/q".to_owned()),
            ..Check::begun()
        };
        let harness = Harness::new_ui(|ui| {
            checking_ui(&waiting, &settings, ui);
        });
        texts.extend(every_text(&harness));
        assert!(texts.len() > 15, "{texts:#?}");
        for text in &texts {
            // Names and addresses are the servers', not the program's.
            let words: Vec<&str> = text
                .split_whitespace()
                .filter(|w| !w.contains("xyz.test") && *w != "IMAP")
                .collect();
            let words = words.join(" ");
            assert_eq!(english_in(&words), None, "English left: {text:?}");
        }
    }
}
