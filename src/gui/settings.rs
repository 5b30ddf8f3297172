//! What the wizard remembers between runs: the address, the server and the
//! advanced options — never the password, never the plaintext consent
//! (which is for one check only).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::clients::MailClient;

/// The remembered form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Last email address.
    pub email: String,
    /// Display name (optional).
    pub display_name: String,
    /// "I know my server": the mail server, for incoming and outgoing.
    pub server: String,
    /// "I know my server": the incoming server, when it is another one.
    pub incoming_server: String,
    /// "I know my server": user name when it differs from the address.
    pub username: String,
    /// "I know my server": ports, as typed.
    pub ports: String,
    /// Advanced: seconds per connection step.
    pub timeout_secs: f32,
    /// Advanced: an extra trusted certificate file.
    pub ca_file: Option<PathBuf>,
    /// Which client tab was last shown.
    pub client: MailClient,
    /// Advanced: log in on every working setting, not only the one that
    /// will be recommended (for help desks and administrators).
    pub verify_all: bool,
    /// Ask third parties where the servers are: Thunderbird's provider
    /// database, and through the MX record the provider that handles the
    /// domain's mail (the About box has the switch).
    pub third_party_lookups: bool,
    /// System, Light or Dark.
    pub appearance: super::theme::Appearance,
    /// The language chosen in the window (a BCP 47 tag); `None` follows
    /// the system's.
    pub language: Option<String>,
    /// Advanced: the OAuth2 client ID to sign in with, where the provider
    /// lets no program register itself (not a secret).
    pub oauth_client_id: String,
    /// Advanced: the Microsoft tenant that registered that client ID.
    pub oauth_tenant: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            email: String::new(),
            display_name: String::new(),
            server: String::new(),
            incoming_server: String::new(),
            username: String::new(),
            ports: String::new(),
            timeout_secs: crate::engine::DEFAULT_TIMEOUT.as_secs_f32(),
            ca_file: None,
            client: MailClient::default(),
            verify_all: false,
            third_party_lookups: true,
            appearance: super::theme::Appearance::System,
            language: None,
            oauth_client_id: String::new(),
            oauth_tenant: String::new(),
        }
    }
}

/// Where settings live: the platform's config folder
/// (`~/.config/mailsetup/settings.json` on Linux).
#[must_use]
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "MailSetupAssistant", "mailsetup")
        .map(|dirs| dirs.config_dir().join("settings.json"))
}

impl Settings {
    /// Reads the settings; anything unreadable gives the defaults.
    #[must_use]
    pub fn load(path: Option<&Path>) -> Self {
        path.and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings. Failing to remember is not worth bothering the
    /// user about; the error is returned for tests and ignored by the UI.
    ///
    /// # Errors
    ///
    /// When the folder cannot be created or the file written.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(path, serde_json::to_vec_pretty(self)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_no_password_field() {
        let dir = std::env::temp_dir().join(format!("mailsetup-settings-{}", std::process::id()));
        let path = dir.join("settings.json");
        let settings = Settings {
            email: "alice@example.com".into(),
            server: "mail.example.com".into(),
            ..Settings::default()
        };
        settings.save(&path).unwrap();
        assert_eq!(Settings::load(Some(&path)), settings);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.to_lowercase().contains("password"));
        std::fs::remove_dir_all(dir).unwrap();
        assert_eq!(Settings::load(Some(&path)), Settings::default());
    }
}
