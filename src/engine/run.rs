//! The main loop: what happens next (a login, a parked check's turn, or
//! waiting for a check, a lookup, a silence), within the run's budget.

use super::discovered::next_lookup;
use super::*;

/// What the main loop does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        let contenders: Vec<Contender> = Protocol::ALL
            .iter()
            .filter_map(|&protocol| self.next_login(protocol))
            .map(|id| self.contender(id))
            .collect();
        let (park, turn) = plan(&contenders, self.discovery.is_some());
        self.park(&park);
        turn
    }

    /// How the best unfinished candidate `id` of its protocol stands, for
    /// [`plan`].
    fn contender(&self, id: usize) -> Contender {
        let slot = &self.slots[id];
        let protocol = slot.candidate.protocol;
        Contender {
            id,
            stand: match slot.state {
                State::Ready(_) => Stand::Ready,
                State::Parked => Stand::Parked,
                State::Queued | State::Running | State::Done => Stand::Checking,
            },
            waits_for_a_better_protocol: self.waits_for_a_better_protocol(protocol),
            plaintext_waits_for_a_lookup: slot.is_plaintext_ready()
                && self.lookups_pending(protocol.direction()),
        }
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

/// Where the best unfinished candidate of a protocol stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stand {
    /// Its session is open and waits for the password.
    Ready,
    /// Its transport works; its connection was closed to wait its turn.
    Parked,
    /// Its transport is still being checked (or not yet begun).
    Checking,
}

/// The best unfinished candidate of one protocol, as [`plan`] sees it.
#[derive(Debug, Clone, Copy)]
struct Contender {
    id: usize,
    stand: Stand,
    /// POP3 waits while IMAP may still verify (unless every setting is
    /// verified): the same password need not go to the weaker protocol.
    waits_for_a_better_protocol: bool,
    /// It would take the password without encryption, and a lookup still
    /// out could name an encrypted server of its direction.
    plaintext_waits_for_a_lookup: bool,
}

/// What the main loop does next, from each protocol's best unfinished
/// candidate: the ready sessions to close and park (they wait for a better
/// protocol, and servers limit connections per client), and the turn. A
/// parked check whose wait is over is checked again before any login; a
/// ready session logs in unless it waits.
fn plan(contenders: &[Contender], lookups_out: bool) -> (Vec<usize>, Turn) {
    if contenders.is_empty() && !lookups_out {
        return (Vec::new(), Turn::Over);
    }
    let park: Vec<usize> = contenders
        .iter()
        .filter(|c| c.stand == Stand::Ready && c.waits_for_a_better_protocol)
        .map(|c| c.id)
        .collect();
    let free = |c: &&Contender| !c.waits_for_a_better_protocol;
    let turn = if let Some(parked) = contenders.iter().filter(free).find(|c| c.stand == Stand::Parked) {
        Turn::Unpark(parked.id)
    } else {
        contenders
            .iter()
            .filter(free)
            .find(|c| c.stand == Stand::Ready && !c.plaintext_waits_for_a_lookup)
            .map_or(Turn::Wait, |c| Turn::LogIn(c.id))
    };
    (park, turn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contender(id: usize, stand: Stand) -> Contender {
        Contender {
            id,
            stand,
            waits_for_a_better_protocol: false,
            plaintext_waits_for_a_lookup: false,
        }
    }

    #[test]
    fn the_run_is_over_only_when_nothing_is_left_and_no_lookup_is_out() {
        assert_eq!(plan(&[], false), (vec![], Turn::Over));
        assert_eq!(plan(&[], true), (vec![], Turn::Wait));
    }

    #[test]
    fn pop3_ready_while_imap_may_verify_is_parked_not_logged_in() {
        let imap = contender(0, Stand::Checking);
        let pop3 = Contender {
            waits_for_a_better_protocol: true,
            ..contender(1, Stand::Ready)
        };
        assert_eq!(plan(&[imap, pop3], false), (vec![1], Turn::Wait));
        // Already parked: nothing to close, and no turn yet.
        let parked = Contender {
            stand: Stand::Parked,
            ..pop3
        };
        assert_eq!(plan(&[imap, parked], false), (vec![], Turn::Wait));
    }

    #[test]
    fn a_parked_check_is_checked_again_when_its_wait_is_over_before_any_login() {
        let smtp = contender(0, Stand::Ready);
        let pop3 = contender(1, Stand::Parked);
        assert_eq!(plan(&[smtp, pop3], false), (vec![], Turn::Unpark(1)));
        assert_eq!(plan(&[smtp], false), (vec![], Turn::LogIn(0)));
    }

    #[test]
    fn plaintext_waits_while_a_lookup_could_name_an_encrypted_server() {
        let plain = Contender {
            plaintext_waits_for_a_lookup: true,
            ..contender(0, Stand::Ready)
        };
        let imap = contender(1, Stand::Ready);
        assert_eq!(plan(&[plain, imap], true), (vec![], Turn::LogIn(1)));
        assert_eq!(plan(&[plain], true), (vec![], Turn::Wait));
    }

    #[test]
    fn nothing_logs_in_while_the_best_is_still_being_checked() {
        assert_eq!(
            plan(&[contender(0, Stand::Checking)], false),
            (vec![], Turn::Wait)
        );
    }
}
