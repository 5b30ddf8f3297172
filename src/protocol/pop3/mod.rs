//! The POP3 dialogue (RFC 1939; CAPA RFC 2449, STLS RFC 2595, AUTH
//! RFC 5034, response codes RFC 3206): greeting, CAPA, STLS, the login,
//! QUIT. One of the three places that send the password.

pub mod response;

use zeroize::Zeroizing;

use crate::model::Protocol;
use crate::protocol::auth::{self, LoginResult};
use crate::protocol::capabilities::{Capabilities, Mechanism};
use crate::protocol::Answer;
use crate::secret::Password;
use crate::wire::connection::{Connection, Io, SessionError};
use response::{parse_status, Reply, MAX_CAPA_LINES, MAX_LINE_OCTETS};

type Conn = Connection<Box<dyn Io>>;

/// The greeting: `+OK` welcomes; `-ERR` turns away (for now, with
/// `[SYS/TEMP]` or `[IN-USE]`).
pub(crate) async fn greeting(conn: &mut Conn) -> Result<Answer, SessionError> {
    let reply = read_status(conn).await?;
    Ok(answer(reply))
}

/// CAPA (RFC 2449). A server without CAPA still knows USER and PASS
/// (RFC 1939), and offers no STLS.
pub(crate) async fn capa(conn: &mut Conn) -> Result<Result<Capabilities, String>, SessionError> {
    conn.send(Command::Capa.line().as_bytes()).await?;
    let mut caps = Capabilities::new(Protocol::Pop3);
    if !read_status(conn).await?.ok {
        caps.user = true;
        return Ok(Ok(caps));
    }
    for _ in 0..MAX_CAPA_LINES {
        let line = conn.read_line(MAX_LINE_OCTETS).await?;
        if line == b"." {
            return Ok(Ok(caps));
        }
        let line = crate::wire::printable::printable(&String::from_utf8_lossy(&line));
        let mut words = line.split_whitespace();
        match words.next().map(str::to_ascii_uppercase).as_deref() {
            Some("STLS") => caps.starttls = true,
            Some("USER") => caps.user = true,
            Some("SASL") => words.for_each(|m| caps.add_mechanism(m)),
            _ => {}
        }
        caps.keywords.push(line);
    }
    Err(SessionError::Protocol(format!(
        "the server's CAPA list did not end within {MAX_CAPA_LINES} lines"
    )))
}

/// STLS (RFC 2595 §4): `+OK` is the go-ahead.
pub(crate) async fn stls(conn: &mut Conn) -> Result<Answer, SessionError> {
    conn.send(Command::Stls.line().as_bytes()).await?;
    let reply = read_status(conn).await?;
    Ok(answer(reply))
}

/// Logs in with AUTH PLAIN (with its initial response, RFC 5034) or USER
/// and PASS, and says what the server answered.
pub(crate) async fn login(
    conn: &mut Conn,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> LoginResult {
    let result = match mechanism {
        Mechanism::Plain => {
            let response = auth::plain_initial_response(username, password);
            let line = Zeroizing::new(format!("AUTH PLAIN {}\r\n", response.as_str()));
            send_and_read(conn, line.as_bytes()).await
        }
        Mechanism::XOauth2 | Mechanism::OauthBearer => {
            let response = auth::token_initial_response(mechanism, username, password);
            let line = Zeroizing::new(format!("AUTH {} {}\r\n", mechanism.name(), response.as_str()));
            send_and_read_answering(conn, line.as_bytes(), auth::after_token_error(mechanism)).await
        }
        Mechanism::User => user_pass(conn, username, password).await,
        Mechanism::Login => Err(SessionError::Protocol("LOGIN is not a POP3 login".to_owned())),
    };
    match result {
        Ok(Step::Final(reply)) => classify(&reply),
        Ok(Step::Early(reply)) if reply.ok => LoginResult::AcceptedBeforePassword(reply.describe()),
        Ok(Step::Early(reply)) if wants_tls(&reply) => LoginResult::TlsRequired(reply.describe()),
        Ok(Step::Early(reply)) => classify(&reply),
        Err(e) => LoginResult::Failed(e),
    }
}

/// Says goodbye without waiting long for the answer (RFC 1939 §6).
pub(crate) async fn quit(conn: &mut Conn) {
    conn.set_timeout(crate::protocol::QUIT_WAIT);
    if conn.send_goodbye(Command::Quit.line().as_bytes()).await.is_ok() {
        let _ = conn.read_line(MAX_LINE_OCTETS).await;
    }
}

enum Step {
    Final(Reply),
    Early(Reply),
}

/// The commands sent without secrets (the lines that carry the password,
/// PASS and AUTH PLAIN's response, are built where they are sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command<'a> {
    /// What the server offers (RFC 2449).
    Capa,
    /// Switch to TLS (RFC 2595 §4).
    Stls,
    /// The user name, before PASS (RFC 1939 §7).
    User(&'a str),
    /// The end of the session.
    Quit,
}

impl Command<'_> {
    /// The command as a line, with its CRLF.
    #[must_use]
    pub fn line(&self) -> String {
        format!("{self}\r\n")
    }
}

impl std::fmt::Display for Command<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Capa => f.write_str("CAPA"),
            Self::Stls => f.write_str("STLS"),
            Self::User(name) => write!(f, "USER {name}"),
            Self::Quit => f.write_str("QUIT"),
        }
    }
}

async fn user_pass(conn: &mut Conn, username: &str, password: &Password) -> Result<Step, SessionError> {
    if username.contains(['\r', '\n']) || password.expose().contains(['\r', '\n']) {
        return Err(SessionError::Protocol(
            "a user name or password with a line break cannot be sent".to_owned(),
        ));
    }
    conn.send(Command::User(username).line().as_bytes()).await?;
    let reply = read_status(conn).await?;
    if !reply.ok {
        return Ok(Step::Early(reply));
    }
    let line = Zeroizing::new(format!("PASS {}\r\n", password.expose()));
    send_and_read(conn, line.as_bytes()).await
}

/// Sends a line that carries the password and reads the final answer.
async fn send_and_read(conn: &mut Conn, line: &[u8]) -> Result<Step, SessionError> {
    // A SASL challenge after PLAIN's initial response: PLAIN has none; cancelled.
    send_and_read_answering(conn, line, auth::CANCEL).await
}

/// Sends a line that carries the credentials and reads the answer; a SASL
/// challenge after it gets `after_challenge`, then the answer is read.
async fn send_and_read_answering(
    conn: &mut Conn,
    line: &[u8],
    after_challenge: &[u8],
) -> Result<Step, SessionError> {
    conn.send_secret(line).await?;
    let first = conn.read_line(MAX_LINE_OCTETS).await?;
    if first.starts_with(b"+ ") || first == b"+" {
        conn.send(after_challenge).await?;
        let reply = read_status(conn).await?;
        return Ok(Step::Final(reply));
    }
    Ok(Step::Final(
        parse_status(&first).map_err(|e| SessionError::Protocol(e.to_string()))?,
    ))
}

/// A refusal of the user name that asks for encryption first (Courier:
/// `-ERR TLS required to log in.`); it says nothing about the password.
fn wants_tls(reply: &Reply) -> bool {
    let text = reply.text.to_ascii_lowercase();
    ["tls", "ssl", "stls", "encrypt"]
        .iter()
        .any(|word| text.contains(word))
}

/// The answer to a login, in what it means (RFC 3206 codes).
fn classify(reply: &Reply) -> LoginResult {
    if reply.ok {
        return LoginResult::Accepted;
    }
    let words = reply.describe();
    if let Some(said) = auth::provider_refusal(&words) {
        return said;
    }
    match reply.code.as_deref() {
        Some("SYS/TEMP" | "IN-USE" | "LOGIN-DELAY") => LoginResult::Temporary(words),
        None if auth::names_the_mechanism(&words) => LoginResult::MechanismRefused(words),
        Some("SYS/PERM") => LoginResult::Unexpected(format!("the server has a lasting problem: {words}")),
        _ => LoginResult::Refused(words),
    }
}

fn answer(reply: Reply) -> Answer {
    match (reply.ok, reply.code.as_deref()) {
        (true, _) => Answer::Ok(reply.text),
        (false, Some("SYS/TEMP" | "IN-USE" | "LOGIN-DELAY")) => Answer::Busy(reply.describe()),
        (false, _) => Answer::Refused(reply.describe()),
    }
}

async fn read_status(conn: &mut Conn) -> Result<Reply, SessionError> {
    let line = conn.read_line(MAX_LINE_OCTETS).await?;
    parse_status(&line).map_err(|e| SessionError::Protocol(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_as_sent() {
        assert_eq!(Command::Capa.line(), "CAPA\r\n");
        assert_eq!(Command::User("bob").line(), "USER bob\r\n");
        assert_eq!(Command::Quit.to_string(), "QUIT");
    }

    #[test]
    fn login_answers_follow_rfc_3206() {
        let reply = |raw: &[u8]| parse_status(raw).unwrap();
        assert_eq!(classify(&reply(b"+OK Logged in.")), LoginResult::Accepted);
        assert!(matches!(
            classify(&reply(b"-ERR [AUTH] Authentication failed.")),
            LoginResult::Refused(_)
        ));
        assert!(matches!(
            classify(&reply(b"-ERR [IN-USE] Mailbox locked")),
            LoginResult::Temporary(_)
        ));
        assert!(matches!(
            classify(&reply(b"-ERR [SYS/TEMP] later")),
            LoginResult::Temporary(_)
        ));
        assert!(matches!(
            classify(&reply(b"-ERR [SYS/PERM] broken")),
            LoginResult::Unexpected(_)
        ));
        assert!(matches!(classify(&reply(b"-ERR no")), LoginResult::Refused(_)));
    }
}
