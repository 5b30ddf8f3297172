//! Autoconfig files (`config-v1.1.xml`): what the provider's own file, its
//! `.well-known` copy and Thunderbird's provider database (ISPDB) say.
//!
//! The format is Thunderbird's: a `clientConfig` with one `emailProvider`,
//! whose `incomingServer` and `outgoingServer` elements name a server each,
//! best first. Server types this program does not check (`exchange`, `ews`,
//! `graph`, …) are skipped, not errors. User names may hold
//! `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%`.

use crate::model::EmailAddress;
use crate::model::{Protocol, Security};

/// The most servers one file may name: real files name a handful; a file
/// that names thousands is not one to follow.
const MAX_SERVERS: usize = 32;

/// The largest file read: real files are a few kilobytes.
pub const MAX_SIZE: usize = 256 * 1024;

/// What an autoconfig file says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderConfig {
    /// The provider's name, e.g. "Google Mail".
    pub display_name: Option<String>,
    /// The domains the file is for.
    pub domains: Vec<String>,
    /// The servers, in the file's order (best first within each direction).
    pub servers: Vec<Server>,
    /// Where to sign in, when the file names an OAuth2 provider (its
    /// `<oAuth2>` block, beside `emailProvider`).
    pub oauth2: Option<OAuth2>,
}

/// An autoconfig file's `<oAuth2>` block: the provider's authorization
/// server, as Thunderbird reads it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OAuth2 {
    /// The authorization server's host name (`accounts.google.com`), or
    /// its issuer URL.
    pub issuer: String,
    /// The scopes to ask for, space-separated.
    pub scope: String,
    /// The authorization endpoint (https).
    pub auth_url: String,
    /// The token endpoint (https).
    pub token_url: String,
}

/// One server of an autoconfig file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// SMTP, IMAP or POP3.
    pub protocol: Protocol,
    /// Server name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// SSL/TLS or STARTTLS (a file's `plain` is checked as STARTTLS: the
    /// password never goes unencrypted without the person's consent).
    pub security: Security,
    /// The login name, placeholders filled in.
    pub username: Option<String>,
    /// The only sign-in the file names is OAuth2: no password goes there.
    pub oauth_only: bool,
}

/// Why a file was not usable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not XML.
    #[error("not an XML file: {0}")]
    Xml(String),
    /// XML, but not an autoconfig file.
    #[error("not an autoconfig file (no clientConfig/emailProvider)")]
    NotAutoconfig,
}

/// Reads an autoconfig file for `address`.
///
/// # Errors
///
/// [`ParseError`] when the text is not XML or not an autoconfig file.
pub fn parse(text: &str, address: &EmailAddress) -> Result<ProviderConfig, ParseError> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let document =
        roxmltree::Document::parse_with_options(text, options).map_err(|e| ParseError::Xml(e.to_string()))?;
    let root = document.root_element();
    if !root.has_tag_name("clientConfig") {
        return Err(ParseError::NotAutoconfig);
    }
    let provider = root
        .children()
        .find(|n| n.has_tag_name("emailProvider"))
        .ok_or(ParseError::NotAutoconfig)?;
    let mut config = ProviderConfig::default();
    for node in provider.children().filter(roxmltree::Node::is_element) {
        match node.tag_name().name() {
            "displayName" => config.display_name = text_of(node).filter(|_| config.display_name.is_none()),
            "domain" => config.domains.extend(text_of(node)),
            "incomingServer" | "outgoingServer" if config.servers.len() < MAX_SERVERS => {
                config.servers.extend(server(node, address));
            }
            _ => {}
        }
    }
    config.oauth2 = root
        .children()
        .find(|n| n.has_tag_name("oAuth2"))
        .and_then(oauth2);
    Ok(config)
}

/// The `<oAuth2>` block, when it is whole and its endpoints are https.
fn oauth2(node: roxmltree::Node<'_, '_>) -> Option<OAuth2> {
    let https = |url: String| url.starts_with("https://").then_some(url);
    Some(OAuth2 {
        issuer: child_text(node, "issuer")?,
        scope: child_text(node, "scope")?,
        auth_url: https(child_text(node, "authURL")?)?,
        token_url: https(child_text(node, "tokenURL")?)?,
    })
}

/// The trimmed text of an element, when it has some.
fn text_of(node: roxmltree::Node<'_, '_>) -> Option<String> {
    let text = node.text()?.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn child_text(node: roxmltree::Node<'_, '_>, name: &str) -> Option<String> {
    node.children().find(|n| n.has_tag_name(name)).and_then(text_of)
}

fn server(node: roxmltree::Node<'_, '_>, address: &EmailAddress) -> Option<Server> {
    let protocol = match (node.tag_name().name(), node.attribute("type")?) {
        ("incomingServer", "imap") => Protocol::Imap,
        ("incomingServer", "pop3") => Protocol::Pop3,
        ("outgoingServer", "smtp") => Protocol::Smtp,
        _ => return None,
    };
    let host = fill(&child_text(node, "hostname")?, address);
    let host = crate::model::host_to_ascii(&host)?;
    let port: u16 = child_text(node, "port")?.parse().ok().filter(|&p| p != 0)?;
    let security = match child_text(node, "socketType").as_deref() {
        Some(t) if t.eq_ignore_ascii_case("SSL") => Security::ImplicitTls,
        Some(t) if t.eq_ignore_ascii_case("STARTTLS") || t.eq_ignore_ascii_case("plain") => {
            Security::Starttls
        }
        None => crate::model::default_security(port),
        Some(_) => return None,
    };
    let methods: Vec<String> = node
        .children()
        .filter(|n| n.has_tag_name("authentication"))
        .filter_map(text_of)
        .collect();
    let oauth_only = !methods.is_empty() && methods.iter().all(|m| m.eq_ignore_ascii_case("OAuth2"));
    let username = child_text(node, "username").map(|u| fill(&u, address));
    Some(Server {
        protocol,
        host,
        port,
        security,
        // A name with control or bidi characters would reach the screen and
        // the clipboard as the file wrote it: such a file's name is not used.
        username: username.filter(|u| {
            !u.trim().is_empty() && !u.contains('%') && crate::wire::printable::printable(u) == *u
        }),
        oauth_only,
    })
}

/// Fills in the placeholders of a user or host name.
fn fill(text: &str, address: &EmailAddress) -> String {
    text.replace("%EMAILADDRESS%", &format!("{}@{}", address.local, address.domain))
        .replace("%EMAILLOCALPART%", &address.local)
        .replace("%EMAILDOMAIN%", &address.domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> EmailAddress {
        EmailAddress::parse("alice@example.com").unwrap()
    }

    const GOOGLE_LIKE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="exchange">
      <hostname>outlook.example.com</hostname>
      <port>443</port>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.com</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>OAuth2</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
  <oAuth2>
    <issuer>accounts.example.com</issuer>
    <scope>https://mail.example.com/ openid</scope>
    <authURL>https://accounts.example.com/o/oauth2/auth</authURL>
    <tokenURL>https://oauth2.example.com/token</tokenURL>
  </oAuth2>
</clientConfig>"#;

    #[test]
    fn servers_placeholders_and_oauth() {
        let config = parse(GOOGLE_LIKE, &alice()).unwrap();
        assert_eq!(config.display_name.as_deref(), Some("Example Mail"));
        assert_eq!(config.servers.len(), 3, "exchange is skipped: {config:#?}");
        let imap = &config.servers[0];
        assert_eq!(
            (imap.protocol, imap.host.as_str(), imap.port),
            (Protocol::Imap, "imap.example.com", 993)
        );
        assert_eq!(imap.username.as_deref(), Some("alice@example.com"));
        assert!(!imap.oauth_only, "password-cleartext is listed beside OAuth2");
        let pop = &config.servers[1];
        assert_eq!(pop.username.as_deref(), Some("alice"));
        assert!(pop.oauth_only);
        let smtp = &config.servers[2];
        assert_eq!((smtp.security, smtp.port), (Security::Starttls, 587));
        let oauth2 = config.oauth2.unwrap();
        assert_eq!(oauth2.issuer, "accounts.example.com");
        assert_eq!(oauth2.scope, "https://mail.example.com/ openid");
        assert_eq!(oauth2.token_url, "https://oauth2.example.com/token");
    }

    #[test]
    fn an_oauth2_block_with_a_plain_http_endpoint_is_not_used() {
        let text = GOOGLE_LIKE.replace(
            "https://oauth2.example.com/token",
            "http://oauth2.example.com/token",
        );
        assert_eq!(parse(&text, &alice()).unwrap().oauth2, None);
    }

    #[test]
    fn what_is_not_an_autoconfig_file_says_so() {
        assert!(matches!(
            parse("<html></html>", &alice()),
            Err(ParseError::NotAutoconfig)
        ));
        assert!(matches!(
            parse("{\"json\": 1}", &alice()),
            Err(ParseError::Xml(_))
        ));
        // Entities are not expanded (no DTD at all).
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><clientConfig/>"#;
        assert!(parse(bomb, &alice()).is_err());
    }

    #[test]
    fn a_user_name_with_bidi_overrides_is_not_used() {
        // XML forbids control characters even as references; bidi
        // overrides it allows, and they would reorder what the person reads.
        let text = "<clientConfig><emailProvider id=\"x\"><outgoingServer type=\"smtp\">\
            <hostname>smtp.x.test</hostname><port>465</port>\
            <username>alice&#x202e;moc.live@</username></outgoingServer></emailProvider></clientConfig>";
        let config = parse(text, &alice()).unwrap();
        assert_eq!(config.servers[0].username, None);
    }

    #[test]
    fn broken_servers_are_skipped_not_fatal() {
        let text = r#"<clientConfig><emailProvider id="x">
            <outgoingServer type="smtp"><hostname>bad host name</hostname><port>465</port></outgoingServer>
            <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>0</port></outgoingServer>
            <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>465</port><socketType>weird</socketType></outgoingServer>
            <outgoingServer type="smtp"><hostname>smtp.x.test</hostname><port>465</port></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse(text, &alice()).unwrap();
        assert_eq!(config.servers.len(), 1);
        assert_eq!(config.servers[0].security, Security::ImplicitTls);
    }

    /// Every file of Thunderbird's provider database kept in the tests
    /// parses, and names at least one server this program can check.
    #[test]
    fn real_provider_files_parse() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ispdb");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "xml") {
                let text = std::fs::read_to_string(&path).unwrap();
                let config = parse(&text, &alice()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert!(!config.servers.is_empty(), "{}", path.display());
                seen += 1;
            }
        }
        assert!(seen >= 5, "{seen} files in {}", dir.display());
    }

    /// The whole database, when a checkout is named (not in CI: the tests
    /// use no network, and only a selection is kept in the repository).
    #[test]
    fn every_ispdb_file() {
        let Some(dir) = std::env::var_os("MAILSETUP_ISPDB_DIR") else {
            return;
        };
        let mut failed = Vec::new();
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            seen += 1;
            match parse(&text, &alice()) {
                Ok(config) if !config.servers.is_empty() => {}
                other => failed.push(format!("{}: {other:?}", path.display())),
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {seen} failed: {failed:#?}",
            failed.len()
        );
    }
}
