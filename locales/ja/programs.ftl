### 各メールプログラムのサーバー設定の場所。Thunderbird の用語は
### thunderbird.ftl（Thunderbird 自身のもの）から。Apple Mail の用語は取り込んだ分だけ
### Apple の日本語のヘルプから（下に出典付き）。Outlook の用語はまだ。ないものは英語で表示します。

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

## Apple Mail: Apple の日本語のヘルプにある Apple の言葉（出典を各メッセージの上に記す）。
## 「Ours:」はこのプログラムの言葉。iPhone での場所、SMTP サーバリスト、項目名は
## まだ Apple の日本語のヘルプから取っていない。
# Apple, https://support.apple.com/ja-jp/HT204208 (「メール」>「環境設定」、「アカウント」、
# 「サーバ設定」タブ、「接続設定を自動的に管理」。macOS Sierra から 12 まで)
apple-where-incoming =
    「メール」>「環境設定」（macOS 12 以前）>「アカウント」> アカウントを選択 >「サーバ設定」の受信メールの欄
    （「接続設定を自動的に管理」のチェックを外す）。
# Ours: 「Use TLS/SSL」のチェックボックスの状態。
apple-on = オン
# Ours.
apple-off = オフ
# Ours.
apple-oauth = OAuth2（Apple Mail では Google と Microsoft のアカウントでのみ使えます）
# Apple, https://support.apple.com/ja-jp/HT204208 (認証方法「パスワード」)
apple-password = パスワード

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
