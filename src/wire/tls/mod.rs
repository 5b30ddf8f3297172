//! TLS for every protocol the probe speaks: which roots are trusted, and a
//! verifier that remembers the server's certificate and the verdict on it,
//! so that a failed handshake can still say *why* and *for which names*.

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{verify_server_name, WebPkiServerVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;
use x509_parser::prelude::{FromDer, X509Certificate};

use crate::wire::certificate::CertificateInfo;

mod anchor;
mod fault;
mod files;

pub use crate::wire::certificate::{Root, TrustedBy};
pub use anchor::WebRoots;

pub(crate) use fault::failure_fault;
pub use fault::{CertProblem, TlsFault, TlsSetupError};
pub use files::{load_pem_certificates, normalise_fingerprint};

/// The roots a certificate may lead to: the operating system's store (so
/// that company CAs installed there work), Mozilla's list from
/// `webpki-roots`, and any file the user named.
#[derive(Debug, Clone)]
pub struct TrustStore {
    roots: Arc<RootCertStore>,
    /// SHA-256 fingerprints (`AB:CD:...`) of certificates the user accepted
    /// by hand, for one check: see [`TrustStore::danger_accept_certificates`].
    danger_accepted: Arc<Vec<String>>,
    /// Intermediate certificates of chains that verified, shared by every
    /// connection of a check: a server that sends its certificate alone
    /// on one port and the whole chain on another is missing an
    /// intermediate, not untrusted (browsers keep such a cache too). They
    /// never make a certificate trusted; they only name the cause.
    seen_intermediates: Arc<Mutex<Vec<CertificateDer<'static>>>>,
    /// Who made each root trusted (Mozilla's list, the person, the system).
    anchors: Arc<anchor::Anchors>,
}

impl TrustStore {
    /// System roots + webpki roots + `extra`.
    #[must_use]
    pub fn system_with(extra: &[CertificateDer<'static>]) -> Self {
        let mut roots = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        // Unreadable system certificates are skipped: one broken file in
        // /etc/ssl must not stop the check.
        let native = rustls_native_certs::load_native_certs();
        let mut anchors = anchor::Anchors::default();
        anchors.add(&roots.roots, TrustedBy::Public);
        anchors.add(&anchor::anchors_of(extra), TrustedBy::You);
        anchors.add(&anchor::anchors_of(&native.certs), TrustedBy::System);
        roots.add_parsable_certificates(native.certs);
        roots.add_parsable_certificates(extra.iter().cloned());
        Self::of(roots, anchors)
    }

    /// Only `extra`: for tests that must not depend on the machine's store.
    #[must_use]
    pub fn only(extra: &[CertificateDer<'static>]) -> Self {
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(extra.iter().cloned());
        let mut anchors = anchor::Anchors::default();
        anchors.add(&roots.roots, TrustedBy::You);
        Self::of(roots, anchors)
    }

    /// A store of these roots, with no exception and nothing seen yet.
    fn of(roots: RootCertStore, anchors: anchor::Anchors) -> Self {
        Self {
            roots: Arc::new(roots),
            danger_accepted: Arc::default(),
            seen_intermediates: Arc::default(),
            anchors: Arc::new(anchors),
        }
    }

    /// Also accepts the certificates with these SHA-256 fingerprints when no
    /// trusted root vouches for them (self-signed, or a private CA) — a
    /// security exception the user made after comparing the fingerprint.
    /// Such a certificate must still be valid for the server name and
    /// within its dates, and the server must still prove it holds its key.
    /// Attempts that rely on it are marked `certificate_exception`.
    ///
    /// Fingerprints are compared without regard to case or colons.
    #[must_use]
    pub fn danger_accept_certificates(mut self, fingerprints: &[String]) -> Self {
        let normalised = fingerprints
            .iter()
            .filter_map(|f| normalise_fingerprint(f))
            .collect();
        self.danger_accepted = Arc::new(normalised);
        self
    }

    /// A client configuration for HTTPS lookups: the same roots, strictly
    /// (a certificate accepted by hand for a mail server is not accepted
    /// for a web server); and where it writes the root each web server's
    /// chain led to.
    pub(crate) fn https_config(&self) -> Result<(ClientConfig, Arc<WebRoots>), TlsSetupError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let inner = WebPkiServerVerifier::builder_with_provider(self.roots.clone(), provider.clone())
            .build()
            .map_err(|e| TlsSetupError::Config(e.to_string()))?;
        let roots = Arc::new(WebRoots::default());
        let verifier = Arc::new(anchor::RootRecorder::new(
            inner,
            self.anchors.clone(),
            roots.clone(),
        ));
        let mut config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsSetupError::Config(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok((config, roots))
    }

    /// A connector for one connection, and the record of what it sees.
    pub(crate) fn connector(&self) -> Result<(TlsConnector, Arc<CertRecord>), TlsSetupError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let inner = WebPkiServerVerifier::builder_with_provider(self.roots.clone(), provider.clone())
            .build()
            .map_err(|e| TlsSetupError::Config(e.to_string()))?;
        let record = Arc::new(CertRecord::default());
        let verifier = Arc::new(RecordingVerifier {
            inner,
            record: record.clone(),
            danger_accepted: self.danger_accepted.clone(),
            seen_intermediates: self.seen_intermediates.clone(),
            anchors: self.anchors.clone(),
        });
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsSetupError::Config(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_client_cert_resolver(Arc::new(NoClientCertificate {
                record: record.clone(),
            }));
        Ok((TlsConnector::from(Arc::new(config)), record))
    }
}

/// What the verifier saw of the server's certificate during one handshake.
#[derive(Debug, Clone)]
pub(crate) struct SeenCertificate {
    pub(crate) info: CertificateInfo,
    /// Why it was refused; `None` when it was accepted.
    pub(crate) problem: Option<CertProblem>,
    /// Accepted only through the user's exception for its fingerprint.
    pub(crate) by_exception: bool,
    /// The server sent its certificate alone, without intermediates.
    pub(crate) sent_alone: bool,
    /// Refused as untrusted, but it verifies with an intermediate that
    /// another connection of this check was sent: the server left it out.
    pub(crate) completes_with_seen_intermediate: bool,
}

/// What the verifier saw during one handshake.
#[derive(Debug, Default)]
pub(crate) struct CertRecord {
    seen: Mutex<Option<SeenCertificate>>,
    /// The server sent a CertificateRequest.
    client_certificate_asked: std::sync::atomic::AtomicBool,
}

impl CertRecord {
    /// The server's certificate and the verdict on it.
    pub(crate) fn take(&self) -> Option<SeenCertificate> {
        self.seen.lock().ok()?.take()
    }

    /// The server asked for a client certificate (none is ever sent). A
    /// handshake or first read that fails after that is the server
    /// refusing a client without one, whatever alert (or none) it sends.
    pub(crate) fn client_certificate_asked(&self) -> bool {
        self.client_certificate_asked
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Sends no client certificate, and notes that the server asked for one.
#[derive(Debug)]
struct NoClientCertificate {
    record: Arc<CertRecord>,
}

impl rustls::client::ResolvesClientCert for NoClientCertificate {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[rustls::SignatureScheme],
    ) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.record
            .client_certificate_asked
            .store(true, std::sync::atomic::Ordering::Relaxed);
        None
    }

    fn has_certs(&self) -> bool {
        false
    }
}

/// Delegates every decision to webpki and writes down what it decided.
/// The one exception: a certificate no root vouches for, whose fingerprint
/// the user accepted, which is valid for the name and within its dates.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    record: Arc<CertRecord>,
    danger_accepted: Arc<Vec<String>>,
    seen_intermediates: Arc<Mutex<Vec<CertificateDer<'static>>>>,
    anchors: Arc<anchor::Anchors>,
}

/// Intermediates kept from a check, at most.
const MAX_SEEN_INTERMEDIATES: usize = 16;

impl RecordingVerifier {
    /// Keeps the intermediates of a chain that verified.
    fn keep_intermediates(&self, intermediates: &[CertificateDer<'_>]) {
        let Ok(mut seen) = self.seen_intermediates.lock() else {
            return;
        };
        for intermediate in intermediates {
            if seen.len() < MAX_SEEN_INTERMEDIATES
                && !seen.iter().any(|s| s.as_ref() == intermediate.as_ref())
            {
                seen.push(intermediate.clone().into_owned());
            }
        }
    }

    /// Whether a certificate sent alone verifies with the intermediates
    /// other connections of this check were sent.
    fn completes_with_seen(
        &self,
        end_entity: &CertificateDer<'_>,
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> bool {
        let seen = match self.seen_intermediates.lock() {
            Ok(seen) if !seen.is_empty() => seen.clone(),
            _ => return false,
        };
        self.inner
            .verify_server_cert(end_entity, &seen, server_name, ocsp_response, now)
            .is_ok()
    }
    /// Whether the user's exception covers this certificate for this name now.
    fn danger_excepted(
        &self,
        info: &CertificateInfo,
        end_entity: &CertificateDer<'_>,
        server_name: &ServerName<'_>,
        now: UnixTime,
    ) -> bool {
        if !self.danger_accepted.contains(&info.sha256) {
            return false;
        }
        let for_name = ParsedCertificate::try_from(end_entity)
            .and_then(|parsed| verify_server_name(&parsed, server_name))
            .is_ok();
        let within_dates = X509Certificate::from_der(end_entity).is_ok_and(|(_, cert)| {
            let now = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
            cert.validity().not_before.timestamp() <= now && now <= cert.validity().not_after.timestamp()
        });
        for_name && within_dates
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let mut verdict =
            self.inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now);
        if let Some(mut info) = CertificateInfo::from_der(end_entity) {
            let mut problem = verdict.as_ref().err().map(|e| match CertProblem::from_error(e) {
                // `openssl req -x509` marks its self-signed certificates as a
                // CA, which webpki refuses as "CA used as end entity" before
                // it gets to trust. For the user it is the same: nobody vouches.
                CertProblem::Other(_) if info.self_signed => CertProblem::Untrusted,
                problem => problem,
            });
            let by_exception = problem == Some(CertProblem::Untrusted)
                && self.danger_excepted(&info, end_entity, server_name, now);
            if by_exception {
                problem = None;
                verdict = Ok(ServerCertVerified::assertion());
            }
            if verdict.is_ok() && !by_exception {
                self.keep_intermediates(intermediates);
                info.root = self.anchors.of_chain(end_entity, intermediates);
            }
            let completes_with_seen_intermediate = problem == Some(CertProblem::Untrusted)
                && intermediates.is_empty()
                && self.completes_with_seen(end_entity, server_name, ocsp_response, now);
            if let Ok(mut seen) = self.record.seen.lock() {
                *seen = Some(SeenCertificate {
                    info,
                    problem,
                    by_exception,
                    sent_alone: intermediates.is_empty(),
                    completes_with_seen_intermediate,
                });
            }
        }
        verdict
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}
