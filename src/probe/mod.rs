//! The engine: finds, verifies and explains working mail settings.
//!
//! [`probe`] takes a [`Request`], a bounded channel for [`Event`]s and a
//! cancellation token, and returns a [`Report`]. It checks every candidate
//! transport in parallel (started a few tens of milliseconds apart in order
//! of preference), then logs in one candidate at a time, best first, so that
//! a wrong password is never tried against many ports at once.

pub mod auth;
pub mod candidates;
pub mod certificate;
pub mod connection;
pub mod error;
pub mod net;
pub mod outcome;
pub mod policy;
pub mod report;
pub mod smtp;
pub mod tls;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::secret::Password;
use candidates::{Candidate, EmailAddress};
use connection::SessionError;
pub use error::ProbeError;
use net::Overrides;
use report::{Attempt, Outcome, Phase, Report, Security, Setting};
use smtp::login::{self, LoginResult};
use smtp::session::{self, Ready, TransportCheck};
use tls::TrustStore;

/// Default per-phase timeout: long enough for a slow server's greeting,
/// short enough that a filtered port does not keep the user waiting.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(6);

/// The login phase may take this many per-phase timeouts: servers delay
/// answers to logins on purpose (see `smtp::login`).
pub const AUTH_TIMEOUT_FACTOR: u32 = 3;

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
    /// Servers to try; empty means guess from the domain.
    pub servers: Vec<String>,
    /// Ports to try; empty means [`candidates::DEFAULT_PORTS`].
    pub ports: Vec<u16>,
    /// Login name; `None` means the full address.
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
}

impl Request {
    /// A request with the defaults of `mailsetup probe ADDRESS`.
    #[must_use]
    pub fn new(email: &str, trust: TrustStore) -> Self {
        Self {
            email: email.to_owned(),
            servers: Vec::new(),
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
}

/// What the engine shares with every transport check.
pub(crate) struct Shared {
    pub(crate) timeout: Duration,
    pub(crate) trust: TrustStore,
    pub(crate) overrides: Overrides,
    pub(crate) allow_plaintext: bool,
}

enum State {
    Queued,
    Running,
    Ready(Box<Ready>),
    Done,
}

struct Slot {
    candidate: Candidate,
    attempt: Attempt,
    state: State,
    started: Instant,
    /// For a follow-up in the other mode: the attempt it follows.
    follows: Option<usize>,
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
    if let Some(bad) = request.servers.iter().find(|s| !candidates::is_host_name(s)) {
        return Err(ProbeError::InvalidServer(bad.clone()));
    }
    let servers = if request.servers.is_empty() {
        candidates::guessed_servers(&address.domain)
    } else {
        request.servers.clone()
    };
    let ports = if request.ports.is_empty() {
        candidates::DEFAULT_PORTS.to_vec()
    } else {
        request.ports.clone()
    };
    let username = request
        .username
        .clone()
        .unwrap_or_else(|| request.email.trim().to_owned());
    let shared = Arc::new(Shared {
        timeout: request.timeout,
        trust: request.trust.clone(),
        overrides: request.overrides.clone(),
        allow_plaintext: request.allow_plaintext,
    });
    let mut engine = Engine {
        slots: Vec::new(),
        running: JoinSet::new(),
        task_slots: HashMap::new(),
        shared,
        events,
        schedule: request.schedule,
        username,
        password: request.password,
        refused_servers: HashSet::new(),
        recommended_sent: false,
    };
    for candidate in candidates::plan(&servers, &ports) {
        engine.add(candidate, None).await;
    }
    engine.start_queued();
    let cancelled = engine.run(&cancel).await;
    let attempts: Vec<Attempt> = engine.slots.into_iter().map(|s| s.attempt).collect();
    let (recommended, alternatives) =
        policy::recommend(&attempts, &engine.username, engine.password.is_some());
    Ok(Report {
        email: request.email.trim().to_owned(),
        recommended,
        alternatives,
        attempts,
        cancelled,
    })
}

struct Engine {
    slots: Vec<Slot>,
    running: JoinSet<(usize, TransportCheck)>,
    /// Which slot each running task checks, so that a task that fails
    /// (a bug, not a network answer) still ends its slot.
    task_slots: HashMap<tokio::task::Id, usize>,
    shared: Arc<Shared>,
    events: mpsc::Sender<Event>,
    schedule: Schedule,
    username: String,
    password: Option<Password>,
    /// Servers (names and addresses) that refused the password: it is not
    /// tried there again, so a typo cannot lock the account.
    refused_servers: HashSet<String>,
    recommended_sent: bool,
}

impl Engine {
    async fn add(&mut self, candidate: Candidate, follows: Option<usize>) -> usize {
        let id = self.slots.len();
        let _ = self
            .events
            .send(Event::Planned {
                id,
                host: candidate.host.clone(),
                port: candidate.port,
                security: candidate.security,
            })
            .await;
        self.slots.push(Slot {
            attempt: Attempt::new(&candidate.host, candidate.port, candidate.security),
            candidate,
            state: State::Queued,
            started: Instant::now(),
            follows,
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
        let task = self.running.spawn(async move {
            tokio::time::sleep(delay).await;
            // Phase updates are best effort: a slow viewer must never stall
            // the checks, so they are dropped when the channel is full.
            let on_phase = move |phase| {
                let _ = events.try_send(Event::Phase { id, phase });
            };
            (id, session::check(&candidate, &shared, &on_phase).await)
        });
        self.task_slots.insert(task.id(), id);
    }

    /// The main loop; returns true when cancelled.
    async fn run(&mut self, cancel: &CancellationToken) -> bool {
        loop {
            if cancel.is_cancelled() {
                self.cancel_rest().await;
                return true;
            }
            // Log in, in order of preference, wherever the best unfinished
            // candidate is ready; wait when it is still being checked.
            let next = (0..self.slots.len())
                .filter(|&i| !matches!(self.slots[i].state, State::Done))
                .min_by_key(|&i| (self.slots[i].candidate.rank(), i));
            let Some(id) = next else { return false };
            if matches!(self.slots[id].state, State::Ready(_)) {
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
                    () = self.finish_ready(id, &mut ready) => {}
                }
                continue;
            }
            if self.running.is_empty() {
                // Nothing runs, yet the best candidate is not ready: only a
                // bug gets here. End rather than wait for ever.
                self.abandon_rest("internal error: the check lost track of this attempt")
                    .await;
                return false;
            }
            tokio::select! {
                biased;
                () = cancel.cancelled() => {}
                Some(joined) = self.running.join_next_with_id() => {
                    match joined {
                        Ok((task, (id, check))) => {
                            self.task_slots.remove(&task);
                            self.transport_done(id, check).await;
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
        match ready {
            Some(ready) => {
                self.slots[id].state = State::Ready(Box::new(ready));
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
            // mode: the original port was simply used the wrong way.
            let other_mode_answers = slot.attempt.certificate.is_some() || slot.attempt.greeting.is_some();
            let label = slot.attempt.security.client_label();
            if other_mode_answers && self.slots[original].attempt.outcome != Outcome::WrongMode {
                let was = std::mem::take(&mut self.slots[original].attempt.detail);
                self.slots[original].attempt.outcome = Outcome::WrongMode;
                self.slots[original].attempt.detail = format!("{was}; the port answers {label} instead");
                self.finish(original).await;
            }
        } else if try_other_mode {
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
        let attempt = &mut self.slots[id].attempt;
        let address = attempt.address.clone().unwrap_or_default();
        let server_refused = self.refused_servers.contains(&attempt.host.to_ascii_lowercase())
            || self.refused_servers.contains(&address);
        match &self.password {
            None => {
                let _ = ready.conn.command("QUIT\r\n").await;
                attempt.phase = Phase::Done;
                let offered = ready.caps.password_mechanism();
                attempt.outcome = if offered.is_some() {
                    Outcome::Ok
                } else if ready.caps.oauth_only() {
                    Outcome::OauthRequired
                } else {
                    Outcome::AuthUnavailable
                };
                attempt.detail = match offered {
                    Some(m) => format!("secure connection works; login ({}) not tried", m.name()),
                    None => format!("AUTH offered: {}", none_if_empty(&ready.caps.auth)),
                };
            }
            Some(_) if server_refused => {
                let _ = ready.conn.command("QUIT\r\n").await;
                attempt.phase = Phase::Auth;
                attempt.outcome = Outcome::Skipped;
                attempt.detail =
                    "Not tried: this server already refused the password on another port, and trying it \
                                  again could lock the account."
                        .to_owned();
            }
            Some(password) => {
                attempt.phase = Phase::Auth;
                let (mechanism, result) = login::login(
                    ready,
                    &self.username,
                    password,
                    self.shared.allow_plaintext,
                    self.shared.timeout * AUTH_TIMEOUT_FACTOR,
                )
                .await;
                attempt.auth_mechanism = mechanism.map(|m| m.name().to_owned());
                let (outcome, detail, definite) = match result {
                    LoginResult::Accepted => (Outcome::Ok, "login accepted".to_owned(), false),
                    LoginResult::Refused(reply) => (Outcome::AuthFailed, reply.to_string(), true),
                    LoginResult::AppPasswordRequired(reply) => {
                        (Outcome::AppPasswordRequired, reply.to_string(), true)
                    }
                    LoginResult::Temporary(reply) => {
                        (Outcome::AuthFailed, format!("temporary failure: {reply}"), false)
                    }
                    LoginResult::OauthRequired => (
                        Outcome::OauthRequired,
                        format!("AUTH offered: {}", ready.caps.auth.join(" ")),
                        false,
                    ),
                    LoginResult::Unavailable => (
                        Outcome::AuthUnavailable,
                        format!("AUTH offered: {}", none_if_empty(&ready.caps.auth)),
                        false,
                    ),
                    LoginResult::NotSent => (
                        Outcome::PlaintextAuthRefused,
                        "plaintext login not allowed".to_owned(),
                        false,
                    ),
                    LoginResult::Unexpected(why) => (Outcome::ProtocolError, why, false),
                    LoginResult::Failed(error @ SessionError::Timeout(_)) => {
                        (Outcome::Timeout, format!("login: {error}"), false)
                    }
                    LoginResult::Failed(error) => (Outcome::ProtocolError, format!("login: {error}"), false),
                };
                if outcome == Outcome::Ok {
                    attempt.phase = Phase::Done;
                }
                attempt.outcome = outcome;
                attempt.detail = detail;
                if definite {
                    self.refused_servers.insert(attempt.host.to_ascii_lowercase());
                    self.refused_servers.insert(address);
                }
            }
        }
        self.finish(id).await;
    }

    /// Stamps time and explanation on a finished attempt and reports it.
    async fn finish(&mut self, id: usize) {
        let slot = &mut self.slots[id];
        slot.attempt.elapsed_ms = u64::try_from(slot.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        slot.attempt.explanation = outcome::explain(&slot.attempt);
        let attempt = Box::new(slot.attempt.clone());
        let _ = self.events.send(Event::Finished { id, attempt }).await;
        if !self.recommended_sent && self.slots[id].attempt.outcome == Outcome::Ok {
            self.recommended_sent = true;
            let attempts: Vec<Attempt> = self.slots.iter().map(|s| s.attempt.clone()).collect();
            if let (Some(best), _) = policy::recommend(&attempts, &self.username, self.password.is_some()) {
                let _ = self.events.send(Event::Recommended(Box::new(best))).await;
            }
        }
    }

    /// Ends every unfinished attempt as skipped, with `why`.
    async fn abandon_rest(&mut self, why: &str) {
        for id in 0..self.slots.len() {
            if !matches!(self.slots[id].state, State::Done) {
                self.slots[id].state = State::Done;
                self.slots[id].attempt.outcome = Outcome::Skipped;
                self.slots[id].attempt.detail = why.to_owned();
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
            let _ = self.events.try_send(Event::Finished {
                id,
                attempt: Box::new(attempt.clone()),
            });
        }
        for slot in &mut self.slots {
            slot.attempt.elapsed_ms = u64::try_from(slot.started.elapsed().as_millis()).unwrap_or(u64::MAX);
            slot.attempt.explanation = outcome::explain(&slot.attempt);
        }
    }
}

fn none_if_empty(list: &[String]) -> String {
    if list.is_empty() {
        "none".to_owned()
    } else {
        list.join(" ")
    }
}
