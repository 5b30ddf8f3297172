### Krok wyniku: karty ustawień, dlaczego ten port, co jeszcze działa, co wypróbowano i pliki do zapisania.

result-for = Dla: { $name } <{ $email }>
copy-all = Kopiuj wszystko
copy-all-tip = Kopiuj ustawienia poczty przychodzącej i wychodzącej
what-we-tried = Co wypróbowaliśmy
working = Trwa
finishing = Kończenie sprawdzania…
still-checking-others =
    { $count ->
        [one] Sprawdzane jest jeszcze { $count } połączenie w poszukiwaniu innych działających ustawień; nie zmieni ono tych.
        [few] Sprawdzane są jeszcze { $count } połączenia w poszukiwaniu innych działających ustawień; nie zmienią one tych.
       *[many] Sprawdzanych jest jeszcze { $count } połączeń w poszukiwaniu innych działających ustawień; nie zmienią one tych.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Sprawdzane jest jeszcze { $count } połączenie dla ustawień poczty przychodzącej.
                [few] Sprawdzane są jeszcze { $count } połączenia dla ustawień poczty przychodzącej.
               *[many] Sprawdzanych jest jeszcze { $count } połączeń dla ustawień poczty przychodzącej.
            }
        [outgoing]
            { $count ->
                [one] Sprawdzane jest jeszcze { $count } połączenie dla ustawień poczty wychodzącej.
                [few] Sprawdzane są jeszcze { $count } połączenia dla ustawień poczty wychodzącej.
               *[many] Sprawdzanych jest jeszcze { $count } połączeń dla ustawień poczty wychodzącej.
            }
       *[both]
            { $count ->
                [one] Sprawdzane jest jeszcze { $count } połączenie dla ustawień poczty przychodzącej i wychodzącej.
                [few] Sprawdzane są jeszcze { $count } połączenia dla ustawień poczty przychodzącej i wychodzącej.
               *[many] Sprawdzanych jest jeszcze { $count } połączeń dla ustawień poczty przychodzącej i wychodzącej.
            }
    }
stop = Zatrzymaj
stop-tip = Zatrzymaj pozostałe sprawdzenia

files-need-both =
    Pliki dla programów pocztowych wymagają zweryfikowanego ustawienia poczty przychodzącej i wychodzącej:
    wpisz hasło i sprawdź ponownie albo skopiuj ustawienia powyżej.
save-thunderbird = Zapisz plik Thunderbirda…
save-apple = Zapisz profil Apple Mail…
save-text = Zapisz raport tekstowy…
save-json = Zapisz raport JSON…
files-need-both-tip = Programy pocztowe przyjmują plik ustawień tylko ze zweryfikowanym serwerem poczty przychodzącej i wychodzącej.
profile-no-sign-in =
    Apple Mail loguje się przez dostawcę (OAuth2) tylko dla kont Google i Microsoft, a profil nie może
    zawierać zalogowania: dodaj konto w Apple Mail ręcznie z tymi ustawieniami
files-incomplete =
    program pocztowy potrzebuje zweryfikowanego (szyfrowanego) ustawienia poczty przychodzącej i
    wychodzącej, a to sprawdzenie nie zweryfikowało obu
check-again = Sprawdź ponownie
change-details = Zmień dane
change-details-tip = Wróć do danych konta (Esc)

card-incoming = Poczta przychodząca ({ $protocol })
card-outgoing = Poczta wychodząca (SMTP)
card-stopped-certain = Niektóre mniej ważne sprawdzenia zatrzymano wcześniej; nie mogą zmienić tego zalecenia.
card-stopped-uncertain = Sprawdzanie zatrzymano, zanim było pewne: mogło się znaleźć lepsze ustawienie.
card-plaintext = Uwaga: działa tylko BEZ szyfrowania: hasło i wiadomości można odczytać w sieci.
card-exception =
    Działa tylko z certyfikatem przyjętym ręcznie: żaden urząd certyfikacji za niego nie ręczy. Program
    pocztowy też o tym ostrzeże; przyjmij go tam tylko, jeśli pokaże ten odcisk:
enter-as-my-server = Wpisz { $host } jako mój serwer
enter-as-my-server-tip = Wróć do formularza z wpisanym tym serwerem; nic nie zostanie wysłane, dopóki nie sprawdzisz
send-password-to = Wyślij moje hasło do { $hosts } i sprawdź ponownie
send-password-to-tip = Tylko na to jedno sprawdzenie i tylko do wymienionych serwerów: nic, co za nie ręczy, ich nie wskazało
verified-signed-in = Zweryfikowano zalogowaniem: serwer przyjął twoje zalogowanie przez szyfrowane połączenie.
verified-password = Zweryfikowano: serwer przyjął twoje hasło przez szyfrowane połączenie.
connection-only = Szyfrowane połączenie działa. Hasła nie sprawdzono (nie wpisano go).
copy-field-name =
    { $direction ->
        [incoming] { $field } (przychodząca)
       *[outgoing] { $field } (wychodząca)
    }
copy-settings =
    { $direction ->
        [incoming] Kopiuj ustawienia poczty przychodzącej
       *[outgoing] Kopiuj ustawienia poczty wychodzącej
    }

why-port = Dlaczego port { $port }?
why-port-and = Dlaczego port { $port } i { $protocol }?
why-tls =
    SSL/TLS (niejawny TLS) i STARTTLS szyfrują pocztę. Przy SSL/TLS przed rozpoczęciem szyfrowania nic nie
    jest mówione, więc nic nie da się po drodze zmienić; dlatego RFC 8314 go preferuje.
why-starttls =
    STARTTLS zaczyna bez szyfrowania, a potem przełącza się na szyfrowanie. Zostaw „STARTTLS” (nie
    „STARTTLS, jeśli dostępne”), by program pocztowy odmówił wysłania hasła, jeśli szyfrowanie kiedyś
    zawiedzie. Możesz przeczytać, że port 465 jest „przestarzały”: ta rada jest starsza niż RFC 8314
    (2018), który znów uczynił 465 portem preferowanym. Po prostu nie on działa dla tego serwera.
why-plaintext =
    Bez szyfrowania każdy na trasie w sieci może odczytać hasło i wiadomości. Poproś dostawcę o szyfrowane
    ustawienie (port 465 lub 587).
also-works-heading = Działa też:
also-works-line = { $protocol } { $host } port { $port } z { $security }
also-works-line-but = { $protocol } { $host } port { $port } z { $security } ({ $caveat })

card-still-checking-incoming = Poczta przychodząca: trwa sprawdzanie
card-still-checking-outgoing = Poczta wychodząca: trwa sprawdzanie
card-still-checking = Lepsze ustawienie może jeszcze odpowiedzieć. Pojawi się tutaj, gdy będzie pewne.
card-nothing-incoming = Poczta przychodząca: nie znaleziono działających ustawień
card-nothing-outgoing = Poczta wychodząca: nie znaleziono działających ustawień
try-again-with = Spróbuj ponownie z { $host }
fingerprint-compare = Odcisk certyfikatu (SHA-256) do porównania z tym, który publikuje dostawca:
fingerprint-own-ca =
    Jeśli to własny urząd certyfikacji twojej organizacji, dodaj jego certyfikat w Zaawansowane > Dodatkowy
    zaufany certyfikat i sprawdź ponownie. Hasło nigdy nie jest wysyłane do serwera, którego certyfikatu
    nie dało się zweryfikować.
fingerprint-accept-warning =
    Jeśli dostawca lub administrator dał ci dokładnie ten odcisk, możesz przyjąć ten certyfikat na jedno
    sprawdzenie. Jeśli nie jest ich, hasło dostałby ten, kto go utworzył.
accept-certificate = Przyjmij ten certyfikat na jedno sprawdzenie
accept-certificate-tip = Sprawdź ponownie, wysyłając hasło do serwera z tym certyfikatem
change-password = Zmień hasło
enter-server-name = Wpisz nazwę serwera
sign-in-with-provider = Zaloguj przez dostawcę
sign-in-with-provider-tip = Przeglądarka otworzy stronę logowania dostawcy; serwery zostaną sprawdzone z tym zalogowaniem
fingerprint-tip = Odcisk SHA-256 certyfikatu serwera

details = Szczegóły
details-of = Szczegóły: { $attempt }
detail-address = Adres
detail-phase = Doszło do etapu
detail-time = Czas
detail-milliseconds = { $ms } ms
detail-server-said = Serwer odpowiedział
detail-greeting = Powitanie
detail-capabilities = Możliwości
detail-certificate-for = Certyfikat dla
detail-and-more = { $names } i { $count } więcej
detail-issued-by = Wystawca
detail-valid = Ważny
detail-valid-range = od { $from } do { $to }
detail-sha256 = SHA-256
detail-all-names = Wszystkie nazwy w certyfikacie ({ $count })
phase-name-queued = nie rozpoczęto
phase-name-resolve = wyszukiwanie nazwy
phase-name-connect = łączenie
phase-name-tls = uzgadnianie TLS
phase-name-greeting = powitanie
phase-name-capabilities = pytanie, co oferuje serwer
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = ponowne pytanie przez TLS
phase-name-ready = działające połączenie
phase-name-auth = logowanie
phase-name-done = koniec: wszystko zadziałało

no-dialog-certificate = Na tym pulpicie nie może się otworzyć okno wyboru pliku: wpisz ścieżkę pliku certyfikatu w Zaawansowane.
saved-to = Zapisano w { $path }
saved-in-downloads = Na tym pulpicie nie może się otworzyć okno wyboru pliku, więc plik zapisano w folderze Pobrane: { $path }
no-dialog-nowhere = Nie może się tu otworzyć okno wyboru pliku i nie ma folderu Pobrane ani domowego, by zapisać plik. Użyj zamiast tego Kopiuj.
could-not-save = Nie udało się zapisać { $path }: { $error }
choose-certificate-title = Wybierz zaufany certyfikat (PEM)
certificate-files = Certyfikaty
