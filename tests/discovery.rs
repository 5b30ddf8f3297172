//! End to end: finding the servers. The real `mailsetup` binary (and the
//! engine, where the timing of an event matters) against the world of
//! `scripts/mail-world.sh`: a real DNS server (dnsmasq, 127.0.1.53, zone in
//! `tests/data/discovery/dnsmasq.conf`), a real HTTPS server with the test
//! CA's certificate (127.0.1.80: provider autoconfig, `.well-known`, an
//! ISPDB stand-in), a plain-http-only one (127.0.1.81), and Postfix and
//! Dovecot behind the names the lookups give. The servers' own logs prove
//! where the password was and was not sent.
//!
//! Without `MAILSETUP_MAIL_WORLD` these tests say so and pass, unless
//! `MAILSETUP_REQUIRE_WORLD=1` makes a missing world a failure.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use mailsetup::engine::{probe, Event, Request};
use mailsetup::report::Source;
use mailsetup::secret::Password;
use mailsetup::wire::net::{Dns, Overrides};
use mailsetup::wire::tls::{load_pem_certificates, TrustStore};

static SERIAL: Mutex<()> = Mutex::new(());

const DNS: &str = "127.0.1.53";
const ISPDB: &str = "https://ispdb.test/v1.1/";

/// A run whose sources all answer at once ends well inside one web
/// deadline (2.5 s at --timeout 3): no lookup is waited for in vain.
const QUICK: Duration = Duration::from_secs(2);

struct World {
    dir: PathBuf,
    password: String,
}

fn begin() -> Option<(std::sync::MutexGuard<'static, ()>, World)> {
    let serial = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let Ok(dir) = std::env::var("MAILSETUP_MAIL_WORLD") else {
        assert!(
            std::env::var("MAILSETUP_REQUIRE_WORLD").is_err(),
            "MAILSETUP_REQUIRE_WORLD is set but MAILSETUP_MAIL_WORLD is not: start scripts/mail-world.sh"
        );
        eprintln!("skipped: no mail world (run scripts/test.sh)");
        return None;
    };
    let dir = PathBuf::from(dir);
    let password = std::fs::read_to_string(dir.join("password"))
        .unwrap()
        .trim()
        .to_owned();
    Some((serial, World { dir, password }))
}

impl World {
    /// `mailsetup probe EMAIL --json` with the world's DNS, ISPDB and CA;
    /// the report, the exit code and how long it took.
    fn probe(&self, email: &str, args: &[&str]) -> (Option<i32>, Value, Duration) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        command.env("MAILSETUP_LANG", "en-US");
        command
            .args([
                "probe",
                email,
                "--json",
                "--timeout",
                "3",
                "--dns",
                DNS,
                "--ispdb",
                ISPDB,
            ])
            .arg("--ca-file")
            .arg(self.dir.join("tls/ca.crt"))
            .arg("--password-stdin")
            .args(args)
            .env_remove("MAILSETUP_PASSWORD")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let started = Instant::now();
        let mut child = command.spawn().unwrap();
        writeln!(child.stdin.take().unwrap(), "{}", self.password).unwrap();
        let output = child.wait_with_output().unwrap();
        let took = started.elapsed();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.contains(&self.password), "password printed");
        let report = serde_json::from_str(&stdout).unwrap_or(Value::Null);
        (output.status.code(), report, took)
    }

    fn log(&self, name: &str) -> String {
        String::from_utf8_lossy(&std::fs::read(self.dir.join("log").join(name)).unwrap_or_default())
            .into_owned()
    }

    /// SMTP sessions of a Postfix service (its syslog name) that sent
    /// AUTH: Postfix's `disconnect` line counts the commands (its logger
    /// writes a moment later).
    fn smtp_logins(&self, service: &str) -> usize {
        std::thread::sleep(Duration::from_millis(500));
        self.log("postfix.log")
            .lines()
            .filter(|l| {
                l.contains(&format!(" {service}/smtpd["))
                    && l.contains("disconnect from")
                    && l.contains(" auth=")
            })
            .count()
    }

    /// Dovecot logs `Login: user=<…>` for each accepted IMAP/POP3 login.
    fn incoming_logins(&self, user: &str) -> usize {
        self.log("dovecot.log")
            .matches(&format!("Login: user=<{user}>"))
            .count()
    }
}

fn recommended<'a>(report: &'a Value, direction: &str) -> &'a Value {
    &report[direction]["recommended"]
}

fn lookup<'a>(report: &'a Value, source: &str) -> Vec<&'a Value> {
    report["discovery"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["source"] == source)
        .collect()
}

#[test]
fn a_hosted_domain_is_found_through_its_mx_and_the_ispdb_and_verified_at_once() {
    // The MX record names Big Mail's server; the ISPDB, which is curated,
    // lists Big Mail: that is the provider's word (a forged MX can only
    // point at a real, listed provider), so the password goes there
    // directly, as Thunderbird does.
    let Some((_serial, world)) = begin() else { return };
    let (smtp_before, imap_before) = (
        world.smtp_logins("bigmail-465"),
        world.incoming_logins("alice@hosted.test"),
    );
    let (code, report, took) = world.probe("alice@hosted.test", &[]);
    assert_eq!(code, Some(0), "{report:#}");
    // Every source answers at once here: nothing waits for a deadline.
    assert!(took < QUICK, "{took:?}");
    let mx = lookup(&report, "mx");
    assert_eq!(mx[0]["outcome"], "found");
    assert!(mx[0]["detail"]
        .as_str()
        .unwrap()
        .contains("handled by Big Mail (MX mx.bigmail.test)"));
    for direction in ["outgoing", "incoming"] {
        let setting = recommended(&report, direction);
        assert_eq!(
            (&setting["source"], &setting["verified"]),
            (&Value::from("mx"), &Value::from(true)),
            "{report:#}"
        );
    }
    assert_eq!(recommended(&report, "outgoing")["host"], "smtp.bigmail.test");
    assert_eq!(recommended(&report, "incoming")["host"], "imap.bigmail.test");
    assert_eq!(world.smtp_logins("bigmail-465"), smtp_before + 1);
    assert_eq!(world.incoming_logins("alice@hosted.test"), imap_before + 1);
    // The ISPDB was sent the provider's domain, never the address.
    let web = world.log("web.log");
    assert!(web.contains("https ispdb.test /v1.1/bigmail.test \n"), "{web}");
    assert!(
        !web.lines()
            .any(|l| l.contains("ispdb.test") && l.contains("alice")),
        "{web}"
    );
}

#[test]
fn the_mx_providers_own_autoconfig_waits_for_confirmation_of_the_server_it_names() {
    // selfhost.test's MX points at elsewhere.test, which the ISPDB does not
    // list; its own autoconfig names mail.elsewhere.test. Only as good as
    // the MX record: the password waits.
    let Some((_serial, world)) = begin() else { return };
    let before = world.smtp_logins("elsewhere-465");
    let (code, report, took) = world.probe("alice@selfhost.test", &["--protocol", "smtp"]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let setting = recommended(&report, "outgoing");
    assert_eq!(
        (&setting["host"], &setting["source"], &setting["verified"]),
        (
            &Value::from("mail.elsewhere.test"),
            &Value::from("mx"),
            &Value::from(false)
        ),
        "{report:#}"
    );
    assert_eq!(
        world.smtp_logins("elsewhere-465"),
        before,
        "the password went out unconfirmed"
    );
    let (code, report, _) = world.probe(
        "alice@selfhost.test",
        &["--protocol", "smtp", "--trust-discovered", "mail.elsewhere.test"],
    );
    assert_eq!(code, Some(0), "{report:#}");
    assert_eq!(world.smtp_logins("elsewhere-465"), before + 1);
}

#[test]
fn a_provider_file_redirected_to_another_site_names_every_hop_and_waits_for_confirmation() {
    let Some((_serial, world)) = begin() else { return };
    let before = world.smtp_logins("elsewhere-465");
    let (code, report, took) = world.probe("alice@redirect.test", &["--protocol", "smtp"]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let autoconfig = lookup(&report, "autoconfig");
    let detail = autoconfig[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("redirected to https://autoconfig.elsewhere.test/mail/config-v1.1.xml"),
        "{report:#}"
    );
    let setting = recommended(&report, "outgoing");
    assert_eq!(
        (&setting["host"], &setting["source"], &setting["verified"]),
        (
            &Value::from("mail.elsewhere.test"),
            &Value::from("autoconfig"),
            &Value::from(false)
        ),
        "{report:#}"
    );
    let attempt = report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["host"] == "mail.elsewhere.test")
        .unwrap();
    assert_eq!(attempt["cause"], "not_confirmed");
    assert!(attempt["explanation"]
        .as_str()
        .unwrap()
        .contains("another website"));
    assert_eq!(world.smtp_logins("elsewhere-465"), before);
}

#[test]
fn a_consent_covers_exactly_the_servers_it_names() {
    // SRV names a server outside the domain in each direction; the person
    // confirms the outgoing one only.
    let Some((_serial, world)) = begin() else { return };
    let (smtp_before, imap_before) = (
        world.smtp_logins("elsewhere-465"),
        world.incoming_logins("alice@srvboth.test"),
    );
    let (_, report, _) = world.probe(
        "alice@srvboth.test",
        &[
            "--protocol",
            "smtp",
            "--protocol",
            "imap",
            "--trust-discovered",
            "mail.elsewhere.test",
        ],
    );
    assert_eq!(recommended(&report, "outgoing")["verified"], true, "{report:#}");
    let incoming = recommended(&report, "incoming");
    assert_eq!(
        (&incoming["host"], &incoming["verified"]),
        (&Value::from("imap.bigmail.test"), &Value::from(false)),
        "{report:#}"
    );
    assert_eq!(world.smtp_logins("elsewhere-465"), smtp_before + 1);
    assert_eq!(
        world.incoming_logins("alice@srvboth.test"),
        imap_before,
        "the password went to a server the consent did not name"
    );
}

#[test]
fn a_domain_with_only_srv_records() {
    let Some((_serial, world)) = begin() else { return };
    let (code, report, took) = world.probe("alice@srv.test", &[]);
    assert_eq!(code, Some(0), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    for (direction, port) in [("outgoing", 465), ("incoming", 993)] {
        let setting = recommended(&report, direction);
        assert_eq!(
            (
                &setting["host"],
                &setting["port"],
                &setting["source"],
                &setting["verified"]
            ),
            (
                &Value::from("mail.srv.test"),
                &Value::from(port),
                &Value::from("srv"),
                &Value::from(true)
            ),
            "{report:#}"
        );
    }
    let not_offered = lookup(&report, "srv")
        .into_iter()
        .find(|l| l["query"].as_str().unwrap().starts_with("_submission._tcp"))
        .unwrap();
    assert_eq!(not_offered["outcome"], "none");
    assert!(not_offered["detail"].as_str().unwrap().contains("not offered"));
    // "." beside a real target: the real one counts.
    let beside = lookup(&report, "srv")
        .into_iter()
        .find(|l| l["query"].as_str().unwrap().starts_with("_imap._tcp"))
        .unwrap();
    assert_eq!(
        (&beside["outcome"], &beside["detail"]),
        (&Value::from("found"), &Value::from("mail.srv.test:143")),
        "{report:#}"
    );
}

#[test]
fn an_mx_record_that_is_an_address_names_no_provider() {
    let Some((_serial, world)) = begin() else { return };
    let logged_before = world.log("web.log").len();
    let (_, report, took) = world.probe("alice@ipmx.test", &["--protocol", "smtp"]);
    assert!(took < QUICK, "{took:?}");
    let mx = lookup(&report, "mx");
    assert_eq!(mx[0]["outcome"], "none", "{report:#}");
    let web = world.log("web.log").split_off(logged_before);
    assert!(
        !web.contains("32.72"),
        "the ISPDB was asked about part of an address: {web}"
    );
}

#[test]
fn an_srv_target_outside_the_domain_gets_no_password_without_confirmation() {
    let Some((_serial, world)) = begin() else { return };
    let before = world.smtp_logins("elsewhere-465");
    let (code, report, took) = world.probe("alice@srvout.test", &["--protocol", "smtp"]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let setting = recommended(&report, "outgoing");
    assert_eq!(
        (&setting["host"], &setting["verified"]),
        (&Value::from("mail.elsewhere.test"), &Value::from(false))
    );
    assert_eq!(
        world.smtp_logins("elsewhere-465"),
        before,
        "the password went to a server only DNS named"
    );
    let (code, report, _) = world.probe(
        "alice@srvout.test",
        &["--protocol", "smtp", "--trust-discovered", "mail.elsewhere.test"],
    );
    assert_eq!(code, Some(0), "{report:#}");
    assert_eq!(recommended(&report, "outgoing")["source"], "srv");
    assert_eq!(world.smtp_logins("elsewhere-465"), before + 1);
}

#[test]
fn well_known_autoconfig() {
    let Some((_serial, world)) = begin() else { return };
    let (code, report, took) = world.probe("alice@wellknown.test", &[]);
    assert_eq!(code, Some(0), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let outgoing = recommended(&report, "outgoing");
    assert_eq!(
        (&outgoing["host"], &outgoing["port"], &outgoing["source"]),
        (
            &Value::from("mail.full.test"),
            &Value::from(587),
            &Value::from("well_known")
        )
    );
    assert_eq!(recommended(&report, "incoming")["source"], "well_known");
}

#[test]
fn an_autoconfig_file_over_plain_http_is_ignored() {
    let Some((_serial, world)) = begin() else { return };
    let logged_before = world.log("web.log").len();
    let (code, report, took) = world.probe("alice@httponly.test", &[]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let autoconfig = lookup(&report, "autoconfig");
    assert_eq!(autoconfig[0]["outcome"], "ignored_http", "{report:#}");
    // The file names mail.full.test: nothing was tried there.
    assert!(!report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["host"] == "mail.full.test"));
    // Over plain http nothing personal went out: no address in a query.
    let web = world.log("web.log").split_off(logged_before);
    let plain: Vec<&str> = web.lines().filter(|l| l.starts_with("http ")).collect();
    assert!(!plain.is_empty(), "{web}");
    assert!(
        plain.iter().all(|l| !l.contains("alice") && l.ends_with(' ')),
        "{plain:?}"
    );
}

#[test]
fn an_ispdb_entry_that_says_oauth2_gets_no_password() {
    let Some((_serial, world)) = begin() else { return };
    let (code, report, took) = world.probe("alice@oauth.test", &[]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(took < QUICK, "{took:?}");
    let attempts: Vec<&Value> = report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["host"] == "mail.full.test")
        .collect();
    assert_eq!(attempts.len(), 2, "{report:#}");
    for a in attempts {
        assert_eq!(
            (&a["outcome"], &a["source"]),
            (&Value::from("oauth_required"), &Value::from("ispdb"))
        );
        assert_eq!(a["auth_mechanism"], Value::Null);
    }
    assert_eq!(world.incoming_logins("alice@oauth.test"), 0);
}

#[test]
fn an_unknown_domain_ends_with_nothing_found() {
    let Some((_serial, world)) = begin() else { return };
    let (code, report, took) = world.probe("alice@nothing.test", &[]);
    assert_eq!(code, Some(1), "{report:#}");
    assert!(
        report["discovery"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["outcome"] == "none"),
        "{report:#}"
    );
    assert!(report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["outcome"] == "dns_failed"));
    // NXDOMAIN answers at once: no lookup waits for its deadline.
    assert!(took < QUICK, "{took:?}");
}

#[test]
fn a_dns_server_that_never_answers_costs_bounded_time() {
    let Some((_serial, world)) = begin() else { return };
    // A UDP socket that reads and never answers.
    let _silent = std::net::UdpSocket::bind("127.0.1.54:53").unwrap();
    let started = Instant::now();
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command.env("MAILSETUP_LANG", "en-US");
    let output = command
        .args([
            "probe",
            "alice@provider.test",
            "--json",
            "--no-auth",
            "--timeout",
            "2",
        ])
        .args(["--dns", "127.0.1.54", "--ispdb", ISPDB])
        .arg("--ca-file")
        .arg(world.dir.join("tls/ca.crt"))
        .output()
        .unwrap();
    let took = started.elapsed();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        lookup(&report, "srv").iter().all(|l| l["outcome"] == "timeout"),
        "{report:#}"
    );
    // DNS lookups have 1 s (3 s scaled to --timeout 2), names 2 s each, in parallel.
    assert!(took < Duration::from_secs(5), "{took:?}");
}

/// The provider's autoconfig answers in milliseconds; the ISPDB stand-in
/// never answers for provider.test. The verified answer is announced long
/// before the ISPDB's deadline, and the address went only to the provider.
#[tokio::test]
#[allow(clippy::await_holding_lock)] // the lock only keeps the tests that read the logs apart
async fn a_fast_source_does_not_wait_for_a_slow_one() {
    let Some((_serial, world)) = begin() else { return };
    let roots = load_pem_certificates(&world.dir.join("tls/ca.crt")).unwrap();
    let mut request = Request::new("alice@provider.test", TrustStore::only(&roots));
    request.password = Some(Password::new(world.password.clone()));
    request.timeout = Duration::from_secs(3);
    request.ispdb = Some(ISPDB.to_owned());
    let mut overrides = Overrides::default();
    overrides.use_dns(Dns::at(
        format!("{DNS}:53").parse().unwrap(),
        Duration::from_secs(1),
    ));
    request.overrides = overrides;
    let (tx, mut rx) = mpsc::channel(256);
    let started = Instant::now();
    let task = tokio::spawn(probe(request, tx, CancellationToken::new()));
    let mut announced = Vec::new();
    while let Some(event) = rx.recv().await {
        if let Event::Recommended(setting) = event {
            announced.push((started.elapsed(), *setting));
        }
    }
    let report = task.await.unwrap().unwrap();
    let ended = started.elapsed();
    assert_eq!(announced.len(), 2, "{report:#?}");
    for (when, setting) in &announced {
        assert_eq!(setting.source, Source::Autoconfig);
        assert!(setting.verified);
        assert!(*when < Duration::from_secs(1), "announced after {when:?}");
    }
    // The slow ISPDB held the end of the run, not the answer.
    assert!(ended >= Duration::from_secs(2), "{ended:?}");
    let web = world.log("web.log");
    assert!(
        web.contains("/mail/config-v1.1.xml emailaddress=alice%40provider.test"),
        "{web}"
    );
}

/// Consent to a login without encryption means "only where nothing
/// encrypted works": while a lookup is still out (the ISPDB stand-in never
/// answers for plainauth.test), it could name an encrypted server, so the
/// plaintext login waits for it.
#[tokio::test]
#[allow(clippy::await_holding_lock)] // the lock only keeps the tests that read the logs apart
async fn a_plaintext_login_waits_for_the_lookups() {
    let Some((_serial, world)) = begin() else { return };
    let roots = load_pem_certificates(&world.dir.join("tls/ca.crt")).unwrap();
    let mut request = Request::new("alice@plainauth.test", TrustStore::only(&roots));
    request.password = Some(Password::new(world.password.clone()));
    request.timeout = Duration::from_secs(3);
    request.protocols = vec![mailsetup::report::Protocol::Smtp];
    request.ports = vec![587];
    request.allow_plaintext = true;
    request.ispdb = Some(ISPDB.to_owned());
    let mut overrides = Overrides::default();
    overrides.insert("mail.plainauth.test", "127.0.1.7".parse().unwrap());
    overrides.use_dns(Dns::at(
        format!("{DNS}:53").parse().unwrap(),
        Duration::from_secs(1),
    ));
    request.overrides = overrides;
    let (tx, mut rx) = mpsc::channel(256);
    let task = tokio::spawn(probe(request, tx, CancellationToken::new()));
    let mut order = Vec::new();
    while let Some(event) = rx.recv().await {
        match event {
            Event::LookedUp(lookup) if lookup.source == Source::Ispdb => order.push("ispdb ended"),
            Event::Finished { attempt, .. } if attempt.auth_mechanism.is_some() => {
                order.push("plaintext login")
            }
            _ => {}
        }
    }
    let report = task.await.unwrap().unwrap();
    let setting = report.outgoing.recommended.as_ref().unwrap();
    assert!(setting.insecure && setting.verified, "{report:#?}");
    assert_eq!(order, ["ispdb ended", "plaintext login"], "{report:#?}");
}

/// Whether the world put public.test's own names on internet addresses
/// (it does so only in a network namespace of its own, as scripts/test.sh
/// runs it; `MAILSETUP_REQUIRE_INTERNET_ADDRESSES=1` makes their absence a
/// failure).
fn has_internet_addresses(world: &World) -> bool {
    let there = world.dir.join("internet-addresses").exists();
    assert!(
        there || std::env::var("MAILSETUP_REQUIRE_INTERNET_ADDRESSES").is_err(),
        "the world has no internet addresses: start it in a private network namespace (scripts/test.sh does)"
    );
    if !there {
        eprintln!(
            "skipped: the world runs outside a network namespace of its own (run scripts/test.sh as root)"
        );
    }
    there
}

#[test]
fn a_server_on_a_local_address_for_a_domain_on_the_internet_gets_no_password() {
    // public.test and its MX host are on internet addresses; its autoconfig
    // file names mail.full.test, which is on 127.0.1.1.
    let Some((_serial, world)) = begin() else { return };
    if !has_internet_addresses(&world) {
        return;
    }
    let (smtp_before, imap_before) = (
        world.smtp_logins("full-465"),
        world.incoming_logins("alice@public.test"),
    );
    let (_, report, took) = world.probe("alice@public.test", &["--protocol", "smtp", "--protocol", "imap"]);
    assert!(took < QUICK, "{took:?}");
    for direction in ["outgoing", "incoming"] {
        let setting = recommended(&report, direction);
        assert_eq!(
            (&setting["host"], &setting["verified"]),
            (&Value::from("mail.full.test"), &Value::from(false)),
            "{report:#}"
        );
        let attempt = report["attempts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["host"] == "mail.full.test" && a["port"] == setting["port"])
            .unwrap();
        assert_eq!(attempt["cause"], "private_address", "{attempt:#}");
        assert!(attempt["username"].is_null(), "{attempt:#}");
        let explanation = attempt["explanation"].as_str().unwrap();
        assert!(explanation.contains("127.0.1.1"), "{explanation}");
        assert!(explanation.contains("private network"), "{explanation}");
    }
    assert_eq!(
        world.smtp_logins("full-465"),
        smtp_before,
        "the password went out"
    );
    assert_eq!(
        world.incoming_logins("alice@public.test"),
        imap_before,
        "the password went out"
    );

    // Named by the person, the same server is theirs to trust.
    let (code, report, _) = world.probe(
        "alice@public.test",
        &["--protocol", "smtp", "--server", "mail.full.test"],
    );
    assert_eq!(code, Some(0), "{report:#}");
    assert_eq!(recommended(&report, "outgoing")["verified"], true, "{report:#}");
    assert_eq!(world.smtp_logins("full-465"), smtp_before + 1);
}

#[test]
fn a_server_srv_names_first_and_the_domains_file_vouches_for_is_verified() {
    // SRV (unvouched) names mail.elsewhere.test within milliseconds; the
    // domain's own autoconfig file names it a moment later.
    let Some((_serial, world)) = begin() else { return };
    let before = world.smtp_logins("elsewhere-465");
    let (code, report, _) = world.probe("alice@vouchedlater.test", &["--protocol", "smtp"]);
    assert_eq!(code, Some(0), "{report:#}");
    let setting = recommended(&report, "outgoing");
    assert_eq!(
        (&setting["host"], &setting["verified"]),
        (&Value::from("mail.elsewhere.test"), &Value::from(true)),
        "{report:#}"
    );
    assert_eq!(world.smtp_logins("elsewhere-465"), before + 1);
}

/// A chosen DNS server is asked for IPv4 and IPv6 addresses both.
#[tokio::test]
#[allow(clippy::await_holding_lock)] // the lock only keeps the tests that read the logs apart
async fn a_chosen_dns_server_is_asked_for_both_address_families() {
    let Some((_serial, _world)) = begin() else { return };
    let dns = Dns::at(format!("{DNS}:53").parse().unwrap(), Duration::from_secs(2));
    let mut found = dns.addresses("dual.test").await.unwrap();
    found.sort();
    let expected: Vec<std::net::IpAddr> = vec!["127.0.1.1".parse().unwrap(), "::1".parse().unwrap()];
    assert_eq!(found, expected);
}
