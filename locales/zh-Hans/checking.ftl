### 检查步骤：正在尝试什么，逐个阶段。

checking-title = 正在检查 { $email }
checking-elapsed = { $seconds } 秒
checking-found = 已找到{ $direction }设置：{ $protocol } { $host } 端口 { $port }（{ $security }）。
checking-incoming = 收信
checking-outgoing = 发信
show-now = 立即显示我的设置
cancel = 取消
cancel-tip = 停止检查（Esc）
esc-stops = （按 Esc 也可停止）

phase-queued = 等待轮到它…
phase-resolve = 正在查找服务器…
phase-connect = 正在连接…
phase-tls = 正在建立加密…
phase-greeting = 正在等待服务器问候…
phase-capabilities = 正在询问服务器提供什么…
phase-starttls = 正在切换到加密…
phase-capabilities-tls = 正在加密后再次询问…
phase-ready = 连接可用；接下来检查密码…
phase-auth = 正在检查您的密码…
phase-done = 完成
trying = 正在尝试
looking = 正在查找

signing-in-title = 正在等待您在浏览器中登录
signing-in-finding = 正在查找您的服务商在哪里登录
signing-in-opened =
    您的服务商位于 { $host } 的登录页面已在浏览器中打开。请确认浏览器显示的是这个名称，然后在那里登录；
    您完成后，此窗口会自动继续（5 分钟内）。
signing-in-no-browser = 如果没有打开浏览器，请打开此地址：
copy-address = 复制地址
signing-in-cancel-tip = 停止登录（Esc）

lookups-title = 您的服务器在哪里
lookup-autoconfig = 正在向您的服务商索取设置
lookup-well-known = 正在 { $domain } 的网站上查找设置
lookup-ispdb = 正在询问 Thunderbird 的邮件服务商数据库
lookup-mx = 正在查找 { $domain } 的邮件发往何处
lookup-srv = 正在 DNS 中查找 { $domain } 的邮件服务器
lookup-guess = 正在尝试常见的服务器名称
lookup-control = 正在检查此网络的 DNS 是否如实回答
lookup-running = { $lookup }…
lookup-ended = { $lookup }：{ $said }
lookup-plain-http = 只以不加密方式回答，因此未采用
lookup-timeout = 未及时回答
lookup-error = 无法询问
lookup-nothing = 什么也没有

attempts-incoming = 收信
attempts-outgoing = 发信
portal-in-the-way = 此网络的登录页面挡住了连接
portal-attempts = { $count } 次尝试未能到达服务器
ports-blocked = 端口 { $ports } 在此网络上被封锁
blocked-attempts = { $count } 次尝试没有得到回答
guesses-missing = 另外 { $count } 个可能的名称：都不存在
guesses-usual = 邮件程序也会猜测这些名称；大多数域名只使用其中一部分。

## 检查无法开始、或登录没有得到令牌的原因。$why 是库、服务器或系统的原话。
error-invalid-email = { $text } 不是电子邮件地址（应为 name@domain，例如 alice@example.com）
error-invalid-server = { $text } 不是服务器名称
error-invalid-port = 端口 { $port } 不是服务器可以监听的端口（1 到 65535）
error-empty-username = 用户名为空（省略它即可使用电子邮件地址）
error-ca-file = 无法使用证书文件 { $path }：{ $why }
error-tls = TLS 准备失败：{ $why }
oauth-no-provider = 没有任何地方指明 { $domain } 的 OAuth2 登录（其设置文件和 ISPDB 中都没有 <oAuth2>）
oauth-metadata = 登录服务器的说明（RFC 8414）无法使用：{ $why }
oauth-registration = 登录服务器没有注册本程序：{ $why }
oauth-browser = 没有打开浏览器：{ $why }
oauth-not-completed = 登录未在 { $seconds } 秒内完成；没有检查任何内容
oauth-refused = 服务商没有让你登录：{ $why }
oauth-mismatch = 返回的应答不属于这次登录（{ $what }）；没有使用任何内容
oauth-token = 登录服务器没有给出令牌：{ $why }
oauth-cancelled = 登录已停止
oauth-only-google =
    Google 只允许它认识的程序登录。请在邮件程序自己的登录方式中使用这些设置（Thunderbird：{ tb-auth }“OAuth2”；
    Apple Mail 和 Outlook：将账户作为 Google 账户添加），或在 Google 账号的“安全性”中创建应用专用密码（需要两步验证），
    并用它作为密码来检查。
oauth-only-microsoft =
    Microsoft 只允许它认识的程序登录。请在邮件程序自己的登录方式中使用这些设置（Thunderbird：{ tb-auth }“OAuth2”；
    Outlook 和 Apple Mail：将账户作为 Microsoft 账户添加）。对于工作或学校账户，管理员可以在 Entra ID 中注册应用，
    并把它的客户端 ID 给你（{ advanced }，或 --oauth-client-id）。
oauth-app-password =
    { $provider } 只允许它认识的程序登录。请在邮件程序自己的登录方式中使用这些设置（Thunderbird：{ tb-auth }“OAuth2”），
    或在{ $place }中创建应用专用密码，并用它作为密码来检查。
oauth-place-yahoo = Yahoo 账户的 Account security（“Generate app password”）
oauth-place-aol = AOL 账户的 Account security（“Generate app password”）
oauth-place-fastmail = Fastmail 的 Settings、Privacy & Security（“App passwords”）
oauth-no-registration =
    { $issuer } 只允许已知的程序登录，也不提供注册：请输入服务商或管理员给你的客户端 ID（{ advanced }，或
    --oauth-client-id），或使用邮件程序自己的登录方式（Thunderbird：{ tb-auth }“OAuth2”）
oauth-bad-tenant = { $tenant } 不是租户 ID 或域名
oauth-tenant-not-microsoft = 租户仅用于 Microsoft 登录（login.microsoftonline.com）
oauth-cannot-listen = 无法在 127.0.0.1 上监听：{ $error }
