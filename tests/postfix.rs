//! End to end: the real `mailsetup` binary against real Postfix (SMTP) and
//! Dovecot (IMAP, POP3) servers started by `scripts/mail-world.sh` (see that
//! file for the world). Their own logs prove where the password was and was
//! not sent.
//!
//! Without `MAILSETUP_MAIL_WORLD` these tests say so and pass, unless
//! `MAILSETUP_REQUIRE_WORLD=1` (set by `scripts/test.sh` and CI) makes a
//! missing world a failure.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Tests share one Postfix log; they run one at a time so each can read
/// the lines its own run produced.
static SERIAL: Mutex<()> = Mutex::new(());

struct World {
    dir: PathBuf,
    password: String,
}

fn world() -> Option<World> {
    match std::env::var("MAILSETUP_MAIL_WORLD") {
        Ok(dir) => {
            let dir = PathBuf::from(dir);
            let password = std::fs::read_to_string(dir.join("password"))
                .unwrap()
                .trim()
                .to_owned();
            Some(World { dir, password })
        }
        Err(_) => {
            assert!(
                std::env::var("MAILSETUP_REQUIRE_WORLD").is_err(),
                "MAILSETUP_REQUIRE_WORLD is set but MAILSETUP_MAIL_WORLD is not: start scripts/mail-world.sh"
            );
            eprintln!("skipped: no mail world (run scripts/test.sh, which starts Postfix and Dovecot)");
            None
        }
    }
}

/// Takes this test's turn with the shared Postfix log, and the world.
fn begin() -> Option<(std::sync::MutexGuard<'static, ()>, World)> {
    let serial = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    world().map(|world| (serial, world))
}

const HOSTS: &[(&str, &str)] = &[
    ("mail.full.test", "127.0.1.1"),
    ("mail.only587.test", "127.0.1.2"),
    ("mail.only465.test", "127.0.1.3"),
    ("mail.selfsigned.test", "127.0.1.4"),
    ("mail.expired.test", "127.0.1.5"),
    ("mail.wrongname.test", "127.0.1.6"),
    ("mail.plainauth.test", "127.0.1.7"),
    ("mail.poponly.test", "127.0.1.8"),
    ("mail.localpart.test", "127.0.1.9"),
    ("mail.imap143.test", "127.0.1.10"),
    ("mail.imap993.test", "127.0.1.11"),
    ("mail.dovesub.test", "127.0.1.12"),
    ("smtp.dovesub.test", "127.0.1.12"),
    ("dovesub.test", "127.0.1.12"),
    ("mail.relaydown.test", "127.0.1.13"),
    ("mail.exim.test", "127.0.1.16"),
];

impl World {
    fn log_len(&self) -> u64 {
        std::fs::metadata(self.dir.join("log/postfix.log"))
            .map(|m| m.len())
            .unwrap_or(0)
    }

    fn dovecot_log_len(&self) -> u64 {
        std::fs::metadata(self.dir.join("log/dovecot.log"))
            .map(|m| m.len())
            .unwrap_or(0)
    }

    /// Dovecot log lines written since `offset` (Dovecot writes them before
    /// it answers, so no waiting is needed).
    fn dovecot_log_since(&self, offset: u64) -> String {
        let all = std::fs::read(self.dir.join("log/dovecot.log")).unwrap();
        String::from_utf8_lossy(&all[usize::try_from(offset).unwrap()..]).into_owned()
    }

    /// Postfix log lines written since `offset`, once `expected` disconnect
    /// lines have appeared (postlogd writes asynchronously).
    fn log_since(&self, offset: u64, expected: usize) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let all = std::fs::read(self.dir.join("log/postfix.log")).unwrap();
            let new = String::from_utf8_lossy(&all[usize::try_from(offset).unwrap()..]).into_owned();
            if new.matches("disconnect from").count() >= expected || Instant::now() > deadline {
                return new;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Postfix log lines written since `offset`, once one contains `text`.
    fn log_since_line(&self, offset: u64, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let new = self.log_since(offset, 0);
            if new.contains(text) || Instant::now() > deadline {
                return self.log_since(offset, 3);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Runs `mailsetup probe EMAIL ARGS --json` with every test name resolved.
    fn probe(&self, email: &str, args: &[&str], password: Option<&str>) -> (Output, Value) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        command.env("MAILSETUP_LANG", "en-US");
        command
            .arg("probe")
            .arg(email)
            .arg("--json")
            .args(["--timeout", "3"]);
        command.arg("--ca-file").arg(self.dir.join("tls/ca.crt"));
        // Lookups go to the world's own DNS and ISPDB stand-in: nothing
        // leaves the machine.
        command.args(["--dns", "127.0.1.53", "--ispdb", "https://ispdb.test/v1.1/"]);
        for (host, address) in HOSTS.iter() {
            command.arg("--resolve").arg(format!("{host}:{address}"));
        }
        // The outgoing tests stay about SMTP unless they ask for more.
        if !args.iter().any(|a| a.starts_with("--protocol")) {
            command.args(["--protocol", "smtp"]);
        }
        command.args(args);
        command.env_remove("MAILSETUP_PASSWORD");
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if password.is_some() {
            command.arg("--password-stdin");
        }
        let mut child = command.spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        if let Some(password) = password {
            writeln!(stdin, "{password}").unwrap();
        }
        drop(stdin);
        let output = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stdout.contains(&self.password) && !stderr.contains(&self.password),
            "password printed"
        );
        let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
        (output, json)
    }
}

fn attempt<'a>(report: &'a Value, port: u64, security: &str) -> &'a Value {
    report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["port"] == port && a["security"] == security)
        .unwrap_or_else(|| panic!("no attempt {port} {security} in {report:#}"))
}

/// The `disconnect` line of one Postfix service (by its syslog name).
fn disconnects<'a>(log: &'a str, service: &str) -> Vec<&'a str> {
    log.lines()
        .filter(|l| l.contains(&format!(" {service}/smtpd[")) && l.contains("disconnect from"))
        .collect()
}

#[test]
fn full_server_recommends_465_and_explains_the_rest() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.log_len();
    let (output, report) = world.probe(
        "alice@full.test",
        &["--server", "mail.full.test"],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    let best = &report["outgoing"]["recommended"];
    assert_eq!(best["host"], "mail.full.test");
    assert_eq!(best["port"], 465);
    assert_eq!(best["security"], "implicit_tls");
    assert_eq!(best["auth_mechanism"], "PLAIN");
    assert_eq!(best["username"], "alice@full.test");
    assert_eq!(best["verified"], true);
    assert!(best["explanation"].as_str().unwrap().contains("RFC 8314"));
    // One login per direction: 587 is checked up to its login offer, to
    // spare the account.
    assert_eq!(report["outgoing"]["alternatives"][0]["port"], 587);
    assert_eq!(report["outgoing"]["alternatives"][0]["verified"], false);
    assert_eq!(report["outgoing"]["alternatives"][0]["login_spared"], true);
    assert_eq!(attempt(&report, 25, "starttls")["outcome"], "auth_unavailable");
    assert_eq!(attempt(&report, 2525, "starttls")["outcome"], "refused");
    let cert = &attempt(&report, 465, "implicit_tls")["certificate"];
    assert!(cert["names"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == "mail.full.test"));
    assert!(cert["issuer"].as_str().unwrap().contains("Mail World Test CA"));

    // Postfix's own log: AUTH on 465 only. (587 may have been checked
    // twice: a session that waits for its login turn is closed and opened
    // again at its turn.)
    let log = world.log_since_line(offset, "ehlo=2 starttls=1");
    assert!(disconnects(&log, "full-465")[0].contains("auth=1"), "{log}");
    let on_587 = disconnects(&log, "full-587");
    assert!(
        !on_587.is_empty() && on_587.iter().all(|l| !l.contains("auth=")),
        "{log}"
    );
    // 587: STARTTLS first, then EHLO again (RFC 3207 §4.2); its login is
    // spared (only587.test's test has the AUTH after STARTTLS).
    assert!(
        disconnects(&log, "full-587")
            .iter()
            .any(|l| l.contains("ehlo=2 starttls=1")),
        "{log}"
    );
    assert!(!disconnects(&log, "full-25")[0].contains("auth="), "{log}");
}

#[test]
fn submission_only_and_implicit_only_servers() {
    let Some((_serial, world)) = begin() else { return };
    let (output, report) = world.probe(
        "alice@only587.test",
        &["--server", "mail.only587.test"],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(report["outgoing"]["recommended"]["port"], 587);
    assert_eq!(report["outgoing"]["recommended"]["security"], "starttls");
    assert!(report["outgoing"]["recommended"]["explanation"]
        .as_str()
        .unwrap()
        .contains("would be preferred"));
    assert_eq!(attempt(&report, 465, "implicit_tls")["outcome"], "refused");

    let (output, report) = world.probe(
        "alice@only465.test",
        &["--server", "mail.only465.test"],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(report["outgoing"]["recommended"]["port"], 465);
    assert_eq!(report["outgoing"]["alternatives"], Value::Array(vec![]));
}

#[test]
fn bad_certificates_are_named_and_get_no_password() {
    let Some((_serial, world)) = begin() else { return };
    for (domain, outcome, service) in [
        ("selfsigned.test", "cert_untrusted", "selfsigned"),
        ("expired.test", "cert_expired", "expired"),
        ("wrongname.test", "cert_name_mismatch", "wrongname"),
    ] {
        let offset = world.log_len();
        let server = format!("mail.{domain}");
        let (output, report) = world.probe(
            &format!("alice@{domain}"),
            &["--server", &server, "--port", "465", "--port", "587"],
            Some(&world.password),
        );
        assert_eq!(output.status.code(), Some(1), "{report:#}");
        assert_eq!(report["outgoing"]["recommended"], Value::Null);
        for (port, security) in [(465, "implicit_tls"), (587, "starttls")] {
            let a = attempt(&report, port, security);
            assert_eq!(a["outcome"], outcome, "{a:#}");
            assert_eq!(a["certificate"]["sha256"].as_str().unwrap().len(), 95);
        }
        if outcome == "cert_name_mismatch" {
            let a = attempt(&report, 465, "implicit_tls");
            assert_eq!(a["certificate"]["names"][0], "mx.hoster.test");
            assert!(a["explanation"]
                .as_str()
                .unwrap()
                .contains("valid for mx.hoster.test"));
        }
        let log = world.log_since(offset, 1);
        for port in [465, 587] {
            for line in log
                .lines()
                .filter(|l| l.contains(&format!(" {service}-{port}/smtpd[")))
            {
                assert!(
                    !line.contains("auth="),
                    "password sent to {service}-{port}: {line}"
                );
            }
        }
    }
}

#[test]
fn a_self_signed_certificate_accepted_by_its_fingerprint_gets_the_password() {
    let Some((_serial, world)) = begin() else { return };
    let server = ["--server", "mail.selfsigned.test", "--port", "465"];
    let (_, refused) = world.probe("alice@selfsigned.test", &server, Some(&world.password));
    let fingerprint = attempt(&refused, 465, "implicit_tls")["certificate"]["sha256"]
        .as_str()
        .unwrap()
        .to_owned();

    let offset = world.log_len();
    let args = [&server[..], &["--danger-accept-certificate", &fingerprint]].concat();
    let (output, report) = world.probe("alice@selfsigned.test", &args, Some(&world.password));
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    let best = &report["outgoing"]["recommended"];
    assert_eq!(
        (best["port"].as_u64(), best["verified"].as_bool()),
        (Some(465), Some(true))
    );
    assert_eq!(best["certificate_exception"], true);
    assert_eq!(
        attempt(&report, 465, "implicit_tls")["certificate_exception"],
        true
    );
    // Postfix saw the login, over the TLS of the certificate that was accepted.
    let log = world.log_since(offset, 1);
    let lines = disconnects(&log, "selfsigned-465");
    assert!(lines.iter().any(|l| l.contains("auth=1")), "{log}");
}

#[test]
fn plaintext_auth_is_not_used_unless_allowed() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.log_len();
    let args = ["--server", "mail.plainauth.test", "--port", "587"];
    let (output, report) = world.probe("alice@plainauth.test", &args, Some(&world.password));
    assert_eq!(output.status.code(), Some(1), "{report:#}");
    assert_eq!(
        attempt(&report, 587, "starttls")["outcome"],
        "plaintext_auth_refused"
    );
    let log = world.log_since(offset, 1);
    let lines = disconnects(&log, "plainauth-587");
    assert!(!lines.is_empty() && !lines[0].contains("auth="), "{log}");

    let mut allowed = args.to_vec();
    allowed.push("--allow-plaintext");
    let (output, report) = world.probe("alice@plainauth.test", &allowed, Some(&world.password));
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(report["outgoing"]["recommended"]["security"], "plaintext");
    assert_eq!(report["outgoing"]["recommended"]["insecure"], true);
}

#[test]
fn a_wrong_password_is_tried_on_one_port_only_as_address_then_local_part() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.log_len();
    let (output, report) = world.probe(
        "alice@full.test",
        &["--server", "mail.full.test"],
        Some("wrong-password"),
    );
    assert_eq!(output.status.code(), Some(1), "{report:#}");
    assert_eq!(attempt(&report, 465, "implicit_tls")["outcome"], "auth_failed");
    assert_eq!(attempt(&report, 465, "implicit_tls")["username"], "alice");
    assert_eq!(attempt(&report, 587, "starttls")["outcome"], "skipped");
    let log = world.log_since(offset, 3);
    // Two AUTH commands on one session: the address, then the local part.
    assert!(disconnects(&log, "full-465")[0].contains("auth=0/2"), "{log}");
    assert!(!disconnects(&log, "full-587")[0].contains("auth="), "{log}");
}

#[test]
fn guessed_servers_and_transport_only_check() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.log_len();
    let (output, report) = world.probe("alice@full.test", &["--no-auth"], None);
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(report["outgoing"]["recommended"]["host"], "mail.full.test");
    assert_eq!(report["outgoing"]["recommended"]["verified"], false);
    assert_eq!(attempt(&report, 465, "implicit_tls")["host"], "smtp.full.test");
    assert!(report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["host"] == "smtp.full.test")
        .all(|a| a["outcome"] == "dns_failed"));
    let log = world.log_since(offset, 3);
    assert!(!log.contains("auth="), "--no-auth sent a password: {log}");
}

#[test]
fn human_output_reads_like_mail_client_settings() {
    let Some((_serial, world)) = begin() else { return };
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command.env("MAILSETUP_LANG", "en-US");
    command
        .args([
            "probe",
            "alice@full.test",
            "--server",
            "mail.full.test",
            "--resolve",
            "mail.full.test:127.0.1.1",
            "--protocol",
            "smtp",
        ])
        .arg("--ca-file")
        .arg(world.dir.join("tls/ca.crt"))
        .env("MAILSETUP_PASSWORD", &world.password)
        .stdin(Stdio::null());
    let output = command.output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    for expected in [
        "Server:              mail.full.test",
        "Port:                465",
        "SSL/TLS",
        "Normal password",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in\n{stdout}");
    }
    assert!(!stdout.contains(&world.password));
}

/// `--lang` speaks the person's language in the text report (aligned
/// field names, the reason, Thunderbird's words where they are its own)
/// and in the JSON's explanations, whose keys and outcome codes stay
/// English: the contract.
#[test]
fn the_report_and_the_json_explanations_speak_the_chosen_language() {
    let Some((_serial, world)) = begin() else { return };
    let run = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        command.env("MAILSETUP_LANG", "en-US");
        command
            .args(["probe", "alice@full.test", "--server", "mail.full.test"])
            .args(["--resolve", "mail.full.test:127.0.1.1"])
            .arg("--ca-file")
            .arg(world.dir.join("tls/ca.crt"))
            .args(args)
            .env("MAILSETUP_PASSWORD", &world.password)
            .stdin(Stdio::null());
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let german = run(&["--lang", "de", "--protocol", "smtp"]);
    for expected in [
        "Empfohlene Einstellungen für ausgehende E-Mails (verifiziert: Ihr Passwort\nwurde angenommen):",
        "  Server:                mail.full.test",
        "  Verbindungssicherheit: SSL/TLS",
        "  Authentifizierung:     Passwort, normal",
        "Warum: Port 465 mit SSL/TLS",
        "RFC 8314 (2018)",
    ] {
        assert!(german.contains(expected), "missing {expected:?} in\n{german}");
    }
    assert!(!german.contains("Recommended"), "{german}");

    let json: Value = serde_json::from_str(&run(&["--lang", "ja", "--json"])).unwrap();
    let best = &json["incoming"]["recommended"];
    assert_eq!(best["port"], 993);
    let why = best["explanation"].as_str().unwrap();
    assert!(why.contains("ポート 993") && why.contains("RFC 8314"), "{why}");
    let attempt = attempt(&json, 993, "implicit_tls");
    assert_eq!(attempt["outcome"], "ok");
    assert!(
        attempt["explanation"].as_str().unwrap().starts_with("使えます"),
        "{attempt}"
    );
}

/// Failed password checks in Dovecot's log (`auth_verbose`): every failed
/// login, IMAP, POP3 or Postfix's SMTP AUTH, is one of these lines.
fn failed_logins(log: &str) -> usize {
    log.lines()
        .filter(|l| {
            l.contains(" auth: ") && (l.ends_with("Password mismatch") || l.ends_with("unknown user"))
        })
        .count()
}

fn setting<'a>(report: &'a Value, direction: &str) -> &'a Value {
    &report[direction]["recommended"]
}

#[test]
fn a_whole_account_on_postfix_and_dovecot() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.dovecot_log_len();
    let (output, report) = world.probe(
        "alice@full.test",
        &[
            "--server",
            "mail.full.test",
            "--protocol",
            "smtp",
            "--protocol",
            "imap",
            "--protocol",
            "pop3",
            // Every setting logged into, as a help desk asks.
            "--verify-all",
        ],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    let incoming = setting(&report, "incoming");
    assert_eq!(incoming["protocol"], "imap");
    assert_eq!(incoming["port"], 993);
    assert_eq!(incoming["security"], "implicit_tls");
    assert_eq!(incoming["verified"], true);
    assert_eq!(setting(&report, "outgoing")["port"], 465);
    let others: Vec<(String, u64)> = report["incoming"]["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["protocol"].as_str().unwrap().to_owned(),
                s["port"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        others,
        [
            ("imap".to_owned(), 143),
            ("pop3".to_owned(), 995),
            ("pop3".to_owned(), 110)
        ]
    );
    let log = world.dovecot_log_since(offset);
    assert_eq!(failed_logins(&log), 0, "{log}");
    // 993 and 143 (where Dovecot says LOGINDISABLED until STARTTLS): both
    // logins came over TLS.
    let imap_logins: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("imap-login: Info: Login: user=<alice@full.test>"))
        .collect();
    assert_eq!(imap_logins.len(), 2, "{log}");
    assert!(imap_logins.iter().all(|l| l.contains(", TLS")), "{log}");

    // By default, one login per direction: Dovecot sees IMAP 993's alone.
    let offset = world.dovecot_log_len();
    let (output, report) = world.probe(
        "alice@full.test",
        &[
            "--server",
            "mail.full.test",
            "--protocol",
            "imap",
            "--protocol",
            "pop3",
        ],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(setting(&report, "incoming")["port"], 993);
    std::thread::sleep(Duration::from_millis(300));
    let log = world.dovecot_log_since(offset);
    let logins = log
        .lines()
        .filter(|l| l.contains("Info: Login: user=<alice@full.test>"))
        .count();
    assert_eq!(logins, 1, "{log}");
    assert!(report["incoming"]["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["login_spared"] == true && s["verified"] == false));
}

#[test]
fn starttls_only_implicit_only_and_pop3_only_servers() {
    let Some((_serial, world)) = begin() else { return };
    for (email, server, protocol, port, security) in [
        ("alice@imap143.test", "mail.imap143.test", "imap", 143, "starttls"),
        (
            "alice@imap993.test",
            "mail.imap993.test",
            "imap",
            993,
            "implicit_tls",
        ),
        (
            "alice@poponly.test",
            "mail.poponly.test",
            "pop3",
            995,
            "implicit_tls",
        ),
    ] {
        let (output, report) = world.probe(
            email,
            &["--server", server, "--protocol", "imap", "--protocol", "pop3"],
            Some(&world.password),
        );
        assert_eq!(output.status.code(), Some(0), "{email}: {report:#}");
        let incoming = setting(&report, "incoming");
        assert_eq!(incoming["protocol"], protocol, "{email}");
        assert_eq!(incoming["port"], port, "{email}");
        assert_eq!(incoming["security"], security, "{email}");
        if protocol == "pop3" {
            assert!(
                incoming["explanation"].as_str().unwrap().contains("Only POP3"),
                "{incoming:#}"
            );
        }
    }
}

#[test]
fn a_user_known_by_the_local_part_is_found() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.dovecot_log_len();
    let (output, report) = world.probe(
        "bob@localpart.test",
        &[
            "--server",
            "mail.localpart.test",
            "--protocol",
            "smtp",
            "--protocol",
            "imap",
        ],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(setting(&report, "outgoing")["username"], "bob");
    assert_eq!(setting(&report, "incoming")["username"], "bob");
    // One refusal of the full address, then "bob" everywhere.
    assert_eq!(failed_logins(&world.dovecot_log_since(offset)), 1);
}

#[test]
fn a_wrong_password_costs_the_server_at_most_two_failed_logins() {
    let Some((_serial, world)) = begin() else { return };
    let offset = world.dovecot_log_len();
    let (output, report) = world.probe(
        "alice@full.test",
        &[
            "--server",
            "mail.full.test",
            "--protocol",
            "smtp",
            "--protocol",
            "imap",
            "--protocol",
            "pop3",
        ],
        Some("not-the-password"),
    );
    assert_eq!(output.status.code(), Some(1), "{report:#}");
    let log = world.dovecot_log_since(offset);
    assert_eq!(failed_logins(&log), 2, "{log}");
}

#[test]
fn bad_incoming_certificates_get_no_password() {
    let Some((_serial, world)) = begin() else { return };
    for (email, server, outcome) in [
        ("alice@selfsigned.test", "mail.selfsigned.test", "cert_untrusted"),
        ("alice@expired.test", "mail.expired.test", "cert_expired"),
    ] {
        let offset = world.dovecot_log_len();
        let (output, report) = world.probe(
            email,
            &["--server", server, "--protocol", "imap"],
            Some(&world.password),
        );
        assert_eq!(output.status.code(), Some(1), "{report:#}");
        let imaps = report["attempts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["port"] == 993)
            .unwrap();
        assert_eq!(imaps["outcome"], outcome, "{imaps:#}");
        let log = world.dovecot_log_since(offset);
        assert!(!log.contains(" auth: ") && !log.contains("Login: user="), "{log}");
    }
}

#[test]
fn files_for_mail_programs_hold_only_verified_settings() {
    let Some((_serial, world)) = begin() else { return };
    let dir = world.dir.join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let thunderbird = dir.join("full.test.xml");
    let apple = dir.join("full.mobileconfig");
    let _ = std::fs::remove_file(&thunderbird);
    let _ = std::fs::remove_file(&apple);
    let args = [
        "--server",
        "mail.full.test",
        "--protocol",
        "smtp",
        "--protocol",
        "imap",
        "--thunderbird-file",
        thunderbird.to_str().unwrap(),
        "--apple-profile",
        apple.to_str().unwrap(),
    ];
    let (output, _) = world.probe("alice@full.test", &args, Some(&world.password));
    assert_eq!(output.status.code(), Some(0));
    let xml = std::fs::read_to_string(&thunderbird).unwrap();
    assert!(xml.contains("<incomingServer type=\"imap\">"), "{xml}");
    assert!(xml.contains("<outgoingServer type=\"smtp\">"), "{xml}");
    assert!(xml.contains("<hostname>mail.full.test</hostname>"), "{xml}");
    let profile = std::fs::read_to_string(&apple).unwrap();
    assert!(
        profile.contains("<string>com.apple.mail.managed</string>"),
        "{profile}"
    );
    for file in [&xml, &profile] {
        assert!(!file.contains(&world.password));
    }

    // Outgoing only: nothing to write, and it says why.
    std::fs::remove_file(&thunderbird).unwrap();
    let only_smtp = [
        "--server",
        "mail.full.test",
        "--thunderbird-file",
        thunderbird.to_str().unwrap(),
    ];
    let (output, _) = world.probe("alice@full.test", &only_smtp, Some(&world.password));
    assert_eq!(output.status.code(), Some(0));
    assert!(!thunderbird.exists());
    assert!(String::from_utf8_lossy(&output.stderr).contains("No Thunderbird file written"));
}

#[test]
fn dovecot_submission_with_four_connections_at_a_time_is_verified_whole() {
    // Twelve guessed checks (three names, four ports) of one address whose
    // server serves four connections at a time.
    let Some((_serial, world)) = begin() else { return };
    let (output, report) = world.probe("alice@dovesub.test", &[], Some(&world.password));
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    let best = &report["outgoing"]["recommended"];
    assert_eq!(
        (best["host"].as_str(), best["port"].as_u64()),
        (Some("mail.dovesub.test"), Some(465))
    );
    assert_eq!(best["verified"], true);
    let also = report["outgoing"]["alternatives"].as_array().unwrap();
    assert!(also.iter().any(|s| s["port"] == 587), "{report:#}");
    for a in report["attempts"].as_array().unwrap() {
        assert!(
            !matches!(a["outcome"].as_str(), Some("timeout" | "server_busy" | "skipped")),
            "{a:#}"
        );
    }
}

#[test]
fn a_login_accepted_then_dropped_by_a_relay_that_is_down_is_not_working() {
    let Some((_serial, world)) = begin() else { return };
    let (output, report) = world.probe(
        "alice@relaydown.test",
        &["--server", "mail.relaydown.test", "--port", "465"],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(1), "{report:#}");
    assert_eq!(report["outgoing"]["recommended"], Value::Null);
    let a = attempt(&report, 465, "implicit_tls");
    assert_eq!(a["cause"], "closed_after_login", "{a:#}");
    assert!(a["detail"].as_str().unwrap().contains("421"), "{a:#}");
}

#[test]
fn exim_sending_its_certificate_without_the_intermediate_is_missing_intermediate() {
    // Exim sends the whole chain on 587 and its leaf alone on 465.
    let Some((_serial, world)) = begin() else { return };
    let (output, report) = world.probe(
        "alice@exim.test",
        &["--server", "mail.exim.test", "--port", "465", "--port", "587"],
        Some(&world.password),
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    let broken = attempt(&report, 465, "implicit_tls");
    assert_eq!(
        (&broken["outcome"], &broken["cause"]),
        (
            &Value::from("cert_untrusted"),
            &Value::from("missing_intermediate")
        ),
        "{broken:#}"
    );
    assert!(broken["username"].is_null(), "{broken:#}");
    let best = &report["outgoing"]["recommended"];
    assert_eq!(
        (best["port"].as_u64(), &best["verified"]),
        (Some(587), &Value::from(true)),
        "{report:#}"
    );
    // The reason 465 is not recommended is the chain, in words.
    let explanation = best["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("Port 465 (SSL/TLS) would be preferred"),
        "{explanation}"
    );
    assert!(explanation.contains("intermediate"), "{explanation}");
}
