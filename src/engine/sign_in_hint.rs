//! Where to sign in, asked of a mail server itself, when nothing else
//! names it: the failure of an OAUTHBEARER login (RFC 7628 §3.2.2) may
//! name the authorization server's OpenID configuration. Asked only for a
//! check that signs in, of a server the provider's own settings name, over
//! verified TLS, and at most once: the failed login it costs counts
//! against that server's two (the check is told which server it was).

use crate::discovery::autoconfig::Server;
use crate::engine::candidates::Candidate;
use crate::engine::session::{self, Channel};
use crate::engine::{Request, Shared};
use crate::model::{Protocol, Source};
use crate::protocol::capabilities::Sasl;
use crate::protocol::imap;

/// What a server said of where to sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInHint {
    /// The OpenID configuration's address (https).
    pub openid_configuration: String,
    /// The scopes the server wants, when it said.
    pub scope: Option<String>,
    /// The server that was asked: one failed login was spent there.
    pub asked: String,
}

/// Asks the first IMAP server of `servers` that offers OAUTHBEARER over
/// verified TLS; `None` when none answers with an https address.
pub async fn ask_where_to_sign_in(request: &Request, servers: &[Server]) -> Option<SignInHint> {
    let shared = Shared {
        timeout: request.timeout,
        trust: request.trust.clone(),
        // The check's resolver, `--dns` included.
        overrides: request.discovery_options().overrides,
        allow_plaintext: false,
        limits: crate::wire::connect::ConnectionLimits::default(),
    };
    let imap = servers.iter().filter(|s| s.protocol == Protocol::Imap);
    for server in imap.take(2) {
        let candidate = Candidate::new(
            Protocol::Imap,
            &server.host,
            server.port,
            server.security,
            Source::Ispdb,
        );
        let checked = session::check(&candidate, &shared, &|_| {}, &|| {}, false).await;
        let Some(mut ready) = checked.ready else { continue };
        if ready.channel != Channel::VerifiedTls || !ready.caps.auth.contains(&Sasl::OauthBearer) {
            continue;
        }
        let asked = tokio::time::timeout(
            request.timeout * 2,
            imap::sign_in_challenge(&mut ready.conn, ready.caps.sasl_ir, &request.email),
        )
        .await;
        imap::logout(&mut ready.conn).await;
        let Ok(Ok(Some(challenge))) = asked else { continue };
        return hint(&challenge, &server.host);
    }
    None
}

/// The hint in a failure's JSON: `openid-configuration` (https only) and
/// `scope`.
fn hint(challenge: &str, host: &str) -> Option<SignInHint> {
    let json: serde_json::Value = serde_json::from_str(challenge).ok()?;
    let openid_configuration = json.get("openid-configuration")?.as_str()?;
    if !openid_configuration.starts_with("https://") {
        return None;
    }
    Some(SignInHint {
        openid_configuration: openid_configuration.to_owned(),
        scope: json.get("scope").and_then(|s| s.as_str()).map(str::to_owned),
        asked: host.to_ascii_lowercase(),
    })
}

#[cfg(test)]
mod tests {
    use super::hint;

    #[test]
    fn a_failure_names_the_openid_configuration_over_https_only() {
        let said = r#"{"status":"invalid_token","scope":"openid mail","openid-configuration":"https://auth.example.test/.well-known/openid-configuration"}"#;
        let found = hint(said, "IMAP.example.test").unwrap();
        assert_eq!(
            found.openid_configuration,
            "https://auth.example.test/.well-known/openid-configuration"
        );
        assert_eq!(found.scope.as_deref(), Some("openid mail"));
        assert_eq!(found.asked, "imap.example.test");
        let plain = said.replace("https://auth", "http://auth");
        assert_eq!(hint(&plain, "imap.example.test"), None);
        assert_eq!(hint(r#"{"status":"invalid_token"}"#, "imap.example.test"), None);
        assert_eq!(hint("not json", "imap.example.test"), None);
    }
}
