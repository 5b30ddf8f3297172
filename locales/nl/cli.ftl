### De hulp van de opdrachtregel (mailsetup --help, mailsetup probe --help).

cli-about = Mail Setup Assistant: vindt instellingen voor inkomende (IMAP, POP3) en uitgaande (SMTP) e-mail die echt werken, en legt uit waarom.
cli-usage = mailsetup [OPTIES] [OPDRACHT]
cli-usage-line = Gebruik: { $usage }
cli-commands = Opdrachten:
cli-arguments = Argumenten:
cli-options-heading = Opties:
cli-help = Hulp tonen
cli-version = Versie tonen
cli-default = Standaard: { $value }.
cli-without-command = Zonder opdracht opent het instelvenster.
cli-examples = Voorbeelden:
cli-example-window = het instelvenster openen
cli-example-probe = controleren, met vraag naar het wachtwoord
cli-example-no-auth = alleen de verbindingen controleren
cli-example-json = controleren met het wachtwoord uit een script, en JSON tonen

cli-arg-resolve = Voor het venster: ADDR voor HOST gebruiken in plaats van DNS (herhaalbaar), om een server te controleren voordat DNS ernaar wijst.
cli-arg-ca-file = Voor het venster: extra vertrouwde certificaten in PEM, bijv. de CA van een bedrijf.
cli-arg-dns = Voor het venster: deze DNS-server vragen in plaats van die van het systeem.
cli-arg-ispdb = Voor het venster: de providerdatabase die gevraagd wordt (https).
cli-arg-no-lookup = Voor het venster: niets opzoeken (alleen de gissingen en genoemde servers).
cli-arg-lang =
    De taal van het venster en van de uitleg (rapport, JSON-"explanation"), als code zoals de of ja;
    standaard: die van het systeem. JSON-sleutels en uitkomstcodes blijven Engels.

cli-probe-about = Controleren welke serverinstellingen voor inkomende en uitgaande e-mail werken voor een adres.
cli-probe-usage = mailsetup probe [OPTIES] <EMAIL>
cli-probe-password-from =
    Het wachtwoord wordt gevraagd (zonder weergave), gelezen van --password-stdin of uit de
    omgevingsvariabele MAILSETUP_PASSWORD; nooit van de opdrachtregel.
cli-probe-exit-status =
    Afsluitstatus: 0 als elke gecontroleerde richting (inkomend, uitgaand) een geverifieerde instelling heeft
    (met --no-auth: een veilige verbinding), anders 1, 2 bij verkeerd gebruik of verkeerde invoer.
cli-probe-email = Uw e-mailadres, bijv. alice@example.com.
cli-probe-protocols = Alleen deze protocollen (herhaalbaar): smtp (uitgaand), imap, pop3 (inkomend). Standaard: alle drie.
cli-probe-servers = Te controleren server, voor elk protocol (herhaalbaar). Standaard: smtp./imap./pop.DOMEIN, mail.DOMEIN, DOMEIN.
cli-probe-incoming-servers = Server voor inkomende e-mail (IMAP, POP3), als het niet de --server is (herhaalbaar).
cli-probe-ports = Te controleren poort (herhaalbaar). Standaard: SMTP 465, 587, 2525, 25; IMAP 993, 143; POP3 995, 110.
cli-probe-username = Gebruikersnaam voor het inloggen. Standaard: het volledige e-mailadres.
cli-probe-timeout = Tijdslimiet voor elke stap van een verbinding, in seconden.
cli-probe-ca-file = Extra vertrouwde certificaten in PEM, bijv. de CA van uw bedrijf.
cli-probe-resolve = ADDR voor HOST gebruiken in plaats van DNS, zoals curl (herhaalbaar).
cli-probe-allow-plaintext =
    Toestaan dat het wachtwoord ZONDER versleuteling wordt verzonden waar een server niets beters biedt.
    Iedereen op het netwerkpad zou het kunnen lezen.
cli-probe-danger-accept-certificates =
    Een niet-vertrouwd (bijv. zelfondertekend) servercertificaat accepteren op zijn SHA-256-vingerafdruk
    (herhaalbaar), pas na vergelijking met wat de beheerder van de server publiceert.
cli-probe-no-auth = Alleen de verbindingen controleren; niet inloggen.
cli-probe-password-stdin = Het wachtwoord lezen van de eerste regel van de standaardinvoer.
cli-probe-json = Het rapport als JSON (het vaste contract) tonen in plaats van als tekst.
cli-probe-thunderbird-file = Hier een Thunderbird-autoconfigbestand (config-v1.1.xml) van de geverifieerde instellingen schrijven.
cli-probe-apple-profile = Hier een Apple-configuratieprofiel (.mobileconfig) van de geverifieerde instellingen schrijven.
cli-probe-dns = Deze DNS-server (poort 53 tenzij opgegeven) vragen in plaats van die van het systeem, voor elke naam en elk MX- en SRV-record.
cli-probe-ispdb = De providerdatabase van Thunderbird die gevraagd wordt (het domein wordt toegevoegd).
cli-probe-no-third-party =
    Geen derde partij vragen: niet de providerdatabase en ook niet, via het MX-record, de provider die de
    e-mail van het domein afhandelt.
cli-probe-no-lookup = Niets opzoeken: alleen de genoemde servers (--server) of de gissingen controleren.
cli-probe-trust-discovered =
    Het wachtwoord naar deze server sturen (herhalen, of scheiden met komma's), hoewel hij buiten het
    domein van het adres ligt en alleen DNS (MX, SRV) of een doorverwijzing hem noemde: zulke antwoorden
    zijn te vervalsen. Het wachtwoord gaat naar geen andere zulke server.
cli-probe-verify-all =
    Inloggen op elke werkende instelling, niet alleen op de aanbevolen (voor helpdesks). Standaard worden
    de andere gecontroleerd tot hun aanbod om in te loggen, om het account te sparen: providers blokkeren
    of markeren accounts na reeksen inlogpogingen.
cli-probe-oauth =
    In de browser inloggen bij uw provider (OAuth2) in plaats van een wachtwoord te typen; de servers worden
    met die aanmelding gecontroleerd.
cli-probe-oauth-client-id =
    De OAuth2-client-ID om mee in te loggen (van uw provider of beheerder), waar de provider programma's zich
    niet zelf laat registreren.
cli-probe-oauth-tenant = Een Microsoft-tenant (ID of domein) waarvan de directory de client-ID heeft geregistreerd.
cli-probe-oauth-wait = Hoe lang er gewacht wordt tot u inlogt, in seconden (hoogstens 300).
