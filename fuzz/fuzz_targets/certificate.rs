//! Fuzzes the description of a server's certificate: a hostile server
//! chooses these bytes, and reading them must never panic, whatever the
//! TLS verdict.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::wire::certificate::CertificateInfo;

fuzz_target!(|der: &[u8]| {
    if let Some(info) = CertificateInfo::from_der(der) {
        assert!(info.names.len() <= der.len());
        assert_eq!(info.sha256.len(), 32 * 3 - 1);
    }
});
