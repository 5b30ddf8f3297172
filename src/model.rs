//! What the rest is built on: an email address and the host names it
//! leads to, as DNS and TLS know them, and the connection mode a port
//! speaks first.

use crate::error::ProbeError;
use crate::report::Security;

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
