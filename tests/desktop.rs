//! The window asks the desktop for its light or dark preference and whether
//! a file dialog can open, over a real session D-Bus (a private
//! `dbus-daemon`) where a stand-in portal answers as the freedesktop
//! portal does.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use mailsetup::gui::desktop::{self, ColorScheme};
use zbus::zvariant::{OwnedValue, Value};

/// A private session bus; killed when dropped.
struct Bus {
    daemon: Child,
    address: String,
}

/// `dbus-daemon`, found on the test's own `PATH` (the test then empties it).
fn dbus_daemon() -> std::path::PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|folder| folder.join("dbus-daemon"))
        .find(|daemon| daemon.is_file())
        .expect("dbus-daemon (Debian package dbus-daemon; scripts/test.sh installs it)")
}

impl Bus {
    fn start(daemon: &std::path::Path) -> Self {
        let mut daemon = Command::new(daemon)
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        Self {
            daemon,
            address: address.trim().to_owned(),
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

struct Settings {
    color_scheme: u32,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Settings {
    /// As the portal's `Read`: the value inside one more variant.
    fn read(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        if (namespace, key) != ("org.freedesktop.appearance", "color-scheme") {
            return Err(zbus::fdo::Error::Failed("no such setting".into()));
        }
        let inner = Value::new(self.color_scheme);
        Ok(Value::new(inner).try_into().unwrap())
    }
}

struct FileChooser;

#[zbus::interface(name = "org.freedesktop.portal.FileChooser")]
impl FileChooser {
    fn save_file(&self) {}
}

/// A stand-in portal on `bus`: the settings, and a file chooser or not.
async fn portal(bus: &Bus, color_scheme: u32, file_chooser: bool) -> zbus::Connection {
    let path = "/org/freedesktop/portal/desktop";
    let mut builder = zbus::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .name("org.freedesktop.portal.Desktop")
        .unwrap()
        .serve_at(path, Settings { color_scheme })
        .unwrap();
    if file_chooser {
        builder = builder.serve_at(path, FileChooser).unwrap();
    }
    builder.build().await.unwrap()
}

/// One test, because the session bus is an environment variable of the
/// whole process.
#[tokio::test]
async fn the_portal_is_asked_for_the_theme_and_the_file_chooser() {
    let daemon = dbus_daemon();
    // No zenity: only the portal can offer a dialog.
    std::env::set_var("PATH", "/nonexistent");

    let bus = Bus::start(&daemon);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    assert!(!desktop::file_dialog_possible().await, "no portal on the bus");
    assert_eq!(desktop::color_scheme().await, None);
    drop(bus);

    let bus = Bus::start(&daemon);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let settings_portal = portal(&bus, 1, true).await;
    assert!(desktop::file_dialog_possible().await);
    assert_eq!(desktop::color_scheme().await, Some(ColorScheme::Dark));

    // The person switches the desktop to light: the window follows.
    let (changed_tx, mut changed) = tokio::sync::mpsc::unbounded_channel();
    let watcher = tokio::spawn(desktop::watch_color_scheme(move |scheme| {
        let _ = changed_tx.send(scheme);
    }));
    let heard = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        loop {
            // Until the watcher has subscribed, a signal goes unheard.
            settings_portal
                .emit_signal(
                    None::<()>,
                    "/org/freedesktop/portal/desktop",
                    "org.freedesktop.portal.Settings",
                    "SettingChanged",
                    &("org.freedesktop.appearance", "color-scheme", Value::new(2u32)),
                )
                .await
                .unwrap();
            if let Ok(Some(scheme)) =
                tokio::time::timeout(std::time::Duration::from_millis(100), changed.recv()).await
            {
                return scheme;
            }
        }
    })
    .await
    .expect("the change was heard");
    assert_eq!(heard, ColorScheme::Light);
    watcher.abort();
    drop(bus);

    // A portal without a file chooser backend (a bare desktop).
    let bus = Bus::start(&daemon);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let _portal = portal(&bus, 2, false).await;
    assert!(!desktop::file_dialog_possible().await);
    assert_eq!(desktop::color_scheme().await, Some(ColorScheme::Light));

    // No session bus at all.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    assert!(!desktop::file_dialog_possible().await);
    assert_eq!(desktop::color_scheme().await, None);
}
