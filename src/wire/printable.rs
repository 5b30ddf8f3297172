//! Server text made safe to show. Everything a server sends (greetings,
//! replies, certificate fields) can reach a terminal, a report file, the
//! clipboard and the window; a control character in it could clear a
//! screen, retitle a terminal or write the clipboard (OSC 52), and a
//! bidirectional override could make a name read as another. Such
//! characters are shown escaped instead (`\x1b`, `\u{202e}`).

use std::fmt::Write as _;

/// `text` with every control and bidirectional-formatting character escaped.
/// A backslash is kept as it is: the escapes are for reading, not parsing.
#[must_use]
pub fn printable(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !needs_escape(c) {
            out.push(c);
        } else if u32::from(c) < 0x80 {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
    out
}

/// Unicode categories Cc (controls), Cf (format: bidi marks and overrides,
/// zero-width characters, the Arabic letter mark, tags), Zl and Zp (line
/// and paragraph separators, which JSON writers leave raw).
fn needs_escape(c: char) -> bool {
    c.is_control() || is_format(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Unicode 16's general category Cf, whole.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Bytes a hostile server might send, for the parsers' tests: protocol
/// words, brackets, braces, huge numbers, control characters and noise,
/// from a fixed seed (the fuzz targets go further; these run in every
/// test run).
#[cfg(test)]
pub(crate) fn hostile_lines() -> impl Iterator<Item = Vec<u8>> {
    const PIECES: [&[u8]; 14] = [
        b"* ",
        b"a4 ",
        b"OK ",
        b"NO ",
        b"BAD ",
        b"+",
        b"-ERR ",
        b"[",
        b"]",
        b"{",
        b"}",
        b"99999999999",
        b"\x1b]52;",
        b"\xff\xfe",
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..20_000).map(move |_| {
        let mut line = Vec::new();
        for _ in 0..next() % 12 {
            let roll = next();
            if roll % 3 == 0 {
                line.push((roll >> 8) as u8);
            } else {
                line.extend_from_slice(PIECES[(roll as usize >> 4) % PIECES.len()]);
            }
        }
        line
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_sequences_are_shown_not_obeyed() {
        assert_eq!(printable("mail.example.com ESMTP"), "mail.example.com ESMTP");
        assert_eq!(
            printable("hi\u{1b}]52;c;aGVsbG8=\u{7}\u{1b}[2J"),
            "hi\\x1b]52;c;aGVsbG8=\\x07\\x1b[2J"
        );
        assert_eq!(printable("a\tb\r\n\u{7f}"), "a\\x09b\\x0d\\x0a\\x7f");
        assert_eq!(printable("\u{9b}31m"), "\\u{9b}31m", "C1 control");
        assert_eq!(printable("moc.\u{202e}evil"), "moc.\\u{202e}evil");
        assert_eq!(printable("Zürich – ok"), "Zürich – ok");
    }

    #[test]
    fn invisible_characters_are_shown() {
        for (raw, shown) in [
            ("a\u{61c}b", "a\\u{61c}b"),
            ("a\u{2028}b\u{2029}", "a\\u{2028}b\\u{2029}"),
            ("\u{200b}\u{feff}\u{ad}", "\\u{200b}\\u{feff}\\u{ad}"),
            ("tag\u{e0041}", "tag\\u{e0041}"),
        ] {
            assert_eq!(printable(raw), shown);
        }
    }

    #[test]
    fn escaping_is_idempotent() {
        let all: String = (0..=0x3000u32).filter_map(char::from_u32).collect();
        assert_eq!(printable(&printable(&all)), printable(&all));
    }

    #[test]
    fn nothing_unprintable_survives() {
        let all: String = (0..=0x3000u32).filter_map(char::from_u32).collect();
        assert!(!printable(&all).chars().any(needs_escape));
    }
}
