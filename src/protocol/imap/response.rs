//! IMAP server responses (RFC 9051 §7, RFC 3501 §7): a pure parser of one
//! line at a time, with the limits that keep a hostile server bounded.

use crate::wire::printable::printable;

/// Longest response line read (a CAPABILITY line of a big server is a few
/// hundred octets; 8 KiB leaves room for long ALERT texts).
pub const MAX_LINE_OCTETS: usize = 8 * 1024;

/// Largest literal accepted in a response we wait for. Nothing this client
/// asks for comes back as a literal; a server announcing gigabytes is told no.
pub const MAX_LITERAL_OCTETS: usize = 64 * 1024;

/// Most untagged lines before the tagged answer: an endless stream is an error.
pub const MAX_UNTAGGED_LINES: usize = 1000;

/// The status of a status response (RFC 9051 §7.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Success.
    Ok,
    /// Failure of the command (e.g. a wrong password).
    No,
    /// A protocol error in the command.
    Bad,
    /// Greeting only: already authenticated.
    Preauth,
    /// The server is closing the connection.
    Bye,
}

impl Status {
    /// The word as servers send it.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Ok => "OK",
            Self::No => "NO",
            Self::Bad => "BAD",
            Self::Preauth => "PREAUTH",
            Self::Bye => "BYE",
        }
    }
}

/// One response line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `* OK ...`, `* BYE ...`: an untagged status response.
    Status {
        /// OK, NO, BAD, PREAUTH or BYE.
        status: Status,
        /// The response code in brackets, upper-case, e.g. `ALERT` or
        /// `CAPABILITY IMAP4REV1 STARTTLS`.
        code: Option<String>,
        /// The human-readable text.
        text: String,
    },
    /// `* CAPABILITY ...`: the capability list.
    Capability(Vec<String>),
    /// Any other untagged data (`* 3 EXISTS`, `* ENABLED`...).
    Data(String),
    /// `TAG OK|NO|BAD [code] text`: the end of a command.
    Tagged {
        /// The client's tag.
        tag: String,
        /// OK, NO or BAD.
        status: Status,
        /// The response code, upper-case.
        code: Option<String>,
        /// The human-readable text.
        text: String,
    },
    /// `+ text`: go on (a literal, or the next SASL step).
    Continuation(String),
}

/// The size of the literal announced at the end of `line` (`{N}` or
/// `{N+}`), if any.
///
/// # Errors
///
/// A sentence when the size is over [`MAX_LITERAL_OCTETS`] or unreadable.
pub fn literal_size(line: &[u8]) -> Result<Option<usize>, String> {
    let Some(inner) = line.strip_suffix(b"}") else {
        return Ok(None);
    };
    let Some(open) = inner.iter().rposition(|&b| b == b'{') else {
        return Ok(None);
    };
    let digits = inner[open + 1..].strip_suffix(b"+").unwrap_or(&inner[open + 1..]);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Ok(None);
    }
    let size = std::str::from_utf8(digits)
        .ok()
        .and_then(|d| d.parse::<u64>().ok())
        .filter(|&n| n <= MAX_LITERAL_OCTETS as u64)
        .ok_or_else(|| {
            format!(
                "the server announced a literal of {} octets",
                printable(&String::from_utf8_lossy(digits))
            )
        })?;
    Ok(Some(usize::try_from(size).unwrap_or(usize::MAX)))
}

/// A line that is not an IMAP response: the server broke the protocol.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the server sent something that is not an IMAP response: {excerpt:?}")]
pub struct NotImap {
    /// The line's start, escaped.
    pub excerpt: String,
}

/// Parses one response line (without its line end, literals removed).
///
/// # Errors
///
/// [`NotImap`] (with an escaped excerpt) when the line is not an IMAP response.
pub fn parse_line(line: &[u8]) -> Result<Line, NotImap> {
    let text = printable(&String::from_utf8_lossy(line));
    let malformed = || NotImap {
        excerpt: text.chars().take(60).collect(),
    };
    if let Some(rest) = text.strip_prefix("+") {
        return Ok(Line::Continuation(rest.trim_start().to_owned()));
    }
    let (tag, rest) = text.split_once(' ').ok_or_else(malformed)?;
    if tag.is_empty() {
        return Err(malformed());
    }
    let (word, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let status = match word.to_ascii_uppercase().as_str() {
        "OK" => Some(Status::Ok),
        "NO" => Some(Status::No),
        "BAD" => Some(Status::Bad),
        "PREAUTH" => Some(Status::Preauth),
        "BYE" => Some(Status::Bye),
        _ => None,
    };
    if tag == "*" {
        return Ok(match status {
            Some(status) => {
                let (code, text) = split_code(rest);
                Line::Status { status, code, text }
            }
            None if word.eq_ignore_ascii_case("CAPABILITY") => {
                Line::Capability(rest.split_whitespace().map(str::to_owned).collect())
            }
            None => Line::Data(format!("{word} {rest}").trim_end().to_owned()),
        });
    }
    match status {
        Some(status @ (Status::Ok | Status::No | Status::Bad)) => {
            let (code, text) = split_code(rest);
            Ok(Line::Tagged {
                tag: tag.to_owned(),
                status,
                code,
                text,
            })
        }
        _ => Err(malformed()),
    }
}

/// `[CODE args] text` into the code (upper-case) and the text.
fn split_code(rest: &str) -> (Option<String>, String) {
    if let Some(inner) = rest.strip_prefix('[') {
        if let Some((code, text)) = inner.split_once(']') {
            return (Some(code.to_ascii_uppercase()), text.trim_start().to_owned());
        }
    }
    (None, rest.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings() {
        assert_eq!(
            parse_line(b"* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.").unwrap(),
            Line::Status {
                status: Status::Ok,
                code: Some("CAPABILITY IMAP4REV1 STARTTLS AUTH=PLAIN".into()),
                text: "Dovecot ready.".into()
            }
        );
        assert!(matches!(
            parse_line(b"* BYE Too many connections").unwrap(),
            Line::Status {
                status: Status::Bye,
                ..
            }
        ));
        assert!(matches!(
            parse_line(b"* PREAUTH welcome").unwrap(),
            Line::Status {
                status: Status::Preauth,
                ..
            }
        ));
    }

    #[test]
    fn capability_and_tagged_answers() {
        assert_eq!(
            parse_line(b"* CAPABILITY IMAP4rev1 SASL-IR LOGINDISABLED AUTH=PLAIN").unwrap(),
            Line::Capability(vec![
                "IMAP4rev1".into(),
                "SASL-IR".into(),
                "LOGINDISABLED".into(),
                "AUTH=PLAIN".into()
            ])
        );
        assert_eq!(
            parse_line(b"a4 NO [AUTHENTICATIONFAILED] Authentication failed.").unwrap(),
            Line::Tagged {
                tag: "a4".into(),
                status: Status::No,
                code: Some("AUTHENTICATIONFAILED".into()),
                text: "Authentication failed.".into()
            }
        );
        assert_eq!(parse_line(b"+ ").unwrap(), Line::Continuation(String::new()));
        assert!(matches!(parse_line(b"* 3 EXISTS").unwrap(), Line::Data(_)));
    }

    #[test]
    fn garbage_and_escapes() {
        assert!(parse_line(b"HTTP/1.1").is_err());
        assert!(parse_line(b"a1 MAYBE so").is_err());
        assert!(parse_line(b"").is_err());
        let Line::Status { text, .. } = parse_line(b"* OK hi\x1b]52;c;x\x07").unwrap() else {
            panic!("not a status")
        };
        assert_eq!(text, "hi\\x1b]52;c;x\\x07");
    }

    #[test]
    fn hostile_bytes_never_panic_and_come_out_printable() {
        for line in crate::wire::printable::hostile_lines() {
            if let Ok(Some(size)) = literal_size(&line) {
                assert!(size <= MAX_LITERAL_OCTETS);
            }
            if let Ok(Line::Status { text, .. } | Line::Tagged { text, .. } | Line::Data(text)) =
                parse_line(&line)
            {
                assert!(!text.chars().any(char::is_control), "{line:?}");
            }
        }
    }

    #[test]
    fn literals_are_bounded() {
        assert_eq!(literal_size(b"* 1 FETCH (BODY {12}").unwrap(), Some(12));
        assert_eq!(literal_size(b"* 1 FETCH (BODY {12+}").unwrap(), Some(12));
        assert_eq!(literal_size(b"* OK no literal").unwrap(), None);
        assert_eq!(literal_size(b"* OK {x}").unwrap(), None);
        assert!(literal_size(b"* 1 FETCH (BODY {4294967296}").is_err());
        assert!(literal_size(b"* 1 FETCH (BODY {99999999999999999999999}").is_err());
    }
}
