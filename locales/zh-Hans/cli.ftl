### 命令行帮助（mailsetup --help、mailsetup probe --help）。

cli-about = Mail Setup Assistant：找出真正可用的收信（IMAP、POP3）和发信（SMTP）邮件设置，并说明原因。
cli-usage = mailsetup [选项] [命令]
cli-usage-line = 用法：{ $usage }
cli-commands = 命令：
cli-arguments = 参数：
cli-options-heading = 选项：
cli-help = 显示帮助
cli-version = 显示版本
cli-default = 默认值：{ $value }。
cli-without-command = 不带命令时，打开设置窗口。
cli-examples = 示例：
cli-example-window = 打开设置窗口
cli-example-probe = 检查，并询问密码
cli-example-no-auth = 只检查连接
cli-example-json = 用脚本提供的密码检查，并输出 JSON

cli-arg-resolve = 用于窗口：对 HOST 使用 ADDR 而不用 DNS（可重复），以便在 DNS 指向服务器之前检查它。
cli-arg-ca-file = 用于窗口：额外信任的 PEM 证书，例如公司的 CA。
cli-arg-dns = 用于窗口：询问此 DNS 服务器，而不是系统的。
cli-arg-ispdb = 用于窗口：要询问的服务商数据库（https）。
cli-arg-no-lookup = 用于窗口：不查找任何东西（只用猜测和指定的服务器）。
cli-arg-lang =
    窗口和说明（报告、JSON 的 "explanation"）的语言，用 de 或 ja 这样的标签表示；默认值：系统的语言。
    JSON 键和结果代码保持英文。

cli-probe-about = 检查一个地址的哪些收信和发信服务器设置可用。
cli-probe-usage = mailsetup probe [选项] <EMAIL>
cli-probe-password-from =
    密码通过提示输入（不回显）、从 --password-stdin 或从环境变量 MAILSETUP_PASSWORD 读取；绝不从命令行读取。
cli-probe-exit-status =
    退出状态：检查的每个方向（收信、发信）都有经过验证的设置时为 0（使用 --no-auth 时：安全连接），
    否则为 1，用法或输入错误时为 2。
cli-probe-email = 你的电子邮件地址，例如 alice@example.com。
cli-probe-protocols = 只用这些协议（可重复）：smtp（发信）、imap、pop3（收信）。默认值：全部三个。
cli-probe-servers = 要检查的服务器，用于每个协议（可重复）。默认值：smtp./imap./pop.DOMAIN、mail.DOMAIN、DOMAIN。
cli-probe-incoming-servers = 收信（IMAP、POP3）服务器，当它不是 --server 时（可重复）。
cli-probe-ports = 要检查的端口（可重复）。默认值：SMTP 465、587、2525、25；IMAP 993、143；POP3 995、110。
cli-probe-username = 登录用的用户名。默认值：完整的电子邮件地址。
cli-probe-timeout = 连接每一步的时间限制，单位为秒。
cli-probe-ca-file = 额外信任的 PEM 证书，例如你公司的 CA。
cli-probe-resolve = 对 HOST 使用 ADDR 而不用 DNS，与 curl 相同（可重复）。
cli-probe-allow-plaintext = 在服务器没有更好方式的地方，允许不加密发送密码。网络路径上的任何人都可能读到它。
cli-probe-danger-accept-certificates =
    按 SHA-256 指纹接受不受信任的（例如自签名的）服务器证书（可重复），
    但只在与服务器管理员公布的指纹核对之后。
cli-probe-no-auth = 只检查连接；不登录。
cli-probe-password-stdin = 从标准输入的第一行读取密码。
cli-probe-json = 以 JSON（稳定的约定）而不是文本输出报告。
cli-probe-thunderbird-file = 将已验证设置的 Thunderbird 自动配置文件（config-v1.1.xml）写到这里。
cli-probe-apple-profile = 将已验证设置的 Apple 配置描述文件（.mobileconfig）写到这里。
cli-probe-dns = 询问此 DNS 服务器（未指定时为端口 53），而不是系统的，用于每个名称以及每条 MX 和 SRV 记录。
cli-probe-ispdb = 要询问的 Thunderbird 服务商数据库（会附加域名）。
cli-probe-no-third-party = 不询问任何第三方：既不询问服务商数据库，也不通过 MX 记录询问处理该域邮件的服务商。
cli-probe-no-lookup = 不查找任何东西：只检查指定的服务器（--server）或猜测。
cli-probe-trust-discovered =
    把密码发送到此服务器（可重复，或用逗号分隔），即使它在地址的域之外，且只有 DNS（MX、SRV）或重定向提到它：
    这类回答可以伪造。密码不会发送到其他这类服务器。
cli-probe-verify-all =
    在每个可用的设置上登录，而不只是推荐的那个（供技术支持使用）。默认情况下，为保护账户，其他设置只检查到
    服务器提供登录为止：服务商会在连续多次登录后锁定或标记账户。
cli-probe-oauth = 在浏览器中通过服务商登录（OAuth2），而不是输入密码；服务器用这次登录来检查。
cli-probe-oauth-client-id = 用来登录的 OAuth2 客户端 ID（来自服务商或管理员），用于服务商不允许程序自行注册的情况。
cli-probe-oauth-tenant = 注册了该客户端 ID 的目录所属的 Microsoft 租户（ID 或域名）。
cli-probe-oauth-wait = 等待你登录的时间，单位为秒（最多 300）。
