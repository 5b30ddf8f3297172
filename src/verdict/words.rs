//! Sentences more than one place shows: the window, the text report and
//! the files read the same function.

use crate::report::{Direction, LookupOutcome, Report, Setting, Source};
use crate::tr;

/// `a`, `a and b`, `a, b and c`.
#[must_use]
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(
            "list-and",
            first = rest.join(&tr!("list-comma")),
            last = last.as_str()
        ),
    }
}

/// `text` with its first letter in upper case: server words and short
/// phrases made into the start of a sentence.
#[must_use]
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What a person must know before using this setting, in a few words;
/// `None` for a setting that is encrypted with a trusted certificate.
#[must_use]
pub fn caveat(setting: &Setting) -> Option<String> {
    if setting.insecure {
        Some(tr!("caveat-insecure"))
    } else if setting.certificate_exception {
        Some(tr!("caveat-certificate"))
    } else if setting.login_spared {
        Some(tr!("caveat-login-spared"))
    } else {
        None
    }
}

/// Where a setting came from, in a sentence: the source, and for an MX
/// record whose provider it names ("Mail for company.com is handled by
/// Google (MX aspmx.l.google.com)").
#[must_use]
pub fn found_through(report: &Report, setting: &Setting) -> Option<String> {
    if setting.source == Source::User {
        return None;
    }
    let words = tr!("found-through", source = source(setting.source));
    let mx = report.discovery.iter().find(|l| {
        l.source == Source::Mx && l.outcome == LookupOutcome::Found && setting.source == Source::Mx
    });
    Some(match mx {
        Some(lookup) => format!("{words} {}.", capitalised(&lookup.detail)),
        None => words,
    })
}

/// "incoming" or "outgoing": the key by which a sentence of the resources
/// chooses its words for a half of the account (`{ $direction -> ... }`).
#[must_use]
pub fn direction(direction: Direction) -> &'static str {
    match direction {
        Direction::Incoming => "incoming",
        Direction::Outgoing => "outgoing",
    }
}

/// "incoming", "outgoing", or "both": the key for both halves or one.
#[must_use]
pub fn directions(directions: &[Direction]) -> &'static str {
    match directions {
        [one] => direction(*one),
        _ => "both",
    }
}

/// The warning that heads the explanation of a setting that works only
/// without encryption.
#[must_use]
pub fn plaintext_warning(port: u16) -> String {
    tr!("plaintext-warning", port = port)
}

/// The warning that heads the explanation of a setting that works only
/// with a certificate the person accepted by its fingerprint.
#[must_use]
pub fn certificate_exception_warning() -> String {
    tr!("certificate-exception-warning")
}

/// What the person is told about a setting from `source`.
#[must_use]
pub fn source(source: Source) -> String {
    tr!(match source {
        Source::User => "source-user",
        Source::Autoconfig => "source-autoconfig",
        Source::WellKnown => "source-well-known",
        Source::Ispdb => "source-ispdb",
        Source::Mx => "source-mx",
        Source::Srv => "source-srv",
        Source::Guess => "source-guess",
        Source::Control => "source-control",
    })
}

/// A setting in one line: "SMTP mail.example.com:465 SSL/TLS".
#[must_use]
pub fn setting_line(setting: &Setting) -> String {
    format!(
        "{} {}:{} {}",
        setting.protocol.label(),
        setting.host,
        setting.port,
        setting.security.client_label()
    )
}
