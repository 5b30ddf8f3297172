//! What the lookups name joins the plan: each server once, the better
//! source kept; a server a curated source vouches for needs no consent;
//! and where the address's domain is, for a server on a local address.

use super::*;

impl Engine {
    /// A lookup is still out that may name servers of `direction`.
    pub(super) fn lookups_pending(&self, direction: Direction) -> bool {
        self.discovery.is_some() && self.discovering.contains(&direction)
    }

    /// What the discovery stage reports: a lookup started, or ended with
    /// servers, which are planned and started at once; `None` when every
    /// lookup has ended (which may make a direction certain).
    pub(super) async fn lookup_progress(&mut self, progress: Option<crate::discovery::Progress>) {
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
    pub(super) async fn add_found(&mut self, found: crate::discovery::Found) {
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

    /// The server's local address and the domain's internet address, when
    /// `id`'s server, which the person did not name, is on this machine or
    /// a private network while the domain's own names are on the internet.
    pub(super) async fn local_while_public(
        &mut self,
        id: usize,
    ) -> Option<(std::net::IpAddr, std::net::IpAddr)> {
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
}

/// The next word of the discovery stage; never, once it has ended.
pub(super) async fn next_lookup(
    discovery: &mut Option<mpsc::UnboundedReceiver<crate::discovery::Progress>>,
) -> Option<crate::discovery::Progress> {
    match discovery {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}
