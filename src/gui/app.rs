//! The wizard's state: where the user is, what they typed, what the engine
//! reported. Steps draw themselves and return an [`Action`]; the app
//! applies it after drawing, so no step reaches into another.

use crate::tr;
use std::time::{Duration, Instant};

use eframe::egui;

pub(super) use super::action::{Action, ExportKind};
use super::check::{apply_event, Check};
use super::settings::Settings;
use super::step_account::{parse_ports, Form};
use super::worker::{CertificateChoice, Saved, SignInWith, ToUi, Worker};
use super::{desktop, step_account, step_checking, step_result, theme};
use crate::engine::{Request, Schedule};
use crate::model::EmailAddress;
use crate::report::{Direction, Report};
use crate::secret::Password;
use crate::wire::tls::{self, TrustStore};

pub use super::env::Env;
pub use super::step::Step;

/// The wizard.
pub struct App {
    pub(super) settings: Settings,
    /// The first step's unremembered part: the password, the plaintext
    /// consent, where the focus goes.
    pub(super) form: Form,
    /// The fingerprint of a certificate the user accepted by hand (a
    /// security exception), for the next check only.
    pub(super) danger_accepted_certificate: Option<String>,
    /// The servers the person confirmed for the next check (named on the
    /// button that confirmed them).
    pub(super) trusted: Vec<String>,
    pub(super) step: Step,
    pub(super) check: Option<Check>,
    pub(super) report: Option<Report>,
    /// The directions whose recommendation the engine was certain of in
    /// the last check (a stopped check may leave one uncertain).
    pub(super) certain: Vec<Direction>,
    /// A one-line message under the content ("Saved to …", errors).
    pub(super) status: Option<String>,
    about_open: bool,
    /// Move the focus into About, once, when it opens.
    focus_about: bool,
    /// The step drawn last frame: a change moves the focus.
    drawn_step: Option<Step>,
    /// The desktop's preference, once it answered: dark or not.
    desktop_dark: Option<bool>,
    ctx: egui::Context,
    /// Frames drawn so far, up to 2 (for the start-up measurement).
    frames: u8,
    next_check: u64,
    env: Env,
    worker: Worker,
}

/// The fonts for the language that speaks now: the built-in ones at once,
/// and the worker asked for the system's (Chinese, Japanese).
fn install_fonts(ctx: &egui::Context, worker: &Worker) {
    super::fonts::install(ctx);
    worker.find_system_font(crate::i18n::current());
}

impl App {
    /// A wizard with the remembered settings, on the first step.
    ///
    /// # Panics
    ///
    /// When the operating system cannot start the worker threads.
    #[must_use]
    pub fn new(ctx: &egui::Context, env: Env) -> Self {
        let worker = Worker::start(ctx.clone(), env.dialogs.clone()).expect("start the worker threads");
        let settings = Settings::load(env.settings_path.as_deref());
        // The language chosen here before, unless this run named one.
        if let Some(tag) = settings
            .language
            .as_deref()
            .filter(|_| !crate::i18n::named_for_this_run())
        {
            crate::i18n::choose(tag);
        }
        theme::install(ctx);
        install_fonts(ctx, &worker);
        if env.ask_desktop_theme {
            worker.ask_desktop_theme();
        }
        let app = Self {
            form: Form::new(!settings.email.is_empty()),
            settings,
            danger_accepted_certificate: None,
            step: Step::Account,
            check: None,
            report: None,
            certain: Vec::new(),
            trusted: Vec::new(),
            status: None,
            about_open: false,
            focus_about: false,
            drawn_step: None,
            desktop_dark: None,
            ctx: ctx.clone(),
            frames: 0,
            next_check: 1,
            env,
            worker,
        };
        app.apply_theme();
        app
    }

    /// When the page changed, puts the focus where a person (and a screen
    /// reader) starts on it: a result's or a check's first heading, or the
    /// form's first field still to fill.
    fn focus_on_new_page(&mut self, ctx: &egui::Context) {
        if self.drawn_step == Some(self.step) {
            return;
        }
        let first = self.drawn_step.is_none();
        self.drawn_step = Some(self.step);
        match self.step {
            Step::Checking | Step::Result => super::widgets::focus_next_heading(ctx),
            // The form at start-up already knows where typing begins.
            Step::Account if first => {}
            Step::Account => {
                let form = &mut self.form;
                if !(form.focus_email || form.focus_password || form.focus_server) {
                    let email_ok = Form::problems(&self.settings).email.is_none();
                    form.focus_email = !email_ok;
                    form.focus_password = email_ok;
                }
            }
        }
    }

    /// Writes the settings down, off the UI thread.
    fn remember(&self) {
        if let Some(path) = &self.env.settings_path {
            self.worker.save_settings(path.clone(), self.settings.clone());
        }
    }

    /// Speaks `choice` (`None`: the system's language) from now on, says
    /// the report on screen again in it, and remembers it.
    fn speak(&mut self, choice: Option<String>) {
        match &choice {
            Some(tag) => crate::i18n::choose(tag),
            None => crate::i18n::choose_system(),
        };
        self.settings.language = choice;
        install_fonts(&self.ctx, &self.worker);
        if let Some(report) = &mut self.report {
            crate::verdict::retell(report);
        }
        self.remember();
    }

    /// Draws in the chosen theme (or the desktop's).
    fn apply_theme(&self) {
        self.ctx
            .set_theme(theme::preference(self.settings.appearance, self.desktop_dark));
    }

    /// The step being shown (for tests and the window title).
    #[must_use]
    pub fn step(&self) -> Step {
        self.step
    }

    /// The form's remembered part.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The form's remembered part, to prefill it (tests, an embedding app).
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    /// The report shown: the last finished one, or while the remaining
    /// checks of a certain answer run, what is known so far.
    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// A check is running (also behind a result that is already certain).
    #[must_use]
    pub fn is_checking(&self) -> bool {
        self.check.is_some()
    }

    fn drain_worker(&mut self) {
        while let Some(message) = self.worker.try_recv() {
            match message {
                ToUi::SigningIn { check, url } => {
                    if let Some(current) = self.check.as_mut().filter(|c| c.id == check) {
                        current.signing_in = Some(url);
                    }
                }
                ToUi::SignedIn { check, provider } => {
                    if let Some(current) = self.check.as_mut().filter(|c| c.id == check) {
                        current.signing_in = None;
                        current.sign_in = Some(provider);
                    }
                }
                ToUi::Event { check, event } => {
                    if let Some(current) = self.check.as_mut().filter(|c| c.id == check) {
                        // The engine runs: the sign-in is over.
                        current.signing_in = None;
                        apply_event(current, event);
                        // Once every direction's answer is certain, nothing
                        // still running can change it: the result is shown
                        // at once, and the rest fills in as it finishes.
                        if current.is_certain() || current.show_now {
                            self.report = Some(current.provisional_report(self.settings.email.trim()));
                            self.step = Step::Result;
                        }
                    }
                }
                ToUi::Finished { check, report } => {
                    if self.check.as_ref().is_some_and(|c| c.id == check) {
                        if let Some(done) = self.check.take() {
                            self.certain = done.early.iter().map(|s| s.protocol.direction()).collect();
                        }
                        match report {
                            Ok(report) => {
                                self.report = Some(*report);
                                self.step = Step::Result;
                            }
                            Err(why) => {
                                self.status = Some(why);
                                self.step = Step::Account;
                            }
                        }
                    }
                }
                ToUi::CertificateChosen(Ok(CertificateChoice::File(path))) => {
                    self.settings.ca_file = Some(path);
                    self.form.certificate_path = None;
                    self.status = None;
                }
                ToUi::CertificateChosen(Ok(CertificateChoice::NoDialog)) => {
                    self.form.certificate_path = Some(String::new());
                    self.form.focus_certificate_path = true;
                    self.status = Some(tr!("no-dialog-certificate"));
                }
                ToUi::CertificateChosen(Err(why)) => self.status = Some(why),
                ToUi::CertificateChosen(Ok(CertificateChoice::Cancelled))
                | ToUi::Saved(Ok(Saved::Cancelled)) => {}
                ToUi::DesktopTheme(scheme) => {
                    self.desktop_dark = scheme.map(desktop::ColorScheme::is_dark);
                    self.apply_theme();
                }
                ToUi::SystemFont { language, font } => {
                    super::fonts::install_with(&self.ctx, &language, font);
                }
                ToUi::Saved(Ok(Saved::Chosen(path))) => {
                    self.status = Some(tr!("saved-to", path = path.display().to_string()));
                }
                ToUi::Saved(Ok(Saved::InDownloads(path))) => {
                    self.status = Some(tr!("saved-in-downloads", path = path.display().to_string()));
                }
                ToUi::Saved(Err(why)) => self.status = Some(why),
            }
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Start => self.start_check(None),
            Action::SignIn => {
                let given = |text: &str| (!text.trim().is_empty()).then(|| text.trim().to_owned());
                self.start_check(Some(SignInWith {
                    id: given(&self.settings.oauth_client_id),
                    tenant: given(&self.settings.oauth_tenant),
                }));
            }
            Action::Cancel => {
                self.stop_check();
                self.step = Step::Account;
            }
            // What is certain is shown; the direction still open goes on
            // being checked and appears when it is certain too.
            Action::ShowNow => {
                if let Some(check) = self.check.as_mut() {
                    check.show_now = true;
                    self.report = Some(check.provisional_report(self.settings.email.trim()));
                    self.step = Step::Result;
                }
            }
            Action::Back => self.back_to_form(),
            Action::StopRemaining => {
                if let Some(check) = self.check.as_ref() {
                    check.cancel.cancel();
                }
            }
            Action::StartOver => self.start_over(),
            Action::TrustDiscoveredOnce(hosts) => {
                self.trusted = hosts;
                self.start_check(None);
            }
            Action::DangerAcceptCertificateOnce(fingerprint) => {
                self.danger_accepted_certificate = Some(fingerprint);
                self.start_check(None);
            }
            Action::ChangePassword => {
                self.back_to_form();
                self.form.focus_password = true;
            }
            Action::EnterServer => {
                self.back_to_form();
                self.form.focus_server = true;
            }
            Action::EnterThisServer(direction, server) => {
                match direction {
                    Direction::Outgoing => self.settings.server = server,
                    Direction::Incoming => self.settings.incoming_server = server,
                }
                self.back_to_form();
                self.form.focus_server = true;
            }
            Action::RetryWithServer(server) => {
                self.settings.server = server;
                self.start_check(None);
            }
            Action::PickCertificate => self.worker.pick_certificate(),
            Action::Appearance(choice) => {
                self.settings.appearance = choice;
                self.apply_theme();
                self.remember();
            }
            Action::Language(choice) => self.speak(choice),
            Action::UseCertificate(path) => self.worker.use_certificate(path),
            Action::ClearCertificate => self.settings.ca_file = None,
            Action::Save(kind) => self.export(kind),
            Action::About => {
                self.about_open = true;
                self.focus_about = true;
            }
        }
    }

    /// Stops the running check, if any.
    fn stop_check(&mut self) {
        if let Some(check) = self.check.take() {
            check.cancel.cancel();
        }
    }

    /// Back to the form, with what was typed; a running check stops.
    fn back_to_form(&mut self) {
        self.stop_check();
        self.step = Step::Account;
        self.status = None;
    }

    /// An empty form, and nothing remembered.
    fn start_over(&mut self) {
        self.stop_check();
        self.settings = Settings::default();
        self.form = Form::new(false);
        self.danger_accepted_certificate = None;
        self.trusted.clear();
        self.report = None;
        self.status = None;
        self.step = Step::Account;
        if let Some(path) = &self.env.settings_path {
            self.worker.forget_settings(path.clone());
        }
    }

    /// Builds the engine request from the form and starts it; with
    /// `sign_in`, after signing in with the provider (the password is not
    /// used).
    fn start_check(&mut self, sign_in: Option<SignInWith>) {
        if !Form::problems(&self.settings).is_empty() {
            return;
        }
        self.status = None;
        let id = self.next_check;
        self.next_check += 1;
        let request = self.request_builder();
        // The consents cover this one check only.
        self.form.allow_plaintext = false;
        self.danger_accepted_certificate = None;
        self.trusted.clear();
        self.remember();
        if let Some(previous) = self.check.take() {
            previous.cancel.cancel();
        }
        let signing_in = sign_in.is_some().then(String::new);
        let cancel = self.worker.start_check(id, request, sign_in);
        self.check = Some(Check {
            id,
            cancel,
            started: Instant::now(),
            rows: Vec::new(),
            early: Vec::new(),
            show_now: false,
            lookups: Vec::new(),
            signing_in,
            sign_in: None,
        });
        self.report = None;
        self.step = Step::Checking;
    }

    /// What the worker runs to turn the form into an engine request: it
    /// reads the certificate files and the system trust store, which is
    /// file I/O that does not belong on the UI thread.
    fn request_builder(&self) -> impl FnOnce() -> Result<Request, String> + Send + 'static {
        let s = self.settings.clone();
        let password =
            (!self.form.password.is_empty()).then(|| Password::new(self.form.password.to_string()));
        let only_roots = self.env.only_roots.clone();
        let mut extra_roots = self.env.extra_roots.clone();
        let overrides = self.env.overrides.clone();
        let dns = self.env.dns;
        let allow_plaintext = self.form.allow_plaintext;
        let lookups = self.env.lookups;
        let ispdb = s.third_party_lookups.then(|| self.env.ispdb.clone());
        let trusted = self.trusted.clone();
        let danger_accepted: Vec<String> = self.danger_accepted_certificate.iter().cloned().collect();
        move || {
            if let Some(path) = &s.ca_file {
                extra_roots.extend(tls::load_pem_certificates(path).map_err(|e| e.to_string())?);
            }
            let trust = match only_roots {
                Some(roots) => TrustStore::only(&[roots, extra_roots].concat()),
                None => TrustStore::system_with(&extra_roots),
            }
            .danger_accept_certificates(&danger_accepted);
            let mut request = Request::new(s.email.trim(), trust);
            if !s.server.trim().is_empty() {
                request.servers = vec![s.server.trim().to_owned()];
            }
            if !s.incoming_server.trim().is_empty() {
                request.incoming_servers = vec![s.incoming_server.trim().to_owned()];
            }
            request.ports = parse_ports(&s.ports).unwrap_or_default();
            if !s.username.trim().is_empty() {
                request.username = Some(s.username.trim().to_owned());
            }
            request.password = password;
            request.timeout = Duration::from_secs_f32(s.timeout_secs.clamp(1.0, 60.0));
            request.overrides = overrides;
            request.dns = dns;
            request.allow_plaintext = allow_plaintext;
            request.lookups = lookups;
            request.ispdb = ispdb;
            request.trusted = trusted;
            request.verify_all = s.verify_all;
            request.schedule = Schedule::Parallel {
                stagger: crate::engine::DEFAULT_STAGGER,
            };
            Ok(request)
        }
    }

    fn export(&mut self, kind: ExportKind) {
        let Some(report) = &self.report else { return };
        let (name, contents) = match kind {
            ExportKind::Autoconfig => {
                let domain = EmailAddress::parse(&report.email)
                    .map(|a| a.domain)
                    .unwrap_or_default();
                let Some(file) = crate::report::export::thunderbird_autoconfig(&domain, report) else {
                    return;
                };
                (format!("{domain}.xml"), file)
            }
            ExportKind::AppleProfile => {
                let Some(file) =
                    crate::report::export::apple_profile(report, Some(&self.settings.display_name))
                else {
                    return;
                };
                ("mail-settings.mobileconfig".to_owned(), file)
            }
            ExportKind::Text => (
                "mail-settings.txt".to_owned(),
                crate::report::text::report_text(report),
            ),
            ExportKind::Json => match serde_json::to_string_pretty(report) {
                Ok(json) => ("mail-settings.json".to_owned(), json),
                Err(e) => {
                    self.status = Some(e.to_string());
                    return;
                }
            },
        };
        self.worker.save(name, contents);
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        if super::header::about_ui(ctx, &mut self.settings, &mut self.focus_about) {
            self.about_open = false;
        }
    }
}

impl App {
    /// With `MAILSETUP_PRINT_FIRST_FRAME` set, prints the wall-clock time
    /// (Unix nanoseconds) once the first frame is on screen, i.e. when the
    /// second frame starts: `scripts/measure.sh` subtracts its launch time.
    fn report_first_frame(&mut self, ctx: &egui::Context) {
        if self.frames >= 2 || std::env::var_os("MAILSETUP_PRINT_FIRST_FRAME").is_none() {
            return;
        }
        self.frames += 1;
        if self.frames == 1 {
            ctx.request_repaint();
        } else if let Ok(now) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            eprintln!("first-frame-unix-ns {}", now.as_nanos());
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.drain_worker();
        let ctx = ui.ctx().clone();
        self.focus_on_new_page(&ctx);
        self.report_first_frame(&ctx);
        let mut action = None;
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(4.0);
            action = super::header::header_ui(self.step, &self.settings, ui);
            ui.add_space(4.0);
        });
        // What just happened ("Saved to …", an error) stays in view at the
        // bottom of the window, wherever the page is scrolled.
        if let Some(status) = &self.status {
            egui::Panel::bottom("status").show(ui, |ui| {
                ui.add_space(4.0);
                ui.add(egui::Label::new(status.as_str()).wrap());
                ui.add_space(4.0);
            });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                // egui's scroll bar floats over the content; keep the cards'
                // right edges clear of it when the page scrolls.
                let scroll = ui.spacing().scroll;
                let bar = scroll.bar_width + scroll.bar_inner_margin + scroll.bar_outer_margin;
                ui.set_max_width((ui.available_width() - bar).min(760.0));
                let step_action = match (self.step, &self.check, &self.report) {
                    (Step::Account, _, _) => step_account::account_ui(&mut self.form, &mut self.settings, ui),
                    (Step::Checking, Some(check), _) => step_checking::checking_ui(check, &self.settings, ui),
                    (Step::Result, check, Some(report)) => {
                        let shown = step_result::Shown {
                            report,
                            check: check.as_ref(),
                            certain: &self.certain,
                        };
                        step_result::result_ui(&shown, &mut self.settings, ui)
                    }
                    _ => Some(Action::Back),
                };
                action = action.take().or(step_action);
            });
        });
        if self.about_open {
            self.about_ui(&ctx);
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) && action.is_none() {
            action = match self.step {
                _ if self.about_open => {
                    self.about_open = false;
                    None
                }
                Step::Checking => Some(Action::Cancel),
                Step::Result => Some(Action::Back),
                Step::Account => None,
            };
        }
        if let Some(action) = action {
            self.apply(action);
        }
        if self.step == Step::Checking {
            // The elapsed-time counter ticks; nothing else repaints when idle.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}
