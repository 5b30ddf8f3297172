//! Which working setting to recommend, and why — in the product's own words.

use super::words;
use crate::report::{Attempt, Cause, Direction, Outcome, Protocol, Section, Security, Setting, Source};
use crate::tr;

/// Order of preference within a protocol, lower first: what a mail program
/// expects comes first (RFC 8314 §3 and §5.1): SMTP implicit TLS on 465,
/// then STARTTLS on 587 (RFC 6409), 2525 (unofficial), 25 (relay); IMAP
/// implicit TLS on 993, then STARTTLS on 143; POP3 995, then 110. A port
/// that speaks the other mode than its standard one (465 with STARTTLS, a
/// server misconfiguration) comes after every standard pair, implicit TLS
/// before STARTTLS; plaintext after every encrypted setting.
#[must_use]
pub fn rank(protocol: Protocol, security: Security, port: u16) -> (u8, u16) {
    let standard = match (protocol, security, port) {
        (Protocol::Smtp, Security::ImplicitTls, 465)
        | (Protocol::Imap, Security::ImplicitTls, 993)
        | (Protocol::Pop3, Security::ImplicitTls, 995) => Some(0),
        (Protocol::Smtp, Security::Starttls, 587)
        | (Protocol::Imap, Security::Starttls, 143)
        | (Protocol::Pop3, Security::Starttls, 110) => Some(1),
        (Protocol::Smtp, Security::Starttls, 2525) => Some(2),
        (Protocol::Smtp, Security::Starttls, 25) => Some(3),
        _ => None,
    };
    if let Some(order) = standard {
        return (0, order);
    }
    let port_rank = match (protocol, port) {
        (Protocol::Smtp, 465) | (Protocol::Imap, 993) | (Protocol::Pop3, 995) => 0,
        (Protocol::Smtp, 587) | (Protocol::Imap, 143) | (Protocol::Pop3, 110) => 1,
        (Protocol::Smtp, 2525) => 2,
        (Protocol::Smtp, 25) => 3,
        // Any other port after the well-known ones, in port order.
        (_, other) => other.saturating_add(4).max(4),
    };
    match security {
        Security::ImplicitTls => (1, port_rank),
        Security::Starttls => (2, port_rank),
        Security::Plaintext => (3, plaintext_port_rank(protocol, port)),
    }
}

/// Among plaintext settings, the protocol's standard port for a greeting
/// in the clear comes first (submission 587, IMAP 143, POP3 110), then
/// 2525 and 25; a port meant for TLS from the first byte comes last.
fn plaintext_port_rank(protocol: Protocol, port: u16) -> u16 {
    match (protocol, port) {
        (Protocol::Smtp, 587) | (Protocol::Imap, 143) | (Protocol::Pop3, 110) => 0,
        (Protocol::Smtp, 2525) => 1,
        (Protocol::Smtp, 25) => 2,
        (Protocol::Smtp, 465) | (Protocol::Imap, 993) | (Protocol::Pop3, 995) => 3,
        (_, other) => other.saturating_add(4).max(4),
    }
}

/// A port used in the other mode than its standard one, e.g. 465 with
/// STARTTLS: it works, but a mail program set the usual way fails there.
#[must_use]
pub fn is_misconfigured(protocol: Protocol, security: Security, port: u16) -> bool {
    security != Security::Plaintext
        && rank(protocol, security, port).0 != 0
        && [Security::ImplicitTls, Security::Starttls]
            .iter()
            .any(|&other| rank(protocol, other, port).0 == 0)
}

/// A setting's place in the order of preference, lower first: TLS with a
/// certificate a trusted root vouches for, then TLS with a certificate the
/// user accepted by hand, then plaintext; within each, a server the person
/// or a lookup named before a guessed one; then IMAP before POP3, then
/// [`rank`]. The scheduler's certainty rule compares the same keys.
pub(crate) type Preference = (u8, bool, u8, (u8, u16));

/// See [`Preference`].
pub(crate) fn preference_of(
    protocol: Protocol,
    security: Security,
    port: u16,
    certificate_exception: bool,
    guessed: bool,
) -> Preference {
    let trust = if security == Security::Plaintext {
        2
    } else {
        u8::from(certificate_exception)
    };
    let protocol_order = u8::from(protocol == Protocol::Pop3);
    (trust, guessed, protocol_order, rank(protocol, security, port))
}

pub(crate) fn preference(attempt: &Attempt) -> Preference {
    preference_of(
        attempt.protocol,
        attempt.security,
        attempt.port,
        attempt.certificate_exception,
        attempt.source == Source::Guess,
    )
}

/// The recommended setting and the alternatives for one direction, from the
/// attempts that ended `ok`. `verified` says whether a login was part of
/// the check; `username` is the login name where an attempt did not record
/// the one that worked.
#[must_use]
pub fn recommend(attempts: &[Attempt], direction: Direction, username: &str, verified: bool) -> Section {
    recommend_pinned(attempts, direction, username, verified, None)
}

/// As [`recommend`], with the setting that was already announced as certain
/// (by its attempt's index) kept as the recommendation: an attempt that
/// finished later can only tie with it (certainty rule), and a tie must not
/// change what the person was shown.
#[must_use]
pub fn recommend_pinned(
    attempts: &[Attempt],
    direction: Direction,
    username: &str,
    verified: bool,
    pinned: Option<usize>,
) -> Section {
    let mut working: Vec<(usize, &Attempt)> = attempts
        .iter()
        .enumerate()
        .filter(|(_, a)| a.outcome == Outcome::Ok && a.protocol.direction() == direction)
        .collect();
    // Stable sort: among equals, the planned order (the host list) decides.
    // Where a login was part of the check, a setting whose login was not
    // tried (a server the person has yet to confirm) comes after the
    // verified ones.
    working.sort_by_key(|&(i, a)| {
        (
            Some(i) != pinned,
            verified && a.auth_mechanism.is_none(),
            preference(a),
        )
    });
    let working: Vec<&Attempt> = working.into_iter().map(|(_, a)| a).collect();
    let mut settings = working.iter().map(|attempt| Setting {
        protocol: attempt.protocol,
        host: attempt.host.clone(),
        port: attempt.port,
        security: attempt.security,
        auth_mechanism: attempt.auth_mechanism.clone(),
        authentication: attempt
            .auth_mechanism
            .as_deref()
            .map(crate::report::Authentication::of),
        username: attempt.username.clone().unwrap_or_else(|| username.to_owned()),
        verified: verified && attempt.auth_mechanism.is_some(),
        insecure: attempt.security == Security::Plaintext,
        certificate_exception: attempt.certificate_exception,
        login_spared: attempt.cause == Some(Cause::LoginSpared),
        source: attempt.source,
        explanation: String::new(),
    });
    let Some(mut best) = settings.next() else {
        return Section::default();
    };
    best.explanation = explain_choice(&best, attempts);
    let alternatives = settings
        .map(|mut s| {
            s.explanation = explain_alternative(&s);
            s
        })
        .collect();
    Section {
        recommended: Some(best),
        alternatives,
    }
}

/// Why this port was chosen, mentioning what happened to better-ranked ones.
#[must_use]
pub fn explain_choice(setting: &Setting, attempts: &[Attempt]) -> String {
    let mut text = match (setting.protocol, setting.security, setting.port) {
        (Protocol::Imap | Protocol::Pop3, Security::ImplicitTls, port) => tr!("choice-tls", port = port),
        (Protocol::Imap | Protocol::Pop3, Security::Starttls, port) => tr!("choice-starttls", port = port),
        (Protocol::Imap | Protocol::Pop3, Security::Plaintext, port) => words::plaintext_warning(port),
        (Protocol::Smtp, security, port) => smtp_choice(security, port),
    };
    match setting.protocol {
        Protocol::Imap => then(&mut text, &tr!("choice-imap")),
        Protocol::Pop3 => then(&mut text, &tr!("choice-pop3")),
        Protocol::Smtp => {}
    }
    if setting.certificate_exception {
        text = format!("{} {text}", words::certificate_exception_warning());
    }
    // Why the preferred port failed: on this setting's own server if it
    // was tried there (a name that does not exist says nothing about it).
    let better = attempts
        .iter()
        .filter(|a| {
            a.protocol == setting.protocol
                && rank(a.protocol, a.security, a.port)
                    < rank(setting.protocol, setting.security, setting.port)
                && a.outcome != Outcome::Ok
        })
        .min_by_key(|a| {
            (
                !a.host.eq_ignore_ascii_case(&setting.host),
                a.outcome == Outcome::DnsFailed,
                rank(a.protocol, a.security, a.port),
            )
        });
    if let Some(first) = better {
        then(
            &mut text,
            &tr!(
                "choice-better-failed",
                port = first.port,
                security = first.security.client_label(),
                why = first.explanation.as_str()
            ),
        );
    }
    if is_misconfigured(setting.protocol, setting.security, setting.port) {
        then(
            &mut text,
            &tr!(
                "choice-misconfigured",
                port = setting.port,
                usual = other_mode(setting.security).client_label(),
                security = setting.security.client_label()
            ),
        );
    } else if let Some((port, speaks)) = misconfigured_port(setting.protocol, attempts) {
        then(
            &mut text,
            &tr!(
                "choice-other-misconfigured",
                port = port,
                security = speaks.client_label(),
                usual = other_mode(speaks).client_label()
            ),
        );
    }
    text
}

/// `sentence` after `text`, a space between.
fn then(text: &mut String, sentence: &str) {
    text.push(' ');
    text.push_str(sentence);
}

/// A standard port that speaks the other mode (465 with STARTTLS, 587
/// with SSL/TLS): its port and the mode it speaks. Known as soon as the
/// port answered in the wrong mode, so the sentence it gives is the same
/// when the answer is announced early and when the follow-up in the other
/// mode has ended.
fn misconfigured_port(protocol: Protocol, attempts: &[Attempt]) -> Option<(u16, Security)> {
    attempts.iter().filter(|a| a.protocol == protocol).find_map(|a| {
        let speaks = match a.outcome {
            Outcome::Ok => a.security,
            Outcome::WrongMode => other_mode(a.security),
            _ => return None,
        };
        is_misconfigured(protocol, speaks, a.port).then_some((a.port, speaks))
    })
}

fn other_mode(security: Security) -> Security {
    match security {
        Security::ImplicitTls => Security::Starttls,
        Security::Starttls | Security::Plaintext => Security::ImplicitTls,
    }
}

/// Why this SMTP port, in plain words.
fn smtp_choice(security: Security, port: u16) -> String {
    match (security, port) {
        (Security::ImplicitTls, 465) => tr!("choice-smtp-465"),
        (Security::ImplicitTls, port) => tr!("choice-smtp-tls", port = port),
        (Security::Starttls, 587) => tr!("choice-smtp-587"),
        (Security::Starttls, 2525) => tr!("choice-smtp-2525"),
        (Security::Starttls, 25) => tr!("choice-smtp-25"),
        (Security::Starttls, port) => tr!("choice-smtp-starttls", port = port),
        (Security::Plaintext, port) => words::plaintext_warning(port),
    }
}

/// "Also works: port 587 with STARTTLS", with what to know about it.
#[must_use]
pub fn explain_alternative(setting: &Setting) -> String {
    let port = setting.port;
    let security = setting.security.client_label();
    match words::caveat(setting) {
        Some(caveat) => tr!(
            "also-works-but",
            port = port,
            security = security,
            caveat = caveat
        ),
        None => tr!("also-works", port = port, security = security),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(port: u16, security: Security, outcome: Outcome) -> Attempt {
        let mut a = Attempt::new(Protocol::Smtp, "mail.example.com", port, security);
        a.outcome = outcome;
        a.explanation = format!("outcome {outcome:?}");
        a
    }

    #[test]
    fn rfc_8314_order() {
        let mut order = vec![
            rank(Protocol::Smtp, Security::Starttls, 25),
            rank(Protocol::Smtp, Security::Plaintext, 465),
            rank(Protocol::Smtp, Security::Starttls, 2525),
            rank(Protocol::Smtp, Security::ImplicitTls, 465),
            rank(Protocol::Smtp, Security::Starttls, 587),
            rank(Protocol::Smtp, Security::Starttls, 10025),
        ];
        order.sort_unstable();
        assert_eq!(
            order,
            vec![
                rank(Protocol::Smtp, Security::ImplicitTls, 465),
                rank(Protocol::Smtp, Security::Starttls, 587),
                rank(Protocol::Smtp, Security::Starttls, 2525),
                rank(Protocol::Smtp, Security::Starttls, 25),
                rank(Protocol::Smtp, Security::Starttls, 10025),
                rank(Protocol::Smtp, Security::Plaintext, 465),
            ]
        );
    }

    #[test]
    fn implicit_tls_wins_and_says_465_is_not_deprecated() {
        let attempts = vec![
            attempt(25, Security::Starttls, Outcome::Ok),
            attempt(587, Security::Starttls, Outcome::Ok),
            attempt(465, Security::ImplicitTls, Outcome::Ok),
        ];
        let Section {
            recommended: best,
            alternatives,
        } = recommend(&attempts, Direction::Outgoing, "alice@example.com", true);
        let best = best.unwrap();
        assert_eq!(best.port, 465);
        assert!(best.explanation.contains("out of date"));
        assert_eq!(
            alternatives.iter().map(|s| s.port).collect::<Vec<_>>(),
            vec![587, 25]
        );
    }

    #[test]
    fn plaintext_is_never_preferred_over_secure() {
        let attempts = vec![
            attempt(465, Security::Plaintext, Outcome::Ok),
            attempt(25, Security::Starttls, Outcome::Ok),
        ];
        let Section {
            recommended: best,
            alternatives,
        } = recommend(&attempts, Direction::Outgoing, "u", true);
        assert_eq!(best.unwrap().port, 25);
        assert!(alternatives[0].insecure);
    }

    #[test]
    fn a_certificate_accepted_by_hand_comes_after_trusted_ones_and_before_plaintext() {
        let mut excepted = attempt(465, Security::ImplicitTls, Outcome::Ok);
        excepted.certificate_exception = true;
        let attempts = vec![
            attempt(587, Security::Plaintext, Outcome::Ok),
            excepted,
            attempt(25, Security::Starttls, Outcome::Ok),
        ];
        let Section {
            recommended: best,
            alternatives,
        } = recommend(&attempts, Direction::Outgoing, "u", true);
        assert_eq!(best.unwrap().port, 25);
        let order: Vec<_> = alternatives
            .iter()
            .map(|s| (s.port, s.certificate_exception, s.insecure))
            .collect();
        assert_eq!(order, [(465, true, false), (587, false, true)]);

        let best = recommend(&attempts[..2], Direction::Outgoing, "u", true).recommended;
        let best = best.unwrap();
        assert!(best.certificate_exception);
        assert!(best
            .explanation
            .starts_with("Warning: this works only because you accepted"));
    }

    #[test]
    fn explanation_names_the_better_port_that_failed() {
        let attempts = vec![
            attempt(465, Security::ImplicitTls, Outcome::Timeout),
            attempt(587, Security::Starttls, Outcome::Ok),
        ];
        let best = recommend(&attempts, Direction::Outgoing, "u", true).recommended;
        let best = best.unwrap();
        assert_eq!(best.port, 587);
        assert!(best.explanation.contains("Port 465 (SSL/TLS) would be preferred"));
        assert!(best.explanation.contains("outcome Timeout"));
    }

    #[test]
    fn explanation_gives_the_reason_on_the_recommended_server() {
        // smtp.example.com does not exist; mail.example.com's 465 failed
        // for a reason of its own, and that is the one worth telling.
        let mut missing = attempt(465, Security::ImplicitTls, Outcome::DnsFailed);
        missing.host = "smtp.example.com".to_owned();
        let attempts = vec![
            missing,
            attempt(465, Security::ImplicitTls, Outcome::CertUntrusted),
            attempt(587, Security::Starttls, Outcome::Ok),
        ];
        let best = recommend(&attempts, Direction::Outgoing, "u", true).recommended;
        let explanation = best.unwrap().explanation;
        assert!(explanation.contains("outcome CertUntrusted"), "{explanation}");
        assert!(!explanation.contains("outcome DnsFailed"), "{explanation}");
    }

    /// A 465 that speaks STARTTLS is named from the moment its SSL/TLS
    /// attempt fails in the wrong mode: the explanation announced early is
    /// the one the finished report gives, whether or not the follow-up in
    /// STARTTLS has ended.
    #[test]
    fn a_misconfigured_port_is_named_before_its_follow_up_ends() {
        let early = vec![
            attempt(465, Security::ImplicitTls, Outcome::WrongMode),
            attempt(587, Security::Starttls, Outcome::Ok),
        ];
        let mut finished = early.clone();
        finished.push(attempt(465, Security::Starttls, Outcome::Ok));
        let announced = recommend(&early, Direction::Outgoing, "u", true)
            .recommended
            .unwrap();
        let last = recommend(&finished, Direction::Outgoing, "u", true)
            .recommended
            .unwrap();
        assert!(announced
            .explanation
            .contains("Port 465 also answers, but with STARTTLS"));
        assert_eq!(announced.explanation, last.explanation);
    }

    #[test]
    fn nothing_working_means_no_recommendation() {
        let attempts = vec![attempt(465, Security::ImplicitTls, Outcome::AuthFailed)];
        assert_eq!(
            recommend(&attempts, Direction::Outgoing, "u", true),
            Section::default()
        );
    }
}
