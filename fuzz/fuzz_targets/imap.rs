//! Fuzzes the IMAP response-line parser and the literal reader with
//! arbitrary server bytes: no panic, no literal over the limit, and nothing
//! unprintable in what reaches a report, and no line taken from bytes that
//! arrived before the command it answers.
#![no_main]

mod early;

use libfuzzer_sys::fuzz_target;
use mailsetup::protocol::imap::response::{literal_size, parse_line, Line, MAX_LINE_OCTETS, MAX_LITERAL_OCTETS};

fuzz_target!(|data: &[u8]| {
    early::check(data, |conn| Box::pin(conn.read_line(MAX_LINE_OCTETS)));
    if let Ok(Some(size)) = literal_size(data) {
        assert!(size <= MAX_LITERAL_OCTETS);
    }
    let Ok(line) = parse_line(data) else { return };
    let texts: Vec<String> = match line {
        Line::Status { code, text, .. } | Line::Tagged { code, text, .. } => {
            code.into_iter().chain(std::iter::once(text)).collect()
        }
        Line::Capability(words) => words,
        Line::Data(text) | Line::Continuation(text) => vec![text],
    };
    for text in texts {
        assert!(!text.chars().any(char::is_control), "{text:?}");
    }
});
