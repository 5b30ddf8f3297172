//! `mailsetup`: opens the setup window, or runs `mailsetup probe` headless.

use std::process::ExitCode;

use clap::Parser;
use mailsetup::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Probe(args)) => cli::run_probe(args),
        None => open_window(),
    }
}

#[cfg(feature = "gui")]
fn open_window() -> ExitCode {
    match mailsetup::gui::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mailsetup: {error:#}");
            eprintln!("The command line still works: mailsetup probe ADDRESS (see mailsetup --help).");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window() -> ExitCode {
    println!("This build has no window (built without the `gui` feature). Use: mailsetup probe ADDRESS");
    ExitCode::SUCCESS
}
