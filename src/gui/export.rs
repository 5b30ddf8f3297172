//! Files the user can save: a Thunderbird autoconfig file with the
//! verified outgoing server. (The text and JSON reports come from
//! [`crate::text`] and the report's serde form.) None includes the password.

use crate::probe::report::{Security, Setting};

/// A Thunderbird autoconfig file (`config-v1.1.xml`) with the outgoing
/// server filled in. Thunderbird reads it from a provider's
/// `autoconfig.DOMAIN/mail/config-v1.1.xml`, or an administrator can drop
/// it into Thunderbird's `isp` folder.
#[must_use]
pub fn thunderbird_autoconfig(domain: &str, setting: &Setting, email: &str) -> String {
    let socket_type = match setting.security {
        Security::ImplicitTls => "SSL",
        Security::Starttls => "STARTTLS",
        Security::Plaintext => "plain",
    };
    // %EMAILADDRESS% lets the file serve every user of the domain when the
    // user name is the address, as it usually is.
    let username = if setting.username.eq_ignore_ascii_case(email) {
        "%EMAILADDRESS%".to_owned()
    } else {
        setting.username.clone()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{domain}</displayName>
    <outgoingServer type="smtp">
      <hostname>{host}</hostname>
      <port>{port}</port>
      <socketType>{socket_type}</socketType>
      <authentication>password-cleartext</authentication>
      <username>{username}</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"#,
        domain = xml_escape(domain),
        host = xml_escape(&setting.host),
        port = setting.port,
        username = xml_escape(&username),
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

    #[test]
    fn autoconfig_has_the_outgoing_server() {
        let setting = crate::gui::clients::tests::setting(Security::ImplicitTls, 465);
        let xml = thunderbird_autoconfig("example.com", &setting, "alice@example.com");
        assert!(xml.contains("<outgoingServer type=\"smtp\">"));
        assert!(xml.contains("<hostname>mail.example.com</hostname>"));
        assert!(xml.contains("<port>465</port>"));
        assert!(xml.contains("<socketType>SSL</socketType>"));
        assert!(xml.contains("<username>%EMAILADDRESS%</username>"));
        let odd = Setting {
            username: "a<b>&\"c".into(),
            ..setting
        };
        let xml = thunderbird_autoconfig("example.com", &odd, "alice@example.com");
        assert!(xml.contains("<username>a&lt;b&gt;&amp;&quot;c</username>"));
    }
}
