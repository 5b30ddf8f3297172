//! The engine's side of a login: on a session that passed its transport
//! check, whether to log in at all (no password, OAuth2 only, a local
//! server of a domain on the internet, consent due, plaintext already
//! used, a setting spared), with which mechanism and name, and the
//! goodbye after it.

use tokio::time::Instant;

use crate::protocol::capabilities::names_or_none;

use super::*;

impl Engine {
    /// Logs in (or not) on a session that passed the transport check.
    pub(super) async fn finish_ready(&mut self, id: usize, ready: &mut Ready) {
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
    pub(super) async fn log_in_or_not(&mut self, id: usize, ready: &mut Ready) -> (Outcome, String) {
        if let (Some(_), Some(mechanism)) = (&self.password, self.mechanism(&ready.caps)) {
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
        match (self.password.clone(), self.mechanism(&ready.caps)) {
            (Some(_), None) if self.signed_in => self.no_token_login(&ready.caps),
            (_, None) => self.no_password_login(id, &ready.caps),
            (None, Some(mechanism)) => (
                Outcome::Ok,
                format!("secure connection works; login ({}) not tried", mechanism.name()),
            ),
            (Some(_), Some(_)) if self.slots[id].candidate.oauth_only && !self.signed_in => (
                Outcome::OauthRequired,
                format!(
                    "{} names only OAuth2 sign-in for this server; the password was not sent",
                    crate::verdict::words::capitalised(&crate::verdict::words::source(
                        self.slots[id].candidate.source
                    ))
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
                        crate::verdict::words::source(self.slots[id].candidate.source),
                        self.domain
                    ),
                )
            }
            (Some(_), Some(_)) if ready.channel == Channel::DangerPlaintext => {
                self.plaintext_login_or_not(id, ready, protocol).await
            }
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

    /// The login to use on a server that offers `caps`: a token login when
    /// the check signed in with the provider, else a password login.
    pub(super) fn mechanism(&self, caps: &capabilities::Capabilities) -> Option<Mechanism> {
        if self.signed_in {
            caps.token_mechanism()
        } else {
            caps.password_mechanism()
        }
    }

    /// The verdict on a session that takes no token, when the check signed
    /// in with the provider: the token is not sent.
    fn no_token_login(&self, caps: &capabilities::Capabilities) -> (Outcome, String) {
        (
            Outcome::AuthUnavailable,
            format!(
                "this server takes no sign-in token (AUTH offered: {}); the token was not sent",
                names_or_none(&caps.auth)
            ),
        )
    }

    /// The verdict on a session that offers no login this program can use:
    /// OAuth2 only, another mechanism (CRAM-MD5, NTLM, GSSAPI, POP3's APOP:
    /// a login exists, only not one it can verify), or none at all.
    pub(super) fn no_password_login(
        &mut self,
        id: usize,
        caps: &capabilities::Capabilities,
    ) -> (Outcome, String) {
        let attempt = &mut self.slots[id].attempt;
        let apop = attempt.protocol == Protocol::Pop3
            && attempt
                .greeting
                .as_deref()
                .is_some_and(pop3::response::offers_apop);
        if caps.oauth_only() {
            return (
                Outcome::OauthRequired,
                format!("AUTH offered: {}", names_or_none(&caps.auth)),
            );
        }
        if !caps.auth.is_empty() || apop {
            attempt.cause = Some(Cause::OtherMechanisms);
        }
        let offered = match (attempt.protocol, caps.login_disabled) {
            (Protocol::Imap, true) => format!("LOGINDISABLED; AUTH offered: {}", names_or_none(&caps.auth)),
            (Protocol::Pop3, _) if apop => format!(
                "APOP (in the greeting); SASL offered: {}",
                names_or_none(&caps.auth)
            ),
            (Protocol::Pop3, _) => format!("SASL offered: {}; no USER", names_or_none(&caps.auth)),
            _ => format!("AUTH offered: {}", names_or_none(&caps.auth)),
        };
        (Outcome::AuthUnavailable, offered)
    }

    /// A login on a session without encryption, which the person allowed
    /// once per protocol and only where nothing encrypted works: not
    /// tried where an encrypted setting works or the consent was used.
    async fn plaintext_login_or_not(
        &mut self,
        id: usize,
        ready: &mut Ready,
        protocol: Protocol,
    ) -> (Outcome, String) {
        if self.encrypted_login_worked(protocol) {
            self.slots[id].attempt.skipped = Some(crate::report::Skipped::PlaintextNotNeeded);
            return (
                Outcome::Skipped,
                "Not tried: an encrypted setting works, so the password was not sent here without encryption."
                    .to_owned(),
            );
        }
        match self.plaintext_login(protocol) {
            Some(port) => {
                self.slots[id].attempt.skipped = Some(crate::report::Skipped::PlaintextUsedOn(port));
                (
                    Outcome::Skipped,
                    format!(
                        "Not tried: the consent covers one check without encryption for {}, and the password \
                         already went without encryption on port {port}.",
                        protocol.label()
                    ),
                )
            }
            None => self.log_in_with_password(id, ready).await,
        }
    }

    /// Logs in on a ready session with the name this server is due, or
    /// says why not (it may see no more failed logins).
    pub(super) async fn log_in_with_password(&mut self, id: usize, ready: &mut Ready) -> (Outcome, String) {
        let (Some(password), Some(mechanism)) = (self.password.clone(), self.mechanism(&ready.caps)) else {
            return (Outcome::Skipped, "Not tried.".to_owned());
        };
        if let Some(provider) = self.ledger.ruled_out(&self.slots[id].attempt.host) {
            self.slots[id].attempt.skipped = Some(crate::report::Skipped::RuledOut(provider.clone()));
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
            None => {
                self.slots[id].attempt.cause = Some(if self.signed_in {
                    Cause::SignInRefused
                } else {
                    Cause::PasswordRefused
                });
                let what = if self.signed_in {
                    "your sign-in"
                } else {
                    "the password"
                };
                (
                    Outcome::Skipped,
                    format!(
                        "Not tried: this server already refused {what}, and trying it again could lock the account."
                    ),
                )
            }
        }
    }

    /// Only the recommended setting is logged into (unless every one is
    /// to be verified): `id` is checked up to its login offer when a login
    /// of its direction was already accepted on a setting that ranks at
    /// least as high. What is spared can never outrank what was verified:
    /// one that might (a trusted certificate where the verified one needed
    /// an exception) is logged into.
    pub(super) fn spare(&self, id: usize) -> bool {
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
    pub(super) fn waits_for_a_better_protocol(&self, protocol: Protocol) -> bool {
        !self.verify_all
            && protocol == Protocol::Pop3
            && self
                .slots
                .iter()
                .any(|s| s.candidate.protocol == Protocol::Imap && !matches!(s.state, State::Done))
    }

    /// The port of `protocol` where the password already went without
    /// encryption in this run, if it did.
    pub(super) fn plaintext_login(&self, protocol: Protocol) -> Option<u16> {
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
    pub(super) async fn log_in(
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
    pub(super) async fn try_mechanisms(
        &mut self,
        id: usize,
        ready: &mut Ready,
        mechanism: Mechanism,
        username: &str,
        password: &Password,
    ) -> (Mechanism, Outcome, String) {
        let (outcome, detail) = self.try_login(id, ready, mechanism, username, password).await;
        let fallback = if mechanism.is_token() {
            ready.caps.other_token_mechanism(mechanism)
        } else {
            ready.caps.fallback_mechanism()
        }
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
    pub(super) async fn try_login(
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
        } else if self.signed_in && verdict.outcome == Outcome::AuthFailed {
            attempt.cause = Some(Cause::SignInRefused);
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
    pub(super) fn login_name(&self, id: usize) -> Option<String> {
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
    pub(super) fn encrypted_login_worked(&self, protocol: Protocol) -> bool {
        self.slots.iter().any(|s| {
            s.candidate.protocol == protocol
                && s.attempt.outcome == Outcome::Ok
                && s.attempt.security != Security::Plaintext
                && s.attempt.auth_mechanism.is_some()
                && matches!(s.state, State::Done)
        })
    }
}

/// Ends a session politely, within [`QUIT_WAIT`] in all however much the
/// server keeps sending; the server's words when it had already closed the
/// session (SMTP 421). It never changes an attempt's outcome otherwise.
pub(super) async fn goodbye(
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
