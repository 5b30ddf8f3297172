//! The report: what was tried, what happened, what to use. Its JSON form is
//! the stable contract of `mailsetup probe --json`. [`text`] writes it for
//! people, [`export`] as files for mail programs.

pub mod export;
pub mod text;

use serde::Serialize;

pub use crate::model::{Direction, Phase, Protocol, Security, Source};

use crate::wire::certificate::CertificateInfo;

/// The end of one attempt, in the order of how far it got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Transport secure, and (when a password was given) the login worked.
    Ok,
    /// The server refused the user name or password (535).
    AuthFailed,
    /// The server could not check the login right now (451, 454): a
    /// problem on its side that says nothing about the password.
    AuthTemporary,
    /// The provider switched password logins off for this account or
    /// organisation (Microsoft 365: 535 5.7.139, 550 5.7.30).
    AuthDisabled,
    /// The provider wants a sign-in through its web page first (Gmail:
    /// 534 5.7.14).
    WebLoginRequired,
    /// The provider wants an application-specific password (534 5.7.9).
    AppPasswordRequired,
    /// AUTH offers only XOAUTH2/OAUTHBEARER: browser sign-in needed.
    OauthRequired,
    /// The server offers no login at all on this port.
    AuthUnavailable,
    /// The server offers AUTH without TLS; the password was not sent.
    PlaintextAuthRefused,
    /// A port meant for STARTTLS did not offer it.
    StarttlsUnavailable,
    /// The certificate chain does not lead to a trusted root (or is self-signed).
    CertUntrusted,
    /// The certificate is expired or not yet valid.
    CertExpired,
    /// The certificate is valid, but not for the name that was typed.
    CertNameMismatch,
    /// The TLS handshake failed for another reason.
    TlsFailed,
    /// The port speaks the other kind of connection (TLS vs plaintext first).
    WrongMode,
    /// Nothing listens: the connection was refused.
    Refused,
    /// The server is busy and turned the session away for now (421 greeting).
    ServerBusy,
    /// The server refuses service to this client (a 5xx greeting, e.g. 554).
    ServiceRefused,
    /// A phase took longer than the timeout.
    Timeout,
    /// The name does not resolve.
    DnsFailed,
    /// The server broke the SMTP protocol or closed the connection.
    ProtocolError,
    /// The user stopped the check.
    Cancelled,
    /// Deliberately not tried (e.g. to protect the account from lock-out).
    Skipped,
}

/// A finer reason within an outcome, where the plain-words advice differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// Certificate: the server sent no intermediate certificate, and its
    /// certificate names where to fetch one: a broken chain on the server.
    MissingIntermediate,
    /// Certificate: the host name is only in the subject's CN; there is no
    /// subjectAltName, which current TLS clients require.
    NoSubjectAltName,
    /// Certificate: its key or signature is too weak (e.g. 1024-bit RSA).
    WeakKey,
    /// TLS: the server speaks only TLS versions older than 1.2.
    OldTlsVersion,
    /// TLS: the server wants a client certificate.
    ClientCertificateRequired,
    /// STARTTLS offered, then refused with 454: the server cannot start TLS.
    TlsBrokenOnServer,
    /// Port meant for implicit TLS speaks plain SMTP without STARTTLS.
    PlaintextOnly,
    /// Login offered only with mechanisms this program does not verify
    /// (CRAM-MD5, DIGEST-MD5, NTLM, GSSAPI).
    OtherMechanisms,
    /// 530 to AUTH over TLS: the server does not allow a login here.
    LoginNotPermitted,
    /// The server accepted the login, then ended the session.
    ClosedAfterLogin,
    /// The connection works, but only DNS (MX, SRV) named this server and
    /// it is outside the address's domain: the password waits for the
    /// person's confirmation (RFC 6186 §6).
    NotConfirmed,
    /// The server sent an answer before the question was asked (bytes
    /// waiting when a command was about to be written): an attack or a
    /// broken server; nothing it said after that counts.
    PipelinedAnswer,
    /// IMAP `* PREAUTH` greeting: the server claims the session is logged
    /// in already, so no login happens and nothing can be verified; on a
    /// plaintext port it would also rule out encryption (RFC 9051 §7.1.4).
    Preauth,
    /// The server refused the user name before any password, because it
    /// wants an encrypted connection first (POP3 `-ERR TLS required`).
    TlsRequired,
    /// The password was sent and no answer came before the time ran out:
    /// it counts as a failed login.
    LoginUnanswered,
    /// IMAP or POP3 access is switched off for this account in the
    /// provider's settings; the password may well be right.
    AccessDisabled,
    /// The server refused the login mechanism it had advertised (SMTP 504,
    /// IMAP `BAD` or `[CANNOT]`), not the credentials; its other password
    /// login, if any, was tried on the same session.
    MechanismRefused,
    /// The setting works up to its login offer; its login was not tried,
    /// to spare the account, because another setting of its direction was
    /// verified (see `--verify-all`).
    LoginSpared,
    /// On `refused`: no way from this network to the server (the network
    /// or the host is unreachable, no route): nothing is known of the port,
    /// which is not said to be closed.
    Unreachable,
    /// The server the lookups named is on this machine or a private
    /// network while the address's domain is on the internet: checked,
    /// but never given the password (unless the person names it).
    PrivateAddress,
    /// Not tried: this server (by name or address) already refused the
    /// password on another port or protocol, and one more failed login
    /// could lock the account.
    PasswordRefused,
    /// The server refused the token of a sign-in with the provider (on
    /// this attempt, or on another port of the same server, and then this
    /// one was not tried).
    SignInRefused,
}

impl From<crate::wire::tls::TlsFault> for Cause {
    fn from(fault: crate::wire::tls::TlsFault) -> Self {
        use crate::wire::tls::TlsFault;
        match fault {
            TlsFault::OldVersion => Self::OldTlsVersion,
            TlsFault::ClientCertificateRequired => Self::ClientCertificateRequired,
            TlsFault::WeakKey => Self::WeakKey,
        }
    }
}

/// One connection attempt and everything learned from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attempt {
    /// The protocol spoken.
    pub protocol: Protocol,
    /// The server name as typed or guessed.
    pub host: String,
    /// The address connected to, when it got that far; when no address
    /// answered in time, every address tried (", "-separated).
    pub address: Option<String>,
    /// The server's IPv6 addresses that never answered (no route, or
    /// silent) while `address` did: started first, as RFC 8305 says, and
    /// followed to the end of the connect phase after another won.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ipv6_unanswered: Vec<String>,
    /// The IPv6 addresses raced before `address` won (the engine turns
    /// them into `ipv6_unanswered` when the run ends).
    #[serde(skip)]
    pub raced_ipv6: Vec<std::net::IpAddr>,
    /// Why the login was not tried, where no `cause` names it: for the
    /// explanation in the person's language (`detail` says it in English).
    #[serde(skip)]
    pub skipped: Option<Skipped>,
    /// TCP port.
    pub port: u16,
    /// The kind of connection tried.
    pub security: Security,
    /// What happened.
    pub outcome: Outcome,
    /// Where it stopped (or `done`).
    pub phase: Phase,
    /// Wall time of the whole attempt, login included.
    pub elapsed_ms: u64,
    /// The technical detail: the server's words or the error.
    pub detail: String,
    /// A finer reason within the outcome, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
    /// The same in plain words, with what it means for the user.
    pub explanation: String,
    /// The server's certificate, when a TLS handshake got that far.
    pub certificate: Option<CertificateInfo>,
    /// The server's greeting text.
    pub greeting: Option<String>,
    /// What the server offers (EHLO extensions, IMAP capabilities, POP3
    /// CAPA lines), post-TLS when TLS was used.
    pub capabilities: Vec<String>,
    /// The user name a login was tried with, when one was.
    pub username: Option<String>,
    /// The login mechanism used, when a login was tried.
    pub auth_mechanism: Option<String>,
    /// True when TLS worked only because the user accepted this server's
    /// certificate by its fingerprint (a security exception); no trusted
    /// root vouches for it.
    pub certificate_exception: bool,
    /// Where this server name came from.
    pub source: Source,
}

/// Why an attempt ended without being tried, where no [`Cause`] says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// An encrypted setting works: the password does not go out in clear.
    PlaintextNotNeeded,
    /// The consent to check without encryption was used on this port.
    PlaintextUsedOn(u16),
    /// This provider already said the password cannot be used this way.
    RuledOut(String),
    /// The port answered in its own mode after all: a check of the other
    /// mode, begun during its silence, is moot.
    OwnModeAfterAll,
}

impl Attempt {
    /// A fresh attempt that has not started.
    #[must_use]
    pub fn new(protocol: Protocol, host: &str, port: u16, security: Security) -> Self {
        Self {
            protocol,
            host: host.to_owned(),
            address: None,
            ipv6_unanswered: Vec::new(),
            raced_ipv6: Vec::new(),
            skipped: None,
            port,
            security,
            outcome: Outcome::Skipped,
            phase: Phase::Queued,
            elapsed_ms: 0,
            detail: String::new(),
            cause: None,
            explanation: String::new(),
            certificate: None,
            certificate_exception: false,
            greeting: None,
            capabilities: Vec::new(),
            username: None,
            auth_mechanism: None,
            source: Source::Guess,
        }
    }
}

/// How one lookup of the discovery stage ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LookupOutcome {
    /// It named servers.
    Found,
    /// It answered, with nothing for this address.
    None,
    /// No answer in time.
    Timeout,
    /// A network or format error.
    Error,
    /// An answer over plain http, which anyone on the path can forge: not used.
    IgnoredHttp,
}

/// One lookup of the discovery stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lookup {
    /// Which source.
    pub source: Source,
    /// What was asked: a URL or a DNS name and type.
    pub query: String,
    /// How it ended.
    pub outcome: LookupOutcome,
    /// How long it took.
    pub elapsed_ms: u64,
    /// What it found, or why not, in a few words.
    pub detail: String,
    /// For a web lookup that got an answer: how many seconds the web
    /// server's clock (its `Date` header) is ahead of this computer's
    /// (negative: behind).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_offset_s: Option<i64>,
    /// For a web lookup that met a certificate not valid for the name it
    /// asked: the names that certificate is valid for (empty when not
    /// known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_for: Option<Vec<String>>,
    /// For a web lookup whose server's certificate verified: the root it
    /// led to, and who made that root trusted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<crate::wire::tls::Root>,
}

/// Settings to type into a mail client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Setting {
    /// The protocol (SMTP outgoing; IMAP or POP3 incoming).
    pub protocol: Protocol,
    /// Server name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Connection security.
    pub security: Security,
    /// `PLAIN`, `LOGIN` or `USER` ("Normal password" in mail clients);
    /// `XOAUTH2` or `OAUTHBEARER` after signing in with the provider
    /// ("OAuth2").
    pub auth_mechanism: Option<String>,
    /// How a mail program logs in with this setting, when a login was
    /// checked: a password, or a sign-in with the provider (OAuth2).
    pub authentication: Option<Authentication>,
    /// The user name to log in with.
    pub username: String,
    /// True when the login was tried here and worked.
    pub verified: bool,
    /// True for a setting without encryption (only with `--allow-plaintext`).
    pub insecure: bool,
    /// True when it works only with the server's certificate accepted by
    /// its fingerprint: the mail program will need the same exception.
    pub certificate_exception: bool,
    /// Works up to its login offer; the login was not tried, to spare the
    /// account, because another setting of the direction was verified.
    pub login_spared: bool,
    /// Where this server name came from.
    pub source: Source,
    /// Why this port, in plain words.
    pub explanation: String,
}

impl Setting {
    /// It was verified with a token from signing in with the provider
    /// (OAuth2), not a password.
    #[must_use]
    pub fn signs_in(&self) -> bool {
        self.authentication == Some(Authentication::Oauth2)
    }

    /// A verified setting on mail.example.com for alice@example.com, for
    /// the unit tests of what shows and exports settings.
    #[cfg(test)]
    pub(crate) fn example(protocol: Protocol, security: Security, port: u16) -> Self {
        Self {
            protocol,
            host: "mail.example.com".into(),
            port,
            security,
            auth_mechanism: Some("PLAIN".into()),
            authentication: Some(Authentication::Password),
            username: "alice@example.com".into(),
            verified: true,
            insecure: false,
            certificate_exception: false,
            login_spared: false,
            source: Source::Guess,
            explanation: String::new(),
        }
    }
}

/// How a mail program logs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authentication {
    /// The account's password ("Normal password").
    Password,
    /// Signing in with the provider in the browser ("OAuth2").
    Oauth2,
}

impl Authentication {
    /// The way a login mechanism (`auth_mechanism`) logs in.
    #[must_use]
    pub fn of(mechanism: &str) -> Self {
        if mechanism.eq_ignore_ascii_case("XOAUTH2") || mechanism.eq_ignore_ascii_case("OAUTHBEARER") {
            Self::Oauth2
        } else {
            Self::Password
        }
    }
}

/// What works for one direction of the account (incoming or outgoing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The best working setting, or `None` when nothing works.
    pub recommended: Option<Setting>,
    /// Other settings that also work, best first.
    pub alternatives: Vec<Setting>,
}

/// Everything the probe found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The address that was checked.
    pub email: String,
    /// Sending: SMTP.
    pub outgoing: Section,
    /// Receiving: IMAP, or POP3 when only that works.
    pub incoming: Section,
    /// Every attempt, in the order they were planned.
    pub attempts: Vec<Attempt>,
    /// The lookups that found the servers (none when they were named, or
    /// with `--no-lookup`).
    pub discovery: Vec<Lookup>,
    /// True when the user stopped the check before it finished.
    pub cancelled: bool,
    /// What the attempts together say about the network this computer is
    /// on (a port blocked here, …); empty when they say nothing certain.
    pub network: Vec<Finding>,
    /// Where the person signed in, when the check logged in with a token
    /// (OAuth2) instead of a password: what a mail program needs to sign
    /// in there too.
    pub sign_in: Option<crate::discovery::autoconfig::OAuth2>,
}

/// A statement about this computer's network, certain from the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What was found.
    pub finding: NetworkFinding,
    /// What the check saw that shows it.
    pub evidence: String,
    /// What the person can do.
    pub advice: String,
}

/// The kinds of network finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkFinding {
    /// A port that servers of several addresses do not answer, while their
    /// other ports do: this network drops it.
    PortBlocked,
    /// Nothing could be looked up or reached, not even the lookups that do
    /// not depend on the address's domain: this computer is not online.
    Offline,
    /// This computer's clock is days (or years) off: web servers' clocks
    /// agree on another time, or certificates of unrelated servers are all
    /// not yet valid.
    ClockSkew,
    /// Names that cannot exist have addresses here, and web servers of
    /// unrelated domains answer with a certificate for another name: a
    /// captive portal (or a DNS that redirects) stands in the way.
    CaptivePortal,
    /// Certificates of unrelated servers lead to a root only this
    /// computer trusts (or one named after a known product): something
    /// decrypts secure connections on the way.
    TlsInterception,
    /// Servers with IPv6 and IPv4 addresses never answered over IPv6 and
    /// answered over IPv4 at once: this network gives out IPv6 but does not
    /// carry it.
    Ipv6Broken,
}

impl Report {
    /// The section of one direction.
    #[must_use]
    pub fn section(&self, direction: Direction) -> &Section {
        match direction {
            Direction::Incoming => &self.incoming,
            Direction::Outgoing => &self.outgoing,
        }
    }

    /// The attempts of one direction.
    pub fn attempts_of(&self, direction: Direction) -> impl Iterator<Item = &Attempt> {
        self.attempts
            .iter()
            .filter(move |a| a.protocol.direction() == direction)
    }

    /// The attempt that found `setting` (for its certificate, say).
    #[must_use]
    pub fn attempt_for(&self, setting: &Setting) -> Option<&Attempt> {
        self.attempts.iter().find(|a| {
            a.outcome == Outcome::Ok
                && a.protocol == setting.protocol
                && a.host == setting.host
                && a.port == setting.port
                && a.security == setting.security
        })
    }
}
