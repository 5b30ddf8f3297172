### Gdzie każdy program pocztowy trzyma ustawienia serwera. Słowa Thunderbirda pochodzą z thunderbird.ftl
### (jego własne). Słowa Apple Mail pochodzą z polskiej pomocy Apple, o ile je przejęto (poniżej, ze
### źródłami); słów Outlooka jeszcze nie przejęto. Brakujące widać po angielsku.

program-other = Inny
copy-all-heading =
    { $direction ->
        [incoming] Ustawienia poczty przychodzącej dla programu { $program }
       *[outgoing] Ustawienia poczty wychodzącej dla programu { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Ustawienia poczty przychodzącej
       *[outgoing] Ustawienia poczty wychodzącej
    }

tb-where-incoming =
    Nowe konto: Account Hub > „{ tb-advanced-config }” (zmień „{ tb-autodetect }” na te wartości). Istniejące
    konto: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Nowe konto: Account Hub > „{ tb-advanced-config }”, serwer poczty wychodzącej. Istniejące konto:
    { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } >
    wybierz swój serwer (lub Dodaj…) > Edytuj… (tam „{ tb-server-name }” i „{ tb-user-name }”).

## Apple Mail: słowa Apple z polskiej pomocy Apple, ze źródłem nad każdą
## wiadomością; „Ours:” oznacza słowa tego programu. Ścieżka na iPhonie i
## lista serwerów SMTP nie są jeszcze przejęte z polskiej pomocy Apple.
# Apple, https://support.apple.com/pl-pl/HT204208 (Mail > Preferencje, Konta, karta
# Ustawienia serwera, „Automatycznie zarządzaj ustawieniami połączenia”; macOS Sierra do 12).
apple-where-incoming =
    Mail > Preferencje (macOS 12 i starsze) > Konta > wybierz konto > Ustawienia serwera, poczta
    przychodząca (odznacz „Automatycznie zarządzaj ustawieniami połączenia”).
# Apple, https://support.apple.com/pl-pl/HT203995 („Typ konta”).
apple-account-type = Typ konta
# Apple, https://support.apple.com/pl-pl/HT203995 („Serwer poczty przychodzącej (nazwa hosta)”).
apple-host-name = Nazwa hosta
# Apple, https://support.apple.com/pl-pl/HT203995 („Nazwa użytkownika”).
apple-user-name = Nazwa użytkownika
# Apple, https://support.apple.com/pl-pl/HT203995 („Port”).
apple-port = Port
# Ours: stan pola „Use TLS/SSL”.
apple-on = Włączone
# Ours.
apple-off = Wyłączone
# Ours.
apple-oauth = OAuth2 (Apple Mail oferuje je tylko dla kont Google i Microsoft)
# Apple, https://support.apple.com/pl-pl/HT204208 (metoda uwierzytelniania „hasło”)
# i https://support.apple.com/pl-pl/HT203995 („Hasło”).
apple-password = Hasło

other-where-incoming = W ustawieniach konta lub serwera twojego programu pocztowego, w sekcji „Serwer poczty przychodzącej”, „IMAP” lub „POP3”.
other-where-outgoing = W ustawieniach konta lub serwera twojego programu pocztowego, w sekcji „Serwer poczty wychodzącej” lub „SMTP”.
other-incoming-server = Serwer poczty przychodzącej
other-outgoing-server = Serwer poczty wychodzącej (SMTP)
other-server-type = Typ serwera
other-port = Port
other-encryption = Szyfrowanie
other-tls = SSL/TLS (zwane też SSL lub niejawnym TLS)
other-starttls = STARTTLS (starsze programy: TLS)
other-none = Brak
other-authentication = Uwierzytelnianie
other-oauth = OAuth2 (logowanie przez dostawcę w przeglądarce)
other-password = Zwykłe hasło (zwane też hasłem lub tekstem jawnym)
other-user-name = Nazwa użytkownika
