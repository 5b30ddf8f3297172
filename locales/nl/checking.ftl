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

## Waarom een controle niet kon beginnen, of een aanmelding geen token gaf.
## Een $why zijn de woorden van een bibliotheek, een server of het systeem,
## zoals ze kwamen.
error-invalid-email = { $text } is geen e-mailadres (verwacht: naam@domein, bijv. alice@example.com)
error-invalid-server = { $text } is geen servernaam
error-invalid-port = poort { $port } is geen poort waarop een server kan luisteren (1 tot 65535)
error-empty-username = de gebruikersnaam is leeg (laat hem weg om het e-mailadres te gebruiken)
error-ca-file = het certificaatbestand { $path } is niet te gebruiken: { $why }
error-tls = het instellen van TLS is mislukt: { $why }
oauth-no-provider = niets noemt een OAuth2-aanmelding voor { $domain } (geen <oAuth2> in zijn instellingenbestand of de ISPDB)
oauth-metadata = de beschrijving van de aanmeldserver (RFC 8414) is onbruikbaar: { $why }
oauth-registration = de aanmeldserver heeft dit programma niet geregistreerd: { $why }
oauth-browser = geen browser geopend: { $why }
oauth-not-completed = aanmelding niet binnen { $seconds } s voltooid; er is niets gecontroleerd
oauth-refused = de provider heeft u niet aangemeld: { $why }
oauth-mismatch = het antwoord dat terugkwam was niet voor deze aanmelding ({ $what }); er is niets gebruikt
oauth-token = de aanmeldserver gaf geen token: { $why }
oauth-cancelled = aanmelding gestopt
oauth-only-google =
    Google laat alleen programma's aanmelden die het kent. Gebruik deze instellingen met de eigen aanmelding
    van uw e-mailprogramma (Thunderbird: { tb-auth } "OAuth2"; Apple Mail en Outlook: voeg het account toe
    als Google-account), of maak een app-wachtwoord (daarvoor is verificatie in twee stappen nodig) in uw
    Google-account onder Beveiliging, en controleer ermee als wachtwoord.
oauth-only-microsoft =
    Microsoft laat alleen programma's aanmelden die het kent. Gebruik deze instellingen met de eigen
    aanmelding van uw e-mailprogramma (Thunderbird: { tb-auth } "OAuth2"; Outlook en Apple Mail: voeg het
    account toe als Microsoft-account). Voor een werk- of schoolaccount kan uw beheerder een app registreren
    in Entra ID en u de client-ID ervan geven ({ advanced }, of --oauth-client-id).
oauth-app-password =
    { $provider } laat alleen programma's aanmelden die het kent. Gebruik deze instellingen met de eigen
    aanmelding van uw e-mailprogramma (Thunderbird: { tb-auth } "OAuth2"), of maak een app-wachtwoord in
    { $place }, en controleer ermee als wachtwoord.
oauth-place-yahoo = uw Yahoo-account onder Account security ("Generate app password")
oauth-place-aol = uw AOL-account onder Account security ("Generate app password")
oauth-place-fastmail = Fastmail onder Settings, Privacy & Security ("App passwords")
oauth-no-registration =
    { $issuer } laat alleen bekende programma's aanmelden en biedt geen registratie: vul een client-ID in
    ({ advanced }, of --oauth-client-id) van uw provider of beheerder, of gebruik de eigen aanmelding van uw
    e-mailprogramma (Thunderbird: { tb-auth } "OAuth2")
oauth-bad-tenant = { $tenant } is geen tenant-ID of domein
oauth-tenant-not-microsoft = een tenant is alleen voor de aanmelding bij Microsoft (login.microsoftonline.com)
oauth-cannot-listen = kan niet luisteren op 127.0.0.1: { $error }
