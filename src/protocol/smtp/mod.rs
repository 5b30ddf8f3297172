//! The SMTP submission dialogue. `reply`, `ehlo` and `command` are pure;
//! `dialogue` talks to a server and sends the password.

pub mod command;
pub(crate) mod dialogue;
pub mod ehlo;
pub mod reply;

use crate::wire::connection::{Connection, Io, SessionError};
use reply::{parse_reply, Reply};

/// Reads one whole SMTP reply (all its lines) under the connection's
/// deadline.
///
/// # Errors
///
/// [`SessionError`] on timeout, close, socket error or a malformed reply.
pub async fn read_reply<S: Io>(conn: &mut Connection<S>) -> Result<Reply, SessionError> {
    conn.read_frame(parse_reply).await
}

/// Sends a command line and reads its reply.
///
/// # Errors
///
/// As [`Connection::send`] and [`read_reply`].
pub async fn command<S: Io>(conn: &mut Connection<S>, line: &str) -> Result<Reply, SessionError> {
    conn.send(line.as_bytes()).await?;
    read_reply(conn).await
}
