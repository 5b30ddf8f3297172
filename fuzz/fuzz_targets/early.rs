//! The property every reader's target also checks: a reply counts as the
//! answer to a command only if none of its bytes had arrived before the
//! command was written. The input is split in two: what the server sent
//! before the command (a greeting, then anything it sent ahead), and what
//! it sent after.

use std::time::Duration;

use mailsetup::wire::connection::{Connection, SessionError};
use tokio::io::AsyncWriteExt;

/// How one reader reads one answer (an SMTP reply, an IMAP or POP3 line).
pub type Read = for<'a> fn(
    &'a mut Connection<tokio::io::DuplexStream>,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Vec<u8>, SessionError>> + 'a>,
>;

/// Reads one answer from `before`, writes a command, and checks that the
/// command is refused while bytes of `before` are still unread, and that
/// otherwise the next answer is read from `after` alone: the same as a
/// fresh connection that only ever saw `after`.
pub fn check(data: &[u8], read: Read) {
    let Some((&cut, rest)) = data.split_first() else {
        return;
    };
    let cut = usize::from(cut).min(rest.len());
    let (before, after) = rest.split_at(cut);
    // Paused time: a reader waiting for bytes that never come times out
    // at once instead of after its timeout.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let (client, mut server) = tokio::io::duplex(1 << 16);
        server.write_all(before).await.expect("duplex write");
        let mut conn = Connection::new(client, Duration::from_millis(50));
        // Only a first answer that is whole in `before` starts the dialogue.
        if read(&mut conn).await.is_err() {
            return;
        }
        let waiting = conn.unread().len();
        match conn.send(b"NEXT\r\n").await {
            Err(SessionError::Pipelined(n)) => assert!(n > 0 && n == waiting),
            Err(other) => panic!("send failed: {other}"),
            Ok(()) => {
                assert_eq!(waiting, 0, "a command was written with {waiting} bytes unread");
                server.write_all(after).await.expect("duplex write");
                drop(server);
                let answer = read(&mut conn).await.ok();
                let (fresh_client, mut fresh_server) = tokio::io::duplex(1 << 16);
                fresh_server.write_all(after).await.expect("duplex write");
                drop(fresh_server);
                let mut fresh = Connection::new(fresh_client, Duration::from_millis(50));
                assert_eq!(
                    answer,
                    read(&mut fresh).await.ok(),
                    "an answer used bytes sent before the command"
                );
            }
        }
    });
}
