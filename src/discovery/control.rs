//! One name that cannot exist, asked once beside the other lookups. A DNS
//! server that gives it an address answers every name (a captive portal
//! that wants a sign-in, a resolver that redirects unknown names): then
//! the names the other lookups asked may lead somewhere else too.

use std::hash::{BuildHasher, Hasher};

use super::dns::{dns_detail, dns_outcome};
use super::*;

impl Context {
    /// Asks for the addresses of a random name under the address's domain.
    pub(super) async fn control(self: Arc<Self>) {
        let name = format!("{}.{}", random_label(), self.address.domain);
        let query = format!("{name} A/AAAA");
        self.asking(Source::Control, &query);
        let started = Instant::now();
        let deadline = self.options.deadline(DNS_DEADLINE);
        let answer = match self.dns() {
            Ok(dns) => tokio::time::timeout(deadline, dns.addresses(&name))
                .await
                .unwrap_or(Err(DnsError::Timeout)),
            Err(why) => Err(why),
        };
        let (outcome, detail) = match answer {
            Ok(addresses) if !addresses.is_empty() => {
                let list: Vec<String> = addresses.iter().map(ToString::to_string).collect();
                (
                    LookupOutcome::Found,
                    format!(
                        "{} (a name that cannot exist): this DNS answers every name",
                        list.join(", ")
                    ),
                )
            }
            Ok(_) | Err(DnsError::NoSuchName | DnsError::NoRecords) => (
                LookupOutcome::None,
                "no such name, as it should be (asked to see whether this network's DNS answers every name)"
                    .to_owned(),
            ),
            Err(why) => (dns_outcome(&why), dns_detail(&why, deadline)),
        };
        self.nothing(Source::Control, query, started, outcome, detail);
    }
}

/// A DNS label no domain has: `mailsetup-check-` and 48 random bits.
fn random_label() -> String {
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    format!("mailsetup-check-{:012x}", random & 0xffff_ffff_ffff)
}
