//! "Verified" means verified: the promises against servers that answer
//! before they are asked, claim a login that never happened, quote the
//! password on another connection, never finish their goodbye, pause after
//! a wrong password, or take the password without encryption on every
//! port. Each server here is scripted line by line (`serve_dialogue`):
//! no real server behaves like this, an attacker in the middle does.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use mailsetup::engine::Request;
use mailsetup::report::{Attempt, Cause, Outcome, Protocol, Report, Security};
use mailsetup::secret::Password;
use mailsetup::wire::printable::printable;
use support::{
    run, serve, serve_dialogue, unique_address, Heard, Mode, Say, Script, SharedLog, PASSWORD, USER,
};

const HOST: &str = "mail.scripted.test";

fn request(ip: std::net::IpAddr, protocols: &[Protocol]) -> Request {
    support::request_for(HOST, ip, protocols)
}

fn attempt(report: &Report, protocol: Protocol, port: u16) -> &Attempt {
    support::attempt_on(report, protocol, port)
}

/// JSON and text: what a person or a script can get out of a report.
fn every_output(report: &Report) -> String {
    format!(
        "{}\n{}",
        serde_json::to_string(report).unwrap(),
        mailsetup::report::text::report_text(report)
    )
}

fn say(bytes: &str) -> Vec<Say> {
    vec![Say::Bytes(bytes.to_owned())]
}

/// The tag and the command of an IMAP line.
fn imap_command(line: &str) -> (String, String) {
    let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
    (tag.to_owned(), rest.to_ascii_uppercase())
}

/// The tag the client will use next, if it numbers its tags `a1`, `a2`…
/// (a server that "knows" it can answer ahead; any other scheme it guesses).
fn next_tag(tag: &str) -> String {
    let number: u32 = tag
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .unwrap_or(0);
    format!("a{}", number + 1)
}

/// Whether any line the server heard carries the password, in any form.
fn password_heard(log: &SharedLog) -> bool {
    let plain = STANDARD.encode(format!("\0{USER}\0{PASSWORD}"));
    let login = STANDARD.encode(PASSWORD);
    log.lock()
        .unwrap()
        .lines
        .iter()
        .any(|l| l.contains(PASSWORD) || l.contains(&plain) || l.contains(&login))
}

fn assert_pipelined(report: &Report, protocol: Protocol, port: u16, log: &SharedLog) {
    let a = attempt(report, protocol, port);
    assert_eq!(a.outcome, Outcome::ProtocolError, "{a:#?}");
    assert_eq!(a.cause, Some(Cause::PipelinedAnswer), "{a:#?}");
    assert!(a.explanation.contains("before it was asked"), "{}", a.explanation);
    assert!(
        !password_heard(log),
        "the password went out: {:?}",
        log.lock().unwrap().lines
    );
    let best = match protocol.direction() {
        mailsetup::report::Direction::Incoming => &report.incoming.recommended,
        mailsetup::report::Direction::Outgoing => &report.outgoing.recommended,
    };
    assert!(best.is_none(), "{best:#?}");
}

/// An IMAP server over TLS that says CAPABILITY as `capability` and answers
/// every login `NO`, plus whatever `ahead` says before it was asked.
fn imap_answers(
    capability: &'static str,
    ahead: fn(&str, &str) -> Vec<Say>,
) -> impl Fn(&str, Heard<'_>) -> Vec<Say> {
    move |line, _| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => {
                let mut says = say(&format!("* CAPABILITY {capability}\r\n{tag} OK done\r\n"));
                says.extend(ahead(&tag, "CAPABILITY"));
                says
            }
            c if c.starts_with("AUTHENTICATE PLAIN") && !c.contains("PLAIN ") => ahead(&tag, "AUTHENTICATE"),
            "LOGOUT" => say(&format!("* BYE\r\n{tag} OK bye\r\n")),
            _ => say(&format!("{tag} NO [AUTHENTICATIONFAILED] wrong password\r\n")),
        }
    }
}

#[tokio::test]
async fn an_imap_yes_sent_ahead_of_the_credentials_is_never_the_answer() {
    // `+ ` and the tagged OK in one packet: the OK was written before the
    // credentials could have been read.
    let ip = unique_address();
    let log = serve_dialogue(
        ip,
        993,
        HOST,
        true,
        "* OK ready\r\n",
        imap_answers("IMAP4rev1 AUTH=PLAIN", |tag, command| match command {
            "AUTHENTICATE" => say(&format!("+ \r\n{tag} OK welcome\r\n")),
            _ => Vec::new(),
        }),
    )
    .await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    assert_pipelined(&report, Protocol::Imap, 993, &log);

    // The tagged OK for the login's tag right after the CAPABILITY answer.
    let ip = unique_address();
    let log = serve_dialogue(
        ip,
        993,
        HOST,
        true,
        "* OK ready\r\n",
        imap_answers("IMAP4rev1 AUTH=PLAIN SASL-IR", |tag, _| {
            say(&format!("{} OK logged in\r\n", next_tag(tag)))
        }),
    )
    .await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    assert_pipelined(&report, Protocol::Imap, 993, &log);
}

#[tokio::test]
async fn a_pop3_yes_sent_with_the_user_answer_is_never_the_answer() {
    let ip = unique_address();
    let log = serve_dialogue(ip, 995, HOST, true, "+OK ready\r\n", |line, _| {
        match line.split_whitespace().next().unwrap_or("") {
            "CAPA" => say("+OK\r\nUSER\r\n.\r\n"),
            "USER" => say("+OK send PASS\r\n+OK Logged in.\r\n"),
            "QUIT" => say("+OK bye\r\n"),
            _ => say("-ERR [AUTH] wrong password\r\n"),
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Pop3])).await;
    assert_pipelined(&report, Protocol::Pop3, 995, &log);
}

#[tokio::test]
async fn an_smtp_yes_sent_ahead_is_never_the_answer() {
    // Both challenges and the 235 in one packet, to AUTH LOGIN.
    let ip = unique_address();
    let log = serve_dialogue(ip, 465, HOST, true, "220 ready\r\n", |line, _| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say("250-hi\r\n250 AUTH LOGIN\r\n")
        } else if upper == "AUTH LOGIN" {
            say("334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n235 2.7.0 Authentication successful\r\n")
        } else if upper == "QUIT" {
            say("221 bye\r\n")
        } else {
            say("535 5.7.8 wrong password\r\n")
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Smtp])).await;
    assert_pipelined(&report, Protocol::Smtp, 465, &log);

    // A 235 right after the EHLO answer; and a greeting that brings the
    // EHLO answer with it.
    for (greeting, ehlo) in [
        ("220 ready\r\n", "250-hi\r\n250 AUTH PLAIN\r\n235 2.7.0 ok\r\n"),
        (
            "220 ready\r\n250-hi\r\n250 AUTH PLAIN\r\n",
            "250-hi\r\n250 AUTH PLAIN\r\n",
        ),
    ] {
        let ip = unique_address();
        let log = serve_dialogue(ip, 465, HOST, true, greeting, move |line, _| {
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                say(ehlo)
            } else if upper == "QUIT" {
                say("221 bye\r\n")
            } else {
                say("535 5.7.8 wrong password\r\n")
            }
        })
        .await;
        let report = run(request(ip, &[Protocol::Smtp])).await;
        assert_pipelined(&report, Protocol::Smtp, 465, &log);
    }
}

#[tokio::test]
async fn a_preauth_greeting_gets_no_login_and_no_password() {
    let answers = |line: &str, _: Heard<'_>| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => say(&format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n")),
            _ => say(&format!("{tag} OK whatever you say\r\n")),
        }
    };
    // Over TLS: nothing to verify.
    let ip = unique_address();
    let log = serve_dialogue(ip, 993, HOST, true, "* PREAUTH welcome back\r\n", answers).await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    let a = attempt(&report, Protocol::Imap, 993);
    assert_eq!(
        (a.outcome, a.cause),
        (Outcome::ProtocolError, Some(Cause::Preauth)),
        "{a:#?}"
    );
    assert!(report.incoming.recommended.is_none());
    assert!(!password_heard(&log));
    assert!(log
        .lock()
        .unwrap()
        .lines
        .iter()
        .all(|l| !l.contains("LOGIN") && !l.contains("AUTHENTICATE")));

    // In plain text, with consent to check without encryption: the
    // stripping attack. Never a login, never the password.
    let ip = unique_address();
    let log = serve_dialogue(ip, 143, HOST, false, "* PREAUTH welcome back\r\n", answers).await;
    let mut plaintext = request(ip, &[Protocol::Imap]);
    plaintext.allow_plaintext = true;
    let report = run(plaintext).await;
    let a = attempt(&report, Protocol::Imap, 143);
    assert_eq!(a.cause, Some(Cause::Preauth), "{a:#?}");
    assert!(a.explanation.contains("993"), "{}", a.explanation);
    assert!(!password_heard(&log), "{:?}", log.lock().unwrap().lines);
    assert!(report.incoming.recommended.is_none());
}

#[tokio::test]
async fn the_password_never_reaches_a_report_through_any_server_text() {
    // A password with a TAB, a right-to-left override and an Arabic letter
    // mark: escaped, it no longer looks like itself.
    let secret = "pa\tss\u{202e}wo\u{61c}rd";
    let ip = unique_address();
    // SMTP 465 takes the login (and refuses it); 587 greets, a moment
    // later, with what it "saw", and lists it among its capabilities.
    serve_dialogue(ip, 465, HOST, true, "220 ready\r\n", |line, _| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say("250-hi\r\n250 AUTH PLAIN\r\n")
        } else if upper == "QUIT" {
            say("221 bye\r\n")
        } else {
            say("535 5.7.8 no\r\n")
        }
    })
    .await;
    let greeting = format!("220 Last login attempt used the password {secret}\r\n");
    serve_dialogue(ip, 587, HOST, false, &greeting, move |line, _| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say(&format!(
                "250-hi\r\n250-X-LAST-PASSWORD {secret}\r\n250 STARTTLS\r\n"
            ))
        } else if upper == "STARTTLS" {
            vec![Say::Bytes("220 go\r\n".to_owned()), Say::StartTls]
        } else {
            say("221 bye\r\n")
        }
    })
    .await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.password = Some(Password::new(secret.to_owned()));
    let report = run(request).await;
    let out = every_output(&report);
    assert!(
        !out.contains(secret) && !out.contains(&printable(secret)),
        "{out}"
    );
    assert!(!out.contains("ss\\u{202e}wo"), "{out}");
    let a = attempt(&report, Protocol::Smtp, 587);
    assert!(
        a.greeting.as_deref().unwrap().contains("[password removed]"),
        "{a:#?}"
    );
    assert!(
        a.capabilities
            .iter()
            .any(|c| c == "X-LAST-PASSWORD [password removed]"),
        "{a:#?}"
    );
}

#[tokio::test]
async fn invisible_characters_from_a_server_are_shown_escaped() {
    let ip = unique_address();
    let greeting = "220 mail\u{61c}.example\u{2028}ready\u{2029} \u{200b}\u{feff}\u{e0041}\r\n";
    serve_dialogue(ip, 465, HOST, true, greeting, |line, _| {
        if line.to_ascii_uppercase().starts_with("EHLO") {
            say("250-hi\u{2066}\r\n250 AUTH PLAIN\r\n")
        } else {
            say("535 5.7.8 no\u{2028}\r\n")
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Smtp])).await;
    let out = every_output(&report);
    for c in [
        '\u{61c}',
        '\u{2028}',
        '\u{2029}',
        '\u{200b}',
        '\u{feff}',
        '\u{e0041}',
        '\u{2066}',
    ] {
        assert!(
            !out.contains(c),
            "U+{:04X} reached the output raw:\n{out}",
            u32::from(c)
        );
    }
    assert!(out.contains("\\u{61c}"), "{out}");
}

#[tokio::test]
async fn a_goodbye_that_never_ends_costs_a_moment_and_changes_nothing() {
    let ip = unique_address();
    serve_dialogue(ip, 993, HOST, true, "* OK ready\r\n", |line, _| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => say(&format!(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n{tag} OK done\r\n"
            )),
            "LOGOUT" => vec![Say::Drip(
                "* OK still saying goodbye\r\n".to_owned(),
                Duration::from_millis(250),
            )],
            _ => say(&format!("{tag} OK logged in\r\n")),
        }
    })
    .await;
    support::serve_incoming(ip, 995, HOST, true, Mode::ImplicitTls, support::Incoming::Normal).await;
    let mut request = request(ip, &[Protocol::Imap, Protocol::Pop3]);
    request.timeout = Duration::from_secs(3);
    let started = Instant::now();
    let report = run(request).await;
    let a = attempt(&report, Protocol::Imap, 993);
    assert_eq!(a.outcome, Outcome::Ok, "{a:#?}");
    assert!(a.auth_mechanism.is_some());
    assert_eq!(attempt(&report, Protocol::Pop3, 995).outcome, Outcome::Ok);
    assert_eq!(report.incoming.recommended.unwrap().port, 993);
    // The run is over long before one per-step timeout, let alone its budget.
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_login_without_an_answer_counts_against_the_two_failed_logins() {
    // A server that pauses for ever after a wrong password, on IMAP 993 and
    // 143 and POP3 995 of one address: two logins in all, the second with
    // the local part; every one that went out says so.
    let ip = unique_address();
    let imap = |line: &str, _: Heard<'_>| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => say(&format!(
                "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR\r\n{tag} OK done\r\n"
            )),
            "STARTTLS" => vec![Say::Bytes(format!("{tag} OK go\r\n")), Say::StartTls],
            "LOGOUT" => say(&format!("{tag} OK bye\r\n")),
            _ => vec![Say::Silence],
        }
    };
    let logs = [
        serve_dialogue(ip, 993, HOST, true, "* OK ready\r\n", imap).await,
        serve_dialogue(ip, 143, HOST, false, "* OK ready\r\n", imap).await,
        serve_dialogue(ip, 995, HOST, true, "+OK ready\r\n", |line, _| {
            match line.split_whitespace().next().unwrap_or("") {
                "CAPA" => say("+OK\r\nSASL PLAIN\r\n.\r\n"),
                "QUIT" => say("+OK bye\r\n"),
                _ => vec![Say::Silence],
            }
        })
        .await,
    ];
    let mut request = request(ip, &[Protocol::Imap, Protocol::Pop3]);
    request.timeout = Duration::from_secs(1);
    let report = run(request).await;
    let logins: Vec<String> = logs
        .iter()
        .flat_map(|log| log.lock().unwrap().lines.clone())
        .filter(|l| l.contains("AUTHENTICATE") || l.starts_with("AUTH"))
        .collect();
    assert_eq!(logins.len(), 2, "{logins:?}\n{:#?}", report.attempts);
    let mut names: Vec<Option<String>> = report
        .attempts
        .iter()
        .filter(|a| a.cause == Some(Cause::LoginUnanswered))
        .map(|a| a.username.clone())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [Some("alice".to_owned()), Some(USER.to_owned())],
        "{:#?}",
        report.attempts
    );
    for a in &report.attempts {
        if a.username.is_some() {
            assert_eq!(a.phase, mailsetup::report::Phase::Auth, "{a:#?}");
            assert!(a.explanation.contains("password was sent"), "{}", a.explanation);
        }
    }
}

#[tokio::test]
async fn consent_to_plaintext_covers_one_login_per_protocol_on_the_standard_port() {
    // A server without any encryption on 465, 587 and 25.
    let ip = unique_address();
    let logs = [
        serve(ip, 465, HOST, Script::new(Mode::PlaintextOnly)).await,
        serve(ip, 587, HOST, Script::new(Mode::PlaintextOnly)).await,
        serve(ip, 25, HOST, Script::new(Mode::PlaintextOnly)).await,
    ];
    let mut request = support::request(HOST, ip, &[465, 587, 25]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let auth: Vec<usize> = logs.iter().map(|l| l.lock().unwrap().auth_commands).collect();
    assert_eq!(auth, [0, 1, 0], "{:#?}", report.attempts);
    let best = report.outgoing.recommended.unwrap();
    assert_eq!((best.port, best.security), (587, Security::Plaintext));
    assert!(best.verified && best.insecure);
}

#[tokio::test]
async fn a_user_name_refused_for_want_of_tls_is_not_a_wrong_password() {
    let ip = unique_address();
    let log = serve_dialogue(ip, 110, HOST, false, "+OK ready\r\n", |line, _| {
        match line.split_whitespace().next().unwrap_or("") {
            "CAPA" => say("+OK\r\nUSER\r\n.\r\n"),
            "USER" => say("-ERR TLS required to log in.\r\n"),
            "QUIT" => say("+OK bye\r\n"),
            _ => say("-ERR what\r\n"),
        }
    })
    .await;
    let mut request = request(ip, &[Protocol::Pop3]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let a = attempt(&report, Protocol::Pop3, 110);
    assert_eq!(
        (a.outcome, a.cause),
        (Outcome::AuthUnavailable, Some(Cause::TlsRequired)),
        "{a:#?}"
    );
    assert!(
        a.explanation.contains("encrypted connection"),
        "{}",
        a.explanation
    );
    assert!(!password_heard(&log));
    assert!(log.lock().unwrap().lines.iter().all(|l| !l.starts_with("PASS")));
}

#[tokio::test]
async fn imap_tags_are_never_reused_on_a_connection() {
    let ip = unique_address();
    let log = support::serve_incoming(ip, 143, HOST, false, Mode::Starttls, support::Incoming::Normal).await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    assert_eq!(attempt(&report, Protocol::Imap, 143).outcome, Outcome::Ok);
    let lines = log.lock().unwrap().lines.clone();
    let tags: Vec<&str> = lines.iter().filter_map(|l| l.split_whitespace().next()).collect();
    let mut unique = tags.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), tags.len(), "{lines:?}");
}

#[tokio::test]
async fn a_server_that_drops_a_client_without_a_certificate_says_so_on_every_port() {
    // The handshake asks for a client certificate without demanding one;
    // the server then ends the connection (no alert): TLS 1.2 and 1.3, on
    // the implicit-TLS port of each protocol and after STARTTLS.
    for tls12_only in [true, false] {
        let ip = unique_address();
        let config = || support::server_config_asking_client_certificate(HOST, tls12_only);
        for port in [465, 993, 995] {
            support::serve_dialogue_with(config(), ip, port, true, "", |_, _| vec![Say::Close]).await;
        }
        support::serve_dialogue_with(config(), ip, 587, false, "220 ready\r\n", |line, _| {
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                say("250-hi\r\n250 STARTTLS\r\n")
            } else if upper == "STARTTLS" {
                vec![Say::Bytes("220 go\r\n".to_owned()), Say::StartTls, Say::Close]
            } else {
                vec![Say::Close]
            }
        })
        .await;
        let mut request = support::request(HOST, ip, &[465, 587]);
        request.protocols = Vec::new();
        let report = run(request).await;
        for (protocol, port) in [
            (Protocol::Smtp, 465),
            (Protocol::Smtp, 587),
            (Protocol::Imap, 993),
            (Protocol::Pop3, 995),
        ] {
            let a = attempt(&report, protocol, port);
            assert_eq!(
                (a.outcome, a.cause),
                (Outcome::TlsFailed, Some(Cause::ClientCertificateRequired)),
                "TLS 1.2 only: {tls12_only}: {a:#?}"
            );
        }
    }
}

/// An IMAP server over TLS that answers every login with `refusal` (its
/// tag in front), with `alert` as an untagged `[ALERT]` line before it.
fn imap_refusing(refusal: &'static str, alert: &'static str) -> impl Fn(&str, Heard<'_>) -> Vec<Say> {
    move |line, _| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => say(&format!(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n{tag} OK done\r\n"
            )),
            "LOGOUT" => say(&format!("{tag} OK bye\r\n")),
            _ if alert.is_empty() => say(&format!("{tag} {refusal}\r\n")),
            _ => say(&format!("* OK [ALERT] {alert}\r\n{tag} {refusal}\r\n")),
        }
    }
}

#[tokio::test]
async fn imap_and_pop3_refusals_say_what_is_really_wrong() {
    for (refusal, alert, outcome, cause) in [
        (
            "NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
            "Application-specific password required: https://support.google.com/accounts/answer/185833",
            Outcome::AppPasswordRequired,
            None,
        ),
        (
            "NO [WEBALERT https://accounts.google.com/] Web login required.",
            "Please log in via your web browser",
            Outcome::WebLoginRequired,
            None,
        ),
        (
            "NO IMAP access is disabled for this account.",
            "",
            Outcome::AuthDisabled,
            Some(Cause::AccessDisabled),
        ),
        (
            "NO User is authenticated but not connected.",
            "",
            Outcome::AuthDisabled,
            Some(Cause::AccessDisabled),
        ),
        (
            "NO [PRIVACYREQUIRED] Encryption needed",
            "",
            Outcome::AuthUnavailable,
            Some(Cause::TlsRequired),
        ),
        (
            "NO [EXPIRED] Password expired",
            "",
            Outcome::WebLoginRequired,
            None,
        ),
        (
            "NO [CONTACTADMIN] Ask your administrator",
            "",
            Outcome::AuthUnavailable,
            Some(Cause::LoginNotPermitted),
        ),
    ] {
        let ip = unique_address();
        let log = serve_dialogue(
            ip,
            993,
            HOST,
            true,
            "* OK ready\r\n",
            imap_refusing(refusal, alert),
        )
        .await;
        let report = run(request(ip, &[Protocol::Imap])).await;
        let a = attempt(&report, Protocol::Imap, 993);
        assert_eq!(
            (a.outcome, a.cause),
            (outcome, cause),
            "{refusal} {alert}: {a:#?}"
        );
        let logins = log
            .lock()
            .unwrap()
            .lines
            .iter()
            .filter(|l| l.contains("AUTHENTICATE"))
            .count();
        assert_eq!(logins, 1, "{refusal}: no second login as the local part");
    }
    let ip = unique_address();
    serve_dialogue(ip, 995, HOST, true, "+OK ready\r\n", |line, _| {
        match line.split_whitespace().next().unwrap_or("") {
            "CAPA" => say("+OK\r\nUSER\r\n.\r\n"),
            "USER" => say("+OK\r\n"),
            "QUIT" => say("+OK bye\r\n"),
            _ => say(
                "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page \
                 and enable your account for POP access.\r\n",
            ),
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Pop3])).await;
    let a = attempt(&report, Protocol::Pop3, 995);
    assert_eq!(
        (a.outcome, a.cause),
        (Outcome::AuthDisabled, Some(Cause::AccessDisabled)),
        "{a:#?}"
    );
    assert!(
        a.explanation.contains("POP3 access switched off"),
        "{}",
        a.explanation
    );
}

#[tokio::test]
async fn a_provider_that_wants_an_app_password_gets_no_more_logins() {
    // 534 5.7.9 on 465: neither 587 nor the provider's IMAP server is
    // tried with the same password, as the full address or the local part.
    let ip = unique_address();
    let smtp = [
        serve(
            ip,
            465,
            HOST,
            Script::new(Mode::ImplicitTls).auth(support::Auth::AppPassword),
        )
        .await,
        serve(
            ip,
            587,
            HOST,
            Script::new(Mode::Starttls).auth(support::Auth::AppPassword),
        )
        .await,
    ];
    let imap_ip = unique_address();
    let imap_host = "imap.scripted.test";
    let imap = serve_dialogue(
        imap_ip,
        993,
        imap_host,
        true,
        "* OK ready\r\n",
        imap_refusing("NO no", ""),
    )
    .await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.protocols = vec![Protocol::Smtp, Protocol::Imap];
    request.incoming_servers = vec![imap_host.to_owned()];
    request.overrides.insert(imap_host, imap_ip);
    let report = run(request).await;
    let auth: Vec<usize> = smtp.iter().map(|l| l.lock().unwrap().auth_commands).collect();
    let imap_logins = imap
        .lock()
        .unwrap()
        .lines
        .iter()
        .filter(|l| l.contains("AUTHENTICATE"))
        .count();
    assert_eq!(
        auth.iter().sum::<usize>() + imap_logins,
        1,
        "{auth:?} + {imap_logins}: {:#?}",
        report.attempts
    );
    assert!(report
        .attempts
        .iter()
        .any(|a| a.outcome == Outcome::AppPasswordRequired));
}

#[tokio::test]
async fn a_pop3_server_with_only_apop_offers_an_encrypted_password() {
    let ip = unique_address();
    serve_dialogue(
        ip,
        995,
        HOST,
        true,
        "+OK POP3 ready <1896.697170952@mail.scripted.test>\r\n",
        |line, _| match line.split_whitespace().next().unwrap_or("") {
            "CAPA" => say("+OK\r\nTOP\r\nUIDL\r\n.\r\n"),
            "QUIT" => say("+OK bye\r\n"),
            _ => say("-ERR no\r\n"),
        },
    )
    .await;
    let report = run(request(ip, &[Protocol::Pop3])).await;
    let a = attempt(&report, Protocol::Pop3, 995);
    assert_eq!(
        (a.outcome, a.cause),
        (Outcome::AuthUnavailable, Some(Cause::OtherMechanisms)),
        "{a:#?}"
    );
    assert!(
        a.explanation.contains("APOP") && a.explanation.contains("Encrypted password"),
        "{}",
        a.explanation
    );
    assert!(!a.explanation.contains("send through"), "{}", a.explanation);
}

#[tokio::test]
async fn one_login_per_direction_spares_the_account_unless_every_setting_is_to_be_verified() {
    for verify_all in [false, true] {
        let ip = unique_address();
        let logs = [
            serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await,
            serve(ip, 587, HOST, Script::new(Mode::Starttls)).await,
            serve(ip, 2525, HOST, Script::new(Mode::Starttls)).await,
        ];
        let imap =
            support::serve_incoming(ip, 993, HOST, false, Mode::ImplicitTls, support::Incoming::Normal).await;
        let pop =
            support::serve_incoming(ip, 995, HOST, true, Mode::ImplicitTls, support::Incoming::Normal).await;
        let mut request = support::request(HOST, ip, &[465, 587, 2525]);
        request.protocols = Vec::new();
        request.verify_all = verify_all;
        let report = run(request).await;
        let smtp: Vec<usize> = logs.iter().map(|l| l.lock().unwrap().auth_commands).collect();
        let incoming = [
            imap.lock().unwrap().auth_commands,
            pop.lock().unwrap().auth_commands,
        ];
        let outgoing = report.outgoing.recommended.clone().unwrap();
        assert_eq!((outgoing.port, outgoing.verified), (465, true));
        assert_eq!(report.incoming.recommended.clone().unwrap().port, 993);
        if verify_all {
            assert_eq!((smtp, incoming), ([1, 1, 1].to_vec(), [1, 1]));
            assert!(report
                .outgoing
                .alternatives
                .iter()
                .all(|s| s.verified && !s.login_spared));
        } else {
            assert_eq!(
                (smtp, incoming),
                ([1, 0, 0].to_vec(), [1, 0]),
                "{:#?}",
                report.attempts
            );
            for alternative in report
                .outgoing
                .alternatives
                .iter()
                .chain(&report.incoming.alternatives)
            {
                assert!(
                    alternative.login_spared && !alternative.verified,
                    "{alternative:#?}"
                );
            }
            let spared = attempt(&report, Protocol::Smtp, 587);
            assert_eq!(
                (spared.outcome, spared.cause),
                (Outcome::Ok, Some(Cause::LoginSpared))
            );
            assert!(
                spared.explanation.contains("to spare your account"),
                "{}",
                spared.explanation
            );
            let text = mailsetup::report::text::report_text(&report);
            assert!(text.contains("not tried, to spare your account"), "{text}");
        }
    }
}

#[tokio::test]
async fn a_mechanism_refused_as_such_gives_way_to_the_other_login_on_the_same_session() {
    let login_ok = STANDARD.encode(PASSWORD);
    // SMTP: AUTH PLAIN is advertised, then 504; LOGIN works.
    let ip = unique_address();
    serve_dialogue(ip, 465, HOST, true, "220 ready\r\n", move |line, heard| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say("250-hi\r\n250 AUTH PLAIN LOGIN\r\n")
        } else if upper.starts_with("AUTH PLAIN") {
            say("504 5.5.4 Unrecognized authentication type\r\n")
        } else if upper == "AUTH LOGIN" || heard.last().is_some_and(|l| l.eq_ignore_ascii_case("AUTH LOGIN"))
        {
            say("334 UGFzc3dvcmQ6\r\n")
        } else if line == login_ok {
            say("235 2.7.0 ok\r\n")
        } else {
            say("221 bye\r\n")
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Smtp])).await;
    let a = attempt(&report, Protocol::Smtp, 465);
    assert_eq!(
        (a.outcome, a.auth_mechanism.as_deref()),
        (Outcome::Ok, Some("LOGIN")),
        "{a:#?}"
    );

    // IMAP: AUTHENTICATE PLAIN gets NO [CANNOT]; the LOGIN command works.
    let ip = unique_address();
    serve_dialogue(ip, 993, HOST, true, "* OK ready\r\n", |line, _| {
        let (tag, command) = imap_command(line);
        match command.as_str() {
            "CAPABILITY" => say(&format!(
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n{tag} OK done\r\n"
            )),
            c if c.starts_with("AUTHENTICATE") => {
                say(&format!("{tag} NO [CANNOT] PLAIN is switched off\r\n"))
            }
            c if c.starts_with("LOGIN") && line.contains(PASSWORD) => say(&format!("{tag} OK logged in\r\n")),
            _ => say(&format!("{tag} NO [AUTHENTICATIONFAILED] no\r\n")),
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    let a = attempt(&report, Protocol::Imap, 993);
    assert_eq!(
        (a.outcome, a.auth_mechanism.as_deref()),
        (Outcome::Ok, Some("LOGIN")),
        "{a:#?}"
    );

    // POP3: AUTH PLAIN is refused as a mechanism; USER/PASS works.
    let ip = unique_address();
    serve_dialogue(ip, 995, HOST, true, "+OK ready\r\n", |line, _| {
        match line.split_whitespace().next().unwrap_or("") {
            "CAPA" => say("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n"),
            "AUTH" => say("-ERR Unsupported authentication mechanism\r\n"),
            "USER" => say("+OK\r\n"),
            "PASS" if line.ends_with(PASSWORD) => say("+OK Logged in.\r\n"),
            _ => say("-ERR [AUTH] no\r\n"),
        }
    })
    .await;
    let report = run(request(ip, &[Protocol::Pop3])).await;
    let a = attempt(&report, Protocol::Pop3, 995);
    assert_eq!(
        (a.outcome, a.auth_mechanism.as_deref()),
        (Outcome::Ok, Some("USER")),
        "{a:#?}"
    );
}

#[tokio::test]
async fn a_certificate_sent_without_the_intermediate_another_port_sent_is_missing_it() {
    // 465 sends the whole chain; 587 only its certificate, which names no
    // place to fetch the intermediate (no AIA): the chain 465 sent
    // completes it, so 587 is missing its intermediate, not untrusted.
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).cert(support::Cert::IntermediateSent),
    )
    .await;
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).cert(support::Cert::IntermediateMissingNoAia),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let broken = attempt(&report, Protocol::Smtp, 587);
    assert_eq!(
        (broken.outcome, broken.cause),
        (Outcome::CertUntrusted, Some(Cause::MissingIntermediate)),
        "{broken:#?}"
    );
    assert!(
        broken.explanation.contains("intermediate certificate"),
        "{}",
        broken.explanation
    );
    assert_eq!(attempt(&report, Protocol::Smtp, 465).outcome, Outcome::Ok);

    // Alone, the same certificate says nothing about where it came from: a
    // private CA looks the same. No guess.
    let ip = unique_address();
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).cert(support::Cert::IntermediateMissingNoAia),
    )
    .await;
    let report = run(support::request(HOST, ip, &[587])).await;
    let alone = attempt(&report, Protocol::Smtp, 587);
    assert_eq!(
        (alone.outcome, alone.cause),
        (Outcome::CertUntrusted, None),
        "{alone:#?}"
    );
}
