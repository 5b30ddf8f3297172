### 结果步骤：设置卡片、为什么是这个端口、还有哪些可用、尝试了什么，以及要保存的文件。

result-for = 用于 { $name } <{ $email }>
copy-all = 全部复制
copy-all-tip = 复制收信和发信设置
what-we-tried = 我们尝试了什么
working = 正在处理
finishing = 正在结束检查…
still-checking-others = 仍在检查另外 { $count } 个连接，寻找其他也可用的设置；它们不会改变这些设置。
still-checking =
    { $direction ->
        [incoming] 仍在为您的收信设置检查 { $count } 个连接。
        [outgoing] 仍在为您的发信设置检查 { $count } 个连接。
       *[both] 仍在为您的收信和发信设置检查 { $count } 个连接。
    }
stop = 停止
stop-tip = 停止剩余的检查

files-need-both = 邮件程序使用的文件需要经过验证的收信和发信设置：请输入密码后再次检查，或复制上面的设置。
save-thunderbird = 保存 Thunderbird 文件…
save-apple = 保存 Apple Mail 描述文件…
save-text = 保存文本报告…
save-json = 保存 JSON 报告…
files-need-both-tip = 只有收信和发信服务器都经过验证，邮件程序才接受设置文件。
profile-no-sign-in = Apple Mail 只对 Google 和 Microsoft 账户支持通过服务商登录（OAuth2），而且描述文件无法携带登录：请在 Apple Mail 中用这些设置手动添加账户
files-incomplete = 邮件程序需要经过验证（加密）的收信和发信设置，而这次检查没有验证两者
check-again = 再次检查
change-details = 修改信息
change-details-tip = 返回您的账户信息（Esc）

card-incoming = 收信（{ $protocol }）
card-outgoing = 发信（SMTP）
card-stopped-certain = 部分较低优先级的检查已提前停止；它们不会改变这个推荐。
card-stopped-uncertain = 检查在确定之前就停止了：可能本可以找到更好的设置。
card-plaintext = 警告：只能在不加密的情况下使用：您的密码和邮件在网络上可能被读到。
card-exception = 只能配合您手动接受的证书使用：没有任何证书颁发机构为它担保。您的邮件程序也会对此发出警告；只有在它显示以下指纹时才在那里接受：
enter-as-my-server = 把 { $host } 填为我的服务器
enter-as-my-server-tip = 返回表单并填好此服务器；在您检查之前不会发送任何内容
send-password-to = 把我的密码发送到 { $hosts } 并再次检查
send-password-to-tip = 仅限这一次检查，且只发送到列出的服务器：没有可担保的来源指出过它们
verified-signed-in = 已通过登录验证：服务器通过加密连接接受了您的登录。
verified-password = 已验证：服务器通过加密连接接受了您的密码。
connection-only = 加密连接可用。未检查您的密码（没有输入密码）。
copy-field-name =
    { $direction ->
        [incoming] 收信{ $field }
       *[outgoing] 发信{ $field }
    }
copy-settings =
    { $direction ->
        [incoming] 复制收信设置
       *[outgoing] 复制发信设置
    }

why-port = 为什么是端口 { $port }？
why-port-and = 为什么是端口 { $port } 和 { $protocol }？
why-tls = SSL/TLS（隐式 TLS）和 STARTTLS 都会加密您的邮件。使用 SSL/TLS 时，加密开始前不交换任何内容，因此途中没有可被篡改的东西；这就是 RFC 8314 更推荐它的原因。
why-starttls = STARTTLS 先以明文开始，然后切换为加密。请保持“STARTTLS”（而不是“STARTTLS（如可用）”），这样一旦加密失败，您的邮件程序就会拒绝发送密码。您也许读到过端口 465“已弃用”：这种说法早于 RFC 8314（2018 年），该规范重新把 465 定为首选端口。只是对这台服务器来说，它不是可用的那个。
why-plaintext = 不加密时，网络路径上的任何人都能读到您的密码和邮件。请向您的服务商索取加密设置（端口 465 或 587）。
also-works-heading = 同样可用：
also-works-line = { $protocol } { $host } 端口 { $port }，{ $security }
also-works-line-but = { $protocol } { $host } 端口 { $port }，{ $security }（{ $caveat }）

card-still-checking-incoming = 收信：仍在检查
card-still-checking-outgoing = 发信：仍在检查
card-still-checking = 更好的设置可能还会回应。一旦确定，就会显示在这里。
card-nothing-incoming = 收信：没有找到可用的设置
card-nothing-outgoing = 发信：没有找到可用的设置
try-again-with = 用 { $host } 再试一次
fingerprint-compare = 证书指纹（SHA-256），请与您的服务商公布的指纹比对：
fingerprint-own-ca = 如果这是您组织自己的证书颁发机构，请在“高级 > 额外信任的证书”中添加它的证书，然后再次检查。您的密码绝不会发送给证书无法验证的服务器。
fingerprint-accept-warning = 如果您的服务商或管理员给您的正是这个指纹，您可以为一次检查接受此证书。如果不是他们的，制作它的人就会得到您的密码。
accept-certificate = 为一次检查接受此证书
accept-certificate-tip = 再次检查，并把密码发送给使用此证书的服务器
change-password = 更改密码
enter-server-name = 输入服务器名称
sign-in-with-provider = 通过您的服务商登录
sign-in-with-provider-tip = 浏览器会打开您服务商的登录页面；服务器将用这次登录检查
fingerprint-tip = 服务器证书的 SHA-256 指纹

details = 详细信息
details-of = { $attempt } 的详细信息
detail-address = 地址
detail-phase = 进行到
detail-time = 用时
detail-milliseconds = { $ms } ms
detail-server-said = 服务器的回答
detail-greeting = 问候
detail-capabilities = 功能
detail-certificate-for = 证书对象
detail-and-more = { $names } 等另外 { $count } 个
detail-issued-by = 颁发者
detail-valid = 有效期
detail-valid-range = { $from } 至 { $to }
detail-sha256 = SHA-256
detail-all-names = 证书上的全部 { $count } 个名称
phase-name-queued = 未开始
phase-name-resolve = 解析名称
phase-name-connect = 连接
phase-name-tls = TLS 握手
phase-name-greeting = 问候
phase-name-capabilities = 询问服务器提供什么
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = 通过 TLS 再次询问
phase-name-ready = 可用的连接
phase-name-auth = 登录
phase-name-done = 结束：一切正常

no-dialog-certificate = 此桌面无法打开文件对话框：请在“高级”中输入证书文件的路径。
saved-to = 已保存到 { $path }
saved-in-downloads = 此桌面无法打开文件对话框，因此文件已保存到您的“下载”文件夹：{ $path }
no-dialog-nowhere = 这里无法打开文件对话框，也没有可保存的“下载”或主文件夹。请改用复制。
could-not-save = 无法保存 { $path }：{ $error }
choose-certificate-title = 选择受信任的证书（PEM）
certificate-files = 证书
