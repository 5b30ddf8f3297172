//! The SMTP AUTH dialogue (RFC 4954): the only code that sends the password.

use super::command::Command;
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
    /// 535 5.7.139 / 550 5.7.30: password logins are switched off for this
    /// account or organisation (Microsoft 365).
    Disabled(Reply),
    /// 534 5.7.14: sign in through the provider's web page first (Gmail).
    WebLoginRequired(Reply),
    /// 530 over TLS: the server does not allow a login here.
    NotPermitted(Reply),
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
        quit(&mut ready.conn).await;
        return (None, result);
    };
    let result = match exchange(ready, mechanism, username, password).await {
        Ok(Step::Final(reply)) => classify(&reply),
        Ok(Step::Early(reply)) => classify_early(&reply),
        Err(e) => LoginResult::Failed(e),
    };
    quit(&mut ready.conn).await;
    (Some(mechanism), result)
}

/// How long QUIT is given after the answer is known: the verdict does not
/// depend on its reply, so a server that never answers it costs no more.
pub(crate) const QUIT_WAIT: std::time::Duration = std::time::Duration::from_millis(300);

/// Says goodbye without waiting long for the reply (RFC 5321 §4.1.1.10).
pub(crate) async fn quit(
    conn: &mut crate::probe::connection::Connection<Box<dyn crate::probe::connection::Io>>,
) {
    conn.set_timeout(QUIT_WAIT);
    let _ = conn.command(&Command::Quit.to_string()).await;
}

/// Where a login exchange ended.
enum Step {
    /// The reply to the last line that carried the credentials.
    Final(Reply),
    /// A reply that came before every credential was sent (LOGIN's steps).
    Early(Reply),
}

async fn exchange(
    ready: &mut Ready,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> Result<Step, SessionError> {
    let conn = &mut ready.conn;
    match mechanism {
        Mechanism::Plain => {
            let response = auth::plain_initial_response(username, password);
            let line = zeroize::Zeroizing::new(format!("AUTH PLAIN {}\r\n", response.as_str()));
            conn.command(&line).await.map(Step::Final)
        }
        Mechanism::Login => {
            let reply = conn.command(&Command::Auth(Mechanism::Login).to_string()).await?;
            if reply.code != 334 {
                return Ok(Step::Early(reply));
            }
            let user = auth::encode(username);
            let reply = conn.command(&format!("{}\r\n", user.as_str())).await?;
            if reply.code != 334 {
                return Ok(Step::Early(reply));
            }
            let secret = auth::encode(password.expose());
            let line = zeroize::Zeroizing::new(format!("{}\r\n", secret.as_str()));
            conn.command(&line).await.map(Step::Final)
        }
    }
}

/// A reply before the password was sent. Success there would be a login
/// that never saw the password: not a verification, a broken server.
fn classify_early(reply: &Reply) -> LoginResult {
    if reply.is_positive() {
        LoginResult::Unexpected(format!(
            "the server announced success before it had the password: {reply}"
        ))
    } else {
        classify(reply)
    }
}

/// Sorts the final AUTH reply into what it means for the user.
pub(crate) fn classify(reply: &Reply) -> LoginResult {
    let text = reply.text().to_ascii_lowercase();
    let enhanced = reply.enhanced_code();
    match reply.code {
        235 => LoginResult::Accepted,
        534 if enhanced == Some("5.7.9")
            || text.contains("application-specific")
            || text.contains("app password") =>
        {
            LoginResult::AppPasswordRequired(reply.clone())
        }
        534 if enhanced == Some("5.7.14") || text.contains("web browser") => {
            LoginResult::WebLoginRequired(reply.clone())
        }
        535 | 550
            if matches!(enhanced, Some("5.7.139" | "5.7.30"))
                || text.contains("smtpclientauthentication is disabled") =>
        {
            LoginResult::Disabled(reply.clone())
        }
        530 => LoginResult::NotPermitted(reply.clone()),
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
            classify(&reply(
                "534-5.7.14 <https://accounts.google.com/signin/continue> Please log in via\r\n534 5.7.14 your web browser\r\n"
            )),
            LoginResult::WebLoginRequired(_)
        ));
        for disabled in [
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\r\n",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.\r\n",
            "550 5.7.30 Basic authentication is not supported for Client Submission.\r\n",
        ] {
            assert!(matches!(classify(&reply(disabled)), LoginResult::Disabled(_)), "{disabled}");
        }
        assert!(matches!(
            classify(&reply("530 5.7.0 Authentication not permitted here\r\n")),
            LoginResult::NotPermitted(_)
        ));
        assert!(matches!(
            classify(&reply("451 4.3.0 Internal error\r\n")),
            LoginResult::Temporary(_)
        ));
        assert!(matches!(
            classify_early(&reply("235 2.7.0 Accepted\r\n")),
            LoginResult::Unexpected(_)
        ));
    }
}
