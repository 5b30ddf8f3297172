//! What a server says it can do, in the same shape for SMTP (EHLO), IMAP
//! (CAPABILITY) and POP3 (CAPA), and which password login to use with it.
//!
//! RFC 3207 §4.2 and RFC 2595 §3.1: what was learned before STARTTLS is
//! discarded after it; a session keeps only the post-TLS capabilities.

use crate::model::Protocol;

/// A password login this client can verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// SASL PLAIN (RFC 4616): user and password in one response. SMTP
    /// `AUTH PLAIN`, IMAP `AUTHENTICATE PLAIN`, POP3 `AUTH PLAIN`.
    Plain,
    /// SMTP's two-step SASL LOGIN; IMAP's LOGIN command (RFC 9051 §6.2.3).
    Login,
    /// POP3's USER and PASS commands (RFC 1939 §7).
    User,
}

impl Mechanism {
    /// The name reports show (`auth_mechanism`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Plain => "PLAIN",
            Self::Login => "LOGIN",
            Self::User => "USER",
        }
    }
}

/// The capabilities from one answer of the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    /// Whose capabilities these are: the choice of login depends on it.
    pub protocol: Protocol,
    /// The domain an SMTP server names itself in its EHLO reply.
    pub domain: String,
    /// Every capability as sent, for the report.
    pub keywords: Vec<String>,
    /// STARTTLS (POP3: STLS) offered.
    pub starttls: bool,
    /// SASL mechanisms offered, upper-case, unique.
    pub auth: Vec<String>,
    /// IMAP `LOGINDISABLED` (RFC 9051 §6.2.3): no LOGIN command here.
    pub login_disabled: bool,
    /// POP3 `USER` (RFC 2449 §6.1): USER/PASS offered.
    pub user: bool,
    /// SASL-IR (RFC 4959): the first response may go with the command.
    pub sasl_ir: bool,
}

impl Capabilities {
    /// Nothing offered yet.
    #[must_use]
    pub fn new(protocol: Protocol) -> Self {
        Self {
            protocol,
            domain: String::new(),
            keywords: Vec::new(),
            starttls: false,
            auth: Vec::new(),
            login_disabled: false,
            user: false,
            sasl_ir: false,
        }
    }

    /// Records a SASL mechanism once, upper-case.
    pub fn add_mechanism(&mut self, mechanism: &str) {
        let mechanism = mechanism.to_ascii_uppercase();
        if !mechanism.is_empty() && !self.auth.contains(&mechanism) {
            self.auth.push(mechanism);
        }
    }

    /// The best password login offered: SASL PLAIN, then the protocol's
    /// older way (SMTP LOGIN, IMAP LOGIN unless disabled, POP3 USER).
    #[must_use]
    pub fn password_mechanism(&self) -> Option<Mechanism> {
        let sasl = |name: &str| self.auth.iter().any(|a| a == name);
        if sasl("PLAIN") {
            return Some(Mechanism::Plain);
        }
        match self.protocol {
            Protocol::Smtp => sasl("LOGIN").then_some(Mechanism::Login),
            Protocol::Imap => (!self.login_disabled).then_some(Mechanism::Login),
            Protocol::Pop3 => self.user.then_some(Mechanism::User),
        }
    }

    /// A login is offered, but only with tokens (XOAUTH2, OAUTHBEARER): the
    /// provider wants a browser sign-in, not a password.
    /// The protocol's other password login, when the server offers one
    /// besides PLAIN: SMTP's LOGIN, IMAP's LOGIN command (unless
    /// LOGINDISABLED), POP3's USER/PASS. For a server that advertises
    /// PLAIN and then refuses the mechanism itself.
    #[must_use]
    pub fn fallback_mechanism(&self) -> Option<Mechanism> {
        match self.protocol {
            Protocol::Smtp => self.auth.iter().any(|a| a == "LOGIN").then_some(Mechanism::Login),
            Protocol::Imap => (!self.login_disabled).then_some(Mechanism::Login),
            Protocol::Pop3 => self.user.then_some(Mechanism::User),
        }
    }

    #[must_use]
    pub fn oauth_only(&self) -> bool {
        self.password_mechanism().is_none() && self.auth.iter().any(|m| m == "XOAUTH2" || m == "OAUTHBEARER")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_protocol_has_its_fallback_login() {
        let mut imap = Capabilities::new(Protocol::Imap);
        assert_eq!(imap.password_mechanism(), Some(Mechanism::Login));
        imap.login_disabled = true;
        assert_eq!(imap.password_mechanism(), None);
        imap.add_mechanism("plain");
        assert_eq!(imap.password_mechanism(), Some(Mechanism::Plain));

        let mut pop = Capabilities::new(Protocol::Pop3);
        assert_eq!(pop.password_mechanism(), None);
        pop.user = true;
        assert_eq!(pop.password_mechanism(), Some(Mechanism::User));

        let mut smtp = Capabilities::new(Protocol::Smtp);
        smtp.add_mechanism("XOAUTH2");
        assert!(smtp.oauth_only());
        smtp.add_mechanism("LOGIN");
        assert_eq!(smtp.password_mechanism(), Some(Mechanism::Login));
        assert!(!smtp.oauth_only());
    }
}
