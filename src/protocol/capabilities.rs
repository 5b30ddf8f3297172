//! What a server says it can do, in the same shape for SMTP (EHLO), IMAP
//! (CAPABILITY) and POP3 (CAPA), and which password login to use with it.
//!
//! RFC 3207 §4.2 and RFC 2595 §3.1: what was learned before STARTTLS is
//! discarded after it; a session keeps only the post-TLS capabilities.

use crate::model::Protocol;

/// A login this client can verify: with a password, or with an access
/// token from signing in with the provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// SASL PLAIN (RFC 4616): user and password in one response. SMTP
    /// `AUTH PLAIN`, IMAP `AUTHENTICATE PLAIN`, POP3 `AUTH PLAIN`.
    Plain,
    /// SMTP's two-step SASL LOGIN; IMAP's LOGIN command (RFC 9051 §6.2.3).
    Login,
    /// POP3's USER and PASS commands (RFC 1939 §7).
    User,
    /// XOAUTH2: the address and a bearer token in one response (Google's
    /// and Microsoft's token login, which Dovecot and others accept too).
    XOauth2,
    /// OAUTHBEARER (RFC 7628): the same, in the standard's framing.
    OauthBearer,
}

impl Mechanism {
    /// The name reports show (`auth_mechanism`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Plain => "PLAIN",
            Self::Login => "LOGIN",
            Self::User => "USER",
            Self::XOauth2 => "XOAUTH2",
            Self::OauthBearer => "OAUTHBEARER",
        }
    }

    /// It logs in with a token from a sign-in, not a password.
    #[must_use]
    pub fn is_token(self) -> bool {
        matches!(self, Self::XOauth2 | Self::OauthBearer)
    }
}

/// A SASL mechanism a server names (SMTP `AUTH`, IMAP `AUTH=`, POP3
/// `SASL`): the ones this program reasons about by name, and any other
/// kept as sent (upper-case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sasl {
    /// PLAIN (RFC 4616).
    Plain,
    /// LOGIN (the obsolete two-step password mechanism).
    Login,
    /// XOAUTH2 (Google's and Microsoft's token login).
    XOauth2,
    /// OAUTHBEARER (RFC 7628).
    OauthBearer,
    /// Any other mechanism (CRAM-MD5, SCRAM-SHA-256, GSSAPI, NTLM, …).
    Other(String),
}

impl Sasl {
    /// The mechanism named `name` (any case).
    #[must_use]
    pub fn parse(name: &str) -> Self {
        let name = name.to_ascii_uppercase();
        match name.as_str() {
            "PLAIN" => Self::Plain,
            "LOGIN" => Self::Login,
            "XOAUTH2" => Self::XOauth2,
            "OAUTHBEARER" => Self::OauthBearer,
            _ => Self::Other(name),
        }
    }

    /// The name as servers write it.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Self::Plain => "PLAIN",
            Self::Login => "LOGIN",
            Self::XOauth2 => "XOAUTH2",
            Self::OauthBearer => "OAUTHBEARER",
            Self::Other(name) => name,
        }
    }

    /// A login with a token from a browser sign-in, not a password.
    #[must_use]
    pub fn is_token(&self) -> bool {
        matches!(self, Self::XOauth2 | Self::OauthBearer)
    }
}

impl std::fmt::Display for Sasl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Mechanisms as servers list them ("PLAIN LOGIN"), or "none".
#[must_use]
pub fn names_or_none(mechanisms: &[Sasl]) -> String {
    if mechanisms.is_empty() {
        "none".to_owned()
    } else {
        mechanisms.iter().map(Sasl::name).collect::<Vec<_>>().join(" ")
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
    /// SASL mechanisms offered, each once.
    pub auth: Vec<Sasl>,
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

    /// Records a SASL mechanism once.
    pub fn add_mechanism(&mut self, mechanism: &str) {
        if mechanism.is_empty() {
            return;
        }
        let mechanism = Sasl::parse(mechanism);
        if !self.auth.contains(&mechanism) {
            self.auth.push(mechanism);
        }
    }

    /// The server offers this SASL mechanism.
    #[must_use]
    pub fn offers(&self, mechanism: &Sasl) -> bool {
        self.auth.contains(mechanism)
    }

    /// The best password login offered: SASL PLAIN, then the protocol's
    /// older way (SMTP LOGIN, IMAP LOGIN unless disabled, POP3 USER).
    #[must_use]
    pub fn password_mechanism(&self) -> Option<Mechanism> {
        if self.offers(&Sasl::Plain) {
            return Some(Mechanism::Plain);
        }
        match self.protocol {
            Protocol::Smtp => self.offers(&Sasl::Login).then_some(Mechanism::Login),
            Protocol::Imap => (!self.login_disabled).then_some(Mechanism::Login),
            Protocol::Pop3 => self.user.then_some(Mechanism::User),
        }
    }

    /// The token login offered: XOAUTH2, which every provider that takes
    /// tokens accepts, else OAUTHBEARER.
    #[must_use]
    pub fn token_mechanism(&self) -> Option<Mechanism> {
        if self.offers(&Sasl::XOauth2) {
            Some(Mechanism::XOauth2)
        } else {
            self.offers(&Sasl::OauthBearer).then_some(Mechanism::OauthBearer)
        }
    }

    /// The other token login, for a server that advertises one and then
    /// refuses the mechanism itself.
    #[must_use]
    pub fn other_token_mechanism(&self, tried: Mechanism) -> Option<Mechanism> {
        match tried {
            Mechanism::XOauth2 => self.offers(&Sasl::OauthBearer).then_some(Mechanism::OauthBearer),
            Mechanism::OauthBearer => self.offers(&Sasl::XOauth2).then_some(Mechanism::XOauth2),
            _ => None,
        }
    }

    /// The protocol's other password login, when the server offers one
    /// besides PLAIN: SMTP's LOGIN, IMAP's LOGIN command (unless
    /// LOGINDISABLED), POP3's USER/PASS. For a server that advertises
    /// PLAIN and then refuses the mechanism itself.
    #[must_use]
    pub fn fallback_mechanism(&self) -> Option<Mechanism> {
        match self.protocol {
            Protocol::Smtp => self.offers(&Sasl::Login).then_some(Mechanism::Login),
            Protocol::Imap => (!self.login_disabled).then_some(Mechanism::Login),
            Protocol::Pop3 => self.user.then_some(Mechanism::User),
        }
    }

    /// A login is offered, but only with tokens (XOAUTH2, OAUTHBEARER): the
    /// provider wants a browser sign-in, not a password.
    #[must_use]
    pub fn oauth_only(&self) -> bool {
        self.password_mechanism().is_none() && self.auth.iter().any(Sasl::is_token)
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
        smtp.add_mechanism("xoauth2");
        assert_eq!(smtp.auth, [Sasl::XOauth2]);
        assert!(smtp.oauth_only());
        smtp.add_mechanism("cram-md5");
        assert_eq!(names_or_none(&smtp.auth), "XOAUTH2 CRAM-MD5");
        smtp.add_mechanism("LOGIN");
        assert_eq!(smtp.password_mechanism(), Some(Mechanism::Login));
        assert!(!smtp.oauth_only());
    }
}
