//! `mailsetup probe --oauth`: signing in with the provider in the browser
//! before the check, which then logs in with that sign-in.

use crate::tr;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::ProbeArgs;
use crate::engine::Request;
use crate::oauth::{self, SignInError, SignedIn};

/// Finds where the address's provider signs people in, opens the browser
/// there (the address is printed too), and waits for the sign-in; Ctrl-C
/// stops it.
pub(super) fn sign_in(request: &Request, args: &ProbeArgs) -> anyhow::Result<SignedIn> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let token = runtime.block_on(async {
        let cancel = CancellationToken::new();
        let ctrl_c = cancel.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                ctrl_c.cancel();
            }
        });
        signed_in(request, args, &cancel).await
    })?;
    Ok(token)
}

async fn signed_in(
    request: &Request,
    args: &ProbeArgs,
    cancel: &CancellationToken,
) -> Result<SignedIn, SignInError> {
    let open = |issuer: &str, url: &str| {
        eprintln!(
            "{}\n  {url}\n{}",
            tr!("cli-sign-in-open", issuer = issuer),
            tr!("cli-sign-in-waiting")
        );
        if let Err(error) = oauth::open_browser(url) {
            eprintln!("{}", tr!("cli-no-browser", error = error.to_string()));
        }
        Ok(())
    };
    let wait = Duration::from_secs(args.oauth_wait);
    let client = oauth::Client {
        id: args.oauth_client_id.clone(),
        tenant: args.oauth_tenant.clone(),
    };
    let token = oauth::sign_in_for(request, client, wait, &open, cancel).await?;
    eprintln!("{}", tr!("cli-signed-in"));
    Ok(token)
}
