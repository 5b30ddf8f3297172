### コマンドラインのヘルプ (mailsetup --help、mailsetup probe --help)。

cli-about = Mail Setup Assistant：本当に使える受信 (IMAP、POP3) と送信 (SMTP) のメール設定を見つけ、その理由を説明します。
cli-usage = mailsetup [オプション] [コマンド]
cli-usage-line = 使い方：{ $usage }
cli-commands = コマンド：
cli-arguments = 引数：
cli-options-heading = オプション：
cli-help = ヘルプを表示
cli-version = バージョンを表示
cli-default = 既定値：{ $value }。
cli-without-command = コマンドなしで実行すると、設定ウインドウが開きます。
cli-examples = 例：
cli-example-window = 設定ウインドウを開く
cli-example-probe = パスワードを尋ねて確認する
cli-example-no-auth = 接続だけを確認する
cli-example-json = スクリプトから渡したパスワードで確認し、JSON を出力する

cli-arg-resolve = ウインドウ用：HOST に DNS ではなく ADDR を使う（繰り返し可）。DNS が向く前にサーバーを確認するため。
cli-arg-ca-file = ウインドウ用：追加で信頼する PEM 形式の証明書（会社の CA など）。
cli-arg-dns = ウインドウ用：システムの DNS の代わりにこの DNS サーバーに問い合わせる。
cli-arg-ispdb = ウインドウ用：問い合わせるプロバイダーデータベース (https)。
cli-arg-no-lookup = ウインドウ用：何も調べない（推測と指定されたサーバーだけ）。
cli-arg-lang =
    ウインドウと説明（レポート、JSON の "explanation"）の言語。de や ja のようなタグで指定します。
    既定値はシステムの言語です。JSON のキーと結果コードは英語のままです。

cli-probe-about = あるアドレスで、受信と送信のどのサーバー設定が使えるかを確認します。
cli-probe-usage = mailsetup probe [オプション] <EMAIL>
cli-probe-password-from =
    パスワードは入力を求めるか（表示なし）、--password-stdin から、または環境変数 MAILSETUP_PASSWORD
    から読み込みます。コマンドラインからは決して読みません。
cli-probe-exit-status =
    終了コード：確認した各方向（受信、送信）に検証済みの設定があれば 0（--no-auth では安全な接続）、
    それ以外は 1、使い方や入力の誤りは 2。
cli-probe-email = あなたのメールアドレス（例：alice@example.com）。
cli-probe-protocols = このプロトコルだけ（繰り返し可）：smtp（送信）、imap、pop3（受信）。既定値：3 つすべて。
cli-probe-servers = 確認するサーバー。すべてのプロトコルに使います（繰り返し可）。既定値：smtp./imap./pop.DOMAIN、mail.DOMAIN、DOMAIN。
cli-probe-incoming-servers = 受信 (IMAP、POP3) サーバー。--server と違う場合（繰り返し可）。
cli-probe-ports = 確認するポート（繰り返し可）。既定値：SMTP 465、587、2525、25、IMAP 993、143、POP3 995、110。
cli-probe-username = ログインに使うユーザー名。既定値：メールアドレス全体。
cli-probe-timeout = 接続の各段階の制限時間（秒）。
cli-probe-ca-file = 追加で信頼する PEM 形式の証明書（会社の CA など）。
cli-probe-resolve = HOST に DNS ではなく ADDR を使う。curl と同じ（繰り返し可）。
cli-probe-allow-plaintext =
    サーバーにそれ以上の方法がない場合に、パスワードを暗号化なしで送ることを許可します。
    ネットワーク経路上の誰もが読める可能性があります。
cli-probe-danger-accept-certificates =
    信頼されていない（自己署名などの）サーバー証明書を SHA-256 フィンガープリントで受け入れます（繰り返し可）。
    サーバーの管理者が公開しているものと照合してからにしてください。
cli-probe-no-auth = 接続だけを確認し、ログインはしません。
cli-probe-password-stdin = 標準入力の 1 行目からパスワードを読み込みます。
cli-probe-json = レポートをテキストではなく JSON（安定した取り決め）で出力します。
cli-probe-thunderbird-file = 検証済みの設定の Thunderbird 自動設定ファイル (config-v1.1.xml) をここに書き出します。
cli-probe-apple-profile = 検証済みの設定の Apple 構成プロファイル (.mobileconfig) をここに書き出します。
cli-probe-dns = システムの DNS の代わりにこの DNS サーバー（指定がなければポート 53）に、すべての名前と MX、SRV レコードを問い合わせます。
cli-probe-ispdb = 問い合わせる Thunderbird のプロバイダーデータベース（ドメインが付け加えられます）。
cli-probe-no-third-party =
    第三者には問い合わせません。プロバイダーデータベースにも、MX レコードを通じてドメインのメールを扱う
    プロバイダーにも問い合わせません。
cli-probe-no-lookup = 何も調べず、指定されたサーバー (--server) か推測だけを確認します。
cli-probe-trust-discovered =
    このサーバーにパスワードを送ります（繰り返すか、カンマで区切る）。アドレスのドメインの外にあり、
    DNS (MX、SRV) かリダイレクトだけが示したサーバーでもです。そうした応答は偽造できます。
    パスワードはほかのそうしたサーバーには送られません。
cli-probe-verify-all =
    推奨する設定だけでなく、使えるすべての設定でログインします（ヘルプデスク向け）。既定では、アカウントを
    守るため、ほかの設定はログインの提示までを確認します。プロバイダーはログインが続くとアカウントを
    ロックしたり、目を付けたりします。
cli-probe-oauth =
    パスワードを入力する代わりに、ブラウザーでプロバイダーにサインインします (OAuth2)。サーバーはその
    サインインで確認します。
cli-probe-oauth-client-id =
    サインインに使う OAuth2 クライアント ID（プロバイダーか管理者から）。プロバイダーがプログラム自身の
    登録を認めない場合に使います。
cli-probe-oauth-tenant = クライアント ID を登録したディレクトリの Microsoft テナント（ID またはドメイン）。
cli-probe-oauth-wait = サインインを待つ時間（秒、最大 300）。
