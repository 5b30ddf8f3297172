//! The main loop: what happens next (a login, a parked check's turn, or
//! waiting for a check, a lookup, a silence), within the run's budget.

use super::discovered::next_lookup;
use super::*;

/// What the main loop does next.
enum Turn {
    /// Nothing is left to log in to, and no lookup is out.
    Over,
    /// A parked check's turn came: check its transport again.
    Unpark(usize),
    /// Log in on this ready session.
    LogIn(usize),
    /// Wait for a check, a lookup, a silence or the end.
    Wait,
}

impl Engine {
    /// The main loop; returns true when cancelled.
    pub(super) async fn run(&mut self, cancel: &CancellationToken) -> bool {
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
            match self.turn() {
                Turn::Over => return false,
                Turn::Unpark(id) => {
                    self.spawn(id, Duration::ZERO);
                    continue;
                }
                Turn::LogIn(id) => {
                    if self.log_in_turn(id, cancel, deadline).await {
                        self.end_rest(Outcome::Timeout, &out_of_time).await;
                        return false;
                    }
                    continue;
                }
                Turn::Wait => {}
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
                    self.check_ended(joined).await;
                    self.start_queued();
                }
            }
        }
    }

    /// What the loop does next. Logins go in order of preference within
    /// each protocol, wherever that protocol's best unfinished candidate is
    /// ready; the loop waits while it is still being checked. A session
    /// that would take the password without encryption comes after every
    /// other one of its protocol, finished or not: the user's consent is
    /// for "only where nothing encrypted works", never "also".
    fn turn(&mut self) -> Turn {
        let best: Vec<usize> = Protocol::ALL
            .iter()
            .filter_map(|&protocol| self.next_login(protocol))
            .collect();
        if best.is_empty() && self.discovery.is_none() {
            return Turn::Over;
        }
        self.park_waiting(&best);
        let waiting: Vec<usize> = best
            .iter()
            .copied()
            .filter(|&i| self.waits_for_a_better_protocol(self.slots[i].candidate.protocol))
            .collect();
        if let Some(parked) = best
            .iter()
            .copied()
            .find(|&i| matches!(self.slots[i].state, State::Parked) && !waiting.contains(&i))
        {
            return Turn::Unpark(parked);
        }
        // A plaintext login also waits while a lookup could still name an
        // encrypted server of its direction.
        best.iter()
            .copied()
            .find(|&i| {
                matches!(self.slots[i].state, State::Ready(_))
                    && !waiting.contains(&i)
                    && !(self.slots[i].is_plaintext_ready()
                        && self.lookups_pending(self.slots[i].candidate.protocol.direction()))
            })
            .map_or(Turn::Wait, Turn::LogIn)
    }

    /// Logs in on `id`'s ready session unless a cancel or the run's end
    /// comes first (then the session stays ready); true when the run's
    /// time ran out.
    async fn log_in_turn(&mut self, id: usize, cancel: &CancellationToken, deadline: Instant) -> bool {
        let State::Ready(mut ready) = std::mem::replace(&mut self.slots[id].state, State::Done) else {
            return false;
        };
        tokio::select! {
            biased;
            () = cancel.cancelled() => {
                self.slots[id].state = State::Ready(ready);
                false
            }
            () = tokio::time::sleep_until(deadline) => {
                self.slots[id].state = State::Ready(ready);
                true
            }
            () = self.finish_ready(id, &mut ready) => false,
        }
    }

    /// A transport check's task ended: its result, or (a bug, not a
    /// network answer) its slot ended as an internal error.
    async fn check_ended(
        &mut self,
        joined: Result<(tokio::task::Id, (usize, TransportCheck, Duration)), tokio::task::JoinError>,
    ) {
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
    }
}
