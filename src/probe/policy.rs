//! Which working setting to recommend, and why — in the product's own words.

use super::report::{Attempt, Outcome, Security, Setting};

/// Order of preference, lower first: RFC 8314 §3 prefers implicit TLS, then
/// STARTTLS; among ports 465, 587 (RFC 6409), 2525 (unofficial), 25 (relay),
/// then any other port. Plaintext comes after every secure setting.
#[must_use]
pub fn rank(security: Security, port: u16) -> (u8, u16) {
    let security_rank = match security {
        Security::ImplicitTls => 0,
        Security::Starttls => 1,
        Security::Plaintext => 2,
    };
    let port_rank = match port {
        465 => 0,
        587 => 1,
        2525 => 2,
        25 => 3,
        // Any other port after the well-known ones, in port order.
        other => other.saturating_add(4).max(4),
    };
    (security_rank, port_rank)
}

/// The order of preference among working attempts, lower first: TLS with a
/// certificate a trusted root vouches for, then TLS with a certificate the
/// user accepted by hand, then plaintext; within each, [`rank`].
fn preference(attempt: &Attempt) -> (u8, (u8, u16)) {
    let trust = if attempt.security == Security::Plaintext {
        2
    } else {
        u8::from(attempt.certificate_exception)
    };
    (trust, rank(attempt.security, attempt.port))
}

/// The recommended setting and the alternatives, from the attempts that
/// ended `ok`. `verified` says whether a login was part of the check.
#[must_use]
pub fn recommend(attempts: &[Attempt], username: &str, verified: bool) -> (Option<Setting>, Vec<Setting>) {
    let mut working: Vec<&Attempt> = attempts.iter().filter(|a| a.outcome == Outcome::Ok).collect();
    // Stable sort: among equals, the planned order (the host list) decides.
    working.sort_by_key(|a| preference(a));
    let mut settings = working.iter().map(|attempt| Setting {
        host: attempt.host.clone(),
        port: attempt.port,
        security: attempt.security,
        auth_mechanism: attempt.auth_mechanism.clone(),
        username: username.to_owned(),
        verified,
        insecure: attempt.security == Security::Plaintext,
        certificate_exception: attempt.certificate_exception,
        explanation: String::new(),
    });
    let Some(mut best) = settings.next() else {
        return (None, Vec::new());
    };
    best.explanation = explain_choice(&best, attempts);
    let alternatives = settings
        .map(|mut s| {
            s.explanation = explain_alternative(&s);
            s
        })
        .collect();
    (Some(best), alternatives)
}

/// Why this port was chosen, mentioning what happened to better-ranked ones.
#[must_use]
pub fn explain_choice(setting: &Setting, attempts: &[Attempt]) -> String {
    let mut text = match (setting.security, setting.port) {
        (Security::ImplicitTls, 465) => "Port 465 with SSL/TLS (\"implicit TLS\") encrypts the connection from the very first byte, \
             before your mail program and the server exchange anything. RFC 8314 (2018) recommends exactly this for mail programs. \
             Articles that call port 465 \"deprecated\" were written before 2018 and are out of date."
            .to_owned(),
        (Security::ImplicitTls, port) => format!(
            "Port {port} with SSL/TLS: the connection is encrypted from the very first byte, which RFC 8314 recommends for mail programs."
        ),
        (Security::Starttls, 587) => "Port 587 is the standard port for sending mail from a mail program (RFC 6409). The server greets \
             in plain text and the connection is then switched to encryption with STARTTLS. This is as safe as port 465 as long as your \
             mail program is set to require STARTTLS (not \"STARTTLS, if available\"), so the password is only ever sent encrypted."
            .to_owned(),
        (Security::Starttls, 2525) => "Port 2525 is not an official mail port, but many providers offer it because some networks block \
             the official ones. The connection is switched to encryption with STARTTLS before the password is sent."
            .to_owned(),
        (Security::Starttls, 25) => "Port 25 is meant for mail servers talking to each other, and many internet providers block it for \
             home and mobile connections, so it may stop working when you change networks. It works here, with STARTTLS encryption, \
             because nothing better did."
            .to_owned(),
        (Security::Starttls, port) => format!(
            "Port {port} works with STARTTLS: the connection is switched to encryption before the password is sent."
        ),
        (Security::Plaintext, port) => format!(
            "Warning: port {port} works only WITHOUT encryption. Your password and your messages travel readable by anyone on the \
             network path. You allowed this check; use it only on a network you trust, and ask your provider for an encrypted setting."
        ),
    };
    if setting.certificate_exception {
        text.insert_str(
            0,
            "Warning: this works only because you accepted the server's certificate by its fingerprint; no \
             certificate authority vouches for it. Your mail program will warn about it too: accept it there only \
             if it shows the same fingerprint. ",
        );
    }
    let better: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| {
            rank(a.security, a.port) < rank(setting.security, setting.port) && a.outcome != Outcome::Ok
        })
        .collect();
    if let Some(first) = better.first() {
        text.push_str(&format!(
            " Port {} ({}) would be preferred, but it did not work: {}",
            first.port,
            first.security.client_label(),
            first.explanation
        ));
    }
    text
}

fn explain_alternative(setting: &Setting) -> String {
    let caveat = setting.caveat().map(|c| format!(" ({c})")).unwrap_or_default();
    format!(
        "Also works: port {} with {}{caveat}.",
        setting.port,
        setting.security.client_label(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(port: u16, security: Security, outcome: Outcome) -> Attempt {
        let mut a = Attempt::new("mail.example.com", port, security);
        a.outcome = outcome;
        a.explanation = format!("outcome {outcome:?}");
        a
    }

    #[test]
    fn rfc_8314_order() {
        let mut order = vec![
            rank(Security::Starttls, 25),
            rank(Security::Plaintext, 465),
            rank(Security::Starttls, 2525),
            rank(Security::ImplicitTls, 465),
            rank(Security::Starttls, 587),
            rank(Security::Starttls, 10025),
        ];
        order.sort_unstable();
        assert_eq!(
            order,
            vec![
                rank(Security::ImplicitTls, 465),
                rank(Security::Starttls, 587),
                rank(Security::Starttls, 2525),
                rank(Security::Starttls, 25),
                rank(Security::Starttls, 10025),
                rank(Security::Plaintext, 465),
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
        let (best, alternatives) = recommend(&attempts, "alice@example.com", true);
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
        let (best, alternatives) = recommend(&attempts, "u", true);
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
        let (best, alternatives) = recommend(&attempts, "u", true);
        assert_eq!(best.unwrap().port, 25);
        let order: Vec<_> = alternatives
            .iter()
            .map(|s| (s.port, s.certificate_exception, s.insecure))
            .collect();
        assert_eq!(order, [(465, true, false), (587, false, true)]);

        let (best, _) = recommend(&attempts[..2], "u", true);
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
        let (best, _) = recommend(&attempts, "u", true);
        let best = best.unwrap();
        assert_eq!(best.port, 587);
        assert!(best.explanation.contains("Port 465 (SSL/TLS) would be preferred"));
        assert!(best.explanation.contains("outcome Timeout"));
    }

    #[test]
    fn nothing_working_means_no_recommendation() {
        let attempts = vec![attempt(465, Security::ImplicitTls, Outcome::AuthFailed)];
        assert_eq!(recommend(&attempts, "u", true), (None, Vec::new()));
    }
}
