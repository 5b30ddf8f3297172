//! RFC 3207, RFC 2595: a port that greets in plain text and switches to
//! TLS: the greeting, the capabilities, STARTTLS (POP3: STLS) with nothing
//! sent ahead of the handshake, the handshake, the capabilities again.

use super::handshake::handshake;
use super::*;
use crate::protocol::capabilities::names_or_none;

/// RFC 3207, RFC 2595: plaintext greeting and capabilities, STARTTLS (POP3:
/// STLS), handshake, capabilities again.
pub(super) async fn starttls(
    candidate: &Candidate,
    shared: &Shared,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
    on_silence: &(dyn Fn() + Send + Sync),
    attempt: &mut Attempt,
    tcp: TcpStream,
) -> Result<Ready, Failure> {
    let mut conn = Connection::new(Box::new(tcp) as Box<dyn Io>, shared.timeout);
    on_phase(Phase::Greeting);
    plaintext_greeting(candidate.protocol, &mut conn, shared, on_silence, attempt).await?;
    on_phase(Phase::Capabilities);
    let caps = capabilities(candidate.protocol, &mut conn, Phase::Capabilities).await?;
    attempt.capabilities.clone_from(&caps.keywords);
    if !caps.starttls {
        return without_starttls(conn, caps, shared, attempt);
    }
    on_phase(Phase::Starttls);
    go_ahead_for_tls(candidate.protocol, &mut conn).await?;
    on_phase(Phase::TlsHandshake);
    let (plain, sequence) = conn.into_parts();
    let tls = handshake(shared, &candidate.host, plain, attempt, |_| false).await?;
    let asked = tls.asked_for_client_certificate;
    // The same connection: IMAP tags go on where they were (RFC 9051 §2.2.1).
    let conn = Connection::resume(Box::new(tls.stream) as Box<dyn Io>, shared.timeout, sequence);
    on_phase(Phase::CapabilitiesAfterTls);
    // RFC 3207 §4.2, RFC 2595 §3.1: forget the pre-TLS capabilities; only
    // these count.
    capabilities_then_ready(candidate.protocol, conn, Phase::CapabilitiesAfterTls, attempt)
        .await
        .map_err(|failure| failure.after_client_certificate_request(asked))
}

/// The greeting on a plaintext port; a port silent for a while is
/// reported (it may be waiting for a TLS ClientHello, 465 style), and one
/// silent to the end is worth a try in the other mode.
async fn plaintext_greeting(
    protocol: Protocol,
    conn: &mut Connection<Box<dyn Io>>,
    shared: &Shared,
    on_silence: &(dyn Fn() + Send + Sync),
    attempt: &mut Attempt,
) -> Result<(), Failure> {
    let greeted = {
        let waiting = greeting(protocol, conn, attempt);
        tokio::pin!(waiting);
        tokio::select! {
            result = &mut waiting => result,
            () = tokio::time::sleep(silence_after(shared.timeout)) => {
                on_silence();
                waiting.await
            }
        }
    };
    greeted.map_err(|mut failure| {
        failure.try_other_mode = failure.outcome == Outcome::Timeout;
        failure
    })
}

/// A port without STARTTLS: nothing to log in to, a login the password
/// would cross unencrypted (refused), or, with the person's consent, a
/// plaintext session.
fn without_starttls(
    conn: Connection<Box<dyn Io>>,
    caps: Capabilities,
    shared: &Shared,
    attempt: &mut Attempt,
) -> Result<Ready, Failure> {
    if caps.password_mechanism().is_none() && caps.auth.is_empty() {
        return Err(Failure::new(
            Outcome::StarttlsUnavailable,
            Phase::Capabilities,
            "the server does not offer STARTTLS (nor a login)",
        ));
    }
    if !shared.allow_plaintext {
        let offered = caps
            .password_mechanism()
            .map_or_else(|| names_or_none(&caps.auth), |m| m.name().to_owned());
        return Err(Failure::new(
            Outcome::PlaintextAuthRefused,
            Phase::Capabilities,
            format!("the server offers a login ({offered}) without encryption; the password was not sent"),
        ));
    }
    attempt.security = Security::Plaintext;
    Ok(Ready {
        conn,
        caps,
        channel: Channel::DangerPlaintext,
        place: None,
    })
}

/// STARTTLS (POP3: STLS) and its go-ahead, with nothing sent ahead of the
/// handshake: bytes there would be read as if they had come over TLS
/// (RFC 3207 §4.2, CVE-2011-0411).
async fn go_ahead_for_tls(protocol: Protocol, conn: &mut Connection<Box<dyn Io>>) -> Result<(), Failure> {
    let answer = match protocol {
        Protocol::Smtp => smtp::dialogue::starttls(conn).await,
        Protocol::Imap => imap::starttls(conn).await,
        Protocol::Pop3 => pop3::stls(conn).await,
    }
    .map_err(|e| Failure::session(Phase::Starttls, &e))?;
    match answer {
        Answer::Ok(_) => {}
        Answer::Busy(words) => {
            // RFC 3207 §4: 454 "TLS not available due to temporary reason".
            return Err(Failure::new(
                Outcome::StarttlsUnavailable,
                Phase::Starttls,
                format!("STARTTLS was offered but refused: {words}"),
            )
            .because(Cause::TlsBrokenOnServer));
        }
        Answer::Refused(words) | Answer::Preauthenticated(words) => {
            return Err(Failure::new(
                Outcome::StarttlsUnavailable,
                Phase::Starttls,
                format!("STARTTLS was offered but refused: {words}"),
            ));
        }
    }
    if !conn.unread().is_empty() {
        // RFC 3207 §4.2 / CVE-2011-0411: anything here would be read as if it
        // had come over TLS. Stop rather than risk it.
        return Err(Failure::new(
            Outcome::ProtocolError,
            Phase::Starttls,
            format!(
                "{} bytes arrived after the go-ahead for TLS and before the handshake (possible command injection); stopped",
                conn.unread().len()
            ),
        ));
    }
    Ok(())
}
