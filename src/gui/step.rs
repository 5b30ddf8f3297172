//! Where the person is in the wizard: the one fact the header, the app
//! and the tests share.

/// Where the user is in the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Email, password, optional server and advanced options.
    Account,
    /// The live list of what is being tried.
    Checking,
    /// The settings card, or why nothing works.
    Result,
}
