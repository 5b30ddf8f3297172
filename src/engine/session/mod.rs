//! One transport check against one port, for any of the three protocols:
//! connect, TLS (at once or after STARTTLS), greeting, capabilities. No
//! password is sent here; a session that is ready for a login is handed
//! back to the engine. What each protocol says and how it is asked lives
//! in its own module (`smtp::dialogue`, `imap`, `pop3`); this file turns
//! their answers into outcomes.

mod handshake;
mod starttls;

use handshake::handshake;
use starttls::starttls;

use std::time::Duration;

use rustls::pki_types::ServerName;
use tokio::net::TcpStream;

use crate::engine::candidates::Candidate;
use crate::engine::sniff::Sniff;
use crate::engine::Shared;
use crate::protocol::capabilities::Capabilities;
use crate::protocol::{imap, pop3, smtp, Answer};
use crate::report::{Attempt, Cause, Outcome, Phase, Protocol, Security};
use crate::wire::connection::{seconds, Connection, Io, SessionError};
use crate::wire::net::{self, NetError};
use crate::wire::tls::{self, CertProblem, SeenCertificate};

/// How the channel a login would use is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Channel {
    /// TLS with a certificate that verified for the server name.
    VerifiedTls,
    /// No encryption; exists only when the user allowed plaintext checks.
    DangerPlaintext,
}

/// A session that passed the transport check and can take a login.
pub(crate) struct Ready {
    pub(crate) conn: Connection<Box<dyn Io>>,
    pub(crate) caps: Capabilities,
    pub(crate) channel: Channel,
    /// The connection's place among the server address's connections.
    #[expect(dead_code, reason = "held, never read: dropping it frees the place")]
    pub(crate) place: Option<crate::wire::connect::Place>,
}

/// What a transport check found.
pub(crate) struct TransportCheck {
    pub(crate) attempt: Attempt,
    pub(crate) ready: Option<Ready>,
    /// The port seems to speak the other mode; worth a follow-up attempt.
    pub(crate) try_other_mode: bool,
}

/// The end of a check that did not produce a ready session.
struct Failure {
    outcome: Outcome,
    phase: Phase,
    detail: String,
    cause: Option<Cause>,
    try_other_mode: bool,
}

impl Failure {
    fn new(outcome: Outcome, phase: Phase, detail: impl Into<String>) -> Self {
        Self {
            outcome,
            phase,
            detail: detail.into(),
            cause: None,
            try_other_mode: false,
        }
    }

    /// The server accepted the connection and then said nothing at all:
    /// no greeting, or no answer to the TLS ClientHello.
    fn is_silence(&self, attempt: &Attempt) -> bool {
        self.outcome == Outcome::Timeout
            && attempt.greeting.is_none()
            && attempt.certificate.is_none()
            && matches!(self.phase, Phase::Greeting | Phase::TlsHandshake)
    }

    /// The server asked for a client certificate in the handshake, got
    /// none, and then broke off: that refusal is the reason, on any port,
    /// whatever alert (or none) the server sent.
    fn after_client_certificate_request(self, asked: bool) -> Self {
        let broke_off = matches!(self.outcome, Outcome::ProtocolError | Outcome::TlsFailed)
            && self.cause.is_none_or(|cause| cause == Cause::OldTlsVersion);
        if !(asked && broke_off) {
            return self;
        }
        Self::new(
            Outcome::TlsFailed,
            self.phase,
            format!(
                "the server asked for a client certificate, got none, and ended the connection: {}",
                self.detail
            ),
        )
        .because(Cause::ClientCertificateRequired)
    }

    fn because(mut self, cause: Cause) -> Self {
        self.cause = Some(cause);
        self
    }

    fn session(phase: Phase, error: &SessionError) -> Self {
        match error {
            SessionError::Timeout(_) => Self::new(Outcome::Timeout, phase, error.to_string()),
            // TLS 1.3 servers refuse a missing client certificate after the
            // handshake, at the first read.
            SessionError::Tls(why, cause) => {
                Self::new(Outcome::TlsFailed, phase, why.clone()).because(Cause::from(*cause))
            }
            SessionError::Pipelined(_) => {
                Self::new(Outcome::ProtocolError, phase, error.to_string()).because(Cause::PipelinedAnswer)
            }
            _ => Self::new(Outcome::ProtocolError, phase, error.to_string()),
        }
    }
}

/// Runs the transport check; `on_phase` hears each phase as it starts, and
/// `on_silence` hears when a connected STARTTLS-mode port has said nothing
/// for [`silence_after`]: it may be waiting for a TLS ClientHello instead,
/// and the engine can try that in parallel rather than after the timeout.
pub(crate) async fn check(
    candidate: &Candidate,
    shared: &Shared,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
    on_silence: &(dyn Fn() + Send + Sync),
    beside_silence: bool,
) -> TransportCheck {
    let mut attempt = candidate.attempt();
    // Each phase has its own timeout; the whole check has a budget too, so
    // a server that answers every line just before the timeout cannot hold
    // it for many timeouts.
    let current = std::sync::Mutex::new(Phase::Queued);
    let track = |phase| {
        if let Ok(mut current) = current.lock() {
            *current = phase;
        }
        on_phase(phase);
    };
    // A check begun beside a silent port ends when that port's own wait
    // does: together they cost the port one timeout, not two.
    let (budget, why) = if beside_silence {
        (
            shared.timeout.saturating_sub(silence_after(shared.timeout)),
            format!(
                "no answer in this mode either, within the port's {} s",
                seconds(shared.timeout)
            ),
        )
    } else {
        let budget = shared.timeout * crate::engine::TRANSPORT_BUDGET_FACTOR;
        (
            budget,
            format!(
                "the server took longer than {} s in all for this check",
                seconds(budget)
            ),
        )
    };
    let checked = run(candidate, shared, &track, on_silence, &mut attempt);
    let result = match tokio::time::timeout(budget, checked).await {
        Ok(result) => result,
        Err(_) => Err(Failure::new(
            Outcome::Timeout,
            current.lock().map_or(Phase::Connect, |p| *p),
            why,
        )),
    };
    match result {
        Ok(ready) => {
            attempt.phase = Phase::Ready;
            attempt.outcome = Outcome::Ok;
            TransportCheck {
                attempt,
                ready: Some(ready),
                try_other_mode: false,
            }
        }
        Err(failure) => {
            attempt.outcome = failure.outcome;
            attempt.phase = failure.phase;
            attempt.detail = failure.detail;
            attempt.cause = failure.cause;
            TransportCheck {
                attempt,
                ready: None,
                try_other_mode: failure.try_other_mode,
            }
        }
    }
}

async fn run(
    candidate: &Candidate,
    shared: &Shared,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
    on_silence: &(dyn Fn() + Send + Sync),
    attempt: &mut Attempt,
) -> Result<Ready, Failure> {
    let timeout = shared.timeout;
    on_phase(Phase::Resolve);
    let mut addresses = net::resolve(&candidate.host, candidate.port, &shared.overrides, timeout)
        .await
        .map_err(|e| net_failure(Phase::Resolve, &e, timeout))?;
    let mut silent = Vec::new();
    let mut busy_retried = false;
    loop {
        on_phase(Phase::Connect);
        let (connected, place) = match shared.limits.connect(&addresses, timeout).await {
            Ok(connected) => connected,
            Err(error) => {
                // Which addresses stayed silent: a port that no address of
                // several servers answers is blocked on this network.
                if matches!(error, NetError::Timeout) {
                    let tried: Vec<String> = addresses.iter().map(|a| a.ip().to_string()).collect();
                    attempt.address = Some(tried.join(", "));
                }
                return Err(net_failure(Phase::Connect, &error, timeout));
            }
        };
        let (tcp, address) = (connected.stream, connected.address);
        attempt.address = Some(address.ip().to_string());
        attempt.raced_ipv6 = connected
            .raced
            .iter()
            .filter(|a| a.is_ipv6() && **a != address)
            .map(std::net::SocketAddr::ip)
            .collect();
        let result = match candidate.security {
            Security::ImplicitTls => implicit_tls(candidate, shared, on_phase, attempt, tcp).await,
            Security::Starttls | Security::Plaintext => {
                starttls(candidate, shared, on_phase, on_silence, attempt, tcp).await
            }
        };
        match result {
            // An address that accepts connections but never speaks is often
            // one dead node of several: the host's other addresses may answer.
            Err(failure) if failure.is_silence(attempt) && addresses.len() > 1 => {
                addresses.retain(|a| *a != address);
                silent.push(address.ip().to_string());
            }
            // RFC 5321 §3.1: 421 means "try again later". Servers send it
            // when they have too many connections from one address; one
            // more try, a moment later, is what a mail program would do.
            Err(failure) if failure.outcome == Outcome::ServerBusy && !busy_retried => {
                busy_retried = true;
                attempt.greeting = None;
                tokio::time::sleep(BUSY_RETRY_AFTER.min(timeout / 2)).await;
            }
            Err(mut failure) if !silent.is_empty() => {
                failure.detail = format!("{}; silent before: {}", failure.detail, silent.join(", "));
                return Err(failure);
            }
            result => {
                return result.map(|ready| Ready {
                    place: Some(place),
                    ..ready
                })
            }
        }
    }
}

/// How long a connected port may stay silent before the other mode (TLS
/// from the first byte) is tried beside it: servers greet within
/// milliseconds, so a second of silence is already telling; a fraction of
/// a short timeout when the user chose one.
pub(crate) fn silence_after(timeout: Duration) -> Duration {
    SILENCE_BEFORE_OTHER_MODE.min(timeout / 4)
}

/// See [`silence_after`].
const SILENCE_BEFORE_OTHER_MODE: Duration = Duration::from_secs(1);

/// RFC 8314 §3.3: TLS from the first byte, then greeting and capabilities
/// inside it.
async fn implicit_tls(
    candidate: &Candidate,
    shared: &Shared,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
    attempt: &mut Attempt,
    tcp: TcpStream,
) -> Result<Ready, Failure> {
    on_phase(Phase::TlsHandshake);
    let sniff = Sniff::new(tcp);
    let tls = handshake(
        shared,
        &candidate.host,
        sniff,
        attempt,
        |sniffed: &Sniff<TcpStream>| {
            // A plaintext server greets at once; its "220", "* OK" or "+OK"
            // arrives where a TLS record was expected.
            sniffed.looks_like_plaintext_greeting()
        },
    )
    .await?;
    let asked = tls.asked_for_client_certificate;
    let mut conn = Connection::new(Box::new(tls.stream) as Box<dyn Io>, shared.timeout);
    on_phase(Phase::Greeting);
    greeting(candidate.protocol, &mut conn, attempt)
        .await
        .map_err(|failure| failure.after_client_certificate_request(asked))?;
    on_phase(Phase::Capabilities);
    capabilities_then_ready(candidate.protocol, conn, Phase::Capabilities, attempt)
        .await
        .map_err(|failure| failure.after_client_certificate_request(asked))
}

/// How long a server that answered "busy" (421) gets before one more try.
const BUSY_RETRY_AFTER: Duration = Duration::from_secs(1);

/// Capabilities over verified TLS, then the session is ready for a login.
async fn capabilities_then_ready(
    protocol: Protocol,
    mut conn: Connection<Box<dyn Io>>,
    phase: Phase,
    attempt: &mut Attempt,
) -> Result<Ready, Failure> {
    let caps = capabilities(protocol, &mut conn, phase).await?;
    attempt.capabilities.clone_from(&caps.keywords);
    Ok(Ready {
        conn,
        caps,
        channel: Channel::VerifiedTls,
        place: None,
    })
}

async fn greeting(
    protocol: Protocol,
    conn: &mut Connection<Box<dyn Io>>,
    attempt: &mut Attempt,
) -> Result<(), Failure> {
    let answer = match protocol {
        Protocol::Smtp => smtp::dialogue::greeting(conn).await,
        Protocol::Imap => imap::greeting(conn).await,
        Protocol::Pop3 => pop3::greeting(conn).await,
    }
    .map_err(|e| Failure::session(Phase::Greeting, &e))?;
    let (outcome, words) = match answer {
        Answer::Ok(words) => {
            attempt.greeting = Some(words);
            return Ok(());
        }
        // RFC 5321 §3.1: 421 is "try later", 554 "no service for you".
        Answer::Busy(words) => (Outcome::ServerBusy, words),
        Answer::Refused(words) => (Outcome::ServiceRefused, words),
        Answer::Preauthenticated(words) => {
            attempt.greeting = Some(words);
            return Err(Failure::new(
                Outcome::ProtocolError,
                Phase::Greeting,
                "the server claims the session is logged in already (PREAUTH): no login can be checked, and the \
                 password was not sent",
            )
            .because(Cause::Preauth));
        }
    };
    attempt.greeting = Some(words.clone());
    Err(Failure::new(
        outcome,
        Phase::Greeting,
        format!("the server turned the session away: {words}"),
    ))
}

async fn capabilities(
    protocol: Protocol,
    conn: &mut Connection<Box<dyn Io>>,
    phase: Phase,
) -> Result<Capabilities, Failure> {
    let answer = match protocol {
        Protocol::Smtp => smtp::dialogue::ehlo(conn).await,
        Protocol::Imap => imap::capability(conn).await,
        Protocol::Pop3 => pop3::capa(conn).await,
    }
    .map_err(|e| Failure::session(phase, &e))?;
    answer.map_err(|words| {
        Failure::new(
            Outcome::ProtocolError,
            phase,
            format!("the server would not say what it offers: {words}"),
        )
    })
}

fn net_failure(phase: Phase, error: &NetError, timeout: Duration) -> Failure {
    match error {
        NetError::NoAddress(why) | NetError::Dns(why) => Failure::new(Outcome::DnsFailed, phase, why.clone()),
        NetError::Refused => Failure::new(Outcome::Refused, phase, "connection refused"),
        NetError::Timeout => Failure::new(
            Outcome::Timeout,
            phase,
            format!("no answer within {} s", seconds(timeout)),
        ),
        NetError::Unreachable(why) => {
            Failure::new(Outcome::Refused, phase, why.clone()).because(Cause::Unreachable)
        }
        NetError::Other(why) => Failure::new(Outcome::Refused, phase, why.clone()),
    }
}
