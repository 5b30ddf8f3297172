### Waar elk e-mailprogramma zijn serverinstellingen bewaart. De woorden van Thunderbird komen uit
### thunderbird.ftl (zijn eigen). De Nederlandse woorden van Outlook en Apple Mail zijn nog niet uit hun
### hulp overgenomen: tot dan verschijnen de Engelse.

program-other = Overig
copy-all-heading =
    { $direction ->
        [incoming] Instellingen voor inkomende e-mail voor { $program }
       *[outgoing] Instellingen voor uitgaande e-mail voor { $program }
    }
copy-all-heading-other =
    { $direction ->
        [incoming] Instellingen voor inkomende e-mail
       *[outgoing] Instellingen voor uitgaande e-mail
    }

tb-where-incoming =
    Nieuw account: Account Hub > ‘{ tb-advanced-config }’ (vervang ‘{ tb-autodetect }’ door deze waarden).
    Bestaand account: { tb-tools } > { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) >
    { tb-server-settings }.
tb-where-outgoing =
    Nieuw account: Account Hub > ‘{ tb-advanced-config }’, uitgaande server. Bestaand account: { tb-tools } >
    { tb-account-settings } (Linux: { tb-edit } > { tb-account-settings }) > { tb-outgoing-server } > kies uw
    server (of Toevoegen…) > Bewerken… (daar ‘{ tb-server-name }’ en ‘{ tb-user-name }’).

other-where-incoming = In de account- of serverinstellingen van uw e-mailprogramma, onder ‘Inkomende server’, ‘IMAP’ of ‘POP3’.
other-where-outgoing = In de account- of serverinstellingen van uw e-mailprogramma, onder ‘Uitgaande server’ of ‘SMTP’.
other-incoming-server = Inkomende server
other-outgoing-server = Uitgaande server (SMTP)
other-server-type = Servertype
other-port = Poort
other-encryption = Versleuteling
other-tls = SSL/TLS (ook wel SSL of impliciete TLS)
other-starttls = STARTTLS (oudere programma’s: TLS)
other-none = Geen
other-authentication = Authenticatie
other-oauth = OAuth2 (aanmelden bij uw provider in de browser)
other-password = Normaal wachtwoord (ook wel wachtwoord of platte tekst)
other-user-name = Gebruikersnaam
