### Das Fenster: sein Rahmen (jeder Schritt) und der Kontoschritt.

## Der Rahmen

about = Über
about-title = Über Mail Setup Assistant
about-version = Version { $version }
about-what =
    Findet Einstellungen für ein- und ausgehende E-Mails, die wirklich funktionieren, prüft Ihr
    Passwort nur über eine verschlüsselte Verbindung und erklärt das Ergebnis.
about-password = Ihr Passwort geht nur an den geprüften Mail-Server und wird nie gespeichert.
about-finding = Wie Ihre Server gefunden werden
about-lookups =
    Ohne einen von Ihnen genannten Server fragt dieses Programm: die Einstellungsdatei Ihres Anbieters
    (Ihr Anbieter sieht Ihre Adresse, wie bei Thunderbird); das DNS Ihrer Domain (MX- und
    SRV-Einträge); und zwei Dritte: Thunderbirds Datenbank der E-Mail-Anbieter, die nur Ihre Domain
    sieht, und den Anbieter, der die E-Mails Ihrer Domain verarbeitet, gefunden über dessen MX-Eintrag.
about-third-parties = Dritte fragen (Thunderbirds Datenbank, den E-Mail-Anbieter Ihrer Domain)
about-licence = Lizenz: { $licence }
close = Schließen
language-name = Deutsch
language-menu = Sprache: { $language }
language-system = System ({ $language })
theme = Darstellung: { $theme }
theme-system = System
theme-light = Hell
theme-dark = Dunkel
step-account = Ihr Konto
step-checking = Prüfung
step-result = Ihre Einstellungen
step-numbered = { $number }. { $name }
step-spoken = Schritt { $number } von { $count }: { $name }

## Der Kontoschritt

account-title = Richten Sie Ihr E-Mail-Konto ein
account-intro =
    Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein. Wir finden die Einstellungen für Posteingangs-
    und Postausgangs-Server, die funktionieren, und prüfen, ob Ihr Passwort angenommen wird – nur über
    eine verschlüsselte Verbindung.
email = E-Mail-Adresse
email-hint = name@example.com
email-invalid = Das sieht nicht wie eine E-Mail-Adresse aus (name@example.com).
password = Passwort
password-hint = das Passwort, das Sie für diese Adresse verwenden
password-show = Anzeigen
password-hide = Verbergen
password-toggle = Passwort anzeigen oder verbergen
password-none = Ohne Passwort können wir die Verbindungen prüfen, aber nicht, ob Ihre Anmeldung funktioniert.
sign-in-instead = Stattdessen bei meinem Anbieter anmelden
sign-in-with = Stattdessen bei { $provider } anmelden
sign-in-instead-tip =
    Für Anbieter, bei denen Sie sich auf deren eigener Seite anmelden (OAuth2): Ihr Browser öffnet sie,
    und die Server werden mit dieser Anmeldung geprüft. Hier wird kein Passwort eingegeben.
display-name = Ihr Name (optional)
display-name-hint = wird den Empfängern Ihrer E-Mails angezeigt
know-server = Ich kenne meinen Server
server = Mail-Server
server-hint = z. B. mail.example.com, für ein- und ausgehende E-Mails
server-invalid = Ein Servername besteht nur aus Buchstaben, Ziffern, Punkten und Bindestrichen.
incoming-server = Posteingangs-Server, falls abweichend
incoming-server-hint = z. B. imap.example.com
username = Benutzername, falls nicht Ihre E-Mail-Adresse
username-hint = meist Ihre vollständige E-Mail-Adresse
ports = Zu prüfende Ports für ausgehende E-Mails
ports-hint = 465, 587, 2525, 25
port-invalid = { $port } ist keine Portnummer (1–65535).
advanced = Erweitert
time-limit = Zeitlimit für jeden Schritt (Sekunden)
verify-all = Jede Einstellung verifizieren
verify-all-tip =
    Auf jedem funktionierenden Port anmelden, nicht nur auf dem empfohlenen (für Helpdesks).
    Standardmäßig aus: Anbieter können ein Konto nach vielen Anmeldungen aus einem neuen Programm
    sperren oder markieren.
client-id = Client-ID für die Anmeldung, nur wenn Ihr Anbieter oder Administrator Ihnen eine gegeben hat
client-id-hint = für „Bei meinem Anbieter anmelden“
tenant = Microsoft-Mandant dieser Client-ID, falls Ihr Administrator einen genannt hat
tenant-hint = z. B. contoso.onmicrosoft.com
allow-plaintext = Prüfung ohne Verschlüsselung erlauben
allow-plaintext-warning =
    Nur wenn Ihr Server nichts Besseres anbietet: Ihr Passwort wäre für jeden im Netzwerk zwischen
    Ihnen und dem Server lesbar. Das gilt nur für die nächste Prüfung, und eine solche Einstellung wird
    nie einer verschlüsselten vorgezogen.
certificate = Zusätzliches vertrauenswürdiges Zertifikat (für die Zertifizierungsstelle einer Firma oder Schule)
certificate-none = keines
certificate-remove = Entfernen
certificate-choose = Datei wählen…
certificate-path = Pfad der Zertifikatsdatei
certificate-path-hint = /pfad/zu/firmen-ca.pem
certificate-use = Diese Datei verwenden
find-settings = Meine Einstellungen finden
start-over = Neu beginnen
start-over-tip = Formular und Gespeichertes löschen

## Gemeinsame Teile

copy = Kopieren
copy-what = { $what } kopieren
copy-what-value = { $what } kopieren: { $value }
copied = Kopiert
show-words-of = Einstellungen in den Worten von:
mark-works = Funktioniert
mark-failed = Fehlgeschlagen
mark-stopped = Nicht versucht
decimal-point = ,
