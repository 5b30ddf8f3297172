### 文本报告：`mailsetup probe` 的输出和窗口中“文本报告”的导出。

outcome-ok = 可用
outcome-auth-failed = 密码被拒绝
outcome-auth-temporary = 现在无法登录（服务器问题）
outcome-auth-disabled = 服务商关闭了密码登录
outcome-web-login-required = 需先通过网页登录
outcome-app-password-required = 需要应用专用密码
outcome-oauth-required = 需要在浏览器中登录（OAuth2）
outcome-auth-unavailable = 不提供登录
outcome-plaintext-auth-refused = 只能不加密登录（密码未发送）
outcome-starttls-unavailable = 不提供加密
outcome-cert-untrusted = 证书不受信任
outcome-cert-expired = 证书已过期
outcome-cert-name-mismatch = 证书属于另一个名称
outcome-tls-failed = 加密失败
outcome-wrong-mode = 使用另一种连接类型
outcome-refused = 已关闭
outcome-server-busy = 服务器繁忙
outcome-service-refused = 服务器拒绝服务
outcome-timeout = 无回应
outcome-dns-failed = 没有这台服务器
outcome-protocol-error = 不是正常的邮件服务器回答
outcome-cancelled = 已取消
outcome-skipped = 未尝试
cause-closed-after-login = 登录被接受，随后服务器结束了会话
cause-plaintext-only = 完全没有加密
cause-pipelined-answer = 未被提问就先回答
cause-preauth = 声称在任何密码之前就已登录
cause-login-unanswered = 已发送密码，无回应
cause-access-disabled = 在服务商的设置中已关闭
cause-login-spared = 提供登录；为保护账户未尝试
cause-mechanism-refused = 拒绝了它自己提供的登录方式
cause-unreachable = 没有路由

report-short-reason = { $words }。

report-server-type = 服务器类型：
report-server = 服务器：
report-port = 端口：
report-security = 连接安全：
report-authentication = 验证方式：
report-username = 用户名：
report-certificate = 证书 SHA-256：
report-auth-oauth = OAuth2（通过您的服务商登录）
report-auth-password = 普通密码
report-auth-unchecked = （未检查）

report-cancelled = 检查在完成前已停止；以下是目前找到的内容。
report-works-plaintext =
    { $direction ->
        [incoming] 收信只能在不加密的情况下使用：
       *[outgoing] 发信只能在不加密的情况下使用：
    }
report-works-exception =
    { $direction ->
        [incoming] 收信只能配合您手动接受的证书使用：
       *[outgoing] 发信只能配合您手动接受的证书使用：
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] 推荐的收信设置（已检查连接，未检查密码）：
       *[outgoing] 推荐的发信设置（已检查连接，未检查密码）：
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] 推荐的收信设置（已通过服务商登录验证）：
       *[outgoing] 推荐的发信设置（已通过服务商登录验证）：
    }
report-recommended =
    { $direction ->
        [incoming] 推荐的收信设置（已验证：您的密码被接受）：
       *[outgoing] 推荐的发信设置（已验证：您的密码被接受）：
    }
report-found-private =
    { $direction ->
        [incoming] 在本地或私有网络地址上找到了收信设置（密码未发送）：
       *[outgoing] 在本地或私有网络地址上找到了发信设置（密码未发送）：
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] 找到了需要您确认的收信设置（密码未发送）：
       *[outgoing] 找到了需要您确认的发信设置（密码未发送）：
    }
report-if-own-server = 如果这是您组织自己的服务器：
report-to-send-there = 要把密码发送到那里：
report-why = 原因：
report-also-works =
    { $direction ->
        [incoming] 同样可用（收信）：
       *[outgoing] 同样可用（发信）：
    }
report-looked-for = 在哪些地方查找了服务器：
report-else-tried = 还尝试了什么：

report-lookup-found = 找到
report-lookup-nothing = 没有
report-lookup-timeout = 无回应
report-lookup-failed = 失败
report-lookup-ignored = 已忽略
report-lookup = { $mark }：{ $query }（{ $ms } ms）：{ $detail }

cli-thunderbird-file = Thunderbird 文件
cli-apple-profile = Apple 描述文件
cli-wrote = 已将{ $what }写入 { $path }
cli-not-written = 未写入{ $what }：{ $why }。
cli-password-prompt = { $email } 的密码：
cli-sign-in-open = 请在浏览器中通过您的服务商（{ $issuer }）登录。如果没有打开浏览器，请打开此地址：
cli-sign-in-waiting = 正在等待您登录（按 Ctrl-C 停止）…
cli-no-browser = （这里无法打开浏览器：{ $error }）
cli-signed-in = 已登录；正在用它检查服务器。
cli-unknown-language = 这里没有语言“{ $tag }”；使用 { $spoken }。
cli-give-the-name = 要指定名称：
cli-recommended = => { $setting } 可用；正在完成其他检查（按 Ctrl-C 停止）
cli-lookup = 查询
cli-with-exception = （使用您接受的证书）
cli-timeout-range = --timeout 必须在 0 到 600 秒之间
cli-ispdb-https = --ispdb 必须是 https:// 网址（普通 http 的回答可能被伪造）
cli-no-password =
    没有密码：请在提示时输入，用 --password-stdin 传入，设置 MAILSETUP_PASSWORD，或用 --no-auth 只检查连接
cli-empty-password = 密码为空（--no-auth 只检查连接）
cli-password-too-long = 标准输入的第一行太长，不能作为密码
cli-password-not-utf8 = 密码不是 UTF-8 文本
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-window-failed = 命令行仍然可用：mailsetup probe 地址（参见 mailsetup --help）。
cli-no-window-build = 此版本没有窗口（构建时未启用“gui”功能）。请使用：mailsetup probe 地址
cli-error = 错误：{ $error }
cli-error-more = 了解更多：{ $help }
cli-error-unknown-argument = 没有选项 { $argument }
cli-error-unknown-command = 没有命令 { $command }
cli-error-invalid-value = “{ $value }”不是 { $argument } 的值
cli-error-invalid-value-why = “{ $value }”不是 { $argument } 的值：{ $why }
cli-error-missing = 需要 { $argument }
cli-error-conflict = { $argument } 不能与 { $other } 一起使用
cli-error-similar = （你是指 { $similar } 吗？）
cli-not-dns-server = { $text } 不是 ADDR 或 ADDR:PORT
cli-not-fingerprint = { $text } 不是 SHA-256 指纹（64 位十六进制数字，例如 AB:CD:...）
cli-not-host-addr = { $text } 不是 HOST:ADDR
cli-not-ip-address = { $text } 不是 IP 地址
