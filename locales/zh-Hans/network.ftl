### 这台电脑或其网络出了什么问题，以及证据和建议。

network-title-port-blocked = 您的网络：这里有端口被封锁
network-title-offline = 您的网络：这台电脑似乎处于离线状态
network-title-clock = 您的电脑：时钟不准
network-title-portal = 您的网络：需要先登录
network-title-interception = 您的网络：安全连接在途中被解密
network-title-ipv6 = 您的网络：IPv6 在这里不可用
network-whose-network = 您的网络
network-whose-computer = 您的电脑

network-offline-evidence = { $count } 次查询都没有得到回答——就连不依赖您域名的 Thunderbird 邮件服务商数据库也没有——也无法连上任何邮件服务器。
network-offline-advice = 这台电脑似乎没有连上互联网。请检查 Wi-Fi 或网线（以及飞行模式），然后再次检查。如果浏览器能打开网页，出问题的可能是这台电脑的 DNS 设置（或 VPN）。

network-server-at = { $host }（{ $address }）
network-ports-silent = 端口 { $ports } 没有得到 { $servers } 台服务器（{ $named }）的回应，而它们在其他端口上有回应。
network-drops = 此网络上的某些东西丢弃了发往端口 { $ports } 的连接：这在酒店、办公室和公共 Wi-Fi、某些 VPN 以及封锁邮件端口的服务商那里很常见。
network-drops-but-works = { network-drops }显示的设置在此网络上可用；设为被封锁端口的邮件程序在这里会一直等待然后失败，换到别处又会恢复正常。
network-drops-try-elsewhere = { network-drops }请换一个网络（例如手机热点）再次检查，或请此网络的管理者放行。
network-port-25-advice = 大多数家庭和移动互联网服务商会对其网络中的电脑封锁端口 25；这很正常，也没有影响：邮件程序通过端口 465 或 587 发信。

network-clock-web =
    { $direction ->
        [behind] 这台电脑的时钟显示 { $now }，但被询问的 { $count } 台网页服务器（{ $names }）显示 { $then }：这台电脑慢了 { $span }。
       *[ahead] 这台电脑的时钟显示 { $now }，但被询问的 { $count } 台网页服务器（{ $names }）显示 { $then }：这台电脑快了 { $span }。
    }
network-clock-certificates = 这台电脑的时钟显示 { $now }，但 { $count } 台互不相关的服务器（{ $names }）的证书要到之后才生效，最晚的在 { $then }：这台电脑至少慢了 { $span }。
network-clock-advice = 安全连接会根据这台电脑的日期检查每台服务器的证书：时钟偏差这么大，所有程序中的连接现在或很快都会失败，邮件也会带着错误的日期发出。请设置日期和时间（开启自动设置），然后再次检查。
network-date = { $year }年{ $month }月{ $day }日 { $time } UTC
network-span-years = { $count } 年
network-span-days = { $count } 天
network-span-hours = { $count } 小时
network-span-minutes = { $count } 分钟

network-portal-evidence = 一个不可能存在的名称（{ $name }）在此网络上有地址，而且 { $hosts } 的网页服务器用 { $other } 的证书回应：这里的名称没有指向它们应去的地方。
network-portal-another-name = 另一个名称
network-portal-advice = 此网络似乎要求您先登录，就像酒店、机场、火车和咖啡馆的 Wi-Fi 一样：请在浏览器中打开任意网页，登录或接受条款，然后再次检查。如果它不是这样的网络，那么它的 DNS（或 VPN，或这台电脑上的某个程序）正在重定向不该重定向的名称；无法通过它检查邮件设置。

network-interception-something = 这台电脑或此网络上的某些东西
network-interception-product = 这台电脑或此网络上的某些东西（从其证书颁发机构的名称看，是 { $product }）
network-interception-evidence = { $hosts } 的证书都指向“{ $root }”，这是一个只有这台电脑信任的机构——既不是公共机构，也不是您指定的。{ $what }会解密安全连接并重新签名。
network-interception-advice = 显示的设置是正确的。只要这台电脑上的邮件程序也信任那个机构，就能用这些设置（大多数程序使用系统的证书存储；Thunderbird 有自己的存储并会显示证书警告）；否则，请在那个程序中关闭邮件或 HTTPS 扫描，或换一个网络检查，以看到服务器自己的证书。

network-ipv6-evidence = 服务器的 { $count } 个 IPv6 地址（{ $named }）从未回应，而同样的服务器通过 IPv4 立即回应；没有任何服务器通过 IPv6 回应。
network-ipv6-advice = 此网络分配了 IPv6，却不传送 IPv6 流量。这次检查和当前的浏览器及邮件程序一样，在四分之一秒后改用 IPv4，因此显示的设置在这里可用；而等待 IPv6 的邮件程序每次连接都会卡住一分钟以上，或者失败。网络（或路由器）的管理者可以修复 IPv6；在那之前，为此连接关闭 IPv6 可以帮助这类程序。
