### 各メールプログラムのサーバー設定の場所。Thunderbird の用語は
### thunderbird.ftl（Thunderbird 自身のもの）から。Outlook と Apple Mail の
### 日本語の用語はまだ各社のヘルプから取り込んでいないため、英語で表示します。

program-other = その他
copy-all-heading =
    { $direction ->
        [incoming] { $program } 用の受信メールの設定
       *[outgoing] { $program } 用の送信メールの設定
    }
copy-all-heading-other =
    { $direction ->
        [incoming] 受信メールの設定
       *[outgoing] 送信メールの設定
    }

tb-where-incoming =
    新しいアカウント：Account Hub >「{ tb-advanced-config }」（「{ tb-autodetect }」をこれらの値に変更）。
    既存のアカウント：{ tb-tools } > { tb-account-settings }（Linux：{ tb-edit } > { tb-account-settings }）>
    { tb-server-settings }。
tb-where-outgoing =
    新しいアカウント：Account Hub >「{ tb-advanced-config }」の送信サーバー。既存のアカウント：{ tb-tools } >
    { tb-account-settings }（Linux：{ tb-edit } > { tb-account-settings }）> { tb-outgoing-server } > サーバーを
    選択（または追加…）> 編集…（そこで「{ tb-server-name }」と「{ tb-user-name }」）。

other-where-incoming = メールプログラムのアカウントまたはサーバーの設定の「受信サーバー」「IMAP」「POP3」の項目。
other-where-outgoing = メールプログラムのアカウントまたはサーバーの設定の「送信サーバー」「SMTP」の項目。
other-incoming-server = 受信サーバー
other-outgoing-server = 送信サーバー（SMTP）
other-server-type = サーバーの種類
other-port = ポート
other-encryption = 暗号化
other-tls = SSL/TLS（SSL、暗黙の TLS とも）
other-starttls = STARTTLS（古いプログラムでは TLS）
other-none = なし
other-authentication = 認証
other-oauth = OAuth2（ブラウザーでプロバイダーにサインイン）
other-password = 通常のパスワード（パスワード、平文とも）
other-user-name = ユーザー名
