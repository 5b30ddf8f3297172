//! EHLO capabilities (RFC 5321 §4.1.1.1): what an SMTP server says it can do.

use super::reply::Reply;
use crate::model::Protocol;
use crate::protocol::capabilities::Capabilities;

/// Reads the capabilities out of a positive EHLO reply (RFC 5321 §4.1.1.1).
#[must_use]
pub fn from_ehlo(reply: &Reply) -> Capabilities {
    let mut caps = Capabilities {
        domain: reply
            .lines
            .first()
            .and_then(|l| l.split_whitespace().next())
            .unwrap_or_default()
            .to_owned(),
        ..Capabilities::new(Protocol::Smtp)
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
                    caps.add_mechanism(&mechanism);
                }
            }
            _ => {}
        }
    }
    caps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::capabilities::{Mechanism, Sasl};
    use crate::protocol::smtp::reply::parse_reply;

    fn caps(raw: &str) -> Capabilities {
        let (reply, _) = parse_reply(raw.as_bytes()).unwrap().unwrap();
        from_ehlo(&reply)
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
        assert_eq!(c.auth, [Sasl::Login, Sasl::Plain]);
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
