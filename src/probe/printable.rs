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

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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
    fn nothing_unprintable_survives() {
        let all: String = (0..=0x3000u32).filter_map(char::from_u32).collect();
        assert!(!printable(&all).chars().any(needs_escape));
    }
}
