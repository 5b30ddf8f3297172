//! POP3 status lines (RFC 1939 §3, response codes RFC 2449 §8 and
//! RFC 3206): a pure parser with limits.

use crate::wire::printable::printable;

/// RFC 2449 §4: a response line is at most 512 octets; some servers send
/// longer greetings, so twice that is accepted.
pub const MAX_LINE_OCTETS: usize = 1024;

/// More CAPA lines than any honest server sends.
pub const MAX_CAPA_LINES: usize = 100;

/// One status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// `+OK` (true) or `-ERR` (false).
    pub ok: bool,
    /// The response code in brackets (RFC 2449 §8), upper-case: `AUTH`,
    /// `IN-USE`, `SYS/TEMP`, `SYS/PERM`, `LOGIN-DELAY`.
    pub code: Option<String>,
    /// The rest of the line, made printable.
    pub text: String,
}

impl Reply {
    /// The line as a person can read it in a report.
    #[must_use]
    pub fn describe(&self) -> String {
        let status = if self.ok { "+OK" } else { "-ERR" };
        match &self.code {
            Some(code) => format!("{status} [{code}] {}", self.text),
            None => format!("{status} {}", self.text).trim_end().to_owned(),
        }
    }
}

/// RFC 1939 §7: a greeting that carries a timestamp (`<1896.697170952@dbc.mtview.ca.us>`)
/// offers APOP, a login that sends a digest instead of the password.
#[must_use]
pub fn offers_apop(greeting: &str) -> bool {
    greeting
        .split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>'))
        .any(|(inside, _)| inside.contains('@') && !inside.contains(char::is_whitespace))
}

/// A line that is neither `+OK` nor `-ERR`: the server broke the protocol.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the server sent something that is not a POP3 answer: {excerpt:?}")]
pub struct NotPop3 {
    /// The line's start, escaped.
    pub excerpt: String,
}

/// Parses one status line (without its line end).
///
/// # Errors
///
/// [`NotPop3`] with an escaped excerpt when it is neither `+OK` nor `-ERR`.
pub fn parse_status(line: &[u8]) -> Result<Reply, NotPop3> {
    let text = printable(&String::from_utf8_lossy(line));
    let (ok, rest) = if let Some(rest) = strip_word(&text, "+OK") {
        (true, rest)
    } else if let Some(rest) = strip_word(&text, "-ERR") {
        (false, rest)
    } else {
        return Err(NotPop3 {
            excerpt: text.chars().take(60).collect(),
        });
    };
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('[') {
        if let Some((code, text)) = inner.split_once(']') {
            return Ok(Reply {
                ok,
                code: Some(code.to_ascii_uppercase()),
                text: text.trim_start().to_owned(),
            });
        }
    }
    Ok(Reply {
        ok,
        code: None,
        text: rest.to_owned(),
    })
}

/// `word` at the start, followed by a space or the end (case-insensitive).
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    let rest = &text[word.len()..];
    (head.eq_ignore_ascii_case(word) && (rest.is_empty() || rest.starts_with(' '))).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apop_is_offered_by_a_timestamp_in_the_greeting() {
        assert!(offers_apop("POP3 server ready <1896.697170952@dbc.mtview.ca.us>"));
        assert!(!offers_apop("Dovecot ready."));
        assert!(!offers_apop("ready <not a stamp>"));
    }

    #[test]
    fn hostile_bytes_never_panic_and_come_out_printable() {
        for line in crate::wire::printable::hostile_lines() {
            if let Ok(reply) = parse_status(&line) {
                assert!(!reply.describe().chars().any(char::is_control), "{line:?}");
            }
        }
    }

    #[test]
    fn status_lines() {
        assert_eq!(
            parse_status(b"+OK Dovecot ready.").unwrap(),
            Reply {
                ok: true,
                code: None,
                text: "Dovecot ready.".into()
            }
        );
        assert_eq!(
            parse_status(b"-ERR [AUTH] Authentication failed.").unwrap(),
            Reply {
                ok: false,
                code: Some("AUTH".into()),
                text: "Authentication failed.".into()
            }
        );
        assert_eq!(parse_status(b"+OK").unwrap().text, "");
        assert!(parse_status(b"+OKAY").is_err());
        assert!(parse_status(b"* OK imap").is_err());
        assert!(parse_status(b"").is_err());
        assert_eq!(parse_status(b"-ERR \x1b[2J").unwrap().text, "\\x1b[2J");
    }
}
