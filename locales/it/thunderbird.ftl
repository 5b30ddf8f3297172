### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, it/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protocollo
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Server
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Porta
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Sicurezza della connessione
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Metodo di autenticazione
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Nome utente
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Password normale
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Nessuno
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Rilevamento automatico
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Configurazione avanzata
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Strumenti
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Modifica
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Impostazioni account
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Impostazioni server
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Server posta in uscita
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Nome server
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Nome utente
