//! The mail protocols' dialogues: SMTP (outgoing), IMAP and POP3
//! (incoming). Each reads what its server says with a pure, bounded parser
//! and reports typed facts (an [`Answer`], [`capabilities::Capabilities`],
//! a login result); what the facts mean for the person is the
//! verdict's business.

use std::time::Duration;

pub mod auth;
pub mod capabilities;
pub mod imap;
pub mod pop3;
pub mod smtp;

/// How long a goodbye (QUIT, LOGOUT) is given once the answer is known: the
/// verdict does not depend on it, so a server that never answers costs no more.
pub const QUIT_WAIT: Duration = Duration::from_millis(300);

/// What a server's answer to the greeting or to STARTTLS meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Go ahead; the server's words.
    Ok(String),
    /// Turned away for now (SMTP 4xx, IMAP BYE, POP3 `[SYS/TEMP]`).
    Busy(String),
    /// Refused (SMTP 5xx, POP3 -ERR, IMAP NO or BAD).
    Refused(String),
    /// IMAP `* PREAUTH`: "you are logged in already"; no login can follow.
    Preauthenticated(String),
}
