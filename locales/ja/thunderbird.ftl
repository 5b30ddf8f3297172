### Thunderbird's own words, verbatim, from its localisation:
### github.com/thunderbird/thunderbird-l10n at 5d7cde6f5d92, ja/.
### Written by scripts/thunderbird-words.py; do not edit by hand.

# mail/messenger/accountcreation/accountHub.ftl: account-hub-protocol-label
tb-protocol = プロトコル
# mail/messenger/accountcreation/accountHub.ftl: account-hub-hostname-label
tb-hostname = ホスト名
# mail/messenger/accountcreation/accountHub.ftl: account-hub-port-label
tb-port = ポート番号
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-label
tb-security = 接続の保護
# mail/messenger/accountcreation/accountHub.ftl: account-hub-auth-label
tb-auth = 認証方式
# mail/messenger/accountcreation/accountHub.ftl: account-hub-username-label
tb-username = ユーザー名
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-cleartext-password-option.label
tb-normal-password = 通常のパスワード認証
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-noencryption-option.label
tb-no-encryption = なし
# mail/messenger/accountcreation/accountHub.ftl: account-hub-ssl-autodetect-option.label
tb-autodetect = 自動検出
# mail/messenger/accountcreation/accountHub.ftl: account-hub-advanced-setup-button
tb-advanced-config = 詳細設定
# mail/chrome/messenger/messenger.dtd: tasksMenu.label
tb-tools = ツール
# mail/chrome/communicator/utilityOverlay.dtd: editMenu.label
tb-edit = 編集
# mail/chrome/messenger/messenger.dtd: accountManagerCmd2.label
tb-account-settings = アカウント設定
# mail/chrome/messenger/am-server-top.dtd: serverSettings.label
tb-server-settings = サーバー設定
# mail/messenger/accountSettings.ftl: outgoing-server-name
tb-outgoing-server = 送信サーバー
# mail/chrome/messenger/smtpEditOverlay.dtd: serverName.label
tb-server-name = サーバー名
# mail/chrome/messenger/smtpEditOverlay.dtd: userName.label
tb-user-name = ユーザー名
