//! The password promises against hostile and unusual scripted servers:
//! no cleartext login while encryption works, no echo of the secret in any
//! output, no server byte unescaped, no "verified" without the whole
//! exchange, and advice that names what is really wrong.

#![allow(clippy::unwrap_used)]

mod support;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use mailsetup::report::{Attempt, Cause, Outcome, Report, Security};
use mailsetup::verdict::diagnose;
use support::{run, serve, unique_address, Auth, Cert, Mode, Quirk, Script, PASSWORD, USER};

const HOST: &str = "mail.scripted.test";

fn attempt(report: &Report, port: u16) -> &Attempt {
    report
        .attempts
        .iter()
        .rev()
        .find(|a| a.port == port)
        .unwrap_or_else(|| panic!("no attempt on {port} in {:#?}", report.attempts))
}

/// Everything a person can get out of a report: JSON, text, clipboard.
fn every_output(report: &Report) -> String {
    format!(
        "{}\n{}",
        serde_json::to_string(report).unwrap(),
        mailsetup::report::text::report_text(report)
    )
}

/// Every encoding of the test password a login sends.
fn secret_forms() -> Vec<String> {
    let plain = STANDARD.encode(format!("\0{USER}\0{PASSWORD}"));
    let login = STANDARD.encode(PASSWORD);
    vec![
        PASSWORD.to_owned(),
        plain[..16].to_owned(),
        plain,
        login[..12].to_owned(),
        login,
    ]
}

fn assert_no_secret(report: &Report) {
    let out = every_output(report);
    for form in secret_forms() {
        assert!(!out.contains(&form), "{form} leaked:\n{out}");
    }
}

#[tokio::test]
async fn plaintext_on_465_waits_for_starttls_on_587_and_never_gets_the_password() {
    let ip = unique_address();
    let log465 = serve(ip, 465, HOST, Script::new(Mode::PlaintextOnly)).await;
    let log587 = serve(ip, 587, HOST, Script::new(Mode::Starttls).quirk(Quirk::SlowAuth)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let best = report.outgoing.recommended.clone().unwrap();
    assert_eq!((best.port, best.security), (587, Security::Starttls));
    assert_eq!(log465.lock().unwrap().auth_commands, 0, "{:#?}", report.attempts);
    assert_eq!(log587.lock().unwrap().auth_commands, 1);
    // 465 speaking plain SMTP without STARTTLS is not "expects STARTTLS".
    let first = &report.attempts[0];
    assert_eq!(first.port, 465);
    assert_eq!(first.cause, Some(Cause::PlaintextOnly), "{first:#?}");
    assert!(
        !first.explanation.contains("expects STARTTLS"),
        "{}",
        first.explanation
    );
}

#[tokio::test]
async fn plaintext_login_happens_only_when_nothing_encrypted_works() {
    let ip = unique_address();
    let log465 = serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).cert(Cert::SelfSigned),
    )
    .await;
    let log587 = serve(ip, 587, HOST, Script::new(Mode::PlaintextOnly)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.allow_plaintext = true;
    let report = run(request).await;
    let best = report.outgoing.recommended.unwrap();
    assert!(best.insecure && best.verified);
    assert_eq!(log465.lock().unwrap().auth_commands, 0);
    assert_eq!(log587.lock().unwrap().auth_commands, 1);
}

#[tokio::test]
async fn a_server_quoting_the_login_back_never_puts_the_password_in_a_report() {
    for (auth, answer) in [
        (Auth::Normal, "535 5.7.8 bad credentials for {sent}"),
        (Auth::LoginOnly, "535 5.7.8 you sent: {sent}"),
        (
            Auth::Normal,
            "454-4.7.0 temporary failure for {sent}\r\n454 4.7.0 try later",
        ),
        (Auth::Normal, "550 5.7.1 refused [{sent}]"),
        (Auth::LoginOnly, "999 garbage {sent}"),
    ] {
        let ip = unique_address();
        let script = Script::new(Mode::ImplicitTls).auth(auth).auth_answer(answer);
        serve(ip, 465, HOST, script).await;
        let report = run(support::request(HOST, ip, &[465])).await;
        assert_ne!(attempt(&report, 465).outcome, Outcome::Ok, "{answer}");
        assert_no_secret(&report);
        assert!(
            every_output(&report).contains("[password removed]"),
            "{answer}: {report:#?}"
        );
    }
}

#[tokio::test]
async fn terminal_escapes_from_a_server_are_shown_not_obeyed() {
    let ip = unique_address();
    let hostile = "220 mail\u{1b}]0;owned\u{7}\u{1b}]52;c;aGk=\u{7}\u{1b}[2J ESMTP\u{9b}";
    serve(ip, 587, HOST, Script::new(Mode::Starttls).greeting(hostile)).await;
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).auth_answer("535 5.7.8 no\u{1b}[31m \u{202e}drowssap"),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let out = every_output(&report);
    assert!(
        !out.chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
        "{out}"
    );
    let greeting = attempt(&report, 587).greeting.clone().unwrap();
    assert!(greeting.contains("\\x1b]52;c;"), "{greeting}");
}

#[tokio::test]
async fn success_before_the_password_is_not_verified() {
    let ip = unique_address();
    let script = Script::new(Mode::ImplicitTls)
        .auth(Auth::LoginOnly)
        .quirk(Quirk::EarlySuccess);
    let log = serve(ip, 465, HOST, script).await;
    let report = run(support::request(HOST, ip, &[465])).await;
    assert!(report.outgoing.recommended.is_none(), "{report:#?}");
    let a = attempt(&report, 465);
    assert_eq!(a.outcome, Outcome::ProtocolError);
    assert!(a.detail.contains("before it had the password"), "{}", a.detail);
    assert!(log
        .lock()
        .unwrap()
        .lines
        .iter()
        .all(|l| !l.contains(&STANDARD.encode(PASSWORD))));
}

#[tokio::test]
async fn provider_refusals_name_what_is_really_wrong() {
    for (answer, expected, words) in [
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
            Outcome::AuthDisabled,
            "switched off",
        ),
        (
            "550 5.7.30 Basic authentication is not supported for Client Submission.",
            Outcome::AuthDisabled,
            "switched off",
        ),
        (
            "534-5.7.14 <https://accounts.google.com/> Please log in via\r\n534 5.7.14 your web browser",
            Outcome::WebLoginRequired,
            "web page",
        ),
        (
            "530 5.7.0 Authentication not permitted",
            Outcome::AuthUnavailable,
            "530",
        ),
        (
            "451 4.3.0 Internal server error",
            Outcome::AuthTemporary,
            "temporary",
        ),
    ] {
        let ip = unique_address();
        serve(ip, 465, HOST, Script::new(Mode::ImplicitTls).auth_answer(answer)).await;
        let report = run(support::request(HOST, ip, &[465])).await;
        let a = attempt(&report, 465);
        assert_eq!(a.outcome, expected, "{answer}");
        assert!(a.explanation.contains(words), "{answer}: {}", a.explanation);
        assert!(!a.explanation.contains("stopped for safety"), "{}", a.explanation);
        assert!(!a.explanation.contains("Check both"), "{}", a.explanation);
    }
}

#[tokio::test]
async fn greetings_that_turn_us_away_say_why() {
    for (greeting, expected, words) in [
        (
            "421 4.3.2 Too many connections, try later",
            Outcome::ServerBusy,
            "busy",
        ),
        (
            "554 5.7.1 No SMTP service here",
            Outcome::ServiceRefused,
            "refuses service",
        ),
    ] {
        let ip = unique_address();
        serve(ip, 587, HOST, Script::new(Mode::Starttls).greeting(greeting)).await;
        let report = run(support::request(HOST, ip, &[587])).await;
        let a = attempt(&report, 587);
        assert_eq!(a.outcome, expected, "{greeting}");
        assert!(a.explanation.contains(words), "{}", a.explanation);
    }
}

#[tokio::test]
async fn cram_md5_only_is_named_and_not_called_impossible() {
    let ip = unique_address();
    let log = serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).auth(Auth::CramMd5Only),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465])).await;
    let a = attempt(&report, 465);
    assert_eq!(a.outcome, Outcome::AuthUnavailable);
    assert_eq!(a.cause, Some(Cause::OtherMechanisms));
    assert!(a.explanation.contains("CRAM-MD5"), "{}", a.explanation);
    assert!(a.explanation.contains("Encrypted password"), "{}", a.explanation);
    assert!(!a.explanation.contains("cannot send"), "{}", a.explanation);
    assert_eq!(log.lock().unwrap().auth_commands, 0);
}

#[tokio::test]
async fn a_certificate_without_subject_alt_name_offers_no_useless_retry() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).cert(Cert::CommonNameOnly),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465])).await;
    let a = attempt(&report, 465);
    assert_eq!(a.outcome, Outcome::CertNameMismatch);
    assert_eq!(a.cause, Some(Cause::NoSubjectAltName));
    assert!(a.explanation.contains("subjectAltName"), "{}", a.explanation);
    assert!(!a.explanation.contains("Use that name"), "{}", a.explanation);
    let diagnosis = diagnose::diagnose(&report, mailsetup::report::Direction::Outgoing).unwrap();
    assert!(
        matches!(
            diagnosis.problem,
            diagnose::Problem::NameMismatch { suggestion: None, .. }
        ),
        "{diagnosis:?}"
    );
}

#[tokio::test]
async fn broken_tls_on_the_server_is_not_called_missing() {
    let ip = unique_address();
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).quirk(Quirk::StarttlsBroken),
    )
    .await;
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::CloseAtHandshake),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let starttls = attempt(&report, 587);
    assert_eq!(starttls.cause, Some(Cause::TlsBrokenOnServer), "{starttls:#?}");
    assert!(
        starttls.explanation.contains("could not start it"),
        "{}",
        starttls.explanation
    );
    let implicit = attempt(&report, 465);
    assert_eq!(implicit.cause, Some(Cause::OldTlsVersion), "{implicit:#?}");
    assert!(
        implicit.explanation.contains("TLS 1.0"),
        "{}",
        implicit.explanation
    );
}

#[tokio::test]
async fn after_a_wrong_password_a_port_without_login_says_so() {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls).auth(Auth::None)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    request.password = Some(mailsetup::secret::Password::new("wrong".into()));
    let report = run(request).await;
    assert_eq!(attempt(&report, 465).outcome, Outcome::AuthFailed);
    assert_eq!(attempt(&report, 587).outcome, Outcome::AuthUnavailable);
    let text = mailsetup::report::text::report_text(&report);
    assert_eq!(
        text.matches("No working outgoing mail setting").count(),
        0,
        "{text}"
    );
    assert_eq!(text.matches("not accepted").count(), 1, "{text}");
}

#[tokio::test]
async fn an_unanswered_quit_costs_a_moment_not_three_timeouts() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::NoQuitReply),
    )
    .await;
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).quirk(Quirk::NoQuitReply),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    assert_eq!(report.outgoing.alternatives.len(), 1);
    for a in &report.attempts {
        assert_eq!(a.outcome, Outcome::Ok);
        // The request's timeout is 2 s; waiting for QUIT took 3 × 2 s each.
        assert!(a.elapsed_ms < 2000, "{a:#?}");
    }
}

#[tokio::test]
async fn a_server_answering_each_line_just_in_time_still_meets_the_budget() {
    let ip = unique_address();
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).quirk(Quirk::SlowReplies),
    )
    .await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = std::time::Duration::from_millis(1000);
    let report = run(request).await;
    // (The TLS check started beside it during the first silence is not it.)
    let a = report
        .attempts
        .iter()
        .find(|a| a.security == Security::Starttls)
        .unwrap();
    assert_eq!(a.outcome, Outcome::Timeout, "{a:#?}");
    assert!(a.detail.contains("in all"), "{}", a.detail);
}

#[tokio::test]
async fn a_server_that_wants_a_client_certificate_says_so() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::RequireClientCert),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465])).await;
    let a = attempt(&report, 465);
    assert_eq!(a.outcome, Outcome::TlsFailed, "{a:#?}");
    assert_eq!(a.cause, Some(Cause::ClientCertificateRequired), "{a:#?}");
    assert!(a.explanation.contains("client certificate"), "{}", a.explanation);
}

#[tokio::test]
async fn an_address_that_never_speaks_gives_way_to_the_hosts_other_addresses() {
    let silent = unique_address();
    let working = unique_address();
    serve(
        silent,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::Silent),
    )
    .await;
    serve(working, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    let mut request = support::request(HOST, silent, &[465]);
    request.overrides.insert(HOST, working);
    request.timeout = std::time::Duration::from_secs(1);
    let report = run(request).await;
    let a = attempt(&report, 465);
    assert_eq!(a.outcome, Outcome::Ok, "{a:#?}");
    assert_eq!(a.address.as_deref(), Some(working.to_string().as_str()));
    assert!(report.outgoing.recommended.unwrap().verified);
}

#[tokio::test]
async fn a_server_that_leaves_out_its_intermediate_is_told_so() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).cert(Cert::IntermediateMissing),
    )
    .await;
    serve(
        ip,
        587,
        HOST,
        Script::new(Mode::Starttls).cert(Cert::IntermediateSent),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let broken = attempt(&report, 465);
    assert_eq!(broken.outcome, Outcome::CertUntrusted, "{broken:#?}");
    assert_eq!(broken.cause, Some(Cause::MissingIntermediate));
    assert!(
        broken.explanation.contains("intermediate certificate"),
        "{}",
        broken.explanation
    );
    assert!(
        !broken.explanation.contains("add it as a trusted"),
        "{}",
        broken.explanation
    );
    // The same certificate with its chain works: the cause is the chain.
    assert_eq!(report.outgoing.recommended.unwrap().port, 587);
}

#[tokio::test]
async fn a_login_accepted_then_dropped_is_not_called_working() {
    let ip = unique_address();
    serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::CloseAfterLogin),
    )
    .await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let report = run(support::request(HOST, ip, &[465, 587])).await;
    let dropped = attempt(&report, 465);
    assert_eq!(dropped.outcome, Outcome::ProtocolError, "{dropped:#?}");
    assert_eq!(dropped.cause, Some(Cause::ClosedAfterLogin));
    assert!(
        dropped
            .detail
            .starts_with("login accepted, but the server closed the session: 421"),
        "{}",
        dropped.detail
    );
    // The 421 quoted the password back; the report has it removed.
    assert!(!dropped.detail.contains(PASSWORD), "{}", dropped.detail);
    assert!(
        dropped
            .explanation
            .contains("accepted the login and then ended the session"),
        "{}",
        dropped.explanation
    );
    assert_eq!(report.outgoing.recommended.unwrap().port, 587);
}

#[tokio::test]
async fn a_busy_greeting_is_tried_once_more_a_moment_later() {
    let ip = unique_address();
    let log = serve(
        ip,
        465,
        HOST,
        Script::new(Mode::ImplicitTls).quirk(Quirk::BusyOnce),
    )
    .await;
    let report = run(support::request(HOST, ip, &[465])).await;
    assert_eq!(
        attempt(&report, 465).outcome,
        Outcome::Ok,
        "{:#?}",
        report.attempts
    );
    assert_eq!(log.lock().unwrap().connections, 2);
}
