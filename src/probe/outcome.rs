//! What each outcome means for the person setting up their mail, in plain
//! words. The technical detail stays in `Attempt::detail`.

use super::report::{Attempt, Outcome, Phase, Security};

/// One or two sentences for a user who has never heard of STARTTLS.
#[must_use]
pub fn explain(attempt: &Attempt) -> String {
    let port = attempt.port;
    match attempt.outcome {
        Outcome::Ok => match attempt.auth_mechanism {
            Some(_) => format!("Works: the connection is {} and the password was accepted.", protection(attempt.security)),
            None => format!("The connection works and is {}. The password was not checked.", protection(attempt.security)),
        },
        Outcome::AuthFailed => {
            if attempt.detail.starts_with("temporary") {
                "The server could not check the password right now (a temporary problem on its side). Try again in a few minutes."
                    .to_owned()
            } else {
                "The server refused the user name or password. Check both; some providers also need an \"app password\" \
                 created in their web settings instead of your usual password."
                    .to_owned()
            }
        }
        Outcome::AppPasswordRequired => "Your provider does not accept your usual password from mail programs. Create an \
             \"app password\" (application-specific password) in your account's security settings and use that instead."
            .to_owned(),
        Outcome::OauthRequired => "This server only accepts a sign-in through your provider's web page (OAuth2), not a typed \
             password. Choose \"OAuth2\" as authentication method in your mail program."
            .to_owned(),
        Outcome::AuthUnavailable => format!(
            "Port {port} does not offer a login, so a mail program cannot send through it with your account{}.",
            if port == 25 { " (port 25 is for mail servers talking to each other)" } else { "" }
        ),
        Outcome::PlaintextAuthRefused => format!(
            "Port {port} would take your password without encryption, so we did not send it. Anyone on the network \
             could read it there."
        ),
        Outcome::StarttlsUnavailable => format!(
            "Port {port} does not offer encryption (STARTTLS), so it is not safe to use."
        ),
        Outcome::CertUntrusted => {
            let self_signed = attempt.certificate.as_ref().is_some_and(|c| c.self_signed);
            format!(
                "The server's certificate is {}, so we cannot be sure this is really your mail server. The password was not \
                 sent. If your organisation uses its own certificate authority, add it as a trusted certificate.",
                if self_signed { "self-signed (nobody vouches for it)" } else { "not issued by a trusted authority" }
            )
        }
        Outcome::CertExpired => "The server's certificate is out of date (expired or not yet valid). The password was not \
             sent. The provider needs to renew it; also check that your computer's date is right."
            .to_owned(),
        Outcome::CertNameMismatch => {
            let names = attempt
                .certificate
                .as_ref()
                .map(|c| c.names.join(", "))
                .unwrap_or_default();
            if names.is_empty() {
                format!("The server's certificate is not valid for the name {}. The password was not sent.", attempt.host)
            } else {
                format!(
                    "The server's certificate is valid for {names}, not for {}. Use that name as the server instead; \
                     the password was not sent.",
                    attempt.host
                )
            }
        }
        Outcome::TlsFailed => format!("The encrypted connection on port {port} could not be set up."),
        Outcome::WrongMode => match attempt.security {
            Security::ImplicitTls => format!(
                "Port {port} expects STARTTLS (a plain greeting first, then encryption), not SSL/TLS from the start."
            ),
            _ => format!("Port {port} expects SSL/TLS from the very start, not STARTTLS."),
        },
        Outcome::Refused => format!("Nothing answers on port {port} of this server: the port is closed."),
        Outcome::Timeout => match (port, attempt.phase) {
            (25, Phase::Connect) => "No answer: port 25 is often blocked by internet providers.".to_owned(),
            (_, Phase::Connect) => format!(
                "No answer on port {port}: a firewall on your network or the server's may be blocking it."
            ),
            (_, Phase::Auth) => "The server did not answer the login in time. It may be slowing down logins \
                 after earlier wrong passwords; wait a few minutes and try again."
                .to_owned(),
            _ => format!("The server on port {port} stopped answering part-way through."),
        },
        Outcome::DnsFailed => format!(
            "The name {} does not exist (or your network cannot look it up).",
            attempt.host
        ),
        Outcome::ProtocolError => format!(
            "The server on port {port} did not behave like a mail server should, so we stopped for safety."
        ),
        Outcome::Cancelled => "Stopped before it finished.".to_owned(),
        Outcome::Skipped if attempt.detail.is_empty() => "Not tried.".to_owned(),
        Outcome::Skipped => attempt.detail.clone(),
    }
}

fn protection(security: Security) -> &'static str {
    match security {
        Security::ImplicitTls => "encrypted from the start (SSL/TLS)",
        Security::Starttls => "encrypted with STARTTLS",
        Security::Plaintext => "NOT encrypted",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::certificate::CertificateInfo;

    #[test]
    fn name_mismatch_names_the_right_server() {
        let mut attempt = Attempt::new("smtp.example.com", 465, Security::ImplicitTls);
        attempt.outcome = Outcome::CertNameMismatch;
        attempt.certificate = Some(CertificateInfo {
            subject: "CN=mx.hoster.net".into(),
            issuer: "CN=CA".into(),
            not_before: String::new(),
            not_after: String::new(),
            names: vec!["mx.hoster.net".into()],
            sha256: String::new(),
            self_signed: false,
        });
        let text = explain(&attempt);
        assert!(text.contains("valid for mx.hoster.net, not for smtp.example.com"));
    }

    #[test]
    fn port_25_timeout_mentions_providers() {
        let mut attempt = Attempt::new("smtp.example.com", 25, Security::Starttls);
        attempt.outcome = Outcome::Timeout;
        attempt.phase = Phase::Connect;
        assert!(explain(&attempt).contains("often blocked"));
    }
}

/// What most likely stands between the user and working mail, when nothing
/// works, in the order a user should deal with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// 534 5.7.9: an app password is needed.
    AppPasswordRequired,
    /// 535: the user name or password is wrong.
    WrongPassword,
    /// Only OAuth2 sign-in is offered.
    OauthRequired,
    /// The certificate names another server; `suggestion` is a name from it
    /// that can be typed (not a wildcard), if there is one.
    NameMismatch {
        /// The server name that was used.
        host: String,
        /// The names the certificate is valid for.
        names: Vec<String>,
        /// A name to retry with.
        suggestion: Option<String>,
    },
    /// The certificate is expired or not yet valid.
    CertExpired,
    /// The certificate is not trusted (self-signed or private CA).
    CertUntrusted {
        /// SHA-256 fingerprint, to compare with what the provider publishes.
        fingerprint: String,
    },
    /// Login is offered only without encryption.
    PlaintextOnly,
    /// No server answered at all.
    Blocked,
    /// None of the server names exist.
    NoSuchServer,
    /// Something else; the attempts tell the story.
    Other,
}

/// A problem with a headline and advice in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// The kind, for actions such as "retry with this name".
    pub problem: Problem,
    /// One short sentence.
    pub headline: String,
    /// What to do next.
    pub advice: String,
}

/// Why nothing works; `None` when a setting was recommended.
#[must_use]
pub fn diagnose(report: &super::report::Report) -> Option<Diagnosis> {
    if report.recommended.is_some() {
        return None;
    }
    let attempts = &report.attempts;
    let find = |outcome: Outcome| attempts.iter().find(|a| a.outcome == outcome);
    let (problem, headline, advice) = if let Some(a) = find(Outcome::AppPasswordRequired) {
        (
            Problem::AppPasswordRequired,
            "Your provider wants an app password.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::AuthFailed).filter(|a| !a.detail.starts_with("temporary")) {
        (
            Problem::WrongPassword,
            "The password (or user name) was not accepted.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::OauthRequired) {
        (
            Problem::OauthRequired,
            "Your provider wants you to sign in through its web page.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::CertNameMismatch) {
        let names = a
            .certificate
            .as_ref()
            .map(|c| c.names.clone())
            .unwrap_or_default();
        let suggestion = names.iter().find(|n| !n.starts_with('*')).cloned();
        (
            Problem::NameMismatch {
                host: a.host.clone(),
                names,
                suggestion,
            },
            format!(
                "The server {} presents a certificate for a different name.",
                a.host
            ),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::CertExpired) {
        (
            Problem::CertExpired,
            "The server's certificate is out of date.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::CertUntrusted) {
        let fingerprint = a
            .certificate
            .as_ref()
            .map(|c| c.sha256.clone())
            .unwrap_or_default();
        (
            Problem::CertUntrusted { fingerprint },
            "The server's certificate is not trusted.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::PlaintextAuthRefused) {
        (
            Problem::PlaintextOnly,
            "The server offers login only without encryption.".to_owned(),
            explain(a),
        )
    } else if !attempts.is_empty() && attempts.iter().all(|a| a.outcome == Outcome::Timeout) {
        (
            Problem::Blocked,
            "No server answered at all.".to_owned(),
            "Your network or a firewall may block outgoing mail. Try another network (for example a phone \
             hotspot), or ask your network's administrator."
                .to_owned(),
        )
    } else if !attempts.is_empty() && attempts.iter().all(|a| a.outcome == Outcome::DnsFailed) {
        (
            Problem::NoSuchServer,
            "None of the server names exist.".to_owned(),
            "Check again with your provider's outgoing server name; it is usually in your provider's \
             help pages."
                .to_owned(),
        )
    } else {
        (
            Problem::Other,
            "No working outgoing mail setting was found.".to_owned(),
            "See what was tried below for each server and port.".to_owned(),
        )
    };
    Some(Diagnosis {
        problem,
        headline,
        advice,
    })
}
