### Pomoc wiersza poleceń (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: znajduje ustawienia poczty przychodzącej (IMAP, POP3) i wychodzącej (SMTP), które naprawdę działają, i wyjaśnia dlaczego.
cli-usage = mailsetup [OPCJE] [POLECENIE]
cli-usage-line = Użycie: { $usage }
cli-commands = Polecenia:
cli-arguments = Argumenty:
cli-options-heading = Opcje:
cli-help = Pokaż pomoc
cli-version = Pokaż wersję
cli-default = Domyślnie: { $value }.
cli-without-command = Bez polecenia otwiera się okno konfiguracji.
cli-examples = Przykłady:
cli-example-window = otworzyć okno konfiguracji
cli-example-probe = sprawdzić, pytając o hasło
cli-example-no-auth = sprawdzić tylko połączenia
cli-example-json = sprawdzić z hasłem ze skryptu i wypisać JSON

cli-arg-resolve = Dla okna: używać ADDR dla HOST zamiast DNS (można powtarzać), aby sprawdzić serwer, zanim DNS na niego wskaże.
cli-arg-ca-file = Dla okna: dodatkowe zaufane certyfikaty w PEM, np. CA firmy.
cli-arg-dns = Dla okna: pytać ten serwer DNS zamiast systemowego.
cli-arg-ispdb = Dla okna: baza dostawców, którą pytać (https).
cli-arg-no-lookup = Dla okna: niczego nie wyszukiwać (tylko domysły i podane serwery).
cli-arg-lang =
    Język okna i wyjaśnień (raport, „explanation” w JSON), jako znacznik, np. de lub ja; domyślnie: język
    systemu. Klucze JSON i kody wyników pozostają angielskie.

cli-probe-about = Sprawdzić, które ustawienia serwerów poczty przychodzącej i wychodzącej działają dla adresu.
cli-probe-usage = mailsetup probe [OPCJE] <EMAIL>
cli-probe-password-from =
    Hasło jest pobierane z pytania (bez wyświetlania), z --password-stdin lub ze zmiennej środowiskowej
    MAILSETUP_PASSWORD; nigdy z wiersza poleceń.
cli-probe-exit-status =
    Kod wyjścia: 0, gdy każdy sprawdzany kierunek (przychodzący, wychodzący) ma zweryfikowane ustawienie (z
    --no-auth: bezpieczne połączenie), w przeciwnym razie 1, 2 przy błędnym użyciu lub danych.
cli-probe-email = Twój adres e-mail, np. alice@example.com.
cli-probe-protocols = Tylko te protokoły (można powtarzać): smtp (wychodzące), imap, pop3 (przychodzące). Domyślnie: wszystkie trzy.
cli-probe-servers = Serwer do sprawdzenia, dla każdego protokołu (można powtarzać). Domyślnie: smtp./imap./pop.DOMENA, mail.DOMENA, DOMENA.
cli-probe-incoming-servers = Serwer poczty przychodzącej (IMAP, POP3), gdy nie jest to --server (można powtarzać).
cli-probe-ports = Port do sprawdzenia (można powtarzać). Domyślnie: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Nazwa użytkownika do logowania. Domyślnie: pełny adres e-mail.
cli-probe-timeout = Limit czasu na każdy krok połączenia, w sekundach.
cli-probe-ca-file = Dodatkowe zaufane certyfikaty w PEM, np. CA Twojej firmy.
cli-probe-resolve = Używać ADDR dla HOST zamiast DNS, jak curl (można powtarzać).
cli-probe-allow-plaintext =
    Pozwolić wysłać hasło BEZ szyfrowania tam, gdzie serwer nie oferuje nic lepszego. Każdy na drodze przez
    sieć mógłby je odczytać.
cli-probe-danger-accept-certificates =
    Przyjąć niezaufany (np. samopodpisany) certyfikat serwera po jego odcisku SHA-256 (można powtarzać),
    dopiero po porównaniu z tym, co publikuje administrator serwera.
cli-probe-no-auth = Sprawdzić tylko połączenia; nie logować się.
cli-probe-password-stdin = Czytać hasło z pierwszego wiersza standardowego wejścia.
cli-probe-json = Wypisać raport jako JSON (stały kontrakt) zamiast tekstu.
cli-probe-thunderbird-file = Zapisać tutaj plik autokonfiguracji Thunderbirda (config-v1.1.xml) ze zweryfikowanymi ustawieniami.
cli-probe-apple-profile = Zapisać tutaj profil konfiguracji Apple (.mobileconfig) ze zweryfikowanymi ustawieniami.
cli-probe-dns = Pytać ten serwer DNS (port 53, jeśli nie podano) zamiast systemowego, o każdą nazwę i każdy rekord MX i SRV.
cli-probe-ispdb = Baza dostawców Thunderbirda, którą pytać (domena jest dopisywana).
cli-probe-no-third-party =
    Nie pytać nikogo trzeciego: ani bazy dostawców, ani, przez rekord MX, dostawcy, który obsługuje pocztę
    domeny.
cli-probe-no-lookup = Niczego nie wyszukiwać: sprawdzić tylko podane serwery (--server) lub domysły.
cli-probe-trust-discovered =
    Wysłać hasło do tego serwera (powtórzyć lub rozdzielić przecinkami), choć leży poza domeną adresu i
    wskazał go tylko DNS (MX, SRV) lub przekierowanie: takie odpowiedzi można podrobić. Hasło nie trafia
    do żadnego innego takiego serwera.
cli-probe-verify-all =
    Logować się przy każdym działającym ustawieniu, nie tylko przy zalecanym (dla działów pomocy).
    Domyślnie pozostałe są sprawdzane do oferty logowania, by oszczędzić konto: dostawcy blokują lub
    oznaczają konta po seriach logowań.
cli-probe-oauth =
    Zalogować się u dostawcy w przeglądarce (OAuth2) zamiast wpisywać hasło; serwery są sprawdzane z tym
    logowaniem.
cli-probe-oauth-client-id =
    Identyfikator klienta OAuth2 do logowania (od dostawcy lub administratora), gdy dostawca nie pozwala
    programom rejestrować się samodzielnie.
cli-probe-oauth-tenant = Dzierżawa Microsoft (ID lub domena), której katalog zarejestrował identyfikator klienta.
cli-probe-oauth-wait = Jak długo czekać na Twoje zalogowanie, w sekundach (najwyżej 300).
