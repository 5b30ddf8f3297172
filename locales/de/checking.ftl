### Der Prüfschritt: was gerade versucht wird, Phase für Phase.

checking-title = Prüfe { $email }
checking-elapsed = { $seconds } s
checking-found = Einstellung für { $direction } gefunden: { $protocol } { $host } Port { $port } ({ $security }).
checking-incoming = eingehende E-Mails
checking-outgoing = ausgehende E-Mails
show-now = Meine Einstellungen jetzt zeigen
cancel = Abbrechen
cancel-tip = Prüfung beenden (Esc)
esc-stops = (Esc beendet auch)

## Die Phasen eines Versuchs
phase-queued = Wartet, bis es dran ist…
phase-resolve = Server wird nachgeschlagen…
phase-connect = Verbindung wird aufgebaut…
phase-tls = Verschlüsselung wird eingerichtet…
phase-greeting = Warten auf die Begrüßung des Servers…
phase-capabilities = Frage, was der Server anbietet…
phase-starttls = Umschalten auf Verschlüsselung…
phase-capabilities-tls = Erneute Frage, verschlüsselt…
phase-ready = Verbindung funktioniert; als Nächstes die Passwortprüfung…
phase-auth = Ihr Passwort wird geprüft…
phase-done = Fertig
trying = Versuche
looking = Suche

## Anmeldung beim Anbieter
signing-in-title = Warten auf Ihre Anmeldung im Browser
signing-in-finding = Suche, wo Ihr Anbieter Sie anmeldet
signing-in-opened =
    Die Anmeldeseite Ihres Anbieters auf { $host } wurde in Ihrem Browser geöffnet. Prüfen Sie, dass
    Ihr Browser diesen Namen zeigt, und melden Sie sich dort an; dieses Fenster macht von selbst weiter,
    sobald Sie fertig sind (innerhalb von 5 Minuten).
signing-in-no-browser = Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse:
copy-address = Adresse kopieren
signing-in-cancel-tip = Anmeldung beenden (Esc)

## Wo die Server sind
lookups-title = Wo Ihre Server sind
lookup-autoconfig = Frage Ihren Anbieter nach seinen Einstellungen
lookup-well-known = Suche Einstellungen auf der Website von { $domain }
lookup-ispdb = Frage Thunderbirds Datenbank der E-Mail-Anbieter
lookup-mx = Schlage nach, wohin die E-Mails von { $domain } gehen
lookup-srv = Suche die Mail-Server von { $domain } im DNS
lookup-guess = Versuche die üblichen Servernamen
lookup-control = Prüfe, ob das DNS dieses Netzwerks ehrlich antwortet
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = antwortete nur unverschlüsselt, daher nicht verwendet
lookup-timeout = keine Antwort in der Zeit
lookup-error = konnte nicht gefragt werden
lookup-nothing = nichts gefunden

## Die Versuche
attempts-incoming = Eingehende E-Mails
attempts-outgoing = Ausgehende E-Mails
portal-in-the-way = Die Anmeldeseite dieses Netzwerks steht im Weg
portal-attempts =
    { $count ->
        [one] { $count } Versuch erreichte seinen Server nicht
       *[other] { $count } Versuche erreichten ihre Server nicht
    }
ports-blocked =
    { $count ->
        [one] Port { $ports } ist in diesem Netzwerk gesperrt
       *[other] Ports { $ports } sind in diesem Netzwerk gesperrt
    }
blocked-attempts =
    { $count ->
        [one] { $count } Versuch bekam keine Antwort
       *[other] { $count } Versuche bekamen keine Antwort
    }
guesses-missing =
    { $count ->
        [one] { $count } weiterer möglicher Name: existiert nicht
       *[other] { $count } weitere mögliche Namen: keiner existiert
    }
guesses-usual = E-Mail-Programme raten diese Namen auch; die meisten Domains verwenden nur einige davon.

## Warum eine Prüfung nicht beginnen konnte oder eine Anmeldung kein Token
## brachte. Ein $why sind die Worte einer Bibliothek, eines Servers oder des
## Systems, so wie sie kamen.
error-invalid-email = { $text } ist keine E-Mail-Adresse (erwartet: name@domain, z. B. alice@example.com)
error-invalid-server = { $text } ist kein Servername
error-invalid-port = Port { $port } ist kein Port, auf dem ein Server lauschen kann (1 bis 65535)
error-empty-username = Der Benutzername ist leer (weglassen, um die E-Mail-Adresse zu verwenden)
error-ca-file = Die Zertifikatsdatei { $path } ist nicht verwendbar: { $why }
error-tls = Die TLS-Einrichtung ist fehlgeschlagen: { $why }
oauth-no-provider = Nichts nennt eine OAuth2-Anmeldung für { $domain } (kein <oAuth2> in ihrer Einstellungsdatei oder der ISPDB)
oauth-metadata = Die Beschreibung des Anmeldeservers (RFC 8414) ist unbrauchbar: { $why }
oauth-registration = Der Anmeldeserver hat dieses Programm nicht registriert: { $why }
oauth-browser = Kein Browser geöffnet: { $why }
oauth-not-completed = Anmeldung nicht innerhalb von { $seconds } s abgeschlossen; nichts wurde geprüft
oauth-refused = Der Anbieter hat Sie nicht angemeldet: { $why }
oauth-mismatch = Die zurückgekommene Antwort gehörte nicht zu dieser Anmeldung ({ $what }); nichts wurde verwendet
oauth-token = Der Anmeldeserver hat kein Token gegeben: { $why }
oauth-cancelled = Anmeldung abgebrochen
oauth-only-google =
    Google lässt nur Programme anmelden, die es kennt. Verwenden Sie diese Einstellungen mit der eigenen
    Anmeldung Ihres E-Mail-Programms (Thunderbird: { tb-auth } „OAuth2“; Apple Mail und Outlook: das Konto
    als Google-Konto hinzufügen) oder erstellen Sie in Ihrem Google-Konto unter Sicherheit ein App-Passwort
    (es braucht die Bestätigung in zwei Schritten) und prüfen Sie mit ihm als Passwort.
oauth-only-microsoft =
    Microsoft lässt nur Programme anmelden, die es kennt. Verwenden Sie diese Einstellungen mit der eigenen
    Anmeldung Ihres E-Mail-Programms (Thunderbird: { tb-auth } „OAuth2“; Outlook und Apple Mail: das Konto
    als Microsoft-Konto hinzufügen). Für ein Geschäfts- oder Schulkonto kann Ihr Administrator eine App in
    Entra ID registrieren und Ihnen ihre Client-ID geben ({ advanced } oder --oauth-client-id).
oauth-app-password =
    { $provider } lässt nur Programme anmelden, die es kennt. Verwenden Sie diese Einstellungen mit der
    eigenen Anmeldung Ihres E-Mail-Programms (Thunderbird: { tb-auth } „OAuth2“) oder erstellen Sie ein
    App-Passwort in { $place } und prüfen Sie mit ihm als Passwort.
oauth-place-yahoo = Ihrem Yahoo-Konto unter Account security („Generate app password“)
oauth-place-aol = Ihrem AOL-Konto unter Account security („Generate app password“)
oauth-place-fastmail = Fastmail unter Settings, Privacy & Security („App passwords“)
oauth-no-registration =
    { $issuer } lässt nur bekannte Programme anmelden und bietet keine Registrierung an: Geben Sie eine
    Client-ID ein ({ advanced } oder --oauth-client-id), die Sie von Ihrem Anbieter oder Administrator
    bekommen, oder verwenden Sie die eigene Anmeldung Ihres E-Mail-Programms (Thunderbird: { tb-auth } „OAuth2“)
oauth-bad-tenant = { $tenant } ist keine Mandanten-ID und keine Domain
oauth-tenant-not-microsoft = Ein Mandant gilt nur für die Anmeldung bei Microsoft (login.microsoftonline.com)
oauth-cannot-listen = Auf 127.0.0.1 kann nicht gelauscht werden: { $error }
