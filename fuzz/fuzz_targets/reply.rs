//! Fuzzes the SMTP reply parser and the EHLO reader with arbitrary server
//! bytes: no panic, bounded output, the same answer however the bytes
//! are split into reads, and no reply taken from bytes that arrived before
//! the command it answers.
#![no_main]

mod early;

use libfuzzer_sys::fuzz_target;
use mailsetup::protocol::smtp::ehlo;
use mailsetup::protocol::smtp::reply::{parse_reply, MAX_LINES, MAX_LINE_OCTETS};

fuzz_target!(|data: &[u8]| {
    let whole = parse_reply(data);
    if let Ok(Some((reply, used))) = &whole {
        assert!(*used <= data.len());
        assert!(!reply.lines.is_empty() && reply.lines.len() <= MAX_LINES);
        assert!((200..=559).contains(&reply.code.get()));
        // Lossy UTF-8 and escaping grow a byte into four at most (a
        // control byte becomes `\x1b`), three bytes into eight (`\u{202e}`).
        assert!(reply.lines.iter().all(|l| l.len() <= 4 * MAX_LINE_OCTETS));
        assert!(reply.lines.iter().all(|l| !l.chars().any(char::is_control)));
        // The reply ends where it says: its own bytes parse to the same.
        assert_eq!(parse_reply(&data[..*used]), Ok(Some((reply.clone(), *used))));
        let caps = ehlo::from_ehlo(reply);
        assert!(caps.auth.len() <= reply.lines.len() * MAX_LINE_OCTETS);
        let _ = caps.password_mechanism();
    }
    // Reading in pieces never gives an answer the whole would not: every
    // prefix either needs more bytes or agrees with the whole.
    // (Errors are compared by kind: their text quotes what was seen so far.)
    for cut in 0..data.len().min(600) {
        match (parse_reply(&data[..cut]), &whole) {
            (Ok(None), _) => {}
            (Err(a), Err(b)) => assert_eq!(std::mem::discriminant(&a), std::mem::discriminant(b)),
            (prefix, whole) => assert_eq!(&prefix, whole, "prefix of {cut} bytes disagrees"),
        }
    }
    early::check(data, |conn| {
        Box::pin(async move { mailsetup::protocol::smtp::read_reply(conn).await.map(|r| r.to_string().into_bytes()) })
    });
});
