//! A report as plain text: the CLI's output and the window's "text report"
//! export read the same.

use std::fmt::Write as _;

use crate::report::{Attempt, Cause, Direction, LookupOutcome, Outcome, Protocol, Report, Setting};
use crate::verdict::words::capitalised;
use crate::wire::certificate;

/// A few words per outcome for one-line summaries.
#[must_use]
pub fn outcome_words(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Ok => "works",
        Outcome::AuthFailed => "password refused",
        Outcome::AuthTemporary => "login not possible right now (server problem)",
        Outcome::AuthDisabled => "password logins switched off by the provider",
        Outcome::WebLoginRequired => "sign in through the web page first",
        Outcome::AppPasswordRequired => "app password required",
        Outcome::OauthRequired => "browser sign-in (OAuth2) required",
        Outcome::AuthUnavailable => "no login offered",
        Outcome::PlaintextAuthRefused => "login only without encryption (password not sent)",
        Outcome::StarttlsUnavailable => "no encryption offered",
        Outcome::CertUntrusted => "certificate not trusted",
        Outcome::CertExpired => "certificate expired",
        Outcome::CertNameMismatch => "certificate is for another name",
        Outcome::TlsFailed => "encryption failed",
        Outcome::WrongMode => "speaks the other connection type",
        Outcome::Refused => "closed",
        Outcome::ServerBusy => "server busy",
        Outcome::ServiceRefused => "server refuses service",
        Outcome::Timeout => "no answer",
        Outcome::DnsFailed => "no such server",
        Outcome::ProtocolError => "not a proper mail server answer",
        Outcome::Cancelled => "cancelled",
        Outcome::Skipped => "not tried",
    }
}

/// A few words for one attempt's end: its outcome's, or its cause's where
/// the outcome alone would mislead.
#[must_use]
pub fn attempt_words(attempt: &Attempt) -> &'static str {
    match attempt.cause {
        Some(Cause::ClosedAfterLogin) => "login accepted, then the server closed the session",
        Some(Cause::PlaintextOnly) => "no encryption at all",
        Some(Cause::PipelinedAnswer) => "answered before it was asked",
        Some(Cause::Preauth) => "claims a login before any password",
        Some(Cause::LoginUnanswered) => "password sent, no answer",
        Some(Cause::AccessDisabled) => "switched off in the provider's settings",
        Some(Cause::LoginSpared) => "offers a login; not tried, to spare your account",
        Some(Cause::MechanismRefused) => "refused the login method it offered",
        _ => outcome_words(attempt.outcome),
    }
}

fn write_setting(out: &mut String, setting: &Setting) {
    let auth = if setting.signs_in() {
        "OAuth2 (sign in with your provider)"
    } else if setting.auth_mechanism.is_some() {
        "Normal password"
    } else {
        "(not checked)"
    };
    if setting.protocol.direction() == Direction::Incoming {
        let _ = writeln!(out, "  Server type:         {}", setting.protocol.label());
    }
    let _ = writeln!(out, "  Server:              {}", setting.host);
    let _ = writeln!(out, "  Port:                {}", setting.port);
    let _ = writeln!(out, "  Connection security: {}", setting.security.client_label());
    let _ = writeln!(out, "  Authentication:      {auth}");
    let _ = writeln!(out, "  User name:           {}", setting.username);
}

/// The whole report in plain text: for outgoing and incoming mail, the
/// recommendation, why and the alternatives; then every other attempt in
/// plain words.
#[must_use]
pub fn report_text(report: &Report) -> String {
    let mut out = String::new();
    if report.cancelled {
        out.push_str("Stopped before the check finished; this is what was found so far.\n\n");
    }
    // What is wrong with the network here explains much of what follows.
    for finding in &report.network {
        let whose = crate::verdict::network::whose(finding.finding);
        out.push_str(&wrap(&format!("{whose}: {}", finding.evidence), "", "  "));
        out.push_str(&wrap(&finding.advice, "  ", "  "));
        out.push('\n');
    }
    let mut first = true;
    for direction in [Direction::Outgoing, Direction::Incoming] {
        if report.attempts_of(direction).next().is_none() {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        write_section(&mut out, report, direction);
    }
    if !report.discovery.is_empty() {
        out.push_str("\nWhere the servers were looked for:\n");
        for lookup in &report.discovery {
            let mark = match lookup.outcome {
                LookupOutcome::Found => "found",
                LookupOutcome::None => "nothing",
                LookupOutcome::Timeout => "no answer",
                LookupOutcome::Error => "failed",
                LookupOutcome::IgnoredHttp => "IGNORED",
            };
            out.push_str(&wrap(
                &format!(
                    "{mark}: {} ({} ms): {}",
                    lookup.query, lookup.elapsed_ms, lookup.detail
                ),
                "  ",
                "      ",
            ));
        }
    }
    let failed: Vec<TriedLine<'_>> = tried_lines(&report.attempts)
        .into_iter()
        .filter(|line| line.first().outcome != Outcome::Ok)
        .collect();
    if !failed.is_empty() {
        out.push_str("\nWhat else was tried:\n");
        for line in failed {
            let _ = writeln!(out, "  {}:", line.title());
            let a = line.first();
            let reason = line.reason();
            out.push_str(&wrap(&reason, "      ", "      "));
            if line.attempts.len() == 1 && !a.detail.is_empty() && a.detail != reason {
                out.push_str(&wrap(&format!("({})", a.detail), "      ", "       "));
            }
        }
    }
    out
}

/// One direction: the recommendation and why, or why nothing works; what
/// else works.
fn write_section(out: &mut String, report: &Report, direction: Direction) {
    let which = crate::verdict::words::direction(direction);
    let section = report.section(direction);
    match &section.recommended {
        Some(setting) if waiting_cause(report, setting).is_some() => {
            write_waiting(out, report, setting, which);
        }
        Some(setting) => {
            let heading = if setting.insecure {
                format!("{} mail works only WITHOUT encryption:", capitalised(which))
            } else if setting.certificate_exception {
                format!(
                    "{} mail works only with the certificate you accepted by hand:",
                    capitalised(which)
                )
            } else if !setting.verified {
                format!("Recommended {which} mail settings (connection checked, password not checked):")
            } else if setting.signs_in() {
                format!("Recommended {which} mail settings (verified by signing in with your provider):")
            } else {
                format!("Recommended {which} mail settings (verified: your password was accepted):")
            };
            let _ = writeln!(out, "{heading}");
            write_setting(out, setting);
            if setting.certificate_exception {
                if let Some(certificate) = report.attempt_for(setting).and_then(|a| a.certificate.as_ref()) {
                    let (first, second) = certificate::fingerprint_halves(&certificate.sha256);
                    let _ = writeln!(out, "  Certificate SHA-256: {first}");
                    let _ = writeln!(out, "                       {second}");
                }
            }
            out.push('\n');
            out.push_str(&wrap(&format!("Why: {}", setting.explanation), "", "     "));
            if let Some(found) = crate::verdict::words::found_through(report, setting) {
                out.push_str(&wrap(&found, "", ""));
            }
        }
        None => match crate::verdict::diagnose::diagnose(report, direction) {
            // The headline says it better than a general sentence would (and
            // for "Other" it is the general sentence).
            Some(diagnosis) => out.push_str(&wrap(
                &format!("{} {}", diagnosis.headline, diagnosis.advice),
                "",
                "",
            )),
            None => {
                let _ = writeln!(out, "No working {which} mail setting was found.");
            }
        },
    }
    if !section.alternatives.is_empty() {
        let _ = writeln!(out, "\nAlso works ({which}):");
        for s in &section.alternatives {
            let caveat = crate::verdict::words::caveat(s)
                .map(|c| format!("  ({c})"))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}{caveat}", crate::verdict::words::setting_line(s));
        }
    }
}

/// The cause that kept the password from a recommended setting the person
/// can still act on: a server to confirm, or one on a local address.
fn waiting_cause(report: &Report, setting: &Setting) -> Option<Cause> {
    report
        .attempt_for(setting)
        .and_then(|a| a.cause)
        .filter(|cause| matches!(cause, Cause::NotConfirmed | Cause::PrivateAddress))
}

/// A recommended setting whose server did not get the password: why, and
/// the command that would send it there.
fn write_waiting(out: &mut String, report: &Report, setting: &Setting, which: &str) {
    let local = waiting_cause(report, setting) == Some(Cause::PrivateAddress);
    let _ = if local {
        writeln!(
            out,
            "Found {which} mail settings on a local or private network address (the password was not sent):"
        )
    } else {
        writeln!(
            out,
            "Found {which} mail settings that need your confirmation (the password was not sent):"
        )
    };
    write_setting(out, setting);
    out.push('\n');
    if let Some(attempt) = report.attempt_for(setting) {
        out.push_str(&wrap(&format!("Why: {}", attempt.explanation), "", "     "));
    }
    if let Some(found) = crate::verdict::words::found_through(report, setting) {
        out.push_str(&wrap(&found, "", ""));
    }
    let _ = if local {
        writeln!(
            out,
            "If it is your organisation's own server: mailsetup probe {} --server {}",
            report.email, setting.host
        )
    } else {
        writeln!(
            out,
            "To send the password there: mailsetup probe {} --trust-discovered {}",
            report.email, setting.host
        )
    };
}

/// One line of "What we tried": a working attempt, or every failed attempt
/// with the same answer (a name that does not exist: per name).
#[derive(Debug, PartialEq)]
pub struct TriedLine<'a> {
    /// The attempts the line stands for; the first one's details are shown.
    pub attempts: Vec<&'a Attempt>,
}

impl TriedLine<'_> {
    /// The attempt whose details stand for the line.
    #[must_use]
    pub fn first(&self) -> &Attempt {
        self.attempts[0]
    }

    /// What was tried: `SMTP mail.example.com:465 SSL/TLS` for one attempt;
    /// the names and the ports for several.
    #[must_use]
    pub fn title(&self) -> String {
        if let [only] = self.attempts[..] {
            return format!(
                "{} {}:{} {}",
                only.protocol.label(),
                only.host,
                only.port,
                only.security.client_label()
            );
        }
        let mut hosts: Vec<&str> = Vec::new();
        for attempt in &self.attempts {
            if !hosts.iter().any(|h| h.eq_ignore_ascii_case(&attempt.host)) {
                hosts.push(&attempt.host);
            }
        }
        let by_protocol: Vec<String> = Protocol::ALL
            .iter()
            .filter_map(|&protocol| {
                let mut ports: Vec<u16> = Vec::new();
                for attempt in self.attempts.iter().filter(|a| a.protocol == protocol) {
                    if !ports.contains(&attempt.port) {
                        ports.push(attempt.port);
                    }
                }
                let ports: Vec<String> = ports.iter().map(u16::to_string).collect();
                (!ports.is_empty()).then(|| format!("{} {}", protocol.label(), ports.join(", ")))
            })
            .collect();
        format!("{} ({})", hosts.join(", "), by_protocol.join("; "))
    }

    /// Why, in plain words: the explanation of a single attempt (or of a
    /// name that does not exist); the short reason for a group.
    #[must_use]
    pub fn reason(&self) -> String {
        let first = self.first();
        if self.attempts.len() == 1 || first.outcome == Outcome::DnsFailed {
            return first.explanation.clone();
        }
        format!("{}.", capitalised(attempt_words(first)))
    }
}

/// The attempts as lines for "What we tried", in the report's order: each
/// working attempt; failed ones with the same answer together; the names
/// that do not exist last, one line each, since they say least.
#[must_use]
pub fn tried_lines(attempts: &[Attempt]) -> Vec<TriedLine<'_>> {
    let mut lines: Vec<TriedLine<'_>> = Vec::new();
    let mut unknown_names: Vec<TriedLine<'_>> = Vec::new();
    for attempt in attempts {
        let same = |line: &&mut TriedLine<'_>| {
            let first = line.first();
            first.outcome == attempt.outcome
                && first.cause == attempt.cause
                && (attempt.outcome != Outcome::DnsFailed || first.host.eq_ignore_ascii_case(&attempt.host))
        };
        let group = match attempt.outcome {
            Outcome::Ok => None,
            Outcome::DnsFailed => unknown_names.iter_mut().find(same),
            _ => lines.iter_mut().find(same),
        };
        match group {
            Some(line) => line.attempts.push(attempt),
            None if attempt.outcome == Outcome::DnsFailed => unknown_names.push(TriedLine {
                attempts: vec![attempt],
            }),
            None => lines.push(TriedLine {
                attempts: vec![attempt],
            }),
        }
    }
    lines.extend(unknown_names);
    lines
}

/// Line width of the text report: readable in any terminal and mail.
const WIDTH: usize = 78;

/// Wraps `text` at word boundaries to `WIDTH` (78) columns; the first line
/// starts with `first`, the others with `rest`. Ends with a newline.
#[must_use]
pub fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut line_has_word = false;
    for word in text.split_whitespace() {
        if line_has_word && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_owned();
            line_has_word = false;
        }
        if line_has_word {
            line.push(' ');
        }
        line.push_str(word);
        line_has_word = true;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_indents() {
        let text =
            "Port 25 is meant for mail servers talking to each other, and many internet providers block it.";
        let wrapped = wrap(text, "  ", "    ");
        assert!(wrapped.lines().all(|l| l.chars().count() <= WIDTH), "{wrapped}");
        assert!(wrapped.starts_with("  Port 25"));
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("    ")));
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_word_longer_than_the_line_stands_alone() {
        let long = "x".repeat(100);
        assert_eq!(wrap(&long, "", ""), format!("{long}\n"));
    }

    fn attempt(host: &str, port: u16, outcome: Outcome) -> Attempt {
        let mut attempt = Attempt::new(Protocol::Smtp, host, port, crate::report::Security::Starttls);
        attempt.outcome = outcome;
        attempt
    }

    #[test]
    fn names_that_do_not_exist_take_one_line_each_at_the_end() {
        let attempts = [
            attempt("smtp.example.test", 465, Outcome::DnsFailed),
            attempt("mail.example.test", 465, Outcome::Ok),
            attempt("example.test", 465, Outcome::DnsFailed),
            attempt("SMTP.example.test", 587, Outcome::DnsFailed),
            attempt("mail.example.test", 587, Outcome::Refused),
            attempt("example.test", 587, Outcome::DnsFailed),
        ];
        let lines: Vec<(String, usize)> = tried_lines(&attempts)
            .into_iter()
            .map(|line| (line.title(), line.attempts.len()))
            .collect();
        assert_eq!(
            lines,
            [
                ("SMTP mail.example.test:465 STARTTLS".to_owned(), 1),
                ("SMTP mail.example.test:587 STARTTLS".to_owned(), 1),
                ("smtp.example.test (SMTP 465, 587)".to_owned(), 2),
                ("example.test (SMTP 465, 587)".to_owned(), 2),
            ]
        );
    }

    #[test]
    fn failures_with_the_same_answer_are_one_line() {
        let mut attempts = vec![
            attempt("smtp.example.test", 465, Outcome::CertUntrusted),
            attempt("mail.example.test", 465, Outcome::CertUntrusted),
            attempt("mail.example.test", 587, Outcome::CertUntrusted),
            attempt("mail.example.test", 25, Outcome::Refused),
        ];
        attempts[3].explanation = "Nothing answers on port 25 of this server: the port is closed.".into();
        let lines = tried_lines(&attempts);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0].title(),
            "smtp.example.test, mail.example.test (SMTP 465, 587)"
        );
        assert_eq!(lines[0].reason(), "Certificate not trusted.");
        assert_eq!(lines[1].reason(), attempts[3].explanation);
    }
}
