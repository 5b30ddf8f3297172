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
