//! SMTP commands this client sends, each a `Display` value ending in CRLF.
//!
//! AUTH lines carry the password and are built in [`crate::protocol::auth`]
//! instead, in buffers that are wiped after use.

use std::fmt;

/// A command without secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// RFC 5321 §4.1.1.1; the argument is the client's name or address literal.
    Ehlo(String),
    /// RFC 3207 §4.
    StartTls,
    /// RFC 4954 §4 without an initial response: the mechanism asks for
    /// the credentials in its own steps (LOGIN).
    Auth(crate::protocol::capabilities::Mechanism),
    /// RFC 5321 §4.1.1.10.
    Quit,
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ehlo(name) => write!(f, "EHLO {name}\r\n"),
            Self::StartTls => f.write_str("STARTTLS\r\n"),
            Self::Auth(mechanism) => write!(f, "AUTH {}\r\n", mechanism.name()),
            Self::Quit => f.write_str("QUIT\r\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_end_in_crlf() {
        assert_eq!(
            Command::Ehlo("[127.0.0.1]".into()).to_string(),
            "EHLO [127.0.0.1]\r\n"
        );
        assert_eq!(Command::StartTls.to_string(), "STARTTLS\r\n");
        assert_eq!(Command::Quit.to_string(), "QUIT\r\n");
    }
}
