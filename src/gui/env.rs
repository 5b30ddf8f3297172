//! What the window needs from its surroundings — trust, DNS, dialogs,
//! where settings live — so that tests replace each part.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::CertificateDer;

use super::settings;
use super::worker::{Dialogs, NativeDialogs};
use crate::wire::net::Overrides;

/// What the app needs from its surroundings; tests replace each part.
pub struct Env {
    /// `None`: the system store plus Mozilla's roots. `Some`: only these
    /// roots (tests use their own CA).
    pub only_roots: Option<Vec<CertificateDer<'static>>>,
    /// Trusted in addition, for every check (`mailsetup --ca-file`).
    pub extra_roots: Vec<CertificateDer<'static>>,
    /// Fixed addresses for names (tests point names at loopback servers).
    pub overrides: Overrides,
    /// A DNS server to ask instead of the system's (`--dns`).
    pub dns: Option<std::net::SocketAddr>,
    /// Where settings are remembered; `None` remembers nothing.
    pub settings_path: Option<PathBuf>,
    /// File dialogs.
    pub dialogs: Arc<dyn Dialogs>,
    /// Look the servers up (autoconfig, ISPDB, MX, SRV); tests without a
    /// DNS and web world of their own turn this off.
    pub lookups: bool,
    /// The provider database asked when third-party lookups are on.
    pub ispdb: String,
    /// Ask the desktop for its light or dark preference (tests draw what
    /// they choose).
    pub ask_desktop_theme: bool,
}

impl Env {
    /// The real thing: system trust, DNS, native dialogs, the config folder.
    #[must_use]
    pub fn desktop() -> Self {
        Self {
            only_roots: None,
            extra_roots: Vec::new(),
            overrides: Overrides::default(),
            dns: None,
            settings_path: settings::default_path(),
            dialogs: Arc::new(NativeDialogs),
            lookups: true,
            ispdb: crate::discovery::DEFAULT_ISPDB.to_owned(),
            ask_desktop_theme: true,
        }
    }
}
