//! What each outcome means for the person setting up their mail, in plain
//! words (`locales/*/verdict.ftl`). The technical detail stays in
//! `Attempt::detail`.

use crate::report::{Attempt, Cause, Direction, Outcome, Phase, Security, Skipped};
use crate::tr;

/// One or two sentences for a user who has never heard of STARTTLS.
#[must_use]
pub fn explain(attempt: &Attempt) -> String {
    if let Some(cause) = attempt.cause {
        return explain_cause(attempt, cause);
    }
    login_words(attempt)
        .or_else(|| tls_words(attempt))
        .unwrap_or_else(|| connection_words(attempt))
}

/// What a login's outcome means; `None` for the other outcomes.
fn login_words(attempt: &Attempt) -> Option<String> {
    let port = attempt.port;
    let protection = || protection(attempt.security);
    Some(match attempt.outcome {
        Outcome::Ok => match attempt.auth_mechanism.as_deref() {
            Some("XOAUTH2" | "OAUTHBEARER") => tr!("works-signed-in", protection = protection()),
            Some(_) => tr!("works-password", protection = protection()),
            None => tr!("works-unchecked", protection = protection()),
        },
        Outcome::AuthFailed => tr!("auth-failed"),
        Outcome::AuthTemporary => tr!("auth-temporary"),
        Outcome::AuthDisabled => tr!("auth-disabled"),
        Outcome::WebLoginRequired => tr!("web-login-required"),
        Outcome::AppPasswordRequired => tr!("app-password-required"),
        Outcome::OauthRequired => tr!("oauth-required"),
        Outcome::AuthUnavailable if attempt.protocol.direction() == Direction::Incoming => {
            tr!("no-login-incoming", port = port)
        }
        Outcome::AuthUnavailable if port == 25 => tr!("no-login-port-25", port = port),
        Outcome::AuthUnavailable => tr!("no-login-outgoing", port = port),
        Outcome::PlaintextAuthRefused => tr!("plaintext-auth-refused", port = port),
        _ => return None,
    })
}

/// What a TLS or certificate outcome means; `None` for the other outcomes.
fn tls_words(attempt: &Attempt) -> Option<String> {
    let port = attempt.port;
    let host = attempt.host.as_str();
    Some(match attempt.outcome {
        Outcome::StarttlsUnavailable => tr!("starttls-unavailable", port = port),
        Outcome::CertUntrusted if attempt.certificate.as_ref().is_some_and(|c| c.self_signed) => {
            tr!("cert-self-signed")
        }
        Outcome::CertUntrusted => tr!("cert-untrusted"),
        Outcome::CertExpired => tr!("cert-expired"),
        Outcome::CertNameMismatch => {
            let names = attempt
                .certificate
                .as_ref()
                .map(|c| c.names.join(", "))
                .unwrap_or_default();
            if names.is_empty() {
                tr!("cert-no-name", host = host)
            } else {
                tr!("cert-other-name", names = names, host = host)
            }
        }
        Outcome::TlsFailed => tr!("tls-failed", port = port),
        Outcome::WrongMode => match attempt.security {
            Security::ImplicitTls => tr!("wrong-mode-wants-starttls", port = port),
            _ => tr!("wrong-mode-wants-tls", port = port),
        },
        _ => return None,
    })
}

/// What the connection's outcome means (name, port, server behaviour).
fn connection_words(attempt: &Attempt) -> String {
    let port = attempt.port;
    match attempt.outcome {
        Outcome::Refused => tr!("refused", port = port),
        Outcome::ServerBusy => tr!("server-busy", port = port),
        Outcome::ServiceRefused => tr!("service-refused", port = port),
        Outcome::Timeout => match (port, attempt.phase) {
            (25, Phase::Connect) => tr!("timeout-port-25"),
            (_, Phase::Connect) => tr!("timeout-connect", port = port),
            (_, Phase::Auth) => tr!("timeout-login"),
            _ => tr!("timeout-midway", port = port),
        },
        Outcome::DnsFailed => tr!("dns-failed", host = attempt.host.as_str()),
        Outcome::ProtocolError => tr!("protocol-error", port = port),
        Outcome::Cancelled => tr!("cancelled"),
        Outcome::Skipped => skipped_words(attempt),
        _ => attempt.detail.clone(),
    }
}

/// Why an attempt was not tried, where no cause says it.
fn skipped_words(attempt: &Attempt) -> String {
    match &attempt.skipped {
        Some(Skipped::PlaintextNotNeeded) => tr!("skipped-plaintext-not-needed"),
        Some(Skipped::PlaintextUsedOn(port)) => tr!(
            "skipped-plaintext-used",
            protocol = attempt.protocol.label(),
            port = *port
        ),
        Some(Skipped::RuledOut(provider)) => tr!("skipped-ruled-out", provider = provider.as_str()),
        Some(Skipped::OwnModeAfterAll) => tr!("skipped-own-mode"),
        // Nothing to try with, or a check the engine gave up on (its
        // detail says why, in the details).
        None => tr!("not-tried"),
    }
}

/// The explanation when a finer reason is known.
fn explain_cause(attempt: &Attempt, cause: Cause) -> String {
    if let Some(words) = tls_cause_words(attempt, cause) {
        return words;
    }
    let port = attempt.port;
    let host = attempt.host.as_str();
    let source = || crate::verdict::words::source(attempt.source);
    match cause {
        Cause::NotConfirmed if attempt.source.is_dns_only() => {
            tr!("not-confirmed-dns", port = port, host = host, source = source())
        }
        Cause::NotConfirmed => tr!(
            "not-confirmed-redirect",
            port = port,
            host = host,
            source = source()
        ),
        Cause::PrivateAddress => tr!(
            "private-address",
            port = port,
            host = host,
            address = attempt
                .address
                .clone()
                .unwrap_or_else(|| tr!("private-address-unknown"))
        ),
        Cause::PasswordRefused => tr!("password-refused-elsewhere", host = host),
        Cause::PipelinedAnswer if attempt.username.is_some() => tr!("pipelined-answer", port = port),
        Cause::PipelinedAnswer => tr!("pipelined-answer-before-password", port = port),
        Cause::Preauth => match attempt.security {
            Security::ImplicitTls => tr!("preauth-tls", port = port),
            _ => tr!("preauth-plain", port = port),
        },
        _ => explain_login_cause(attempt, cause),
    }
}

/// The finer reasons of a certificate or TLS failure; `None` for others.
fn tls_cause_words(attempt: &Attempt, cause: Cause) -> Option<String> {
    let port = attempt.port;
    let issuer = attempt
        .certificate
        .as_ref()
        .map(|c| c.issuer.clone())
        .unwrap_or_default();
    Some(match cause {
        Cause::MissingIntermediate => tr!("missing-intermediate", issuer = issuer),
        Cause::NoSubjectAltName => tr!("no-subject-alt-name", host = attempt.host.as_str()),
        Cause::WeakKey => tr!("weak-key"),
        Cause::OldTlsVersion => tr!("old-tls-version", port = port),
        Cause::ClientCertificateRequired => tr!("client-certificate-required", port = port),
        Cause::TlsBrokenOnServer => tr!("tls-broken-on-server", port = port),
        Cause::PlaintextOnly => tr!("plaintext-only", port = port),
        _ => return None,
    })
}

/// The explanation of a cause found at the login: what the server offered
/// or answered, and what it means for the password.
fn explain_login_cause(attempt: &Attempt, cause: Cause) -> String {
    let port = attempt.port;
    match cause {
        Cause::OtherMechanisms => {
            let offered = offered_mechanisms(attempt);
            let program = program_word(&offered);
            let offered = match offered.as_slice() {
                [] => tr!("mechanism-own"),
                [first, rest @ ..] => rest.iter().fold((*first).to_owned(), |first, second| {
                    tr!("mechanisms-or", first = first, second = *second)
                }),
            };
            tr!(
                "other-mechanisms",
                port = port,
                offered = offered,
                program = program
            )
        }
        Cause::LoginNotPermitted => tr!("login-not-permitted", port = port),
        Cause::Unreachable => tr!("unreachable", host = attempt.host.as_str(), port = port),
        Cause::ClosedAfterLogin => tr!("closed-after-login", port = port),
        Cause::TlsRequired => tr!("tls-required", port = port),
        Cause::AccessDisabled => tr!("access-disabled", protocol = attempt.protocol.label()),
        Cause::MechanismRefused => tr!(
            "mechanism-refused",
            port = port,
            mechanism = attempt
                .auth_mechanism
                .clone()
                .unwrap_or_else(|| tr!("mechanism-its-login"))
        ),
        Cause::LoginSpared => tr!(
            "login-spared",
            port = port,
            protection = protection(attempt.security)
        ),
        Cause::SignInRefused if attempt.outcome == Outcome::Skipped => {
            tr!("sign-in-refused-elsewhere", host = attempt.host.as_str())
        }
        Cause::SignInRefused => tr!("sign-in-refused", port = port),
        Cause::LoginUnanswered => tr!("login-unanswered", port = port),
        _ => explain(&Attempt {
            cause: None,
            ..attempt.clone()
        }),
    }
}

/// The login mechanisms the server named in its capabilities.
fn offered_mechanisms(attempt: &Attempt) -> Vec<&str> {
    // SMTP `AUTH CRAM-MD5`, IMAP `AUTH=CRAM-MD5`, POP3 `SASL CRAM-MD5`.
    let mut mechanisms: Vec<&str> = attempt
        .capabilities
        .iter()
        .filter_map(|c| {
            let word = c.get(..4)?;
            (word.eq_ignore_ascii_case("AUTH") || word.eq_ignore_ascii_case("SASL"))
                .then(|| c[4..].trim_start_matches(['=', ' ']))
        })
        .flat_map(str::split_whitespace)
        .collect();
    if attempt.protocol == crate::report::Protocol::Pop3
        && attempt
            .greeting
            .as_deref()
            .is_some_and(crate::protocol::pop3::response::offers_apop)
    {
        mechanisms.push("APOP");
    }
    mechanisms
}

/// What mail programs call the mechanisms a server offers.
fn program_word(offered: &[&str]) -> String {
    let has = |name: &str| offered.iter().any(|m| m.eq_ignore_ascii_case(name));
    if has("GSSAPI") && !has("CRAM-MD5") && !has("DIGEST-MD5") {
        "Kerberos / GSSAPI".to_owned()
    } else if has("NTLM") && !has("CRAM-MD5") && !has("DIGEST-MD5") {
        "NTLM".to_owned()
    } else {
        tr!("mechanism-encrypted-password")
    }
}

/// How a connection of `security` is protected, inside a sentence.
fn protection(security: Security) -> String {
    match security {
        Security::ImplicitTls => tr!("protection-tls"),
        Security::Starttls => tr!("protection-starttls"),
        Security::Plaintext => tr!("protection-plain"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Protocol;
    use crate::wire::certificate::CertificateInfo;

    #[test]
    fn name_mismatch_names_the_right_server() {
        let mut attempt = Attempt::new(Protocol::Smtp, "smtp.example.com", 465, Security::ImplicitTls);
        attempt.outcome = Outcome::CertNameMismatch;
        attempt.certificate = Some(CertificateInfo {
            subject: "CN=mx.hoster.net".into(),
            issuer: "CN=CA".into(),
            not_before: String::new(),
            not_after: String::new(),
            names: vec!["mx.hoster.net".into()],
            sha256: String::new(),
            self_signed: false,
            ..Default::default()
        });
        let text = explain(&attempt);
        assert!(text.contains("valid for mx.hoster.net, not for smtp.example.com"));
    }

    #[test]
    fn port_25_timeout_mentions_providers() {
        let mut attempt = Attempt::new(Protocol::Smtp, "smtp.example.com", 25, Security::Starttls);
        attempt.outcome = Outcome::Timeout;
        attempt.phase = Phase::Connect;
        assert!(explain(&attempt).contains("often blocked"));
    }
}
