//! Who may still be sent the password, and with which name: at most two
//! failed logins per server (by name and by address, across protocols),
//! the full address first and the local part once; a provider that said
//! the password cannot be used this way gets no more; and what a login's
//! result means.

use std::collections::HashMap;

use crate::protocol::auth::LoginResult;
use crate::report::{Attempt, Cause, Outcome};
use crate::wire::connection::SessionError;

use super::MAX_FAILED_LOGINS_PER_SERVER;

/// What the engine knows of one server (by name, and by address).
#[derive(Debug, Default, Clone)]
struct ServerRecord {
    /// Definite refusals of the password so far, logins that got no
    /// answer included.
    failed_logins: u8,
    /// Logins under way (at most one: logins run one at a time); one cut
    /// short by the run's end counts as failed.
    logins_in_flight: u8,
    /// The user name a login was accepted with.
    accepted_username: Option<String>,
    /// Failed logins before this run that were not this password's (a
    /// server asked where to sign in): they use up the server's two, and
    /// say nothing of the credential.
    failed_before: u8,
}

/// Every server's logins and the providers ruled out, for one run.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    /// Per server name and per address.
    servers: HashMap<String, ServerRecord>,
    /// Providers (registrable domains) that said the password is right but
    /// not allowed this way (app password, web login, logins switched
    /// off): no more logins with it there.
    ruled_out: Vec<String>,
}

impl Ledger {
    /// A ledger where each of `hosts` saw one failed login already, not
    /// with this run's credential.
    pub(crate) fn failed_before(hosts: &[String]) -> Self {
        let mut ledger = Self::default();
        for host in hosts {
            let record = ledger.servers.entry(host.to_ascii_lowercase()).or_default();
            record.failed_before = record.failed_before.saturating_add(1);
        }
        ledger
    }

    /// The provider of `host`, when it is ruled out.
    pub(crate) fn ruled_out(&self, host: &str) -> Option<String> {
        let provider = provider_key(host);
        self.ruled_out.contains(&provider).then_some(provider)
    }

    /// Rules out `host`'s provider for the rest of the run.
    pub(crate) fn rule_out(&mut self, host: &str) {
        self.ruled_out.push(provider_key(host));
    }

    /// A login to the server known by `keys` may be on its way: counted at
    /// once, so that one the run's end or a cancel cuts short counts too.
    pub(crate) fn begin(&mut self, keys: &[String]) {
        for key in keys {
            self.servers.entry(key.clone()).or_default().logins_in_flight += 1;
        }
    }

    /// A login begun with [`Self::begin`] ended: refused (or unanswered
    /// after the password went out), or accepted with `accepted`.
    pub(crate) fn end(&mut self, keys: &[String], failed: bool, accepted: Option<&str>) {
        for key in keys {
            let record = self.servers.entry(key.clone()).or_default();
            record.logins_in_flight = record.logins_in_flight.saturating_sub(1);
            if failed {
                record.failed_logins = record.failed_logins.saturating_add(1);
            } else if let Some(name) = accepted {
                record.accepted_username = Some(name.to_owned());
            }
        }
    }

    /// The user name to log in with on the server known by `keys`, or
    /// `None` when it may see no more failed logins: the name that worked
    /// there before; `first` while nothing failed; `second` (the local
    /// part) once after `first` was refused.
    pub(crate) fn login_name(&self, keys: &[String], first: &str, second: Option<&str>) -> Option<String> {
        let (mut failed, mut before) = (0, 0);
        for key in keys {
            if let Some(record) = self.servers.get(key) {
                if let Some(name) = &record.accepted_username {
                    return Some(name.clone());
                }
                failed = failed.max(record.failed_logins.saturating_add(record.logins_in_flight));
                before = before.max(record.failed_before);
            }
        }
        match failed {
            _ if failed.saturating_add(before) >= MAX_FAILED_LOGINS_PER_SERVER => None,
            0 => Some(first.to_owned()),
            _ => second.map(str::to_owned),
        }
    }
}

/// What a login's result means: the outcome, the detail, whether it counts
/// against the server's failed logins, and a finer cause. A login that
/// ended without an answer after the credentials were written counts: the
/// server saw them and may have counted a failure (a server that pauses
/// after a wrong password is the common case).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub(crate) outcome: Outcome,
    pub(crate) detail: String,
    pub(crate) counts_as_failed: bool,
    pub(crate) cause: Option<Cause>,
}

pub(crate) fn verdict(result: LoginResult, secret_sent: bool) -> Verdict {
    let (outcome, detail, counts_as_failed, cause) = match result {
        LoginResult::Accepted => (Outcome::Ok, "login accepted".to_owned(), false, None),
        LoginResult::Refused(words) => (Outcome::AuthFailed, words, true, None),
        LoginResult::AppPasswordRequired(words) => (Outcome::AppPasswordRequired, words, true, None),
        LoginResult::Disabled(words) => (Outcome::AuthDisabled, words, true, None),
        LoginResult::WebLoginRequired(words) => (Outcome::WebLoginRequired, words, true, None),
        LoginResult::NotPermitted(words) => (
            Outcome::AuthUnavailable,
            words,
            false,
            Some(Cause::LoginNotPermitted),
        ),
        LoginResult::TlsRequired(words) => (Outcome::AuthUnavailable, words, false, Some(Cause::TlsRequired)),
        LoginResult::AccessDisabled(words) => {
            (Outcome::AuthDisabled, words, false, Some(Cause::AccessDisabled))
        }
        LoginResult::Temporary(words) => (Outcome::AuthTemporary, words, false, None),
        LoginResult::MechanismRefused(words) => (
            Outcome::ProtocolError,
            words,
            false,
            Some(Cause::MechanismRefused),
        ),
        LoginResult::AcceptedBeforePassword(words) => (
            Outcome::ProtocolError,
            format!("the server announced success before it had the password: {words}"),
            secret_sent,
            None,
        ),
        LoginResult::Unexpected(why) => (Outcome::ProtocolError, why, secret_sent, None),
        LoginResult::Failed(error @ SessionError::Timeout(_)) if secret_sent => (
            Outcome::Timeout,
            format!("login: the password was sent; {error}"),
            true,
            Some(Cause::LoginUnanswered),
        ),
        LoginResult::Failed(error @ SessionError::Timeout(_)) => {
            (Outcome::Timeout, format!("login: {error}"), false, None)
        }
        LoginResult::Failed(error @ SessionError::Pipelined(_)) => (
            Outcome::ProtocolError,
            format!("login: {error}"),
            secret_sent,
            Some(Cause::PipelinedAnswer),
        ),
        LoginResult::Failed(error) => (
            Outcome::ProtocolError,
            format!("login: {error}"),
            secret_sent,
            None,
        ),
    };
    Verdict {
        outcome,
        detail,
        counts_as_failed,
        cause,
    }
}

/// The provider a server belongs to: its registrable domain (Gmail's
/// `imap.gmail.com` and `smtp.gmail.com` are one provider), or the name
/// itself where there is none (an address, a single-label name).
pub(crate) fn provider_key(host: &str) -> String {
    let host = host.to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() {
        return host;
    }
    psl::domain_str(&host).map_or_else(|| host.clone(), str::to_owned)
}

/// The names under which a server's logins are counted: its name and the
/// address it was reached at (one server often has several names).
pub(crate) fn server_keys(attempt: &Attempt) -> Vec<String> {
    let mut keys = vec![attempt.host.to_ascii_lowercase()];
    keys.extend(attempt.address.clone());
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Protocol, Security};

    fn keys(host: &str, address: &str) -> Vec<String> {
        let mut attempt = Attempt::new(Protocol::Imap, host, 993, Security::ImplicitTls);
        attempt.address = Some(address.to_owned());
        server_keys(&attempt)
    }

    #[test]
    fn the_full_address_then_the_local_part_then_nothing() {
        let mut ledger = Ledger::default();
        let server = keys("mail.example.com", "192.0.2.1");
        let name = |ledger: &Ledger| ledger.login_name(&server, "alice@example.com", Some("alice"));
        assert_eq!(name(&ledger).as_deref(), Some("alice@example.com"));
        ledger.begin(&server);
        ledger.end(&server, true, None);
        assert_eq!(name(&ledger).as_deref(), Some("alice"));
        ledger.begin(&server);
        ledger.end(&server, true, None);
        assert_eq!(name(&ledger), None, "a third failed login could lock the account");
    }

    /// A failed login before the run (a server asked where to sign in)
    /// leaves the credential its first try, and one failure in all.
    #[test]
    fn a_failure_before_the_run_uses_up_one_of_the_two() {
        let mut ledger = Ledger::failed_before(&["MAIL.example.com".to_owned()]);
        let server = keys("mail.example.com", "192.0.2.1");
        let name = |ledger: &Ledger| ledger.login_name(&server, "alice@example.com", Some("alice"));
        assert_eq!(name(&ledger).as_deref(), Some("alice@example.com"));
        ledger.begin(&server);
        ledger.end(&server, true, None);
        assert_eq!(name(&ledger), None, "two failed logins in all");
    }

    #[test]
    fn without_a_second_name_one_refusal_ends_it() {
        let mut ledger = Ledger::default();
        let server = keys("mail.example.com", "192.0.2.1");
        ledger.begin(&server);
        ledger.end(&server, true, None);
        assert_eq!(ledger.login_name(&server, "bob", None), None);
    }

    #[test]
    fn a_login_under_way_counts_until_it_ends() {
        // A login cut short by the run's end or a cancel is never ended:
        // it stays counted, as the server may have seen it.
        let mut ledger = Ledger::default();
        let server = keys("mail.example.com", "192.0.2.1");
        ledger.begin(&server);
        assert_eq!(
            ledger
                .login_name(&server, "alice@example.com", Some("alice"))
                .as_deref(),
            Some("alice")
        );
        ledger.begin(&server);
        assert_eq!(
            ledger.login_name(&server, "alice@example.com", Some("alice")),
            None
        );
    }

    #[test]
    fn one_server_under_two_names_shares_its_budget() {
        let mut ledger = Ledger::default();
        let smtp = keys("smtp.example.com", "192.0.2.1");
        let imap = keys("imap.example.com", "192.0.2.1");
        for _ in 0..2 {
            ledger.begin(&smtp);
            ledger.end(&smtp, true, None);
        }
        assert_eq!(ledger.login_name(&imap, "alice@example.com", Some("alice")), None);
        let elsewhere = keys("smtp.example.com", "192.0.2.2");
        assert_eq!(
            ledger.login_name(&elsewhere, "alice@example.com", Some("alice")),
            None,
            "the name was refused twice, whatever address it has now"
        );
    }

    #[test]
    fn the_name_that_worked_is_used_again() {
        let mut ledger = Ledger::default();
        let server = keys("mail.example.com", "192.0.2.1");
        ledger.begin(&server);
        ledger.end(&server, true, None);
        ledger.begin(&server);
        ledger.end(&server, false, Some("alice"));
        assert_eq!(
            ledger
                .login_name(&server, "alice@example.com", Some("alice"))
                .as_deref(),
            Some("alice")
        );
    }

    #[test]
    fn a_provider_is_ruled_out_by_its_registrable_domain() {
        let mut ledger = Ledger::default();
        ledger.rule_out("smtp.gmail.com");
        assert_eq!(ledger.ruled_out("IMAP.gmail.com").as_deref(), Some("gmail.com"));
        assert_eq!(ledger.ruled_out("imap.example.co.uk"), None);
        ledger.rule_out("192.0.2.7");
        assert!(ledger.ruled_out("192.0.2.7").is_some());
        assert_eq!(ledger.ruled_out("192.0.2.8"), None);
    }

    #[test]
    fn a_login_without_an_answer_counts_once_the_password_went_out() {
        let timeout = || LoginResult::Failed(SessionError::Timeout(std::time::Duration::from_secs(3)));
        let sent = verdict(timeout(), true);
        assert_eq!(
            (sent.outcome, sent.counts_as_failed, sent.cause),
            (Outcome::Timeout, true, Some(Cause::LoginUnanswered))
        );
        let not_sent = verdict(timeout(), false);
        assert_eq!((not_sent.counts_as_failed, not_sent.cause), (false, None));
    }

    #[test]
    fn what_each_answer_counts_for() {
        let words = || "words".to_owned();
        for (result, outcome, counts) in [
            (LoginResult::Accepted, Outcome::Ok, false),
            (LoginResult::Refused(words()), Outcome::AuthFailed, true),
            (
                LoginResult::AppPasswordRequired(words()),
                Outcome::AppPasswordRequired,
                true,
            ),
            (LoginResult::Temporary(words()), Outcome::AuthTemporary, false),
            (
                LoginResult::MechanismRefused(words()),
                Outcome::ProtocolError,
                false,
            ),
            (
                LoginResult::Failed(SessionError::Pipelined(3)),
                Outcome::ProtocolError,
                true,
            ),
        ] {
            let verdict = verdict(result, true);
            assert_eq!((verdict.outcome, verdict.counts_as_failed), (outcome, counts));
        }
    }
}
