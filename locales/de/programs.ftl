### Wo jedes E-Mail-Programm seine Servereinstellungen hat. Thunderbirds
### Wörter stehen in thunderbird.ftl (seine eigenen). Outlooks und Apple
### Mails eigene deutsche Wörter kommen aus deren Hilfe, soweit übernommen
### (Apple Mail unten, mit Quellen); die übrigen erscheinen englisch.

program-other = Andere
copy-all-heading =
    { $direction ->
        [incoming] Einstellungen für eingehende E-Mails für { $program }
       *[outgoing] Einstellungen für ausgehende E-Mails für { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Einstellungen für eingehende E-Mails
       *[outgoing] Einstellungen für ausgehende E-Mails
    }

tb-where-incoming =
    Neues Konto: Account Hub > „{ tb-advanced-config }“ („{ tb-autodetect }“ durch diese Werte ersetzen).
    Bestehendes Konto: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings })
    > { tb-server-settings }.
tb-where-outgoing =
    Neues Konto: Account Hub > „{ tb-advanced-config }“, Postausgangs-Server. Bestehendes Konto: { tb-tools }
    > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > Ihren
    Server auswählen (oder Hinzufügen…) > Bearbeiten… (dort „{ tb-server-name }“ und „{ tb-user-name }“).

## Apple Mail: Apples eigene Wörter aus Apples deutscher Hilfe, über jeder
## Nachricht belegt; „Ours:“ steht über Wörtern dieses Programms. Der Weg
## auf dem iPhone ist noch nicht aus Apples deutscher Hilfe übernommen.
# Apple, https://support.apple.com/de-li/HT204208 („Mail“ > „Einstellungen“,
# „Accounts“, Tab „Servereinstellungen“, „Verbindungseinstellungen automatisch
# verwalten“).
apple-where-incoming =
    Mail > Einstellungen > Accounts > Account auswählen > Servereinstellungen, eingehende E-Mails
    („Verbindungseinstellungen automatisch verwalten“ deaktivieren).
# Apple, https://support.apple.com/de-ch/guide/mail/cpmlprefacctadv (Einblendmenü
# „Account“ > „SMTP-Serverliste bearbeiten“) und https://support.apple.com/de-li/HT204208.
apple-where-outgoing =
    Mail > Einstellungen > Accounts > Account auswählen > Servereinstellungen, ausgehende E-Mails
    (SMTP) > Account > SMTP-Serverliste bearbeiten („Verbindungseinstellungen automatisch verwalten“
    deaktivieren).
# Apple, https://support.apple.com/de-de/HT203995 („Account-Typ“).
apple-account-type = Account-Typ
# Apple, https://support.apple.com/de-ch/guide/mail/cpmlprefacctadv („Hostname“).
apple-host-name = Hostname
# Apple, https://support.apple.com/de-ch/guide/mail/cpmlprefacctadv („Benutzername“).
apple-user-name = Benutzername
# Apple, https://support.apple.com/de-de/HT203995 („Port“).
apple-port = Port
# Ours: der Zustand des Felds „Use TLS/SSL“.
apple-on = Aktiviert
# Ours.
apple-off = Deaktiviert
# Apple, https://support.apple.com/de-de/HT203995 („Authentifizierung“).
apple-authentication = Authentifizierung
# Ours.
apple-oauth = OAuth2 (Apple Mail bietet es nur für Google- und Microsoft-Accounts an)
# Apple, https://support.apple.com/de-li/HT204208 (Authentifizierungsmethode „Passwort“).
apple-password = Passwort

other-where-incoming = In den Konto- oder Servereinstellungen Ihres E-Mail-Programms, unter „Posteingangs-Server“, „IMAP“ oder „POP3“.
other-where-outgoing = In den Konto- oder Servereinstellungen Ihres E-Mail-Programms, unter „Postausgangs-Server“ oder „SMTP“.
other-incoming-server = Posteingangs-Server
other-outgoing-server = Postausgangs-Server (SMTP)
other-server-type = Servertyp
other-port = Port
other-encryption = Verschlüsselung
other-tls = SSL/TLS (auch SSL oder implizites TLS genannt)
other-starttls = STARTTLS (ältere Programme: TLS)
other-none = Keine
other-authentication = Authentifizierung
other-oauth = OAuth2 (Anmeldung bei Ihrem Anbieter im Browser)
other-password = Passwort, normal (auch Passwort oder Klartext genannt)
other-user-name = Benutzername
