//! The engine: finds, verifies and explains working mail settings.
//!
//! [`probe`] takes a [`Request`], a bounded channel for [`Event`]s and a
//! cancellation token, and returns a [`Report`]. It checks every candidate
//! transport of every protocol (SMTP outgoing; IMAP and POP3 incoming) in
//! parallel, started a few tens of milliseconds apart in order of
//! preference, then logs in one candidate at a time, best first within each
//! protocol, so that a wrong password is never tried against many ports at
//! once: a server gets at most two failed logins, across all protocols.

pub mod candidates;
pub(crate) mod certainty;
pub(crate) mod discovered;
mod finish;
pub(crate) mod log_in;
pub(crate) mod login;
pub mod reach;
mod request;
mod run;
pub(crate) mod schedule;
pub(crate) mod seal;
pub(crate) mod session;
mod sign_in_hint;
pub(crate) mod sniff;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

pub use crate::error::ProbeError;
use crate::model::EmailAddress;
use crate::protocol::{auth, capabilities, imap, pop3, smtp};
use crate::report;
use crate::secret::{Password, Redactor};
use crate::verdict::{outcome, policy};
use crate::wire::{connection, net, tls};
use auth::LoginResult;
use candidates::Candidate;
use capabilities::Mechanism;
use connection::SessionError;
use log_in::goodbye;
use net::Overrides;
use report::{Attempt, Cause, Direction, Lookup, Outcome, Phase, Protocol, Report, Security, Source};
pub use request::{Event, Request, Schedule};
use session::{Channel, Ready, TransportCheck};
pub use sign_in_hint::{ask_where_to_sign_in, SignInHint};
use tls::TrustStore;

pub use crate::wire::DEFAULT_TIMEOUT;

/// The login phase may take this many per-phase timeouts: servers delay
/// answers to logins on purpose (Dovecot: 2 s, growing to 15 s for an
/// address that keeps failing).
pub const AUTH_TIMEOUT_FACTOR: u32 = 3;

pub use crate::protocol::QUIT_WAIT;

/// Failed logins a server may see in one run, across all protocols: one
/// with the full address, one with the local part (servers lock accounts).
pub const MAX_FAILED_LOGINS_PER_SERVER: u8 = 2;

/// A transport check (connect, TLS, greeting, capabilities) may take this
/// many per-phase timeouts in all, however its phases are spread.
pub const TRANSPORT_BUDGET_FACTOR: u32 = 3;

/// A whole run ends after this many per-phase timeouts, whatever is still
/// open: the transports run in parallel, and the logins one at a time
/// after them may not stretch it for ever.
pub const RUN_BUDGET_FACTOR: u32 = 12;

/// Default delay between the starts of two transport checks.
pub const DEFAULT_STAGGER: Duration = Duration::from_millis(30);

/// An IPv6 address still silent this long after its first try, while the
/// same server answered over IPv4 within RFC 8305's quarter second, never
/// answered: TCP itself sends its SYN again at one second.
pub const IPV6_SILENCE: Duration = Duration::from_secs(1);

/// What the engine shares with every transport check.
pub(crate) struct Shared {
    pub(crate) timeout: Duration,
    pub(crate) trust: TrustStore,
    pub(crate) overrides: Overrides,
    pub(crate) allow_plaintext: bool,
    pub(crate) limits: crate::wire::connect::ConnectionLimits,
}

enum State {
    Queued,
    Running,
    Ready(Box<Ready>),
    /// The transport works, but other logins of its protocol come first:
    /// its connection was closed rather than held (servers limit
    /// connections per client), and it is checked again at its turn.
    Parked,
    Done,
}

struct Slot {
    candidate: Candidate,
    attempt: Attempt,
    state: State,
    started: Instant,
    /// Time the transport check took, measured where it ran (the engine
    /// may collect the result later, while a login elsewhere runs).
    transport: Option<Duration>,
    /// When its login started, if it had one.
    login_started: Option<Instant>,
    /// For a follow-up in the other mode: the attempt it follows.
    follows: Option<usize>,
    /// Ends the running transport check early (when a check of the same
    /// port in the other mode has made it moot).
    abort: Option<tokio::task::AbortHandle>,
}

/// Runs the whole check. Returns `Err` only when the request itself is
/// unusable; everything that happens on the network is in the report.
///
/// Cancelling `cancel` returns promptly with what is known so far; the
/// unfinished attempts are marked `cancelled`.
///
/// # Errors
///
/// [`ProbeError::InvalidEmail`] or [`ProbeError::InvalidServer`].
pub async fn probe(
    mut request: Request,
    events: mpsc::Sender<Event>,
    cancel: CancellationToken,
) -> Result<Report, ProbeError> {
    let asked = Asked::check(&request)?;
    if let Some(server) = request.dns {
        let deadline = crate::discovery::dns_deadline(request.timeout);
        request.overrides.use_dns(net::Dns::at(server, deadline));
    }
    let mut engine = Engine::new(&request, &asked, events);
    engine.reseal();
    let plan = engine.plan(&request, &asked);
    engine.start_lookups(&request, &asked.address);
    for candidate in plan {
        engine.add(candidate, None).await;
    }
    engine.start_queued();
    let cancelled = engine.run(&cancel).await;
    if let Some(wait) = engine.ipv6_wait().filter(|_| !cancelled) {
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = cancel.cancelled() => {}
        }
    }
    Ok(engine.into_report(request.email.trim(), cancelled))
}

/// What a request asks for, checked: the address parsed, the servers
/// named as DNS knows them, the protocols, and the names to log in with.
struct Asked {
    address: EmailAddress,
    named_servers: Vec<String>,
    named_incoming: Vec<String>,
    protocols: Vec<Protocol>,
    username: String,
    /// The part before `@`, to try once where the full address is refused.
    local_part: Option<String>,
}

impl Asked {
    fn check(request: &Request) -> Result<Self, ProbeError> {
        let address = EmailAddress::parse(&request.email)?;
        let to_ascii = |names: &[String]| -> Result<Vec<String>, ProbeError> {
            names
                .iter()
                .map(|s| crate::model::host_to_ascii(s).ok_or_else(|| ProbeError::InvalidServer(s.clone())))
                .collect()
        };
        if let Some(bad) = request.ports.iter().find(|&&p| p == 0) {
            return Err(ProbeError::InvalidPort(*bad));
        }
        if request.username.as_ref().is_some_and(|u| u.trim().is_empty()) {
            return Err(ProbeError::EmptyUsername);
        }
        let username = request
            .username
            .clone()
            .unwrap_or_else(|| request.email.trim().to_owned());
        // A server that refuses the full address may want the local part
        // (many Dovecot and cPanel set-ups); only when no name was given.
        let local_part = request
            .username
            .is_none()
            .then(|| address.local.clone())
            .filter(|local| *local != username);
        Ok(Self {
            named_servers: to_ascii(&request.servers)?,
            named_incoming: to_ascii(&request.incoming_servers)?,
            protocols: if request.protocols.is_empty() {
                Protocol::ALL.to_vec()
            } else {
                request.protocols.clone()
            },
            username,
            local_part,
            address,
        })
    }
}

struct Engine {
    slots: Vec<Slot>,
    running: JoinSet<(usize, TransportCheck, Duration)>,
    /// Which slot each running task checks, so that a task that fails
    /// (a bug, not a network answer) still ends its slot.
    task_slots: HashMap<tokio::task::Id, usize>,
    shared: Arc<Shared>,
    events: mpsc::Sender<Event>,
    schedule: Schedule,
    username: String,
    /// The part before `@`, to try once where the full address is refused.
    local_part: Option<String>,
    password: Option<Password>,
    /// `password` is an access token from a sign-in (see
    /// [`Request::signed_in`]).
    signed_in: bool,
    /// Where that sign-in was, for the report.
    sign_in: Option<crate::discovery::autoconfig::OAuth2>,
    /// Failed and accepted logins per server, and the providers ruled
    /// out, across all protocols, so that a typo cannot lock the account.
    ledger: login::Ledger,
    /// The attempt announced as each direction's certain recommendation.
    announced: Vec<(Direction, usize)>,
    /// Checks whose port has been silent for a while since it connected.
    silences: mpsc::UnboundedSender<usize>,
    silent: mpsc::UnboundedReceiver<usize>,
    /// The lookups still out; `None` once every one has ended.
    discovery: Option<mpsc::UnboundedReceiver<crate::discovery::Progress>>,
    /// The directions whose servers are looked up (not named).
    discovering: Vec<Direction>,
    /// The lookups that ended, for the report.
    lookups: Vec<Lookup>,
    /// The protocols being checked.
    protocols: Vec<Protocol>,
    /// The address's domain.
    domain: String,
    /// See [`Request::trusted`] (lower case).
    trusted: Vec<String>,
    /// See [`Request::verify_all`].
    verify_all: bool,
    /// Scrubs and escapes every text before it leaves the engine.
    seal: seal::Seal,
    /// Where the address's domain is (see [`reach`]): an internet address
    /// of its own names, looked up once, while the servers are checked.
    domain_place: DomainPlace,
}

/// The domain's internet address (see [`reach::public_address`]): still
/// being looked up, or known.
enum DomainPlace {
    LookingUp(tokio::task::JoinHandle<Option<std::net::IpAddr>>),
    Known(Option<std::net::IpAddr>),
}

impl Engine {
    fn new(request: &Request, asked: &Asked, events: mpsc::Sender<Event>) -> Self {
        let (silences, silent) = mpsc::unbounded_channel();
        Self {
            slots: Vec::new(),
            running: JoinSet::new(),
            task_slots: HashMap::new(),
            shared: Arc::new(Shared {
                timeout: request.timeout,
                trust: request.trust.clone(),
                overrides: request.overrides.clone(),
                // A token goes over verified TLS only, whatever was allowed.
                allow_plaintext: request.allow_plaintext && request.signed_in.is_none(),
                limits: crate::wire::connect::ConnectionLimits::default(),
            }),
            events,
            schedule: request.schedule,
            username: asked.username.clone(),
            // A token names its account itself: no other name to try.
            local_part: asked.local_part.clone().filter(|_| request.signed_in.is_none()),
            password: request.password.clone(),
            signed_in: request.signed_in.is_some(),
            sign_in: request.signed_in.clone(),
            ledger: login::Ledger::failed_before(&request.failed_before),
            announced: Vec::new(),
            silences,
            silent,
            discovery: None,
            discovering: Vec::new(),
            lookups: Vec::new(),
            protocols: asked.protocols.clone(),
            domain: asked.address.domain.clone(),
            trusted: request.trusted.iter().map(|h| h.to_ascii_lowercase()).collect(),
            verify_all: request.verify_all,
            seal: seal::Seal::new(None, &[]),
            domain_place: DomainPlace::Known(None),
        }
    }

    /// Every protocol × server × port to check, best first across the
    /// protocols (so each one's best candidate starts among the first);
    /// notes the directions whose servers were not named.
    fn plan(&mut self, request: &Request, asked: &Asked) -> Vec<Candidate> {
        let mut plan = Vec::new();
        for &protocol in &asked.protocols {
            let named = match protocol.direction() {
                Direction::Incoming if !asked.named_incoming.is_empty() => &asked.named_incoming,
                _ => &asked.named_servers,
            };
            let (servers, source) = if named.is_empty() {
                if !self.discovering.contains(&protocol.direction()) {
                    self.discovering.push(protocol.direction());
                }
                (
                    candidates::guessed_servers(protocol, &asked.address.domain),
                    Source::Guess,
                )
            } else {
                (named.clone(), Source::User)
            };
            let ports = match protocol {
                Protocol::Smtp if !request.ports.is_empty() => request.ports.clone(),
                _ => candidates::default_ports(protocol).to_vec(),
            };
            plan.extend(candidates::plan(protocol, &servers, &ports, source));
        }
        plan.sort_by_key(Candidate::rank);
        plan
    }

    /// For the directions whose servers were not named: the lookups, and
    /// where the domain is (whether a server on a local address may be
    /// trusted with the password).
    fn start_lookups(&mut self, request: &Request, address: &EmailAddress) {
        if self.password.is_some() && !self.discovering.is_empty() {
            let (domain, overrides, timeout) =
                (address.domain.clone(), request.overrides.clone(), request.timeout);
            self.domain_place = DomainPlace::LookingUp(tokio::spawn(async move {
                reach::public_address(&domain, &overrides, timeout).await
            }));
        }
        if request.lookups && !self.discovering.is_empty() {
            self.discovery = Some(crate::discovery::start(address, request.discovery_options()));
        } else {
            self.discovering.clear();
        }
    }

    /// How long until every IPv6 address that lost a race to IPv4 has
    /// answered or stayed silent for [`IPV6_SILENCE`]: what the report says
    /// about this network's IPv6 needs the evidence. `None` when none is
    /// still waited for: only a network whose IPv6 is silent waits.
    fn ipv6_wait(&self) -> Option<Duration> {
        let book = self.shared.limits.book();
        self.slots
            .iter()
            .flat_map(|slot| &slot.attempt.raced_ipv6)
            .filter_map(|&ip| book.pending_for(ip))
            .map(|waited| IPV6_SILENCE.saturating_sub(waited))
            .max()
    }

    /// The report: every text sealed once more, with every name the run
    /// came to know (a text may quote what a later login sent), and each
    /// direction's recommendation (the one announced, if any).
    fn into_report(mut self, email: &str, cancelled: bool) -> Report {
        self.reseal();
        for slot in &mut self.slots {
            self.seal.attempt(&mut slot.attempt);
        }
        for lookup in &mut self.lookups {
            self.seal.lookup(lookup);
        }
        let book = self.shared.limits.book();
        let attempts: Vec<Attempt> = self
            .slots
            .into_iter()
            .map(|slot| {
                let mut attempt = slot.attempt;
                attempt.ipv6_unanswered = std::mem::take(&mut attempt.raced_ipv6)
                    .into_iter()
                    .filter(|&ip| book.unanswered(ip, IPV6_SILENCE))
                    .map(|ip| ip.to_string())
                    .collect();
                attempt
            })
            .collect();
        let verified = self.password.is_some();
        let recommend = |direction| {
            let pinned = self
                .announced
                .iter()
                .find(|(d, _)| *d == direction)
                .map(|&(_, id)| id);
            policy::recommend_pinned(&attempts, direction, &self.username, verified, pinned)
        };
        let (outgoing, incoming) = (recommend(Direction::Outgoing), recommend(Direction::Incoming));
        let mut report = Report {
            email: email.to_owned(),
            outgoing,
            incoming,
            attempts,
            cancelled,
            discovery: self.lookups,
            network: Vec::new(),
            sign_in: self.sign_in,
        };
        report.network = crate::verdict::network::findings(&report);
        report
    }
}

impl Slot {
    /// The time this attempt itself took: its transport check as measured
    /// where it ran, plus its login; not the time it waited for its turn.
    fn elapsed(&self) -> Duration {
        match (self.transport, self.login_started) {
            (Some(transport), Some(login)) => transport + login.elapsed(),
            (Some(transport), None) => transport,
            (None, _) => self.started.elapsed(),
        }
    }

    fn is_plaintext_ready(&self) -> bool {
        match &self.state {
            State::Ready(ready) => ready.channel == Channel::DangerPlaintext,
            // Closed to wait for its turn: its check found plain text.
            State::Parked | State::Running => {
                self.transport.is_some() && self.attempt.security == Security::Plaintext
            }
            State::Queued | State::Done => false,
        }
    }
}

impl Engine {
    /// Makes the seal know every user name the password may go out with.
    fn reseal(&mut self) {
        let mut names: Vec<&str> = vec![&self.username];
        names.extend(self.local_part.as_deref());
        names.extend(self.slots.iter().filter_map(|s| s.candidate.username.as_deref()));
        names.sort_unstable();
        names.dedup();
        self.seal = seal::Seal::new(self.password.as_ref(), &names);
    }
}

fn policy_key(attempt: &Attempt) -> policy::Preference {
    policy::preference(attempt)
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
