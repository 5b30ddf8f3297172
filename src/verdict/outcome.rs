//! What each outcome means for the person setting up their mail, in plain
//! words. The technical detail stays in `Attempt::detail`.

use crate::report::{Attempt, Cause, Direction, Outcome, Phase, Security};

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
    Some(match attempt.outcome {
        Outcome::Ok => match attempt.auth_mechanism.as_deref() {
            Some("XOAUTH2" | "OAUTHBEARER") => format!(
                "Works: the connection is {} and the server accepted your sign-in with your provider.",
                protection(attempt.security)
            ),
            Some(_) => format!("Works: the connection is {} and the password was accepted.", protection(attempt.security)),
            None => format!("The connection works and is {}. The password was not checked.", protection(attempt.security)),
        },
        Outcome::AuthFailed => "The server refused the user name or password. Check both; some providers also need an \
             \"app password\" created in their web settings instead of your usual password."
            .to_owned(),
        Outcome::AuthTemporary => "The server could not check the password right now (a temporary problem on its side, \
             not a wrong password). Try again in a few minutes."
            .to_owned(),
        Outcome::AuthDisabled => "Your provider has switched off logins with a password from mail programs for this \
             account (Microsoft 365 calls it \"SMTP AUTH\"). Your password may well be right: the administrator of your \
             organisation's mail can switch it on for your mailbox, or your mail program must sign in with OAuth2."
            .to_owned(),
        Outcome::WebLoginRequired => "Your provider wants you to sign in once through its web page before mail programs \
             may log in (Google: \"Please log in via your web browser\"). Sign in to your mail in a browser, confirm any \
             security question, then try again; with 2-Step Verification on, use an app password."
            .to_owned(),
        Outcome::AppPasswordRequired => "Your provider does not accept your usual password from mail programs. Create an \
             \"app password\" (application-specific password) in your account's security settings and use that instead."
            .to_owned(),
        Outcome::OauthRequired => "This server only accepts a sign-in through your provider's web page (OAuth2), not a typed \
             password, so your password was not sent. In Thunderbird choose \"OAuth2\" as the authentication method; \
             in Apple Mail add it again as a Google or Microsoft account; classic Outlook's IMAP settings have no \
             OAuth2, so add it there as a Microsoft or Google account too."
            .to_owned(),
        Outcome::AuthUnavailable if attempt.protocol.direction() == Direction::Incoming => format!(
            "Port {port} does not offer a login that mail programs can use, so your mail cannot be read through it."
        ),
        Outcome::AuthUnavailable => format!(
            "Port {port} does not offer a login, so a mail program cannot send through it with your account{}.",
            if port == 25 { " (port 25 is for mail servers talking to each other)" } else { "" }
        ),
        Outcome::PlaintextAuthRefused => format!(
            "Port {port} would take your password without encryption, so we did not send it. Anyone on the network \
             could read it there."
        ),
        _ => return None,
    })
}

/// What a TLS or certificate outcome means; `None` for the other outcomes.
fn tls_words(attempt: &Attempt) -> Option<String> {
    let port = attempt.port;
    Some(match attempt.outcome {
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
        _ => return None,
    })
}

/// What the connection's outcome means (name, port, server behaviour).
fn connection_words(attempt: &Attempt) -> String {
    let port = attempt.port;
    match attempt.outcome {
        Outcome::Refused => format!("Nothing answers on port {port} of this server: the port is closed."),
        Outcome::ServerBusy => format!(
            "The server on port {port} is busy and turned the connection away for now. Try again in a few minutes."
        ),
        Outcome::ServiceRefused => format!(
            "The server on port {port} refuses service to your connection. Providers do this for addresses on their \
             block lists or outside their network; ask your provider, or try from another network."
        ),
        Outcome::Timeout => match (port, attempt.phase) {
            (25, Phase::Connect) => "No answer: port 25 is often blocked by internet providers.".to_owned(),
            (_, Phase::Connect) => format!(
                "No answer on port {port}: a firewall on your network or the server's may be blocking it."
            ),
            (_, Phase::Auth) => "The server did not answer the login in time. It may be slowing down logins \
                 after earlier wrong passwords; wait a few minutes and try again."
                .to_owned(),
            _ => format!(
                "The server on port {port} stopped answering part-way through, or answered too slowly for the time \
                 limit. If it is just slow, check again with a longer time limit per step."
            ),
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
        _ => attempt.detail.clone(),
    }
}

/// The explanation when a finer reason is known.
fn explain_cause(attempt: &Attempt, cause: Cause) -> String {
    if let Some(words) = tls_cause_words(attempt, cause) {
        return words;
    }
    let port = attempt.port;
    match cause {
        Cause::NotConfirmed if attempt.source.is_dns_only() => format!(
            "Port {port} works, with a valid certificate for {host}. But only {} named this server, and it is not \
             in your address's domain. DNS answers can be forged, so your password was not sent there. If {host} \
             is your provider's server, confirm it and check again.",
            crate::verdict::words::source(attempt.source),
            host = attempt.host
        ),
        Cause::NotConfirmed => format!(
            "Port {port} works, with a valid certificate for {host}. But {} sent us on to another website for it, \
             and the server is not in your address's domain. Such a detour can be forged, so your password was \
             not sent there. If {host} is your provider's server, confirm it and check again.",
            crate::verdict::words::source(attempt.source),
            host = attempt.host
        ),
        Cause::PrivateAddress => format!(
            "Port {port} of {host} works, but {host} is on this computer or a private network ({}), while your \
             address's domain is on the internet. A lookup that points there is what a hostile network or a forged \
             answer would do to catch a password, so yours was not sent. If this is your organisation's own server, \
             enter it as your server and check again.",
            attempt.address.as_deref().unwrap_or("a local address"),
            host = attempt.host
        ),
        Cause::PasswordRefused => format!(
            "Not checked: {} already refused your password on another port, and one more try could lock your \
             account. Check the password (and the user name) and try again.",
            attempt.host
        ),
        Cause::PipelinedAnswer => format!(
            "The server on port {port} sent an answer before it was asked the question. A real server never does \
             that; it is what an attacker between you and the server does to fake a \"yes\", or a badly broken \
             server. Nothing it said counts, and we stopped{}.",
            if attempt.username.is_some() { "" } else { " before sending your password" }
        ),
        Cause::Preauth => match attempt.security {
            Security::ImplicitTls => format!(
                "The server on port {port} says you are logged in before any password was given (IMAP \"PREAUTH\"). \
                 So a login cannot be checked here, and the password was not sent. Mail programs treat this as an \
                 error; tell your provider."
            ),
            _ => format!(
                "The server on port {port} says you are logged in before any password was given (IMAP \"PREAUTH\"), \
                 which also rules out encryption. On a normal network this is the trick an attacker uses to keep \
                 the connection unencrypted, so the password was not sent. Use SSL/TLS on port 993 instead."
            ),
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
        Cause::MissingIntermediate => format!(
            "The server sent its certificate without the intermediate certificate that links it to a trusted \
             authority ({issuer}). That is a mistake in the server's set-up, not on your side: the provider must \
             install the full certificate chain. The password was not sent."
        ),
        Cause::NoSubjectAltName => format!(
            "The server's certificate names {} only in its old \"common name\" field and has no subjectAltName, which \
             browsers and current mail programs require. No other server name would help: the provider must replace \
             the certificate. The password was not sent.",
            attempt.host
        ),
        Cause::WeakKey => "The server's certificate uses a key or signature too weak to be trusted today (for example \
             a 1024-bit RSA key). The provider must replace it. The password was not sent."
            .to_owned(),
        Cause::OldTlsVersion => format!(
            "The server on port {port} ended the connection when encryption was to start. Servers do this when \
             they speak only old versions of encryption (TLS 1.0 or 1.1), which are no longer safe and which current \
             mail programs refuse. The provider must update the server."
        ),
        Cause::ClientCertificateRequired => format!(
            "The server on port {port} asks for a client certificate (a certificate installed on your computer, used \
             in some companies) instead of, or before, a password. Ask your administrator for it."
        ),
        Cause::TlsBrokenOnServer => format!(
            "Port {port} offers encryption (STARTTLS) but could not start it (\"TLS not available\"): a problem on the \
             server, often a certificate or key it cannot read. Tell the provider; try again later."
        ),
        Cause::PlaintextOnly => format!(
            "Port {port} answers without any encryption and does not offer STARTTLS either, so it is not safe to use."
        ),
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
            format!(
                "Port {port} offers the login only with {offered}, which sends proof of the password rather than the \
                 password. Mail programs call it \"{}\". This program cannot verify the password that way, so it \
                 was not checked.",
                program_word(&offered)
            )
        }
        Cause::LoginNotPermitted => format!(
            "The server on port {port} does not allow a login on this connection (it answered 530). Its administrator \
             may allow logins only from certain networks or for certain accounts; ask your provider."
        ),
        Cause::ClosedAfterLogin => format!(
            "The server on port {port} accepted the login and then ended the session, so it cannot send mail now. \
             That is a problem on the server's side; try again later or tell your provider."
        ),
        Cause::TlsRequired => format!(
            "The server on port {port} wants an encrypted connection before it takes a login; it refused the user \
             name, so the password was not sent. Use a setting with SSL/TLS or STARTTLS."
        ),
        Cause::AccessDisabled => format!(
            "Your provider has {} access switched off for this account, so mail programs cannot log in with it \
             (your password may well be right). Switch it on in your web mail's settings (Gmail: Settings → See all \
             settings → Forwarding and POP/IMAP; Microsoft 365: your administrator, under the mailbox's email apps), \
             then check again.",
            attempt.protocol.label()
        ),
        Cause::MechanismRefused => format!(
            "The server on port {port} offered a way to log in ({}) and then refused that way itself, without \
             judging the password: a mistake in the server's set-up. No other way to log in worked there.",
            attempt.auth_mechanism.as_deref().unwrap_or("its login")
        ),
        Cause::LoginSpared => format!(
            "Port {port} works ({}) and offers a login; it was not tried, to spare your account: another setting \
             was verified already, and providers may lock or flag an account after many logins from a new \
             program. To log in on every setting, choose \"Verify every setting\" (command line: --verify-all).",
            protection(attempt.security)
        ),
        Cause::SignInRefused if attempt.outcome == Outcome::Skipped => format!(
            "Not checked: {} already refused your sign-in on another port, and one more try could lock your \
             account. Sign in again, with this address's own account.",
            attempt.host
        ),
        Cause::SignInRefused => format!(
            "The server on port {port} refused your sign-in. The account you signed in with in the browser may not \
             be this address's, or your provider does not let it use mail programs; sign in again with this \
             address's own account."
        ),
        Cause::LoginUnanswered => format!(
            "The password was sent on port {port}, but the server did not answer in time. Servers slow down on \
             purpose after wrong passwords, so this counts as a failed login: to protect your account, it was not \
             tried on more ports. Check the password, wait a few minutes and try again."
        ),
        _ => explain(&Attempt {
            cause: None,
            ..attempt.clone()
        }),
    }
}

/// The login mechanisms the server named in its capabilities.
fn offered_mechanisms(attempt: &Attempt) -> String {
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
    if mechanisms.is_empty() {
        "a method of its own".to_owned()
    } else {
        mechanisms.join(" or ")
    }
}

/// What mail programs call the mechanisms a server offers.
fn program_word(offered: &str) -> &'static str {
    let upper = offered.to_ascii_uppercase();
    if upper.contains("CRAM-MD5") || upper.contains("DIGEST-MD5") {
        "Encrypted password"
    } else if upper.contains("GSSAPI") {
        "Kerberos / GSSAPI"
    } else if upper.contains("NTLM") {
        "NTLM"
    } else {
        "Encrypted password"
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
