//! The window in each language: chosen in the window, remembered, and the
//! result on screen said again in the new language; and every step, in the
//! pseudo-locale (accented, 40 % longer) and in each real language, fits
//! the usual 760×700 window and the minimum size, with no English left
//! where the pseudo-locale speaks.
//!
//! The language is one for the whole program, so these tests take turns.

#![allow(clippy::unwrap_used)]

mod support;
mod window;

use std::sync::{Mutex, MutexGuard, PoisonError};

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;

use mailsetup::gui::App;
use mailsetup::tr;
use support::{Mode, Script, PASSWORD, USER};
use window::*;

static ONE_LANGUAGE: Mutex<()> = Mutex::new(());

fn one_language() -> MutexGuard<'static, ()> {
    ONE_LANGUAGE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A world whose servers verify both directions.
fn working_world() -> World {
    let world = World::new();
    world.serve(465, Script::new(Mode::ImplicitTls));
    world.serve(587, Script::new(Mode::Starttls));
    world.serve_imap();
    world
}

/// Fills the form, finding each field by its name in the window's
/// language, and starts the check.
fn find_settings_in_its_language(harness: &mut Harness<'_, App>) {
    type_into(harness, &tr!("email"), USER);
    type_into(harness, &tr!("password"), PASSWORD);
    let server_field = |h: &Harness<'_, App>| {
        h.query_all_by_label(&tr!("server"))
            .any(|n| n.accesskit_node().role() == Role::TextInput)
    };
    if !server_field(harness) {
        harness.get_by_label(&tr!("know-server")).click();
        settle(harness);
    }
    type_into(harness, &tr!("server"), HOST);
    type_into(harness, &tr!("ports"), "465, 587");
    harness.state_mut().settings_mut().timeout_secs = 2.0;
    click(harness, &tr!("find-settings"));
}

/// Picks `name` from the language menu.
fn choose_language(harness: &mut Harness<'_, App>, name: &str) {
    harness
        .get_all_by_role(Role::ComboBox)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(&tr!("language-menu", language = "")))
        })
        .unwrap()
        .click();
    settle(harness);
    harness.get_by_label(name).click();
    settle(harness);
}

fn remembered(world: &World) -> String {
    std::fs::read_to_string(world.settings_path()).unwrap_or_default()
}

#[test]
fn the_language_is_chosen_in_the_window_remembered_and_the_result_follows() {
    let _turn = one_language();
    mailsetup::i18n::choose("en-US");
    let world = working_world();
    let mut harness = world.harness();
    find_settings_in_its_language(&mut harness);
    wait_for_result(&mut harness);
    assert_eq!(
        harness
            .get_all_by_label_contains("Verified: the server accepted your password")
            .count(),
        2
    );

    choose_language(&mut harness, "Deutsch");
    assert_eq!(
        harness
            .get_all_by_label_contains("Verifiziert: Der Server hat Ihr Passwort")
            .count(),
        2
    );
    // Thunderbird's own German words, and the reason said again in German.
    assert!(harness.get_all_by_label("Verbindungssicherheit").count() >= 1);
    harness.get_by_label("Warum Port 993 und IMAP?");
    assert!(
        harness
            .get_all_by_label_contains("RFC 8314 (2018) empfiehlt genau das")
            .count()
            >= 1
    );
    assert!(harness
        .query_by_label_contains("recommends exactly this")
        .is_none());
    // Apple Mail's words from Apple's German help.
    show_words_of(&mut harness, "Apple Mail");
    assert!(
        harness
            .get_all_by_label_contains("„Verbindungseinstellungen automatisch verwalten“")
            .count()
            >= 1
    );
    assert!(harness.get_all_by_label("Benutzername").count() >= 1);
    wait_until(&mut harness, "the language to be remembered", |_| {
        remembered(&world).contains("\"language\": \"de\"")
    });
    drop(harness);

    // A new start speaks the remembered language.
    mailsetup::i18n::choose("en-US");
    let mut again = world.harness();
    again.get_by_label("Richten Sie Ihr E-Mail-Konto ein");
    choose_language(&mut again, "日本語");
    again.get_by_label("メールアカウントを設定する");
    let system = tr!("language-system", language = "English");
    choose_language(&mut again, &system);
    wait_until(&mut again, "the system's language to be remembered", |_| {
        remembered(&world).contains("\"language\": null")
    });
    drop(again);
    mailsetup::i18n::choose("en-US");
}

/// Every text a screen reader would read in the window.
fn every_text(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value(), node.placeholder().map(str::to_owned)]
        })
        .flatten()
        .collect()
}

/// Words that are the same in every language: names of programs,
/// protocols and this program, and the servers' own names.
fn is_a_name(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "Mail",
        "Setup",
        "Assistant",
        "Thunderbird",
        "Outlook",
        "Apple",
        "IMAP",
        "SMTP",
        "POP3",
        "SSL",
        "TLS",
        "STARTTLS",
        "OAuth2",
        "SHA",
        "RFC",
        "English",
        "Deutsch",
        "Esc",
    ];
    NAMES.contains(&word)
}

/// A word of English left where the pseudo-locale speaks: three or more
/// ASCII letters with an unaccented vowel (it accents every vowel).
fn english_left(text: &str) -> Option<String> {
    text.split_whitespace()
        .filter(|w| !w.contains(".test") && !w.contains('@'))
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphanumeric()))
        .find(|w| {
            w.len() >= 3
                && w.chars().all(|c| c.is_ascii_alphabetic())
                && w.contains(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
                && !is_a_name(w)
        })
        .map(str::to_owned)
}

/// A fold that is closed (not a menu, which opens as a popup).
fn is_closed_fold(node: &egui_kittest::Node<'_>) -> bool {
    let node = node.accesskit_node();
    node.data().is_expanded() == Some(false) && node.role() != Role::ComboBox
}

/// Opens every fold (what was tried, each attempt's details, Advanced).
fn open_every_fold(harness: &mut Harness<'_, App>) {
    for _ in 0..50 {
        let closed = harness.root().children_recursive().find(is_closed_fold);
        let Some(closed) = closed else { return };
        closed.scroll_to_me();
        settle(harness);
        let closed = harness.root().children_recursive().find(is_closed_fold).unwrap();
        closed.click();
        settle(harness);
    }
}

/// Shows the fields in `program`'s words (its tab on the result).
fn show_words_of(harness: &mut Harness<'_, App>, program: &str) {
    harness
        .get_all_by_label(program)
        .find(|n| n.accesskit_node().role() != Role::Label)
        .unwrap_or_else(|| panic!("no tab for {program}"))
        .click();
    settle(harness);
}

/// Nothing reaches past the window's right edge, where it would be cut off.
fn fits(harness: &Harness<'_, App>, width: f32, what: &str) {
    let scale = f64::from(harness.ctx.pixels_per_point());
    for node in harness.root().children_recursive() {
        let Some(bounds) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let right = (bounds.x1 / scale) as f32;
        assert!(
            right <= width + 1.0,
            "{what}: {:?} ({:?}) reaches x = {right}, past {width}",
            node.accesskit_node()
                .label()
                .or_else(|| node.accesskit_node().value()),
            node.accesskit_node().role()
        );
    }
}

/// The window's title is not covered by the menus beside it.
fn title_clear(harness: &Harness<'_, App>, what: &str) {
    let rect = |node: &egui_kittest::Node<'_>| node.accesskit_node().bounding_box();
    let title = harness
        .query_all_by_label(mailsetup::gui::TITLE)
        .find_map(|n| rect(&n))
        .unwrap();
    for node in harness.root().children_recursive() {
        let role = node.accesskit_node().role();
        if !matches!(role, Role::ComboBox | Role::Button) {
            continue;
        }
        if let Some(other) = rect(&node) {
            let apart = other.x0 >= title.x1 - 0.5
                || other.x1 <= title.x0 + 0.5
                || other.y0 >= title.y1 - 0.5
                || other.y1 <= title.y0 + 0.5;
            assert!(
                apart,
                "{what}: {:?} covers the title",
                node.accesskit_node().label()
            );
        }
    }
}

/// The step on screen, all of it: each fold open; it fits, and in the
/// pseudo-locale no English is left.
fn look_at_every_part(harness: &mut Harness<'_, App>, width: f32, what: &str) {
    open_every_fold(harness);
    fits(harness, width, what);
    title_clear(harness, what);
    if mailsetup::i18n::current() == mailsetup::i18n::PSEUDO {
        for text in every_text(harness) {
            assert_eq!(english_left(&text), None, "{what}: English left in {text:?}");
        }
    }
}

#[test]
fn every_step_fits_in_every_language_with_no_english_left() {
    let _turn = one_language();
    // The usual window and the smallest it can be (gui::MIN_SIZE).
    for size in [[760.0, 700.0], mailsetup::gui::MIN_SIZE] {
        let mut languages: Vec<String> = mailsetup::i18n::available()
            .into_iter()
            .map(|(tag, _)| tag)
            .collect();
        languages.push(mailsetup::i18n::PSEUDO.to_owned());
        for language in &languages {
            mailsetup::i18n::choose(language);
            let what = |step: &str| format!("{language} at {size:?}, {step}");
            // A fresh form each time: the settings file remembers the last.
            let world = working_world();
            let mut harness = world.harness_sized(FakeDialogs::in_folder(&world.dir), size);
            look_at_every_part(&mut harness, size[0], &what("the account step"));
            find_settings_in_its_language(&mut harness);
            fits(&harness, size[0], &what("the checking step"));
            wait_for_result(&mut harness);
            look_at_every_part(&mut harness, size[0], &what("the result"));
            // Each program's words: Apple Mail's paths are the longest.
            for program in ["Outlook", "Apple Mail"] {
                show_words_of(&mut harness, program);
                look_at_every_part(&mut harness, size[0], &what(program));
            }
        }
    }
    mailsetup::i18n::choose("en-US");
}
