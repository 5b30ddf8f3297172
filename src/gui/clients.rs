//! Each mail client's own words for the incoming- and outgoing-server
//! fields, and where in its menus they are, so that a person can copy
//! values field by field (wording checked against each program's sources,
//! see the project's CLIENTS notes). The words live in
//! `locales/*/programs.ftl` and `thunderbird.ftl`: Thunderbird's are its
//! own, in each language, from its localisation.

use crate::report::{Direction, Protocol, Security, Setting};
use crate::tr;

/// A mail program the settings are shown for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum MailClient {
    /// Mozilla Thunderbird.
    #[default]
    Thunderbird,
    /// Microsoft Outlook (classic, for Windows).
    Outlook,
    /// Apple Mail on macOS.
    AppleMail,
    /// Any other program, in generic words.
    Other,
}

impl MailClient {
    /// All clients, in tab order.
    pub const ALL: [Self; 4] = [Self::Thunderbird, Self::Outlook, Self::AppleMail, Self::Other];

    /// The name on the tab.
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Self::Thunderbird => "Thunderbird".to_owned(),
            Self::Outlook => "Outlook".to_owned(),
            Self::AppleMail => "Apple Mail".to_owned(),
            Self::Other => tr!("program-other"),
        }
    }

    /// Where the fields of one direction are, as a menu path.
    #[must_use]
    pub fn where_to_enter(self, direction: Direction) -> String {
        let incoming = direction == Direction::Incoming;
        let sentences: &[&str] = match (self, incoming) {
            (Self::Thunderbird, true) => &["tb-where-incoming"],
            (Self::Thunderbird, false) => &["tb-where-outgoing"],
            (Self::Outlook, true) => &["outlook-where-incoming"],
            (Self::Outlook, false) => &["outlook-where-outgoing"],
            // The Mac's path and the iPhone's: a language may have one from
            // Apple's help in that language and not yet the other.
            (Self::AppleMail, true) => &["apple-where-incoming", "apple-ios-where-incoming"],
            (Self::AppleMail, false) => &["apple-where-outgoing", "apple-ios-where-outgoing"],
            (Self::Other, true) => &["other-where-incoming"],
            (Self::Other, false) => &["other-where-outgoing"],
        };
        let said: Vec<String> = sentences.iter().map(|id| tr!(id)).collect();
        said.join(" ")
    }

    /// The fields as (the client's label, the value), in the order the
    /// client's dialog shows them.
    #[must_use]
    pub fn fields(self, setting: &Setting) -> Vec<(String, String)> {
        let incoming = setting.protocol.direction() == Direction::Incoming;
        let words = match self {
            Self::Thunderbird => thunderbird_fields(setting, incoming),
            Self::Outlook => outlook_fields(setting, incoming),
            Self::AppleMail => apple_fields(setting),
            Self::Other => other_fields(setting, incoming),
        };
        words
            .into_iter()
            .map(|(label, value)| (tr!(label), value))
            .collect()
    }

    /// Every field as `Label: value` lines, for "Copy all".
    #[must_use]
    pub fn copy_all_text(self, setting: &Setting) -> String {
        let direction = crate::verdict::words::direction(setting.protocol.direction());
        let mut text = match self {
            Self::Other => tr!("copy-all-heading-other", direction = direction),
            _ => tr!("copy-all-heading", direction = direction, program = self.name()),
        };
        text.push('\n');
        for (label, value) in self.fields(setting) {
            text.push_str(&format!("{label}: {value}\n"));
        }
        text
    }
}

/// A field: the id of its label, and its value.
type Field = (&'static str, String);

/// Thunderbird's new-account form (the Account Hub's "Advanced config"),
/// which uses the same words for both servers: "Hostname", "Username".
/// (Account Settings says "Server Name" and "User Name".)
fn thunderbird_fields(setting: &Setting, incoming: bool) -> Vec<Field> {
    let security = match setting.security {
        Security::Plaintext => tr!("tb-no-encryption"),
        security => security.client_label().to_owned(),
    };
    let auth = if setting.signs_in() {
        "OAuth2".to_owned()
    } else {
        tr!("tb-normal-password")
    };
    let mut fields = vec![
        ("tb-hostname", setting.host.clone()),
        ("tb-port", setting.port.to_string()),
        ("tb-security", security),
        ("tb-auth", auth),
        ("tb-username", setting.username.clone()),
    ];
    if incoming {
        fields.insert(0, ("tb-protocol", setting.protocol.label().to_owned()));
    }
    fields
}

/// Classic Outlook's "Internet E-mail Settings" and its "More Settings".
fn outlook_fields(setting: &Setting, incoming: bool) -> Vec<Field> {
    let (host, port, user) = (
        setting.host.clone(),
        setting.port.to_string(),
        setting.username.clone(),
    );
    let security = setting.security.client_label().to_owned();
    if incoming {
        let port_label = if setting.protocol == Protocol::Imap {
            "outlook-imap-port"
        } else {
            "outlook-pop3-port"
        };
        vec![
            ("outlook-account-type", setting.protocol.label().to_owned()),
            ("outlook-incoming-server", host),
            (port_label, port),
            ("outlook-encrypted", security),
            ("outlook-user-name", user),
        ]
    } else {
        vec![
            ("outlook-outgoing-server", host),
            ("outlook-outgoing-port", port),
            ("outlook-encrypted", security),
            ("outlook-requires-auth", tr!("outlook-log-on-using")),
            ("outlook-user-name", user),
        ]
    }
}

/// Apple Mail's server settings, with automatic management switched off.
fn apple_fields(setting: &Setting) -> Vec<Field> {
    let tls = if setting.security == Security::Plaintext {
        "apple-off"
    } else {
        "apple-on"
    };
    let auth = if setting.signs_in() {
        "apple-oauth"
    } else {
        "apple-password"
    };
    vec![
        ("apple-account-type", setting.protocol.label().to_owned()),
        ("apple-host-name", setting.host.clone()),
        ("apple-user-name", setting.username.clone()),
        ("apple-port", setting.port.to_string()),
        ("apple-use-tls", tr!(tls)),
        ("apple-authentication", tr!(auth)),
    ]
}

/// Any other mail program: the usual names, with their other names.
fn other_fields(setting: &Setting, incoming: bool) -> Vec<Field> {
    let encryption = match setting.security {
        Security::ImplicitTls => "other-tls",
        Security::Starttls => "other-starttls",
        Security::Plaintext => "other-none",
    };
    let auth = if setting.signs_in() {
        "other-oauth"
    } else {
        "other-password"
    };
    let server = if incoming {
        "other-incoming-server"
    } else {
        "other-outgoing-server"
    };
    vec![
        (server, setting.host.clone()),
        ("other-server-type", setting.protocol.label().to_owned()),
        ("other-port", setting.port.to_string()),
        ("other-encryption", tr!(encryption)),
        ("other-authentication", tr!(auth)),
        ("other-user-name", setting.username.clone()),
    ]
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A verified setting on mail.example.com, for the tests of the window.
    pub(in crate::gui) fn setting(security: Security, port: u16) -> Setting {
        Setting::example(crate::report::Protocol::Smtp, security, port)
    }

    #[test]
    fn thunderbird_words() {
        let text = MailClient::Thunderbird.copy_all_text(&setting(Security::ImplicitTls, 465));
        assert!(text.contains("Hostname: mail.example.com\n"));
        assert!(text.contains("Username: alice@example.com\n"));
        let other = MailClient::Other.copy_all_text(&setting(Security::ImplicitTls, 465));
        assert!(other.starts_with("Outgoing mail settings\n"), "{other}");
        assert!(text.contains("Port: 465\n"));
        assert!(text.contains("Connection security: SSL/TLS\n"));
        assert!(text.contains("Authentication method: Normal password\n"));
    }

    #[test]
    fn outlook_and_apple_words() {
        let s = setting(Security::Starttls, 587);
        let outlook = MailClient::Outlook.fields(&s);
        assert!(outlook.contains(&(
            "Use the following type of encrypted connection".into(),
            "STARTTLS".into()
        )));
        let apple = MailClient::AppleMail.fields(&s);
        assert!(apple.contains(&("Use TLS/SSL".into(), "On".into())));
    }

    /// In German, Apple Mail's tab uses Apple's German words where they
    /// were gathered from Apple's German help, and Apple's English words
    /// (not a translation of ours) where not yet.
    #[test]
    fn apple_mail_in_german_speaks_apples_german() {
        crate::i18n::choose_here("de");
        let fields = MailClient::AppleMail.fields(&setting(Security::ImplicitTls, 993));
        let outgoing = MailClient::AppleMail.where_to_enter(Direction::Outgoing);
        let outlook = MailClient::Outlook.where_to_enter(Direction::Incoming);
        crate::i18n::choose_here(crate::i18n::SOURCE);
        let labels: Vec<&str> = fields.iter().map(|(label, _)| label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Account-Typ",
                "Hostname",
                "Benutzername",
                "Port",
                "Use TLS/SSL",
                "Authentifizierung"
            ]
        );
        assert!(fields.contains(&("Use TLS/SSL".into(), "Aktiviert".into())));
        assert!(outgoing.contains("SMTP-Serverliste bearbeiten"), "{outgoing}");
        assert!(
            outgoing.contains("iPhone and iPad: Settings > Apps > Mail"),
            "{outgoing}"
        );
        assert!(
            outlook.starts_with("Classic Outlook: File > Account Settings"),
            "{outlook}"
        );
    }

    #[test]
    fn every_program_and_dialog_is_named_for_both_directions() {
        for direction in [Direction::Incoming, Direction::Outgoing] {
            let outlook = MailClient::Outlook.where_to_enter(direction);
            assert!(
                outlook.contains("Classic Outlook") && outlook.contains("Server Settings"),
                "{outlook}"
            );
            assert!(outlook.contains("Outlook for Mac"), "{outlook}");
            let apple = MailClient::AppleMail.where_to_enter(direction);
            assert!(
                apple.contains("macOS 12 and earlier") && apple.contains("iPhone"),
                "{apple}"
            );
        }
        assert!(MailClient::Thunderbird
            .where_to_enter(Direction::Incoming)
            .contains("Account Hub"));
        assert!(
            !MailClient::Thunderbird
                .where_to_enter(Direction::Outgoing)
                .contains("Outgoing Server (SMTP)"),
            "Thunderbird 141+ says \"Outgoing Server\""
        );
    }
}
