//! Which servers, ports and connection modes to try, and in what order.

use crate::model::default_security;
use crate::report::{Attempt, Protocol, Security, Source};

/// Outgoing ports tried when the user names none: submissions, submission,
/// the unofficial alternative, relay.
pub const DEFAULT_PORTS: [u16; 4] = [465, 587, 2525, 25];

/// The ports of a protocol, implicit TLS first (RFC 8314 §5.1).
#[must_use]
pub fn default_ports(protocol: Protocol) -> &'static [u16] {
    match protocol {
        Protocol::Smtp => &DEFAULT_PORTS,
        Protocol::Imap => &[993, 143],
        Protocol::Pop3 => &[995, 110],
    }
}

/// Guesses for a domain's servers of one protocol, most likely first.
#[must_use]
pub fn guessed_servers(protocol: Protocol, domain: &str) -> Vec<String> {
    let own = match protocol {
        Protocol::Smtp => "smtp",
        Protocol::Imap => "imap",
        Protocol::Pop3 => "pop",
    };
    vec![
        format!("{own}.{domain}"),
        format!("mail.{domain}"),
        domain.to_owned(),
    ]
}

/// One server, port and mode to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The protocol to speak.
    pub protocol: Protocol,
    /// Server name.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Mode to try.
    pub security: Security,
    /// Position of the host in the user's (or guessed, or discovered) list.
    pub host_index: usize,
    /// Where the server name came from.
    pub source: Source,
    /// The login name the source gives (an autoconfig file's), if any.
    pub username: Option<String>,
    /// The source names only OAuth2 sign-in here: no password is sent.
    pub oauth_only: bool,
    /// Only DNS named this server, outside the address's domain: the
    /// password goes there only when the person confirmed (RFC 6186 §6).
    pub needs_consent: bool,
}

impl Candidate {
    /// A candidate with nothing but a name, port and mode.
    #[must_use]
    pub fn new(protocol: Protocol, host: &str, port: u16, security: Security, source: Source) -> Self {
        Self {
            protocol,
            host: host.to_owned(),
            port,
            security,
            host_index: 0,
            source,
            username: None,
            oauth_only: false,
            needs_consent: false,
        }
    }

    /// A fresh attempt at this candidate, carrying its source.
    #[must_use]
    pub fn attempt(&self) -> Attempt {
        Attempt {
            source: self.source,
            ..Attempt::new(self.protocol, &self.host, self.port, self.security)
        }
    }

    /// The order of preference (lower is better): what the person or a
    /// lookup named before any guess, then [`crate::verdict::policy::rank`], then
    /// the host's place in its list.
    #[must_use]
    pub fn rank(&self) -> (bool, u8, u16, usize) {
        let (security, port) = crate::verdict::policy::rank(self.protocol, self.security, self.port);
        (self.source == Source::Guess, security, port, self.host_index)
    }
}

/// Every host × port of one protocol, in order of preference: what is most
/// likely to be recommended starts first.
#[must_use]
pub fn plan(protocol: Protocol, servers: &[String], ports: &[u16], source: Source) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = servers
        .iter()
        .enumerate()
        .flat_map(|(host_index, host)| {
            ports.iter().map(move |&port| Candidate {
                host_index,
                ..Candidate::new(protocol, host, port, default_security(port), source)
            })
        })
        .collect();
    candidates.sort_by_key(Candidate::rank);
    candidates.dedup_by(|a, b| a.host.eq_ignore_ascii_case(&b.host) && a.port == b.port);
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_follow_common_naming() {
        assert_eq!(
            guessed_servers(Protocol::Smtp, "example.com"),
            vec!["smtp.example.com", "mail.example.com", "example.com"]
        );
        assert_eq!(
            guessed_servers(Protocol::Imap, "example.com")[0],
            "imap.example.com"
        );
        assert_eq!(
            guessed_servers(Protocol::Pop3, "example.com")[0],
            "pop.example.com"
        );
    }

    #[test]
    fn plan_starts_with_what_would_be_recommended() {
        let plan = plan(
            Protocol::Smtp,
            &["a.test".into(), "b.test".into()],
            &[25, 587, 465, 2525],
            Source::Guess,
        );
        let order: Vec<_> = plan.iter().map(|c| (c.host.as_str(), c.port)).collect();
        assert_eq!(
            order,
            vec![
                ("a.test", 465),
                ("b.test", 465),
                ("a.test", 587),
                ("b.test", 587),
                ("a.test", 2525),
                ("b.test", 2525),
                ("a.test", 25),
                ("b.test", 25)
            ]
        );
        assert_eq!(plan[0].security, Security::ImplicitTls);
        assert_eq!(plan[2].security, Security::Starttls);
    }
}
