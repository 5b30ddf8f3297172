### Co oznacza każdy wynik, dlaczego wybrano ustawienie i dlaczego nic nie działa.

protection-tls = szyfrowane od początku (SSL/TLS)
protection-starttls = szyfrowane przez STARTTLS
protection-plain = NIESZYFROWANE

works-signed-in = Działa: połączenie jest { $protection }, a serwer przyjął twoje zalogowanie przez dostawcę.
works-password = Działa: połączenie jest { $protection }, a hasło zostało przyjęte.
works-unchecked = Połączenie działa i jest { $protection }. Hasła nie sprawdzono.
auth-failed =
    Serwer odrzucił nazwę użytkownika lub hasło. Sprawdź jedno i drugie; niektórzy dostawcy wymagają też
    „hasła do aplikacji”, utworzonego w ustawieniach w przeglądarce, zamiast zwykłego hasła.
auth-temporary =
    Serwer nie mógł teraz sprawdzić hasła (chwilowy problem po jego stronie, a nie złe hasło). Spróbuj
    ponownie za kilka minut.
auth-disabled =
    Dostawca wyłączył dla tego konta logowanie hasłem z programów pocztowych (Microsoft 365 nazywa to
    „SMTP AUTH”). Hasło może być dobre: administrator poczty twojej organizacji może je włączyć dla twojej
    skrzynki albo program pocztowy musi logować się przez OAuth2.
web-login-required =
    Dostawca chce, żebyś raz zalogował się przez jego stronę, zanim programy pocztowe będą mogły się
    logować (Google: „Please log in via your web browser”). Zaloguj się do poczty w przeglądarce, odpowiedz
    na pytania bezpieczeństwa i spróbuj ponownie; przy weryfikacji dwuetapowej użyj hasła do aplikacji.
app-password-required =
    Dostawca nie przyjmuje zwykłego hasła z programów pocztowych. Utwórz „hasło do aplikacji” w
    ustawieniach bezpieczeństwa konta i użyj go zamiast zwykłego.
oauth-required =
    Ten serwer przyjmuje tylko logowanie przez stronę dostawcy (OAuth2), a nie wpisane hasło, więc hasło
    nie zostało wysłane. W Thunderbirdzie wybierz „OAuth2” jako metodę uwierzytelniania; w Apple Mail dodaj
    konto ponownie jako konto Google lub Microsoft; ustawienia IMAP klasycznego Outlooka nie mają OAuth2,
    więc i tam dodaj je jako konto Microsoft lub Google.
no-login-incoming = Port { $port } nie oferuje logowania, którego mogą używać programy pocztowe, więc nie da się przez niego czytać poczty.
no-login-outgoing = Port { $port } nie oferuje logowania, więc program pocztowy nie może przez niego wysyłać z twojego konta.
no-login-port-25 =
    Port { $port } nie oferuje logowania, więc program pocztowy nie może przez niego wysyłać z twojego
    konta (port 25 służy serwerom poczty do rozmów między sobą).
plaintext-auth-refused =
    Port { $port } przyjąłby hasło bez szyfrowania, więc go nie wysłaliśmy. Każdy w sieci mógłby je tam
    odczytać.

starttls-unavailable = Port { $port } nie oferuje szyfrowania (STARTTLS), więc nie jest bezpieczny.
cert-self-signed =
    Certyfikat serwera jest podpisany samodzielnie (nikt za niego nie ręczy), więc nie możemy mieć pewności,
    że to naprawdę twój serwer poczty. Hasło nie zostało wysłane. Jeśli twoja organizacja używa własnego
    urzędu certyfikacji, dodaj go jako zaufany certyfikat.
cert-untrusted =
    Certyfikat serwera nie został wystawiony przez zaufany urząd, więc nie możemy mieć pewności, że to
    naprawdę twój serwer poczty. Hasło nie zostało wysłane. Jeśli twoja organizacja używa własnego urzędu
    certyfikacji, dodaj go jako zaufany certyfikat.
cert-expired =
    Certyfikat serwera nie jest ważny w tej dacie (wygasł albo jeszcze nie jest ważny). Hasło nie zostało
    wysłane. Dostawca musi go odnowić; sprawdź też, czy data na twoim komputerze jest poprawna.
cert-no-name = Certyfikat serwera nie jest ważny dla nazwy { $host }. Hasło nie zostało wysłane.
cert-other-name =
    Certyfikat serwera jest ważny dla { $names }, a nie dla { $host }. Użyj tej nazwy jako serwera; hasło
    nie zostało wysłane.
tls-failed = Nie udało się zestawić szyfrowanego połączenia na porcie { $port }.
wrong-mode-wants-starttls =
    Port { $port } oczekuje STARTTLS (najpierw nieszyfrowane powitanie, potem szyfrowanie), a nie SSL/TLS
    od początku.
wrong-mode-wants-tls = Port { $port } oczekuje SSL/TLS od samego początku, a nie STARTTLS.

refused = Nic nie odpowiada na porcie { $port } tego serwera: port jest zamknięty.
server-busy = Serwer na porcie { $port } jest zajęty i na razie odrzucił połączenie. Spróbuj ponownie za kilka minut.
service-refused =
    Serwer na porcie { $port } odmawia obsługi twojego połączenia. Dostawcy robią tak z adresami z ich list
    blokad lub spoza ich sieci; zapytaj dostawcę albo spróbuj z innej sieci.
timeout-port-25 = Brak odpowiedzi: port 25 jest często blokowany przez dostawców internetu.
timeout-connect = Brak odpowiedzi na porcie { $port }: może go blokować zapora w twojej sieci lub w sieci serwera.
timeout-login =
    Serwer nie odpowiedział na czas na logowanie. Może spowalniać logowania po wcześniejszych błędnych
    hasłach; odczekaj kilka minut i spróbuj ponownie.
timeout-midway =
    Serwer na porcie { $port } przestał odpowiadać w trakcie albo odpowiadał zbyt wolno jak na limit czasu.
    Jeśli jest tylko powolny, sprawdź ponownie z dłuższym limitem czasu na krok.
dns-failed = Nazwa { $host } nie istnieje (albo twoja sieć nie może jej wyszukać).
protocol-error = Serwer na porcie { $port } nie zachowywał się jak serwer poczty, więc dla bezpieczeństwa przerwaliśmy.
cancelled = Zatrzymano przed końcem.
not-tried = Nie próbowano.

not-confirmed-dns =
    Port { $port } działa, z ważnym certyfikatem dla { $host }. Ale ten serwer wskazało tylko:
    { $source }, a nie leży on w domenie twojego adresu. Odpowiedzi DNS można sfałszować, więc hasło nie
    zostało tam wysłane. Jeśli { $host } to serwer twojego dostawcy, potwierdź go i sprawdź ponownie.
not-confirmed-redirect =
    Port { $port } działa, z ważnym certyfikatem dla { $host }. Ale { $source } odesłał nas po niego na
    inną stronę, a serwer nie leży w domenie twojego adresu. Taki objazd można sfałszować, więc hasło nie
    zostało tam wysłane. Jeśli { $host } to serwer twojego dostawcy, potwierdź go i sprawdź ponownie.
private-address =
    Port { $port } serwera { $host } działa, ale { $host } jest na tym komputerze lub w sieci prywatnej
    ({ $address }), a domena twojego adresu jest w internecie. Wyszukanie wskazujące tam to właśnie to, co
    zrobiłaby wroga sieć lub sfałszowana odpowiedź, by przechwycić hasło, więc twoje nie zostało wysłane.
    Jeśli to własny serwer twojej organizacji, wpisz go jako swój serwer i sprawdź ponownie.
private-address-unknown = adres lokalny
password-refused-elsewhere =
    Nie sprawdzono: { $host } już odrzucił twoje hasło na innym porcie, a kolejna próba mogłaby zablokować
    konto. Sprawdź hasło (i nazwę użytkownika) i spróbuj ponownie.
pipelined-answer =
    Serwer na porcie { $port } wysłał odpowiedź, zanim zadano mu pytanie. Prawdziwy serwer nigdy tak nie
    robi; tak postępuje napastnik między tobą a serwerem, by sfałszować „tak”, albo bardzo wadliwy serwer.
    Nic z tego, co powiedział, się nie liczy, i przerwaliśmy.
pipelined-answer-before-password =
    Serwer na porcie { $port } wysłał odpowiedź, zanim zadano mu pytanie. Prawdziwy serwer nigdy tak nie
    robi; tak postępuje napastnik między tobą a serwerem, by sfałszować „tak”, albo bardzo wadliwy serwer.
    Nic z tego, co powiedział, się nie liczy, i przerwaliśmy przed wysłaniem hasła.
preauth-tls =
    Serwer na porcie { $port } twierdzi, że jesteś zalogowany, zanim podano jakiekolwiek hasło (IMAP
    „PREAUTH”). Nie da się tu więc sprawdzić logowania, a hasło nie zostało wysłane. Programy pocztowe
    traktują to jako błąd; powiadom dostawcę.
preauth-plain =
    Serwer na porcie { $port } twierdzi, że jesteś zalogowany, zanim podano jakiekolwiek hasło (IMAP
    „PREAUTH”), co wyklucza też szyfrowanie. W zwykłej sieci to sztuczka napastnika, by utrzymać połączenie
    nieszyfrowane, więc hasło nie zostało wysłane. Użyj zamiast tego SSL/TLS na porcie 993.
missing-intermediate =
    Serwer wysłał swój certyfikat bez certyfikatu pośredniego, który łączy go z zaufanym urzędem
    ({ $issuer }). To błąd w konfiguracji serwera, nie po twojej stronie: dostawca musi zainstalować pełny
    łańcuch certyfikatów. Hasło nie zostało wysłane.
no-subject-alt-name =
    Certyfikat serwera wymienia { $host } tylko w starym polu „common name” i nie ma subjectAltName,
    którego wymagają przeglądarki i obecne programy pocztowe. Żadna inna nazwa serwera nie pomoże: dostawca
    musi wymienić certyfikat. Hasło nie zostało wysłane.
weak-key =
    Certyfikat serwera używa klucza lub podpisu zbyt słabego, by dziś mu ufać (na przykład 1024-bitowego
    klucza RSA). Dostawca musi go wymienić. Hasło nie zostało wysłane.
old-tls-version =
    Serwer na porcie { $port } zakończył połączenie, gdy miało się zacząć szyfrowanie. Serwery robią tak,
    gdy znają tylko stare wersje szyfrowania (TLS 1.0 lub 1.1), które nie są już bezpieczne i które obecne
    programy pocztowe odrzucają. Dostawca musi zaktualizować serwer.
client-certificate-required =
    Serwer na porcie { $port } prosi o certyfikat klienta (certyfikat zainstalowany na twoim komputerze,
    używany w niektórych firmach) zamiast hasła lub przed nim. Poproś o niego administratora.
tls-broken-on-server =
    Port { $port } oferuje szyfrowanie (STARTTLS), ale nie zdołał go uruchomić („TLS not available”):
    problem na serwerze, często certyfikat lub klucz, którego nie może odczytać. Powiadom dostawcę; spróbuj
    później.
plaintext-only = Port { $port } odpowiada bez żadnego szyfrowania i nie oferuje też STARTTLS, więc nie jest bezpieczny.
other-mechanisms =
    Port { $port } oferuje logowanie tylko przez { $offered }, co wysyła dowód znajomości hasła zamiast
    samego hasła. Programy pocztowe nazywają to „{ $program }”. Ten program nie umie tak zweryfikować hasła,
    więc go nie sprawdzono.
mechanisms-or = { $first } lub { $second }
mechanism-own = własną metodę
mechanism-encrypted-password = Zaszyfrowane hasło
unreachable = Z tej sieci nie ma drogi do { $host } (sieć lub host nieosiągalne: brak trasy), więc o porcie { $port } nic nie wiadomo: nie uznaje się go za zamknięty.
login-not-permitted =
    Serwer na porcie { $port } nie pozwala na logowanie w tym połączeniu (odpowiedział 530). Administrator
    może dopuszczać logowanie tylko z niektórych sieci lub dla niektórych kont; zapytaj dostawcę.
closed-after-login =
    Serwer na porcie { $port } przyjął logowanie, a potem zakończył sesję, więc teraz nie może wysyłać
    poczty. To problem po stronie serwera; spróbuj później albo powiadom dostawcę.
tls-required =
    Serwer na porcie { $port } chce szyfrowanego połączenia, zanim przyjmie logowanie; odrzucił nazwę
    użytkownika, więc hasło nie zostało wysłane. Użyj ustawienia z SSL/TLS lub STARTTLS.
access-disabled =
    Dostawca ma wyłączony dostęp { $protocol } dla tego konta, więc programy pocztowe nie mogą się przez
    niego logować (hasło może być dobre). Włącz go w ustawieniach poczty w przeglądarce (Gmail: Ustawienia
    → Zobacz wszystkie ustawienia → Przekazywanie i POP/IMAP; Microsoft 365: twój administrator, w
    aplikacjach poczty skrzynki), a potem sprawdź ponownie.
mechanism-refused =
    Serwer na porcie { $port } zaoferował sposób logowania ({ $mechanism }), a potem sam go odrzucił, nie
    oceniając hasła: błąd w konfiguracji serwera. Żaden inny sposób logowania tam nie zadziałał.
mechanism-its-login = swoje logowanie
login-spared =
    Port { $port } działa ({ $protection }) i oferuje logowanie; nie próbowano go, by oszczędzić konto: inne
    ustawienie zostało już zweryfikowane, a dostawcy mogą zablokować lub oznaczyć konto po wielu
    logowaniach z nowego programu. Aby logować się na każdym ustawieniu, wybierz „Zweryfikuj każde
    ustawienie” (wiersz poleceń: --verify-all).
sign-in-refused-elsewhere =
    Nie sprawdzono: { $host } już odrzucił twoje zalogowanie na innym porcie, a kolejna próba mogłaby
    zablokować konto. Zaloguj się ponownie, kontem właściwym dla tego adresu.
sign-in-refused =
    Serwer na porcie { $port } odrzucił twoje zalogowanie. Konto, na które zalogowałeś się w przeglądarce,
    może nie należeć do tego adresu albo dostawca nie pozwala mu używać programów pocztowych; zaloguj się
    ponownie kontem właściwym dla tego adresu.
login-unanswered =
    Hasło zostało wysłane na porcie { $port }, ale serwer nie odpowiedział na czas. Serwery celowo zwalniają
    po błędnych hasłach, więc liczy się to jako nieudane logowanie: dla ochrony konta nie próbowano go na
    kolejnych portach. Sprawdź hasło, odczekaj kilka minut i spróbuj ponownie.

choice-tls =
    Port { $port } z SSL/TLS („niejawny TLS”) szyfruje połączenie od pierwszego bajtu. RFC 8314 (2018)
    zaleca dokładnie to programom pocztowym.
choice-starttls =
    Port { $port } wita się bez szyfrowania, a potem połączenie przełącza się na szyfrowanie przez
    STARTTLS. To tak samo bezpieczne jak SSL/TLS, o ile program pocztowy wymaga STARTTLS; wtedy hasło jest
    zawsze wysyłane zaszyfrowane.
choice-imap =
    IMAP trzyma pocztę na serwerze, więc każde twoje urządzenie (komputer, telefon, poczta w przeglądarce)
    widzi te same foldery, oznaczenia przeczytania i wysłane wiadomości.
choice-pop3 =
    Działa tu tylko POP3: pobiera pocztę na to jedno urządzenie (i zwykle usuwa ją z serwera), więc inne
    urządzenia nie zobaczą tej samej poczty. To wystarcza dla jednego komputera lub pełnej skrzynki; dla
    wielu urządzeń zapytaj dostawcę o IMAP.
choice-smtp-465 =
    Port 465 z SSL/TLS („niejawny TLS”) szyfruje połączenie od pierwszego bajtu, zanim program pocztowy i
    serwer cokolwiek wymienią. RFC 8314 (2018) zaleca dokładnie to programom pocztowym. Artykuły nazywające
    port 465 „przestarzałym” powstały przed 2018 rokiem i są nieaktualne.
choice-smtp-tls =
    Port { $port } z SSL/TLS: połączenie jest szyfrowane od pierwszego bajtu, co RFC 8314 zaleca programom
    pocztowym.
choice-smtp-587 =
    Port 587 to standardowy port do wysyłania poczty z programu pocztowego (RFC 6409). Serwer wita się bez
    szyfrowania, a potem połączenie przełącza się na szyfrowanie przez STARTTLS. To tak samo bezpieczne jak
    port 465, o ile program wymaga STARTTLS (a nie „STARTTLS, jeśli dostępne”); wtedy hasło jest zawsze
    wysyłane zaszyfrowane.
choice-smtp-2525 =
    Port 2525 nie jest oficjalnym portem poczty, ale wielu dostawców go oferuje, bo niektóre sieci
    blokują oficjalne. Połączenie przełącza się na szyfrowanie przez STARTTLS przed wysłaniem hasła.
choice-smtp-25 =
    Port 25 służy serwerom poczty do rozmów między sobą, a wielu dostawców internetu blokuje go w
    połączeniach domowych i komórkowych, więc może przestać działać po zmianie sieci. Działa tu, z
    szyfrowaniem STARTTLS, bo nic lepszego nie zadziałało.
choice-smtp-starttls = Port { $port } działa ze STARTTLS: połączenie przełącza się na szyfrowanie przed wysłaniem hasła.
choice-better-failed = Lepszy byłby port { $port } ({ $security }), ale nie zadziałał: { $why }
choice-misconfigured =
    Uwaga: port { $port } zwykle używa { $usual }; ten serwer mówi tam { $security }, co jest błędem w jego
    konfiguracji. Ustaw program pocztowy dokładnie tak, jak pokazano, bo dostawca może kiedyś to naprawić
    i zepsuć to ustawienie.
choice-other-misconfigured =
    Port { $port } też odpowiada, ale przez { $security } tam, gdzie programy pocztowe oczekują { $usual }:
    błąd w konfiguracji serwera, więc nie jest zalecany.
also-works = Działa też: port { $port } z { $security }.
also-works-but = Działa też: port { $port } z { $security } ({ $caveat }).
plaintext-warning =
    Uwaga: port { $port } działa tylko BEZ szyfrowania. Hasło i poczta są czytelne dla każdego na trasie
    w sieci. Zezwoliłeś na to sprawdzenie; używaj go tylko w zaufanej sieci i poproś dostawcę o
    szyfrowane ustawienie.
certificate-exception-warning =
    Uwaga: to działa tylko dlatego, że przyjąłeś certyfikat serwera na podstawie jego odcisku; żaden urząd
    certyfikacji za niego nie ręczy. Program pocztowy też o tym ostrzeże: przyjmij go tam tylko wtedy, gdy
    pokaże ten sam odcisk.

caveat-insecure = nieszyfrowane: unikaj
caveat-certificate = tylko z certyfikatem przyjętym ręcznie
caveat-login-spared = oferuje logowanie; nie próbowano, by oszczędzić konto

found-through = Znalezione przez: { $source }.
source-user = serwer, który wpisałeś
source-autoconfig = plik ustawień twojego dostawcy
source-well-known = plik ustawień na stronie twojego dostawcy
source-ispdb = baza dostawców Thunderbirda
source-mx = dostawca obsługujący pocztę twojej domeny (jej rekord MX)
source-srv = DNS twojej domeny (rekordy SRV)
source-guess = zgadywanie na podstawie domeny twojego adresu
source-control = nazwa, która nie może istnieć

list-and = { $first } i { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] Nie udało się sprawdzić serwerów poczty przychodzącej: ten komputer wydaje się być offline.
       *[outgoing] Nie udało się sprawdzić serwerów poczty wychodzącej: ten komputer wydaje się być offline.
    }
diagnosis-offline-advice = Po połączeniu sprawdź ponownie; nic tutaj nie mówi, że ustawienia są złe.
diagnosis-blocked = Żaden serwer w ogóle nie odpowiedział.
diagnosis-blocked-advice =
    Twoja sieć lub zapora może blokować połączenia pocztowe. Spróbuj innej sieci (na przykład hotspotu w
    telefonie) albo zapytaj administratora sieci.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Żadna z nazw serwera poczty przychodzącej nie istnieje.
       *[outgoing] Żadna z nazw serwera poczty wychodzącej nie istnieje.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Sprawdź pisownię „{ $domain }” w swoim adresie. Jeśli jest dobra, sprawdź ponownie z nazwą serwera
            poczty przychodzącej dostawcy; zwykle jest na jego stronach pomocy.
       *[outgoing]
            Sprawdź pisownię „{ $domain }” w swoim adresie. Jeśli jest dobra, sprawdź ponownie z nazwą serwera
            poczty wychodzącej dostawcy; zwykle jest na jego stronach pomocy.
    }
diagnosis-other =
    { $direction ->
        [incoming] Nie znaleziono działającego ustawienia poczty przychodzącej.
       *[outgoing] Nie znaleziono działającego ustawienia poczty wychodzącej.
    }
diagnosis-other-advice = Poniżej widać, co wypróbowano dla każdego serwera i portu.
diagnosis-app-password = Dostawca wymaga hasła do aplikacji.
diagnosis-auth-disabled = Dostawca wyłączył logowanie hasłem dla tego konta.
diagnosis-web-login = Dostawca chce, żebyś najpierw zalogował się przez jego stronę.
diagnosis-sign-in-refused = Twoje zalogowanie przez dostawcę nie zostało przyjęte.
diagnosis-wrong-password = Hasło (lub nazwa użytkownika) nie zostało przyjęte.
diagnosis-password-refused-by = Nie sprawdzono: hasło odrzucił { $host }.
diagnosis-oauth = Dostawca chce, żebyś zalogował się przez jego stronę.
diagnosis-no-subject-alt-name = Serwer { $host } przedstawia certyfikat, który obecne programy odrzucają.
diagnosis-name-mismatch = Serwer { $host } przedstawia certyfikat dla innej nazwy.
diagnosis-cert-expired = Certyfikat serwera nie jest ważny w tej dacie.
diagnosis-cert-untrusted = Certyfikat serwera nie jest zaufany.
diagnosis-plaintext-only = Serwer oferuje logowanie tylko bez szyfrowania.

skipped-plaintext-not-needed = Nie próbowano: działa szyfrowane ustawienie, więc hasło nie zostało tu wysłane bez szyfrowania.
skipped-plaintext-used =
    Nie próbowano: zgoda obejmuje jedno sprawdzenie bez szyfrowania dla { $protocol }, a hasło już poszło bez
    szyfrowania na porcie { $port }.
skipped-ruled-out =
    Nie próbowano: { $provider } już powiedział, że tego hasła nie można tak użyć (zobacz jego odpowiedź na
    innym porcie), a kolejne logowania liczyłyby się tylko przeciw kontu.
skipped-own-mode = Niepotrzebne: port jednak odpowiedział w swoim trybie.
