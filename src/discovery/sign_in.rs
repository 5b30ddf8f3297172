//! Where the address's provider has people sign in. Asked before a check
//! that signs in, from the sources the lookups read, all at once:
//! 1. the `<oAuth2>` block of the domain's own settings file, its
//!    `.well-known` copy, or the ISPDB's entry for the domain;
//! 2. the domain's protected resource metadata (RFC 9728), which names
//!    its authorization server;
//! 3. the servers those files name, when they belong to a provider whose
//!    sign-in is known (files that say "OAuth2" without a block);
//! 4. the domain's MX record: the provider that handles its mail, by its
//!    servers' names or its ISPDB entry (a domain hosted at Google or
//!    Microsoft 365).

use super::dns::provider_domains;
use super::http::Seen;
use super::*;
use autoconfig::{OAuth2, ProviderConfig};

/// Where the address's provider signs people in: the first source above
/// that names it. When none does, the servers the provider's own files
/// name (they can still be asked: see `engine::ask_where_to_sign_in`).
///
/// # Errors
///
/// Those servers, when no source names where to sign in.
pub async fn oauth2_provider(
    address: &EmailAddress,
    options: Options,
) -> Result<OAuth2, Vec<autoconfig::Server>> {
    let (tx, _progress) = mpsc::unbounded_channel();
    let Ok(context) = Context::new(address.clone(), options, tx) else {
        return Err(Vec::new());
    };
    let (files, protected, mx) = tokio::join!(
        context.own_files(),
        context.protected_resource(),
        context.mx_provider(),
    );
    if let Some(block) = files.iter().find_map(|config| config.oauth2.clone()) {
        return Ok(block);
    }
    protected
        .or_else(|| files.iter().find_map(known_for_servers))
        .or(mx)
        .ok_or_else(|| files.into_iter().flat_map(|config| config.servers).collect())
}

impl Context {
    /// The domain's own files and its ISPDB entry, in that order, each
    /// within the web deadline; the ones that answered.
    async fn own_files(&self) -> Vec<ProviderConfig> {
        let domain = &self.address.domain;
        let email = format!("{}@{domain}", self.address.local);
        let autoconfig = format!("https://autoconfig.{domain}/mail/config-v1.1.xml");
        let well_known = format!("https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml");
        let ispdb = async {
            match &self.options.ispdb {
                Some(base) => self.config(&format!("{base}{domain}"), &[]).await,
                None => None,
            }
        };
        let with_address = [("emailaddress", email.as_str())];
        let (a, b, c) = tokio::join!(
            self.config(&autoconfig, &with_address),
            self.config(&well_known, &[]),
            ispdb,
        );
        [a, b, c].into_iter().flatten().collect()
    }

    /// One settings file, when it answers within the web deadline.
    async fn config(&self, url: &str, query: &[(&str, &str)]) -> Option<ProviderConfig> {
        let deadline = self.options.deadline(HTTP_DEADLINE);
        let fetched = tokio::time::timeout(deadline, self.file(url, query, &mut Seen::default())).await;
        match fetched {
            Ok(Ok(Fetched::Config(config, _))) => Some(config),
            _ => None,
        }
    }

    /// The domain's protected resource metadata (RFC 9728): the first
    /// authorization server it names, when the metadata is for this very
    /// resource (§3.3) and the server is https. The endpoints then come
    /// from that server's own metadata.
    async fn protected_resource(&self) -> Option<OAuth2> {
        #[derive(serde::Deserialize)]
        struct Metadata {
            resource: String,
            #[serde(default)]
            authorization_servers: Vec<String>,
            #[serde(default)]
            scopes_supported: Vec<String>,
        }
        let resource = format!("https://{}", self.address.domain);
        let url = format!("{resource}/.well-known/oauth-protected-resource");
        let deadline = self.options.deadline(HTTP_DEADLINE);
        let answer = tokio::time::timeout(deadline, async {
            let response = self.http.get(&url).send().await.ok()?;
            if !response.status().is_success() {
                return None;
            }
            let body = response.bytes().await.ok()?;
            (body.len() <= autoconfig::MAX_SIZE)
                .then(|| serde_json::from_slice::<Metadata>(&body).ok())
                .flatten()
        })
        .await
        .ok()
        .flatten()?;
        if answer.resource.trim_end_matches('/') != resource {
            return None;
        }
        let issuer = answer
            .authorization_servers
            .into_iter()
            .find(|s| s.starts_with("https://"))?;
        Some(OAuth2 {
            issuer,
            scope: answer.scopes_supported.join(" "),
            auth_url: String::new(),
            token_url: String::new(),
        })
    }

    /// The provider the MX record names: known by its servers' names, or
    /// by its ISPDB entry (when third parties may be asked).
    async fn mx_provider(&self) -> Option<OAuth2> {
        let dns = self.dns().ok()?;
        let deadline = self.options.deadline(DNS_DEADLINE);
        let hosts = tokio::time::timeout(deadline, dns.mx(&self.address.domain))
            .await
            .ok()?
            .ok()?;
        let host = hosts.into_iter().find(|h| h != ".")?;
        if let Some(known) = known(&host) {
            return Some(known);
        }
        let base = self.options.ispdb.as_ref()?;
        for provider in provider_domains(&host, &self.address.domain) {
            if let Some(config) = self.config(&format!("{base}{provider}"), &[]).await {
                return config.oauth2.clone().or_else(|| known_for_servers(&config));
            }
        }
        None
    }
}

/// The name of the provider of an address at one of the big providers'
/// own domains, known without asking anyone: the window offers to sign in
/// with it by that name before any lookup.
#[must_use]
pub fn provider_name(domain: &str) -> Option<&'static str> {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let at = |names: &[&str]| names.contains(&domain.as_str());
    if at(&["gmail.com", "googlemail.com"]) {
        Some("Google")
    } else if at(&["outlook.com", "hotmail.com", "live.com", "msn.com"]) {
        Some("Microsoft")
    } else if at(&["yahoo.com", "ymail.com"]) {
        Some("Yahoo")
    } else if at(&["aol.com"]) {
        Some("AOL")
    } else if at(&["fastmail.com", "fastmail.fm"]) {
        Some("Fastmail")
    } else {
        None
    }
}

/// The sign-in of the provider whose servers a file names, when the file
/// says "OAuth2" but carries no block of its own.
fn known_for_servers(config: &ProviderConfig) -> Option<OAuth2> {
    config.servers.iter().find_map(|server| known(&server.host))
}

/// Providers whose mail servers take a sign-in that their settings files
/// do not describe (the ISPDB's Outlook.com and Fastmail entries list
/// "OAuth2" without an `<oAuth2>` block), by the names of their mail
/// servers and MX hosts. Endpoints and scopes as each provider documents
/// them for IMAP, POP3 and SMTP; no client ID is part of this.
fn known(host: &str) -> Option<OAuth2> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let under = |suffixes: &[&str]| {
        suffixes
            .iter()
            .any(|s| host == *s || host.ends_with(&format!(".{s}")))
    };
    let block = |issuer: &str, scope: &str, auth: &str, token: &str| OAuth2 {
        issuer: issuer.to_owned(),
        scope: scope.to_owned(),
        auth_url: auth.to_owned(),
        token_url: token.to_owned(),
    };
    if under(&["gmail.com", "googlemail.com", "google.com"]) {
        Some(block(
            "accounts.google.com",
            "https://mail.google.com/",
            "https://accounts.google.com/o/oauth2/auth",
            "https://www.googleapis.com/oauth2/v3/token",
        ))
    } else if under(&["office365.com", "outlook.com", "outlook.office.com"]) {
        Some(block(
            "login.microsoftonline.com",
            "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All \
             https://outlook.office.com/SMTP.Send offline_access",
            "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
            "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        ))
    } else if under(&["fastmail.com", "messagingengine.com"]) {
        Some(block(
            "www.fastmail.com",
            "https://www.fastmail.com/dev/protocol-imap https://www.fastmail.com/dev/protocol-pop \
             https://www.fastmail.com/dev/protocol-smtp",
            "https://api.fastmail.com/oauth/authorize",
            "https://api.fastmail.com/oauth/refresh",
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::known;

    #[test]
    fn known_providers_by_their_servers_and_mx_hosts() {
        let issuer = |host: &str| known(host).map(|b| b.issuer);
        assert_eq!(issuer("imap.gmail.com").as_deref(), Some("accounts.google.com"));
        assert_eq!(
            issuer("aspmx.l.google.com.").as_deref(),
            Some("accounts.google.com")
        );
        assert_eq!(
            issuer("company-com.mail.protection.outlook.com").as_deref(),
            Some("login.microsoftonline.com")
        );
        assert_eq!(
            issuer("outlook.office365.com").as_deref(),
            Some("login.microsoftonline.com")
        );
        assert_eq!(
            issuer("in1-smtp.messagingengine.com").as_deref(),
            Some("www.fastmail.com")
        );
        assert_eq!(issuer("notgoogle.com"), None);
        assert_eq!(issuer("mail.example.com"), None);
    }
}
