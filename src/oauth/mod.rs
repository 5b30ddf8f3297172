//! Signing in with the provider (OAuth 2.0 for native apps, RFC 8252): the
//! system browser opens the provider's sign-in page, the answer comes back
//! to a listener on 127.0.0.1 at a random port, and the code it carries is
//! exchanged for an access token that logs in like a password (XOAUTH2,
//! OAUTHBEARER) over verified TLS only.
//!
//! PKCE S256 (RFC 7636), a `state`, and the issuer check of RFC 9207. The
//! endpoints come from the provider's settings file (its `<oAuth2>` block)
//! and the authorization server's metadata (RFC 8414); the client is the
//! one the person names, or registers itself where the server allows it
//! (RFC 7591), as the IETF's "OAuth Profile for Open Public Clients"
//! describes. The token lives in memory only, as a [`Password`].

mod endpoints;
mod loopback;

use std::time::Duration;

use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, CsrfToken, PkceCodeChallenge, RedirectUrl, Scope, TokenResponse,
    TokenUrl,
};
use tokio_util::sync::CancellationToken;

pub use endpoints::Endpoints;

use crate::discovery::autoconfig::OAuth2;
use crate::secret::Password;
use crate::tr;

/// How long the person has to sign in, at most (the promise: an
/// end, and a clear one).
pub const DEFAULT_WAIT: Duration = Duration::from_secs(300);

/// Why no token came of a sign-in, said in the person's language
/// (`checking.ftl`).
#[derive(Debug)]
pub enum SignInError {
    /// Nothing names where this provider's people sign in.
    NoProvider(String),
    /// The authorization server's metadata is missing or wrong.
    Metadata(String),
    /// The server offers no registration and no client ID was given.
    NeedsClientId(String),
    /// Registering this program with the server failed.
    Registration(String),
    /// The browser could not be opened (the address was shown).
    Browser(String),
    /// The person did not finish signing in in time.
    NotCompleted(Duration),
    /// The person (or the provider) said no.
    Refused(String),
    /// The answer did not belong to this sign-in (state or issuer).
    Mismatch(&'static str),
    /// The code could not be exchanged for a token.
    Token(String),
    /// The person stopped it.
    Cancelled,
    /// Something on this computer failed (the listener).
    Local(String),
}

impl std::fmt::Display for SignInError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            Self::NoProvider(domain) => tr!("oauth-no-provider", domain = domain.as_str()),
            Self::Metadata(why) => tr!("oauth-metadata", why = why.as_str()),
            Self::NeedsClientId(issuer) => no_client_advice(issuer),
            Self::Registration(why) => tr!("oauth-registration", why = why.as_str()),
            Self::Browser(why) => tr!("oauth-browser", why = why.as_str()),
            Self::NotCompleted(wait) => tr!("oauth-not-completed", seconds = wait.as_secs()),
            Self::Refused(why) => tr!("oauth-refused", why = why.as_str()),
            Self::Mismatch(what) => tr!("oauth-mismatch", what = *what),
            Self::Token(why) => tr!("oauth-token", why = why.as_str()),
            Self::Cancelled => tr!("oauth-cancelled"),
            Self::Local(why) => why.clone(),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for SignInError {}

/// The client a sign-in is for, as the person gave it (Advanced, or the
/// command line): both are not secrets.
#[derive(Debug, Clone, Default)]
pub struct Client {
    /// The client ID; `None` registers this program where the server
    /// allows it.
    pub id: Option<String>,
    /// A Microsoft tenant (its ID or domain), for a client ID registered
    /// in one organisation's directory.
    pub tenant: Option<String>,
}

/// A sign-in that came to an end: the token, and where it was.
pub struct SignedIn {
    /// The access token; it logs in like a password.
    pub token: Password,
    /// The authorization server, as a settings file names one: what a
    /// mail program needs to sign in there itself.
    pub provider: OAuth2,
    /// The server asked where to sign in, if one was: a login failed
    /// there (see [`crate::engine::Request::failed_before`]).
    pub failed_before: Vec<String>,
}

/// What a sign-in needs besides the endpoints.
pub struct SignIn<'a> {
    /// The address: a hint for the sign-in page, and the name the token
    /// logs in with.
    pub address: &'a str,
    /// The client ID the person gave; `None` registers one where the
    /// server allows it.
    pub client_id: Option<String>,
    /// How long to wait for the person.
    pub wait: Duration,
    /// Opens the address in the browser.
    pub open: &'a (dyn Fn(&str) -> Result<(), String> + Sync),
}

/// Signs in: registers a client if need be, opens the browser, waits for
/// the answer on the loopback address, and exchanges the code for a token.
///
/// # Errors
///
/// [`SignInError`] saying where it stopped.
pub async fn sign_in(
    endpoints: &Endpoints,
    how: &SignIn<'_>,
    http: &reqwest::Client,
    cancel: &CancellationToken,
) -> Result<Password, SignInError> {
    let listener = loopback::Listener::bind().await?;
    let redirect = listener.redirect_uri();
    let client_id = match &how.client_id {
        Some(id) => id.clone(),
        None => endpoints.register(http, &redirect).await?,
    };
    let bad = |e: oauth2::url::ParseError| SignInError::Metadata(e.to_string());
    let client = oauth2::basic::BasicClient::new(ClientId::new(client_id))
        .set_auth_uri(AuthUrl::new(endpoints.authorization.clone()).map_err(bad)?)
        .set_token_uri(TokenUrl::new(endpoints.token.clone()).map_err(bad)?)
        .set_redirect_uri(RedirectUrl::new(redirect).map_err(bad)?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state) = client
        .authorize_url(CsrfToken::new_random)
        .add_scopes(
            endpoints
                .scope
                .split_whitespace()
                .map(|s| Scope::new(s.to_owned())),
        )
        .add_extra_param("login_hint", how.address)
        .set_pkce_challenge(challenge)
        .url();
    (how.open)(url.as_str()).map_err(SignInError::Browser)?;
    let answer = tokio::select! {
        answer = listener.answer() => answer?,
        () = tokio::time::sleep(how.wait) => return Err(SignInError::NotCompleted(how.wait)),
        () = cancel.cancelled() => return Err(SignInError::Cancelled),
    };
    let code = endpoints.check(&answer, state.secret())?;
    // The server's words about a failed exchange may repeat what was
    // sent: neither the code nor the verifier is shown.
    let secrets = [code.clone(), verifier.secret().clone()];
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(verifier)
        .request_async(&|request| web(http.clone(), request))
        .await
        .map_err(|e| SignInError::Token(token_error(&e, &secrets)))?;
    Ok(Password::new(token.access_token().secret().clone()))
}

/// Signs in for `request`'s address, as the check will look things up:
/// finds where its provider signs people in (the settings file, the
/// ISPDB), the authorization server's endpoints, then [`sign_in`].
///
/// # Errors
///
/// [`SignInError`] saying where it stopped.
pub async fn sign_in_for(
    request: &crate::engine::Request,
    client: Client,
    wait: Duration,
    open: &(dyn Fn(&str, &str) -> Result<(), String> + Sync),
    cancel: &CancellationToken,
) -> Result<SignedIn, SignInError> {
    let address =
        crate::model::EmailAddress::parse(&request.email).map_err(|e| SignInError::Local(e.to_string()))?;
    let options = request.discovery_options();
    let (block, failed_before) = tokio::select! {
        found = provider(request, &address, options.clone()) => found?,
        () = cancel.cancelled() => return Err(SignInError::Cancelled),
    };
    let (http, _) = crate::discovery::web_client(&options).map_err(SignInError::Local)?;
    let mut endpoints = endpoints(&block, &http).await?;
    if let Some(tenant) = &client.tenant {
        endpoints.for_tenant(tenant)?;
    }
    let email = format!("{}@{}", address.local, address.domain);
    let issuer = endpoints.issuer.clone();
    let open_here = |url: &str| open(&issuer, url);
    let how = SignIn {
        address: &email,
        client_id: client.id,
        wait,
        open: &open_here,
    };
    let token = sign_in(&endpoints, &how, &http, cancel).await?;
    Ok(SignedIn {
        token,
        provider: endpoints.as_block(),
        failed_before,
    })
}

/// Where the address's provider signs people in: what the lookups say,
/// else what one of the provider's IMAP servers says when asked (which
/// costs a failed login there: that server is named too).
async fn provider(
    request: &crate::engine::Request,
    address: &crate::model::EmailAddress,
    options: crate::discovery::Options,
) -> Result<(OAuth2, Vec<String>), SignInError> {
    let servers = match crate::discovery::oauth2_provider(address, options).await {
        Ok(block) => return Ok((block, Vec::new())),
        Err(servers) => servers,
    };
    let hint = crate::engine::ask_where_to_sign_in(request, &servers)
        .await
        .ok_or_else(|| SignInError::NoProvider(address.domain.clone()))?;
    let issuer = hint
        .openid_configuration
        .strip_suffix("/.well-known/openid-configuration")
        .ok_or_else(|| {
            SignInError::Metadata(format!(
                "{} is not an OpenID configuration",
                hint.openid_configuration
            ))
        })?;
    let block = OAuth2 {
        issuer: issuer.to_owned(),
        scope: hint.scope.unwrap_or_default(),
        auth_url: String::new(),
        token_url: String::new(),
    };
    Ok((block, vec![hint.asked]))
}

/// Opens `url` in the system browser: the one `$BROWSER` names, else the
/// desktop's default.
///
/// # Errors
///
/// Why no browser opened.
pub fn open_browser(url: &str) -> Result<(), String> {
    webbrowser::open(url).map_err(|e| e.to_string())
}

/// The endpoints for `block`: the authorization server's metadata when it
/// publishes some for its issuer, else the block's own.
///
/// # Errors
///
/// [`SignInError::Metadata`] when the metadata names another issuer.
pub async fn endpoints(block: &OAuth2, http: &reqwest::Client) -> Result<Endpoints, SignInError> {
    Endpoints::discover(block, http).await
}

/// What works instead where a provider lets only the programs it knows
/// sign in, and no client ID was given: per provider, what to do in the
/// mail program, or how to get a client ID.
fn no_client_advice(issuer: &str) -> String {
    let host = issuer
        .trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap_or_default();
    let app_password =
        |provider: &str, place: &str| tr!("oauth-app-password", provider = provider, place = tr!(place));
    match host {
        "accounts.google.com" => tr!("oauth-only-google"),
        "login.microsoftonline.com" | "login.live.com" => tr!("oauth-only-microsoft"),
        "login.yahoo.com" | "api.login.yahoo.com" => app_password("Yahoo", "oauth-place-yahoo"),
        "login.aol.com" | "api.login.aol.com" => app_password("AOL", "oauth-place-aol"),
        "www.fastmail.com" | "api.fastmail.com" => app_password("Fastmail", "oauth-place-fastmail"),
        _ => tr!("oauth-no-registration", issuer = issuer),
    }
}

/// An error of the token endpoint, in its words when it gave some, with
/// every one of `secrets` it repeats taken out.
fn token_error<E: std::error::Error>(error: &E, secrets: &[String]) -> String {
    let mut words = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        words = format!("{words}: {inner}");
        source = inner.source();
    }
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        words = words.replace(secret.as_str(), "[hidden]");
    }
    crate::wire::printable::printable(&words)
}

/// The `oauth2` crate's requests, sent with the check's own https client
/// (its roots, its resolver, no redirects followed).
async fn web(http: reqwest::Client, request: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, WebError> {
    let (parts, body) = request.into_parts();
    let response = http
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| WebError(e.to_string()))?;
    let mut builder = oauth2::http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let body = response.bytes().await.map_err(|e| WebError(e.to_string()))?;
    builder.body(body.to_vec()).map_err(|e| WebError(e.to_string()))
}

/// A request of the sign-in that got no answer.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct WebError(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_no_program_may_register_the_advice_names_what_works_instead() {
        let google = SignInError::NeedsClientId("https://accounts.google.com".to_owned()).to_string();
        assert!(
            google.contains("app password") && google.contains("\"OAuth2\""),
            "{google}"
        );
        let microsoft =
            SignInError::NeedsClientId("https://login.microsoftonline.com".to_owned()).to_string();
        assert!(
            microsoft.contains("client ID") && microsoft.contains("Entra ID"),
            "{microsoft}"
        );
        let other = SignInError::NeedsClientId("https://auth.example.test".to_owned()).to_string();
        assert!(
            other.starts_with("https://auth.example.test lets only known programs sign in"),
            "{other}"
        );
    }

    /// A sign-in that gave no token says why in the person's language, with
    /// Thunderbird's own word for its field and the window's for Advanced.
    #[test]
    fn why_no_token_came_is_said_in_the_persons_language() {
        crate::i18n::choose_here("de");
        let google = SignInError::NeedsClientId("https://accounts.google.com".to_owned()).to_string();
        let late = SignInError::NotCompleted(Duration::from_secs(2)).to_string();
        let other = SignInError::NeedsClientId("https://auth.example.test".to_owned()).to_string();
        crate::i18n::choose_here(crate::i18n::SOURCE);
        assert!(
            google.starts_with("Google lässt nur Programme anmelden")
                && google.contains("Authentifizierungsmethode „OAuth2“"),
            "{google}"
        );
        assert_eq!(
            late,
            "Anmeldung nicht innerhalb von 2 s abgeschlossen; nichts wurde geprüft"
        );
        assert!(other.contains("(Erweitert oder --oauth-client-id)"), "{other}");
    }
}
