### De resultaatstap: de instellingenkaarten, waarom deze poort, wat nog meer werkt, wat er is geprobeerd en
### de bestanden om op te slaan.

result-for = Voor { $name } <{ $email }>
copy-all = Alles kopiëren
copy-all-tip = De inkomende en uitgaande instellingen kopiëren
what-we-tried = Wat we hebben geprobeerd
working = Bezig
finishing = De controle wordt afgerond…
still-checking-others =
    { $count ->
        [one] Nog { $count } verbinding wordt gecontroleerd op andere instellingen die ook werken; die kan deze niet veranderen.
       *[other] Nog { $count } verbindingen worden gecontroleerd op andere instellingen die ook werken; die kunnen deze niet veranderen.
    }
still-checking =
    { $direction ->
        [incoming]
            { $count ->
                [one] Nog { $count } verbinding wordt gecontroleerd voor uw instellingen voor inkomende e-mail.
               *[other] Nog { $count } verbindingen worden gecontroleerd voor uw instellingen voor inkomende e-mail.
            }
        [outgoing]
            { $count ->
                [one] Nog { $count } verbinding wordt gecontroleerd voor uw instellingen voor uitgaande e-mail.
               *[other] Nog { $count } verbindingen worden gecontroleerd voor uw instellingen voor uitgaande e-mail.
            }
       *[both]
            { $count ->
                [one] Nog { $count } verbinding wordt gecontroleerd voor uw instellingen voor inkomende en uitgaande e-mail.
               *[other] Nog { $count } verbindingen worden gecontroleerd voor uw instellingen voor inkomende en uitgaande e-mail.
            }
    }
stop = Stoppen
stop-tip = De resterende controles stoppen

files-need-both =
    Bestanden voor e-mailprogramma’s vereisen een geverifieerde inkomende en uitgaande instelling: voer
    uw wachtwoord in en controleer opnieuw, of kopieer de instellingen hierboven.
save-thunderbird = Thunderbird-bestand opslaan…
save-apple = Apple Mail-profiel opslaan…
save-text = Tekstrapport opslaan…
save-json = JSON-rapport opslaan…
files-need-both-tip = E-mailprogramma’s accepteren een instellingenbestand alleen met een geverifieerde inkomende en uitgaande server.
profile-no-sign-in =
    Apple Mail meldt zich alleen bij Google- en Microsoft-accounts aan via een provider (OAuth2), en een
    profiel kan geen aanmelding bevatten: voeg het account met de hand toe in Apple Mail met deze
    instellingen
files-incomplete =
    een e-mailprogramma heeft een geverifieerde (versleutelde) inkomende en uitgaande instelling nodig, en
    deze controle heeft niet beide geverifieerd
check-again = Opnieuw controleren
change-details = Gegevens wijzigen
change-details-tip = Terug naar uw accountgegevens (Esc)

card-incoming = Inkomende e-mail ({ $protocol })
card-outgoing = Uitgaande e-mail (SMTP)
card-stopped-certain = Sommige minder belangrijke controles zijn vroeg gestopt; ze kunnen deze aanbeveling niet veranderen.
card-stopped-uncertain = De controle is gestopt voordat ze zeker was: er had een betere instelling gevonden kunnen worden.
card-plaintext = Waarschuwing: werkt alleen ZONDER versleuteling: uw wachtwoord en berichten zijn op het netwerk leesbaar.
card-exception =
    Werkt alleen met het certificaat dat u met de hand accepteerde: geen certificeringsinstantie staat
    ervoor in. Uw e-mailprogramma waarschuwt er ook voor; accepteer het daar alleen als het deze
    vingerafdruk toont:
enter-as-my-server = { $host } als mijn server invoeren
enter-as-my-server-tip = Terug naar het formulier met deze server ingevuld; er wordt niets verzonden tot u controleert
send-password-to = Mijn wachtwoord naar { $hosts } sturen en opnieuw controleren
send-password-to-tip = Alleen voor deze ene controle, en alleen naar de genoemde servers: niets dat voor ze instaat, noemde ze
verified-signed-in = Geverifieerd door aanmelding: de server accepteerde uw aanmelding via een versleutelde verbinding.
verified-password = Geverifieerd: de server accepteerde uw wachtwoord via een versleutelde verbinding.
connection-only = De versleutelde verbinding werkt. Uw wachtwoord is niet gecontroleerd (er is er geen ingevoerd).
copy-field-name =
    { $direction ->
        [incoming] inkomend { $field }
       *[outgoing] uitgaand { $field }
    }
copy-settings =
    { $direction ->
        [incoming] Inkomende instellingen kopiëren
       *[outgoing] Uitgaande instellingen kopiëren
    }

why-port = Waarom poort { $port }?
why-port-and = Waarom poort { $port } en { $protocol }?
why-tls =
    SSL/TLS (impliciete TLS) en STARTTLS versleutelen allebei uw e-mail. Bij SSL/TLS wordt er niets gezegd
    voordat de versleuteling begint, dus onderweg kan niets worden gemanipuleerd; daarom geeft RFC 8314 er
    de voorkeur aan.
why-starttls =
    STARTTLS begint onversleuteld en schakelt dan over op versleuteling. Houd ‘STARTTLS’ aan (niet
    ‘STARTTLS, indien beschikbaar’) zodat uw e-mailprogramma het wachtwoord weigert te verzenden als de
    versleuteling ooit mislukt. U leest misschien dat poort 465 ‘verouderd’ is: dat advies is ouder dan
    RFC 8314 (2018), die 465 weer de voorkeurspoort maakte. Het is gewoon niet de poort die bij deze server
    werkt.
why-plaintext =
    Zonder versleuteling kan iedereen op het netwerkpad uw wachtwoord en berichten lezen. Vraag uw
    provider om een versleutelde instelling (poort 465 of 587).
also-works-heading = Werkt ook:
also-works-line = { $protocol } { $host } poort { $port } met { $security }
also-works-line-but = { $protocol } { $host } poort { $port } met { $security } ({ $caveat })

card-still-checking-incoming = Inkomende e-mail: nog bezig met controleren
card-still-checking-outgoing = Uitgaande e-mail: nog bezig met controleren
card-still-checking = Een betere instelling kan nog antwoorden. Die verschijnt hier zodra ze zeker is.
card-nothing-incoming = Inkomende e-mail: geen werkende instellingen gevonden
card-nothing-outgoing = Uitgaande e-mail: geen werkende instellingen gevonden
try-again-with = Opnieuw proberen met { $host }
fingerprint-compare = Vingerafdruk van het certificaat (SHA-256), om te vergelijken met wat uw provider publiceert:
fingerprint-own-ca =
    Als dit de eigen certificeringsinstantie van uw organisatie is, voeg dan het certificaat ervan toe
    onder Geavanceerd > Extra vertrouwd certificaat en controleer opnieuw. Uw wachtwoord wordt nooit naar
    een server gestuurd waarvan het certificaat niet kon worden geverifieerd.
fingerprint-accept-warning =
    Als uw provider of beheerder u precies deze vingerafdruk gaf, kunt u dit certificaat voor één controle
    accepteren. Is het niet het hunne, dan krijgt wie het maakte uw wachtwoord.
accept-certificate = Dit certificaat voor één controle accepteren
accept-certificate-tip = Opnieuw controleren, met het wachtwoord naar een server met dit certificaat
change-password = Wachtwoord wijzigen
enter-server-name = De servernaam invoeren
sign-in-with-provider = Aanmelden bij uw provider
sign-in-with-provider-tip = Uw browser opent de aanmeldpagina van uw provider; de servers worden ermee gecontroleerd
fingerprint-tip = SHA-256-vingerafdruk van het certificaat van de server

details = Details
details-of = Details van { $attempt }
detail-address = Adres
detail-phase = Kwam tot
detail-time = Tijd
detail-milliseconds = { $ms } ms
detail-server-said = De server zei
detail-greeting = Groet
detail-capabilities = Mogelijkheden
detail-certificate-for = Certificaat voor
detail-and-more = { $names } en { $count } meer
detail-issued-by = Uitgegeven door
detail-valid = Geldig
detail-valid-range = { $from } tot { $to }
detail-sha256 = SHA-256
detail-all-names = Alle { $count } namen op het certificaat
phase-name-queued = niet begonnen
phase-name-resolve = het opzoeken van de naam
phase-name-connect = het verbinden
phase-name-tls = de TLS-handshake
phase-name-greeting = de groet
phase-name-capabilities = het vragen wat de server biedt
phase-name-starttls = STARTTLS
phase-name-capabilities-tls = het opnieuw vragen via TLS
phase-name-ready = een werkende verbinding
phase-name-auth = de aanmelding
phase-name-done = het einde: alles werkte

no-dialog-certificate = Op dit bureaublad kan geen bestandsvenster openen: typ het pad van het certificaatbestand onder Geavanceerd.
saved-to = Opgeslagen in { $path }
saved-in-downloads = Op dit bureaublad kan geen bestandsvenster openen, dus het bestand is in uw map Downloads opgeslagen: { $path }
no-dialog-nowhere = Hier kan geen bestandsvenster openen, en er is geen map Downloads of thuismap om in op te slaan. Gebruik in plaats daarvan Kopiëren.
could-not-save = Kon { $path } niet opslaan: { $error }
choose-certificate-title = Een vertrouwd certificaat kiezen (PEM)
certificate-files = Certificaten
