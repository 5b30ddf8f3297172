//! Fuzzes the POP3 status-line parser with arbitrary server bytes: no
//! panic, and nothing unprintable in what reaches a report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::probe::pop3::response::parse_status;

fuzz_target!(|data: &[u8]| {
    if let Ok(reply) = parse_status(data) {
        assert!(!reply.describe().chars().any(char::is_control));
        assert_eq!(reply.ok, data.starts_with(b"+"));
    }
});
