//! Step 1: email address, password, and — folded away — the server and the
//! advanced options.

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
                Err(_) => Some("This doesn't look like an email address (name@example.com).".to_owned()),
            },
            server: [&s.server, &s.incoming_server]
                .iter()
                .any(|name| !name.trim().is_empty() && crate::model::host_to_ascii(name).is_none())
                .then(|| "A server name has only letters, digits, dots and hyphens.".to_owned()),
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
                .ok_or_else(|| format!("{p:?} is not a port number (1–65535)."))
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
    ui.heading("Set up your mail account");
    ui.label(
        "Enter your email address and password. We find the incoming and outgoing mail server settings that work \
         and check that your password is accepted — over an encrypted connection only.",
    );
    ui.add_space(12.0);
    email_ui(form, settings, &problems, ui);
    ui.add_space(6.0);
    password_ui(form, ui);
    let sign_in = ui
        .button("Sign in with my provider instead")
        .on_hover_text(
            "For providers that want you to sign in on their own page (OAuth2): your browser opens it, and the \
             servers are checked with that sign-in. No password is typed here.",
        )
        .clicked()
        .then_some(Action::SignIn);
    ui.add_space(6.0);
    text_field(
        ui,
        "Your name (optional)",
        &mut settings.display_name,
        "shown to people you write to",
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
    let email = text_field(
        ui,
        "Email address",
        &mut settings.email,
        "name@example.com",
        false,
    );
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
    let password_label = field_label(ui, "Password");
    let field = ui
        .horizontal(|ui| {
            let toggle = if form.show_password { "Hide" } else { "Show" };
            let toggle_width = 60.0;
            let field = ui.add(
                egui::TextEdit::singleline(&mut *form.password)
                    .password(!form.show_password)
                    .hint_text("the password you use for this address")
                    .desired_width((ui.available_width() - toggle_width).max(80.0)),
            );
            name_field(ui, &field, &password_label, "Password");
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
                .on_hover_text("Show or hide the password")
                .clicked()
            {
                form.show_password = !form.show_password;
            }
            field
        })
        .inner;
    if form.password.is_empty() {
        let words = "Without a password we can check the connections, but not that your login works.";
        let hint = ui.weak(words);
        describe(ui, &field, &hint, words);
    }
}

/// "I know my server": the servers, the user name and the ports.
fn server_ui(form: &mut Form, settings: &mut Settings, problems: &FormProblems, ui: &mut egui::Ui) {
    let fold = egui::CollapsingHeader::new("I know my server")
        .default_open(!settings.server.is_empty())
        .open(form.focus_server.then_some(true))
        .show(ui, |ui| {
            let server = text_field(
                ui,
                "Mail server",
                &mut settings.server,
                "e.g. mail.example.com, for incoming and outgoing mail",
                false,
            );
            if form.focus_server {
                server.request_focus();
                form.focus_server = false;
            }
            let incoming = text_field(
                ui,
                "Incoming server, if different",
                &mut settings.incoming_server,
                "e.g. imap.example.com",
                false,
            );
            if let Some(message) = &problems.server {
                let said = ui.colored_label(ui.visuals().error_fg_color, message);
                describe(ui, &server, &said, message);
                describe(ui, &incoming, &said, message);
            }
            text_field(
                ui,
                "User name, if not your email address",
                &mut settings.username,
                "usually your full email address",
                false,
            );
            let ports = text_field(
                ui,
                "Outgoing ports to try",
                &mut settings.ports,
                "465, 587, 2525, 25",
                false,
            );
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
    let fold = egui::CollapsingHeader::new("Advanced")
        .open(form.focus_certificate_path.then_some(true))
        .show(ui, |ui| advanced_body(form, settings, ui));
    announce_fold(ui, &fold);
    fold.body_returned.flatten()
}

fn advanced_body(form: &mut Form, settings: &mut Settings, ui: &mut egui::Ui) -> Option<Action> {
    ui.horizontal(|ui| {
        let label = ui.label("Time limit for each step (seconds)");
        ui.add(egui::Slider::new(&mut settings.timeout_secs, 1.0..=60.0).step_by(1.0))
            .labelled_by(label.id);
    });
    ui.add_space(4.0);
    let action = certificate_ui(form, settings, ui);
    ui.add_space(4.0);
    ui.checkbox(&mut settings.verify_all, "Verify every setting")
        .on_hover_text(
        "Log in on every working port, not only on the one recommended (for help desks). Off by default: \
             providers may lock or flag an account after many logins from a new program.",
    );
    ui.add_space(4.0);
    text_field(
        ui,
        "Sign-in client ID, only if your provider or administrator gave you one",
        &mut settings.oauth_client_id,
        "for \"Sign in with my provider\"",
        false,
    );
    if !settings.oauth_client_id.trim().is_empty() {
        text_field(
            ui,
            "Microsoft tenant of that client ID, if your administrator named one",
            &mut settings.oauth_tenant,
            "e.g. contoso.onmicrosoft.com",
            false,
        );
    }
    ui.add_space(4.0);
    ui.checkbox(&mut form.allow_plaintext, "Allow checking without encryption");
    if form.allow_plaintext {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Only if your server offers nothing better: your password would travel readable by anyone \
             on the network between you and the server. This applies to the next check only, and such a \
             setting is never recommended over an encrypted one.",
        );
    }
    action
}

/// The extra trusted certificate: chosen in a dialog, or typed where no
/// dialog can open.
fn certificate_ui(form: &mut Form, settings: &Settings, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    ui.label("Extra trusted certificate (for a company or school certificate authority)");
    ui.horizontal_wrapped(|ui| {
        match &settings.ca_file {
            Some(path) => {
                ui.monospace(path.display().to_string());
                if ui.button("Remove").clicked() {
                    action = Some(Action::ClearCertificate);
                }
            }
            None => {
                ui.weak("none");
            }
        }
        if ui.button("Choose file…").clicked() {
            action = Some(Action::PickCertificate);
        }
    });
    if let Some(path) = form.certificate_path.as_mut() {
        let field = text_field(
            ui,
            "Certificate file path",
            path,
            "/path/to/company-ca.pem",
            false,
        );
        if std::mem::take(&mut form.focus_certificate_path) {
            field.request_focus();
        }
        let typed = !path.trim().is_empty();
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui
            .add_enabled(typed, egui::Button::new("Use this file"))
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
        let mut primary = egui::Button::new(egui::RichText::new("Find my settings").strong())
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
                .button("Start over")
                .on_hover_text("Clear the form and what was remembered")
                .clicked()
        {
            action = Some(Action::StartOver);
        }
    });
    action
}
