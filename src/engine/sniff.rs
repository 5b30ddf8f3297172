//! The first bytes a server sends on a port where a TLS handshake was
//! expected, kept so that a failed handshake can tell "this port speaks
//! plaintext" (a greeting where a TLS record should be) from other failures.

use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Remembers the first bytes the server sent, so that a failed TLS
/// handshake can tell "this port speaks plaintext SMTP" from other failures.
pub(crate) struct Sniff<S> {
    inner: S,
    first: Vec<u8>,
}

impl<S> Sniff<S> {
    const KEEP: usize = 4;

    pub(crate) fn new(inner: S) -> Self {
        Self {
            inner,
            first: Vec::with_capacity(Self::KEEP),
        }
    }

    pub(crate) fn looks_like_plaintext_greeting(&self) -> bool {
        let first = self.first.as_slice();
        (first.len() >= 3 && first[..3].iter().all(u8::is_ascii_digit))
            || first.starts_with(b"* ")
            || first.starts_with(b"+OK")
            || first.starts_with(b"-ERR")
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Sniff<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
        if self.first.len() < Self::KEEP {
            let room = Self::KEEP - self.first.len();
            let new = &buf.filled()[before..];
            let take = new.len().min(room);
            let bytes = new[..take].to_vec();
            self.first.extend_from_slice(&bytes);
        }
        poll
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Sniff<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
