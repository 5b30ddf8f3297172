//! TCP connections: the addresses of one server raced as RFC 8305 ("happy
//! eyeballs") says, the fate of every address a connection raced kept for
//! the run, and at most a few connections per server address at a time.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::task::JoinSet;
use tokio::time::{sleep, sleep_until, timeout_at, Instant};

use super::net::NetError;

/// RFC 8305 §5: start the next address this long after the previous one
/// when it has not answered yet.
const CONNECTION_ATTEMPT_DELAY: Duration = Duration::from_millis(250);

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

/// What became of an address a connection raced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Still waiting for an answer, since then.
    Pending(Instant),
    /// It accepted a connection (perhaps after another address won).
    Answered,
    /// It refused: something is there, and answers.
    Refused,
    /// No answer within the phase's time.
    Silent,
    /// No way there: no route, host unreachable, or refused by a rule on
    /// the way.
    Unreachable,
}

impl Fate {
    fn of(result: &std::io::Result<TcpStream>) -> Self {
        use std::io::ErrorKind;
        match result {
            Ok(_) => Self::Answered,
            Err(e) if e.kind() == ErrorKind::ConnectionRefused => Self::Refused,
            Err(e) if e.kind() == ErrorKind::TimedOut => Self::Silent,
            Err(_) => Self::Unreachable,
        }
    }
}

/// The fate of every address the connections of a run raced. An address
/// that lost a race keeps trying in the background until its phase's
/// deadline, so that a path that never answers is told from one that was
/// only slower.
#[derive(Debug, Default)]
pub struct AddressBook {
    fates: Mutex<HashMap<IpAddr, Fate>>,
}

impl AddressBook {
    fn started(&self, ip: IpAddr) {
        let mut fates = self.fates.lock().unwrap_or_else(PoisonError::into_inner);
        fates.entry(ip).or_insert(Fate::Pending(Instant::now()));
    }

    fn ended(&self, ip: IpAddr, fate: Fate) {
        let mut fates = self.fates.lock().unwrap_or_else(PoisonError::into_inner);
        let known = fates.entry(ip).or_insert(fate);
        // Once an address has answered, it is reachable, whatever a later
        // connection meets.
        if *known != Fate::Answered {
            *known = fate;
        }
    }

    /// How long `ip` has been waited for, while it still is.
    #[must_use]
    pub fn pending_for(&self, ip: IpAddr) -> Option<Duration> {
        let fates = self.fates.lock().unwrap_or_else(PoisonError::into_inner);
        match fates.get(&ip) {
            Some(Fate::Pending(since)) => Some(since.elapsed()),
            _ => None,
        }
    }

    /// `ip` never answered: no route, or silent for the whole phase, or
    /// still silent `after` its first try.
    #[must_use]
    pub fn unanswered(&self, ip: IpAddr, after: Duration) -> bool {
        let fates = self.fates.lock().unwrap_or_else(PoisonError::into_inner);
        match fates.get(&ip) {
            Some(Fate::Silent | Fate::Unreachable) => true,
            Some(Fate::Pending(since)) => since.elapsed() >= after,
            Some(Fate::Answered | Fate::Refused) | None => false,
        }
    }
}

/// A connection, and every address raced for it (the winner among them).
#[derive(Debug)]
pub struct Connected {
    /// The connection.
    pub stream: TcpStream,
    /// The address that accepted it.
    pub address: SocketAddr,
    /// Every address started before it did.
    pub raced: Vec<SocketAddr>,
}

/// Connects to the first address that answers, starting the next address
/// every 250 ms or as soon as one fails (a light RFC 8305 "happy eyeballs").
/// The whole phase is bounded by `timeout`; the addresses that lost keep
/// trying until then, in the background, and `book` learns their fate.
///
/// # Errors
///
/// [`NetError::Refused`] when every address refused, [`NetError::Timeout`]
/// when none answered in time, [`NetError::Other`] for other socket errors.
pub async fn connect(
    addresses: &[SocketAddr],
    timeout: Duration,
    book: &Arc<AddressBook>,
) -> Result<Connected, NetError> {
    let deadline = Instant::now() + timeout;
    let mut pending = addresses.iter().copied();
    let mut racing = JoinSet::new();
    let mut raced = Vec::new();
    let mut start = |address: SocketAddr, racing: &mut JoinSet<_>| {
        raced.push(address);
        race(racing, address, deadline, book);
    };
    let mut last_error = NetError::Timeout;
    let mut all_refused = true;
    loop {
        let more = pending.len() > 0;
        if racing.is_empty() {
            match pending.next() {
                Some(address) => start(address, &mut racing),
                None if all_refused => return Err(NetError::Refused),
                None => return Err(last_error),
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
                        racing.detach_all();
                        return Ok(Connected { stream, address, raced });
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {}
                    // The phase's deadline, met by the address's own race
                    // just before the phase's timer: the same silence.
                    Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                        all_refused = false;
                        last_error = NetError::Timeout;
                    }
                    // No route: a network without IPv6, or none at all.
                    // Nothing is known of the port then.
                    Err(e) if unreachable(&e) => {
                        all_refused = false;
                        last_error = NetError::Unreachable(format!("{address}: {e}"));
                    }
                    Err(e) => {
                        all_refused = false;
                        last_error = NetError::Other(format!("{address}: {e}"));
                    }
                }
            }
            () = sleep(CONNECTION_ATTEMPT_DELAY), if more => {
                if let Some(address) = pending.next() {
                    start(address, &mut racing);
                }
            }
            () = sleep_until(deadline) => return Err(NetError::Timeout),
        }
    }
}

type Race = (SocketAddr, std::io::Result<TcpStream>);

/// The system found no way to the address (ENETUNREACH, EHOSTUNREACH).
fn unreachable(error: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(
        error.kind(),
        ErrorKind::NetworkUnreachable | ErrorKind::HostUnreachable
    )
}

/// Starts a connection to `address` that ends by `deadline`, and writes
/// its fate in `book` (also after the race is over).
fn race(racing: &mut JoinSet<Race>, address: SocketAddr, deadline: Instant, book: &Arc<AddressBook>) {
    book.started(address.ip());
    let book = book.clone();
    racing.spawn(async move {
        let result = timeout_at(deadline, TcpStream::connect(address))
            .await
            .unwrap_or_else(|_| Err(std::io::ErrorKind::TimedOut.into()));
        book.ended(address.ip(), Fate::of(&result));
        (address, result)
    });
}

/// The places for connections to each server address, and the fate of
/// every address raced.
#[derive(Debug, Default)]
pub struct ConnectionLimits {
    gates: Mutex<HashMap<IpAddr, Arc<tokio::sync::Semaphore>>>,
    book: Arc<AddressBook>,
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
    ) -> Result<(Connected, Place), NetError> {
        let Some(first) = addresses.first() else {
            return Err(NetError::NoAddress("no address".to_owned()));
        };
        let gate = self.gate(first.ip());
        let mut place = Some(
            gate.clone()
                .acquire_owned()
                .await
                .map_err(|e| NetError::Other(e.to_string()))?,
        );
        let connecting = connect(addresses, timeout, &self.book);
        tokio::pin!(connecting);
        let connected = tokio::select! {
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
        Ok((connected, place))
    }

    /// What became of the addresses raced so far.
    #[must_use]
    pub fn book(&self) -> &AddressBook {
        &self.book
    }

    fn gate(&self, ip: IpAddr) -> Arc<tokio::sync::Semaphore> {
        let mut gates = self.gates.lock().unwrap_or_else(PoisonError::into_inner);
        gates
            .entry(ip)
            .or_insert_with(|| Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS_PER_ADDRESS)))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "No route" is its own answer, not "closed": the system's
    /// ENETUNREACH and EHOSTUNREACH.
    #[test]
    fn no_route_is_told_from_a_closed_port() {
        use std::io::{Error, ErrorKind};
        assert!(unreachable(&Error::from(ErrorKind::NetworkUnreachable)));
        assert!(unreachable(&Error::from(ErrorKind::HostUnreachable)));
        assert!(!unreachable(&Error::from(ErrorKind::ConnectionRefused)));
        assert!(!unreachable(&Error::from(ErrorKind::TimedOut)));
    }

    #[tokio::test]
    async fn closed_port_is_refused() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        drop(listener);
        let book = Arc::default();
        let result = connect(&[address], Duration::from_secs(2), &book).await;
        assert_eq!(result.err(), Some(NetError::Refused));
        assert!(
            !book.unanswered(address.ip(), Duration::ZERO),
            "a refusal is an answer"
        );
    }

    #[tokio::test]
    async fn an_address_that_loses_the_race_is_still_followed() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let working = listener.local_addr().unwrap();
        // Nothing routes to this documentation address here: it fails or
        // stays silent, never answers.
        let nowhere: SocketAddr = "[2001:db8::1]:9".parse().unwrap();
        let book = Arc::default();
        let connected = connect(&[nowhere, working], Duration::from_secs(2), &book)
            .await
            .unwrap();
        assert_eq!(connected.address, working);
        assert_eq!(connected.raced, vec![nowhere, working]);
        assert!(!book.unanswered(working.ip(), Duration::ZERO));
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(book.unanswered(nowhere.ip(), Duration::from_millis(250)));
    }
}
