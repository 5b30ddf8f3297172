//! A line-protocol connection: buffered reads of whole replies under a
//! deadline, writes under a timeout. Generic over the stream so the same
//! code runs before and after TLS.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::{timeout_at, Instant};

/// Any byte stream a session can run over (TCP, TLS over TCP).
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// Why a read or write on an open connection failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// The server did not finish its reply (or take our bytes) in time.
    #[error("no complete answer within {} s", seconds(*.0))]
    Timeout(Duration),
    /// The server closed the connection.
    #[error("the server closed the connection")]
    Closed,
    /// A socket error.
    #[error("{0}")]
    Io(String),
    /// A TLS error after the handshake, with its cause when it needs
    /// advice of its own.
    #[error("{0}")]
    Tls(String, super::tls::TlsFault),
    /// The bytes are not a valid answer of the protocol spoken (the
    /// parser's words).
    #[error("{0}")]
    Frame(String),
    /// An IMAP or POP3 server broke its protocol's rules (a line or literal
    /// over the limit, an answer that cannot be read).
    #[error("{0}")]
    Protocol(String),
    /// Bytes were waiting when a command was about to be written: an
    /// answer sent before the question (CVE-2011-0411's class). Nothing
    /// read after this may count as the answer, so the command was not
    /// sent.
    #[error(
        "the server sent {0} bytes before it was asked (an answer written ahead of the question); stopped"
    )]
    Pipelined(usize),
}

impl SessionError {
    fn from_io(error: &std::io::Error) -> Self {
        match crate::wire::tls::failure_fault(error) {
            Some(fault) if error.get_ref().is_some_and(|e| e.is::<rustls::Error>()) => {
                Self::Tls(error.to_string(), fault)
            }
            _ => Self::Io(error.to_string()),
        }
    }
}

/// A duration in seconds as people write it: `6`, `2.5`, `0.3`.
#[must_use]
pub fn seconds(duration: Duration) -> String {
    let ms = duration.as_millis();
    if ms % 1000 == 0 {
        (ms / 1000).to_string()
    } else if ms % 100 == 0 {
        format!("{:.1}", duration.as_secs_f64())
    } else {
        format!("{:.2}", duration.as_secs_f64())
    }
}

/// A stream plus the bytes read from it but not yet parsed.
///
/// A reply counts as the answer to a command only when none of its bytes
/// had arrived before the command was written: [`Self::send`] refuses to
/// write while anything unread is waiting, whether already in the buffer
/// or readable from the stream at that moment.
pub struct Connection<S> {
    stream: S,
    buffer: Vec<u8>,
    timeout: Duration,
    /// A credential was written on this connection.
    secret_sent: bool,
    /// Commands sent so far, for protocols that number them (IMAP tags).
    sequence: u32,
    /// A close or error seen while looking for unasked bytes, kept for the
    /// next read or command to report.
    ended: Option<SessionError>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Connection<S> {
    /// Wraps a connected stream; `timeout` bounds each reply and each write.
    pub fn new(stream: S, timeout: Duration) -> Self {
        Self {
            stream,
            buffer: Vec::with_capacity(1024),
            timeout,
            secret_sent: false,
            sequence: 0,
            ended: None,
        }
    }

    /// Reads one whole answer that `parse` recognises at the start of the
    /// buffer (returning it and the bytes it used, or `None` while it is
    /// incomplete). The deadline covers the whole answer, so a server that
    /// trickles one byte at a time cannot hold the check.
    ///
    /// # Errors
    ///
    /// [`SessionError`] on timeout, close, socket error, or
    /// [`SessionError::Frame`] when `parse` says the bytes are malformed.
    pub async fn read_frame<T, E: std::fmt::Display>(
        &mut self,
        parse: impl Fn(&[u8]) -> Result<Option<(T, usize)>, E>,
    ) -> Result<T, SessionError> {
        let deadline = Instant::now() + self.timeout;
        loop {
            match parse(&self.buffer) {
                Ok(Some((answer, used))) => {
                    self.buffer.drain(..used);
                    return Ok(answer);
                }
                Ok(None) => self.fill(deadline).await?,
                Err(malformed) => return Err(SessionError::Frame(malformed.to_string())),
            }
        }
    }

    /// Reads one line of at most `max` octets, without its line end (CRLF,
    /// or a bare LF). The deadline covers the whole line.
    ///
    /// # Errors
    ///
    /// [`SessionError`] on timeout, close, socket error, or
    /// [`SessionError::Protocol`] when the line grows past `max`.
    pub async fn read_line(&mut self, max: usize) -> Result<Vec<u8>, SessionError> {
        let deadline = Instant::now() + self.timeout;
        loop {
            if let Some(newline) = self.buffer.iter().position(|&b| b == b'\n') {
                if newline > max {
                    return Err(SessionError::Protocol(format!(
                        "the server sent a line longer than {max} octets"
                    )));
                }
                let mut line: Vec<u8> = self.buffer.drain(..=newline).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(line);
            }
            if self.buffer.len() > max {
                return Err(SessionError::Protocol(format!(
                    "the server sent a line longer than {max} octets"
                )));
            }
            self.fill(deadline).await?;
        }
    }

    /// Reads exactly `count` octets (an IMAP literal). The caller bounds
    /// `count` before asking.
    ///
    /// # Errors
    ///
    /// [`SessionError`] on timeout, close or socket error.
    pub async fn read_exact(&mut self, count: usize) -> Result<Vec<u8>, SessionError> {
        let deadline = Instant::now() + self.timeout;
        while self.buffer.len() < count {
            self.fill(deadline).await?;
        }
        Ok(self.buffer.drain(..count).collect())
    }

    /// Appends what the server sends next to the buffer.
    async fn fill(&mut self, deadline: Instant) -> Result<(), SessionError> {
        if let Some(ended) = self.ended.take() {
            return Err(ended);
        }
        let mut chunk = [0u8; 2048];
        let read = timeout_at(deadline, self.stream.read(&mut chunk))
            .await
            .map_err(|_| SessionError::Timeout(self.timeout))?
            .map_err(|e| SessionError::from_io(&e))?;
        if read == 0 {
            return Err(SessionError::Closed);
        }
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(())
    }

    /// Writes a command and flushes it, unless the server has already sent
    /// something that was not asked for yet: then nothing is written and
    /// the error is [`SessionError::Pipelined`].
    ///
    /// # Errors
    ///
    /// [`SessionError`] on timeout or socket error, or unasked bytes.
    pub async fn send(&mut self, bytes: &[u8]) -> Result<(), SessionError> {
        self.ready_to_send()?;
        self.write(bytes).await
    }

    /// As [`Self::send`], for a line that carries a credential: the
    /// connection remembers that one was written, so that a login which
    /// ends without an answer still counts as a login.
    ///
    /// # Errors
    ///
    /// As [`Self::send`].
    pub async fn send_secret(&mut self, bytes: &[u8]) -> Result<(), SessionError> {
        self.ready_to_send()?;
        self.secret_sent = true;
        self.write(bytes).await
    }

    /// Nothing unasked is waiting, and the connection has not ended.
    fn ready_to_send(&mut self) -> Result<(), SessionError> {
        self.take_waiting();
        if !self.buffer.is_empty() {
            return Err(SessionError::Pipelined(self.buffer.len()));
        }
        match &self.ended {
            Some(ended) => Err(ended.clone()),
            None => Ok(()),
        }
    }

    /// Writes a goodbye (QUIT, LOGOUT) whatever is waiting: its answer
    /// decides nothing.
    ///
    /// # Errors
    ///
    /// [`SessionError`] on timeout or socket error.
    pub async fn send_goodbye(&mut self, bytes: &[u8]) -> Result<(), SessionError> {
        self.write(bytes).await
    }

    /// True once a credential was written on this connection.
    #[must_use]
    pub fn secret_sent(&self) -> bool {
        self.secret_sent
    }

    /// The next number in this connection's command sequence (1, 2, …).
    pub fn next_sequence(&mut self) -> u32 {
        self.sequence += 1;
        self.sequence
    }

    async fn write(&mut self, bytes: &[u8]) -> Result<(), SessionError> {
        let write = async {
            self.stream.write_all(bytes).await?;
            self.stream.flush().await
        };
        tokio::time::timeout(self.timeout, write)
            .await
            .map_err(|_| SessionError::Timeout(self.timeout))?
            .map_err(|e| SessionError::Io(e.to_string()))
    }

    /// Moves into the buffer whatever the stream can give without waiting,
    /// so that bytes which arrived ahead of a command are seen before it is
    /// written. A close or an error is kept for the next read or command.
    fn take_waiting(&mut self) {
        if self.ended.is_some() {
            return;
        }
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        let mut chunk = [0u8; 2048];
        // Bounded: a server streaming without pause cannot hold us here.
        for _ in 0..64 {
            let mut read = tokio::io::ReadBuf::new(&mut chunk);
            match std::pin::Pin::new(&mut self.stream).poll_read(&mut context, &mut read) {
                std::task::Poll::Ready(Ok(())) if read.filled().is_empty() => {
                    self.ended = Some(SessionError::Closed);
                    return;
                }
                std::task::Poll::Ready(Ok(())) => self.buffer.extend_from_slice(read.filled()),
                std::task::Poll::Ready(Err(error)) => {
                    self.ended = Some(SessionError::from_io(&error));
                    return;
                }
                std::task::Poll::Pending => return,
            }
        }
    }

    /// Bytes already received but not part of any reply yet, including
    /// what the stream can give without waiting.
    pub fn unread(&mut self) -> &[u8] {
        self.take_waiting();
        &self.buffer
    }

    /// The stream and the command count, for a TLS upgrade. Call only when
    /// [`Self::unread`] is empty.
    pub fn into_parts(self) -> (S, u32) {
        (self.stream, self.sequence)
    }

    /// A connection over an upgraded stream, its command count going on
    /// from `sequence`; nothing said before the upgrade is kept.
    pub fn resume(stream: S, timeout: Duration, sequence: u32) -> Self {
        Self {
            sequence,
            ..Self::new(stream, timeout)
        }
    }

    /// Changes the limit for each following reply and write.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractional_timeouts_are_not_rounded_to_zero() {
        assert_eq!(seconds(Duration::from_secs(6)), "6");
        assert_eq!(seconds(Duration::from_millis(2500)), "2.5");
        assert_eq!(seconds(Duration::from_millis(300)), "0.3");
        assert_eq!(seconds(Duration::from_millis(250)), "0.25");
        assert_eq!(
            SessionError::Timeout(Duration::from_millis(400)).to_string(),
            "no complete answer within 0.4 s"
        );
    }
}
