//! Time to recommendation.
//!
//! First the engine's parallel schedule against the same engine forced to
//! check candidates one after another: port 465 answers at once and works;
//! 587, 2525 and 25 accept the connection and then say nothing (like a proxy
//! that completes the handshake). Reported as ratios of medians in the same
//! run, so the figures compare on any machine.
//!
//! Then the cases a person meets, with `--timeout 3`: the time until the
//! answer is certain (and shown), against the time until every check has
//! ended (what a program that waits for everything would show):
//! - port 25 filtered, 465 and 587 work;
//! - `smtp.` filtered, `mail.` works;
//! - a port that accepts and never speaks;
//! - every port filtered;
//! - a server with an IPv6 address that never answers beside its IPv4
//!   one, against the same server over IPv4 only: the answer may come at
//!   most 0.3 s later (RFC 8305 tries IPv4 a quarter second after IPv6).
//!
//! Run: `cargo bench --bench time_to_recommendation` (binds 127.77.x.y ports
//! 25/465/587/2525: root or CAP_NET_BIND_SERVICE).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use mailsetup::engine::{probe, Event, Request, Schedule};
use support::{filtered, serve, unique_address, Mode, Quirk, Script};

const HOST: &str = "mail.bench.test";
const RUNS: usize = 5;
/// Per-phase timeout in the scripted world: short, so the bench is quick,
/// and long against loopback round trips, so it dominates as it would.
const TIMEOUT: Duration = Duration::from_millis(400);

struct Timing {
    recommendation: Duration,
    report: Duration,
}

async fn once(schedule: Schedule) -> Timing {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    for port in [587, 2525, 25] {
        serve(ip, port, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    }
    let mut request = support::request(HOST, ip, &[465, 587, 2525, 25]);
    request.timeout = TIMEOUT;
    request.schedule = schedule;
    let (tx, mut rx) = mpsc::channel(64);
    let start = Instant::now();
    let task = tokio::spawn(probe(request, tx, CancellationToken::new()));
    let mut recommendation = None;
    while let Some(event) = rx.recv().await {
        if let Event::Recommended(best) = event {
            assert_eq!(best.port, 465);
            recommendation.get_or_insert(start.elapsed());
        }
    }
    let report = task.await.unwrap().unwrap();
    let report_time = start.elapsed();
    assert_eq!(report.outgoing.recommended.unwrap().port, 465);
    Timing {
        recommendation: recommendation.unwrap(),
        report: report_time,
    }
}

/// The timeout of the cases a person meets (`--timeout 3`).
const CASE_TIMEOUT: Duration = Duration::from_secs(3);
const CASE_RUNS: usize = 3;

/// When the answer was certain, and when the run ended.
async fn watch(request: Request) -> (Option<Duration>, Duration) {
    let (tx, mut rx) = mpsc::channel(64);
    let start = Instant::now();
    let task = tokio::spawn(probe(request, tx, CancellationToken::new()));
    let mut recommendation = None;
    while let Some(event) = rx.recv().await {
        if let Event::Recommended(_) = event {
            recommendation.get_or_insert(start.elapsed());
        }
    }
    task.await.unwrap().unwrap();
    (recommendation, start.elapsed())
}

async fn port_25_filtered() -> (Option<Duration>, Duration) {
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    filtered(ip, 25).await;
    filtered(ip, 2525).await;
    let mut request = support::request(HOST, ip, &[465, 587, 2525, 25]);
    request.timeout = CASE_TIMEOUT;
    watch(request).await
}

async fn smtp_name_filtered() -> (Option<Duration>, Duration) {
    let (hanging, working) = (unique_address(), unique_address());
    for port in [465, 587, 2525, 25] {
        filtered(hanging, port).await;
    }
    serve(working, 465, "mail.bench.test", Script::new(Mode::ImplicitTls)).await;
    serve(working, 587, "mail.bench.test", Script::new(Mode::Starttls)).await;
    let mut request = support::request("smtp.bench.test", hanging, &[465, 587, 2525, 25]);
    request.servers = vec!["smtp.bench.test".to_owned(), "mail.bench.test".to_owned()];
    request.overrides.insert("mail.bench.test", working);
    request.timeout = CASE_TIMEOUT;
    watch(request).await
}

async fn silent_port() -> (Option<Duration>, Duration) {
    let ip = unique_address();
    serve(ip, 587, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    let mut request = support::request(HOST, ip, &[587]);
    request.timeout = CASE_TIMEOUT;
    watch(request).await
}

async fn everything_filtered() -> (Option<Duration>, Duration) {
    let ip = unique_address();
    for port in [465, 587, 2525, 25] {
        filtered(ip, port).await;
    }
    let mut request = support::request(HOST, ip, &[465, 587, 2525, 25]);
    request.timeout = CASE_TIMEOUT;
    watch(request).await
}

/// The server at `ip` (465 and 587 work), reached over IPv4 only, or with
/// a silent IPv6 address (`::1`, its ports filtered) tried first.
async fn dual_stack(ipv6_silent: bool) -> (Option<Duration>, Duration) {
    static SILENT_IPV6: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    let ip = unique_address();
    serve(ip, 465, HOST, Script::new(Mode::ImplicitTls)).await;
    serve(ip, 587, HOST, Script::new(Mode::Starttls)).await;
    let mut request = support::request(HOST, ip, &[465, 587]);
    if ipv6_silent {
        let v6: std::net::IpAddr = "::1".parse().unwrap();
        SILENT_IPV6
            .get_or_init(|| async move {
                filtered(v6, 465).await;
                filtered(v6, 587).await;
            })
            .await;
        request.overrides = mailsetup::wire::net::Overrides::default();
        request.overrides.insert(HOST, v6);
        request.overrides.insert(HOST, ip);
    }
    request.timeout = CASE_TIMEOUT;
    watch(request).await
}

/// Runs a case a few times; prints its medians against its target.
async fn case<F, Fut>(name: &str, target: &str, runs: F) -> (Option<Duration>, Duration)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = (Option<Duration>, Duration)>,
{
    let mut certain = Vec::new();
    let mut ended = Vec::new();
    for _ in 0..CASE_RUNS {
        let (recommendation, end) = runs().await;
        certain.extend(recommendation);
        ended.push(end);
    }
    let certain = (!certain.is_empty()).then(|| median(certain));
    let ended = median(ended);
    let shown = certain.map_or_else(
        || "never (nothing works)".to_owned(),
        |c| format!("{:.3} s", c.as_secs_f64()),
    );
    let ratio = certain.map_or_else(String::new, |c| {
        format!(
            "   everything/certain {:.0}x",
            ended.as_secs_f64() / c.as_secs_f64()
        )
    });
    println!(
        "  {name:<34} certain {shown:<10} all ended {:.3} s{ratio}   target: {target}",
        ended.as_secs_f64()
    );
    (certain, ended)
}

/// How long `probe` takes to return after the cancel token fires, with
/// every port hanging.
async fn cancel_latency() -> Duration {
    let ip = unique_address();
    for port in [465, 587, 2525, 25] {
        serve(ip, port, HOST, Script::new(Mode::Starttls).quirk(Quirk::Silent)).await;
    }
    let mut request = support::request(HOST, ip, &[465, 587, 2525, 25]);
    request.timeout = Duration::from_secs(30);
    let (tx, mut rx) = mpsc::channel(64);
    let cancel = CancellationToken::new();
    let task = tokio::spawn(probe(request, tx, cancel.clone()));
    tokio::spawn(async move { while rx.recv().await.is_some() {} });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let start = Instant::now();
    cancel.cancel();
    let report = task.await.unwrap().unwrap();
    let latency = start.elapsed();
    assert!(report.cancelled);
    latency
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort_unstable();
    values[values.len() / 2]
}

#[tokio::main]
async fn main() {
    let parallel_schedule = Schedule::Parallel {
        stagger: mailsetup::engine::DEFAULT_STAGGER,
    };
    let mut parallel = Vec::new();
    let mut sequential = Vec::new();
    for _ in 0..RUNS {
        parallel.push(once(parallel_schedule).await);
        sequential.push(once(Schedule::Sequential).await);
    }
    let med = |runs: &[Timing], f: fn(&Timing) -> Duration| median(runs.iter().map(f).collect());
    let p_rec = med(&parallel, |t| t.recommendation);
    let s_rec = med(&sequential, |t| t.recommendation);
    let p_rep = med(&parallel, |t| t.report);
    let s_rep = med(&sequential, |t| t.report);
    println!(
        "time_to_recommendation: 465 answers at once; 587, 2525, 25 hang (timeout {} ms), median of {RUNS}",
        TIMEOUT.as_millis()
    );
    println!(
        "  recommendation  parallel {:>6.1} ms   sequential {:>6.1} ms   ratio sequential/parallel {:.2}",
        p_rec.as_secs_f64() * 1e3,
        s_rec.as_secs_f64() * 1e3,
        s_rec.as_secs_f64() / p_rec.as_secs_f64()
    );
    println!(
        "  full report     parallel {:>6.1} ms   sequential {:>6.1} ms   ratio sequential/parallel {:.2}",
        p_rep.as_secs_f64() * 1e3,
        s_rep.as_secs_f64() * 1e3,
        s_rep.as_secs_f64() / p_rep.as_secs_f64()
    );
    println!(
        "  recommendation vs hanging ports (parallel): {:.2} of one timeout",
        p_rec.as_secs_f64() / TIMEOUT.as_secs_f64()
    );
    println!(
        "cases (timeout {} s, median of {CASE_RUNS}; \"certain\" is when the window and the CLI show the answer)",
        CASE_TIMEOUT.as_secs()
    );
    case(
        "port 25 filtered, 465 works",
        "certain <= 0.3 s, >= 10x",
        port_25_filtered,
    )
    .await;
    case(
        "smtp. filtered, mail. works",
        "certain <= 1 s",
        smtp_name_filtered,
    )
    .await;
    case("silent port", "all ended <= 3.5 s", silent_port).await;
    case("everything filtered", "all ended <= 3.5 s", everything_filtered).await;
    if std::net::TcpListener::bind("[::1]:0").is_ok() {
        let (ipv4, _) = case("IPv4 only", "(the baseline below)", || dual_stack(false)).await;
        let (silent, _) = case("IPv6 silent, IPv4 works", "certain <= IPv4 only + 0.3 s", || {
            dual_stack(true)
        })
        .await;
        if let (Some(ipv4), Some(silent)) = (ipv4, silent) {
            println!(
                "  IPv6 silent costs {:.3} s before the answer (target <= 0.300 s, ratio {:.2})",
                silent.as_secs_f64() - ipv4.as_secs_f64(),
                (silent.as_secs_f64() - ipv4.as_secs_f64()) / 0.3
            );
        }
    } else {
        println!("  IPv6 silent: skipped, this machine has no IPv6 loopback");
    }
    let mut cancels = Vec::new();
    for _ in 0..RUNS {
        cancels.push(cancel_latency().await);
    }
    let cancel = median(cancels);
    println!(
        "cancel: probe returns {:.2} ms after cancel with every port hanging (median of {RUNS}; \
         target 100 ms, ratio {:.3})",
        cancel.as_secs_f64() * 1e3,
        cancel.as_secs_f64() / 0.1
    );
}
