//! The DNS lookups: MX (and through it the provider's settings, from the
//! ISPDB or the provider's own autoconfig) and SRV (RFC 6186, RFC 8314).

use super::*;

impl Context {
    pub(super) fn dns(&self) -> Result<Dns, DnsError> {
        match self.options.overrides.dns() {
            Some(dns) => Ok(dns.clone()),
            None => Dns::system(self.options.deadline(DNS_DEADLINE)),
        }
    }

    /// The MX record: who handles the domain's mail, and what that
    /// provider's ISPDB entry or own autoconfig file says.
    pub(super) async fn mx(self: Arc<Self>) {
        let domain = self.address.domain.clone();
        let query = format!("{domain} MX");
        self.asking(Source::Mx, &query);
        let started = Instant::now();
        let deadline = self.options.deadline(DNS_DEADLINE);
        let answer = match self.dns() {
            Ok(dns) => tokio::time::timeout(deadline, dns.mx(&domain))
                .await
                .unwrap_or(Err(DnsError::Timeout)),
            Err(why) => Err(why),
        };
        let host = match answer {
            Ok(hosts) => match hosts.into_iter().find(|h| h != ".") {
                Some(host) => host,
                None => {
                    return self.nothing(
                        Source::Mx,
                        query,
                        started,
                        LookupOutcome::None,
                        "no MX record".to_owned(),
                    )
                }
            },
            Err(why) => {
                return self.nothing(
                    Source::Mx,
                    query,
                    started,
                    dns_outcome(&why),
                    format!("MX: {}", dns_detail(&why, deadline)),
                )
            }
        };
        let provider_domains = provider_domains(&host, &domain);
        if provider_domains.is_empty() {
            let detail = format!("mail for {domain} is handled by its own server (MX {host})");
            return self.nothing(Source::Mx, query, started, LookupOutcome::None, detail);
        }
        let left = self
            .options
            .deadline(HTTP_DEADLINE)
            .saturating_sub(started.elapsed())
            .max(deadline);
        let look = self.provider_settings(&provider_domains);
        match tokio::time::timeout(left, look).await {
            Ok(Some((config, _url, hops, vouched))) => {
                let (outcome, _, found) = self.servers_of(Source::Mx, &config, vouched);
                let provider = config
                    .display_name
                    .as_deref()
                    .unwrap_or(&provider_domains[0])
                    .to_owned();
                let detail = with_hops(
                    format!("mail for {domain} is handled by {provider} (MX {host})"),
                    &hops,
                    vouched,
                );
                self.answered(Source::Mx, query, started, outcome, detail, found);
            }
            Ok(None) => {
                let detail = format!(
                    "mail for {domain} goes to {host}; no settings are known for {}",
                    provider_domains.join(" or ")
                );
                self.nothing(Source::Mx, query, started, LookupOutcome::None, detail);
            }
            Err(_) => {
                let detail =
                    format!("mail for {domain} goes to {host}; its provider's settings did not come in time");
                self.nothing(Source::Mx, query, started, LookupOutcome::Timeout, detail);
            }
        }
    }

    /// The first settings file known for one of the MX host's provider
    /// domains: the ISPDB's entry (vouched for: the ISPDB is curated, so
    /// what it lists for the provider is that provider's word, unless it
    /// redirected elsewhere), or the provider's own autoconfig (only as
    /// good as the MX record). With the file, where it came from and its
    /// hops.
    pub(super) async fn provider_settings(
        &self,
        provider_domains: &[String],
    ) -> Option<(autoconfig::ProviderConfig, String, Vec<reqwest::Url>, bool)> {
        let ispdb = self.options.ispdb.clone().unwrap_or_default();
        for provider in provider_domains {
            for url in [
                format!("{ispdb}{provider}"),
                format!("https://autoconfig.{provider}/mail/config-v1.1.xml"),
            ] {
                if let Ok(Fetched::Config(config, hops)) =
                    self.file(&url, &[], &mut super::http::Seen::default()).await
                {
                    let vouched = url.starts_with(&ispdb)
                        && hops.iter().all(|hop| {
                            reqwest::Url::parse(&url).is_ok_and(|from| from.host_str() == hop.host_str())
                        });
                    return Some((config, url, hops, vouched));
                }
            }
        }
        None
    }

    /// One SRV name (RFC 6186): its records, in order; target `.` means the
    /// service is not offered.
    pub(super) async fn srv(self: Arc<Self>, label: &'static str, protocol: Protocol, security: Security) {
        let query = format!("{label}.{} SRV", self.address.domain);
        self.asking(Source::Srv, &query);
        let started = Instant::now();
        let deadline = self.options.deadline(DNS_DEADLINE);
        let answer = match self.dns() {
            Ok(dns) => tokio::time::timeout(deadline, dns.srv(&format!("{label}.{}", self.address.domain)))
                .await
                .unwrap_or(Err(DnsError::Timeout)),
            Err(why) => Err(why),
        };
        match answer {
            // RFC 6186 §3.4 (RFC 2782): "." means "not offered" only as the
            // sole record; beside real targets it is ignored.
            Ok(records) if !records.is_empty() && records.iter().all(|r| r.target == ".") => {
                let detail = "the domain says this service is not offered (target \".\")".to_owned();
                self.nothing(Source::Srv, query, started, LookupOutcome::None, detail);
            }
            Ok(records) => {
                let found: Vec<Found> = records
                    .iter()
                    .filter(|r| r.port != 0 && r.target != ".")
                    .filter_map(|r| {
                        Some(Found {
                            server: autoconfig::Server {
                                protocol,
                                host: crate::model::host_to_ascii(&r.target)?,
                                port: r.port,
                                security,
                                username: None,
                                oauth_only: false,
                            },
                            source: Source::Srv,
                            vouched: false,
                        })
                    })
                    .collect();
                let names: Vec<String> = found
                    .iter()
                    .map(|f| format!("{}:{}", f.server.host, f.server.port))
                    .collect();
                let outcome = if found.is_empty() {
                    LookupOutcome::None
                } else {
                    LookupOutcome::Found
                };
                self.answered(Source::Srv, query, started, outcome, names.join(", "), found);
            }
            Err(why) => {
                let detail = dns_detail(&why, deadline);
                self.nothing(Source::Srv, query, started, dns_outcome(&why), detail);
            }
        }
    }
}

/// The domains whose provider settings may describe an MX host: its parent
/// (`example.mail.protection.outlook.com` → `mail.protection.outlook.com`)
/// and its registrable domain (`aspmx.l.google.com` → `google.com`, by the
/// public suffix list), unless they are the address's own domain.
pub(super) fn provider_domains(mx_host: &str, own: &str) -> Vec<String> {
    let mut domains = Vec::new();
    // An address written as a name (`127.0.32.72.`) has no provider domain.
    if mx_host.trim_end_matches('.').parse::<std::net::IpAddr>().is_ok() {
        return domains;
    }
    let inside = |d: &str| d == own || d.ends_with(&format!(".{own}")) || own.ends_with(&format!(".{d}"));
    if let Some((_, parent)) = mx_host.split_once('.') {
        if parent.contains('.') && !inside(parent) {
            domains.push(parent.to_owned());
        }
    }
    if let Some(registrable) = psl::domain_str(mx_host) {
        if !inside(registrable) && !domains.iter().any(|d| d == registrable) {
            domains.push(registrable.to_owned());
        }
    }
    domains
}

pub(super) fn dns_outcome(error: &DnsError) -> LookupOutcome {
    match error {
        DnsError::NoSuchName | DnsError::NoRecords => LookupOutcome::None,
        DnsError::Timeout => LookupOutcome::Timeout,
        DnsError::Other(_) => LookupOutcome::Error,
    }
}

/// A DNS failure in words; a timeout names the deadline that was used.
pub(super) fn dns_detail(error: &DnsError, deadline: Duration) -> String {
    match error {
        DnsError::Timeout => format!("no answer within {} s", seconds(deadline)),
        other => other.to_string(),
    }
}
