### Was jedes Ergebnis bedeutet, warum eine Einstellung gewählt wurde und
### warum nichts funktioniert.

## Wie eine Verbindung geschützt ist, innerhalb eines Satzes
protection-tls = von Anfang an verschlüsselt (SSL/TLS)
protection-starttls = mit STARTTLS verschlüsselt
protection-plain = NICHT verschlüsselt

## Das Ergebnis einer Anmeldung
works-signed-in = Funktioniert: Die Verbindung ist { $protection }, und der Server hat Ihre Anmeldung bei Ihrem Anbieter angenommen.
works-password = Funktioniert: Die Verbindung ist { $protection }, und das Passwort wurde angenommen.
works-unchecked = Die Verbindung funktioniert und ist { $protection }. Das Passwort wurde nicht geprüft.
auth-failed =
    Der Server hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides; manche Anbieter
    verlangen außerdem ein „App-Passwort“, das Sie in den Web-Einstellungen anlegen und statt Ihres
    üblichen Passworts verwenden.
auth-temporary =
    Der Server konnte das Passwort gerade nicht prüfen (ein vorübergehendes Problem auf seiner Seite,
    kein falsches Passwort). Versuchen Sie es in ein paar Minuten erneut.
auth-disabled =
    Ihr Anbieter hat für dieses Konto Anmeldungen mit Passwort aus E-Mail-Programmen abgeschaltet
    (Microsoft 365 nennt es „SMTP AUTH“). Ihr Passwort kann durchaus stimmen: Der Administrator der
    E-Mail Ihrer Organisation kann es für Ihr Postfach einschalten, oder Ihr E-Mail-Programm muss sich
    mit OAuth2 anmelden.
web-login-required =
    Ihr Anbieter möchte, dass Sie sich einmal über seine Webseite anmelden, bevor sich E-Mail-Programme
    anmelden dürfen (Google: „Please log in via your web browser“). Melden Sie sich im Browser bei Ihren
    E-Mails an, bestätigen Sie eventuelle Sicherheitsfragen und versuchen Sie es dann erneut; mit
    Bestätigung in zwei Schritten verwenden Sie ein App-Passwort.
app-password-required =
    Ihr Anbieter nimmt Ihr übliches Passwort von E-Mail-Programmen nicht an. Legen Sie in den
    Sicherheitseinstellungen Ihres Kontos ein „App-Passwort“ (anwendungsspezifisches Passwort) an und
    verwenden Sie dieses.
oauth-required =
    Dieser Server nimmt nur eine Anmeldung über die Webseite Ihres Anbieters an (OAuth2), kein
    eingetipptes Passwort; Ihr Passwort wurde daher nicht gesendet. Wählen Sie in Thunderbird „OAuth2“
    als Authentifizierungsmethode; fügen Sie das Konto in Apple Mail erneut als Google- oder
    Microsoft-Konto hinzu; das klassische Outlook kennt bei IMAP kein OAuth2, fügen Sie es dort also
    ebenfalls als Microsoft- oder Google-Konto hinzu.
no-login-incoming = Port { $port } bietet keine Anmeldung, die E-Mail-Programme verwenden können; Ihre E-Mails lassen sich darüber nicht lesen.
no-login-outgoing = Port { $port } bietet keine Anmeldung; ein E-Mail-Programm kann darüber nicht mit Ihrem Konto senden.
no-login-port-25 =
    Port { $port } bietet keine Anmeldung; ein E-Mail-Programm kann darüber nicht mit Ihrem Konto senden
    (Port 25 ist für Mail-Server untereinander).
plaintext-auth-refused =
    Port { $port } würde Ihr Passwort ohne Verschlüsselung annehmen, daher haben wir es nicht gesendet.
    Jeder im Netzwerk könnte es dort mitlesen.

## Verschlüsselung und Zertifikate
starttls-unavailable = Port { $port } bietet keine Verschlüsselung (STARTTLS) an und ist daher nicht sicher.
cert-self-signed =
    Das Zertifikat des Servers ist selbst signiert (niemand bürgt dafür), daher können wir nicht sicher
    sein, dass dies wirklich Ihr Mail-Server ist. Das Passwort wurde nicht gesendet. Wenn Ihre
    Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie diese als vertrauenswürdiges
    Zertifikat hinzu.
cert-untrusted =
    Das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Stelle, daher können wir nicht
    sicher sein, dass dies wirklich Ihr Mail-Server ist. Das Passwort wurde nicht gesendet. Wenn Ihre
    Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie diese als vertrauenswürdiges
    Zertifikat hinzu.
cert-expired =
    Das Zertifikat des Servers ist nicht mehr (oder noch nicht) gültig. Das Passwort wurde nicht
    gesendet. Der Anbieter muss es erneuern; prüfen Sie auch, ob das Datum Ihres Computers stimmt.
cert-no-name = Das Zertifikat des Servers gilt nicht für den Namen { $host }. Das Passwort wurde nicht gesendet.
cert-other-name =
    Das Zertifikat des Servers gilt für { $names }, nicht für { $host }. Verwenden Sie stattdessen diesen
    Namen als Server; das Passwort wurde nicht gesendet.
tls-failed = Die verschlüsselte Verbindung auf Port { $port } ließ sich nicht aufbauen.
wrong-mode-wants-starttls =
    Port { $port } erwartet STARTTLS (erst eine unverschlüsselte Begrüßung, dann Verschlüsselung), nicht
    SSL/TLS von Anfang an.
wrong-mode-wants-tls = Port { $port } erwartet SSL/TLS von Anfang an, nicht STARTTLS.

## Die Verbindung
refused = Auf Port { $port } dieses Servers antwortet nichts: Der Port ist geschlossen.
server-busy =
    Der Server auf Port { $port } ist ausgelastet und hat die Verbindung vorerst abgewiesen. Versuchen Sie
    es in ein paar Minuten erneut.
service-refused =
    Der Server auf Port { $port } verweigert Ihrer Verbindung den Dienst. Anbieter tun das bei Adressen
    auf ihren Sperrlisten oder außerhalb ihres Netzes; fragen Sie Ihren Anbieter oder versuchen Sie es
    aus einem anderen Netzwerk.
timeout-port-25 = Keine Antwort: Port 25 wird von Internetanbietern oft gesperrt.
timeout-connect = Keine Antwort auf Port { $port }: Eine Firewall in Ihrem Netzwerk oder beim Server blockiert ihn vielleicht.
timeout-login =
    Der Server hat auf die Anmeldung nicht rechtzeitig geantwortet. Vielleicht bremst er Anmeldungen nach
    früheren falschen Passwörtern; warten Sie ein paar Minuten und versuchen Sie es erneut.
timeout-midway =
    Der Server auf Port { $port } hat mittendrin aufgehört zu antworten oder zu langsam für das Zeitlimit
    geantwortet. Wenn er nur langsam ist, prüfen Sie erneut mit einem längeren Zeitlimit je Schritt.
dns-failed = Den Namen { $host } gibt es nicht (oder Ihr Netzwerk kann ihn nicht nachschlagen).
protocol-error =
    Der Server auf Port { $port } hat sich nicht wie ein Mail-Server verhalten, daher haben wir zur
    Sicherheit aufgehört.
cancelled = Beendet, bevor es fertig war.
not-tried = Nicht versucht.

## Genauere Gründe
not-confirmed-dns =
    Port { $port } funktioniert, mit einem gültigen Zertifikat für { $host }. Aber nur { $source } hat
    diesen Server genannt, und er liegt nicht in der Domain Ihrer Adresse. DNS-Antworten lassen sich
    fälschen, daher wurde Ihr Passwort nicht dorthin gesendet. Wenn { $host } der Server Ihres Anbieters
    ist, bestätigen Sie ihn und prüfen Sie erneut.
not-confirmed-redirect =
    Port { $port } funktioniert, mit einem gültigen Zertifikat für { $host }. Aber { $source } hat uns
    dafür an eine andere Website weitergeleitet, und der Server liegt nicht in der Domain Ihrer Adresse.
    Ein solcher Umweg lässt sich fälschen, daher wurde Ihr Passwort nicht dorthin gesendet. Wenn
    { $host } der Server Ihres Anbieters ist, bestätigen Sie ihn und prüfen Sie erneut.
private-address =
    Port { $port } von { $host } funktioniert, aber { $host } liegt auf diesem Computer oder in einem
    privaten Netzwerk ({ $address }), während die Domain Ihrer Adresse im Internet liegt. Eine
    Namensauflösung, die dorthin zeigt, ist genau das, was ein feindliches Netzwerk oder eine gefälschte
    Antwort tun würde, um ein Passwort abzufangen; Ihres wurde daher nicht gesendet. Wenn dies der
    eigene Server Ihrer Organisation ist, geben Sie ihn als Ihren Server ein und prüfen Sie erneut.
private-address-unknown = eine lokale Adresse
password-refused-elsewhere =
    Nicht geprüft: { $host } hat Ihr Passwort bereits auf einem anderen Port abgelehnt, und ein weiterer
    Versuch könnte Ihr Konto sperren. Prüfen Sie das Passwort (und den Benutzernamen) und versuchen Sie
    es erneut.
pipelined-answer =
    Der Server auf Port { $port } hat eine Antwort gesendet, bevor ihm die Frage gestellt wurde. Ein
    echter Server tut das nie; so fälscht ein Angreifer zwischen Ihnen und dem Server ein „Ja“, oder es
    ist ein schwer defekter Server. Nichts von dem, was er sagte, zählt, und wir haben aufgehört.
pipelined-answer-before-password =
    Der Server auf Port { $port } hat eine Antwort gesendet, bevor ihm die Frage gestellt wurde. Ein
    echter Server tut das nie; so fälscht ein Angreifer zwischen Ihnen und dem Server ein „Ja“, oder es
    ist ein schwer defekter Server. Nichts von dem, was er sagte, zählt, und wir haben aufgehört, bevor
    Ihr Passwort gesendet wurde.
preauth-tls =
    Der Server auf Port { $port } behauptet, Sie seien angemeldet, bevor ein Passwort angegeben wurde
    (IMAP „PREAUTH“). Eine Anmeldung lässt sich hier also nicht prüfen, und das Passwort wurde nicht
    gesendet. E-Mail-Programme behandeln das als Fehler; sagen Sie es Ihrem Anbieter.
preauth-plain =
    Der Server auf Port { $port } behauptet, Sie seien angemeldet, bevor ein Passwort angegeben wurde
    (IMAP „PREAUTH“), was auch Verschlüsselung ausschließt. In einem normalen Netzwerk ist das der Trick,
    mit dem ein Angreifer die Verbindung unverschlüsselt hält, daher wurde das Passwort nicht gesendet.
    Verwenden Sie stattdessen SSL/TLS auf Port 993.
missing-intermediate =
    Der Server hat sein Zertifikat ohne das Zwischenzertifikat gesendet, das es mit einer
    vertrauenswürdigen Stelle verbindet ({ $issuer }). Das ist ein Fehler in der Einrichtung des Servers,
    nicht bei Ihnen: Der Anbieter muss die vollständige Zertifikatskette installieren. Das Passwort wurde
    nicht gesendet.
no-subject-alt-name =
    Das Zertifikat des Servers nennt { $host } nur im alten Feld „Common Name“ und hat keinen
    subjectAltName, den Browser und aktuelle E-Mail-Programme verlangen. Ein anderer Servername würde
    nicht helfen: Der Anbieter muss das Zertifikat ersetzen. Das Passwort wurde nicht gesendet.
weak-key =
    Das Zertifikat des Servers verwendet einen Schlüssel oder eine Signatur, die heute zu schwach ist, um
    ihr zu vertrauen (zum Beispiel einen 1024-Bit-RSA-Schlüssel). Der Anbieter muss es ersetzen. Das
    Passwort wurde nicht gesendet.
old-tls-version =
    Der Server auf Port { $port } hat die Verbindung beendet, als die Verschlüsselung beginnen sollte.
    Server tun das, wenn sie nur alte Verschlüsselungsversionen sprechen (TLS 1.0 oder 1.1), die nicht
    mehr sicher sind und die aktuelle E-Mail-Programme ablehnen. Der Anbieter muss den Server
    aktualisieren.
client-certificate-required =
    Der Server auf Port { $port } verlangt ein Client-Zertifikat (ein auf Ihrem Computer installiertes
    Zertifikat, wie es manche Firmen verwenden) statt oder vor einem Passwort. Fragen Sie Ihren
    Administrator danach.
tls-broken-on-server =
    Port { $port } bietet Verschlüsselung (STARTTLS) an, konnte sie aber nicht starten („TLS not
    available“): ein Problem auf dem Server, oft ein Zertifikat oder Schlüssel, den er nicht lesen kann.
    Sagen Sie es dem Anbieter; versuchen Sie es später erneut.
plaintext-only =
    Port { $port } antwortet ganz ohne Verschlüsselung und bietet auch kein STARTTLS an, daher ist er
    nicht sicher.
other-mechanisms =
    Port { $port } bietet die Anmeldung nur mit { $offered } an; dabei wird ein Nachweis des Passworts
    statt des Passworts gesendet. E-Mail-Programme nennen das „{ $program }“. Dieses Programm kann das
    Passwort so nicht verifizieren, daher wurde es nicht geprüft.
mechanisms-or = { $first } oder { $second }
mechanism-own = einem eigenen Verfahren
mechanism-encrypted-password = Verschlüsseltes Passwort
unreachable = Von diesem Netz aus gibt es keinen Weg zu { $host } (Netz oder Host nicht erreichbar: keine Route); über Port { $port } ist daher nichts bekannt, er gilt nicht als geschlossen.
login-not-permitted =
    Der Server auf Port { $port } erlaubt auf dieser Verbindung keine Anmeldung (er antwortete 530). Sein
    Administrator erlaubt Anmeldungen vielleicht nur aus bestimmten Netzen oder für bestimmte Konten;
    fragen Sie Ihren Anbieter.
closed-after-login =
    Der Server auf Port { $port } hat die Anmeldung angenommen und dann die Sitzung beendet, daher kann er
    jetzt keine E-Mails senden. Das ist ein Problem auf der Seite des Servers; versuchen Sie es später
    erneut oder sagen Sie es Ihrem Anbieter.
tls-required =
    Der Server auf Port { $port } will eine verschlüsselte Verbindung, bevor er eine Anmeldung annimmt;
    er hat den Benutzernamen abgelehnt, daher wurde das Passwort nicht gesendet. Verwenden Sie eine
    Einstellung mit SSL/TLS oder STARTTLS.
access-disabled =
    Ihr Anbieter hat den { $protocol }-Zugriff für dieses Konto abgeschaltet, daher können sich
    E-Mail-Programme damit nicht anmelden (Ihr Passwort kann durchaus stimmen). Schalten Sie ihn in den
    Einstellungen Ihres Web-Mails ein (Gmail: Einstellungen → Alle Einstellungen aufrufen → Weiterleitung
    und POP/IMAP; Microsoft 365: Ihr Administrator, bei den E-Mail-Apps des Postfachs) und prüfen Sie
    dann erneut.
mechanism-refused =
    Der Server auf Port { $port } hat eine Anmeldeart angeboten ({ $mechanism }) und diese dann selbst
    abgelehnt, ohne das Passwort zu beurteilen: ein Fehler in der Einrichtung des Servers. Keine andere
    Anmeldeart hat dort funktioniert.
mechanism-its-login = seine Anmeldung
login-spared =
    Port { $port } funktioniert ({ $protection }) und bietet eine Anmeldung; sie wurde nicht versucht, um
    Ihr Konto zu schonen: Eine andere Einstellung wurde bereits verifiziert, und Anbieter können ein
    Konto nach vielen Anmeldungen aus einem neuen Programm sperren oder markieren. Um sich auf jeder
    Einstellung anzumelden, wählen Sie „Jede Einstellung verifizieren“ (Befehlszeile: --verify-all).
sign-in-refused-elsewhere =
    Nicht geprüft: { $host } hat Ihre Anmeldung bereits auf einem anderen Port abgelehnt, und ein weiterer
    Versuch könnte Ihr Konto sperren. Melden Sie sich erneut an, mit dem eigenen Konto dieser Adresse.
sign-in-refused =
    Der Server auf Port { $port } hat Ihre Anmeldung abgelehnt. Das Konto, mit dem Sie sich im Browser
    angemeldet haben, gehört vielleicht nicht zu dieser Adresse, oder Ihr Anbieter lässt es keine
    E-Mail-Programme verwenden; melden Sie sich erneut an, mit dem eigenen Konto dieser Adresse.
login-unanswered =
    Das Passwort wurde auf Port { $port } gesendet, aber der Server hat nicht rechtzeitig geantwortet.
    Server bremsen nach falschen Passwörtern absichtlich, daher zählt das als fehlgeschlagene Anmeldung:
    Zum Schutz Ihres Kontos wurde es auf keinem weiteren Port versucht. Prüfen Sie das Passwort, warten
    Sie ein paar Minuten und versuchen Sie es erneut.

## Warum diese Einstellung
choice-tls =
    Port { $port } mit SSL/TLS („implizites TLS“) verschlüsselt die Verbindung ab dem allerersten Byte.
    RFC 8314 (2018) empfiehlt genau das für E-Mail-Programme.
choice-starttls =
    Port { $port } begrüßt unverschlüsselt, dann wird die Verbindung mit STARTTLS auf Verschlüsselung
    umgeschaltet. Das ist so sicher wie SSL/TLS, solange Ihr E-Mail-Programm STARTTLS verlangt; dann wird
    das Passwort immer nur verschlüsselt gesendet.
choice-imap =
    IMAP behält Ihre E-Mails auf dem Server, daher sieht jedes Gerät, das Sie verwenden (Computer,
    Telefon, Web-Mail), dieselben Ordner, Gelesen-Markierungen und gesendeten E-Mails.
choice-pop3 =
    Hier funktioniert nur POP3: Es lädt Ihre E-Mails auf dieses eine Gerät herunter (und entfernt sie
    meist vom Server), daher sehen andere Geräte nicht dieselben E-Mails. Das passt für einen Computer
    oder ein volles Postfach; für mehrere Geräte fragen Sie Ihren Anbieter nach IMAP.
choice-smtp-465 =
    Port 465 mit SSL/TLS („implizites TLS“) verschlüsselt die Verbindung ab dem allerersten Byte, bevor
    Ihr E-Mail-Programm und der Server irgendetwas austauschen. RFC 8314 (2018) empfiehlt genau das für
    E-Mail-Programme. Artikel, die Port 465 „veraltet“ nennen, wurden vor 2018 geschrieben und sind
    überholt.
choice-smtp-tls =
    Port { $port } mit SSL/TLS: Die Verbindung ist ab dem allerersten Byte verschlüsselt, wie es RFC 8314
    für E-Mail-Programme empfiehlt.
choice-smtp-587 =
    Port 587 ist der Standard-Port zum Senden von E-Mails aus einem E-Mail-Programm (RFC 6409). Der Server
    begrüßt unverschlüsselt, dann wird die Verbindung mit STARTTLS auf Verschlüsselung umgeschaltet. Das
    ist so sicher wie Port 465, solange Ihr E-Mail-Programm STARTTLS verlangt (nicht „STARTTLS, wenn
    möglich“); dann wird das Passwort immer nur verschlüsselt gesendet.
choice-smtp-2525 =
    Port 2525 ist kein offizieller Mail-Port, aber viele Anbieter bieten ihn an, weil manche Netzwerke die
    offiziellen sperren. Die Verbindung wird mit STARTTLS auf Verschlüsselung umgeschaltet, bevor das
    Passwort gesendet wird.
choice-smtp-25 =
    Port 25 ist für Mail-Server untereinander gedacht, und viele Internetanbieter sperren ihn für
    Heim- und Mobilfunkanschlüsse; er kann also aufhören zu funktionieren, wenn Sie das Netzwerk
    wechseln. Er funktioniert hier, mit STARTTLS-Verschlüsselung, weil nichts Besseres funktioniert hat.
choice-smtp-starttls =
    Port { $port } funktioniert mit STARTTLS: Die Verbindung wird auf Verschlüsselung umgeschaltet, bevor
    das Passwort gesendet wird.
choice-better-failed = Port { $port } ({ $security }) wäre vorzuziehen, hat aber nicht funktioniert: { $why }
choice-misconfigured =
    Hinweis: Port { $port } verwendet normalerweise { $usual }; dieser Server spricht dort { $security },
    ein Fehler in seiner Einrichtung. Stellen Sie Ihr E-Mail-Programm genau wie gezeigt ein, sonst könnte
    der Anbieter das eines Tages beheben und diese Einstellung damit zerstören.
choice-other-misconfigured =
    Port { $port } antwortet auch, aber mit { $security }, wo E-Mail-Programme { $usual } erwarten: ein
    Fehler in der Einrichtung des Servers, daher wird er nicht empfohlen.
also-works = Funktioniert auch: Port { $port } mit { $security }.
also-works-but = Funktioniert auch: Port { $port } mit { $security } ({ $caveat }).
plaintext-warning =
    Warnung: Port { $port } funktioniert nur OHNE Verschlüsselung. Ihr Passwort und Ihre E-Mails sind
    für jeden auf dem Netzwerkweg lesbar. Sie haben diese Prüfung erlaubt; verwenden Sie sie nur in
    einem Netzwerk, dem Sie vertrauen, und fragen Sie Ihren Anbieter nach einer verschlüsselten
    Einstellung.
certificate-exception-warning =
    Warnung: Das funktioniert nur, weil Sie das Zertifikat des Servers anhand seines Fingerabdrucks
    angenommen haben; keine Zertifizierungsstelle bürgt dafür. Ihr E-Mail-Programm wird ebenfalls
    davor warnen: Nehmen Sie es dort nur an, wenn es denselben Fingerabdruck zeigt.

## Was man vor der Verwendung einer Einstellung wissen muss
caveat-insecure = nicht verschlüsselt: vermeiden
caveat-certificate = nur mit dem Zertifikat, das Sie von Hand angenommen haben
caveat-login-spared = bietet eine Anmeldung; nicht versucht, um Ihr Konto zu schonen

## Woher eine Einstellung stammt
found-through = Gefunden über { $source }.
source-user = den Server, den Sie eingegeben haben
source-autoconfig = die eigene Einstellungsdatei Ihres Anbieters
source-well-known = die Einstellungsdatei auf der Website Ihres Anbieters
source-ispdb = Thunderbirds Datenbank der E-Mail-Anbieter
source-mx = den Anbieter, der die E-Mails Ihrer Domain verarbeitet (ihren MX-Eintrag)
source-srv = das DNS Ihrer Domain (SRV-Einträge)
source-guess = eine Vermutung anhand der Domain Ihrer Adresse
source-control = einen Namen, den es nicht geben kann

## Listen
list-and = { $first } und { $last }
list-comma = ,{ " " }

## Warum in einer Richtung nichts funktioniert
diagnosis-offline =
    { $direction ->
        [incoming] Die Posteingangs-Server konnten nicht geprüft werden: Dieser Computer scheint offline zu sein.
       *[outgoing] Die Postausgangs-Server konnten nicht geprüft werden: Dieser Computer scheint offline zu sein.
    }
diagnosis-offline-advice = Sobald er verbunden ist, prüfen Sie erneut; nichts hier sagt, dass die Einstellungen falsch sind.
diagnosis-blocked = Kein Server hat überhaupt geantwortet.
diagnosis-blocked-advice =
    Ihr Netzwerk oder eine Firewall blockiert vielleicht Mail-Verbindungen. Versuchen Sie ein anderes
    Netzwerk (zum Beispiel den Hotspot eines Telefons) oder fragen Sie den Administrator Ihres Netzwerks.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Keiner der Namen für den Posteingangs-Server existiert.
       *[outgoing] Keiner der Namen für den Postausgangs-Server existiert.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Prüfen Sie die Schreibweise von „{ $domain }“ in Ihrer Adresse. Wenn sie stimmt, prüfen Sie
            erneut mit dem Namen des Posteingangs-Servers Ihres Anbieters; er steht meist auf dessen Hilfeseiten.
       *[outgoing]
            Prüfen Sie die Schreibweise von „{ $domain }“ in Ihrer Adresse. Wenn sie stimmt, prüfen Sie
            erneut mit dem Namen des Postausgangs-Servers Ihres Anbieters; er steht meist auf dessen Hilfeseiten.
    }
diagnosis-other =
    { $direction ->
        [incoming] Es wurde keine funktionierende Einstellung für eingehende E-Mails gefunden.
       *[outgoing] Es wurde keine funktionierende Einstellung für ausgehende E-Mails gefunden.
    }
diagnosis-other-advice = Unten steht für jeden Server und Port, was versucht wurde.
diagnosis-app-password = Ihr Anbieter verlangt ein App-Passwort.
diagnosis-auth-disabled = Ihr Anbieter hat Anmeldungen mit Passwort für dieses Konto abgeschaltet.
diagnosis-web-login = Ihr Anbieter möchte, dass Sie sich zuerst über seine Webseite anmelden.
diagnosis-sign-in-refused = Ihre Anmeldung bei Ihrem Anbieter wurde nicht angenommen.
diagnosis-wrong-password = Das Passwort (oder der Benutzername) wurde nicht angenommen.
diagnosis-password-refused-by = Nicht geprüft: Das Passwort wurde von { $host } abgelehnt.
diagnosis-oauth = Ihr Anbieter möchte, dass Sie sich über seine Webseite anmelden.
diagnosis-no-subject-alt-name = Der Server { $host } zeigt ein Zertifikat, das aktuelle Programme ablehnen.
diagnosis-name-mismatch = Der Server { $host } zeigt ein Zertifikat für einen anderen Namen.
diagnosis-cert-expired = Das Zertifikat des Servers ist nicht mehr gültig.
diagnosis-cert-untrusted = Dem Zertifikat des Servers wird nicht vertraut.
diagnosis-plaintext-only = Der Server bietet die Anmeldung nur ohne Verschlüsselung an.

skipped-plaintext-not-needed = Nicht versucht: Eine verschlüsselte Einstellung funktioniert, daher wurde das Passwort hier nicht unverschlüsselt gesendet.
skipped-plaintext-used =
    Nicht versucht: Die Zustimmung gilt für eine Prüfung ohne Verschlüsselung für { $protocol }, und das
    Passwort ging bereits unverschlüsselt über Port { $port }.
skipped-ruled-out =
    Nicht versucht: { $provider } hat bereits gesagt, dass dieses Passwort so nicht verwendet werden kann
    (siehe seine Antwort auf dem anderen Port), und weitere Anmeldungen würden nur gegen das Konto zählen.
skipped-own-mode = Nicht nötig: Der Port hat doch in seiner eigenen Art geantwortet.
