//! The window driven as a person would, against the in-process scripted
//! servers: a private world per test (a loopback address, a settings
//! file, fake file dialogs) and the steps a person takes.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;

use mailsetup::gui::worker::{BoxFuture, Chosen, Dialogs};
use mailsetup::gui::{App, Env, Step};
use mailsetup::wire::net::Overrides;

use crate::support::{self, serve, unique_address, Mode, Script, USER};

pub const HOST: &str = "mail.scripted.test";

/// Dialogs that answer at once with a fixed path, and count calls; with
/// `no_dialog`, a desktop where no file dialog can open.
pub struct FakeDialogs {
    pub save_to: PathBuf,
    pub saves: Mutex<usize>,
    pub certificate: PathBuf,
    pub downloads: PathBuf,
    pub no_dialog: bool,
}

impl FakeDialogs {
    pub fn in_folder(dir: &std::path::Path) -> Self {
        Self {
            save_to: dir.join("saved"),
            saves: Mutex::new(0),
            certificate: dir.join("company-ca.pem"),
            downloads: dir.join("Downloads"),
            no_dialog: false,
        }
    }

    pub fn answer(&self, path: &std::path::Path) -> BoxFuture<Chosen> {
        let chosen = if self.no_dialog {
            Chosen::NoDialog
        } else {
            Chosen::File(path.to_owned())
        };
        Box::pin(async move { chosen })
    }
}

impl Dialogs for FakeDialogs {
    fn pick_certificate(&self) -> BoxFuture<Chosen> {
        self.answer(&self.certificate)
    }
    fn save_location(&self, _suggested_name: String) -> BoxFuture<Chosen> {
        *self.saves.lock().unwrap() += 1;
        self.answer(&self.save_to)
    }
    fn fallback_folder(&self) -> Option<PathBuf> {
        Some(self.downloads.clone())
    }
}

pub struct World {
    pub runtime: tokio::runtime::Runtime,
    pub ip: std::net::IpAddr,
    pub dir: PathBuf,
}

impl World {
    pub fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "mailsetup-gui-{}-{}",
            std::process::id(),
            unique_address()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Self {
            runtime: tokio::runtime::Runtime::new().unwrap(),
            ip: unique_address(),
            dir,
        }
    }

    pub fn serve(&self, port: u16, script: Script) -> support::SharedLog {
        self.runtime.block_on(serve(self.ip, port, HOST, script))
    }

    /// A scripted IMAP server with implicit TLS on 993.
    pub fn serve_imap(&self) -> support::SharedLog {
        self.runtime.block_on(support::serve_incoming(
            self.ip,
            993,
            HOST,
            false,
            Mode::ImplicitTls,
            support::Incoming::Normal,
        ))
    }

    pub fn settings_path(&self) -> PathBuf {
        self.dir.join("settings.json")
    }

    pub fn harness(&self) -> Harness<'static, App> {
        self.harness_with(FakeDialogs::in_folder(&self.dir))
    }

    pub fn harness_with(&self, dialogs: FakeDialogs) -> Harness<'static, App> {
        self.harness_sized(dialogs, [760.0, 700.0])
    }

    /// The window at `size` (logical pixels).
    pub fn harness_sized(&self, dialogs: FakeDialogs, size: [f32; 2]) -> Harness<'static, App> {
        let mut overrides = Overrides::default();
        overrides.insert(HOST, self.ip);
        overrides.insert("mx.elsewhere.test", self.ip);
        let env = Env {
            only_roots: Some(vec![support::pki().ca_der.clone()]),
            extra_roots: Vec::new(),
            overrides,
            dns: None,
            settings_path: Some(self.settings_path()),
            dialogs: Arc::new(dialogs),
            // The scripted world has no DNS or web server: nothing is
            // looked up, and nothing leaves the machine.
            lookups: false,
            ispdb: String::new(),
            ask_desktop_theme: false,
        };
        let mut harness = Harness::builder()
            .with_size(size)
            .build_eframe(|cc| App::new(&cc.egui_ctx, env));
        settle(&mut harness);
        harness
    }
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A certificate in PEM, as a person's file holds it.
pub fn pem_of(der: &rustls::pki_types::CertificateDer<'_>) -> String {
    use base64::Engine as _;
    let body = base64::engine::general_purpose::STANDARD.encode(der.as_ref());
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    format!(
        "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
        lines.join("\n")
    )
}

/// The text field named `label` (not the label itself).
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    let field = harness
        .get_all_by_label(label)
        .find(|n| matches!(n.accesskit_node().role(), Role::TextInput | Role::PasswordInput))
        .unwrap_or_else(|| panic!("no text field {label:?}"));
    field.focus();
    settle(harness);
    let field = harness
        .get_all_by_label(label)
        .find(|n| matches!(n.accesskit_node().role(), Role::TextInput | Role::PasswordInput))
        .unwrap();
    field.type_text(text);
    settle(harness);
}

pub fn field_value(harness: &Harness<'_, App>, label: &str) -> String {
    harness
        .get_all_by_label(label)
        .find(|n| matches!(n.accesskit_node().role(), Role::TextInput | Role::PasswordInput))
        .and_then(|n| n.value())
        .unwrap_or_default()
}

/// Scrolls to the button named `label`, as a person would, and clicks it.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).scroll_to_me();
    settle(harness);
    harness.get_by_role_and_label(Role::Button, label).click();
    settle(harness);
}

/// Runs frames until the UI is still — or a few frames, while a spinner
/// keeps it moving during a check.
pub fn settle(harness: &mut Harness<'_, App>) {
    let _ = harness.run_ok();
}

/// Fills the form for the scripted server and starts the check.
pub fn find_settings(harness: &mut Harness<'_, App>, password: &str, ports: &str, timeout_secs: f32) {
    type_into(harness, "Email address", USER);
    type_into(harness, "Password", password);
    harness.get_by_label("I know my server").click();
    settle(harness);
    type_into(harness, "Mail server", HOST);
    type_into(harness, "Outgoing ports to try", ports);
    harness.state_mut().settings_mut().timeout_secs = timeout_secs;
    click(harness, "Find my settings");
}

/// Steps frames until `done` or a deadline; the engine runs in real time.
pub fn wait_until(harness: &mut Harness<'_, App>, what: &str, done: impl Fn(&Harness<'_, App>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    settle(harness);
}

/// Waits for the final result: the result page, with every check done
/// (a certain answer is shown earlier, while the rest still runs).
pub fn wait_for_result(harness: &mut Harness<'_, App>) {
    wait_until(harness, "the result", |h| {
        h.state().step() == Step::Result && !h.state().is_checking()
    });
}

pub fn copied_text(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}
