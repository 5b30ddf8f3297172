//! The IMAP dialogue (RFC 9051, RFC 3501; STARTTLS per RFC 2595 and
//! RFC 8314): greeting, CAPABILITY, STARTTLS, the login, LOGOUT. One of the
//! three places that send the password.

pub mod response;

use zeroize::Zeroizing;

use crate::model::Protocol;
use crate::protocol::auth::{self, LoginResult};
use crate::protocol::capabilities::{Capabilities, Mechanism};
use crate::protocol::Answer;
use crate::secret::Password;
use crate::wire::connection::{Connection, Io, SessionError};
use response::{literal_size, parse_line, Line, Status, MAX_LINE_OCTETS, MAX_UNTAGGED_LINES};

type Conn = Connection<Box<dyn Io>>;

/// The greeting: `* OK` welcomes, `* BYE` turns away. `* PREAUTH` claims
/// the session is logged in already (RFC 9051 §7.1.4): no login can
/// happen on it, so nothing can be verified, and on a plaintext port it
/// also rules out STARTTLS (the stripping attack of "Why TLS is Better
/// Without STARTTLS", USENIX Security 2021).
pub(crate) async fn greeting(conn: &mut Conn) -> Result<Answer, SessionError> {
    match read_line(conn).await? {
        Line::Status {
            status: Status::Ok,
            text,
            ..
        } => Ok(Answer::Ok(text)),
        Line::Status {
            status: Status::Preauth,
            text,
            ..
        } => Ok(Answer::Preauthenticated(format!("* PREAUTH {text}"))),
        Line::Status {
            status: Status::Bye,
            text,
            ..
        } => Ok(Answer::Busy(format!("* BYE {text}"))),
        other => Err(SessionError::Protocol(format!(
            "the server's greeting is not an IMAP greeting: {other:?}"
        ))),
    }
}

/// CAPABILITY (RFC 9051 §6.1.1), asked every time: after STARTTLS the
/// greeting's list no longer counts.
pub(crate) async fn capability(conn: &mut Conn) -> Result<Result<Capabilities, String>, SessionError> {
    let (untagged, tagged) = command(conn, Command::Capability).await?;
    let Line::Tagged {
        status: Status::Ok, ..
    } = tagged
    else {
        return Ok(Err(describe(&tagged)));
    };
    let mut caps = Capabilities::new(Protocol::Imap);
    for line in untagged {
        if let Line::Capability(words) = line {
            for word in words {
                let upper = word.to_ascii_uppercase();
                match upper.as_str() {
                    "STARTTLS" => caps.starttls = true,
                    "LOGINDISABLED" => caps.login_disabled = true,
                    "SASL-IR" => caps.sasl_ir = true,
                    _ => {
                        if let Some(mechanism) = upper.strip_prefix("AUTH=") {
                            caps.add_mechanism(mechanism);
                        }
                    }
                }
                caps.keywords.push(word);
            }
        }
    }
    Ok(Ok(caps))
}

/// STARTTLS (RFC 9051 §6.2.1): `OK` is the go-ahead.
pub(crate) async fn starttls(conn: &mut Conn) -> Result<Answer, SessionError> {
    let (_, tagged) = command(conn, Command::StartTls).await?;
    Ok(match &tagged {
        Line::Tagged {
            status: Status::Ok,
            text,
            ..
        } => Answer::Ok(text.clone()),
        Line::Tagged { code: Some(code), .. } if code == "UNAVAILABLE" => Answer::Busy(describe(&tagged)),
        _ => Answer::Refused(describe(&tagged)),
    })
}

/// Logs in with AUTHENTICATE PLAIN (with SASL-IR when offered) or the
/// LOGIN command, and says what the server answered.
pub(crate) async fn login(
    conn: &mut Conn,
    caps: &Capabilities,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> LoginResult {
    let result = match mechanism {
        Mechanism::Plain | Mechanism::XOauth2 | Mechanism::OauthBearer => {
            authenticate(conn, caps.sasl_ir, mechanism, username, password).await
        }
        Mechanism::Login => login_command(conn, username, password).await,
        Mechanism::User => Err(SessionError::Protocol("USER is not an IMAP login".to_owned())),
    };
    match result {
        Ok(Step::Final(alerts, tagged)) => with_alerts(classify(&tagged), &alerts),
        Ok(Step::Early(tagged)) => match classify(&tagged) {
            LoginResult::Accepted => LoginResult::AcceptedBeforePassword(describe(&tagged)),
            other => other,
        },
        Err(e) => LoginResult::Failed(e),
    }
}

/// Asks the server where its people sign in: an OAUTHBEARER login with a
/// token that names no one, whose failure (RFC 7628 §3.2.2) comes as a
/// challenge of JSON that may name the authorization server's OpenID
/// configuration. The challenge is answered with the single %x01 the
/// mechanism wants, and the server ends the exchange. The challenge's
/// text, when there was one.
pub(crate) async fn sign_in_challenge(
    conn: &mut Conn,
    sasl_ir: bool,
    username: &str,
) -> Result<Option<String>, SessionError> {
    let nobody = Password::new("mailsetup-asks-where-to-sign-in".to_owned());
    let response = auth::token_initial_response(Mechanism::OauthBearer, username, &nobody);
    let tag = next_tag(conn);
    if sasl_ir {
        let line = Zeroizing::new(format!(
            "{tag} AUTHENTICATE OAUTHBEARER {}\r\n",
            response.as_str()
        ));
        conn.send_secret(line.as_bytes()).await?;
    } else {
        conn.send(format!("{tag} {}\r\n", Command::Authenticate(Mechanism::OauthBearer)).as_bytes())
            .await?;
        if !matches!(read_until(conn, tag).await?.1, Line::Continuation(_)) {
            return Ok(None);
        }
        let line = Zeroizing::new(format!("{}\r\n", response.as_str()));
        conn.send_secret(line.as_bytes()).await?;
    }
    let Line::Continuation(challenge) = read_until(conn, tag).await?.1 else {
        return Ok(None);
    };
    conn.send(auth::after_token_error(Mechanism::OauthBearer)).await?;
    let _ = read_until(conn, tag).await?;
    Ok(auth::decode_challenge(&challenge))
}

/// Says goodbye without waiting long for the answer (RFC 9051 §6.1.3);
/// the engine bounds the whole goodbye, however much the server says.
pub(crate) async fn logout(conn: &mut Conn) {
    conn.set_timeout(crate::protocol::QUIT_WAIT);
    let tag = next_tag(conn);
    if conn
        .send_goodbye(format!("{tag} {}\r\n", Command::Logout).as_bytes())
        .await
        .is_ok()
    {
        let _ = read_until(conn, tag).await;
    }
}

/// A tag not used before on this connection (RFC 9051 §2.2.1).
fn next_tag(conn: &mut Conn) -> Tag {
    Tag(conn.next_sequence())
}

/// A command's tag: `a` and a number the connection counts on, so that no
/// tag is used twice (RFC 9051 §2.2.1), across STARTTLS too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(pub u32);

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a{}", self.0)
    }
}

impl Tag {
    /// Whether the server's tag is this one.
    fn is(self, answered: &str) -> bool {
        answered == self.to_string()
    }
}

/// The commands sent without secrets (a login's own lines, which carry
/// the credentials, are built where they are sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// What the server offers.
    Capability,
    /// Switch to TLS (RFC 9051 §6.2.1).
    StartTls,
    /// SASL without an initial response (PLAIN, XOAUTH2, OAUTHBEARER): the
    /// server asks for it.
    Authenticate(Mechanism),
    /// The end of the session.
    Logout,
}

impl std::fmt::Display for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Capability => f.write_str("CAPABILITY"),
            Self::StartTls => f.write_str("STARTTLS"),
            Self::Authenticate(mechanism) => write!(f, "AUTHENTICATE {}", mechanism.name()),
            Self::Logout => f.write_str("LOGOUT"),
        }
    }
}

/// Where a login exchange ended.
enum Step {
    /// The tagged answer after every credential was sent, and any ALERT
    /// texts that came with it.
    Final(Vec<String>, Line),
    /// A tagged answer that came before the credentials were all sent.
    Early(Line),
}

/// `AUTHENTICATE` with a mechanism whose credentials go in one response:
/// PLAIN, XOAUTH2, OAUTHBEARER.
async fn authenticate(
    conn: &mut Conn,
    sasl_ir: bool,
    mechanism: Mechanism,
    username: &str,
    password: &Password,
) -> Result<Step, SessionError> {
    let response = if mechanism.is_token() {
        auth::token_initial_response(mechanism, username, password)
    } else {
        auth::plain_initial_response(username, password)
    };
    let tag = next_tag(conn);
    let name = mechanism.name();
    if sasl_ir {
        // RFC 4959: the response goes with the command.
        let line = Zeroizing::new(format!("{tag} AUTHENTICATE {name} {}\r\n", response.as_str()));
        conn.send_secret(line.as_bytes()).await?;
    } else {
        conn.send(format!("{tag} {}\r\n", Command::Authenticate(mechanism)).as_bytes())
            .await?;
        let (_, answer) = read_until(conn, tag).await?;
        if !matches!(answer, Line::Continuation(_)) {
            return Ok(Step::Early(answer));
        }
        let line = Zeroizing::new(format!("{}\r\n", response.as_str()));
        conn.send_secret(line.as_bytes()).await?;
    }
    // After the credentials, a token login's server may send its error as
    // a challenge, to be answered; PLAIN has no further step: cancelled.
    let after = if mechanism.is_token() {
        auth::after_token_error(mechanism)
    } else {
        auth::CANCEL
    };
    final_answer(conn, tag, after).await
}

/// `LOGIN user password` with each argument quoted, or sent as a literal
/// when it cannot be quoted (non-ASCII, CR, LF: RFC 9051 §4.3).
async fn login_command(conn: &mut Conn, username: &str, password: &Password) -> Result<Step, SessionError> {
    let tag = next_tag(conn);
    let mut line = Zeroizing::new(format!("{tag} LOGIN").into_bytes());
    // Which pieces of the line hold the password: the line that carries
    // them is sent as a secret.
    let mut holds_secret = false;
    for (argument, secret) in [(username, false), (password.expose(), true)] {
        line.push(b' ');
        if let Some(quoted) = quoted(argument) {
            line.extend_from_slice(quoted.as_bytes());
            holds_secret |= secret;
            continue;
        }
        line.extend_from_slice(format!("{{{}}}\r\n", argument.len()).as_bytes());
        if holds_secret {
            conn.send_secret(&line).await?;
        } else {
            conn.send(&line).await?;
        }
        line.clear();
        holds_secret = false;
        let (_, answer) = read_until(conn, tag).await?;
        if !matches!(answer, Line::Continuation(_)) {
            return Ok(Step::Early(answer));
        }
        line.extend_from_slice(argument.as_bytes());
        holds_secret |= secret;
    }
    line.extend_from_slice(b"\r\n");
    if holds_secret {
        conn.send_secret(&line).await?;
    } else {
        conn.send(&line).await?;
    }
    final_answer(conn, tag, auth::CANCEL).await
}

async fn final_answer(conn: &mut Conn, tag: Tag, after_challenge: &[u8]) -> Result<Step, SessionError> {
    let (untagged, answer) = read_until(conn, tag).await?;
    if let Line::Continuation(_) = answer {
        // Another SASL step after the credentials: answered as the
        // mechanism wants, or cancelled (RFC 9051 §6.2.2).
        conn.send(after_challenge).await?;
        let (_, cancelled) = read_until(conn, tag).await?;
        return Ok(Step::Final(Vec::new(), cancelled));
    }
    let alerts = untagged
        .into_iter()
        .filter_map(|line| match line {
            Line::Status {
                code: Some(code),
                text,
                ..
            } if code == "ALERT" => Some(text),
            _ => None,
        })
        .collect();
    Ok(Step::Final(alerts, answer))
}

/// A quoted string, when the text can be one.
fn quoted(text: &str) -> Option<Zeroizing<String>> {
    if !text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return None;
    }
    let mut out = Zeroizing::new(String::with_capacity(text.len() + 2));
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    Some(out)
}

/// The tagged answer to a login, in what it means: RFC 5530's response
/// codes, then what the provider's words say.
fn classify(tagged: &Line) -> LoginResult {
    let words = describe(tagged);
    let Line::Tagged { status, code, .. } = tagged else {
        return LoginResult::Unexpected(format!("unexpected answer to the login: {words}"));
    };
    match (status, code.as_deref()) {
        (Status::Ok, _) => LoginResult::Accepted,
        (Status::No, Some("UNAVAILABLE" | "INUSE" | "LIMIT" | "SERVERBUG")) => LoginResult::Temporary(words),
        (Status::No, Some("PRIVACYREQUIRED")) => LoginResult::TlsRequired(words),
        (Status::No, Some("CONTACTADMIN")) => LoginResult::NotPermitted(words),
        // The password is right but no longer usable: it is renewed on
        // the provider's web page.
        (Status::No, Some("EXPIRED")) => LoginResult::WebLoginRequired(words),
        // The mechanism itself was refused (RFC 5530 CANNOT), not the
        // credentials.
        (Status::No, Some("CANNOT")) => LoginResult::MechanismRefused(words),
        (Status::Bad, _) => LoginResult::MechanismRefused(words),
        (Status::No, _) if auth::names_the_mechanism(&words) => LoginResult::MechanismRefused(words),
        (Status::No, _) => auth::provider_refusal(&words).unwrap_or(LoginResult::Refused(words)),
        _ => LoginResult::Unexpected(format!("unexpected answer to the login: {words}")),
    }
}

/// RFC 9051 §7.1: ALERT texts must be shown to the person, and they often
/// say what is really wrong (Gmail's `[ALERT] Application-specific password
/// required`).
fn with_alerts(result: LoginResult, alerts: &[String]) -> LoginResult {
    if alerts.is_empty() {
        return result;
    }
    let alert = format!(" (the server's alert: {})", alerts.join(" "));
    match result {
        LoginResult::Refused(words) => {
            let words = words + &alert;
            auth::provider_refusal(&words).unwrap_or(LoginResult::Refused(words))
        }
        LoginResult::Temporary(words) => LoginResult::Temporary(words + &alert),
        LoginResult::Unexpected(words) => LoginResult::Unexpected(words + &alert),
        other => other,
    }
}

fn describe(line: &Line) -> String {
    match line {
        Line::Tagged {
            tag,
            status,
            code,
            text,
        } => {
            let code = code.as_ref().map(|c| format!("[{c}] ")).unwrap_or_default();
            format!("{tag} {} {code}{text}", status.word())
        }
        Line::Continuation(text) => format!("+ {text}"),
        other => format!("{other:?}"),
    }
}

/// Sends a command without secrets under a fresh tag and reads to its
/// tagged answer.
async fn command(conn: &mut Conn, name: Command) -> Result<(Vec<Line>, Line), SessionError> {
    let tag = next_tag(conn);
    conn.send(format!("{tag} {name}\r\n").as_bytes()).await?;
    let (untagged, answer) = read_until(conn, tag).await?;
    if let Line::Continuation(_) = answer {
        return Err(SessionError::Protocol(format!(
            "the server asked for more after {name}"
        )));
    }
    Ok((untagged, answer))
}

/// Reads until the tagged answer for `tag`, or a continuation request.
/// Keeps the status and capability lines; other data is dropped, and an
/// endless untagged stream is an error.
async fn read_until(conn: &mut Conn, tag: Tag) -> Result<(Vec<Line>, Line), SessionError> {
    let mut kept = Vec::new();
    for _ in 0..MAX_UNTAGGED_LINES {
        match read_line(conn).await? {
            line @ Line::Continuation(_) => return Ok((kept, line)),
            line @ Line::Tagged { .. } => {
                let Line::Tagged { tag: answered, .. } = &line else {
                    unreachable!()
                };
                if !tag.is(answered) {
                    return Err(SessionError::Protocol(format!(
                        "the server answered a command that was not sent (tag {answered})"
                    )));
                }
                return Ok((kept, line));
            }
            Line::Data(_) => {}
            line => kept.push(line),
        }
    }
    Err(SessionError::Protocol(format!(
        "the server sent more than {MAX_UNTAGGED_LINES} lines without finishing its answer"
    )))
}

/// One response line, with any literals in it read (bounded) and left out.
async fn read_line(conn: &mut Conn) -> Result<Line, SessionError> {
    let mut line = conn.read_line(MAX_LINE_OCTETS).await?;
    let mut literals = 0;
    while let Some(size) = literal_size(&line).map_err(|e| SessionError::Protocol(e.to_string()))? {
        literals += 1;
        if literals > 16 || line.len() > MAX_LINE_OCTETS {
            return Err(SessionError::Protocol(
                "the server sent a response of too many literals".to_owned(),
            ));
        }
        conn.read_exact(size).await?;
        let rest = conn.read_line(MAX_LINE_OCTETS).await?;
        line.extend_from_slice(b" \"\"");
        line.extend_from_slice(&rest);
    }
    parse_line(&line).map_err(|e| SessionError::Protocol(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_commands_as_sent() {
        assert_eq!(
            format!("{} {}", Tag(4), Command::Authenticate(Mechanism::Plain)),
            "a4 AUTHENTICATE PLAIN"
        );
        assert_eq!(format!("{} {}", Tag(1), Command::Capability), "a1 CAPABILITY");
        assert!(Tag(12).is("a12"));
        assert!(!Tag(1).is("a12"));
    }

    #[test]
    fn quoting_follows_rfc_9051() {
        assert_eq!(quoted("alice").unwrap().as_str(), "\"alice\"");
        assert_eq!(quoted("pa\"ss\\word").unwrap().as_str(), "\"pa\\\"ss\\\\word\"");
        assert!(quoted("pässword").is_none(), "non-ASCII goes as a literal");
        assert!(quoted("a\r\nb").is_none());
    }

    #[test]
    fn login_answers() {
        let tagged = |raw: &[u8]| parse_line(raw).unwrap();
        assert_eq!(classify(&tagged(b"a4 OK Logged in")), LoginResult::Accepted);
        assert!(matches!(
            classify(&tagged(b"a4 NO [AUTHENTICATIONFAILED] Authentication failed.")),
            LoginResult::Refused(_)
        ));
        assert!(matches!(
            classify(&tagged(b"a4 NO [UNAVAILABLE] Try later")),
            LoginResult::Temporary(_)
        ));
        assert!(matches!(
            classify(&tagged(b"a4 BAD what")),
            LoginResult::MechanismRefused(_)
        ));
        assert!(matches!(
            classify(&tagged(b"a4 NO [CANNOT] PLAIN is disabled")),
            LoginResult::MechanismRefused(_)
        ));
    }
}
