//! Time to recommendation: the engine's parallel schedule against the same
//! engine forced to check candidates one after another.
//!
//! The scripted world: port 465 answers at once and works; 587, 2525 and 25
//! accept the connection and then say nothing (like a proxy or a filtering
//! firewall that completes the handshake). Reported as ratios of medians in
//! the same run, so the figures compare on any machine.
//!
//! Run: `cargo bench --bench time_to_recommendation` (binds 127.77.x.y ports
//! 25/465/587/2525: root or CAP_NET_BIND_SERVICE).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use mailsetup::probe::{probe, Event, Schedule};
use support::{serve, unique_address, Mode, Quirk, Script};

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
        stagger: mailsetup::probe::DEFAULT_STAGGER,
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
