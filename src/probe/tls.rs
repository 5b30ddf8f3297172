//! TLS for every protocol the probe speaks: which roots are trusted, and a
//! verifier that remembers the server's certificate and the verdict on it,
//! so that a failed handshake can still say *why* and *for which names*.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

use super::certificate::CertificateInfo;
use super::error::ProbeError;

/// The roots a certificate may lead to: the operating system's store (so
/// that company CAs installed there work), Mozilla's list from
/// `webpki-roots`, and any file the user named.
#[derive(Debug, Clone)]
pub struct TrustStore {
    roots: Arc<RootCertStore>,
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
        roots.add_parsable_certificates(native.certs);
        roots.add_parsable_certificates(extra.iter().cloned());
        Self {
            roots: Arc::new(roots),
        }
    }

    /// Only `extra`: for tests that must not depend on the machine's store.
    #[must_use]
    pub fn only(extra: &[CertificateDer<'static>]) -> Self {
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(extra.iter().cloned());
        Self {
            roots: Arc::new(roots),
        }
    }

    /// A connector for one connection, and the record of what it sees.
    pub(crate) fn connector(&self) -> Result<(TlsConnector, Arc<CertRecord>), ProbeError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let inner = WebPkiServerVerifier::builder_with_provider(self.roots.clone(), provider.clone())
            .build()
            .map_err(|e| ProbeError::Tls(e.to_string()))?;
        let record = Arc::new(CertRecord::default());
        let verifier = Arc::new(RecordingVerifier {
            inner,
            record: record.clone(),
        });
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| ProbeError::Tls(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        Ok((TlsConnector::from(Arc::new(config)), record))
    }
}

/// Reads every certificate from a PEM file (a company CA, a test CA).
///
/// # Errors
///
/// [`ProbeError::CaFile`] when the file cannot be read or holds no certificate.
pub fn load_pem_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, ProbeError> {
    let fail = |why: String| ProbeError::CaFile {
        path: path.display().to_string(),
        why,
    };
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| fail(e.to_string()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(e.to_string()))?;
    if certs.is_empty() {
        return Err(fail("no PEM certificate in it".to_owned()));
    }
    Ok(certs)
}

/// What went wrong with a certificate, in the categories a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    /// No path to a trusted root: self-signed, or a private CA.
    Untrusted,
    /// Outside its validity dates.
    Expired,
    /// Valid, but not for the server name that was used.
    NameMismatch,
    /// Anything else the verifier refused (bad signature, wrong usage...).
    Other(String),
}

impl CertProblem {
    fn from_error(error: &rustls::Error) -> Self {
        match error {
            rustls::Error::InvalidCertificate(e) => match e {
                CertificateError::UnknownIssuer | CertificateError::BadSignature => Self::Untrusted,
                CertificateError::Expired
                | CertificateError::ExpiredContext { .. }
                | CertificateError::NotValidYet
                | CertificateError::NotValidYetContext { .. } => Self::Expired,
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                    Self::NameMismatch
                }
                other => Self::Other(format!("{other:?}")),
            },
            other => Self::Other(other.to_string()),
        }
    }
}

/// What the verifier saw during one handshake.
#[derive(Debug, Default)]
pub(crate) struct CertRecord {
    seen: Mutex<Option<(CertificateInfo, Option<CertProblem>)>>,
}

impl CertRecord {
    /// The server's certificate and, if it was refused, why.
    pub(crate) fn take(&self) -> Option<(CertificateInfo, Option<CertProblem>)> {
        self.seen.lock().ok()?.take()
    }
}

/// Delegates every decision to webpki and writes down what it decided.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    record: Arc<CertRecord>,
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
        let verdict =
            self.inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now);
        if let Some(info) = CertificateInfo::from_der(end_entity) {
            let problem = verdict.as_ref().err().map(|e| match CertProblem::from_error(e) {
                // `openssl req -x509` marks its self-signed certificates as a
                // CA, which webpki refuses as "CA used as end entity" before
                // it gets to trust. For the user it is the same: nobody vouches.
                CertProblem::Other(_) if info.self_signed => CertProblem::Untrusted,
                problem => problem,
            });
            if let Ok(mut seen) = self.record.seen.lock() {
                *seen = Some((info, problem));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_errors_map_to_what_the_user_can_do() {
        let cert = |e| rustls::Error::InvalidCertificate(e);
        assert_eq!(
            CertProblem::from_error(&cert(CertificateError::UnknownIssuer)),
            CertProblem::Untrusted
        );
        assert_eq!(
            CertProblem::from_error(&cert(CertificateError::Expired)),
            CertProblem::Expired
        );
        assert_eq!(
            CertProblem::from_error(&cert(CertificateError::NotValidYet)),
            CertProblem::Expired
        );
        assert_eq!(
            CertProblem::from_error(&cert(CertificateError::NotValidForName)),
            CertProblem::NameMismatch
        );
    }
}
