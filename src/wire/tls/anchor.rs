//! Which root a verified chain led to, and who put that root in the trust
//! store: Mozilla's public list, the person (a certificate file they
//! named), or the operating system alone — where company CAs live, and
//! the roots that antivirus programs and company proxies install to
//! decrypt connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::wire::certificate::{Root, TrustedBy};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, TrustAnchor, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use x509_parser::prelude::{FromDer, X509Certificate, X509Name};

/// The roots of a trust store by name, each with who made it trusted.
#[derive(Debug, Default)]
pub(super) struct Anchors {
    by_name: HashMap<String, TrustedBy>,
}

impl Anchors {
    /// Notes `anchors` as trusted by `who`, unless a source named earlier
    /// already trusts the same name (public before the person's before the
    /// system's).
    pub(super) fn add(&mut self, anchors: &[TrustAnchor<'_>], who: TrustedBy) {
        for anchor in anchors {
            if let Some(name) = anchor_name(anchor) {
                self.by_name.entry(name).or_insert(who);
            }
        }
    }

    /// The root a chain the verifier accepted leads to, by name, and who
    /// made it trusted: the issuer of the last certificate the server sent
    /// (or that certificate itself, when it is a root in the store).
    pub(super) fn of_chain(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
    ) -> Option<Root> {
        let top = intermediates.last().unwrap_or(end_entity);
        let (_, top) = X509Certificate::from_der(top).ok()?;
        let subject = top.subject().to_string();
        let issuer = top.issuer().to_string();
        let (name, &trusted_by) = [subject, issuer]
            .into_iter()
            .find_map(|name| self.by_name.get(&name).map(|who| (name.clone(), who)))?;
        Some(Root {
            name: crate::wire::printable::printable(&name),
            trusted_by,
        })
    }
}

/// A trust anchor's subject as x509-parser writes a name (`CN=…, O=…`).
/// The anchor holds the name's contents; the DER of a name wraps them in a
/// SEQUENCE.
fn anchor_name(anchor: &TrustAnchor<'_>) -> Option<String> {
    let contents: &[u8] = anchor.subject.as_ref();
    let mut der = vec![0x30];
    let length = contents.len();
    if length < 0x80 {
        der.push(u8::try_from(length).ok()?);
    } else {
        let bytes = length.to_be_bytes();
        let skip = bytes.iter().take_while(|&&b| b == 0).count();
        der.push(0x80 | u8::try_from(bytes.len() - skip).ok()?);
        der.extend_from_slice(&bytes[skip..]);
    }
    der.extend_from_slice(contents);
    let (_, name) = X509Name::from_der(&der).ok()?;
    Some(name.to_string())
}

/// The trust anchors of certificates (roots from a file or the system).
pub(super) fn anchors_of(certificates: &[CertificateDer<'static>]) -> Vec<TrustAnchor<'static>> {
    let mut store = rustls::RootCertStore::empty();
    store.add_parsable_certificates(certificates.iter().cloned());
    store.roots
}

/// The root each web server's chain led to, by server name.
#[derive(Debug, Default)]
pub struct WebRoots {
    by_host: Mutex<HashMap<String, Root>>,
}

impl WebRoots {
    /// The root `host`'s certificate led to, and who made it trusted.
    #[must_use]
    pub fn of(&self, host: &str) -> Option<Root> {
        self.by_host.lock().ok()?.get(&host.to_ascii_lowercase()).cloned()
    }
}

/// webpki's verdict, and the root of each chain it accepts written down.
#[derive(Debug)]
pub(super) struct RootRecorder {
    inner: Arc<WebPkiServerVerifier>,
    anchors: Arc<Anchors>,
    roots: Arc<WebRoots>,
}

impl RootRecorder {
    pub(super) fn new(inner: Arc<WebPkiServerVerifier>, anchors: Arc<Anchors>, roots: Arc<WebRoots>) -> Self {
        Self {
            inner,
            anchors,
            roots,
        }
    }
}

impl ServerCertVerifier for RootRecorder {
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
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)?;
        if let (Some(root), Ok(mut roots)) = (
            self.anchors.of_chain(end_entity, intermediates),
            self.roots.by_host.lock(),
        ) {
            roots.insert(server_name.to_str().to_ascii_lowercase(), root);
        }
        Ok(verdict)
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
