//! The password type: never printed, never serialized, wiped from memory when dropped.

use zeroize::Zeroizing;

use crate::wire::printable::printable;

/// A password typed by the user.
///
/// `Debug` prints `***`; there is no `Display` and no `Serialize`, so the
/// password cannot end up in a log line or a JSON report by accident. The
/// bytes are zeroized when the value is dropped.
#[derive(Clone)]
pub struct Password(Zeroizing<String>);

impl Password {
    /// Takes ownership of the typed text; the caller's `String` moves in and
    /// is wiped together with this value.
    #[must_use]
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The password itself, for the one place that sends it: the AUTH command.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when nothing was typed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

/// Removes every form of a secret that a login sent from server text.
///
/// Some servers quote the client's line in their error (`535 5.7.8 bad
/// credentials for AGFsaWNl...`, LOGIN's `you sent: cMOk...`); that text
/// goes into reports, files and the clipboard. Everything a server says
/// after a login started passes through [`Redactor::scrub`] first.
pub struct Redactor {
    /// The password as it may stand in text: itself, as an IMAP quoted
    /// string, and each of those as [`printable`] shows it (server text is
    /// escaped as it is read, so a password holding a TAB or U+202E stands
    /// there escaped). Longest first. Wiped on drop.
    literals: Vec<Zeroizing<String>>,
    /// Each encoding of the password (or of a blob holding it) that went
    /// over the wire. Wiped on drop.
    forms: Vec<Zeroizing<String>>,
    /// The password, to recognise base64 of any framing around it.
    password: Password,
}

/// Shown in place of a secret.
pub const REDACTED: &str = "[password removed]";

/// A quoted piece of an encoding this long or longer is taken for the
/// secret: base64 runs of eight characters do not happen by chance in
/// server prose.
const MIN_FRAGMENT: usize = 8;

impl Redactor {
    /// A redactor for a login with `username` and `password`.
    #[must_use]
    pub fn new(username: &str, password: &Password) -> Self {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine as _;
        let mut blob = Zeroizing::new(Vec::new());
        blob.push(0);
        blob.extend_from_slice(username.as_bytes());
        blob.push(0);
        blob.extend_from_slice(password.expose().as_bytes());
        // As an IMAP quoted string carries it (RFC 9051 §4.3).
        let quoted = Zeroizing::new(password.expose().replace('\\', "\\\\").replace('"', "\\\""));
        let mut literals = vec![
            Zeroizing::new(printable(&quoted)),
            Zeroizing::new(printable(password.expose())),
            quoted,
            Zeroizing::new(password.expose().to_owned()),
        ];
        literals.retain(|literal| !literal.is_empty());
        literals.sort_by_key(|literal| std::cmp::Reverse(literal.len()));
        literals.dedup();
        // A token login's responses (XOAUTH2, OAUTHBEARER: see
        // protocol::auth), whose pieces a server may quote cut short.
        let secret = password.expose();
        let saslname = username.replace('=', "=3D").replace(',', "=2C");
        let xoauth2 = Zeroizing::new(format!("user={username}\x01auth=Bearer {secret}\x01\x01"));
        let oauthbearer = Zeroizing::new(format!("n,a={saslname},\x01auth=Bearer {secret}\x01\x01"));
        let forms = vec![
            Zeroizing::new(STANDARD.encode(blob.as_slice())),
            Zeroizing::new(STANDARD.encode(xoauth2.as_bytes())),
            Zeroizing::new(STANDARD.encode(oauthbearer.as_bytes())),
            Zeroizing::new(STANDARD.encode(password.expose())),
            Zeroizing::new(STANDARD.encode(username)),
        ];
        Self {
            literals,
            forms,
            password: password.clone(),
        }
    }

    /// `text` with the password and every encoding of it removed: the raw
    /// password anywhere, and any word that holds an encoding we sent, a
    /// long enough piece of one, or base64 that decodes to the password.
    #[must_use]
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for literal in &self.literals {
            out = out.replace(literal.as_str(), REDACTED);
        }
        let words: Vec<String> = out.split_whitespace().map(str::to_owned).collect();
        for word in words {
            if self.is_secret_word(&word) {
                out = out.replace(&word, REDACTED);
            }
        }
        out
    }

    fn is_secret_word(&self, word: &str) -> bool {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine as _;
        // Quotes, brackets and an ellipsis around a quoted line are not part of it.
        let core = word.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')));
        if core.len() < 4 {
            return false;
        }
        let encoded = &self.forms;
        if encoded
            .iter()
            .any(|form| core.contains(form.as_str()) || (core.len() >= MIN_FRAGMENT && form.contains(core)))
        {
            return true;
        }
        let raw = self.password.expose();
        !raw.is_empty()
            && STANDARD
                .decode(core)
                .ok()
                .map(Zeroizing::new)
                .is_some_and(|decoded| decoded.windows(raw.len()).any(|w| w == raw.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_login_quoted_cut_short_is_removed() {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine as _;
        let token = Password::new("ya29.a0AfB_byC-token".to_owned());
        let redactor = Redactor::new("alice@example.com", &token);
        let sent = STANDARD.encode("user=alice@example.com\x01auth=Bearer ya29.a0AfB_byC-token\x01\x01");
        let cut = &sent[..sent.len() - 6];
        let said = redactor.scrub(&format!("535 5.7.8 bad token {cut}..."));
        assert!(!said.contains(&cut[20..]), "{said}");
        assert!(said.contains(REDACTED), "{said}");
    }

    #[test]
    fn every_encoding_of_the_secret_is_removed() {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine as _;
        let password = Password::new("pä\"ss w0rd".to_owned());
        let redactor = Redactor::new("alice@example.com", &password);
        let plain = STANDARD.encode("\0alice@example.com\0pä\"ss w0rd");
        let login = STANDARD.encode("pä\"ss w0rd");
        let other_framing = STANDARD.encode("user=alice\x01auth=pä\"ss w0rd\x01");
        for echoed in [
            format!("535 5.7.8 bad credentials for {plain}"),
            format!("535 5.7.8 bad credentials for {}...", &plain[..12]),
            format!("535 you sent: \"{login}\""),
            format!("you sent: {}…", &login[..9]),
            format!("454 could not verify [{other_framing}]"),
            "550 password pä\"ss w0rd is wrong".to_owned(),
        ] {
            let scrubbed = redactor.scrub(&echoed);
            assert!(scrubbed.contains(REDACTED), "{echoed} -> {scrubbed}");
            for secret in [
                plain.as_str(),
                &plain[..12],
                login.as_str(),
                &login[..9],
                "pä\"ss w0rd",
                &other_framing,
            ] {
                assert!(!scrubbed.contains(secret), "{echoed} -> {scrubbed}");
            }
        }
        let quoting = Redactor::new("alice", &Password::new("pa\"ss\\word".to_owned()));
        let echoed = quoting.scrub("a4 NO [AUTHENTICATIONFAILED] LOGIN alice \"pa\\\"ss\\\\word\" refused");
        assert!(
            !echoed.contains("ss\\\\word") && !echoed.contains("pa\\\"ss"),
            "{echoed}"
        );
        let harmless = "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6 Authentication";
        assert_eq!(redactor.scrub(harmless), harmless);
    }

    #[test]
    fn debug_never_shows_the_password() {
        let password = Password::new("hunter2".to_owned());
        assert_eq!(format!("{password:?}"), "Password(***)");
        assert_eq!(password.expose(), "hunter2");
    }
}
