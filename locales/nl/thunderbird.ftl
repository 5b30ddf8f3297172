### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, nl/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protocol
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Hostnaam
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Poort
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Verbindingsbeveiliging
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Authenticatiemethode
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Gebruikersnaam
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Normaal wachtwoord
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Geen
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Autodetectie
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Uitgebreide configuratie
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Extra
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Bewerken
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Accountinstellingen
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Serverinstellingen
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Uitgaande server
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Servernaam
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Gebruikersnaam
