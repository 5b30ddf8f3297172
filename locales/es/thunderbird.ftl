### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, es-ES/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protocolo
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Nombre del servidor
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Puerto
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Seguridad de la conexión
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Método de autentificación
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Nombre de usuario
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Contraseña normal
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Ninguno
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Detectar automáticamente
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Configuración avanzada
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Herramientas
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Editar
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Configuración de cuenta
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Configuración del servidor
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Servidor de salida
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Nombre del servidor
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Nombre de usuario
