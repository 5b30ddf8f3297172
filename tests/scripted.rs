//! The engine against scripted servers: every outcome, every hostile case.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use base64::Engine as _;
use mailsetup::engine::{probe, Event, Request};
use mailsetup::report::{Attempt, Outcome, Report, Security};
use support::{run, serve, unique_address, Auth, Cert, Mode, Quirk, Script, PASSWORD};

fn attempt(report: &Report, port: u16, security: Security) -> &Attempt {
    report
        .attempts
        .iter()
        .find(|a| a.port == port && a.security == security)
        .unwrap_or_else(|| panic!("no attempt {port} {security:?} in {:#?}", report.attempts))
}

const HOST: &str = "mail.scripted.test";

#[tokio::test]
async fn implicit_tls_is_recommended_over_starttls() {
    let ip = unique_address();
    let log465 = serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let log587 = serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let report = run(support::request(HOST, ip, &[465, 587, 25])).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!(
        (best.host.as_str(), best.port, best.security),
        (HOST, 465, Security::ImplicitTls)
    );
    assert!(best.verified);
    assert_eq!(best.auth_mechanism.as_deref(), Some("PLAIN"));
    assert!(best.explanation.contains("RFC 8314"));
    assert_eq!(report.outgoing.alternatives.len(), 1);
    assert_eq!(report.outgoing.alternatives[0].port, 587);
    assert_eq!(attempt(&report, 25, Security::Starttls).outcome, Outcome::Refused);
    let cert = attempt(&report, 465, Security::ImplicitTls)
        .certificate
        .clone()
        .unwrap();
    assert_eq!(cert.names, vec![HOST]);
    // RFC 3207 §4.2: AUTH came from the post-TLS EHLO; nothing secret before TLS.
    let log587 = log587.lock().unwrap();
    assert!(log587.plaintext_lines.iter().all(|l| !l.starts_with("AUTH")));
    assert_eq!(log587.lines.iter().filter(|l| l.starts_with("EHLO")).count(), 2);
    assert_eq!(log465.lock().unwrap().auth_commands, 1);
}

#[tokio::test]
async fn starttls_only_server_gets_587() {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::Starttls).auth(Auth::LoginOnly)).await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.security), (587, Security::Starttls));
    assert_eq!(best.auth_mechanism.as_deref(), Some("LOGIN"));
    assert!(best.explanation.contains("Port 465 (SSL/TLS) would be preferred"));
    assert_eq!(
        attempt(&report, 465, Security::ImplicitTls).outcome,
        Outcome::Refused
    );
}

#[tokio::test]
async fn a_wrong_password_costs_a_server_at_most_two_failed_logins() {
    let ip = unique_address();
    let log465 = serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let log587 = serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.password = Some(mailsetup::secret::Password::new("wrong".into()));
    let report = run(request).await;
    assert!(report.outgoing.recommended.is_none());
    // The address, then at once on the same session the local part, which
    // some servers want; then no more: the account must not be locked.
    let first = attempt(&report, 465, Security::ImplicitTls);
    assert_eq!(first.outcome, Outcome::AuthFailed);
    assert_eq!(first.username.as_deref(), Some("alice"));
    assert!(
        first.detail.contains(&format!("as {}:", support::USER)),
        "{}",
        first.detail
    );
    let skipped = attempt(&report, 587, Security::Starttls);
    assert_eq!(skipped.outcome, Outcome::Skipped);
    assert!(skipped.explanation.contains("lock"));
    assert_eq!(log465.lock().unwrap().auth_commands, 2);
    assert_eq!(log587.lock().unwrap().auth_commands, 0);
}

#[tokio::test]
async fn provider_answers_are_explained() {
    for (auth, outcome, words) in [
        (Auth::AppPassword, Outcome::AppPasswordRequired, "app password"),
        (Auth::OauthOnly, Outcome::OauthRequired, "OAuth2"),
        (Auth::Temporary, Outcome::AuthTemporary, "temporary"),
        (Auth::None, Outcome::AuthUnavailable, "does not offer a login"),
    ] {
        let ip = unique_address();
        let log = serve(ip, 465, HOST, Script::new(Mode::ImplicitTls).auth(auth)).await;
        let report = run(support::request(HOST, ip, &[465])).await;
        let a = attempt(&report, 465, Security::ImplicitTls);
        assert_eq!(a.outcome, outcome, "{auth:?}: {a:#?}");
        assert!(a.explanation.contains(words), "{auth:?}: {}", a.explanation);
        if matches!(auth, Auth::OauthOnly | Auth::None) {
            assert_eq!(
                log.lock().unwrap().auth_commands,
                0,
                "no password may be sent for {auth:?}"
            );
        }
    }
}

#[tokio::test]
async fn plaintext_auth_is_refused_unless_allowed() {
    let ip = unique_address();
    let log = serve(ip, 587, HOST, Script::new(Mode::PlaintextOnly)).await;
    let report = run(support::request(HOST, ip, &[587])).await;
    assert!(report.outgoing.recommended.is_none());
    assert_eq!(
        attempt(&report, 587, Security::Starttls).outcome,
        Outcome::PlaintextAuthRefused
    );
    assert_eq!(log.lock().unwrap().auth_commands, 0);
    assert!(log.lock().unwrap().lines.iter().all(|l| !l.contains(PASSWORD)));

    let mut request = support::request(HOST, ip, &[587]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let best = report.outgoing.recommended.unwrap();
    assert_eq!(best.security, Security::Plaintext);
    assert!(best.insecure);
    assert!(best.explanation.contains("WITHOUT encryption"));
}

#[tokio::test]
async fn secure_setting_beats_allowed_plaintext() {
    let ip = unique_address();
    let log587 = serve(ip, 587, HOST, Script::new(Mode::PlaintextOnly)).await;
    serve(ip, 25, HOST, Script::new(Mode::Starttls)).await;
    let mut request = support::request(HOST, ip, &[587, 25]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.security), (25, Security::Starttls));
    // The consent is for "only where nothing encrypted works": with 25
    // verified, the plaintext port never sees the password.
    let plain = attempt(&report, 587, Security::Plaintext);
    assert_eq!(plain.outcome, Outcome::Skipped);
    assert!(
        plain.explanation.contains("encrypted setting works"),
        "{}",
        plain.explanation
    );
    assert_eq!(log587.lock().unwrap().auth_commands, 0);
}

#[tokio::test]
async fn no_starttls_and_no_auth() {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::PlaintextOnly).auth(Auth::None)).await;
    let report = run(support::request(HOST, ip, &[587])).await;
    assert_eq!(
        attempt(&report, 587, Security::Starttls).outcome,
        Outcome::StarttlsUnavailable
    );
}

#[tokio::test]
async fn certificate_problems_say_which_kind() {
    for (cert, outcome) in [
        (Cert::SelfSigned, Outcome::CertUntrusted),
        (Cert::Expired, Outcome::CertExpired),
        (Cert::WrongName, Outcome::CertNameMismatch),
    ] {
        let ip = unique_address();
        let log465 = serve(ip, 465, HOST, Script::new(Mode::ImplicitTls).cert(cert)).await;
        let log587 = serve(ip, 587, HOST, Script::new(Mode::Starttls).cert(cert)).await;
        let report = run(support::request(HOST, ip, &[465, 587])).await;
        assert!(report.outgoing.recommended.is_none());
        for (port, security) in [(465, Security::ImplicitTls), (587, Security::Starttls)] {
            let a = attempt(&report, port, security);
            assert_eq!(a.outcome, outcome, "{cert:?} {port}");
            let info = a.certificate.as_ref().unwrap();
            assert_eq!(info.sha256.len(), 95);
        }
        assert_eq!(
            log465.lock().unwrap().auth_commands + log587.lock().unwrap().auth_commands,
            0
        );
        if let Cert::WrongName = cert {
            let a = attempt(&report, 465, Security::ImplicitTls);
            assert!(
                a.explanation.contains("valid for mx.elsewhere.test"),
                "{}",
                a.explanation
            );
        }
        if let Cert::SelfSigned = cert {
            assert!(
                attempt(&report, 465, Security::ImplicitTls)
                    .certificate
                    .as_ref()
                    .unwrap()
                    .self_signed
            );
        }
    }
}

/// The fingerprint of the certificate the server on `ip`:465 presents, as
/// a first check shows it to the user (refused, with no password sent).
async fn fingerprint_shown(ip: std::net::IpAddr) -> String {
    let first = run(support::request(HOST, ip, &[465])).await;
    let refused = attempt(&first, 465, Security::ImplicitTls);
    assert!(refused.outcome == Outcome::CertUntrusted || refused.outcome == Outcome::CertExpired);
    refused.certificate.as_ref().unwrap().sha256.clone()
}

/// The test request for `ports`, with the user's exception for `fingerprint`.
fn accepting(ip: std::net::IpAddr, ports: &[u16], fingerprint: &str) -> Request {
    let mut request = support::request(HOST, ip, ports);
    request.trust = mailsetup::wire::tls::TrustStore::only(&[support::pki().ca_der.clone()])
        .danger_accept_certificates(&[fingerprint.to_owned()]);
    request
}

/// The user's security exception: a self-signed certificate accepted by the
/// fingerprint the first check showed, for the next check.
#[tokio::test]
async fn an_accepted_fingerprint_lets_that_certificate_and_no_other_through() {
    let ip = unique_address();
    let script = Script::new(Mode::ImplicitTls).cert(Cert::SelfSigned);
    let log = serve(ip, 465, HOST, script).await;
    let fingerprint = fingerprint_shown(ip).await;
    assert_eq!(log.lock().unwrap().auth_commands, 0);

    // Another fingerprint changes nothing: the password is not sent.
    let other = format!("00{}", &fingerprint[2..]);
    let report = run(accepting(ip, &[465], &other)).await;
    let a = attempt(&report, 465, Security::ImplicitTls);
    assert_eq!(a.outcome, Outcome::CertUntrusted);
    assert_eq!(log.lock().unwrap().auth_commands, 0);

    // The same certificate reached under a name it is not for: refused too.
    let mut request = accepting(ip, &[465], &fingerprint);
    request.servers = vec!["other.scripted.test".into()];
    request.overrides.insert("other.scripted.test", ip);
    let report = run(request).await;
    assert!(report.outgoing.recommended.is_none());
    assert_eq!(report.attempts[0].outcome, Outcome::CertUntrusted);
    assert_eq!(log.lock().unwrap().auth_commands, 0);

    // The fingerprint the user compared, typed in lower case without colons.
    let typed = fingerprint.replace(':', "").to_lowercase();
    let report = run(accepting(ip, &[465], &typed)).await;
    let best = report
        .outgoing
        .recommended
        .clone()
        .expect("works with the exception");
    assert!(best.verified && best.certificate_exception);
    assert!(best.explanation.starts_with("Warning:"), "{}", best.explanation);
    assert!(attempt(&report, 465, Security::ImplicitTls).certificate_exception);
    assert_eq!(log.lock().unwrap().auth_commands, 1);
}

#[tokio::test]
async fn an_accepted_certificate_must_still_be_within_its_dates() {
    let ip = unique_address();
    let script = Script::new(Mode::ImplicitTls).cert(Cert::SelfSignedExpired);
    let log = serve(ip, 465, HOST, script).await;
    let fingerprint = fingerprint_shown(ip).await;
    let report = run(accepting(ip, &[465], &fingerprint)).await;
    assert_eq!(
        attempt(&report, 465, Security::ImplicitTls).outcome,
        Outcome::CertExpired
    );
    assert_eq!(log.lock().unwrap().auth_commands, 0);
}

#[tokio::test]
async fn a_trusted_certificate_is_preferred_to_an_accepted_one() {
    let ip = unique_address();
    let script = Script::new(Mode::ImplicitTls).cert(Cert::SelfSigned);
    serve(ip, 465, HOST, script).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let fingerprint = fingerprint_shown(ip).await;
    let report = run(accepting(ip, &[465, 587], &fingerprint)).await;
    // 465 outranks 587 by RFC 8314, but only through the exception.
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.certificate_exception), (587, false));
    assert_eq!(report.outgoing.alternatives.len(), 1);
    assert!(report.outgoing.alternatives[0].certificate_exception);
    assert!(!attempt(&report, 587, Security::Starttls).certificate_exception);
}

#[tokio::test]
async fn plaintext_server_on_465_is_wrong_mode_and_starttls_still_found() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::Starttls)).await;
    let report = run(support::request(HOST, ip, &[465])).await;
    assert_eq!(
        attempt(&report, 465, Security::ImplicitTls).outcome,
        Outcome::WrongMode
    );
    let best = report.outgoing.recommended.unwrap();
    assert_eq!((best.port, best.security), (465, Security::Starttls));
}

#[tokio::test]
async fn tls_server_on_587_is_wrong_mode_and_implicit_tls_still_found() {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::ImplicitTls)).await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = Duration::from_millis(500);
    let report = run(request).await;
    let original = attempt(&report, 587, Security::Starttls);
    assert_eq!(original.outcome, Outcome::WrongMode, "{original:#?}");
    let best = report.outgoing.recommended.unwrap();
    assert_eq!((best.port, best.security), (587, Security::ImplicitTls));
}

#[tokio::test]
async fn silent_and_closing_servers() {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::CloseAtOnce),
    )
    .await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.timeout = Duration::from_millis(400);
    let report = run(request).await;
    assert_eq!(
        attempt(&report, 465, Security::ImplicitTls).outcome,
        Outcome::TlsFailed
    );
    let silent = attempt(&report, 587, Security::Starttls);
    assert_eq!(
        (silent.outcome, silent.phase),
        (Outcome::Timeout, mailsetup::report::Phase::Greeting)
    );
}

#[tokio::test]
async fn hostile_servers_get_a_protocol_error_not_a_hang() {
    for (mode, quirk) in [
        (Mode::Starttls, Quirk::LongLine),
        (Mode::Starttls, Quirk::EndlessMultiline),
        (Mode::Starttls, Quirk::GreetingNeverEnds),
        (Mode::Starttls, Quirk::InjectAfterStarttls),
        (Mode::Starttls, Quirk::CloseMidReply),
        (Mode::Starttls, Quirk::Garbage),
        (Mode::ImplicitTls, Quirk::LongLine),
        (Mode::ImplicitTls, Quirk::EndlessMultiline),
    ] {
        let ip = unique_address();
        let port = if mode == Mode::ImplicitTls { 465 } else { 587 };
        let log = serve(ip, port, HOST, Script::new(mode).quirk(quirk)).await;
        let mut request = support::request(HOST, ip, &[port]);
        request.timeout = Duration::from_secs(5);
        let report = run(request).await;
        let a = &report.attempts[0];
        assert_eq!(a.outcome, Outcome::ProtocolError, "{quirk:?}: {a:#?}");
        assert!(!a.detail.is_empty());
        assert!(report.outgoing.recommended.is_none());
        assert_eq!(log.lock().unwrap().auth_commands, 0, "{quirk:?}");
        if quirk == Quirk::InjectAfterStarttls {
            assert!(a.detail.contains("injection"), "{}", a.detail);
        }
    }
}

#[tokio::test]
async fn unknown_name_is_dns_failed() {
    let mut request = support::request(HOST, unique_address(), &[465]);
    request.servers = vec!["no-such-host.invalid".into()];
    request.timeout = Duration::from_secs(1);
    let report = run(request).await;
    assert_eq!(report.attempts[0].outcome, Outcome::DnsFailed);
}

#[tokio::test]
async fn cancel_returns_at_once_with_what_is_known() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.timeout = Duration::from_secs(60);
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let task = tokio::spawn(probe(request, tx, cancel.clone()));
    // Wait until 465 has finished, then cancel while 587 hangs.
    while let Some(event) = rx.recv().await {
        if let Event::Recommended(best) = event {
            assert_eq!(best.port, 465);
            break;
        }
    }
    cancel.cancel();
    let report = tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(report.cancelled);
    assert_eq!(report.outgoing.recommended.unwrap().port, 465);
    assert_eq!(attempt_by_port(&report.attempts, 587).outcome, Outcome::Cancelled);
}

fn attempt_by_port(attempts: &[Attempt], port: u16) -> &Attempt {
    attempts.iter().find(|a| a.port == port).unwrap()
}

#[tokio::test]
async fn events_tell_the_story_in_order() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let (tx, mut rx) = mpsc::channel(64);
    let report = probe(support::request(HOST, ip, &[465]), tx, CancellationToken::new())
        .await
        .unwrap();
    let mut events = Vec::new();
    while let Ok(event) = rx.try_recv() {
        events.push(event);
    }
    assert!(matches!(
        events.first(),
        Some(Event::Planned { id: 0, port: 465, .. })
    ));
    assert!(events.iter().any(|e| matches!(e, Event::Finished { id: 0, .. })));
    assert!(events.iter().any(|e| matches!(e, Event::Recommended(_))));
    assert!(report.outgoing.recommended.is_some());
}

#[tokio::test]
async fn password_never_appears_in_the_report() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let report = run(support::request(HOST, ip, &[465])).await;
    let json = serde_json::to_string(&report).unwrap();
    assert!(!json.contains(PASSWORD));
    assert!(!json.contains("Y29ycmVjdCBob3JzZ")); // base64 of the password's start
    let debug = format!("{:?}", support::request(HOST, ip, &[465]));
    assert!(!debug.contains(PASSWORD));
}

#[tokio::test]
async fn a_login_slowed_down_by_the_server_is_waited_for() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::SlowAuth),
    )
    .await;
    let mut request = support::request(HOST, ip, &[465]);
    // Each phase may take 1 s; the login gets more because servers delay it on purpose.
    request.timeout = Duration::from_secs(1);
    let report = run(request).await;
    assert_eq!(report.outgoing.recommended.unwrap().port, 465);
}

#[tokio::test]
async fn ipv6_and_ipv4_addresses_are_both_tried() {
    // Only this test uses [::1], so its ports are free.
    let v4 = unique_address();
    let v6: std::net::IpAddr = "::1".parse().unwrap();
    serve(v4, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(v6, 587, HOST, Script::new(Mode::Starttls)).await;
    let mut request = support::request(HOST, v4, &[465, 587]);
    let mut overrides = mailsetup::wire::net::Overrides::default();
    // IPv6 first, as a resolver would order it: 465 is closed there, 587 on IPv4.
    overrides.insert(HOST, v6);
    overrides.insert(HOST, v4);
    request.overrides = overrides;
    let report = run(request).await;
    let implicit = attempt(&report, 465, Security::ImplicitTls);
    assert_eq!(
        (implicit.outcome, implicit.address.clone()),
        (Outcome::Ok, Some(v4.to_string()))
    );
    let starttls = attempt(&report, 587, Security::Starttls);
    assert_eq!(
        (starttls.outcome, starttls.address.clone()),
        (Outcome::Ok, Some("::1".to_owned()))
    );
}

/// The token of a sign-in, and where it came from (as `--oauth` sets it).
fn signed_in(mut request: Request, token: &str) -> Request {
    request.password = Some(mailsetup::secret::Password::new(token.to_owned()));
    request.signed_in = Some(mailsetup::discovery::autoconfig::OAuth2 {
        issuer: "auth.scripted.test".to_owned(),
        scope: "mail".to_owned(),
        auth_url: "https://auth.scripted.test/authorize".to_owned(),
        token_url: "https://auth.scripted.test/token".to_owned(),
    });
    request
}

const TOKEN: &str = "ya29.scripted-access-token-never-shown";

/// Servers that take any token at all: one behind STARTTLS with a valid
/// certificate gets it after TLS (and the setting is verified by signing
/// in), one whose certificate is for another name and one that offers no
/// encryption never get it, even with plaintext allowed for a password.
#[tokio::test]
async fn a_server_that_takes_any_token_gets_it_only_over_verified_tls() {
    let ip = unique_address();
    let starttls = serve(ip, 587, HOST, Script::new(Mode::Starttls).auth(Auth::OauthOnly)).await;
    let wrong = Script::new(Mode::ImplicitTls)
        .auth(Auth::OauthOnly)
        .cert(Cert::WrongName);
    let wrong = serve(ip, 465, HOST, wrong).await;
    let plain = serve(
        ip,
        25,
        HOST,
        Script::new(Mode::PlaintextOnly).auth(Auth::OauthOnly),
    )
    .await;
    let mut request = signed_in(support::request(HOST, ip, &[465, 587, 25]), TOKEN);
    request.allow_plaintext = true;
    let report = run(request).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.verified), (587, true), "{report:#?}");
    assert!(best.signs_in());
    assert_eq!(best.auth_mechanism.as_deref(), Some("XOAUTH2"));
    let starttls = starttls.lock().unwrap();
    assert_eq!(starttls.auth_commands, 1);
    assert!(starttls.plaintext_lines.iter().all(|l| !l.starts_with("AUTH")));
    assert_eq!(wrong.lock().unwrap().auth_commands, 0);
    assert_eq!(plain.lock().unwrap().auth_commands, 0);
    assert!(!serde_json::to_string(&report).unwrap().contains(TOKEN));
}

/// A server that repeats the XOAUTH2 line it was sent in its refusal:
/// neither the token nor its base64 form reaches the report.
#[tokio::test]
async fn a_token_the_server_repeats_never_appears_in_the_report() {
    let ip = unique_address();
    let script = Script::new(Mode::ImplicitTls)
        .auth(Auth::OauthOnly)
        .auth_answer("535 5.7.8 {sent} is not a token we know");
    serve(ip, 465, HOST, script).await;
    let report = run(signed_in(support::request(HOST, ip, &[465]), TOKEN)).await;
    let tried = attempt(&report, 465, Security::ImplicitTls);
    assert_eq!(tried.outcome, Outcome::AuthFailed, "{tried:#?}");
    let json = serde_json::to_string(&report).unwrap();
    let blob = base64::engine::general_purpose::STANDARD
        .encode(format!("user={}\x01auth=Bearer {TOKEN}\x01\x01", support::USER));
    assert!(!json.contains(TOKEN), "{json}");
    assert!(!json.contains(&blob[..40]), "{json}");
    assert!(json.contains("is not a token we know"), "{json}");
}
