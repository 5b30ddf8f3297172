### Wat er mis is met deze computer of zijn netwerk, met het bewijs en het advies.

network-title-port-blocked = Uw netwerk: hier is een poort geblokkeerd
network-title-offline = Uw netwerk: deze computer lijkt offline te zijn
network-title-clock = Uw computer: de klok staat verkeerd
network-title-portal = Uw netwerk: het wil eerst een aanmelding
network-title-interception = Uw netwerk: beveiligde verbindingen worden onderweg ontsleuteld
network-title-ipv6 = Uw netwerk: IPv6 werkt hier niet
network-whose-network = Uw netwerk
network-whose-computer = Uw computer

network-offline-evidence =
    Geen van de { $count } opzoekingen kreeg antwoord — zelfs niet de providerdatabase van Thunderbird,
    die niet van uw domein afhangt — en geen enkele mailserver was bereikbaar.
network-offline-advice =
    Deze computer lijkt niet met internet verbonden te zijn. Controleer wifi of de kabel (en de
    vliegtuigmodus) en controleer dan opnieuw. Als webpagina’s wel in uw browser openen, zijn misschien
    de DNS-instellingen van deze computer (of een VPN) het probleem.

network-server-at = { $host } op { $address }
network-ports-silent =
    { $count ->
        [one] Poort { $ports } kreeg geen antwoord van { $servers } servers ({ $named }), die op andere poorten wel antwoorden.
       *[other] Poorten { $ports } kregen geen antwoord van { $servers } servers ({ $named }), die op andere poorten wel antwoorden.
    }
network-drops =
    Iets op dit netwerk laat verbindingen naar poort { $ports } vallen: gebruikelijk op de wifi van hotels,
    kantoren en openbare plekken, met sommige VPN’s en bij providers die mailpoorten blokkeren.
network-drops-but-works =
    { network-drops } De getoonde instellingen werken op dit netwerk; een e-mailprogramma dat op een
    geblokkeerde poort staat, zou hier wachten en mislukken, en elders weer werken.
network-drops-try-elsewhere =
    { network-drops } Controleer opnieuw vanaf een ander netwerk (bijvoorbeeld de hotspot van een
    telefoon), of vraag wie dit netwerk beheert om de poort open te zetten.
network-port-25-advice =
    De meeste thuis- en mobiele internetproviders blokkeren poort 25 voor computers op hun netwerk; dat is
    normaal en maakt niet uit: e-mailprogramma’s verzenden via poort 465 of 587.

network-clock-web =
    { $direction ->
        [behind] De klok van deze computer zegt { $now }, maar de { $count } gevraagde webservers ({ $names }) zeggen { $then }: deze computer loopt { $span } achter.
       *[ahead] De klok van deze computer zegt { $now }, maar de { $count } gevraagde webservers ({ $names }) zeggen { $then }: deze computer loopt { $span } voor.
    }
network-clock-certificates =
    De klok van deze computer zegt { $now }, maar de certificaten van { $count } niet-verwante servers
    ({ $names }) worden pas later geldig, de laatste op { $then }: deze computer loopt minstens { $span }
    achter.
network-clock-advice =
    Beveiligde verbindingen controleren het certificaat van elke server tegen de datum van deze computer:
    met een klok die zo ver afwijkt mislukken ze, nu of binnenkort, in elk programma, en e-mail gaat de
    deur uit met de verkeerde datum. Stel de datum en tijd in (zet automatisch instellen aan) en controleer
    dan opnieuw.
network-date = { $day }-{ $month }-{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } jaar
       *[other] { $count } jaar
    }
network-span-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }
network-span-hours =
    { $count ->
        [one] { $count } uur
       *[other] { $count } uur
    }
network-span-minutes =
    { $count ->
        [one] { $count } minuut
       *[other] { $count } minuten
    }

network-portal-evidence =
    Een naam die niet kan bestaan ({ $name }) heeft een adres op dit netwerk, en de webservers van { $hosts }
    antwoordden met een certificaat voor { $other }: namen leiden hier niet waar ze heen zouden moeten.
network-portal-another-name = een andere naam
network-portal-advice =
    Dit netwerk lijkt te willen dat u zich eerst aanmeldt, zoals de wifi van hotels, luchthavens, treinen
    en cafés: open een willekeurige webpagina in uw browser, meld u aan of accepteer de voorwaarden, en
    controleer dan opnieuw. Als het geen zulk netwerk is, leidt de DNS ervan (of een VPN, of een programma
    op deze computer) namen om die het niet zou moeten omleiden; de e-mailinstellingen kunnen er niet
    doorheen worden gecontroleerd.

network-interception-something = Iets op deze computer of dit netwerk
network-interception-product = Iets op deze computer of dit netwerk (naar de naam van zijn instantie: { $product })
network-interception-evidence =
    De certificaten van { $hosts } leiden naar ‘{ $root }’, een instantie die alleen deze computer
    vertrouwt — geen openbare, en niet een die u opgaf. { $what } ontsleutelt beveiligde verbindingen en
    ondertekent ze opnieuw.
network-interception-advice =
    De getoonde instellingen kloppen. Een e-mailprogramma op deze computer werkt ermee zolang het die
    instantie ook vertrouwt (de meeste gebruiken de opslag van het systeem; Thunderbird heeft een eigen
    opslag en toont certificaatwaarschuwingen); schakel anders het scannen van e-mail of HTTPS uit in dat
    programma, of controleer vanaf een ander netwerk om de eigen certificaten van de servers te zien.

network-ipv6-evidence =
    { $count } IPv6-adressen van servers ({ $named }) antwoordden nooit, terwijl dezelfde servers via IPv4
    meteen antwoordden; geen enkele server antwoordde via IPv6.
network-ipv6-advice =
    Dit netwerk deelt IPv6 uit maar vervoert het niet. Deze controle probeert, net als huidige browsers en
    e-mailprogramma’s, een kwart seconde later IPv4, dus de getoonde instellingen werken hier; een
    e-mailprogramma dat op IPv6 wacht, blijft bij elke verbinding een minuut of langer hangen, of mislukt.
    Wie het netwerk (of de router) beheert, kan IPv6 repareren; tot dan helpt het zulke programma’s om IPv6
    voor deze verbinding uit te schakelen.
