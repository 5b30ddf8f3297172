//! An in-process SMTP server that follows a script: well-behaved servers of
//! every kind, and hostile or broken ones that no real server imitates.
//! Each test binds its own loopback address (127.77.x.y) on the real mail
//! ports, so tests run in parallel without sharing anything.

#![allow(dead_code, clippy::unwrap_used)]

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use mailsetup::engine::{Request, Schedule};
use mailsetup::secret::Password;
use mailsetup::wire::net::Overrides;
use mailsetup::wire::tls::TrustStore;

pub const USER: &str = "alice@scripted.test";
pub const PASSWORD: &str = "correct horse battery staple";

/// A fresh loopback address for one test.
pub fn unique_address() -> IpAddr {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed) + std::process::id() % 200 * 256;
    IpAddr::from([127, 77, ((n >> 8) & 0xff) as u8, (n & 0xff) as u8])
}

/// Test certificates: one CA, leaves signed by it, and a self-signed one.
pub struct Pki {
    pub ca_der: CertificateDer<'static>,
    ca_params: rcgen::CertificateParams,
    ca_key: rcgen::KeyPair,
    /// An intermediate CA signed by the root, as public CAs issue from.
    intermediate_der: CertificateDer<'static>,
    intermediate_params: rcgen::CertificateParams,
    intermediate_key: rcgen::KeyPair,
}

pub fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(|| {
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Scripted Test CA");
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let mut intermediate_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        intermediate_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        intermediate_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Scripted Intermediate CA");
        let intermediate_key = rcgen::KeyPair::generate().unwrap();
        let intermediate = intermediate_params
            .signed_by(&intermediate_key, &rcgen::Issuer::from_params(&params, &key))
            .unwrap();
        Pki {
            ca_der: cert.der().clone(),
            ca_params: params,
            ca_key: key,
            intermediate_der: intermediate.der().clone(),
            intermediate_params,
            intermediate_key,
        }
    })
}

/// Which certificate a scripted server presents.
#[derive(Clone, Copy, Debug)]
pub enum Cert {
    /// Signed by the test CA for the host name.
    Good,
    /// Signed by the test CA, validity ended in 2021.
    Expired,
    /// Signed by the test CA for `mx.elsewhere.test` only.
    WrongName,
    /// Self-signed for the host name.
    SelfSigned,
    /// Self-signed for the host name, validity ended in 2021.
    SelfSignedExpired,
    /// Signed by the test CA, the host name only in the CN (no subjectAltName).
    CommonNameOnly,
    /// Signed by the intermediate, naming where to fetch it (AIA); the
    /// server sends it without the intermediate.
    IntermediateMissing,
    /// The same, with the intermediate sent as it should be.
    IntermediateSent,
    /// Signed by the intermediate, without AIA (as most servers' leaves
    /// from a private or older CA), sent without the intermediate.
    IntermediateMissingNoAia,
    /// Signed by the test CA for the host name and 20 other names, as
    /// shared-hosting certificates are.
    ManyNames,
}

pub fn server_config(host: &str, cert: Cert) -> Arc<rustls::ServerConfig> {
    server_config_with(host, cert, false)
}

/// As [`server_config`]; with `client_auth`, the handshake demands a
/// client certificate from the test CA.
pub fn server_config_with(host: &str, cert: Cert, client_auth: bool) -> Arc<rustls::ServerConfig> {
    let names = match cert {
        Cert::WrongName => vec!["mx.elsewhere.test".to_owned()],
        Cert::CommonNameOnly => Vec::new(),
        Cert::ManyNames => std::iter::once(host.to_owned())
            .chain((1..=20).map(|n| format!("customer{n}.hosting.test")))
            .collect(),
        _ => vec![host.to_owned()],
    };
    let mut params = rcgen::CertificateParams::new(names).unwrap();
    params.distinguished_name.push(rcgen::DnType::CommonName, host);
    if matches!(cert, Cert::Expired | Cert::SelfSignedExpired) {
        params.not_before = rcgen::date_time_ymd(2020, 1, 1);
        params.not_after = rcgen::date_time_ymd(2021, 1, 1);
    }
    let key = rcgen::KeyPair::generate().unwrap();
    let pki = pki();
    let chain = match cert {
        Cert::SelfSigned | Cert::SelfSignedExpired => vec![params.self_signed(&key).unwrap().der().clone()],
        Cert::IntermediateMissing | Cert::IntermediateSent | Cert::IntermediateMissingNoAia => {
            if !matches!(cert, Cert::IntermediateMissingNoAia) {
                params
                    .custom_extensions
                    .push(authority_information_access("http://ca.scripted.test/i.crt"));
            }
            let issuer = rcgen::Issuer::from_params(&pki.intermediate_params, &pki.intermediate_key);
            let leaf = params.signed_by(&key, &issuer).unwrap().der().clone();
            if matches!(cert, Cert::IntermediateSent) {
                vec![leaf, pki.intermediate_der.clone()]
            } else {
                vec![leaf]
            }
        }
        _ => {
            let issuer = rcgen::Issuer::from_params(&pki.ca_params, &pki.ca_key);
            vec![params.signed_by(&key, &issuer).unwrap().der().clone()]
        }
    };
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let builder = if client_auth {
        let mut roots = rustls::RootCertStore::empty();
        roots.add(pki.ca_der.clone()).unwrap();
        let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .unwrap();
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder.with_single_cert(chain, key_der).unwrap();
    Arc::new(config)
}

/// A server configuration for `host` (signed by the test CA) that asks for
/// a client certificate without demanding one in the handshake, as servers
/// do that refuse a client without one only afterwards; `tls12_only` as
/// older servers speak.
pub fn server_config_asking_client_certificate(host: &str, tls12_only: bool) -> Arc<rustls::ServerConfig> {
    let pki = pki();
    let mut params = rcgen::CertificateParams::new(vec![host.to_owned()]).unwrap();
    params.distinguished_name.push(rcgen::DnType::CommonName, host);
    let key = rcgen::KeyPair::generate().unwrap();
    let issuer = rcgen::Issuer::from_params(&pki.ca_params, &pki.ca_key);
    let chain = vec![params.signed_by(&key, &issuer).unwrap().der().clone()];
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let versions: &[&rustls::SupportedProtocolVersion] = if tls12_only {
        &[&rustls::version::TLS12]
    } else {
        rustls::DEFAULT_VERSIONS
    };
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca_der.clone()).unwrap();
    let verifier =
        rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .allow_unauthenticated()
            .build()
            .unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key_der)
        .unwrap();
    Arc::new(config)
}

/// RFC 5280 §4.2.2.1: Authority Information Access with one caIssuers URI.
fn authority_information_access(uri: &str) -> rcgen::CustomExtension {
    let ca_issuers = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02];
    let mut description = ca_issuers.to_vec();
    description.push(0x86); // [6] uniformResourceIdentifier
    description.push(u8::try_from(uri.len()).unwrap());
    description.extend_from_slice(uri.as_bytes());
    let mut sequence = vec![0x30, u8::try_from(description.len()).unwrap()];
    sequence.extend(description);
    let mut content = vec![0x30, u8::try_from(sequence.len()).unwrap()];
    content.extend(sequence);
    rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], content)
}

/// How the server treats the password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// Offers PLAIN LOGIN; accepts [`USER`] / [`PASSWORD`].
    Normal,
    /// Offers only LOGIN.
    LoginOnly,
    /// Answers 534 5.7.9 to every login.
    AppPassword,
    /// Offers only XOAUTH2 OAUTHBEARER, and takes any token for [`USER`].
    OauthOnly,
    /// Answers 454 to every login.
    Temporary,
    /// Offers no AUTH.
    None,
    /// Offers only CRAM-MD5.
    CramMd5Only,
}

/// The server's connection mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// TLS from the first byte.
    ImplicitTls,
    /// Plaintext greeting, STARTTLS offered.
    Starttls,
    /// Plaintext only; AUTH offered without TLS (unless `Auth::None`).
    PlaintextOnly,
}

/// Misbehaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quirk {
    None,
    /// Accepts, then says nothing.
    Silent,
    /// Accepts and closes at once.
    CloseAtOnce,
    /// A 2000-octet greeting line.
    LongLine,
    /// `250-` lines without end after EHLO.
    EndlessMultiline,
    /// Greeting bytes trickle without a line end.
    GreetingNeverEnds,
    /// `220 Ready` plus an injected reply in the same packet.
    InjectAfterStarttls,
    /// Closes half-way through the EHLO reply.
    CloseMidReply,
    /// Binary garbage instead of a greeting.
    Garbage,
    /// Answers AUTH after 1.5 s, as servers do after recent failures.
    SlowAuth,
    /// Answers `235` to `AUTH LOGIN` before any credentials.
    EarlySuccess,
    /// Answers `454 TLS not available` to STARTTLS.
    StarttlsBroken,
    /// Never answers QUIT.
    NoQuitReply,
    /// Waits 900 ms before the greeting and every reply: each phase just
    /// inside a 1 s timeout.
    SlowReplies,
    /// Demands a client certificate (the test CA's) in the TLS handshake.
    RequireClientCert,
    /// Accepts the login, then says 421 and closes (a relay that is down),
    /// quoting the credentials back in that 421.
    CloseAfterLogin,
    /// Greets the first connection with 421 (busy), later ones normally.
    BusyOnce,
    /// Closes the connection when the TLS ClientHello arrives, as servers
    /// that know only TLS 1.0/1.1 do.
    CloseAtHandshake,
}

/// A scripted server's behaviour.
#[derive(Clone, Debug)]
pub struct Script {
    pub mode: Mode,
    pub cert: Cert,
    pub auth: Auth,
    pub quirk: Quirk,
    /// Replaces the greeting line (CRLF added).
    pub greeting: Option<String>,
    /// Replaces the final answer to a login; `{sent}` becomes the last
    /// credential line the client sent (servers that quote it back).
    pub auth_answer: Option<String>,
}

impl Script {
    pub fn new(mode: Mode) -> Self {
        Self {
            mode,
            cert: Cert::Good,
            auth: Auth::Normal,
            quirk: Quirk::None,
            greeting: None,
            auth_answer: None,
        }
    }
    pub fn greeting(mut self, line: &str) -> Self {
        self.greeting = Some(line.to_owned());
        self
    }
    pub fn auth_answer(mut self, reply: &str) -> Self {
        self.auth_answer = Some(reply.to_owned());
        self
    }
    pub fn cert(mut self, cert: Cert) -> Self {
        self.cert = cert;
        self
    }
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
    pub fn quirk(mut self, quirk: Quirk) -> Self {
        self.quirk = quirk;
        self
    }
}

/// What one scripted server saw.
#[derive(Default, Debug)]
pub struct Log {
    /// Every line received, AUTH payloads included (tests look for leaks).
    pub lines: Vec<String>,
    /// Lines received before TLS.
    pub plaintext_lines: Vec<String>,
    /// How many AUTH commands arrived.
    pub auth_commands: usize,
    /// How many connections were accepted.
    pub connections: usize,
}

pub type SharedLog = Arc<Mutex<Log>>;

/// Starts a scripted server on `address:port`; returns its log.
pub async fn serve(address: IpAddr, port: u16, host: &str, script: Script) -> SharedLog {
    let config = server_config_with(host, script.cert, script.quirk == Quirk::RequireClientCert);
    let acceptor = TlsAcceptor::from(config);
    listen(address, port, move |tcp, log| {
        session(tcp, script.clone(), acceptor.clone(), log)
    })
    .await
}

/// Binds `address:port` and runs `session` for every connection, counting
/// them in the log it returns.
async fn listen<F, S>(address: IpAddr, port: u16, session: S) -> SharedLog
where
    S: Fn(tokio::net::TcpStream, SharedLog) -> F + Send + 'static,
    F: std::future::Future<Output = std::io::Result<()>> + Send + 'static,
{
    let listener = TcpListener::bind(SocketAddr::new(address, port))
        .await
        .unwrap_or_else(|e| panic!("bind {address}:{port} (tests need root or CAP_NET_BIND_SERVICE): {e}"));
    let log: SharedLog = Arc::default();
    let server_log = log.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let _ = tcp.set_nodelay(true);
            server_log.lock().unwrap().connections += 1;
            let running = session(tcp, server_log.clone());
            opened(address);
            let pause = pause_of(address);
            tokio::spawn(async move {
                tokio::time::sleep(pause).await;
                let _ = running.await;
                closed(address);
            });
        }
    });
    log
}

/// Connections open now and at most, per server address, across ports.
static OPEN: Mutex<Vec<(IpAddr, usize, usize)>> = Mutex::new(Vec::new());

fn opened(address: IpAddr) {
    let mut open = OPEN.lock().unwrap();
    match open.iter_mut().find(|(a, _, _)| *a == address) {
        Some((_, now, most)) => {
            *now += 1;
            *most = (*most).max(*now);
        }
        None => open.push((address, 1, 1)),
    }
}

fn closed(address: IpAddr) {
    if let Some((_, now, _)) = OPEN.lock().unwrap().iter_mut().find(|(a, _, _)| *a == address) {
        *now -= 1;
    }
}

/// Pauses before each session's first word, per server address.
static PAUSES: Mutex<Vec<(IpAddr, Duration)>> = Mutex::new(Vec::new());

/// Makes every server on `address` wait `pause` before it greets, as a
/// server far away or under load does.
pub fn pause_before_greeting(address: IpAddr, pause: Duration) {
    PAUSES.lock().unwrap().push((address, pause));
}

fn pause_of(address: IpAddr) -> Duration {
    PAUSES
        .lock()
        .unwrap()
        .iter()
        .find(|(a, _)| *a == address)
        .map_or(Duration::ZERO, |&(_, pause)| pause)
}

/// The most connections that were open at once to `address`.
pub fn most_open(address: IpAddr) -> usize {
    OPEN.lock()
        .unwrap()
        .iter()
        .find(|(a, _, _)| *a == address)
        .map_or(0, |&(_, _, most)| most)
}

type Stream = Box<dyn IoStream>;
pub trait IoStream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> IoStream for T {}

async fn session(
    tcp: tokio::net::TcpStream,
    script: Script,
    acceptor: TlsAcceptor,
    log: SharedLog,
) -> std::io::Result<()> {
    let mut stream: Stream = Box::new(tcp);
    match script.quirk {
        Quirk::Silent => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return Ok(());
        }
        Quirk::CloseAtOnce => return Ok(()),
        Quirk::CloseAtHandshake => {
            let mut first = [0u8; 5];
            let _ = tokio::io::AsyncReadExt::read(&mut stream, &mut first).await;
            return Ok(());
        }
        _ => {}
    }
    let mut tls = false;
    if script.mode == Mode::ImplicitTls {
        stream = Box::new(acceptor.accept(stream).await?);
        tls = true;
    }
    match script.quirk {
        Quirk::LongLine => {
            stream
                .write_all(format!("220 {}\r\n", "x".repeat(2000)).as_bytes())
                .await?;
        }
        Quirk::GreetingNeverEnds => {
            stream.write_all(b"220 slow").await?;
            for _ in 0..100_000 {
                if stream.write_all(b"o").await.is_err() {
                    return Ok(());
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            return Ok(());
        }
        Quirk::Garbage => {
            stream
                .write_all(b"\x00\xffHTTP/1.1 400 Bad Request\r\n\r\n")
                .await?;
        }
        Quirk::BusyOnce if log.lock().unwrap().connections == 1 => {
            stream
                .write_all(b"421 4.7.0 Too many concurrent SMTP connections\r\n")
                .await?;
            return Ok(());
        }
        _ => match &script.greeting {
            _ if script.quirk == Quirk::SlowReplies => {
                tokio::time::sleep(Duration::from_millis(900)).await;
                stream.write_all(b"220 scripted.test ESMTP ready\r\n").await?;
            }
            Some(line) => stream.write_all(format!("{line}\r\n").as_bytes()).await?,
            None => stream.write_all(b"220 scripted.test ESMTP ready\r\n").await?,
        },
    }
    let mut reader = BufReader::new(stream);
    loop {
        let Some(line) = next_line(&mut reader, &log, tls).await? else {
            return Ok(());
        };
        let upper = line.to_ascii_uppercase();
        if script.quirk == Quirk::SlowReplies {
            tokio::time::sleep(Duration::from_millis(900)).await;
        }
        let out = reader.get_mut();
        if upper.starts_with("EHLO") {
            if script.quirk == Quirk::EndlessMultiline {
                for _ in 0..100_000 {
                    if out.write_all(b"250-MORE\r\n").await.is_err() {
                        return Ok(());
                    }
                }
                return Ok(());
            }
            let mut reply = String::from("250-scripted.test\r\n250-PIPELINING\r\n");
            if script.mode == Mode::Starttls && !tls {
                reply.push_str("250-STARTTLS\r\n");
            }
            let auth_visible = tls || script.mode == Mode::PlaintextOnly;
            if auth_visible {
                match script.auth {
                    Auth::Normal | Auth::AppPassword | Auth::Temporary => {
                        reply.push_str("250-AUTH PLAIN LOGIN\r\n")
                    }
                    Auth::LoginOnly => reply.push_str("250-AUTH LOGIN\r\n"),
                    Auth::OauthOnly => reply.push_str("250-AUTH XOAUTH2 OAUTHBEARER\r\n"),
                    Auth::CramMd5Only => reply.push_str("250-AUTH CRAM-MD5\r\n"),
                    Auth::None => {}
                }
            }
            if script.quirk == Quirk::CloseMidReply {
                out.write_all(b"250-scripted.test\r\n250-PIPE").await?;
                return Ok(());
            }
            reply.push_str("250 8BITMIME\r\n");
            out.write_all(reply.as_bytes()).await?;
        } else if upper == "STARTTLS" && script.mode == Mode::Starttls && !tls {
            if script.quirk == Quirk::StarttlsBroken {
                out.write_all(b"454 4.7.0 TLS not available due to local problem\r\n")
                    .await?;
                continue;
            }
            if script.quirk == Quirk::InjectAfterStarttls {
                out.write_all(b"220 Ready to start TLS\r\n250-injected\r\n250 AUTH PLAIN\r\n")
                    .await?;
            } else {
                out.write_all(b"220 Ready to start TLS\r\n").await?;
            }
            let plain = reader.into_inner();
            let upgraded: Stream = Box::new(acceptor.accept(plain).await?);
            reader = BufReader::new(upgraded);
            tls = true;
        } else if upper.starts_with("AUTH") {
            log.lock().unwrap().auth_commands += 1;
            let reply = auth_reply(&script, &line, &mut reader, &log).await?;
            if script.quirk == Quirk::SlowAuth {
                tokio::time::sleep(Duration::from_millis(1500)).await;
            }
            reader.get_mut().write_all(reply.as_bytes()).await?;
            if script.quirk == Quirk::CloseAfterLogin && reply.starts_with("235") {
                reader
                    .get_mut()
                    .write_all(
                        format!("421 4.4.0 Failed to connect to relay server for {USER} / {PASSWORD}\r\n")
                            .as_bytes(),
                    )
                    .await?;
                return Ok(());
            }
        } else if upper == "QUIT" && script.quirk == Quirk::NoQuitReply {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        } else if upper == "QUIT" {
            out.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            out.write_all(b"502 5.5.2 Error: command not recognized\r\n")
                .await?;
        }
    }
}

async fn auth_reply(
    script: &Script,
    line: &str,
    reader: &mut BufReader<Stream>,
    log: &SharedLog,
) -> std::io::Result<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mechanism = words.get(1).map(|m| m.to_ascii_uppercase()).unwrap_or_default();
    let mut sent = words.get(2).map(|w| (*w).to_owned()).unwrap_or_default();
    let (user, password) = match mechanism.as_str() {
        "PLAIN" => {
            let decoded = STANDARD.decode(words.get(2).unwrap_or(&"")).unwrap_or_default();
            let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
            let field =
                |i: usize| String::from_utf8_lossy(parts.get(i).copied().unwrap_or_default()).into_owned();
            (field(1), field(2))
        }
        "LOGIN" if script.quirk == Quirk::EarlySuccess => {
            return Ok("235 2.7.0 Authentication successful\r\n".to_owned());
        }
        "LOGIN" => {
            reader.get_mut().write_all(b"334 VXNlcm5hbWU6\r\n").await?;
            let mut user = String::new();
            reader.read_line(&mut user).await?;
            log.lock().unwrap().lines.push(user.trim_end().to_owned());
            reader.get_mut().write_all(b"334 UGFzc3dvcmQ6\r\n").await?;
            let mut password = String::new();
            reader.read_line(&mut password).await?;
            log.lock().unwrap().lines.push(password.trim_end().to_owned());
            sent = password.trim_end().to_owned();
            let decode = |s: &str| {
                String::from_utf8_lossy(&STANDARD.decode(s.trim()).unwrap_or_default()).into_owned()
            };
            (decode(&user), decode(&password))
        }
        // A token login, in one line (SASL-IR): the name and the token.
        "XOAUTH2" | "OAUTHBEARER" if script.auth == Auth::OauthOnly => {
            let decoded = STANDARD.decode(words.get(2).unwrap_or(&"")).unwrap_or_default();
            let text = String::from_utf8_lossy(&decoded).into_owned();
            let field = |prefix: &str| {
                text.split(['\x01', ','])
                    .find_map(|part| part.strip_prefix(prefix))
                    .unwrap_or_default()
                    .to_owned()
            };
            let user = if mechanism == "XOAUTH2" {
                field("user=")
            } else {
                field("a=")
            };
            (user, field("auth=Bearer "))
        }
        _ => return Ok("504 5.5.4 Unrecognized authentication type\r\n".to_owned()),
    };
    if let Some(answer) = &script.auth_answer {
        return Ok(format!("{}\r\n", answer.replace("{sent}", &sent)));
    }
    Ok(match script.auth {
        Auth::AppPassword => "534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more at https://support.example/\r\n".to_owned(),
        Auth::Temporary => "454 4.7.0 Temporary authentication failure\r\n".to_owned(),
        // It takes any token at all, for the user it names.
        Auth::OauthOnly if user == USER && !password.is_empty() => {
            "235 2.7.0 Authentication successful\r\n".to_owned()
        }
        _ if user == USER && password == PASSWORD => "235 2.7.0 Authentication successful\r\n".to_owned(),
        _ => "535 5.7.8 Error: authentication failed\r\n".to_owned(),
    })
}

/// Runs a probe to its end, draining its events.
pub async fn run(request: Request) -> mailsetup::report::Report {
    let (tx, mut rx) = tokio::sync::mpsc::channel(16);
    let drain = tokio::spawn(async move { while rx.recv().await.is_some() {} });
    let report = mailsetup::engine::probe(request, tx, tokio_util::sync::CancellationToken::new())
        .await
        .unwrap();
    drain.await.unwrap();
    report
}

/// The client's next line, logged (and as a plaintext line before TLS);
/// `None` when the client closed the connection.
async fn next_line(
    reader: &mut BufReader<Stream>,
    log: &SharedLog,
    tls: bool,
) -> std::io::Result<Option<String>> {
    let mut line = String::new();
    if reader.read_line(&mut line).await? == 0 {
        return Ok(None);
    }
    let line = line.trim_end().to_owned();
    let mut log = log.lock().unwrap();
    log.lines.push(line.clone());
    if !tls {
        log.plaintext_lines.push(line.clone());
    }
    Ok(Some(line))
}

/// A request for `host` at `address`, trusting only the test CA.
pub fn request(host: &str, address: IpAddr, ports: &[u16]) -> Request {
    let mut request = Request::new(USER, TrustStore::only(&[pki().ca_der.clone()]));
    request.protocols = vec![mailsetup::report::Protocol::Smtp];
    request.servers = vec![host.to_owned()];
    request.ports = ports.to_vec();
    request.password = Some(Password::new(PASSWORD.to_owned()));
    request.timeout = Duration::from_secs(2);
    let mut overrides = Overrides::default();
    overrides.insert(host, address);
    request.overrides = overrides;
    request.schedule = Schedule::Parallel {
        stagger: Duration::from_millis(5),
    };
    request
}

/// How a scripted IMAP or POP3 server misbehaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A well-behaved server.
    Normal,
    /// Injects a line after its go-ahead for STARTTLS/STLS, in the same packet.
    InjectAfterStarttls,
    /// Answers CAPABILITY (or CAPA) with lines that never end the answer.
    EndlessUntagged,
    /// Announces a literal of 4 GB in its CAPABILITY answer.
    HugeLiteral,
    /// Sends a greeting that never ends its line.
    NoLineEnd,
    /// Ends every line with a bare LF.
    BareLf,
    /// Closes the connection in the middle of its CAPABILITY answer.
    CloseMidReply,
}

/// Starts a scripted IMAP (`pop3` false) or POP3 server; `mode` as for
/// SMTP. It accepts [`USER`] / [`PASSWORD`] and counts login commands.
pub async fn serve_incoming(
    address: IpAddr,
    port: u16,
    host: &str,
    pop3: bool,
    mode: Mode,
    quirk: Incoming,
) -> SharedLog {
    let acceptor = TlsAcceptor::from(server_config(host, Cert::Good));
    listen(address, port, move |tcp, log| {
        incoming_session(tcp, pop3, mode, quirk, acceptor.clone(), log)
    })
    .await
}

async fn incoming_session(
    tcp: tokio::net::TcpStream,
    pop3: bool,
    mode: Mode,
    quirk: Incoming,
    acceptor: TlsAcceptor,
    log: SharedLog,
) -> std::io::Result<()> {
    let mut stream: Stream = Box::new(tcp);
    let mut tls = false;
    if mode == Mode::ImplicitTls {
        stream = Box::new(acceptor.accept(stream).await?);
        tls = true;
    }
    let end = if quirk == Incoming::BareLf { "\n" } else { "\r\n" };
    if quirk == Incoming::NoLineEnd {
        stream
            .write_all(if pop3 { b"+OK slow" } else { b"* OK slow" })
            .await?;
        for _ in 0..100_000 {
            if stream.write_all(b"o").await.is_err() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        return Ok(());
    }
    let greeting = if pop3 {
        "+OK scripted POP3 ready"
    } else {
        "* OK scripted IMAP ready"
    };
    stream.write_all(format!("{greeting}{end}").as_bytes()).await?;
    let mut reader = BufReader::new(stream);
    loop {
        let Some(line) = next_line(&mut reader, &log, tls).await? else {
            return Ok(());
        };
        let (tag, command) = if pop3 {
            (String::new(), line.clone())
        } else {
            let (tag, rest) = line.split_once(' ').unwrap_or((&line, ""));
            (tag.to_owned(), rest.to_owned())
        };
        let upper = command.to_ascii_uppercase();
        let offers_tls = mode == Mode::Starttls && !tls;
        let mut out = String::new();
        let reply_ok = |text: &str| {
            if pop3 {
                format!("+OK {text}")
            } else {
                format!("{tag} OK {text}")
            }
        };
        let reply_no = |text: &str| {
            if pop3 {
                format!("-ERR [AUTH] {text}")
            } else {
                format!("{tag} NO [AUTHENTICATIONFAILED] {text}")
            }
        };
        if upper == "CAPABILITY" || upper == "CAPA" {
            match quirk {
                Incoming::EndlessUntagged => {
                    for _ in 0..100_000 {
                        let more: &[u8] = if pop3 {
                            b"X-MORE\r\n"
                        } else {
                            b"* OK still thinking\r\n"
                        };
                        if reader.get_mut().write_all(more).await.is_err() {
                            return Ok(());
                        }
                    }
                    return Ok(());
                }
                Incoming::HugeLiteral if !pop3 => {
                    reader
                        .get_mut()
                        .write_all(b"* CAPABILITY IMAP4rev1 {4294967296}\r\n")
                        .await?;
                    continue;
                }
                Incoming::CloseMidReply => {
                    reader.get_mut().write_all(b"* CAPABILITY IMAP4re").await?;
                    return Ok(());
                }
                _ => {}
            }
            if pop3 {
                out.push_str(&format!("+OK{end}USER{end}SASL PLAIN{end}"));
                if offers_tls {
                    out.push_str(&format!("STLS{end}"));
                }
                out.push('.');
            } else {
                out.push_str("* CAPABILITY IMAP4rev1 SASL-IR");
                if offers_tls {
                    out.push_str(" STARTTLS LOGINDISABLED");
                } else {
                    out.push_str(" AUTH=PLAIN");
                }
                out.push_str(end);
                out.push_str(&reply_ok("done"));
            }
        } else if (upper == "STARTTLS" || upper == "STLS") && offers_tls {
            let go = reply_ok("Begin TLS");
            let injected = if quirk == Incoming::InjectAfterStarttls {
                if pop3 {
                    "+OK injected\r\n"
                } else {
                    "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n"
                }
            } else {
                ""
            };
            reader
                .get_mut()
                .write_all(format!("{go}{end}{injected}").as_bytes())
                .await?;
            let plain = reader.into_inner();
            let upgraded: Stream = Box::new(acceptor.accept(plain).await?);
            reader = BufReader::new(upgraded);
            tls = true;
            continue;
        } else if upper.starts_with("AUTHENTICATE PLAIN")
            || upper.starts_with("AUTH PLAIN")
            || upper.starts_with("LOGIN ")
            || upper.starts_with("USER ")
            || upper.starts_with("PASS ")
        {
            if upper.starts_with("USER ") {
                out.push_str(&reply_ok("send PASS"));
            } else {
                log.lock().unwrap().auth_commands += 1;
                let words: Vec<&str> = command.split_whitespace().collect();
                let (user, password) = if upper.starts_with("PASS ") {
                    let user = log
                        .lock()
                        .unwrap()
                        .lines
                        .iter()
                        .rev()
                        .find_map(|l| l.strip_prefix("USER ").map(str::to_owned))
                        .unwrap_or_default();
                    (user, command[5..].to_owned())
                } else if upper.starts_with("LOGIN ") {
                    let unquote = |s: &str| s.trim_matches('"').replace("\\\"", "\"").replace("\\\\", "\\");
                    let rest = &command[6..];
                    let (user, password) = rest
                        .split_once("\" \"")
                        .map_or((rest.to_owned(), String::new()), |(u, p)| {
                            (u.to_owned(), p.to_owned())
                        });
                    (unquote(&user), unquote(&password))
                } else {
                    let decoded = STANDARD.decode(words.last().unwrap_or(&"")).unwrap_or_default();
                    let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
                    let field = |i: usize| {
                        String::from_utf8_lossy(parts.get(i).copied().unwrap_or_default()).into_owned()
                    };
                    (field(1), field(2))
                };
                if user == USER && password == PASSWORD {
                    out.push_str(&reply_ok("Logged in"));
                } else {
                    out.push_str(&reply_no("Authentication failed."));
                }
            }
        } else if upper == "LOGOUT" || upper == "QUIT" {
            let bye = if pop3 {
                "+OK bye".to_owned()
            } else {
                format!("* BYE bye{end}{tag} OK done")
            };
            reader
                .get_mut()
                .write_all(format!("{bye}{end}").as_bytes())
                .await?;
            return Ok(());
        } else if pop3 {
            out.push_str("-ERR unknown command");
        } else {
            out.push_str(&format!("{tag} BAD unknown command"));
        }
        out.push_str(end);
        reader.get_mut().write_all(out.as_bytes()).await?;
    }
}

/// Makes `address:port` behave like a port behind a firewall that drops
/// packets: connects never complete. (A listener that never accepts, whose
/// one-place queue is already full: Linux then drops further SYNs.)
pub async fn filtered(address: IpAddr, port: u16) {
    let socket = if address.is_ipv6() {
        tokio::net::TcpSocket::new_v6()
    } else {
        tokio::net::TcpSocket::new_v4()
    }
    .unwrap();
    socket.bind(SocketAddr::new(address, port)).unwrap();
    let listener = socket.listen(0).unwrap();
    let filler = tokio::net::TcpStream::connect(SocketAddr::new(address, port))
        .await
        .unwrap();
    // Both live as long as the test process.
    std::mem::forget(listener);
    std::mem::forget(filler);
}

/// What a dialogue server does in answer to a line (see [`serve_dialogue`]).
#[derive(Clone, Debug)]
pub enum Say {
    /// These bytes, in one write (one packet: the sockets have no delay).
    Bytes(String),
    /// Starts TLS (after what was said before it).
    StartTls,
    /// This line every `interval`, until the client leaves.
    Drip(String, Duration),
    /// Says nothing more to this line.
    Silence,
    /// Closes the connection.
    Close,
}

/// The client's lines so far on one connection, for a dialogue's answers.
pub type Heard<'a> = &'a [String];

/// Starts a server that greets with `greeting` (TLS first when
/// `implicit_tls`) and answers each line the client sends with what
/// `answer` says, given that line and every line before it on the
/// connection. For servers no real one imitates: answers sent before the
/// question, greetings that lie.
pub async fn serve_dialogue<F>(
    address: IpAddr,
    port: u16,
    host: &str,
    implicit_tls: bool,
    greeting: &str,
    answer: F,
) -> SharedLog
where
    F: Fn(&str, Heard<'_>) -> Vec<Say> + Send + Sync + 'static,
{
    serve_dialogue_with(
        server_config(host, Cert::Good),
        address,
        port,
        implicit_tls,
        greeting,
        answer,
    )
    .await
}

/// As [`serve_dialogue`], with this TLS configuration; an empty `greeting`
/// closes the connection instead (right after the handshake on an
/// implicit-TLS port).
pub async fn serve_dialogue_with<F>(
    config: Arc<rustls::ServerConfig>,
    address: IpAddr,
    port: u16,
    implicit_tls: bool,
    greeting: &str,
    answer: F,
) -> SharedLog
where
    F: Fn(&str, Heard<'_>) -> Vec<Say> + Send + Sync + 'static,
{
    let acceptor = TlsAcceptor::from(config);
    let greeting = greeting.to_owned();
    let answer = Arc::new(answer);
    listen(address, port, move |tcp, log| {
        dialogue(
            tcp,
            implicit_tls,
            greeting.clone(),
            answer.clone(),
            acceptor.clone(),
            log,
        )
    })
    .await
}

async fn dialogue<F>(
    tcp: tokio::net::TcpStream,
    implicit_tls: bool,
    greeting: String,
    answer: Arc<F>,
    acceptor: TlsAcceptor,
    log: SharedLog,
) -> std::io::Result<()>
where
    F: Fn(&str, Heard<'_>) -> Vec<Say> + Send + Sync + 'static,
{
    let mut stream: Stream = Box::new(tcp);
    let mut tls = implicit_tls;
    if implicit_tls {
        stream = Box::new(acceptor.accept(stream).await?);
    }
    if greeting.is_empty() {
        return Ok(());
    }
    stream.write_all(greeting.as_bytes()).await?;
    let mut reader = BufReader::new(stream);
    let mut heard = Vec::new();
    loop {
        let Some(line) = next_line(&mut reader, &log, tls).await? else {
            return Ok(());
        };
        let says = answer(&line, &heard);
        heard.push(line);
        for say in says {
            match say {
                Say::Bytes(bytes) => reader.get_mut().write_all(bytes.as_bytes()).await?,
                Say::StartTls => {
                    let plain = reader.into_inner();
                    let upgraded: Stream = Box::new(acceptor.accept(plain).await?);
                    reader = BufReader::new(upgraded);
                    tls = true;
                }
                Say::Drip(line, interval) => loop {
                    reader.get_mut().write_all(line.as_bytes()).await?;
                    tokio::time::sleep(interval).await;
                },
                Say::Silence => {}
                Say::Close => return Ok(()),
            }
        }
    }
}

/// A request for every protocol in `protocols` (all three when empty) at
/// the scripted servers of `address`, under the name `HOST` of the tests.
pub fn request_for(host: &str, address: IpAddr, protocols: &[mailsetup::report::Protocol]) -> Request {
    let mut request = request(host, address, &[465]);
    request.protocols = protocols.to_vec();
    request
}

/// The last attempt of `protocol` on `port`.
pub fn attempt_on(
    report: &mailsetup::report::Report,
    protocol: mailsetup::report::Protocol,
    port: u16,
) -> &mailsetup::report::Attempt {
    report
        .attempts
        .iter()
        .rev()
        .find(|a| a.protocol == protocol && a.port == port)
        .unwrap_or_else(|| panic!("no {protocol:?} attempt on {port} in {:#?}", report.attempts))
}
