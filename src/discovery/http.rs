//! The web lookups: a provider's settings file over https, each redirect
//! followed by hand (https only, every hop named), names resolved like
//! every other lookup.

use super::*;

impl Context {
    /// The provider's own file (with the address, as Thunderbird sends it),
    /// its `.well-known` copy, or the ISPDB entry (the domain only).
    pub(super) async fn provider_file(self: Arc<Self>, source: Source, url: String, with_address: bool) {
        self.asking(source, &url);
        let started = Instant::now();
        let deadline = self.options.deadline(HTTP_DEADLINE);
        let address = format!("{}@{}", self.address.local, self.address.domain);
        let query: &[(&str, &str)] = if with_address {
            &[("emailaddress", &address)]
        } else {
            &[]
        };
        let mut seen = Seen::default();
        let answer = tokio::time::timeout(deadline, self.file(&url, query, &mut seen)).await;
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
            let plain_answer = tokio::time::timeout(left, self.file(&plain, &[], &mut Seen::default())).await;
            if let Ok(Ok(Fetched::Config(..))) = plain_answer {
                let detail = format!(
                    "{plain} answers over plain http only; anyone on the network path could forge it, so it was not used"
                );
                self.nothing(source, url, started, LookupOutcome::IgnoredHttp, detail);
                return;
            }
        }
        let mut lookup = Self::lookup(source, url, started, outcome, &detail);
        lookup.clock_offset_s = seen.clock_offset;
        lookup.certificate_for = seen.certificate_for;
        lookup.root = reqwest::Url::parse(&lookup.query)
            .ok()
            .and_then(|url| self.web_roots.of(url.host_str()?));
        self.report(lookup, found);
    }

    /// Fetches and reads an autoconfig file, following up to five
    /// redirects, each to https only (the answer must stay
    /// authenticated), and saying where they led. `seen` gets what the
    /// web servers showed of the network on the way.
    pub(super) async fn file(
        &self,
        url: &str,
        query: &[(&str, &str)],
        seen: &mut Seen,
    ) -> Result<Fetched, String> {
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
                    seen.certificate_for = certificate_for_another_name(&error);
                    return match no_such_name(&error) {
                        Some(why) => Ok(Fetched::Nothing(why)),
                        None => Err(http_error(&error)),
                    };
                }
            };
            seen.clock_offset = clock_offset(&response).or(seen.clock_offset);
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

    /// A redirect from `from` stayed with the provider: the same host, or
    /// (for the provider's own files) a host in the address's domain.
    pub(super) fn same_site(&self, from: &str, hop: &reqwest::Url) -> bool {
        let host = hop.host_str().unwrap_or_default().to_ascii_lowercase();
        let domain = self.address.domain.to_ascii_lowercase();
        reqwest::Url::parse(from).is_ok_and(|from| from.host_str() == hop.host_str())
            || host == domain
            || host.ends_with(&format!(".{domain}"))
    }
}

/// What the web servers of one lookup showed of the network, beside the
/// answer.
#[derive(Debug, Default)]
pub(super) struct Seen {
    /// How far the last server's clock is ahead of this computer's.
    clock_offset: Option<i64>,
    /// The names of a certificate that was not valid for the name asked.
    certificate_for: Option<Vec<String>>,
}

/// The names a server's certificate is valid for, when the request failed
/// because they do not include the name asked (empty when rustls did not
/// say which they are).
fn certificate_for_another_name(error: &reqwest::Error) -> Option<Vec<String>> {
    use rustls::CertificateError;
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        if let Some(rustls::Error::InvalidCertificate(problem)) = rustls_inside(inner) {
            return match problem {
                CertificateError::NotValidForNameContext { presented, .. } => {
                    Some(presented.iter().map(|name| presented_name(name)).collect())
                }
                CertificateError::NotValidForName => Some(Vec::new()),
                _ => None,
            };
        }
        source = inner.source();
    }
    None
}

/// The TLS error in `error`, through the io::Errors it may be wrapped in
/// (an io::Error's `source` skips its inner error).
fn rustls_inside<'a>(error: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = error.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    let inner = error.downcast_ref::<std::io::Error>()?.get_ref()?;
    rustls_inside(inner)
}

/// A name as rustls presents it (`DnsName("mail.example.com")`), bare.
fn presented_name(name: &str) -> String {
    name.strip_prefix("DnsName(\"")
        .and_then(|rest| rest.strip_suffix("\")"))
        .unwrap_or(name)
        .to_owned()
}

/// Seconds the server's `Date` header is ahead of this computer's clock.
fn clock_offset(response: &reqwest::Response) -> Option<i64> {
    let date = response.headers().get(reqwest::header::DATE)?.to_str().ok()?;
    let server = http_date(date)?;
    let here = time::OffsetDateTime::now_utc().unix_timestamp();
    Some(server - here)
}

/// An HTTP `Date` (RFC 9110 §5.6.7, IMF-fixdate: `Sun, 06 Nov 1994
/// 08:49:37 GMT`) as seconds since 1970.
fn http_date(text: &str) -> Option<i64> {
    let format = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let parsed = time::PrimitiveDateTime::parse(text.trim(), &format).ok()?;
    Some(parsed.assume_utc().unix_timestamp())
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
pub(super) struct Resolver {
    pub(super) overrides: Overrides,
    pub(super) timeout: Duration,
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
                        // Only DNS's own "no such name" means nothing is
                        // there; DNS that cannot be asked is an error.
                        net::NetError::NoAddress(why) => Box::new(NoSuchName(why)),
                        other => Box::new(std::io::Error::other(other.to_string())),
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
    fn http_dates_are_read_as_rfc_9110_writes_them() {
        assert_eq!(http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(http_date("Mon, 30 Nov 2026 04:12:00 GMT"), Some(1_796_011_920));
        // The obsolete forms, and anything else, are no evidence.
        assert_eq!(http_date("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(http_date("yesterday"), None);
    }
}
