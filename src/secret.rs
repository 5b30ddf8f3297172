//! The password type: never printed, never serialized, wiped from memory when dropped.

use zeroize::Zeroizing;

/// A password typed by the user.
///
/// `Debug` prints `***`; there is no `Display` and no `Serialize`, so the
/// password cannot end up in a log line or a JSON report by accident. The
/// bytes are zeroized when the value is dropped.
#[derive(Clone)]
pub struct Password(Zeroizing<String>);

impl Password {
    /// Takes ownership of the typed text; the caller's `String` moves in and
    /// is wiped together with this value.
    #[must_use]
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The password itself, for the one place that sends it: the AUTH command.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when nothing was typed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_password() {
        let password = Password::new("hunter2".to_owned());
        assert_eq!(format!("{password:?}"), "Password(***)");
        assert_eq!(password.expose(), "hunter2");
    }
}
