//! `mailsetup probe --oauth`: signing in with the provider in the browser
//! before the check, which then logs in with that sign-in.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::ProbeArgs;
use crate::engine::Request;
use crate::oauth::{self, SignIn, SignInError};
use crate::secret::Password;

/// Finds where the address's provider signs people in, opens the browser
/// there (the address is printed too), and waits for the sign-in; Ctrl-C
/// stops it.
pub(super) fn sign_in(request: &Request, args: &ProbeArgs) -> anyhow::Result<Password> {
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
) -> Result<Password, SignInError> {
    let address =
        crate::model::EmailAddress::parse(&request.email).map_err(|e| SignInError::Local(e.to_string()))?;
    let options = request.discovery_options();
    let block = crate::discovery::oauth2_provider(&address, options.clone())
        .await
        .ok_or_else(|| SignInError::NoProvider(address.domain.clone()))?;
    let (http, _) = crate::discovery::web_client(&options).map_err(SignInError::Local)?;
    let endpoints = oauth::endpoints(&block, &http).await?;
    let email = format!("{}@{}", address.local, address.domain);
    let open = |url: &str| {
        eprintln!(
            "Sign in with your provider ({}) in your browser. If no browser opens, open this address:\n  {url}\n\
             Waiting for you to sign in (Ctrl-C stops)…",
            endpoints.issuer
        );
        if let Err(error) = webbrowser::open(url) {
            eprintln!("(no browser could be opened here: {error})");
        }
        Ok(())
    };
    let how = SignIn {
        address: &email,
        client_id: args.oauth_client_id.clone(),
        wait: Duration::from_secs(args.oauth_wait),
        open: &open,
    };
    let token = oauth::sign_in(&endpoints, &how, &http, cancel).await?;
    eprintln!("Signed in; checking the servers with it.");
    Ok(token)
}
