//! What a step asks the app to do: each step draws itself and returns an
//! [`Action`]; the app applies it after drawing, so no step reaches into
//! another.

use crate::report::Direction;

/// Files the result screen can save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportKind {
    /// `config-v1.1.xml` for Thunderbird.
    Autoconfig,
    /// A `.mobileconfig` for Apple Mail on macOS and iOS.
    AppleProfile,
    /// The plain-text report.
    Text,
    /// The JSON report (the CLI's contract).
    Json,
}

/// What a step asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    Start,
    /// Check, signing in with the provider in the browser instead of a
    /// password.
    SignIn,
    Cancel,
    ShowNow,
    /// Stop the checks still running behind a certain result.
    StopRemaining,
    /// Check again, sending the password to the servers only DNS named
    /// (the person confirmed them), for that check only.
    TrustDiscoveredOnce(Vec<String>),
    Back,
    StartOver,
    RetryWithServer(String),
    /// Back to the form, with "I know my server" open and its field focused.
    EnterServer,
    /// Back to the form with the password field focused (a password was
    /// refused).
    ChangePassword,
    /// Back to the form with this server filled in for this direction (a
    /// server on a local address the lookups named: the person decides).
    EnterThisServer(Direction, String),
    /// Check again, accepting the certificate with this fingerprint although
    /// no authority vouches for it: the user's security exception.
    DangerAcceptCertificateOnce(String),
    PickCertificate,
    /// Draw in this theme from now on (remembered).
    Appearance(super::theme::Appearance),
    /// Speak this language from now on (`None`: the system's), remembered.
    Language(Option<String>),
    /// Trust the certificate file at this typed path (where no file dialog
    /// can open).
    UseCertificate(std::path::PathBuf),
    ClearCertificate,
    Save(ExportKind),
    About,
}
