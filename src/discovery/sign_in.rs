//! Where the address's provider has people sign in: the `<oAuth2>` block
//! of the provider's own settings file, or of the ISPDB's entry for the
//! domain. Asked before a check that signs in, from the same files the
//! lookups read.

use super::http::Seen;
use super::*;

/// The first `<oAuth2>` block of the provider's autoconfig file, its
/// `.well-known` copy and the ISPDB's entry (when third parties may be
/// asked), in that order; `None` when none names one.
pub async fn oauth2_provider(address: &EmailAddress, options: Options) -> Option<autoconfig::OAuth2> {
    let (tx, _progress) = mpsc::unbounded_channel();
    let context = Context::new(address.clone(), options, tx).ok()?;
    let domain = &address.domain;
    let email = format!("{}@{domain}", address.local);
    let mut files = vec![
        (format!("https://autoconfig.{domain}/mail/config-v1.1.xml"), true),
        (
            format!("https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"),
            false,
        ),
    ];
    if let Some(base) = &context.options.ispdb {
        files.push((format!("{base}{domain}"), false));
    }
    let deadline = context.options.deadline(HTTP_DEADLINE);
    for (url, with_address) in files {
        let query: &[(&str, &str)] = if with_address {
            &[("emailaddress", &email)]
        } else {
            &[]
        };
        let fetched = tokio::time::timeout(deadline, context.file(&url, query, &mut Seen::default())).await;
        if let Ok(Ok(Fetched::Config(config, _))) = fetched {
            if let Some(oauth2) = config.oauth2 {
                return Some(oauth2);
            }
        }
    }
    None
}
