//! Step 1: email address, password, and — folded away — the server and the
//! advanced options.

use eframe::egui;

use super::app::{text_field, Action, App};

pub(super) fn account_ui(app: &mut App, ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    let problems = app.form_problems();
    ui.add_space(8.0);
    ui.heading("Set up your mail account");
    ui.label(
        "Enter your email address and password. We find the incoming and outgoing mail server settings that work \
         and check that your password is accepted — over an encrypted connection only.",
    );
    ui.add_space(12.0);

    let email = text_field(
        ui,
        "Email address",
        &mut app.settings.email,
        "name@example.com",
        false,
    );
    if app.focus_email {
        email.request_focus();
        app.focus_email = false;
    }
    // Judged once the person has moved on, not at every keystroke.
    if let Some(message) = problems
        .email
        .as_deref()
        .filter(|m| !m.is_empty() && !email.has_focus())
    {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
    ui.add_space(6.0);

    let password_label = ui.label("Password");
    ui.horizontal(|ui| {
        let toggle = if app.show_password { "Hide" } else { "Show" };
        let toggle_width = 60.0;
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut *app.password)
                    .password(!app.show_password)
                    .hint_text("the password you use for this address")
                    .desired_width((ui.available_width() - toggle_width).max(80.0)),
            )
            .labelled_by(password_label.id);
        if app.focus_password {
            field.request_focus();
            app.focus_password = false;
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
            app.show_password = !app.show_password;
        }
    });
    if app.password.is_empty() {
        ui.weak("Without a password we can check the connections, but not that your login works.");
    }
    ui.add_space(6.0);
    text_field(
        ui,
        "Your name (optional)",
        &mut app.settings.display_name,
        "shown to people you write to",
        false,
    );
    ui.add_space(10.0);

    egui::CollapsingHeader::new("I know my server")
        .default_open(!app.settings.server.is_empty())
        .open(app.focus_server.then_some(true))
        .show(ui, |ui| {
            let server = text_field(
                ui,
                "Mail server",
                &mut app.settings.server,
                "e.g. mail.example.com, for incoming and outgoing mail",
                false,
            );
            if app.focus_server {
                server.request_focus();
                app.focus_server = false;
            }
            text_field(
                ui,
                "Incoming server, if different",
                &mut app.settings.incoming_server,
                "e.g. imap.example.com",
                false,
            );
            if let Some(message) = &problems.server {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
            text_field(
                ui,
                "User name, if not your email address",
                &mut app.settings.username,
                "usually your full email address",
                false,
            );
            text_field(
                ui,
                "Outgoing ports to try",
                &mut app.settings.ports,
                "465, 587, 2525, 25",
                false,
            );
            if let Some(message) = &problems.ports {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
        });

    egui::CollapsingHeader::new("Advanced").show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label("Time limit for each step (seconds)");
            ui.add(egui::Slider::new(&mut app.settings.timeout_secs, 1.0..=60.0).step_by(1.0))
                .labelled_by(label.id);
        });
        ui.add_space(4.0);
        ui.label("Extra trusted certificate (for a company or school certificate authority)");
        ui.horizontal_wrapped(|ui| {
            match &app.settings.ca_file {
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
        ui.add_space(4.0);
        ui.checkbox(&mut app.settings.verify_all, "Verify every setting")
            .on_hover_text(
                "Log in on every working port, not only on the one recommended (for help desks). Off by default: \
                 providers may lock or flag an account after many logins from a new program.",
            );
        ui.add_space(4.0);
        ui.checkbox(&mut app.allow_plaintext, "Allow checking without encryption");
        if app.allow_plaintext {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "Only if your server offers nothing better: your password would travel readable by anyone \
                 on the network between you and the server. This applies to the next check only, and such a \
                 setting is never recommended over an encrypted one.",
            );
        }
    });

    ui.add_space(14.0);
    let ready = problems.is_empty();
    ui.horizontal(|ui| {
        let mut primary = egui::Button::new(egui::RichText::new("Find my settings").strong())
            .min_size([180.0, 32.0].into());
        if ready {
            primary = primary.fill(ui.visuals().selection.bg_fill);
        }
        let button = ui.add_enabled(ready, primary);
        if button.clicked() || (ready && ui.input(|i| i.key_pressed(egui::Key::Enter))) {
            action = Some(Action::Start);
        }
        let filled =
            !app.settings.email.is_empty() || !app.password.is_empty() || !app.settings.server.is_empty();
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
