//! The network this computer is on, made real with nftables: a port
//! dropped on the way to several servers is named once, as a finding about
//! the network, and one silent server is not.
//!
//! The rules go into a table of their own, for this test's addresses only,
//! inside the private network namespace `scripts/test.sh` runs the tests
//! in (`MAILSETUP_PRIVATE_NETWORK=1`); elsewhere these tests skip: a
//! firewall rule on a developer's own machine is not theirs to add.

#![allow(clippy::unwrap_used)]

mod support;

use std::net::IpAddr;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use mailsetup::report::{NetworkFinding, Report};
use support::{serve, unique_address, Mode, Script};

/// A table of drop rules; deleted when dropped.
struct Firewall {
    table: String,
}

impl Firewall {
    /// `None` outside a private network namespace (the test then skips).
    fn new() -> Option<Self> {
        if std::env::var_os("MAILSETUP_PRIVATE_NETWORK").is_none() {
            eprintln!("skipped: firewall rules only in the private network of scripts/test.sh");
            return None;
        }
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let table = format!("mailsetup_test_{}", NEXT.fetch_add(1, Ordering::Relaxed));
        nft(&["add", "table", "inet", &table]);
        nft(&[
            "add",
            "chain",
            "inet",
            &table,
            "out",
            "{ type filter hook output priority 0 ; policy accept ; }",
        ]);
        Some(Self { table })
    }

    /// Drops every packet to `address:port`: a connection there hears
    /// nothing, as on a network that blocks the port.
    fn drop_port(&self, address: IpAddr, port: u16) {
        let family = if address.is_ipv6() { "ip6" } else { "ip" };
        let rule = format!("{family} daddr {address} tcp dport {port} drop");
        let mut args = vec!["add", "rule", "inet", &self.table, "out"];
        args.extend(rule.split(' '));
        nft(&args);
    }
}

impl Drop for Firewall {
    fn drop(&mut self) {
        let _ = Command::new("nft")
            .args(["delete", "table", "inet", &self.table])
            .status();
    }
}

fn nft(args: &[&str]) {
    let status = Command::new("nft")
        .args(args)
        .status()
        .expect("nft (Debian package nftables; scripts/test.sh installs it)");
    assert!(status.success(), "nft {args:?} failed");
}

/// Two servers at their own addresses, each answering on 465 (SSL/TLS)
/// and 587 (STARTTLS); the check asks both for ports 465 and 587.
async fn check_two_servers(firewall: &Firewall, dropped_at: &[usize]) -> Report {
    let addresses = [unique_address(), unique_address()];
    let names = ["smtp.scripted.test", "mail.scripted.test"];
    for (address, name) in addresses.iter().zip(names) {
        serve(*address, 465, name, Script::new(Mode::ImplicitTls)).await;
        serve(*address, 587, name, Script::new(Mode::Starttls)).await;
    }
    for &i in dropped_at {
        firewall.drop_port(addresses[i], 587);
    }
    let mut request = support::request(names[0], addresses[0], &[465, 587]);
    request.servers = names.iter().map(|n| (*n).to_owned()).collect();
    request.overrides.insert(names[1], addresses[1]);
    request.timeout = Duration::from_secs(1);
    let (events, _) = tokio::sync::mpsc::channel(256);
    mailsetup::engine::probe(request, events, tokio_util::sync::CancellationToken::new())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_port_dropped_towards_every_server_is_named_as_the_network() {
    let Some(firewall) = Firewall::new() else { return };
    let report = check_two_servers(&firewall, &[0, 1]).await;
    assert_eq!(report.outgoing.recommended.as_ref().unwrap().port, 465);
    assert_eq!(report.network.len(), 1, "{:?}", report.network);
    let finding = &report.network[0];
    assert_eq!(finding.finding, NetworkFinding::PortBlocked);
    assert!(
        finding
            .evidence
            .starts_with("Port 587 got no answer from 2 servers"),
        "{}",
        finding.evidence
    );
    assert!(
        finding.advice.contains("drops connections to port 587"),
        "{}",
        finding.advice
    );
    // The JSON contract: `network: [{finding, evidence, advice}]`.
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["network"][0]["finding"], "port_blocked");
    // The text report says it first.
    let text = mailsetup::report::text::report_text(&report);
    assert!(text.starts_with("Your network: Port 587 got no answer"), "{text}");
}

#[tokio::test]
async fn one_silent_server_is_not_a_blocked_network() {
    let Some(firewall) = Firewall::new() else { return };
    let report = check_two_servers(&firewall, &[0]).await;
    assert!(report.network.is_empty(), "{:?}", report.network);
}

/// `mailsetup probe EMAIL --no-auth` with the world's DNS and ISPDB (and
/// `extra`), run by `runner` (e.g. `unshare -n`, a network of its own with
/// nothing in it).
fn probe(runner: &[&str], email: &str, extra: &[&str]) -> std::process::Output {
    let binary = env!("CARGO_BIN_EXE_mailsetup");
    let mut args: Vec<String> = runner.iter().map(ToString::to_string).collect();
    args.extend([binary, "probe", email, "--no-auth", "--timeout", "2"].map(String::from));
    if !extra.contains(&"--dns") {
        args.extend(["--dns", "127.0.1.53"].map(String::from));
    }
    args.extend(["--ispdb", "https://ispdb.test/v1.1/"].map(String::from));
    if let (Some(world), false) = (
        std::env::var_os("MAILSETUP_MAIL_WORLD"),
        extra.contains(&"--ca-file"),
    ) {
        let roots = std::path::Path::new(&world).join("tls/ca.crt");
        args.extend(["--ca-file".to_owned(), roots.display().to_string()]);
    }
    args.extend(extra.iter().map(ToString::to_string));
    // The tests read the program's English, whatever this machine speaks.
    Command::new(&args[0])
        .args(&args[1..])
        .env("MAILSETUP_LANG", "en-US")
        .output()
        .unwrap()
}

fn probe_json(runner: &[&str], email: &str) -> serde_json::Value {
    probe_json_with(runner, email, &[])
}

fn probe_json_with(runner: &[&str], email: &str, extra: &[&str]) -> serde_json::Value {
    let output = probe(runner, email, &[extra, &["--json"]].concat());
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)))
}

/// No network at all (a namespace whose loopback is down): one sentence
/// says so; a domain that does not exist, on a working network, is not
/// "offline" (DNS answered).
#[test]
fn with_no_network_one_finding_says_this_computer_is_offline() {
    if std::env::var_os("MAILSETUP_PRIVATE_NETWORK").is_none() {
        eprintln!("skipped: network namespaces only in the private network of scripts/test.sh");
        return;
    }
    let json = probe_json(&["unshare", "-n"], "alice@full.test");
    let network = json["network"].as_array().unwrap();
    assert_eq!(network.len(), 1, "{network:?}");
    assert_eq!(network[0]["finding"], "offline");
    assert!(json["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["outcome"] == "dns_failed"));
    // The text says it first, and does not send the person to check the
    // spelling of a domain nothing could look up.
    let text = probe(&["unshare", "-n"], "alice@full.test", &[]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Your network: None of the"), "{text}");
    assert!(
        text.contains("could not be checked: this computer seems to be offline"),
        "{text}"
    );
    assert!(!text.contains("Check the spelling"), "{text}");

    if std::env::var_os("MAILSETUP_MAIL_WORLD").is_some() {
        let typo = probe_json(&["env"], "alice@nothing.test");
        assert_eq!(typo["network"], serde_json::json!([]), "{}", typo["network"]);
    }
}

/// A server this network has no route to (a namespace with nothing in
/// it): the attempt says so, and does not call the port closed.
#[test]
fn a_server_with_no_route_to_it_is_not_called_closed() {
    if std::env::var_os("MAILSETUP_PRIVATE_NETWORK").is_none() {
        eprintln!("skipped: network namespaces only in the private network of scripts/test.sh");
        return;
    }
    let extra = [
        "--no-lookup",
        "--server",
        "mail.full.test",
        "--resolve",
        "mail.full.test:192.0.2.1",
        "--protocol",
        "imap",
        "--port",
        "993",
    ];
    let json = probe_json_with(&["unshare", "-n"], "alice@full.test", &extra);
    let attempts = json["attempts"].as_array().unwrap();
    assert!(!attempts.is_empty(), "{json}");
    for attempt in attempts {
        assert_eq!(attempt["outcome"], "refused", "{attempt}");
        assert_eq!(attempt["cause"], "unreachable", "{attempt}");
        let explanation = attempt["explanation"].as_str().unwrap();
        assert!(explanation.contains("no route"), "{explanation}");
        assert!(!explanation.contains("the port is closed"), "{explanation}");
    }
    let text = probe(&["unshare", "-n"], "alice@full.test", &extra);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("No route to it."), "{text}");
    assert!(!text.contains("losed"), "{text}");
}

/// The world, or `None` (the test then skips).
fn world() -> Option<std::ffi::OsString> {
    let world = std::env::var_os("MAILSETUP_MAIL_WORLD");
    if world.is_none() {
        eprintln!("skipped: needs the mail world (scripts/test.sh starts it)");
    }
    world
}

/// The lookup of a name that cannot exist.
fn control_lookup(json: &serde_json::Value) -> &serde_json::Value {
    json["discovery"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source"] == "control")
        .unwrap()
}

fn findings(json: &serde_json::Value) -> Vec<(String, String)> {
    json["network"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["finding"].as_str().unwrap().to_owned(),
                f["evidence"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The binary runs with its clock three days behind (`faketime`, Debian;
/// the servers keep the real time): the certificates still verify, and the
/// web servers' `Date` headers, which agree with each other, say the
/// clock is wrong. With the real clock nothing is said.
#[test]
fn a_clock_days_off_is_named_from_the_web_servers_dates() {
    if world().is_none() {
        return;
    }
    let faked = ["faketime", "-f", "-3d"];
    let json = probe_json(&faked, "alice@wellknown.test");
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "clock_skew");
    assert!(found[0].1.contains("web servers asked"), "{}", found[0].1);
    assert!(
        found[0].1.ends_with("this computer is 3 days behind."),
        "{}",
        found[0].1
    );
    let text = probe(&faked, "alice@wellknown.test", &[]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.trim_start()
            .starts_with("Your computer: This computer's clock says"),
        "{text}"
    );
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Set the date and time"), "{text}");

    let real = probe_json(&["env"], "alice@wellknown.test");
    assert_eq!(findings(&real), vec![], "the real clock");
}

/// Three years behind, every certificate of the world is not valid yet
/// and the web lookups fail: the servers of two unrelated domains say it.
/// One expired certificate (a server's mistake) is not a wrong clock.
#[test]
fn a_clock_years_off_is_named_from_certificates_not_yet_valid() {
    if world().is_none() {
        return;
    }
    let json = probe_json(&["faketime", "-f", "-3y"], "alice@srvboth.test");
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "clock_skew");
    assert!(
        found[0]
            .1
            .contains("the certificates of 2 unrelated servers (imap.bigmail.test, mail.elsewhere.test)"),
        "{}",
        found[0].1
    );

    let expired = probe_json(&["env"], "alice@expired.test");
    assert_eq!(findings(&expired), vec![], "one expired certificate");
}

/// On a hotel network (the world's second dnsmasq answers every name with
/// the address of a sign-in page whose certificate is for
/// portal.hotel.test): a name that cannot exist resolves, and the web
/// servers of two unrelated domains show that certificate. It is then the
/// only finding. A domain with a wildcard record, whose own web server
/// has a wrong certificate, is not a portal.
#[test]
fn a_network_that_answers_every_name_is_named_a_portal() {
    if world().is_none() {
        return;
    }
    let hotel = ["--dns", "127.0.1.55"];
    let json = probe_json_with(&["env"], "alice@full.test", &hotel);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "captive_portal");
    assert!(
        found[0].1.contains(
            "the web servers of autoconfig.full.test and ispdb.test answered with a certificate for portal.hotel.test"
        ),
        "{}",
        found[0].1
    );
    let control = control_lookup(&json);
    assert_eq!(control["outcome"], "found", "{control}");
    let text = probe(&["env"], "alice@full.test", &hotel);
    let text = String::from_utf8_lossy(&text.stdout);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.starts_with("Your network: A name that cannot exist"),
        "{text}"
    );
    assert!(words.contains("open any web page in your browser"), "{text}");

    let wildcard = probe_json(&["env"], "alice@wildcard.test");
    let control = control_lookup(&wildcard);
    assert_eq!(control["outcome"], "found", "the wildcard answers: {control}");
    assert_eq!(findings(&wildcard), vec![], "a wildcard domain");
    let honest = probe_json(&["env"], "alice@full.test");
    let control = control_lookup(&honest);
    assert_eq!(control["outcome"], "none", "{control}");
}

/// An intercepting proxy (scripts/intercept-world.py) stands in for
/// mail.full.test and the ISPDB, re-signing both with its own root, which
/// only the system store trusts (`SSL_CERT_FILE`, as an antivirus or a
/// company installs it): one finding says connections are decrypted. The
/// same root in a file the person named is their choice: nothing is said.
#[test]
fn a_root_only_this_computer_trusts_signing_unrelated_servers_is_interception() {
    let Some(world) = world() else { return };
    let tls = std::path::Path::new(&world).join("tls");
    let proxy = [
        "--resolve",
        "mail.full.test:127.0.1.91",
        "--resolve",
        "ispdb.test:127.0.1.91",
    ];
    let system = format!("SSL_CERT_FILE={}", tls.join("intercept-ca.crt").display());
    let json = probe_json_with(&["env", &system], "alice@full.test", &proxy);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "tls_interception");
    assert!(
        found[0].1.starts_with(
            "The certificates of ispdb.test and mail.full.test lead to \"CN=Intercepting Proxy Test Root\""
        ),
        "{}",
        found[0].1
    );
    // The settings themselves still work: the finding explains, it does not fail them.
    assert_eq!(
        json["incoming"]["recommended"]["port"], 993,
        "{}",
        json["incoming"]
    );

    // The person named the proxy's root (with the world's) in their own file.
    let both = std::env::temp_dir().join(format!("mailsetup-roots-{}.pem", std::process::id()));
    let pem = [tls.join("ca.crt"), tls.join("intercept-ca.crt")]
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<String>();
    std::fs::write(&both, pem).unwrap();
    let chosen = [&proxy[..], &["--ca-file", both.to_str().unwrap()]].concat();
    let json = probe_json_with(&["env", &system], "alice@full.test", &chosen);
    let _ = std::fs::remove_file(&both);
    assert_eq!(findings(&json), vec![], "a root the person named");
}

/// IPv6 addresses on this namespace's loopback for the test's life.
struct Ipv6Addresses(Vec<&'static str>);

impl Ipv6Addresses {
    fn add(addresses: &[&'static str]) -> Self {
        for address in addresses {
            let status = Command::new("ip")
                .args(["-6", "address", "add", &format!("{address}/128"), "dev", "lo"])
                .status()
                .unwrap();
            assert!(status.success(), "ip -6 address add {address}");
        }
        Self(addresses.to_vec())
    }
}

impl Drop for Ipv6Addresses {
    fn drop(&mut self) {
        for address in &self.0 {
            let _ = Command::new("ip")
                .args(["-6", "address", "del", &format!("{address}/128"), "dev", "lo"])
                .status();
        }
    }
}

/// Big Mail's two servers get an IPv6 address each beside their IPv4 one;
/// this network drops IPv6 (nftables): the check answers over IPv4 as
/// soon as a mail program following RFC 8305 would, and one finding says
/// IPv6 does not work here. With IPv6 carried (nothing listens there: the
/// connection is refused, an answer), nothing is said.
#[test]
fn ipv6_that_never_answers_while_ipv4_does_is_named() {
    let (Some(firewall), Some(_)) = (Firewall::new(), world()) else {
        return;
    };
    let v6 = ["fd00:6::15", "fd00:6::16"];
    let _addresses = Ipv6Addresses::add(&v6);
    let dual = [
        "--resolve",
        "smtp.bigmail.test:fd00:6::15",
        "--resolve",
        "smtp.bigmail.test:127.0.1.15",
        "--resolve",
        "imap.bigmail.test:fd00:6::16",
        "--resolve",
        "imap.bigmail.test:127.0.1.15",
    ];
    let carried = probe_json_with(&["env"], "alice@hosted.test", &dual);
    assert_eq!(findings(&carried), vec![], "IPv6 refused is an answer");

    for address in v6 {
        for port in [465, 587, 993, 143, 995, 110] {
            firewall.drop_port(address.parse().unwrap(), port);
        }
    }
    let json = probe_json_with(&["env"], "alice@hosted.test", &dual);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "ipv6_broken");
    assert!(
        found[0].1.starts_with(
            "2 IPv6 addresses of servers (smtp.bigmail.test at fd00:6::15, imap.bigmail.test at fd00:6::16) \
             never answered"
        ),
        "{}",
        found[0].1
    );
    // The settings work over IPv4.
    assert_eq!(
        json["outgoing"]["recommended"]["host"], "smtp.bigmail.test",
        "{}",
        json["outgoing"]
    );
    assert_eq!(
        json["incoming"]["recommended"]["host"], "imap.bigmail.test",
        "{}",
        json["incoming"]
    );
}
