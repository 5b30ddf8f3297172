### Okno: jego ramka (każdy krok) i krok konta.

## Ramka

about = O programie
about-title = O programie Mail Setup Assistant
about-version = Wersja { $version }
about-what =
    Znajduje ustawienia poczty przychodzącej i wychodzącej, które naprawdę działają, sprawdza hasło tylko
    przez szyfrowane połączenie i wyjaśnia wynik.
about-password = Hasło trafia tylko do sprawdzanego serwera poczty i nigdy nie jest zapisywane.
about-finding = Jak są znajdowane serwery
about-lookups =
    Jeśli nie podasz serwera, ten program pyta: plik ustawień twojego dostawcy (dostawca widzi twój adres,
    tak jak w Thunderbirdzie); DNS twojej domeny (rekordy MX i SRV); oraz dwie strony trzecie: bazę
    dostawców Thunderbirda, która widzi tylko domenę, i dostawcę obsługującego pocztę twojej domeny,
    znalezionego przez rekord MX.
about-third-parties = Pytaj strony trzecie (bazę Thunderbirda, dostawcę poczty twojej domeny)
about-licence = Licencja: { $licence }
close = Zamknij
language-name = Polski
language-menu = Język: { $language }
language-system = Systemowy ({ $language })
theme = Motyw: { $theme }
theme-system = Systemowy
theme-light = Jasny
theme-dark = Ciemny
step-account = Twoje konto
step-checking = Sprawdzanie
step-result = Twoje ustawienia
step-numbered = { $number }. { $name }
step-spoken = Krok { $number } z { $count }: { $name }

## Krok konta

account-title = Skonfiguruj konto pocztowe
account-intro =
    Wpisz adres e-mail i hasło. Znajdziemy działające ustawienia serwerów poczty przychodzącej i
    wychodzącej i sprawdzimy, czy hasło jest przyjmowane — tylko przez szyfrowane połączenie.
email = Adres e-mail
email-hint = nazwa@example.com
email-invalid = To nie wygląda na adres e-mail (nazwa@example.com).
password = Hasło
password-hint = hasło, którego używasz dla tego adresu
password-show = Pokaż
password-hide = Ukryj
password-toggle = Pokaż lub ukryj hasło
password-none = Bez hasła możemy sprawdzić połączenia, ale nie to, czy logowanie działa.
sign-in-instead = Zamiast tego zaloguj przez mojego dostawcę
sign-in-with = Zamiast tego zaloguj przez { $provider }
sign-in-instead-tip =
    Dla dostawców, którzy każą logować się na własnej stronie (OAuth2): przeglądarka ją otwiera, a serwery
    są sprawdzane z tym zalogowaniem. Tutaj nie wpisuje się hasła.
display-name = Twoje imię i nazwisko (opcjonalnie)
display-name-hint = widoczne dla osób, do których piszesz
know-server = Znam swój serwer
server = Serwer poczty
server-hint = np. mail.example.com, dla poczty przychodzącej i wychodzącej
server-invalid = Nazwa serwera zawiera tylko litery, cyfry, kropki i łączniki.
incoming-server = Serwer poczty przychodzącej, jeśli jest inny
incoming-server-hint = np. imap.example.com
username = Nazwa użytkownika, jeśli to nie twój adres e-mail
username-hint = zwykle pełny adres e-mail
ports = Porty wychodzące do wypróbowania
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } nie jest numerem portu (1–65535).
advanced = Zaawansowane
time-limit = Limit czasu każdego kroku (sekundy)
verify-all = Zweryfikuj każde ustawienie
verify-all-tip =
    Loguj się na każdym działającym porcie, nie tylko na zalecanym (dla pomocy technicznej). Domyślnie
    wyłączone: dostawcy mogą zablokować lub oznaczyć konto po wielu logowaniach z nowego programu.
client-id = Identyfikator klienta do logowania, tylko jeśli dał ci go dostawca lub administrator
client-id-hint = dla „Zaloguj przez mojego dostawcę”
tenant = Dzierżawa Microsoft tego identyfikatora klienta, jeśli administrator ją podał
tenant-hint = np. contoso.onmicrosoft.com
allow-plaintext = Pozwól sprawdzać bez szyfrowania
allow-plaintext-warning =
    Tylko jeśli serwer nie oferuje nic lepszego: hasło byłoby czytelne dla każdego w sieci między tobą a
    serwerem. Dotyczy to tylko następnego sprawdzenia, a takie ustawienie nigdy nie jest zalecane zamiast
    szyfrowanego.
certificate = Dodatkowy zaufany certyfikat (dla urzędu certyfikacji firmy lub szkoły)
certificate-none = brak
certificate-remove = Usuń
certificate-choose = Wybierz plik…
certificate-path = Ścieżka pliku certyfikatu
certificate-path-hint = /sciezka/do/ca-firmy.pem
certificate-use = Użyj tego pliku
find-settings = Znajdź moje ustawienia
start-over = Zacznij od nowa
start-over-tip = Wyczyść formularz i to, co zapamiętano

## Wspólne elementy

decimal-point = ,
copy = Kopiuj
copy-what = Kopiuj: { $what }
copy-what-value = Kopiuj: { $what }: { $value }
copied = Skopiowano
show-words-of = Pokaż ustawienia słowami programu:
mark-works = Działa
mark-failed = Nie powiodło się
mark-stopped = Nie próbowano
