//! Where to sign in: the authorization server's metadata (RFC 8414) for
//! the issuer a settings file names, registration (RFC 7591), and the
//! checks on the answer that comes back (state, RFC 9207's `iss`).

use serde::Deserialize;

use super::loopback::Answer;
use super::SignInError;
use crate::discovery::autoconfig::OAuth2;

/// An authorization server's endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// The issuer (an https URL).
    pub issuer: String,
    /// Where the browser signs in.
    pub authorization: String,
    /// Where the code becomes a token.
    pub token: String,
    /// Where a program registers itself, when the server allows it.
    pub registration: Option<String>,
    /// The server says who it is in every answer (RFC 9207): an answer
    /// without `iss` is refused.
    pub sends_issuer: bool,
    /// The scopes to ask for.
    pub scope: String,
}

/// The fields of RFC 8414 metadata used here.
#[derive(Debug, Deserialize)]
struct Metadata {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    registration_endpoint: Option<String>,
    #[serde(default)]
    authorization_response_iss_parameter_supported: bool,
    #[serde(default)]
    code_challenge_methods_supported: Vec<String>,
    #[serde(default)]
    scopes_supported: Vec<String>,
}

/// The part of a registration answer used here (RFC 7591 §3.2.1).
#[derive(Debug, Deserialize)]
struct Registered {
    client_id: String,
    /// The addresses the server registered: where it will send the
    /// person's browser, and the code with it.
    #[serde(default)]
    redirect_uris: Vec<String>,
}

/// The largest metadata or registration answer read.
const MAX_ANSWER: usize = 64 * 1024;

impl Endpoints {
    /// The metadata of the block's issuer, checked: the issuer it names is
    /// the one asked for (RFC 8414 §3.3), its endpoints are https, and it
    /// takes PKCE S256 when it says what it takes. Without metadata, the
    /// block's own endpoints (and no registration).
    pub(super) async fn discover(block: &OAuth2, http: &reqwest::Client) -> Result<Self, SignInError> {
        let issuer = if block.issuer.starts_with("https://") {
            block.issuer.trim_end_matches('/').to_owned()
        } else {
            format!("https://{}", block.issuer.trim_end_matches('/'))
        };
        let from_block = Self {
            issuer: issuer.clone(),
            authorization: block.auth_url.clone(),
            token: block.token_url.clone(),
            registration: None,
            sends_issuer: false,
            scope: block.scope.clone(),
        };
        let Some(metadata) = metadata(&issuer, http).await else {
            // Protected resource metadata names the server only.
            if from_block.authorization.is_empty() || from_block.token.is_empty() {
                return Err(SignInError::Metadata(format!("{issuer} publishes none")));
            }
            return Ok(from_block);
        };
        if metadata.issuer.trim_end_matches('/') != issuer {
            return Err(SignInError::Metadata(format!(
                "it names the issuer {:?}, not {issuer:?}",
                crate::wire::printable::printable(&metadata.issuer)
            )));
        }
        let https = |url: &str| url.starts_with("https://");
        if !https(&metadata.authorization_endpoint)
            || !https(&metadata.token_endpoint)
            || metadata
                .registration_endpoint
                .as_deref()
                .is_some_and(|u| !https(u))
        {
            return Err(SignInError::Metadata("an endpoint is not https".to_owned()));
        }
        let methods = &metadata.code_challenge_methods_supported;
        if !methods.is_empty() && !methods.iter().any(|m| m == "S256") {
            return Err(SignInError::Metadata("it does not take PKCE S256".to_owned()));
        }
        // Where nothing named the scopes (a server's OAUTHBEARER failure
        // may not), the ones the server offers; a refresh token is not
        // needed for one check.
        let scope = if from_block.scope.is_empty() {
            let offered = metadata.scopes_supported.iter();
            let wanted: Vec<&str> = offered
                .map(String::as_str)
                .filter(|s| *s != "offline_access")
                .collect();
            wanted.join(" ")
        } else {
            from_block.scope.clone()
        };
        Ok(Self {
            authorization: metadata.authorization_endpoint,
            token: metadata.token_endpoint,
            registration: metadata.registration_endpoint,
            sends_issuer: metadata.authorization_response_iss_parameter_supported,
            scope,
            ..from_block
        })
    }

    /// The endpoints as a settings file's `<oAuth2>` block names them
    /// (the issuer by its host name).
    pub(super) fn as_block(&self) -> OAuth2 {
        OAuth2 {
            issuer: self.issuer.trim_start_matches("https://").to_owned(),
            scope: self.scope.clone(),
            auth_url: self.authorization.clone(),
            token_url: self.token.clone(),
        }
    }

    /// Sends the sign-in to one Microsoft tenant's endpoints instead of
    /// the multi-tenant ones the provider files name (`/common/`,
    /// `/organizations/`, `/consumers/`).
    pub(super) fn for_tenant(&mut self, tenant: &str) -> Result<(), SignInError> {
        let valid = !tenant.is_empty()
            && tenant.len() <= 253
            && tenant
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !valid {
            return Err(SignInError::Local(crate::tr!(
                "oauth-bad-tenant",
                tenant = format!("{:?}", crate::wire::printable::printable(tenant))
            )));
        }
        for url in [&mut self.authorization, &mut self.token] {
            let Some(rest) = url.strip_prefix("https://login.microsoftonline.com/") else {
                return Err(SignInError::Local(crate::tr!("oauth-tenant-not-microsoft")));
            };
            let (first, path) = rest.split_once('/').unwrap_or((rest, ""));
            if matches!(first, "common" | "organizations" | "consumers") {
                *url = format!("https://login.microsoftonline.com/{tenant}/{path}");
            }
        }
        Ok(())
    }

    /// Registers this program as a native public client for
    /// `redirect_uri` (any port of 127.0.0.1, RFC 8252 §7.3).
    pub(super) async fn register(
        &self,
        http: &reqwest::Client,
        redirect_uri: &str,
    ) -> Result<String, SignInError> {
        let Some(endpoint) = &self.registration else {
            return Err(SignInError::NeedsClientId(self.issuer.clone()));
        };
        let request = serde_json::json!({
            "client_name": "Mail Setup Assistant",
            "application_type": "native",
            "redirect_uris": [redirect_uri],
            "grant_types": ["authorization_code"],
            "response_types": ["code"],
            "token_endpoint_auth_method": "none",
        });
        let answer = http
            .post(endpoint)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(request.to_string())
            .send()
            .await
            .map_err(|e| SignInError::Registration(e.to_string()))?;
        if !answer.status().is_success() {
            return Err(SignInError::Registration(format!(
                "it answered {}",
                answer.status()
            )));
        }
        let body = limited(answer).await.map_err(SignInError::Registration)?;
        let registered: Registered =
            serde_json::from_slice(&body).map_err(|e| SignInError::Registration(e.to_string()))?;
        // RFC 7591 §3.2.1: the server may change what was asked. A
        // redirect anywhere but this listener would send the code away.
        if registered.redirect_uris.iter().any(|uri| uri != redirect_uri) {
            return Err(SignInError::Registration(
                "it registered another address to send the sign-in back to; nothing was used".to_owned(),
            ));
        }
        Ok(registered.client_id)
    }

    /// The code of an answer that belongs to this sign-in: the state sent,
    /// and this issuer when the answer names one (it must, when the server
    /// says it does: RFC 9207 §2.4).
    pub(super) fn check(&self, answer: &Answer, state: &str) -> Result<String, SignInError> {
        if answer.state.as_deref() != Some(state) {
            return Err(SignInError::Mismatch("another state"));
        }
        match answer.iss.as_deref() {
            Some(iss) if iss.trim_end_matches('/') != self.issuer => {
                return Err(SignInError::Mismatch("another issuer"))
            }
            None if self.sends_issuer => return Err(SignInError::Mismatch("no issuer")),
            _ => {}
        }
        if let Some(error) = &answer.error {
            let description = answer.error_description.as_deref().unwrap_or_default();
            return Err(SignInError::Refused(
                crate::wire::printable::printable(&format!("{error} {description}"))
                    .trim()
                    .to_owned(),
            ));
        }
        answer.code.clone().ok_or(SignInError::Mismatch("no code"))
    }
}

/// The issuer's metadata: RFC 8414's well-known address, then OpenID
/// Connect's; `None` when neither answers with it.
async fn metadata(issuer: &str, http: &reqwest::Client) -> Option<Metadata> {
    for path in [
        "/.well-known/oauth-authorization-server",
        "/.well-known/openid-configuration",
    ] {
        let Ok(answer) = http.get(format!("{issuer}{path}")).send().await else {
            continue;
        };
        if !answer.status().is_success() {
            continue;
        }
        if let Some(metadata) = limited(answer)
            .await
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
        {
            return Some(metadata);
        }
    }
    None
}

/// An answer's body, up to [`MAX_ANSWER`].
async fn limited(mut answer: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(|e| e.to_string())? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_ANSWER {
            return Err("the answer is too large".to_owned());
        }
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoints(sends_issuer: bool) -> Endpoints {
        Endpoints {
            issuer: "https://auth.example.test".to_owned(),
            authorization: "https://auth.example.test/auth".to_owned(),
            token: "https://auth.example.test/token".to_owned(),
            registration: None,
            sends_issuer,
            scope: "mail".to_owned(),
        }
    }

    fn answer(state: &str, iss: Option<&str>) -> Answer {
        Answer {
            code: Some("the-code".to_owned()),
            state: Some(state.to_owned()),
            iss: iss.map(str::to_owned),
            error: None,
            error_description: None,
        }
    }

    #[test]
    fn only_an_answer_for_this_sign_in_gives_its_code() {
        let ours = Some("https://auth.example.test");
        assert_eq!(
            endpoints(true).check(&answer("s1", ours), "s1").unwrap(),
            "the-code"
        );
        assert!(matches!(
            endpoints(true).check(&answer("s2", ours), "s1"),
            Err(SignInError::Mismatch("another state"))
        ));
        // RFC 9207: a mix-up with another server's answer.
        assert!(matches!(
            endpoints(false).check(&answer("s1", Some("https://evil.test")), "s1"),
            Err(SignInError::Mismatch("another issuer"))
        ));
        assert!(matches!(
            endpoints(true).check(&answer("s1", None), "s1"),
            Err(SignInError::Mismatch("no issuer"))
        ));
        assert_eq!(
            endpoints(false).check(&answer("s1", None), "s1").unwrap(),
            "the-code"
        );
    }

    #[test]
    fn a_tenant_replaces_microsofts_multi_tenant_path() {
        let mut microsoft = Endpoints {
            authorization: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize".to_owned(),
            token: "https://login.microsoftonline.com/common/oauth2/v2.0/token".to_owned(),
            ..endpoints(false)
        };
        microsoft.for_tenant("contoso.onmicrosoft.com").unwrap();
        assert_eq!(
            microsoft.authorization,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"
        );
        assert_eq!(
            microsoft.token,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        assert!(microsoft.for_tenant("../evil").is_err());
        assert!(
            endpoints(false).for_tenant("contoso.com").is_err(),
            "not Microsoft's"
        );
    }

    #[test]
    fn a_refusal_is_said_in_the_servers_words_escaped() {
        let mut refused = answer("s1", None);
        refused.code = None;
        refused.error = Some("access_denied".to_owned());
        refused.error_description = Some("The person said no\u{202e}".to_owned());
        let Err(SignInError::Refused(words)) = endpoints(false).check(&refused, "s1") else {
            panic!("not refused")
        };
        assert!(words.starts_with("access_denied The person said no"), "{words}");
        assert!(!words.contains('\u{202e}'), "{words}");
    }
}
