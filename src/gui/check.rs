//! A check that is running, as the window knows it: the live list of
//! attempts and lookups, the recommendations already certain, and the
//! report as far as it is known.

use std::time::Instant;

use tokio_util::sync::CancellationToken;

use crate::engine::Event;
use crate::report::{
    Attempt, Direction, Lookup, Phase, Protocol, Report, Section, Security, Setting, Source,
};

/// One row of the live list.
pub(super) struct Row {
    pub(super) protocol: Protocol,
    pub(super) host: String,
    pub(super) port: u16,
    pub(super) security: Security,
    pub(super) phase: Phase,
    pub(super) finished: Option<Box<Attempt>>,
}

/// A check that is running.
pub(super) struct Check {
    pub(super) id: u64,
    pub(super) cancel: CancellationToken,
    pub(super) started: Instant,
    pub(super) rows: Vec<Row>,
    /// Recommendations the engine is sure of, one per direction; the rest
    /// still runs.
    pub(super) early: Vec<Setting>,
    /// The user asked to see what is certain so far, while the rest runs.
    pub(super) show_now: bool,
    /// The lookups of the discovery stage, as they start and end.
    pub(super) lookups: Vec<LookupRow>,
    /// The check waits for the person to sign in with the provider: the
    /// sign-in page's address once it is known (empty before).
    pub(super) signing_in: Option<String>,
    /// Where the person signed in, once they have.
    pub(super) sign_in: Option<crate::discovery::autoconfig::OAuth2>,
}

/// One lookup on the checking page.
pub(super) struct LookupRow {
    pub(super) source: Source,
    pub(super) query: String,
    pub(super) ended: Option<Lookup>,
}

impl Check {
    /// A check that has just begun, for the window's unit tests.
    #[cfg(test)]
    pub(super) fn begun() -> Self {
        Self {
            id: 1,
            cancel: CancellationToken::new(),
            started: Instant::now(),
            rows: Vec::new(),
            early: Vec::new(),
            show_now: false,
            lookups: Vec::new(),
            signing_in: None,
            sign_in: None,
        }
    }

    /// This direction's recommendation is certain.
    pub(super) fn is_certain_for(&self, direction: Direction) -> bool {
        self.early.iter().any(|s| s.protocol.direction() == direction)
    }

    /// Every direction being checked has a certain recommendation.
    pub(super) fn is_certain(&self) -> bool {
        let mut directions: Vec<Direction> = Vec::new();
        for row in &self.rows {
            if !directions.contains(&row.protocol.direction()) {
                directions.push(row.protocol.direction());
            }
        }
        !directions.is_empty()
            && directions
                .iter()
                .all(|&d| self.early.iter().any(|s| s.protocol.direction() == d))
    }

    /// Something of `direction` is being checked.
    pub(super) fn checks(&self, direction: Direction) -> bool {
        self.rows
            .iter()
            .any(|r| !r.host.is_empty() && r.protocol.direction() == direction)
    }

    /// How many attempts are still running.
    pub(super) fn still_running(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| !r.host.is_empty() && r.finished.is_none())
            .count()
    }

    /// The report as far as it is known: the certain recommendations, what
    /// else works so far, and every finished attempt.
    pub(super) fn provisional_report(&self, email: &str) -> Report {
        let attempts: Vec<Attempt> = self
            .rows
            .iter()
            .filter_map(|r| r.finished.as_deref().cloned())
            .collect();
        let section = |direction: Direction| {
            let known = self
                .early
                .iter()
                .find(|s| s.protocol.direction() == direction)
                .cloned();
            // A direction not yet certain shows nothing: what works so far
            // may still be beaten.
            if known.is_none() {
                return Section::default();
            }
            let verified = known.as_ref().is_some_and(|s| s.verified);
            let username = known
                .as_ref()
                .map_or_else(|| email.to_owned(), |s| s.username.clone());
            let mut section = crate::verdict::policy::recommend(&attempts, direction, &username, verified);
            if let Some(known) = known {
                let same = |s: &Setting| {
                    s.protocol == known.protocol
                        && s.host == known.host
                        && s.port == known.port
                        && s.security == known.security
                };
                section.alternatives.retain(|s| !same(s));
                if let Some(other) = section.recommended.take().filter(|s| !same(s)) {
                    section.alternatives.insert(0, other);
                }
                section.recommended = Some(known);
            }
            section
        };
        let mut report = Report {
            email: email.to_owned(),
            outgoing: section(Direction::Outgoing),
            incoming: section(Direction::Incoming),
            attempts,
            cancelled: false,
            // The lookups that ended: what they saw of the network counts
            // as soon as it is known.
            discovery: self.lookups.iter().filter_map(|row| row.ended.clone()).collect(),
            network: Vec::new(),
            sign_in: self.sign_in.clone(),
        };
        // Said in the language that speaks now, which may have changed
        // since the engine explained the first attempts.
        crate::verdict::retell(&mut report);
        report
    }
}

/// Takes one event of the engine into the live view.
pub(super) fn apply_event(check: &mut Check, event: Event) {
    match event {
        Event::Planned {
            id,
            protocol,
            host,
            port,
            security,
        } => {
            if check.rows.len() <= id {
                check.rows.resize_with(id + 1, || Row {
                    protocol: Protocol::Smtp,
                    host: String::new(),
                    port: 0,
                    security: Security::Starttls,
                    phase: Phase::Queued,
                    finished: None,
                });
            }
            check.rows[id] = Row {
                protocol,
                host,
                port,
                security,
                phase: Phase::Queued,
                finished: None,
            };
        }
        Event::Phase { id, phase } => {
            if let Some(row) = check.rows.get_mut(id) {
                row.phase = phase;
            }
        }
        Event::Finished { id, attempt } => {
            if let Some(row) = check.rows.get_mut(id) {
                row.security = attempt.security;
                row.phase = attempt.phase;
                row.finished = Some(attempt);
            }
        }
        Event::Recommended(setting) => check.early.push(*setting),
        Event::Asking { source, query } => check.lookups.push(LookupRow {
            source,
            query,
            ended: None,
        }),
        Event::LookedUp(lookup) => {
            match check
                .lookups
                .iter_mut()
                .find(|row| row.ended.is_none() && row.source == lookup.source && row.query == lookup.query)
            {
                Some(row) => row.ended = Some(*lookup),
                None => check.lookups.push(LookupRow {
                    source: lookup.source,
                    query: lookup.query.clone(),
                    ended: Some(*lookup),
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_shown_early_already_says_what_the_lookups_saw_of_the_network() {
        let mut check = Check {
            show_now: true,
            ..Check::begun()
        };
        for host in ["autoconfig.example.test", "ispdb.example.org"] {
            apply_event(
                &mut check,
                Event::LookedUp(Box::new(Lookup {
                    source: Source::Autoconfig,
                    query: format!("https://{host}/mail/config-v1.1.xml"),
                    outcome: crate::report::LookupOutcome::None,
                    elapsed_ms: 3,
                    detail: "no file here".to_owned(),
                    clock_offset_s: Some(3 * 86_400),
                    certificate_for: None,
                    root: None,
                })),
            );
        }
        let report = check.provisional_report("alice@example.test");
        assert_eq!(report.discovery.len(), 2);
        assert_eq!(
            report.network.first().map(|f| f.finding),
            Some(crate::report::NetworkFinding::ClockSkew),
            "{:?}",
            report.network
        );
    }
}
