#!/usr/bin/env python3
"""Writes locales/LANG/thunderbird.ftl: Thunderbird's own words for the
fields and menus the settings card names, in each language, taken from
Thunderbird's localisation (github.com/thunderbird/thunderbird-l10n).

    scripts/thunderbird-words.py PATH-TO-thunderbird-l10n-CHECKOUT

A person copying into a German Thunderbird needs "Posteingangs-Server",
not a translation of ours: these messages are the program's, verbatim
(less a trailing colon), and say where each came from.
"""
import pathlib
import re
import subprocess
import sys

# Our language tag → Thunderbird's.
LANGUAGES = {
    "de": "de", "fr": "fr", "es": "es-ES", "it": "it", "pt-BR": "pt-BR",
    "nl": "nl", "pl": "pl", "ja": "ja", "zh-Hans": "zh-CN",
}

ACCOUNT_HUB = "mail/messenger/accountcreation/accountHub.ftl"
MESSENGER_DTD = "mail/chrome/messenger/messenger.dtd"
SMTP_DTD = "mail/chrome/messenger/smtpEditOverlay.dtd"
SERVER_DTD = "mail/chrome/messenger/am-server-top.dtd"
ACCOUNT_SETTINGS = "mail/messenger/accountSettings.ftl"
EDIT_DTD = "mail/chrome/communicator/utilityOverlay.dtd"

# Our message → (file, Thunderbird's id; ".label" for an attribute).
WORDS = {
    "tb-protocol": (ACCOUNT_HUB, "account-hub-protocol-label"),
    "tb-hostname": (ACCOUNT_HUB, "account-hub-hostname-label"),
    "tb-port": (ACCOUNT_HUB, "account-hub-port-label"),
    "tb-security": (ACCOUNT_HUB, "account-hub-ssl-label"),
    "tb-auth": (ACCOUNT_HUB, "account-hub-auth-label"),
    "tb-username": (ACCOUNT_HUB, "account-hub-username-label"),
    "tb-normal-password": (ACCOUNT_HUB, "account-hub-ssl-cleartext-password-option.label"),
    "tb-no-encryption": (ACCOUNT_HUB, "account-hub-ssl-noencryption-option.label"),
    "tb-autodetect": (ACCOUNT_HUB, "account-hub-ssl-autodetect-option.label"),
    "tb-advanced-config": (ACCOUNT_HUB, "account-hub-advanced-setup-button"),
    "tb-tools": (MESSENGER_DTD, "tasksMenu.label"),
    "tb-edit": (EDIT_DTD, "editMenu.label"),
    "tb-account-settings": (MESSENGER_DTD, "accountManagerCmd2.label"),
    "tb-server-settings": (SERVER_DTD, "serverSettings.label"),
    "tb-outgoing-server": (ACCOUNT_SETTINGS, "outgoing-server-name"),
    "tb-server-name": (SMTP_DTD, "serverName.label"),
    "tb-user-name": (SMTP_DTD, "userName.label"),
}


def ftl_value(text, message):
    """A message's value, or one attribute's (`id.label`)."""
    name, _, attribute = message.partition(".")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not re.match(rf"^{re.escape(name)}\s*=", line):
            continue
        if not attribute:
            return line.split("=", 1)[1].strip()
        for follow in lines[i + 1:]:
            if not follow.startswith((" ", "\t")):
                break
            match = re.match(rf"^\s+\.{attribute}\s*=\s*(.*)$", follow)
            if match:
                return match.group(1).strip()
    return None


def dtd_value(text, entity):
    match = re.search(rf'<!ENTITY\s+{re.escape(entity)}\s+"([^"]*)"', text)
    return match.group(1) if match else None


def word(checkout, language, path, message):
    text = subprocess.run(
        ["git", "-C", checkout, "show", f"HEAD:{language}/{path}"],
        capture_output=True, text=True, check=True,
    ).stdout
    value = ftl_value(text, message) if path.endswith(".ftl") else dtd_value(text, message)
    if not value:
        raise SystemExit(f"{language}/{path}: no {message}")
    # A label's colon belongs to the dialog, not to the word.
    return value.rstrip().rstrip(":：").rstrip()


def main():
    checkout = sys.argv[1]
    commit = subprocess.run(
        ["git", "-C", checkout, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = pathlib.Path(__file__).resolve().parent.parent / "locales"
    for ours, theirs in LANGUAGES.items():
        lines = [
            "### Thunderbird's own words, verbatim, from its localisation:",
            f"### github.com/thunderbird/thunderbird-l10n at {commit[:12]}, {theirs}/.",
            "### Written by scripts/thunderbird-words.py; do not edit by hand.",
            "",
        ]
        for name, (path, message) in WORDS.items():
            lines.append(f"# {path}: {message}")
            lines.append(f"{name} = {word(checkout, theirs, path, message)}")
        (root / ours).mkdir(parents=True, exist_ok=True)
        (root / ours / "thunderbird.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
