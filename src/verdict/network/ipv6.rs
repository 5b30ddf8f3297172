//! A network that hands out IPv6 but does not carry it: servers with IPv6
//! and IPv4 addresses answer over IPv4 at once and never over IPv6. The
//! check tries IPv4 a quarter second later (RFC 8305) and loses nothing;
//! a mail program that waits for IPv6 hangs at every connection.

use crate::tr;
use std::collections::BTreeMap;
use std::net::IpAddr;

use crate::report::{Attempt, Finding, NetworkFinding, Report};

pub(super) fn ipv6_broken(report: &Report) -> Option<Finding> {
    let connected = |a: &&Attempt| a.address.as_deref().and_then(|s| s.parse::<IpAddr>().ok());
    // One server that answered over IPv6 shows this network carries it.
    if report
        .attempts
        .iter()
        .filter_map(|a| connected(&a))
        .any(|ip| ip.is_ipv6())
    {
        return None;
    }
    let mut silent: BTreeMap<&str, &str> = BTreeMap::new();
    for attempt in report
        .attempts
        .iter()
        .filter(|a| connected(a).is_some_and(|ip| ip.is_ipv4()))
    {
        for address in &attempt.ipv6_unanswered {
            silent.entry(address.as_str()).or_insert(attempt.host.as_str());
        }
    }
    // Two addresses: one server's IPv6 left off is that server's matter.
    if silent.len() < 2 {
        return None;
    }
    let named: Vec<String> = silent
        .iter()
        .map(|(address, host)| tr!("network-server-at", host = *host, address = *address))
        .collect();
    Some(Finding {
        finding: NetworkFinding::Ipv6Broken,
        evidence: tr!(
            "network-ipv6-evidence",
            count = silent.len(),
            named = named.join(", ")
        ),
        advice: tr!("network-ipv6-advice"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Outcome, Phase};

    fn over_ipv4(host: &str, unanswered: &[&str]) -> Attempt {
        let mut attempt = super::super::tests::attempt(host, "192.0.2.1", 993, Outcome::Ok, Phase::Done);
        attempt.ipv6_unanswered = unanswered.iter().map(ToString::to_string).collect();
        attempt
    }

    #[test]
    fn ipv6_of_two_servers_silent_while_ipv4_answers_is_named() {
        let report = super::super::tests::report(vec![
            over_ipv4("mail.example.test", &["2001:db8::1"]),
            over_ipv4("smtp.example.test", &["2001:db8::2"]),
            over_ipv4("mail.example.test", &["2001:db8::1"]),
        ]);
        let found = ipv6_broken(&report).unwrap();
        assert_eq!(found.finding, NetworkFinding::Ipv6Broken);
        assert!(
            found.evidence.starts_with(
                "2 IPv6 addresses of servers (mail.example.test at 2001:db8::1, smtp.example.test at \
                 2001:db8::2) never answered"
            ),
            "{}",
            found.evidence
        );
    }

    #[test]
    fn one_silent_address_or_one_answer_over_ipv6_says_nothing() {
        let one = super::super::tests::report(vec![over_ipv4("mail.example.test", &["2001:db8::1"])]);
        assert!(ipv6_broken(&one).is_none());
        let mut works = super::super::tests::report(vec![
            over_ipv4("mail.example.test", &["2001:db8::1"]),
            over_ipv4("smtp.example.test", &["2001:db8::2"]),
        ]);
        works.attempts.push(super::super::tests::attempt(
            "imap.example.test",
            "2001:db8::3",
            993,
            Outcome::Ok,
            Phase::Done,
        ));
        assert!(ipv6_broken(&works).is_none());
    }
}
