### 確認のステップ：いま何を試しているか、段階ごとに。

checking-title = { $email } を確認中
checking-elapsed = { $seconds } 秒
checking-found = { $direction }の設定が見つかりました：{ $protocol } { $host } ポート { $port }（{ $security }）。
checking-incoming = 受信
checking-outgoing = 送信
show-now = いますぐ設定を表示
cancel = キャンセル
cancel-tip = 確認を中止（Esc）
esc-stops = （Esc でも中止できます）

phase-queued = 順番を待っています…
phase-resolve = サーバーを調べています…
phase-connect = 接続しています…
phase-tls = 暗号化を準備しています…
phase-greeting = サーバーの応答を待っています…
phase-capabilities = サーバーの機能を問い合わせています…
phase-starttls = 暗号化に切り替えています…
phase-capabilities-tls = 暗号化して再度問い合わせています…
phase-ready = 接続できました。次はパスワードの確認です…
phase-auth = パスワードを確認しています…
phase-done = 完了
trying = 試行中
looking = 検索中

signing-in-title = ブラウザーでのサインインを待っています
signing-in-finding = プロバイダーのサインイン先を探しています
signing-in-opened =
    { $host } にあるプロバイダーのサインインページがブラウザーで開きました。ブラウザーにその名前が
    表示されていることを確認してから、サインインしてください。完了すると、このウィンドウは自動的に
    先へ進みます（5 分以内）。
signing-in-no-browser = ブラウザーが開かない場合は、このアドレスを開いてください：
copy-address = アドレスをコピー
signing-in-cancel-tip = サインインを中止（Esc）

lookups-title = サーバーの場所
lookup-autoconfig = プロバイダーに設定を問い合わせています
lookup-well-known = { $domain } のウェブサイトで設定を探しています
lookup-ispdb = Thunderbird のメールプロバイダーデータベースに問い合わせています
lookup-mx = { $domain } のメールの行き先を調べています
lookup-srv = DNS で { $domain } のメールサーバーを探しています
lookup-guess = よくあるサーバー名を試しています
lookup-control = このネットワークの DNS が正しく答えるか確認しています
lookup-running = { $lookup }…
lookup-ended = { $lookup }：{ $said }
lookup-plain-http = 暗号化なしでしか応答しなかったため使いません
lookup-timeout = 時間内に応答なし
lookup-error = 問い合わせできませんでした
lookup-nothing = 見つかりません

attempts-incoming = 受信メール
attempts-outgoing = 送信メール
portal-in-the-way = このネットワークのサインインページが妨げています
portal-attempts = { $count } 件の試行がサーバーに届きませんでした
ports-blocked = ポート { $ports } はこのネットワークでブロックされています
blocked-attempts = { $count } 件の試行に応答がありませんでした
guesses-missing = ほかに考えられる名前 { $count } 件：どれも存在しません
guesses-usual = メールプログラムもこれらの名前を推測します。ほとんどのドメインはその一部しか使っていません。
