//! The SMTP AUTH dialogue (RFC 4954): the only code that sends the password.

use super::ehlo::Mechanism;
use super::reply::Reply;
use super::session::{Channel, Ready};
use crate::probe::auth;
use crate::probe::connection::SessionError;
use crate::secret::Password;

/// What the server said to the login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LoginResult {
    /// 235: logged in.
    Accepted,
    /// 535: user name or password wrong. Definite: do not retry elsewhere.
    Refused(Reply),
    /// 534 5.7.9: the provider wants an application-specific password.
    AppPasswordRequired(Reply),
    /// 454 / other 4xx: try again later; says nothing about the password.
    Temporary(Reply),
    /// Only XOAUTH2/OAUTHBEARER offered: no password was sent.
    OauthRequired,
    /// No usable mechanism offered (none, or only ones this client lacks).
    Unavailable,
    /// Plaintext channel without the user's consent: no password was sent.
    NotSent,
    /// An unexpected reply.
    Unexpected(String),
    /// A timeout, a dropped connection or a malformed reply.
    Failed(SessionError),
}

/// Logs in with the best mechanism the server offered on this channel
/// (post-TLS capabilities only, RFC 3207 §4.2), then says QUIT.
///
/// `timeout` bounds each reply of the login; it is longer than the other
/// phases' because servers slow down login answers on purpose after
/// failures (Dovecot: 2 s, growing to 15 s for an address that keeps failing).
pub(crate) async fn login(
    ready: &mut Ready,
    username: &str,
    password: &Password,
    allow_plaintext: bool,
    timeout: std::time::Duration,
) -> (Option<Mechanism>, LoginResult) {
    ready.conn.set_timeout(timeout);
    if ready.channel == Channel::DangerPlaintext && !allow_plaintext {
        return (None, LoginResult::NotSent);
    }
    let Some(mechanism) = ready.caps.password_mechanism() else {
        let result = if ready.caps.oauth_only() {
            LoginResult::OauthRequired
        } else {
            LoginResult::Unavailable
        };
        let _ = ready.conn.command("QUIT\r\n").await;
        return (None, result);
    };
    let result = match exchange(ready, mechanism, username, password).await {
        Ok(reply) => classify(&reply),
        Err(e) => LoginResult::Failed(e),
    };
    let _ = ready.conn.command("QUIT\r\n").await;
    (Some(mechanism), result)
}

async fn exchange(
    ready: &mut Ready,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> Result<Reply, SessionError> {
    let conn = &mut ready.conn;
    match mechanism {
        Mechanism::Plain => {
            let response = auth::plain_initial_response(username, password);
            let line = zeroize::Zeroizing::new(format!("AUTH PLAIN {}\r\n", response.as_str()));
            conn.command(&line).await
        }
        Mechanism::Login => {
            let reply = conn.command("AUTH LOGIN\r\n").await?;
            if reply.code != 334 {
                return Ok(reply);
            }
            let user = auth::encode(username);
            let reply = conn.command(&format!("{}\r\n", user.as_str())).await?;
            if reply.code != 334 {
                return Ok(reply);
            }
            let secret = auth::encode(password.expose());
            let line = zeroize::Zeroizing::new(format!("{}\r\n", secret.as_str()));
            conn.command(&line).await
        }
    }
}

/// Sorts the final AUTH reply into what it means for the user.
pub(crate) fn classify(reply: &Reply) -> LoginResult {
    let text = reply.text().to_ascii_lowercase();
    match reply.code {
        235 => LoginResult::Accepted,
        534 if reply.enhanced_code() == Some("5.7.9")
            || text.contains("application-specific")
            || text.contains("app password") =>
        {
            LoginResult::AppPasswordRequired(reply.clone())
        }
        535 => LoginResult::Refused(reply.clone()),
        400..=499 => LoginResult::Temporary(reply.clone()),
        _ => LoginResult::Unexpected(format!("unexpected answer to AUTH: {reply}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::smtp::reply::parse_reply;

    fn reply(raw: &str) -> Reply {
        parse_reply(raw.as_bytes()).unwrap().unwrap().0
    }

    #[test]
    fn provider_answers_are_recognised() {
        assert_eq!(
            classify(&reply("235 2.7.0 Authentication successful\r\n")),
            LoginResult::Accepted
        );
        assert!(matches!(
            classify(&reply("535 5.7.8 Error: authentication failed\r\n")),
            LoginResult::Refused(_)
        ));
        assert!(matches!(
            classify(&reply(
                "534-5.7.9 Application-specific password required.\r\n534 5.7.9 https://support.example/\r\n"
            )),
            LoginResult::AppPasswordRequired(_)
        ));
        assert!(matches!(
            classify(&reply("454 4.7.0 Temporary authentication failure\r\n")),
            LoginResult::Temporary(_)
        ));
        assert!(matches!(
            classify(&reply("534 5.7.14 Please log in via your web browser\r\n")),
            LoginResult::Unexpected(_)
        ));
    }
}
