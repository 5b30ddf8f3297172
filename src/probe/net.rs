//! Name resolution and TCP connection, each under its own timeout. Shared by
//! every protocol.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::task::JoinSet;
use tokio::time::{sleep, sleep_until, Instant};

/// RFC 8305 §5: start the next address this long after the previous one
/// when it has not answered yet.
const CONNECTION_ATTEMPT_DELAY: Duration = Duration::from_millis(250);

/// Fixed addresses for host names, like curl's `--resolve`: lets a check run
/// before DNS points at a server, and lets tests use loopback addresses.
#[derive(Debug, Clone, Default)]
pub struct Overrides(HashMap<String, Vec<IpAddr>>);

impl Overrides {
    /// Uses `address` for `host` (case-insensitive); repeated calls add addresses.
    pub fn insert(&mut self, host: &str, address: IpAddr) {
        self.0.entry(Self::key(host)).or_default().push(address);
    }

    fn lookup(&self, host: &str) -> Option<&[IpAddr]> {
        self.0.get(&Self::key(host)).map(Vec::as_slice)
    }

    /// `Mail.Example.com.`, `mail.example.com` and `mäil.example` in its
    /// ASCII form are one name: none of them may slip past an override.
    fn key(host: &str) -> String {
        super::candidates::host_to_ascii(host).unwrap_or_else(|| host.to_ascii_lowercase())
    }
}

/// Why no connection was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetError {
    /// The name has no address (or DNS did not answer in time).
    Dns(String),
    /// Every address refused the connection: nothing listens on the port.
    Refused,
    /// No address answered within the timeout: often a firewall that drops packets.
    Timeout,
    /// Unreachable network, or another socket error.
    Other(String),
}

/// The addresses of `host`, IPv6 and IPv4 interleaved (RFC 8305 §4).
///
/// # Errors
///
/// [`NetError::Dns`] when the name does not resolve or DNS is too slow.
pub async fn resolve(
    host: &str,
    port: u16,
    overrides: &Overrides,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, NetError> {
    if let Some(addresses) = overrides.lookup(host) {
        return Ok(addresses.iter().map(|&ip| SocketAddr::new(ip, port)).collect());
    }
    if let Ok(ip) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let found = tokio::time::timeout(timeout, tokio::net::lookup_host((host, port)))
        .await
        .map_err(|_| NetError::Dns(format!("no answer for {host} within {}s", timeout.as_secs())))?
        .map_err(|e| NetError::Dns(format!("{host}: {e}")))?;
    let (v6, v4): (Vec<_>, Vec<_>) = found.partition(SocketAddr::is_ipv6);
    let interleaved = interleave(v6, v4);
    if interleaved.is_empty() {
        return Err(NetError::Dns(format!("{host} has no address")));
    }
    Ok(interleaved)
}

fn interleave(first: Vec<SocketAddr>, second: Vec<SocketAddr>) -> Vec<SocketAddr> {
    let mut out = Vec::with_capacity(first.len() + second.len());
    let mut a = first.into_iter();
    let mut b = second.into_iter();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return out,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
}

/// Connects to the first address that answers, starting the next address
/// every 250 ms or as soon as one fails (a light RFC 8305 "happy eyeballs").
/// The whole phase is bounded by `timeout`.
///
/// # Errors
///
/// [`NetError::Refused`] when every address refused, [`NetError::Timeout`]
/// when none answered in time, [`NetError::Other`] for other socket errors.
pub async fn connect(
    addresses: &[SocketAddr],
    timeout: Duration,
) -> Result<(TcpStream, SocketAddr), NetError> {
    let deadline = Instant::now() + timeout;
    let mut pending = addresses.iter().copied();
    let mut racing = JoinSet::new();
    let mut last_error = NetError::Timeout;
    let mut all_refused = true;
    loop {
        let more = pending.len() > 0;
        if racing.is_empty() {
            match pending.next() {
                Some(address) => {
                    racing.spawn(async move { (address, TcpStream::connect(address).await) });
                }
                None => {
                    return Err(if all_refused {
                        NetError::Refused
                    } else {
                        last_error
                    });
                }
            }
        }
        tokio::select! {
            Some(joined) = racing.join_next() => {
                let Ok((address, result)) = joined else { continue };
                match result {
                    Ok(stream) => {
                        // A line protocol waits for every reply: Nagle's
                        // algorithm would add a delayed-ACK pause to each.
                        let _ = stream.set_nodelay(true);
                        return Ok((stream, address));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {}
                    Err(e) => {
                        all_refused = false;
                        last_error = NetError::Other(format!("{address}: {e}"));
                    }
                }
            }
            () = sleep(CONNECTION_ATTEMPT_DELAY), if more => {
                if let Some(address) = pending.next() {
                    racing.spawn(async move { (address, TcpStream::connect(address).await) });
                }
            }
            () = sleep_until(deadline) => return Err(NetError::Timeout),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interleaves_families() {
        let a: SocketAddr = "[::1]:1".parse().unwrap();
        let b: SocketAddr = "[::2]:1".parse().unwrap();
        let c: SocketAddr = "127.0.0.1:1".parse().unwrap();
        assert_eq!(interleave(vec![a, b], vec![c]), vec![a, c, b]);
    }

    #[tokio::test]
    async fn overrides_win_over_dns() {
        let mut overrides = Overrides::default();
        overrides.insert("Mail.Example.COM", "127.0.0.9".parse().unwrap());
        let found = resolve("mail.example.com", 587, &overrides, Duration::from_secs(1))
            .await
            .unwrap();
        assert_eq!(found, vec!["127.0.0.9:587".parse().unwrap()]);
    }

    #[tokio::test]
    async fn closed_port_is_refused() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        drop(listener);
        let result = connect(&[address], Duration::from_secs(2)).await;
        assert_eq!(result.err(), Some(NetError::Refused));
    }
}

/// At most this many connections are open to one server address at a time
/// (across ports, names and protocols). Servers limit connections per
/// client (Exim's `smtp_accept_max_per_host`, Dovecot's `client_limit`) and
/// answer the excess with "421 too many connections"; a whole account's
/// dozen or more checks must stay under the usual limits of five and more.
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 4;

/// How long a connect may hold its place among
/// [`MAX_CONNECTIONS_PER_ADDRESS`] before it completes. A server that is
/// there answers a connect within a few hundred milliseconds; a filtered
/// port never does and must not keep the working ones waiting for its
/// whole timeout. A connect that completes later waits for a place anew.
pub const CONNECT_HOLD: Duration = Duration::from_millis(300);

/// The places for connections to each server address.
#[derive(Debug, Default)]
pub struct ConnectionLimits {
    gates: std::sync::Mutex<HashMap<IpAddr, Arc<tokio::sync::Semaphore>>>,
}

/// A place among a server address's connections; freed when dropped.
pub type Place = tokio::sync::OwnedSemaphorePermit;

impl ConnectionLimits {
    /// Connects to one of `addresses` (one host's, in the order to try),
    /// holding a place for that host's first address; the place lives as
    /// long as the caller keeps it, i.e. as long as the connection.
    ///
    /// # Errors
    ///
    /// As [`connect`].
    pub async fn connect(
        &self,
        addresses: &[SocketAddr],
        timeout: Duration,
    ) -> Result<(TcpStream, SocketAddr, Place), NetError> {
        let Some(first) = addresses.first() else {
            return Err(NetError::Dns("no address".to_owned()));
        };
        let gate = self.gate(first.ip());
        let mut place = Some(
            gate.clone()
                .acquire_owned()
                .await
                .map_err(|e| NetError::Other(e.to_string()))?,
        );
        let connecting = connect(addresses, timeout);
        tokio::pin!(connecting);
        let (tcp, address) = tokio::select! {
            result = &mut connecting => result?,
            () = tokio::time::sleep(CONNECT_HOLD) => {
                place = None;
                connecting.await?
            }
        };
        let place = match place {
            Some(place) => place,
            None => gate
                .acquire_owned()
                .await
                .map_err(|e| NetError::Other(e.to_string()))?,
        };
        Ok((tcp, address, place))
    }

    fn gate(&self, ip: IpAddr) -> Arc<tokio::sync::Semaphore> {
        let mut gates = self
            .gates
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        gates
            .entry(ip)
            .or_insert_with(|| Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS_PER_ADDRESS)))
            .clone()
    }
}
