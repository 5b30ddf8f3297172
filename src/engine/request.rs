//! What a run is asked to do ([`Request`], [`Schedule`]) and what it tells
//! a live view while it runs ([`Event`]).

use std::time::Duration;

use crate::report::{Attempt, Lookup, Phase, Protocol, Security, Setting, Source};
use crate::secret::Password;
use crate::wire::net::Overrides;
use crate::wire::tls::TrustStore;

use super::{DEFAULT_STAGGER, DEFAULT_TIMEOUT};

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
    /// Outgoing (SMTP) ports to try; empty means [`super::candidates::DEFAULT_PORTS`].
    /// IMAP and POP3 use their standard ports.
    pub ports: Vec<u16>,
    /// Login name; `None` means the full address (and, when a server
    /// refuses that, the part before `@`).
    pub username: Option<String>,
    /// `None` checks the transports only.
    pub password: Option<Password>,
    /// `password` is an access token from signing in at this provider
    /// (OAuth2): it logs in with XOAUTH2 or OAUTHBEARER where a server
    /// offers them, never as a password, and never without encryption.
    /// The report names the provider, for the exports.
    pub signed_in: Option<crate::discovery::autoconfig::OAuth2>,
    /// Servers (by name) where one login already failed before this check:
    /// asking a server where to sign in costs one. They count against
    /// each server's two.
    pub failed_before: Vec<String>,
    /// Limit for each network phase (resolve, connect, handshake, each reply).
    pub timeout: Duration,
    /// Roots a certificate may chain to.
    pub trust: TrustStore,
    /// Fixed addresses for names (`--resolve`).
    pub overrides: Overrides,
    /// A DNS server to ask instead of the system's (`--dns`), for every
    /// lookup; its deadline scales with `timeout` like every other one
    /// (see [`crate::discovery::dns_deadline`]).
    pub dns: Option<std::net::SocketAddr>,
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
            signed_in: None,
            failed_before: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
            trust,
            overrides: Overrides::default(),
            dns: None,
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

    /// What the lookups (and a sign-in) are asked with: this request's
    /// provider database, time limit, roots and resolver (`--dns`
    /// included).
    #[must_use]
    pub fn discovery_options(&self) -> crate::discovery::Options {
        let mut overrides = self.overrides.clone();
        if let Some(server) = self.dns {
            let deadline = crate::discovery::dns_deadline(self.timeout);
            overrides.use_dns(crate::wire::net::Dns::at(server, deadline));
        }
        crate::discovery::Options {
            ispdb: self.ispdb.clone(),
            timeout: self.timeout,
            trust: self.trust.clone(),
            overrides,
        }
    }
}

/// Progress, for a live view. `id` indexes [`crate::report::Report::attempts`].
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
