### 各邮件程序在哪里保存服务器设置。Thunderbird 的用语来自 thunderbird.ftl（它自己的）。
### Outlook 和 Apple Mail 的中文用语尚未从其帮助中取得：在那之前显示英文用语。

program-other = 其他
copy-all-heading =
    { $direction ->
        [incoming] 用于 { $program } 的收信设置
       *[outgoing] 用于 { $program } 的发信设置
    }
copy-all-heading-other =
    { $direction ->
        [incoming] 收信设置
       *[outgoing] 发信设置
    }

tb-where-incoming = 新账户：Account Hub >“{ tb-advanced-config }”（把“{ tb-autodetect }”改为这些值）。已有账户：{ tb-tools } > { tb-account-settings }（Linux：{ tb-edit } > { tb-account-settings }）> { tb-server-settings }。
tb-where-outgoing = 新账户：Account Hub >“{ tb-advanced-config }”中的发信服务器。已有账户：{ tb-tools } > { tb-account-settings }（Linux：{ tb-edit } > { tb-account-settings }）> { tb-outgoing-server } > 选择您的服务器（或添加…）> 编辑…（在那里填写“{ tb-server-name }”和“{ tb-user-name }”）。

## Apple Mail：Apple 自己的用词尚未从 Apple 的中文帮助中取得；“Ours:”标记本程序自己的用词。
# Ours: “Use TLS/SSL”复选框的状态。
apple-on = 开
# Ours.
apple-off = 关
# Ours.
apple-oauth = OAuth2（Apple Mail 仅为 Google 和 Microsoft 账户提供）

other-where-incoming = 在邮件程序的账户或服务器设置中，“收信服务器”“IMAP”或“POP3”下。
other-where-outgoing = 在邮件程序的账户或服务器设置中，“发信服务器”或“SMTP”下。
other-incoming-server = 收信服务器
other-outgoing-server = 发信服务器（SMTP）
other-server-type = 服务器类型
other-port = 端口
other-encryption = 加密
other-tls = SSL/TLS（也叫 SSL 或隐式 TLS）
other-starttls = STARTTLS（旧程序中叫 TLS）
other-none = 无
other-authentication = 验证方式
other-oauth = OAuth2（在浏览器中通过服务商登录）
other-password = 普通密码（也叫密码或明文）
other-user-name = 用户名
