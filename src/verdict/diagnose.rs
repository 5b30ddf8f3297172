//! Why nothing works in one direction, when nothing does: the most telling
//! finding first (what the provider said of the login, a certificate, the
//! network), with a headline and the advice for it.

use super::outcome::explain;
use crate::report::{Attempt, Cause, Direction, NetworkFinding, Outcome};
use crate::tr;

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
            headline: tr!("diagnosis-offline", direction = which),
            advice: tr!("diagnosis-offline-advice"),
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
            tr!("diagnosis-blocked"),
            tr!("diagnosis-blocked-advice"),
        )
    } else if !attempts.is_empty() && attempts.iter().all(|a| a.outcome == Outcome::DnsFailed) {
        (
            Problem::NoSuchServer,
            tr!("diagnosis-no-such-server", direction = which),
            tr!(
                "diagnosis-no-such-server-advice",
                direction = which,
                domain = domain
            ),
        )
    } else {
        (
            Problem::Other,
            tr!("diagnosis-other", direction = which),
            tr!("diagnosis-other-advice"),
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
            tr!("diagnosis-app-password"),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::AuthDisabled) {
        (Problem::AuthDisabled, tr!("diagnosis-auth-disabled"), explain(a))
    } else if let Some(a) = find(Outcome::WebLoginRequired) {
        (Problem::WebLoginRequired, tr!("diagnosis-web-login"), explain(a))
    } else if let Some(a) = attempts.iter().find(|a| a.cause == Some(Cause::SignInRefused)) {
        (
            Problem::WrongPassword,
            tr!("diagnosis-sign-in-refused"),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::AuthFailed) {
        (
            Problem::WrongPassword,
            tr!("diagnosis-wrong-password"),
            explain(a),
        )
    } else if let Some(a) = attempts.iter().find(|a| a.cause == Some(Cause::PasswordRefused)) {
        (
            Problem::WrongPassword,
            tr!("diagnosis-password-refused-by", host = a.host.as_str()),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::OauthRequired) {
        (Problem::OauthRequired, tr!("diagnosis-oauth"), explain(a))
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
                tr!("diagnosis-no-subject-alt-name", host = a.host.as_str())
            } else {
                tr!("diagnosis-name-mismatch", host = a.host.as_str())
            },
            explain(a),
        )
    } else if let Some(a) = find(Outcome::CertExpired) {
        (Problem::CertExpired, tr!("diagnosis-cert-expired"), explain(a))
    } else if let Some(a) = find(Outcome::CertUntrusted) {
        let fingerprint = a
            .certificate
            .as_ref()
            .map(|c| c.sha256.clone())
            .unwrap_or_default();
        (
            Problem::CertUntrusted { fingerprint },
            tr!("diagnosis-cert-untrusted"),
            explain(a),
        )
    } else if let Some(a) = find(Outcome::PlaintextAuthRefused) {
        (
            Problem::PlaintextOnly,
            tr!("diagnosis-plaintext-only"),
            explain(a),
        )
    } else {
        return None;
    })
}
