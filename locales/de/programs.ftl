### Wo jedes E-Mail-Programm seine Servereinstellungen hat. Thunderbirds
### Wörter stehen in thunderbird.ftl (seine eigenen). Outlooks und Apple
### Mails eigene deutsche Wörter sind noch nicht aus deren Hilfe
### übernommen: Bis dahin erscheinen die englischen.

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
