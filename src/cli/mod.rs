//! `mailsetup probe`: the headless front end over the same engine as the
//! window, for scripts, help desks and tests.

use crate::tr;
use std::io::{IsTerminal, Write};
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::engine::{self, Event, Request};
use crate::report::text;
use crate::report::{Direction, Outcome, Protocol};
use crate::secret::Password;
use crate::verdict::diagnose::{self, Problem};
use crate::wire::net::Overrides;
use crate::wire::tls::{self, TrustStore};

mod help;
mod sign_in;

pub use help::{command, language_named, parse};

/// Exit status when a working setting was found (and verified).
pub const EXIT_OK: u8 = 0;
/// Exit status when nothing works.
pub const EXIT_NOTHING_WORKS: u8 = 1;
/// Exit status for bad usage or bad input.
pub const EXIT_USAGE: u8 = 2;

/// Finds incoming (IMAP, POP3) and outgoing (SMTP) mail settings that really
/// work, and explains why.
///
/// Without a command, opens the setup window. What `--help` says comes from
/// `locales/*/cli.ftl` (see [`command`]); the comments here are for readers
/// of the code.
#[derive(Debug, Parser)]
#[command(name = "mailsetup", version, long_about = None)]
pub struct Cli {
    /// What to do; nothing opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// For the window: use ADDR for HOST instead of DNS (repeatable), to
    /// check a server before DNS points at it.
    #[arg(long = "resolve", value_name = "HOST:ADDR", value_parser = parse_resolve)]
    pub resolve: Vec<(String, IpAddr)>,
    /// For the window: extra trusted certificate(s) in PEM, e.g. a company CA.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// For the window: ask this DNS server instead of the system's.
    #[arg(long, value_name = "ADDR[:PORT]", value_parser = parse_dns_server)]
    pub dns: Option<std::net::SocketAddr>,
    /// For the window: the provider database to ask (https).
    #[arg(long, value_name = "URL")]
    pub ispdb: Option<String>,
    /// For the window: look nothing up (the guesses and named servers only).
    #[arg(long)]
    pub no_lookup: bool,
    /// The language of the window and of the explanations (report, JSON
    /// "explanation"), as a tag such as de or ja; default: the system's.
    /// JSON keys and outcome codes stay English.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check which incoming and outgoing server settings work for an address.
    Probe(ProbeArgs),
}

/// `mailsetup probe` options.
#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// Your email address, e.g. alice@example.com.
    pub email: String,
    /// Only these protocols (repeatable): smtp (outgoing), imap, pop3 (incoming). Default: all three.
    #[arg(long = "protocol", value_name = "P", value_enum)]
    pub protocols: Vec<ProtocolArg>,
    /// Server to check, for every protocol (repeatable). Default: smtp./imap./pop.DOMAIN, mail.DOMAIN, DOMAIN.
    #[arg(long = "server", value_name = "HOST")]
    pub servers: Vec<String>,
    /// Incoming (IMAP, POP3) server, when it is not the --server (repeatable).
    #[arg(long = "incoming-server", value_name = "HOST")]
    pub incoming_servers: Vec<String>,
    /// Outgoing (SMTP) port to check (repeatable). Default: 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
    #[arg(long = "port", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub ports: Vec<u16>,
    /// User name for the login. Default: the full email address.
    #[arg(long, value_name = "U")]
    pub username: Option<String>,
    /// Time limit for each step of a connection, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = engine::DEFAULT_TIMEOUT.as_secs_f64())]
    pub timeout: f64,
    /// Extra trusted certificate(s) in PEM, e.g. your company's CA.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Use ADDR for HOST instead of DNS, like curl (repeatable).
    #[arg(long = "resolve", value_name = "HOST:ADDR", value_parser = parse_resolve)]
    pub resolve: Vec<(String, IpAddr)>,
    /// Allow sending the password WITHOUT encryption where a server offers
    /// nothing better. Anyone on the network path could read it.
    #[arg(long)]
    pub allow_plaintext: bool,
    /// Accept an untrusted (e.g. self-signed) server certificate by its SHA-256 fingerprint (repeatable)
    //
    // Only after comparing it with what the server's administrator
    // publishes: otherwise an attacker's certificate could get the password.
    // The README and the report's warning say so.
    #[arg(long = "danger-accept-certificate", value_name = "FP", value_parser = parse_fingerprint)]
    pub danger_accept_certificates: Vec<String>,
    /// Check the connections only; do not log in.
    #[arg(long, conflicts_with = "password_stdin")]
    pub no_auth: bool,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the report as JSON (the stable contract) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Write a Thunderbird autoconfig file (config-v1.1.xml) of the verified settings here.
    #[arg(long, value_name = "PATH")]
    pub thunderbird_file: Option<PathBuf>,
    /// Write an Apple configuration profile (.mobileconfig) of the verified settings here.
    #[arg(long, value_name = "PATH")]
    pub apple_profile: Option<PathBuf>,
    /// Ask this DNS server (port 53 unless given) instead of the system's, for every name, MX and SRV record.
    #[arg(long, value_name = "ADDR[:PORT]", value_parser = parse_dns_server)]
    pub dns: Option<std::net::SocketAddr>,
    /// Thunderbird's provider database to ask (the domain is appended).
    #[arg(long, value_name = "URL", default_value = crate::discovery::DEFAULT_ISPDB)]
    pub ispdb: String,
    /// Ask no third party: neither the provider database nor, through the MX record, the provider that handles the domain's mail.
    #[arg(long)]
    pub no_third_party: bool,
    /// Look nothing up: check the named servers (--server) or the guesses only.
    #[arg(long)]
    pub no_lookup: bool,
    /// Send the password to this server (repeat, or separate with commas), though it is outside the address's domain and only DNS (MX, SRV) or a redirect named it: such answers can be forged. The password goes to no other such server.
    #[arg(long, value_name = "HOST", value_delimiter = ',')]
    pub trust_discovered: Vec<String>,
    /// Log in on every working setting, not only on the one recommended (for help desks). By default the others are checked up to their login offer, to spare the account: providers lock or flag accounts after bursts of logins.
    #[arg(long)]
    pub verify_all: bool,
    /// Sign in with your provider in the browser (OAuth2) instead of typing a password; the servers are checked with that sign-in.
    #[arg(long, conflicts_with_all = ["no_auth", "password_stdin"])]
    pub oauth: bool,
    /// The OAuth2 client ID to sign in with (from your provider or administrator), where the provider does not let programs register themselves.
    #[arg(long, value_name = "ID", requires = "oauth")]
    pub oauth_client_id: Option<String>,
    /// A Microsoft tenant (ID or domain) whose directory registered the client ID.
    #[arg(long, value_name = "T", requires = "oauth_client_id")]
    pub oauth_tenant: Option<String>,
    /// How long to wait for you to sign in, in seconds (at most 300).
    #[arg(long, value_name = "SECS", default_value_t = 300, requires = "oauth",
          value_parser = clap::value_parser!(u64).range(1..=300))]
    pub oauth_wait: u64,
}

fn parse_dns_server(text: &str) -> Result<std::net::SocketAddr, String> {
    if let Ok(address) = text.parse::<std::net::SocketAddr>() {
        return Ok(address);
    }
    text.trim_matches(['[', ']'])
        .parse::<IpAddr>()
        .map(|ip| std::net::SocketAddr::new(ip, 53))
        .map_err(|_| tr!("cli-not-dns-server", text = format!("{text:?}")))
}

/// A protocol as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProtocolArg {
    /// Outgoing mail.
    Smtp,
    /// Incoming mail, kept on the server.
    Imap,
    /// Incoming mail, downloaded.
    Pop3,
}

impl From<ProtocolArg> for Protocol {
    fn from(arg: ProtocolArg) -> Self {
        match arg {
            ProtocolArg::Smtp => Self::Smtp,
            ProtocolArg::Imap => Self::Imap,
            ProtocolArg::Pop3 => Self::Pop3,
        }
    }
}

fn parse_fingerprint(text: &str) -> Result<String, String> {
    tls::normalise_fingerprint(text).ok_or_else(|| tr!("cli-not-fingerprint", text = format!("{text:?}")))
}

fn parse_resolve(text: &str) -> Result<(String, IpAddr), String> {
    let (host, address) = text
        .split_once(':')
        .ok_or_else(|| tr!("cli-not-host-addr", text = format!("{text:?}")))?;
    let address = address
        .trim_matches(['[', ']'])
        .parse::<IpAddr>()
        .map_err(|_| tr!("cli-not-ip-address", text = format!("{address:?}")))?;
    let host = crate::model::host_to_ascii(host)
        .ok_or_else(|| tr!("error-invalid-server", text = format!("{host:?}")))?;
    Ok((host, address))
}

/// Runs `mailsetup probe` and returns the process exit status.
#[must_use]
pub fn run_probe(args: ProbeArgs) -> ExitCode {
    match probe_main(args) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("mailsetup: {error:#}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn probe_main(args: ProbeArgs) -> anyhow::Result<u8> {
    if !(args.timeout > 0.0 && args.timeout <= 600.0) {
        anyhow::bail!(tr!("cli-timeout-range"));
    }
    if !args.ispdb.starts_with("https://") {
        anyhow::bail!(tr!("cli-ispdb-https"));
    }
    // Check the address before asking for a password that would go nowhere.
    crate::model::EmailAddress::parse(&args.email)?;
    let password = if args.oauth { None } else { read_password(&args)? };
    let mut request = request_from(&args, password)?;
    if args.oauth {
        let signed_in = sign_in::sign_in(&request, &args)?;
        request.password = Some(signed_in.token);
        request.signed_in = Some(signed_in.provider);
        request.failed_before = signed_in.failed_before;
    }
    let transports_only = request.password.is_none();
    let report = run(request, args.json)?;
    print_report(&args, &report)?;
    write_files(&args, &report)?;
    // Every direction that was checked must have a setting to use.
    let success = [Direction::Outgoing, Direction::Incoming]
        .iter()
        .filter(|&&d| report.attempts_of(d).next().is_some())
        .all(|&d| {
            report.section(d).recommended.as_ref().is_some_and(|s| {
                if transports_only {
                    !s.insecure
                } else {
                    s.verified
                }
            })
        });
    Ok(if success { EXIT_OK } else { EXIT_NOTHING_WORKS })
}

/// The engine's request from the flags.
fn request_from(args: &ProbeArgs, password: Option<Password>) -> anyhow::Result<Request> {
    let extra_roots = match &args.ca_file {
        Some(path) => tls::load_pem_certificates(path)?,
        None => Vec::new(),
    };
    let mut overrides = Overrides::default();
    for (host, address) in &args.resolve {
        overrides.insert(host, *address);
    }
    let trust =
        TrustStore::system_with(&extra_roots).danger_accept_certificates(&args.danger_accept_certificates);
    let mut request = Request::new(&args.email, trust);
    request.protocols = args.protocols.iter().map(|&p| p.into()).collect();
    request.servers.clone_from(&args.servers);
    request.incoming_servers.clone_from(&args.incoming_servers);
    request.ports.clone_from(&args.ports);
    request.username.clone_from(&args.username);
    request.password = password;
    request.timeout = Duration::from_secs_f64(args.timeout);
    request.overrides = overrides;
    request.dns = args.dns;
    request.allow_plaintext = args.allow_plaintext;
    request.lookups = !args.no_lookup;
    request.ispdb = (!args.no_third_party).then(|| args.ispdb.clone());
    request.trusted.clone_from(&args.trust_discovered);
    request.verify_all = args.verify_all;
    Ok(request)
}

/// Runs the check, printing its progress to stderr unless `quiet` (JSON);
/// Ctrl-C stops it with what is known.
fn run(request: Request, quiet: bool) -> anyhow::Result<crate::report::Report> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let report = runtime.block_on(async {
        let (events_tx, mut events_rx) = mpsc::channel(64);
        let cancel = CancellationToken::new();
        let ctrl_c = cancel.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                ctrl_c.cancel();
            }
        });
        let printer = tokio::spawn(async move {
            let mut stderr = std::io::stderr();
            while let Some(event) = events_rx.recv().await {
                if !quiet {
                    print_progress(&mut stderr, &event);
                }
            }
        });
        let report = engine::probe(request, events_tx, cancel).await;
        let _ = printer.await;
        report
    })?;
    Ok(report)
}

/// The report on stdout: JSON, or text with the next step when a name
/// does not exist.
fn print_report(args: &ProbeArgs, report: &crate::report::Report) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, report)?;
        writeln!(stdout)?;
    } else {
        writeln!(stdout)?;
        stdout.write_all(text::report_text(report).as_bytes())?;
        let no_such_server = [Direction::Outgoing, Direction::Incoming]
            .iter()
            .any(|&d| diagnose::diagnose(report, d).map(|d| d.problem) == Some(Problem::NoSuchServer));
        if no_such_server && args.servers.is_empty() {
            writeln!(
                stdout,
                "\n{} mailsetup probe {} --server NAME",
                tr!("cli-give-the-name"),
                report.email
            )?;
        }
    }
    Ok(())
}

/// Writes the files asked for; only from verified settings. A check that
/// did not verify both directions writes none and says why.
fn write_files(args: &ProbeArgs, report: &crate::report::Report) -> anyhow::Result<()> {
    let domain = crate::model::EmailAddress::parse(&report.email)
        .map(|a| a.domain)
        .unwrap_or_default();
    let files = [
        (
            &args.thunderbird_file,
            crate::report::export::thunderbird_autoconfig(&domain, report),
            tr!("cli-thunderbird-file"),
        ),
        (
            &args.apple_profile,
            crate::report::export::apple_profile(report, None),
            tr!("cli-apple-profile"),
        ),
    ];
    for (i, (path, contents, what)) in files.into_iter().enumerate() {
        let Some(path) = path else { continue };
        let what = what.as_str();
        match contents {
            Some(contents) => {
                std::fs::write(path, contents).map_err(|e| {
                    anyhow::anyhow!(tr!(
                        "cli-cannot-write",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ))
                })?;
                eprintln!(
                    "{}",
                    tr!("cli-wrote", what = what, path = path.display().to_string())
                );
            }
            None if i == 1 && crate::report::export::signed_in(report) => {
                eprintln!(
                    "{}",
                    tr!("cli-not-written", what = what, why = tr!("profile-no-sign-in"))
                );
            }
            None => eprintln!(
                "{}",
                tr!("cli-not-written", what = what, why = tr!("files-incomplete"))
            ),
        }
    }
    Ok(())
}

/// Where the password comes from, in order: stdin (when asked), the
/// environment, a prompt without echo. Never a command-line argument.
fn read_password(args: &ProbeArgs) -> anyhow::Result<Option<Password>> {
    if args.no_auth {
        return Ok(None);
    }
    let text = if args.password_stdin {
        read_first_line_of_stdin()?
    } else if let Ok(from_env) = std::env::var("MAILSETUP_PASSWORD") {
        from_env
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password(tr!("cli-password-prompt", email = args.email.trim()))?
    } else {
        anyhow::bail!(tr!("cli-no-password"));
    };
    let password = Password::new(text);
    if password.is_empty() {
        anyhow::bail!(tr!("cli-empty-password"));
    }
    Ok(Some(password))
}

/// The first line of standard input, read straight into one buffer that
/// becomes the password: reads of at least the size of standard input's
/// own buffer (8 KiB) bypass it, so no copy of the password is left there,
/// and what follows the line is wiped with the rest of the buffer.
fn read_first_line_of_stdin() -> anyhow::Result<String> {
    const CHUNK: usize = 16 * 1024;
    const MAX: usize = 4 * CHUNK;
    let mut buffer = zeroize::Zeroizing::new(vec![0u8; MAX]);
    let mut filled = 0;
    let mut stdin = std::io::stdin().lock();
    let end = loop {
        if let Some(newline) = buffer[..filled].iter().position(|&b| b == b'\n') {
            break newline;
        }
        if filled + CHUNK > MAX {
            anyhow::bail!(tr!("cli-password-too-long"));
        }
        let read = std::io::Read::read(&mut stdin, &mut buffer[filled..filled + CHUNK])?;
        if read == 0 {
            break filled;
        }
        filled += read;
    };
    let end = if end > 0 && buffer[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    let line =
        std::str::from_utf8(&buffer[..end]).map_err(|_| anyhow::anyhow!(tr!("cli-password-not-utf8")))?;
    // One copy, owned by the Password from here on; the buffer is wiped on return.
    Ok(line.to_owned())
}

fn print_progress(out: &mut impl Write, event: &Event) {
    let attempt = match event {
        Event::Finished { attempt, .. } => attempt,
        Event::Recommended(best) => {
            // Certain now; lower-ranked checks may still be waiting on
            // filtered ports, for the alternatives only.
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "cli-recommended",
                    setting = crate::verdict::words::setting_line(best)
                )
            );
            return;
        }
        Event::LookedUp(lookup) => {
            let mark = if lookup.outcome == crate::report::LookupOutcome::Found {
                "ok "
            } else {
                "-- "
            };
            let _ = writeln!(
                out,
                "{mark} {} {} ({} ms): {}",
                tr!("cli-lookup"),
                lookup.query,
                lookup.elapsed_ms,
                lookup.detail
            );
            return;
        }
        _ => return,
    };
    let mark = if attempt.outcome == Outcome::Ok {
        "ok "
    } else {
        "-- "
    };
    let exception = if attempt.certificate_exception {
        tr!("cli-with-exception")
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{mark} {:<4} {}:{} {:<8} {}{exception} ({} ms)",
        attempt.protocol.label(),
        attempt.host,
        attempt.port,
        attempt.security.client_label(),
        text::attempt_words(attempt),
        attempt.elapsed_ms
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Attempt, Protocol, Security};

    fn progress_line(attempt: Attempt) -> String {
        let mut out = Vec::new();
        let event = Event::Finished {
            id: 0,
            attempt: Box::new(attempt),
        };
        print_progress(&mut out, &event);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn progress_says_when_a_check_passed_only_through_an_accepted_certificate() {
        let mut attempt = Attempt::new(Protocol::Smtp, "mail.example.test", 465, Security::ImplicitTls);
        attempt.outcome = Outcome::Ok;
        attempt.elapsed_ms = 48;
        assert_eq!(
            progress_line(attempt.clone()),
            "ok  SMTP mail.example.test:465 SSL/TLS  works (48 ms)\n"
        );
        attempt.certificate_exception = true;
        assert_eq!(
            progress_line(attempt),
            "ok  SMTP mail.example.test:465 SSL/TLS  works, with the certificate you accepted (48 ms)\n"
        );
    }
}
