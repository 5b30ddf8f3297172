### Het tekstrapport: wat `mailsetup probe` toont en de export ‘tekstrapport’ van het venster.

outcome-ok = werkt
outcome-auth-failed = wachtwoord geweigerd
outcome-auth-temporary = aanmelden nu niet mogelijk (serverprobleem)
outcome-auth-disabled = aanmelden met wachtwoord uitgeschakeld door de provider
outcome-web-login-required = eerst via de webpagina aanmelden
outcome-app-password-required = app-wachtwoord vereist
outcome-oauth-required = aanmelden in de browser (OAuth2) vereist
outcome-auth-unavailable = geen aanmelding aangeboden
outcome-plaintext-auth-refused = aanmelden alleen zonder versleuteling (wachtwoord niet verzonden)
outcome-starttls-unavailable = geen versleuteling aangeboden
outcome-cert-untrusted = certificaat niet vertrouwd
outcome-cert-expired = certificaat verlopen
outcome-cert-name-mismatch = certificaat is voor een andere naam
outcome-tls-failed = versleuteling mislukt
outcome-wrong-mode = spreekt het andere verbindingstype
outcome-refused = gesloten
outcome-server-busy = server bezet
outcome-service-refused = server weigert dienst
outcome-timeout = geen antwoord
outcome-dns-failed = server bestaat niet
outcome-protocol-error = geen correct antwoord van een mailserver
outcome-cancelled = geannuleerd
outcome-skipped = niet geprobeerd
cause-closed-after-login = aanmelding geaccepteerd, daarna sloot de server de sessie
cause-plaintext-only = helemaal geen versleuteling
cause-pipelined-answer = antwoordde voordat het gevraagd werd
cause-preauth = beweert een aanmelding vóór elk wachtwoord
cause-login-unanswered = wachtwoord verzonden, geen antwoord
cause-access-disabled = uitgeschakeld in de instellingen van de provider
cause-login-spared = biedt een aanmelding; niet geprobeerd, om uw account te sparen
cause-mechanism-refused = weigerde de aanmeldmethode die het aanbood
cause-unreachable = geen route ernaartoe

report-short-reason = { $words }.

report-server-type = Servertype:
report-server = Server:
report-port = Poort:
report-security = Verbindingsbeveiliging:
report-authentication = Authenticatie:
report-username = Gebruikersnaam:
report-certificate = Certificaat SHA-256:
report-auth-oauth = OAuth2 (aanmelden bij uw provider)
report-auth-password = Normaal wachtwoord
report-auth-unchecked = (niet gecontroleerd)

report-cancelled = Gestopt voordat de controle klaar was; dit is wat er tot dan toe is gevonden.
report-works-plaintext =
    { $direction ->
        [incoming] Inkomende e-mail werkt alleen ZONDER versleuteling:
       *[outgoing] Uitgaande e-mail werkt alleen ZONDER versleuteling:
    }
report-works-exception =
    { $direction ->
        [incoming] Inkomende e-mail werkt alleen met het certificaat dat u met de hand accepteerde:
       *[outgoing] Uitgaande e-mail werkt alleen met het certificaat dat u met de hand accepteerde:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Aanbevolen instellingen voor inkomende e-mail (verbinding gecontroleerd, wachtwoord niet gecontroleerd):
       *[outgoing] Aanbevolen instellingen voor uitgaande e-mail (verbinding gecontroleerd, wachtwoord niet gecontroleerd):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Aanbevolen instellingen voor inkomende e-mail (geverifieerd door aanmelding bij uw provider):
       *[outgoing] Aanbevolen instellingen voor uitgaande e-mail (geverifieerd door aanmelding bij uw provider):
    }
report-recommended =
    { $direction ->
        [incoming] Aanbevolen instellingen voor inkomende e-mail (geverifieerd: uw wachtwoord is geaccepteerd):
       *[outgoing] Aanbevolen instellingen voor uitgaande e-mail (geverifieerd: uw wachtwoord is geaccepteerd):
    }
report-found-private =
    { $direction ->
        [incoming] Instellingen voor inkomende e-mail gevonden op een lokaal of privénetwerkadres (het wachtwoord is niet verzonden):
       *[outgoing] Instellingen voor uitgaande e-mail gevonden op een lokaal of privénetwerkadres (het wachtwoord is niet verzonden):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Instellingen voor inkomende e-mail gevonden die uw bevestiging nodig hebben (het wachtwoord is niet verzonden):
       *[outgoing] Instellingen voor uitgaande e-mail gevonden die uw bevestiging nodig hebben (het wachtwoord is niet verzonden):
    }
report-if-own-server = Als het de eigen server van uw organisatie is:
report-to-send-there = Om het wachtwoord daarheen te sturen:
report-why = Waarom:
report-also-works =
    { $direction ->
        [incoming] Werkt ook (inkomend):
       *[outgoing] Werkt ook (uitgaand):
    }
report-looked-for = Waar naar de servers is gezocht:
report-else-tried = Wat er verder is geprobeerd:

report-lookup-found = gevonden
report-lookup-nothing = niets
report-lookup-timeout = geen antwoord
report-lookup-failed = mislukt
report-lookup-ignored = GENEGEERD
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = Thunderbird-bestand
cli-apple-profile = Apple-profiel
cli-wrote = { $what } geschreven naar { $path }
cli-not-written = { $what } niet geschreven: { $why }.
cli-password-prompt = Wachtwoord voor { $email }:{ " " }
cli-sign-in-open =
    Meld u in uw browser aan bij uw provider ({ $issuer }). Als er geen browser opent, open dan dit adres:
cli-sign-in-waiting = Wachten tot u zich aanmeldt (Ctrl-C stopt)…
cli-no-browser = (hier kon geen browser worden geopend: { $error })
cli-signed-in = Aangemeld; de servers worden ermee gecontroleerd.
cli-unknown-language = Geen taal ‘{ $tag }’ hier; de gebruikte taal is { $spoken }.
cli-give-the-name = Om de naam op te geven:
cli-recommended = => { $setting } werkt; de andere controles worden afgerond (Ctrl-C stopt ze)
cli-lookup = opzoeking
cli-with-exception = , met het certificaat dat u accepteerde
cli-timeout-range = --timeout moet tussen 0 en 600 seconden liggen
cli-ispdb-https = --ispdb moet een https://-URL zijn (een antwoord via gewone http is te vervalsen)
cli-no-password =
    geen wachtwoord: typ het bij de vraag, geef het door met --password-stdin, stel MAILSETUP_PASSWORD in,
    of gebruik --no-auth om alleen de verbindingen te controleren
cli-empty-password = het wachtwoord is leeg (--no-auth controleert alleen de verbindingen)
cli-password-too-long = de eerste regel van de standaardinvoer is te lang voor een wachtwoord
cli-password-not-utf8 = het wachtwoord is geen UTF-8-tekst
cli-cannot-write = { $path } kan niet worden geschreven: { $error }
cli-window-failed = De opdrachtregel werkt nog: mailsetup probe ADRES (zie mailsetup --help).
cli-no-window-build = Deze versie heeft geen venster (gebouwd zonder de functie "gui"). Gebruik: mailsetup probe ADRES
cli-error = fout: { $error }
cli-error-more = Meer hierover: { $help }
cli-error-unknown-argument = er is geen optie { $argument }
cli-error-unknown-command = er is geen opdracht { $command }
cli-error-invalid-value = "{ $value }" is geen waarde voor { $argument }
cli-error-invalid-value-why = "{ $value }" is geen waarde voor { $argument }: { $why }
cli-error-missing = { $argument } ontbreekt
cli-error-conflict = { $argument } kan niet samen met { $other }
cli-error-similar = (bedoelde u { $similar }?)
cli-not-dns-server = { $text } is niet ADDR of ADDR:PORT
cli-not-fingerprint = { $text } is geen SHA-256-vingerafdruk (64 hexadecimale cijfers, bijv. AB:CD:...)
cli-not-host-addr = { $text } is niet HOST:ADDR
cli-not-ip-address = { $text } is geen IP-adres
