//! The command line's contract: exit codes and error messages that need no server.

use std::process::Command;

fn mailsetup(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .env("MAILSETUP_LANG", "en-US")
        .args(args)
        .env_remove("MAILSETUP_PASSWORD")
        .output()
        .expect("run mailsetup")
}

#[test]
fn malformed_address_is_a_one_line_usage_error() {
    let output = mailsetup(&["probe", "not-an-address", "--no-auth"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("is not an email address"), "{stderr}");
}

#[test]
fn missing_password_without_terminal_is_explained() {
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .env("MAILSETUP_LANG", "en-US")
        .args(["probe", "alice@example.com"])
        .env_remove("MAILSETUP_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run mailsetup");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--password-stdin"));
}

#[test]
fn password_is_not_a_command_line_option() {
    let output = mailsetup(&["probe", "alice@example.com", "--password", "x"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn values_no_check_could_use_are_usage_errors() {
    for args in [
        &["--port", "0"][..],
        &["--username", ""],
        &["--resolve", "bad host:127.0.0.1"],
        &["--ca-file", "/dev/zero"],
    ] {
        let mut all = vec!["probe", "a@example.com", "--no-auth"];
        all.extend_from_slice(args);
        let output = mailsetup(&all);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("error:") || stderr.starts_with("mailsetup:"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn unicode_addresses_and_a_trailing_dot_reach_the_right_server() {
    let output = mailsetup(&[
        "probe",
        "alice@Bücher.test",
        "--no-auth",
        "--json",
        "--port",
        "1",
        "--server",
        "mail.bücher.test.",
        "--resolve",
        "mail.xn--bcher-kva.test:127.0.0.1",
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let attempt = &report["attempts"][0];
    assert_eq!(attempt["host"], "mail.xn--bcher-kva.test");
    // Refused by 127.0.0.1, not "no such server": --resolve applied.
    assert_eq!(attempt["outcome"], "refused", "{attempt}");
}

#[test]
fn bad_resolve_and_server_values_are_usage_errors() {
    assert_eq!(
        mailsetup(&["probe", "a@example.com", "--no-auth", "--resolve", "nohost"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        mailsetup(&["probe", "a@example.com", "--no-auth", "--server", "bad host!"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        mailsetup(&[
            "probe",
            "a@example.com",
            "--no-auth",
            "--ca-file",
            "/nonexistent.pem"
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn version_and_help() {
    let version = mailsetup(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("mailsetup "));
    let help = mailsetup(&["probe", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("--password-stdin") && text.contains("Exit status"));
}

/// What stops the command line before it checks anything is said in the
/// language named, like the report.
#[test]
fn usage_errors_speak_the_language_named() {
    let (code, stderr) = stderr_of(&["probe", "not-an-address", "--no-auth", "--lang", "de"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("\"not-an-address\" ist keine E-Mail-Adresse"),
        "{stderr}"
    );
    let (code, stderr) = stderr_of(&[
        "probe",
        "alice@example.com",
        "--no-auth",
        "--timeout",
        "0",
        "--lang",
        "ja",
    ]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--timeout は 0 から 600 秒の間にしてください"),
        "{stderr}"
    );
    // A mistyped option, in our words with clap's suggestion, and how the
    // command is written.
    let (code, stderr) = stderr_of(&["probe", "alice@example.com", "--no-aut", "--lang", "de"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("Fehler: Es gibt keine Option --no-aut (meinten Sie --no-auth?)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Aufruf: mailsetup probe [OPTIONEN] <EMAIL>"),
        "{stderr}"
    );
    let (_, stderr) = stderr_of(&["probe", "alice@example.com", "--resolve", "x", "--lang", "fr"]);
    assert!(
        stderr.contains("« x » n’est pas une valeur pour --resolve <HOST:ADDR> : \"x\" n’est pas HOST:ADDR"),
        "{stderr}"
    );
}

/// The exit status and what was said on standard error.
fn stderr_of(args: &[&str]) -> (Option<i32>, String) {
    let output = mailsetup(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr)
}

/// `--lang` reaches the help too: it is read before the command line is
/// parsed, wherever it stands.
#[test]
fn the_help_speaks_the_language_named() {
    let help = mailsetup(&["probe", "--help", "--lang", "de"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("Aufruf: mailsetup probe [OPTIONEN] <EMAIL>"),
        "{text}"
    );
    assert!(
        text.contains("--no-auth") && text.contains("Nur die Verbindungen prüfen"),
        "{text}"
    );
    assert!(text.contains("Rückgabewert: 0"), "{text}");
    assert!(!text.contains("Print help"), "{text}");
    let help = mailsetup(&["--lang=ja", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("使い方：mailsetup [オプション] [コマンド]"),
        "{text}"
    );
}

#[test]
fn names_that_do_not_exist_lead_to_the_server_option() {
    // `.invalid` never resolves (RFC 2606), so every guessed name fails.
    let output = mailsetup(&["probe", "alice@nosuch.invalid", "--no-auth", "--timeout", "2"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("None of the outgoing server names exist."),
        "{stdout}"
    );
    assert!(
        stdout.contains("None of the incoming server names exist."),
        "{stdout}"
    );
    assert!(
        stdout.contains("mailsetup probe alice@nosuch.invalid --server NAME"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Check the spelling of\n\"nosuch.invalid\" in your address."),
        "{stdout}"
    );
    // The window's words have no place in a terminal.
    assert!(!stdout.contains("I know my server"), "{stdout}");
}
