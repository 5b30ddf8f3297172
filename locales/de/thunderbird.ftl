### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, de/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protokoll
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Hostname
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Port
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Verbindungssicherheit
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Authentifizierungsmethode
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Benutzername
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Passwort, normal
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Keine
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Automatisch erkennen
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Erweiterte Einstellungen
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Extras
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Bearbeiten
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Konten-Einstellungen
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Server-Einstellungen
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Postausgangs-Server
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Server
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Benutzername
