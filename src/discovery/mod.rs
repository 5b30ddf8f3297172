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
pub use sign_in::{oauth2_provider, provider_name};
mod control;
mod dns;
mod http;
mod redirect;
mod sign_in;

use http::Resolver;

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
                    clock_offset_s: None,
                    certificate_for: None,
                    root: None,
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
    tokio::spawn(context.clone().control());
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
    /// The root each web server's certificate led to.
    web_roots: Arc<crate::wire::tls::WebRoots>,
    tx: mpsc::UnboundedSender<Progress>,
}

/// The https client of the lookups (and of signing in): the check's
/// roots, its resolver (`--resolve`, `--dns`), no proxy, and no redirect
/// followed unseen; and where it writes the root each server's chain led to.
///
/// # Errors
///
/// A sentence when TLS or the client cannot be set up.
pub fn web_client(options: &Options) -> Result<(reqwest::Client, Arc<crate::wire::tls::WebRoots>), String> {
    let (tls, web_roots) = options.trust.https_config().map_err(|e| e.to_string())?;
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .dns_resolver(Arc::new(Resolver {
            overrides: options.overrides.clone(),
            timeout: options.deadline(DNS_DEADLINE),
        }))
        // Redirects are followed by hand, each hop named.
        .redirect(reqwest::redirect::Policy::none())
        // Every request ends (a sign-in's too, which no lookup deadline wraps).
        .timeout(options.deadline(HTTP_DEADLINE))
        .no_proxy()
        .user_agent(concat!("mailsetup/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| e.to_string())?;
    Ok((http, web_roots))
}

impl Context {
    fn new(
        address: EmailAddress,
        options: Options,
        tx: mpsc::UnboundedSender<Progress>,
    ) -> Result<Self, String> {
        let (http, web_roots) = web_client(&options)?;
        Ok(Self {
            address,
            options,
            http,
            web_roots,
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
        let lookup = Self::lookup(source, query, started, outcome, &detail);
        self.report(lookup, found);
    }

    fn lookup(
        source: Source,
        query: String,
        started: Instant,
        outcome: LookupOutcome,
        detail: &str,
    ) -> Lookup {
        Lookup {
            source,
            query,
            outcome,
            elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            detail: crate::wire::printable::printable(detail),
            clock_offset_s: None,
            certificate_for: None,
            root: None,
        }
    }

    fn report(&self, lookup: Lookup, found: Vec<Found>) {
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
}

fn seconds(duration: Duration) -> String {
    crate::wire::connection::seconds(duration)
}

#[cfg(test)]
mod tests {
    use super::dns::provider_domains;
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
