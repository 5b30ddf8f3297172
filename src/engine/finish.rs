//! How attempts end: each one told as it finishes, a direction announced
//! the moment nothing still running could change its answer, and the rest
//! ended when the run's time is up or the person cancels.

use super::*;

impl Engine {
    /// Stamps time and explanation on a finished attempt and reports it.
    pub(super) async fn finish(&mut self, id: usize) {
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
    pub(super) async fn announce_if_certain(&mut self, direction: Direction) {
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
    pub(super) async fn end_rest(&mut self, outcome: Outcome, why: &str) {
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

    pub(super) async fn cancel_rest(&mut self) {
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
