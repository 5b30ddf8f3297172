//! The window signs in with the provider as a person would: the address,
//! "Sign in with my provider instead", the page that waits for the
//! browser, and the settings verified by signing in — against the test
//! world's authorization server and its token-only Dovecot, with
//! tests/oauth/person.py as the browser (`$BROWSER`); once with the
//! program registering itself, once with a client ID typed under
//! Advanced where the provider lets no program register.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

use mailsetup::gui::worker::{BoxFuture, Chosen, Dialogs};
use mailsetup::gui::{App, Env, Step};
use mailsetup::wire::net::Overrides;

/// No file dialog is needed here.
struct NoDialogs;

impl Dialogs for NoDialogs {
    fn pick_certificate(&self) -> BoxFuture<Chosen> {
        Box::pin(async { Chosen::Cancelled })
    }
    fn save_location(&self, _suggested_name: String) -> BoxFuture<Chosen> {
        Box::pin(async { Chosen::Cancelled })
    }
    fn fallback_folder(&self) -> Option<PathBuf> {
        None
    }
}

fn step_until(harness: &mut Harness<'_, App>, what: &str, done: impl Fn(&Harness<'_, App>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(40);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    let _ = harness.run_ok();
}

/// One test at a time: the browser, and who signs in there, are this
/// process's environment.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The window at its first frame, with the world's DNS, ISPDB and CA, and
/// the person at the browser signing in as `login`; `None` without the
/// world.
fn window(login: &str) -> Option<(std::sync::MutexGuard<'static, ()>, Harness<'static, App>)> {
    let serial = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let Ok(world) = std::env::var("MAILSETUP_MAIL_WORLD") else {
        assert!(
            std::env::var("MAILSETUP_REQUIRE_WORLD").is_err(),
            "the mail world is required"
        );
        eprintln!("skipped: no mail world (run scripts/test.sh)");
        return None;
    };
    let world = PathBuf::from(world);
    let password = std::fs::read_to_string(world.join("password")).unwrap();
    let person = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oauth/person.py");
    std::env::set_var("BROWSER", format!("python3 {person} %s"));
    std::env::set_var(
        "PERSON_RESOLVE",
        "auth.oauthmail.test=127.0.1.70,auth-closed.oauthmail.test=127.0.1.72",
    );
    std::env::set_var("PERSON_LOGIN", login);
    std::env::set_var("PERSON_PASSWORD", password.trim());
    std::env::set_var("PERSON_CA", world.join("tls/ca.crt"));
    std::env::set_var("PERSON_LOG", world.join("log/person.log"));
    let ca = mailsetup::wire::tls::load_pem_certificates(&world.join("tls/ca.crt")).unwrap();
    let env = Env {
        only_roots: Some(ca),
        extra_roots: Vec::new(),
        overrides: Overrides::default(),
        dns: Some("127.0.1.53:53".parse().unwrap()),
        settings_path: None,
        dialogs: Arc::new(NoDialogs),
        lookups: true,
        ispdb: "https://ispdb.test/v1.1/".to_owned(),
        ask_desktop_theme: false,
    };
    let mut harness = Harness::builder()
        .with_size([760.0, 700.0])
        .build_eframe(|cc| App::new(&cc.egui_ctx, env));
    let _ = harness.run_ok();
    Some((serial, harness))
}

/// Types `text` into the text field labelled `label`.
fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    // The field, not its label (the label node is hidden from the tree
    // and names the field).
    let field = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == Role::TextInput && n.label().as_deref() == Some(label)
    };
    harness.get_by(field).focus();
    let _ = harness.run_ok();
    harness.get_by(field).type_text(text);
    let _ = harness.run_ok();
}

/// "Sign in with my provider instead", the waiting page, and the result:
/// both directions verified by signing in, in Thunderbird's words.
fn sign_in_and_see_both_verified(harness: &mut Harness<'_, App>) {
    harness
        .get_by_role_and_label(Role::Button, "Sign in with my provider instead")
        .click();
    let _ = harness.run_ok();
    assert_eq!(harness.state().step(), Step::Checking);
    harness.get_by_label("Waiting for you to sign in in your browser");
    step_until(harness, "the result", |h| {
        h.state().step() == Step::Result && !h.state().is_checking()
    });
    let report = harness.state().report().unwrap().clone();
    let outgoing = report.outgoing.recommended.as_ref().unwrap();
    assert!(outgoing.verified && outgoing.signs_in(), "{outgoing:?}");
    assert!(
        harness
            .query_all_by_label(
                "Verified by signing in: the server accepted your sign-in over an encrypted connection."
            )
            .count()
            >= 2
    );
    // Thunderbird's word for it.
    assert!(harness.query_all_by_label("OAuth2").count() >= 2);
}

/// No client ID typed: the program registers itself with the provider.
#[test]
fn signing_in_from_the_window_verifies_and_says_oauth2() {
    let Some((_serial, mut harness)) = window("alice@oauthmail.test") else {
        return;
    };
    type_into(&mut harness, "Email address", "alice@oauthmail.test");
    sign_in_and_see_both_verified(&mut harness);
}

/// A provider that lets no program register: the client ID the
/// administrator gave, typed under Advanced, signs in.
#[test]
fn a_client_id_typed_under_advanced_signs_in_where_registration_is_closed() {
    let Some((_serial, mut harness)) = window("alice@closedmail.test") else {
        return;
    };
    type_into(&mut harness, "Email address", "alice@closedmail.test");
    harness.get_by_label("Advanced").click();
    let _ = harness.run_ok();
    type_into(
        &mut harness,
        "Sign-in client ID, only if your provider or administrator gave you one",
        "mailsetup-given-client",
    );
    sign_in_and_see_both_verified(&mut harness);
    let report = harness.state().report().unwrap();
    assert_eq!(
        report.sign_in.as_ref().map(|p| p.issuer.as_str()),
        Some("auth-closed.oauthmail.test")
    );
}
