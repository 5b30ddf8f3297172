### Co jest nie tak z tym komputerem lub jego siecią, z dowodami i radą.

network-title-port-blocked = Twoja sieć: port jest tu zablokowany
network-title-offline = Twoja sieć: ten komputer wydaje się być offline
network-title-clock = Twój komputer: zegar jest źle ustawiony
network-title-portal = Twoja sieć: najpierw wymaga zalogowania
network-title-interception = Twoja sieć: bezpieczne połączenia są po drodze odszyfrowywane
network-title-ipv6 = Twoja sieć: IPv6 tu nie działa
network-whose-network = Twoja sieć
network-whose-computer = Twój komputer

network-offline-evidence =
    Żadne z zapytań ({ $count }) nie dostało odpowiedzi — nawet baza dostawców Thunderbirda, która nie
    zależy od twojej domeny — i nie udało się połączyć z żadnym serwerem poczty.
network-offline-advice =
    Ten komputer nie wydaje się połączony z internetem. Sprawdź Wi-Fi lub kabel (i tryb samolotowy), a
    potem sprawdź ponownie. Jeśli strony otwierają się w przeglądarce, zawodzić mogą ustawienia DNS tego
    komputera (albo VPN).

network-server-at = { $host } pod adresem { $address }
network-ports-silent =
    { $count ->
        [one] Port { $ports } nie dostał odpowiedzi od serwerów ({ $servers }: { $named }), które odpowiadają na innych portach.
       *[other] Porty { $ports } nie dostały odpowiedzi od serwerów ({ $servers }: { $named }), które odpowiadają na innych portach.
    }
network-drops =
    Coś w tej sieci odrzuca połączenia z portem { $ports }: częste w Wi-Fi hoteli, biur i miejsc
    publicznych, w niektórych VPN i u dostawców blokujących porty poczty.
network-drops-but-works =
    { network-drops } Pokazane ustawienia działają w tej sieci; program pocztowy ustawiony na zablokowany
    port czekałby tu i zawodził, a gdzie indziej znów by działał.
network-drops-try-elsewhere =
    { network-drops } Sprawdź ponownie z innej sieci (na przykład z hotspotu w telefonie) albo poproś
    zarządcę tej sieci o odblokowanie.
network-port-25-advice =
    Większość domowych i komórkowych dostawców internetu blokuje port 25 dla komputerów w swojej sieci; to
    normalne i nie ma znaczenia: programy pocztowe wysyłają przez port 465 lub 587.

network-clock-web =
    { $direction ->
        [behind] Zegar tego komputera pokazuje { $now }, ale zapytane serwery WWW ({ $count }: { $names }) podają { $then }: ten komputer spóźnia się o { $span }.
       *[ahead] Zegar tego komputera pokazuje { $now }, ale zapytane serwery WWW ({ $count }: { $names }) podają { $then }: ten komputer spieszy się o { $span }.
    }
network-clock-certificates =
    Zegar tego komputera pokazuje { $now }, ale certyfikaty niezwiązanych ze sobą serwerów ({ $count }:
    { $names }) stają się ważne dopiero później, ostatni { $then }: ten komputer spóźnia się co najmniej o
    { $span }.
network-clock-advice =
    Bezpieczne połączenia sprawdzają certyfikat każdego serwera względem daty tego komputera: przy tak źle
    ustawionym zegarze zawodzą, teraz lub wkrótce, w każdym programie, a poczta wychodzi ze złą datą.
    Ustaw datę i godzinę (włącz ustawianie automatyczne), a potem sprawdź ponownie.
network-date = { $day }.{ $month }.{ $year }, { $time } UTC
network-span-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
       *[many] { $count } lat
    }
network-span-days =
    { $count ->
        [one] { $count } dzień
       *[many] { $count } dni
    }
network-span-hours =
    { $count ->
        [one] { $count } godzinę
        [few] { $count } godziny
       *[many] { $count } godzin
    }
network-span-minutes =
    { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
       *[many] { $count } minut
    }

network-portal-evidence =
    Nazwa, która nie może istnieć ({ $name }), ma w tej sieci adres, a serwery WWW { $hosts } odpowiedziały
    certyfikatem dla { $other }: nazwy nie prowadzą tu tam, gdzie powinny.
network-portal-another-name = innej nazwy
network-portal-advice =
    Ta sieć najwyraźniej chce, żebyś najpierw się zalogował, jak Wi-Fi w hotelach, na lotniskach, w
    pociągach i kawiarniach: otwórz dowolną stronę w przeglądarce, zaloguj się lub zaakceptuj warunki, a
    potem sprawdź ponownie. Jeśli to nie taka sieć, jej DNS (albo VPN, albo program na tym komputerze)
    przekierowuje nazwy, których nie powinien; przez nią nie da się sprawdzić ustawień poczty.

network-interception-something = Coś na tym komputerze lub w tej sieci
network-interception-product = Coś na tym komputerze lub w tej sieci (sądząc po nazwie urzędu: { $product })
network-interception-evidence =
    Certyfikaty { $hosts } prowadzą do „{ $root }”, urzędu, któremu ufa tylko ten komputer — nie
    publicznego i nie podanego przez ciebie. { $what } odszyfrowuje bezpieczne połączenia i podpisuje je
    na nowo.
network-interception-advice =
    Pokazane ustawienia są poprawne. Program pocztowy na tym komputerze działa z nimi, o ile też ufa temu
    urzędowi (większość używa magazynu systemu; Thunderbird ma własny i pokazuje ostrzeżenia o
    certyfikatach); w przeciwnym razie wyłącz skanowanie poczty lub HTTPS w tamtym programie albo sprawdź z
    innej sieci, by zobaczyć własne certyfikaty serwerów.

network-ipv6-evidence =
    Adresy IPv6 serwerów ({ $count }: { $named }) nigdy nie odpowiedziały, a te same serwery od razu
    odpowiedziały przez IPv4; żaden serwer nie odpowiedział przez IPv6.
network-ipv6-advice =
    Ta sieć rozdaje IPv6, ale go nie przenosi. To sprawdzenie, jak obecne przeglądarki i programy pocztowe,
    próbuje IPv4 ćwierć sekundy później, więc pokazane ustawienia działają tutaj; program pocztowy, który
    czeka na IPv6, zawiesza się przy każdym połączeniu na minutę lub dłużej albo zawodzi. Zarządca sieci
    (lub routera) może naprawić IPv6; do tego czasu takim programom pomaga wyłączenie IPv6 dla tego
    połączenia.
