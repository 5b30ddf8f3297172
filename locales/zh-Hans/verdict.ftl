### 每个结果的含义、选择某个设置的原因，以及为什么都不可用。

protection-tls = 从一开始就加密（SSL/TLS）
protection-starttls = 通过 STARTTLS 加密
protection-plain = 未加密

works-signed-in = 可用：连接{ $protection }，服务器接受了您通过服务商的登录。
works-password = 可用：连接{ $protection }，密码已被接受。
works-unchecked = 连接可用，且{ $protection }。未检查密码。
auth-failed = 服务器拒绝了用户名或密码。请检查两者；有些服务商还要求使用在其网页设置中创建的“应用专用密码”，而不是您平时的密码。
auth-temporary = 服务器现在无法检查密码（是服务器那边的临时问题，不是密码错误）。请几分钟后再试。
auth-disabled = 您的服务商已为此账户关闭了邮件程序使用密码登录（Microsoft 365 称之为“SMTP AUTH”）。您的密码很可能是对的：您所在组织的邮件管理员可以为您的邮箱开启它，或者您的邮件程序必须用 OAuth2 登录。
web-login-required = 您的服务商要求您先通过其网页登录一次，邮件程序才能登录（Google：“Please log in via your web browser”）。请在浏览器中登录邮箱，确认所有安全问题，然后再试；如果开启了两步验证，请使用应用专用密码。
app-password-required = 您的服务商不接受邮件程序使用您平时的密码。请在账户的安全设置中创建“应用专用密码”，并改用它。
oauth-required = 此服务器只接受通过服务商网页的登录（OAuth2），不接受输入的密码，因此您的密码没有发送。在 Thunderbird 中选择“OAuth2”作为验证方式；在 Apple Mail 中重新以 Google 或 Microsoft 账户添加；经典版 Outlook 的 IMAP 设置没有 OAuth2，因此在那里也以 Microsoft 或 Google 账户添加。
no-login-incoming = 端口 { $port } 不提供邮件程序可用的登录方式，因此无法通过它读取邮件。
no-login-outgoing = 端口 { $port } 不提供登录，因此邮件程序无法用您的账户通过它发信。
no-login-port-25 = 端口 { $port } 不提供登录，因此邮件程序无法用您的账户通过它发信（端口 25 用于邮件服务器之间通信）。
plaintext-auth-refused = 端口 { $port } 会在不加密的情况下接收您的密码，因此我们没有发送。网络上的任何人都可能在那里读到它。

starttls-unavailable = 端口 { $port } 不提供加密（STARTTLS），因此不安全。
cert-self-signed = 服务器的证书是自签名的（没有人为它担保），因此我们无法确定这真的是您的邮件服务器。密码没有发送。如果您的组织使用自己的证书颁发机构，请将其添加为受信任的证书。
cert-untrusted = 服务器的证书不是由受信任的机构颁发的，因此我们无法确定这真的是您的邮件服务器。密码没有发送。如果您的组织使用自己的证书颁发机构，请将其添加为受信任的证书。
cert-expired = 服务器的证书不在有效期内（已过期或尚未生效）。密码没有发送。服务商需要更新证书；也请检查您电脑的日期是否正确。
cert-no-name = 服务器的证书对名称 { $host } 无效。密码没有发送。
cert-other-name = 服务器的证书对 { $names } 有效，而不是 { $host }。请改用该名称作为服务器；密码没有发送。
tls-failed = 无法在端口 { $port } 上建立加密连接。
wrong-mode-wants-starttls = 端口 { $port } 期望使用 STARTTLS（先明文问候，再加密），而不是一开始就使用 SSL/TLS。
wrong-mode-wants-tls = 端口 { $port } 期望从一开始就使用 SSL/TLS，而不是 STARTTLS。

refused = 此服务器的端口 { $port } 没有任何回应：端口已关闭。
server-busy = 端口 { $port } 上的服务器正忙，暂时拒绝了连接。请几分钟后再试。
service-refused = 端口 { $port } 上的服务器拒绝为您的连接服务。服务商会对其封锁名单上或其网络之外的地址这样做；请询问您的服务商，或换一个网络试试。
timeout-port-25 = 没有回应：端口 25 经常被互联网服务商封锁。
timeout-connect = 端口 { $port } 没有回应：您网络或服务器那边的防火墙可能封锁了它。
timeout-login = 服务器没有及时回应登录。它可能在之前的错误密码后放慢了登录；请等几分钟再试。
timeout-midway = 端口 { $port } 上的服务器中途停止了回应，或者回应太慢超出了时限。如果它只是慢，请用更长的每步时限再检查一次。
dns-failed = 名称 { $host } 不存在（或者您的网络无法查询它）。
protocol-error = 端口 { $port } 上的服务器的表现不像邮件服务器，因此为了安全我们停止了。
cancelled = 在完成前已停止。
not-tried = 未尝试。

not-confirmed-dns =
    端口 { $port } 可用，并有对 { $host } 有效的证书。但只有{ $source }指出了这台服务器，而它不在您地址的域名中。
    DNS 回答可以被伪造，因此您的密码没有发送到那里。如果 { $host } 是您服务商的服务器，请确认后再次检查。
not-confirmed-redirect =
    端口 { $port } 可用，并有对 { $host } 有效的证书。但{ $source }把我们转到了另一个网站，而服务器不在您地址的域名中。
    这样的绕行可以被伪造，因此您的密码没有发送到那里。如果 { $host } 是您服务商的服务器，请确认后再次检查。
private-address =
    { $host } 的端口 { $port } 可用，但 { $host } 位于这台电脑或私有网络上（{ $address }），而您地址的域名在互联网上。
    指向那里的查询正是敌意网络或伪造回答用来截获密码的手段，因此您的密码没有发送。如果这是您组织自己的服务器，
    请把它填为您的服务器后再次检查。
private-address-unknown = 本地地址
password-refused-elsewhere = 未检查：{ $host } 已在另一个端口上拒绝了您的密码，再试一次可能会锁定您的账户。请检查密码（和用户名）后再试。
pipelined-answer = 端口 { $port } 上的服务器在被提问之前就发送了回答。真正的服务器从不这样做；这是您与服务器之间的攻击者伪造“是”的手法，或者是严重故障的服务器。它说的一切都不算数，我们已停止。
pipelined-answer-before-password = 端口 { $port } 上的服务器在被提问之前就发送了回答。真正的服务器从不这样做；这是您与服务器之间的攻击者伪造“是”的手法，或者是严重故障的服务器。它说的一切都不算数，我们在发送您的密码之前就停止了。
preauth-tls = 端口 { $port } 上的服务器声称在提供任何密码之前您就已登录（IMAP“PREAUTH”）。因此这里无法检查登录，密码没有发送。邮件程序会把这当作错误；请告诉您的服务商。
preauth-plain = 端口 { $port } 上的服务器声称在提供任何密码之前您就已登录（IMAP“PREAUTH”），这也排除了加密。在正常网络上，这是攻击者让连接保持不加密的手法，因此密码没有发送。请改用端口 993 上的 SSL/TLS。
missing-intermediate = 服务器发送的证书缺少将其连到受信任机构（{ $issuer }）的中间证书。这是服务器配置的错误，不是您这边的问题：服务商需要安装完整的证书链。密码没有发送。
no-subject-alt-name = 服务器的证书只在旧的“通用名称”字段中写有 { $host }，没有浏览器和当前邮件程序所要求的 subjectAltName。换别的服务器名称也没用：服务商需要更换证书。密码没有发送。
weak-key = 服务器的证书使用的密钥或签名太弱，如今已不可信（例如 1024 位 RSA 密钥）。服务商需要更换它。密码没有发送。
old-tls-version = 端口 { $port } 上的服务器在即将开始加密时断开了连接。只支持旧版加密（TLS 1.0 或 1.1）的服务器会这样做，这些版本已不再安全，当前的邮件程序也会拒绝。服务商需要更新服务器。
client-certificate-required = 端口 { $port } 上的服务器要求客户端证书（安装在您电脑上的证书，某些公司会使用），以代替密码或在密码之前提供。请向您的管理员索取。
tls-broken-on-server = 端口 { $port } 提供加密（STARTTLS），但无法启动（“TLS not available”）：这是服务器上的问题，通常是它读不了的证书或密钥。请告诉服务商；稍后再试。
plaintext-only = 端口 { $port } 完全不加密地回应，也不提供 STARTTLS，因此不安全。
other-mechanisms = 端口 { $port } 只提供 { $offered } 方式的登录，它发送的是密码的证明而不是密码本身。邮件程序称之为“{ $program }”。本程序无法用这种方式验证密码，因此没有检查。
mechanisms-or = { $first } 或 { $second }
mechanism-own = 它自己的一种方式
mechanism-encrypted-password = 加密的密码
unreachable = 从这个网络无法到达 { $host }（网络或主机不可达：没有路由），因此对端口 { $port } 一无所知：不能说它已关闭。
login-not-permitted = 端口 { $port } 上的服务器不允许在此连接上登录（它回答 530）。其管理员可能只允许来自某些网络或某些账户的登录；请询问您的服务商。
closed-after-login = 端口 { $port } 上的服务器接受了登录，随后结束了会话，因此现在无法发信。这是服务器那边的问题；请稍后再试或告诉您的服务商。
tls-required = 端口 { $port } 上的服务器要求先建立加密连接才接受登录；它拒绝了用户名，因此密码没有发送。请使用带 SSL/TLS 或 STARTTLS 的设置。
access-disabled = 您的服务商为此账户关闭了 { $protocol } 访问，因此邮件程序无法用它登录（您的密码很可能是对的）。请在网页邮箱的设置中开启它（Gmail：设置 → 查看所有设置 → 转发和 POP/IMAP；Microsoft 365：由您的管理员在邮箱的电子邮件应用中设置），然后再次检查。
mechanism-refused = 端口 { $port } 上的服务器提供了一种登录方式（{ $mechanism }），随后却自己拒绝了它，并没有判断密码：这是服务器配置的错误。那里也没有其他可用的登录方式。
mechanism-its-login = 它的登录
login-spared = 端口 { $port } 可用（{ $protection }）并提供登录；为保护您的账户没有尝试：已经有另一个设置通过了验证，而新程序多次登录后服务商可能会锁定或标记账户。要在每个设置上登录，请选择“验证每一项设置”（命令行：--verify-all）。
sign-in-refused-elsewhere = 未检查：{ $host } 已在另一个端口上拒绝了您的登录，再试一次可能会锁定您的账户。请用此地址自己的账户重新登录。
sign-in-refused = 端口 { $port } 上的服务器拒绝了您的登录。您在浏览器中登录的账户可能不是此地址的账户，或者您的服务商不允许它使用邮件程序；请用此地址自己的账户重新登录。
login-unanswered = 密码已在端口 { $port } 上发送，但服务器没有及时回应。服务器在密码错误后会故意放慢，因此这算作一次失败的登录：为保护您的账户，没有在更多端口上尝试。请检查密码，等几分钟再试。

choice-tls = 使用 SSL/TLS（“隐式 TLS”）的端口 { $port } 从第一个字节起就加密连接。RFC 8314（2018 年）正是向邮件程序推荐这种方式。
choice-starttls = 端口 { $port } 先以明文问候，随后连接通过 STARTTLS 切换为加密。只要您的邮件程序设置为必须使用 STARTTLS，它就和 SSL/TLS 一样安全，密码始终只以加密方式发送。
choice-imap = IMAP 把邮件保存在服务器上，因此您使用的每台设备（电脑、手机、网页邮箱）都能看到相同的文件夹、已读标记和已发送邮件。
choice-pop3 = 这里只有 POP3 可用：它把邮件下载到这一台设备上（通常会从服务器删除），因此其他设备看不到同样的邮件。适合只用一台电脑，或邮箱已满的情况；如需多台设备，请向服务商询问 IMAP。
choice-smtp-465 = 使用 SSL/TLS（“隐式 TLS”）的端口 465 在邮件程序和服务器交换任何内容之前，从第一个字节起就加密连接。RFC 8314（2018 年）正是向邮件程序推荐这种方式。称端口 465“已弃用”的文章写于 2018 年之前，已经过时。
choice-smtp-tls = 使用 SSL/TLS 的端口 { $port }：连接从第一个字节起就加密，这是 RFC 8314 向邮件程序推荐的方式。
choice-smtp-587 = 端口 587 是邮件程序发信的标准端口（RFC 6409）。服务器先以明文问候，随后连接通过 STARTTLS 切换为加密。只要您的邮件程序设置为必须使用 STARTTLS（而不是“STARTTLS（如可用）”），它就和端口 465 一样安全，密码始终只以加密方式发送。
choice-smtp-2525 = 端口 2525 不是官方邮件端口，但因为有些网络会封锁官方端口，许多服务商也提供它。在发送密码前，连接会通过 STARTTLS 切换为加密。
choice-smtp-25 = 端口 25 用于邮件服务器之间通信，许多互联网服务商会在家庭和移动网络上封锁它，因此换网络后它可能不再可用。这里它可用（带 STARTTLS 加密），是因为没有更好的选择可用。
choice-smtp-starttls = 端口 { $port } 可通过 STARTTLS 使用：发送密码前连接会切换为加密。
choice-better-failed = 端口 { $port }（{ $security }）本更可取，但它不可用：{ $why }
choice-misconfigured = 注意：端口 { $port } 通常使用 { $usual }；这台服务器在那里使用 { $security }，这是它配置上的错误。请完全按显示的内容设置您的邮件程序，否则服务商哪天修正后，这个设置可能就失效了。
choice-other-misconfigured = 端口 { $port } 也有回应，但在邮件程序期望 { $usual } 的地方使用了 { $security }：这是服务器配置的错误，因此不推荐。
also-works = 同样可用：端口 { $port }，{ $security }。
also-works-but = 同样可用：端口 { $port }，{ $security }（{ $caveat }）。
plaintext-warning = 警告：端口 { $port } 只能在不加密的情况下使用。您的密码和邮件会以明文经过网络路径，任何人都能读到。您允许了这次检查；请只在信任的网络上使用，并向服务商索取加密设置。
certificate-exception-warning = 警告：这之所以可用，只是因为您按指纹接受了服务器的证书；没有任何证书颁发机构为它担保。您的邮件程序也会对此发出警告：只有在它显示相同指纹时才在那里接受。

caveat-insecure = 未加密：请避免
caveat-certificate = 仅配合您手动接受的证书
caveat-login-spared = 提供登录；为保护账户未尝试

found-through = 通过{ $source }找到。
source-user = 您输入的服务器
source-autoconfig = 您服务商自己的设置文件
source-well-known = 您服务商网站上的设置文件
source-ispdb = Thunderbird 的邮件服务商数据库
source-mx = 处理您域名邮件的服务商（其 MX 记录）
source-srv = 您域名的 DNS（SRV 记录）
source-guess = 根据您地址的域名所作的猜测
source-control = 一个不可能存在的名称

list-and = { $first }和{ $last }
list-comma = 、

diagnosis-offline =
    { $direction ->
        [incoming] 无法检查收信服务器：这台电脑似乎处于离线状态。
       *[outgoing] 无法检查发信服务器：这台电脑似乎处于离线状态。
    }
diagnosis-offline-advice = 连上网络后请再次检查；这里没有任何迹象表明设置有误。
diagnosis-blocked = 没有任何服务器回应。
diagnosis-blocked-advice = 您的网络或防火墙可能封锁了邮件连接。请换个网络试试（例如手机热点），或询问您的网络管理员。
diagnosis-no-such-server =
    { $direction ->
        [incoming] 所有收信服务器名称都不存在。
       *[outgoing] 所有发信服务器名称都不存在。
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming] 请检查您地址中“{ $domain }”的拼写。如果拼写正确，请用服务商的收信服务器名称再次检查；它通常在服务商的帮助页面上。
       *[outgoing] 请检查您地址中“{ $domain }”的拼写。如果拼写正确，请用服务商的发信服务器名称再次检查；它通常在服务商的帮助页面上。
    }
diagnosis-other =
    { $direction ->
        [incoming] 没有找到可用的收信设置。
       *[outgoing] 没有找到可用的发信设置。
    }
diagnosis-other-advice = 下面列出了在每台服务器和每个端口上尝试的内容。
diagnosis-app-password = 您的服务商要求使用应用专用密码。
diagnosis-auth-disabled = 您的服务商为此账户关闭了密码登录。
diagnosis-web-login = 您的服务商要求您先通过其网页登录。
diagnosis-sign-in-refused = 您通过服务商的登录未被接受。
diagnosis-wrong-password = 密码（或用户名）未被接受。
diagnosis-password-refused-by = 未检查：密码被 { $host } 拒绝。
diagnosis-oauth = 您的服务商要求您通过其网页登录。
diagnosis-no-subject-alt-name = 服务器 { $host } 出示的证书会被当前程序拒绝。
diagnosis-name-mismatch = 服务器 { $host } 出示的是另一个名称的证书。
diagnosis-cert-expired = 服务器的证书不在有效期内。
diagnosis-cert-untrusted = 服务器的证书不受信任。
diagnosis-plaintext-only = 服务器只提供不加密的登录。

skipped-plaintext-not-needed = 未尝试：已有加密设置可用，因此这里没有以不加密方式发送密码。
skipped-plaintext-used = 未尝试：您的许可只涵盖 { $protocol } 的一次不加密检查，而密码已在端口 { $port } 上以不加密方式发送过。
skipped-ruled-out = 未尝试：{ $provider } 已经表示此密码不能以这种方式使用（见它在另一个端口上的回答），再登录只会对账户不利。
skipped-own-mode = 不需要：该端口最终以它自己的方式回应了。
