//! What a server's certificate says: names, issuer, dates, fingerprint.

use serde::Serialize;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use x509_parser::oid_registry::OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS;
use x509_parser::prelude::{FromDer, GeneralName, ParsedExtension, X509Certificate};

use crate::wire::printable::printable;

/// The facts of a certificate that a user or help desk needs to decide.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CertificateInfo {
    /// Distinguished name of the subject.
    pub subject: String,
    /// Distinguished name of the issuer.
    pub issuer: String,
    /// Start of validity, RFC 3339.
    pub not_before: String,
    /// End of validity, RFC 3339.
    pub not_after: String,
    /// DNS names (and IP addresses) it is valid for, from subjectAltName.
    pub names: Vec<String>,
    /// SHA-256 of the DER encoding, colon-separated upper-case hex, as
    /// browsers and `openssl x509 -fingerprint -sha256` show it.
    pub sha256: String,
    /// Issuer and subject are the same: nobody vouches for it.
    pub self_signed: bool,
    /// It has no subjectAltName: `names` come from the subject's CN, which
    /// current TLS clients (rustls, browsers) no longer accept.
    pub common_name_only: bool,
    /// It says where its issuer's certificate can be fetched (Authority
    /// Information Access): issued by a public CA's intermediate, so a
    /// server that sends it alone has left out its chain.
    #[serde(skip)]
    pub names_issuer_url: bool,
    /// The root the chain led to, when it verified, and who made that
    /// root trusted: a public authority, the person's certificate file, or
    /// only this computer's trust store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<Root>,
}

/// Who made a root trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrustedBy {
    /// A public certificate authority (Mozilla's list, `webpki-roots`).
    Public,
    /// A certificate file the person named (`--ca-file`, Advanced).
    You,
    /// Only this computer's own trust store.
    System,
}

/// The root a verified chain led to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Root {
    /// Its name (`CN=…, O=…`), escaped.
    pub name: String,
    /// Who made it trusted.
    pub trusted_by: TrustedBy,
}

impl CertificateInfo {
    /// Reads a DER certificate. `None` when it cannot be parsed (the TLS
    /// verdict still stands; only the description is missing).
    #[must_use]
    pub fn from_der(der: &[u8]) -> Option<Self> {
        let (_, cert) = X509Certificate::from_der(der).ok()?;
        let mut names = Vec::new();
        if let Ok(Some(san)) = cert.subject_alternative_name() {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(dns) => names.push(printable(dns)),
                    GeneralName::IPAddress(ip) => {
                        if let Some(addr) = ip_from_bytes(ip) {
                            names.push(addr.to_string());
                        }
                    }
                    _ => {}
                }
            }
        }
        let common_name_only = names.is_empty();
        if common_name_only {
            // Old certificates name the host only in the subject's CN.
            names.extend(
                cert.subject()
                    .iter_common_name()
                    .filter_map(|cn| cn.as_str().ok().map(printable)),
            );
        }
        let format = |t: x509_parser::time::ASN1Time| {
            t.to_datetime().format(&Rfc3339).unwrap_or_else(|_| t.to_string())
        };
        Some(Self {
            subject: printable(&cert.subject().to_string()),
            issuer: printable(&cert.issuer().to_string()),
            not_before: format(cert.validity().not_before),
            not_after: format(cert.validity().not_after),
            names,
            sha256: fingerprint(der),
            self_signed: cert.subject() == cert.issuer(),
            common_name_only,
            names_issuer_url: cert.extensions().iter().any(|e| {
                matches!(e.parsed_extension(), ParsedExtension::AuthorityInfoAccess(aia)
                    if aia.accessdescs.iter().any(|d| d.access_method == OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS))
            }),
            root: None,
        })
    }
}

/// SHA-256 fingerprint as `AB:CD:...`.
#[must_use]
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// A fingerprint from [`fingerprint`] as two halves of 16 bytes: the way it
/// is easiest to compare by eye, and narrow enough for a text report.
#[must_use]
pub fn fingerprint_halves(fingerprint: &str) -> (&str, &str) {
    // "AB:" is three characters; 16 of them end the first half.
    fingerprint.split_at(fingerprint.len().min(16 * 3))
}

fn ip_from_bytes(bytes: &[u8]) -> Option<std::net::IpAddr> {
    match bytes.len() {
        4 => <[u8; 4]>::try_from(bytes).ok().map(std::net::IpAddr::from),
        16 => <[u8; 16]>::try_from(bytes).ok().map(std::net::IpAddr::from),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_dates_and_fingerprint() {
        let mut params =
            rcgen::CertificateParams::new(vec!["mail.example.com".into(), "smtp.example.com".into()])
                .unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "mail.example.com");
        params.not_before = rcgen::date_time_ymd(2024, 1, 2);
        params.not_after = rcgen::date_time_ymd(2030, 3, 4);
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let info = CertificateInfo::from_der(cert.der()).unwrap();
        assert_eq!(info.names, vec!["mail.example.com", "smtp.example.com"]);
        assert!(info.subject.contains("mail.example.com"));
        assert!(info.self_signed);
        assert!(info.not_before.starts_with("2024-01-02"));
        assert!(info.not_after.starts_with("2030-03-04"));
        assert_eq!(info.sha256.len(), 32 * 3 - 1);
        assert_eq!(info.sha256, fingerprint(cert.der()));
    }

    #[test]
    fn garbage_is_not_a_certificate() {
        assert_eq!(CertificateInfo::from_der(b"not a certificate"), None);
    }
}
