//! Signing in with the provider (OAuth2), end to end against real pieces
//! of the test world: oidc-provider as the authorization server (RFC 8414
//! metadata, RFC 7591 registration, PKCE, RFC 9207 `iss`), a Dovecot that
//! takes only XOAUTH2 and OAUTHBEARER and asks the authorization server
//! about each token, and tests/oauth/person.py as the person at the
//! browser (`$BROWSER`, as `webbrowser` and `xdg-open` honour it); once, a
//! real browser (Chromium under Xvfb, tests/oauth/browser.mjs). Beside
//! them, web-world.py's stand-ins for the big providers' sign-in servers
//! and hostile authorization servers.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::Mutex;

use serde_json::Value;

/// One check at a time: the tests read the servers' logs.
static SERIAL: Mutex<()> = Mutex::new(());

struct World {
    dir: PathBuf,
    password: String,
}

fn world() -> Option<(std::sync::MutexGuard<'static, ()>, World)> {
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

/// What the person at the browser does.
struct Person<'a> {
    login: &'a str,
    /// Never signs in.
    stays_away: bool,
}

impl World {
    /// `mailsetup probe EMAIL --oauth --json` with the world's DNS, ISPDB
    /// and CA, the person at the browser, and `extra`.
    fn sign_in_and_check(&self, email: &str, person: &Person<'_>, extra: &[&str]) -> Output {
        let person_script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oauth/person.py");
        let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        command.env("MAILSETUP_LANG", "en-US");
        command
            .args(["probe", email, "--oauth", "--json", "--timeout", "3"])
            .args(["--dns", "127.0.1.53", "--ispdb", "https://ispdb.test/v1.1/"])
            .arg("--ca-file")
            .arg(self.dir.join("tls/ca.crt"))
            .args(extra)
            .env("BROWSER", format!("python3 {person_script} %s"))
            .env(
                "PERSON_RESOLVE",
                "auth.oauthmail.test=127.0.1.70,auth-closed.oauthmail.test=127.0.1.72,auth-echo.hostile.test=127.0.1.71",
            )
            .env("PERSON_LOGIN", person.login)
            .env("PERSON_PASSWORD", &self.password)
            .env("PERSON_CA", self.dir.join("tls/ca.crt"))
            .env("PERSON_LOG", self.dir.join("log/person.log"))
            .env_remove("MAILSETUP_PASSWORD");
        if person.stays_away {
            command.env("PERSON_STAY_AWAY", "1");
        }
        let output = command.output().unwrap();
        self.assert_no_token_in(&output);
        output
    }

    fn log(&self, name: &str) -> String {
        String::from_utf8_lossy(&std::fs::read(self.dir.join("log").join(name)).unwrap_or_default())
            .into_owned()
    }

    /// No access token the authorization server ever issued appears in
    /// what the program printed (JSON, text, progress).
    fn assert_no_token_in(&self, output: &Output) {
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        for token in self.log("oauth-tokens.log").lines().filter(|t| !t.is_empty()) {
            assert!(!printed.contains(token), "a token was printed");
        }
    }
}

fn report(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)))
}

/// Alice signs in at her provider's page; the token verifies her IMAP and
/// SMTP servers (XOAUTH2), as Dovecot's log shows, and the settings say
/// OAuth2. The program registered itself (RFC 7591) and found where to
/// sign in from the ISPDB's `<oAuth2>` block and the server's metadata.
#[test]
fn signing_in_verifies_the_whole_account_with_the_token() {
    let Some((_serial, world)) = world() else { return };
    let logins_before = world.log("dovecot-oauth.log").matches("method=XOAUTH2").count();
    let thunderbird = world.dir.join("oauthmail-thunderbird.xml");
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: false,
        },
        &["--thunderbird-file", thunderbird.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let report = report(&output);
    for direction in ["incoming", "outgoing"] {
        let best = &report[direction]["recommended"];
        assert_eq!(best["host"], "mail.oauthmail.test", "{report:#}");
        assert_eq!(best["verified"], true, "{report:#}");
        assert_eq!(best["auth_mechanism"], "XOAUTH2", "{report:#}");
        assert_eq!(best["authentication"], "oauth2", "{report:#}");
    }
    assert_eq!(report["sign_in"]["issuer"], "auth.oauthmail.test", "{report:#}");
    // The Thunderbird file signs in where the check did.
    let file = std::fs::read_to_string(&thunderbird).unwrap();
    assert!(
        file.contains("<oAuth2>\n    <issuer>auth.oauthmail.test</issuer>"),
        "{file}"
    );
    assert!(file.contains("<authentication>OAuth2</authentication>"), "{file}");
    let dovecot = world.log("dovecot-oauth.log");
    let logins = dovecot
        .matches("user=<alice@oauthmail.test>, method=XOAUTH2")
        .count();
    assert!(
        logins >= 2 && dovecot.matches("method=XOAUTH2").count() - logins_before >= 2,
        "{dovecot}"
    );
    assert!(
        stderr.contains("Sign in with your provider (https://auth.oauthmail.test)"),
        "{stderr}"
    );
    let person = world.log("person.log");
    assert!(
        person.contains("You can close this tab and return to Mail Setup Assistant."),
        "{person}"
    );
}

/// Bob signs in at the browser while the check is for Alice: her server
/// refuses his token (the failure comes as a SASL challenge, answered as
/// XOAUTH2 says), and the check reports a refusal, at most twice per
/// server, never a success.
#[test]
fn a_token_for_someone_else_is_refused_and_said_so() {
    let Some((_serial, world)) = world() else { return };
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "bob@oauthmail.test",
            stays_away: false,
        },
        &[],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = report(&output);
    let tried: Vec<&Value> = report["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["host"] == "mail.oauthmail.test" && a["auth_mechanism"] == "XOAUTH2")
        .collect();
    assert!(!tried.is_empty(), "{report:#}");
    assert!(tried.iter().all(|a| a["outcome"] == "auth_failed"), "{tried:#?}");
    assert!(
        tried.iter().all(|a| a["cause"] == "sign_in_refused"),
        "{tried:#?}"
    );
    assert!(tried.len() <= 2, "{tried:#?}");
    assert_eq!(
        report["outgoing"]["recommended"]["verified"],
        Value::Null,
        "{report:#}"
    );
}

/// The person never signs in: the wait ends on its own, saying so, and
/// no server was checked.
#[test]
fn a_sign_in_that_never_comes_ends_with_a_clear_sentence() {
    let Some((_serial, world)) = world() else { return };
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: true,
        },
        &["--oauth-wait", "2"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("sign-in not completed within 2 s"), "{stderr}");
    assert!(output.stdout.is_empty());
}

/// A server that takes passwords only gets no token: the token is for the
/// provider's servers, and this one cannot use it.
#[test]
fn a_server_without_token_logins_never_gets_the_token() {
    let Some((_serial, world)) = world() else { return };
    let postfix_before = world.log("dovecot.log").matches("XOAUTH2").count();
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: false,
        },
        &["--server", "mail.full.test", "--protocol", "imap"],
    );
    let report = report(&output);
    let attempts = report["attempts"].as_array().unwrap();
    let ok = attempts
        .iter()
        .find(|a| a["host"] == "mail.full.test" && a["port"] == 993)
        .unwrap();
    assert_eq!(ok["outcome"], "auth_unavailable", "{ok:#}");
    assert!(
        ok["detail"].as_str().unwrap().contains("the token was not sent"),
        "{ok:#}"
    );
    assert_eq!(
        world.log("dovecot.log").matches("XOAUTH2").count(),
        postfix_before
    );
}

/// POP3 alone (IMAP, which would spare it, is not asked for): the token
/// logs in with `AUTH XOAUTH2` on one line, and Dovecot's POP3 says so.
#[test]
fn signing_in_verifies_pop3_too() {
    let Some((_serial, world)) = world() else { return };
    let before = world
        .log("dovecot-oauth.log")
        .matches("pop3-login: Info: Login: user=<alice@oauthmail.test>, method=XOAUTH2")
        .count();
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: false,
        },
        &["--protocol", "pop3"],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = report(&output);
    let best = &report["incoming"]["recommended"];
    assert_eq!(
        (&best["protocol"], &best["port"]),
        (&Value::from("pop3"), &Value::from(995)),
        "{report:#}"
    );
    assert_eq!(best["authentication"], "oauth2", "{report:#}");
    let after = world
        .log("dovecot-oauth.log")
        .matches("pop3-login: Info: Login: user=<alice@oauthmail.test>, method=XOAUTH2")
        .count();
    assert_eq!(after, before + 1);
}

/// A client ID the person was given: no registration, and the sign-in
/// page is asked for that client.
#[test]
fn a_given_client_id_is_used_instead_of_registering() {
    let Some((_serial, world)) = world() else { return };
    let output = world.sign_in_and_check(
        "alice@oauthmail.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: false,
        },
        &[
            "--oauth-client-id",
            "mailsetup-given-client",
            "--protocol",
            "imap",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let person = world.log("person.log");
    let opened = person.lines().rev().find(|l| l.starts_with("opened ")).unwrap();
    assert!(opened.contains("client_id=mailsetup-given-client&"), "{opened}");
}

/// A provider whose authorization server lets no program register itself
/// (here: it publishes no metadata), and no client ID given: the program
/// says what to do instead and opens no browser.
#[test]
fn without_registration_or_a_client_id_the_advice_comes_before_any_browser() {
    let Some((_serial, world)) = world() else { return };
    let opened_before = world.log("person.log").matches("opened ").count();
    let output = world.sign_in_and_check(
        "alice@closedreg.test",
        &Person {
            login: "alice@oauthmail.test",
            stays_away: false,
        },
        &[],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("https://ispdb.test lets only known programs sign in, and offers no registration"),
        "{stderr}"
    );
    assert_eq!(world.log("person.log").matches("opened ").count(), opened_before);
}

/// The big providers' real ISPDB files (and two domains hosted at Google
/// and Microsoft 365, known by their MX hosts), with no client ID: the
/// sign-in stops before any browser opens, saying what works instead for
/// that provider. The stand-ins answer at the providers' names what the
/// providers publish there (Google its metadata, the others nothing).
#[test]
fn the_big_providers_lead_to_their_own_advice_without_a_client_id() {
    let Some((_serial, world)) = world() else { return };
    for (email, advice) in [
        (
            "alice@gmail.com",
            "create an app password (it needs 2-Step Verification)",
        ),
        (
            "alice@googlehosted.test",
            "Google lets only programs it knows sign in",
        ),
        ("alice@outlook.com", "register an app in Entra ID"),
        ("alice@office365.com", "register an app in Entra ID"),
        (
            "alice@m365hosted.test",
            "Microsoft lets only programs it knows sign in",
        ),
        ("alice@yahoo.com", "Yahoo lets only programs it knows sign in"),
        ("alice@aol.com", "AOL lets only programs it knows sign in"),
        (
            "alice@fastmail.com",
            "Fastmail lets only programs it knows sign in",
        ),
    ] {
        let opened_before = world.log("person.log").matches("opened ").count();
        let output = world.sign_in_and_check(
            email,
            &Person {
                login: email,
                stays_away: true,
            },
            &[],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{email}: {stderr}");
        assert!(stderr.contains(advice), "{email}: {stderr}");
        assert_eq!(
            world.log("person.log").matches("opened ").count(),
            opened_before,
            "{email}"
        );
    }
}

/// With a client ID, the sign-in for each big provider opens the browser
/// at that provider's own sign-in page, for that client, with PKCE S256,
/// the provider's mail scopes and the loopback address: everything up to
/// where the person would meet the provider.
#[test]
fn with_a_client_id_the_big_providers_sign_in_starts_at_their_own_page() {
    let Some((_serial, world)) = world() else { return };
    for (email, page, scope) in [
        (
            "alice@gmail.com",
            "https://accounts.google.com/o/oauth2/v2/auth?",
            "https%3A%2F%2Fmail.google.com%2F",
        ),
        (
            "alice@outlook.com",
            "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?",
            "IMAP.AccessAsUser.All",
        ),
        (
            "alice@office365.com",
            "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?",
            "SMTP.Send",
        ),
        (
            "alice@yahoo.com",
            "https://api.login.yahoo.com/oauth2/request_auth?",
            "scope=mail-w",
        ),
        (
            "alice@aol.com",
            "https://api.login.aol.com/oauth2/request_auth?",
            "scope=mail-w",
        ),
        (
            "alice@fastmail.com",
            "https://api.fastmail.com/oauth/authorize?",
            "protocol-imap",
        ),
    ] {
        let output = world.sign_in_and_check(
            email,
            &Person {
                login: email,
                stays_away: true,
            },
            &["--oauth-client-id", "given-client", "--oauth-wait", "1"],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("sign-in not completed within 1 s"),
            "{email}: {stderr}"
        );
        let person = world.log("person.log");
        let opened = person.lines().rev().find(|l| l.starts_with("opened ")).unwrap();
        let url = opened.trim_start_matches("opened ");
        assert!(url.starts_with(page), "{email}: {url}");
        for part in [
            "client_id=given-client&",
            "code_challenge_method=S256",
            "redirect_uri=http%3A%2F%2F127.0.0.1%3A",
            scope,
        ] {
            assert!(url.contains(part), "{email}: {part} not in {url}");
        }
        let hint = format!("login_hint={}", email.replace('@', "%40"));
        assert!(url.contains(&hint), "{email}: {url}");
    }
}

/// Hostile authorization servers: one whose metadata sends the browser
/// over plain http, and one that registers this program with a redirect
/// to an address of its own. Neither gets a browser opened.
#[test]
fn a_plain_http_or_redirecting_authorization_server_is_refused_before_the_browser() {
    let Some((_serial, world)) = world() else { return };
    for (email, words) in [
        ("alice@httpauth.test", "an endpoint is not https"),
        (
            "alice@redirectauth.test",
            "it registered another address to send the sign-in back to",
        ),
    ] {
        let opened_before = world.log("person.log").matches("opened ").count();
        let output = world.sign_in_and_check(
            email,
            &Person {
                login: email,
                stays_away: false,
            },
            &[],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{email}: {stderr}");
        assert!(stderr.contains(words), "{email}: {stderr}");
        assert_eq!(
            world.log("person.log").matches("opened ").count(),
            opened_before,
            "{email}"
        );
    }
}

/// A token endpoint that repeats the code and the PKCE verifier it was
/// sent in its error: the error is shown, neither secret is.
#[test]
fn a_token_endpoint_that_echoes_the_secrets_has_them_hidden() {
    let Some((_serial, world)) = world() else { return };
    let output = world.sign_in_and_check(
        "alice@echoauth.test",
        &Person {
            login: "alice@echoauth.test",
            stays_away: false,
        },
        &["--oauth-wait", "30"],
    );
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.code(), Some(2), "{printed}");
    assert!(printed.contains("invalid_grant"), "{printed}");
    let web = world.log("web.log");
    let sent = web
        .lines()
        .rev()
        .find(|l| l.starts_with("POST auth-echo.hostile.test /token "))
        .unwrap_or_else(|| panic!("no token request in {web}"));
    for (name, value) in sent
        .rsplit(' ')
        .next()
        .unwrap()
        .split('&')
        .filter_map(|p| p.split_once('='))
    {
        if name == "code" || name == "code_verifier" {
            assert!(!printed.contains(value), "the {name} was printed: {printed}");
        }
    }
    assert!(printed.contains("[hidden]"), "{printed}");
}

/// A provider whose sign-in lets no program register itself: without a
/// client ID the person is told what to do, before any browser opens;
/// with the client ID their administrator gave, both directions are
/// verified by signing in.
#[test]
fn where_registration_is_closed_a_given_client_id_verifies_the_account() {
    let Some((_serial, world)) = world() else { return };
    let alice = Person {
        login: "alice@closedmail.test",
        stays_away: false,
    };
    let opened_before = world.log("person.log").matches("opened ").count();
    let output = world.sign_in_and_check("alice@closedmail.test", &alice, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("https://auth-closed.oauthmail.test lets only known programs sign in"),
        "{stderr}"
    );
    assert_eq!(world.log("person.log").matches("opened ").count(), opened_before);

    let output = world.sign_in_and_check(
        "alice@closedmail.test",
        &alice,
        &["--oauth-client-id", "mailsetup-given-client"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let report = report(&output);
    for direction in ["incoming", "outgoing"] {
        let best = &report[direction]["recommended"];
        assert_eq!(best["verified"], true, "{report:#}");
        assert_eq!(best["authentication"], "oauth2", "{report:#}");
    }
    assert_eq!(
        report["sign_in"]["issuer"], "auth-closed.oauthmail.test",
        "{report:#}"
    );
    let person = world.log("person.log");
    let opened = person.lines().rev().find(|l| l.starts_with("opened ")).unwrap();
    assert!(
        opened.starts_with("opened https://auth-closed.oauthmail.test/auth?")
            && opened.contains("client_id=mailsetup-given-client&"),
        "{opened}"
    );
}

/// A domain whose only word on where to sign in is its protected
/// resource metadata (RFC 9728): the sign-in goes to the authorization
/// server it names, which registers the program.
#[test]
fn protected_resource_metadata_names_where_to_sign_in() {
    let Some((_serial, world)) = world() else { return };
    let output = world.sign_in_and_check(
        "alice@resource.test",
        &Person {
            login: "alice@resource.test",
            stays_away: true,
        },
        &["--oauth-wait", "1"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("sign-in not completed within 1 s"), "{stderr}");
    let person = world.log("person.log");
    let opened = person.lines().rev().find(|l| l.starts_with("opened ")).unwrap();
    assert!(
        opened.starts_with("opened https://auth.oauthmail.test/auth?")
            && opened.contains("scope=openid+email+mail"),
        "{opened}"
    );
}

/// A real browser (Debian's Chromium, headed under a private Xvfb, driven
/// by tests/oauth/browser.mjs) loads the real sign-in page, signs in, and
/// lands on the program's loopback page; the check is verified by that
/// sign-in. Screenshots of both pages are kept in the world's `shots`
/// folder. Skipped where Chromium is not installed, unless
/// MAILSETUP_REQUIRE_BROWSER is set (scripts/test.sh sets it).
#[test]
fn a_real_browser_signs_in_and_comes_back_to_the_program() {
    let Some((_serial, world)) = world() else { return };
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        assert!(
            std::env::var("MAILSETUP_REQUIRE_BROWSER").is_err(),
            "MAILSETUP_REQUIRE_BROWSER is set but /usr/bin/chromium is missing"
        );
        eprintln!("skipped: no Chromium (apt-get install chromium)");
        return;
    }
    let shots = world.dir.join("shots");
    std::fs::create_dir_all(&shots).unwrap();
    for shot in ["sign-in-page.png", "back-in-the-program.png"] {
        let _ = std::fs::remove_file(shots.join(shot));
    }
    let display = format!(":{}", 150 + std::process::id() % 100);
    let mut xvfb = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1024x768x24",
            "-nolisten",
            "tcp",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let modules = concat!(env!("CARGO_MANIFEST_DIR"), "/target/oauth-world");
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command.env("MAILSETUP_LANG", "en-US");
    command
        .args([
            "probe",
            "alice@oauthmail.test",
            "--oauth",
            "--json",
            "--timeout",
            "3",
        ])
        .args([
            "--dns",
            "127.0.1.53",
            "--ispdb",
            "https://ispdb.test/v1.1/",
            "--oauth-wait",
            "60",
        ])
        .arg("--ca-file")
        .arg(world.dir.join("tls/ca.crt"))
        .env("BROWSER", format!("node {modules}/browser.mjs %s"))
        .env("PERSON_RESOLVE", "auth.oauthmail.test=127.0.1.70")
        .env("PERSON_LOGIN", "alice@oauthmail.test")
        .env("PERSON_PASSWORD", &world.password)
        .env("PERSON_CA", world.dir.join("tls/ca.crt"))
        .env("PERSON_LOG", world.dir.join("log/browser.log"))
        .env("PERSON_SHOTS", &shots)
        .env_remove("MAILSETUP_PASSWORD");
    if xvfb.is_some() {
        command.env("DISPLAY", &display);
    }
    let output = command.output().unwrap();
    if let Some(xvfb) = xvfb.as_mut() {
        let _ = xvfb.kill();
        let _ = xvfb.wait();
    }
    world.assert_no_token_in(&output);
    let browser = world.log("browser.log");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}\n{browser}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = report(&output);
    for direction in ["incoming", "outgoing"] {
        assert_eq!(
            report[direction]["recommended"]["authentication"], "oauth2",
            "{report:#}"
        );
    }
    assert!(
        browser.contains("You can close this tab and return to Mail Setup Assistant."),
        "{browser}"
    );
    for shot in ["sign-in-page.png", "back-in-the-program.png"] {
        let png = std::fs::read(shots.join(shot)).unwrap_or_default();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 2000,
            "{shot}: {} bytes",
            png.len()
        );
    }
}

/// A provider whose files say "OAuth2" without saying where: the program
/// asks its IMAP server with an OAUTHBEARER login that names no one, and
/// the failure (RFC 7628 §3.2.2, Dovecot's `openid_configuration_url`)
/// names the authorization server. That failed login counts: the server
/// sees at most two failures in all, even when the token is refused.
#[test]
fn the_servers_own_oauthbearer_failure_says_where_to_sign_in() {
    let Some((_serial, world)) = world() else { return };
    let failures = |log: &str| log.matches("oauth2 failed").count();
    let before = failures(&world.log("dovecot-oauth.log"));
    let output = world.sign_in_and_check(
        "alice@bearermail.test",
        &Person {
            login: "alice@bearermail.test",
            stays_away: false,
        },
        &[],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("Sign in with your provider (https://auth.oauthmail.test)"),
        "{stderr}"
    );
    let report = report(&output);
    for direction in ["incoming", "outgoing"] {
        assert_eq!(report[direction]["recommended"]["verified"], true, "{report:#}");
    }
    assert_eq!(report["sign_in"]["issuer"], "auth.oauthmail.test", "{report:#}");
    assert_eq!(failures(&world.log("dovecot-oauth.log")) - before, 1);

    // Bob's token for Alice: one failure spent asking, so one refusal more
    // at most on that server.
    let before = failures(&world.log("dovecot-oauth.log"));
    let output = world.sign_in_and_check(
        "alice@bearermail.test",
        &Person {
            login: "bob@oauthmail.test",
            stays_away: false,
        },
        &["--protocol", "imap"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(failures(&world.log("dovecot-oauth.log")) - before <= 2);
}
