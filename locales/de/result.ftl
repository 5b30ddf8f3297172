### Der Ergebnisschritt: die Einstellungskarten, warum dieser Port, was sonst
### funktioniert, was versucht wurde, und die Dateien zum Speichern.

result-for = Für { $name } <{ $email }>
copy-all = Alles kopieren
copy-all-tip = Die Einstellungen für ein- und ausgehende E-Mails kopieren
what-we-tried = Was wir versucht haben
working = Arbeitet
finishing = Die Prüfung wird abgeschlossen…
still-checking-others =
    { $count ->
        [one] Prüfe noch { $count } weitere Verbindung auf andere Einstellungen, die auch funktionieren; sie können diese nicht ändern.
       *[other] Prüfe noch { $count } weitere Verbindungen auf andere Einstellungen, die auch funktionieren; sie können diese nicht ändern.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Prüfe noch { $count } Verbindung für Ihre Einstellungen für eingehende E-Mails.
               *[other] Prüfe noch { $count } Verbindungen für Ihre Einstellungen für eingehende E-Mails.
            }
        [outgoing]
            { $count ->
                [one] Prüfe noch { $count } Verbindung für Ihre Einstellungen für ausgehende E-Mails.
               *[other] Prüfe noch { $count } Verbindungen für Ihre Einstellungen für ausgehende E-Mails.
            }
       *[both]
            { $count ->
                [one] Prüfe noch { $count } Verbindung für Ihre Einstellungen für ein- und ausgehende E-Mails.
               *[other] Prüfe noch { $count } Verbindungen für Ihre Einstellungen für ein- und ausgehende E-Mails.
            }
    }
stop = Beenden
stop-tip = Die übrigen Prüfungen beenden

files-need-both =
    Dateien für E-Mail-Programme brauchen eine verifizierte Einstellung für ein- und ausgehende E-Mails:
    Geben Sie Ihr Passwort ein und prüfen Sie erneut, oder kopieren Sie die Einstellungen oben.
save-thunderbird = Thunderbird-Datei speichern…
save-apple = Apple-Mail-Profil speichern…
save-text = Textbericht speichern…
save-json = JSON-Bericht speichern…
files-need-both-tip = E-Mail-Programme nehmen eine Einstellungsdatei nur mit verifiziertem Posteingangs- und Postausgangs-Server an.
profile-no-sign-in =
    Apple Mail meldet sich nur bei Google- und Microsoft-Konten bei einem Anbieter (OAuth2) an, und ein
    Profil kann keine Anmeldung enthalten: Fügen Sie das Konto in Apple Mail von Hand mit diesen
    Einstellungen hinzu
files-incomplete =
    ein E-Mail-Programm braucht eine verifizierte (verschlüsselte) Einstellung für ein- und ausgehende
    E-Mails, und diese Prüfung hat nicht beide verifiziert
check-again = Erneut prüfen
change-details = Angaben ändern
change-details-tip = Zurück zu Ihren Kontoangaben (Esc)

card-incoming = Eingehende E-Mails ({ $protocol })
card-outgoing = Ausgehende E-Mails (SMTP)
card-stopped-certain = Einige weniger wichtige Prüfungen wurden vorzeitig beendet; sie können diese Empfehlung nicht ändern.
card-stopped-uncertain = Die Prüfung wurde beendet, bevor sie sicher war: Eine bessere Einstellung hätte sich finden können.
card-plaintext = Warnung: funktioniert nur OHNE Verschlüsselung: Ihr Passwort und Ihre Nachrichten sind im Netzwerk lesbar.
card-exception =
    Funktioniert nur mit dem Zertifikat, das Sie von Hand angenommen haben: Keine Zertifizierungsstelle
    bürgt dafür. Ihr E-Mail-Programm wird ebenfalls davor warnen; nehmen Sie es dort nur an, wenn es
    diesen Fingerabdruck zeigt:
enter-as-my-server = { $host } als meinen Server eingeben
enter-as-my-server-tip = Zurück zum Formular mit diesem Server; nichts wird gesendet, bevor Sie prüfen
send-password-to = Mein Passwort an { $hosts } senden und erneut prüfen
send-password-to-tip = Nur für diese eine Prüfung und nur an die genannten Server: Nichts, was für sie bürgt, hat sie genannt
verified-signed-in = Verifiziert durch Anmeldung: Der Server hat Ihre Anmeldung über eine verschlüsselte Verbindung angenommen.
verified-password = Verifiziert: Der Server hat Ihr Passwort über eine verschlüsselte Verbindung angenommen.
connection-only = Die verschlüsselte Verbindung funktioniert. Ihr Passwort wurde nicht geprüft (es wurde keines eingegeben).
copy-field-name =
    { $direction ->
        [incoming] Posteingang { $field }
       *[outgoing] Postausgang { $field }
    }
copy-settings =
    { $direction ->
        [incoming] Einstellungen für eingehende E-Mails kopieren
       *[outgoing] Einstellungen für ausgehende E-Mails kopieren
    }

why-port = Warum Port { $port }?
why-port-and = Warum Port { $port } und { $protocol }?
why-tls =
    SSL/TLS (implizites TLS) und STARTTLS verschlüsseln beide Ihre E-Mails. Bei SSL/TLS wird vor Beginn
    der Verschlüsselung gar nichts gesagt, daher lässt sich unterwegs nichts manipulieren; deshalb
    bevorzugt es RFC 8314.
why-starttls =
    STARTTLS beginnt unverschlüsselt und schaltet dann auf Verschlüsselung um. Behalten Sie „STARTTLS“
    (nicht „STARTTLS, wenn möglich“), damit Ihr E-Mail-Programm das Passwort nicht sendet, falls die
    Verschlüsselung je scheitert. Sie lesen vielleicht, Port 465 sei „veraltet“: Dieser Rat ist älter als
    RFC 8314 (2018), das 465 wieder zum bevorzugten Port gemacht hat. Es ist einfach nicht der, der bei
    diesem Server funktioniert.
why-plaintext =
    Ohne Verschlüsselung kann jeder auf dem Netzwerkweg Ihr Passwort und Ihre Nachrichten lesen. Fragen
    Sie Ihren Anbieter nach einer verschlüsselten Einstellung (Port 465 oder 587).
also-works-heading = Funktioniert auch:
also-works-line = { $protocol } { $host } Port { $port } mit { $security }
also-works-line-but = { $protocol } { $host } Port { $port } mit { $security } ({ $caveat })

card-still-checking-incoming = Eingehende E-Mails: Prüfung läuft noch
card-still-checking-outgoing = Ausgehende E-Mails: Prüfung läuft noch
card-still-checking = Eine bessere Einstellung kann noch antworten. Sie erscheint hier, sobald sie sicher ist.
card-nothing-incoming = Eingehende E-Mails: keine funktionierenden Einstellungen gefunden
card-nothing-outgoing = Ausgehende E-Mails: keine funktionierenden Einstellungen gefunden
try-again-with = Erneut versuchen mit { $host }
fingerprint-compare = Fingerabdruck des Zertifikats (SHA-256), zum Vergleich mit dem, was Ihr Anbieter veröffentlicht:
fingerprint-own-ca =
    Wenn dies die eigene Zertifizierungsstelle Ihrer Organisation ist, fügen Sie ihr Zertifikat unter
    Erweitert > Zusätzliches vertrauenswürdiges Zertifikat hinzu und prüfen Sie erneut. Ihr Passwort wird
    nie an einen Server gesendet, dessen Zertifikat nicht verifiziert werden konnte.
fingerprint-accept-warning =
    Wenn Ihr Anbieter oder Administrator Ihnen genau diesen Fingerabdruck gegeben hat, können Sie dieses
    Zertifikat für eine Prüfung annehmen. Ist es nicht deren, bekäme, wer es erstellt hat, Ihr Passwort.
accept-certificate = Dieses Zertifikat für eine Prüfung annehmen
accept-certificate-tip = Erneut prüfen und das Passwort an einen Server mit diesem Zertifikat senden
change-password = Passwort ändern
enter-server-name = Servernamen eingeben
sign-in-with-provider = Bei Ihrem Anbieter anmelden
sign-in-with-provider-tip = Ihr Browser öffnet die Anmeldeseite Ihres Anbieters; die Server werden damit geprüft
fingerprint-tip = SHA-256-Fingerabdruck des Zertifikats des Servers

details = Details
details-of = Details zu { $attempt }
detail-address = Adresse
detail-phase = Kam bis
detail-time = Zeit
detail-milliseconds = { $ms } ms
detail-server-said = Server sagte
detail-greeting = Begrüßung
detail-capabilities = Fähigkeiten
detail-certificate-for = Zertifikat für
detail-and-more = { $names } und { $count } weitere
detail-issued-by = Ausgestellt von
detail-valid = Gültig
detail-valid-range = { $from } bis { $to }
detail-sha256 = SHA-256
detail-all-names = Alle { $count } Namen im Zertifikat
phase-name-queued = nicht begonnen
phase-name-resolve = den Namen nachschlagen
phase-name-connect = verbinden
phase-name-tls = den TLS-Handshake
phase-name-greeting = die Begrüßung
phase-name-capabilities = fragen, was der Server anbietet
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = erneut fragen über TLS
phase-name-ready = eine funktionierende Verbindung
phase-name-auth = die Anmeldung
phase-name-done = das Ende: alles hat funktioniert

no-dialog-certificate = Auf diesem Desktop kann sich kein Dateidialog öffnen: Geben Sie den Pfad der Zertifikatsdatei unter Erweitert ein.
saved-to = Gespeichert unter { $path }
saved-in-downloads = Auf diesem Desktop kann sich kein Dateidialog öffnen, daher wurde die Datei in Ihrem Download-Ordner gespeichert: { $path }
no-dialog-nowhere = Hier kann sich kein Dateidialog öffnen, und es gibt keinen Download- oder Home-Ordner zum Speichern. Verwenden Sie stattdessen Kopieren.
could-not-save = { $path } konnte nicht gespeichert werden: { $error }
choose-certificate-title = Vertrauenswürdiges Zertifikat wählen (PEM)
certificate-files = Zertifikate
