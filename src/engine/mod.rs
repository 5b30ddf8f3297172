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
pub(crate) mod login;
pub mod reach;
pub(crate) mod seal;
pub(crate) mod session;
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
use net::Overrides;
use report::{
    Attempt, Cause, Direction, Lookup, Outcome, Phase, Protocol, Report, Security, Setting, Source,
};
use session::{Channel, Ready, TransportCheck};
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

/// How transport checks are scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// All at once, each started this long after the previous one.
    Parallel {
        /// Delay between two starts.
        stagger: Duration,
    },
    /// One after another: the baseline the benchmark compares against.
    Sequential,
}

/// What to check.
#[derive(Debug, Clone)]
pub struct Request {
    /// The user's address; its domain gives the guessed servers.
    pub email: String,
    /// Protocols to check; empty means all three (a whole account).
    pub protocols: Vec<Protocol>,
    /// Servers to try, for every protocol; empty means guess from the domain.
    pub servers: Vec<String>,
    /// Incoming (IMAP, POP3) servers, when they differ from `servers`.
    pub incoming_servers: Vec<String>,
    /// Outgoing (SMTP) ports to try; empty means [`candidates::DEFAULT_PORTS`].
    /// IMAP and POP3 use their standard ports.
    pub ports: Vec<u16>,
    /// Login name; `None` means the full address (and, when a server
    /// refuses that, the part before `@`).
    pub username: Option<String>,
    /// `None` checks the transports only.
    pub password: Option<Password>,
    /// Limit for each network phase (resolve, connect, handshake, each reply).
    pub timeout: Duration,
    /// Roots a certificate may chain to.
    pub trust: TrustStore,
    /// Fixed addresses for names (`--resolve`).
    pub overrides: Overrides,
    /// The user agreed that the password may go over an unencrypted
    /// connection for this one check. Such a setting is flagged insecure and
    /// never recommended over a secure one.
    pub allow_plaintext: bool,
    /// Parallel (normal) or sequential (benchmark baseline).
    pub schedule: Schedule,
    /// Look the servers up (the provider's autoconfig, the ISPDB, MX, SRV)
    /// for the directions whose servers were not named. The guesses are
    /// checked either way.
    pub lookups: bool,
    /// The ISPDB's base URL; `None` asks no third party.
    pub ispdb: Option<String>,
    /// The servers outside the address's domain, named by nothing that
    /// vouches for them (see [`crate::discovery::Found::vouched`]), that
    /// the person confirmed may get the password in this check. Each is
    /// named: the password goes to no other such server.
    pub trusted: Vec<String>,
    /// Log in on every working setting, not only on the one that will be
    /// recommended (for help desks and administrators). Off by default:
    /// providers rate-limit, alert on or lock accounts after bursts of
    /// logins from a new program.
    pub verify_all: bool,
}

impl Request {
    /// A request with the defaults of `mailsetup probe ADDRESS`.
    #[must_use]
    pub fn new(email: &str, trust: TrustStore) -> Self {
        Self {
            email: email.to_owned(),
            protocols: Vec::new(),
            servers: Vec::new(),
            incoming_servers: Vec::new(),
            ports: Vec::new(),
            username: None,
            password: None,
            timeout: DEFAULT_TIMEOUT,
            trust,
            overrides: Overrides::default(),
            allow_plaintext: false,
            schedule: Schedule::Parallel {
                stagger: DEFAULT_STAGGER,
            },
            lookups: true,
            ispdb: Some(crate::discovery::DEFAULT_ISPDB.to_owned()),
            trusted: Vec::new(),
            verify_all: false,
        }
    }
}

/// Progress, for a live view. `id` indexes [`Report::attempts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// An attempt is planned (sent for every candidate before any starts,
    /// and for follow-ups when a port turns out to speak the other mode).
    Planned {
        /// Attempt index.
        id: usize,
        /// The protocol.
        protocol: Protocol,
        /// Server name.
        host: String,
        /// Port.
        port: u16,
        /// Mode.
        security: Security,
    },
    /// An attempt reached a phase.
    Phase {
        /// Attempt index.
        id: usize,
        /// The phase now running.
        phase: Phase,
    },
    /// An attempt ended (may come again for the same id when a later
    /// finding changes its verdict, e.g. to `wrong_mode`).
    Finished {
        /// Attempt index.
        id: usize,
        /// The whole attempt.
        attempt: Box<Attempt>,
    },
    /// The recommendation is certain: nothing better can still come.
    /// Lower-ranked checks may still be running for the alternatives.
    Recommended(Box<Setting>),
    /// A lookup of the discovery stage started.
    Asking {
        /// Which source.
        source: Source,
        /// What is asked: a URL, or a DNS name and type.
        query: String,
    },
    /// A lookup ended; the servers it named are planned as attempts.
    LookedUp(Box<Lookup>),
}

/// What the engine shares with every transport check.
pub(crate) struct Shared {
    pub(crate) timeout: Duration,
    pub(crate) trust: TrustStore,
    pub(crate) overrides: Overrides,
    pub(crate) allow_plaintext: bool,
    pub(crate) limits: net::ConnectionLimits,
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
    request: Request,
    events: mpsc::Sender<Event>,
    cancel: CancellationToken,
) -> Result<Report, ProbeError> {
    let address = EmailAddress::parse(&request.email)?;
    let to_ascii = |names: &[String]| -> Result<Vec<String>, ProbeError> {
        names
            .iter()
            .map(|s| crate::model::host_to_ascii(s).ok_or_else(|| ProbeError::InvalidServer(s.clone())))
            .collect()
    };
    let named_servers = to_ascii(&request.servers)?;
    let named_incoming = to_ascii(&request.incoming_servers)?;
    if let Some(bad) = request.ports.iter().find(|&&p| p == 0) {
        return Err(ProbeError::InvalidPort(*bad));
    }
    if request.username.as_ref().is_some_and(|u| u.trim().is_empty()) {
        return Err(ProbeError::EmptyUsername);
    }
    let protocols = if request.protocols.is_empty() {
        Protocol::ALL.to_vec()
    } else {
        request.protocols.clone()
    };
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
    let shared = Arc::new(Shared {
        timeout: request.timeout,
        trust: request.trust.clone(),
        overrides: request.overrides.clone(),
        allow_plaintext: request.allow_plaintext,
        limits: net::ConnectionLimits::default(),
    });
    let (silences, silent) = mpsc::unbounded_channel();
    let mut engine = Engine {
        slots: Vec::new(),
        running: JoinSet::new(),
        task_slots: HashMap::new(),
        shared,
        events,
        schedule: request.schedule,
        username,
        local_part,
        password: request.password,
        ledger: login::Ledger::default(),
        announced: Vec::new(),
        silences,
        silent,
        discovery: None,
        discovering: Vec::new(),
        lookups: Vec::new(),
        protocols: protocols.clone(),
        domain: address.domain.clone(),
        trusted: request.trusted.iter().map(|h| h.to_ascii_lowercase()).collect(),
        verify_all: request.verify_all,
        seal: seal::Seal::new(None, &[]),
        domain_place: DomainPlace::Known(None),
    };
    engine.reseal();
    let mut plan = Vec::new();
    for &protocol in &protocols {
        let named = match protocol.direction() {
            Direction::Incoming if !named_incoming.is_empty() => &named_incoming,
            _ => &named_servers,
        };
        let (servers, source) = if named.is_empty() {
            if !engine.discovering.contains(&protocol.direction()) {
                engine.discovering.push(protocol.direction());
            }
            (
                candidates::guessed_servers(protocol, &address.domain),
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
    // Servers the person did not name: where the domain is tells whether
    // one on a local address is to be trusted with the password.
    if engine.password.is_some() && !engine.discovering.is_empty() {
        let (domain, overrides, timeout) =
            (address.domain.clone(), request.overrides.clone(), request.timeout);
        engine.domain_place = DomainPlace::LookingUp(tokio::spawn(async move {
            reach::public_address(&domain, &overrides, timeout).await
        }));
    }
    if request.lookups && !engine.discovering.is_empty() {
        engine.discovery = Some(crate::discovery::start(
            &address,
            crate::discovery::Options {
                ispdb: request.ispdb.clone(),
                timeout: request.timeout,
                trust: request.trust.clone(),
                overrides: request.overrides.clone(),
            },
        ));
    } else {
        engine.discovering.clear();
    }
    // Interleave the protocols by rank, so that each one's best candidate
    // starts among the first.
    plan.sort_by_key(Candidate::rank);
    for candidate in plan {
        engine.add(candidate, None).await;
    }
    engine.start_queued();
    let cancelled = engine.run(&cancel).await;
    // Once more over everything, with every name the run came to know: a
    // text may quote what a later login sent.
    engine.reseal();
    for slot in &mut engine.slots {
        engine.seal.attempt(&mut slot.attempt);
    }
    for lookup in &mut engine.lookups {
        engine.seal.lookup(lookup);
    }
    let attempts: Vec<Attempt> = engine.slots.into_iter().map(|s| s.attempt).collect();
    let verified = engine.password.is_some();
    let pinned = |direction| {
        engine
            .announced
            .iter()
            .find(|(d, _)| *d == direction)
            .map(|&(_, id)| id)
    };
    let outgoing = policy::recommend_pinned(
        &attempts,
        Direction::Outgoing,
        &engine.username,
        verified,
        pinned(Direction::Outgoing),
    );
    let incoming = policy::recommend_pinned(
        &attempts,
        Direction::Incoming,
        &engine.username,
        verified,
        pinned(Direction::Incoming),
    );
    Ok(Report {
        email: request.email.trim().to_owned(),
        outgoing,
        incoming,
        attempts,
        cancelled,
        discovery: engine.lookups,
    })
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
    async fn add(&mut self, candidate: Candidate, follows: Option<usize>) -> usize {
        let id = self.slots.len();
        let _ = self
            .events
            .send(Event::Planned {
                id,
                protocol: candidate.protocol,
                host: candidate.host.clone(),
                port: candidate.port,
                security: candidate.security,
            })
            .await;
        self.slots.push(Slot {
            attempt: candidate.attempt(),
            candidate,
            state: State::Queued,
            started: Instant::now(),
            transport: None,
            login_started: None,
            follows,
            abort: None,
        });
        id
    }

    /// Starts what the schedule allows: every queued check (staggered), or
    /// the next one when running sequentially and nothing runs.
    fn start_queued(&mut self) {
        let mut delay = Duration::ZERO;
        for id in 0..self.slots.len() {
            if !matches!(self.slots[id].state, State::Queued) {
                continue;
            }
            match self.schedule {
                Schedule::Sequential if !self.running.is_empty() => return,
                Schedule::Sequential => {}
                Schedule::Parallel { stagger } => {
                    delay += if id == 0 { Duration::ZERO } else { stagger };
                }
            }
            self.spawn(id, delay);
        }
    }

    fn spawn(&mut self, id: usize, delay: Duration) {
        let slot = &mut self.slots[id];
        slot.state = State::Running;
        slot.started = Instant::now() + delay;
        let candidate = slot.candidate.clone();
        let shared = self.shared.clone();
        let events = self.events.clone();
        let silences = self.silences.clone();
        // A follow-up begun while the port it follows still waits for words.
        let beside_silence = slot
            .follows
            .is_some_and(|original| !matches!(self.slots[original].state, State::Done));
        let task = self.running.spawn(async move {
            tokio::time::sleep(delay).await;
            let began = Instant::now();
            // Phase updates are best effort: a slow viewer must never stall
            // the checks, so they are dropped when the channel is full.
            let on_phase = move |phase| {
                let _ = events.try_send(Event::Phase { id, phase });
            };
            let on_silence = move || {
                let _ = silences.send(id);
            };
            let check = session::check(&candidate, &shared, &on_phase, &on_silence, beside_silence).await;
            (id, check, began.elapsed())
        });
        self.task_slots.insert(task.id(), id);
        self.slots[id].abort = Some(task);
    }

    /// The unfinished candidate of `protocol` to log in next: the best by
    /// rank. A session that would take the password without encryption
    /// comes after every other one of its protocol, finished or not: the
    /// user's consent is for "only where nothing encrypted works", never
    /// "also". Host order only breaks ties: among candidates of the same
    /// rank, one that is ready goes first, so a hanging preferred name holds
    /// nothing back.
    fn next_login(&self, protocol: Protocol) -> Option<usize> {
        (0..self.slots.len())
            .filter(|&i| {
                self.slots[i].candidate.protocol == protocol && !matches!(self.slots[i].state, State::Done)
            })
            .min_by_key(|&i| {
                let slot = &self.slots[i];
                let (guessed, mut security, mut port, host) = slot.candidate.rank();
                if slot.is_plaintext_ready() {
                    // Among plaintext sessions, the standard port first.
                    (security, port) = policy::rank(protocol, Security::Plaintext, slot.candidate.port);
                }
                (
                    slot.is_plaintext_ready(),
                    (guessed, security, port),
                    !matches!(slot.state, State::Ready(_)),
                    host,
                    i,
                )
            })
    }

    /// Closes the sessions among `best` whose login waits for a better
    /// protocol, rather than hold their connections: they are checked
    /// again at their turn.
    fn park_waiting(&mut self, best: &[usize]) {
        for &id in best {
            let protocol = self.slots[id].candidate.protocol;
            if !matches!(self.slots[id].state, State::Ready(_)) || !self.waits_for_a_better_protocol(protocol)
            {
                continue;
            }
            if let State::Ready(mut ready) = std::mem::replace(&mut self.slots[id].state, State::Parked) {
                tokio::spawn(async move {
                    goodbye(protocol, &mut ready.conn).await;
                });
            }
        }
    }

    /// A lookup is still out that may name servers of `direction`.
    fn lookups_pending(&self, direction: Direction) -> bool {
        self.discovery.is_some() && self.discovering.contains(&direction)
    }

    /// What the discovery stage reports: a lookup started, or ended with
    /// servers, which are planned and started at once; `None` when every
    /// lookup has ended (which may make a direction certain).
    async fn lookup_progress(&mut self, progress: Option<crate::discovery::Progress>) {
        use crate::discovery::Progress;
        match progress {
            None => {
                self.discovery = None;
                for direction in [Direction::Outgoing, Direction::Incoming] {
                    self.announce_if_certain(direction).await;
                }
            }
            Some(Progress::Asking { source, query }) => {
                let query = self.seal.text(&query);
                let _ = self.events.send(Event::Asking { source, query }).await;
            }
            Some(Progress::Answered { mut lookup, found }) => {
                self.seal.lookup(&mut lookup);
                let _ = self.events.send(Event::LookedUp(Box::new(lookup.clone()))).await;
                self.lookups.push(lookup);
                for server in found {
                    self.add_found(server).await;
                }
                self.reseal();
            }
        }
    }

    /// Plans a server a lookup named, unless it is already planned: then
    /// the better source is kept (a guess confirmed by a lookup counts as
    /// the lookup's).
    async fn add_found(&mut self, found: crate::discovery::Found) {
        let crate::discovery::Found {
            server,
            source,
            vouched,
        } = found;
        if !self.protocols.contains(&server.protocol)
            || !self.discovering.contains(&server.protocol.direction())
        {
            return;
        }
        let inside = server.host == self.domain || server.host.ends_with(&format!(".{}", self.domain));
        let candidate = Candidate {
            host_index: self.slots.len(),
            username: server.username,
            oauth_only: server.oauth_only,
            needs_consent: !vouched && !inside && !self.trusted.contains(&server.host.to_ascii_lowercase()),
            ..Candidate::new(
                server.protocol,
                &server.host,
                server.port,
                server.security,
                source,
            )
        };
        let same = self.slots.iter().position(|s| {
            s.candidate.protocol == candidate.protocol
                && s.candidate.host.eq_ignore_ascii_case(&candidate.host)
                && s.candidate.port == candidate.port
                && s.follows.is_none()
        });
        match same {
            // A guess the lookup confirms: the lookup is where it came from.
            // (Guesses are in the address's domain, so no consent is due.)
            Some(id) if self.slots[id].candidate.source == Source::Guess => {
                let slot = &mut self.slots[id];
                slot.candidate.source = candidate.source;
                slot.attempt.source = candidate.source;
                if matches!(slot.state, State::Done) {
                    self.finish(id).await;
                } else {
                    slot.candidate.username = candidate.username;
                    slot.candidate.oauth_only = candidate.oauth_only;
                }
            }
            // A curated source vouches for a server only an unvouched one
            // had named: no consent is due any more. A check that already
            // stopped before the login for want of it is made again.
            Some(id) if self.slots[id].candidate.needs_consent && !candidate.needs_consent => {
                if self.slots[id].attempt.cause == Some(Cause::NotConfirmed) {
                    let id = self.add(candidate, None).await;
                    self.spawn(id, Duration::ZERO);
                } else {
                    let slot = &mut self.slots[id];
                    slot.candidate.needs_consent = false;
                    slot.candidate.source = candidate.source;
                    slot.attempt.source = candidate.source;
                }
            }
            Some(_) => {}
            None => {
                let id = self.add(candidate, None).await;
                self.spawn(id, Duration::ZERO);
            }
        }
    }

    /// The check that tries `id`'s port in the other mode, if one exists.
    fn follow_up_of(&self, id: usize) -> Option<usize> {
        self.slots.iter().position(|s| s.follows == Some(id))
    }

    /// Tries a port in the other mode (STARTTLS for a silent implicit-TLS
    /// port, TLS from the first byte for a silent STARTTLS port), once.
    async fn try_other_mode(&mut self, id: usize) {
        let slot = &self.slots[id];
        if slot.follows.is_some() || self.follow_up_of(id).is_some() {
            return;
        }
        let other = match slot.candidate.security {
            Security::ImplicitTls => Security::Starttls,
            Security::Starttls | Security::Plaintext => Security::ImplicitTls,
        };
        let candidate = Candidate {
            security: other,
            ..slot.candidate.clone()
        };
        let follow_up = self.add(candidate, Some(id)).await;
        self.spawn(follow_up, Duration::ZERO);
    }

    /// Stops a running check whose answer no longer matters.
    async fn drop_check(&mut self, id: usize, outcome: Outcome, why: String) {
        if matches!(self.slots[id].state, State::Done) {
            return;
        }
        if let Some(task) = self.slots[id].abort.take() {
            task.abort();
        }
        self.slots[id].state = State::Done;
        self.slots[id].attempt.outcome = outcome;
        self.slots[id].attempt.detail = why;
        self.finish(id).await;
    }

    /// The main loop; returns true when cancelled.
    async fn run(&mut self, cancel: &CancellationToken) -> bool {
        let budget = self.shared.timeout * RUN_BUDGET_FACTOR;
        let deadline = Instant::now() + budget;
        let out_of_time = format!(
            "the whole check ran out of time ({} s) before this attempt finished",
            connection::seconds(budget)
        );
        loop {
            if cancel.is_cancelled() {
                self.cancel_rest().await;
                return true;
            }
            // Log in, in order of preference within each protocol, wherever
            // that protocol's best unfinished candidate is ready; wait when it
            // is still being checked. A session that would take the password
            // without encryption comes after every other one of its protocol,
            // finished or not: the user's consent is for "only where nothing
            // encrypted works", never "also".
            let best: Vec<usize> = Protocol::ALL
                .iter()
                .filter_map(|&protocol| self.next_login(protocol))
                .collect();
            if best.is_empty() && self.discovery.is_none() {
                return false;
            }
            self.park_waiting(&best);
            let waiting: Vec<usize> = best
                .iter()
                .copied()
                .filter(|&i| self.waits_for_a_better_protocol(self.slots[i].candidate.protocol))
                .collect();
            // A plaintext login also waits while a lookup could still name
            // an encrypted server of its direction.
            let ready = best.iter().copied().find(|&i| {
                matches!(self.slots[i].state, State::Ready(_))
                    && !waiting.contains(&i)
                    && !(self.slots[i].is_plaintext_ready()
                        && self.lookups_pending(self.slots[i].candidate.protocol.direction()))
            });
            if let Some(parked) = best
                .iter()
                .copied()
                .find(|&i| matches!(self.slots[i].state, State::Parked) && !waiting.contains(&i))
            {
                self.spawn(parked, Duration::ZERO);
                continue;
            }
            if let Some(id) = ready {
                let State::Ready(mut ready) = std::mem::replace(&mut self.slots[id].state, State::Done)
                else {
                    continue;
                };
                tokio::select! {
                    biased;
                    () = cancel.cancelled() => {
                        self.slots[id].state = State::Ready(ready);
                        continue;
                    }
                    () = tokio::time::sleep_until(deadline) => {
                        self.slots[id].state = State::Ready(ready);
                        self.end_rest(Outcome::Timeout, &out_of_time).await;
                        return false;
                    }
                    () = self.finish_ready(id, &mut ready) => {}
                }
                continue;
            }
            if self.running.is_empty() && self.discovery.is_none() {
                // Nothing runs, yet the best candidate is not ready: only a
                // bug gets here. End rather than wait for ever.
                self.end_rest(
                    Outcome::Skipped,
                    "internal error: the check lost track of this attempt",
                )
                .await;
                return false;
            }
            tokio::select! {
                biased;
                () = cancel.cancelled() => {}
                () = tokio::time::sleep_until(deadline) => {
                    self.end_rest(Outcome::Timeout, &out_of_time).await;
                    return false;
                }
                progress = next_lookup(&mut self.discovery) => {
                    self.lookup_progress(progress).await;
                }
                Some(id) = self.silent.recv() => {
                    if !matches!(self.slots[id].state, State::Done) {
                        self.try_other_mode(id).await;
                    }
                }
                Some(joined) = self.running.join_next_with_id() => {
                    match joined {
                        Ok((task, (id, check, took))) => {
                            self.task_slots.remove(&task);
                            self.slots[id].transport = Some(took);
                            self.transport_done(id, check).await;
                        }
                        // A check ended on purpose (`drop_check`).
                        Err(error) if error.is_cancelled() => {
                            self.task_slots.remove(&error.id());
                        }
                        Err(error) => {
                            if let Some(id) = self.task_slots.remove(&error.id()) {
                                self.slots[id].state = State::Done;
                                self.slots[id].attempt.outcome = Outcome::ProtocolError;
                                self.slots[id].attempt.detail = format!("internal error in this check: {error}");
                                self.finish(id).await;
                            }
                        }
                    }
                    self.start_queued();
                }
            }
        }
    }

    async fn transport_done(&mut self, id: usize, check: TransportCheck) {
        let TransportCheck {
            attempt,
            ready,
            try_other_mode,
        } = check;
        self.slots[id].attempt = attempt;
        // A lookup may have confirmed this guess while it was checked.
        self.slots[id].attempt.source = self.slots[id].candidate.source;
        match ready {
            // Without a password there is no login order to keep: the
            // answer is known, and the connection is closed at once.
            Some(mut ready) if self.password.is_none() => {
                self.slots[id].state = State::Done;
                self.finish_ready(id, &mut ready).await;
            }
            Some(ready) => {
                self.slots[id].state = State::Ready(Box::new(ready));
                let protocol = self.slots[id].candidate.protocol;
                if self.next_login(protocol) != Some(id) {
                    let State::Ready(mut ready) = std::mem::replace(&mut self.slots[id].state, State::Parked)
                    else {
                        return;
                    };
                    tokio::spawn(async move {
                        goodbye(protocol, &mut ready.conn).await;
                    });
                }
                let _ = self
                    .events
                    .send(Event::Phase {
                        id,
                        phase: Phase::Ready,
                    })
                    .await;
            }
            None => {
                self.slots[id].state = State::Done;
                self.finish(id).await;
            }
        }
        let slot = &self.slots[id];
        if let Some(original) = slot.follows {
            // The follow-up reached a TLS handshake or a greeting in the other
            // mode: the original port was simply used the wrong way. Unless
            // it greeted in plain text and never offered STARTTLS: then the
            // port is unencrypted, not "STARTTLS instead".
            let other_mode_answers = slot.attempt.certificate.is_some() || slot.attempt.greeting.is_some();
            let plaintext_only = slot.attempt.security == Security::Plaintext
                || (matches!(
                    slot.attempt.outcome,
                    Outcome::StarttlsUnavailable | Outcome::PlaintextAuthRefused
                ) && slot.attempt.phase == Phase::Capabilities);
            let label = slot.attempt.security.client_label();
            if plaintext_only {
                if self.slots[original].attempt.cause != Some(Cause::PlaintextOnly) {
                    let first = &mut self.slots[original].attempt;
                    first.outcome = Outcome::StarttlsUnavailable;
                    first.cause = Some(Cause::PlaintextOnly);
                    first.detail = "the port answers in plain text and offers no STARTTLS".to_owned();
                    self.finish(original).await;
                }
            } else if other_mode_answers && self.slots[original].attempt.outcome != Outcome::WrongMode {
                if matches!(self.slots[original].state, State::Done) {
                    let was = std::mem::take(&mut self.slots[original].attempt.detail);
                    self.slots[original].attempt.outcome = Outcome::WrongMode;
                    self.slots[original].attempt.detail = format!("{was}; the port answers {label} instead");
                    self.finish(original).await;
                } else {
                    // Started beside a port that stayed silent: that
                    // silence was the server waiting for TLS.
                    let why = format!("no greeting; the port answers {label} instead");
                    self.drop_check(original, Outcome::WrongMode, why).await;
                }
            }
        } else if try_other_mode {
            self.try_other_mode(id).await;
        } else if slot.attempt.greeting.is_some() || slot.attempt.certificate.is_some() {
            // The port answered in its own mode after all (a slow greeting):
            // a check of the other mode begun during its silence is moot.
            if let Some(follow_up) = self.follow_up_of(id) {
                let why = "not needed: the port answered in its own mode after all".to_owned();
                self.drop_check(follow_up, Outcome::Skipped, why).await;
            }
        }
    }

    /// Logs in (or not) on a session that passed the transport check.
    async fn finish_ready(&mut self, id: usize, ready: &mut Ready) {
        let _ = self
            .events
            .send(Event::Phase {
                id,
                phase: Phase::Auth,
            })
            .await;
        self.slots[id].login_started = Some(Instant::now());
        let protocol = self.slots[id].candidate.protocol;
        let (outcome, detail) = self.log_in_or_not(id, ready).await;
        let closed = goodbye(protocol, &mut ready.conn).await;
        let attempt = &mut self.slots[id].attempt;
        let (outcome, detail) = match closed {
            // The login was accepted, but the server cannot send mail now.
            Some(words) if outcome == Outcome::Ok && attempt.auth_mechanism.is_some() => {
                attempt.cause = Some(Cause::ClosedAfterLogin);
                // Server text after a login: it may quote the credentials.
                let words = match (&self.password, &attempt.username) {
                    (Some(password), Some(username)) => Redactor::new(username, password).scrub(&words),
                    _ => words,
                };
                (
                    Outcome::ProtocolError,
                    format!("login accepted, but the server closed the session: {words}"),
                )
            }
            _ => (outcome, detail),
        };
        attempt.phase = if outcome == Outcome::Ok {
            Phase::Done
        } else {
            Phase::Auth
        };
        attempt.outcome = outcome;
        attempt.detail = detail;
        self.finish(id).await;
    }

    /// Logs in on a session that offers a login, or says why not: no
    /// password, OAuth2 only, a local server of a domain on the internet,
    /// a server that waits for consent, plaintext already used, or a
    /// setting spared.
    async fn log_in_or_not(&mut self, id: usize, ready: &mut Ready) -> (Outcome, String) {
        if let (Some(_), Some(mechanism)) = (&self.password, ready.caps.password_mechanism()) {
            if let Some((here, public)) = self.local_while_public(id).await {
                self.slots[id].attempt.cause = Some(Cause::PrivateAddress);
                return (
                    Outcome::Ok,
                    format!(
                        "connection works; login ({}) not tried: {} is at {here}, a local or private address, while {} \
                         is on the internet ({public})",
                        mechanism.name(),
                        self.slots[id].candidate.host,
                        self.domain
                    ),
                );
            }
        }
        let protocol = self.slots[id].candidate.protocol;
        match (self.password.clone(), ready.caps.password_mechanism()) {
            (_, None) => self.no_password_login(id, &ready.caps),
            (None, Some(mechanism)) => (
                Outcome::Ok,
                format!("secure connection works; login ({}) not tried", mechanism.name()),
            ),
            (Some(_), Some(_)) if self.slots[id].candidate.oauth_only => (
                Outcome::OauthRequired,
                format!(
                    "{} names only OAuth2 sign-in for this server; the password was not sent",
                    crate::verdict::words::capitalised(self.slots[id].candidate.source.words())
                ),
            ),
            (Some(_), Some(mechanism)) if self.slots[id].candidate.needs_consent => {
                self.slots[id].attempt.cause = Some(Cause::NotConfirmed);
                (
                    Outcome::Ok,
                    format!(
                        "secure connection works; login ({}) not tried: only {} named this server, and it is outside \
                         {}",
                        mechanism.name(),
                        self.slots[id].candidate.source.words(),
                        self.domain
                    ),
                )
            }
            (Some(_), Some(_)) if ready.channel == Channel::DangerPlaintext && self.encrypted_login_worked(protocol) => (
                Outcome::Skipped,
                "Not tried: an encrypted setting works, so the password was not sent here without encryption."
                    .to_owned(),
            ),
            (Some(_), Some(_)) if ready.channel == Channel::DangerPlaintext => match self.plaintext_login(protocol) {
                Some(port) => (
                    Outcome::Skipped,
                    format!(
                        "Not tried: the consent covers one check without encryption for {}, and the password \
                         already went without encryption on port {port}.",
                        protocol.label()
                    ),
                ),
                None => self.log_in_with_password(id, ready).await,
            },
            (Some(_), Some(mechanism)) if self.spare(id) => {
                self.slots[id].attempt.cause = Some(Cause::LoginSpared);
                (
                    Outcome::Ok,
                    format!(
                        "offers a login ({}) over {}; not tried, to spare your account",
                        mechanism.name(),
                        self.slots[id].attempt.security.client_label()
                    ),
                )
            }
            (Some(_), Some(_)) => self.log_in_with_password(id, ready).await,
        }
    }

    /// The server's local address and the domain's internet address, when
    /// `id`'s server, which the person did not name, is on this machine or
    /// a private network while the domain's own names are on the internet.
    async fn local_while_public(&mut self, id: usize) -> Option<(std::net::IpAddr, std::net::IpAddr)> {
        if self.slots[id].candidate.source == Source::User {
            return None;
        }
        let here: std::net::IpAddr = self.slots[id].attempt.address.as_deref()?.parse().ok()?;
        if !reach::is_local(here) {
            return None;
        }
        let public = match &mut self.domain_place {
            DomainPlace::Known(public) => *public,
            DomainPlace::LookingUp(lookup) => {
                let public = lookup.await.ok().flatten();
                self.domain_place = DomainPlace::Known(public);
                public
            }
        };
        public.map(|public| (here, public))
    }

    /// The verdict on a session that offers no login this program can use:
    /// OAuth2 only, another mechanism (CRAM-MD5, NTLM, GSSAPI, POP3's APOP:
    /// a login exists, only not one it can verify), or none at all.
    fn no_password_login(&mut self, id: usize, caps: &capabilities::Capabilities) -> (Outcome, String) {
        let attempt = &mut self.slots[id].attempt;
        let apop = attempt.protocol == Protocol::Pop3
            && attempt
                .greeting
                .as_deref()
                .is_some_and(pop3::response::offers_apop);
        if caps.oauth_only() {
            return (
                Outcome::OauthRequired,
                format!("AUTH offered: {}", none_if_empty(&caps.auth)),
            );
        }
        if !caps.auth.is_empty() || apop {
            attempt.cause = Some(Cause::OtherMechanisms);
        }
        let offered = match (attempt.protocol, caps.login_disabled) {
            (Protocol::Imap, true) => format!("LOGINDISABLED; AUTH offered: {}", none_if_empty(&caps.auth)),
            (Protocol::Pop3, _) if apop => format!(
                "APOP (in the greeting); SASL offered: {}",
                none_if_empty(&caps.auth)
            ),
            (Protocol::Pop3, _) => format!("SASL offered: {}; no USER", none_if_empty(&caps.auth)),
            _ => format!("AUTH offered: {}", none_if_empty(&caps.auth)),
        };
        (Outcome::AuthUnavailable, offered)
    }

    /// Logs in on a ready session with the name this server is due, or
    /// says why not (it may see no more failed logins).
    async fn log_in_with_password(&mut self, id: usize, ready: &mut Ready) -> (Outcome, String) {
        let (Some(password), Some(mechanism)) = (self.password.clone(), ready.caps.password_mechanism())
        else {
            return (Outcome::Skipped, "Not tried.".to_owned());
        };
        if let Some(provider) = self.ledger.ruled_out(&self.slots[id].attempt.host) {
            return (
                Outcome::Skipped,
                format!(
                    "Not tried: {provider} already said this password cannot be used this way (see its answer on \
                     the other port), and more logins would only count against the account."
                ),
            );
        }
        match self.login_name(id) {
            Some(username) => self.log_in(id, ready, mechanism, &username, &password).await,
            None => (
                Outcome::Skipped,
                "Not tried: this server already refused the password, and trying it again could lock the account."
                    .to_owned(),
            ),
        }
    }

    /// Only the recommended setting is logged into (unless every one is
    /// to be verified): `id` is checked up to its login offer when a login
    /// of its direction was already accepted on a setting that ranks at
    /// least as high. What is spared can never outrank what was verified:
    /// one that might (a trusted certificate where the verified one needed
    /// an exception) is logged into.
    fn spare(&self, id: usize) -> bool {
        let this = &self.slots[id].attempt;
        !self.verify_all
            && self.slots.iter().any(|s| {
                s.candidate.protocol.direction() == this.protocol.direction()
                    && s.attempt.outcome == Outcome::Ok
                    && s.attempt.auth_mechanism.is_some()
                    && matches!(s.state, State::Done)
                    && policy_key(&s.attempt) <= policy_key(this)
            })
    }

    /// POP3 logs in only when IMAP, which is recommended before it, has
    /// nothing left to try: one login per direction.
    fn waits_for_a_better_protocol(&self, protocol: Protocol) -> bool {
        !self.verify_all
            && protocol == Protocol::Pop3
            && self
                .slots
                .iter()
                .any(|s| s.candidate.protocol == Protocol::Imap && !matches!(s.state, State::Done))
    }

    /// The port of `protocol` where the password already went without
    /// encryption in this run, if it did.
    fn plaintext_login(&self, protocol: Protocol) -> Option<u16> {
        self.slots
            .iter()
            .find(|s| {
                s.candidate.protocol == protocol
                    && s.attempt.security == Security::Plaintext
                    && s.attempt.username.is_some()
            })
            .map(|s| s.attempt.port)
    }

    /// Sends the password on a ready session; the outcome and the server's
    /// words, with every form of the password removed from them.
    /// When the full address is refused and the local part is still
    /// allowed here, the local part is tried at once on the same session
    /// (SMTP, IMAP and POP3 all allow another login after a refusal).
    async fn log_in(
        &mut self,
        id: usize,
        ready: &mut Ready,
        mechanism: Mechanism,
        username: &str,
        password: &Password,
    ) -> (Outcome, String) {
        let (mechanism, outcome, detail) = self
            .try_mechanisms(id, ready, mechanism, username, password)
            .await;
        let retry = self.login_name(id).filter(|name| name != username);
        let (Outcome::AuthFailed, Some(other)) = (outcome, retry) else {
            return (outcome, detail);
        };
        let (again, again_detail) = self.try_login(id, ready, mechanism, &other, password).await;
        if matches!(again, Outcome::ProtocolError | Outcome::Timeout) {
            // The server ended the session: the local part waits for a
            // session of its own; this one's verdict is the refusal.
            let attempt = &mut self.slots[id].attempt;
            attempt.username = Some(username.to_owned());
            return (outcome, detail);
        }
        (
            again,
            format!("as {username}: {detail}; as {other}: {again_detail}"),
        )
    }

    /// A login with `mechanism`, and, where the server refused that
    /// mechanism itself (not the credentials), once more with the
    /// protocol's other password login on the same session. A refused
    /// mechanism judges no password, so it costs no failed login. Returns
    /// the mechanism that was answered last.
    async fn try_mechanisms(
        &mut self,
        id: usize,
        ready: &mut Ready,
        mechanism: Mechanism,
        username: &str,
        password: &Password,
    ) -> (Mechanism, Outcome, String) {
        let (outcome, detail) = self.try_login(id, ready, mechanism, username, password).await;
        let fallback = ready
            .caps
            .fallback_mechanism()
            .filter(|&other| other != mechanism);
        let (Some(Cause::MechanismRefused), Some(other)) = (self.slots[id].attempt.cause, fallback) else {
            return (mechanism, outcome, detail);
        };
        self.slots[id].attempt.cause = None;
        let (again, again_detail) = self.try_login(id, ready, other, username, password).await;
        let detail = format!("{}: {detail}; {}: {again_detail}", mechanism.name(), other.name());
        (other, again, detail)
    }

    /// One login exchange; counts a definite refusal against the server,
    /// and so a login whose credentials were written but that got no
    /// answer (a timeout, a close): the server may well have counted it.
    async fn try_login(
        &mut self,
        id: usize,
        ready: &mut Ready,
        mechanism: Mechanism,
        username: &str,
        password: &Password,
    ) -> (Outcome, String) {
        let budget = self.shared.timeout * AUTH_TIMEOUT_FACTOR;
        ready.conn.set_timeout(budget);
        let protocol = self.slots[id].candidate.protocol;
        // Said before anything is sent: whatever ends this login (an
        // answer, a timeout, the run's end, cancel), the attempt tells
        // which name it went out with.
        let attempt = &mut self.slots[id].attempt;
        attempt.auth_mechanism = Some(mechanism.name().to_owned());
        attempt.username = Some(username.to_owned());
        attempt.phase = Phase::Auth;
        let keys = login::server_keys(attempt);
        let conn = &mut ready.conn;
        let login = async {
            match protocol {
                Protocol::Smtp => smtp::dialogue::login(conn, mechanism, username, password).await,
                Protocol::Imap => imap::login(conn, &ready.caps, mechanism, username, password).await,
                Protocol::Pop3 => pop3::login(conn, mechanism, username, password).await,
            }
        };
        // Counted as soon as the credentials may be on their way, so that
        // a login the run's end or a cancel cuts short is counted too.
        self.ledger.begin(&keys);
        let result = tokio::time::timeout(budget, login)
            .await
            .unwrap_or(LoginResult::Failed(SessionError::Timeout(budget)));
        let sent = ready.conn.secret_sent();
        if result.rules_out_the_provider() {
            self.ledger.rule_out(&self.slots[id].attempt.host);
        }
        let verdict = login::verdict(result, sent);
        let attempt = &mut self.slots[id].attempt;
        if verdict.cause.is_some() {
            attempt.cause = verdict.cause;
        }
        self.ledger.end(
            &keys,
            verdict.counts_as_failed,
            (verdict.outcome == Outcome::Ok).then_some(username),
        );
        let (outcome, detail) = (verdict.outcome, verdict.detail);
        let redactor = Redactor::new(username, password);
        (outcome, redactor.scrub(&detail))
    }

    /// The user name to log in with on this attempt's server, or `None`
    /// when the server may see no more failed logins: the name that worked
    /// there before; the full address first; the local part once after the
    /// full address was refused.
    fn login_name(&self, id: usize) -> Option<String> {
        // The name the source gives (an autoconfig file's) comes first;
        // the local part is the second try only for the address itself.
        let first = self.slots[id]
            .candidate
            .username
            .clone()
            .unwrap_or_else(|| self.username.clone());
        let second = (first == self.username)
            .then_some(self.local_part.as_deref())
            .flatten();
        self.ledger
            .login_name(&login::server_keys(&self.slots[id].attempt), &first, second)
    }

    /// A login of `protocol` over an encrypted connection was accepted.
    fn encrypted_login_worked(&self, protocol: Protocol) -> bool {
        self.slots.iter().any(|s| {
            s.candidate.protocol == protocol
                && s.attempt.outcome == Outcome::Ok
                && s.attempt.security != Security::Plaintext
                && s.attempt.auth_mechanism.is_some()
                && matches!(s.state, State::Done)
        })
    }

    /// Makes the seal know every user name the password may go out with.
    fn reseal(&mut self) {
        let mut names: Vec<&str> = vec![&self.username];
        names.extend(self.local_part.as_deref());
        names.extend(self.slots.iter().filter_map(|s| s.candidate.username.as_deref()));
        names.sort_unstable();
        names.dedup();
        self.seal = seal::Seal::new(self.password.as_ref(), &names);
    }

    /// Stamps time and explanation on a finished attempt and reports it.
    async fn finish(&mut self, id: usize) {
        self.seal.attempt(&mut self.slots[id].attempt);
        let slot = &mut self.slots[id];
        slot.attempt.elapsed_ms = millis(slot.elapsed());
        slot.attempt.explanation = outcome::explain(&slot.attempt);
        let attempt = Box::new(slot.attempt.clone());
        let _ = self.events.send(Event::Finished { id, attempt }).await;
        for direction in [Direction::Outgoing, Direction::Incoming] {
            self.announce_if_certain(direction).await;
        }
    }

    /// Announces a direction's recommendation once it is certain (see
    /// `certainty`): nothing still running could end above it.
    async fn announce_if_certain(&mut self, direction: Direction) {
        if self.announced.iter().any(|(d, _)| *d == direction) {
            return;
        }
        let of_direction = |slot: &&Slot| slot.candidate.protocol.direction() == direction;
        let best = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                of_direction(s)
                    && matches!(s.state, State::Done)
                    && s.attempt.outcome == Outcome::Ok
                    && (self.password.is_none() || s.attempt.auth_mechanism.is_some())
            })
            .min_by_key(|(i, s)| (policy_key(&s.attempt), *i));
        let Some((best_id, best_slot)) = best else { return };
        let pending = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| of_direction(s) && !matches!(s.state, State::Done))
            .map(|(i, s)| certainty::Pending {
                protocol: s.candidate.protocol,
                security: s.candidate.security,
                port: s.candidate.port,
                // A port being tried in the other mode already has that
                // possibility pending as its own check.
                may_switch_mode: s.follows.is_none()
                    && self.follow_up_of(i).is_none()
                    && s.attempt.greeting.is_none()
                    && s.attempt.certificate.is_none(),
                guessed: s.candidate.source == Source::Guess,
            })
            // A lookup still out may name a better server of any protocol
            // of its direction.
            .chain(
                self.protocols
                    .iter()
                    .filter(|p| p.direction() == direction && self.lookups_pending(direction))
                    .map(|&p| certainty::Pending::lookup(p)),
            );
        if !certainty::is_certain(Some(policy_key(&best_slot.attempt)), pending) {
            return;
        }
        self.announced.push((direction, best_id));
        let attempts: Vec<Attempt> = self.slots.iter().map(|s| s.attempt.clone()).collect();
        let section = policy::recommend_pinned(
            &attempts,
            direction,
            &self.username,
            self.password.is_some(),
            Some(best_id),
        );
        if let Some(best) = section.recommended {
            let _ = self.events.send(Event::Recommended(Box::new(best))).await;
        }
    }

    /// Ends every unfinished attempt with `outcome` and `why`. A login cut
    /// short says that the password went out.
    async fn end_rest(&mut self, outcome: Outcome, why: &str) {
        self.running.abort_all();
        for id in 0..self.slots.len() {
            if !matches!(self.slots[id].state, State::Done) {
                self.slots[id].state = State::Done;
                let attempt = &mut self.slots[id].attempt;
                attempt.outcome = outcome;
                attempt.detail = why.to_owned();
                if attempt.phase == Phase::Auth && attempt.username.is_some() {
                    attempt.detail = format!("the password was sent, and no answer came: {why}");
                    attempt.cause = Some(Cause::LoginUnanswered);
                }
                self.finish(id).await;
            }
        }
    }

    async fn cancel_rest(&mut self) {
        self.running.abort_all();
        for id in 0..self.slots.len() {
            if matches!(self.slots[id].state, State::Done) {
                continue;
            }
            self.slots[id].state = State::Done;
            let attempt = &mut self.slots[id].attempt;
            attempt.outcome = Outcome::Cancelled;
            attempt.detail = "stopped by the user".to_owned();
            self.seal.attempt(attempt);
            let _ = self.events.try_send(Event::Finished {
                id,
                attempt: Box::new(attempt.clone()),
            });
        }
        for slot in &mut self.slots {
            self.seal.attempt(&mut slot.attempt);
            slot.attempt.elapsed_ms = millis(slot.elapsed());
            slot.attempt.explanation = outcome::explain(&slot.attempt);
        }
    }
}

fn policy_key(attempt: &Attempt) -> policy::Preference {
    policy::preference(attempt)
}

/// Ends a session politely, within [`QUIT_WAIT`] in all however much the
/// server keeps sending; the server's words when it had already closed the
/// session (SMTP 421). It never changes an attempt's outcome otherwise.
async fn goodbye(
    protocol: Protocol,
    conn: &mut connection::Connection<Box<dyn connection::Io>>,
) -> Option<String> {
    tokio::time::timeout(QUIT_WAIT, say_goodbye(protocol, conn))
        .await
        .unwrap_or(None)
}

async fn say_goodbye(
    protocol: Protocol,
    conn: &mut connection::Connection<Box<dyn connection::Io>>,
) -> Option<String> {
    match protocol {
        Protocol::Smtp => smtp::dialogue::quit(conn).await,
        Protocol::Imap => {
            imap::logout(conn).await;
            None
        }
        Protocol::Pop3 => {
            pop3::quit(conn).await;
            None
        }
    }
}

/// The next word of the discovery stage; never, once it has ended.
async fn next_lookup(
    discovery: &mut Option<mpsc::UnboundedReceiver<crate::discovery::Progress>>,
) -> Option<crate::discovery::Progress> {
    match discovery {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn none_if_empty(list: &[String]) -> String {
    if list.is_empty() {
        "none".to_owned()
    } else {
        list.join(" ")
    }
}
