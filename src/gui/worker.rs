//! The bridge between the window and the engine: a tokio runtime on its
//! own named threads, messages in both directions, and file dialogs run off
//! the UI thread. The UI drains messages with `try_recv` each frame; it
//! never blocks, sleeps or awaits.

use crate::tr;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

use eframe::egui;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::desktop;
use crate::engine::{self, Event, Request};
use crate::report::Report;

/// A boxed future, for the dialog trait.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// What a file dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// The person chose this file.
    File(PathBuf),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog can open on this desktop (no portal, no zenity).
    NoDialog,
}

/// File dialogs, behind a trait so that tests never open one.
pub trait Dialogs: Send + Sync {
    /// Asks for a PEM certificate file to trust.
    fn pick_certificate(&self) -> BoxFuture<Chosen>;
    /// Asks where to save a file, suggesting a name.
    fn save_location(&self, suggested_name: String) -> BoxFuture<Chosen>;
    /// Where files go when no dialog can ask (the Downloads folder).
    fn fallback_folder(&self) -> Option<PathBuf>;
}

/// The platform's own dialogs (`rfd`: the XDG portal on Linux, else zenity).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_certificate(&self) -> BoxFuture<Chosen> {
        Box::pin(async {
            if !desktop::file_dialog_possible().await {
                return Chosen::NoDialog;
            }
            rfd::AsyncFileDialog::new()
                .set_title(tr!("choose-certificate-title"))
                .add_filter(tr!("certificate-files"), &["pem", "crt", "cer"])
                .pick_file()
                .await
                .map_or(Chosen::Cancelled, |file| Chosen::File(file.path().to_path_buf()))
        })
    }

    fn save_location(&self, suggested_name: String) -> BoxFuture<Chosen> {
        Box::pin(async move {
            if !desktop::file_dialog_possible().await {
                return Chosen::NoDialog;
            }
            rfd::AsyncFileDialog::new()
                .set_file_name(suggested_name)
                .save_file()
                .await
                .map_or(Chosen::Cancelled, |file| Chosen::File(file.path().to_path_buf()))
        })
    }

    fn fallback_folder(&self) -> Option<PathBuf> {
        desktop::downloads_folder()
    }
}

/// Where a save ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written where the person chose.
    Chosen(PathBuf),
    /// No dialog could open: written to the Downloads folder.
    InDownloads(PathBuf),
    /// The person cancelled; nothing written.
    Cancelled,
}

/// What the certificate dialog ended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateChoice {
    /// A file that holds a certificate.
    File(PathBuf),
    /// The person cancelled.
    Cancelled,
    /// No dialog can open: the path must be typed.
    NoDialog,
}

/// What the worker tells the UI.
#[derive(Debug)]
pub enum ToUi {
    /// Progress of check number `check`.
    Event {
        /// Which check (older checks' messages are ignored).
        check: u64,
        /// The engine's event.
        event: Event,
    },
    /// Check number `check` waits for the person to sign in with the
    /// provider at this address, which the browser was asked to open.
    SigningIn {
        /// Which check.
        check: u64,
        /// The sign-in page's address (shown, in case no browser opened).
        url: String,
    },
    /// Check number `check` signed in there; its servers are checked next.
    SignedIn {
        /// Which check.
        check: u64,
        /// Where the person signed in, for the exports.
        provider: crate::discovery::autoconfig::OAuth2,
    },
    /// Check number `check` ended.
    Finished {
        /// Which check.
        check: u64,
        /// The report, or why the check could not start.
        report: Result<Box<Report>, String>,
    },
    /// The certificate dialog closed: the file (already checked to hold a
    /// certificate), or why the file is unusable.
    CertificateChosen(Result<CertificateChoice, String>),
    /// A save ended: where it was written, or an error to show.
    Saved(Result<Saved, String>),
    /// The desktop's light or dark preference (`None`: it said none).
    DesktopTheme(Option<desktop::ColorScheme>),
    /// The system's font for `language` (Chinese, Japanese), found.
    SystemFont {
        /// The language it is for (ignored if another speaks by now).
        language: String,
        /// The font.
        font: eframe::egui::FontData,
    },
}

/// A check that signs in with the provider before it starts: the client
/// the person gave under Advanced, if any.
pub type SignInWith = crate::oauth::Client;

/// What a sign-in tells the window.
struct Signing {
    check: u64,
    to_ui: mpsc::UnboundedSender<ToUi>,
    repaint: egui::Context,
}

impl Signing {
    /// `request` with the token of a sign-in, when one is asked for.
    async fn sign_in(
        &self,
        mut request: Request,
        with: Option<SignInWith>,
        cancel: &CancellationToken,
    ) -> Result<Request, String> {
        let Some(with) = with else {
            return Ok(request);
        };
        let open = |_issuer: &str, url: &str| {
            let _ = self.to_ui.send(ToUi::SigningIn {
                check: self.check,
                url: url.to_owned(),
            });
            self.repaint.request_repaint();
            // The page shows the address when no browser opens.
            let _ = crate::oauth::open_browser(url);
            Ok(())
        };
        let signed_in = crate::oauth::sign_in_for(&request, with, crate::oauth::DEFAULT_WAIT, &open, cancel)
            .await
            .map_err(|e| e.to_string())?;
        request.password = Some(signed_in.token);
        let _ = self.to_ui.send(ToUi::SignedIn {
            check: self.check,
            provider: signed_in.provider.clone(),
        });
        request.signed_in = Some(signed_in.provider);
        request.failed_before = signed_in.failed_before;
        Ok(request)
    }
}

/// Owns the runtime; dropping it stops every task at once.
pub struct Worker {
    runtime: Option<tokio::runtime::Runtime>,
    to_ui: mpsc::UnboundedSender<ToUi>,
    from_worker: mpsc::UnboundedReceiver<ToUi>,
    repaint: egui::Context,
    dialogs: Arc<dyn Dialogs>,
}

impl Worker {
    /// Starts the runtime threads.
    ///
    /// # Errors
    ///
    /// When the operating system refuses to start threads.
    pub fn start(repaint: egui::Context, dialogs: Arc<dyn Dialogs>) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("mailsetup-probe")
            .enable_all()
            .build()?;
        let (to_ui, from_worker) = mpsc::unbounded_channel();
        Ok(Self {
            runtime: Some(runtime),
            to_ui,
            from_worker,
            repaint,
            dialogs,
        })
    }

    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        if let Some(runtime) = &self.runtime {
            runtime.spawn(task);
        }
    }

    /// Starts check number `check`; cancel it with the returned token.
    /// `request` builds the engine request off the UI thread (it reads the
    /// trust store); its error ends the check with that message.
    pub fn start_check(
        &self,
        check: u64,
        request: impl FnOnce() -> Result<Request, String> + Send + 'static,
        sign_in: Option<SignInWith>,
    ) -> CancellationToken {
        let cancel = CancellationToken::new();
        let (events_tx, mut events_rx) = mpsc::channel(64);
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            while let Some(event) = events_rx.recv().await {
                let _ = to_ui.send(ToUi::Event { check, event });
                repaint.request_repaint();
            }
        });
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        let token = cancel.clone();
        self.spawn(async move {
            let report = match tokio::task::spawn_blocking(request).await {
                Ok(Ok(request)) => {
                    let signing = Signing {
                        check,
                        to_ui: to_ui.clone(),
                        repaint: repaint.clone(),
                    };
                    match signing.sign_in(request, sign_in, &token).await {
                        Ok(request) => engine::probe(request, events_tx, token)
                            .await
                            .map(Box::new)
                            .map_err(|e| e.to_string()),
                        Err(why) => Err(why),
                    }
                }
                Ok(Err(why)) => Err(why),
                Err(e) => Err(format!("the check could not start: {e}")),
            };
            let _ = to_ui.send(ToUi::Finished { check, report });
            repaint.request_repaint();
        });
        cancel
    }

    /// Remembers the form, off the UI thread. Failing to remember is not
    /// worth interrupting the person for, so errors are dropped.
    pub fn save_settings(&self, path: PathBuf, settings: super::settings::Settings) {
        self.spawn(async move {
            let _ = tokio::task::spawn_blocking(move || settings.save(&path)).await;
        });
    }

    /// Asks the desktop whether it prefers light or dark, then follows its
    /// changes; each answer comes as [`ToUi::DesktopTheme`].
    pub fn ask_desktop_theme(&self) {
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            let _ = to_ui.send(ToUi::DesktopTheme(desktop::color_scheme().await));
            repaint.request_repaint();
            desktop::watch_color_scheme(|scheme| {
                let _ = to_ui.send(ToUi::DesktopTheme(Some(scheme)));
                repaint.request_repaint();
            })
            .await;
        });
    }

    /// Looks for the system's font for `language`, off the UI thread: it
    /// runs fontconfig and reads a file of tens of megabytes. A font found
    /// comes as [`ToUi::SystemFont`]; none, nothing (the built-in ones stay).
    pub fn find_system_font(&self, language: String) {
        if !super::fonts::wants_system_font(&language) {
            return;
        }
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            let asked = language.clone();
            let found = tokio::task::spawn_blocking(move || super::fonts::system_font(&asked)).await;
            if let Ok(Some(font)) = found {
                let _ = to_ui.send(ToUi::SystemFont { language, font });
                repaint.request_repaint();
            }
        });
    }

    /// Deletes the remembered settings ("Start over"), off the UI thread.
    pub fn forget_settings(&self, path: PathBuf) {
        self.spawn(async move {
            let _ = tokio::task::spawn_blocking(move || std::fs::remove_file(path)).await;
        });
    }

    /// Opens the certificate dialog; the answer comes as [`ToUi::CertificateChosen`].
    pub fn pick_certificate(&self) {
        let dialog = self.dialogs.pick_certificate();
        self.answer_certificate(dialog);
    }

    /// Checks a certificate path the person typed (where no dialog opens);
    /// the answer comes as [`ToUi::CertificateChosen`].
    pub fn use_certificate(&self, path: PathBuf) {
        self.answer_certificate(async move { Chosen::File(path) });
    }

    fn answer_certificate(&self, chosen: impl Future<Output = Chosen> + Send + 'static) {
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            // Read it now, so that a file that is not a certificate is
            // refused when chosen, not when the check starts.
            let answer = match chosen.await {
                Chosen::Cancelled => Ok(CertificateChoice::Cancelled),
                Chosen::NoDialog => Ok(CertificateChoice::NoDialog),
                Chosen::File(path) => tokio::task::spawn_blocking(move || {
                    crate::wire::tls::load_pem_certificates(&path).map(|_| CertificateChoice::File(path))
                })
                .await
                .map_err(|e| e.to_string())
                .and_then(|loaded| loaded.map_err(|e| e.to_string())),
            };
            let _ = to_ui.send(ToUi::CertificateChosen(answer));
            repaint.request_repaint();
        });
    }

    /// Asks where to save and writes `contents` there — to the Downloads
    /// folder when no dialog can ask; the answer comes as [`ToUi::Saved`].
    pub fn save(&self, suggested_name: String, contents: String) {
        let dialog = self.dialogs.save_location(suggested_name.clone());
        let fallback = self.dialogs.fallback_folder();
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            let result = match dialog.await {
                Chosen::Cancelled => Ok(Saved::Cancelled),
                Chosen::File(path) => write(&path, contents, false).await.map(|()| Saved::Chosen(path)),
                Chosen::NoDialog => match fallback {
                    None => Err(tr!("no-dialog-nowhere")),
                    Some(folder) => {
                        // A fresh account may name a Downloads folder that
                        // does not exist yet.
                        let _ = tokio::fs::create_dir_all(&folder).await;
                        let path = desktop::free_path(&folder, &suggested_name);
                        write(&path, contents, true)
                            .await
                            .map(|()| Saved::InDownloads(path))
                    }
                },
            };
            let _ = to_ui.send(ToUi::Saved(result));
            repaint.request_repaint();
        });
    }

    /// The next message, if any; never waits.
    pub fn try_recv(&mut self) -> Option<ToUi> {
        self.from_worker.try_recv().ok()
    }
}

/// Writes a saved file; `new_only` refuses to replace one (a file the
/// person did not choose is never overwritten).
async fn write(path: &std::path::Path, contents: String, new_only: bool) -> Result<(), String> {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true);
    if new_only {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    let result = async {
        use tokio::io::AsyncWriteExt;
        let mut file = options.open(path).await?;
        file.write_all(contents.as_bytes()).await?;
        file.flush().await
    }
    .await;
    result.map_err(|e| {
        tr!(
            "could-not-save",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Do not wait for network tasks when the window closes.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
