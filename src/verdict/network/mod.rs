//! What the attempts together say about the network this computer sits on,
//! rather than about any one server: a statement is made only when the
//! evidence makes it certain, and then once, with what to do. Pure: the
//! report's attempts in, findings out; nothing here asks the network.
//!
//! - **A blocked port**: a port that no server answers — servers at two or
//!   more addresses, each of which answers on another port — is dropped
//!   by something between this computer and the internet (hotel, office or
//!   public Wi-Fi, a VPN, a provider blocking port 25). One silent server
//!   is only a server down, and says nothing.
//! - **Offline**: every lookup failed without an answer — among them one
//!   that does not depend on the address's domain (the ISPDB), so it is not
//!   the domain's DNS that is down — and no server could be reached at all.

use crate::tr;
use std::collections::{BTreeMap, BTreeSet};

mod clock;
mod interception;
mod ipv6;
mod portal;

use crate::report::{
    Attempt, Finding, Lookup, LookupOutcome, NetworkFinding, Outcome, Phase, Report, Source,
};

/// The findings about this computer's network, certain from `report`.
#[must_use]
pub fn findings(report: &Report) -> Vec<Finding> {
    if let Some(offline) = offline(report) {
        // Nothing else can be said about a network that is not there.
        return vec![offline];
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    // A clock far off explains failed certificates, so it comes first.
    // A portal explains every failure after it; a clock far off explains
    // failed certificates.
    if let Some(portal) = portal::captive_portal(report) {
        return vec![portal];
    }
    clock::clock_skew(report, now)
        .into_iter()
        .chain(interception::tls_interception(report))
        .chain(ipv6::ipv6_broken(report))
        .chain(blocked_port_findings(report))
        .collect()
}

/// A finding's title: whose problem it is and what, as the window heads
/// its box.
#[must_use]
pub fn title(finding: NetworkFinding) -> String {
    tr!(match finding {
        NetworkFinding::PortBlocked => "network-title-port-blocked",
        NetworkFinding::Offline => "network-title-offline",
        NetworkFinding::ClockSkew => "network-title-clock",
        NetworkFinding::CaptivePortal => "network-title-portal",
        NetworkFinding::TlsInterception => "network-title-interception",
        NetworkFinding::Ipv6Broken => "network-title-ipv6",
    })
}

/// Whose problem a finding is, as the text report begins its line.
#[must_use]
pub fn whose(finding: NetworkFinding) -> String {
    tr!(match finding {
        NetworkFinding::PortBlocked
        | NetworkFinding::Offline
        | NetworkFinding::CaptivePortal
        | NetworkFinding::TlsInterception
        | NetworkFinding::Ipv6Broken => "network-whose-network",
        NetworkFinding::ClockSkew => "network-whose-computer",
    })
}

/// No lookup got an answer (not even "nothing here"), one of them the
/// ISPDB's, which does not depend on the domain; and no attempt reached a
/// server.
fn offline(report: &Report) -> Option<Finding> {
    let lookups = &report.discovery;
    let independent = lookups.iter().any(|l| l.source == Source::Ispdb);
    let every_lookup_failed = !lookups.is_empty()
        && lookups
            .iter()
            .all(|l| matches!(l.outcome, LookupOutcome::Timeout | LookupOutcome::Error));
    let nothing_reached = report.attempts.iter().all(|a| !reached(a));
    if report.cancelled || !independent || !every_lookup_failed || !nothing_reached {
        return None;
    }
    Some(Finding {
        finding: NetworkFinding::Offline,
        evidence: tr!("network-offline-evidence", count = lookups.len()),
        advice: tr!("network-offline-advice"),
    })
}

/// The ports this network blocks, by the evidence in `attempts` (for the
/// checking page, which groups the attempts a finding explains).
#[must_use]
pub fn blocked_ports<'a>(attempts: impl IntoIterator<Item = &'a Attempt>) -> Vec<u16> {
    let attempts: Vec<&Attempt> = attempts.into_iter().collect();
    silent_ports(&attempts)
        .into_iter()
        .map(|(port, _)| port)
        .collect()
}

/// The lookups that ended show a network that answers every name (a
/// captive portal): every failed attempt is explained by it.
#[must_use]
pub fn behind_a_portal<'a>(lookups: impl IntoIterator<Item = &'a Lookup>) -> bool {
    portal::captive_portal_in(&lookups.into_iter().collect::<Vec<_>>()).is_some()
}

/// An attempt that a blocked port explains: it got no answer at all.
#[must_use]
pub fn explained_by_blocked_port(attempt: &Attempt, blocked: &[u16]) -> bool {
    is_connect_timeout(attempt) && blocked.contains(&attempt.port)
}

/// Ports that servers at several addresses leave unanswered while they
/// answer on others; port 25 alone is worth a line of its own.
fn blocked_port_findings(report: &Report) -> Vec<Finding> {
    let attempts: Vec<&Attempt> = report.attempts.iter().collect();
    let blocked = silent_ports(&attempts);
    let (relay, mail): (Vec<_>, Vec<_>) = blocked.into_iter().partition(|(port, _)| *port == 25);
    let mut findings = Vec::new();
    if !mail.is_empty() {
        findings.push(Finding {
            finding: NetworkFinding::PortBlocked,
            evidence: evidence(&mail),
            advice: advice(&mail, report),
        });
    }
    if !relay.is_empty() {
        findings.push(Finding {
            finding: NetworkFinding::PortBlocked,
            evidence: evidence(&relay),
            advice: tr!("network-port-25-advice"),
        });
    }
    findings
}

/// Each port no server answered, with the servers (address → name) that
/// left it silent while answering on another port; only ports with two
/// or more such addresses.
fn silent_ports(attempts: &[&Attempt]) -> Vec<(u16, BTreeMap<String, String>)> {
    let answered_on = answered_ports(attempts);
    let mut silent: BTreeMap<u16, BTreeMap<String, String>> = BTreeMap::new();
    let mut heard: BTreeSet<u16> = BTreeSet::new();
    for attempt in attempts {
        if is_connect_timeout(attempt) {
            for address in addresses(attempt) {
                let elsewhere = answered_on
                    .get(address)
                    .is_some_and(|ports| ports.iter().any(|&p| p != attempt.port));
                if elsewhere {
                    silent
                        .entry(attempt.port)
                        .or_default()
                        .insert(address.to_owned(), attempt.host.clone());
                }
            }
        } else if reached(attempt) {
            heard.insert(attempt.port);
        }
    }
    silent
        .into_iter()
        .filter(|(port, servers)| !heard.contains(port) && servers.len() >= 2)
        .collect()
}

/// For each address, the ports on which it answered (any answer: a
/// greeting, a TLS handshake, even a refusal).
fn answered_ports<'a>(attempts: &[&'a Attempt]) -> BTreeMap<&'a str, BTreeSet<u16>> {
    let mut answered: BTreeMap<&str, BTreeSet<u16>> = BTreeMap::new();
    for attempt in attempts.iter().filter(|a| reached(a)) {
        for address in addresses(attempt) {
            answered.entry(address).or_default().insert(attempt.port);
        }
    }
    answered
}

/// No address of the server accepted the connection in time.
fn is_connect_timeout(attempt: &Attempt) -> bool {
    attempt.outcome == Outcome::Timeout && attempt.phase == Phase::Connect
}

/// Something at the address answered on this port (it need not be mail).
fn reached(attempt: &Attempt) -> bool {
    attempt.address.is_some()
        && !is_connect_timeout(attempt)
        && !matches!(attempt.outcome, Outcome::Cancelled | Outcome::Skipped)
}

fn addresses(attempt: &Attempt) -> impl Iterator<Item = &str> {
    attempt
        .address
        .as_deref()
        .unwrap_or_default()
        .split(", ")
        .filter(|a| !a.is_empty())
}

fn evidence(blocked: &[(u16, BTreeMap<String, String>)]) -> String {
    let servers: BTreeMap<&str, &str> = blocked
        .iter()
        .flat_map(|(_, servers)| servers.iter().map(|(a, h)| (a.as_str(), h.as_str())))
        .collect();
    let named: Vec<String> = servers
        .iter()
        .map(|(address, host)| tr!("network-server-at", host = *host, address = *address))
        .collect();
    tr!(
        "network-ports-silent",
        count = blocked.len(),
        ports = port_list(blocked),
        servers = servers.len(),
        named = named.join(", ")
    )
}

fn advice(blocked: &[(u16, BTreeMap<String, String>)], report: &Report) -> String {
    let working = report.outgoing.recommended.is_some() || report.incoming.recommended.is_some();
    let id = if working {
        "network-drops-but-works"
    } else {
        "network-drops-try-elsewhere"
    };
    tr!(id, ports = port_list(blocked))
}

/// "587" or "587 and 2525".
fn port_list(blocked: &[(u16, BTreeMap<String, String>)]) -> String {
    let ports: Vec<String> = blocked.iter().map(|(p, _)| p.to_string()).collect();
    crate::verdict::words::and_list(&ports)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::report::{Protocol, Security};

    pub(super) fn attempt(host: &str, address: &str, port: u16, outcome: Outcome, phase: Phase) -> Attempt {
        let mut a = Attempt::new(Protocol::Smtp, host, port, Security::Starttls);
        a.address = Some(address.to_owned());
        a.outcome = outcome;
        a.phase = phase;
        a
    }

    fn silent(host: &str, address: &str, port: u16) -> Attempt {
        attempt(host, address, port, Outcome::Timeout, Phase::Connect)
    }

    fn works(host: &str, address: &str, port: u16) -> Attempt {
        attempt(host, address, port, Outcome::Ok, Phase::Done)
    }

    pub(super) fn report(attempts: Vec<Attempt>) -> Report {
        Report {
            email: "alice@example.test".to_owned(),
            outgoing: crate::report::Section::default(),
            incoming: crate::report::Section::default(),
            attempts,
            discovery: Vec::new(),
            sign_in: None,
            cancelled: false,
            network: Vec::new(),
        }
    }

    #[test]
    fn a_port_silent_at_two_addresses_that_answer_elsewhere_is_blocked() {
        let found = findings(&report(vec![
            silent("smtp.example.test", "192.0.2.1", 587),
            works("smtp.example.test", "192.0.2.1", 465),
            silent("mail.example.test", "192.0.2.2", 587),
            works("mail.example.test", "192.0.2.2", 465),
        ]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].finding, NetworkFinding::PortBlocked);
        assert!(found[0]
            .evidence
            .starts_with("Port 587 got no answer from 2 servers"));
        assert!(found[0].evidence.contains("mail.example.test at 192.0.2.2"));
    }

    #[test]
    fn one_silent_server_is_a_server_down_not_a_blocked_port() {
        let found = findings(&report(vec![
            silent("smtp.example.test", "192.0.2.1", 587),
            works("smtp.example.test", "192.0.2.1", 465),
            attempt(
                "mail.example.test",
                "192.0.2.2",
                587,
                Outcome::AuthFailed,
                Phase::Auth,
            ),
            works("mail.example.test", "192.0.2.2", 465),
        ]));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn servers_silent_everywhere_say_nothing_about_the_network() {
        let found = findings(&report(vec![
            silent("smtp.example.test", "192.0.2.1", 587),
            silent("smtp.example.test", "192.0.2.1", 465),
            silent("mail.example.test", "192.0.2.2", 587),
            silent("mail.example.test", "192.0.2.2", 465),
        ]));
        assert!(found.is_empty(), "{found:?}");
    }

    fn lookup(source: Source, outcome: LookupOutcome) -> crate::report::Lookup {
        crate::report::Lookup {
            source,
            query: "q".to_owned(),
            outcome,
            elapsed_ms: 1,
            detail: String::new(),
            clock_offset_s: None,
            certificate_for: None,
            root: None,
        }
    }

    fn dns_failed(host: &str) -> Attempt {
        let mut a = Attempt::new(Protocol::Smtp, host, 465, Security::ImplicitTls);
        a.outcome = Outcome::DnsFailed;
        a.phase = Phase::Resolve;
        a
    }

    #[test]
    fn no_answer_anywhere_is_offline_and_says_nothing_else() {
        let mut offline = report(vec![
            dns_failed("mail.example.test"),
            dns_failed("smtp.example.test"),
        ]);
        offline.discovery = vec![
            lookup(Source::Mx, LookupOutcome::Error),
            lookup(Source::Autoconfig, LookupOutcome::Timeout),
            lookup(Source::Ispdb, LookupOutcome::Error),
        ];
        let found = findings(&offline);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].finding, NetworkFinding::Offline);

        // The domain's DNS down, the ISPDB answering: the domain, not the network.
        let mut domain_down = offline.clone();
        domain_down.discovery[2].outcome = LookupOutcome::None;
        assert!(findings(&domain_down).is_empty());
        // Without the ISPDB (third-party lookups off) nothing independent was asked.
        let mut no_ispdb = offline.clone();
        no_ispdb.discovery.pop();
        assert!(findings(&no_ispdb).is_empty());
        // A name that does not exist is an answer: a typo, not the network.
        let mut typo = offline;
        typo.discovery[0].outcome = LookupOutcome::None;
        assert!(findings(&typo).is_empty());
    }

    #[test]
    fn port_25_alone_is_normal() {
        let found = findings(&report(vec![
            silent("smtp.example.test", "192.0.2.1", 25),
            works("smtp.example.test", "192.0.2.1", 465),
            silent("mail.example.test", "192.0.2.2, 192.0.2.3", 25),
            works("mail.example.test", "192.0.2.2", 465),
        ]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].advice.contains("that is normal"), "{}", found[0].advice);
    }
}
