//! Files the user can save: a Thunderbird autoconfig file with the
//! verified incoming and outgoing servers. (The text and JSON reports come
//! from [`crate::text`] and the report's serde form.) None includes the
//! password.

use std::fmt::Write as _;

use crate::probe::candidates::EmailAddress;
use crate::probe::report::{Protocol, Report, Security, Setting};

/// A Thunderbird autoconfig file (`config-v1.1.xml`) with every verified,
/// encrypted setting, best first: incoming servers (IMAP before POP3), then
/// outgoing ones. `None` when there is no verified incoming or outgoing
/// setting: Thunderbird's reader refuses a file without an incoming server
/// ("Need proper <incomingServer> in XML file").
///
/// Thunderbird reads it from its `isp` folder (`DOMAIN.xml`), from
/// `https://autoconfig.DOMAIN/mail/config-v1.1.xml` or from
/// `https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml`, served as
/// `text/xml`.
#[must_use]
pub fn thunderbird_autoconfig(domain: &str, report: &Report) -> Option<String> {
    let usable = |s: &&Setting| s.verified && !s.insecure;
    let pick = |section: &crate::probe::report::Section| -> Vec<Setting> {
        section
            .recommended
            .iter()
            .chain(&section.alternatives)
            .filter(usable)
            .cloned()
            .collect()
    };
    let incoming = pick(&report.incoming);
    let outgoing = pick(&report.outgoing);
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
</clientConfig>
"#,
        domain = xml_escape(domain),
    ))
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
    let _ = write!(
        out,
        r#"    <{element} type="{kind}">
      <hostname>{host}</hostname>
      <port>{port}</port>
      <socketType>{socket_type}</socketType>
      <authentication>password-cleartext</authentication>
      <username>{username}</username>
    </{element}>
"#,
        host = xml_escape(&setting.host),
        port = setting.port,
        username = xml_escape(&username),
    );
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
    use crate::probe::report::Section;

    fn setting(protocol: Protocol, security: Security, port: u16) -> Setting {
        Setting {
            protocol,
            ..crate::gui::clients::tests::setting(security, port)
        }
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
            cancelled: false,
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
        assert!(
            crate::probe::candidates::is_host_name(id),
            "id {id} is a host name"
        );
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
            assert!(
                host.is_ascii() && crate::probe::candidates::is_host_name(&host),
                "{host}"
            );
            let port: u32 = text(server, "port").parse().expect("a port number");
            assert!((1..=65535).contains(&port));
            assert!(
                ["SSL", "STARTTLS"].contains(&text(server, "socketType").as_str()),
                "no plain"
            );
            assert_eq!(text(server, "authentication"), "password-cleartext");
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
}
