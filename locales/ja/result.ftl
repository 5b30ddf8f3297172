### 結果のステップ：設定カード、そのポートの理由、ほかに使える設定、試したこと、保存するファイル。

result-for = { $name } <{ $email }> 用
copy-all = すべてコピー
copy-all-tip = 受信と送信の設定をコピー
what-we-tried = 試したこと
working = 処理中
finishing = 確認を終えています…
still-checking-others = ほかにも使える設定を探して、あと { $count } 件の接続を確認中です。これらの設定は変わりません。
still-checking =
    { $direction ->
        [incoming] 受信メールの設定のため、あと { $count } 件の接続を確認中です。
        [outgoing] 送信メールの設定のため、あと { $count } 件の接続を確認中です。
       *[both] 受信・送信メールの設定のため、あと { $count } 件の接続を確認中です。
    }
stop = 中止
stop-tip = 残りの確認を中止

files-need-both =
    メールプログラム用のファイルには、検証済みの受信と送信の設定が必要です。パスワードを入力してもう一度
    確認するか、上の設定をコピーしてください。
save-thunderbird = Thunderbird 用ファイルを保存…
save-apple = Apple Mail プロファイルを保存…
save-text = テキストレポートを保存…
save-json = JSON レポートを保存…
files-need-both-tip = メールプログラムが設定ファイルを受け付けるのは、受信と送信のサーバーが検証済みの場合だけです。
profile-no-sign-in =
    Apple Mail がプロバイダーでのサインイン（OAuth2）を使うのは Google と Microsoft のアカウントだけで、
    プロファイルにはサインインを含められません。これらの設定で Apple Mail に手動でアカウントを追加して
    ください
files-incomplete = メールプログラムには検証済みで暗号化された受信と送信の設定が必要ですが、この確認では両方を検証できませんでした
check-again = もう一度確認
change-details = 入力内容を変更
change-details-tip = アカウントの入力に戻る（Esc）

card-incoming = 受信メール（{ $protocol }）
card-outgoing = 送信メール（SMTP）
card-stopped-certain = 優先度の低い確認の一部を早めに中止しました。この推奨は変わりません。
card-stopped-uncertain = 確定する前に確認を中止しました。より良い設定が見つかった可能性があります。
card-plaintext = 警告：暗号化なしでしか使えません。パスワードとメッセージはネットワーク上で読まれるおそれがあります。
card-exception =
    手動で承認した証明書でのみ使えます。認証局は保証していません。メールプログラムも警告を出します。
    次のフィンガープリントが表示される場合にだけ、そこで承認してください：
enter-as-my-server = { $host } を自分のサーバーとして入力
enter-as-my-server-tip = このサーバーを入力した状態でフォームに戻ります。確認するまで何も送信しません
send-password-to = パスワードを { $hosts } に送ってもう一度確認
send-password-to-tip = この 1 回の確認だけ、名前を挙げたサーバーにだけ送ります。保証できる情報源はこれらを示していません
verified-signed-in = サインインで検証済み：サーバーは暗号化された接続でサインインを受け付けました。
verified-password = 検証済み：サーバーは暗号化された接続でパスワードを受け付けました。
connection-only = 暗号化された接続は使えます。パスワードは確認していません（入力されていません）。
copy-field-name =
    { $direction ->
        [incoming] 受信 { $field }
       *[outgoing] 送信 { $field }
    }
copy-settings =
    { $direction ->
        [incoming] 受信の設定をコピー
       *[outgoing] 送信の設定をコピー
    }

why-port = なぜポート { $port } なのか
why-port-and = なぜポート { $port } と { $protocol } なのか
why-tls =
    SSL/TLS（暗黙の TLS）も STARTTLS もメールを暗号化します。SSL/TLS では暗号化が始まる前に何も
    やり取りしないため、途中で改ざんされる余地がありません。そのため RFC 8314 はこちらを推奨しています。
why-starttls =
    STARTTLS は暗号化なしで始まり、その後暗号化に切り替わります。「STARTTLS」を選んだままにして
    （「STARTTLS（利用可能な場合）」ではなく）、暗号化が失敗したらメールプログラムがパスワードを送らない
    ようにしてください。ポート 465 は「非推奨」と書かれていることがありますが、それは 465 を再び推奨ポート
    にした RFC 8314（2018 年）より古い情報です。このサーバーで使えるポートではなかっただけです。
why-plaintext =
    暗号化がないと、ネットワークの経路上の誰でもパスワードとメッセージを読めます。プロバイダーに
    暗号化された設定（ポート 465 または 587）を問い合わせてください。
also-works-heading = ほかに使える設定：
also-works-line = { $protocol } { $host } ポート { $port }（{ $security }）
also-works-line-but = { $protocol } { $host } ポート { $port }（{ $security }、{ $caveat }）

card-still-checking-incoming = 受信メール：確認中
card-still-checking-outgoing = 送信メール：確認中
card-still-checking = より良い設定がまだ応答するかもしれません。確定しだい、ここに表示します。
card-nothing-incoming = 受信メール：使える設定が見つかりません
card-nothing-outgoing = 送信メール：使える設定が見つかりません
try-again-with = { $host } でもう一度試す
fingerprint-compare = 証明書のフィンガープリント（SHA-256）。プロバイダーが公開しているものと比べてください：
fingerprint-own-ca =
    組織独自の認証局であれば、その証明書を「詳細」>「追加で信頼する証明書」で追加してから、もう一度確認
    してください。証明書を検証できないサーバーにパスワードが送られることはありません。
fingerprint-accept-warning =
    プロバイダーや管理者からまさにこのフィンガープリントを伝えられている場合は、1 回の確認に限ってこの
    証明書を承認できます。そうでなければ、これを作った者にパスワードが渡ってしまいます。
accept-certificate = この証明書を 1 回の確認に限り承認
accept-certificate-tip = この証明書のサーバーにパスワードを送って、もう一度確認します
change-password = パスワードを変更
enter-server-name = サーバー名を入力
sign-in-with-provider = プロバイダーでサインイン
sign-in-with-provider-tip = ブラウザーでプロバイダーのサインインページが開き、それでサーバーを確認します
fingerprint-tip = サーバーの証明書の SHA-256 フィンガープリント

details = 詳細
details-of = { $attempt } の詳細
detail-address = アドレス
detail-phase = 到達した段階
detail-time = 時間
detail-milliseconds = { $ms } ms
detail-server-said = サーバーの応答
detail-greeting = 挨拶
detail-capabilities = 機能
detail-certificate-for = 証明書の対象
detail-and-more = { $names } ほか { $count } 件
detail-issued-by = 発行者
detail-valid = 有効期間
detail-valid-range = { $from } から { $to }
detail-sha256 = SHA-256
detail-all-names = 証明書の全 { $count } 件の名前
phase-name-queued = 未開始
phase-name-resolve = 名前の解決
phase-name-connect = 接続
phase-name-tls = TLS ハンドシェイク
phase-name-greeting = 挨拶
phase-name-capabilities = サーバーの機能の問い合わせ
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = TLS での再問い合わせ
phase-name-ready = 使える接続
phase-name-auth = ログイン
phase-name-done = 最後まで：すべて成功

no-dialog-certificate = このデスクトップではファイルダイアログを開けません。「詳細」に証明書ファイルのパスを入力してください。
saved-to = { $path } に保存しました
saved-in-downloads = このデスクトップではファイルダイアログを開けないため、ダウンロードフォルダーに保存しました：{ $path }
no-dialog-nowhere = ここではファイルダイアログを開けず、保存先のダウンロードフォルダーもホームフォルダーもありません。代わりにコピーを使ってください。
could-not-save = { $path } を保存できませんでした：{ $error }
choose-certificate-title = 信頼する証明書を選択（PEM）
certificate-files = 証明書
