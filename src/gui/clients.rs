//! Each mail client's own words for the incoming- and outgoing-server
//! fields, and where in its menus they are, so that a person can copy
//! values field by field (wording checked against each program's sources,
//! see the project's CLIENTS notes).

use crate::report::{Direction, Security, Setting};

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
    pub fn name(self) -> &'static str {
        match self {
            Self::Thunderbird => "Thunderbird",
            Self::Outlook => "Outlook",
            Self::AppleMail => "Apple Mail",
            Self::Other => "Other",
        }
    }

    /// Where the fields of one direction are, as a menu path.
    #[must_use]
    pub fn where_to_enter(self, direction: Direction) -> &'static str {
        match (self, direction) {
            (Self::Thunderbird, Direction::Incoming) => {
                "New account: Account Hub > \"Advanced config\" (change \"Autodetect\" to these values). Existing \
                 account: Tools > Account Settings (Linux: Edit > Account Settings) > Server Settings."
            }
            (Self::Thunderbird, Direction::Outgoing) => {
                "New account: Account Hub > \"Advanced config\", outgoing server. Existing account: Tools > Account \
                 Settings (Linux: Edit > Account Settings) > Outgoing Server > select your server (or Add…) > Edit… \
                 (there \"Server Name\" and \"User Name\")."
            }
            (Self::Outlook, Direction::Incoming) => {
                "Classic Outlook: File > Account Settings > Account Settings… > select the account > Change… \
                 (port and encryption: More Settings… > Advanced, under \"Incoming server\"); newer builds: File > \
                 Account Settings > Server Settings > Incoming mail. Outlook for Mac: Tools > Accounts > \
                 Incoming server (tick \"Use SSL to connect\")."
            }
            (Self::Outlook, Direction::Outgoing) => {
                "Classic Outlook: File > Account Settings > Account Settings… > select the account > Change… > \
                 More Settings… > Outgoing Server and Advanced (under \"Outgoing server (SMTP)\"); newer builds: \
                 File > Account Settings > Server Settings > Outgoing mail. Outlook for Mac: Tools > Accounts > \
                 Outgoing server (tick \"Use SSL to connect\")."
            }
            (Self::AppleMail, Direction::Incoming) => {
                "Mail > Settings… (macOS 12 and earlier: Preferences…) > Accounts > select the account > Server \
                 Settings > Incoming Mail Server (untick \"Automatically manage connection settings\"). iPhone and \
                 iPad: Settings > Apps > Mail > Mail Accounts > the account > Account > Advanced."
            }
            (Self::AppleMail, Direction::Outgoing) => {
                "Mail > Settings… (macOS 12 and earlier: Preferences…) > Accounts > select the account > Server \
                 Settings > Outgoing Mail Server > Account > Edit SMTP Server List… (untick \"Automatically \
                 manage connection settings\"). iPhone and iPad: Settings > Apps > Mail > Mail Accounts > the \
                 account > Account > SMTP."
            }
            (Self::Other, Direction::Incoming) => {
                "Your mail program's account or server settings, under \"Incoming server\", \"IMAP\" or \"POP3\"."
            }
            (Self::Other, Direction::Outgoing) => {
                "Your mail program's account or server settings, under \"Outgoing server\" or \"SMTP\"."
            }
        }
    }

    /// The fields as (the client's label, the value), in the order the
    /// client's dialog shows them.
    #[must_use]
    pub fn fields(self, setting: &Setting) -> Vec<(&'static str, String)> {
        let incoming = setting.protocol.direction() == Direction::Incoming;
        match (self, incoming) {
            (Self::Thunderbird, _) => thunderbird_fields(setting, incoming),
            (Self::Outlook, _) => outlook_fields(setting, incoming),
            (Self::AppleMail, _) => vec![
                ("Account Type", setting.protocol.label().to_owned()),
                ("Host Name", setting.host.clone()),
                ("User Name", setting.username.clone()),
                ("Port", setting.port.to_string()),
                (
                    "Use TLS/SSL",
                    if setting.security == Security::Plaintext {
                        "Off"
                    } else {
                        "On"
                    }
                    .to_owned(),
                ),
                (
                    "Authentication",
                    if setting.signs_in() {
                        "OAuth2 (Apple Mail offers it only for Google and Microsoft accounts)"
                    } else {
                        "Password"
                    }
                    .to_owned(),
                ),
            ],
            (Self::Other, _) => other_fields(setting, incoming),
        }
    }

    /// Every field as `Label: value` lines, for "Copy all".
    #[must_use]
    pub fn copy_all_text(self, setting: &Setting) -> String {
        let which = match setting.protocol.direction() {
            Direction::Incoming => "Incoming",
            Direction::Outgoing => "Outgoing",
        };
        let mut text = match self {
            Self::Other => format!("{which} mail settings\n"),
            _ => format!("{which} mail settings for {}\n", self.name()),
        };
        for (label, value) in self.fields(setting) {
            text.push_str(&format!("{label}: {value}\n"));
        }
        text
    }
}

/// Thunderbird's new-account form (the Account Hub's "Advanced config"),
/// which uses the same words for both servers: "Hostname", "Username".
/// (Account Settings says "Server Name" and "User Name".)
fn thunderbird_fields(setting: &Setting, incoming: bool) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("Hostname", setting.host.clone()),
        ("Port", setting.port.to_string()),
        ("Connection security", setting.security.client_label().to_owned()),
        (
            "Authentication method",
            if setting.signs_in() {
                "OAuth2"
            } else {
                "Normal password"
            }
            .to_owned(),
        ),
        ("Username", setting.username.clone()),
    ];
    if incoming {
        fields.insert(0, ("Protocol", setting.protocol.label().to_owned()));
    }
    fields
}

/// Classic Outlook's "Internet E-mail Settings" and its "More Settings".
fn outlook_fields(setting: &Setting, incoming: bool) -> Vec<(&'static str, String)> {
    let (host, port, user) = (
        setting.host.clone(),
        setting.port.to_string(),
        setting.username.clone(),
    );
    let security = setting.security.client_label().to_owned();
    let encrypted = "Use the following type of encrypted connection";
    if incoming {
        let port_label = if setting.protocol == crate::report::Protocol::Imap {
            "Incoming server (IMAP) port"
        } else {
            "Incoming server (POP3) port"
        };
        vec![
            ("Account type", setting.protocol.label().to_owned()),
            ("Incoming mail server", host),
            (port_label, port),
            (encrypted, security),
            ("User Name", user),
        ]
    } else {
        vec![
            ("Outgoing mail server (SMTP)", host),
            ("Outgoing server (SMTP) port", port),
            (encrypted, security),
            (
                "My outgoing server (SMTP) requires authentication",
                "Yes, log on using".to_owned(),
            ),
            ("User Name", user),
        ]
    }
}

/// Any other mail program: the usual names, with their other names.
fn other_fields(setting: &Setting, incoming: bool) -> Vec<(&'static str, String)> {
    let encryption = match setting.security {
        Security::ImplicitTls => "SSL/TLS (also called SSL or implicit TLS)",
        Security::Starttls => "STARTTLS (older programs: TLS)",
        Security::Plaintext => "None",
    };
    vec![
        (
            if incoming {
                "Incoming server"
            } else {
                "Outgoing server (SMTP)"
            },
            setting.host.clone(),
        ),
        ("Server type", setting.protocol.label().to_owned()),
        ("Port", setting.port.to_string()),
        ("Encryption", encryption.to_owned()),
        (
            "Authentication",
            if setting.signs_in() {
                "OAuth2 (sign in with your provider in the browser)"
            } else {
                "Normal password (also called password or plain)"
            }
            .to_owned(),
        ),
        ("User name", setting.username.clone()),
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
            "Use the following type of encrypted connection",
            "STARTTLS".into()
        )));
        let apple = MailClient::AppleMail.fields(&s);
        assert!(apple.contains(&("Use TLS/SSL", "On".into())));
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
