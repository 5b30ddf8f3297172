//! Errors that stop a probe before it can try anything. Everything that
//! happens *during* a check (port closed, password refused) is an
//! [`Outcome`](crate::report::Outcome) in the report instead.

/// The probe could not start.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// The email address is not of the form `name@domain`.
    #[error("{0:?} is not an email address (expected name@domain, e.g. alice@example.com)")]
    InvalidEmail(String),
    /// A `--server` value that is not a host name.
    #[error("{0:?} is not a server name")]
    InvalidServer(String),
    /// Port 0 cannot be connected to.
    #[error("port {0} is not a port a server can listen on (1 to 65535)")]
    InvalidPort(u16),
    /// A user name was given, but it is empty.
    #[error("the user name is empty (leave it out to use the email address)")]
    EmptyUsername,
    /// The extra trusted-certificate file is unusable: the user named it.
    #[error("cannot use the certificate file {path}: {why}")]
    CaFile {
        /// The file as named.
        path: String,
        /// What was wrong with it.
        why: String,
    },
    /// The TLS library refused its configuration (a bug, not the user's doing).
    #[error("TLS setup failed: {0}")]
    Tls(String),
}

impl From<crate::wire::tls::TlsSetupError> for ProbeError {
    fn from(error: crate::wire::tls::TlsSetupError) -> Self {
        use crate::wire::tls::TlsSetupError;
        match error {
            TlsSetupError::CaFile { path, why } => Self::CaFile { path, why },
            TlsSetupError::Config(why) => Self::Tls(why),
        }
    }
}
