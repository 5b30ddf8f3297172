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

## Dlaczego sprawdzanie nie mogło się zacząć albo logowanie nie dało tokenu.
## $why to słowa biblioteki, serwera lub systemu, w takiej postaci, w jakiej
## przyszły.
error-invalid-email = { $text } nie jest adresem e-mail (oczekiwano nazwa@domena, np. alice@example.com)
error-invalid-server = { $text } nie jest nazwą serwera
error-invalid-port = port { $port } nie jest portem, na którym serwer może nasłuchiwać (1 do 65535)
error-empty-username = nazwa użytkownika jest pusta (pomiń ją, aby użyć adresu e-mail)
error-ca-file = nie można użyć pliku certyfikatów { $path }: { $why }
error-tls = przygotowanie TLS nie powiodło się: { $why }
oauth-no-provider = nic nie wskazuje logowania OAuth2 dla { $domain } (brak <oAuth2> w jej pliku ustawień i w ISPDB)
oauth-metadata = opis serwera logowania (RFC 8414) jest bezużyteczny: { $why }
oauth-registration = serwer logowania nie zarejestrował tego programu: { $why }
oauth-browser = nie otwarto przeglądarki: { $why }
oauth-not-completed = logowanie nie zakończyło się w ciągu { $seconds } s; niczego nie sprawdzono
oauth-refused = dostawca Cię nie zalogował: { $why }
oauth-mismatch = odpowiedź, która wróciła, nie dotyczyła tego logowania ({ $what }); niczego nie użyto
oauth-token = serwer logowania nie dał tokenu: { $why }
oauth-cancelled = logowanie zatrzymane
oauth-only-google =
    Google pozwala logować się tylko programom, które zna. Użyj tych ustawień z własnym logowaniem swojego
    programu pocztowego (Thunderbird: { tb-auth } „OAuth2”; Apple Mail i Outlook: dodaj konto jako konto
    Google) albo utwórz hasło do aplikacji (wymaga weryfikacji dwuetapowej) na swoim koncie Google w sekcji
    Bezpieczeństwo i sprawdź z nim jako hasłem.
oauth-only-microsoft =
    Microsoft pozwala logować się tylko programom, które zna. Użyj tych ustawień z własnym logowaniem swojego
    programu pocztowego (Thunderbird: { tb-auth } „OAuth2”; Outlook i Apple Mail: dodaj konto jako konto
    Microsoft). Dla konta służbowego lub szkolnego administrator może zarejestrować aplikację w Entra ID i dać
    Ci jej identyfikator klienta ({ advanced } lub --oauth-client-id).
oauth-app-password =
    { $provider } pozwala logować się tylko programom, które zna. Użyj tych ustawień z własnym logowaniem
    swojego programu pocztowego (Thunderbird: { tb-auth } „OAuth2”) albo utwórz hasło do aplikacji w
    { $place } i sprawdź z nim jako hasłem.
oauth-place-yahoo = swoim koncie Yahoo, w Account security („Generate app password”)
oauth-place-aol = swoim koncie AOL, w Account security („Generate app password”)
oauth-place-fastmail = Fastmail, w Settings, Privacy & Security („App passwords”)
oauth-no-registration =
    { $issuer } pozwala logować się tylko znanym programom i nie oferuje rejestracji: wpisz identyfikator
    klienta ({ advanced } lub --oauth-client-id) od dostawcy lub administratora albo użyj własnego logowania
    swojego programu pocztowego (Thunderbird: { tb-auth } „OAuth2”)
oauth-bad-tenant = { $tenant } nie jest identyfikatorem dzierżawy ani domeną
oauth-tenant-not-microsoft = dzierżawa dotyczy tylko logowania Microsoft (login.microsoftonline.com)
oauth-cannot-listen = nie można nasłuchiwać na 127.0.0.1: { $error }
