### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, fr/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protocole
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Nom d’hôte
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Port
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Sécurité de la connexion
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Méthode d’authentification
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Nom d’utilisateur
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Mot de passe normal
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Aucune
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Autodétection
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Configuration avancée
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Outils
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Édition
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Paramètres des comptes
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Paramètres du serveur
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Serveur sortant
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Nom du serveur
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Nom d’utilisateur
