//! Incoming mail (IMAP, POP3) against scripted servers: the whole account,
//! IMAP before POP3, the login rules across protocols, and hostile servers.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant};

use mailsetup::engine::Request;
use mailsetup::report::{Attempt, Outcome, Protocol, Report, Security};
use support::{run, serve, serve_incoming, unique_address, Incoming, Mode, Script, PASSWORD};

const HOST: &str = "mail.scripted.test";

fn request(ip: std::net::IpAddr, protocols: &[Protocol]) -> Request {
    support::request_for(HOST, ip, protocols)
}

fn attempt(report: &Report, protocol: Protocol, port: u16) -> &Attempt {
    support::attempt_on(report, protocol, port)
}

#[tokio::test]
async fn a_whole_account_is_verified_in_both_directions() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let imap = serve_incoming(ip, 993, HOST, false, Mode::ImplicitTls, Incoming::Normal).await;
    let pop = serve_incoming(ip, 995, HOST, true, Mode::ImplicitTls, Incoming::Normal).await;
    let report = run(request(ip, &[])).await;
    let outgoing = report.outgoing.recommended.clone().unwrap();
    assert_eq!((outgoing.protocol, outgoing.port), (Protocol::Smtp, 465));
    let incoming = report.incoming.recommended.clone().unwrap();
    assert_eq!(
        (incoming.protocol, incoming.port, incoming.security),
        (Protocol::Imap, 993, Security::ImplicitTls)
    );
    assert!(incoming.verified);
    assert!(
        incoming.explanation.contains("every device"),
        "{}",
        incoming.explanation
    );
    // One login per direction: POP3 is checked up to its login offer, to
    // spare the account.
    let pop_setting = &report.incoming.alternatives[0];
    assert_eq!((pop_setting.protocol, pop_setting.port), (Protocol::Pop3, 995));
    assert!(
        pop_setting.login_spared && !pop_setting.verified,
        "{pop_setting:#?}"
    );
    assert_eq!(imap.lock().unwrap().auth_commands, 1);
    assert_eq!(pop.lock().unwrap().auth_commands, 0);
    let text = mailsetup::report::text::report_text(&report);
    assert!(
        text.contains("Recommended incoming mail settings (verified"),
        "{text}"
    );
    assert!(text.contains("Server type:         IMAP"), "{text}");
}

#[tokio::test]
async fn starttls_on_143_respects_logindisabled_and_forgets_what_came_before() {
    let ip = unique_address();
    let imap = serve_incoming(ip, 143, HOST, false, Mode::Starttls, Incoming::Normal).await;
    let report = run(request(ip, &[Protocol::Imap])).await;
    let best = report.incoming.recommended.clone().unwrap();
    assert_eq!((best.port, best.security), (143, Security::Starttls));
    // PLAIN was offered only after TLS; LOGINDISABLED before it.
    assert_eq!(best.auth_mechanism.as_deref(), Some("PLAIN"));
    let log = imap.lock().unwrap();
    assert!(log
        .plaintext_lines
        .iter()
        .all(|l| !l.contains("AUTHENTICATE") && !l.contains("LOGIN ")));
    assert_eq!(log.lines.iter().filter(|l| l.ends_with("CAPABILITY")).count(), 2);
}

#[tokio::test]
async fn only_pop3_is_recommended_with_what_that_means() {
    let ip = unique_address();
    serve_incoming(ip, 110, HOST, true, Mode::Starttls, Incoming::BareLf).await;
    let report = run(request(ip, &[Protocol::Imap, Protocol::Pop3])).await;
    let best = report.incoming.recommended.clone().unwrap();
    assert_eq!(
        (best.protocol, best.port, best.security),
        (Protocol::Pop3, 110, Security::Starttls)
    );
    assert!(
        best.explanation.contains("Only POP3 works"),
        "{}",
        best.explanation
    );
    assert_eq!(attempt(&report, Protocol::Imap, 993).outcome, Outcome::Refused);
}

#[tokio::test]
async fn a_wrong_password_costs_a_server_two_failed_logins_across_protocols() {
    let ip = unique_address();
    let smtp = serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let imap = serve_incoming(ip, 993, HOST, false, Mode::ImplicitTls, Incoming::Normal).await;
    let pop = serve_incoming(ip, 995, HOST, true, Mode::ImplicitTls, Incoming::Normal).await;
    let mut request = request(ip, &[]);
    request.password = Some(mailsetup::secret::Password::new("wrong".into()));
    let report = run(request).await;
    let failed = [&smtp, &imap, &pop]
        .iter()
        .map(|log| log.lock().unwrap().auth_commands)
        .sum::<usize>();
    assert_eq!(failed, 2, "{:#?}", report.attempts);
    // Both tries on the first server reached: the address, then at once on
    // the same session the local part.
    let refused: Vec<&Attempt> = report
        .attempts
        .iter()
        .filter(|a| a.outcome == Outcome::AuthFailed)
        .collect();
    assert_eq!(refused.len(), 1, "{:#?}", report.attempts);
    assert_eq!(refused[0].username.as_deref(), Some("alice"));
    assert!(
        refused[0].detail.contains(&format!("as {}:", support::USER)),
        "{}",
        refused[0].detail
    );
    assert!(report.attempts.iter().any(|a| a.outcome == Outcome::Skipped));
}

#[tokio::test]
async fn hostile_incoming_servers_end_in_an_outcome_in_bounded_time() {
    for (pop3, mode, quirk, port) in [
        (false, Mode::Starttls, Incoming::InjectAfterStarttls, 143),
        (true, Mode::Starttls, Incoming::InjectAfterStarttls, 110),
        (false, Mode::ImplicitTls, Incoming::EndlessUntagged, 993),
        (true, Mode::ImplicitTls, Incoming::EndlessUntagged, 995),
        (false, Mode::ImplicitTls, Incoming::HugeLiteral, 993),
        (false, Mode::ImplicitTls, Incoming::NoLineEnd, 993),
        (true, Mode::ImplicitTls, Incoming::NoLineEnd, 995),
        (false, Mode::ImplicitTls, Incoming::CloseMidReply, 993),
    ] {
        let ip = unique_address();
        let log = serve_incoming(ip, port, HOST, pop3, mode, quirk).await;
        let protocol = if pop3 { Protocol::Pop3 } else { Protocol::Imap };
        let mut request = request(ip, &[protocol]);
        request.timeout = Duration::from_secs(1);
        let started = Instant::now();
        let report = run(request).await;
        let a = attempt(&report, protocol, port);
        assert!(
            matches!(a.outcome, Outcome::ProtocolError | Outcome::Timeout),
            "{quirk:?} {protocol:?}: {a:#?}"
        );
        assert!(report.incoming.recommended.is_none());
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "{quirk:?} took {:?}",
            started.elapsed()
        );
        assert_eq!(
            log.lock().unwrap().auth_commands,
            0,
            "{quirk:?}: no password after that"
        );
        assert!(log.lock().unwrap().lines.iter().all(|l| !l.contains(PASSWORD)));
    }
}

#[tokio::test]
async fn a_whole_account_keeps_within_the_connection_limit_and_checks_everything() {
    // Eight ports of one server address: more than servers allow one
    // client at a time. Every one is still checked, and logged into.
    let ip = unique_address();
    support::pause_before_greeting(ip, Duration::from_millis(100));
    for (port, mode) in [
        (465, Mode::ImplicitTls),
        (587, Mode::Starttls),
        (25, Mode::Starttls),
        (2525, Mode::Starttls),
    ] {
        serve(ip, port, HOST, Script::new(mode)).await;
    }
    for (port, pop3, mode) in [
        (993, false, Mode::ImplicitTls),
        (143, false, Mode::Starttls),
        (995, true, Mode::ImplicitTls),
        (110, true, Mode::Starttls),
    ] {
        serve_incoming(ip, port, HOST, pop3, mode, Incoming::Normal).await;
    }
    let mut request = request(ip, &[]);
    request.ports = vec![465, 587, 25, 2525];
    request.verify_all = true;
    let report = run(request).await;
    for a in &report.attempts {
        assert_eq!(a.outcome, Outcome::Ok, "{a:#?}");
        assert!(a.auth_mechanism.is_some(), "{a:#?}");
    }
    assert_eq!(report.attempts.len(), 8);
    let most = support::most_open(ip);
    assert!(
        most <= mailsetup::wire::connect::MAX_CONNECTIONS_PER_ADDRESS,
        "{most} connections at once"
    );
}
