//! Something on this computer or network that decrypts secure connections:
//! an antivirus program's "mail shield", a company proxy. It shows as a
//! root that only this computer's own store trusts (not a public one, not
//! a file the person named) and that signs the certificates of servers of
//! unrelated domains in one check — or whose name is a known product's.
//! A company authority that signs only the company's own servers is
//! neither.

use crate::tr;
use std::collections::{BTreeMap, BTreeSet};

use crate::report::{Finding, NetworkFinding, Report};
use crate::wire::tls::{Root, TrustedBy};

/// Products known to decrypt connections, as their roots name them, and
/// the words the finding uses for each.
const PRODUCTS: [(&str, &str); 16] = [
    ("avast", "Avast's Web/Mail Shield"),
    ("avg", "AVG's Web/Mail Shield"),
    ("kaspersky", "Kaspersky's secure-connection scanning"),
    ("eset", "ESET's SSL/TLS filtering"),
    ("bitdefender", "Bitdefender's encrypted-web scanning"),
    ("norton", "Norton's secure-connection scanning"),
    ("symantec", "Symantec's secure-connection scanning"),
    ("sophos", "Sophos's HTTPS scanning"),
    ("fortinet", "Fortinet's deep inspection (FortiGate)"),
    ("fortigate", "Fortinet's deep inspection (FortiGate)"),
    ("zscaler", "Zscaler"),
    ("netskope", "Netskope"),
    ("mcafee", "McAfee's web protection"),
    ("trend micro", "Trend Micro's web protection"),
    ("palo alto", "Palo Alto Networks' decryption"),
    ("mitmproxy", "mitmproxy"),
];

pub(super) fn tls_interception(report: &Report) -> Option<Finding> {
    let by_root = system_roots(report);
    let (root, hosts, product) = by_root.into_iter().find_map(|(root, hosts)| {
        let product = product(&root);
        let domains: BTreeSet<&str> = hosts.iter().map(|h| psl::domain_str(h).unwrap_or(h)).collect();
        (domains.len() >= 2 || product.is_some()).then_some((root, hosts, product))
    })?;
    let hosts: Vec<String> = hosts.into_iter().collect();
    let what = product.map_or_else(
        || tr!("network-interception-something"),
        |name| tr!("network-interception-product", product = name),
    );
    Some(Finding {
        finding: NetworkFinding::TlsInterception,
        evidence: tr!(
            "network-interception-evidence",
            hosts = crate::verdict::words::and_list(&hosts),
            root = root,
            what = what,
        ),
        advice: tr!("network-interception-advice"),
    })
}

/// The servers whose certificate led to a root only this computer's store
/// trusts, by that root.
fn system_roots(report: &Report) -> BTreeMap<String, BTreeSet<String>> {
    let from_attempts = report
        .attempts
        .iter()
        .filter_map(|a| Some((a.host.clone(), a.certificate.as_ref()?.root.clone()?)));
    let from_lookups = report.discovery.iter().filter_map(|l| {
        let host = reqwest::Url::parse(&l.query).ok()?.host_str()?.to_owned();
        Some((host, l.root.clone()?))
    });
    let mut by_root: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (host, Root { name, trusted_by }) in from_attempts.chain(from_lookups) {
        if trusted_by == TrustedBy::System {
            by_root.entry(name).or_default().insert(host);
        }
    }
    by_root
}

/// The product a root's name names, if it is one known to decrypt.
fn product(root: &str) -> Option<&'static str> {
    let lower = root.to_lowercase();
    PRODUCTS.iter().find_map(|(needle, name)| {
        let words = lower.split(|c: char| !c.is_alphanumeric() && c != ' ');
        let found = if needle.contains(' ') {
            lower.contains(needle)
        } else {
            words.flat_map(str::split_whitespace).any(|word| word == *needle)
        };
        found.then_some(*name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Outcome, Phase};
    use crate::wire::certificate::CertificateInfo;

    fn verified(host: &str, root: &str, trusted_by: TrustedBy) -> crate::report::Attempt {
        let mut attempt = super::super::tests::attempt(host, "192.0.2.1", 993, Outcome::Ok, Phase::Done);
        attempt.certificate = Some(CertificateInfo {
            root: Some(Root {
                name: root.to_owned(),
                trusted_by,
            }),
            ..Default::default()
        });
        attempt
    }

    #[test]
    fn a_system_root_signing_unrelated_domains_is_interception() {
        let report = super::super::tests::report(vec![
            verified("mail.example.test", "CN=Proxy CA", TrustedBy::System),
            verified("mail.other.test", "CN=Proxy CA", TrustedBy::System),
        ]);
        let found = tls_interception(&report).unwrap();
        assert!(
            found.evidence.starts_with(
                "The certificates of mail.example.test and mail.other.test lead to \"CN=Proxy CA\""
            ),
            "{}",
            found.evidence
        );
    }

    #[test]
    fn a_known_product_is_named_from_one_server() {
        let report = super::super::tests::report(vec![verified(
            "mail.example.test",
            "CN=Avast Web/Mail Shield Root, O=Avast",
            TrustedBy::System,
        )]);
        let found = tls_interception(&report).unwrap();
        assert!(
            found.evidence.contains("Avast's Web/Mail Shield"),
            "{}",
            found.evidence
        );
    }

    #[test]
    fn company_public_and_chosen_roots_are_not_interception() {
        // A company authority for the company's own servers.
        let company = super::super::tests::report(vec![
            verified("mail.corp.test", "CN=Corp CA", TrustedBy::System),
            verified("smtp.corp.test", "CN=Corp CA", TrustedBy::System),
        ]);
        assert!(tls_interception(&company).is_none());
        // The person named the root, or it is a public one.
        for who in [TrustedBy::You, TrustedBy::Public] {
            let chosen = super::super::tests::report(vec![
                verified("mail.example.test", "CN=Avast Web/Mail Shield Root", who),
                verified("mail.other.test", "CN=Avast Web/Mail Shield Root", who),
            ]);
            assert!(tls_interception(&chosen).is_none(), "{who:?}");
        }
        // "avg" inside another word is not AVG.
        assert_eq!(product("CN=Savgrove Root"), None);
    }
}
