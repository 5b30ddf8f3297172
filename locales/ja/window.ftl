### ウィンドウ：枠（すべてのステップ）とアカウントのステップ。

## 枠

about = このアプリについて
about-title = Mail Setup Assistant について
about-version = バージョン { $version }
about-what =
    本当に使える受信・送信メールの設定を見つけ、パスワードは暗号化された接続でのみ確認し、
    結果を説明します。
about-password = パスワードは確認中のメールサーバーにだけ送られ、保存されることはありません。
about-finding = サーバーの探し方
about-lookups =
    サーバーを指定しない場合、このプログラムは次に問い合わせます：プロバイダー自身の設定ファイル
    （Thunderbird と同様に、プロバイダーにはあなたのアドレスが見えます）、ドメインの DNS（MX と SRV
    レコード）、そして二つの第三者：ドメインだけが見える Thunderbird のメールプロバイダーデータベースと、
    MX レコードから分かる、ドメインのメールを扱うプロバイダーです。
about-third-parties = 第三者に問い合わせる（Thunderbird のデータベース、ドメインのメールプロバイダー）
about-licence = ライセンス：{ $licence }
close = 閉じる
language-name = 日本語
language-menu = 言語：{ $language }
language-system = システム（{ $language }）
theme = テーマ：{ $theme }
theme-system = システム
theme-light = ライト
theme-dark = ダーク
step-account = アカウント
step-checking = 確認中
step-result = 設定
step-numbered = { $number }. { $name }
step-spoken = ステップ { $number }/{ $count }：{ $name }

## アカウントのステップ

account-title = メールアカウントを設定する
account-intro =
    メールアドレスとパスワードを入力してください。使える受信・送信メールサーバーの設定を見つけ、
    パスワードが受け付けられるかを確認します。確認は暗号化された接続でのみ行います。
email = メールアドレス
email-hint = name@example.com
email-invalid = メールアドレスの形になっていません（name@example.com）。
password = パスワード
password-hint = このアドレスで使っているパスワード
password-show = 表示
password-hide = 隠す
password-toggle = パスワードを表示または非表示にする
password-none = パスワードがなくても接続は確認できますが、ログインできるかは確認できません。
sign-in-instead = 代わりにプロバイダーでサインイン
sign-in-with = 代わりに { $provider } でサインイン
sign-in-instead-tip =
    自社のページでのサインインを求めるプロバイダー（OAuth2）向け：ブラウザーでそのページが開き、
    そのサインインでサーバーを確認します。ここではパスワードを入力しません。
display-name = あなたの名前（任意）
display-name-hint = メールの相手に表示されます
know-server = サーバーを知っている
server = メールサーバー
server-hint = 例：mail.example.com（受信・送信用）
server-invalid = サーバー名に使えるのは英字、数字、ピリオド、ハイフンだけです。
incoming-server = 受信サーバー（異なる場合）
incoming-server-hint = 例：imap.example.com
username = ユーザー名（メールアドレスと異なる場合）
username-hint = 通常はメールアドレス全体
ports = 試す送信ポート
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } はポート番号ではありません（1～65535）。
advanced = 詳細
time-limit = 各ステップの制限時間（秒）
verify-all = すべての設定を検証する
verify-all-tip =
    推奨する設定だけでなく、使えるすべてのポートでログインします（ヘルプデスク向け）。既定ではオフ：
    新しいプログラムから何度もログインすると、プロバイダーがアカウントをロックしたり警告したりすることがあります。
client-id = サインイン用クライアント ID（プロバイダーや管理者から渡された場合のみ）
client-id-hint = 「プロバイダーでサインイン」用
tenant = そのクライアント ID の Microsoft テナント（管理者が指定した場合）
tenant-hint = 例：contoso.onmicrosoft.com
allow-plaintext = 暗号化なしでの確認を許可する
allow-plaintext-warning =
    サーバーがそれ以外を提供しない場合のみ：パスワードがあなたとサーバーの間のネットワーク上で誰にでも
    読める状態で送られます。これは次の確認にだけ適用され、そのような設定が暗号化された設定より
    推奨されることはありません。
certificate = 追加で信頼する証明書（会社や学校の認証局用）
certificate-none = なし
certificate-remove = 削除
certificate-choose = ファイルを選択…
certificate-path = 証明書ファイルのパス
certificate-path-hint = /path/to/company-ca.pem
certificate-use = このファイルを使う
find-settings = 設定を見つける
start-over = 最初からやり直す
start-over-tip = フォームと記憶した内容を消去します

## 共通の部品

decimal-point = .
copy = コピー
copy-what = { $what } をコピー
copy-what-value = { $what } をコピー：{ $value }
copied = コピーしました
show-words-of = 次のプログラムの用語で設定を表示：
mark-works = 使える
mark-failed = 失敗
mark-stopped = 未実行
