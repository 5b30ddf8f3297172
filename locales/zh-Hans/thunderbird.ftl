### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, zh-CN/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = 协议
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = 主机名
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = 端口
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = 连接安全性
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = 验证方式
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = 用户名
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = 普通密码
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = 无
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = 自动检测
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = 高级配置
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = 工具
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = 编辑
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = 账户设置
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = 服务器设置
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = 发件服务器
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = 服务器名称
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = 用户名
