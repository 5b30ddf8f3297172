//! Fuzzes the POP3 status-line parser with arbitrary server bytes: no
//! panic, nothing unprintable in what reaches a report, and no line taken
//! from bytes that arrived before the command it answers.
#![no_main]

mod early;

use libfuzzer_sys::fuzz_target;
use mailsetup::protocol::pop3::response::{parse_status, MAX_LINE_OCTETS};

fuzz_target!(|data: &[u8]| {
    early::check(data, |conn| Box::pin(conn.read_line(MAX_LINE_OCTETS)));
    if let Ok(reply) = parse_status(data) {
        assert!(!reply.describe().chars().any(char::is_control));
        assert_eq!(reply.ok, data.starts_with(b"+"));
    }
});
