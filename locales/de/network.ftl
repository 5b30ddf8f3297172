### Was mit diesem Computer oder seinem Netzwerk nicht stimmt, mit den
### Belegen und dem Rat.

network-title-port-blocked = Ihr Netzwerk: Ein Port ist hier gesperrt
network-title-offline = Ihr Netzwerk: Dieser Computer scheint offline zu sein
network-title-clock = Ihr Computer: Die Uhr geht falsch
network-title-portal = Ihr Netzwerk: Es verlangt zuerst eine Anmeldung
network-title-interception = Ihr Netzwerk: Sichere Verbindungen werden unterwegs entschlüsselt
network-title-ipv6 = Ihr Netzwerk: IPv6 funktioniert hier nicht
network-whose-network = Ihr Netzwerk
network-whose-computer = Ihr Computer

network-offline-evidence =
    Keine der { $count } Abfragen bekam eine Antwort – nicht einmal Thunderbirds Datenbank der
    E-Mail-Anbieter, die nicht von Ihrer Domain abhängt –, und kein Mail-Server war erreichbar.
network-offline-advice =
    Dieser Computer scheint nicht mit dem Internet verbunden zu sein. Prüfen Sie WLAN oder Kabel (und
    den Flugmodus) und prüfen Sie dann erneut. Wenn sich Webseiten im Browser öffnen, sind vielleicht
    die DNS-Einstellungen dieses Computers (oder ein VPN) das, was versagt.

network-server-at = { $host } unter { $address }
network-ports-silent =
    { $count ->
        [one] Port { $ports } bekam keine Antwort von { $servers } Servern ({ $named }), die auf anderen Ports antworten.
       *[other] Die Ports { $ports } bekamen keine Antwort von { $servers } Servern ({ $named }), die auf anderen Ports antworten.
    }
network-drops =
    Etwas in diesem Netzwerk verwirft Verbindungen zu Port { $ports }: häufig in Hotel-, Büro- und
    öffentlichen WLANs, mit manchen VPNs und bei Anbietern, die Mail-Ports sperren.
network-drops-but-works =
    { network-drops } Die gezeigten Einstellungen funktionieren in diesem Netzwerk; ein E-Mail-Programm,
    das auf einen gesperrten Port eingestellt ist, würde hier warten und scheitern und anderswo wieder
    funktionieren.
network-drops-try-elsewhere =
    { network-drops } Prüfen Sie erneut aus einem anderen Netzwerk (etwa dem Hotspot eines Telefons),
    oder bitten Sie den Betreiber dieses Netzwerks, ihn freizugeben.
network-port-25-advice =
    Die meisten Heim- und Mobilfunkanbieter sperren Port 25 für Computer in ihrem Netz; das ist normal
    und macht nichts: E-Mail-Programme senden über Port 465 oder 587.

network-clock-web =
    { $direction ->
        [behind] Die Uhr dieses Computers zeigt { $now }, aber die { $count } gefragten Webserver ({ $names }) sagen { $then }: Dieser Computer geht { $span } nach.
       *[ahead] Die Uhr dieses Computers zeigt { $now }, aber die { $count } gefragten Webserver ({ $names }) sagen { $then }: Dieser Computer geht { $span } vor.
    }
network-clock-certificates =
    Die Uhr dieses Computers zeigt { $now }, aber die Zertifikate von { $count } voneinander unabhängigen
    Servern ({ $names }) werden erst später gültig, das letzte am { $then }: Dieser Computer geht
    mindestens { $span } nach.
network-clock-advice =
    Sichere Verbindungen prüfen das Zertifikat jedes Servers gegen das Datum dieses Computers: Mit einer
    so falsch gehenden Uhr scheitern sie in jedem Programm, jetzt oder bald, und E-Mails gehen mit dem
    falschen Datum hinaus. Stellen Sie Datum und Uhrzeit ein (am besten automatisch) und prüfen Sie dann
    erneut.
network-date = { $day }.{ $month }.{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
network-span-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
network-span-hours =
    { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    }
network-span-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }

network-portal-evidence =
    Ein Name, den es nicht geben kann ({ $name }), hat in diesem Netzwerk eine Adresse, und die Webserver
    von { $hosts } antworteten mit einem Zertifikat für { $other }: Namen führen hier nicht dorthin, wohin
    sie sollten.
network-portal-another-name = einen anderen Namen
network-portal-advice =
    Dieses Netzwerk möchte anscheinend zuerst eine Anmeldung, wie WLANs in Hotels, Flughäfen, Zügen und
    Cafés: Öffnen Sie eine beliebige Webseite im Browser, melden Sie sich an oder akzeptieren Sie die
    Bedingungen, und prüfen Sie dann erneut. Ist es kein solches Netzwerk, leitet sein DNS (oder ein
    VPN oder ein Programm auf diesem Computer) Namen um, die es nicht umleiten sollte; die
    Mail-Einstellungen lassen sich darüber nicht prüfen.

network-interception-something = Etwas auf diesem Computer oder in diesem Netzwerk
network-interception-product = Etwas auf diesem Computer oder in diesem Netzwerk (dem Namen seiner Zertifizierungsstelle nach { $product })
network-interception-evidence =
    Die Zertifikate von { $hosts } führen zu „{ $root }“, einer Zertifizierungsstelle, der nur dieser
    Computer vertraut – keine öffentliche und keine, die Sie angegeben haben. { $what } entschlüsselt
    sichere Verbindungen und signiert sie neu.
network-interception-advice =
    Die gezeigten Einstellungen sind richtig. Ein E-Mail-Programm auf diesem Computer funktioniert damit,
    solange es dieser Zertifizierungsstelle ebenfalls vertraut (die meisten verwenden den Speicher des
    Systems; Thunderbird hat einen eigenen und zeigt Zertifikatswarnungen); andernfalls schalten Sie die
    Mail- oder HTTPS-Prüfung in jenem Programm aus, oder prüfen Sie aus einem anderen Netzwerk, um die
    eigenen Zertifikate der Server zu sehen.

network-ipv6-evidence =
    { $count } IPv6-Adressen von Servern ({ $named }) haben nie geantwortet, während dieselben Server über
    IPv4 sofort antworteten; kein Server hat über IPv6 geantwortet.
network-ipv6-advice =
    Dieses Netzwerk vergibt IPv6, leitet es aber nicht weiter. Diese Prüfung versucht, wie aktuelle
    Browser und E-Mail-Programme, eine Viertelsekunde später IPv4; die gezeigten Einstellungen
    funktionieren also hier. Ein E-Mail-Programm, das auf IPv6 wartet, hängt bei jeder Verbindung eine
    Minute oder länger oder scheitert. Wer das Netzwerk (oder den Router) betreibt, kann sein IPv6
    reparieren; bis dahin hilft es solchen Programmen, IPv6 für diese Verbindung abzuschalten.
