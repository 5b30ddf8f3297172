### Der Textbericht: was `mailsetup probe` ausgibt und der Export „Textbericht“ des Fensters.

outcome-ok = funktioniert
outcome-auth-failed = Passwort abgelehnt
outcome-auth-temporary = Anmeldung gerade nicht möglich (Serverproblem)
outcome-auth-disabled = Anmeldung mit Passwort vom Anbieter abgeschaltet
outcome-web-login-required = zuerst über die Webseite anmelden
outcome-app-password-required = App-Passwort nötig
outcome-oauth-required = Anmeldung im Browser (OAuth2) nötig
outcome-auth-unavailable = keine Anmeldung angeboten
outcome-plaintext-auth-refused = Anmeldung nur ohne Verschlüsselung (Passwort nicht gesendet)
outcome-starttls-unavailable = keine Verschlüsselung angeboten
outcome-cert-untrusted = Zertifikat nicht vertrauenswürdig
outcome-cert-expired = Zertifikat abgelaufen
outcome-cert-name-mismatch = Zertifikat gilt für einen anderen Namen
outcome-tls-failed = Verschlüsselung fehlgeschlagen
outcome-wrong-mode = spricht die andere Verbindungsart
outcome-refused = geschlossen
outcome-server-busy = Server ausgelastet
outcome-service-refused = Server verweigert den Dienst
outcome-timeout = keine Antwort
outcome-dns-failed = kein solcher Server
outcome-protocol-error = keine ordentliche Antwort eines Mail-Servers
outcome-cancelled = abgebrochen
outcome-skipped = nicht versucht
cause-closed-after-login = Anmeldung angenommen, dann hat der Server die Sitzung beendet
cause-plaintext-only = überhaupt keine Verschlüsselung
cause-pipelined-answer = hat geantwortet, bevor gefragt wurde
cause-preauth = behauptet eine Anmeldung vor jedem Passwort
cause-login-unanswered = Passwort gesendet, keine Antwort
cause-access-disabled = in den Einstellungen des Anbieters abgeschaltet
cause-login-spared = bietet eine Anmeldung; nicht versucht, um Ihr Konto zu schonen
cause-mechanism-refused = hat die angebotene Anmeldeart selbst abgelehnt
cause-unreachable = keine Route dorthin

report-short-reason = { $words }.

report-server-type = Servertyp:
report-server = Server:
report-port = Port:
report-security = Verbindungssicherheit:
report-authentication = Authentifizierung:
report-username = Benutzername:
report-certificate = Zertifikat SHA-256:
report-auth-oauth = OAuth2 (Anmeldung bei Ihrem Anbieter)
report-auth-password = Passwort, normal
report-auth-unchecked = (nicht geprüft)

report-cancelled = Beendet, bevor die Prüfung fertig war; das ist, was bis dahin gefunden wurde.
report-works-plaintext =
    { $direction ->
        [incoming] Eingehende E-Mails funktionieren nur OHNE Verschlüsselung:
       *[outgoing] Ausgehende E-Mails funktionieren nur OHNE Verschlüsselung:
    }
report-works-exception =
    { $direction ->
        [incoming] Eingehende E-Mails funktionieren nur mit dem Zertifikat, das Sie von Hand angenommen haben:
       *[outgoing] Ausgehende E-Mails funktionieren nur mit dem Zertifikat, das Sie von Hand angenommen haben:
    }
report-recommended-unchecked =
    { $direction ->
        [incoming] Empfohlene Einstellungen für eingehende E-Mails (Verbindung geprüft, Passwort nicht geprüft):
       *[outgoing] Empfohlene Einstellungen für ausgehende E-Mails (Verbindung geprüft, Passwort nicht geprüft):
    }
report-recommended-signed-in =
    { $direction ->
        [incoming] Empfohlene Einstellungen für eingehende E-Mails (verifiziert durch Anmeldung bei Ihrem Anbieter):
       *[outgoing] Empfohlene Einstellungen für ausgehende E-Mails (verifiziert durch Anmeldung bei Ihrem Anbieter):
    }
report-recommended =
    { $direction ->
        [incoming] Empfohlene Einstellungen für eingehende E-Mails (verifiziert: Ihr Passwort wurde angenommen):
       *[outgoing] Empfohlene Einstellungen für ausgehende E-Mails (verifiziert: Ihr Passwort wurde angenommen):
    }
report-found-private =
    { $direction ->
        [incoming] Einstellungen für eingehende E-Mails auf einer lokalen oder privaten Netzwerkadresse gefunden (das Passwort wurde nicht gesendet):
       *[outgoing] Einstellungen für ausgehende E-Mails auf einer lokalen oder privaten Netzwerkadresse gefunden (das Passwort wurde nicht gesendet):
    }
report-found-unconfirmed =
    { $direction ->
        [incoming] Einstellungen für eingehende E-Mails gefunden, die Ihre Bestätigung brauchen (das Passwort wurde nicht gesendet):
       *[outgoing] Einstellungen für ausgehende E-Mails gefunden, die Ihre Bestätigung brauchen (das Passwort wurde nicht gesendet):
    }
report-if-own-server = Wenn es der eigene Server Ihrer Organisation ist:
report-to-send-there = Um das Passwort dorthin zu senden:
report-why = Warum:
report-also-works =
    { $direction ->
        [incoming] Funktioniert auch (eingehend):
       *[outgoing] Funktioniert auch (ausgehend):
    }
report-looked-for = Wo nach den Servern gesucht wurde:
report-else-tried = Was sonst versucht wurde:

report-lookup-found = gefunden
report-lookup-nothing = nichts
report-lookup-timeout = keine Antwort
report-lookup-failed = fehlgeschlagen
report-lookup-ignored = IGNORIERT
report-lookup = { $mark }: { $query } ({ $ms } ms): { $detail }

cli-thunderbird-file = Thunderbird-Datei
cli-apple-profile = Apple-Profil
cli-wrote = { $what } nach { $path } geschrieben
cli-not-written = { $what } nicht geschrieben: { $why }.
cli-password-prompt = Passwort für { $email }:{ " " }
cli-sign-in-open =
    Melden Sie sich in Ihrem Browser bei Ihrem Anbieter ({ $issuer }) an. Falls sich kein Browser öffnet,
    öffnen Sie diese Adresse:
cli-sign-in-waiting = Warten auf Ihre Anmeldung (Strg-C beendet)…
cli-no-browser = (hier konnte kein Browser geöffnet werden: { $error })
cli-signed-in = Angemeldet; die Server werden damit geprüft.
cli-unknown-language = Keine Sprache „{ $tag }“ vorhanden; es wird { $spoken } gesprochen.
cli-give-the-name = Um den Namen anzugeben:
cli-recommended = => { $setting } funktioniert; die übrigen Prüfungen laufen zu Ende (Strg-C beendet sie)
cli-lookup = Abfrage
cli-with-exception = , mit dem Zertifikat, das Sie angenommen haben
cli-timeout-range = --timeout muss zwischen 0 und 600 Sekunden liegen
cli-ispdb-https = --ispdb muss eine https://-URL sein (eine Antwort über einfaches http ließe sich fälschen)
cli-no-password =
    Kein Passwort: Geben Sie es bei der Abfrage ein, leiten Sie es mit --password-stdin weiter, setzen Sie
    MAILSETUP_PASSWORD oder verwenden Sie --no-auth, um nur die Verbindungen zu prüfen
cli-empty-password = Das Passwort ist leer (--no-auth prüft nur die Verbindungen)
cli-password-too-long = Die erste Zeile der Standardeingabe ist zu lang für ein Passwort
cli-password-not-utf8 = Das Passwort ist kein UTF-8-Text
cli-cannot-write = { $path } kann nicht geschrieben werden: { $error }
cli-window-failed = Die Befehlszeile funktioniert weiterhin: mailsetup probe ADRESSE (siehe mailsetup --help).
cli-no-window-build = Diese Ausgabe hat kein Fenster (ohne die Funktion „gui“ gebaut). Verwenden Sie: mailsetup probe ADRESSE
cli-error = Fehler: { $error }
cli-error-more = Mehr dazu: { $help }
cli-error-unknown-argument = Es gibt keine Option { $argument }
cli-error-unknown-command = Es gibt keinen Befehl { $command }
cli-error-invalid-value = „{ $value }“ ist kein Wert für { $argument }
cli-error-invalid-value-why = „{ $value }“ ist kein Wert für { $argument }: { $why }
cli-error-missing = { $argument } fehlt
cli-error-conflict = { $argument } geht nicht zusammen mit { $other }
cli-error-similar = (meinten Sie { $similar }?)
cli-not-dns-server = { $text } ist nicht ADDR oder ADDR:PORT
cli-not-fingerprint = { $text } ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, z. B. AB:CD:...)
cli-not-host-addr = { $text } ist nicht HOST:ADDR
cli-not-ip-address = { $text } ist keine IP-Adresse
