//! Files for mail programs, from a verified check: a Thunderbird autoconfig
//! file and an Apple configuration profile. Only verified, encrypted
//! settings go in; none holds the password. (The text and JSON reports come
//! from [`crate::report::text`] and the report's serde form.)

use std::fmt::Write as _;

use crate::model::EmailAddress;
use sha2::{Digest, Sha256};

use crate::report::{Protocol, Report, Section, Security, Setting};

/// The verified, encrypted settings of a section, best first.
fn usable(section: &Section) -> Vec<Setting> {
    section
        .recommended
        .iter()
        .chain(&section.alternatives)
        .filter(|s| s.verified && !s.insecure)
        .cloned()
        .collect()
}

/// Whether files for mail programs can be written from `report`: both
/// directions have a verified, encrypted setting.
#[must_use]
pub fn files_possible(report: &Report) -> bool {
    // Asked every frame by the window: look, don't copy.
    let any_usable = |section: &Section| {
        section
            .recommended
            .iter()
            .chain(&section.alternatives)
            .any(|s| s.verified && !s.insecure)
    };
    any_usable(&report.incoming) && any_usable(&report.outgoing)
}

/// The settings were verified by signing in with the provider.
#[must_use]
pub fn signed_in(report: &Report) -> bool {
    [&report.incoming, &report.outgoing]
        .iter()
        .any(|section| section.recommended.as_ref().is_some_and(Setting::signs_in))
}

/// A Thunderbird autoconfig file (`config-v1.1.xml`) with every verified,
/// encrypted setting, best first: incoming servers (IMAP before POP3), then
/// outgoing ones. `None` when there is no verified incoming or outgoing
/// setting: Thunderbird's reader refuses a file without an incoming server
/// ("Need proper `<incomingServer>` in XML file").
///
/// Thunderbird reads it from its `isp` folder (`DOMAIN.xml`), from
/// `https://autoconfig.DOMAIN/mail/config-v1.1.xml` or from
/// `https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml`, served as
/// `text/xml`.
#[must_use]
pub fn thunderbird_autoconfig(domain: &str, report: &Report) -> Option<String> {
    let incoming = usable(&report.incoming);
    let outgoing = usable(&report.outgoing);
    if incoming.is_empty() || outgoing.is_empty() {
        return None;
    }
    let local = EmailAddress::parse(&report.email)
        .map(|a| a.local)
        .unwrap_or_default();
    let mut servers = String::new();
    for setting in &incoming {
        let kind = if setting.protocol == Protocol::Imap {
            "imap"
        } else {
            "pop3"
        };
        server(
            &mut servers,
            "incomingServer",
            kind,
            setting,
            &report.email,
            &local,
        );
    }
    for setting in &outgoing {
        server(
            &mut servers,
            "outgoingServer",
            "smtp",
            setting,
            &report.email,
            &local,
        );
    }
    Some(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{domain}</displayName>
{servers}  </emailProvider>
{sign_in}</clientConfig>
"#,
        domain = xml_escape(domain),
        sign_in = sign_in_block(report),
    ))
}

/// The `<oAuth2>` block beside the provider, when the check signed in:
/// Thunderbird signs in there with its own client when it reads the file
/// (its reader takes the block only with an `OAuth2` server).
fn sign_in_block(report: &Report) -> String {
    let Some(provider) = report.sign_in.as_ref().filter(|_| signed_in(report)) else {
        return String::new();
    };
    format!(
        "  <oAuth2>\n    <issuer>{}</issuer>\n    <scope>{}</scope>\n    <authURL>{}</authURL>\n    \
         <tokenURL>{}</tokenURL>\n  </oAuth2>\n",
        xml_escape(&provider.issuer),
        xml_escape(&provider.scope),
        xml_escape(&provider.auth_url),
        xml_escape(&provider.token_url),
    )
}

fn server(out: &mut String, element: &str, kind: &str, setting: &Setting, email: &str, local: &str) {
    let socket_type = match setting.security {
        Security::ImplicitTls => "SSL",
        Security::Starttls => "STARTTLS",
        Security::Plaintext => "plain",
    };
    // Placeholders let the file serve every user of the domain.
    let username = if setting.username.eq_ignore_ascii_case(email) {
        "%EMAILADDRESS%".to_owned()
    } else if !local.is_empty() && setting.username == local {
        "%EMAILLOCALPART%".to_owned()
    } else {
        setting.username.clone()
    };
    let authentication = if setting.signs_in() {
        "OAuth2"
    } else {
        "password-cleartext"
    };
    let _ = write!(
        out,
        r#"    <{element} type="{kind}">
      <hostname>{host}</hostname>
      <port>{port}</port>
      <socketType>{socket_type}</socketType>
      <authentication>{authentication}</authentication>
      <username>{username}</username>
    </{element}>
"#,
        host = xml_escape(&setting.host),
        port = setting.port,
        username = xml_escape(&username),
    );
}

/// An Apple configuration profile (`.mobileconfig`, payload
/// `com.apple.mail.managed`) with the recommended incoming and outgoing
/// settings, which macOS and iOS Mail install by double-click. It holds no
/// password: Mail asks for it. `None` unless both were verified.
#[must_use]
pub fn apple_profile(report: &Report, name: Option<&str>) -> Option<String> {
    let incoming = usable(&report.incoming).into_iter().next()?;
    let outgoing = usable(&report.outgoing).into_iter().next()?;
    if incoming.signs_in() || outgoing.signs_in() {
        // Its profile payload takes a password or none; a profile that
        // asked for one would fail at the first login.
        return None;
    }
    let kind = if incoming.protocol == Protocol::Imap {
        "EmailTypeIMAP"
    } else {
        "EmailTypePOP"
    };
    let email = xml_escape(&report.email);
    let seed = format!("{}|{}|{}", report.email, incoming.host, outgoing.host);
    let profile_uuid = uuid_from(&format!("profile|{seed}"));
    let mail_uuid = uuid_from(&format!("mail|{seed}"));
    let identifier = format!("org.mailsetupassistant.profile.{profile_uuid}");
    Some(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
{mail}  </array>
  <key>PayloadDescription</key>
  <string>Sets up the mail account {email}. Mail asks for the password.</string>
  <key>PayloadDisplayName</key>
  <string>Mail: {email}</string>
  <key>PayloadIdentifier</key>
  <string>{identifier}</string>
  <key>PayloadRemovalDisallowed</key>
  <false/>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>{profile_uuid}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
"#,
        mail = mail_payload(&email, name, kind, &incoming, &outgoing, &identifier, &mail_uuid),
    ))
}

/// The profile's mail account payload (`com.apple.mail.managed`): both
/// servers over TLS, a password login, the same password for both.
fn mail_payload(
    email: &str,
    name: Option<&str>,
    kind: &str,
    incoming: &Setting,
    outgoing: &Setting,
    identifier: &str,
    mail_uuid: &str,
) -> String {
    format!(
        r#"    <dict>
      <key>EmailAccountDescription</key>
      <string>{email}</string>
{name}      <key>EmailAccountType</key>
      <string>{kind}</string>
      <key>EmailAddress</key>
      <string>{email}</string>
      <key>IncomingMailServerAuthentication</key>
      <string>EmailAuthPassword</string>
      <key>IncomingMailServerHostName</key>
      <string>{incoming_host}</string>
      <key>IncomingMailServerPortNumber</key>
      <integer>{incoming_port}</integer>
      <key>IncomingMailServerUseSSL</key>
      <true/>
      <key>IncomingMailServerUsername</key>
      <string>{incoming_user}</string>
      <key>OutgoingMailServerAuthentication</key>
      <string>EmailAuthPassword</string>
      <key>OutgoingMailServerHostName</key>
      <string>{outgoing_host}</string>
      <key>OutgoingMailServerPortNumber</key>
      <integer>{outgoing_port}</integer>
      <key>OutgoingMailServerUseSSL</key>
      <true/>
      <key>OutgoingMailServerUsername</key>
      <string>{outgoing_user}</string>
      <key>OutgoingPasswordSameAsIncomingPassword</key>
      <true/>
      <key>PayloadDescription</key>
      <string>Mail settings verified by Mail Setup Assistant</string>
      <key>PayloadDisplayName</key>
      <string>{email}</string>
      <key>PayloadIdentifier</key>
      <string>{identifier}.mail</string>
      <key>PayloadType</key>
      <string>com.apple.mail.managed</string>
      <key>PayloadUUID</key>
      <string>{mail_uuid}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
    </dict>
"#,
        // The name people see on the mail the account sends.
        name = name
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| format!(
                "      <key>EmailAccountName</key>\n      <string>{}</string>\n",
                xml_escape(name)
            ))
            .unwrap_or_default(),
        incoming_host = xml_escape(&incoming.host),
        incoming_port = incoming.port,
        incoming_user = xml_escape(&incoming.username),
        outgoing_host = xml_escape(&outgoing.host),
        outgoing_port = outgoing.port,
        outgoing_user = xml_escape(&outgoing.username),
    )
}

/// A stable UUID (version 4 layout) from `seed`: the same account gives the
/// same profile, so installing it again replaces it instead of adding one.
fn uuid_from(seed: &str) -> String {
    let mut bytes: [u8; 16] = Sha256::digest(seed.as_bytes())[..16]
        .try_into()
        .unwrap_or_default();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(protocol: Protocol, security: Security, port: u16) -> Setting {
        Setting::example(protocol, security, port)
    }

    fn report(incoming: Vec<Setting>, outgoing: Vec<Setting>) -> Report {
        let section = |mut all: Vec<Setting>| Section {
            recommended: (!all.is_empty()).then(|| all.remove(0)),
            alternatives: all,
        };
        Report {
            email: "alice@example.com".into(),
            incoming: section(incoming),
            outgoing: section(outgoing),
            attempts: Vec::new(),
            sign_in: None,
            cancelled: false,
            discovery: Vec::new(),
            network: Vec::new(),
        }
    }

    /// The rules of Thunderbird's reader (readFromXML.sys.mjs), as listed
    /// in the project's CLIENTS notes.
    fn assert_thunderbird_accepts(xml: &str) {
        let document = roxmltree::Document::parse(xml).expect("well-formed XML");
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "clientConfig");
        let provider = root
            .children()
            .find(|n| n.has_tag_name("emailProvider"))
            .expect("emailProvider");
        let id = provider.attribute("id").expect("an id");
        assert!(crate::model::is_host_name(id), "id {id} is a host name");
        assert!(
            provider.children().any(|n| n.has_tag_name("domain")),
            "a <domain>"
        );
        let text = |server: roxmltree::Node<'_, '_>, name: &str| {
            server
                .children()
                .find(|n| n.has_tag_name(name))
                .and_then(|n| n.text())
                .unwrap_or_else(|| panic!("<{name}>"))
                .to_owned()
        };
        let check = |server: roxmltree::Node<'_, '_>, types: &[&str]| {
            assert!(types.contains(&server.attribute("type").unwrap_or("")));
            let host = text(server, "hostname");
            assert!(host.is_ascii() && crate::model::is_host_name(&host), "{host}");
            let port: u32 = text(server, "port").parse().expect("a port number");
            assert!((1..=65535).contains(&port));
            assert!(
                ["SSL", "STARTTLS"].contains(&text(server, "socketType").as_str()),
                "no plain"
            );
            assert!(
                ["password-cleartext", "OAuth2"].contains(&text(server, "authentication").as_str()),
                "an authentication Thunderbird knows"
            );
            assert!(!text(server, "username").is_empty());
        };
        let incoming: Vec<_> = provider
            .children()
            .filter(|n| n.has_tag_name("incomingServer"))
            .collect();
        assert!(!incoming.is_empty(), "Need proper <incomingServer> in XML file");
        incoming.iter().for_each(|&s| check(s, &["imap", "pop3"]));
        let outgoing: Vec<_> = provider
            .children()
            .filter(|n| n.has_tag_name("outgoingServer"))
            .collect();
        assert!(!outgoing.is_empty(), "an <outgoingServer>");
        outgoing.iter().for_each(|&s| check(s, &["smtp"]));
    }

    #[test]
    fn a_whole_account_makes_a_file_thunderbird_accepts() {
        let mut pop = setting(Protocol::Pop3, Security::ImplicitTls, 995);
        pop.username = "alice".into();
        let report = report(
            vec![setting(Protocol::Imap, Security::ImplicitTls, 993), pop],
            vec![
                setting(Protocol::Smtp, Security::ImplicitTls, 465),
                setting(Protocol::Smtp, Security::Starttls, 587),
            ],
        );
        let xml = thunderbird_autoconfig("example.com", &report).unwrap();
        assert_thunderbird_accepts(&xml);
        let imap = xml.find("<incomingServer type=\"imap\">").unwrap();
        let pop3 = xml.find("<incomingServer type=\"pop3\">").unwrap();
        assert!(imap < pop3, "best first");
        assert!(xml.contains("<username>%EMAILLOCALPART%</username>"));
        assert!(xml.contains("<username>%EMAILADDRESS%</username>"));
        assert_eq!(xml.matches("<outgoingServer").count(), 2);
    }

    #[test]
    fn no_file_without_a_verified_incoming_or_outgoing_server() {
        let outgoing_only = report(
            Vec::new(),
            vec![setting(Protocol::Smtp, Security::ImplicitTls, 465)],
        );
        assert_eq!(thunderbird_autoconfig("example.com", &outgoing_only), None);
        let mut unverified = setting(Protocol::Imap, Security::ImplicitTls, 993);
        unverified.verified = false;
        let unchecked = report(
            vec![unverified],
            vec![setting(Protocol::Smtp, Security::ImplicitTls, 465)],
        );
        assert_eq!(thunderbird_autoconfig("example.com", &unchecked), None);
    }

    #[test]
    fn values_are_escaped() {
        let mut odd = setting(Protocol::Smtp, Security::ImplicitTls, 465);
        odd.username = "a<b>&\"c".into();
        let report = report(
            vec![setting(Protocol::Imap, Security::ImplicitTls, 993)],
            vec![odd],
        );
        let xml = thunderbird_autoconfig("example.com", &report).unwrap();
        assert!(xml.contains("<username>a&lt;b&gt;&amp;&quot;c</username>"));
        assert_thunderbird_accepts(&xml);
    }

    #[test]
    fn an_apple_profile_that_mail_installs() {
        let mut imap = setting(Protocol::Imap, Security::Starttls, 143);
        imap.username = "alice".into();
        let report = report(
            vec![imap],
            vec![setting(Protocol::Smtp, Security::ImplicitTls, 465)],
        );
        let xml = apple_profile(&report, None).unwrap();
        let profile: plist::Dictionary = plist::from_bytes(xml.as_bytes()).expect("a property list");
        assert_eq!(
            profile.get("PayloadType").and_then(|v| v.as_string()),
            Some("Configuration")
        );
        assert_eq!(
            profile
                .get("PayloadVersion")
                .and_then(plist::Value::as_signed_integer),
            Some(1)
        );
        let uuid = profile.get("PayloadUUID").and_then(|v| v.as_string()).unwrap();
        assert_eq!(uuid.len(), 36);
        let content = profile.get("PayloadContent").and_then(|v| v.as_array()).unwrap();
        let mail = content[0].as_dictionary().unwrap();
        let text = |key: &str| {
            mail.get(key)
                .and_then(|v| v.as_string())
                .unwrap_or_default()
                .to_owned()
        };
        let number = |key: &str| mail.get(key).and_then(plist::Value::as_signed_integer);
        let flag = |key: &str| mail.get(key).and_then(plist::Value::as_boolean);
        assert_eq!(text("PayloadType"), "com.apple.mail.managed");
        assert_eq!(text("EmailAccountType"), "EmailTypeIMAP");
        assert_eq!(text("EmailAddress"), "alice@example.com");
        assert_eq!(text("IncomingMailServerHostName"), "mail.example.com");
        assert_eq!(number("IncomingMailServerPortNumber"), Some(143));
        assert_eq!(flag("IncomingMailServerUseSSL"), Some(true));
        assert_eq!(text("IncomingMailServerUsername"), "alice");
        assert_eq!(number("OutgoingMailServerPortNumber"), Some(465));
        assert_eq!(text("OutgoingMailServerAuthentication"), "EmailAuthPassword");
        for key in ["IncomingPassword", "OutgoingPassword"] {
            assert!(mail.get(key).is_none(), "no password in the profile");
        }
        assert_eq!(
            apple_profile(&report, None).unwrap(),
            xml,
            "the same account, the same profile"
        );
        let outgoing_only = super::tests::report(
            Vec::new(),
            vec![setting(Protocol::Smtp, Security::ImplicitTls, 465)],
        );
        assert_eq!(apple_profile(&outgoing_only, None), None);
        assert!(text("EmailAccountName").is_empty(), "no name given, none written");
        let named = apple_profile(&report, Some(" Alice <& Co> ")).unwrap();
        let named: plist::Dictionary = plist::from_bytes(named.as_bytes()).expect("a property list");
        let mail = named.get("PayloadContent").and_then(|v| v.as_array()).unwrap()[0]
            .as_dictionary()
            .unwrap()
            .clone();
        assert_eq!(
            mail.get("EmailAccountName").and_then(|v| v.as_string()),
            Some("Alice <& Co>")
        );
    }

    #[test]
    fn settings_verified_by_signing_in_say_oauth2_and_no_apple_profile_pretends_otherwise() {
        let signed_in = |protocol, port| Setting {
            auth_mechanism: Some("XOAUTH2".into()),
            authentication: Some(crate::report::Authentication::Oauth2),
            ..setting(protocol, Security::ImplicitTls, port)
        };
        let mut report = report(
            vec![signed_in(Protocol::Imap, 993)],
            vec![signed_in(Protocol::Smtp, 465)],
        );
        report.sign_in = Some(crate::discovery::autoconfig::OAuth2 {
            issuer: "auth.example.com".into(),
            scope: "mail <all>".into(),
            auth_url: "https://auth.example.com/authorize".into(),
            token_url: "https://auth.example.com/token".into(),
        });
        let xml = thunderbird_autoconfig("example.com", &report).unwrap();
        assert_thunderbird_accepts(&xml);
        assert_eq!(
            xml.matches("<authentication>OAuth2</authentication>").count(),
            2,
            "{xml}"
        );
        // The block reads back as the program's own reader reads one.
        let alice = EmailAddress::parse("alice@example.com").unwrap();
        let read = crate::discovery::autoconfig::parse(&xml, &alice).unwrap();
        assert_eq!(read.oauth2, report.sign_in, "{xml}");
        assert!(super::signed_in(&report));
        assert_eq!(apple_profile(&report, None), None);
        let with_password = super::tests::report(
            vec![setting(Protocol::Imap, Security::ImplicitTls, 993)],
            vec![setting(Protocol::Smtp, Security::ImplicitTls, 465)],
        );
        let xml = thunderbird_autoconfig("example.com", &with_password).unwrap();
        assert_eq!(
            xml.matches("<authentication>password-cleartext</authentication>")
                .count(),
            2,
            "{xml}"
        );
        assert!(apple_profile(&with_password, None).is_some());
    }
}
