//! The command line in the person's language: `mailsetup --help` (the
//! command line clap derives from [`Cli`], with every help text, heading
//! and example line from `cli.ftl`), and the answer to a mistyped one
//! (from `report.ftl`).
//!
//! Defaults are said in our words instead of clap's `[default: …]`, and
//! the values clap would list in English are named in our texts. clap's
//! words remain only for rare parse mistakes and its range checks.

use clap::{Arg, ArgAction, CommandFactory};

use super::Cli;
use crate::tr;

/// The language named on the command line (`--lang TAG`, `--lang=TAG`),
/// looked for before the command line is parsed, so that `--help` and the
/// errors of parsing already speak it.
#[must_use]
pub fn language_named(args: &[std::ffi::OsString]) -> Option<String> {
    let mut words = args
        .iter()
        .skip(1)
        .map(|w| w.to_string_lossy())
        .take_while(|w| w != "--");
    while let Some(word) = words.next() {
        if let Some(tag) = word.strip_prefix("--lang=") {
            return Some(tag.to_owned());
        }
        if word == "--lang" {
            return words.next().map(|tag| tag.into_owned());
        }
    }
    None
}

/// The command line as typed, parsed; on a mistake, says what is wrong in
/// the current language, with how the command is written, and ends the
/// run with [`super::EXIT_USAGE`]. `--help` and `--version` print and end
/// the run as clap does.
#[must_use]
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    let probe = args.iter().skip(1).any(|word| word == "probe");
    let parsed = command()
        .try_get_matches_from(args)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    parsed.unwrap_or_else(|error| {
        use clap::error::ErrorKind;
        if matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        ) {
            error.exit();
        }
        let (usage, help) = if probe {
            (tr!("cli-probe-usage"), "mailsetup probe --help")
        } else {
            (tr!("cli-usage"), "mailsetup --help")
        };
        eprintln!(
            "{}\n\n{}\n\n{}",
            tr!("cli-error", error = mistake(&error)),
            tr!("cli-usage-line", usage = usage),
            tr!("cli-error-more", help = help)
        );
        std::process::exit(i32::from(super::EXIT_USAGE));
    })
}

/// What clap found wrong with the command line, in our words where we
/// know the kind of mistake, else in clap's.
fn mistake(error: &clap::Error) -> String {
    use clap::error::{ContextKind, ErrorKind};
    let context = |kind| {
        error
            .get(kind)
            .map(|value| crate::wire::printable::printable(&value.to_string()))
            .unwrap_or_default()
    };
    let argument = context(ContextKind::InvalidArg);
    let said = match error.kind() {
        ErrorKind::UnknownArgument => tr!("cli-error-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => {
            tr!(
                "cli-error-unknown-command",
                command = context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue => tr!(
            "cli-error-invalid-value",
            value = context(ContextKind::InvalidValue),
            argument = argument
        ),
        ErrorKind::ValueValidation => tr!(
            "cli-error-invalid-value-why",
            value = context(ContextKind::InvalidValue),
            argument = argument,
            why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => tr!("cli-error-missing", argument = argument),
        ErrorKind::ArgumentConflict => tr!(
            "cli-error-conflict",
            argument = argument,
            other = context(ContextKind::PriorArg)
        ),
        // Rarer mistakes, in clap's own words (without its own heading).
        _ => {
            return error
                .kind()
                .as_str()
                .map_or_else(|| error.to_string(), str::to_owned)
        }
    };
    match error.get(ContextKind::SuggestedArg) {
        Some(similar) => format!(
            "{said} {}",
            tr!("cli-error-similar", similar = similar.to_string())
        ),
        None => said,
    }
}

/// The command line with every help text in the current language.
#[must_use]
pub fn command() -> clap::Command {
    let top = Cli::command()
        .about(tr!("cli-about"))
        .override_usage(tr!("cli-usage"))
        .after_help(after_help())
        .help_template(template("cli-commands", "{subcommands}"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .mut_args(|arg| said(arg, "cli-arg-"))
        .arg(flag("help", ArgAction::Help, "cli-help").short('h'))
        .arg(flag("version", ArgAction::Version, "cli-version").short('V'));
    top.mut_subcommand("probe", |probe| {
        probe
            .about(tr!("cli-probe-about"))
            .override_usage(tr!("cli-probe-usage"))
            .after_help(format!(
                "{}\n\n{}",
                tr!("cli-probe-password-from"),
                tr!("cli-probe-exit-status")
            ))
            .help_template(template("cli-arguments", "{positionals}"))
            .disable_help_flag(true)
            .mut_args(|arg| said(arg, "cli-probe-"))
            .arg(flag("help", ArgAction::Help, "cli-help").short('h'))
    })
}

/// The layout of a command's help, with our headings: `first` (commands
/// or arguments) above the options.
fn template(heading: &str, first: &str) -> String {
    format!(
        "{{about-with-newline}}\n{}\n\n{}\n{first}\n\n{}\n{{options}}{{after-help}}",
        tr!("cli-usage-line", usage = "{usage}"),
        tr!(heading),
        tr!("cli-options-heading"),
    )
}

/// A flag of clap's own (help, version) with our words.
fn flag(name: &'static str, action: ArgAction, help: &str) -> Arg {
    Arg::new(name).long(name).action(action).help(tr!(help))
}

/// `arg` with its help from the message `prefix` + its name, and its
/// default said in our words.
fn said(arg: Arg, prefix: &str) -> Arg {
    let id = format!("{prefix}{}", arg.get_id().as_str().replace('_', "-"));
    let mut help = tr!(id.as_str());
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        help = format!("{help} {}", tr!("cli-default", value = defaults.join(", ")));
    }
    // One text for -h and --help. Our text names the values; clap's list
    // of them would add English words.
    let takes_values = arg.get_action().takes_values();
    arg.help(help)
        .long_help(None::<&str>)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values)
}

/// What follows the top command's options: the window, and examples.
fn after_help() -> String {
    let examples = [
        ("mailsetup", "cli-example-window"),
        ("mailsetup probe alice@example.com", "cli-example-probe"),
        (
            "mailsetup probe alice@example.com --no-auth",
            "cli-example-no-auth",
        ),
        (
            "echo \"$PW\" | mailsetup probe alice@example.com --password-stdin --json",
            "cli-example-json",
        ),
    ];
    let mut text = format!("{}\n\n{}", tr!("cli-without-command"), tr!("cli-examples"));
    for (line, meaning) in examples {
        text.push_str(&format!("\n  {line}\n      {}", tr!(meaning)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help_of(command: &mut clap::Command) -> String {
        command.render_help().to_string()
    }

    /// The help of the top command and of `probe`, in the current language.
    fn both_helps() -> (String, String) {
        let mut top = command();
        top.build();
        let probe = top.find_subcommand_mut("probe").unwrap();
        let probe = help_of(probe);
        (help_of(&mut top), probe)
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |words: &[&str]| words.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language_named(&args(&["mailsetup", "--lang", "de", "probe"])),
            Some("de".into())
        );
        assert_eq!(
            language_named(&args(&["mailsetup", "probe", "--lang=ja", "a@b.c"])),
            Some("ja".into())
        );
        assert_eq!(
            language_named(&args(&["mailsetup", "probe", "--", "--lang"])),
            None
        );
        assert_eq!(language_named(&args(&["mailsetup", "--lang"])), None);
    }

    /// In every language every help text, heading and example comes from
    /// the resources (building the command fails on a missing message):
    /// none of clap's English is left, and defaults are said in our words.
    #[test]
    fn the_help_speaks_every_language() {
        let clap_words = [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "[default",
            "possible values",
        ];
        for (tag, _) in crate::i18n::available() {
            crate::i18n::choose_here(&tag);
            let (top, probe) = both_helps();
            for text in [&top, &probe] {
                for word in clap_words.iter().filter(|_| tag != crate::i18n::SOURCE) {
                    assert!(!text.contains(word), "{tag}: {word:?} in\n{text}");
                }
                assert!(text.contains("--lang <TAG>"), "{tag}:\n{text}");
            }
            assert!(
                probe.contains(&tr!("cli-default", value = "300")),
                "{tag}:\n{probe}"
            );
            assert!(top.contains(&tr!("cli-example-no-auth")), "{tag}:\n{top}");
        }
        crate::i18n::choose_here("de");
        let (top, probe) = both_helps();
        crate::i18n::choose_here(crate::i18n::SOURCE);
        assert!(top.contains("Aufruf: mailsetup [OPTIONEN] [BEFEHL]\n"), "{top}");
        assert!(
            probe.contains("Nur die Verbindungen prüfen; nicht anmelden."),
            "{probe}"
        );
    }

    /// In the pseudo-locale no help text of an option is English: each
    /// comes from the resources.
    #[test]
    fn no_option_is_explained_outside_the_resources() {
        crate::i18n::choose_here(crate::i18n::PSEUDO);
        let mut top = command();
        top.build();
        let mut texts: Vec<String> = top
            .get_arguments()
            .filter_map(|a| a.get_help())
            .map(ToString::to_string)
            .collect();
        let probe = top.find_subcommand("probe").unwrap();
        texts.extend(
            probe
                .get_arguments()
                .filter_map(|a| a.get_help())
                .map(ToString::to_string),
        );
        crate::i18n::choose_here(crate::i18n::SOURCE);
        assert!(texts.len() > 30);
        for text in texts {
            let english = text
                .split_whitespace()
                .filter(|w| !w.contains(['-', '.', '@', '_']) && w.chars().any(|c| c.is_ascii_lowercase()))
                .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
                .find(|w| w.len() >= 3 && w.contains(['a', 'e', 'i', 'o', 'u']));
            assert_eq!(english, None, "English left in {text:?}");
        }
    }
}
