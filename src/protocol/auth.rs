//! SASL encodings for password logins (RFC 4616 PLAIN, and LOGIN), shared by
//! every protocol. Every buffer that holds the password is wiped on drop.
//!
//! Callers send these only over a verified TLS channel, or over plaintext
//! when the user allowed it for that one check.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use zeroize::Zeroizing;

use crate::protocol::capabilities::Mechanism;
use crate::secret::Password;
use crate::wire::connection::SessionError;

/// What a server said to a login, in any protocol. The payloads are the
/// server's words (scrubbed of the secret before they reach a report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LoginResult {
    /// Logged in: the whole exchange completed and the server said yes.
    Accepted,
    /// User name or password wrong. Definite: counts against the server.
    Refused(String),
    /// The provider wants an application-specific password (534 5.7.9).
    AppPasswordRequired(String),
    /// Password logins are switched off for this account or organisation
    /// (Microsoft 365: 535 5.7.139, 550 5.7.30).
    Disabled(String),
    /// Sign in through the provider's web page first (Gmail: 534 5.7.14).
    WebLoginRequired(String),
    /// IMAP or POP3 access is switched off for this account in the
    /// provider's settings (Gmail: "not enabled for POP access",
    /// Microsoft: "User is authenticated but not connected"). Says
    /// nothing against the password.
    AccessDisabled(String),
    /// The server does not allow a login here (SMTP 530 over TLS).
    NotPermitted(String),
    /// The server refused the user name because it wants encryption first
    /// (POP3 `-ERR TLS required` to USER); the password was not sent.
    TlsRequired(String),
    /// The server refused the mechanism itself, not the credentials (SMTP
    /// 504, IMAP `BAD` or `[CANNOT]`, "mechanism not supported"): another
    /// mechanism may work, and the password was not judged.
    MechanismRefused(String),
    /// Try again later; says nothing about the password (SMTP 4xx, IMAP
    /// `[UNAVAILABLE]`, POP3 `[SYS/TEMP]`, `[IN-USE]`).
    Temporary(String),
    /// A "yes" that came before the password was sent (the server's
    /// words): a login that never saw the password is no verification,
    /// only a broken server.
    AcceptedBeforePassword(String),
    /// An answer that does not fit a login.
    Unexpected(String),
    /// A timeout, a dropped connection or a malformed answer.
    Failed(SessionError),
}

impl LoginResult {
    /// The provider said the password is right but not allowed this way:
    /// further logins with it at that provider can only fail the same way
    /// and count against the account.
    #[must_use]
    pub fn rules_out_the_provider(&self) -> bool {
        matches!(
            self,
            Self::AppPasswordRequired(_) | Self::WebLoginRequired(_) | Self::Disabled(_)
        )
    }
}

/// The line that cancels a SASL exchange the server wants to go on with
/// (IMAP RFC 9051 §6.2.2, POP3 RFC 5034 §4, SMTP RFC 4954 §4): PLAIN has
/// no second step.
pub(crate) const CANCEL: &[u8] = b"*\r\n";

/// What a provider's refusal text says, in any protocol, where it says
/// more than "wrong password" (the texts of `CLIENTS.md`): Gmail's
/// `[ALERT] Application-specific password required`, `Please log in via
/// your web browser`, "not enabled for POP access"; Microsoft's
/// `SmtpClientAuthentication is disabled`, "Basic authentication is not
/// supported", "User is authenticated but not connected".
#[must_use]
pub(crate) fn provider_refusal(words: &str) -> Option<LoginResult> {
    let text = words.to_ascii_lowercase();
    let says = |phrases: &[&str]| phrases.iter().any(|phrase| text.contains(phrase));
    if says(&["application-specific password", "app password"]) {
        Some(LoginResult::AppPasswordRequired(words.to_owned()))
    } else if says(&["web browser", "web login required"]) {
        Some(LoginResult::WebLoginRequired(words.to_owned()))
    } else if says(&[
        "smtpclientauthentication is disabled",
        "basic authentication is not supported",
    ]) {
        Some(LoginResult::Disabled(words.to_owned()))
    } else if says(&[
        "not enabled for pop",
        "not enabled for imap",
        "imap access is disabled",
        "pop access is disabled",
        "authenticated but not connected",
    ]) {
        Some(LoginResult::AccessDisabled(words.to_owned()))
    } else {
        None
    }
}

/// A refusal that is about the login mechanism, not the credentials
/// ("Unsupported authentication mechanism", "mechanism not available").
#[must_use]
pub(crate) fn names_the_mechanism(words: &str) -> bool {
    let text = words.to_ascii_lowercase();
    text.contains("mechanism")
        && [
            "unsupported",
            "not supported",
            "not available",
            "disabled",
            "unknown",
        ]
        .iter()
        .any(|word| text.contains(word))
}

/// RFC 4616 §2: `base64(authzid NUL authcid NUL passwd)` with an empty authzid.
#[must_use]
pub fn plain_initial_response(username: &str, password: &Password) -> Zeroizing<String> {
    let mut raw = Zeroizing::new(Vec::with_capacity(username.len() + password.expose().len() + 2));
    raw.push(0);
    raw.extend_from_slice(username.as_bytes());
    raw.push(0);
    raw.extend_from_slice(password.expose().as_bytes());
    Zeroizing::new(STANDARD.encode(raw.as_slice()))
}

/// The initial response of a token login: XOAUTH2's
/// `user=ADDR^Aauth=Bearer TOKEN^A^A`, or OAUTHBEARER's (RFC 7628 §3.1)
/// `n,a=ADDR,^Aauth=Bearer TOKEN^A^A`, in base64.
#[must_use]
pub fn token_initial_response(mechanism: Mechanism, username: &str, token: &Password) -> Zeroizing<String> {
    let raw = Zeroizing::new(match mechanism {
        Mechanism::OauthBearer => {
            // A saslname escapes "," and "=" (RFC 5801 §4).
            let name = username.replace('=', "=3D").replace(',', "=2C");
            format!("n,a={name},\x01auth=Bearer {}\x01\x01", token.expose())
        }
        _ => format!("user={username}\x01auth=Bearer {}\x01\x01", token.expose()),
    });
    Zeroizing::new(STANDARD.encode(raw.as_bytes()))
}

/// What a client answers when a token login's server sends its error as a
/// challenge (RFC 7628 §3.2.3): XOAUTH2 an empty response, OAUTHBEARER a
/// single %x01; the server then ends the exchange with its failure.
#[must_use]
pub fn after_token_error(mechanism: Mechanism) -> &'static [u8] {
    match mechanism {
        Mechanism::OauthBearer => b"AQ==\r\n",
        _ => b"\r\n",
    }
}

/// A server's base64 challenge as text, when it is some.
#[must_use]
pub fn decode_challenge(challenge: &str) -> Option<String> {
    let bytes = STANDARD.decode(challenge.trim()).ok()?;
    String::from_utf8(bytes).ok()
}

/// One base64 field, for the LOGIN mechanism's two answers.
#[must_use]
pub fn encode(text: &str) -> Zeroizing<String> {
    Zeroizing::new(STANDARD.encode(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_responses_match_the_mechanisms_layouts() {
        let token = Password::new("ya29.token".to_owned());
        let decode = |m| {
            String::from_utf8(
                STANDARD
                    .decode(token_initial_response(m, "a,b=c@example.com", &token).as_str())
                    .unwrap(),
            )
            .unwrap()
        };
        assert_eq!(
            decode(Mechanism::XOauth2),
            "user=a,b=c@example.com\x01auth=Bearer ya29.token\x01\x01"
        );
        assert_eq!(
            decode(Mechanism::OauthBearer),
            "n,a=a=2Cb=3Dc@example.com,\x01auth=Bearer ya29.token\x01\x01"
        );
    }

    #[test]
    fn plain_response_matches_rfc_4616_layout() {
        let response = plain_initial_response("tim", &Password::new("tanstaaftanstaaf".into()));
        // RFC 4616 §4 example: "\0tim\0tanstaaftanstaaf".
        assert_eq!(response.as_str(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    }

    #[test]
    fn provider_texts_say_what_is_really_wrong() {
        for (words, expected) in [
            (
                "a4 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833",
                "AppPasswordRequired",
            ),
            ("a4 NO [ALERT] Please log in via your web browser", "WebLoginRequired"),
            (
                "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page",
                "AccessDisabled",
            ),
            ("a4 NO User is authenticated but not connected.", "AccessDisabled"),
            ("a4 NO [AUTHENTICATIONFAILED] Invalid credentials", "None"),
        ] {
            let found = provider_refusal(words).map_or("None".to_owned(), |r| {
                format!("{r:?}").split('(').next().unwrap_or_default().to_owned()
            });
            assert_eq!(found, expected, "{words}");
        }
    }

    #[test]
    fn login_fields_are_plain_base64() {
        assert_eq!(encode("alice@example.com").as_str(), "YWxpY2VAZXhhbXBsZS5jb20=");
    }
}
