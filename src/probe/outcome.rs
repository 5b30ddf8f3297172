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
