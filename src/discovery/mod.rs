//! The discovery stage: where an address's mail servers are, from every
//! source at once.
//!
//! [`start`] asks every source in parallel, each within its own deadline,
//! and streams what each one says as soon as it answers, so that the engine
//! checks a fast answer while slower sources are still out:
//! 1. the provider's own autoconfig file, over https only
//!    (`autoconfig.DOMAIN`, then `DOMAIN/.well-known/…`); a file that exists
//!    only over plain http is reported and ignored, since anyone on the path
//!    can forge it;
//! 2. Thunderbird's provider database (ISPDB), which is sent the domain,
//!    never the address;
//! 3. the domain's MX record: the provider that handles the domain's mail,
//!    looked up in the ISPDB and in that provider's own autoconfig;
//! 4. DNS SRV records (RFC 6186, RFC 8314 §5.1).
//!
//! The guesses (`smtp.DOMAIN`, …) are not made here: the engine always has
//! them, ranked after every discovered server. Whatever a source says is
//! verified like a guess: certificate valid for the name, login accepted.
//! DNS answers are not authenticated (RFC 6186 §6): a server outside the
//! address's domain that only MX or SRV named gets no password unless the
//! person confirms it (the engine's rule).

pub mod autoconfig;
mod redirect;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::model::EmailAddress;
use crate::model::{Protocol, Security, Source};
use crate::report::{Lookup, LookupOutcome};
use crate::wire::net::{self, Dns, DnsError, Overrides};
use crate::wire::tls::TrustStore;
use crate::wire::DEFAULT_TIMEOUT;
use redirect::{redirect_target, with_hops};

/// Thunderbird's public provider database.
pub const DEFAULT_ISPDB: &str = "https://autoconfig.thunderbird.net/v1.1/";

/// How long an HTTPS lookup may take at the default timeout.
pub const HTTP_DEADLINE: Duration = Duration::from_secs(5);

/// How long a DNS lookup may take at the default timeout.
pub const DNS_DEADLINE: Duration = Duration::from_secs(3);

/// How long a DNS lookup may take at the per-phase `timeout`: the default
/// deadline scaled like every other one, and never under 0.2 s.
#[must_use]
pub fn dns_deadline(timeout: Duration) -> Duration {
    DNS_DEADLINE
        .mul_f64(timeout.as_secs_f64() / DEFAULT_TIMEOUT.as_secs_f64())
        .max(Duration::from_millis(200))
}

/// What the discovery stage may ask, and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The ISPDB's base URL (the domain is appended); `None` asks no third
    /// party (neither the ISPDB directly nor through the MX record).
    pub ispdb: Option<String>,
    /// The probe's per-phase timeout; the deadlines scale with it.
    pub timeout: Duration,
    /// Roots for the HTTPS lookups.
    pub trust: TrustStore,
    /// `--resolve` names and the `--dns` server, for every lookup.
    pub overrides: Overrides,
}

impl Options {
    fn deadline(&self, at_default: Duration) -> Duration {
        at_default.mul_f64(self.timeout.as_secs_f64() / DEFAULT_TIMEOUT.as_secs_f64())
    }
}

/// A server a lookup named, and which lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The server, as an autoconfig file describes one (an SRV record
    /// gives no user name and no sign-in method).
    pub server: autoconfig::Server,
    /// Where it came from.
    pub source: Source,
    /// Something curated or the provider itself vouches for it: the
    /// domain's own https file, or the ISPDB (for the domain, or for the
    /// provider its MX record names: a forged MX can only point at a real,
    /// listed provider), with no redirect off their site. Otherwise (an
    /// SRV target, the MX host's own autoconfig, a file redirected to
    /// another site) only DNS or a web server outside the domain named
    /// it, and the password waits for the person's confirmation when the
    /// server is outside the address's domain.
    pub vouched: bool,
}

/// What the discovery stage reports while it runs.
#[derive(Debug, Clone)]
pub enum Progress {
    /// A lookup started.
    Asking {
        /// Which source.
        source: Source,
        /// What is asked.
        query: String,
    },
    /// A lookup ended, with the servers it named.
    Answered {
        /// The lookup, for the report.
        lookup: Lookup,
        /// Its servers, best first.
        found: Vec<Found>,
    },
}

/// Starts every lookup for `address`. The receiver ends when every lookup
/// has ended.
#[must_use]
pub fn start(address: &EmailAddress, options: Options) -> mpsc::UnboundedReceiver<Progress> {
    let (tx, rx) = mpsc::unbounded_channel();
    let context = match Context::new(address.clone(), options, tx.clone()) {
        Ok(context) => Arc::new(context),
        Err(why) => {
            // Without an HTTP client nothing can be asked; say so once.
            let _ = tx.send(Progress::Answered {
                lookup: Lookup {
                    source: Source::Autoconfig,
                    query: address.domain.clone(),
                    outcome: LookupOutcome::Error,
                    elapsed_ms: 0,
                    detail: why,
                },
                found: Vec::new(),
            });
            return rx;
        }
    };
    // The lookups hold the only senders: the receiver ends with the last.
    drop(tx);
    let domain = &address.domain;
    let autoconfig = format!("https://autoconfig.{domain}/mail/config-v1.1.xml");
    let well_known = format!("https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml");
    tokio::spawn(
        context
            .clone()
            .provider_file(Source::Autoconfig, autoconfig, true),
    );
    tokio::spawn(
        context
            .clone()
            .provider_file(Source::WellKnown, well_known, false),
    );
    if let Some(base) = context.options.ispdb.clone() {
        tokio::spawn(
            context
                .clone()
                .provider_file(Source::Ispdb, format!("{base}{domain}"), false),
        );
        tokio::spawn(context.clone().mx());
    }
    for (label, protocol, security) in SRV_SERVICES {
        tokio::spawn(context.clone().srv(label, protocol, security));
    }
    rx
}

/// The SRV names of RFC 6186 and RFC 8314 §5.1, best first.
const SRV_SERVICES: [(&str, Protocol, Security); 6] = [
    ("_submissions._tcp", Protocol::Smtp, Security::ImplicitTls),
    ("_submission._tcp", Protocol::Smtp, Security::Starttls),
    ("_imaps._tcp", Protocol::Imap, Security::ImplicitTls),
    ("_imap._tcp", Protocol::Imap, Security::Starttls),
    ("_pop3s._tcp", Protocol::Pop3, Security::ImplicitTls),
    ("_pop3._tcp", Protocol::Pop3, Security::Starttls),
];

/// What a web lookup brought.
enum Fetched {
    /// An autoconfig file, and every URL a redirect led to on the way.
    Config(autoconfig::ProviderConfig, Vec<reqwest::Url>),
    /// No file, and why (no such name, 404, not an autoconfig file).
    Nothing(String),
}

/// What every lookup shares.
struct Context {
    address: EmailAddress,
    options: Options,
    http: reqwest::Client,
    tx: mpsc::UnboundedSender<Progress>,
}

impl Context {
    fn new(
        address: EmailAddress,
        options: Options,
        tx: mpsc::UnboundedSender<Progress>,
    ) -> Result<Self, String> {
        let tls = options.trust.https_config().map_err(|e| e.to_string())?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .dns_resolver(Arc::new(Resolver {
                overrides: options.overrides.clone(),
                timeout: options.deadline(DNS_DEADLINE),
            }))
            // Redirects are followed by `file`, which names every hop.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .user_agent(concat!("mailsetup/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Self {
            address,
            options,
            http,
            tx,
        })
    }

    fn asking(&self, source: Source, query: &str) {
        let _ = self.tx.send(Progress::Asking {
            source,
            query: query.to_owned(),
        });
    }

    fn answered(
        &self,
        source: Source,
        query: String,
        started: Instant,
        outcome: LookupOutcome,
        detail: String,
        found: Vec<Found>,
    ) {
        let lookup = Lookup {
            source,
            query,
            outcome,
            elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            detail: crate::wire::printable::printable(&detail),
        };
        let _ = self.tx.send(Progress::Answered { lookup, found });
    }

    /// A lookup that ended without servers.
    fn nothing(
        &self,
        source: Source,
        query: String,
        started: Instant,
        outcome: LookupOutcome,
        detail: String,
    ) {
        self.answered(source, query, started, outcome, detail, Vec::new());
    }

    /// The provider's own file (with the address, as Thunderbird sends it),
    /// its `.well-known` copy, or the ISPDB entry (the domain only).
    async fn provider_file(self: Arc<Self>, source: Source, url: String, with_address: bool) {
        self.asking(source, &url);
        let started = Instant::now();
        let deadline = self.options.deadline(HTTP_DEADLINE);
        let address = format!("{}@{}", self.address.local, self.address.domain);
        let query: &[(&str, &str)] = if with_address {
            &[("emailaddress", &address)]
        } else {
            &[]
        };
        let answer = tokio::time::timeout(deadline, self.file(&url, query)).await;
        let (outcome, detail, found) = match answer {
            Err(_) => (
                LookupOutcome::Timeout,
                format!("no answer within {} s", seconds(deadline)),
                Vec::new(),
            ),
            Ok(Ok(Fetched::Config(config, hops))) => {
                let vouched = hops.iter().all(|hop| self.same_site(&url, hop));
                let (outcome, detail, found) = self.servers_of(source, &config, vouched);
                (outcome, with_hops(detail, &hops, vouched), found)
            }
            Ok(Ok(Fetched::Nothing(why))) => (LookupOutcome::None, why, Vec::new()),
            Ok(Err(why)) => (LookupOutcome::Error, why, Vec::new()),
        };
        // The provider's file over plain http: worth a mention, never a use.
        if source == Source::Autoconfig && outcome != LookupOutcome::Found {
            let plain = url.replacen("https://", "http://", 1);
            let left = deadline.saturating_sub(started.elapsed());
            // Over plain http nothing personal is sent: no address in a query.
            if let Ok(Ok(Fetched::Config(..))) = tokio::time::timeout(left, self.file(&plain, &[])).await {
                let detail = format!(
                    "{plain} answers over plain http only; anyone on the network path could forge it, so it was not used"
                );
                self.nothing(source, url, started, LookupOutcome::IgnoredHttp, detail);
                return;
            }
        }
        self.answered(source, url, started, outcome, detail, found);
    }

    /// Fetches and reads an autoconfig file, following up to five
    /// redirects, each to https only (the answer must stay
    /// authenticated), and saying where they led.
    async fn file(&self, url: &str, query: &[(&str, &str)]) -> Result<Fetched, String> {
        let mut url = if query.is_empty() {
            reqwest::Url::parse(url)
        } else {
            reqwest::Url::parse_with_params(url, query)
        }
        .map_err(|e| e.to_string())?;
        let mut hops = Vec::new();
        let mut response = loop {
            let response = match self.http.get(url.clone()).send().await {
                Ok(response) => response,
                // A name that does not exist is "nothing here", not an error.
                Err(error) => {
                    return match no_such_name(&error) {
                        Some(why) => Ok(Fetched::Nothing(why)),
                        None => Err(http_error(&error)),
                    }
                }
            };
            if !response.status().is_redirection() {
                break response;
            }
            url = redirect_target(&url, &response, hops.len())?;
            hops.push(url.clone());
        };
        match response.status() {
            status if status.is_success() => {}
            reqwest::StatusCode::NOT_FOUND | reqwest::StatusCode::GONE => {
                return Ok(Fetched::Nothing("no file here".to_owned()))
            }
            status => return Err(format!("the server answered {status}")),
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| http_error(&e))? {
            body.extend_from_slice(&chunk);
            if body.len() > autoconfig::MAX_SIZE {
                return Err("the file is too large to be an autoconfig file".to_owned());
            }
        }
        let text = String::from_utf8_lossy(&body);
        match autoconfig::parse(&text, &self.address) {
            Ok(config) => Ok(Fetched::Config(config, hops)),
            // A web server's "not found" page with status 200 is common.
            Err(autoconfig::ParseError::NotAutoconfig) => {
                Ok(Fetched::Nothing("not an autoconfig file".to_owned()))
            }
            Err(why) => Err(why.to_string()),
        }
    }

    fn servers_of(
        &self,
        source: Source,
        config: &autoconfig::ProviderConfig,
        vouched: bool,
    ) -> (LookupOutcome, String, Vec<Found>) {
        let found: Vec<Found> = config
            .servers
            .iter()
            .map(|server| Found {
                server: server.clone(),
                source,
                vouched,
            })
            .collect();
        if found.is_empty() {
            return (
                LookupOutcome::None,
                "the file names no IMAP, POP3 or SMTP server".to_owned(),
                found,
            );
        }
        let names: Vec<String> = found
            .iter()
            .map(|f| {
                format!(
                    "{} {}:{}",
                    f.server.protocol.label(),
                    f.server.host,
                    f.server.port
                )
            })
            .collect();
        let provider = config.display_name.as_deref().unwrap_or("the provider");
        (
            LookupOutcome::Found,
            format!("{provider}: {}", names.join(", ")),
            found,
        )
    }

    /// A redirect from `from` stayed with the provider: the same host, or
    /// (for the provider's own files) a host in the address's domain.
    fn same_site(&self, from: &str, hop: &reqwest::Url) -> bool {
        let host = hop.host_str().unwrap_or_default().to_ascii_lowercase();
        let domain = self.address.domain.to_ascii_lowercase();
        reqwest::Url::parse(from).is_ok_and(|from| from.host_str() == hop.host_str())
            || host == domain
            || host.ends_with(&format!(".{domain}"))
    }

    fn dns(&self) -> Result<Dns, DnsError> {
        match self.options.overrides.dns() {
            Some(dns) => Ok(dns.clone()),
            None => Dns::system(self.options.deadline(DNS_DEADLINE)),
        }
    }

    /// The MX record: who handles the domain's mail, and what that
    /// provider's ISPDB entry or own autoconfig file says.
    async fn mx(self: Arc<Self>) {
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
    async fn provider_settings(
        &self,
        provider_domains: &[String],
    ) -> Option<(autoconfig::ProviderConfig, String, Vec<reqwest::Url>, bool)> {
        let ispdb = self.options.ispdb.clone().unwrap_or_default();
        for provider in provider_domains {
            for url in [
                format!("{ispdb}{provider}"),
                format!("https://autoconfig.{provider}/mail/config-v1.1.xml"),
            ] {
                if let Ok(Fetched::Config(config, hops)) = self.file(&url, &[]).await {
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
    async fn srv(self: Arc<Self>, label: &'static str, protocol: Protocol, security: Security) {
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
fn provider_domains(mx_host: &str, own: &str) -> Vec<String> {
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

fn dns_outcome(error: &DnsError) -> LookupOutcome {
    match error {
        DnsError::NoSuchName | DnsError::NoRecords => LookupOutcome::None,
        DnsError::Timeout => LookupOutcome::Timeout,
        DnsError::Other(_) => LookupOutcome::Error,
    }
}

/// A DNS failure in words; a timeout names the deadline that was used.
fn dns_detail(error: &DnsError, deadline: Duration) -> String {
    match error {
        DnsError::Timeout => format!("no answer within {} s", seconds(deadline)),
        other => other.to_string(),
    }
}

fn http_error(error: &reqwest::Error) -> String {
    // The chain says what went wrong (certificate, refused, …); the top
    // line alone says only "error sending request".
    let mut words = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        words = format!("{words}: {inner}");
        source = inner.source();
    }
    words
}

fn seconds(duration: Duration) -> String {
    crate::wire::connection::seconds(duration)
}

/// A web lookup's name did not resolve: there is nothing at that address.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct NoSuchName(String);

/// The resolver's [`NoSuchName`], wherever in the chain of `error` it is.
fn no_such_name(error: &reqwest::Error) -> Option<String> {
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        if let Some(NoSuchName(why)) = inner.downcast_ref::<NoSuchName>() {
            return Some(why.clone());
        }
        source = inner.source();
    }
    None
}

/// Names for the HTTPS client, resolved like every other name of the run
/// (`--resolve`, `--dns`, or the system's resolver).
struct Resolver {
    overrides: Overrides,
    timeout: Duration,
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let overrides = self.overrides.clone();
        let timeout = self.timeout;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found = net::resolve(&host, 0, &overrides, timeout).await.map_err(
                |e| -> Box<dyn std::error::Error + Send + Sync> {
                    match e {
                        net::NetError::Dns(why) => Box::new(NoSuchName(why)),
                        other => Box::new(std::io::Error::other(format!("{other:?}"))),
                    }
                },
            )?;
            let addresses: reqwest::dns::Addrs =
                Box::new(found.into_iter().collect::<Vec<SocketAddr>>().into_iter());
            Ok(addresses)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dns_deadline_scales_with_the_timeout() {
        assert_eq!(dns_deadline(DEFAULT_TIMEOUT), DNS_DEADLINE);
        assert_eq!(dns_deadline(Duration::from_secs(2)), Duration::from_secs(1));
        assert_eq!(
            dns_deadline(Duration::from_millis(100)),
            Duration::from_millis(200)
        );
    }

    #[test]
    fn an_address_as_mx_host_has_no_provider_domain() {
        assert!(provider_domains("127.0.32.72", "example.com").is_empty());
        assert!(provider_domains("127.0.32.72.", "example.com").is_empty());
    }

    #[test]
    fn provider_domains_of_mx_hosts() {
        assert_eq!(
            provider_domains("aspmx.l.google.com", "company.com"),
            ["l.google.com", "google.com"]
        );
        assert_eq!(
            provider_domains("company-com.mail.protection.outlook.com", "company.com"),
            ["mail.protection.outlook.com", "outlook.com"]
        );
        assert_eq!(
            provider_domains("mx.bigmail.test", "hosted.test"),
            ["bigmail.test"]
        );
        assert!(provider_domains("mx1.company.com", "company.com").is_empty());
        assert_eq!(
            provider_domains("mx.example.co.uk", "company.com"),
            ["example.co.uk"]
        );
    }
}
