//! Step 1: email address, password, and — folded away — the server and the
//! advanced options.

use crate::i18n::{text as t, text_with};
use eframe::egui;

use zeroize::Zeroizing;

use super::action::Action;
use super::settings::Settings;
use super::widgets::{announce_fold, describe, field_label, name_field, text_field};
use crate::model::EmailAddress;

/// What the person types on this step and is not remembered: the password
/// (wiped when dropped), whether it is shown, the plaintext consent (for
/// the next check only), and which field takes the focus next.
pub(super) struct Form {
    pub(super) password: Zeroizing<String>,
    pub(super) show_password: bool,
    /// Consent to a plaintext login, for the next check only.
    pub(super) allow_plaintext: bool,
    pub(super) focus_email: bool,
    pub(super) focus_password: bool,
    /// Open "I know my server" and focus its server field, once.
    pub(super) focus_server: bool,
    /// The address was judged (the person left the field or pressed
    /// Enter): its problem shows even while it has the focus again.
    pub(super) email_judged: bool,
    /// The certificate path being typed, where no file dialog can open
    /// (`Some` shows the field).
    pub(super) certificate_path: Option<String>,
    /// Open "Advanced" and focus the certificate path field, once.
    pub(super) focus_certificate_path: bool,
}

impl Form {
    /// An empty form; the focus goes where the person types first.
    pub(super) fn new(email_known: bool) -> Self {
        Self {
            password: empty_password(),
            show_password: false,
            allow_plaintext: false,
            focus_email: !email_known,
            focus_password: email_known,
            focus_server: false,
            email_judged: false,
            certificate_path: None,
            focus_certificate_path: false,
        }
    }

    /// Why the form cannot be sent yet, field by field; empty when it can.
    pub(super) fn problems(settings: &Settings) -> FormProblems {
        let s = settings;
        FormProblems {
            email: match EmailAddress::parse(&s.email) {
                Ok(_) => None,
                Err(_) if s.email.trim().is_empty() => Some(String::new()),
                Err(_) => Some(t("email-invalid")),
            },
            server: [&s.server, &s.incoming_server]
                .iter()
                .any(|name| !name.trim().is_empty() && crate::model::host_to_ascii(name).is_none())
                .then(|| t("server-invalid")),
            ports: parse_ports(&s.ports).err(),
        }
    }
}

/// Validation messages for the account form; `Some("")` marks a field that
/// is empty but required (no message, the button just stays disabled).
#[derive(Debug, Default)]
pub(super) struct FormProblems {
    pub(super) email: Option<String>,
    pub(super) server: Option<String>,
    pub(super) ports: Option<String>,
}

impl FormProblems {
    pub(super) fn is_empty(&self) -> bool {
        self.email.is_none() && self.server.is_none() && self.ports.is_none()
    }
}

/// "465, 587" > [465, 587]; empty > the defaults (an empty list).
pub(super) fn parse_ports(text: &str) -> Result<Vec<u16>, String> {
    text.split([',', ' ', ';'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<u16>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| text_with("port-invalid", &[("port", format!("{p:?}").into())]))
        })
        .collect()
}

/// A password buffer with room to spare: a `String` that grows while the
/// person types would leave its old buffers behind unwiped.
fn empty_password() -> Zeroizing<String> {
    Zeroizing::new(String::with_capacity(256))
}

pub(super) fn account_ui(form: &mut Form, settings: &mut Settings, ui: &mut egui::Ui) -> Option<Action> {
    let problems = Form::problems(settings);
    ui.add_space(8.0);
    ui.heading(t("account-title"));
    ui.label(t("account-intro"));
    ui.add_space(12.0);
    email_ui(form, settings, &problems, ui);
    ui.add_space(6.0);
    password_ui(form, ui);
    // The big providers are known by the address alone; nothing is asked
    // of anyone before the person presses a button.
    let provider = EmailAddress::parse(&settings.email)
        .ok()
        .and_then(|address| crate::discovery::provider_name(&address.domain));
    let sign_in_words = match provider {
        Some(provider) => text_with("sign-in-with", &[("provider", provider.into())]),
        None => t("sign-in-instead"),
    };
    let sign_in = ui
        .button(sign_in_words)
        .on_hover_text(t("sign-in-instead-tip"))
        .clicked()
        .then_some(Action::SignIn);
    ui.add_space(6.0);
    text_field(
        ui,
        &t("display-name"),
        &mut settings.display_name,
        &t("display-name-hint"),
        false,
    );
    ui.add_space(10.0);
    server_ui(form, settings, &problems, ui);
    let advanced = advanced_ui(form, settings, ui);
    ui.add_space(14.0);
    buttons_ui(form, settings, &problems, ui).or(advanced).or(sign_in)
}

/// The address field, judged once the person has moved on.
fn email_ui(form: &mut Form, settings: &mut Settings, problems: &FormProblems, ui: &mut egui::Ui) {
    let email = text_field(ui, &t("email"), &mut settings.email, &t("email-hint"), false);
    if form.focus_email {
        email.request_focus();
        form.focus_email = false;
    }
    if email.lost_focus() {
        form.email_judged = true;
    }
    if let Some(message) = problems
        .email
        .as_deref()
        .filter(|m| !m.is_empty() && (form.email_judged || !email.has_focus()))
    {
        let said = ui.colored_label(ui.visuals().error_fg_color, message);
        describe(ui, &email, &said, message);
    }
}

/// The password field, with its Show/Hide button; no undo history
/// keeps copies of it.
fn password_ui(form: &mut Form, ui: &mut egui::Ui) {
    let password_label = field_label(ui, &t("password"));
    let field = ui
        .horizontal(|ui| {
            let toggle = t(if form.show_password {
                "password-hide"
            } else {
                "password-show"
            });
            // Wide enough for the longer of its two words, in any language.
            let toggle_width = ["password-show", "password-hide"]
                .into_iter()
                .map(|id| {
                    egui::WidgetText::from(t(id))
                        .into_galley(
                            ui,
                            Some(egui::TextWrapMode::Extend),
                            f32::INFINITY,
                            egui::TextStyle::Button,
                        )
                        .size()
                        .x
                })
                .fold(0.0, f32::max)
                + 2.0 * ui.spacing().button_padding.x
                + 8.0;
            let field = ui.add(
                egui::TextEdit::singleline(&mut *form.password)
                    .password(!form.show_password)
                    .hint_text(t("password-hint"))
                    .desired_width((ui.available_width() - toggle_width).max(80.0)),
            );
            name_field(ui, &field, &password_label, &t("password"));
            if form.focus_password {
                field.request_focus();
                form.focus_password = false;
            }
            // egui keeps an undo history of every text field in its memory; for
            // the password that would be copies of it. Keep none.
            if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), field.id) {
                state.clear_undoer();
                state.store(ui.ctx(), field.id);
            }
            if ui
                .add_sized(
                    [toggle_width - 8.0, field.rect.height()],
                    egui::Button::new(toggle),
                )
                .on_hover_text(t("password-toggle"))
                .clicked()
            {
                form.show_password = !form.show_password;
            }
            field
        })
        .inner;
    if form.password.is_empty() {
        let words = t("password-none");
        let hint = ui.weak(&words);
        describe(ui, &field, &hint, &words);
    }
}

/// "I know my server": the servers, the user name and the ports.
fn server_ui(form: &mut Form, settings: &mut Settings, problems: &FormProblems, ui: &mut egui::Ui) {
    let fold = egui::CollapsingHeader::new(t("know-server"))
        .default_open(!settings.server.is_empty())
        .open(form.focus_server.then_some(true))
        .show(ui, |ui| {
            let server = text_field(ui, &t("server"), &mut settings.server, &t("server-hint"), false);
            if form.focus_server {
                server.request_focus();
                form.focus_server = false;
            }
            let incoming = text_field(
                ui,
                &t("incoming-server"),
                &mut settings.incoming_server,
                &t("incoming-server-hint"),
                false,
            );
            if let Some(message) = &problems.server {
                let said = ui.colored_label(ui.visuals().error_fg_color, message);
                describe(ui, &server, &said, message);
                describe(ui, &incoming, &said, message);
            }
            text_field(
                ui,
                &t("username"),
                &mut settings.username,
                &t("username-hint"),
                false,
            );
            let ports = text_field(ui, &t("ports"), &mut settings.ports, &t("ports-hint"), false);
            if let Some(message) = &problems.ports {
                let said = ui.colored_label(ui.visuals().error_fg_color, message);
                describe(ui, &ports, &said, message);
            }
        });
    announce_fold(ui, &fold);
}

/// "Advanced": the time limit, an extra trusted certificate, verifying
/// every setting, and the plaintext consent.
fn advanced_ui(form: &mut Form, settings: &mut Settings, ui: &mut egui::Ui) -> Option<Action> {
    let fold = egui::CollapsingHeader::new(t("advanced"))
        .open(form.focus_certificate_path.then_some(true))
        .show(ui, |ui| advanced_body(form, settings, ui));
    announce_fold(ui, &fold);
    fold.body_returned.flatten()
}

fn advanced_body(form: &mut Form, settings: &mut Settings, ui: &mut egui::Ui) -> Option<Action> {
    ui.horizontal(|ui| {
        let label = ui.label(t("time-limit"));
        ui.add(egui::Slider::new(&mut settings.timeout_secs, 1.0..=60.0).step_by(1.0))
            .labelled_by(label.id);
    });
    ui.add_space(4.0);
    let action = certificate_ui(form, settings, ui);
    ui.add_space(4.0);
    ui.checkbox(&mut settings.verify_all, t("verify-all"))
        .on_hover_text(t("verify-all-tip"));
    ui.add_space(4.0);
    text_field(
        ui,
        &t("client-id"),
        &mut settings.oauth_client_id,
        &t("client-id-hint"),
        false,
    );
    if !settings.oauth_client_id.trim().is_empty() {
        text_field(
            ui,
            &t("tenant"),
            &mut settings.oauth_tenant,
            &t("tenant-hint"),
            false,
        );
    }
    ui.add_space(4.0);
    ui.checkbox(&mut form.allow_plaintext, t("allow-plaintext"));
    if form.allow_plaintext {
        ui.colored_label(ui.visuals().warn_fg_color, t("allow-plaintext-warning"));
    }
    action
}

/// The extra trusted certificate: chosen in a dialog, or typed where no
/// dialog can open.
fn certificate_ui(form: &mut Form, settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    ui.label(t("certificate"));
    ui.horizontal_wrapped(|ui| {
        match &settings.ca_file {
            Some(path) => {
                ui.monospace(path.display().to_string());
                if ui.button(t("certificate-remove")).clicked() {
                    action = Some(Action::ClearCertificate);
                }
            }
            None => {
                ui.weak(t("certificate-none"));
            }
        }
        if ui.button(t("certificate-choose")).clicked() {
            action = Some(Action::PickCertificate);
        }
    });
    if let Some(path) = form.certificate_path.as_mut() {
        let field = text_field(
            ui,
            &t("certificate-path"),
            path,
            &t("certificate-path-hint"),
            false,
        );
        if std::mem::take(&mut form.focus_certificate_path) {
            field.request_focus();
        }
        let typed = !path.trim().is_empty();
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui
            .add_enabled(typed, egui::Button::new(t("certificate-use")))
            .clicked()
            || entered)
            && typed
        {
            action = Some(Action::UseCertificate(path.trim().into()));
        }
    }
    action
}

/// "Find my settings" (also Enter, once the form is complete) and
/// "Start over".
fn buttons_ui(
    form: &mut Form,
    settings: &Settings,
    problems: &FormProblems,
    ui: &mut egui::Ui,
) -> Option<Action> {
    let mut action = None;
    let ready = problems.is_empty();
    ui.horizontal(|ui| {
        let mut primary = egui::Button::new(egui::RichText::new(t("find-settings")).strong())
            .min_size([180.0, 32.0].into());
        if ready {
            primary = primary.fill(ui.visuals().selection.bg_fill);
        }
        let button = ui.add_enabled(ready, primary);
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if button.clicked() || (ready && enter) {
            action = Some(Action::Start);
        } else if enter {
            // Enter left the field; keep the person where the form needs
            // them, not at the top of the window.
            form.focus_email = problems.email.is_some();
            form.focus_server = problems.email.is_none();
            form.email_judged = true;
        }
        let filled = !settings.email.is_empty() || !form.password.is_empty() || !settings.server.is_empty();
        if filled
            && ui
                .button(t("start-over"))
                .on_hover_text(t("start-over-tip"))
                .clicked()
        {
            action = Some(Action::StartOver);
        }
    });
    action
}

#[cfg(test)]
pub(super) mod tests {
    use egui_kittest::kittest::{NodeT, Queryable};
    use egui_kittest::Harness;

    use super::*;

    /// Every word the person can read, or hear from a screen reader, on
    /// the page `harness` shows.
    pub(crate) fn every_text(harness: &Harness<'_>) -> Vec<String> {
        harness
            .root()
            .children_recursive()
            .flat_map(|node| {
                let node = node.accesskit_node();
                [
                    node.label(),
                    node.value(),
                    node.description(),
                    node.placeholder().map(str::to_owned),
                ]
            })
            .flatten()
            .collect()
    }

    /// A word of English left where the pseudo-locale should speak: three
    /// or more ASCII letters with an unaccented vowel (the pseudo-locale
    /// accents every vowel of the sentences it speaks).
    pub(crate) fn english_in(text: &str) -> Option<&str> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .find(|word| word.len() >= 3 && word.contains(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']))
    }

    /// The account step in the pseudo-locale, every fold open and every
    /// message shown: no sentence is left in English.
    #[test]
    fn the_account_step_speaks_only_from_the_resources() {
        crate::i18n::choose_here(crate::i18n::PSEUDO);
        let mut form = Form::new(true);
        form.allow_plaintext = true;
        form.email_judged = true;
        form.certificate_path = Some(String::new());
        let mut settings = Settings {
            email: "not an address".to_owned(),
            server: "bad name!".to_owned(),
            ports: "99999".to_owned(),
            oauth_client_id: "given".to_owned(),
            ..Settings::default()
        };
        let mut harness = Harness::new_ui(|ui| {
            let _ = account_ui(&mut form, &mut settings, ui);
        });
        // "I know my server" is open (a server is typed); open Advanced
        // as a person would.
        harness.get_by_label(&crate::i18n::text("advanced")).click();
        harness.run();
        assert!(harness.query_all_by_label(&crate::i18n::text("ports")).count() > 0);
        let texts = every_text(&harness);
        assert!(texts.len() > 30, "{texts:#?}");
        for text in &texts {
            // What the person typed is theirs, not the program's.
            if ["not an address", "bad name!", "99999", "given"].contains(&text.as_str()) {
                continue;
            }
            assert_eq!(english_in(text), None, "English left: {text:?}");
        }
    }

    /// An address at a big provider names it on the sign-in button; any
    /// other address gets the general words.
    #[test]
    fn the_sign_in_button_names_a_provider_known_by_the_address() {
        for (email, words) in [
            ("alice@gmail.com", "Sign in with Google instead"),
            ("bob@Outlook.com", "Sign in with Microsoft instead"),
            ("carol@example.org", "Sign in with my provider instead"),
        ] {
            let mut form = Form::new(true);
            let mut settings = Settings {
                email: email.to_owned(),
                ..Settings::default()
            };
            let harness = Harness::new_ui(|ui| {
                let _ = account_ui(&mut form, &mut settings, ui);
            });
            harness.get_by_label(words);
        }
    }
}
