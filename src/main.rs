//! `mailsetup`: opens the setup window, or runs `mailsetup probe` headless.

// Double-clicked on Windows, the wizard gets no console window behind it.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use mailsetup::cli::{self, Cli, Command};

fn main() -> ExitCode {
    mailsetup::console::attach_parent_console();
    // The system's language (or MAILSETUP_LANG's), where the program has it.
    mailsetup::i18n::choose_from_system();
    // --lang is looked for first, so that --help speaks it too.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(tag) = cli::language_named(&args) {
        if !mailsetup::i18n::choose_for_this_run(&tag) {
            let spoken = mailsetup::i18n::current();
            eprintln!(
                "{}",
                mailsetup::tr!(
                    "cli-unknown-language",
                    tag = mailsetup::wire::printable::printable(&tag),
                    spoken = spoken
                )
            );
        }
    }
    let cli: Cli = cli::parse(args);
    match cli.command {
        Some(Command::Probe(args)) => cli::run_probe(args),
        None => open_window(&cli),
    }
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    let mut env = mailsetup::gui::Env::desktop();
    for (host, address) in &cli.resolve {
        env.overrides.insert(host, *address);
    }
    env.dns = cli.dns;
    if let Some(ispdb) = &cli.ispdb {
        env.ispdb.clone_from(ispdb);
    }
    env.lookups = !cli.no_lookup;
    if let Some(path) = &cli.ca_file {
        match mailsetup::wire::tls::load_pem_certificates(path) {
            Ok(certs) => env.extra_roots = certs,
            Err(error) => {
                eprintln!("mailsetup: {error}");
                return ExitCode::from(cli::EXIT_USAGE);
            }
        }
    }
    match mailsetup::gui::run(env) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mailsetup: {error:#}");
            eprintln!("{}", mailsetup::tr!("cli-window-failed"));
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &Cli) -> ExitCode {
    println!("{}", mailsetup::tr!("cli-no-window-build"));
    ExitCode::SUCCESS
}
