### Krok sprawdzania: co jest próbowane, etap po etapie.

checking-title = Sprawdzanie { $email }
checking-elapsed = { $seconds } s
checking-found = Znaleziono ustawienie poczty { $direction }: { $protocol } { $host } port { $port } ({ $security }).
checking-incoming = przychodzącej
checking-outgoing = wychodzącej
show-now = Pokaż teraz moje ustawienia
cancel = Anuluj
cancel-tip = Zatrzymaj sprawdzanie (Esc)
esc-stops = (Esc też zatrzymuje)

phase-queued = Czeka na swoją kolej…
phase-resolve = Wyszukiwanie serwera…
phase-connect = Łączenie…
phase-tls = Konfigurowanie szyfrowania…
phase-greeting = Czekanie na powitanie serwera…
phase-capabilities = Pytanie, co oferuje serwer…
phase-starttls = Przełączanie na szyfrowanie…
phase-capabilities-tls = Ponowne pytanie, szyfrowane…
phase-ready = Połączenie działa; następnie sprawdzenie hasła…
phase-auth = Sprawdzanie hasła…
phase-done = Gotowe
trying = Próba
looking = Szukanie

signing-in-title = Czekanie, aż zalogujesz się w przeglądarce
signing-in-finding = Szukanie, gdzie dostawca cię loguje
signing-in-opened =
    Strona logowania dostawcy pod adresem { $host } otworzyła się w przeglądarce. Sprawdź, czy przeglądarka
    pokazuje tę nazwę, i zaloguj się tam; to okno samo przejdzie dalej, gdy skończysz (w ciągu 5 minut).
signing-in-no-browser = Jeśli nie otworzyła się żadna przeglądarka, otwórz ten adres:
copy-address = Kopiuj adres
signing-in-cancel-tip = Zatrzymaj logowanie (Esc)

lookups-title = Gdzie są twoje serwery
lookup-autoconfig = Pytanie dostawcy o jego ustawienia
lookup-well-known = Szukanie ustawień na stronie { $domain }
lookup-ispdb = Pytanie bazy dostawców Thunderbirda
lookup-mx = Sprawdzanie, dokąd trafia poczta { $domain }
lookup-srv = Szukanie serwerów poczty { $domain } w DNS
lookup-guess = Próbowanie zwykłych nazw serwerów
lookup-control = Sprawdzanie, czy DNS tej sieci odpowiada uczciwie
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = odpowiedział tylko bez szyfrowania, więc nie użyto
lookup-timeout = brak odpowiedzi na czas
lookup-error = nie udało się zapytać
lookup-nothing = nic nie znaleziono

attempts-incoming = Poczta przychodząca
attempts-outgoing = Poczta wychodząca
portal-in-the-way = Strona logowania tej sieci stoi na przeszkodzie
portal-attempts =
    { $count ->
        [one] { $count } próba nie dotarła do serwera
        [few] { $count } próby nie dotarły do serwerów
       *[many] { $count } prób nie dotarło do serwerów
    }
ports-blocked =
    { $count ->
        [one] Port { $ports } jest zablokowany w tej sieci
       *[other] Porty { $ports } są zablokowane w tej sieci
    }
blocked-attempts =
    { $count ->
        [one] { $count } próba nie dostała odpowiedzi
        [few] { $count } próby nie dostały odpowiedzi
       *[many] { $count } prób nie dostało odpowiedzi
    }
guesses-missing =
    { $count ->
        [one] { $count } inna możliwa nazwa: nie istnieje
        [few] { $count } inne możliwe nazwy: żadna nie istnieje
       *[many] { $count } innych możliwych nazw: żadna nie istnieje
    }
guesses-usual = Programy pocztowe też zgadują te nazwy; większość domen używa tylko niektórych z nich.
