### 窗口：外框（每个步骤）和账户步骤。

## 外框

about = 关于
about-title = 关于 Mail Setup Assistant
about-version = 版本 { $version }
about-what = 找出真正可用的收信和发信设置，只通过加密连接检查您的密码，并解释结果。
about-password = 您的密码只发送给正在检查的邮件服务器，绝不会被保存。
about-finding = 如何找到您的服务器
about-lookups =
    如果您没有指定服务器，本程序会询问：您的邮件服务商自己的设置文件（与 Thunderbird 一样，服务商会看到您的
    地址）；您域名的 DNS（MX 和 SRV 记录）；以及两个第三方：Thunderbird 的邮件服务商数据库（只看到您的域名），
    和通过 MX 记录找到的、处理您域名邮件的服务商。
about-third-parties = 询问第三方（Thunderbird 的数据库、您域名的邮件服务商）
about-licence = 许可证：{ $licence }
close = 关闭
language-name = 简体中文
language-menu = 语言：{ $language }
language-system = 跟随系统（{ $language }）
theme = 主题：{ $theme }
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
step-account = 您的账户
step-checking = 检查
step-result = 您的设置
step-numbered = { $number }. { $name }
step-spoken = 第 { $number } 步，共 { $count } 步：{ $name }

## 账户步骤

account-title = 设置您的邮件账户
account-intro = 输入您的邮箱地址和密码。我们会找出可用的收信和发信服务器设置，并检查您的密码是否被接受——只通过加密连接。
email = 邮箱地址
email-hint = name@example.com
email-invalid = 这看起来不像邮箱地址（name@example.com）。
password = 密码
password-hint = 您用于此地址的密码
password-show = 显示
password-hide = 隐藏
password-toggle = 显示或隐藏密码
password-none = 没有密码时，我们可以检查连接，但无法检查登录是否可用。
sign-in-instead = 改为通过我的服务商登录
sign-in-with = 改为通过 { $provider } 登录
sign-in-instead-tip = 适用于要求在自己页面上登录的服务商（OAuth2）：浏览器会打开该页面，并用这次登录检查服务器。这里不需要输入密码。
display-name = 您的姓名（可选）
display-name-hint = 显示给收件人
know-server = 我知道我的服务器
server = 邮件服务器
server-hint = 例如 mail.example.com，用于收信和发信
server-invalid = 服务器名称只能包含字母、数字、点和连字符。
incoming-server = 收信服务器（如果不同）
incoming-server-hint = 例如 imap.example.com
username = 用户名（如果不是您的邮箱地址）
username-hint = 通常是完整的邮箱地址
ports = 要尝试的发信端口
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } 不是端口号（1–65535）。
advanced = 高级
time-limit = 每个步骤的时限（秒）
verify-all = 验证每一项设置
verify-all-tip = 在每个可用的端口上登录，而不只是推荐的端口（供技术支持使用）。默认关闭：新程序多次登录后，服务商可能会锁定或标记账户。
client-id = 登录用的客户端 ID，仅当服务商或管理员提供给您时填写
client-id-hint = 用于“通过我的服务商登录”
tenant = 该客户端 ID 所属的 Microsoft 租户（如果管理员指定了）
tenant-hint = 例如 contoso.onmicrosoft.com
allow-plaintext = 允许不加密检查
allow-plaintext-warning = 仅在服务器没有更好的选择时使用：您的密码将以明文传输，您与服务器之间网络上的任何人都能读到。这只适用于下一次检查，而且这种设置绝不会优先于加密设置被推荐。
certificate = 额外信任的证书（用于公司或学校的证书颁发机构）
certificate-none = 无
certificate-remove = 移除
certificate-choose = 选择文件…
certificate-path = 证书文件路径
certificate-path-hint = /path/to/company-ca.pem
certificate-use = 使用此文件
find-settings = 查找我的设置
start-over = 重新开始
start-over-tip = 清空表单和已记住的内容

## 共用部件

decimal-point = .
copy = 复制
copy-what = 复制{ $what }
copy-what-value = 复制{ $what }：{ $value }
copied = 已复制
show-words-of = 用以下程序的说法显示设置：
mark-works = 可用
mark-failed = 失败
mark-stopped = 未尝试
