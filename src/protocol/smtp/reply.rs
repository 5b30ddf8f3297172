//! SMTP replies (RFC 5321 §4.2): a pure parser over raw bytes, with hard limits.
//!
//! A reply is one or more lines `CODE-text` ending with `CODE text`. A server
//! that sends longer lines or endless continuation lines is misbehaving; the
//! parser reports it instead of buffering without bound.

use std::fmt;

use crate::wire::printable::printable;

/// RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets including CRLF.
pub const MAX_LINE_OCTETS: usize = 512;

/// More continuation lines than any honest server sends (an EHLO reply has a
/// few dozen at most).
pub const MAX_LINES: usize = 100;

/// A three-digit reply code (RFC 5321 §4.2): 2xx done, 3xx go on, 4xx
/// try later, 5xx no. Only the parser makes one, so it is always 200-559.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(u16);

impl Code {
    /// 220: the service is ready (greeting; the go-ahead for STARTTLS).
    pub const READY: Self = Self(220);
    /// 235: authentication succeeded (RFC 4954 §6).
    pub const AUTHENTICATED: Self = Self(235);
    /// 250: the command succeeded.
    pub const OK: Self = Self(250);
    /// 334: a SASL challenge; send the next response (RFC 4954 §4).
    pub const CHALLENGE: Self = Self(334);
    /// 421: the service is closing the session.
    pub const CLOSING: Self = Self(421);

    /// The number, e.g. 250.
    #[must_use]
    pub fn get(self) -> u16 {
        self.0
    }

    /// 2xx: the command succeeded.
    #[must_use]
    pub fn is_positive(self) -> bool {
        (200..300).contains(&self.0)
    }

    /// 4xx: refused for now; the same command may work later.
    #[must_use]
    pub fn is_transient(self) -> bool {
        (400..500).contains(&self.0)
    }

    /// 5xx: refused.
    #[must_use]
    pub fn is_permanent(self) -> bool {
        (500..600).contains(&self.0)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One complete SMTP reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The three-digit reply code, e.g. 250.
    pub code: Code,
    /// The text of every line, without code, separator and CRLF.
    pub lines: Vec<String>,
}

impl Reply {
    /// 2xx: the command succeeded.
    #[must_use]
    pub fn is_positive(&self) -> bool {
        self.code.is_positive()
    }

    /// The enhanced status code (RFC 3463) at the start of the first line,
    /// e.g. `5.7.9`, when the server sent one.
    #[must_use]
    pub fn enhanced_code(&self) -> Option<&str> {
        let first = self.lines.first()?;
        let token = first.split_whitespace().next()?;
        let mut parts = token.split('.');
        let class = parts.next()?;
        let ok = matches!(class, "2" | "4" | "5")
            && parts.clone().count() == 2
            && parts.all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
        ok.then_some(token)
    }

    /// All lines joined with spaces, for details and explanations.
    #[must_use]
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }
}

impl fmt::Display for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.text())
    }
}

/// Why bytes from the server are not an acceptable SMTP reply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    /// RFC 5321 §4.5.3.1.5 limit broken.
    #[error("the server sent a reply line longer than {MAX_LINE_OCTETS} octets")]
    LineTooLong,
    /// Endless multi-line reply.
    #[error("the server sent a reply of more than {MAX_LINES} lines")]
    TooManyLines,
    /// Not `DDD`, `DDD text` or `DDD-text`.
    #[error("the server sent something that is not an SMTP reply: {0:?}")]
    Malformed(String),
    /// RFC 5321 §4.2.1: every line of a multi-line reply has the same code.
    #[error("the lines of one reply carry different codes ({first} then {then})")]
    InconsistentCode {
        /// Code on the first line.
        first: Code,
        /// The different code on a later line.
        then: Code,
    },
}

/// Parses one complete reply from the start of `buf`.
///
/// Returns `Ok(None)` when more bytes are needed, or the reply and the number
/// of bytes it used. Bare LF line ends are accepted; servers that use them
/// are common enough and harmless.
///
/// # Errors
///
/// A [`ReplyError`] as soon as the bytes can no longer become a valid reply,
/// including before a line is complete when it is already too long.
pub fn parse_reply(buf: &[u8]) -> Result<Option<(Reply, usize)>, ReplyError> {
    let mut pos = 0;
    let mut code = None;
    let mut lines = Vec::new();
    loop {
        let rest = &buf[pos..];
        // Garbage is judged first, so that the verdict does not depend on
        // how many bytes have arrived (found by fuzzing).
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            check_prefix(rest)?;
            if rest.len() >= MAX_LINE_OCTETS {
                return Err(ReplyError::LineTooLong);
            }
            return Ok(None);
        };
        check_prefix(&rest[..newline])?;
        if newline + 1 > MAX_LINE_OCTETS {
            return Err(ReplyError::LineTooLong);
        }
        let mut line = &rest[..newline];
        if let Some(stripped) = line.strip_suffix(b"\r") {
            line = stripped;
        }
        let (line_code, last, text) = parse_line(line)?;
        match code {
            None => code = Some(line_code),
            Some(first) if first != line_code => {
                return Err(ReplyError::InconsistentCode {
                    first,
                    then: line_code,
                })
            }
            Some(_) => {}
        }
        lines.push(text);
        pos += newline + 1;
        if last {
            let code = code.unwrap_or(line_code);
            return Ok(Some((Reply { code, lines }, pos)));
        }
        if lines.len() >= MAX_LINES {
            return Err(ReplyError::TooManyLines);
        }
    }
}

/// Splits one line (without line end) into code, "is last line" and text.
fn parse_line(line: &[u8]) -> Result<(Code, bool, String), ReplyError> {
    check_prefix(line)?;
    if line.len() < 3 {
        return Err(malformed(line));
    }
    let code = Code(
        line[..3]
            .iter()
            .fold(0u16, |acc, &d| acc * 10 + u16::from(d - b'0')),
    );
    let (last, text) = match line.get(3) {
        None => (true, &[][..]),
        Some(b' ') => (true, &line[4..]),
        Some(b'-') => (false, &line[4..]),
        Some(_) => return Err(malformed(line)),
    };
    // Server text ends up in terminals and files: escaped here, once.
    Ok((code, last, printable(&String::from_utf8_lossy(text))))
}

/// Rejects a (possibly partial) line whose first bytes cannot start a reply:
/// RFC 5321 §4.2 codes are 2xx-5xx with a second digit 0-5.
fn check_prefix(line: &[u8]) -> Result<(), ReplyError> {
    let ok = line.iter().take(3).enumerate().all(|(i, &b)| match i {
        0 => (b'2'..=b'5').contains(&b),
        1 => (b'0'..=b'5').contains(&b),
        _ => b.is_ascii_digit(),
    });
    if ok {
        Ok(())
    } else {
        Err(malformed(line))
    }
}

fn malformed(line: &[u8]) -> ReplyError {
    let shown: String = String::from_utf8_lossy(&line[..line.len().min(60)])
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    ReplyError::Malformed(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Option<(Reply, usize)>, ReplyError> {
        parse_reply(s.as_bytes())
    }

    #[test]
    fn single_line_reply() {
        let (reply, used) = parse("220 mail.example.com ESMTP\r\n").unwrap().unwrap();
        assert_eq!(reply.code, Code::READY);
        assert_eq!(reply.lines, vec!["mail.example.com ESMTP"]);
        assert_eq!(used, 28);
    }

    #[test]
    fn multi_line_reply_ends_at_space_line() {
        let input = "250-mail.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n221 extra";
        let (reply, used) = parse(input).unwrap().unwrap();
        assert_eq!(reply.code, Code::OK);
        assert_eq!(reply.lines, vec!["mail.example.com", "PIPELINING", "STARTTLS"]);
        assert_eq!(&input[used..], "221 extra");
    }

    #[test]
    fn incomplete_reply_asks_for_more() {
        assert_eq!(parse("250-mail.example.com\r\n250-PIPE").unwrap(), None);
        assert_eq!(parse("2").unwrap(), None);
        assert_eq!(parse("").unwrap(), None);
    }

    #[test]
    fn bare_code_and_bare_lf_are_accepted() {
        let (reply, _) = parse("250\n").unwrap().unwrap();
        assert_eq!(reply.code, Code::OK);
        assert_eq!(reply.lines, vec![""]);
    }

    #[test]
    fn overlong_line_is_refused_even_before_it_ends() {
        let long = format!("220 {}", "x".repeat(600));
        assert_eq!(parse(&long), Err(ReplyError::LineTooLong));
        let complete = format!("220 {}\r\n", "x".repeat(520));
        assert_eq!(parse(&complete), Err(ReplyError::LineTooLong));
    }

    #[test]
    fn line_of_exactly_512_octets_is_accepted() {
        let line = format!("250 {}\r\n", "x".repeat(MAX_LINE_OCTETS - 6));
        assert_eq!(line.len(), MAX_LINE_OCTETS);
        assert!(parse(&line).unwrap().is_some());
    }

    #[test]
    fn endless_multiline_reply_is_refused() {
        let input = "250-x\r\n".repeat(MAX_LINES + 5);
        assert_eq!(parse(&input), Err(ReplyError::TooManyLines));
    }

    #[test]
    fn garbage_is_refused_at_once() {
        assert!(matches!(parse("HTTP/1.1 400"), Err(ReplyError::Malformed(_))));
        assert!(matches!(parse("\x16\x03\x03"), Err(ReplyError::Malformed(_))));
        assert!(matches!(parse("250x\r\n"), Err(ReplyError::Malformed(_))));
        assert!(matches!(parse("199 no\r\n"), Err(ReplyError::Malformed(_))));
        assert!(matches!(parse("25\r\n"), Err(ReplyError::Malformed(_))));
    }

    #[test]
    fn verdict_does_not_depend_on_how_much_arrived() {
        // Fuzzer find: a long garbage line was "too long" when whole but
        // "malformed" when read in pieces. Garbage is garbage at any length.
        let mut long_garbage = b"`24 ".to_vec();
        long_garbage.extend(std::iter::repeat_n(0u8, 520));
        long_garbage.push(b'\n');
        for cut in [1, 4, 100, 515, long_garbage.len()] {
            assert!(
                matches!(parse_reply(&long_garbage[..cut]), Err(ReplyError::Malformed(_))),
                "cut at {cut}"
            );
        }
        let long_reply = format!("250 {}\r\n", "x".repeat(600));
        for cut in [512, 550, long_reply.len()] {
            assert_eq!(
                parse(&long_reply[..cut]),
                Err(ReplyError::LineTooLong),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn codes_must_agree_across_lines() {
        assert_eq!(
            parse("250-a\r\n251 b\r\n"),
            Err(ReplyError::InconsistentCode {
                first: Code::OK,
                then: Code(251)
            })
        );
    }

    #[test]
    fn enhanced_status_code_is_read_from_first_line() {
        let (reply, _) =
            parse("534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n")
                .unwrap()
                .unwrap();
        assert_eq!(reply.enhanced_code(), Some("5.7.9"));
        let (plain, _) = parse("535 Authentication failed\r\n").unwrap().unwrap();
        assert_eq!(plain.enhanced_code(), None);
    }

    #[test]
    fn every_prefix_of_a_reply_asks_for_more() {
        // The connection reads in arbitrary pieces: a partial reply must
        // never be mistaken for a complete or a malformed one.
        for input in [
            "220 mail.example.com ESMTP Postfix\r\n",
            "250-mail.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n",
            "250\n",
            "534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n",
        ] {
            for cut in 0..input.len() {
                assert_eq!(parse(&input[..cut]), Ok(None), "{input:?} cut at {cut}");
            }
            assert_eq!(parse(input).unwrap().unwrap().1, input.len());
        }
    }

    #[test]
    fn invalid_utf8_is_kept_lossily() {
        let (reply, _) = parse_reply(b"220 caf\xe9\r\n").unwrap().unwrap();
        assert_eq!(reply.code, Code::READY);
        assert!(reply.lines[0].starts_with("caf"));
    }
}
