### Wat elke uitkomst betekent, waarom een instelling is gekozen en waarom niets werkt.

protection-tls = vanaf het begin versleuteld (SSL/TLS)
protection-starttls = versleuteld met STARTTLS
protection-plain = NIET versleuteld

works-signed-in = Werkt: de verbinding is { $protection } en de server accepteerde uw aanmelding bij uw provider.
works-password = Werkt: de verbinding is { $protection } en het wachtwoord is geaccepteerd.
works-unchecked = De verbinding werkt en is { $protection }. Het wachtwoord is niet gecontroleerd.
auth-failed =
    De server weigerde de gebruikersnaam of het wachtwoord. Controleer beide; sommige providers vragen ook
    een ‘app-wachtwoord’, aangemaakt in hun webinstellingen, in plaats van uw gewone wachtwoord.
auth-temporary =
    De server kon het wachtwoord nu niet controleren (een tijdelijk probleem aan zijn kant, geen verkeerd
    wachtwoord). Probeer het over een paar minuten opnieuw.
auth-disabled =
    Uw provider heeft voor dit account aanmelden met een wachtwoord vanuit e-mailprogramma’s uitgeschakeld
    (Microsoft 365 noemt het ‘SMTP AUTH’). Uw wachtwoord kan best kloppen: de beheerder van de e-mail van
    uw organisatie kan het voor uw mailbox inschakelen, of uw e-mailprogramma moet zich met OAuth2
    aanmelden.
web-login-required =
    Uw provider wil dat u zich eenmaal via zijn webpagina aanmeldt voordat e-mailprogramma’s zich mogen
    aanmelden (Google: ‘Please log in via your web browser’). Meld u in een browser aan bij uw e-mail,
    beantwoord eventuele beveiligingsvragen en probeer het opnieuw; met verificatie in twee stappen
    gebruikt u een app-wachtwoord.
app-password-required =
    Uw provider accepteert uw gewone wachtwoord niet vanuit e-mailprogramma’s. Maak in de
    beveiligingsinstellingen van uw account een ‘app-wachtwoord’ (app-specifiek wachtwoord) aan en gebruik
    dat.
oauth-required =
    Deze server accepteert alleen aanmelden via de webpagina van uw provider (OAuth2), geen ingetypt
    wachtwoord, dus uw wachtwoord is niet verzonden. Kies in Thunderbird ‘OAuth2’ als
    authenticatiemethode; voeg het in Apple Mail opnieuw toe als Google- of Microsoft-account; de
    IMAP-instellingen van het klassieke Outlook hebben geen OAuth2, dus voeg het ook daar toe als
    Microsoft- of Google-account.
no-login-incoming = Poort { $port } biedt geen aanmelding die e-mailprogramma’s kunnen gebruiken, dus uw e-mail kan er niet mee worden gelezen.
no-login-outgoing = Poort { $port } biedt geen aanmelding, dus een e-mailprogramma kan er niet mee verzenden met uw account.
no-login-port-25 =
    Poort { $port } biedt geen aanmelding, dus een e-mailprogramma kan er niet mee verzenden met uw account
    (poort 25 is voor mailservers onderling).
plaintext-auth-refused =
    Poort { $port } zou uw wachtwoord zonder versleuteling aannemen, dus we hebben het niet verzonden.
    Iedereen op het netwerk zou het daar kunnen lezen.

starttls-unavailable = Poort { $port } biedt geen versleuteling (STARTTLS), dus die is niet veilig.
cert-self-signed =
    Het certificaat van de server is zelfondertekend (niemand staat ervoor in), dus we kunnen niet zeker
    weten dat dit echt uw mailserver is. Het wachtwoord is niet verzonden. Als uw organisatie een eigen
    certificeringsinstantie gebruikt, voeg die dan toe als vertrouwd certificaat.
cert-untrusted =
    Het certificaat van de server is niet uitgegeven door een vertrouwde instantie, dus we kunnen niet
    zeker weten dat dit echt uw mailserver is. Het wachtwoord is niet verzonden. Als uw organisatie een
    eigen certificeringsinstantie gebruikt, voeg die dan toe als vertrouwd certificaat.
cert-expired =
    Het certificaat van de server is op deze datum niet geldig (verlopen of nog niet geldig). Het
    wachtwoord is niet verzonden. De provider moet het vernieuwen; controleer ook of de datum van uw
    computer klopt.
cert-no-name = Het certificaat van de server is niet geldig voor de naam { $host }. Het wachtwoord is niet verzonden.
cert-other-name =
    Het certificaat van de server is geldig voor { $names }, niet voor { $host }. Gebruik die naam als
    server; het wachtwoord is niet verzonden.
tls-failed = De versleutelde verbinding op poort { $port } kon niet worden opgezet.
wrong-mode-wants-starttls =
    Poort { $port } verwacht STARTTLS (eerst een onversleutelde groet, dan versleuteling), niet SSL/TLS
    vanaf het begin.
wrong-mode-wants-tls = Poort { $port } verwacht SSL/TLS vanaf het allereerste begin, niet STARTTLS.

refused = Niets antwoordt op poort { $port } van deze server: de poort is gesloten.
server-busy = De server op poort { $port } is bezet en wees de verbinding voorlopig af. Probeer het over een paar minuten opnieuw.
service-refused =
    De server op poort { $port } weigert uw verbinding. Providers doen dit voor adressen op hun
    blokkeerlijsten of buiten hun netwerk; vraag het uw provider, of probeer het vanaf een ander netwerk.
timeout-port-25 = Geen antwoord: poort 25 wordt vaak door internetproviders geblokkeerd.
timeout-connect = Geen antwoord op poort { $port }: een firewall op uw netwerk of dat van de server blokkeert die misschien.
timeout-login =
    De server antwoordde niet op tijd op de aanmelding. Misschien vertraagt hij aanmeldingen na eerdere
    verkeerde wachtwoorden; wacht een paar minuten en probeer het opnieuw.
timeout-midway =
    De server op poort { $port } stopte halverwege met antwoorden, of antwoordde te traag voor de
    tijdslimiet. Als hij alleen traag is, controleer dan opnieuw met een langere tijdslimiet per stap.
dns-failed = De naam { $host } bestaat niet (of uw netwerk kan hem niet opzoeken).
protocol-error = De server op poort { $port } gedroeg zich niet zoals een mailserver hoort, dus zijn we voor de veiligheid gestopt.
cancelled = Gestopt voordat het klaar was.
not-tried = Niet geprobeerd.

not-confirmed-dns =
    Poort { $port } werkt, met een geldig certificaat voor { $host }. Maar alleen { $source } noemde deze
    server, en hij ligt niet in het domein van uw adres. DNS-antwoorden kunnen worden vervalst, dus uw
    wachtwoord is daar niet naartoe gestuurd. Als { $host } de server van uw provider is, bevestig dat dan
    en controleer opnieuw.
not-confirmed-redirect =
    Poort { $port } werkt, met een geldig certificaat voor { $host }. Maar { $source } stuurde ons
    daarvoor door naar een andere website, en de server ligt niet in het domein van uw adres. Zo’n omweg
    kan worden vervalst, dus uw wachtwoord is daar niet naartoe gestuurd. Als { $host } de server van uw
    provider is, bevestig dat dan en controleer opnieuw.
private-address =
    Poort { $port } van { $host } werkt, maar { $host } staat op deze computer of op een privénetwerk
    ({ $address }), terwijl het domein van uw adres op internet staat. Een opzoeking die daarheen wijst is
    wat een vijandig netwerk of een vervalst antwoord zou doen om een wachtwoord te onderscheppen, dus het
    uwe is niet verzonden. Als dit de eigen server van uw organisatie is, voer hem dan in als uw server en
    controleer opnieuw.
private-address-unknown = een lokaal adres
password-refused-elsewhere =
    Niet gecontroleerd: { $host } weigerde uw wachtwoord al op een andere poort, en nog een poging kan uw
    account blokkeren. Controleer het wachtwoord (en de gebruikersnaam) en probeer het opnieuw.
pipelined-answer =
    De server op poort { $port } stuurde een antwoord voordat hem de vraag werd gesteld. Een echte server
    doet dat nooit; het is wat een aanvaller tussen u en de server doet om een ‘ja’ te vervalsen, of een
    ernstig kapotte server. Niets wat hij zei telt, en we zijn gestopt.
pipelined-answer-before-password =
    De server op poort { $port } stuurde een antwoord voordat hem de vraag werd gesteld. Een echte server
    doet dat nooit; het is wat een aanvaller tussen u en de server doet om een ‘ja’ te vervalsen, of een
    ernstig kapotte server. Niets wat hij zei telt, en we zijn gestopt voordat uw wachtwoord werd
    verzonden.
preauth-tls =
    De server op poort { $port } zegt dat u al bent aangemeld voordat er een wachtwoord is gegeven (IMAP
    ‘PREAUTH’). Een aanmelding kan hier dus niet worden gecontroleerd, en het wachtwoord is niet verzonden.
    E-mailprogramma’s behandelen dit als een fout; meld het uw provider.
preauth-plain =
    De server op poort { $port } zegt dat u al bent aangemeld voordat er een wachtwoord is gegeven (IMAP
    ‘PREAUTH’), wat ook versleuteling uitsluit. Op een normaal netwerk is dit de truc waarmee een aanvaller
    de verbinding onversleuteld houdt, dus het wachtwoord is niet verzonden. Gebruik in plaats daarvan
    SSL/TLS op poort 993.
missing-intermediate =
    De server stuurde zijn certificaat zonder het tussencertificaat dat het verbindt met een vertrouwde
    instantie ({ $issuer }). Dat is een fout in de inrichting van de server, niet aan uw kant: de provider
    moet de volledige certificaatketen installeren. Het wachtwoord is niet verzonden.
no-subject-alt-name =
    Het certificaat van de server noemt { $host } alleen in het oude veld ‘common name’ en heeft geen
    subjectAltName, die browsers en huidige e-mailprogramma’s vereisen. Geen andere servernaam zou helpen:
    de provider moet het certificaat vervangen. Het wachtwoord is niet verzonden.
weak-key =
    Het certificaat van de server gebruikt een sleutel of handtekening die vandaag te zwak is om te
    vertrouwen (bijvoorbeeld een RSA-sleutel van 1024 bits). De provider moet het vervangen. Het
    wachtwoord is niet verzonden.
old-tls-version =
    De server op poort { $port } verbrak de verbinding toen de versleuteling moest beginnen. Servers doen
    dat als ze alleen oude versies van versleuteling spreken (TLS 1.0 of 1.1), die niet meer veilig zijn en
    die huidige e-mailprogramma’s weigeren. De provider moet de server bijwerken.
client-certificate-required =
    De server op poort { $port } vraagt om een clientcertificaat (een certificaat dat op uw computer is
    geïnstalleerd, gebruikt bij sommige bedrijven) in plaats van of vóór een wachtwoord. Vraag uw beheerder
    erom.
tls-broken-on-server =
    Poort { $port } biedt versleuteling (STARTTLS) maar kon die niet starten (‘TLS not available’): een
    probleem op de server, vaak een certificaat of sleutel die hij niet kan lezen. Meld het de provider;
    probeer het later opnieuw.
plaintext-only = Poort { $port } antwoordt zonder enige versleuteling en biedt ook geen STARTTLS, dus die is niet veilig.
other-mechanisms =
    Poort { $port } biedt de aanmelding alleen met { $offered }, dat een bewijs van het wachtwoord stuurt in
    plaats van het wachtwoord. E-mailprogramma’s noemen het ‘{ $program }’. Dit programma kan het wachtwoord
    zo niet verifiëren, dus het is niet gecontroleerd.
mechanisms-or = { $first } of { $second }
mechanism-own = een eigen methode
mechanism-encrypted-password = Versleuteld wachtwoord
unreachable = Er is vanaf dit netwerk geen weg naar { $host } (netwerk of host onbereikbaar: geen route), dus over poort { $port } is niets bekend: die heet niet gesloten.
login-not-permitted =
    De server op poort { $port } staat op deze verbinding geen aanmelding toe (hij antwoordde 530). De
    beheerder staat aanmelden misschien alleen toe vanaf bepaalde netwerken of voor bepaalde accounts;
    vraag het uw provider.
closed-after-login =
    De server op poort { $port } accepteerde de aanmelding en beëindigde toen de sessie, dus hij kan nu
    geen e-mail verzenden. Dat is een probleem aan de kant van de server; probeer het later opnieuw of
    meld het uw provider.
tls-required =
    De server op poort { $port } wil een versleutelde verbinding voordat hij een aanmelding aanneemt; hij
    weigerde de gebruikersnaam, dus het wachtwoord is niet verzonden. Gebruik een instelling met SSL/TLS
    of STARTTLS.
access-disabled =
    Uw provider heeft { $protocol }-toegang voor dit account uitgeschakeld, dus e-mailprogramma’s kunnen
    zich er niet mee aanmelden (uw wachtwoord kan best kloppen). Schakel het in bij de instellingen van uw
    webmail (Gmail: Instellingen → Alle instellingen bekijken → Doorsturen en POP/IMAP; Microsoft 365: uw
    beheerder, bij de e-mail-apps van de mailbox) en controleer dan opnieuw.
mechanism-refused =
    De server op poort { $port } bood een manier van aanmelden aan ({ $mechanism }) en weigerde die daarna
    zelf, zonder het wachtwoord te beoordelen: een fout in de inrichting van de server. Geen andere manier
    van aanmelden werkte daar.
mechanism-its-login = zijn aanmelding
login-spared =
    Poort { $port } werkt ({ $protection }) en biedt een aanmelding; die is niet geprobeerd, om uw account
    te sparen: een andere instelling was al geverifieerd, en providers kunnen een account blokkeren of
    markeren na veel aanmeldingen vanuit een nieuw programma. Om op elke instelling aan te melden, kiest u
    ‘Elke instelling verifiëren’ (opdrachtregel: --verify-all).
sign-in-refused-elsewhere =
    Niet gecontroleerd: { $host } weigerde uw aanmelding al op een andere poort, en nog een poging kan uw
    account blokkeren. Meld u opnieuw aan, met het eigen account van dit adres.
sign-in-refused =
    De server op poort { $port } weigerde uw aanmelding. Het account waarmee u zich in de browser
    aanmeldde is misschien niet dat van dit adres, of uw provider laat het geen e-mailprogramma’s
    gebruiken; meld u opnieuw aan met het eigen account van dit adres.
login-unanswered =
    Het wachtwoord is op poort { $port } verzonden, maar de server antwoordde niet op tijd. Servers
    vertragen expres na verkeerde wachtwoorden, dus dit telt als een mislukte aanmelding: om uw account te
    beschermen is het niet op meer poorten geprobeerd. Controleer het wachtwoord, wacht een paar minuten en
    probeer het opnieuw.

choice-tls =
    Poort { $port } met SSL/TLS (‘impliciete TLS’) versleutelt de verbinding vanaf de allereerste byte.
    RFC 8314 (2018) raadt precies dit aan voor e-mailprogramma’s.
choice-starttls =
    Poort { $port } groet onversleuteld en daarna schakelt de verbinding met STARTTLS over op
    versleuteling. Dat is even veilig als SSL/TLS zolang uw e-mailprogramma STARTTLS vereist; dan wordt het
    wachtwoord altijd versleuteld verzonden.
choice-imap =
    IMAP bewaart uw e-mail op de server, dus elk apparaat dat u gebruikt (computer, telefoon, webmail) ziet
    dezelfde mappen, gelezen-markeringen en verzonden e-mail.
choice-pop3 =
    Hier werkt alleen POP3: het downloadt uw e-mail naar dit ene apparaat (en verwijdert die meestal van de
    server), dus andere apparaten zien niet dezelfde e-mail. Dat past bij één computer of een volle
    mailbox; vraag voor meerdere apparaten uw provider naar IMAP.
choice-smtp-465 =
    Poort 465 met SSL/TLS (‘impliciete TLS’) versleutelt de verbinding vanaf de allereerste byte, voordat
    uw e-mailprogramma en de server iets uitwisselen. RFC 8314 (2018) raadt precies dit aan voor
    e-mailprogramma’s. Artikelen die poort 465 ‘verouderd’ noemen, zijn van vóór 2018 en achterhaald.
choice-smtp-tls =
    Poort { $port } met SSL/TLS: de verbinding is versleuteld vanaf de allereerste byte, zoals RFC 8314
    aanraadt voor e-mailprogramma’s.
choice-smtp-587 =
    Poort 587 is de standaardpoort om e-mail te verzenden vanuit een e-mailprogramma (RFC 6409). De server
    groet onversleuteld en daarna schakelt de verbinding met STARTTLS over op versleuteling. Dat is even
    veilig als poort 465 zolang uw e-mailprogramma STARTTLS vereist (niet ‘STARTTLS, indien beschikbaar’);
    dan wordt het wachtwoord altijd versleuteld verzonden.
choice-smtp-2525 =
    Poort 2525 is geen officiële mailpoort, maar veel providers bieden hem aan omdat sommige netwerken de
    officiële blokkeren. De verbinding schakelt met STARTTLS over op versleuteling voordat het wachtwoord
    wordt verzonden.
choice-smtp-25 =
    Poort 25 is bedoeld voor mailservers onderling, en veel internetproviders blokkeren hem voor thuis- en
    mobiele verbindingen, dus hij kan ophouden te werken als u van netwerk wisselt. Hij werkt hier, met
    STARTTLS-versleuteling, omdat niets beters werkte.
choice-smtp-starttls = Poort { $port } werkt met STARTTLS: de verbinding schakelt over op versleuteling voordat het wachtwoord wordt verzonden.
choice-better-failed = Poort { $port } ({ $security }) zou de voorkeur hebben, maar werkte niet: { $why }
choice-misconfigured =
    Let op: poort { $port } gebruikt normaal { $usual }; deze server spreekt daar { $security }, een fout in
    zijn inrichting. Stel uw e-mailprogramma precies zo in als getoond, anders kan de provider het ooit
    herstellen en deze instelling breken.
choice-other-misconfigured =
    Poort { $port } antwoordt ook, maar met { $security } waar e-mailprogramma’s { $usual } verwachten: een
    fout in de inrichting van de server, dus die wordt niet aanbevolen.
also-works = Werkt ook: poort { $port } met { $security }.
also-works-but = Werkt ook: poort { $port } met { $security } ({ $caveat }).
plaintext-warning =
    Waarschuwing: poort { $port } werkt alleen ZONDER versleuteling. Uw wachtwoord en uw e-mail zijn
    leesbaar voor iedereen op het netwerkpad. U hebt deze controle toegestaan; gebruik haar alleen op een
    netwerk dat u vertrouwt, en vraag uw provider om een versleutelde instelling.
certificate-exception-warning =
    Waarschuwing: dit werkt alleen omdat u het certificaat van de server op zijn vingerafdruk hebt
    geaccepteerd; geen certificeringsinstantie staat ervoor in. Uw e-mailprogramma waarschuwt er ook voor:
    accepteer het daar alleen als het dezelfde vingerafdruk toont.

caveat-insecure = niet versleuteld: vermijden
caveat-certificate = alleen met het certificaat dat u met de hand accepteerde
caveat-login-spared = biedt een aanmelding; niet geprobeerd, om uw account te sparen

found-through = Gevonden via { $source }.
source-user = de server die u invoerde
source-autoconfig = het instellingenbestand van uw provider
source-well-known = het instellingenbestand op de website van uw provider
source-ispdb = de providerdatabase van Thunderbird
source-mx = de provider die de e-mail van uw domein verwerkt (het MX-record)
source-srv = de DNS van uw domein (SRV-records)
source-guess = een gok op basis van het domein van uw adres
source-control = een naam die niet kan bestaan

list-and = { $first } en { $last }
list-comma = ,{ " " }

diagnosis-offline =
    { $direction ->
        [incoming] De inkomende servers konden niet worden gecontroleerd: deze computer lijkt offline te zijn.
       *[outgoing] De uitgaande servers konden niet worden gecontroleerd: deze computer lijkt offline te zijn.
    }
diagnosis-offline-advice = Controleer opnieuw zodra hij verbonden is; niets hier zegt dat de instellingen verkeerd zijn.
diagnosis-blocked = Geen enkele server antwoordde.
diagnosis-blocked-advice =
    Uw netwerk of een firewall blokkeert misschien e-mailverbindingen. Probeer een ander netwerk
    (bijvoorbeeld de hotspot van een telefoon), of vraag het de beheerder van uw netwerk.
diagnosis-no-such-server =
    { $direction ->
        [incoming] Geen van de namen voor de inkomende server bestaat.
       *[outgoing] Geen van de namen voor de uitgaande server bestaat.
    }
diagnosis-no-such-server-advice =
    { $direction ->
        [incoming]
            Controleer de spelling van ‘{ $domain }’ in uw adres. Als die klopt, controleer dan opnieuw met de
            naam van de inkomende server van uw provider; die staat meestal op de hulppagina’s van uw provider.
       *[outgoing]
            Controleer de spelling van ‘{ $domain }’ in uw adres. Als die klopt, controleer dan opnieuw met de
            naam van de uitgaande server van uw provider; die staat meestal op de hulppagina’s van uw provider.
    }
diagnosis-other =
    { $direction ->
        [incoming] Er is geen werkende instelling voor inkomende e-mail gevonden.
       *[outgoing] Er is geen werkende instelling voor uitgaande e-mail gevonden.
    }
diagnosis-other-advice = Zie hieronder wat er voor elke server en poort is geprobeerd.
diagnosis-app-password = Uw provider wil een app-wachtwoord.
diagnosis-auth-disabled = Uw provider heeft aanmelden met een wachtwoord voor dit account uitgeschakeld.
diagnosis-web-login = Uw provider wil dat u zich eerst via zijn webpagina aanmeldt.
diagnosis-sign-in-refused = Uw aanmelding bij uw provider is niet geaccepteerd.
diagnosis-wrong-password = Het wachtwoord (of de gebruikersnaam) is niet geaccepteerd.
diagnosis-password-refused-by = Niet gecontroleerd: het wachtwoord is geweigerd door { $host }.
diagnosis-oauth = Uw provider wil dat u zich via zijn webpagina aanmeldt.
diagnosis-no-subject-alt-name = De server { $host } toont een certificaat dat huidige programma’s weigeren.
diagnosis-name-mismatch = De server { $host } toont een certificaat voor een andere naam.
diagnosis-cert-expired = Het certificaat van de server is op deze datum niet geldig.
diagnosis-cert-untrusted = Het certificaat van de server wordt niet vertrouwd.
diagnosis-plaintext-only = De server biedt aanmelden alleen zonder versleuteling.

skipped-plaintext-not-needed = Niet geprobeerd: een versleutelde instelling werkt, dus het wachtwoord is hier niet zonder versleuteling verzonden.
skipped-plaintext-used =
    Niet geprobeerd: de toestemming geldt voor één controle zonder versleuteling voor { $protocol }, en het
    wachtwoord ging al zonder versleuteling over poort { $port }.
skipped-ruled-out =
    Niet geprobeerd: { $provider } zei al dat dit wachtwoord zo niet kan worden gebruikt (zie zijn antwoord op
    de andere poort), en meer aanmeldingen zouden alleen tegen het account tellen.
skipped-own-mode = Niet nodig: de poort antwoordde toch in zijn eigen modus.
