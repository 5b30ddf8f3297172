//! The SMTP submission dialogue (RFC 5321, RFC 3207, RFC 4954): what to
//! send and what the answers mean. The login here is one of the three
//! places that send the password (with `imap` and `pop3`).

use super::command::Command;
use super::ehlo;
use super::reply::{Code, Reply};
use super::{command, read_reply};
use crate::protocol::auth::{self, LoginResult};
use crate::protocol::capabilities::{Capabilities, Mechanism};
use crate::protocol::Answer;
use crate::secret::Password;
use crate::wire::connection::{Connection, Io, SessionError};

/// The greeting: 220 welcomes, 4xx turns away for now, 5xx for good.
pub(crate) async fn greeting(conn: &mut Connection<Box<dyn Io>>) -> Result<Answer, SessionError> {
    let reply = read_reply(conn).await?;
    Ok(answer(&reply, Code::READY))
}

/// EHLO and what it offers.
pub(crate) async fn ehlo(
    conn: &mut Connection<Box<dyn Io>>,
) -> Result<Result<Capabilities, String>, SessionError> {
    let reply = command(conn, &Command::Ehlo(ehlo_name()).to_string()).await?;
    Ok(if reply.is_positive() {
        Ok(ehlo::from_ehlo(&reply))
    } else {
        Err(reply.to_string())
    })
}

/// STARTTLS; 220 is the go-ahead, 454 "not available for now".
pub(crate) async fn starttls(conn: &mut Connection<Box<dyn Io>>) -> Result<Answer, SessionError> {
    let reply = command(conn, &Command::StartTls.to_string()).await?;
    Ok(answer(&reply, Code::READY))
}

fn answer(reply: &Reply, expected: Code) -> Answer {
    if reply.code == expected {
        Answer::Ok(reply.text())
    } else if reply.code.is_transient() {
        Answer::Busy(reply.to_string())
    } else {
        Answer::Refused(reply.to_string())
    }
}

/// The name this client gives in EHLO. A fixed, honest name: the user's
/// machine name is private and rarely a valid domain anyway.
fn ehlo_name() -> String {
    "mailsetup.invalid".to_owned()
}

/// Logs in with `mechanism` and says what the server answered.
pub(crate) async fn login(
    conn: &mut Connection<Box<dyn Io>>,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> LoginResult {
    match exchange(conn, mechanism, username, password).await {
        Ok(Step::Final(reply)) => classify(&reply),
        Ok(Step::Early(reply)) => classify_early(&reply),
        Err(e) => LoginResult::Failed(e),
    }
}

/// Says goodbye without waiting long for the reply (RFC 5321 §4.1.1.10).
///
/// Returns the server's words when it had already ended the session with
/// 421 (before or instead of answering QUIT): Dovecot's submission server,
/// for one, accepts a login and then drops the session when it cannot
/// reach its relay.
pub(crate) async fn quit(conn: &mut Connection<Box<dyn Io>>) -> Option<String> {
    conn.set_timeout(crate::protocol::QUIT_WAIT);
    let reply = if conn.unread().is_empty() {
        match conn.send_goodbye(Command::Quit.to_string().as_bytes()).await {
            Ok(()) => read_reply(conn).await,
            Err(error) => Err(error),
        }
    } else {
        // Something came unasked after the last answer: read it first.
        read_reply(conn).await
    };
    reply
        .ok()
        .filter(|r| r.code == Code::CLOSING)
        .map(|r| r.to_string())
}

/// Where a login exchange ended.
enum Step {
    /// The reply to the last line that carried the credentials.
    Final(Reply),
    /// A reply that came before every credential was sent (LOGIN's steps).
    Early(Reply),
}

async fn exchange(
    conn: &mut Connection<Box<dyn Io>>,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> Result<Step, SessionError> {
    match mechanism {
        Mechanism::Plain => {
            let response = auth::plain_initial_response(username, password);
            let line = zeroize::Zeroizing::new(format!("AUTH PLAIN {}\r\n", response.as_str()));
            conn.send_secret(line.as_bytes()).await?;
            read_reply(conn).await.map(Step::Final)
        }
        Mechanism::Login => {
            let reply = command(conn, &Command::Auth(Mechanism::Login).to_string()).await?;
            if reply.code != Code::CHALLENGE {
                return Ok(Step::Early(reply));
            }
            let user = auth::encode(username);
            let reply = command(conn, &format!("{}\r\n", user.as_str())).await?;
            if reply.code != Code::CHALLENGE {
                return Ok(Step::Early(reply));
            }
            let secret = auth::encode(password.expose());
            let line = zeroize::Zeroizing::new(format!("{}\r\n", secret.as_str()));
            conn.send_secret(line.as_bytes()).await?;
            read_reply(conn).await.map(Step::Final)
        }
        Mechanism::XOauth2 | Mechanism::OauthBearer => {
            let response = auth::token_initial_response(mechanism, username, password);
            let line =
                zeroize::Zeroizing::new(format!("AUTH {} {}\r\n", mechanism.name(), response.as_str()));
            conn.send_secret(line.as_bytes()).await?;
            let reply = read_reply(conn).await?;
            if reply.code != Code::CHALLENGE {
                return Ok(Step::Final(reply));
            }
            // The server's error, as a challenge: answered, it ends the
            // exchange with the failure itself.
            conn.send(auth::after_token_error(mechanism)).await?;
            read_reply(conn).await.map(Step::Final)
        }
        // USER is POP3's; the engine never picks it for SMTP.
        Mechanism::User => Err(SessionError::Protocol("USER is not an SMTP login".to_owned())),
    }
}

/// A reply before the password was sent. Success there would be a login
/// that never saw the password: not a verification, a broken server.
fn classify_early(reply: &Reply) -> LoginResult {
    if reply.is_positive() {
        LoginResult::AcceptedBeforePassword(reply.to_string())
    } else {
        classify(reply)
    }
}

/// Sorts the final AUTH reply into what it means for the user.
pub(crate) fn classify(reply: &Reply) -> LoginResult {
    let text = reply.text().to_ascii_lowercase();
    let enhanced = reply.enhanced_code();
    // The RFC 4954 and provider codes, as numbers: they read as the
    // servers' documentation writes them.
    match reply.code.get() {
        235 => LoginResult::Accepted,
        534 if enhanced == Some("5.7.9")
            || text.contains("application-specific")
            || text.contains("app password") =>
        {
            LoginResult::AppPasswordRequired(reply.to_string())
        }
        534 if enhanced == Some("5.7.14") || text.contains("web browser") => {
            LoginResult::WebLoginRequired(reply.to_string())
        }
        535 | 550
            if matches!(enhanced, Some("5.7.139" | "5.7.30"))
                || text.contains("smtpclientauthentication is disabled") =>
        {
            LoginResult::Disabled(reply.to_string())
        }
        500..=599 if auth::provider_refusal(&text).is_some() => {
            auth::provider_refusal(&reply.to_string()).unwrap_or(LoginResult::Refused(reply.to_string()))
        }
        530 => LoginResult::NotPermitted(reply.to_string()),
        // RFC 4954 §6: 504 5.5.4, the mechanism is not supported.
        504 => LoginResult::MechanismRefused(reply.to_string()),
        535 => LoginResult::Refused(reply.to_string()),
        400..=499 => LoginResult::Temporary(reply.to_string()),
        _ => LoginResult::Unexpected(format!("unexpected answer to AUTH: {reply}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::smtp::reply::parse_reply;

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
            LoginResult::AcceptedBeforePassword(_)
        ));
    }
}
