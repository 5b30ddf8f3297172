//! When each check runs: the plan's order, a stagger between starts, one
//! login at a time per protocol (best first), checks parked while better
//! ones log in, and a port tried in its other mode once when it is silent.

use super::*;

impl Engine {
    pub(super) async fn add(&mut self, candidate: Candidate, follows: Option<usize>) -> usize {
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
    pub(super) fn start_queued(&mut self) {
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

    pub(super) fn spawn(&mut self, id: usize, delay: Duration) {
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
    pub(super) fn next_login(&self, protocol: Protocol) -> Option<usize> {
        (0..self.slots.len())
            .filter(|&i| {
                self.slots[i].candidate.protocol == protocol && !matches!(self.slots[i].state, State::Done)
            })
            .min_by_key(|&i| {
                let slot = &self.slots[i];
                login_order(
                    &slot.candidate,
                    slot.is_plaintext_ready(),
                    matches!(slot.state, State::Ready(_)),
                    i,
                )
            })
    }

    /// Closes the ready sessions `ids` rather than hold their connections
    /// while they wait for a better protocol: they are checked again at
    /// their turn.
    pub(super) fn park(&mut self, ids: &[usize]) {
        for &id in ids {
            let protocol = self.slots[id].candidate.protocol;
            if let State::Ready(mut ready) = std::mem::replace(&mut self.slots[id].state, State::Parked) {
                tokio::spawn(async move {
                    goodbye(protocol, &mut ready.conn).await;
                });
            }
        }
    }

    /// The check that tries `id`'s port in the other mode, if one exists.
    pub(super) fn follow_up_of(&self, id: usize) -> Option<usize> {
        self.slots.iter().position(|s| s.follows == Some(id))
    }

    /// Tries a port in the other mode (STARTTLS for a silent implicit-TLS
    /// port, TLS from the first byte for a silent STARTTLS port), once.
    pub(super) async fn try_other_mode(&mut self, id: usize) {
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
    pub(super) async fn drop_check(&mut self, id: usize, outcome: Outcome, why: String) {
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
}

impl Engine {
    pub(super) async fn transport_done(&mut self, id: usize, check: TransportCheck) {
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
        match self.slots[id].follows {
            Some(original) => self.follow_up_done(id, original).await,
            None if try_other_mode => self.try_other_mode(id).await,
            None => self.answered_in_own_mode(id).await,
        }
    }

    /// A check of a port's other mode ended: if that mode answered, the
    /// original port was simply used the wrong way. Unless it greeted in
    /// plain text and never offered STARTTLS: then the port is
    /// unencrypted, not "STARTTLS instead".
    pub(super) async fn follow_up_done(&mut self, id: usize, original: usize) {
        let slot = &self.slots[id];
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
                // Started beside a port that stayed silent: that silence
                // was the server waiting for TLS.
                let why = format!("no greeting; the port answers {label} instead");
                self.drop_check(original, Outcome::WrongMode, why).await;
            }
        }
    }

    /// The port answered in its own mode after all (a slow greeting): a
    /// check of the other mode begun during its silence is moot.
    pub(super) async fn answered_in_own_mode(&mut self, id: usize) {
        let slot = &self.slots[id];
        if slot.attempt.greeting.is_some() || slot.attempt.certificate.is_some() {
            if let Some(follow_up) = self.follow_up_of(id) {
                let why = "not needed: the port answered in its own mode after all".to_owned();
                self.slots[follow_up].attempt.skipped = Some(crate::report::Skipped::OwnModeAfterAll);
                self.drop_check(follow_up, Outcome::Skipped, why).await;
            }
        }
    }
}

/// A place in the login order: compared as a tuple, lowest first.
pub(super) type LoginKey = (bool, (bool, u8, u16), bool, usize, usize);

/// Where a candidate stands in its protocol's login order (lowest first):
/// plaintext sessions after every encrypted one; then by rank (named
/// before guessed, RFC 8314 order); a ready session before one still
/// connecting at the same rank; then the plan's host order.
pub(super) fn login_order(
    candidate: &Candidate,
    plaintext_ready: bool,
    ready: bool,
    index: usize,
) -> LoginKey {
    let (guessed, mut security, mut port, host) = candidate.rank();
    if plaintext_ready {
        // Among plaintext sessions, the standard port first.
        (security, port) = policy::rank(candidate.protocol, Security::Plaintext, candidate.port);
    }
    (plaintext_ready, (guessed, security, port), !ready, host, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidates::plan;

    fn candidate(host: &str, port: u16, security: Security, source: Source) -> Candidate {
        plan(Protocol::Smtp, &[host.to_owned()], &[port], source)
            .into_iter()
            .find(|c| c.security == security)
            .unwrap()
    }

    fn first(keys: Vec<LoginKey>) -> usize {
        keys.into_iter().min().unwrap().4
    }

    #[test]
    fn the_password_goes_first_where_it_is_best_protected() {
        let c465 = candidate("mail.example.test", 465, Security::ImplicitTls, Source::User);
        let c587 = candidate("mail.example.test", 587, Security::Starttls, Source::User);
        // 587 is ready first; 465 still connects: 465 logs in first all the same.
        assert_eq!(
            first(vec![
                login_order(&c587, false, true, 0),
                login_order(&c465, false, false, 1)
            ]),
            1
        );
    }

    #[test]
    fn plaintext_comes_after_everything_encrypted_even_unfinished() {
        let c25 = candidate("mail.example.test", 25, Security::Starttls, Source::User);
        let c587 = candidate("mail.example.test", 587, Security::Starttls, Source::Guess);
        assert_eq!(
            first(vec![
                login_order(&c25, true, true, 0),
                login_order(&c587, false, false, 1)
            ]),
            1
        );
    }

    #[test]
    fn a_ready_session_breaks_a_tie_of_rank_and_named_beats_guessed() {
        let a = candidate("smtp.example.test", 465, Security::ImplicitTls, Source::User);
        let b = candidate("mail.example.test", 465, Security::ImplicitTls, Source::User);
        assert_eq!(
            first(vec![
                login_order(&a, false, false, 0),
                login_order(&b, false, true, 1)
            ]),
            1
        );
        let guessed = candidate("mail.example.test", 465, Security::ImplicitTls, Source::Guess);
        let named = candidate("mail.example.test", 587, Security::Starttls, Source::User);
        assert_eq!(
            first(vec![
                login_order(&guessed, false, true, 0),
                login_order(&named, false, false, 1)
            ]),
            1
        );
    }
}
