//! The answer is announced the moment it is certain, and what is announced
//! is what the report recommends in the end.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use mailsetup::engine::{probe, Event, Request};
use mailsetup::report::{Outcome, Report, Security, Setting};
use support::{serve, unique_address, Mode, Quirk, Script};

const HOST: &str = "mail.scripted.test";

/// Runs a probe; returns the report, the announced settings, and for each
/// announcement how many attempts had not finished when it came.
async fn run_watching(request: Request) -> (Report, Vec<(Setting, usize)>) {
    let (tx, mut rx) = mpsc::channel(64);
    let watcher = tokio::spawn(async move {
        let mut planned = 0;
        let mut finished = std::collections::HashSet::new();
        let mut announced = Vec::new();
        while let Some(event) = rx.recv().await {
            match event {
                Event::Planned { .. } => planned += 1,
                Event::Finished { id, .. } => {
                    finished.insert(id);
                }
                Event::Recommended(setting) => announced.push((*setting, planned - finished.len())),
                _ => {}
            }
        }
        announced
    });
    let report = probe(request, tx, CancellationToken::new()).await.unwrap();
    (report, watcher.await.unwrap())
}

#[tokio::test]
async fn the_answer_is_announced_while_a_silent_port_is_still_checked() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(ip, 25, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    let mut request = support::request(HOST, ip, &[465, 25]);
    request.timeout = Duration::from_secs(1);
    let (report, announced) = run_watching(request).await;
    let (setting, still_running) = &announced[0];
    assert_eq!(setting.port, 465);
    assert!(*still_running >= 1, "announced before port 25 gave up");
    assert_eq!(report.outgoing.recommended.as_ref(), Some(setting));
}

#[tokio::test]
async fn standard_pairs_come_first_and_a_misconfigured_465_is_named() {
    // 465 speaks STARTTLS (a server mistake); 587 is as it should be.
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::Starttls)).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let (report, announced) = run_watching(support::request(HOST, ip, &[465, 587])).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.security), (587, Security::Starttls));
    assert!(
        best.explanation.contains("mistake in the server's set-up"),
        "{}",
        best.explanation
    );
    assert!(report
        .outgoing
        .alternatives
        .iter()
        .any(|s| s.port == 465 && s.security == Security::Starttls));
    // What was announced early is what the report recommends.
    assert_eq!(announced.len(), 1);
    assert_eq!(announced[0].0, best);
}

#[tokio::test]
async fn swapped_ports_never_announce_what_is_later_beaten() {
    // 465 with STARTTLS and 587 with implicit TLS: neither is a standard
    // pair, so the first to work must not be announced before the other
    // ended.
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::Starttls)).await;
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::SlowAuth),
    )
    .await;
    let (report, announced) = run_watching(support::request(HOST, ip, &[465, 587])).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!(announced.len(), 1);
    assert_eq!(
        announced[0].0, best,
        "announced {:?}, recommended {best:?}",
        announced[0].0
    );
    assert!(report
        .attempts
        .iter()
        .filter(|a| a.outcome == Outcome::Ok)
        .all(|a| a.security != Security::Plaintext));
}

#[tokio::test]
async fn a_hanging_preferred_name_does_not_hold_back_a_working_one() {
    // smtp.scripted.test accepts and never speaks; mail.scripted.test works.
    let silent = unique_address();
    let working = unique_address();
    serve(
        silent,
        465,
        "smtp.scripted.test",
        Script::new(Mode::ImplicitTls).quirk(Quirk::Silent),
    )
    .await;
    serve(working, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let mut request = support::request(HOST, working, &[465]);
    request.servers = vec!["smtp.scripted.test".into(), HOST.into()];
    request.overrides.insert("smtp.scripted.test", silent);
    request.timeout = Duration::from_secs(2);
    let (report, announced) = run_watching(request).await;
    let (setting, still_running) = &announced[0];
    assert_eq!(setting.host, HOST);
    assert!(*still_running >= 1, "announced while smtp. still hangs");
    assert_eq!(report.outgoing.recommended.as_ref().unwrap().host, HOST);
}

#[tokio::test]
async fn a_tls_port_checked_as_starttls_is_found_without_waiting_for_the_timeout() {
    // 587 wants TLS from the first byte; the STARTTLS check hears silence.
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::ImplicitTls)).await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = Duration::from_secs(4);
    let started = std::time::Instant::now();
    let (report, announced) = run_watching(request).await;
    let took = started.elapsed();
    let (setting, _) = &announced[0];
    assert_eq!((setting.port, setting.security), (587, Security::ImplicitTls));
    let original = report
        .attempts
        .iter()
        .find(|a| a.security == Security::Starttls)
        .unwrap();
    assert_eq!(original.outcome, Outcome::WrongMode, "{original:#?}");
    // The TLS check starts after a second of silence, not after the 4 s
    // timeout of the greeting.
    assert!(took < Duration::from_millis(2500), "took {took:?}");
}

#[tokio::test]
async fn a_silent_port_costs_one_timeout_not_two() {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = Duration::from_secs(2);
    let started = std::time::Instant::now();
    let (report, _) = run_watching(request).await;
    let took = started.elapsed();
    // Both modes were tried, side by side.
    let modes: Vec<_> = report.attempts.iter().map(|a| a.security).collect();
    assert!(modes.contains(&Security::ImplicitTls), "{modes:?}");
    // The TLS check beside it ends when the port's own wait does.
    assert!(took < Duration::from_millis(2400), "took {took:?}");
}

#[tokio::test]
async fn a_slow_greeting_makes_the_parallel_tls_check_moot() {
    let ip = unique_address();
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).quirk(Quirk::SlowReplies),
    )
    .await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = Duration::from_secs(2);
    let (report, announced) = run_watching(request).await;
    assert_eq!(announced[0].0.security, Security::Starttls);
    let tls = report
        .attempts
        .iter()
        .find(|a| a.security == Security::ImplicitTls)
        .unwrap();
    assert_ne!(tls.outcome, Outcome::Ok, "{tls:#?}");
    assert_eq!(report.outgoing.recommended.unwrap().security, Security::Starttls);
}
