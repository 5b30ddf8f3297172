### このコンピューターまたはそのネットワークの問題：根拠と助言。

network-title-port-blocked = ネットワーク：ここではポートがブロックされています
network-title-offline = ネットワーク：このコンピューターはオフラインのようです
network-title-clock = コンピューター：時計が合っていません
network-title-portal = ネットワーク：まずサインインが必要です
network-title-interception = ネットワーク：安全な接続が途中で復号されています
network-title-ipv6 = ネットワーク：ここでは IPv6 が使えません
network-whose-network = ネットワーク
network-whose-computer = コンピューター

network-offline-evidence =
    { $count } 件の問い合わせのどれにも応答がなく（ドメインに依存しない Thunderbird のメールプロバイダー
    データベースでさえも）、どのメールサーバーにも接続できませんでした。
network-offline-advice =
    このコンピューターはインターネットに接続されていないようです。Wi-Fi やケーブル（と機内モード）を
    確認してから、もう一度確認してください。ブラウザーでウェブページが開く場合は、このコンピューターの
    DNS 設定（または VPN）が原因かもしれません。

network-server-at = { $host }（{ $address }）
network-ports-silent = ポート { $ports } は、ほかのポートでは応答する { $servers } 台のサーバー（{ $named }）から応答がありませんでした。
network-drops =
    このネットワークの何かが、ポート { $ports } への接続を破棄しています。ホテル、オフィス、公衆 Wi-Fi、
    一部の VPN、メールのポートをブロックするプロバイダーでよくあることです。
network-drops-but-works =
    { network-drops }表示した設定はこのネットワークで使えます。ブロックされたポートに設定したメール
    プログラムは、ここでは待った末に失敗し、ほかの場所では再び使えます。
network-drops-try-elsewhere =
    { network-drops }別のネットワーク（例えば電話のテザリング）からもう一度確認するか、このネットワークの
    管理者に許可を求めてください。
network-port-25-advice =
    家庭用やモバイルのインターネットプロバイダーの多くは、自社ネットワーク上のコンピューターに対して
    ポート 25 をブロックしています。これは普通のことで問題ありません：メールプログラムはポート 465 か
    587 で送信します。

network-clock-web =
    { $direction ->
        [behind] このコンピューターの時計は { $now } ですが、問い合わせた { $count } 台のウェブサーバー（{ $names }）は { $then } と答えています：このコンピューターは { $span } 遅れています。
       *[ahead] このコンピューターの時計は { $now } ですが、問い合わせた { $count } 台のウェブサーバー（{ $names }）は { $then } と答えています：このコンピューターは { $span } 進んでいます。
    }
network-clock-certificates =
    このコンピューターの時計は { $now } ですが、互いに無関係な { $count } 台のサーバー（{ $names }）の
    証明書はそれより後に有効になり、最後のものは { $then } です：このコンピューターは少なくとも { $span }
    遅れています。
network-clock-advice =
    安全な接続では、各サーバーの証明書をこのコンピューターの日付と照合します。時計がここまでずれていると、
    どのプログラムでも接続が失敗するか間もなく失敗し、メールは誤った日付で送られます。日付と時刻を
    設定し（自動設定をオンにして）、もう一度確認してください。
network-date = { $year }年{ $month }月{ $day }日 { $time } UTC
network-span-years = { $count } 年
network-span-days = { $count } 日
network-span-hours = { $count } 時間
network-span-minutes = { $count } 分

network-portal-evidence =
    存在しえない名前（{ $name }）がこのネットワークではアドレスを持ち、{ $hosts } のウェブサーバーは
    { $other } の証明書で応答しました：ここでは名前が本来の行き先につながりません。
network-portal-another-name = 別の名前
network-portal-advice =
    このネットワークは、ホテル、空港、列車、カフェの Wi-Fi のように、まずサインインを求めているようです。
    ブラウザーで何かウェブページを開き、サインインするか利用規約に同意してから、もう一度確認してください。
    そうしたネットワークでない場合は、その DNS（または VPN、このコンピューター上のプログラム）が名前を
    不正に転送しています。そこを通してはメールの設定を確認できません。

network-interception-something = このコンピューターまたはネットワーク上の何か
network-interception-product = このコンピューターまたはネットワーク上の何か（認証局の名前からすると { $product }）
network-interception-evidence =
    { $hosts } の証明書は「{ $root }」につながります。これはこのコンピューターだけが信頼している認証局で、
    公的なものでも、あなたが指定したものでもありません。{ $what }が安全な接続を復号し、署名し直しています。
network-interception-advice =
    表示した設定は正しいものです。このコンピューター上のメールプログラムも、その認証局を信頼していれば
    この設定で使えます（多くはシステムの証明書ストアを使います。Thunderbird は独自のストアを持ち、証明書の
    警告を表示します）。そうでなければ、そのプログラムでメールや HTTPS のスキャンをオフにするか、別の
    ネットワークから確認して、サーバー自身の証明書を確かめてください。

network-ipv6-evidence =
    サーバーの IPv6 アドレス { $count } 件（{ $named }）は一度も応答せず、同じサーバーは IPv4 ではすぐに
    応答しました。IPv6 で応答したサーバーはありません。
network-ipv6-advice =
    このネットワークは IPv6 アドレスを配っていますが、IPv6 の通信を運んでいません。この確認は、現在の
    ブラウザーやメールプログラムと同様に 0.25 秒後に IPv4 を試すため、表示した設定はここで使えます。
    IPv6 を待つメールプログラムは、接続のたびに 1 分以上止まるか失敗します。ネットワーク（またはルーター）
    の管理者が IPv6 を直せます。それまでは、この接続で IPv6 をオフにするとそうしたプログラムが使えます。
