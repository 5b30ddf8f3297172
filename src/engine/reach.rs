//! Where a server is: on this machine or a private network, or on the
//! internet; and where the address's domain itself is.
//!
//! A lookup that names a server on a loopback, private or link-local
//! address for a domain whose own names are on the internet is how a
//! hostile network or a forged answer would collect a password (a local
//! program listening on a mail port, a box on the café's network). Such a
//! server is checked, but it gets no password unless the person names it.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use crate::wire::net::{self, Dns, Overrides};

/// How many of the domain's MX hosts are resolved to place the domain.
const MX_HOSTS_LOOKED_AT: usize = 3;

/// Whether `ip` belongs to this machine or a private network: loopback,
/// RFC 1918, shared (RFC 6598, carrier-grade NAT), link-local,
/// unspecified, IPv6 unique-local, and IPv4 written as IPv6.
#[must_use]
pub fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_local_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_local_v4(v4),
            None => is_local_v6(v6),
        },
    }
}

fn is_local_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        // 100.64.0.0/10, the provider side of carrier-grade NAT.
        || (a == 100 && (64..128).contains(&b))
}

fn is_local_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        // fc00::/7 unique local, fe80::/10 link-local.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
}

/// An internet address of the domain's own names (the domain itself, its
/// MX hosts), if it has one; `None` when every one is local or none
/// resolves in `timeout`: then a local server is nothing unusual (a
/// company's own network, a test set-up).
pub async fn public_address(domain: &str, overrides: &Overrides, timeout: Duration) -> Option<IpAddr> {
    let mut names = vec![domain.to_owned()];
    names.extend(mx_hosts(domain, overrides, timeout).await);
    let mut lookups = tokio::task::JoinSet::new();
    for name in names {
        let overrides = overrides.clone();
        lookups.spawn(async move { net::resolve(&name, 25, &overrides, timeout).await });
    }
    let first_public = async {
        while let Some(found) = lookups.join_next().await {
            if let Some(ip) = found
                .into_iter()
                .flatten()
                .flatten()
                .map(|a| a.ip())
                .find(|&ip| !is_local(ip))
            {
                return Some(ip);
            }
        }
        None
    };
    tokio::time::timeout(timeout, first_public).await.ok().flatten()
}

/// The first MX hosts of `domain`, or none when the lookup fails.
async fn mx_hosts(domain: &str, overrides: &Overrides, timeout: Duration) -> Vec<String> {
    let system;
    let dns = match overrides.dns() {
        Some(dns) => dns,
        None => match Dns::system(timeout) {
            Ok(dns) => {
                system = dns;
                &system
            }
            Err(_) => return Vec::new(),
        },
    };
    match tokio::time::timeout(timeout, dns.mx(domain)).await {
        Ok(Ok(hosts)) => hosts
            .into_iter()
            .map(|host| host.trim_end_matches('.').to_owned())
            .filter(|host| !host.is_empty())
            .take(MX_HOSTS_LOOKED_AT)
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_addresses() {
        for local in [
            "127.0.0.1",
            "127.0.1.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.1.5",
            "169.254.10.10",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "::1",
            "::",
            "fe80::1",
            "fd12:3456::1",
            "fc00::1",
            "::ffff:192.168.1.5",
        ] {
            assert!(is_local(local.parse().unwrap()), "{local}");
        }
    }

    #[test]
    fn internet_addresses() {
        for public in [
            "198.51.100.10",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "192.169.0.1",
            "2001:db8::1",
            "2a00:1450:4001::1",
            "::ffff:8.8.8.8",
        ] {
            assert!(!is_local(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn the_domain_is_placed_by_its_own_names() {
        let mut overrides = Overrides::default();
        // A DNS server where nothing listens: no MX, and no query leaves.
        overrides.use_dns(Dns::at(
            "127.0.9.9:53".parse().unwrap(),
            Duration::from_millis(100),
        ));
        overrides.insert("intranet.example", "10.0.0.1".parse().unwrap());
        overrides.insert("public.example", "198.51.100.10".parse().unwrap());
        let timeout = Duration::from_millis(200);
        assert_eq!(
            public_address("intranet.example", &overrides, timeout).await,
            None
        );
        assert_eq!(
            public_address("public.example", &overrides, timeout).await,
            Some("198.51.100.10".parse().unwrap())
        );
    }
}
