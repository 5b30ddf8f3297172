//! The wire: names to addresses, connections (and their limits per
//! address), TLS and what its certificates say, and the line codec every
//! dialogue reads and writes through. It knows no mail protocol and no
//! verdict.

use std::time::Duration;

pub mod certificate;
pub mod connect;
pub mod connection;
pub mod net;
pub mod printable;
pub mod tls;

/// Default per-phase timeout: long enough for a slow server's greeting,
/// short enough that a filtered port does not keep the user waiting.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(6);
