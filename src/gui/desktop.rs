//! What the desktop around the window offers, asked where the desktop
//! answers: on Linux the freedesktop portal over the session D-Bus (the
//! light or dark preference, and whether a file dialog can open at all).
//! Elsewhere the platform's own dialogs always exist and winit reports the
//! theme, so there is nothing to ask.

use std::path::{Path, PathBuf};

/// The desktop's light or dark preference
/// (`org.freedesktop.appearance color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorScheme {
    /// The person chose no preference; desktops then draw light.
    NoPreference,
    /// Prefer dark.
    Dark,
    /// Prefer light.
    Light,
}

impl ColorScheme {
    /// The portal's number: 0 no preference, 1 dark, 2 light.
    #[must_use]
    pub fn from_portal(value: u32) -> Option<Self> {
        match value {
            0 => Some(Self::NoPreference),
            1 => Some(Self::Dark),
            2 => Some(Self::Light),
            _ => None,
        }
    }

    /// Dark or not, with "no preference" drawn light as the desktops do.
    #[must_use]
    pub fn is_dark(self) -> bool {
        self == Self::Dark
    }
}

/// The folder files go to when no dialog can ask: the person's Downloads
/// folder, else their home folder.
#[must_use]
pub fn downloads_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .map_or_else(|| dirs.home_dir().to_path_buf(), Path::to_path_buf),
    )
}

/// A name in `folder` that no file has yet: `name`, else `stem (2).ext`,
/// `stem (3).ext`… — never overwrites what the person already has.
#[must_use]
pub fn free_path(folder: &Path, name: &str) -> PathBuf {
    let candidate = folder.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| folder.join(format!("{stem} ({n}){extension}")))
        .find(|path| !path.exists())
        .unwrap_or(candidate)
}

/// Whether a file dialog can open: the portal's file chooser answers on
/// the session bus, or `zenity` is installed (the two ways `rfd` asks).
/// Without either, `rfd` returns as if the person had cancelled.
pub async fn file_dialog_possible() -> bool {
    #[cfg(target_os = "linux")]
    {
        program_on_path("zenity") || portal::has_file_chooser().await
    }
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}

/// The desktop's light or dark preference, when it says one.
pub async fn color_scheme() -> Option<ColorScheme> {
    #[cfg(target_os = "linux")]
    {
        portal::color_scheme().await
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// Calls `on_change` each time the desktop's light or dark preference
/// changes, for as long as the session bus is there; returns at once where
/// nothing can tell.
pub async fn watch_color_scheme(on_change: impl FnMut(ColorScheme) + Send) {
    #[cfg(target_os = "linux")]
    portal::watch_color_scheme(on_change).await;
    #[cfg(not(target_os = "linux"))]
    drop(on_change);
}

#[cfg(target_os = "linux")]
fn program_on_path(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|folder| {
            std::fs::metadata(folder.join(name))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

/// The freedesktop portal, over the session bus. Every question has a time
/// limit: a bus that does not answer means "no".
#[cfg(target_os = "linux")]
mod portal {
    use std::time::Duration;

    use zbus::zvariant::{OwnedValue, Value};

    use super::ColorScheme;

    const DESTINATION: &str = "org.freedesktop.portal.Desktop";
    const PATH: &str = "/org/freedesktop/portal/desktop";
    /// Starting the portal on first use can take a moment; longer than this
    /// and the answer is "no".
    const LIMIT: Duration = Duration::from_secs(3);

    pub(super) async fn has_file_chooser() -> bool {
        let ask = async {
            let connection = zbus::Connection::session().await.ok()?;
            let introspectable = zbus::fdo::IntrospectableProxy::builder(&connection)
                .destination(DESTINATION)
                .ok()?
                .path(PATH)
                .ok()?
                .build()
                .await
                .ok()?;
            let xml = introspectable.introspect().await.ok()?;
            Some(xml.contains("\"org.freedesktop.portal.FileChooser\""))
        };
        tokio::time::timeout(LIMIT, ask)
            .await
            .ok()
            .flatten()
            .unwrap_or(false)
    }

    pub(super) async fn color_scheme() -> Option<ColorScheme> {
        let ask = async {
            let connection = zbus::Connection::session().await.ok()?;
            let reply = connection
                .call_method(
                    Some(DESTINATION),
                    PATH,
                    Some("org.freedesktop.portal.Settings"),
                    "Read",
                    &("org.freedesktop.appearance", "color-scheme"),
                )
                .await
                .ok()?;
            let value: OwnedValue = reply.body().deserialize().ok()?;
            number(&value)
        };
        let value = tokio::time::timeout(LIMIT, ask).await.ok().flatten()?;
        ColorScheme::from_portal(value)
    }

    pub(super) async fn watch_color_scheme(mut on_change: impl FnMut(ColorScheme) + Send) {
        use zbus::export::futures_core::Stream;
        let Ok(connection) = zbus::Connection::session().await else {
            return;
        };
        let Ok(rule) = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface("org.freedesktop.portal.Settings")
            .and_then(|rule| rule.member("SettingChanged"))
            .map(|rule| rule.build())
        else {
            return;
        };
        let Ok(mut stream) = zbus::MessageStream::for_match_rule(rule, &connection, None).await else {
            return;
        };
        while let Some(message) =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_next(cx)).await
        {
            let Ok(message) = message else { continue };
            let body = message.body();
            let Ok((namespace, key, value)) = body.deserialize::<(String, String, OwnedValue)>() else {
                continue;
            };
            if (namespace.as_str(), key.as_str()) == ("org.freedesktop.appearance", "color-scheme") {
                if let Some(scheme) = number(&value).and_then(ColorScheme::from_portal) {
                    on_change(scheme);
                }
            }
        }
    }

    /// `Read` wraps the number in one variant, older portals in two.
    fn number(value: &Value<'_>) -> Option<u32> {
        match value {
            Value::U32(n) => Some(*n),
            Value::Value(inner) => number(inner),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_numbers() {
        assert_eq!(ColorScheme::from_portal(1), Some(ColorScheme::Dark));
        assert_eq!(ColorScheme::from_portal(2), Some(ColorScheme::Light));
        assert!(!ColorScheme::from_portal(0).unwrap().is_dark());
        assert_eq!(ColorScheme::from_portal(7), None);
    }

    #[test]
    fn free_path_never_overwrites() {
        let folder = std::env::temp_dir().join(format!("mailsetup-free-path-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        assert_eq!(free_path(&folder, "a.xml"), folder.join("a.xml"));
        std::fs::write(folder.join("a.xml"), "").unwrap();
        assert_eq!(free_path(&folder, "a.xml"), folder.join("a (2).xml"));
        std::fs::write(folder.join("a (2).xml"), "").unwrap();
        assert_eq!(free_path(&folder, "a.xml"), folder.join("a (3).xml"));
        std::fs::write(folder.join("notes"), "").unwrap();
        assert_eq!(free_path(&folder, "notes"), folder.join("notes (2)"));
        std::fs::remove_dir_all(folder).unwrap();
    }
}
