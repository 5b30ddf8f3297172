//! The wizard driven as a person would — type, click, wait, read — through
//! AccessKit, against the in-process scripted SMTP servers.

#![allow(clippy::unwrap_used)]

mod support;
mod window;

use window::*;

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;

use mailsetup::gui::{App, Env, Step};
use mailsetup::wire::net::Overrides;
use support::{Auth, Cert, Mode, Quirk, Script, PASSWORD, USER};

#[test]
fn happy_path_recommends_465_in_each_clients_words() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve(587, Script::new(Mode::Starttls));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465, 587", 2.0);
    wait_for_result(&mut harness);

    assert_eq!(
        harness
            .get_all_by_label_contains("Verified: the server accepted your password")
            .count(),
        2,
        "incoming and outgoing, each verified"
    );
    let count = |harness: &Harness<'_, App>, label: &str| harness.get_all_by_label(label).count();
    // Both in the words of the Account Hub's form.
    assert_eq!(count(&harness, "Connection security"), 2);
    assert_eq!(count(&harness, "SSL/TLS"), 2);
    assert_eq!(count(&harness, "Normal password"), 2);
    harness.get_by_label("465");
    harness.get_by_label("993");
    assert_eq!(count(&harness, "Hostname"), 2);
    assert_eq!(count(&harness, "Username"), 2);
    assert_eq!(harness.query_all_by_label("Server Name").count(), 0);
    harness.get_by_label_contains(
        "Account Settings (Linux: Edit > Account Settings) > Outgoing Server > select your server",
    );
    assert_eq!(harness.query_all_by_label_contains("Account Hub").count(), 2);

    harness.get_by_role_and_label(Role::Button, "Outlook").click();
    settle(&mut harness);
    assert_eq!(
        count(&harness, "Use the following type of encrypted connection"),
        2
    );
    harness.get_by_label("Outgoing server (SMTP) port");
    harness.get_by_label("Incoming server (IMAP) port");

    harness.get_by_role_and_label(Role::Button, "Thunderbird").click();
    settle(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Copy all")
        .scroll_to_me();
    settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "Copy all").click();
    harness.step();
    let copied = copied_text(&harness).expect("Copy all copied nothing");
    assert!(
        copied.contains("Incoming mail settings for Thunderbird"),
        "{copied}"
    );
    assert!(copied.contains("Protocol: IMAP\n"), "{copied}");
    assert!(copied.contains("Port: 993\n"), "{copied}");
    assert!(
        copied.contains("Outgoing mail settings for Thunderbird"),
        "{copied}"
    );
    assert!(copied.contains("Hostname: mail.scripted.test\n"), "{copied}");
    assert!(copied.contains("Port: 465\n"), "{copied}");
    assert!(copied.contains("Connection security: SSL/TLS\n"), "{copied}");
    assert!(copied.contains(&format!("Username: {USER}\n")), "{copied}");
    assert!(!copied.contains(PASSWORD));

    harness
        .get_by_role_and_label(Role::Button, "Copy outgoing Port: 465")
        .scroll_to_me();
    settle(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Copy outgoing Port: 465")
        .click();
    harness.step();
    assert_eq!(copied_text(&harness).as_deref(), Some("465"));
    harness
        .get_by_role_and_label(Role::Button, "Copy incoming Port: 993")
        .scroll_to_me();
    settle(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Copy incoming Port: 993")
        .click();
    harness.step();
    assert_eq!(copied_text(&harness).as_deref(), Some("993"));

    // Alternatives and the explanation are there.
    harness.get_by_label_contains("mail.scripted.test port 587 with STARTTLS");
    // "Why port 465?" is open from the start: the explanation is the point.
    harness.get_by_label("Why port 465?");
    harness.get_by_label_contains("out of date");
    harness.get_by_label("Why port 993 and IMAP?");
    harness.get_by_label_contains("every device you use");
}

#[test]
fn starttls_only_server_shows_587() {
    let world = World::new();
    world.serve(587, Script::new(Mode::Starttls));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465, 587", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("587");
    harness.get_by_label("STARTTLS");
    // Why not 465, and why old advice about 465 is out of date.
    harness.get_by_label_contains("Port 465 (SSL/TLS) would be preferred");
    harness.get_by_label_contains("older than RFC 8314");
    let report = harness.state().report().unwrap();
    assert_eq!(report.outgoing.recommended.as_ref().unwrap().port, 587);
}

#[test]
fn wrong_password_says_so_and_offers_to_change_it() {
    let world = World::new();
    let log = world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve(587, Script::new(Mode::Starttls));
    let mut harness = world.harness();
    find_settings(&mut harness, "not the password", "465, 587", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("The password (or user name) was not accepted.");
    // The address, then its local part, on one session; never on 587.
    assert_eq!(log.lock().unwrap().auth_commands, 2);
    click(&mut harness, "Change password");
    assert_eq!(harness.state().step(), Step::Account);
    assert_eq!(field_value(&harness, "Email address"), USER);
    let password = harness
        .get_all_by_label("Password")
        .find(|n| n.accesskit_node().role() == Role::PasswordInput)
        .expect("the password field");
    assert!(password.is_focused(), "the password field takes the focus");
}

/// A wrong password refused on one protocol leaves the other untried on
/// the same server: both cards say it is the password, not "nothing works".
#[test]
fn a_password_refused_by_one_protocol_is_named_on_both_cards() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, "not the password", "465", 2.0);
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    for direction in [
        mailsetup::report::Direction::Incoming,
        mailsetup::report::Direction::Outgoing,
    ] {
        let diagnosis = mailsetup::verdict::diagnose::diagnose(report, direction).unwrap();
        assert_eq!(
            diagnosis.problem,
            mailsetup::verdict::diagnose::Problem::WrongPassword,
            "{direction:?}: {diagnosis:?}"
        );
    }
    assert!(harness.query_by_label_contains("No working").is_none());
    assert_eq!(
        harness
            .query_all_by_label_contains("Not checked: the password was refused by")
            .count(),
        1
    );
}

#[test]
fn every_port_timing_out_suggests_another_network() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).quirk(Quirk::Silent));
    world.serve(587, Script::new(Mode::Starttls).quirk(Quirk::Silent));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465, 587", 1.0);
    wait_for_result(&mut harness);
    harness.get_by_label("No server answered at all.");
    harness.get_by_label_contains("Try another network");
}

#[test]
fn certificate_for_another_name_offers_a_one_click_retry() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).cert(Cert::WrongName));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    // Said in the diagnosis, and again in "What we tried", open when nothing works.
    assert!(
        harness
            .get_all_by_label_contains("valid for mx.elsewhere.test")
            .count()
            >= 1
    );
    click(&mut harness, "Try again with mx.elsewhere.test");
    wait_for_result(&mut harness);
    let best = harness
        .state()
        .report()
        .unwrap()
        .outgoing
        .recommended
        .clone()
        .unwrap();
    assert_eq!((best.host.as_str(), best.port), ("mx.elsewhere.test", 465));
}

#[test]
fn what_was_tried_reads_at_a_glance() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    let mut harness = world.harness();
    // No server given: smtp.scripted.test and scripted.test are guessed too,
    // and only mail.scripted.test exists (the test's name overrides).
    type_into(&mut harness, "Email address", USER);
    type_into(&mut harness, "Password", PASSWORD);
    harness.get_by_label("I know my server").click();
    settle(&mut harness);
    type_into(&mut harness, "Outgoing ports to try", "465, 587");
    harness.state_mut().settings_mut().timeout_secs = 2.0;
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap().clone();
    assert_eq!(report.outgoing.recommended.unwrap().host, "mail.scripted.test");
    // Outgoing: 3 names × 2 ports; incoming: 3 names × 2 ports each for
    // IMAP and POP3.
    assert_eq!(
        report.attempts.len(),
        18,
        "every name and port is still in the report"
    );

    // Open when something did not work (here: incoming).
    assert!(harness
        .query_by_label("SMTP mail.scripted.test:465 SSL/TLS")
        .is_some());
    harness.get_by_label("SMTP mail.scripted.test:465 SSL/TLS");
    // Every closed port of the one name that exists is one line.
    harness.get_by_label("mail.scripted.test (SMTP 587; IMAP 993, 143; POP3 995, 110)");
    harness.get_by_label("smtp.scripted.test (SMTP 465, 587)");
    harness.get_by_label("scripted.test (SMTP 465, 587; IMAP 993, 143; POP3 995, 110)");
    assert!(harness
        .query_by_label("SMTP smtp.scripted.test:465 SSL/TLS")
        .is_none());
}

#[test]
fn names_that_do_not_exist_lead_back_to_the_server_field() {
    let world = World::new();
    let mut harness = world.harness();
    // `.invalid` never resolves (RFC 2606): every guessed name fails.
    type_into(&mut harness, "Email address", "alice@nosuch.invalid");
    type_into(&mut harness, "Password", PASSWORD);
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    harness.get_by_label("None of the outgoing server names exist.");
    assert!(harness
        .query_all_by_label_contains("Check the spelling of \"nosuch.invalid\" in your address.")
        .next()
        .is_some());
    click(&mut harness, "Enter the server name");
    assert_eq!(harness.state().step(), Step::Account);
    let server = harness
        .get_all_by_label("Mail server")
        .find(|n| n.accesskit_node().role() == Role::TextInput)
        .expect("the server field is shown");
    assert!(
        server.accesskit_node().is_focused(),
        "the server field has the keyboard"
    );
    assert_eq!(field_value(&harness, "Email address"), "alice@nosuch.invalid");
}

#[test]
fn an_untrusted_certificate_can_be_accepted_for_one_check_only() {
    let world = World::new();
    let log = world.serve(465, Script::new(Mode::ImplicitTls).cert(Cert::SelfSigned));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("The server's certificate is not trusted.");
    let report = harness.state().report().unwrap().clone();
    let fingerprint = report.attempts[0].certificate.as_ref().unwrap().sha256.clone();
    // Shown as two lines of 16 bytes, easier to compare by eye.
    let shown = format!("{}\n{}", &fingerprint[..48], &fingerprint[48..]);
    harness.get_by_label(&shown);
    assert_eq!(log.lock().unwrap().auth_commands, 0);

    click(&mut harness, "Accept this certificate for one check");
    wait_for_result(&mut harness);
    let best = harness
        .state()
        .report()
        .unwrap()
        .outgoing
        .recommended
        .clone()
        .expect("works now");
    assert!(best.verified && best.certificate_exception);
    harness.get_by_label_contains("Works only with the certificate you accepted by hand");
    harness.get_by_label(&shown);
    assert_eq!(log.lock().unwrap().auth_commands, 1);

    // The consent was for that check: the next one refuses the certificate again.
    click(&mut harness, "Check again");
    wait_for_result(&mut harness);
    assert!(harness.state().report().unwrap().outgoing.recommended.is_none());
    harness.get_by_label("The server's certificate is not trusted.");
    assert_eq!(log.lock().unwrap().auth_commands, 1);
}

#[test]
fn cancel_returns_at_once_with_the_form_intact() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).quirk(Quirk::Silent));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 30.0);
    wait_until(&mut harness, "a row in the live list", |h| {
        h.query_by_label_contains("mail.scripted.test:465").is_some()
    });
    assert_eq!(harness.state().step(), Step::Checking);
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().step(), Step::Account);
    assert_eq!(field_value(&harness, "Email address"), USER);
    assert_eq!(field_value(&harness, "Mail server"), HOST);
    // The password is still typed (masked), so "Find my settings" works again.
    assert!(!harness
        .get_by_role_and_label(Role::Button, "Find my settings")
        .accesskit_node()
        .is_disabled());
}

#[test]
fn escape_cancels_too() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).quirk(Quirk::Silent));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 30.0);
    assert_eq!(harness.state().step(), Step::Checking);
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    assert_eq!(harness.state().step(), Step::Account);
}

#[test]
fn find_is_enabled_only_for_a_valid_address_and_enter_starts() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).auth(Auth::Normal));
    let mut harness = world.harness();
    let find = |h: &Harness<'_, App>| {
        h.get_by_role_and_label(Role::Button, "Find my settings")
            .accesskit_node()
            .is_disabled()
    };
    assert!(find(&harness), "enabled with an empty address");
    type_into(&mut harness, "Email address", "alice@");
    assert!(find(&harness), "enabled with a broken address");
    // No scolding while typing; the message comes when the person moves on.
    assert!(harness
        .query_by_label_contains("doesn't look like an email address")
        .is_none());
    type_into(&mut harness, "Password", PASSWORD);
    harness.get_by_label_contains("doesn't look like an email address");
    type_into(&mut harness, "Email address", "scripted.test");
    assert!(!find(&harness));
    harness.get_by_label("I know my server").click();
    settle(&mut harness);
    type_into(&mut harness, "Mail server", HOST);
    type_into(&mut harness, "Outgoing ports to try", "465");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert_ne!(harness.state().step(), Step::Account);
    wait_for_result(&mut harness);
    assert!(harness.state().report().unwrap().outgoing.recommended.is_some());
}

#[test]
fn exports_go_through_the_dialog_and_never_hold_the_password() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    let saved = world.dir.join("saved");
    for (button, expect) in [
        ("Save Thunderbird file…", "<incomingServer type=\"imap\">"),
        ("Save text report…", "Connection security: SSL/TLS"),
        ("Save JSON report…", "\"security\": \"implicit_tls\""),
    ] {
        let _ = std::fs::remove_file(&saved);
        click(&mut harness, button);
        wait_until(&mut harness, "the file", |h| {
            h.query_by_label_contains("Saved to").is_some() && saved.exists()
        });
        // Said where the person looks: inside the window.
        let said = harness.get_by_label_contains("Saved to").rect();
        assert!(
            said.max.y <= 700.0,
            "{button}: 'Saved to' is below the window's edge: {said:?}"
        );
        let contents = std::fs::read_to_string(&saved).unwrap();
        assert!(contents.contains(expect), "{button}: {contents}");
        assert!(!contents.contains(PASSWORD), "{button} wrote the password");
    }
}

#[test]
fn without_a_file_dialog_files_go_to_downloads_and_the_window_says_where() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness_with(FakeDialogs {
        no_dialog: true,
        ..FakeDialogs::in_folder(&world.dir)
    });
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    let downloads = world.dir.join("Downloads");
    let domain = USER.split('@').nth(1).unwrap();
    for name in [format!("{domain}.xml"), format!("{domain} (2).xml")] {
        click(&mut harness, "Save Thunderbird file…");
        let file = downloads.join(&name);
        wait_until(&mut harness, "the file in Downloads", |h| {
            file.exists() && h.query_by_label_contains(&file.display().to_string()).is_some()
        });
        let said = harness.get_by_label_contains("saved in your Downloads folder");
        assert!(said.rect().max.y <= 700.0, "said below the window's edge");
        assert!(std::fs::read_to_string(&file)
            .unwrap()
            .contains("<incomingServer type=\"imap\">"));
    }
}

#[test]
fn without_a_file_dialog_the_certificate_path_can_be_typed() {
    let world = World::new();
    let pem = world.dir.join("typed-ca.pem");
    std::fs::write(&pem, pem_of(&support::pki().ca_der)).unwrap();
    let mut harness = world.harness_with(FakeDialogs {
        no_dialog: true,
        ..FakeDialogs::in_folder(&world.dir)
    });
    harness.get_by_label("Advanced").click();
    settle(&mut harness);
    assert!(harness.query_by_label("Certificate file path").is_none());
    click(&mut harness, "Choose file…");
    wait_until(&mut harness, "the path field", |h| {
        h.query_by_label_contains("No file dialog can open").is_some()
    });
    type_into(&mut harness, "Certificate file path", &pem.display().to_string());
    click(&mut harness, "Use this file");
    wait_until(&mut harness, "the typed file", |h| {
        h.state().settings().ca_file.is_some()
    });
    assert_eq!(harness.state().settings().ca_file.as_ref(), Some(&pem));
}

#[test]
fn the_theme_is_chosen_in_the_window_and_remembered() {
    let world = World::new();
    let mut harness = world.harness();
    let menu = harness.get_by_label("Theme: System");
    menu.click();
    settle(&mut harness);
    harness.get_by_label("Dark").click();
    settle(&mut harness);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    harness.get_by_label("Theme: Dark");
    wait_until(&mut harness, "the choice to be remembered", |_| {
        std::fs::read_to_string(world.settings_path()).is_ok_and(|s| s.contains("\"appearance\": \"dark\""))
    });
    drop(harness);

    let mut again = world.harness();
    assert_eq!(again.ctx.theme(), egui::Theme::Dark);
    again.get_by_label("Theme: Dark").click();
    settle(&mut again);
    again.get_by_label("Light").click();
    settle(&mut again);
    assert_eq!(again.ctx.theme(), egui::Theme::Light);
}

#[test]
fn address_is_remembered_but_never_the_password() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    let remembered = std::fs::read_to_string(world.settings_path()).unwrap();
    assert!(remembered.contains(USER));
    assert!(!remembered.contains(PASSWORD));
    drop(harness);

    let mut again = world.harness();
    assert_eq!(field_value(&again, "Email address"), USER);
    assert_eq!(field_value(&again, "Password"), "");
    click(&mut again, "Start over");
    assert_eq!(field_value(&again, "Email address"), "");
    // The worker deletes the file, off the UI thread.
    wait_until(&mut again, "the settings file to go", |_| {
        !world.settings_path().exists()
    });
    assert!(!world.settings_path().exists());
}

#[test]
fn about_shows_version_and_licence_and_escape_closes_it() {
    let world = World::new();
    let mut harness = world.harness();
    click(&mut harness, "About");
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("Licence: MIT OR Apache-2.0");
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    assert!(harness.query_by_label_contains("Licence:").is_none());
    assert_eq!(harness.state().step(), Step::Account);
}

#[test]
fn a_chosen_certificate_file_is_checked_before_it_is_used() {
    let world = World::new();
    let chosen = world.dir.join("company-ca.pem");
    std::fs::write(&chosen, "this is not a certificate").unwrap();
    let mut harness = world.harness();
    harness.get_by_label("Advanced").click();
    settle(&mut harness);
    click(&mut harness, "Choose file…");
    wait_until(&mut harness, "the refusal", |h| {
        h.query_by_label_contains("cannot use the certificate file")
            .is_some()
    });
    assert_eq!(harness.state_mut().settings_mut().ca_file, None);

    std::fs::write(&chosen, pem_of(&support::pki().ca_der)).unwrap();
    click(&mut harness, "Choose file…");
    wait_until(&mut harness, "the chosen file", |h| {
        h.query_by_label_contains("cannot use").is_none()
    });
    assert_eq!(harness.state_mut().settings_mut().ca_file.as_ref(), Some(&chosen));
    harness.get_by_label(&chosen.display().to_string());
    click(&mut harness, "Remove");
    assert_eq!(harness.state_mut().settings_mut().ca_file, None);
}

#[test]
fn the_password_field_keeps_no_undo_history() {
    // egui's undo history would hold earlier copies of the password in
    // memory; the field keeps none, so undo has nothing to go back to.
    let world = World::new();
    let mut harness = world.harness();
    type_into(&mut harness, "Password", "first");
    for _ in 0..20 {
        harness.step(); // time passes: egui would now keep "first" as an undo point
    }
    type_into(&mut harness, "Password", "-second");
    for _ in 0..20 {
        harness.step();
    }
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    settle(&mut harness);
    click(&mut harness, "Show");
    assert_eq!(field_value(&harness, "Password"), "first-second");
}

#[test]
fn a_screen_reader_hears_the_window_the_step_and_each_copy_button() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness();
    harness.get_by_label("Step 1 of 3: Your account");
    assert!(harness.query_by_label("›").is_none(), "the steps are one node");
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("Step 3 of 3: Your settings");
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some("Mail Setup Assistant — Step 3 of 3: Your settings"),
        "the window is named"
    );
    // Each setting is heard with its name and value, on a button Tab
    // reaches.
    for label in [
        format!("Copy incoming Hostname: {HOST}"),
        "Copy incoming Port: 993".to_owned(),
        format!("Copy outgoing Hostname: {HOST}"),
        format!("Copy outgoing Username: {USER}"),
    ] {
        let button = harness.get_by_role_and_label(Role::Button, &label);
        assert!(button
            .accesskit_node()
            .data()
            .supports_action(egui::accesskit::Action::Focus));
    }
}

#[test]
fn outgoing_works_and_incoming_does_not() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("Outgoing mail (SMTP)");
    harness.get_by_label("Incoming mail: no working settings found");
    // No file a mail program would refuse.
    let save = harness.get_by_role_and_label(Role::Button, "Save Thunderbird file…");
    assert!(save.accesskit_node().is_disabled());
}

#[test]
fn incoming_works_and_outgoing_does_not() {
    let world = World::new();
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    harness.get_by_label("Incoming mail (IMAP)");
    harness.get_by_label("Outgoing mail: no working settings found");
    let report = harness.state().report().unwrap();
    assert!(report.incoming.recommended.as_ref().unwrap().verified);
    assert!(report.outgoing.recommended.is_none());
}

#[test]
fn a_certain_answer_is_shown_while_a_silent_port_is_still_checked() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve(25, Script::new(Mode::Starttls).quirk(Quirk::Silent));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465, 25", 5.0);
    wait_until(&mut harness, "the certain result", |h| {
        h.state().step() == Step::Result
    });
    // Port 25 says nothing for 5 s: the answer did not wait for it.
    assert!(harness.state().is_checking(), "shown before every check ended");
    harness.get_by_label_contains("Still checking");
    assert_eq!(
        harness
            .state()
            .report()
            .unwrap()
            .outgoing
            .recommended
            .as_ref()
            .unwrap()
            .port,
        465
    );
    click(&mut harness, "Stop");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    assert_eq!(report.outgoing.recommended.as_ref().unwrap().port, 465);
    assert_eq!(report.incoming.recommended.as_ref().unwrap().port, 993);
}

#[test]
fn a_certificate_with_many_names_shows_a_few_and_folds_the_rest() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls).cert(Cert::ManyNames));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    harness
        .get_by_label("SMTP mail.scripted.test:465 SSL/TLS")
        .scroll_to_me();
    settle(&mut harness);
    // "What we tried" is folded when everything asked for worked... unless
    // incoming failed, as here (no IMAP server): it is open.
    // Named for what it opens, not one of twenty "Details".
    harness
        .get_by_label("Details of SMTP mail.scripted.test:465 SSL/TLS")
        .click();
    settle(&mut harness);
    harness.get_by_label_contains("and 16 more");
    harness.get_by_label("All 21 names on the certificate");
}

#[test]
fn a_certain_outgoing_answer_can_be_seen_while_incoming_is_still_checked() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    // IMAP 993 behind a firewall that drops packets: no answer for 5 s.
    world.runtime.block_on(support::filtered(world.ip, 993));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 5.0);
    wait_until(&mut harness, "the outgoing answer", |h| {
        h.query_by_label("Show my settings now").is_some()
    });
    harness.get_by_label_contains("Found the outgoing setting");
    click(&mut harness, "Show my settings now");
    // The outgoing card is shown, the incoming one says it is still being
    // checked, and nothing was stopped.
    assert_eq!(harness.state().step(), Step::Result);
    assert!(harness.state().is_checking());
    harness.get_by_label("Outgoing mail (SMTP)");
    harness.get_by_label("Incoming mail: still checking");
    harness.get_by_label_contains("for your incoming mail settings");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    assert!(!report.cancelled);
    assert_eq!(report.outgoing.recommended.as_ref().unwrap().port, 465);
    harness.get_by_label("Incoming mail: no working settings found");
}

/// A window on the mail world's DNS, web and mail servers
/// (`scripts/mail-world.sh`), or `None` without it.
fn world_harness() -> Option<(Harness<'static, App>, String, World)> {
    let Ok(dir) = std::env::var("MAILSETUP_MAIL_WORLD") else {
        assert!(std::env::var("MAILSETUP_REQUIRE_WORLD").is_err(), "no mail world");
        return None;
    };
    let dir = PathBuf::from(dir);
    let password = std::fs::read_to_string(dir.join("password")).unwrap();
    let roots = mailsetup::wire::tls::load_pem_certificates(&dir.join("tls/ca.crt")).unwrap();
    // As `mailsetup --dns`: the deadline scales with the timeout.
    let (harness, world) = harness_with_lookups(roots, "127.0.1.53:53".parse().unwrap());
    Some((harness, password.trim().to_owned(), world))
}

/// A window that looks the servers up at `dns` (and the world's ISPDB
/// stand-in), trusting `roots` only.
fn harness_with_lookups(
    roots: Vec<rustls::pki_types::CertificateDer<'static>>,
    dns: std::net::SocketAddr,
) -> (Harness<'static, App>, World) {
    let world = World::new();
    let env = Env {
        only_roots: Some(roots),
        extra_roots: Vec::new(),
        overrides: Overrides::default(),
        dns: Some(dns),
        settings_path: None,
        dialogs: Arc::new(FakeDialogs::in_folder(&world.dir)),
        lookups: true,
        ispdb: "https://ispdb.test/v1.1/".to_owned(),
        ask_desktop_theme: false,
    };
    let mut harness = Harness::builder()
        .with_size([760.0, 900.0])
        .build_eframe(|cc| App::new(&cc.egui_ctx, env));
    settle(&mut harness);
    (harness, world)
}

/// With the mail world (skipped without it): a hosted domain is found
/// through its MX record and the ISPDB's entry for its provider, verified
/// at once, and each card says where its settings came from.
#[test]
fn a_hosted_domain_is_found_through_its_provider_and_verified() {
    let Some((mut harness, password, _world)) = world_harness() else {
        return;
    };
    type_into(&mut harness, "Email address", "alice@hosted.test");
    type_into(&mut harness, "Password", &password);
    harness.state_mut().settings_mut().timeout_secs = 3.0;
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    assert!(report
        .discovery
        .iter()
        .any(|l| l.source == mailsetup::report::Source::Mx));
    for section in [&report.outgoing, &report.incoming] {
        let setting = section.recommended.as_ref().unwrap();
        assert!(setting.verified, "{setting:#?}");
        assert_eq!(setting.source, mailsetup::report::Source::Mx);
    }
    assert!(harness.query_by_label_contains("Send my password to").is_none());
    assert_eq!(
        harness
            .query_all_by_label_contains("handled by Big Mail (MX mx.bigmail.test)")
            .count(),
        2
    );
}

/// With the mail world (skipped without it): while a lookup is slow (this
/// domain's ISPDB entry answers after the deadline), the checking page says
/// in words what is being looked for.
#[test]
fn the_checking_page_says_what_is_being_looked_up() {
    let Some((mut harness, password, _world)) = world_harness() else {
        return;
    };
    type_into(&mut harness, "Email address", "alice@plainauth.test");
    type_into(&mut harness, "Password", &password);
    harness.state_mut().settings_mut().timeout_secs = 3.0;
    click(&mut harness, "Find my settings");
    wait_until(&mut harness, "the lookups", |h| {
        h.query_by_label_contains("Asking Thunderbird's database of mail providers")
            .is_some()
            && h.query_by_label_contains("Looking up where plainauth.test's mail goes")
                .is_some()
    });
    wait_for_result(&mut harness);
}

/// With the mail world (skipped without it): a server that only the MX
/// provider's own autoconfig names waits for the person's confirmation;
/// the button names the server, and the next check sends the password
/// there.
#[test]
fn a_server_nothing_vouches_for_waits_for_a_confirmation_that_names_it() {
    let Some((mut harness, password, _world)) = world_harness() else {
        return;
    };
    type_into(&mut harness, "Email address", "alice@selfhost.test");
    type_into(&mut harness, "Password", &password);
    harness.state_mut().settings_mut().timeout_secs = 3.0;
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    let confirm = "Send my password to mail.elsewhere.test and check again";
    harness.get_by_label(confirm);
    let report = harness.state().report().unwrap();
    assert!(!report.outgoing.recommended.as_ref().unwrap().verified);
    click(&mut harness, confirm);
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    let setting = report.outgoing.recommended.as_ref().unwrap();
    assert!(setting.verified, "{setting:#?}");
    assert_eq!(setting.host, "mail.elsewhere.test");
    assert_eq!(
        harness
            .query_all_by_label_contains("Found through the provider that handles your domain's mail")
            .count(),
        1
    );
}

#[test]
fn a_local_server_for_a_domain_on_the_internet_is_only_offered_as_the_persons_own() {
    // public.test is on internet addresses (in the suite's own network
    // namespace); its file names mail.full.test on 127.0.1.1.
    let Some((mut harness, password, world)) = world_harness() else {
        return;
    };
    let Ok(dir) = std::env::var("MAILSETUP_MAIL_WORLD") else {
        return;
    };
    if !PathBuf::from(dir).join("internet-addresses").exists() {
        assert!(std::env::var("MAILSETUP_REQUIRE_INTERNET_ADDRESSES").is_err());
        eprintln!("skipped: the world runs outside a network namespace of its own");
        return;
    }
    drop(world);
    type_into(&mut harness, "Email address", "alice@public.test");
    type_into(&mut harness, "Password", &password);
    harness.state_mut().settings_mut().timeout_secs = 3.0;
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    assert!(!report.outgoing.recommended.as_ref().unwrap().verified);
    assert!(!report.incoming.recommended.as_ref().unwrap().verified);
    // No button sends the password there; one per card takes the server
    // into the form, and nothing is sent until the person checks.
    assert_eq!(harness.query_all_by_label_contains("Send my password").count(), 0);
    assert_eq!(
        harness
            .query_all_by_label_contains("on this computer or a private network (127.0.1.1)")
            .count(),
        2
    );
    harness
        .query_all_by_label("Enter mail.full.test as my server")
        .next()
        .unwrap()
        .click();
    settle(&mut harness);
    let settings = harness.state_mut().settings_mut().clone();
    assert_eq!(
        [settings.server, settings.incoming_server],
        ["", "mail.full.test"],
        "the incoming card comes first; its button fills the incoming server"
    );
    assert!(!harness.state().is_checking());
    harness.get_by_label("Find my settings");
}

/// The window asks the `--dns` server (`Env::dns`, from `mailsetup
/// --dns`) within a deadline that scales with its timeout, as `mailsetup
/// probe --dns` does (3 s at the default 6 s).
#[test]
fn the_windows_dns_deadline_scales_with_its_timeout() {
    // A UDP socket that reads and never answers.
    let silent = std::net::UdpSocket::bind("127.0.1.55:0").unwrap();
    let (mut harness, _world) =
        harness_with_lookups(vec![support::pki().ca_der.clone()], silent.local_addr().unwrap());
    type_into(&mut harness, "Email address", "alice@silent.test");
    harness.state_mut().settings_mut().timeout_secs = 2.0;
    click(&mut harness, "Find my settings");
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    let mx = report
        .discovery
        .iter()
        .find(|l| l.source == mailsetup::report::Source::Mx)
        .expect("an MX lookup");
    assert_eq!(mx.detail, "MX: no answer within 1 s", "{mx:#?}");
}

/// However long the list of attempts grows, Cancel stays in view at the
/// window's default size.
#[test]
fn cancel_stays_in_view_while_a_long_list_is_checked() {
    let world = World::new();
    // Thirty closed ports answer at once; IMAP's 993 stays silent (5 s).
    world.runtime.block_on(support::filtered(world.ip, 993));
    let mut harness = world.harness();
    let ports: Vec<String> = (10_001..10_031).map(|p| p.to_string()).collect();
    find_settings(&mut harness, PASSWORD, &ports.join(", "), 5.0);
    wait_until(&mut harness, "a long list", |h| {
        h.query_all_by_label_contains("Nothing answers on port").count() >= 30
    });
    let cancel = harness.get_by_role_and_label(Role::Button, "Cancel").rect();
    assert!(
        cancel.max.y <= 700.0,
        "Cancel is below the window's edge: {cancel:?}"
    );
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().step(), Step::Account);
}

/// Without a password nothing is verified: the buttons that would write a
/// file for a mail program are off, and the page says why.
#[test]
fn files_for_mail_programs_need_verified_settings() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, "", "465", 2.0);
    wait_for_result(&mut harness);
    let report = harness.state().report().unwrap();
    assert!(report.outgoing.recommended.is_some() && report.incoming.recommended.is_some());
    for label in ["Save Thunderbird file…", "Save Apple Mail profile…"] {
        let save = harness.get_by_role_and_label(Role::Button, label);
        assert!(save.accesskit_node().is_disabled(), "{label} is on");
    }
    harness.get_by_label_contains("Files for mail programs need a verified incoming and outgoing setting");
}

/// A copy is never silent: "Copied" appears beside the button that copied.
#[test]
fn copying_says_copied() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    wait_for_result(&mut harness);
    assert!(harness.query_by_label("Copied").is_none());
    click(&mut harness, &format!("Copy outgoing Hostname: {HOST}"));
    harness.get_by_label("Copied");
}

/// At the window's default size, both cards' settings are in view at once:
/// the explanations and the alternatives fold away below them.
#[test]
fn both_cards_fit_the_default_window() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve(587, Script::new(Mode::Starttls));
    world.serve_imap();
    let mut harness = world.harness();
    find_settings(&mut harness, PASSWORD, "465, 587", 2.0);
    wait_for_result(&mut harness);
    // With room to spare: the real window's fonts take a little more room
    // than the test's (see assets/screenshots/3-result.png).
    for label in ["Copy incoming settings", "Copy outgoing settings"] {
        let button = harness.get_by_role_and_label(Role::Button, label).rect();
        assert!(button.max.y <= 660.0, "{label} is not in view: {button:?}");
    }
}

/// The label of the node that has the keyboard focus.
fn focused(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// The descriptions a screen reader says with the field named `label`.
fn descriptions(harness: &Harness<'_, App>, label: &str) -> Vec<String> {
    let field = harness
        .get_all_by_label(label)
        .find(|n| matches!(n.accesskit_node().role(), Role::TextInput | Role::PasswordInput))
        .unwrap();
    let ids = field.accesskit_node().data().described_by().to_vec();
    harness
        .root()
        .children_recursive()
        .filter(|n| ids.contains(&n.accesskit_node().locate().0))
        .filter_map(|n| n.accesskit_node().value())
        .collect()
}

#[test]
fn a_screen_reader_hears_each_field_once_with_its_hint_and_follows_the_focus() {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve_imap();
    let mut harness = world.harness();
    // A field's name is said once: by the field, not by a label beside it.
    let named: Vec<Role> = harness
        .get_all_by_label("Email address")
        .filter(|n| !n.accesskit_node().is_hidden())
        .map(|n| n.accesskit_node().role())
        .collect();
    assert_eq!(named, [Role::TextInput]);
    assert_eq!(
        descriptions(&harness, "Password"),
        ["Without a password we can check the connections, but not that your login works."]
    );
    // AT-SPI reads only a description, not described-by.
    let password = harness
        .get_all_by_label("Password")
        .find(|n| n.accesskit_node().role() == Role::PasswordInput)
        .unwrap();
    assert_eq!(
        password.accesskit_node().description().as_deref(),
        Some("Without a password we can check the connections, but not that your login works.")
    );
    // A fold says whether it is open: expanded (UI Automation) and pressed
    // (AT-SPI maps nothing else).
    let fold_state = |h: &Harness<'_, App>| {
        let node = h.get_by_label("Advanced");
        let node = node.accesskit_node();
        (node.data().is_expanded(), node.data().toggled())
    };
    use egui::accesskit::Toggled;
    assert_eq!(fold_state(&harness), (Some(false), Some(Toggled::False)));
    harness.get_by_label("Advanced").click();
    settle(&mut harness);
    assert_eq!(fold_state(&harness), (Some(true), Some(Toggled::True)));

    // Enter on a broken address keeps the person on it, with the reason.
    type_into(&mut harness, "Email address", "alice@");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert_eq!(focused(&harness).as_deref(), Some("Email address"));
    assert!(descriptions(&harness, "Email address")
        .iter()
        .any(|d| d.contains("doesn't look like an email address")));

    // Each new page puts the focus on its first heading.
    harness.state_mut().settings_mut().email.clear();
    find_settings(&mut harness, PASSWORD, "465", 2.0);
    // (The check may already be certain and its page gone.)
    if harness.state().step() == Step::Checking {
        assert_eq!(focused(&harness).as_deref(), Some("Checking alice@scripted.test"));
    }
    wait_for_result(&mut harness);
    assert_eq!(focused(&harness).as_deref(), Some("Incoming mail (IMAP)"));
    let heading = harness.get_by_label("Incoming mail (IMAP)");
    assert_eq!(heading.accesskit_node().role(), Role::Heading);
    // The marks are heard, not only seen.
    assert!(harness
        .root()
        .children_recursive()
        .any(|n| n.accesskit_node().role() == Role::Image
            && n.accesskit_node().label().as_deref() == Some("Works")));

    // Back on the form, the focus is where typing goes on.
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    assert_eq!(harness.state().step(), Step::Account);
    settle(&mut harness);
    assert_eq!(focused(&harness).as_deref(), Some("Password"));
}

#[test]
fn about_takes_the_focus_and_keeps_it_until_closed() {
    let world = World::new();
    let mut harness = world.harness();
    click(&mut harness, "About");
    settle(&mut harness);
    assert_eq!(focused(&harness).as_deref(), Some("About Mail Setup Assistant"));
    for _ in 0..6 {
        harness.key_press(egui::Key::Tab);
        settle(&mut harness);
        let now = focused(&harness);
        assert!(
            matches!(now.as_deref(), Some("About Mail Setup Assistant" | "Close"))
                || now.as_deref().is_some_and(|n| n.starts_with("Ask third parties")),
            "Tab left the About box for {now:?}"
        );
    }
    click(&mut harness, "Close");
    assert!(harness.query_by_label_contains("Licence:").is_none());
}
