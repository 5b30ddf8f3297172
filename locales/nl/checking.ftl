### De controlestap: wat er wordt geprobeerd, fase voor fase.

checking-title = { $email } controleren
checking-elapsed = { $seconds } s
checking-found = De { $direction } instelling gevonden: { $protocol } { $host } poort { $port } ({ $security }).
checking-incoming = inkomende
checking-outgoing = uitgaande
show-now = Mijn instellingen nu tonen
cancel = Annuleren
cancel-tip = Controle stoppen (Esc)
esc-stops = (Esc stopt ook)

phase-queued = Wacht op zijn beurt…
phase-resolve = Server opzoeken…
phase-connect = Verbinden…
phase-tls = Versleuteling opzetten…
phase-greeting = Wachten tot de server groet…
phase-capabilities = Vragen wat de server biedt…
phase-starttls = Overschakelen naar versleuteling…
phase-capabilities-tls = Opnieuw vragen, versleuteld…
phase-ready = De verbinding werkt; daarna de wachtwoordcontrole…
phase-auth = Uw wachtwoord controleren…
phase-done = Klaar
trying = Bezig
looking = Zoeken

signing-in-title = Wachten tot u zich in uw browser aanmeldt
signing-in-finding = Zoeken waar uw provider u aanmeldt
signing-in-opened =
    De aanmeldpagina van uw provider op { $host } is in uw browser geopend. Controleer of uw browser die
    naam toont en meld u daar aan; dit venster gaat vanzelf verder als u klaar bent (binnen 5 minuten).
signing-in-no-browser = Als er geen browser is geopend, open dan dit adres:
copy-address = Adres kopiëren
signing-in-cancel-tip = Aanmelden stoppen (Esc)

lookups-title = Waar uw servers zijn
lookup-autoconfig = Uw provider om zijn instellingen vragen
lookup-well-known = Instellingen zoeken op de website van { $domain }
lookup-ispdb = De providerdatabase van Thunderbird vragen
lookup-mx = Opzoeken waar de e-mail van { $domain } heen gaat
lookup-srv = De mailservers van { $domain } in de DNS zoeken
lookup-guess = De gebruikelijke servernamen proberen
lookup-control = Controleren of de DNS van dit netwerk eerlijk antwoordt
lookup-running = { $lookup }…
lookup-ended = { $lookup }: { $said }
lookup-plain-http = antwoordde alleen zonder versleuteling, dus niet gebruikt
lookup-timeout = geen antwoord op tijd
lookup-error = kon niet worden gevraagd
lookup-nothing = niets gevonden

attempts-incoming = Inkomende e-mail
attempts-outgoing = Uitgaande e-mail
portal-in-the-way = De aanmeldpagina van dit netwerk staat in de weg
portal-attempts =
    { $count ->
        [one] { $count } poging kon zijn server niet bereiken
       *[other] { $count } pogingen konden hun servers niet bereiken
    }
ports-blocked =
    { $count ->
        [one] Poort { $ports } is op dit netwerk geblokkeerd
       *[other] Poorten { $ports } zijn op dit netwerk geblokkeerd
    }
blocked-attempts =
    { $count ->
        [one] { $count } poging kreeg geen antwoord
       *[other] { $count } pogingen kregen geen antwoord
    }
guesses-missing =
    { $count ->
        [one] { $count } andere mogelijke naam: die bestaat niet
       *[other] { $count } andere mogelijke namen: geen ervan bestaat
    }
guesses-usual = E-mailprogramma’s raden deze namen ook; de meeste domeinen gebruiken er maar enkele.
