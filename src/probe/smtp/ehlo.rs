//! EHLO capabilities (RFC 5321 §4.1.1.1): what a server says it can do.

use super::reply::Reply;

/// A password mechanism this client can use (RFC 4616 PLAIN, and LOGIN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// RFC 4616: one round trip, user and password in the initial response.
    Plain,
    /// The older two-step mechanism many servers still offer.
    Login,
}

impl Mechanism {
    /// The SASL name as it appears after `AUTH`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Plain => "PLAIN",
            Self::Login => "LOGIN",
        }
    }
}

/// The capabilities from one EHLO reply.
///
/// RFC 3207 §4.2: values learned before STARTTLS are discarded after it; the
/// session keeps only the post-TLS value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// The domain the server names itself in the first line.
    pub domain: String,
    /// Every extension line after the first, as sent.
    pub keywords: Vec<String>,
    /// RFC 3207 STARTTLS offered.
    pub starttls: bool,
    /// SASL mechanisms from `AUTH` (and the old `AUTH=` form), upper-case, unique.
    pub auth: Vec<String>,
}

impl Capabilities {
    /// Reads the capabilities out of a positive EHLO reply.
    #[must_use]
    pub fn from_reply(reply: &Reply) -> Self {
        let mut caps = Self {
            domain: reply
                .lines
                .first()
                .and_then(|l| l.split_whitespace().next())
                .unwrap_or_default()
                .to_owned(),
            ..Self::default()
        };
        for line in reply.lines.iter().skip(1) {
            caps.keywords.push(line.clone());
            let mut words = line.split_whitespace();
            let Some(keyword) = words.next() else { continue };
            let keyword = keyword.to_ascii_uppercase();
            let (name, first_param) = match keyword.split_once('=') {
                Some((name, param)) => (name.to_owned(), Some(param.to_owned())),
                None => (keyword, None),
            };
            match name.as_str() {
                "STARTTLS" => caps.starttls = true,
                "AUTH" => {
                    for mechanism in first_param.into_iter().chain(words.map(str::to_owned)) {
                        let mechanism = mechanism.to_ascii_uppercase();
                        if !mechanism.is_empty() && !caps.auth.contains(&mechanism) {
                            caps.auth.push(mechanism);
                        }
                    }
                }
                _ => {}
            }
        }
        caps
    }

    /// The best password mechanism offered: PLAIN, then LOGIN.
    #[must_use]
    pub fn password_mechanism(&self) -> Option<Mechanism> {
        [Mechanism::Plain, Mechanism::Login]
            .into_iter()
            .find(|m| self.auth.iter().any(|a| a == m.name()))
    }

    /// AUTH is offered, but only token mechanisms (XOAUTH2, OAUTHBEARER):
    /// the provider wants a browser sign-in, not a password.
    #[must_use]
    pub fn oauth_only(&self) -> bool {
        self.password_mechanism().is_none() && self.auth.iter().any(|m| m == "XOAUTH2" || m == "OAUTHBEARER")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::smtp::reply::parse_reply;

    fn caps(raw: &str) -> Capabilities {
        let (reply, _) = parse_reply(raw.as_bytes()).unwrap().unwrap();
        Capabilities::from_reply(&reply)
    }

    #[test]
    fn postfix_before_tls() {
        let c = caps("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n");
        assert_eq!(c.domain, "mail.example.com");
        assert!(c.starttls);
        assert!(c.auth.is_empty());
        assert_eq!(c.password_mechanism(), None);
        assert_eq!(c.keywords.len(), 5);
    }

    #[test]
    fn auth_mechanisms_in_both_forms_are_merged() {
        let c = caps(
            "250-smtp.example.com Hello\r\n250-AUTH LOGIN plain\r\n250-AUTH=LOGIN PLAIN\r\n250 8BITMIME\r\n",
        );
        assert_eq!(c.auth, vec!["LOGIN", "PLAIN"]);
        assert_eq!(c.password_mechanism(), Some(Mechanism::Plain));
        assert!(!c.starttls);
    }

    #[test]
    fn login_is_used_when_plain_is_missing() {
        let c = caps("250-x\r\n250 AUTH LOGIN CRAM-MD5\r\n");
        assert_eq!(c.password_mechanism(), Some(Mechanism::Login));
    }

    #[test]
    fn oauth_only_servers_are_recognised() {
        let c = caps("250-smtp.example.com\r\n250 AUTH XOAUTH2 OAUTHBEARER\r\n");
        assert!(c.oauth_only());
        let mixed = caps("250-smtp.example.com\r\n250 AUTH XOAUTH2 PLAIN\r\n");
        assert!(!mixed.oauth_only());
    }

    #[test]
    fn single_line_ehlo_has_no_extensions() {
        let c = caps("250 tiny.example\r\n");
        assert_eq!(c.domain, "tiny.example");
        assert!(c.keywords.is_empty());
    }
}
