//! A network whose DNS answers every name: a captive portal (hotel,
//! airport, train Wi-Fi) that wants a sign-in in the browser first, or a
//! resolver that redirects names it should not. Two pieces of evidence,
//! both needed: a name that cannot exist has an address, and web servers
//! of unrelated domains answered with a certificate for some other name.
//! A domain with a wildcard record gives the first alone.

use crate::tr;
use std::collections::BTreeMap;

use crate::report::{Finding, Lookup, LookupOutcome, NetworkFinding, Report, Source};

pub(super) fn captive_portal(report: &Report) -> Option<Finding> {
    captive_portal_in(&report.discovery.iter().collect::<Vec<_>>())
}

/// The finding from the lookups that have ended (the checking page asks
/// while the rest still runs).
pub(super) fn captive_portal_in(lookups: &[&Lookup]) -> Option<Finding> {
    let control = lookups
        .iter()
        .find(|l| l.source == Source::Control && l.outcome == LookupOutcome::Found)?;
    let wrong = wrong_certificates(lookups);
    if wrong.len() < 2 {
        return None;
    }
    let name = control.query.split_whitespace().next().unwrap_or_default();
    let hosts: Vec<String> = wrong.keys().cloned().collect();
    let mut presented: Vec<&str> = wrong.values().flatten().map(String::as_str).collect();
    presented.sort_unstable();
    presented.dedup();
    let other = if presented.is_empty() {
        tr!("network-portal-another-name")
    } else {
        presented.join(", ")
    };
    Some(Finding {
        finding: NetworkFinding::CaptivePortal,
        evidence: tr!(
            "network-portal-evidence",
            name = name,
            hosts = crate::verdict::words::and_list(&hosts),
            other = other,
        ),
        advice: tr!("network-portal-advice"),
    })
}

/// The hosts of the web lookups that met a certificate for another name,
/// one per registrable domain, with the names that certificate is for.
fn wrong_certificates(lookups: &[&Lookup]) -> BTreeMap<String, Vec<String>> {
    let mut by_domain: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for lookup in lookups {
        let Some(presented) = &lookup.certificate_for else {
            continue;
        };
        let Some(host) = reqwest::Url::parse(&lookup.query)
            .ok()
            .and_then(|url| url.host_str().map(str::to_owned))
        else {
            continue;
        };
        let domain = psl::domain_str(&host).unwrap_or(&host).to_owned();
        // One host per domain, the same whichever lookup ended first.
        let kept = by_domain
            .entry(domain)
            .or_insert((host.clone(), presented.clone()));
        if host < kept.0 {
            *kept = (host, presented.clone());
        }
    }
    by_domain.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Lookup;

    fn lookup(source: Source, query: &str, outcome: LookupOutcome, presented: Option<&[&str]>) -> Lookup {
        Lookup {
            source,
            query: query.to_owned(),
            outcome,
            elapsed_ms: 3,
            detail: String::new(),
            clock_offset_s: None,
            certificate_for: presented.map(|names| names.iter().map(ToString::to_string).collect()),
            root: None,
        }
    }

    fn report(discovery: Vec<Lookup>) -> Report {
        let mut report = super::super::tests::report(Vec::new());
        report.discovery = discovery;
        report
    }

    const PORTAL: Option<&[&str]> = Some(&["portal.hotel.test"]);

    #[test]
    fn every_name_answered_and_the_same_wrong_certificate_is_a_portal() {
        let found = captive_portal(&report(vec![
            lookup(
                Source::Control,
                "mailsetup-check-1.example.test A/AAAA",
                LookupOutcome::Found,
                None,
            ),
            lookup(
                Source::Autoconfig,
                "https://autoconfig.example.test/mail/config-v1.1.xml",
                LookupOutcome::Error,
                PORTAL,
            ),
            lookup(
                Source::Ispdb,
                "https://ispdb.example.org/v1.1/example.test",
                LookupOutcome::Error,
                PORTAL,
            ),
        ]))
        .unwrap();
        assert_eq!(found.finding, NetworkFinding::CaptivePortal);
        assert!(
            found.evidence.contains(
                "the web servers of autoconfig.example.test and ispdb.example.org answered with a certificate \
                 for portal.hotel.test"
            ),
            "{}",
            found.evidence
        );
    }

    #[test]
    fn a_wildcard_domain_or_one_wrong_certificate_is_not_a_portal() {
        let control = || {
            lookup(
                Source::Control,
                "x.example.test A/AAAA",
                LookupOutcome::Found,
                None,
            )
        };
        let own = |host: &str| {
            lookup(
                Source::Autoconfig,
                &format!("https://{host}/mail/config-v1.1.xml"),
                LookupOutcome::Error,
                PORTAL,
            )
        };
        // The domain's wildcard record, and its own web server's wrong certificate.
        assert!(captive_portal(&report(vec![control(), own("autoconfig.example.test")])).is_none());
        // Two wrong certificates of the same domain.
        assert!(captive_portal(&report(vec![
            control(),
            own("autoconfig.example.test"),
            own("example.test")
        ]))
        .is_none());
        // The name that cannot exist does not: DNS is honest.
        let mut honest = vec![
            control(),
            own("autoconfig.example.test"),
            own("ispdb.example.org"),
        ];
        honest[0].outcome = LookupOutcome::None;
        assert!(captive_portal(&report(honest)).is_none());
    }
}
