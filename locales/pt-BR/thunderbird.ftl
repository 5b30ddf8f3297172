### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, pt-BR/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = Protocolo
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = Servidor
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = Porta
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = Segurança da conexão
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = Método de autenticação
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = Nome de usuário
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = Senha normal
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = Nenhum
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = Detectar automaticamente
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = Configuração avançada
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = Ferramentas
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = Editar
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = Configurações de contas
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = Configurações do servidor
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = Servidor de envio
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = Servidor
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = Nome de usuário
