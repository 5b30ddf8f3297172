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
