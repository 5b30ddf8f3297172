//! A report as plain text: the CLI's output and the window's "text report"
//! export read the same.

use std::fmt::Write as _;

use crate::report::{Attempt, Cause, Direction, LookupOutcome, Outcome, Protocol, Report, Setting};
use crate::tr;
use crate::verdict::words::capitalised;
use crate::wire::certificate;

/// A few words per outcome for one-line summaries.
#[must_use]
pub fn outcome_words(outcome: Outcome) -> String {
    tr!(match outcome {
        Outcome::Ok => "outcome-ok",
        Outcome::AuthFailed => "outcome-auth-failed",
        Outcome::AuthTemporary => "outcome-auth-temporary",
        Outcome::AuthDisabled => "outcome-auth-disabled",
        Outcome::WebLoginRequired => "outcome-web-login-required",
        Outcome::AppPasswordRequired => "outcome-app-password-required",
        Outcome::OauthRequired => "outcome-oauth-required",
        Outcome::AuthUnavailable => "outcome-auth-unavailable",
        Outcome::PlaintextAuthRefused => "outcome-plaintext-auth-refused",
        Outcome::StarttlsUnavailable => "outcome-starttls-unavailable",
        Outcome::CertUntrusted => "outcome-cert-untrusted",
        Outcome::CertExpired => "outcome-cert-expired",
        Outcome::CertNameMismatch => "outcome-cert-name-mismatch",
        Outcome::TlsFailed => "outcome-tls-failed",
        Outcome::WrongMode => "outcome-wrong-mode",
        Outcome::Refused => "outcome-refused",
        Outcome::ServerBusy => "outcome-server-busy",
        Outcome::ServiceRefused => "outcome-service-refused",
        Outcome::Timeout => "outcome-timeout",
        Outcome::DnsFailed => "outcome-dns-failed",
        Outcome::ProtocolError => "outcome-protocol-error",
        Outcome::Cancelled => "outcome-cancelled",
        Outcome::Skipped => "outcome-skipped",
    })
}

/// A few words for one attempt's end: its outcome's, or its cause's where
/// the outcome alone would mislead.
#[must_use]
pub fn attempt_words(attempt: &Attempt) -> String {
    let id = match attempt.cause {
        Some(Cause::ClosedAfterLogin) => "cause-closed-after-login",
        Some(Cause::PlaintextOnly) => "cause-plaintext-only",
        Some(Cause::PipelinedAnswer) => "cause-pipelined-answer",
        Some(Cause::Preauth) => "cause-preauth",
        Some(Cause::LoginUnanswered) => "cause-login-unanswered",
        Some(Cause::AccessDisabled) => "cause-access-disabled",
        Some(Cause::LoginSpared) => "cause-login-spared",
        Some(Cause::MechanismRefused) => "cause-mechanism-refused",
        Some(Cause::Unreachable) => "cause-unreachable",
        _ => return outcome_words(attempt.outcome),
    };
    tr!(id)
}

/// A setting's fields, one per line, the values in one column.
fn write_setting(out: &mut String, setting: &Setting) {
    let auth = if setting.signs_in() {
        tr!("report-auth-oauth")
    } else if setting.auth_mechanism.is_some() {
        tr!("report-auth-password")
    } else {
        tr!("report-auth-unchecked")
    };
    let mut fields = Vec::new();
    if setting.protocol.direction() == Direction::Incoming {
        fields.push((tr!("report-server-type"), setting.protocol.label().to_owned()));
    }
    fields.extend([
        (tr!("report-server"), setting.host.clone()),
        (tr!("report-port"), setting.port.to_string()),
        (tr!("report-security"), setting.security.client_label().to_owned()),
        (tr!("report-authentication"), auth),
        (tr!("report-username"), setting.username.clone()),
    ]);
    let column = label_column();
    for (label, value) in fields {
        let _ = writeln!(out, "  {}{value}", padded(&label, column));
    }
}

/// The width of the settings' field names in this language, a space after
/// the longest.
fn label_column() -> usize {
    [
        "report-server-type",
        "report-server",
        "report-port",
        "report-security",
        "report-authentication",
        "report-username",
        "report-certificate",
    ]
    .iter()
    .map(|id| columns(&tr!(id)))
    .max()
    .unwrap_or(0)
        + 1
}

/// `label` and spaces to fill `column` columns.
fn padded(label: &str, column: usize) -> String {
    format!("{label}{}", " ".repeat(column.saturating_sub(columns(label))))
}

/// The whole report in plain text: for outgoing and incoming mail, the
/// recommendation, why and the alternatives; then every other attempt in
/// plain words.
#[must_use]
pub fn report_text(report: &Report) -> String {
    let mut out = String::new();
    if report.cancelled {
        out.push_str(&wrap(&tr!("report-cancelled"), "", ""));
        out.push('\n');
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
        let _ = writeln!(out, "\n{}", tr!("report-looked-for"));
        for lookup in &report.discovery {
            let mark = tr!(match lookup.outcome {
                LookupOutcome::Found => "report-lookup-found",
                LookupOutcome::None => "report-lookup-nothing",
                LookupOutcome::Timeout => "report-lookup-timeout",
                LookupOutcome::Error => "report-lookup-failed",
                LookupOutcome::IgnoredHttp => "report-lookup-ignored",
            });
            let line = tr!(
                "report-lookup",
                mark = mark,
                query = lookup.query.as_str(),
                ms = lookup.elapsed_ms.to_string(),
                detail = lookup.detail.as_str()
            );
            out.push_str(&wrap(&line, "  ", "      "));
        }
    }
    let failed: Vec<TriedLine<'_>> = tried_lines(&report.attempts)
        .into_iter()
        .filter(|line| line.first().outcome != Outcome::Ok)
        .collect();
    if !failed.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("report-else-tried"));
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
                "report-works-plaintext"
            } else if setting.certificate_exception {
                "report-works-exception"
            } else if !setting.verified {
                "report-recommended-unchecked"
            } else if setting.signs_in() {
                "report-recommended-signed-in"
            } else {
                "report-recommended"
            };
            out.push_str(&wrap(&tr!(heading, direction = which), "", ""));
            write_setting(out, setting);
            if setting.certificate_exception {
                if let Some(certificate) = report.attempt_for(setting).and_then(|a| a.certificate.as_ref()) {
                    let (first, second) = certificate::fingerprint_halves(&certificate.sha256);
                    let column = label_column();
                    let _ = writeln!(out, "  {}{first}", padded(&tr!("report-certificate"), column));
                    let _ = writeln!(out, "  {}{second}", " ".repeat(column));
                }
            }
            out.push('\n');
            out.push_str(&why(&setting.explanation));
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
            None => out.push_str(&wrap(&tr!("diagnosis-other", direction = which), "", "")),
        },
    }
    if !section.alternatives.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("report-also-works", direction = which));
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
    let heading = if local {
        "report-found-private"
    } else {
        "report-found-unconfirmed"
    };
    out.push_str(&wrap(&tr!(heading, direction = which), "", ""));
    write_setting(out, setting);
    out.push('\n');
    if let Some(attempt) = report.attempt_for(setting) {
        out.push_str(&why(&attempt.explanation));
    }
    if let Some(found) = crate::verdict::words::found_through(report, setting) {
        out.push_str(&wrap(&found, "", ""));
    }
    let (words, option) = if local {
        (tr!("report-if-own-server"), "--server")
    } else {
        (tr!("report-to-send-there"), "--trust-discovered")
    };
    let _ = writeln!(
        out,
        "{words} mailsetup probe {} {option} {}",
        report.email, setting.host
    );
}

/// "Why: " and the explanation, the lines after the first indented under it.
fn why(explanation: &str) -> String {
    let label = tr!("report-why");
    let indent = " ".repeat(columns(&label) + 1);
    wrap(&format!("{label} {explanation}"), "", &indent)
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
        tr!("report-short-reason", words = capitalised(&attempt_words(first)))
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
/// Chinese and Japanese, written without spaces, break between any two
/// characters (not before closing punctuation), and count two columns each.
#[must_use]
pub fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut width = columns(first);
    let mut line_has_word = false;
    for word in text.split_whitespace() {
        for (i, piece) in pieces(word).into_iter().enumerate() {
            let gap = usize::from(line_has_word && i == 0);
            if line_has_word && width + gap + columns(piece) > WIDTH {
                out.push_str(&line);
                out.push('\n');
                line = rest.to_owned();
                width = columns(rest);
                line_has_word = false;
            }
            if line_has_word && i == 0 {
                line.push(' ');
                width += 1;
            }
            line.push_str(piece);
            width += columns(piece);
            line_has_word = true;
        }
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// A word cut where a line may break inside it: before and after each
/// wide character, but never before closing punctuation.
fn pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut previous_wide = false;
    for (at, c) in word.char_indices() {
        let wide = crate::i18n::is_wide(c);
        let closing = matches!(
            c,
            '、' | '。' | '，' | '：' | '；' | '）' | '」' | '』' | '！' | '？' | '・' | 'ー'
        );
        if at > start && (wide || previous_wide) && !closing {
            pieces.push(&word[start..at]);
            start = at;
        }
        previous_wide = wide;
    }
    pieces.push(&word[start..]);
    pieces
}

/// How many terminal columns `text` takes: two for each wide character.
#[must_use]
pub fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| if crate::i18n::is_wide(c) { 2 } else { 1 })
        .sum()
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
    fn text_without_spaces_breaks_between_characters() {
        let text = "ポート993はSSL/TLSで最初のバイトから接続を暗号化します。".repeat(4);
        let wrapped = wrap(&text, "", "");
        assert!(wrapped.lines().count() > 1, "{wrapped}");
        assert!(wrapped.lines().all(|l| columns(l) <= WIDTH), "{wrapped}");
        assert!(wrapped.lines().all(|l| !l.starts_with('。')), "{wrapped}");
        assert_eq!(wrapped.replace('\n', ""), text);
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
