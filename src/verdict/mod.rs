//! From facts to what they mean: each outcome and cause in plain words
//! ([`outcome`]), why nothing works ([`diagnose`]), the RFC 8314 ranking
//! that picks the recommendation ([`policy`]), what the attempts together
//! say about this computer's network ([`network`]), and the sentences
//! several places show ([`words`]).

pub mod diagnose;
pub mod network;
pub mod outcome;
pub mod policy;
pub mod words;

use crate::report::Report;

/// Says `report` again in the language that speaks now: every sentence it
/// carries (each attempt's explanation, why each setting, the network
/// findings) is made again from its facts.
pub fn retell(report: &mut Report) {
    for attempt in &mut report.attempts {
        if !attempt.explanation.is_empty() {
            attempt.explanation = outcome::explain(attempt);
        }
    }
    for direction in [
        crate::report::Direction::Incoming,
        crate::report::Direction::Outgoing,
    ] {
        let attempts = &report.attempts;
        let section = match direction {
            crate::report::Direction::Incoming => &mut report.incoming,
            crate::report::Direction::Outgoing => &mut report.outgoing,
        };
        if let Some(best) = &mut section.recommended {
            best.explanation = policy::explain_choice(best, attempts);
        }
        for alternative in &mut section.alternatives {
            alternative.explanation = policy::explain_alternative(alternative);
        }
    }
    report.network = network::findings(report);
}
