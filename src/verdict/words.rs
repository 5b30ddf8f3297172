//! Sentences more than one place shows: the window, the text report and
//! the files read the same function.

use crate::report::{Direction, LookupOutcome, Report, Setting, Source};

/// `a`, `a and b`, `a, b and c`.
#[must_use]
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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
pub fn caveat(setting: &Setting) -> Option<&'static str> {
    if setting.insecure {
        Some("not encrypted: avoid")
    } else if setting.certificate_exception {
        Some("only with the certificate you accepted by hand")
    } else if setting.login_spared {
        Some("offers a login; not tried, to spare your account")
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
    let words = format!("Found through {}.", source(setting.source));
    let mx = report.discovery.iter().find(|l| {
        l.source == Source::Mx && l.outcome == LookupOutcome::Found && setting.source == Source::Mx
    });
    Some(match mx {
        Some(lookup) => format!("{words} {}.", capitalised(&lookup.detail)),
        None => words,
    })
}

/// "incoming" or "outgoing", as a sentence names a half of the account.
#[must_use]
pub fn direction(direction: Direction) -> &'static str {
    match direction {
        Direction::Incoming => "incoming",
        Direction::Outgoing => "outgoing",
    }
}

/// "incoming", "outgoing", or "incoming and outgoing".
#[must_use]
pub fn directions(directions: &[Direction]) -> &'static str {
    match directions {
        [one] => direction(*one),
        _ => "incoming and outgoing",
    }
}

/// The warning that heads the explanation of a setting that works only
/// without encryption.
#[must_use]
pub fn plaintext_warning(port: u16) -> String {
    format!(
        "Warning: port {port} works only WITHOUT encryption. Your password and your mail travel readable by anyone on \
         the network path. You allowed this check; use it only on a network you trust, and ask your provider for an \
         encrypted setting."
    )
}

/// The warning that heads the explanation of a setting that works only
/// with a certificate the person accepted by its fingerprint.
pub const CERTIFICATE_EXCEPTION_WARNING: &str = "Warning: this works only because you accepted the server's \
     certificate by its fingerprint; no certificate authority vouches for it. Your mail program will warn about it \
     too: accept it there only if it shows the same fingerprint.";

/// What the person is told about a setting from `source`.
#[must_use]
pub fn source(source: Source) -> &'static str {
    match source {
        Source::User => "the server you entered",
        Source::Autoconfig => "your provider's own settings file",
        Source::WellKnown => "your provider's settings file on its website",
        Source::Ispdb => "Thunderbird's database of mail providers",
        Source::Mx => "the provider that handles your domain's mail (its MX record)",
        Source::Srv => "your domain's DNS (SRV records)",
        Source::Guess => "a guess from your address's domain",
        Source::Control => "a name that cannot exist",
    }
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
