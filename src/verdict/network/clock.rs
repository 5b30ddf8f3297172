//! A computer whose clock is off: certificates are checked against it, so
//! secure connections fail (or are about to) in every program. Two kinds
//! of evidence, each needing servers that have nothing to do with each
//! other: the web servers asked agree on another time (their `Date`
//! headers), or certificates of unrelated domains are all not valid yet.

use crate::tr;
use std::collections::BTreeMap;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::report::{Finding, NetworkFinding, Report};

/// A difference smaller than this is a clock a little off, which nothing
/// notices (certificates are valid for months).
const SKEW: i64 = 5 * 60;
/// Web servers' clocks that agree within this say the same time.
const AGREE: i64 = 2 * 60;

/// The finding, when the evidence is certain; `now` is this computer's
/// clock (seconds since 1970).
pub(super) fn clock_skew(report: &Report, now: i64) -> Option<Finding> {
    let web = web_clocks(report);
    // One web server with this computer's time says the clock is right.
    if web.values().any(|offset| offset.abs() < SKEW) {
        return None;
    }
    web_evidence(&web, now).or_else(|| certificate_evidence(report, now))
}

/// Each web server that answered, by name, and how far its clock is ahead.
fn web_clocks(report: &Report) -> BTreeMap<String, i64> {
    report
        .discovery
        .iter()
        .filter_map(|lookup| {
            let host = reqwest::Url::parse(&lookup.query).ok()?.host_str()?.to_owned();
            Some((host, lookup.clock_offset_s?))
        })
        .collect()
}

fn web_evidence(web: &BTreeMap<String, i64>, now: i64) -> Option<Finding> {
    let offsets: Vec<i64> = web.values().copied().collect();
    let (low, high) = (*offsets.iter().min()?, *offsets.iter().max()?);
    if offsets.len() < 2 || high - low > AGREE || low.signum() != high.signum() {
        return None;
    }
    let offset = offsets[offsets.len() / 2];
    let names: Vec<&str> = web.keys().map(String::as_str).collect();
    let evidence = tr!(
        "network-clock-web",
        direction = if offset > 0 { "behind" } else { "ahead" },
        now = date(now),
        count = names.len(),
        names = names.join(", "),
        then = date(now + offset),
        span = span(offset.abs()),
    );
    Some(finding(evidence))
}

/// Certificates of servers in two or more unrelated domains that only
/// become valid after this computer's date: the clock is behind.
fn certificate_evidence(report: &Report, now: i64) -> Option<Finding> {
    let mut future: BTreeMap<String, String> = BTreeMap::new();
    let mut latest_start = None;
    for attempt in &report.attempts {
        let Some(certificate) = &attempt.certificate else {
            continue;
        };
        let Ok(start) = OffsetDateTime::parse(&certificate.not_before, &Rfc3339) else {
            continue;
        };
        let start = start.unix_timestamp();
        if start - now > SKEW {
            let domain = psl::domain_str(&attempt.host).unwrap_or(&attempt.host).to_owned();
            future.entry(domain).or_insert_with(|| attempt.host.clone());
            latest_start = latest_start.max(Some(start));
        }
    }
    if future.len() < 2 {
        return None;
    }
    let hosts: Vec<&str> = future.values().map(String::as_str).collect();
    let latest_start = latest_start?;
    let evidence = tr!(
        "network-clock-certificates",
        now = date(now),
        count = hosts.len(),
        names = hosts.join(", "),
        then = date(latest_start),
        span = span(latest_start - now),
    );
    Some(finding(evidence))
}

fn finding(evidence: String) -> Finding {
    Finding {
        finding: NetworkFinding::ClockSkew,
        evidence,
        advice: tr!("network-clock-advice"),
    }
}

/// `Mon 30 Nov 2026, 04:12 UTC` in English, as each language writes a
/// date (`network-date`).
fn date(seconds: i64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(seconds) else {
        return format!("{seconds} s");
    };
    tr!(
        "network-date",
        weekday = at.weekday().number_from_monday(),
        day = at.day(),
        month = u8::from(at.month()),
        year = at.year().to_string(),
        time = format!("{:02}:{:02}", at.hour(), at.minute())
    )
}

/// A length of time as a person says it: `3 days`, `5 hours`, `2 years`.
fn span(seconds: i64) -> String {
    let (count, unit) = match seconds {
        s if s >= 2 * 365 * 86_400 => (s / (365 * 86_400), "network-span-years"),
        s if s >= 2 * 86_400 => (s / 86_400, "network-span-days"),
        s if s >= 2 * 3_600 => (s / 3_600, "network-span-hours"),
        s => ((s / 60).max(1), "network-span-minutes"),
    };
    tr!(unit, count = count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Lookup, LookupOutcome, Source};

    /// 2026-11-30 04:12:00 UTC.
    const NOW: i64 = 1_796_011_920;

    fn web(host: &str, offset: i64) -> Lookup {
        Lookup {
            source: Source::Autoconfig,
            query: format!("https://{host}/mail/config-v1.1.xml"),
            outcome: LookupOutcome::None,
            elapsed_ms: 3,
            detail: "no file here".to_owned(),
            clock_offset_s: Some(offset),
            certificate_for: None,
            root: None,
        }
    }

    fn report(discovery: Vec<Lookup>) -> Report {
        let mut report = super::super::tests::report(Vec::new());
        report.discovery = discovery;
        report
    }

    #[test]
    fn two_web_servers_that_agree_on_another_day_show_the_clock_is_off() {
        let three_days = 3 * 86_400;
        let found = clock_skew(
            &report(vec![
                web("autoconfig.example.test", three_days),
                web("ispdb.example.org", three_days + 1),
            ]),
            NOW,
        )
        .unwrap();
        assert_eq!(found.finding, NetworkFinding::ClockSkew);
        assert!(
            found.evidence.starts_with(
                "This computer's clock says Mon 30 Nov 2026, 04:12 UTC, but the 2 web servers asked"
            ),
            "{}",
            found.evidence
        );
        assert!(
            found
                .evidence
                .ends_with("say Thu 3 Dec 2026, 04:12 UTC: this computer is 3 days behind."),
            "{}",
            found.evidence
        );
    }

    #[test]
    fn one_server_or_servers_that_disagree_say_nothing_certain() {
        let day = 86_400;
        assert!(clock_skew(&report(vec![web("a.test", day)]), NOW).is_none());
        assert!(clock_skew(&report(vec![web("a.test", day), web("b.test", -day)]), NOW).is_none());
        // A server with this computer's time: the other one is wrong.
        let right = report(vec![web("a.test", day), web("b.test", day), web("c.test", 2)]);
        assert!(clock_skew(&right, NOW).is_none());
        // A few minutes off is not worth a word.
        assert!(clock_skew(&report(vec![web("a.test", 60), web("b.test", 70)]), NOW).is_none());
    }

    #[test]
    fn certificates_of_unrelated_domains_not_yet_valid_show_the_clock_is_behind() {
        let certified = |host: &str, not_before: &str| {
            let mut attempt = super::super::tests::attempt(
                host,
                "192.0.2.1",
                993,
                crate::report::Outcome::CertExpired,
                crate::report::Phase::TlsHandshake,
            );
            attempt.certificate = Some(crate::wire::certificate::CertificateInfo {
                not_before: not_before.to_owned(),
                ..Default::default()
            });
            attempt
        };
        let mut both = report(Vec::new());
        both.attempts = vec![
            certified("mail.example.test", "2027-06-01T00:00:00Z"),
            certified("smtp.example.test", "2027-06-01T00:00:00Z"),
            certified("mail.other.test", "2028-01-01T00:00:00Z"),
        ];
        let found = clock_skew(&both, NOW).unwrap();
        assert!(
            found
                .evidence
                .contains("the certificates of 2 unrelated servers (mail.example.test, mail.other.test)"),
            "{}",
            found.evidence
        );
        assert!(
            found
                .evidence
                .ends_with("on Sat 1 Jan 2028, 00:00 UTC: this computer is at least 396 days behind."),
            "{}",
            found.evidence
        );
        // One domain's certificates: that server's mistake, not the clock.
        let mut one = both.clone();
        one.attempts.pop();
        assert!(clock_skew(&one, NOW).is_none());
    }

    #[test]
    fn lengths_of_time_in_words() {
        assert_eq!(span(3 * 86_400 + 50), "3 days");
        assert_eq!(span(5 * 3_600), "5 hours");
        assert_eq!(span(3 * 365 * 86_400), "3 years");
        assert_eq!(span(20), "1 minute");
        assert_eq!(date(NOW), "Mon 30 Nov 2026, 04:12 UTC");
    }

    /// Each language writes a date its own way.
    #[test]
    fn dates_and_lengths_in_another_language() {
        crate::i18n::choose_here("de");
        let (date, span) = (date(NOW), span(3 * 86_400));
        crate::i18n::choose_here("ja");
        let japanese = super::date(NOW);
        crate::i18n::choose_here(crate::i18n::SOURCE);
        assert_eq!(date, "30.11.2026, 04:12 UTC");
        assert_eq!(span, "3 Tage");
        assert_eq!(japanese, "2026年11月30日 04:12 UTC");
    }
}
