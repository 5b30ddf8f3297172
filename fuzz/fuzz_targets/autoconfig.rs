//! Fuzzes the autoconfig reader with arbitrary files, as a provider's web
//! server, the ISPDB or an attacker on plain http might send them: no
//! panic, and every server it names is a host name, a real port and no
//! unfilled placeholder in the user name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::discovery::autoconfig::parse;
use mailsetup::model::EmailAddress;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(address) = EmailAddress::parse("alice@example.com") else { return };
    if let Ok(config) = parse(text, &address) {
        for server in config.servers {
            assert!(server.port != 0);
            assert!(!server.host.is_empty() && server.host.is_ascii());
            assert!(!server.host.chars().any(|c| c.is_whitespace() || c.is_control()));
            assert!(server
                .username
                .is_none_or(|u| !u.contains('%') && mailsetup::wire::printable::printable(&u) == u));
        }
    }
});
