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

## 確認を始められなかった理由、またはサインインでトークンが得られなかった理由。
## $why はライブラリ、サーバー、システムの言葉をそのまま示したもの。
error-invalid-email = { $text } はメールアドレスではありません（name@domain の形、例：alice@example.com）
error-invalid-server = { $text } はサーバー名ではありません
error-invalid-port = ポート { $port } はサーバーが待ち受けられるポートではありません（1～65535）
error-empty-username = ユーザー名が空です（メールアドレスを使うには省略してください）
error-ca-file = 証明書ファイル { $path } を使えません：{ $why }
error-tls = TLS の準備に失敗しました：{ $why }
oauth-no-provider = { $domain } の OAuth2 サインインを示すものがありません（設定ファイルにも ISPDB にも <oAuth2> がない）
oauth-metadata = サインインサーバーの説明 (RFC 8414) が使えません：{ $why }
oauth-registration = サインインサーバーはこのプログラムを登録しませんでした：{ $why }
oauth-browser = ブラウザーが開きませんでした：{ $why }
oauth-not-completed = { $seconds } 秒以内にサインインが完了しませんでした。何も確認していません
oauth-refused = プロバイダーはサインインさせませんでした：{ $why }
oauth-mismatch = 戻ってきた応答はこのサインインのものではありません（{ $what }）。何も使っていません
oauth-token = サインインサーバーはトークンを返しませんでした：{ $why }
oauth-cancelled = サインインを中止しました
oauth-only-google =
    Google は知っているプログラムにしかサインインを許しません。この設定は、メールプログラム自身のサインイン
    （Thunderbird：{ tb-auth }「OAuth2」、Apple Mail と Outlook：Google アカウントとして追加）で使うか、
    Google アカウントの「セキュリティ」でアプリパスワード（2 段階認証プロセスが必要）を作り、それをパスワード
    として確認してください。
oauth-only-microsoft =
    Microsoft は知っているプログラムにしかサインインを許しません。この設定は、メールプログラム自身のサインイン
    （Thunderbird：{ tb-auth }「OAuth2」、Outlook と Apple Mail：Microsoft アカウントとして追加）で使って
    ください。職場または学校のアカウントなら、管理者が Entra ID にアプリを登録し、そのクライアント ID を
    渡せます（{ advanced }、または --oauth-client-id）。
oauth-app-password =
    { $provider } は知っているプログラムにしかサインインを許しません。この設定は、メールプログラム自身の
    サインイン（Thunderbird：{ tb-auth }「OAuth2」）で使うか、{ $place }でアプリパスワードを作り、それを
    パスワードとして確認してください。
oauth-place-yahoo = Yahoo アカウントの Account security（「Generate app password」）
oauth-place-aol = AOL アカウントの Account security（「Generate app password」）
oauth-place-fastmail = Fastmail の Settings、Privacy & Security（「App passwords」）
oauth-no-registration =
    { $issuer } は知っているプログラムにしかサインインを許さず、登録も受け付けません。プロバイダーか管理者
    から受け取ったクライアント ID を入力するか（{ advanced }、または --oauth-client-id）、メールプログラム
    自身のサインイン（Thunderbird：{ tb-auth }「OAuth2」）を使ってください
oauth-bad-tenant = { $tenant } はテナント ID でもドメインでもありません
oauth-tenant-not-microsoft = テナントは Microsoft のサインイン (login.microsoftonline.com) 専用です
oauth-cannot-listen = 127.0.0.1 で待ち受けできません：{ $error }
