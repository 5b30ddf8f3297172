//! `mailsetup`: opens the setup window, or runs `mailsetup probe` headless.

use std::process::ExitCode;

use clap::Parser;
use mailsetup::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Probe(args)) => cli::run_probe(args),
        None => {
            println!(
                "The setup window is not built yet. For now, check an address with: mailsetup probe ADDRESS"
            );
            ExitCode::SUCCESS
        }
    }
}
