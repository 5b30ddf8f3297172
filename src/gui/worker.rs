//! The bridge between the window and the engine: a tokio runtime on its
//! own named threads, messages in both directions, and file dialogs run off
//! the UI thread. The UI drains messages with `try_recv` each frame; it
//! never blocks, sleeps or awaits.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

use eframe::egui;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::engine::{self, Event, Request};
use crate::report::Report;

/// A boxed future, for the dialog trait.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// File dialogs, behind a trait so that tests never open one.
pub trait Dialogs: Send + Sync {
    /// Asks for a PEM certificate file to trust.
    fn pick_certificate(&self) -> BoxFuture<Option<PathBuf>>;
    /// Asks where to save a file, suggesting a name.
    fn save_location(&self, suggested_name: String) -> BoxFuture<Option<PathBuf>>;
}

/// The platform's own dialogs (`rfd`: the XDG portal on Linux).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_certificate(&self) -> BoxFuture<Option<PathBuf>> {
        Box::pin(async {
            rfd::AsyncFileDialog::new()
                .set_title("Choose a trusted certificate (PEM)")
                .add_filter("Certificates", &["pem", "crt", "cer"])
                .pick_file()
                .await
                .map(|file| file.path().to_path_buf())
        })
    }

    fn save_location(&self, suggested_name: String) -> BoxFuture<Option<PathBuf>> {
        Box::pin(async move {
            rfd::AsyncFileDialog::new()
                .set_file_name(suggested_name)
                .save_file()
                .await
                .map(|file| file.path().to_path_buf())
        })
    }
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
    /// Check number `check` ended.
    Finished {
        /// Which check.
        check: u64,
        /// The report, or why the check could not start.
        report: Result<Box<Report>, String>,
    },
    /// The certificate dialog closed: the file (already checked to hold a
    /// certificate), `None` when cancelled, or why the file is unusable.
    CertificateChosen(Result<Option<PathBuf>, String>),
    /// A save ended: the path written, or an error to show.
    Saved(Result<Option<PathBuf>, String>),
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
                Ok(Ok(request)) => engine::probe(request, events_tx, token)
                    .await
                    .map(Box::new)
                    .map_err(|e| e.to_string()),
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

    /// Deletes the remembered settings ("Start over"), off the UI thread.
    pub fn forget_settings(&self, path: PathBuf) {
        self.spawn(async move {
            let _ = tokio::task::spawn_blocking(move || std::fs::remove_file(path)).await;
        });
    }

    /// Opens the certificate dialog; the answer comes as [`ToUi::CertificateChosen`].
    pub fn pick_certificate(&self) {
        let dialog = self.dialogs.pick_certificate();
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            // Read it now, so that a file that is not a certificate is
            // refused when chosen, not when the check starts.
            let chosen = match dialog.await {
                None => Ok(None),
                Some(path) => tokio::task::spawn_blocking(move || {
                    crate::wire::tls::load_pem_certificates(&path).map(|_| Some(path))
                })
                .await
                .map_err(|e| e.to_string())
                .and_then(|loaded| loaded.map_err(|e| e.to_string())),
            };
            let _ = to_ui.send(ToUi::CertificateChosen(chosen));
            repaint.request_repaint();
        });
    }

    /// Asks where to save and writes `contents` there; the answer comes as
    /// [`ToUi::Saved`].
    pub fn save(&self, suggested_name: String, contents: String) {
        let dialog = self.dialogs.save_location(suggested_name);
        let to_ui = self.to_ui.clone();
        let repaint = self.repaint.clone();
        self.spawn(async move {
            let result = match dialog.await {
                None => Ok(None),
                Some(path) => tokio::fs::write(&path, contents)
                    .await
                    .map(|()| Some(path.clone()))
                    .map_err(|e| format!("Could not save {}: {e}", path.display())),
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

impl Drop for Worker {
    fn drop(&mut self) {
        // Do not wait for network tasks when the window closes.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
