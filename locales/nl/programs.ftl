### Waar elk e-mailprogramma zijn serverinstellingen bewaart. De woorden van Thunderbird komen uit
### thunderbird.ftl (zijn eigen). De woorden van Apple Mail komen uit Apples Nederlandse hulp, voor zover
### overgenomen (hieronder, met bronnen); die van Outlook nog niet. Wat ontbreekt, verschijnt in het Engels.

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

## Apple Mail: Apples woorden uit Apples Nederlandse hulp, met de bron boven
## elk bericht; "Ours:" staat boven woorden van dit programma. De paden op
## de Mac en de iPhone zijn nog niet uit Apples Nederlandse hulp overgenomen.
# Apple, https://support.apple.com/nl-nl/HT203995 ("Accounttype").
apple-account-type = Accounttype
# Apple, https://support.apple.com/nl-nl/HT203995 ("Gebruikersnaam").
apple-user-name = Gebruikersnaam
# Apple, https://support.apple.com/nl-nl/HT203995 ("Poort").
apple-port = Poort
# Ours: de stand van het vak "Use TLS/SSL".
apple-on = Aan
# Ours.
apple-off = Uit
# Ours.
apple-oauth = OAuth2 (Apple Mail biedt dit alleen voor Google- en Microsoft-accounts)

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
