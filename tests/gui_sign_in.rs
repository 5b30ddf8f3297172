//! The window signs in with the provider as a person would: the address,
//! "Sign in with my provider instead", the page that waits for the
//! browser, and the settings verified by signing in — against the test
//! world's authorization server and its token-only Dovecot, with
//! tests/oauth/person.py as the browser (`$BROWSER`).

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

#[test]
fn signing_in_from_the_window_verifies_and_says_oauth2() {
    let Ok(world) = std::env::var("MAILSETUP_MAIL_WORLD") else {
        assert!(
            std::env::var("MAILSETUP_REQUIRE_WORLD").is_err(),
            "the mail world is required"
        );
        eprintln!("skipped: no mail world (run scripts/test.sh)");
        return;
    };
    let world = PathBuf::from(world);
    let password = std::fs::read_to_string(world.join("password")).unwrap();
    // This test binary's only test: the browser it names is its own.
    let person = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oauth/person.py");
    std::env::set_var("BROWSER", format!("python3 {person} %s"));
    std::env::set_var("PERSON_RESOLVE", "auth.oauthmail.test=127.0.1.70");
    std::env::set_var("PERSON_LOGIN", "alice@oauthmail.test");
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
    // The field, not its label (the label node is hidden from the tree
    // and names the field).
    let email = || {
        |n: &egui_kittest::kittest::AccessKitNode<'_>| {
            n.role() == Role::TextInput && n.label().as_deref() == Some("Email address")
        }
    };
    harness.get_by(email()).focus();
    let _ = harness.run_ok();
    harness.get_by(email()).type_text("alice@oauthmail.test");
    let _ = harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "Sign in with my provider instead")
        .click();
    let _ = harness.run_ok();
    assert_eq!(harness.state().step(), Step::Checking);
    harness.get_by_label("Waiting for you to sign in in your browser");
    step_until(&mut harness, "the result", |h| {
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
