//! When the answer is certain: the rule that lets a result be shown while
//! slower checks still run. Pure: attempts in, decision out.
//!
//! A direction's recommendation is **certain** when no attempt still
//! running (or still to start) could end as a setting that ranks above the
//! best one already verified. What a running attempt can still become:
//! - its own protocol, port and mode, with a trusted certificate, at best;
//! - the other mode on the same port (a wrong-mode follow-up), unless the
//!   port has already answered in its own mode (a greeting or a
//!   certificate was seen);
//! - never better than that: host names only break ties among finished
//!   attempts, so a hanging preferred name does not hold back a verified
//!   setting on another name of the same rank;
//! - a lookup still out (discovery) may name any server: it stands for the
//!   best setting of each protocol, from a named (not guessed) server. So a
//!   verified guess waits for the lookups; a verified 465 or 993 from a
//!   lookup does not.

use crate::report::{Protocol, Security};
use crate::verdict::policy::{preference_of, Preference};

/// What the rule needs to know of an attempt that has not finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pending {
    /// Its protocol.
    pub(crate) protocol: Protocol,
    /// The mode it is trying.
    pub(crate) security: Security,
    /// Its port.
    pub(crate) port: u16,
    /// The port has not yet answered in this mode, so a follow-up in the
    /// other mode may still come from it.
    pub(crate) may_switch_mode: bool,
    /// A guessed server name (ranks after named and discovered ones).
    pub(crate) guessed: bool,
}

impl Pending {
    /// The best place this attempt (or its follow-up) can still reach.
    pub(crate) fn best_possible(self) -> Preference {
        let own = preference_of(self.protocol, self.security, self.port, false, self.guessed);
        if !self.may_switch_mode {
            return own;
        }
        let other = match self.security {
            Security::ImplicitTls => Security::Starttls,
            Security::Starttls | Security::Plaintext => Security::ImplicitTls,
        };
        own.min(preference_of(
            self.protocol,
            other,
            self.port,
            false,
            self.guessed,
        ))
    }

    /// What a lookup still out may yet name for `protocol`: its best setting.
    pub(crate) fn lookup(protocol: Protocol) -> Self {
        let (security, port) = match protocol {
            Protocol::Smtp => (Security::ImplicitTls, 465),
            Protocol::Imap => (Security::ImplicitTls, 993),
            Protocol::Pop3 => (Security::ImplicitTls, 995),
        };
        Self {
            protocol,
            security,
            port,
            may_switch_mode: false,
            guessed: false,
        }
    }
}

/// Whether `best`, the best verified setting of a direction, is certain
/// while `pending` attempts of that direction are unfinished.
pub(crate) fn is_certain(best: Option<Preference>, pending: impl IntoIterator<Item = Pending>) -> bool {
    let Some(best) = best else { return false };
    pending.into_iter().all(|p| p.best_possible() >= best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(protocol: Protocol, security: Security, port: u16, may_switch_mode: bool) -> Pending {
        Pending {
            protocol,
            security,
            port,
            may_switch_mode,
            guessed: true,
        }
    }

    fn verified(protocol: Protocol, security: Security, port: u16) -> Option<Preference> {
        Some(preference_of(protocol, security, port, false, true))
    }

    #[test]
    fn a_lookup_still_out_holds_back_a_guess_but_not_the_best_it_could_name() {
        let guess = verified(Protocol::Smtp, Security::ImplicitTls, 465);
        assert!(!is_certain(guess, [Pending::lookup(Protocol::Smtp)]));
        let found = Some(preference_of(
            Protocol::Smtp,
            Security::ImplicitTls,
            465,
            false,
            false,
        ));
        assert!(is_certain(found, [Pending::lookup(Protocol::Smtp)]));
        let found_587 = Some(preference_of(
            Protocol::Smtp,
            Security::Starttls,
            587,
            false,
            false,
        ));
        assert!(!is_certain(found_587, [Pending::lookup(Protocol::Smtp)]));
        // POP3 waits for a lookup that may still name IMAP.
        let pop = Some(preference_of(
            Protocol::Pop3,
            Security::ImplicitTls,
            995,
            false,
            false,
        ));
        assert!(!is_certain(pop, [Pending::lookup(Protocol::Imap)]));
    }

    #[test]
    fn a_filtered_port_25_does_not_hold_back_465() {
        let best = verified(Protocol::Smtp, Security::ImplicitTls, 465);
        let port_25 = pending(Protocol::Smtp, Security::Starttls, 25, true);
        let port_587 = pending(Protocol::Smtp, Security::Starttls, 587, true);
        assert!(is_certain(best, [port_25, port_587]));
    }

    #[test]
    fn starttls_on_25_never_outranks_starttls_on_587() {
        let best = verified(Protocol::Smtp, Security::Starttls, 587);
        assert!(is_certain(
            best,
            [pending(Protocol::Smtp, Security::Starttls, 25, true)]
        ));
        assert!(is_certain(
            best,
            [pending(Protocol::Smtp, Security::Starttls, 2525, false)]
        ));
    }

    #[test]
    fn a_better_port_still_running_keeps_it_uncertain() {
        let best = verified(Protocol::Smtp, Security::Starttls, 587);
        assert!(!is_certain(
            best,
            [pending(Protocol::Smtp, Security::ImplicitTls, 465, true)]
        ));
        let best = verified(Protocol::Imap, Security::Starttls, 143);
        assert!(!is_certain(
            best,
            [pending(Protocol::Imap, Security::ImplicitTls, 993, false)]
        ));
    }

    #[test]
    fn a_hanging_better_name_of_the_same_rank_is_only_a_tie() {
        // smtp.DOMAIN:465 hangs, mail.DOMAIN:465 is verified: same rank.
        let best = verified(Protocol::Smtp, Security::ImplicitTls, 465);
        assert!(is_certain(
            best,
            [pending(Protocol::Smtp, Security::ImplicitTls, 465, true)]
        ));
    }

    #[test]
    fn a_misconfigured_465_waits_only_for_what_could_beat_it() {
        // 465 speaks STARTTLS (a server mistake): 587 STARTTLS, still
        // running, would be a standard pair and rank above it.
        let best = verified(Protocol::Smtp, Security::Starttls, 465);
        assert!(!is_certain(
            best,
            [pending(Protocol::Smtp, Security::Starttls, 587, false)]
        ));
        // 993 tried with STARTTLS (a follow-up) cannot beat 143; the same
        // port still able to switch back to implicit TLS can.
        let best = verified(Protocol::Imap, Security::Starttls, 143);
        assert!(is_certain(
            best,
            [pending(Protocol::Imap, Security::Starttls, 993, false)]
        ));
        assert!(!is_certain(
            best,
            [pending(Protocol::Imap, Security::Starttls, 993, true)]
        ));
    }

    #[test]
    fn imap_waits_for_nothing_pop3_can_do() {
        let best = verified(Protocol::Imap, Security::Starttls, 143);
        assert!(is_certain(
            best,
            [pending(Protocol::Pop3, Security::ImplicitTls, 995, true)]
        ));
        let best = verified(Protocol::Pop3, Security::ImplicitTls, 995);
        assert!(!is_certain(
            best,
            [pending(Protocol::Imap, Security::Starttls, 143, false)]
        ));
    }

    #[test]
    fn an_accepted_certificate_can_still_be_beaten_by_a_trusted_one() {
        let accepted = Some(preference_of(
            Protocol::Smtp,
            Security::ImplicitTls,
            465,
            true,
            true,
        ));
        assert!(!is_certain(
            accepted,
            [pending(Protocol::Smtp, Security::Starttls, 587, false)]
        ));
    }

    #[test]
    fn nothing_verified_is_never_certain() {
        assert!(!is_certain(None, []));
    }
}
