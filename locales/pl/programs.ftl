### Gdzie każdy program pocztowy trzyma ustawienia serwera. Słowa Thunderbirda pochodzą z thunderbird.ftl
### (jego własne). Polskich słów Outlooka i Apple Mail jeszcze nie przejęto z ich pomocy: do tego czasu
### widać angielskie.

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
