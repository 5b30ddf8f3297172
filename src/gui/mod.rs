//! The setup wizard: a face on the engine, with no network logic of its
//! own. `app.rs` holds the step and what outlives it (the settings, the
//! worker) and applies what the steps ask for; each step draws itself in
//! its own file from the state it owns (`step_account.rs`: the form;
//! `check.rs`: a running check; `step_result.rs`: the report shown) and
//! returns an `Action` (`action.rs`); `widgets.rs` has the pieces they
//! share; `worker.rs` runs the engine off the UI thread; `desktop.rs` asks the
//! desktop for its theme and whether a file dialog can open; `theme.rs`
//! draws light and dark with readable contrast; `fonts.rs` adds a font for
//! Chinese and Japanese; `header.rs` the title,
//! steps, theme menu and About; `env.rs` what the window needs from
//! outside.

mod action;
mod app;
mod check;
pub mod clients;
pub mod desktop;
mod env;
mod findings;
pub mod fonts;
mod header;
pub mod settings;
mod step;
mod step_account;
mod step_checking;
mod step_result;
pub mod theme;
mod tried;
mod widgets;
pub mod worker;

use eframe::egui;

pub use app::{App, Env, Step};

/// The window title and the name people see.
pub const TITLE: &str = "Mail Setup Assistant";

/// The application id; the `.desktop` launcher file has the same name, so
/// desktops match the window to its launcher and icon.
pub const APP_ID: &str = "org.mailsetupassistant.MailSetup";

/// Default window size: the result card, client tabs and attempts fit.
pub const DEFAULT_SIZE: [f32; 2] = [760.0, 700.0];

/// The smallest size at which nothing is cut off (everything wraps or scrolls).
pub const MIN_SIZE: [f32; 2] = [520.0, 460.0];

fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/256x256/mailsetup.png")).ok()
}

/// Opens the window and runs until it is closed.
///
/// # Errors
///
/// When no window can be opened (no display, no graphics driver).
pub fn run(env: Env) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(TITLE)
        .with_app_id(APP_ID)
        .with_inner_size(DEFAULT_SIZE)
        .with_min_inner_size(MIN_SIZE);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        options,
        Box::new(|cc| Ok(Box::new(App::new(&cc.egui_ctx, env)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
