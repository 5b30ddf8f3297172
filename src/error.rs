//! Errors that stop a probe before it can try anything. Everything that
//! happens *during* a check (port closed, password refused) is an
//! [`Outcome`](crate::report::Outcome) in the report instead.

use crate::tr;

/// The probe could not start. Said in the person's language (`checking.ftl`).
#[derive(Debug)]
pub enum ProbeError {
    /// The email address is not of the form `name@domain`.
    InvalidEmail(String),
    /// A `--server` value that is not a host name.
    InvalidServer(String),
    /// Port 0 cannot be connected to.
    InvalidPort(u16),
    /// A user name was given, but it is empty.
    EmptyUsername,
    /// The extra trusted-certificate file is unusable: the user named it.
    CaFile {
        /// The file as named.
        path: String,
        /// What was wrong with it.
        why: String,
    },
    /// The TLS library refused its configuration (a bug, not the user's doing).
    Tls(String),
}

impl std::fmt::Display for ProbeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            Self::InvalidEmail(text) => tr!("error-invalid-email", text = format!("{text:?}")),
            Self::InvalidServer(text) => tr!("error-invalid-server", text = format!("{text:?}")),
            Self::InvalidPort(port) => tr!("error-invalid-port", port = port.to_string()),
            Self::EmptyUsername => tr!("error-empty-username"),
            Self::CaFile { path, why } => tr!("error-ca-file", path = path.as_str(), why = why.as_str()),
            Self::Tls(why) => tr!("error-tls", why = why.as_str()),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for ProbeError {}

impl From<crate::wire::tls::TlsSetupError> for ProbeError {
    fn from(error: crate::wire::tls::TlsSetupError) -> Self {
        use crate::wire::tls::TlsSetupError;
        match error {
            TlsSetupError::CaFile { path, why } => Self::CaFile { path, why },
            TlsSetupError::Config(why) => Self::Tls(why),
        }
    }
}
