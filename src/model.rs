//! What the rest is built on: the protocols and the two halves of an
//! account, how a connection is protected, where a server name came from,
//! how far an attempt got; an email address and the host names it leads
//! to, as DNS and TLS know them; the connection mode a port speaks first.

use serde::Serialize;

use crate::error::ProbeError;

/// The mail protocol of a server, port or setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    /// Outgoing mail: submission (RFC 6409, RFC 8314).
    Smtp,
    /// Incoming mail kept on the server (RFC 9051, RFC 3501).
    Imap,
    /// Incoming mail downloaded (RFC 1939).
    Pop3,
}

impl Protocol {
    /// Every protocol, in the order a whole account is set up.
    pub const ALL: [Self; 3] = [Self::Smtp, Self::Imap, Self::Pop3];

    /// Which half of an account it serves.
    #[must_use]
    pub fn direction(self) -> Direction {
        match self {
            Self::Smtp => Direction::Outgoing,
            Self::Imap | Self::Pop3 => Direction::Incoming,
        }
    }

    /// The name mail programs show ("Server Type" in Thunderbird).
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Smtp => "SMTP",
            Self::Imap => "IMAP",
            Self::Pop3 => "POP3",
        }
    }
}

/// The two halves of a mail account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Receiving: IMAP or POP3.
    Incoming,
    /// Sending: SMTP.
    Outgoing,
}

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// RFC 8314 §3: TLS from the first byte (port 465). "SSL/TLS" in mail clients.
    ImplicitTls,
    /// RFC 3207: plaintext greeting, then the STARTTLS command (587, 25, 2525).
    Starttls,
    /// No encryption at all. Never recommended over a secure setting.
    Plaintext,
}

impl Security {
    /// What Thunderbird and Outlook call it in their "connection security" field.
    #[must_use]
    pub fn client_label(self) -> &'static str {
        match self {
            Self::ImplicitTls => "SSL/TLS",
            Self::Starttls => "STARTTLS",
            Self::Plaintext => "None",
        }
    }
}

/// Where a server name came from (discovery, the person, or a guess).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Named by the person (`--server`, the window's server field).
    User,
    /// The provider's own autoconfig file, `https://autoconfig.DOMAIN/…`.
    Autoconfig,
    /// The provider's `https://DOMAIN/.well-known/autoconfig/…` file.
    WellKnown,
    /// Thunderbird's provider database (ISPDB), asked for the domain.
    Ispdb,
    /// The domain's MX record: the provider that handles its mail, looked
    /// up in the ISPDB or that provider's own autoconfig.
    Mx,
    /// DNS SRV records (RFC 6186, RFC 8314 §5.1).
    Srv,
    /// A guess from the domain: `smtp.`, `imap.`, `pop.`, `mail.`, the
    /// domain itself.
    #[default]
    Guess,
    /// Not a source of servers: a name that cannot exist, asked once to
    /// see whether this network's DNS answers every name.
    Control,
}

impl Source {
    /// Only DNS named it: DNS answers are not authenticated (RFC 6186 §6).
    #[must_use]
    pub fn is_dns_only(self) -> bool {
        matches!(self, Self::Mx | Self::Srv)
    }
}

/// How far an attempt got; where it stopped when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Waiting for its turn (stagger or sequential run).
    Queued,
    /// Looking up the server's addresses.
    Resolve,
    /// Opening the TCP connection.
    Connect,
    /// TLS handshake (immediately on 465, after STARTTLS otherwise).
    TlsHandshake,
    /// Waiting for the server's `220` greeting.
    Greeting,
    /// Asking what the server offers (SMTP EHLO, IMAP CAPABILITY, POP3 CAPA).
    Capabilities,
    /// The STARTTLS (POP3: STLS) command and its go-ahead.
    Starttls,
    /// RFC 3207 §4.2, RFC 2595 §3.1: asking again over TLS, forgetting
    /// what was said before it.
    CapabilitiesAfterTls,
    /// Transport checked; waiting for the login turn.
    Ready,
    /// Logging in.
    Auth,
    /// Finished.
    Done,
}

/// An email address split at its last `@`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress {
    /// The part before `@`.
    pub local: String,
    /// The domain, lower-case.
    pub domain: String,
}

impl EmailAddress {
    /// Checks the shape `name@domain.tld` the way a sign-up form would;
    /// it does not try to implement all of RFC 5322.
    ///
    /// # Errors
    ///
    /// [`ProbeError::InvalidEmail`] with the text as typed.
    pub fn parse(text: &str) -> Result<Self, ProbeError> {
        let invalid = || ProbeError::InvalidEmail(text.to_owned());
        let trimmed = text.trim();
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '@');
        let domain = host_to_ascii(domain).ok_or_else(invalid)?;
        if !local_ok || !is_host_name(&domain) || !domain.contains('.') {
            return Err(invalid());
        }
        Ok(Self {
            local: local.to_owned(),
            domain,
        })
    }
}

/// A server or domain name as DNS and TLS know it: internationalised
/// names in their ASCII form (UTS #46, `bücher.example` becomes
/// `xn--bcher-kva.example`), lower-case, without the root's trailing dot
/// (which would otherwise miss `--resolve` and the certificate's names).
/// `None` when it cannot be a host name.
#[must_use]
pub fn host_to_ascii(text: &str) -> Option<String> {
    let text = text.trim();
    if text.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok() {
        return Some(text.to_owned());
    }
    let without_root = text.strip_suffix('.').unwrap_or(text);
    if without_root.is_empty() || without_root.chars().any(char::is_whitespace) {
        return None;
    }
    let ascii = idna::domain_to_ascii(without_root).ok()?;
    is_host_name(&ascii).then_some(ascii)
}

/// True for a DNS host name (letters, digits, hyphens, dots) or an IP literal.
#[must_use]
pub fn is_host_name(text: &str) -> bool {
    if text.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok() {
        return true;
    }
    !text.is_empty()
        && text.len() <= 253
        && text.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The mode a port is first tried in: RFC 8314 implicit TLS on 465, 993
/// and 995, STARTTLS everywhere else.
#[must_use]
pub fn default_security(port: u16) -> Security {
    if matches!(port, 465 | 993 | 995) {
        Security::ImplicitTls
    } else {
        Security::Starttls
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses() {
        let address = EmailAddress::parse(" Alice@Example.COM ").unwrap();
        assert_eq!(address.local, "Alice");
        assert_eq!(address.domain, "example.com");
        assert_eq!(
            EmailAddress::parse("alice@Bücher.example").unwrap().domain,
            "xn--bcher-kva.example"
        );
        assert_eq!(
            host_to_ascii("Mail.Example.COM.").as_deref(),
            Some("mail.example.com")
        );
        assert_eq!(host_to_ascii("mail example.com"), None);
        assert_eq!(host_to_ascii("[2001:db8::1]").as_deref(), Some("[2001:db8::1]"));
        for bad in [
            "",
            "alice",
            "alice@",
            "@example.com",
            "alice@example",
            "a b@example.com",
            "alice@exa mple.com",
            "alice@-x.com",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
