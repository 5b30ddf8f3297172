//! The certificate files a person names (a company CA) and the
//! fingerprints they type for a one-check exception.

use std::path::Path;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;

use super::TlsSetupError;

/// `AB:CD:...` in upper case from a SHA-256 fingerprint typed or pasted in
/// any usual form (with or without colons or spaces, either case); `None`
/// when it is not 32 bytes of hex.
#[must_use]
pub fn normalise_fingerprint(text: &str) -> Option<String> {
    let hex: String = text
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let pairs: Vec<&str> = (0..32).map(|i| &hex[2 * i..2 * i + 2]).collect();
    Some(pairs.join(":"))
}

/// The largest certificate file read.
const MAX_CA_FILE_BYTES: u64 = 4_000_000;

/// Reads every certificate from a PEM file (a company CA, a test CA).
///
/// # Errors
///
/// [`TlsSetupError::CaFile`] when the file cannot be read or holds no certificate.
pub fn load_pem_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsSetupError> {
    let fail = |why: String| TlsSetupError::CaFile {
        path: path.display().to_string(),
        why,
    };
    // Read at most a little more than any real bundle (Mozilla's whole
    // root store is ~250 KB): `/dev/zero` or a wrong file must not fill
    // the memory.
    let mut pem = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| {
            std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_CA_FILE_BYTES + 1), &mut pem)
        })
        .map_err(|e| fail(e.to_string()))?;
    if pem.len() as u64 > MAX_CA_FILE_BYTES {
        return Err(fail(format!(
            "it is larger than {} MB, more than any certificate bundle",
            MAX_CA_FILE_BYTES / 1_000_000
        )));
    }
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(e.to_string()))?;
    if certs.is_empty() {
        return Err(fail("no PEM certificate in it".to_owned()));
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_read_in_any_usual_form() {
        let canonical =
            "B5:7B:B0:E7:A9:D6:98:33:A9:5F:6D:FF:DF:CC:E9:26:05:85:21:4D:D9:6A:E4:6E:49:DB:A9:A0:9D:4C:F3:BF";
        for typed in [
            canonical.to_owned(),
            canonical.to_lowercase(),
            canonical.replace(':', ""),
            canonical.replace(':', " "),
        ] {
            assert_eq!(
                normalise_fingerprint(&typed).as_deref(),
                Some(canonical),
                "{typed}"
            );
        }
        assert_eq!(normalise_fingerprint(&canonical[3..]), None, "too short");
        assert_eq!(
            normalise_fingerprint(&canonical.replace('B', "G")),
            None,
            "not hex"
        );
        assert_eq!(normalise_fingerprint(""), None);
    }
}
