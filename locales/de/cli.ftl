### Die Hilfe der Befehlszeile (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: findet Einstellungen für eingehende (IMAP, POP3) und ausgehende (SMTP) E-Mails, die wirklich funktionieren, und erklärt, warum.
cli-usage = mailsetup [OPTIONEN] [BEFEHL]
cli-usage-line = Aufruf: { $usage }
cli-commands = Befehle:
cli-arguments = Argumente:
cli-options-heading = Optionen:
cli-help = Hilfe anzeigen
cli-version = Version anzeigen
cli-default = Vorgabe: { $value }.
cli-without-command = Ohne Befehl öffnet sich das Einrichtungsfenster.
cli-examples = Beispiele:
cli-example-window = das Einrichtungsfenster öffnen
cli-example-probe = prüfen, mit Frage nach dem Passwort
cli-example-no-auth = nur die Verbindungen prüfen
cli-example-json = mit dem Passwort aus einem Skript prüfen und JSON ausgeben

cli-arg-resolve = Für das Fenster: ADDR für HOST statt DNS verwenden (wiederholbar), um einen Server zu prüfen, bevor das DNS auf ihn zeigt.
cli-arg-ca-file = Für das Fenster: zusätzliche vertrauenswürdige Zertifikate in PEM, z. B. die CA einer Firma.
cli-arg-dns = Für das Fenster: diesen DNS-Server statt des System-DNS fragen.
cli-arg-ispdb = Für das Fenster: die zu fragende Anbieter-Datenbank (https).
cli-arg-no-lookup = Für das Fenster: nichts nachschlagen (nur die Vermutungen und genannten Server).
cli-arg-lang =
    Die Sprache des Fensters und der Erklärungen (Bericht, JSON „explanation“), als Kürzel wie de oder ja;
    Vorgabe: die des Systems. JSON-Schlüssel und Ergebniscodes bleiben englisch.

cli-probe-about = Prüfen, welche Servereinstellungen für eingehende und ausgehende E-Mails einer Adresse funktionieren.
cli-probe-usage = mailsetup probe [OPTIONEN] <EMAIL>
cli-probe-password-from =
    Das Passwort wird abgefragt (ohne Anzeige), von --password-stdin oder aus der Umgebungsvariable
    MAILSETUP_PASSWORD gelesen; nie von der Befehlszeile.
cli-probe-exit-status =
    Rückgabewert: 0, wenn jede geprüfte Richtung (eingehend, ausgehend) eine verifizierte Einstellung hat
    (mit --no-auth: eine sichere Verbindung), sonst 1, 2 bei falschem Aufruf oder falscher Eingabe.
cli-probe-email = Ihre E-Mail-Adresse, z. B. alice@example.com.
cli-probe-protocols = Nur diese Protokolle (wiederholbar): smtp (ausgehend), imap, pop3 (eingehend). Vorgabe: alle drei.
cli-probe-servers = Zu prüfender Server, für jedes Protokoll (wiederholbar). Vorgabe: smtp./imap./pop.DOMAIN, mail.DOMAIN, DOMAIN.
cli-probe-incoming-servers = Server für eingehende E-Mails (IMAP, POP3), wenn es nicht der --server ist (wiederholbar).
cli-probe-ports = Zu prüfender Port (wiederholbar). Vorgabe: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Benutzername für die Anmeldung. Vorgabe: die vollständige E-Mail-Adresse.
cli-probe-timeout = Zeitlimit für jeden Schritt einer Verbindung, in Sekunden.
cli-probe-ca-file = Zusätzliche vertrauenswürdige Zertifikate in PEM, z. B. die CA Ihrer Firma.
cli-probe-resolve = ADDR für HOST statt DNS verwenden, wie bei curl (wiederholbar).
cli-probe-allow-plaintext =
    Das Passwort OHNE Verschlüsselung senden lassen, wo ein Server nichts Besseres anbietet. Jeder auf dem
    Weg durchs Netz könnte es lesen.
cli-probe-danger-accept-certificates =
    Ein nicht vertrauenswürdiges (z. B. selbst signiertes) Serverzertifikat anhand seines SHA-256-Fingerabdrucks
    annehmen (wiederholbar), nur nach dem Vergleich mit dem, was der Administrator des Servers veröffentlicht.
cli-probe-no-auth = Nur die Verbindungen prüfen; nicht anmelden.
cli-probe-password-stdin = Das Passwort aus der ersten Zeile der Standardeingabe lesen.
cli-probe-json = Den Bericht als JSON (die feste Schnittstelle) statt als Text ausgeben.
cli-probe-thunderbird-file = Eine Thunderbird-Autoconfig-Datei (config-v1.1.xml) der verifizierten Einstellungen hierhin schreiben.
cli-probe-apple-profile = Ein Apple-Konfigurationsprofil (.mobileconfig) der verifizierten Einstellungen hierhin schreiben.
cli-probe-dns = Diesen DNS-Server (Port 53, wenn nicht angegeben) statt des System-DNS fragen, für jeden Namen und jeden MX- und SRV-Eintrag.
cli-probe-ispdb = Die zu fragende Anbieter-Datenbank von Thunderbird (die Domain wird angehängt).
cli-probe-no-third-party =
    Keinen Dritten fragen: weder die Anbieter-Datenbank noch, über den MX-Eintrag, den Anbieter, der die
    E-Mails der Domain abwickelt.
cli-probe-no-lookup = Nichts nachschlagen: nur die genannten Server (--server) oder die Vermutungen prüfen.
cli-probe-trust-discovered =
    Das Passwort an diesen Server senden (wiederholen oder mit Kommas trennen), obwohl er außerhalb der
    Domain der Adresse liegt und nur DNS (MX, SRV) oder eine Weiterleitung ihn nannte: solche Antworten
    lassen sich fälschen. Das Passwort geht an keinen anderen solchen Server.
cli-probe-verify-all =
    Bei jeder funktionierenden Einstellung anmelden, nicht nur bei der empfohlenen (für Helpdesks). Sonst
    werden die anderen bis zum Angebot der Anmeldung geprüft, um das Konto zu schonen: Anbieter sperren
    oder markieren Konten nach gehäuften Anmeldungen.
cli-probe-oauth =
    Im Browser bei Ihrem Anbieter anmelden (OAuth2), statt ein Passwort einzugeben; die Server werden mit
    dieser Anmeldung geprüft.
cli-probe-oauth-client-id =
    Die OAuth2-Client-ID für die Anmeldung (von Ihrem Anbieter oder Administrator), wo der Anbieter
    Programme sich nicht selbst registrieren lässt.
cli-probe-oauth-tenant = Ein Microsoft-Mandant (ID oder Domain), in dessen Verzeichnis die Client-ID registriert ist.
cli-probe-oauth-wait = Wie lange auf Ihre Anmeldung gewartet wird, in Sekunden (höchstens 300).
