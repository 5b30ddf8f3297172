### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, pl/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protokół
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Adres serwera
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Port
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Bezpieczeństwo połączenia
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Metoda uwierzytelniania
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Nazwa użytkownika
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Zwykłe hasło
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Brak
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Wykryj automatycznie
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Utwórz konto i edytuj jego ustawienia
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Narzędzia
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Edycja
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Konfiguracja kont
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Konfiguracja serwera
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Serwer poczty wychodzącej
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Nazwa serwera
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Użytkownik
