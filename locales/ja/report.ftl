### テキストレポート：`mailsetup probe` の出力と、ウィンドウの「テキストレポート」の書き出し。

outcome-ok = 使える
outcome-auth-failed = パスワード拒否
outcome-auth-temporary = いまはログインできない（サーバーの問題）
outcome-auth-disabled = プロバイダーがパスワードでのログインを無効化
outcome-web-login-required = まずウェブページでサインイン
outcome-app-password-required = アプリパスワードが必要
outcome-oauth-required = ブラウザーでのサインイン（OAuth2）が必要
outcome-auth-unavailable = ログインの提供なし
outcome-plaintext-auth-refused = 暗号化なしのログインのみ（パスワード未送信）
outcome-starttls-unavailable = 暗号化の提供なし
outcome-cert-untrusted = 証明書が信頼されていない
outcome-cert-expired = 証明書の期限切れ
outcome-cert-name-mismatch = 証明書が別の名前用
outcome-tls-failed = 暗号化に失敗
outcome-wrong-mode = 別の接続方式を使用
outcome-refused = 閉じている
outcome-server-busy = サーバーが混雑
outcome-service-refused = サーバーがサービスを拒否
outcome-timeout = 応答なし
outcome-dns-failed = そのようなサーバーはない
outcome-protocol-error = メールサーバーとして正しくない応答
outcome-cancelled = 中止
outcome-skipped = 未試行
cause-closed-after-login = ログイン受付後にサーバーがセッションを終了
cause-plaintext-only = 暗号化がまったくない
cause-pipelined-answer = 質問される前に応答
cause-preauth = パスワードの前にログイン済みと主張
cause-login-unanswered = パスワード送信後、応答なし
cause-access-disabled = プロバイダーの設定で無効
cause-login-spared = ログインあり。アカウントを守るため未試行
cause-mechanism-refused = 自ら提示したログイン方式を拒否
cause-unreachable = 経路なし

report-short-reason = { $words }。

report-server-type = サーバーの種類：
report-server = サーバー：
report-port = ポート：
report-security = 接続の保護：
report-authentication = 認証方式：
report-username = ユーザー名：
report-certificate = 証明書 SHA-256：
report-auth-oauth = OAuth2（プロバイダーでサインイン）
report-auth-password = 通常のパスワード認証
report-auth-unchecked = （未確認）

report-cancelled = 確認が完了する前に中止しました。以下はそれまでに見つかった内容です。
report-works-plaintext =
    { $direction ->
        [incoming] 受信メールは暗号化なしでしか使えません：
       *[outgoing] 送信メールは暗号化なしでしか使えません：
    }
report-works-exception =
    { $direction ->
        [incoming] 受信メールは手動で承認した証明書でのみ使えます：
       *[outgoing] 送信メールは手動で承認した証明書でのみ使えます：
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] 推奨する受信メールの設定（接続は確認済み、パスワードは未確認）：
       *[outgoing] 推奨する送信メールの設定（接続は確認済み、パスワードは未確認）：
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] 推奨する受信メールの設定（プロバイダーでのサインインで検証済み）：
       *[outgoing] 推奨する送信メールの設定（プロバイダーでのサインインで検証済み）：
    }
report-recommended =
    { $direction ->
        [incoming] 推奨する受信メールの設定（検証済み：パスワードが受け付けられました）：
       *[outgoing] 推奨する送信メールの設定（検証済み：パスワードが受け付けられました）：
    }
report-found-private =
    { $direction ->
        [incoming] ローカルまたはプライベートネットワークのアドレスで受信メールの設定が見つかりました（パスワードは送信していません）：
       *[outgoing] ローカルまたはプライベートネットワークのアドレスで送信メールの設定が見つかりました（パスワードは送信していません）：
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] 確認が必要な受信メールの設定が見つかりました（パスワードは送信していません）：
       *[outgoing] 確認が必要な送信メールの設定が見つかりました（パスワードは送信していません）：
    }
report-if-own-server = 組織自身のサーバーの場合：
report-to-send-there = パスワードをそこへ送るには：
report-why = 理由：
report-also-works =
    { $direction ->
        [incoming] ほかに使える設定（受信）：
       *[outgoing] ほかに使える設定（送信）：
    }
report-looked-for = サーバーを探した場所：
report-else-tried = ほかに試したこと：

report-lookup-found = 発見
report-lookup-nothing = なし
report-lookup-timeout = 応答なし
report-lookup-failed = 失敗
report-lookup-ignored = 無視
report-lookup = { $mark }：{ $query }（{ $ms } ms）：{ $detail }

cli-thunderbird-file = Thunderbird 用ファイル
cli-apple-profile = Apple プロファイル
cli-wrote = { $what } を { $path } に書き出しました
cli-not-written = { $what } は書き出していません：{ $why }。
cli-password-prompt = { $email } のパスワード：
cli-sign-in-open = ブラウザーでプロバイダー（{ $issuer }）にサインインしてください。ブラウザーが開かない場合は、このアドレスを開いてください：
cli-sign-in-waiting = サインインを待っています（Ctrl-C で中止）…
cli-no-browser = （ここではブラウザーを開けませんでした：{ $error }）
cli-signed-in = サインインしました。これでサーバーを確認します。
cli-unknown-language = 言語「{ $tag }」はありません。{ $spoken } で表示します。
cli-give-the-name = 名前を指定するには：
cli-recommended = => { $setting } が使えます。残りの確認を終えています（Ctrl-C で中止）
cli-lookup = 問い合わせ
cli-with-exception = （承認した証明書で）
cli-timeout-range = --timeout は 0 から 600 秒の間にしてください
cli-ispdb-https = --ispdb は https:// の URL にしてください（普通の http の応答は偽造できます）
cli-no-password =
    パスワードがありません。求められたときに入力するか、--password-stdin で渡すか、MAILSETUP_PASSWORD を
    設定するか、--no-auth で接続だけを確認してください
cli-empty-password = パスワードが空です（--no-auth は接続だけを確認します）
cli-password-too-long = 標準入力の 1 行目がパスワードとしては長すぎます
cli-password-not-utf8 = パスワードが UTF-8 のテキストではありません
cli-cannot-write = { $path } に書き込めません：{ $error }
cli-window-failed = コマンドラインは使えます：mailsetup probe アドレス（mailsetup --help を参照）。
cli-no-window-build = このビルドにはウインドウがありません（「gui」機能なしでビルド）。使い方：mailsetup probe アドレス
cli-error = エラー：{ $error }
cli-error-more = 詳しくは：{ $help }
cli-error-unknown-argument = オプション { $argument } はありません
cli-error-unknown-command = コマンド { $command } はありません
cli-error-invalid-value = 「{ $value }」は { $argument } の値ではありません
cli-error-invalid-value-why = 「{ $value }」は { $argument } の値ではありません：{ $why }
cli-error-missing = { $argument } が必要です
cli-error-conflict = { $argument } は { $other } と一緒に使えません
cli-error-similar = （{ $similar } のことですか？）
cli-not-dns-server = { $text } は ADDR でも ADDR:PORT でもありません
cli-not-fingerprint = { $text } は SHA-256 フィンガープリント（16 進数 64 桁、例：AB:CD:...）ではありません
cli-not-host-addr = { $text } は HOST:ADDR ではありません
cli-not-ip-address = { $text } は IP アドレスではありません
