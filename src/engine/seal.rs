//! The last step of every attempt and lookup before anyone sees it: every
//! text a server, a DNS answer or a file gave is scrubbed of the password
//! (in every form a login sent it), then escaped. Applied wherever a
//! report leaves the engine (an event, the final report), whatever
//! connection the text came from: a greeting or capability on a later
//! connection may quote what an earlier one was sent.

use crate::report::{Attempt, Lookup};
use crate::secret::Redactor;
use crate::wire::printable::printable;

/// The redactors of one run: one per user name the password may have gone
/// out with (the PLAIN blob holds the name too).
pub(crate) struct Seal {
    redactors: Vec<Redactor>,
}

impl Seal {
    /// A seal for a run with `password` (none: escaping only) and these
    /// user names.
    pub(crate) fn new(password: Option<&crate::secret::Password>, usernames: &[&str]) -> Self {
        let redactors = password
            .map(|password| {
                usernames
                    .iter()
                    .map(|name| Redactor::new(name, password))
                    .collect()
            })
            .unwrap_or_default();
        Self { redactors }
    }

    /// Scrubs, then escapes.
    pub(crate) fn text(&self, text: &str) -> String {
        let scrubbed = self
            .redactors
            .iter()
            .fold(text.to_owned(), |text, redactor| redactor.scrub(&text));
        printable(&scrubbed)
    }

    /// Every server-given text of an attempt.
    pub(crate) fn attempt(&self, attempt: &mut Attempt) {
        self.in_place(&mut attempt.detail);
        if let Some(greeting) = &mut attempt.greeting {
            self.in_place(greeting);
        }
        for capability in &mut attempt.capabilities {
            self.in_place(capability);
        }
        if let Some(certificate) = &mut attempt.certificate {
            self.in_place(&mut certificate.subject);
            self.in_place(&mut certificate.issuer);
            for name in &mut certificate.names {
                self.in_place(name);
            }
        }
    }

    /// Every text of a lookup.
    pub(crate) fn lookup(&self, lookup: &mut Lookup) {
        self.in_place(&mut lookup.detail);
        self.in_place(&mut lookup.query);
    }

    fn in_place(&self, text: &mut String) {
        let sealed = self.text(text);
        if sealed != *text {
            *text = sealed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Protocol, Security};
    use crate::secret::{Password, REDACTED};

    #[test]
    fn a_password_with_invisible_characters_is_scrubbed_before_it_is_escaped() {
        let password = Password::new("ta\tb\u{202e}x\u{61c}".to_owned());
        let seal = Seal::new(Some(&password), &["alice@example.com"]);
        let mut attempt = Attempt::new(Protocol::Imap, "imap.example.com", 993, Security::ImplicitTls);
        attempt.greeting = Some("OK last login used ta\tb\u{202e}x\u{61c}".to_owned());
        attempt.capabilities = vec![printable("X-LAST-PASSWORD ta\tb\u{202e}x\u{61c}")];
        seal.attempt(&mut attempt);
        assert_eq!(
            attempt.greeting.as_deref(),
            Some(&*format!("OK last login used {REDACTED}"))
        );
        assert_eq!(attempt.capabilities, [format!("X-LAST-PASSWORD {REDACTED}")]);
    }
}
