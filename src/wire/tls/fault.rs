//! What a failed certificate check or handshake means, in the categories
//! a person can act on.

use rustls::CertificateError;

/// What went wrong with a certificate, in the categories a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    /// No path to a trusted root: self-signed, or a private CA.
    Untrusted,
    /// Outside its validity dates.
    Expired,
    /// Valid, but not for the server name that was used.
    NameMismatch,
    /// A key or signature too weak for today's rules (1024-bit RSA, SHA-1).
    Weak,
    /// Anything else the verifier refused (bad signature, wrong usage...).
    Other(String),
}

impl CertProblem {
    pub(super) fn from_error(error: &rustls::Error) -> Self {
        match error {
            rustls::Error::InvalidCertificate(e) => match e {
                CertificateError::UnknownIssuer => Self::Untrusted,
                CertificateError::BadSignature
                | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
                | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => Self::Weak,
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

/// TLS could not be set up for a check: the person's certificate file,
/// or (a bug, not anyone's doing) the TLS library's configuration.
#[derive(Debug, thiserror::Error)]
pub enum TlsSetupError {
    /// The extra trusted-certificate file is unusable: the person named it.
    #[error("cannot use the certificate file {path}: {why}")]
    CaFile {
        /// The file as named.
        path: String,
        /// What was wrong with it.
        why: String,
    },
    /// The TLS library refused its configuration.
    #[error("TLS setup failed: {0}")]
    Config(String),
}

/// A TLS failure that needs advice of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsFault {
    /// The server speaks only TLS versions older than 1.2 (or closes the
    /// connection at our ClientHello).
    OldVersion,
    /// The server wants a client certificate.
    ClientCertificateRequired,
    /// The certificate's key or signature is too weak.
    WeakKey,
}

/// What a failed handshake or a TLS read says about its cause, for the
/// failures that need their own advice.
pub(crate) fn failure_fault(error: &std::io::Error) -> Option<TlsFault> {
    use rustls::{AlertDescription, PeerIncompatible};
    if matches!(
        error.kind(),
        std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset
    ) {
        // A server that cannot speak TLS 1.2 or later closes the connection
        // at our ClientHello rather than answer it.
        return Some(TlsFault::OldVersion);
    }
    let rustls_error = error.get_ref()?.downcast_ref::<rustls::Error>()?;
    match rustls_error {
        rustls::Error::AlertReceived(AlertDescription::ProtocolVersion)
        | rustls::Error::PeerIncompatible(
            PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig | PeerIncompatible::Tls12NotOffered,
        ) => Some(TlsFault::OldVersion),
        rustls::Error::AlertReceived(
            AlertDescription::CertificateRequired | AlertDescription::BadCertificate,
        )
        | rustls::Error::NoCertificatesPresented => Some(TlsFault::ClientCertificateRequired),
        invalid @ rustls::Error::InvalidCertificate(_)
            if CertProblem::from_error(invalid) == CertProblem::Weak =>
        {
            Some(TlsFault::WeakKey)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handshake_failures_that_need_their_own_advice() {
        use rustls::AlertDescription;
        let io = |e: rustls::Error| std::io::Error::new(std::io::ErrorKind::InvalidData, e);
        assert_eq!(
            failure_fault(&io(rustls::Error::AlertReceived(
                AlertDescription::CertificateRequired
            ))),
            Some(TlsFault::ClientCertificateRequired)
        );
        assert_eq!(
            failure_fault(&io(rustls::Error::AlertReceived(
                AlertDescription::ProtocolVersion
            ))),
            Some(TlsFault::OldVersion)
        );
        assert_eq!(
            failure_fault(&io(rustls::Error::InvalidCertificate(
                CertificateError::BadSignature
            ))),
            Some(TlsFault::WeakKey)
        );
        assert_eq!(
            failure_fault(&std::io::Error::from(std::io::ErrorKind::UnexpectedEof)),
            Some(TlsFault::OldVersion)
        );
        assert_eq!(
            failure_fault(&io(rustls::Error::AlertReceived(
                AlertDescription::HandshakeFailure
            ))),
            None
        );
    }

    #[test]
    fn certificate_errors_map_to_what_the_user_can_do() {
        for (error, problem) in [
            (CertificateError::UnknownIssuer, CertProblem::Untrusted),
            (CertificateError::Expired, CertProblem::Expired),
            (CertificateError::NotValidYet, CertProblem::Expired),
            (CertificateError::NotValidForName, CertProblem::NameMismatch),
            // A 1024-bit RSA key fails its signature check: weak, not "untrusted".
            (CertificateError::BadSignature, CertProblem::Weak),
        ] {
            let error = rustls::Error::InvalidCertificate(error);
            assert_eq!(CertProblem::from_error(&error), problem, "{error}");
        }
    }
}
