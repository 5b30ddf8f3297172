//! Why nothing works in one direction, when nothing does: the most telling
//! finding first (what the provider said of the login, a certificate, the
//! network), with a headline and the advice for it.

use super::outcome::explain;
use crate::report::{Attempt, Cause, Direction, NetworkFinding, Outcome};

/// What most likely stands between the user and working mail, when nothing
/// works, in the order a user should deal with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// 534 5.7.9: an app password is needed.
    AppPasswordRequired,
    /// 535: the user name or password is wrong.
    WrongPassword,
    /// The provider switched password logins off (Microsoft 365).
    AuthDisabled,
    /// The provider wants a browser sign-in first (Gmail).
    WebLoginRequired,
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
    /// Not checked at all: this computer is offline (a network finding).
    Offline,
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

/// Why nothing works in one direction of the account; `None` when a setting
/// was recommended there, or nothing was checked.
#[must_use]
pub fn diagnose(report: &crate::report::Report, direction: Direction) -> Option<Diagnosis> {
    let attempts: Vec<&Attempt> = report.attempts_of(direction).collect();
    if report.section(direction).recommended.is_some() || attempts.is_empty() {
        return None;
    }
    let which = crate::verdict::words::direction(direction);
    if report
        .network
        .iter()
        .any(|f| f.finding == NetworkFinding::Offline)
    {
        // The names did not fail to exist: nothing could be asked.
        return Some(Diagnosis {
            problem: Problem::Offline,
            headline: format!("The {which} servers could not be checked: this computer seems to be offline."),
            advice: "Once it is connected, check again; nothing here says the settings are wrong.".to_owned(),
        });
    }
    let (problem, headline, advice) = login_problem(&attempts)
        .or_else(|| certificate_problem(&attempts))
        .unwrap_or_else(|| {
            network_problem(
                &attempts,
                which,
                report.email.rsplit('@').next().unwrap_or_default(),
            )
        });
    Some(Diagnosis {
        problem,
        headline,
        advice,
    })
}

/// Nothing answered, no name exists, or nothing in particular.
fn network_problem(attempts: &[&Attempt], which: &str, domain: &str) -> Finding {
    if !attempts.is_empty() && attempts.iter().all(|a| a.outcome == Outcome::Timeout) {
        (
            Problem::Blocked,
            "No server answered at all.".to_owned(),
            "Your network or a firewall may block mail connections. Try another network (for example a phone \
             hotspot), or ask your network's administrator."
                .to_owned(),
        )
    } else if !attempts.is_empty() && attempts.iter().all(|a| a.outcome == Outcome::DnsFailed) {
        (
            Problem::NoSuchServer,
            format!("None of the {which} server names exist."),
            format!(
                "Check the spelling of \"{domain}\" in your address. If it is right, check again with your \
                 provider's {which} server name; it is usually in your provider's help pages."
            ),
        )
    } else {
        (
            Problem::Other,
            format!("No working {which} mail setting was found."),
            "See what was tried below for each server and port.".to_owned(),
        )
    }
}

/// A finding, its headline and its advice.
type Finding = (Problem, String, String);

/// The first attempt of `attempts` that ended with `outcome`.
fn first_with<'a>(attempts: &[&'a Attempt], outcome: Outcome) -> Option<&'a Attempt> {
    attempts.iter().copied().find(|a| a.outcome == outcome)
}

/// What the provider said of the login, most telling first.
fn login_problem(attempts: &[&Attempt]) -> Option<Finding> {
    let find = |outcome| first_with(attempts, outcome);
    Some(if let Some(a) = find(Outcome::AppPasswordRequired) {
        (
            Problem::AppPasswordRequired,
            "Your provider wants an app password.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::AuthDisabled) {
        (
            Problem::AuthDisabled,
            "Your provider has switched off password logins for this account.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::WebLoginRequired) {
        (
            Problem::WebLoginRequired,
            "Your provider wants you to sign in through its web page first.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = attempts.iter().find(|a| a.cause == Some(Cause::SignInRefused)) {
        (
            Problem::WrongPassword,
            "Your sign-in with your provider was not accepted.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::AuthFailed) {
        (
            Problem::WrongPassword,
            "The password (or user name) was not accepted.".to_owned(),
            explain(a),
        )
    } else if let Some(a) = attempts.iter().find(|a| a.cause == Some(Cause::PasswordRefused)) {
        (
            Problem::WrongPassword,
            format!("Not checked: the password was refused by {}.", a.host),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::OauthRequired) {
        (
            Problem::OauthRequired,
            "Your provider wants you to sign in through its web page.".to_owned(),
            explain(a),
        )
    } else {
        return None;
    })
}

/// What was wrong with a certificate, or a login only without encryption.
fn certificate_problem(attempts: &[&Attempt]) -> Option<Finding> {
    let find = |outcome| first_with(attempts, outcome);
    Some(if let Some(a) = find(Outcome::CertNameMismatch) {
        let names = a
            .certificate
            .as_ref()
            .map(|c| c.names.clone())
            .unwrap_or_default();
        // A name to retry with must differ from the one that failed; a
        // certificate without subjectAltName is valid for no name at all.
        let suggestion = names
            .iter()
            .find(|n| !n.starts_with('*') && !n.eq_ignore_ascii_case(&a.host))
            .filter(|_| a.cause != Some(Cause::NoSubjectAltName))
            .cloned();
        (
            Problem::NameMismatch {
                host: a.host.clone(),
                names,
                suggestion,
            },
            if a.cause == Some(Cause::NoSubjectAltName) {
                format!(
                    "The server {} presents a certificate that current programs refuse.",
                    a.host
                )
            } else {
                format!(
                    "The server {} presents a certificate for a different name.",
                    a.host
                )
            },
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
    } else {
        return None;
    })
}
