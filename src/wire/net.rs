//! Name resolution and TCP connection, each under its own timeout. Shared by
//! every protocol.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

/// Fixed addresses for host names, like curl's `--resolve`: lets a check run
/// before DNS points at a server, and lets tests use loopback addresses.
/// Also where the other names are looked up: the system's resolver, or a
/// chosen DNS server (`--dns`).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    names: HashMap<String, Vec<IpAddr>>,
    dns: Option<Dns>,
}

impl Overrides {
    /// Uses `address` for `host` (case-insensitive); repeated calls add addresses.
    pub fn insert(&mut self, host: &str, address: IpAddr) {
        self.names.entry(Self::key(host)).or_default().push(address);
    }

    /// Looks every other name up at `dns` instead of the system's resolver.
    pub fn use_dns(&mut self, dns: Dns) {
        self.dns = Some(dns);
    }

    /// The chosen DNS server, if any.
    #[must_use]
    pub fn dns(&self) -> Option<&Dns> {
        self.dns.as_ref()
    }

    fn lookup(&self, host: &str) -> Option<&[IpAddr]> {
        self.names.get(&Self::key(host)).map(Vec::as_slice)
    }

    /// `Mail.Example.com.`, `mail.example.com` and `mäil.example` in its
    /// ASCII form are one name: none of them may slip past an override.
    fn key(host: &str) -> String {
        crate::model::host_to_ascii(host).unwrap_or_else(|| host.to_ascii_lowercase())
    }
}

/// Why no connection was made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetError {
    /// DNS answered: the name does not exist, or has no address.
    #[error("{0}")]
    NoAddress(String),
    /// DNS could not be asked or did not answer in time (no network, a
    /// resolver that is down): the name may well exist.
    #[error("{0}")]
    Dns(String),
    /// Every address refused the connection: nothing listens on the port.
    #[error("connection refused")]
    Refused,
    /// No address answered within the timeout: often a firewall that drops packets.
    #[error("no answer in time")]
    Timeout,
    /// No way to any address: the network or the host is unreachable (no
    /// route), as the system said.
    #[error("{0}")]
    Unreachable(String),
    /// Another socket error.
    #[error("{0}")]
    Other(String),
}

/// A DNS resolver for the lookups the system's `getaddrinfo` cannot do
/// (MX, SRV), and for every name when a DNS server was chosen (`--dns`,
/// like `dig @server`).
#[derive(Clone)]
pub struct Dns {
    resolver: Arc<hickory_resolver::TokioResolver>,
    /// The chosen server, `None` for the system's.
    server: Option<SocketAddr>,
}

impl std::fmt::Debug for Dns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dns")
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

/// Why a DNS question got no usable answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN).
    #[error("no such name")]
    NoSuchName,
    /// The name exists, without records of the kind asked for.
    #[error("no records of that kind")]
    NoRecords,
    /// The server did not answer in time.
    #[error("no answer in time")]
    Timeout,
    /// Anything else (refused, malformed, unreachable).
    #[error("{0}")]
    Other(String),
}

/// One SRV record (RFC 2782).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrvRecord {
    /// Lower is tried first.
    pub priority: u16,
    /// Among equal priorities, a larger share.
    pub weight: u16,
    /// The port.
    pub port: u16,
    /// The host; `.` means the service is not offered (RFC 6186 §3.4).
    pub target: String,
}

impl Dns {
    /// Asks `server` (port 53 unless given), each question once, within
    /// `timeout`.
    #[must_use]
    pub fn at(server: SocketAddr, timeout: Duration) -> Self {
        use hickory_resolver::config::{NameServerConfigGroup, ResolverConfig};
        let servers = NameServerConfigGroup::from_ips_clear(&[server.ip()], server.port(), true);
        let config = ResolverConfig::from_parts(None, Vec::new(), servers);
        let builder = hickory_resolver::Resolver::builder_with_config(
            config,
            hickory_resolver::name_server::TokioConnectionProvider::default(),
        );
        Self::finish(builder, timeout, Some(server))
    }

    /// The system's DNS servers (`/etc/resolv.conf` and its kin).
    ///
    /// # Errors
    ///
    /// When the system's configuration cannot be read.
    pub fn system(timeout: Duration) -> Result<Self, DnsError> {
        let builder =
            hickory_resolver::Resolver::builder_tokio().map_err(|e| DnsError::Other(e.to_string()))?;
        Ok(Self::finish(builder, timeout, None))
    }

    fn finish(
        mut builder: hickory_resolver::ResolverBuilder<
            hickory_resolver::name_server::TokioConnectionProvider,
        >,
        timeout: Duration,
        server: Option<SocketAddr>,
    ) -> Self {
        let options = builder.options_mut();
        options.timeout = timeout;
        options.attempts = 1;
        // A and AAAA both, at once, as the system's resolver asks them:
        // hickory's default asks AAAA only when there is no A, which would
        // hide a name's IPv6 addresses (and a network where they fail).
        options.ip_strategy = hickory_resolver::config::LookupIpStrategy::Ipv4AndIpv6;
        // Names are asked as given, never with a search domain appended.
        options.ndots = 0;
        // A chosen server answers every name, like `dig @server`: the
        // machine's /etc/hosts would otherwise answer first for the names
        // it lists.
        if server.is_some() {
            options.use_hosts_file = hickory_resolver::config::ResolveHosts::Never;
        }
        Self {
            resolver: Arc::new(builder.build()),
            server,
        }
    }

    /// The chosen server, `None` for the system's.
    #[must_use]
    pub fn server(&self) -> Option<SocketAddr> {
        self.server
    }

    /// The MX hosts of `domain`, most preferred first.
    ///
    /// # Errors
    ///
    /// [`DnsError`].
    pub async fn mx(&self, domain: &str) -> Result<Vec<String>, DnsError> {
        let found = self
            .resolver
            .mx_lookup(absolute(domain))
            .await
            .map_err(dns_error)?;
        let mut records: Vec<(u16, String)> = found
            .iter()
            .map(|mx| (mx.preference(), relative(&mx.exchange().to_ascii())))
            .collect();
        records.sort();
        Ok(records.into_iter().map(|(_, host)| host).collect())
    }

    /// The SRV records of `name`, in RFC 2782 order: by priority, and by
    /// weight (larger first) within a priority.
    ///
    /// # Errors
    ///
    /// [`DnsError`].
    pub async fn srv(&self, name: &str) -> Result<Vec<SrvRecord>, DnsError> {
        let found = self
            .resolver
            .srv_lookup(absolute(name))
            .await
            .map_err(dns_error)?;
        let mut records: Vec<SrvRecord> = found
            .iter()
            .map(|srv| SrvRecord {
                priority: srv.priority(),
                weight: srv.weight(),
                port: srv.port(),
                target: relative(&srv.target().to_ascii()),
            })
            .collect();
        records.sort_by_key(|r| (r.priority, std::cmp::Reverse(r.weight)));
        Ok(records)
    }

    /// The addresses of `host`.
    ///
    /// # Errors
    ///
    /// [`DnsError`].
    pub async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        let found = self.resolver.lookup_ip(absolute(host)).await.map_err(dns_error)?;
        Ok(found.iter().collect())
    }
}

/// `name.` : asked as is, never relative to a search domain.
fn absolute(name: &str) -> String {
    format!("{}.", name.trim_end_matches('.'))
}

/// `name.` → `name`; the root `.` stays `.`.
fn relative(name: &str) -> String {
    match name.trim_end_matches('.') {
        "" => ".".to_owned(),
        name => name.to_ascii_lowercase(),
    }
}

fn dns_error(error: hickory_resolver::ResolveError) -> DnsError {
    if error.is_nx_domain() {
        DnsError::NoSuchName
    } else if error.is_no_records_found() {
        DnsError::NoRecords
    } else if matches!(error.kind(), hickory_resolver::ResolveErrorKind::Proto(p) if p.kind.is_timeout()) {
        DnsError::Timeout
    } else {
        DnsError::Other(error.to_string())
    }
}

/// The addresses of `host`, IPv6 and IPv4 interleaved (RFC 8305 §4).
///
/// # Errors
///
/// [`NetError::NoAddress`] when DNS says the name has no address,
/// [`NetError::Dns`] when DNS cannot be asked or is too slow.
pub async fn resolve(
    host: &str,
    port: u16,
    overrides: &Overrides,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, NetError> {
    if let Some(addresses) = overrides.lookup(host) {
        return Ok(addresses.iter().map(|&ip| SocketAddr::new(ip, port)).collect());
    }
    if let Ok(ip) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let no_answer = || {
        NetError::Dns(format!(
            "no answer for {host} within {} s",
            crate::wire::connection::seconds(timeout)
        ))
    };
    let found: Vec<SocketAddr> = match &overrides.dns {
        Some(dns) => tokio::time::timeout(timeout, dns.addresses(host))
            .await
            .map_err(|_| no_answer())?
            .map_err(|e| match e {
                DnsError::NoSuchName | DnsError::NoRecords => NetError::NoAddress(format!("{host}: {e}")),
                DnsError::Timeout | DnsError::Other(_) => NetError::Dns(format!("{host}: {e}")),
            })?
            .into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect(),
        None => tokio::time::timeout(timeout, tokio::net::lookup_host((host, port)))
            .await
            .map_err(|_| no_answer())?
            .map_err(|e| system_lookup_error(host, &e))?
            .collect(),
    };
    let (v6, v4): (Vec<_>, Vec<_>) = found.into_iter().partition(SocketAddr::is_ipv6);
    let interleaved = interleave(v6, v4);
    if interleaved.is_empty() {
        return Err(NetError::NoAddress(format!("{host} has no address")));
    }
    Ok(interleaved)
}

/// The system resolver's failure, sorted: getaddrinfo says "no such name"
/// (`EAI_NONAME`, `EAI_NODATA`) only in its message, which the C library
/// writes (glibc, musl, macOS); anything else — "Temporary failure in name
/// resolution" when offline — means DNS could not be asked.
fn system_lookup_error(host: &str, error: &std::io::Error) -> NetError {
    let text = error.to_string();
    let lower = text.to_ascii_lowercase();
    let no_such_name = [
        "name or service not known",
        "no address associated with hostname",
        "nodename nor servname provided",
        "name does not resolve",
        "no such host is known",
    ];
    if no_such_name.iter().any(|words| lower.contains(words)) {
        NetError::NoAddress(format!("{host}: {text}"))
    } else {
        NetError::Dns(format!("{host}: {text}"))
    }
}

fn interleave(first: Vec<SocketAddr>, second: Vec<SocketAddr>) -> Vec<SocketAddr> {
    let mut out = Vec::with_capacity(first.len() + second.len());
    let mut a = first.into_iter();
    let mut b = second.into_iter();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return out,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interleaves_families() {
        let a: SocketAddr = "[::1]:1".parse().unwrap();
        let b: SocketAddr = "[::2]:1".parse().unwrap();
        let c: SocketAddr = "127.0.0.1:1".parse().unwrap();
        assert_eq!(interleave(vec![a, b], vec![c]), vec![a, c, b]);
    }

    #[tokio::test]
    async fn overrides_win_over_dns() {
        let mut overrides = Overrides::default();
        overrides.insert("Mail.Example.COM", "127.0.0.9".parse().unwrap());
        let found = resolve("mail.example.com", 587, &overrides, Duration::from_secs(1))
            .await
            .unwrap();
        assert_eq!(found, vec!["127.0.0.9:587".parse().unwrap()]);
    }
}
