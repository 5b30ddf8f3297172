### Raport tekstowy: to, co wypisuje `mailsetup probe`, i eksport „raport tekstowy” z okna.

outcome-ok = działa
outcome-auth-failed = hasło odrzucone
outcome-auth-temporary = logowanie teraz niemożliwe (problem serwera)
outcome-auth-disabled = logowanie hasłem wyłączone przez dostawcę
outcome-web-login-required = najpierw zaloguj się przez stronę
outcome-app-password-required = wymagane hasło do aplikacji
outcome-oauth-required = wymagane logowanie w przeglądarce (OAuth2)
outcome-auth-unavailable = brak oferowanego logowania
outcome-plaintext-auth-refused = logowanie tylko bez szyfrowania (hasła nie wysłano)
outcome-starttls-unavailable = brak oferowanego szyfrowania
outcome-cert-untrusted = certyfikat niezaufany
outcome-cert-expired = certyfikat wygasł
outcome-cert-name-mismatch = certyfikat dla innej nazwy
outcome-tls-failed = szyfrowanie nie powiodło się
outcome-wrong-mode = mówi innym typem połączenia
outcome-refused = zamknięty
outcome-server-busy = serwer zajęty
outcome-service-refused = serwer odmawia obsługi
outcome-timeout = brak odpowiedzi
outcome-dns-failed = nie ma takiego serwera
outcome-protocol-error = niewłaściwa odpowiedź serwera poczty
outcome-cancelled = anulowano
outcome-skipped = nie próbowano
cause-closed-after-login = logowanie przyjęte, potem serwer zakończył sesję
cause-plaintext-only = żadnego szyfrowania
cause-pipelined-answer = odpowiedział, zanim go zapytano
cause-preauth = twierdzi, że zalogowano przed podaniem hasła
cause-login-unanswered = hasło wysłane, brak odpowiedzi
cause-access-disabled = wyłączone w ustawieniach dostawcy
cause-login-spared = oferuje logowanie; nie próbowano, by oszczędzić konto
cause-mechanism-refused = odrzucił metodę logowania, którą oferował
cause-unreachable = brak trasy do niego

report-short-reason = { $words }.

report-server-type = Typ serwera:
report-server = Serwer:
report-port = Port:
report-security = Bezpieczeństwo połączenia:
report-authentication = Uwierzytelnianie:
report-username = Nazwa użytkownika:
report-certificate = Certyfikat SHA-256:
report-auth-oauth = OAuth2 (logowanie przez dostawcę)
report-auth-password = Zwykłe hasło
report-auth-unchecked = (nie sprawdzono)

report-cancelled = Zatrzymano przed końcem sprawdzania; oto, co znaleziono do tej pory.
report-works-plaintext =
    { $direction ->
        [incoming] Poczta przychodząca działa tylko BEZ szyfrowania:
       *[outgoing] Poczta wychodząca działa tylko BEZ szyfrowania:
    }
report-works-exception =
    { $direction ->
        [incoming] Poczta przychodząca działa tylko z certyfikatem przyjętym ręcznie:
       *[outgoing] Poczta wychodząca działa tylko z certyfikatem przyjętym ręcznie:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Zalecane ustawienia poczty przychodzącej (połączenie sprawdzone, hasło nie):
       *[outgoing] Zalecane ustawienia poczty wychodzącej (połączenie sprawdzone, hasło nie):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Zalecane ustawienia poczty przychodzącej (zweryfikowane zalogowaniem przez dostawcę):
       *[outgoing] Zalecane ustawienia poczty wychodzącej (zweryfikowane zalogowaniem przez dostawcę):
    }
report-recommended =
    { $direction ->
        [incoming] Zalecane ustawienia poczty przychodzącej (zweryfikowane: hasło zostało przyjęte):
       *[outgoing] Zalecane ustawienia poczty wychodzącej (zweryfikowane: hasło zostało przyjęte):
    }
report-found-private =
    { $direction ->
        [incoming] Znaleziono ustawienia poczty przychodzącej pod adresem lokalnym lub w sieci prywatnej (hasła nie wysłano):
       *[outgoing] Znaleziono ustawienia poczty wychodzącej pod adresem lokalnym lub w sieci prywatnej (hasła nie wysłano):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Znaleziono ustawienia poczty przychodzącej wymagające twojego potwierdzenia (hasła nie wysłano):
       *[outgoing] Znaleziono ustawienia poczty wychodzącej wymagające twojego potwierdzenia (hasła nie wysłano):
    }
report-if-own-server = Jeśli to własny serwer twojej organizacji:
report-to-send-there = Aby wysłać tam hasło:
report-why = Dlaczego:
report-also-works =
    { $direction ->
        [incoming] Działa też (przychodząca):
       *[outgoing] Działa też (wychodząca):
    }
report-looked-for = Gdzie szukano serwerów:
report-else-tried = Co jeszcze wypróbowano:

report-lookup-found = znaleziono
report-lookup-nothing = nic
report-lookup-timeout = brak odpowiedzi
report-lookup-failed = niepowodzenie
report-lookup-ignored = ZIGNOROWANO
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = Plik Thunderbirda
cli-apple-profile = Profil Apple
cli-wrote = { $what } zapisano w { $path }
cli-not-written = { $what } nie zapisano: { $why }.
cli-password-prompt = Hasło dla { $email }:{ " " }
cli-sign-in-open =
    Zaloguj się przez dostawcę ({ $issuer }) w przeglądarce. Jeśli przeglądarka się nie otworzy, otwórz ten
    adres:
cli-sign-in-waiting = Czekanie na zalogowanie (Ctrl-C przerywa)…
cli-no-browser = (nie udało się tu otworzyć przeglądarki: { $error })
cli-signed-in = Zalogowano; serwery są sprawdzane z tym zalogowaniem.
cli-unknown-language = Nie ma tu języka „{ $tag }”; używany jest { $spoken }.
cli-give-the-name = Aby podać nazwę:
cli-recommended = => { $setting } działa; pozostałe sprawdzenia się kończą (Ctrl-C je przerywa)
cli-lookup = zapytanie
cli-with-exception = , z certyfikatem, który przyjąłeś
cli-timeout-range = --timeout musi wynosić od 0 do 600 sekund
cli-ispdb-https = --ispdb musi być adresem URL https:// (odpowiedź przez zwykłe http można podrobić)
cli-no-password =
    brak hasła: wpisz je po pytaniu, przekaż przez --password-stdin, ustaw MAILSETUP_PASSWORD albo użyj
    --no-auth, aby sprawdzić tylko połączenia
cli-empty-password = hasło jest puste (--no-auth sprawdza tylko połączenia)
cli-password-too-long = pierwszy wiersz standardowego wejścia jest za długi na hasło
cli-password-not-utf8 = hasło nie jest tekstem UTF-8
cli-cannot-write = nie można zapisać { $path }: { $error }
cli-window-failed = Wiersz poleceń nadal działa: mailsetup probe ADRES (zobacz mailsetup --help).
cli-no-window-build = Ta wersja nie ma okna (zbudowana bez funkcji „gui”). Użyj: mailsetup probe ADRES
cli-error = błąd: { $error }
cli-error-more = Więcej: { $help }
cli-error-unknown-argument = nie ma opcji { $argument }
cli-error-unknown-command = nie ma polecenia { $command }
cli-error-invalid-value = „{ $value }” nie jest wartością dla { $argument }
cli-error-invalid-value-why = „{ $value }” nie jest wartością dla { $argument }: { $why }
cli-error-missing = brakuje { $argument }
cli-error-conflict = { $argument } nie może być użyte z { $other }
cli-error-similar = (czy chodziło o { $similar }?)
cli-not-dns-server = { $text } nie jest ADDR ani ADDR:PORT
cli-not-fingerprint = { $text } nie jest odciskiem SHA-256 (64 cyfry szesnastkowe, np. AB:CD:...)
cli-not-host-addr = { $text } nie jest HOST:ADDR
cli-not-ip-address = { $text } nie jest adresem IP
